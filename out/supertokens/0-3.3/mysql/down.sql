-- plan 0.1.0 · supertokens 3.3 → 0 · mysql · rollback
-- what:     this script rolls a supertokens database back from 3.3 to 0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-3.3-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-3.3-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile supertokens 0 3.3 --dialect mysql --param access_token_signing_key_dynamic=true
-- this rollback drops: 7 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, and the data in them
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
-- supertokens 3.3 → 0 (rollback): Fresh install of the core 3.3 schema (plugin 1.7.0), the seven tables the core creates on an empty database
-- source: plans/supertokens/0-3.3.yaml
-- ================================================================================================
-- 3.3 → 0 · 1/11 · drop index thirdparty_users_pagination_index on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_pagination_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_pagination_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 2/11 · drop table thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users'),
  'DROP TABLE `thirdparty_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 3/11 · drop table emailverification_verified_emails
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails'),
  'DROP TABLE `emailverification_verified_emails`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 4/11 · drop index emailverification_tokens_index on emailverification_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'emailverification_tokens_index'),
  'ALTER TABLE `emailverification_tokens` DROP INDEX `emailverification_tokens_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 5/11 · drop table emailverification_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens'),
  'DROP TABLE `emailverification_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 6/11 · drop index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'emailpassword_password_reset_token_expiry_index'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP INDEX `emailpassword_password_reset_token_expiry_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 7/11 · drop table emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens'),
  'DROP TABLE `emailpassword_pswd_reset_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 8/11 · drop index emailpassword_user_pagination_index on emailpassword_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'emailpassword_user_pagination_index'),
  'ALTER TABLE `emailpassword_users` DROP INDEX `emailpassword_user_pagination_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 9/11 · drop table emailpassword_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users'),
  'DROP TABLE `emailpassword_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 10/11 · drop table session_info
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info'),
  'DROP TABLE `session_info`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.3 → 0 · 11/11 · drop table key_value
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value'),
  'DROP TABLE `key_value`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
