-- plan 0.1.0 · supertokens 5.0 → 6.0 · mysql · upgrade
-- what:     this script upgrades a supertokens database from 5.0 to 6.0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=supertokens-5.0-before.sql.partial DATABASE && mv supertokens-5.0-before.sql.partial supertokens-5.0-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < supertokens-5.0-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 6.0
-- reverse:  npx plan compile supertokens 6.0 5.0 --dialect mysql -o down.sql
-- the rollback would drop: 9 tables apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant; 32 columns key_value.app_id, key_value.tenant_id, all_auth_recipe_users.app_id, all_auth_recipe_users.tenant_id, session_info.app_id, session_info.tenant_id, session_access_token_signing_keys.app_id, jwt_signing_keys.app_id, emailverification_verified_emails.app_id, emailverification_tokens.app_id, emailverification_tokens.tenant_id, emailpassword_users.app_id, emailpassword_pswd_reset_tokens.app_id, passwordless_users.app_id, passwordless_devices.app_id, passwordless_devices.tenant_id, passwordless_codes.app_id, passwordless_codes.tenant_id, thirdparty_users.app_id, userid_mapping.app_id, roles.app_id, role_permissions.app_id, user_roles.app_id, user_roles.tenant_id, user_metadata.app_id, dashboard_users.app_id, dashboard_user_sessions.app_id, totp_users.app_id, totp_user_devices.app_id, totp_used_codes.app_id, totp_used_codes.tenant_id, user_last_active.app_id, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/5.0-6.0.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/5.0-6.0.yaml ad9459100d84acfeb6b8947a730a6fbab86c5ffdc94b9bf158a7f3fcee7d3fb0
--   schema at 5.0 replayed from 22 plans (plans/supertokens/0-3.3.yaml …) e72a3e1e21ddfcf9450433a0481b31588a9574911e54df8fa083245730bd9fdb
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- charset:  each table this script creates takes the character set and collation of the product's existing tables (those it shares a foreign key with first, else any), read from information_schema as it is created: a foreign key needs both sides alike, and old tables keep the default of the day they were created.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 184 DDL statements on existing tables here.
--   27 statements copy a table and block writes to it meanwhile (ALGORITHM=COPY) on one engine or both: key_value, all_auth_recipe_users, session_info, session_access_token_signing_keys, jwt_signing_keys, emailverification_verified_emails, emailverification_tokens, emailpassword_users, emailpassword_pswd_reset_tokens, passwordless_users, passwordless_devices, passwordless_codes, thirdparty_users, userid_mapping, roles, role_permissions, user_roles, user_metadata, dashboard_users, dashboard_user_sessions, totp_users, totp_user_devices, totp_used_codes, user_last_active
-- MANUAL STEPS (1), not done by this script:
--   1. [5.0 → 6.0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 5.0, at 6.0, or between them on this script's path (a resumed run)
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
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'foreign_key key_value.key_value_ibfk_1', 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'foreign_key role_permissions.role_permissions_ibfk_1', 'foreign_key roles.roles_ibfk_1', 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'foreign_key session_info.session_info_ibfk_1', 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'foreign_key tenants.tenants_ibfk_1', 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'foreign_key totp_users.totp_users_ibfk_1', 'foreign_key user_last_active.user_last_active_ibfk_1', 'foreign_key user_metadata.user_metadata_ibfk_1', 'foreign_key user_roles.user_roles_ibfk_1', 'foreign_key user_roles.user_roles_ibfk_2', 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'index all_auth_recipe_users.PRIMARY', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'index all_auth_recipe_users.app_id', 'index app_id_to_user_id.PRIMARY', 'index apps.PRIMARY', 'index dashboard_user_sessions.PRIMARY', 'index dashboard_user_sessions.app_id', 'index dashboard_user_sessions.user_id', 'index dashboard_users.PRIMARY', 'index dashboard_users.email', 'index emailpassword_pswd_reset_tokens.PRIMARY', 'index emailpassword_user_to_tenant.PRIMARY', 'index emailpassword_user_to_tenant.email', 'index emailpassword_users.PRIMARY', 'index emailpassword_users.email', 'index emailverification_tokens.PRIMARY', 'index emailverification_verified_emails.PRIMARY', 'index jwt_signing_keys.PRIMARY', 'index key_value.PRIMARY', 'index passwordless_codes.PRIMARY', 'index passwordless_codes.app_id', 'index passwordless_codes.device_id_hash', 'index passwordless_codes.link_code_hash', 'index passwordless_codes.passwordless_codes_created_at_index', 'index passwordless_devices.PRIMARY', 'index passwordless_devices.passwordless_devices_email_index', 'index passwordless_devices.passwordless_devices_phone_number_index', 'index passwordless_user_to_tenant.PRIMARY', 'index passwordless_user_to_tenant.email', 'index passwordless_user_to_tenant.phone_number', 'index passwordless_users.PRIMARY', 'index passwordless_users.email', 'index passwordless_users.phone_number', 'index role_permissions.PRIMARY', 'index role_permissions.role_permissions_permission_index', 'index roles.PRIMARY', 'index session_access_token_signing_keys.PRIMARY', 'index session_info.PRIMARY', 'index session_info.session_expiry_index', 'index tenant_configs.PRIMARY', 'index tenant_thirdparty_provider_clients.PRIMARY', 'index tenant_thirdparty_providers.PRIMARY', 'index tenants.PRIMARY', 'index thirdparty_user_to_tenant.PRIMARY', 'index thirdparty_user_to_tenant.third_party_user_id', 'index thirdparty_users.PRIMARY', 'index thirdparty_users.thirdparty_users_email_index', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'index thirdparty_users.user_id', 'index totp_used_codes.PRIMARY', 'index totp_used_codes.app_id', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'index totp_user_devices.PRIMARY', 'index totp_users.PRIMARY', 'index user_last_active.PRIMARY', 'index user_metadata.PRIMARY', 'index user_roles.PRIMARY', 'index user_roles.app_id', 'index user_roles.user_roles_role_index', 'index userid_mapping.PRIMARY', 'index userid_mapping.external_user_id', 'index userid_mapping.supertokens_user_id') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'varchar(64) NOT NULL DEFAULT ''public''' AS def, 3 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column apps.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column apps.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL', 3
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column key_value.value', 'text', 3
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text', 3
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text', 3
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column session_info.session_data', 'text', 3
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_configs.core_config', 'text', 3
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'varchar(64)', 3
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL', 3
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text', 3
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'user_id -> dashboard_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE', 3
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE', 1
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE', 3
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE', 1
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'connection_uri_domain, app_id, tenant_id, third_party_id -> tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'supertokens_user_id -> all_auth_recipe_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC', 1
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC', 3
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'app_id, user_id', 3
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index apps.PRIMARY', 'UNIQUE app_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE app_id, session_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE session_id', 1
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'app_id, user_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry', 3
        UNION ALL SELECT 'index dashboard_user_sessions.user_id', 'user_id', 1
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE app_id, email', 3
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE email', 1
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE app_id, user_id, token', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE user_id, token', 1
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email', 3
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index emailpassword_users.email', 'UNIQUE email', 1
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, email, token', 3
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE user_id, email, token', 1
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry', 3
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE app_id, user_id, email', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE user_id, email', 1
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE app_id, key_id', 3
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE key_id', 1
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE app_id, tenant_id, name', 3
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE name', 1
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE app_id, tenant_id, code_id', 3
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE code_id', 1
        UNION ALL SELECT 'index passwordless_codes.app_id', 'app_id, tenant_id, device_id_hash', 3
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'device_id_hash', 1
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE app_id, tenant_id, link_code_hash', 3
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE link_code_hash', 1
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'app_id, tenant_id, created_at', 3
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'created_at', 1
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE app_id, tenant_id, device_id_hash', 3
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE device_id_hash', 1
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'app_id, tenant_id, email', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'email', 1
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'app_id, tenant_id, phone_number', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'phone_number', 1
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'UNIQUE app_id, tenant_id, phone_number', 3
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index passwordless_users.email', 'UNIQUE email', 1
        UNION ALL SELECT 'index passwordless_users.phone_number', 'UNIQUE phone_number', 1
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE app_id, role, permission', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE role, permission', 1
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'app_id, permission', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'permission', 1
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE app_id, role', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE role', 1
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE app_id, created_at_time', 3
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE created_at_time', 1
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE app_id, tenant_id, session_handle', 3
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE session_handle', 1
        UNION ALL SELECT 'index session_info.session_expiry_index', 'expires_at', 3
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id', 3
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id, client_type', 3
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id', 3
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE app_id, tenant_id', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'UNIQUE app_id, tenant_id, third_party_id, third_party_user_id', 3
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE third_party_id, third_party_user_id', 1
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'app_id, email', 3
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'app_id, third_party_id, third_party_user_id', 3
        UNION ALL SELECT 'index thirdparty_users.user_id', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, created_time_ms', 3
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE user_id, created_time_ms', 1
        UNION ALL SELECT 'index totp_used_codes.app_id', 'app_id, user_id', 3
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'app_id, tenant_id, expiry_time_ms', 3
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'expiry_time_ms', 1
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE app_id, user_id, device_name', 3
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE user_id, device_name', 1
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE user_id', 1
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, role', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE user_id, role', 1
        UNION ALL SELECT 'index user_roles.app_id', 'app_id, role', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'app_id, tenant_id, role', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'role', 1
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE app_id, supertokens_user_id, external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE supertokens_user_id, external_user_id', 1
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE app_id, external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE external_user_id', 1
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE app_id, supertokens_user_id', 3
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE supertokens_user_id', 1
        UNION ALL SELECT 'table all_auth_recipe_users', 'present', 3
        UNION ALL SELECT 'table app_id_to_user_id', 'present', 3
        UNION ALL SELECT 'table apps', 'present', 3
        UNION ALL SELECT 'table dashboard_user_sessions', 'present', 3
        UNION ALL SELECT 'table dashboard_users', 'present', 3
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present', 3
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'present', 3
        UNION ALL SELECT 'table emailpassword_users', 'present', 3
        UNION ALL SELECT 'table emailverification_tokens', 'present', 3
        UNION ALL SELECT 'table emailverification_verified_emails', 'present', 3
        UNION ALL SELECT 'table jwt_signing_keys', 'present', 3
        UNION ALL SELECT 'table key_value', 'present', 3
        UNION ALL SELECT 'table passwordless_codes', 'present', 3
        UNION ALL SELECT 'table passwordless_devices', 'present', 3
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'present', 3
        UNION ALL SELECT 'table passwordless_users', 'present', 3
        UNION ALL SELECT 'table role_permissions', 'present', 3
        UNION ALL SELECT 'table roles', 'present', 3
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present', 3
        UNION ALL SELECT 'table session_info', 'present', 3
        UNION ALL SELECT 'table tenant_configs', 'present', 3
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'present', 3
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'present', 3
        UNION ALL SELECT 'table tenants', 'present', 3
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'present', 3
        UNION ALL SELECT 'table thirdparty_users', 'present', 3
        UNION ALL SELECT 'table totp_used_codes', 'present', 3
        UNION ALL SELECT 'table totp_user_devices', 'present', 3
        UNION ALL SELECT 'table totp_users', 'present', 3
        UNION ALL SELECT 'table user_last_active', 'present', 3
        UNION ALL SELECT 'table user_metadata', 'present', 3
        UNION ALL SELECT 'table user_roles', 'present', 3
        UNION ALL SELECT 'table userid_mapping', 'present', 3) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'table all_auth_recipe_users has no column app_id' AS m, 2 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 3
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id', 2
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id', 2
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id', 2
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id', 2
        UNION ALL SELECT 'column apps.app_id', 'table apps has no column app_id', 2
        UNION ALL SELECT 'column apps.created_at_time', 'table apps has no column created_at_time', 2
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id', 2
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 3
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 3
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 3
        UNION ALL SELECT 'column dashboard_users.app_id', 'table dashboard_users has no column app_id', 2
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users has no column email', 3
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 3
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id', 2
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id', 2
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email', 2
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id', 2
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id', 2
        UNION ALL SELECT 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id', 2
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email', 3
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 3
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 3
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id', 2
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email', 3
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id', 2
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 3
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 3
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id', 2
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 3
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 3
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id', 2
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 3
        UNION ALL SELECT 'column key_value.app_id', 'table key_value has no column app_id', 2
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time', 3
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name', 3
        UNION ALL SELECT 'column key_value.tenant_id', 'table key_value has no column tenant_id', 2
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value', 3
        UNION ALL SELECT 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id', 2
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 3
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 3
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 3
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id', 2
        UNION ALL SELECT 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id', 2
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 3
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 3
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 3
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id', 2
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id', 2
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email', 2
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number', 2
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id', 2
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id', 2
        UNION ALL SELECT 'column passwordless_users.app_id', 'table passwordless_users has no column app_id', 2
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email', 3
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 3
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id', 3
        UNION ALL SELECT 'column role_permissions.app_id', 'table role_permissions has no column app_id', 2
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions has no column permission', 3
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions has no column role', 3
        UNION ALL SELECT 'column roles.app_id', 'table roles has no column app_id', 2
        UNION ALL SELECT 'column roles.role', 'table roles has no column role', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id', 2
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 3
        UNION ALL SELECT 'column session_info.app_id', 'table session_info has no column app_id', 2
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time', 3
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at', 3
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 3
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 3
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data', 3
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle', 3
        UNION ALL SELECT 'column session_info.tenant_id', 'table session_info has no column tenant_id', 2
        UNION ALL SELECT 'column session_info.use_static_key', 'table session_info has no column use_static_key', 3
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id', 3
        UNION ALL SELECT 'column tenant_configs.app_id', 'table tenant_configs has no column app_id', 2
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain', 2
        UNION ALL SELECT 'column tenant_configs.core_config', 'table tenant_configs has no column core_config', 2
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled', 2
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled', 2
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id', 2
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified', 2
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id', 2
        UNION ALL SELECT 'column tenants.app_id', 'table tenants has no column app_id', 2
        UNION ALL SELECT 'column tenants.created_at_time', 'table tenants has no column created_at_time', 2
        UNION ALL SELECT 'column tenants.tenant_id', 'table tenants has no column tenant_id', 2
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id', 2
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id', 2
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id', 2
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id', 2
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id', 2
        UNION ALL SELECT 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id', 2
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 3
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 3
        UNION ALL SELECT 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id', 2
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes has no column code', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 3
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 3
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id', 2
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 3
        UNION ALL SELECT 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id', 2
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices has no column period', 3
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices has no column skew', 3
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 3
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices has no column verified', 3
        UNION ALL SELECT 'column totp_users.app_id', 'table totp_users has no column app_id', 2
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users has no column user_id', 3
        UNION ALL SELECT 'column user_last_active.app_id', 'table user_last_active has no column app_id', 2
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 3
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active has no column user_id', 3
        UNION ALL SELECT 'column user_metadata.app_id', 'table user_metadata has no column app_id', 2
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata has no column user_id', 3
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 3
        UNION ALL SELECT 'column user_roles.app_id', 'table user_roles has no column app_id', 2
        UNION ALL SELECT 'column user_roles.role', 'table user_roles has no column role', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id', 2
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id', 3
        UNION ALL SELECT 'column userid_mapping.app_id', 'table userid_mapping has no column app_id', 2
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 3
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_1', 2
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_2', 2
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_1', 2
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1', 2
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'table dashboard_users has no foreign key dashboard_users_ibfk_1', 2
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1', 2
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'table emailpassword_user_to_tenant has no foreign key emailpassword_user_to_tenant_ibfk_1', 2
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'table emailpassword_users has no foreign key emailpassword_users_ibfk_1', 2
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'table emailverification_tokens has no foreign key emailverification_tokens_ibfk_1', 2
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'table emailverification_verified_emails has no foreign key emailverification_verified_emails_ibfk_1', 2
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'table jwt_signing_keys has no foreign key jwt_signing_keys_ibfk_1', 2
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'table key_value has no foreign key key_value_ibfk_1', 2
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1', 2
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'table passwordless_devices has no foreign key passwordless_devices_ibfk_1', 2
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'table passwordless_user_to_tenant has no foreign key passwordless_user_to_tenant_ibfk_1', 2
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'table passwordless_users has no foreign key passwordless_users_ibfk_1', 2
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1', 2
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'table roles has no foreign key roles_ibfk_1', 2
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'table session_access_token_signing_keys has no foreign key session_access_token_signing_keys_ibfk_1', 2
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'table session_info has no foreign key session_info_ibfk_1', 2
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'table tenant_thirdparty_provider_clients has no foreign key tenant_thirdparty_provider_clients_ibfk_1', 2
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'table tenant_thirdparty_providers has no foreign key tenant_thirdparty_providers_ibfk_1', 2
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'table tenants has no foreign key tenants_ibfk_1', 2
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'table thirdparty_user_to_tenant has no foreign key thirdparty_user_to_tenant_ibfk_1', 2
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'table thirdparty_users has no foreign key thirdparty_users_ibfk_1', 2
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1', 2
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_2', 2
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1', 2
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'table totp_users has no foreign key totp_users_ibfk_1', 2
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'table user_last_active has no foreign key user_last_active_ibfk_1', 2
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'table user_metadata has no foreign key user_metadata_ibfk_1', 2
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1', 2
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_2', 'table user_roles has no foreign key user_roles_ibfk_2', 2
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1', 2
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index', 3
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no index app_id', 2
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'table app_id_to_user_id has no index PRIMARY', 2
        UNION ALL SELECT 'index apps.PRIMARY', 'table apps has no index PRIMARY', 2
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no index app_id', 2
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY', 3
        UNION ALL SELECT 'index dashboard_users.email', 'table dashboard_users has no index email', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'table emailpassword_user_to_tenant has no index PRIMARY', 2
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no index email', 2
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY', 3
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY', 3
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_codes.app_id', 'table passwordless_codes has no index app_id', 2
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash', 3
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'table passwordless_user_to_tenant has no index PRIMARY', 2
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no index email', 2
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no index phone_number', 2
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY', 3
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY', 3
        UNION ALL SELECT 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index', 2
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'table tenant_configs has no index PRIMARY', 2
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'table tenant_thirdparty_provider_clients has no index PRIMARY', 2
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'table tenant_thirdparty_providers has no index PRIMARY', 2
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY', 2
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'table thirdparty_user_to_tenant has no index PRIMARY', 2
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no index third_party_user_id', 2
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY', 3
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index', 2
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index', 2
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index totp_used_codes.app_id', 'table totp_used_codes has no index app_id', 2
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY', 3
        UNION ALL SELECT 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY', 3
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY', 3
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.app_id', 'table user_roles has no index app_id', 2
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY', 3
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id', 3
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3
        UNION ALL SELECT 'table app_id_to_user_id', 'table app_id_to_user_id is missing', 2
        UNION ALL SELECT 'table apps', 'table apps is missing', 2
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3
        UNION ALL SELECT 'table dashboard_users', 'table dashboard_users is missing', 3
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing', 2
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing', 3
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing', 3
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing', 3
        UNION ALL SELECT 'table key_value', 'table key_value is missing', 3
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing', 3
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing', 3
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing', 2
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing', 3
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing', 3
        UNION ALL SELECT 'table roles', 'table roles is missing', 3
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3
        UNION ALL SELECT 'table session_info', 'table session_info is missing', 3
        UNION ALL SELECT 'table tenant_configs', 'table tenant_configs is missing', 2
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing', 2
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing', 2
        UNION ALL SELECT 'table tenants', 'table tenants is missing', 2
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing', 2
        UNION ALL SELECT 'table thirdparty_users', 'table thirdparty_users is missing', 3
        UNION ALL SELECT 'table totp_used_codes', 'table totp_used_codes is missing', 3
        UNION ALL SELECT 'table totp_user_devices', 'table totp_user_devices is missing', 3
        UNION ALL SELECT 'table totp_users', 'table totp_users is missing', 3
        UNION ALL SELECT 'table user_last_active', 'table user_last_active is missing', 3
        UNION ALL SELECT 'table user_metadata', 'table user_metadata is missing', 3
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing', 3
        UNION ALL SELECT 'table userid_mapping', 'table userid_mapping is missing', 3) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at supertokens 5.0, at 6.0, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 6.0), or run this one on the supertokens 5.0 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at supertokens 5.0, at 6.0, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT CONCAT('foreign keys of tables outside supertokens reference keys that supertokens 5.0 → 6.0 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'key_value' AND f.rcols = 'name'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE name'
          THEN 'after this script key_value has primary key (app_id, tenant_id, name) and no index that starts with (name): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'session_info' AND f.rcols = 'session_handle'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE session_handle'
          THEN 'after this script session_info has primary key (app_id, tenant_id, session_handle), index session_expiry_index (expires_at) and no index that starts with (session_handle): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailpassword_users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script emailpassword_users has primary key (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailpassword_users' AND f.rcols = 'email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email'
          THEN 'after this script emailpassword_users has primary key (app_id, user_id) and no index that starts with (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailpassword_pswd_reset_tokens' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, token'
          THEN 'after this script emailpassword_pswd_reset_tokens has primary key (app_id, user_id, token), unique token (token), index emailpassword_password_reset_token_expiry_index (token_expiry) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailpassword_pswd_reset_tokens' AND f.rcols = 'user_id,token'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, token'
          THEN 'after this script emailpassword_pswd_reset_tokens has primary key (app_id, user_id, token), unique token (token), index emailpassword_password_reset_token_expiry_index (token_expiry) and no index that starts with (user_id, token): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailverification_tokens' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email, token'
          THEN 'after this script emailverification_tokens has primary key (app_id, tenant_id, user_id, email, token), unique token (token), index emailverification_tokens_index (token_expiry) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailverification_tokens' AND f.rcols = 'user_id,email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email, token'
          THEN 'after this script emailverification_tokens has primary key (app_id, tenant_id, user_id, email, token), unique token (token), index emailverification_tokens_index (token_expiry) and no index that starts with (user_id, email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailverification_tokens' AND f.rcols = 'user_id,email,token'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email, token'
          THEN 'after this script emailverification_tokens has primary key (app_id, tenant_id, user_id, email, token), unique token (token), index emailverification_tokens_index (token_expiry) and no index that starts with (user_id, email, token): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailverification_verified_emails' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email'
          THEN 'after this script emailverification_verified_emails has primary key (app_id, user_id, email) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'emailverification_verified_emails' AND f.rcols = 'user_id,email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email'
          THEN 'after this script emailverification_verified_emails has primary key (app_id, user_id, email) and no index that starts with (user_id, email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'thirdparty_users' AND f.rcols = 'third_party_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE third_party_id, third_party_user_id'
          THEN 'after this script thirdparty_users has primary key (app_id, user_id), index thirdparty_users_thirdparty_user_id_index (app_id, third_party_id, third_party_user_id), index thirdparty_users_email_index (app_id, email) and no index that starts with (third_party_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'thirdparty_users' AND f.rcols = 'third_party_id,third_party_user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE third_party_id, third_party_user_id'
          THEN 'after this script thirdparty_users has primary key (app_id, user_id), index thirdparty_users_thirdparty_user_id_index (app_id, third_party_id, third_party_user_id), index thirdparty_users_email_index (app_id, email) and no index that starts with (third_party_id, third_party_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'thirdparty_users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id') <=> 'UNIQUE user_id'
          THEN 'after this script thirdparty_users has primary key (app_id, user_id), index thirdparty_users_thirdparty_user_id_index (app_id, third_party_id, third_party_user_id), index thirdparty_users_email_index (app_id, email) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'all_auth_recipe_users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script all_auth_recipe_users has primary key (app_id, tenant_id, user_id), index all_auth_recipe_users_pagination_index (time_joined, user_id, tenant_id, app_id), index app_id (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'all_auth_recipe_users' AND f.rcols = 'time_joined'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC'
          THEN 'after this script all_auth_recipe_users still has a key for (time_joined): the foreign key can be re-created as it was'
          WHEN f.rt = 'all_auth_recipe_users' AND f.rcols = 'time_joined,user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC'
          THEN 'after this script all_auth_recipe_users still has a key for (time_joined, user_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'jwt_signing_keys' AND f.rcols = 'key_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE key_id'
          THEN 'after this script jwt_signing_keys has primary key (app_id, key_id) and no index that starts with (key_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'session_access_token_signing_keys' AND f.rcols = 'created_at_time'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE created_at_time'
          THEN 'after this script session_access_token_signing_keys has primary key (app_id, created_at_time) and no index that starts with (created_at_time): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script passwordless_users has primary key (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_users' AND f.rcols = 'email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email'
          THEN 'after this script passwordless_users has primary key (app_id, user_id) and no index that starts with (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_users' AND f.rcols = 'phone_number'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number') <=> 'UNIQUE phone_number'
          THEN 'after this script passwordless_users has primary key (app_id, user_id) and no index that starts with (phone_number): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_devices' AND f.rcols = 'device_id_hash'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE device_id_hash'
          THEN 'after this script passwordless_devices has primary key (app_id, tenant_id, device_id_hash), index passwordless_devices_email_index (app_id, tenant_id, email), index passwordless_devices_phone_number_index (app_id, tenant_id, phone_number) and no index that starts with (device_id_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_devices' AND f.rcols = 'email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'email'
          THEN 'after this script passwordless_devices has primary key (app_id, tenant_id, device_id_hash), index passwordless_devices_email_index (app_id, tenant_id, email), index passwordless_devices_phone_number_index (app_id, tenant_id, phone_number) and no index that starts with (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_devices' AND f.rcols = 'phone_number'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'phone_number'
          THEN 'after this script passwordless_devices has primary key (app_id, tenant_id, device_id_hash), index passwordless_devices_email_index (app_id, tenant_id, email), index passwordless_devices_phone_number_index (app_id, tenant_id, phone_number) and no index that starts with (phone_number): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_codes' AND f.rcols = 'code_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id'
          THEN 'after this script passwordless_codes has primary key (app_id, tenant_id, code_id), unique link_code_hash (app_id, tenant_id, link_code_hash), index passwordless_codes_created_at_index (app_id, tenant_id, created_at), index app_id (app_id, tenant_id, device_id_hash) and no index that starts with (code_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_codes' AND f.rcols = 'link_code_hash'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE link_code_hash'
          THEN 'after this script passwordless_codes has primary key (app_id, tenant_id, code_id), unique link_code_hash (app_id, tenant_id, link_code_hash), index passwordless_codes_created_at_index (app_id, tenant_id, created_at), index app_id (app_id, tenant_id, device_id_hash) and no index that starts with (link_code_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_codes' AND f.rcols = 'device_id_hash'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash') <=> 'device_id_hash'
          THEN 'after this script passwordless_codes has primary key (app_id, tenant_id, code_id), unique link_code_hash (app_id, tenant_id, link_code_hash), index passwordless_codes_created_at_index (app_id, tenant_id, created_at), index app_id (app_id, tenant_id, device_id_hash) and no index that starts with (device_id_hash): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'passwordless_codes' AND f.rcols = 'created_at'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'created_at'
          THEN 'after this script passwordless_codes has primary key (app_id, tenant_id, code_id), unique link_code_hash (app_id, tenant_id, link_code_hash), index passwordless_codes_created_at_index (app_id, tenant_id, created_at), index app_id (app_id, tenant_id, device_id_hash) and no index that starts with (created_at): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'user_metadata' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script user_metadata has primary key (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'roles' AND f.rcols = 'role'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role'
          THEN 'after this script roles has primary key (app_id, role) and no index that starts with (role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'role_permissions' AND f.rcols = 'role'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role, permission'
          THEN 'after this script role_permissions has primary key (app_id, role, permission), index role_permissions_permission_index (app_id, permission) and no index that starts with (role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'role_permissions' AND f.rcols = 'role,permission'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role, permission'
          THEN 'after this script role_permissions has primary key (app_id, role, permission), index role_permissions_permission_index (app_id, permission) and no index that starts with (role, permission): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'role_permissions' AND f.rcols = 'permission'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'permission'
          THEN 'after this script role_permissions has primary key (app_id, role, permission), index role_permissions_permission_index (app_id, permission) and no index that starts with (permission): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'user_roles' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, role'
          THEN 'after this script user_roles has primary key (app_id, tenant_id, user_id, role), index user_roles_role_index (app_id, tenant_id, role), index app_id (app_id, role) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'user_roles' AND f.rcols = 'user_id,role'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, role'
          THEN 'after this script user_roles has primary key (app_id, tenant_id, user_id, role), index user_roles_role_index (app_id, tenant_id, role), index app_id (app_id, role) and no index that starts with (user_id, role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'user_roles' AND f.rcols = 'role'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'role'
          THEN 'after this script user_roles has primary key (app_id, tenant_id, user_id, role), index user_roles_role_index (app_id, tenant_id, role), index app_id (app_id, role) and no index that starts with (role): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'userid_mapping' AND f.rcols = 'supertokens_user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE supertokens_user_id, external_user_id'
          THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique supertokens_user_id (app_id, supertokens_user_id), unique external_user_id (app_id, external_user_id) and no index that starts with (supertokens_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'userid_mapping' AND f.rcols = 'supertokens_user_id,external_user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE supertokens_user_id, external_user_id'
          THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique supertokens_user_id (app_id, supertokens_user_id), unique external_user_id (app_id, external_user_id) and no index that starts with (supertokens_user_id, external_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'userid_mapping' AND f.rcols = 'supertokens_user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE supertokens_user_id'
          THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique supertokens_user_id (app_id, supertokens_user_id), unique external_user_id (app_id, external_user_id) and no index that starts with (supertokens_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'userid_mapping' AND f.rcols = 'external_user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE external_user_id'
          THEN 'after this script userid_mapping has primary key (app_id, supertokens_user_id, external_user_id), unique supertokens_user_id (app_id, supertokens_user_id), unique external_user_id (app_id, external_user_id) and no index that starts with (external_user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'dashboard_users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script dashboard_users has primary key (app_id, user_id), unique email (app_id, email) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'dashboard_users' AND f.rcols = 'email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email'
          THEN 'after this script dashboard_users has primary key (app_id, user_id), unique email (app_id, email) and no index that starts with (email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'dashboard_user_sessions' AND f.rcols = 'session_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE session_id'
          THEN 'after this script dashboard_user_sessions has primary key (app_id, session_id), index dashboard_user_sessions_expiry_index (expiry), index app_id (app_id, user_id) and no index that starts with (session_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'dashboard_user_sessions' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id') <=> 'user_id'
          THEN 'after this script dashboard_user_sessions has primary key (app_id, session_id), index dashboard_user_sessions_expiry_index (expiry), index app_id (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'totp_users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script totp_users has primary key (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'totp_user_devices' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, device_name'
          THEN 'after this script totp_user_devices has primary key (app_id, user_id, device_name) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'totp_user_devices' AND f.rcols = 'user_id,device_name'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, device_name'
          THEN 'after this script totp_user_devices has primary key (app_id, user_id, device_name) and no index that starts with (user_id, device_name): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'totp_used_codes' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, created_time_ms'
          THEN 'after this script totp_used_codes has primary key (app_id, tenant_id, user_id, created_time_ms), index totp_used_codes_expiry_time_ms_index (app_id, tenant_id, expiry_time_ms), index app_id (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'totp_used_codes' AND f.rcols = 'user_id,created_time_ms'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, created_time_ms'
          THEN 'after this script totp_used_codes has primary key (app_id, tenant_id, user_id, created_time_ms), index totp_used_codes_expiry_time_ms_index (app_id, tenant_id, expiry_time_ms), index app_id (app_id, user_id) and no index that starts with (user_id, created_time_ms): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'totp_used_codes' AND f.rcols = 'expiry_time_ms'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'expiry_time_ms'
          THEN 'after this script totp_used_codes has primary key (app_id, tenant_id, user_id, created_time_ms), index totp_used_codes_expiry_time_ms_index (app_id, tenant_id, expiry_time_ms), index app_id (app_id, user_id) and no index that starts with (expiry_time_ms): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'user_last_active' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id'
          THEN 'after this script user_last_active has primary key (app_id, user_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_1'), ('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_2'), ('app_id_to_user_id', 'app_id_to_user_id_ibfk_1'), ('dashboard_user_sessions', 'dashboard_user_sessions_ibfk_1'), ('dashboard_users', 'dashboard_users_ibfk_1'), ('emailpassword_pswd_reset_tokens', 'emailpassword_pswd_reset_tokens_ibfk_1'), ('emailpassword_user_to_tenant', 'emailpassword_user_to_tenant_ibfk_1'), ('emailpassword_users', 'emailpassword_users_ibfk_1'), ('emailverification_tokens', 'emailverification_tokens_ibfk_1'), ('emailverification_verified_emails', 'emailverification_verified_emails_ibfk_1'), ('jwt_signing_keys', 'jwt_signing_keys_ibfk_1'), ('key_value', 'key_value_ibfk_1'), ('passwordless_codes', 'passwordless_codes_ibfk_1'), ('passwordless_devices', 'passwordless_devices_ibfk_1'), ('passwordless_user_to_tenant', 'passwordless_user_to_tenant_ibfk_1'), ('passwordless_users', 'passwordless_users_ibfk_1'), ('role_permissions', 'role_permissions_ibfk_1'), ('roles', 'roles_ibfk_1'), ('session_access_token_signing_keys', 'session_access_token_signing_keys_ibfk_1'), ('session_info', 'session_info_ibfk_1'), ('tenant_thirdparty_provider_clients', 'tenant_thirdparty_provider_clients_ibfk_1'), ('tenant_thirdparty_providers', 'tenant_thirdparty_providers_ibfk_1'), ('tenants', 'tenants_ibfk_1'), ('thirdparty_user_to_tenant', 'thirdparty_user_to_tenant_ibfk_1'), ('thirdparty_users', 'thirdparty_users_ibfk_1'), ('totp_used_codes', 'totp_used_codes_ibfk_1'), ('totp_used_codes', 'totp_used_codes_ibfk_2'), ('totp_user_devices', 'totp_user_devices_ibfk_1'), ('totp_users', 'totp_users_ibfk_1'), ('user_last_active', 'user_last_active_ibfk_1'), ('user_metadata', 'user_metadata_ibfk_1'), ('user_roles', 'user_roles_ibfk_1'), ('user_roles', 'user_roles_ibfk_2'), ('userid_mapping', 'userid_mapping_ibfk_1')))
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
-- supertokens 5.0 → 6.0: Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 5.0 → 6.0 · 1/127 · drop foreign key userid_mapping_ibfk_1 on userid_mapping
-- why: Re-pointed at app_id_to_user_id (app_id, user_id) further down.
-- locks: userid_mapping: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `userid_mapping` DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 2/127 · drop foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
-- locks: dashboard_user_sessions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | dashboard_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_user_sessions` DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 3/127 · drop index user_id on dashboard_user_sessions
-- why: Implicit index of the old single-column foreign key; 6.0 has (app_id, user_id) instead.
-- locks: dashboard_user_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `dashboard_user_sessions` DROP INDEX `user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 4/127 · drop foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | emailpassword_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 5/127 · drop foreign key passwordless_codes_ibfk_1 on passwordless_codes
-- locks: passwordless_codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | passwordless_devices: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `passwordless_codes` DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 6/127 · drop index device_id_hash on passwordless_codes
-- why: Implicit index of the old single-column foreign key; 6.0 has (app_id, tenant_id, device_id_hash) instead.
-- locks: passwordless_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `device_id_hash`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 7/127 · drop foreign key role_permissions_ibfk_1 on role_permissions
-- locks: role_permissions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | roles: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `role_permissions` DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 8/127 · drop foreign key user_roles_ibfk_1 on user_roles
-- locks: user_roles: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | roles: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 9/127 · drop foreign key totp_user_devices_ibfk_1 on totp_user_devices
-- locks: totp_user_devices: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | totp_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_user_devices` DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 10/127 · drop foreign key totp_used_codes_ibfk_1 on totp_used_codes
-- locks: totp_used_codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | totp_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 11/127 · create table apps
-- locks: apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'apps'),
  CONCAT('CREATE TABLE `apps` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `created_at_time` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`app_id`)
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('emailverification_verified_emails', 'jwt_signing_keys', 'session_access_token_signing_keys', 'user_metadata', 'roles', 'dashboard_users', 'totp_users', 'user_last_active', 'tenants', 'app_id_to_user_id', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'thirdparty_users', 'all_auth_recipe_users', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_user_sessions', 'totp_user_devices', 'totp_used_codes')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'emailverification_verified_emails', 'jwt_signing_keys', 'session_access_token_signing_keys', 'user_metadata', 'roles', 'dashboard_users', 'totp_users', 'user_last_active', 'tenants', 'app_id_to_user_id', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'thirdparty_users', 'all_auth_recipe_users', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_user_sessions', 'totp_user_devices', 'totp_used_codes') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 12/127 · insert 1 row into apps
-- locks: apps: new in this script
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `apps` WHERE `app_id` = ''public'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `apps` (`app_id`, `created_at_time`) SELECT ''public'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `apps` WHERE `app_id` = ''public'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 13/127 · create table tenants
-- locks: tenants: new in this script | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  CONCAT('CREATE TABLE `tenants` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `created_at_time` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`app_id`, `tenant_id`),
      CONSTRAINT `tenants_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('apps', 'key_value', 'session_info', 'emailverification_tokens', 'all_auth_recipe_users', 'passwordless_devices', 'user_roles', 'totp_used_codes', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'apps', 'key_value', 'session_info', 'emailverification_tokens', 'all_auth_recipe_users', 'passwordless_devices', 'user_roles', 'totp_used_codes', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 14/127 · insert 1 row into tenants
-- locks: tenants: new in this script
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `tenants` WHERE `app_id` = ''public'' AND `tenant_id` = ''public'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `tenants` (`app_id`, `tenant_id`, `created_at_time`) SELECT ''public'', ''public'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `app_id` = ''public'' AND `tenant_id` = ''public'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 15/127 · add column key_value.app_id
-- locks: key_value: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `key_value` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 16/127 · add column key_value.tenant_id
-- locks: key_value: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `key_value` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 17/127 · primary key of key_value becomes (app_id, tenant_id, name)
-- locks: key_value: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `key_value` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): key_value: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `key_value` ADD PRIMARY KEY (`app_id`, `tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 18/127 · add foreign key key_value_ibfk_1 on key_value
-- locks: drop foreign key key_value_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): key_value: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'key_value' AND k.CONSTRAINT_NAME = 'key_value_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND CONSTRAINT_NAME = 'key_value_ibfk_1'),
  'ALTER TABLE `key_value` DROP FOREIGN KEY `key_value_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key key_value_ibfk_1: key_value: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'key_value' AND k.CONSTRAINT_NAME = 'key_value_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `key_value` ADD CONSTRAINT `key_value_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 19/127 · create table app_id_to_user_id
-- locks: app_id_to_user_id: new in this script | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_id_to_user_id'),
  CONCAT('CREATE TABLE `app_id_to_user_id` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `recipe_id` VARCHAR(128) NOT NULL,
      PRIMARY KEY (`app_id`, `user_id`),
      CONSTRAINT `app_id_to_user_id_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('apps', 'emailpassword_users', 'thirdparty_users', 'all_auth_recipe_users', 'passwordless_users', 'userid_mapping', 'key_value', 'session_info', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'apps', 'emailpassword_users', 'thirdparty_users', 'all_auth_recipe_users', 'passwordless_users', 'userid_mapping', 'key_value', 'session_info', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 20/127 · copy rows from all_auth_recipe_users into app_id_to_user_id
-- locks: app_id_to_user_id: new in this script | all_auth_recipe_users: read
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'SET @plan_go = EXISTS (SELECT 1 FROM `all_auth_recipe_users` AS src WHERE NOT EXISTS (SELECT 1 FROM `app_id_to_user_id` AS dst WHERE dst.`app_id` = ''public'' AND dst.`user_id` = src.`user_id`))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `app_id_to_user_id` (`app_id`, `user_id`, `recipe_id`)
    SELECT ''public'', src.`user_id`, src.`recipe_id`
    FROM `all_auth_recipe_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `app_id_to_user_id` AS dst WHERE dst.`app_id` = ''public'' AND dst.`user_id` = src.`user_id`)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 21/127 · add column all_auth_recipe_users.app_id
-- locks: all_auth_recipe_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `all_auth_recipe_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 22/127 · add column all_auth_recipe_users.tenant_id
-- locks: all_auth_recipe_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `all_auth_recipe_users` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 23/127 · primary key of all_auth_recipe_users becomes (app_id, tenant_id, user_id)
-- locks: all_auth_recipe_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `all_auth_recipe_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): all_auth_recipe_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `all_auth_recipe_users` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 24/127 · add foreign key all_auth_recipe_users_ibfk_1 on all_auth_recipe_users
-- locks: drop foreign key all_auth_recipe_users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): all_auth_recipe_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1'),
  'ALTER TABLE `all_auth_recipe_users` DROP FOREIGN KEY `all_auth_recipe_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key all_auth_recipe_users_ibfk_1: all_auth_recipe_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `all_auth_recipe_users` ADD CONSTRAINT `all_auth_recipe_users_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 25/127 · add foreign key all_auth_recipe_users_ibfk_2 on all_auth_recipe_users
-- locks: drop foreign key all_auth_recipe_users_ibfk_2 as it is now: only where the database differs from the plan here (else skipped): all_auth_recipe_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2'),
  'ALTER TABLE `all_auth_recipe_users` DROP FOREIGN KEY `all_auth_recipe_users_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: create index app_id, which the foreign key needs (an index on its columns): all_auth_recipe_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id'),
  'CREATE INDEX `app_id` ON `all_auth_recipe_users` (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key all_auth_recipe_users_ibfk_2: all_auth_recipe_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in app_id_to_user_id | app_id_to_user_id: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `all_auth_recipe_users` ADD CONSTRAINT `all_auth_recipe_users_ibfk_2` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 26/127 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
