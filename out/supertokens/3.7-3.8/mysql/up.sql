-- plan 0.1.0 · supertokens 3.7 → 3.8 · mysql · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.7-3.8.yaml 744f6725fe16bf25ae6f96a996e06b777e06a12f8ba457bbe34f5021430bb3de
--   schema at 3.7 replayed from 5 plans (plans/supertokens/0-3.3.yaml …) f686f1986db9bb6a07c77b6aa114ff566edd090d642da4c03b4c23edc32e4b65
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- reverse:  npx plan compile supertokens 3.8 3.7 --dialect mysql --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

-- check that the database is at 3.7, at 3.8, or between them (a resumed run)
SET @plan_sql = IF(
  (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME, COLUMN_NAME) IN (
    ('all_auth_recipe_users', 'recipe_id'),
    ('all_auth_recipe_users', 'time_joined'),
    ('all_auth_recipe_users', 'user_id'),
    ('emailpassword_pswd_reset_tokens', 'token'),
    ('emailpassword_pswd_reset_tokens', 'token_expiry'),
    ('emailpassword_pswd_reset_tokens', 'user_id'),
    ('emailpassword_users', 'email'),
    ('emailpassword_users', 'password_hash'),
    ('emailpassword_users', 'time_joined'),
    ('emailpassword_users', 'user_id'),
    ('emailverification_tokens', 'email'),
    ('emailverification_tokens', 'token'),
    ('emailverification_tokens', 'token_expiry'),
    ('emailverification_tokens', 'user_id'),
    ('emailverification_verified_emails', 'email'),
    ('emailverification_verified_emails', 'user_id'),
    ('jwt_signing_keys', 'algorithm'),
    ('jwt_signing_keys', 'created_at'),
    ('jwt_signing_keys', 'key_id'),
    ('jwt_signing_keys', 'key_string'),
    ('key_value', 'created_at_time'),
    ('key_value', 'name'),
    ('key_value', 'value'),
    ('session_access_token_signing_keys', 'created_at_time'),
    ('session_access_token_signing_keys', 'value'),
    ('session_info', 'created_at_time'),
    ('session_info', 'expires_at'),
    ('session_info', 'jwt_user_payload'),
    ('session_info', 'refresh_token_hash_2'),
    ('session_info', 'session_data'),
    ('session_info', 'session_handle'),
    ('session_info', 'user_id'),
    ('thirdparty_users', 'email'),
    ('thirdparty_users', 'third_party_id'),
    ('thirdparty_users', 'third_party_user_id'),
    ('thirdparty_users', 'time_joined'),
    ('thirdparty_users', 'user_id'))) = 37,
  'DO 0',
  'SELECT 1 FROM `plan stopped: database is not at supertokens 3.7 or 3.8`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 3.7 → 3.8: Passwordless recipe tables (users, devices, codes), which core 3.8 creates at start-up
-- source: plans/supertokens/3.7-3.8.yaml
-- ================================================================================================
-- 3.7 → 3.8 · 1/6 · create table passwordless_users
-- why: A passwordless user has an email, a phone number, or both; each is unique when present.
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users'),
  'CREATE TABLE `passwordless_users` (
  `user_id` CHAR(36) NOT NULL,
  `email` VARCHAR(256),
  `phone_number` VARCHAR(256),
  `time_joined` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `email` UNIQUE (`email`),
  CONSTRAINT `phone_number` UNIQUE (`phone_number`)
)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.7 → 3.8 · 2/6 · create table passwordless_devices
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices'),
  'CREATE TABLE `passwordless_devices` (`device_id_hash` CHAR(44) NOT NULL, `email` VARCHAR(256), `phone_number` VARCHAR(256), `link_code_salt` CHAR(44) NOT NULL, `failed_attempts` INT UNSIGNED NOT NULL, PRIMARY KEY (`device_id_hash`))',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.7 → 3.8 · 3/6 · create index passwordless_devices_email_index on passwordless_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('email')) = 1,
  'CREATE INDEX `passwordless_devices_email_index` ON `passwordless_devices` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.7 → 3.8 · 4/6 · create index passwordless_devices_phone_number_index on passwordless_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('phone_number')) = 1,
  'CREATE INDEX `passwordless_devices_phone_number_index` ON `passwordless_devices` (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.7 → 3.8 · 5/6 · create table passwordless_codes
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes'),
  'CREATE TABLE `passwordless_codes` (
  `code_id` CHAR(36) NOT NULL,
  `device_id_hash` CHAR(44) NOT NULL,
  `link_code_hash` CHAR(44) NOT NULL,
  `created_at` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`code_id`),
  CONSTRAINT `link_code_hash` UNIQUE (`link_code_hash`),
  KEY `device_id_hash` (`device_id_hash`),
  CONSTRAINT `passwordless_codes_ibfk_1` FOREIGN KEY (`device_id_hash`) REFERENCES `passwordless_devices` (`device_id_hash`) ON DELETE CASCADE ON UPDATE CASCADE
)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.7 → 3.8 · 6/6 · create index passwordless_codes_created_at_index on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('created_at')) = 1,
  'CREATE INDEX `passwordless_codes_created_at_index` ON `passwordless_codes` (`created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
