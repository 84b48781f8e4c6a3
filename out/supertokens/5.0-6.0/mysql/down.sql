-- plan 0.1.0 · supertokens 6.0 → 5.0 · mysql · rollback
-- what:     this script rolls a supertokens database back from 6.0 to 5.0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-6.0-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-6.0-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- start:    after applying: SuperTokens core 5.0
-- reverse:  npx plan compile supertokens 5.0 6.0 --dialect mysql --param access_token_signing_key_dynamic=true
-- this rollback drops: 9 tables apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant; 32 columns key_value.app_id, key_value.tenant_id, all_auth_recipe_users.app_id, all_auth_recipe_users.tenant_id, session_info.app_id, session_info.tenant_id, session_access_token_signing_keys.app_id, jwt_signing_keys.app_id, emailverification_verified_emails.app_id, emailverification_tokens.app_id, emailverification_tokens.tenant_id, emailpassword_users.app_id, emailpassword_pswd_reset_tokens.app_id, passwordless_users.app_id, passwordless_devices.app_id, passwordless_devices.tenant_id, passwordless_codes.app_id, passwordless_codes.tenant_id, thirdparty_users.app_id, userid_mapping.app_id, roles.app_id, role_permissions.app_id, user_roles.app_id, user_roles.tenant_id, user_metadata.app_id, dashboard_users.app_id, dashboard_user_sessions.app_id, totp_users.app_id, totp_user_devices.app_id, totp_used_codes.app_id, totp_used_codes.tenant_id, user_last_active.app_id, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/5.0-6.0.yaml 5d12043a8890e72203e4112e5b1bb2b0b7be74223a700e8e61289c44882fcae1
--   schema at 5.0 replayed from 22 plans (plans/supertokens/0-3.3.yaml …) 0c5350a0d6bf74e455de28b38c8c8ca539c67b5b92583fa6826a976516419e35
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576;