-- locks: all_auth_recipe_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'ALTER TABLE `all_auth_recipe_users` DROP INDEX `all_auth_recipe_users_pagination_index`, ADD INDEX `all_auth_recipe_users_pagination_index` (`time_joined` DESC, `user_id` DESC, `tenant_id` DESC, `app_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): all_auth_recipe_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'CREATE INDEX `all_auth_recipe_users_pagination_index` ON `all_auth_recipe_users` (`time_joined` DESC, `user_id` DESC, `tenant_id` DESC, `app_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 27/127 · create table tenant_configs
-- locks: tenant_configs: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_configs'),
  CONCAT('CREATE TABLE `tenant_configs` (
      `connection_uri_domain` VARCHAR(256) NOT NULL DEFAULT '''',
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `core_config` TEXT,
      `email_password_enabled` BOOLEAN,
      `passwordless_enabled` BOOLEAN,
      `third_party_enabled` BOOLEAN,
      PRIMARY KEY (`connection_uri_domain`, `app_id`, `tenant_id`)
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('tenant_thirdparty_providers', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'tenant_thirdparty_providers', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 28/127 · create table tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: new in this script | tenant_configs: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_providers'),
  CONCAT('CREATE TABLE `tenant_thirdparty_providers` (
      `connection_uri_domain` VARCHAR(256) NOT NULL DEFAULT '''',
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `third_party_id` VARCHAR(28) NOT NULL,
      `name` VARCHAR(64),
      `authorization_endpoint` TEXT,
      `authorization_endpoint_query_params` TEXT,
      `token_endpoint` TEXT,
      `token_endpoint_body_params` TEXT,
      `user_info_endpoint` TEXT,
      `user_info_endpoint_query_params` TEXT,
      `user_info_endpoint_headers` TEXT,
      `jwks_uri` TEXT,
      `oidc_discovery_endpoint` TEXT,
      `require_email` BOOLEAN,
      `user_info_map_from_id_token_payload_user_id` VARCHAR(64),
      `user_info_map_from_id_token_payload_email` VARCHAR(64),
      `user_info_map_from_id_token_payload_email_verified` VARCHAR(64),
      `user_info_map_from_user_info_endpoint_user_id` VARCHAR(64),
      `user_info_map_from_user_info_endpoint_email` VARCHAR(64),
      `user_info_map_from_user_info_endpoint_email_verified` VARCHAR(64),
      PRIMARY KEY (`connection_uri_domain`, `app_id`, `tenant_id`, `third_party_id`),
      CONSTRAINT `tenant_thirdparty_providers_ibfk_1` FOREIGN KEY (`connection_uri_domain`, `app_id`, `tenant_id`) REFERENCES `tenant_configs` (`connection_uri_domain`, `app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('tenant_configs', 'tenant_thirdparty_provider_clients', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'tenant_configs', 'tenant_thirdparty_provider_clients', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 29/127 · create table tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: new in this script | tenant_thirdparty_providers: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_provider_clients'),
  CONCAT('CREATE TABLE `tenant_thirdparty_provider_clients` (
      `connection_uri_domain` VARCHAR(256) NOT NULL DEFAULT '''',
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `third_party_id` VARCHAR(28) NOT NULL,
      `client_type` VARCHAR(64) NOT NULL DEFAULT '''',
      `client_id` VARCHAR(256) NOT NULL,
      `client_secret` TEXT,
      `scope` TEXT,
      `force_pkce` BOOLEAN,
      `additional_config` TEXT,
      PRIMARY KEY (`connection_uri_domain`, `app_id`, `tenant_id`, `third_party_id`, `client_type`),
      CONSTRAINT `tenant_thirdparty_provider_clients_ibfk_1` FOREIGN KEY (`connection_uri_domain`, `app_id`, `tenant_id`, `third_party_id`) REFERENCES `tenant_thirdparty_providers` (`connection_uri_domain`, `app_id`, `tenant_id`, `third_party_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('tenant_thirdparty_providers', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'tenant_thirdparty_providers', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 30/127 · add column session_info.app_id
-- locks: session_info: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_info` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 31/127 · add column session_info.tenant_id
-- locks: session_info: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `session_info` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 32/127 · primary key of session_info becomes (app_id, tenant_id, session_handle)
-- locks: session_info: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, session_handle')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_info` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): session_info: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, session_handle')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_info` ADD PRIMARY KEY (`app_id`, `tenant_id`, `session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 33/127 · add foreign key session_info_ibfk_1 on session_info
-- locks: drop foreign key session_info_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): session_info: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_info' AND k.CONSTRAINT_NAME = 'session_info_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND CONSTRAINT_NAME = 'session_info_ibfk_1'),
  'ALTER TABLE `session_info` DROP FOREIGN KEY `session_info_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key session_info_ibfk_1: session_info: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_info' AND k.CONSTRAINT_NAME = 'session_info_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `session_info` ADD CONSTRAINT `session_info_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 34/127 · create index session_expiry_index on session_info
-- why: Part of the 6.0 fresh schema on both dialects; the 5.0 schema never had it.
-- locks: only where the database differs from the plan here (else skipped): session_info: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index') <=> 'expires_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index'),
  'ALTER TABLE `session_info` DROP INDEX `session_expiry_index`, ADD INDEX `session_expiry_index` (`expires_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: session_info: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index') <=> 'expires_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index'),
  'CREATE INDEX `session_expiry_index` ON `session_info` (`expires_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 35/127 · add column session_access_token_signing_keys.app_id
