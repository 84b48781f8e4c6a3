-- plan 0.1.0 · supertokens 4.3 → 4.4 · mysql · upgrade
-- what:     this script upgrades a supertokens database from 4.3 to 4.4 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-4.3-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-4.3-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 4.4
-- reverse:  npx plan compile supertokens 4.4 4.3 --dialect mysql --param access_token_signing_key_dynamic=true
-- the rollback would drop: 2 tables dashboard_users, dashboard_user_sessions, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/4.3-4.4.yaml 65ad6464488e943fce352de4bc87ff2878cc350c63ab6239fd80086df2445df0
--   schema at 4.3 replayed from 18 plans (plans/supertokens/0-3.3.yaml …) 4bd94afa6a5d07d20ba0114964c578a715c35f0f63fc32e0cfd467eddcf16a1a
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576;

-- check that the database is at 4.3, at 4.4, or between them (a resumed run)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'recipe_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'time_joined')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'token')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'token_expiry')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'password_hash')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'time_joined')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'token')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'token_expiry')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'algorithm')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'created_at')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'key_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'key_string')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'name')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'value')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'code_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'created_at')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'link_code_hash')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'failed_attempts')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'link_code_salt')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'time_joined')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME = 'permission')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME = 'role')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME = 'role')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME = 'created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME = 'value')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'expires_at')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'jwt_user_payload')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'refresh_token_hash_2')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'session_data')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'session_handle')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'third_party_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'third_party_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'time_joined')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'user_metadata')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'role')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'external_user_id_info')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'supertokens_user_id'),
  'DO 0',
  'SELECT 1 FROM `plan stopped: database is not at supertokens 4.3 or 4.4`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 4.3 → 4.4: Dashboard login tables (dashboard_users, dashboard_user_sessions), created by core 4.4 at start-up
-- source: plans/supertokens/4.3-4.4.yaml
-- ================================================================================================
-- 4.3 → 4.4 · 1/3 · create table dashboard_users
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users'),
  'CREATE TABLE `dashboard_users` (
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      `password_hash` VARCHAR(256) NOT NULL,
      `time_joined` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`user_id`),
      CONSTRAINT `email` UNIQUE (`email`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 4.3 → 4.4 · 2/3 · create table dashboard_user_sessions
-- why: The plugins differ on ON UPDATE: the PostgreSQL one cascades, the MySQL one leaves the default (RESTRICT); each dialect follows its own fresh install.
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions'),
  'CREATE TABLE `dashboard_user_sessions` (
      `session_id` CHAR(36) NOT NULL,
      `user_id` CHAR(36) NOT NULL,
      `time_created` BIGINT UNSIGNED NOT NULL,
      `expiry` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`session_id`),
      KEY `user_id` (`user_id`),
      CONSTRAINT `dashboard_user_sessions_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `dashboard_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 4.3 → 4.4 · 3/3 · create index dashboard_user_sessions_expiry_index on dashboard_user_sessions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'dashboard_user_sessions_expiry_index') <=> 'expiry')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'dashboard_user_sessions_expiry_index'),
  'ALTER TABLE `dashboard_user_sessions` DROP INDEX `dashboard_user_sessions_expiry_index`, ADD INDEX `dashboard_user_sessions_expiry_index` (`expiry`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'dashboard_user_sessions_expiry_index') <=> 'expiry')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'dashboard_user_sessions_expiry_index'),
  'CREATE INDEX `dashboard_user_sessions_expiry_index` ON `dashboard_user_sessions` (`expiry`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
