-- plan 0.1.0 · supertokens 5.0 → 4.6 · mysql · rollback
-- what:     this script rolls a supertokens database back from 5.0 to 4.6 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=supertokens-5.0-before.sql.partial DATABASE && mv supertokens-5.0-before.sql.partial supertokens-5.0-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < supertokens-5.0-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- start:    after applying: SuperTokens core 4.6
-- reverse:  npx plan compile supertokens 4.6 5.0 --dialect mysql --param access_token_signing_key_dynamic=true -o up.sql
-- this rollback drops: column session_info.use_static_key, and the data in it
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/4.6-5.0.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/4.6-5.0.yaml 1e85aa4e26952013920356ac9712be72b182724d8778ca9291cd89cb52e344ee
--   schema at 4.6 replayed from 21 plans (plans/supertokens/0-3.3.yaml …) fe19533923dcc2cbd35354588ff25f0fd1b1f927735a4ce693baf822806c998e
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 2 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end
-- MANUAL STEPS (1), not done by this script:
--   1. [5.0 → 4.6] In config.yaml, rename access_token_dynamic_signing_key_update_interval back to access_token_signing_key_update_interval before starting core 4.6 again.

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 5.0, at 4.6, or between them on this script's path (a resumed run)
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
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'varchar(128) NOT NULL' AS def, 3 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column key_value.value', 'text', 3
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text', 3
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column session_info.session_data', 'text', 3
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL', 3
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text', 3
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'user_id -> dashboard_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE', 3
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE', 3
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'supertokens_user_id -> all_auth_recipe_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC', 3
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE session_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry', 3
        UNION ALL SELECT 'index dashboard_user_sessions.user_id', 'user_id', 3
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE email', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE user_id, token', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index emailpassword_users.email', 'UNIQUE email', 3
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE user_id, email, token', 3
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry', 3
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE user_id, email', 3
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE key_id', 3
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE name', 3
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE code_id', 3
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'device_id_hash', 3
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE link_code_hash', 3
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'created_at', 3
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE device_id_hash', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'email', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'phone_number', 3
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index passwordless_users.email', 'UNIQUE email', 3
        UNION ALL SELECT 'index passwordless_users.phone_number', 'UNIQUE phone_number', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE role, permission', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'permission', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE role', 3
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE created_at_time', 3
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE session_handle', 3
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE third_party_id, third_party_user_id', 3
        UNION ALL SELECT 'index thirdparty_users.user_id', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE user_id, created_time_ms', 3
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'expiry_time_ms', 3
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE user_id, device_name', 3
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE user_id', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE user_id, role', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'role', 3
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE supertokens_user_id, external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE supertokens_user_id', 3
        UNION ALL SELECT 'table all_auth_recipe_users', 'present', 3
        UNION ALL SELECT 'table dashboard_user_sessions', 'present', 3
        UNION ALL SELECT 'table dashboard_users', 'present', 3
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present', 3
        UNION ALL SELECT 'table emailpassword_users', 'present', 3
        UNION ALL SELECT 'table emailverification_tokens', 'present', 3
        UNION ALL SELECT 'table emailverification_verified_emails', 'present', 3
        UNION ALL SELECT 'table jwt_signing_keys', 'present', 3
        UNION ALL SELECT 'table key_value', 'present', 3
        UNION ALL SELECT 'table passwordless_codes', 'present', 3
        UNION ALL SELECT 'table passwordless_devices', 'present', 3
        UNION ALL SELECT 'table passwordless_users', 'present', 3
        UNION ALL SELECT 'table role_permissions', 'present', 3
        UNION ALL SELECT 'table roles', 'present', 3
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present', 3
        UNION ALL SELECT 'table session_info', 'present', 3
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
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'table all_auth_recipe_users has no column recipe_id' AS m, 3 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 3
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 3
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 3
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users has no column email', 3
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 3
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email', 3
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 3
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 3
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email', 3
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 3
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 3
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 3
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time', 3
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name', 3
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value', 3
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 3
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 3
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 3
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 3
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 3
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 3
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email', 3
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 3
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id', 3
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions has no column permission', 3
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions has no column role', 3
        UNION ALL SELECT 'column roles.role', 'table roles has no column role', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time', 3
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at', 3
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 3
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 3
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data', 3
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle', 3
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id', 3
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 3
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 3
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes has no column code', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 3
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 3
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 3
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices has no column period', 3
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices has no column skew', 3
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 3
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices has no column verified', 3
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users has no column user_id', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 3
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active has no column user_id', 3
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata has no column user_id', 3
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 3
        UNION ALL SELECT 'column user_roles.role', 'table user_roles has no column role', 3
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 3
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 3
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1', 3
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1', 3
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1', 3
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1', 3
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1', 3
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1', 3
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index', 3
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3
        UNION ALL SELECT 'index dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no index user_id', 3
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY', 3
        UNION ALL SELECT 'index dashboard_users.email', 'table dashboard_users has no index email', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token', 3
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY', 3
        UNION ALL SELECT 'index emailpassword_users.email', 'table emailpassword_users has no index email', 3
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY', 3
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_codes.device_id_hash', 'table passwordless_codes has no index device_id_hash', 3
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash', 3
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_users.email', 'table passwordless_users has no index email', 3
        UNION ALL SELECT 'index passwordless_users.phone_number', 'table passwordless_users has no index phone_number', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY', 3
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY', 3
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY', 3
        UNION ALL SELECT 'index thirdparty_users.user_id', 'table thirdparty_users has no index user_id', 3
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY', 3
        UNION ALL SELECT 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY', 3
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY', 3
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY', 3
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id', 3
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3
        UNION ALL SELECT 'table dashboard_users', 'table dashboard_users is missing', 3
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing', 3
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing', 3
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing', 3
        UNION ALL SELECT 'table key_value', 'table key_value is missing', 3
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing', 3
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing', 3
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing', 3
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing', 3
        UNION ALL SELECT 'table roles', 'table roles is missing', 3
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3
        UNION ALL SELECT 'table session_info', 'table session_info is missing', 3
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
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: supertokens 5.0 → 4.6: the database was at 4.6 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at supertokens 5.0, at 4.6, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 4.6), or run this one on the supertokens 5.0 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at supertokens 5.0, at 4.6, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 5.0 → 4.6 (rollback): Sessions record whether they use the static signing key (plugin 3.0.0, use_static_key)
-- source: plans/supertokens/4.6-5.0.yaml
-- ================================================================================================
-- 5.0 → 4.6 · 1/3 · set default of session_info.use_static_key
-- locks: session_info: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'use_static_key' AND COLUMN_TYPE IN ('tinyint(1)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('0'))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'use_static_key'),
  'ALTER TABLE `session_info` ALTER COLUMN `use_static_key` SET DEFAULT FALSE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 4.6 · 2/3 · drop column session_info.use_static_key
-- locks: session_info: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'use_static_key'),
  'ALTER TABLE `session_info` DROP COLUMN `use_static_key`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 4.6 · 3/3 · manual step