-- locks: session_access_token_signing_keys: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_access_token_signing_keys` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 36/127 · primary key of session_access_token_signing_keys becomes (app_id, created_at_time)
-- locks: session_access_token_signing_keys: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_access_token_signing_keys` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): session_access_token_signing_keys: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, created_at_time')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_access_token_signing_keys` ADD PRIMARY KEY (`app_id`, `created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 37/127 · add foreign key session_access_token_signing_keys_ibfk_1 on session_access_token_signing_keys
-- locks: drop foreign key session_access_token_signing_keys_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): session_access_token_signing_keys: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_access_token_signing_keys' AND k.CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1'),
  'ALTER TABLE `session_access_token_signing_keys` DROP FOREIGN KEY `session_access_token_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key session_access_token_signing_keys_ibfk_1: session_access_token_signing_keys: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_access_token_signing_keys' AND k.CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `session_access_token_signing_keys` ADD CONSTRAINT `session_access_token_signing_keys_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 38/127 · add column jwt_signing_keys.app_id
-- locks: jwt_signing_keys: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `jwt_signing_keys` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 39/127 · primary key of jwt_signing_keys becomes (app_id, key_id)
-- locks: jwt_signing_keys: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, key_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `jwt_signing_keys` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): jwt_signing_keys: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, key_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `jwt_signing_keys` ADD PRIMARY KEY (`app_id`, `key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 40/127 · add foreign key jwt_signing_keys_ibfk_1 on jwt_signing_keys
-- locks: drop foreign key jwt_signing_keys_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): jwt_signing_keys: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'jwt_signing_keys' AND k.CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1'),
  'ALTER TABLE `jwt_signing_keys` DROP FOREIGN KEY `jwt_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key jwt_signing_keys_ibfk_1: jwt_signing_keys: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'jwt_signing_keys' AND k.CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `jwt_signing_keys` ADD CONSTRAINT `jwt_signing_keys_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 41/127 · add column emailverification_verified_emails.app_id
