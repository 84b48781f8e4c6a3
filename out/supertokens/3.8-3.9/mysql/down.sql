-- plan 0.1.0 · supertokens 3.9 → 3.8 · mysql · rollback
-- what:     this script rolls a supertokens database back from 3.9 to 3.8 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=supertokens-3.9-before.sql.partial DATABASE && mv supertokens-3.9-before.sql.partial supertokens-3.9-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < supertokens-3.9-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- start:    after applying: SuperTokens core 3.8
-- reverse:  npx plan compile supertokens 3.8 3.9 --dialect mysql -o up.sql
-- this rollback drops: no table or column
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/3.8-3.9.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/3.8-3.9.yaml cc88e60bd13be9a5ac00b8959feb1f163209e0ddce990014a82376681309b283
--   schema at 3.8 replayed from 6 plans (plans/supertokens/0-3.3.yaml …) a570cad9b619cf694100b58e94b0294018430aa9a9f21ba5f08d8a60a01f32b8
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    this script alters no table that exists before it (only tables it creates, and rows: row locks until each statement ends).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 3.9, at 3.8, or between them on this script's path (a resumed run)
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
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'varchar(128) NOT NULL' AS def
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column key_value.value', 'text'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column session_info.session_data', 'text'
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE user_id, token'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index emailpassword_users.email', 'UNIQUE email'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE user_id, email, token'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry'
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE user_id, email'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE key_id'
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE name'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE code_id'
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'device_id_hash'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'created_at'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE device_id_hash'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'email'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'phone_number'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index passwordless_users.email', 'UNIQUE email'
        UNION ALL SELECT 'index passwordless_users.phone_number', 'UNIQUE phone_number'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE created_at_time'
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE session_handle'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE third_party_id, third_party_user_id'
        UNION ALL SELECT 'index thirdparty_users.user_id', 'UNIQUE user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'present'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present'
        UNION ALL SELECT 'table emailpassword_users', 'present'
        UNION ALL SELECT 'table emailverification_tokens', 'present'
        UNION ALL SELECT 'table emailverification_verified_emails', 'present'
        UNION ALL SELECT 'table jwt_signing_keys', 'present'
        UNION ALL SELECT 'table key_value', 'present'
        UNION ALL SELECT 'table passwordless_codes', 'present'
        UNION ALL SELECT 'table passwordless_devices', 'present'
        UNION ALL SELECT 'table passwordless_users', 'present'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present'
        UNION ALL SELECT 'table session_info', 'present'
        UNION ALL SELECT 'table thirdparty_users', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'table all_auth_recipe_users has no column recipe_id' AS m
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id'
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id'
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email'
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string'
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time'
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name'
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number'
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined'
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value'
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time'
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2'
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data'
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle'
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id'
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_users.email', 'table emailpassword_users has no index email'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index'
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'table passwordless_codes has no index device_id_hash'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_users.email', 'table passwordless_users has no index email'
        UNION ALL SELECT 'index passwordless_users.phone_number', 'table passwordless_users has no index phone_number'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.user_id', 'table thirdparty_users has no index user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing'
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing'
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing'
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing'
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing'
        UNION ALL SELECT 'table key_value', 'table key_value is missing'
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing'
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing'
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing'
        UNION ALL SELECT 'table session_info', 'table session_info is missing'
        UNION ALL SELECT 'table thirdparty_users', 'table thirdparty_users is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SELECT CONCAT('plan stopped: ', 'this database is not at supertokens 3.9, at 3.8, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 3.8), or run this one on the supertokens 3.9 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at supertokens 3.9, at 3.8, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 3.9 → 3.8 (rollback): No schema change; core 3.9 uses the same plugin interface (2.11) as 3.8
-- source: plans/supertokens/3.8-3.9.yaml
-- ================================================================================================
-- the end: the database is at 3.8, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'varchar(128) NOT NULL' AS def
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column key_value.value', 'text'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column session_info.session_data', 'text'
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE user_id, token'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index emailpassword_users.email', 'UNIQUE email'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE user_id, email, token'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry'
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE user_id, email'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE key_id'
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE name'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE code_id'
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'device_id_hash'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'created_at'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE device_id_hash'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'email'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'phone_number'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index passwordless_users.email', 'UNIQUE email'
        UNION ALL SELECT 'index passwordless_users.phone_number', 'UNIQUE phone_number'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE created_at_time'
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE session_handle'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE third_party_id, third_party_user_id'
        UNION ALL SELECT 'index thirdparty_users.user_id', 'UNIQUE user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'present'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present'
        UNION ALL SELECT 'table emailpassword_users', 'present'
        UNION ALL SELECT 'table emailverification_tokens', 'present'
        UNION ALL SELECT 'table emailverification_verified_emails', 'present'
        UNION ALL SELECT 'table jwt_signing_keys', 'present'
        UNION ALL SELECT 'table key_value', 'present'
        UNION ALL SELECT 'table passwordless_codes', 'present'
        UNION ALL SELECT 'table passwordless_devices', 'present'
        UNION ALL SELECT 'table passwordless_users', 'present'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present'
        UNION ALL SELECT 'table session_info', 'present'
        UNION ALL SELECT 'table thirdparty_users', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'table all_auth_recipe_users has no column recipe_id' AS m
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id'
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id'
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email'
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string'
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time'
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name'
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number'
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined'
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value'
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time'
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2'
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data'
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle'
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id'
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_users.email', 'table emailpassword_users has no index email'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index'
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'table passwordless_codes has no index device_id_hash'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_users.email', 'table passwordless_users has no index email'
        UNION ALL SELECT 'index passwordless_users.phone_number', 'table passwordless_users has no index phone_number'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.user_id', 'table thirdparty_users has no index user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing'
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing'
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing'
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing'
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing'
        UNION ALL SELECT 'table key_value', 'table key_value is missing'
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing'
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing'
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing'
        UNION ALL SELECT 'table session_info', 'table session_info is missing'
        UNION ALL SELECT 'table thirdparty_users', 'table thirdparty_users is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at supertokens 3.8 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT 'plan: supertokens 3.9 → 3.8 applied' AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
