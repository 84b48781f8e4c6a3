-- plan 0.1.0 · supertokens 5.0 → 6.0 · mysql · upgrade
-- what:     this script upgrades a supertokens database from 5.0 to 6.0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-5.0-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-5.0-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 6.0
-- reverse:  npx plan compile supertokens 6.0 5.0 --dialect mysql --param access_token_signing_key_dynamic=true
-- the rollback would drop: 9 tables apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant; 32 columns key_value.app_id, key_value.tenant_id, all_auth_recipe_users.app_id, all_auth_recipe_users.tenant_id, session_info.app_id, session_info.tenant_id, session_access_token_signing_keys.app_id, jwt_signing_keys.app_id, emailverification_verified_emails.app_id, emailverification_tokens.app_id, emailverification_tokens.tenant_id, emailpassword_users.app_id, emailpassword_pswd_reset_tokens.app_id, passwordless_users.app_id, passwordless_devices.app_id, passwordless_devices.tenant_id, passwordless_codes.app_id, passwordless_codes.tenant_id, thirdparty_users.app_id, userid_mapping.app_id, roles.app_id, role_permissions.app_id, user_roles.app_id, user_roles.tenant_id, user_metadata.app_id, dashboard_users.app_id, dashboard_user_sessions.app_id, totp_users.app_id, totp_user_devices.app_id, totp_used_codes.app_id, totp_used_codes.tenant_id, user_last_active.app_id, and the data in them
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

-- check that the database is at 5.0, at 6.0, or between them (a resumed run)
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
  'SELECT 1 FROM `plan stopped: database is not at supertokens 5.0 or 6.0`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 5.0 → 6.0: Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 5.0 → 6.0 · 1/126 · drop foreign key userid_mapping_ibfk_1 on userid_mapping