-- locks: emailverification_verified_emails: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_verified_emails` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 42/127 · primary key of emailverification_verified_emails becomes (app_id, user_id, email)
-- locks: emailverification_verified_emails: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_verified_emails` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): emailverification_verified_emails: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_verified_emails` ADD PRIMARY KEY (`app_id`, `user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 43/127 · add foreign key emailverification_verified_emails_ibfk_1 on emailverification_verified_emails
-- locks: drop foreign key emailverification_verified_emails_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): emailverification_verified_emails: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_verified_emails' AND k.CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1'),
  'ALTER TABLE `emailverification_verified_emails` DROP FOREIGN KEY `emailverification_verified_emails_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key emailverification_verified_emails_ibfk_1: emailverification_verified_emails: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_verified_emails' AND k.CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `emailverification_verified_emails` ADD CONSTRAINT `emailverification_verified_emails_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 44/127 · add column emailverification_tokens.app_id
-- locks: emailverification_tokens: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_tokens` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 45/127 · add column emailverification_tokens.tenant_id
-- locks: emailverification_tokens: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `emailverification_tokens` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 46/127 · primary key of emailverification_tokens becomes (app_id, tenant_id, user_id, email, token)
-- locks: emailverification_tokens: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, email, token')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_tokens` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): emailverification_tokens: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, email, token')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_tokens` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 47/127 · add foreign key emailverification_tokens_ibfk_1 on emailverification_tokens
-- locks: drop foreign key emailverification_tokens_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): emailverification_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_tokens' AND k.CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1'),
  'ALTER TABLE `emailverification_tokens` DROP FOREIGN KEY `emailverification_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key emailverification_tokens_ibfk_1: emailverification_tokens: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_tokens' AND k.CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `emailverification_tokens` ADD CONSTRAINT `emailverification_tokens_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 48/127 · add column emailpassword_users.app_id
