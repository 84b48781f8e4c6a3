-- plan 0.1.0 · supertokens 4.6 → 5.0 · mysql · upgrade
-- what:     this script upgrades a supertokens database from 4.6 to 5.0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-4.6-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-4.6-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 5.0
-- reverse:  npx plan compile supertokens 5.0 4.6 --dialect mysql --param access_token_signing_key_dynamic=true
-- the rollback would drop: column session_info.use_static_key, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/4.6-5.0.yaml 56324fd2d3bfe8556f5d0902bb09f4fed75ba3493abbbd60182f5ae5b81e82a6
--   schema at 4.6 replayed from 21 plans (plans/supertokens/0-3.3.yaml …) fe19533923dcc2cbd35354588ff25f0fd1b1f927735a4ce693baf822806c998e
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- MANUAL STEPS (1), not done by this script:
--   1. [4.6 → 5.0] In config.yaml, rename access_token_signing_key_update_interval to access_token_dynamic_signing_key_update_interval before starting core 5.0.

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576;

-- check that the database is at 4.6, at 5.0, or between them (a resumed run)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'recipe_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'time_joined')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'expiry')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'session_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'time_created')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'email')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'password_hash')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'time_joined')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'user_id')
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
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'code')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'created_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'expiry_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'is_valid')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'device_name')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'period')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'secret_key')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'skew')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'verified')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME = 'last_active_time')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'user_metadata')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'role')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'external_user_id_info')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'supertokens_user_id'),
  'DO 0',
  'SELECT 1 FROM `plan stopped: database is not at supertokens 4.6 or 5.0`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 4.6 → 5.0: Sessions record whether they use the static signing key (plugin 3.0.0, use_static_key)
-- source: plans/supertokens/4.6-5.0.yaml
-- ================================================================================================
-- 4.6 → 5.0 · 1/3 · manual step
-- MANUAL STEP (not done by this script):
--   In config.yaml, rename access_token_signing_key_update_interval to
--   access_token_dynamic_signing_key_update_interval before starting core 5.0.

-- 4.6 → 5.0 · 2/3 · add column session_info.use_static_key
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'use_static_key'),
  'ALTER TABLE `session_info` ADD COLUMN `use_static_key` BOOLEAN NOT NULL DEFAULT FALSE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 4.6 → 5.0 · 3/3 · drop default of session_info.use_static_key
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'use_static_key' AND COLUMN_TYPE IN ('tinyint(1)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL')),
  'ALTER TABLE `session_info` ALTER COLUMN `use_static_key` DROP DEFAULT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