-- why: Re-pointed at app_id_to_user_id (app_id, user_id) further down.
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `userid_mapping` DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 2/126 · drop foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_user_sessions` DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 3/126 · drop index user_id on dashboard_user_sessions
-- why: Implicit index of the old single-column foreign key; 6.0 has (app_id, user_id) instead.
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `dashboard_user_sessions` DROP INDEX `user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 4/126 · drop foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 5/126 · drop foreign key passwordless_codes_ibfk_1 on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `passwordless_codes` DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 6/126 · drop index device_id_hash on passwordless_codes
-- why: Implicit index of the old single-column foreign key; 6.0 has (app_id, tenant_id, device_id_hash) instead.
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `device_id_hash`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 7/126 · drop foreign key role_permissions_ibfk_1 on role_permissions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `role_permissions` DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 8/126 · drop foreign key user_roles_ibfk_1 on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 9/126 · drop foreign key totp_user_devices_ibfk_1 on totp_user_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_user_devices` DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 10/126 · drop foreign key totp_used_codes_ibfk_1 on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1')
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 11/126 · create table apps
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'apps'),
  'CREATE TABLE `apps` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `created_at_time` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`app_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 12/126 · insert 1 row into apps
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants')
  AND NOT EXISTS (SELECT 1 FROM `apps` WHERE `app_id` = 'public'),
  'INSERT INTO `apps` (`app_id`, `created_at_time`) SELECT ''public'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `apps` WHERE `app_id` = ''public'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 13/126 · create table tenants
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  'CREATE TABLE `tenants` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `created_at_time` BIGINT UNSIGNED NOT NULL,
      PRIMARY KEY (`app_id`, `tenant_id`),
      CONSTRAINT `tenants_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 14/126 · insert 1 row into tenants
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public'))
  AND NOT EXISTS (SELECT 1 FROM `tenants` WHERE `app_id` = 'public' AND `tenant_id` = 'public'),
  'INSERT INTO `tenants` (`app_id`, `tenant_id`, `created_at_time`) SELECT ''public'', ''public'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `tenants` WHERE `app_id` = ''public'' AND `tenant_id` = ''public'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 15/126 · add column key_value.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `key_value` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 16/126 · add column key_value.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `key_value` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 17/126 · primary key of key_value becomes (app_id, tenant_id, name)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `key_value` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `key_value` ADD PRIMARY KEY (`app_id`, `tenant_id`, `name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 18/126 · add foreign key key_value_ibfk_1 on key_value
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'key_value' AND k.CONSTRAINT_NAME = 'key_value_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND CONSTRAINT_NAME = 'key_value_ibfk_1'),
  'ALTER TABLE `key_value` DROP FOREIGN KEY `key_value_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'key_value' AND k.CONSTRAINT_NAME = 'key_value_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `key_value` ADD CONSTRAINT `key_value_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 19/126 · create table app_id_to_user_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_id_to_user_id'),
  'CREATE TABLE `app_id_to_user_id` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `recipe_id` VARCHAR(128) NOT NULL,
      PRIMARY KEY (`app_id`, `user_id`),
      CONSTRAINT `app_id_to_user_id_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 20/126 · copy rows from all_auth_recipe_users into app_id_to_user_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'INSERT INTO `app_id_to_user_id` (`app_id`, `user_id`, `recipe_id`)
    SELECT ''public'', src.`user_id`, src.`recipe_id`
    FROM `all_auth_recipe_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `app_id_to_user_id` AS dst WHERE dst.`app_id` = ''public'' AND dst.`user_id` = src.`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 21/126 · add column all_auth_recipe_users.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `all_auth_recipe_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 22/126 · add column all_auth_recipe_users.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `all_auth_recipe_users` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 23/126 · primary key of all_auth_recipe_users becomes (app_id, tenant_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `all_auth_recipe_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `all_auth_recipe_users` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 24/126 · add foreign key all_auth_recipe_users_ibfk_1 on all_auth_recipe_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1'),
  'ALTER TABLE `all_auth_recipe_users` DROP FOREIGN KEY `all_auth_recipe_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `all_auth_recipe_users` ADD CONSTRAINT `all_auth_recipe_users_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 25/126 · add foreign key all_auth_recipe_users_ibfk_2 on all_auth_recipe_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2'),
  'ALTER TABLE `all_auth_recipe_users` DROP FOREIGN KEY `all_auth_recipe_users_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id'),
  'CREATE INDEX `app_id` ON `all_auth_recipe_users` (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'all_auth_recipe_users' AND k.CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `all_auth_recipe_users` ADD CONSTRAINT `all_auth_recipe_users_ibfk_2` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 26/126 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'ALTER TABLE `all_auth_recipe_users` DROP INDEX `all_auth_recipe_users_pagination_index`, ADD INDEX `all_auth_recipe_users_pagination_index` (`time_joined` DESC, `user_id` DESC, `tenant_id` DESC, `app_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index') <=> 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'CREATE INDEX `all_auth_recipe_users_pagination_index` ON `all_auth_recipe_users` (`time_joined` DESC, `user_id` DESC, `tenant_id` DESC, `app_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 27/126 · create table tenant_configs
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_configs'),
  'CREATE TABLE `tenant_configs` (
      `connection_uri_domain` VARCHAR(256) NOT NULL DEFAULT '''',
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `core_config` TEXT,
      `email_password_enabled` BOOLEAN,
      `passwordless_enabled` BOOLEAN,
      `third_party_enabled` BOOLEAN,
      PRIMARY KEY (`connection_uri_domain`, `app_id`, `tenant_id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 28/126 · create table tenant_thirdparty_providers
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_providers'),
  'CREATE TABLE `tenant_thirdparty_providers` (
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
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 29/126 · create table tenant_thirdparty_provider_clients
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_provider_clients'),
  'CREATE TABLE `tenant_thirdparty_provider_clients` (
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
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 30/126 · add column session_info.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_info` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 31/126 · add column session_info.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `session_info` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 32/126 · primary key of session_info becomes (app_id, tenant_id, session_handle)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, session_handle')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_info` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, session_handle')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_info` ADD PRIMARY KEY (`app_id`, `tenant_id`, `session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 33/126 · add foreign key session_info_ibfk_1 on session_info
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_info' AND k.CONSTRAINT_NAME = 'session_info_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND CONSTRAINT_NAME = 'session_info_ibfk_1'),
  'ALTER TABLE `session_info` DROP FOREIGN KEY `session_info_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_info' AND k.CONSTRAINT_NAME = 'session_info_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `session_info` ADD CONSTRAINT `session_info_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 34/126 · create index session_expiry_index on session_info
-- why: Part of the 6.0 fresh schema on both dialects; the 5.0 schema never had it.
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index') <=> 'expires_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index'),
  'ALTER TABLE `session_info` DROP INDEX `session_expiry_index`, ADD INDEX `session_expiry_index` (`expires_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index') <=> 'expires_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index'),
  'CREATE INDEX `session_expiry_index` ON `session_info` (`expires_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 35/126 · add column session_access_token_signing_keys.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_access_token_signing_keys` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 36/126 · primary key of session_access_token_signing_keys becomes (app_id, created_at_time)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, created_at_time')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_access_token_signing_keys` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, created_at_time')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `session_access_token_signing_keys` ADD PRIMARY KEY (`app_id`, `created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 37/126 · add foreign key session_access_token_signing_keys_ibfk_1 on session_access_token_signing_keys
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_access_token_signing_keys' AND k.CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1'),
  'ALTER TABLE `session_access_token_signing_keys` DROP FOREIGN KEY `session_access_token_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'session_access_token_signing_keys' AND k.CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `session_access_token_signing_keys` ADD CONSTRAINT `session_access_token_signing_keys_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 38/126 · add column jwt_signing_keys.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `jwt_signing_keys` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 39/126 · primary key of jwt_signing_keys becomes (app_id, key_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, key_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `jwt_signing_keys` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, key_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `jwt_signing_keys` ADD PRIMARY KEY (`app_id`, `key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 40/126 · add foreign key jwt_signing_keys_ibfk_1 on jwt_signing_keys
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'jwt_signing_keys' AND k.CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1'),
  'ALTER TABLE `jwt_signing_keys` DROP FOREIGN KEY `jwt_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'jwt_signing_keys' AND k.CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `jwt_signing_keys` ADD CONSTRAINT `jwt_signing_keys_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 41/126 · add column emailverification_verified_emails.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_verified_emails` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 42/126 · primary key of emailverification_verified_emails becomes (app_id, user_id, email)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_verified_emails` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_verified_emails` ADD PRIMARY KEY (`app_id`, `user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 43/126 · add foreign key emailverification_verified_emails_ibfk_1 on emailverification_verified_emails
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_verified_emails' AND k.CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1'),
  'ALTER TABLE `emailverification_verified_emails` DROP FOREIGN KEY `emailverification_verified_emails_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_verified_emails' AND k.CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `emailverification_verified_emails` ADD CONSTRAINT `emailverification_verified_emails_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 44/126 · add column emailverification_tokens.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_tokens` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 45/126 · add column emailverification_tokens.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `emailverification_tokens` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 46/126 · primary key of emailverification_tokens becomes (app_id, tenant_id, user_id, email, token)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, email, token')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_tokens` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, email, token')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailverification_tokens` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 47/126 · add foreign key emailverification_tokens_ibfk_1 on emailverification_tokens
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_tokens' AND k.CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1'),
  'ALTER TABLE `emailverification_tokens` DROP FOREIGN KEY `emailverification_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailverification_tokens' AND k.CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `emailverification_tokens` ADD CONSTRAINT `emailverification_tokens_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 48/126 · add column emailpassword_users.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 49/126 · drop unique email on emailpassword_users
-- why: E-mail uniqueness moves to emailpassword_user_to_tenant (per app and tenant).
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `emailpassword_users` DROP INDEX `email`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 50/126 · primary key of emailpassword_users becomes (app_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 51/126 · add foreign key emailpassword_users_ibfk_1 on emailpassword_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_users' AND k.CONSTRAINT_NAME = 'emailpassword_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND CONSTRAINT_NAME = 'emailpassword_users_ibfk_1'),
  'ALTER TABLE `emailpassword_users` DROP FOREIGN KEY `emailpassword_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_users' AND k.CONSTRAINT_NAME = 'emailpassword_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `emailpassword_users` ADD CONSTRAINT `emailpassword_users_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 52/126 · create table emailpassword_user_to_tenant
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_user_to_tenant'),
  'CREATE TABLE `emailpassword_user_to_tenant` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `email` VARCHAR(256) NOT NULL,
      PRIMARY KEY (`app_id`, `tenant_id`, `user_id`),
      CONSTRAINT `email` UNIQUE (`app_id`, `tenant_id`, `email`),
      CONSTRAINT `emailpassword_user_to_tenant_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `user_id`) REFERENCES `all_auth_recipe_users` (`app_id`, `tenant_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 53/126 · copy rows from emailpassword_users into emailpassword_user_to_tenant
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'INSERT INTO `emailpassword_user_to_tenant` (`app_id`, `tenant_id`, `user_id`, `email`)
    SELECT src.`app_id`, ''public'', src.`user_id`, src.`email`
    FROM `emailpassword_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `emailpassword_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 54/126 · add column emailpassword_pswd_reset_tokens.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 55/126 · primary key of emailpassword_pswd_reset_tokens becomes (app_id, user_id, token)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, token')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, token')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD PRIMARY KEY (`app_id`, `user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 56/126 · add foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
-- why: Keeps ON UPDATE CASCADE as in the fresh 6.0 schema (the upstream script drops it).
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND k.CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1') <=> 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens` ADD CONSTRAINT `emailpassword_pswd_reset_tokens_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `emailpassword_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 57/126 · add column passwordless_users.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 58/126 · drop unique email on passwordless_users
-- why: E-mail and phone uniqueness move to passwordless_user_to_tenant (per app and tenant).
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `passwordless_users` DROP INDEX `email`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 59/126 · drop unique phone_number on passwordless_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number'),
  'ALTER TABLE `passwordless_users` DROP INDEX `phone_number`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 60/126 · primary key of passwordless_users becomes (app_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 61/126 · add foreign key passwordless_users_ibfk_1 on passwordless_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_users' AND k.CONSTRAINT_NAME = 'passwordless_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND CONSTRAINT_NAME = 'passwordless_users_ibfk_1'),
  'ALTER TABLE `passwordless_users` DROP FOREIGN KEY `passwordless_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_users' AND k.CONSTRAINT_NAME = 'passwordless_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwordless_users` ADD CONSTRAINT `passwordless_users_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 62/126 · create table passwordless_user_to_tenant
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_user_to_tenant'),
  'CREATE TABLE `passwordless_user_to_tenant` (
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
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 63/126 · copy rows from passwordless_users into passwordless_user_to_tenant
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'INSERT INTO `passwordless_user_to_tenant` (`app_id`, `tenant_id`, `user_id`, `email`, `phone_number`)
    SELECT src.`app_id`, ''public'', src.`user_id`, src.`email`, src.`phone_number`
    FROM `passwordless_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `passwordless_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 64/126 · add column passwordless_devices.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_devices` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 65/126 · add column passwordless_devices.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_devices` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 66/126 · primary key of passwordless_devices becomes (app_id, tenant_id, device_id_hash)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_devices` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, device_id_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_devices` ADD PRIMARY KEY (`app_id`, `tenant_id`, `device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 67/126 · add foreign key passwordless_devices_ibfk_1 on passwordless_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_devices' AND k.CONSTRAINT_NAME = 'passwordless_devices_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND CONSTRAINT_NAME = 'passwordless_devices_ibfk_1'),
  'ALTER TABLE `passwordless_devices` DROP FOREIGN KEY `passwordless_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_devices' AND k.CONSTRAINT_NAME = 'passwordless_devices_ibfk_1') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwordless_devices` ADD CONSTRAINT `passwordless_devices_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 68/126 · redefine index passwordless_devices_email_index on passwordless_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'app_id, tenant_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index'),
  'ALTER TABLE `passwordless_devices` DROP INDEX `passwordless_devices_email_index`, ADD INDEX `passwordless_devices_email_index` (`app_id`, `tenant_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index') <=> 'app_id, tenant_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index'),
  'CREATE INDEX `passwordless_devices_email_index` ON `passwordless_devices` (`app_id`, `tenant_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 69/126 · redefine index passwordless_devices_phone_number_index on passwordless_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'app_id, tenant_id, phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index'),
  'ALTER TABLE `passwordless_devices` DROP INDEX `passwordless_devices_phone_number_index`, ADD INDEX `passwordless_devices_phone_number_index` (`app_id`, `tenant_id`, `phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index') <=> 'app_id, tenant_id, phone_number')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index'),
  'CREATE INDEX `passwordless_devices_phone_number_index` ON `passwordless_devices` (`app_id`, `tenant_id`, `phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 70/126 · add column passwordless_codes.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_codes` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 71/126 · add column passwordless_codes.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_codes` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 72/126 · primary key of passwordless_codes becomes (app_id, tenant_id, code_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, code_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, code_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `passwordless_codes` ADD PRIMARY KEY (`app_id`, `tenant_id`, `code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 73/126 · unique link_code_hash on passwordless_codes becomes (app_id, tenant_id, link_code_hash)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE app_id, tenant_id, link_code_hash')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `link_code_hash`, ADD CONSTRAINT `link_code_hash` UNIQUE (`app_id`, `tenant_id`, `link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash') <=> 'UNIQUE app_id, tenant_id, link_code_hash')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash'),
  'ALTER TABLE `passwordless_codes` ADD CONSTRAINT `link_code_hash` UNIQUE (`app_id`, `tenant_id`, `link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 74/126 · redefine index passwordless_codes_created_at_index on passwordless_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'app_id, tenant_id, created_at')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index'),
  'ALTER TABLE `passwordless_codes` DROP INDEX `passwordless_codes_created_at_index`, ADD INDEX `passwordless_codes_created_at_index` (`app_id`, `tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index') <=> 'app_id, tenant_id, created_at')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index'),
  'CREATE INDEX `passwordless_codes_created_at_index` ON `passwordless_codes` (`app_id`, `tenant_id`, `created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 75/126 · add foreign key passwordless_codes_ibfk_1 on passwordless_codes
-- why: Keeps ON UPDATE CASCADE as in the fresh 6.0 schema (the upstream script drops it).
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, tenant_id, device_id_hash')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1'),
  'ALTER TABLE `passwordless_codes` DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, tenant_id, device_id_hash'),
  'CREATE INDEX `app_id` ON `passwordless_codes` (`app_id`, `tenant_id`, `device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwordless_codes' AND k.CONSTRAINT_NAME = 'passwordless_codes_ibfk_1') <=> 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'),
  'ALTER TABLE `passwordless_codes` ADD CONSTRAINT `passwordless_codes_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `device_id_hash`) REFERENCES `passwordless_devices` (`app_id`, `tenant_id`, `device_id_hash`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 76/126 · add column thirdparty_users.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `thirdparty_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 77/126 · drop unique user_id on thirdparty_users
-- why: user_id becomes part of the primary key (app_id, user_id).
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 78/126 · primary key of thirdparty_users becomes (app_id, user_id)
-- why: The provider identity (third_party_id, third_party_user_id) stops being the key; its uniqueness moves to thirdparty_user_to_tenant, and a plain index keeps the lookup fast.
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `thirdparty_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `thirdparty_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 79/126 · add foreign key thirdparty_users_ibfk_1 on thirdparty_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'thirdparty_users' AND k.CONSTRAINT_NAME = 'thirdparty_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND CONSTRAINT_NAME = 'thirdparty_users_ibfk_1'),
  'ALTER TABLE `thirdparty_users` DROP FOREIGN KEY `thirdparty_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'thirdparty_users' AND k.CONSTRAINT_NAME = 'thirdparty_users_ibfk_1') <=> 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `thirdparty_users` ADD CONSTRAINT `thirdparty_users_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 80/126 · create index thirdparty_users_thirdparty_user_id_index on thirdparty_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index') <=> 'app_id, third_party_id, third_party_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_thirdparty_user_id_index`, ADD INDEX `thirdparty_users_thirdparty_user_id_index` (`app_id`, `third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index') <=> 'app_id, third_party_id, third_party_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index'),
  'CREATE INDEX `thirdparty_users_thirdparty_user_id_index` ON `thirdparty_users` (`app_id`, `third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 81/126 · create index thirdparty_users_email_index on thirdparty_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index') <=> 'app_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index'),
  'ALTER TABLE `thirdparty_users` DROP INDEX `thirdparty_users_email_index`, ADD INDEX `thirdparty_users_email_index` (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index') <=> 'app_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index'),
  'CREATE INDEX `thirdparty_users_email_index` ON `thirdparty_users` (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 82/126 · create table thirdparty_user_to_tenant
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_user_to_tenant'),
  'CREATE TABLE `thirdparty_user_to_tenant` (
      `app_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public'',
      `user_id` CHAR(36) NOT NULL,
      `third_party_id` VARCHAR(28) NOT NULL,
      `third_party_user_id` VARCHAR(256) NOT NULL,
      PRIMARY KEY (`app_id`, `tenant_id`, `user_id`),
      CONSTRAINT `third_party_user_id` UNIQUE (`app_id`, `tenant_id`, `third_party_id`, `third_party_user_id`),
      CONSTRAINT `thirdparty_user_to_tenant_ibfk_1` FOREIGN KEY (`app_id`, `tenant_id`, `user_id`) REFERENCES `all_auth_recipe_users` (`app_id`, `tenant_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 83/126 · copy rows from thirdparty_users into thirdparty_user_to_tenant
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'app_id' AND COLUMN_TYPE IN ('varchar(64)') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''public''', 'public')),
  'INSERT INTO `thirdparty_user_to_tenant` (`app_id`, `tenant_id`, `user_id`, `third_party_id`, `third_party_user_id`)
    SELECT src.`app_id`, ''public'', src.`user_id`, src.`third_party_id`, src.`third_party_user_id`
    FROM `thirdparty_users` AS src
    WHERE NOT EXISTS (SELECT 1 FROM `thirdparty_user_to_tenant` AS dst WHERE dst.`app_id` = src.`app_id` AND dst.`tenant_id` = ''public'' AND dst.`user_id` = src.`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 84/126 · add column userid_mapping.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `userid_mapping` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 85/126 · primary key of userid_mapping becomes (app_id, supertokens_user_id, external_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, supertokens_user_id, external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `userid_mapping` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, supertokens_user_id, external_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `userid_mapping` ADD PRIMARY KEY (`app_id`, `supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 86/126 · unique supertokens_user_id on userid_mapping becomes (app_id, supertokens_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE app_id, supertokens_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id'),
  'ALTER TABLE `userid_mapping` DROP INDEX `supertokens_user_id`, ADD CONSTRAINT `supertokens_user_id` UNIQUE (`app_id`, `supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id') <=> 'UNIQUE app_id, supertokens_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `supertokens_user_id` UNIQUE (`app_id`, `supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 87/126 · unique external_user_id on userid_mapping becomes (app_id, external_user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE app_id, external_user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id'),
  'ALTER TABLE `userid_mapping` DROP INDEX `external_user_id`, ADD CONSTRAINT `external_user_id` UNIQUE (`app_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id') <=> 'UNIQUE app_id, external_user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `external_user_id` UNIQUE (`app_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 88/126 · add foreign key userid_mapping_ibfk_1 on userid_mapping
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1'),
  'ALTER TABLE `userid_mapping` DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'userid_mapping' AND k.CONSTRAINT_NAME = 'userid_mapping_ibfk_1') <=> 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `userid_mapping` ADD CONSTRAINT `userid_mapping_ibfk_1` FOREIGN KEY (`app_id`, `supertokens_user_id`) REFERENCES `app_id_to_user_id` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 89/126 · add column roles.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `roles` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 90/126 · primary key of roles becomes (app_id, role)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `roles` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `roles` ADD PRIMARY KEY (`app_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 91/126 · add foreign key roles_ibfk_1 on roles
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'roles' AND k.CONSTRAINT_NAME = 'roles_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND CONSTRAINT_NAME = 'roles_ibfk_1'),
  'ALTER TABLE `roles` DROP FOREIGN KEY `roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'roles' AND k.CONSTRAINT_NAME = 'roles_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `roles` ADD CONSTRAINT `roles_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 92/126 · add column role_permissions.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `role_permissions` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 93/126 · primary key of role_permissions becomes (app_id, role, permission)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role, permission')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `role_permissions` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, role, permission')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `role_permissions` ADD PRIMARY KEY (`app_id`, `role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 94/126 · add foreign key role_permissions_ibfk_1 on role_permissions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1'),
  'ALTER TABLE `role_permissions` DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'role_permissions' AND k.CONSTRAINT_NAME = 'role_permissions_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `role_permissions` ADD CONSTRAINT `role_permissions_ibfk_1` FOREIGN KEY (`app_id`, `role`) REFERENCES `roles` (`app_id`, `role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 95/126 · redefine index role_permissions_permission_index on role_permissions
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'app_id, permission')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index'),
  'ALTER TABLE `role_permissions` DROP INDEX `role_permissions_permission_index`, ADD INDEX `role_permissions_permission_index` (`app_id`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index') <=> 'app_id, permission')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index'),
  'CREATE INDEX `role_permissions_permission_index` ON `role_permissions` (`app_id`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 96/126 · add column user_roles.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_roles` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 97/126 · add column user_roles.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `user_roles` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 98/126 · primary key of user_roles becomes (app_id, tenant_id, user_id, role)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_roles` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_roles` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 99/126 · redefine index user_roles_role_index on user_roles
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'app_id, tenant_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_role_index`, ADD INDEX `user_roles_role_index` (`app_id`, `tenant_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index') <=> 'app_id, tenant_id, role')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index'),
  'CREATE INDEX `user_roles_role_index` ON `user_roles` (`app_id`, `tenant_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 100/126 · add foreign key user_roles_ibfk_1 on user_roles
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'app_id') <=> 'app_id, role')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'app_id') <=> 'app_id, role'),
  'CREATE INDEX `app_id` ON `user_roles` (`app_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_1') <=> 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` ADD CONSTRAINT `user_roles_ibfk_1` FOREIGN KEY (`app_id`, `role`) REFERENCES `roles` (`app_id`, `role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 101/126 · add foreign key user_roles_ibfk_2 on user_roles
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_2'),
  'ALTER TABLE `user_roles` DROP FOREIGN KEY `user_roles_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_roles' AND k.CONSTRAINT_NAME = 'user_roles_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_roles` ADD CONSTRAINT `user_roles_ibfk_2` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 102/126 · add column user_metadata.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_metadata` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 103/126 · primary key of user_metadata becomes (app_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_metadata` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_metadata` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 104/126 · add foreign key user_metadata_ibfk_1 on user_metadata
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_metadata' AND k.CONSTRAINT_NAME = 'user_metadata_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND CONSTRAINT_NAME = 'user_metadata_ibfk_1'),
  'ALTER TABLE `user_metadata` DROP FOREIGN KEY `user_metadata_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_metadata' AND k.CONSTRAINT_NAME = 'user_metadata_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_metadata` ADD CONSTRAINT `user_metadata_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 105/126 · add column dashboard_users.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 106/126 · primary key of dashboard_users becomes (app_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 107/126 · unique email on dashboard_users becomes (app_id, email)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE app_id, email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `dashboard_users` DROP INDEX `email`, ADD CONSTRAINT `email` UNIQUE (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email') <=> 'UNIQUE app_id, email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email'),
  'ALTER TABLE `dashboard_users` ADD CONSTRAINT `email` UNIQUE (`app_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 108/126 · add foreign key dashboard_users_ibfk_1 on dashboard_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_users' AND k.CONSTRAINT_NAME = 'dashboard_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND CONSTRAINT_NAME = 'dashboard_users_ibfk_1'),
  'ALTER TABLE `dashboard_users` DROP FOREIGN KEY `dashboard_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_users' AND k.CONSTRAINT_NAME = 'dashboard_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_users` ADD CONSTRAINT `dashboard_users_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 109/126 · add column dashboard_user_sessions.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_user_sessions` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 110/126 · primary key of dashboard_user_sessions becomes (app_id, session_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, session_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_user_sessions` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, session_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `dashboard_user_sessions` ADD PRIMARY KEY (`app_id`, `session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 111/126 · add foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