-- locks: emailpassword_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 49/127 · drop unique email on emailpassword_users
-- why: E-mail uniqueness moves to emailpassword_user_to_tenant (per app and tenant).
-- locks: emailpassword_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `emailpassword_users` DROP INDEX `email`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 50/127 · primary key of emailpassword_users becomes (app_id, user_id)
-- locks: emailpassword_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): emailpassword_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 51/127 · add foreign key emailpassword_users_ibfk_1 on emailpassword_users
-- locks: drop foreign key emailpassword_users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): emailpassword_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_users' AND k.CONSTRAINT_NAME = 'emailpassword_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND CONSTRAINT_NAME = 'emailpassword_users_ibfk_1'),
  'ALTER TABLE `emailpassword_users` DROP FOREIGN KEY `emailpassword_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key emailpassword_users_ibfk_1: emailpassword_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in app_id_to_user_id | app_id_to_user_id: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_users' AND k.CONSTRAINT_NAME = 'emailpassword_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `emailpassword_users` ADD CONSTRAINT `emailpassword_users_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 52/127 · create table emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: new in this script | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_user_to_tenant'),
  CONCAT('CREATE TABLE `emailpassword_user_to_tenant` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      PRIMARY KEY (`app_id`, `tenant_id`, `user_id`),
      CONSTRAINT `email` UNIQUE (`app_id`, `tenant_id`, `email`),
      CONSTRAINT `emailpassword_user_to_tenant_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `user_id`) REFERENCES `all_auth_recipe_users` (`app_id`, `tenant_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('all_auth_recipe_users', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'all_auth_recipe_users', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 53/127 · copy rows from emailpassword_users into emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: new in this script | emailpassword_users: read
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'SET @plan_go = EXISTS (SELECT 1 FROM `emailpassword_users` AS src WHERE NOT EXISTS (SELECT 1 FROM `emailpassword_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `emailpassword_user_to_tenant` (`app_id`, `tenant_id`, `user_id`, `email`)
    SELECT src.`app_id`, ''public'', src.`user_id`, src.`email`
    FROM `emailpassword_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `emailpassword_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 54/127 · add column emailpassword_pswd_reset_tokens.app_id
-- locks: emailpassword_pswd_reset_tokens: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 55/127 · primary key of emailpassword_pswd_reset_tokens becomes (app_id, user_id, token)
-- locks: emailpassword_pswd_reset_tokens: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, token')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): emailpassword_pswd_reset_tokens: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, token')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD PRIMARY KEY (`app_id`, `user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 56/127 · add foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
-- why: Keeps ON UPDATE CASCADE as in the fresh 6.0 schema (the upstream script drops it).
-- locks: drop foreign key emailpassword_pswd_reset_tokens_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): emailpassword_pswd_reset_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key emailpassword_pswd_reset_tokens_ibfk_1: emailpassword_pswd_reset_tokens: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in emailpassword_users | emailpassword_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD CONSTRAINT `emailpassword_pswd_reset_tokens_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `emailpassword_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 57/127 · add column passwordless_users.app_id
-- locks: passwordless_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 58/127 · drop unique email on passwordless_users
-- why: E-mail and phone uniqueness move to passwordless_user_to_tenant (per app and tenant).
-- locks: passwordless_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `passwordless_users` DROP INDEX `email`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 59/127 · drop unique phone_number on passwordless_users
-- locks: passwordless_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number'),
  'ALTER TABLE `passwordless_users` DROP INDEX `phone_number`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 60/127 · primary key of passwordless_users becomes (app_id, user_id)
-- locks: passwordless_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 61/127 · add foreign key passwordless_users_ibfk_1 on passwordless_users
-- locks: drop foreign key passwordless_users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): passwordless_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_users' AND k.CONSTRAINT_NAME = 'passwordless_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND CONSTRAINT_NAME = 'passwordless_users_ibfk_1'),
  'ALTER TABLE `passwordless_users` DROP FOREIGN KEY `passwordless_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key passwordless_users_ibfk_1: passwordless_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in app_id_to_user_id | app_id_to_user_id: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_users' AND k.CONSTRAINT_NAME = 'passwordless_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwordless_users` ADD CONSTRAINT `passwordless_users_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 62/127 · create table passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: new in this script | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_user_to_tenant'),
  CONCAT('CREATE TABLE `passwordless_user_to_tenant` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256),
      `phone_number` VARCHAR(256),
      PRIMARY KEY (`app_id`, `tenant_id`, `user_id`),
      CONSTRAINT `email` UNIQUE (`app_id`, `tenant_id`, `email`),
      CONSTRAINT `phone_number` UNIQUE (`app_id`, `tenant_id`, `phone_number`),
      CONSTRAINT `passwordless_user_to_tenant_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `user_id`) REFERENCES `all_auth_recipe_users` (`app_id`, `tenant_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('all_auth_recipe_users', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'all_auth_recipe_users', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 63/127 · copy rows from passwordless_users into passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: new in this script | passwordless_users: read
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'SET @plan_go = EXISTS (SELECT 1 FROM `passwordless_users` AS src WHERE NOT EXISTS (SELECT 1 FROM `passwordless_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `passwordless_user_to_tenant` (`app_id`, `tenant_id`, `user_id`, `email`, `phone_number`)
    SELECT src.`app_id`, ''public'', src.`user_id`, src.`email`, src.`phone_number`
    FROM `passwordless_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `passwordless_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 64/127 · add column passwordless_devices.app_id
-- locks: passwordless_devices: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_devices` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 65/127 · add column passwordless_devices.tenant_id
-- locks: passwordless_devices: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_devices` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 66/127 · primary key of passwordless_devices becomes (app_id, tenant_id, device_id_hash)
-- locks: passwordless_devices: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_devices` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_devices: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, device_id_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_devices` ADD PRIMARY KEY (`app_id`, `tenant_id`, `device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 67/127 · add foreign key passwordless_devices_ibfk_1 on passwordless_devices
-- locks: drop foreign key passwordless_devices_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): passwordless_devices: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_devices' AND k.CONSTRAINT_NAME = 'passwordless_devices_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND CONSTRAINT_NAME = 'passwordless_devices_ibfk_1'),
  'ALTER TABLE `passwordless_devices` DROP FOREIGN KEY `passwordless_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key passwordless_devices_ibfk_1: passwordless_devices: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_devices' AND k.CONSTRAINT_NAME = 'passwordless_devices_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwordless_devices` ADD CONSTRAINT `passwordless_devices_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 68/127 · redefine index passwordless_devices_email_index on passwordless_devices
-- locks: passwordless_devices: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'app_id, tenant_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index'),
  'ALTER TABLE `passwordless_devices` DROP INDEX `passwordless_devices_email_index`, ADD INDEX `passwordless_devices_email_index` (`app_id`, `tenant_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_devices: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'app_id, tenant_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index'),
  'CREATE INDEX `passwordless_devices_email_index` ON `passwordless_devices` (`app_id`, `tenant_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 69/127 · redefine index passwordless_devices_phone_number_index on passwordless_devices
-- locks: passwordless_devices: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'app_id, tenant_id, phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index'),
  'ALTER TABLE `passwordless_devices` DROP INDEX `passwordless_devices_phone_number_index`, ADD INDEX `passwordless_devices_phone_number_index` (`app_id`, `tenant_id`, `phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_devices: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'app_id, tenant_id, phone_number')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index'),
  'CREATE INDEX `passwordless_devices_phone_number_index` ON `passwordless_devices` (`app_id`, `tenant_id`, `phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 70/127 · add column passwordless_codes.app_id
-- locks: passwordless_codes: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_codes` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 71/127 · add column passwordless_codes.tenant_id
-- locks: passwordless_codes: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_codes` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 72/127 · primary key of passwordless_codes becomes (app_id, tenant_id, code_id)
-- locks: passwordless_codes: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, code_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_codes: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, code_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_codes` ADD PRIMARY KEY (`app_id`, `tenant_id`, `code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 73/127 · unique link_code_hash on passwordless_codes becomes (app_id, tenant_id, link_code_hash)
-- locks: passwordless_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE app_id, tenant_id, link_code_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `link_code_hash`, ADD CONSTRAINT `link_code_hash` UNIQUE (`app_id`, `tenant_id`, `link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE app_id, tenant_id, link_code_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash'),
  'ALTER TABLE `passwordless_codes` ADD CONSTRAINT `link_code_hash` UNIQUE (`app_id`, `tenant_id`, `link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 74/127 · redefine index passwordless_codes_created_at_index on passwordless_codes
-- locks: passwordless_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'app_id, tenant_id, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `passwordless_codes_created_at_index`, ADD INDEX `passwordless_codes_created_at_index` (`app_id`, `tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): passwordless_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'app_id, tenant_id, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index'),
  'CREATE INDEX `passwordless_codes_created_at_index` ON `passwordless_codes` (`app_id`, `tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 75/127 · add foreign key passwordless_codes_ibfk_1 on passwordless_codes
-- why: Keeps ON UPDATE CASCADE as in the fresh 6.0 schema (the upstream script drops it).
-- locks: drop foreign key passwordless_codes_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): passwordless_codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, tenant_id, device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1'),
  'ALTER TABLE `passwordless_codes` DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: create index app_id, which the foreign key needs (an index on its columns): passwordless_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, tenant_id, device_id_hash'),
  'CREATE INDEX `app_id` ON `passwordless_codes` (`app_id`, `tenant_id`, `device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key passwordless_codes_ibfk_1: passwordless_codes: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in passwordless_devices | passwordless_devices: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `passwordless_codes` ADD CONSTRAINT `passwordless_codes_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `device_id_hash`) REFERENCES `passwordless_devices` (`app_id`, `tenant_id`, `device_id_hash`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 76/127 · add column thirdparty_users.app_id
-- locks: thirdparty_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `thirdparty_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 77/127 · drop unique user_id on thirdparty_users
-- why: user_id becomes part of the primary key (app_id, user_id).
-- locks: thirdparty_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 78/127 · primary key of thirdparty_users becomes (app_id, user_id)
-- why: The provider identity (third_party_id, third_party_user_id) stops being the key; its uniqueness moves to thirdparty_user_to_tenant, and a plain index keeps the lookup fast.
-- locks: thirdparty_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `thirdparty_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): thirdparty_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `thirdparty_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 79/127 · add foreign key thirdparty_users_ibfk_1 on thirdparty_users
-- locks: drop foreign key thirdparty_users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): thirdparty_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'thirdparty_users' AND k.CONSTRAINT_NAME = 'thirdparty_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND CONSTRAINT_NAME = 'thirdparty_users_ibfk_1'),
  'ALTER TABLE `thirdparty_users` DROP FOREIGN KEY `thirdparty_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key thirdparty_users_ibfk_1: thirdparty_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in app_id_to_user_id | app_id_to_user_id: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'thirdparty_users' AND k.CONSTRAINT_NAME = 'thirdparty_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `thirdparty_users` ADD CONSTRAINT `thirdparty_users_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 80/127 · create index thirdparty_users_thirdparty_user_id_index on thirdparty_users
