-- plan 0.1.0 · supertokens 3.5 → 3.6 · mysql · upgrade
-- what:     this script upgrades a supertokens database from 3.5 to 3.6 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-3.5-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-3.5-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 3.6
-- reverse:  npx plan compile supertokens 3.6 3.5 --dialect mysql --param access_token_signing_key_dynamic=true
-- the rollback would drop: 2 tables jwt_signing_keys, session_access_token_signing_keys, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/3.5-3.6.yaml 9f99e36efa6a666c35bef13fe66954c361f562e4ed83004b9f044f70b25ad7c4
--   schema at 3.5 replayed from 3 plans (plans/supertokens/0-3.3.yaml …) 85a4a6ec8df6ce2dbcc0eb1dc10c6a3f31fd312a474c469215e5dac0025d6bca
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576;

-- check that the database is at 3.5, at 3.6, or between them (a resumed run)
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
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'name')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'value')
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
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'user_id'),
  'DO 0',
  'SELECT 1 FROM `plan stopped: database is not at supertokens 3.5 or 3.6`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 3.5 → 3.6: JWT recipe (jwt_signing_keys) and the session access-token key table, both created by core 3.6 at start-up; on PostgreSQL the email-verification user ids go from 255 to 128 characters
-- source: plans/supertokens/3.5-3.6.yaml
-- ================================================================================================
-- 3.5 → 3.6 · 1/2 · create table jwt_signing_keys
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys'),
  'CREATE TABLE `jwt_signing_keys` (
      `key_id` VARCHAR(255) NOT NULL,
      `key_string` TEXT NOT NULL,
      `algorithm` VARCHAR(10) NOT NULL,
      `created_at` BIGINT UNSIGNED,
      PRIMARY KEY (`key_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.5 → 3.6 · 2/2 · create table session_access_token_signing_keys
-- why: Core 3.6 keeps its access-token signing keys here instead of in key_value; it creates the table itself if missing, so creating it here only makes the upgraded schema match a fresh install.
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys'),
  'CREATE TABLE `session_access_token_signing_keys` (
      `created_at_time` BIGINT UNSIGNED NOT NULL,
      `value` TEXT,
      PRIMARY KEY (`created_at_time`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
