-- plan 0.1.0 · supertokens 0 → 3.3 · mysql · fresh install
-- what:     this script creates the supertokens schema at 3.3 in an empty MySQL 8 / MariaDB database (generated from the plans listed below)
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 3.3
-- reverse:  npx plan compile supertokens 3.3 0 --dialect mysql --param access_token_signing_key_dynamic=true
-- the rollback would drop: 7 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/0-3.3.yaml 82f273aef4b4d235a2ace19ac27182f8a6be3ab467bc6edbd539a4da37762032
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576;

-- ================================================================================================
-- supertokens 0 → 3.3: Fresh install of the core 3.3 schema (plugin 1.7.0), the seven tables the core creates on an empty database
-- source: plans/supertokens/0-3.3.yaml
-- ================================================================================================
-- 0 → 3.3 · 1/11 · create table key_value
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value'),
  'CREATE TABLE `key_value` (
      `name` VARCHAR(128) NOT NULL,
      `value` TEXT,
      `created_at_time` BIGINT UNSIGNED,
      PRIMARY KEY (`name`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 2/11 · create table session_info
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info'),
  'CREATE TABLE `session_info` (
      `session_handle` VARCHAR(255) NOT NULL,
      `user_id` VARCHAR(128) NOT NULL,
      `refresh_token_hash_2` VARCHAR(128) NOT NULL,
      `session_data` TEXT,
      `expires_at` BIGINT UNSIGNED NOT NULL,
      `created_at_time` BIGINT UNSIGNED NOT NULL,
      `jwt_user_payload` TEXT,
      PRIMARY KEY (`session_handle`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 3/11 · create table emailpassword_users
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users'),
  'CREATE TABLE `emailpassword_users` (
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      `password_hash` VARCHAR(128) NOT NULL,
      `time_joined` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`user_id`),
      CONSTRAINT `email` UNIQUE (`email`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 4/11 · create index emailpassword_user_pagination_index on emailpassword_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'emailpassword_user_pagination_index') <=> 'time_joined DESC, user_id DESC')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'emailpassword_user_pagination_index'),
  'ALTER TABLE `emailpassword_users` DROP INDEX `emailpassword_user_pagination_index`, ADD INDEX `emailpassword_user_pagination_index` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'emailpassword_user_pagination_index') <=> 'time_joined DESC, user_id DESC')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'emailpassword_user_pagination_index'),
  'CREATE INDEX `emailpassword_user_pagination_index` ON `emailpassword_users` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 5/11 · create table emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens'),
  'CREATE TABLE `emailpassword_pswd_reset_tokens` (
      `user_id` CHAR(36) NOT NULL,
      `token` VARCHAR(128) NOT NULL,
      `token_expiry` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`user_id`, `token`),
      CONSTRAINT `token` UNIQUE (`token`),
      CONSTRAINT `emailpassword_pswd_reset_tokens_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `emailpassword_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 6/11 · create index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'emailpassword_password_reset_token_expiry_index') <=> 'token_expiry')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'emailpassword_password_reset_token_expiry_index'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP INDEX `emailpassword_password_reset_token_expiry_index`, ADD INDEX `emailpassword_password_reset_token_expiry_index` (`token_expiry`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'emailpassword_password_reset_token_expiry_index') <=> 'token_expiry')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'emailpassword_password_reset_token_expiry_index'),
  'CREATE INDEX `emailpassword_password_reset_token_expiry_index` ON `emailpassword_pswd_reset_tokens` (`token_expiry`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 7/11 · create table emailverification_tokens
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens'),
  'CREATE TABLE `emailverification_tokens` (
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      `token` VARCHAR(128) NOT NULL,
      `token_expiry` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`user_id`, `email`, `token`),
      CONSTRAINT `token` UNIQUE (`token`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 8/11 · create index emailverification_tokens_index on emailverification_tokens
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'emailverification_tokens_index') <=> 'token_expiry')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'emailverification_tokens_index'),
  'ALTER TABLE `emailverification_tokens` DROP INDEX `emailverification_tokens_index`, ADD INDEX `emailverification_tokens_index` (`token_expiry`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'emailverification_tokens_index') <=> 'token_expiry')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'emailverification_tokens_index'),
  'CREATE INDEX `emailverification_tokens_index` ON `emailverification_tokens` (`token_expiry`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 9/11 · create table emailverification_verified_emails
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails'),
  'CREATE TABLE `emailverification_verified_emails` (
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      PRIMARY KEY (`user_id`, `email`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 10/11 · create table thirdparty_users
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users'),
  'CREATE TABLE `thirdparty_users` (
      `third_party_id` VARCHAR(28) NOT NULL,
      `third_party_user_id` VARCHAR(128) NOT NULL,
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      `time_joined` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`third_party_id`, `third_party_user_id`),
      CONSTRAINT `user_id` UNIQUE (`user_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 3.3 · 11/11 · create index thirdparty_users_pagination_index on thirdparty_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_pagination_index') <=> 'time_joined DESC, user_id DESC')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_pagination_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_pagination_index`, ADD INDEX `thirdparty_users_pagination_index` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_pagination_index') <=> 'time_joined DESC, user_id DESC')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_pagination_index'),
  'CREATE INDEX `thirdparty_users_pagination_index` ON `thirdparty_users` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