-- locks: only where the database differs from the plan here (else skipped): thirdparty_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index') <=> 'app_id, third_party_id, third_party_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_thirdparty_user_id_index`, ADD INDEX `thirdparty_users_thirdparty_user_id_index` (`app_id`, `third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: thirdparty_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index') <=> 'app_id, third_party_id, third_party_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index'),
  'CREATE INDEX `thirdparty_users_thirdparty_user_id_index` ON `thirdparty_users` (`app_id`, `third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 81/127 · create index thirdparty_users_email_index on thirdparty_users
-- locks: only where the database differs from the plan here (else skipped): thirdparty_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index') <=> 'app_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_email_index`, ADD INDEX `thirdparty_users_email_index` (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: thirdparty_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index') <=> 'app_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index'),
  'CREATE INDEX `thirdparty_users_email_index` ON `thirdparty_users` (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 82/127 · create table thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: new in this script | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_user_to_tenant'),
  CONCAT('CREATE TABLE `thirdparty_user_to_tenant` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `third_party_id` VARCHAR(28) NOT NULL,
      `third_party_user_id` VARCHAR(256) NOT NULL,
      PRIMARY KEY (`app_id`, `tenant_id`, `user_id`),
      CONSTRAINT `third_party_user_id` UNIQUE (`app_id`, `tenant_id`, `third_party_id`, `third_party_user_id`),
      CONSTRAINT `thirdparty_user_to_tenant_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `user_id`) REFERENCES `all_auth_recipe_users` (`app_id`, `tenant_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('all_auth_recipe_users', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'all_auth_recipe_users', 'key_value', 'session_info', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 83/127 · copy rows from thirdparty_users into thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: new in this script | thirdparty_users: read
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'SET @plan_go = EXISTS (SELECT 1 FROM `thirdparty_users` AS src WHERE NOT EXISTS (SELECT 1 FROM `thirdparty_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `thirdparty_user_to_tenant` (`app_id`, `tenant_id`, `user_id`, `third_party_id`, `third_party_user_id`)
    SELECT src.`app_id`, ''public'', src.`user_id`, src.`third_party_id`, src.`third_party_user_id`
    FROM `thirdparty_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `thirdparty_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`)', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 84/127 · add column userid_mapping.app_id
-- locks: userid_mapping: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `userid_mapping` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 85/127 · primary key of userid_mapping becomes (app_id, supertokens_user_id, external_user_id)
-- locks: userid_mapping: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, supertokens_user_id, external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `userid_mapping` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): userid_mapping: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, supertokens_user_id, external_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `userid_mapping` ADD PRIMARY KEY (`app_id`, `supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 86/127 · unique supertokens_user_id on userid_mapping becomes (app_id, supertokens_user_id)
-- locks: userid_mapping: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE app_id, supertokens_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id'),
  'ALTER TABLE `userid_mapping` DROP INDEX `supertokens_user_id`, ADD CONSTRAINT `supertokens_user_id` UNIQUE (`app_id`, `supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): userid_mapping: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE app_id, supertokens_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `supertokens_user_id` UNIQUE (`app_id`, `supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 87/127 · unique external_user_id on userid_mapping becomes (app_id, external_user_id)
-- locks: userid_mapping: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE app_id, external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id'),
  'ALTER TABLE `userid_mapping` DROP INDEX `external_user_id`, ADD CONSTRAINT `external_user_id` UNIQUE (`app_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): userid_mapping: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE app_id, external_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `external_user_id` UNIQUE (`app_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 88/127 · add foreign key userid_mapping_ibfk_1 on userid_mapping
-- locks: drop foreign key userid_mapping_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): userid_mapping: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1'),
  'ALTER TABLE `userid_mapping` DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key userid_mapping_ibfk_1: userid_mapping: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in app_id_to_user_id | app_id_to_user_id: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `userid_mapping_ibfk_1` FOREIGN KEY (`app_id`, `supertokens_user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 89/127 · add column roles.app_id