-- why: PostgreSQL keeps ON UPDATE CASCADE as in its fresh 6.0 schema (the upstream script drops it); the MySQL plugin never had it on this key.
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1'),
  'ALTER TABLE `dashboard_user_sessions` DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id'),
  'CREATE INDEX `app_id` ON `dashboard_user_sessions` (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'dashboard_user_sessions' AND k.CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1') <=> 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `dashboard_user_sessions` ADD CONSTRAINT `dashboard_user_sessions_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `dashboard_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 112/126 · add column totp_users.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_users` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 113/126 · primary key of totp_users becomes (app_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_users` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_users` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 114/126 · add foreign key totp_users_ibfk_1 on totp_users
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_users' AND k.CONSTRAINT_NAME = 'totp_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND CONSTRAINT_NAME = 'totp_users_ibfk_1'),
  'ALTER TABLE `totp_users` DROP FOREIGN KEY `totp_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_users' AND k.CONSTRAINT_NAME = 'totp_users_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_users` ADD CONSTRAINT `totp_users_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 115/126 · add column totp_user_devices.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_user_devices` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 116/126 · primary key of totp_user_devices becomes (app_id, user_id, device_name)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, device_name')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_user_devices` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id, device_name')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_user_devices` ADD PRIMARY KEY (`app_id`, `user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 117/126 · add foreign key totp_user_devices_ibfk_1 on totp_user_devices
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1'),
  'ALTER TABLE `totp_user_devices` DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_user_devices' AND k.CONSTRAINT_NAME = 'totp_user_devices_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_user_devices` ADD CONSTRAINT `totp_user_devices_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `totp_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 118/126 · add column totp_used_codes.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_used_codes` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 119/126 · add column totp_used_codes.tenant_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `totp_used_codes` ADD COLUMN `tenant_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 120/126 · primary key of totp_used_codes becomes (app_id, tenant_id, user_id, created_time_ms)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, created_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_used_codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, tenant_id, user_id, created_time_ms')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `totp_used_codes` ADD PRIMARY KEY (`app_id`, `tenant_id`, `user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 121/126 · add foreign key totp_used_codes_ibfk_1 on totp_used_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'app_id') <=> 'app_id, user_id'),
  'CREATE INDEX `app_id` ON `totp_used_codes` (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_1') <=> 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` ADD CONSTRAINT `totp_used_codes_ibfk_1` FOREIGN KEY (`app_id`, `user_id`) REFERENCES `totp_users` (`app_id`, `user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 122/126 · add foreign key totp_used_codes_ibfk_2 on totp_used_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_2'),
  'ALTER TABLE `totp_used_codes` DROP FOREIGN KEY `totp_used_codes_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'totp_used_codes' AND k.CONSTRAINT_NAME = 'totp_used_codes_ibfk_2') <=> 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `totp_used_codes` ADD CONSTRAINT `totp_used_codes_ibfk_2` FOREIGN KEY (`app_id`, `tenant_id`) REFERENCES `tenants` (`app_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 123/126 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'app_id, tenant_id, expiry_time_ms')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index'),
  'ALTER TABLE `totp_used_codes` DROP INDEX `totp_used_codes_expiry_time_ms_index`, ADD INDEX `totp_used_codes_expiry_time_ms_index` (`app_id`, `tenant_id`, `expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index') <=> 'app_id, tenant_id, expiry_time_ms')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index'),
  'CREATE INDEX `totp_used_codes_expiry_time_ms_index` ON `totp_used_codes` (`app_id`, `tenant_id`, `expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 124/126 · add column user_last_active.app_id
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_last_active` ADD COLUMN `app_id` VARCHAR(64) NOT NULL DEFAULT ''public''',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 125/126 · primary key of user_last_active becomes (app_id, user_id)
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_last_active` DROP PRIMARY KEY, ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE app_id, user_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `user_last_active` ADD PRIMARY KEY (`app_id`, `user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 5.0 → 6.0 · 126/126 · add foreign key user_last_active_ibfk_1 on user_last_active
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_last_active' AND k.CONSTRAINT_NAME = 'user_last_active_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND CONSTRAINT_NAME = 'user_last_active_ibfk_1'),
  'ALTER TABLE `user_last_active` DROP FOREIGN KEY `user_last_active_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'user_last_active' AND k.CONSTRAINT_NAME = 'user_last_active_ibfk_1') <=> 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `user_last_active` ADD CONSTRAINT `user_last_active_ibfk_1` FOREIGN KEY (`app_id`) REFERENCES `apps` (`app_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