-- check that the database is at 6.0, at 5.0, or between them (a resumed run)
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
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'use_static_key')
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
  'SELECT 1 FROM `plan stopped: database is not at supertokens 6.0 or 5.0`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 6.0 → 5.0 (rollback): Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 6.0 → 5.0 · 1/125 · drop foreign key user_last_active_ibfk_1 on user_last_active
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND CONSTRAINT_NAME = 'user_last_active_ibfk_1'),
  'ALTER TABLE `user_last_active` DROP FOREIGN KEY `user_last_active_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 2/125 · primary key of user_last_active becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_last_active` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_last_active` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 3/125 · drop column user_last_active.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_last_active` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 4/125 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'expiry_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index'),
  'ALTER TABLE `totp_used_codes` DROP INDEX `totp_used_codes_expiry_time_ms_index`, ADD INDEX `totp_used_codes_expiry_time_ms_index` (`expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'expiry_time_ms')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index'),
  'CREATE INDEX `totp_used_codes_expiry_time_ms_index` ON `totp_used_codes` (`expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 5/125 · drop foreign key totp_used_codes_ibfk_2 on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_2'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 6/125 · drop foreign key totp_used_codes_ibfk_1 on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 7/125 · drop index app_id on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'app_id'),
  'ALTER TABLE `totp_used_codes` DROP INDEX `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 8/125 · primary key of totp_used_codes becomes (user_id, created_time_ms)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, created_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_used_codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, created_time_ms')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_used_codes` ADD PRIMARY KEY (`user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 9/125 · drop column totp_used_codes.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `totp_used_codes` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 10/125 · drop column totp_used_codes.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_used_codes` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 11/125 · drop foreign key totp_user_devices_ibfk_1 on totp_user_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_user_devices` DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 12/125 · primary key of totp_user_devices becomes (user_id, device_name)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, device_name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_user_devices` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, device_name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_user_devices` ADD PRIMARY KEY (`user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 13/125 · drop column totp_user_devices.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_user_devices` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 14/125 · drop foreign key totp_users_ibfk_1 on totp_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND CONSTRAINT_NAME = 'totp_users_ibfk_1'),
  'ALTER TABLE `totp_users` DROP FOREIGN KEY `totp_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 15/125 · primary key of totp_users becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_users` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 16/125 · drop column totp_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_users` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 17/125 · drop foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'user_id -> dashboard_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_user_sessions` DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 18/125 · drop index app_id on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'app_id'),
  'ALTER TABLE `dashboard_user_sessions` DROP INDEX `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 19/125 · primary key of dashboard_user_sessions becomes (session_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE session_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_user_sessions` DROP PRIMARY KEY, ADD PRIMARY KEY (`session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE session_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_user_sessions` ADD PRIMARY KEY (`session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 20/125 · drop column dashboard_user_sessions.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_user_sessions` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 21/125 · drop foreign key dashboard_users_ibfk_1 on dashboard_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND CONSTRAINT_NAME = 'dashboard_users_ibfk_1'),
  'ALTER TABLE `dashboard_users` DROP FOREIGN KEY `dashboard_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 22/125 · unique email on dashboard_users becomes (email)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `dashboard_users` DROP INDEX `email`, ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `dashboard_users` ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 23/125 · primary key of dashboard_users becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_users` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 24/125 · drop column dashboard_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_users` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 25/125 · drop foreign key user_metadata_ibfk_1 on user_metadata
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND CONSTRAINT_NAME = 'user_metadata_ibfk_1'),
  'ALTER TABLE `user_metadata` DROP FOREIGN KEY `user_metadata_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 26/125 · primary key of user_metadata becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_metadata` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_metadata` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 27/125 · drop column user_metadata.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_metadata` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 28/125 · drop foreign key user_roles_ibfk_2 on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_2'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 29/125 · drop foreign key user_roles_ibfk_1 on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 30/125 · drop index app_id on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'app_id'),
  'ALTER TABLE `user_roles` DROP INDEX `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 31/125 · redefine index user_roles_role_index on user_roles
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_role_index`, ADD INDEX `user_roles_role_index` (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index'),
  'CREATE INDEX `user_roles_role_index` ON `user_roles` (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 32/125 · primary key of user_roles becomes (user_id, role)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_roles` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_roles` ADD PRIMARY KEY (`user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 33/125 · drop column user_roles.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `user_roles` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 34/125 · drop column user_roles.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_roles` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 35/125 · redefine index role_permissions_permission_index on role_permissions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'permission')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index'),
  'ALTER TABLE `role_permissions` DROP INDEX `role_permissions_permission_index`, ADD INDEX `role_permissions_permission_index` (`permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'permission')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index'),
  'CREATE INDEX `role_permissions_permission_index` ON `role_permissions` (`permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 36/125 · drop foreign key role_permissions_ibfk_1 on role_permissions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `role_permissions` DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 37/125 · primary key of role_permissions becomes (role, permission)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role, permission')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `role_permissions` DROP PRIMARY KEY, ADD PRIMARY KEY (`role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role, permission')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `role_permissions` ADD PRIMARY KEY (`role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 38/125 · drop column role_permissions.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `role_permissions` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 39/125 · drop foreign key roles_ibfk_1 on roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND CONSTRAINT_NAME = 'roles_ibfk_1'),
  'ALTER TABLE `roles` DROP FOREIGN KEY `roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 40/125 · primary key of roles becomes (role)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `roles` DROP PRIMARY KEY, ADD PRIMARY KEY (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `roles` ADD PRIMARY KEY (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 41/125 · drop column roles.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `roles` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 42/125 · drop foreign key userid_mapping_ibfk_1 on userid_mapping
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'supertokens_user_id -> all_auth_recipe_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `userid_mapping` DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 43/125 · unique external_user_id on userid_mapping becomes (external_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id'),
  'ALTER TABLE `userid_mapping` DROP INDEX `external_user_id`, ADD CONSTRAINT `external_user_id` UNIQUE (`external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE external_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `external_user_id` UNIQUE (`external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 44/125 · unique supertokens_user_id on userid_mapping becomes (supertokens_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE supertokens_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id'),
  'ALTER TABLE `userid_mapping` DROP INDEX `supertokens_user_id`, ADD CONSTRAINT `supertokens_user_id` UNIQUE (`supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE supertokens_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `supertokens_user_id` UNIQUE (`supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 45/125 · primary key of userid_mapping becomes (supertokens_user_id, external_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE supertokens_user_id, external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `userid_mapping` DROP PRIMARY KEY, ADD PRIMARY KEY (`supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE supertokens_user_id, external_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `userid_mapping` ADD PRIMARY KEY (`supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 46/125 · drop column userid_mapping.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `userid_mapping` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 47/125 · drop table thirdparty_user_to_tenant
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_user_to_tenant'),
  'DROP TABLE `thirdparty_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 48/125 · drop index thirdparty_users_email_index on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_email_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 49/125 · drop index thirdparty_users_thirdparty_user_id_index on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_thirdparty_user_id_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 50/125 · drop foreign key thirdparty_users_ibfk_1 on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND CONSTRAINT_NAME = 'thirdparty_users_ibfk_1'),
  'ALTER TABLE `thirdparty_users` DROP FOREIGN KEY `thirdparty_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 51/125 · primary key of thirdparty_users becomes (third_party_id, third_party_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE third_party_id, third_party_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `thirdparty_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE third_party_id, third_party_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `thirdparty_users` ADD PRIMARY KEY (`third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 52/125 · add unique user_id on thirdparty_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `user_id`, ADD CONSTRAINT `user_id` UNIQUE (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `thirdparty_users` ADD CONSTRAINT `user_id` UNIQUE (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 53/125 · drop column thirdparty_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `thirdparty_users` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 54/125 · drop foreign key passwordless_codes_ibfk_1 on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `passwordless_codes` DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 55/125 · drop index app_id on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'app_id'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 56/125 · redefine index passwordless_codes_created_at_index on passwordless_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `passwordless_codes_created_at_index`, ADD INDEX `passwordless_codes_created_at_index` (`created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index'),
  'CREATE INDEX `passwordless_codes_created_at_index` ON `passwordless_codes` (`created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 57/125 · unique link_code_hash on passwordless_codes becomes (link_code_hash)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE link_code_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `link_code_hash`, ADD CONSTRAINT `link_code_hash` UNIQUE (`link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE link_code_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash'),
  'ALTER TABLE `passwordless_codes` ADD CONSTRAINT `link_code_hash` UNIQUE (`link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 58/125 · primary key of passwordless_codes becomes (code_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_codes` ADD PRIMARY KEY (`code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 59/125 · drop column passwordless_codes.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_codes` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 60/125 · drop column passwordless_codes.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_codes` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 61/125 · redefine index passwordless_devices_phone_number_index on passwordless_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index'),
  'ALTER TABLE `passwordless_devices` DROP INDEX `passwordless_devices_phone_number_index`, ADD INDEX `passwordless_devices_phone_number_index` (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'phone_number')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index'),
  'CREATE INDEX `passwordless_devices_phone_number_index` ON `passwordless_devices` (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 62/125 · redefine index passwordless_devices_email_index on passwordless_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index'),
  'ALTER TABLE `passwordless_devices` DROP INDEX `passwordless_devices_email_index`, ADD INDEX `passwordless_devices_email_index` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index'),
  'CREATE INDEX `passwordless_devices_email_index` ON `passwordless_devices` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 63/125 · drop foreign key passwordless_devices_ibfk_1 on passwordless_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND CONSTRAINT_NAME = 'passwordless_devices_ibfk_1'),
  'ALTER TABLE `passwordless_devices` DROP FOREIGN KEY `passwordless_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 64/125 · primary key of passwordless_devices becomes (device_id_hash)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_devices` DROP PRIMARY KEY, ADD PRIMARY KEY (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE device_id_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_devices` ADD PRIMARY KEY (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 65/125 · drop column passwordless_devices.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_devices` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 66/125 · drop column passwordless_devices.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_devices` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 67/125 · drop table passwordless_user_to_tenant
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_user_to_tenant'),
  'DROP TABLE `passwordless_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 68/125 · drop foreign key passwordless_users_ibfk_1 on passwordless_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND CONSTRAINT_NAME = 'passwordless_users_ibfk_1'),
  'ALTER TABLE `passwordless_users` DROP FOREIGN KEY `passwordless_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 69/125 · primary key of passwordless_users becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_users` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 70/125 · add unique phone_number on passwordless_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number') <=> 'UNIQUE phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number'),
  'ALTER TABLE `passwordless_users` DROP INDEX `phone_number`, ADD CONSTRAINT `phone_number` UNIQUE (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number') <=> 'UNIQUE phone_number')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number'),
  'ALTER TABLE `passwordless_users` ADD CONSTRAINT `phone_number` UNIQUE (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 71/125 · add unique email on passwordless_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `passwordless_users` DROP INDEX `email`, ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `passwordless_users` ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 72/125 · drop column passwordless_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_users` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 73/125 · drop foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 74/125 · primary key of emailpassword_pswd_reset_tokens becomes (user_id, token)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, token')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, token')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD PRIMARY KEY (`user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 75/125 · drop column emailpassword_pswd_reset_tokens.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 76/125 · drop table emailpassword_user_to_tenant
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_user_to_tenant'),
  'DROP TABLE `emailpassword_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 77/125 · drop foreign key emailpassword_users_ibfk_1 on emailpassword_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND CONSTRAINT_NAME = 'emailpassword_users_ibfk_1'),
  'ALTER TABLE `emailpassword_users` DROP FOREIGN KEY `emailpassword_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 78/125 · primary key of emailpassword_users becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_users` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 79/125 · add unique email on emailpassword_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `emailpassword_users` DROP INDEX `email`, ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email') <=> 'UNIQUE email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `emailpassword_users` ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 80/125 · drop column emailpassword_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_users` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 81/125 · drop foreign key emailverification_tokens_ibfk_1 on emailverification_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1'),
  'ALTER TABLE `emailverification_tokens` DROP FOREIGN KEY `emailverification_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 82/125 · primary key of emailverification_tokens becomes (user_id, email, token)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email, token')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_tokens` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email, token')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_tokens` ADD PRIMARY KEY (`user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 83/125 · drop column emailverification_tokens.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `emailverification_tokens` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 84/125 · drop column emailverification_tokens.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_tokens` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 85/125 · drop foreign key emailverification_verified_emails_ibfk_1 on emailverification_verified_emails
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1'),
  'ALTER TABLE `emailverification_verified_emails` DROP FOREIGN KEY `emailverification_verified_emails_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 86/125 · primary key of emailverification_verified_emails becomes (user_id, email)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_verified_emails` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_verified_emails` ADD PRIMARY KEY (`user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 87/125 · drop column emailverification_verified_emails.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_verified_emails` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 88/125 · drop foreign key jwt_signing_keys_ibfk_1 on jwt_signing_keys
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1'),
  'ALTER TABLE `jwt_signing_keys` DROP FOREIGN KEY `jwt_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 89/125 · primary key of jwt_signing_keys becomes (key_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE key_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `jwt_signing_keys` DROP PRIMARY KEY, ADD PRIMARY KEY (`key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE key_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `jwt_signing_keys` ADD PRIMARY KEY (`key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 90/125 · drop column jwt_signing_keys.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `jwt_signing_keys` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 91/125 · drop foreign key session_access_token_signing_keys_ibfk_1 on session_access_token_signing_keys
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1'),
  'ALTER TABLE `session_access_token_signing_keys` DROP FOREIGN KEY `session_access_token_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 92/125 · primary key of session_access_token_signing_keys becomes (created_at_time)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_access_token_signing_keys` DROP PRIMARY KEY, ADD PRIMARY KEY (`created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE created_at_time')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_access_token_signing_keys` ADD PRIMARY KEY (`created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 93/125 · drop column session_access_token_signing_keys.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_access_token_signing_keys` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 94/125 · drop index session_expiry_index on session_info
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index'),
  'ALTER TABLE `session_info` DROP INDEX `session_expiry_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 95/125 · drop foreign key session_info_ibfk_1 on session_info
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND CONSTRAINT_NAME = 'session_info_ibfk_1'),
  'ALTER TABLE `session_info` DROP FOREIGN KEY `session_info_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 96/125 · primary key of session_info becomes (session_handle)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE session_handle')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_info` DROP PRIMARY KEY, ADD PRIMARY KEY (`session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE session_handle')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_info` ADD PRIMARY KEY (`session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 97/125 · drop column session_info.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `session_info` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 98/125 · drop column session_info.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_info` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 99/125 · drop table tenant_thirdparty_provider_clients
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_provider_clients'),
  'DROP TABLE `tenant_thirdparty_provider_clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 100/125 · drop table tenant_thirdparty_providers
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_providers'),
  'DROP TABLE `tenant_thirdparty_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 101/125 · drop table tenant_configs
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_configs'),
  'DROP TABLE `tenant_configs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 102/125 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'ALTER TABLE `all_auth_recipe_users` DROP INDEX `all_auth_recipe_users_pagination_index`, ADD INDEX `all_auth_recipe_users_pagination_index` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'CREATE INDEX `all_auth_recipe_users_pagination_index` ON `all_auth_recipe_users` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 103/125 · drop foreign key all_auth_recipe_users_ibfk_2 on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2'),
  'ALTER TABLE `all_auth_recipe_users` DROP FOREIGN KEY `all_auth_recipe_users_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 104/125 · drop index app_id on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'app_id'),
  'ALTER TABLE `all_auth_recipe_users` DROP INDEX `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 105/125 · drop foreign key all_auth_recipe_users_ibfk_1 on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1'),
  'ALTER TABLE `all_auth_recipe_users` DROP FOREIGN KEY `all_auth_recipe_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 106/125 · primary key of all_auth_recipe_users becomes (user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `all_auth_recipe_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `all_auth_recipe_users` ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 107/125 · drop column all_auth_recipe_users.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `all_auth_recipe_users` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 108/125 · drop column all_auth_recipe_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `all_auth_recipe_users` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 109/125 · drop table app_id_to_user_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_id_to_user_id'),
  'DROP TABLE `app_id_to_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 110/125 · drop foreign key key_value_ibfk_1 on key_value
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND CONSTRAINT_NAME = 'key_value_ibfk_1'),
  'ALTER TABLE `key_value` DROP FOREIGN KEY `key_value_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 111/125 · primary key of key_value becomes (name)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `key_value` DROP PRIMARY KEY, ADD PRIMARY KEY (`name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `key_value` ADD PRIMARY KEY (`name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 112/125 · drop column key_value.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `key_value` DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 113/125 · drop column key_value.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `key_value` DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 114/125 · drop table tenants
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  'DROP TABLE `tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 115/125 · drop table apps
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'apps'),
  'DROP TABLE `apps`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 116/125 · add foreign key totp_used_codes_ibfk_1 on totp_used_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` ADD CONSTRAINT `totp_used_codes_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `totp_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 117/125 · add foreign key totp_user_devices_ibfk_1 on totp_user_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1'),
  'ALTER TABLE `totp_user_devices` DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'user_id -> totp_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_user_devices` ADD CONSTRAINT `totp_user_devices_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `totp_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 118/125 · add foreign key user_roles_ibfk_1 on user_roles
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` ADD CONSTRAINT `user_roles_ibfk_1` FOREIGN KEY (`role`) REFERENCES `roles` (`role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 119/125 · add foreign key role_permissions_ibfk_1 on role_permissions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1'),
  'ALTER TABLE `role_permissions` DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'role -> roles (role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `role_permissions` ADD CONSTRAINT `role_permissions_ibfk_1` FOREIGN KEY (`role`) REFERENCES `roles` (`role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 120/125 · create index device_id_hash on passwordless_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash') <=> 'device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `device_id_hash`, ADD INDEX `device_id_hash` (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash') <=> 'device_id_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash'),
  'CREATE INDEX `device_id_hash` ON `passwordless_codes` (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 121/125 · add foreign key passwordless_codes_ibfk_1 on passwordless_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1'),
  'ALTER TABLE `passwordless_codes` DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'device_id_hash -> passwordless_devices (device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `passwordless_codes` ADD CONSTRAINT `passwordless_codes_ibfk_1` FOREIGN KEY (`device_id_hash`) REFERENCES `passwordless_devices` (`device_id_hash`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 122/125 · add foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'user_id -> emailpassword_users (user_id) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD CONSTRAINT `emailpassword_pswd_reset_tokens_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `emailpassword_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 123/125 · create index user_id on dashboard_user_sessions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id') <=> 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `dashboard_user_sessions` DROP INDEX `user_id`, ADD INDEX `user_id` (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id') <=> 'user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id'),
  'CREATE INDEX `user_id` ON `dashboard_user_sessions` (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 124/125 · add foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'user_id -> dashboard_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1'),
  'ALTER TABLE `dashboard_user_sessions` DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'user_id -> dashboard_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_user_sessions` ADD CONSTRAINT `dashboard_user_sessions_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `dashboard_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 125/125 · add foreign key userid_mapping_ibfk_1 on userid_mapping
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'supertokens_user_id -> all_auth_recipe_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1'),
  'ALTER TABLE `userid_mapping` DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'supertokens_user_id -> all_auth_recipe_users (user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `userid_mapping_ibfk_1` FOREIGN KEY (`supertokens_user_id`) REFERENCES `all_auth_recipe_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