-- locks: roles: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `roles` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 90/127 · primary key of roles becomes (app_id, role)
-- locks: roles: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `roles` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): roles: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `roles` ADD PRIMARY KEY (`app_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 91/127 · add foreign key roles_ibfk_1 on roles
-- locks: drop foreign key roles_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): roles: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'roles' AND k.CONSTRAINT_NAME = 'roles_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND CONSTRAINT_NAME = 'roles_ibfk_1'),
  'ALTER TABLE `roles` DROP FOREIGN KEY `roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key roles_ibfk_1: roles: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'roles' AND k.CONSTRAINT_NAME = 'roles_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `roles` ADD CONSTRAINT `roles_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 92/127 · add column role_permissions.app_id
-- locks: role_permissions: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `role_permissions` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 93/127 · primary key of role_permissions becomes (app_id, role, permission)
-- locks: role_permissions: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role, permission')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `role_permissions` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): role_permissions: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role, permission')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `role_permissions` ADD PRIMARY KEY (`app_id`, `role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 94/127 · add foreign key role_permissions_ibfk_1 on role_permissions
-- locks: drop foreign key role_permissions_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): role_permissions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1'),
  'ALTER TABLE `role_permissions` DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key role_permissions_ibfk_1: role_permissions: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in roles | roles: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `role_permissions` ADD CONSTRAINT `role_permissions_ibfk_1` FOREIGN KEY (`app_id`, `role`) REFERENCES `roles` (`app_id`, `role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 95/127 · redefine index role_permissions_permission_index on role_permissions
-- locks: role_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'app_id, permission')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index'),
  'ALTER TABLE `role_permissions` DROP INDEX `role_permissions_permission_index`, ADD INDEX `role_permissions_permission_index` (`app_id`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): role_permissions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'app_id, permission')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index'),
  'CREATE INDEX `role_permissions_permission_index` ON `role_permissions` (`app_id`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 96/127 · add column user_roles.app_id
-- locks: user_roles: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_roles` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 97/127 · add column user_roles.tenant_id
-- locks: user_roles: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `user_roles` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 98/127 · primary key of user_roles becomes (app_id, tenant_id, user_id, role)
-- locks: user_roles: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_roles` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): user_roles: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_roles` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 99/127 · redefine index user_roles_role_index on user_roles
-- locks: user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'app_id, tenant_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_role_index`, ADD INDEX `user_roles_role_index` (`app_id`, `tenant_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'app_id, tenant_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index'),
  'CREATE INDEX `user_roles_role_index` ON `user_roles` (`app_id`, `tenant_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 100/127 · add foreign key user_roles_ibfk_1 on user_roles
-- locks: drop foreign key user_roles_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): user_roles: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'app_id') <=> 'app_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: create index app_id, which the foreign key needs (an index on its columns): user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'app_id') <=> 'app_id, role'),
  'CREATE INDEX `app_id` ON `user_roles` (`app_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key user_roles_ibfk_1: user_roles: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in roles | roles: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` ADD CONSTRAINT `user_roles_ibfk_1` FOREIGN KEY (`app_id`, `role`) REFERENCES `roles` (`app_id`, `role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 101/127 · add foreign key user_roles_ibfk_2 on user_roles
-- locks: drop foreign key user_roles_ibfk_2 as it is now: only where the database differs from the plan here (else skipped): user_roles: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_2'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key user_roles_ibfk_2: user_roles: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` ADD CONSTRAINT `user_roles_ibfk_2` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 102/127 · add column user_metadata.app_id
-- locks: user_metadata: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_metadata` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 103/127 · primary key of user_metadata becomes (app_id, user_id)
-- locks: user_metadata: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_metadata` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): user_metadata: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_metadata` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 104/127 · add foreign key user_metadata_ibfk_1 on user_metadata
-- locks: drop foreign key user_metadata_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): user_metadata: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_metadata' AND k.CONSTRAINT_NAME = 'user_metadata_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND CONSTRAINT_NAME = 'user_metadata_ibfk_1'),
  'ALTER TABLE `user_metadata` DROP FOREIGN KEY `user_metadata_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key user_metadata_ibfk_1: user_metadata: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_metadata' AND k.CONSTRAINT_NAME = 'user_metadata_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_metadata` ADD CONSTRAINT `user_metadata_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 105/127 · add column dashboard_users.app_id
-- locks: dashboard_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 106/127 · primary key of dashboard_users becomes (app_id, user_id)
-- locks: dashboard_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): dashboard_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 107/127 · unique email on dashboard_users becomes (app_id, email)
-- locks: dashboard_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE app_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `dashboard_users` DROP INDEX `email`, ADD CONSTRAINT `email` UNIQUE (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): dashboard_users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE app_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `dashboard_users` ADD CONSTRAINT `email` UNIQUE (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 108/127 · add foreign key dashboard_users_ibfk_1 on dashboard_users
-- locks: drop foreign key dashboard_users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): dashboard_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_users' AND k.CONSTRAINT_NAME = 'dashboard_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND CONSTRAINT_NAME = 'dashboard_users_ibfk_1'),
  'ALTER TABLE `dashboard_users` DROP FOREIGN KEY `dashboard_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key dashboard_users_ibfk_1: dashboard_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_users' AND k.CONSTRAINT_NAME = 'dashboard_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_users` ADD CONSTRAINT `dashboard_users_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 109/127 · add column dashboard_user_sessions.app_id
-- locks: dashboard_user_sessions: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_user_sessions` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 110/127 · primary key of dashboard_user_sessions becomes (app_id, session_id)
-- locks: dashboard_user_sessions: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, session_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_user_sessions` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): dashboard_user_sessions: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, session_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_user_sessions` ADD PRIMARY KEY (`app_id`, `session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 111/127 · add foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
-- why: PostgreSQL keeps ON UPDATE CASCADE as in its fresh 6.0 schema (the upstream script drops it); the MySQL plugin never had it on this key.
-- locks: drop foreign key dashboard_user_sessions_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): dashboard_user_sessions: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1'),
  'ALTER TABLE `dashboard_user_sessions` DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: create index app_id, which the foreign key needs (an index on its columns): dashboard_user_sessions: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id'),
  'CREATE INDEX `app_id` ON `dashboard_user_sessions` (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key dashboard_user_sessions_ibfk_1: dashboard_user_sessions: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in dashboard_users | dashboard_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_user_sessions` ADD CONSTRAINT `dashboard_user_sessions_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `dashboard_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 112/127 · add column totp_users.app_id
-- locks: totp_users: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 113/127 · primary key of totp_users becomes (app_id, user_id)
-- locks: totp_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): totp_users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 114/127 · add foreign key totp_users_ibfk_1 on totp_users
-- locks: drop foreign key totp_users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): totp_users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_users' AND k.CONSTRAINT_NAME = 'totp_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND CONSTRAINT_NAME = 'totp_users_ibfk_1'),
  'ALTER TABLE `totp_users` DROP FOREIGN KEY `totp_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key totp_users_ibfk_1: totp_users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_users' AND k.CONSTRAINT_NAME = 'totp_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_users` ADD CONSTRAINT `totp_users_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 115/127 · add column totp_user_devices.app_id
-- locks: totp_user_devices: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_user_devices` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 116/127 · primary key of totp_user_devices becomes (app_id, user_id, device_name)
-- locks: totp_user_devices: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, device_name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_user_devices` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): totp_user_devices: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, device_name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_user_devices` ADD PRIMARY KEY (`app_id`, `user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 117/127 · add foreign key totp_user_devices_ibfk_1 on totp_user_devices
-- locks: drop foreign key totp_user_devices_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): totp_user_devices: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1'),
  'ALTER TABLE `totp_user_devices` DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key totp_user_devices_ibfk_1: totp_user_devices: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in totp_users | totp_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_user_devices` ADD CONSTRAINT `totp_user_devices_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `totp_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 118/127 · add column totp_used_codes.app_id
-- locks: totp_used_codes: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_used_codes` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 119/127 · add column totp_used_codes.tenant_id
-- locks: totp_used_codes: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `totp_used_codes` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 120/127 · primary key of totp_used_codes becomes (app_id, tenant_id, user_id, created_time_ms)
-- locks: totp_used_codes: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, created_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_used_codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): totp_used_codes: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, created_time_ms')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_used_codes` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 121/127 · add foreign key totp_used_codes_ibfk_1 on totp_used_codes
-- locks: drop foreign key totp_used_codes_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): totp_used_codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: create index app_id, which the foreign key needs (an index on its columns): totp_used_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id'),
  'CREATE INDEX `app_id` ON `totp_used_codes` (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key totp_used_codes_ibfk_1: totp_used_codes: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in totp_users | totp_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` ADD CONSTRAINT `totp_used_codes_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `totp_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 122/127 · add foreign key totp_used_codes_ibfk_2 on totp_used_codes
-- locks: drop foreign key totp_used_codes_ibfk_2 as it is now: only where the database differs from the plan here (else skipped): totp_used_codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_2'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key totp_used_codes_ibfk_2: totp_used_codes: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` ADD CONSTRAINT `totp_used_codes_ibfk_2` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 123/127 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
-- locks: totp_used_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'app_id, tenant_id, expiry_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index'),
  'ALTER TABLE `totp_used_codes` DROP INDEX `totp_used_codes_expiry_time_ms_index`, ADD INDEX `totp_used_codes_expiry_time_ms_index` (`app_id`, `tenant_id`, `expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): totp_used_codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'app_id, tenant_id, expiry_time_ms')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index'),
  'CREATE INDEX `totp_used_codes_expiry_time_ms_index` ON `totp_used_codes` (`app_id`, `tenant_id`, `expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 124/127 · add column user_last_active.app_id
-- locks: user_last_active: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_last_active` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 125/127 · primary key of user_last_active becomes (app_id, user_id)
-- locks: user_last_active: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_last_active` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): user_last_active: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_last_active` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 126/127 · add foreign key user_last_active_ibfk_1 on user_last_active
-- locks: drop foreign key user_last_active_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): user_last_active: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_last_active' AND k.CONSTRAINT_NAME = 'user_last_active_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND CONSTRAINT_NAME = 'user_last_active_ibfk_1'),
  'ALTER TABLE `user_last_active` DROP FOREIGN KEY `user_last_active_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key user_last_active_ibfk_1: user_last_active: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in apps | apps: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_last_active' AND k.CONSTRAINT_NAME = 'user_last_active_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_last_active` ADD CONSTRAINT `user_last_active_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 127/127 · rollback refuses rows that hold another value than app_id 'public' and tenant_id 'public'
-- why: Going up this changes nothing. Rolling back, rows of any other app or tenant would be merged into the one tenant 5.0 has (a user id or e-mail held in two tenants then fails half-way on MySQL) or dropped with the 6.0 tables: the rollback counts them first and stops before any change.