-- MANUAL STEP (not done by this script):
--   In config.yaml, rename access_token_dynamic_signing_key_update_interval back to
--   access_token_signing_key_update_interval before starting core 4.6 again.

-- the end: the database is at 4.6, or the script stops here with an error
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
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL'
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
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL'
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
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL'
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'user_id -> dashboard_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'supertokens_user_id -> all_auth_recipe_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC'
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE session_id'
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry'
        UNION ALL SELECT 'index dashboard_user_sessions.user_id', 'user_id'
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE email'
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
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE role, permission'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'permission'
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE role'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE created_at_time'
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE session_handle'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE third_party_id, third_party_user_id'
        UNION ALL SELECT 'index thirdparty_users.user_id', 'UNIQUE user_id'
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE user_id, created_time_ms'
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'expiry_time_ms'
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE user_id, device_name'
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE user_id'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE user_id, role'
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'role'
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE supertokens_user_id, external_user_id'
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE external_user_id'
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE supertokens_user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'present'
        UNION ALL SELECT 'table dashboard_user_sessions', 'present'
        UNION ALL SELECT 'table dashboard_users', 'present'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present'
        UNION ALL SELECT 'table emailpassword_users', 'present'
        UNION ALL SELECT 'table emailverification_tokens', 'present'
        UNION ALL SELECT 'table emailverification_verified_emails', 'present'
        UNION ALL SELECT 'table jwt_signing_keys', 'present'
        UNION ALL SELECT 'table key_value', 'present'
        UNION ALL SELECT 'table passwordless_codes', 'present'
        UNION ALL SELECT 'table passwordless_devices', 'present'
        UNION ALL SELECT 'table passwordless_users', 'present'
        UNION ALL SELECT 'table role_permissions', 'present'
        UNION ALL SELECT 'table roles', 'present'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present'
        UNION ALL SELECT 'table session_info', 'present'
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
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column all_auth_recipe_users.recipe_id' AS k, 'table all_auth_recipe_users has no column recipe_id' AS m
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id'
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users has no column email'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined'
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users has no column user_id'
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
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions has no column permission'
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions has no column role'
        UNION ALL SELECT 'column roles.role', 'table roles has no column role'
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
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes has no column code'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name'
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices has no column period'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key'
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices has no column skew'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id'
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices has no column verified'
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users has no column user_id'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time'
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active has no column user_id'
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata has no column user_id'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata'
        UNION ALL SELECT 'column user_roles.role', 'table user_roles has no column role'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id'
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1'
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index'
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index'
        UNION ALL SELECT 'index dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no index user_id'
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_users.email', 'table dashboard_users has no index email'
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
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index'
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.user_id', 'table thirdparty_users has no index user_id'
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY'
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index'
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY'
        UNION ALL SELECT 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY'
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY'
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index'
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY'
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id'
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing'
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing'
        UNION ALL SELECT 'table dashboard_users', 'table dashboard_users is missing'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing'
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing'
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing'
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing'
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing'
        UNION ALL SELECT 'table key_value', 'table key_value is missing'
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing'
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing'
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing'
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing'
        UNION ALL SELECT 'table roles', 'table roles is missing'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing'
        UNION ALL SELECT 'table session_info', 'table session_info is missing'
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
SELECT CONCAT('plan stopped: ', 'the database is not at supertokens 4.6 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: supertokens 5.0 → 4.6: the database was at 4.6 already: nothing to do', 'plan: supertokens 5.0 → 4.6: the database was at 4.6 already: nothing to do', 'plan: supertokens 5.0 → 4.6 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