-- the end: the database is at 6.0, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'varchar(64) NOT NULL DEFAULT ''public''' AS def
        UNION ALL SELECT 'column all_auth_recipe_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column apps.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column apps.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL'
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column key_value.value', 'text'
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text'
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column session_info.session_data', 'text'
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_configs.core_config', 'text'
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'varchar(64)'
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL'
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'connection_uri_domain, app_id, tenant_id, third_party_id -> tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC'
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'app_id, user_id'
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index apps.PRIMARY', 'UNIQUE app_id'
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE app_id, session_id'
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'app_id, user_id'
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry'
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE app_id, email'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE app_id, user_id, token'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, email, token'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry'
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE app_id, user_id, email'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE app_id, key_id'
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE app_id, tenant_id, name'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE app_id, tenant_id, code_id'
        UNION ALL SELECT 'index passwordless_codes.app_id', 'app_id, tenant_id, device_id_hash'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE app_id, tenant_id, link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'app_id, tenant_id, created_at'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE app_id, tenant_id, device_id_hash'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'app_id, tenant_id, email'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'app_id, tenant_id, phone_number'
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email'
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'UNIQUE app_id, tenant_id, phone_number'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE app_id, role, permission'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'app_id, permission'
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE app_id, role'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE app_id, created_at_time'
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE app_id, tenant_id, session_handle'
        UNION ALL SELECT 'index session_info.session_expiry_index', 'expires_at'
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id'
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id, client_type'
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id'
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE app_id, tenant_id'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'UNIQUE app_id, tenant_id, third_party_id, third_party_user_id'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'app_id, email'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'app_id, third_party_id, third_party_user_id'
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, created_time_ms'
        UNION ALL SELECT 'index totp_used_codes.app_id', 'app_id, user_id'
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'app_id, tenant_id, expiry_time_ms'
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE app_id, user_id, device_name'
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, role'
        UNION ALL SELECT 'index user_roles.app_id', 'app_id, role'
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'app_id, tenant_id, role'
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE app_id, supertokens_user_id, external_user_id'
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE app_id, external_user_id'
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE app_id, supertokens_user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'present'
        UNION ALL SELECT 'table app_id_to_user_id', 'present'
        UNION ALL SELECT 'table apps', 'present'
        UNION ALL SELECT 'table dashboard_user_sessions', 'present'
        UNION ALL SELECT 'table dashboard_users', 'present'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'present'
        UNION ALL SELECT 'table emailpassword_users', 'present'
        UNION ALL SELECT 'table emailverification_tokens', 'present'
        UNION ALL SELECT 'table emailverification_verified_emails', 'present'
        UNION ALL SELECT 'table jwt_signing_keys', 'present'
        UNION ALL SELECT 'table key_value', 'present'
        UNION ALL SELECT 'table passwordless_codes', 'present'
        UNION ALL SELECT 'table passwordless_devices', 'present'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'present'
        UNION ALL SELECT 'table passwordless_users', 'present'
        UNION ALL SELECT 'table role_permissions', 'present'
        UNION ALL SELECT 'table roles', 'present'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present'
        UNION ALL SELECT 'table session_info', 'present'
        UNION ALL SELECT 'table tenant_configs', 'present'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'present'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'present'
        UNION ALL SELECT 'table tenants', 'present'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'present'
        UNION ALL SELECT 'table thirdparty_users', 'present'
        UNION ALL SELECT 'table totp_used_codes', 'present'
        UNION ALL SELECT 'table totp_user_devices', 'present'
        UNION ALL SELECT 'table totp_users', 'present'
        UNION ALL SELECT 'table user_last_active', 'present'
        UNION ALL SELECT 'table user_metadata', 'present'
        UNION ALL SELECT 'table user_roles', 'present'
        UNION ALL SELECT 'table userid_mapping', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'table all_auth_recipe_users has no column app_id' AS m
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id'
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id'
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id'
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id'
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id'
        UNION ALL SELECT 'column apps.app_id', 'table apps has no column app_id'
        UNION ALL SELECT 'column apps.created_at_time', 'table apps has no column created_at_time'
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id'
        UNION ALL SELECT 'column dashboard_users.app_id', 'table dashboard_users has no column app_id'
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users has no column email'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined'
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users has no column user_id'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id'
        UNION ALL SELECT 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id'
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id'
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id'
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email'
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id'
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id'
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm'
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string'
        UNION ALL SELECT 'column key_value.app_id', 'table key_value has no column app_id'
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time'
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name'
        UNION ALL SELECT 'column key_value.tenant_id', 'table key_value has no column tenant_id'
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value'
        UNION ALL SELECT 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash'
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id'
        UNION ALL SELECT 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number'
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id'
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id'
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email'
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number'
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id'
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id'
        UNION ALL SELECT 'column passwordless_users.app_id', 'table passwordless_users has no column app_id'
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined'
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id'
        UNION ALL SELECT 'column role_permissions.app_id', 'table role_permissions has no column app_id'
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions has no column permission'
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions has no column role'
        UNION ALL SELECT 'column roles.app_id', 'table roles has no column app_id'
        UNION ALL SELECT 'column roles.role', 'table roles has no column role'
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value'
        UNION ALL SELECT 'column session_info.app_id', 'table session_info has no column app_id'
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time'
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2'
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data'
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle'
        UNION ALL SELECT 'column session_info.tenant_id', 'table session_info has no column tenant_id'
        UNION ALL SELECT 'column session_info.use_static_key', 'table session_info has no column use_static_key'
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id'
        UNION ALL SELECT 'column tenant_configs.app_id', 'table tenant_configs has no column app_id'
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_configs.core_config', 'table tenant_configs has no column core_config'
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled'
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled'
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id'
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params'
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri'
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name'
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email'
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id'
        UNION ALL SELECT 'column tenants.app_id', 'table tenants has no column app_id'
        UNION ALL SELECT 'column tenants.created_at_time', 'table tenants has no column created_at_time'
        UNION ALL SELECT 'column tenants.tenant_id', 'table tenants has no column tenant_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id'
        UNION ALL SELECT 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id'
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id'
        UNION ALL SELECT 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id'
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes has no column code'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid'
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id'
        UNION ALL SELECT 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name'
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices has no column period'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key'
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices has no column skew'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id'
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices has no column verified'
        UNION ALL SELECT 'column totp_users.app_id', 'table totp_users has no column app_id'
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users has no column user_id'
        UNION ALL SELECT 'column user_last_active.app_id', 'table user_last_active has no column app_id'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time'
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active has no column user_id'
        UNION ALL SELECT 'column user_metadata.app_id', 'table user_metadata has no column app_id'
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata has no column user_id'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata'
        UNION ALL SELECT 'column user_roles.app_id', 'table user_roles has no column app_id'
        UNION ALL SELECT 'column user_roles.role', 'table user_roles has no column role'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id'
        UNION ALL SELECT 'column userid_mapping.app_id', 'table userid_mapping has no column app_id'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_1'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_2'
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_1'
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'table dashboard_users has no foreign key dashboard_users_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'table emailpassword_user_to_tenant has no foreign key emailpassword_user_to_tenant_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'table emailpassword_users has no foreign key emailpassword_users_ibfk_1'
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'table emailverification_tokens has no foreign key emailverification_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'table emailverification_verified_emails has no foreign key emailverification_verified_emails_ibfk_1'
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'table jwt_signing_keys has no foreign key jwt_signing_keys_ibfk_1'
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'table key_value has no foreign key key_value_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'table passwordless_devices has no foreign key passwordless_devices_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'table passwordless_user_to_tenant has no foreign key passwordless_user_to_tenant_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'table passwordless_users has no foreign key passwordless_users_ibfk_1'
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1'
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'table roles has no foreign key roles_ibfk_1'
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'table session_access_token_signing_keys has no foreign key session_access_token_signing_keys_ibfk_1'
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'table session_info has no foreign key session_info_ibfk_1'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'table tenant_thirdparty_provider_clients has no foreign key tenant_thirdparty_provider_clients_ibfk_1'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'table tenant_thirdparty_providers has no foreign key tenant_thirdparty_providers_ibfk_1'
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'table tenants has no foreign key tenants_ibfk_1'
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'table thirdparty_user_to_tenant has no foreign key thirdparty_user_to_tenant_ibfk_1'
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'table thirdparty_users has no foreign key thirdparty_users_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_2'
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'table totp_users has no foreign key totp_users_ibfk_1'
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'table user_last_active has no foreign key user_last_active_ibfk_1'
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'table user_metadata has no foreign key user_metadata_ibfk_1'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_2', 'table user_roles has no foreign key user_roles_ibfk_2'
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index'
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no index app_id'
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'table app_id_to_user_id has no index PRIMARY'
        UNION ALL SELECT 'index apps.PRIMARY', 'table apps has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no index app_id'
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index'
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_users.email', 'table dashboard_users has no index email'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'table emailpassword_user_to_tenant has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no index email'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index'
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.app_id', 'table passwordless_codes has no index app_id'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index'
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'table passwordless_user_to_tenant has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no index email'
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no index phone_number'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index'
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY'
        UNION ALL SELECT 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index'
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'table tenant_configs has no index PRIMARY'
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'table tenant_thirdparty_provider_clients has no index PRIMARY'
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'table tenant_thirdparty_providers has no index PRIMARY'
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'table thirdparty_user_to_tenant has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no index third_party_user_id'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index'
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY'
        UNION ALL SELECT 'index totp_used_codes.app_id', 'table totp_used_codes has no index app_id'
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index'
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY'
        UNION ALL SELECT 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY'
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY'
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.app_id', 'table user_roles has no index app_id'
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index'
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY'
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id'
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing'
        UNION ALL SELECT 'table app_id_to_user_id', 'table app_id_to_user_id is missing'
        UNION ALL SELECT 'table apps', 'table apps is missing'
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing'
        UNION ALL SELECT 'table dashboard_users', 'table dashboard_users is missing'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing'
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing'
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing'
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing'
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing'
        UNION ALL SELECT 'table key_value', 'table key_value is missing'
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing'
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing'
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing'
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing'
        UNION ALL SELECT 'table roles', 'table roles is missing'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing'
        UNION ALL SELECT 'table session_info', 'table session_info is missing'
        UNION ALL SELECT 'table tenant_configs', 'table tenant_configs is missing'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing'
        UNION ALL SELECT 'table tenants', 'table tenants is missing'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing'
        UNION ALL SELECT 'table thirdparty_users', 'table thirdparty_users is missing'
        UNION ALL SELECT 'table totp_used_codes', 'table totp_used_codes is missing'
        UNION ALL SELECT 'table totp_user_devices', 'table totp_user_devices is missing'
        UNION ALL SELECT 'table totp_users', 'table totp_users is missing'
        UNION ALL SELECT 'table user_last_active', 'table user_last_active is missing'
        UNION ALL SELECT 'table user_metadata', 'table user_metadata is missing'
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing'
        UNION ALL SELECT 'table userid_mapping', 'table userid_mapping is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at supertokens 6.0 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do', 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do', 'plan: supertokens 5.0 → 6.0 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
