-- plan 0.1.0 · supertokens 6.0 → 5.0 · mysql · rollback
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/5.0-6.0.yaml 5d12043a8890e72203e4112e5b1bb2b0b7be74223a700e8e61289c44882fcae1
--   schema at 5.0 replayed from 22 plans (plans/supertokens/0-3.3.yaml …) 0c5350a0d6bf74e455de28b38c8c8ca539c67b5b92583fa6826a976516419e35
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile supertokens 5.0 6.0 --dialect mysql --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

-- check that the database is at 6.0, at 5.0, or between them (a resumed run)
SET @plan_sql = IF(
  (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME, COLUMN_NAME) IN (
    ('all_auth_recipe_users', 'recipe_id'),
    ('all_auth_recipe_users', 'time_joined'),
    ('all_auth_recipe_users', 'user_id'),
    ('dashboard_user_sessions', 'expiry'),
    ('dashboard_user_sessions', 'session_id'),
    ('dashboard_user_sessions', 'time_created'),
    ('dashboard_user_sessions', 'user_id'),
    ('dashboard_users', 'email'),
    ('dashboard_users', 'password_hash'),
    ('dashboard_users', 'time_joined'),
    ('dashboard_users', 'user_id'),
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
    ('passwordless_codes', 'code_id'),
    ('passwordless_codes', 'created_at'),
    ('passwordless_codes', 'device_id_hash'),
    ('passwordless_codes', 'link_code_hash'),
    ('passwordless_devices', 'device_id_hash'),
    ('passwordless_devices', 'email'),
    ('passwordless_devices', 'failed_attempts'),
    ('passwordless_devices', 'link_code_salt'),
    ('passwordless_devices', 'phone_number'),
    ('passwordless_users', 'email'),
    ('passwordless_users', 'phone_number'),
    ('passwordless_users', 'time_joined'),
    ('passwordless_users', 'user_id'),
    ('role_permissions', 'permission'),
    ('role_permissions', 'role'),
    ('roles', 'role'),
    ('session_access_token_signing_keys', 'created_at_time'),
    ('session_access_token_signing_keys', 'value'),
    ('session_info', 'created_at_time'),
    ('session_info', 'expires_at'),
    ('session_info', 'jwt_user_payload'),
    ('session_info', 'refresh_token_hash_2'),
    ('session_info', 'session_data'),
    ('session_info', 'session_handle'),
    ('session_info', 'use_static_key'),
    ('session_info', 'user_id'),
    ('thirdparty_users', 'email'),
    ('thirdparty_users', 'third_party_id'),
    ('thirdparty_users', 'third_party_user_id'),
    ('thirdparty_users', 'time_joined'),
    ('thirdparty_users', 'user_id'),
    ('totp_used_codes', 'code'),
    ('totp_used_codes', 'created_time_ms'),
    ('totp_used_codes', 'expiry_time_ms'),
    ('totp_used_codes', 'is_valid'),
    ('totp_used_codes', 'user_id'),
    ('totp_user_devices', 'device_name'),
    ('totp_user_devices', 'period'),
    ('totp_user_devices', 'secret_key'),
    ('totp_user_devices', 'skew'),
    ('totp_user_devices', 'user_id'),
    ('totp_user_devices', 'verified'),
    ('totp_users', 'user_id'),
    ('user_last_active', 'last_active_time'),
    ('user_last_active', 'user_id'),
    ('user_metadata', 'user_id'),
    ('user_metadata', 'user_metadata'),
    ('user_roles', 'role'),
    ('user_roles', 'user_id'),
    ('userid_mapping', 'external_user_id'),
    ('userid_mapping', 'external_user_id_info'),
    ('userid_mapping', 'supertokens_user_id'))) = 83,
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
  'ALTER TABLE `user_last_active`
DROP FOREIGN KEY `user_last_active_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 2/125 · primary key of user_last_active becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `user_last_active`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `user_last_active`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 3/125 · drop column user_last_active.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_last_active`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 4/125 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'expiry_time_ms' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME IN ('expiry_time_ms')) = 1,
  'ALTER TABLE `totp_used_codes`
DROP INDEX `totp_used_codes_expiry_time_ms_index`,
ADD INDEX `totp_used_codes_expiry_time_ms_index` (`expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'totp_used_codes_expiry_time_ms_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME IN ('expiry_time_ms')) = 1,
  'CREATE INDEX `totp_used_codes_expiry_time_ms_index` ON `totp_used_codes` (`expiry_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 5/125 · drop foreign key totp_used_codes_ibfk_2 on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_2'),
  'ALTER TABLE `totp_used_codes`
DROP FOREIGN KEY `totp_used_codes_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 6/125 · drop foreign key totp_used_codes_ibfk_1 on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1'),
  'ALTER TABLE `totp_used_codes`
DROP FOREIGN KEY `totp_used_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 7/125 · drop index app_id on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'app_id'),
  'DROP INDEX `app_id` ON `totp_used_codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 8/125 · primary key of totp_used_codes becomes (user_id, created_time_ms)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id, created_time_ms' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME IN ('user_id', 'created_time_ms')) = 2,
  'ALTER TABLE `totp_used_codes`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME IN ('user_id', 'created_time_ms')) = 2,
  'ALTER TABLE `totp_used_codes`
ADD PRIMARY KEY (`user_id`, `created_time_ms`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 9/125 · drop column totp_used_codes.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `totp_used_codes`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 10/125 · drop column totp_used_codes.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_used_codes`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 11/125 · drop foreign key totp_user_devices_ibfk_1 on totp_user_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1'),
  'ALTER TABLE `totp_user_devices`
DROP FOREIGN KEY `totp_user_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 12/125 · primary key of totp_user_devices becomes (user_id, device_name)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id, device_name' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME IN ('user_id', 'device_name')) = 2,
  'ALTER TABLE `totp_user_devices`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME IN ('user_id', 'device_name')) = 2,
  'ALTER TABLE `totp_user_devices`
ADD PRIMARY KEY (`user_id`, `device_name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 13/125 · drop column totp_user_devices.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_user_devices`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 14/125 · drop foreign key totp_users_ibfk_1 on totp_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND CONSTRAINT_NAME = 'totp_users_ibfk_1'),
  'ALTER TABLE `totp_users`
DROP FOREIGN KEY `totp_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 15/125 · primary key of totp_users becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `totp_users`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `totp_users`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 16/125 · drop column totp_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `totp_users`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 17/125 · drop foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1'),
  'ALTER TABLE `dashboard_user_sessions`
DROP FOREIGN KEY `dashboard_user_sessions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 18/125 · drop index app_id on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'app_id'),
  'DROP INDEX `app_id` ON `dashboard_user_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 19/125 · primary key of dashboard_user_sessions becomes (session_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'session_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME IN ('session_id')) = 1,
  'ALTER TABLE `dashboard_user_sessions`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME IN ('session_id')) = 1,
  'ALTER TABLE `dashboard_user_sessions`
ADD PRIMARY KEY (`session_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 20/125 · drop column dashboard_user_sessions.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_user_sessions`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 21/125 · drop foreign key dashboard_users_ibfk_1 on dashboard_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND CONSTRAINT_NAME = 'dashboard_users_ibfk_1'),
  'ALTER TABLE `dashboard_users`
DROP FOREIGN KEY `dashboard_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 22/125 · unique email on dashboard_users becomes (email)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'email' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME IN ('email')) = 1,
  'ALTER TABLE `dashboard_users`
DROP INDEX `email`,
ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'email')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME IN ('email')) = 1,
  'ALTER TABLE `dashboard_users`
ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 23/125 · primary key of dashboard_users becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `dashboard_users`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `dashboard_users`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 24/125 · drop column dashboard_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `dashboard_users`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 25/125 · drop foreign key user_metadata_ibfk_1 on user_metadata
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND CONSTRAINT_NAME = 'user_metadata_ibfk_1'),
  'ALTER TABLE `user_metadata`
DROP FOREIGN KEY `user_metadata_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 26/125 · primary key of user_metadata becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `user_metadata`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `user_metadata`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 27/125 · drop column user_metadata.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_metadata`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 28/125 · drop foreign key user_roles_ibfk_2 on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_2'),
  'ALTER TABLE `user_roles`
DROP FOREIGN KEY `user_roles_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 29/125 · drop foreign key user_roles_ibfk_1 on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1'),
  'ALTER TABLE `user_roles`
DROP FOREIGN KEY `user_roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 30/125 · drop index app_id on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'app_id'),
  'DROP INDEX `app_id` ON `user_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 31/125 · redefine index user_roles_role_index on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'role' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME IN ('role')) = 1,
  'ALTER TABLE `user_roles`
DROP INDEX `user_roles_role_index`,
ADD INDEX `user_roles_role_index` (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME IN ('role')) = 1,
  'CREATE INDEX `user_roles_role_index` ON `user_roles` (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 32/125 · primary key of user_roles becomes (user_id, role)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id, role' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME IN ('user_id', 'role')) = 2,
  'ALTER TABLE `user_roles`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME IN ('user_id', 'role')) = 2,
  'ALTER TABLE `user_roles`
ADD PRIMARY KEY (`user_id`, `role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 33/125 · drop column user_roles.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `user_roles`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 34/125 · drop column user_roles.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `user_roles`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 35/125 · redefine index role_permissions_permission_index on role_permissions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'permission' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME IN ('permission')) = 1,
  'ALTER TABLE `role_permissions`
DROP INDEX `role_permissions_permission_index`,
ADD INDEX `role_permissions_permission_index` (`permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME IN ('permission')) = 1,
  'CREATE INDEX `role_permissions_permission_index` ON `role_permissions` (`permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 36/125 · drop foreign key role_permissions_ibfk_1 on role_permissions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1'),
  'ALTER TABLE `role_permissions`
DROP FOREIGN KEY `role_permissions_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 37/125 · primary key of role_permissions becomes (role, permission)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'role, permission' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME IN ('role', 'permission')) = 2,
  'ALTER TABLE `role_permissions`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME IN ('role', 'permission')) = 2,
  'ALTER TABLE `role_permissions`
ADD PRIMARY KEY (`role`, `permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 38/125 · drop column role_permissions.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `role_permissions`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 39/125 · drop foreign key roles_ibfk_1 on roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND CONSTRAINT_NAME = 'roles_ibfk_1'),
  'ALTER TABLE `roles`
DROP FOREIGN KEY `roles_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 40/125 · primary key of roles becomes (role)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'role' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME IN ('role')) = 1,
  'ALTER TABLE `roles`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME IN ('role')) = 1,
  'ALTER TABLE `roles`
ADD PRIMARY KEY (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 41/125 · drop column roles.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `roles`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 42/125 · drop foreign key userid_mapping_ibfk_1 on userid_mapping
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1'),
  'ALTER TABLE `userid_mapping`
DROP FOREIGN KEY `userid_mapping_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 43/125 · unique external_user_id on userid_mapping becomes (external_user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'external_user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('external_user_id')) = 1,
  'ALTER TABLE `userid_mapping`
DROP INDEX `external_user_id`,
ADD CONSTRAINT `external_user_id` UNIQUE (`external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'external_user_id')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('external_user_id')) = 1,
  'ALTER TABLE `userid_mapping`
ADD CONSTRAINT `external_user_id` UNIQUE (`external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 44/125 · unique supertokens_user_id on userid_mapping becomes (supertokens_user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'supertokens_user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('supertokens_user_id')) = 1,
  'ALTER TABLE `userid_mapping`
DROP INDEX `supertokens_user_id`,
ADD CONSTRAINT `supertokens_user_id` UNIQUE (`supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'supertokens_user_id')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('supertokens_user_id')) = 1,
  'ALTER TABLE `userid_mapping`
ADD CONSTRAINT `supertokens_user_id` UNIQUE (`supertokens_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 45/125 · primary key of userid_mapping becomes (supertokens_user_id, external_user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'supertokens_user_id, external_user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('supertokens_user_id', 'external_user_id')) = 2,
  'ALTER TABLE `userid_mapping`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('supertokens_user_id', 'external_user_id')) = 2,
  'ALTER TABLE `userid_mapping`
ADD PRIMARY KEY (`supertokens_user_id`, `external_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 46/125 · drop column userid_mapping.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `userid_mapping`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 47/125 · drop table thirdparty_user_to_tenant
DROP TABLE IF EXISTS `thirdparty_user_to_tenant`;

-- 6.0 → 5.0 · 48/125 · drop index thirdparty_users_email_index on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_email_index'),
  'DROP INDEX `thirdparty_users_email_index` ON `thirdparty_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 49/125 · drop index thirdparty_users_thirdparty_user_id_index on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_thirdparty_user_id_index'),
  'DROP INDEX `thirdparty_users_thirdparty_user_id_index` ON `thirdparty_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 50/125 · drop foreign key thirdparty_users_ibfk_1 on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND CONSTRAINT_NAME = 'thirdparty_users_ibfk_1'),
  'ALTER TABLE `thirdparty_users`
DROP FOREIGN KEY `thirdparty_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 51/125 · primary key of thirdparty_users becomes (third_party_id, third_party_user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'third_party_id, third_party_user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME IN ('third_party_id', 'third_party_user_id')) = 2,
  'ALTER TABLE `thirdparty_users`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME IN ('third_party_id', 'third_party_user_id')) = 2,
  'ALTER TABLE `thirdparty_users`
ADD PRIMARY KEY (`third_party_id`, `third_party_user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 52/125 · add unique user_id on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'user_id')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `thirdparty_users`
ADD CONSTRAINT `user_id` UNIQUE (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 53/125 · drop column thirdparty_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `thirdparty_users`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 54/125 · drop foreign key passwordless_codes_ibfk_1 on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1'),
  'ALTER TABLE `passwordless_codes`
DROP FOREIGN KEY `passwordless_codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 55/125 · drop index app_id on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'app_id'),
  'DROP INDEX `app_id` ON `passwordless_codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 56/125 · redefine index passwordless_codes_created_at_index on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'created_at' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('created_at')) = 1,
  'ALTER TABLE `passwordless_codes`
DROP INDEX `passwordless_codes_created_at_index`,
ADD INDEX `passwordless_codes_created_at_index` (`created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'passwordless_codes_created_at_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('created_at')) = 1,
  'CREATE INDEX `passwordless_codes_created_at_index` ON `passwordless_codes` (`created_at`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 57/125 · unique link_code_hash on passwordless_codes becomes (link_code_hash)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'link_code_hash' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('link_code_hash')) = 1,
  'ALTER TABLE `passwordless_codes`
DROP INDEX `link_code_hash`,
ADD CONSTRAINT `link_code_hash` UNIQUE (`link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'link_code_hash')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('link_code_hash')) = 1,
  'ALTER TABLE `passwordless_codes`
ADD CONSTRAINT `link_code_hash` UNIQUE (`link_code_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 58/125 · primary key of passwordless_codes becomes (code_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'code_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('code_id')) = 1,
  'ALTER TABLE `passwordless_codes`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('code_id')) = 1,
  'ALTER TABLE `passwordless_codes`
ADD PRIMARY KEY (`code_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 59/125 · drop column passwordless_codes.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_codes`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 60/125 · drop column passwordless_codes.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_codes`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 61/125 · redefine index passwordless_devices_phone_number_index on passwordless_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'phone_number' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('phone_number')) = 1,
  'ALTER TABLE `passwordless_devices`
DROP INDEX `passwordless_devices_phone_number_index`,
ADD INDEX `passwordless_devices_phone_number_index` (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_phone_number_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('phone_number')) = 1,
  'CREATE INDEX `passwordless_devices_phone_number_index` ON `passwordless_devices` (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 62/125 · redefine index passwordless_devices_email_index on passwordless_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'email' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('email')) = 1,
  'ALTER TABLE `passwordless_devices`
DROP INDEX `passwordless_devices_email_index`,
ADD INDEX `passwordless_devices_email_index` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'passwordless_devices_email_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('email')) = 1,
  'CREATE INDEX `passwordless_devices_email_index` ON `passwordless_devices` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 63/125 · drop foreign key passwordless_devices_ibfk_1 on passwordless_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND CONSTRAINT_NAME = 'passwordless_devices_ibfk_1'),
  'ALTER TABLE `passwordless_devices`
DROP FOREIGN KEY `passwordless_devices_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 64/125 · primary key of passwordless_devices becomes (device_id_hash)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'device_id_hash' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('device_id_hash')) = 1,
  'ALTER TABLE `passwordless_devices`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME IN ('device_id_hash')) = 1,
  'ALTER TABLE `passwordless_devices`
ADD PRIMARY KEY (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 65/125 · drop column passwordless_devices.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `passwordless_devices`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 66/125 · drop column passwordless_devices.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_devices`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 67/125 · drop table passwordless_user_to_tenant
DROP TABLE IF EXISTS `passwordless_user_to_tenant`;

-- 6.0 → 5.0 · 68/125 · drop foreign key passwordless_users_ibfk_1 on passwordless_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND CONSTRAINT_NAME = 'passwordless_users_ibfk_1'),
  'ALTER TABLE `passwordless_users`
DROP FOREIGN KEY `passwordless_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 69/125 · primary key of passwordless_users becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `passwordless_users`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `passwordless_users`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 70/125 · add unique phone_number on passwordless_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'phone_number')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME IN ('phone_number')) = 1,
  'ALTER TABLE `passwordless_users`
ADD CONSTRAINT `phone_number` UNIQUE (`phone_number`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 71/125 · add unique email on passwordless_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND INDEX_NAME = 'email')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME IN ('email')) = 1,
  'ALTER TABLE `passwordless_users`
ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 72/125 · drop column passwordless_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `passwordless_users`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 73/125 · drop foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens`
DROP FOREIGN KEY `emailpassword_pswd_reset_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 74/125 · primary key of emailpassword_pswd_reset_tokens becomes (user_id, token)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id, token' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME IN ('user_id', 'token')) = 2,
  'ALTER TABLE `emailpassword_pswd_reset_tokens`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME IN ('user_id', 'token')) = 2,
  'ALTER TABLE `emailpassword_pswd_reset_tokens`
ADD PRIMARY KEY (`user_id`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 75/125 · drop column emailpassword_pswd_reset_tokens.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 76/125 · drop table emailpassword_user_to_tenant
DROP TABLE IF EXISTS `emailpassword_user_to_tenant`;

-- 6.0 → 5.0 · 77/125 · drop foreign key emailpassword_users_ibfk_1 on emailpassword_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND CONSTRAINT_NAME = 'emailpassword_users_ibfk_1'),
  'ALTER TABLE `emailpassword_users`
DROP FOREIGN KEY `emailpassword_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 78/125 · primary key of emailpassword_users becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `emailpassword_users`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `emailpassword_users`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 79/125 · add unique email on emailpassword_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'email')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME IN ('email')) = 1,
  'ALTER TABLE `emailpassword_users`
ADD CONSTRAINT `email` UNIQUE (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 80/125 · drop column emailpassword_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailpassword_users`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 81/125 · drop foreign key emailverification_tokens_ibfk_1 on emailverification_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND CONSTRAINT_NAME = 'emailverification_tokens_ibfk_1'),
  'ALTER TABLE `emailverification_tokens`
DROP FOREIGN KEY `emailverification_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 82/125 · primary key of emailverification_tokens becomes (user_id, email, token)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id, email, token' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME IN ('user_id', 'email', 'token')) = 3,
  'ALTER TABLE `emailverification_tokens`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME IN ('user_id', 'email', 'token')) = 3,
  'ALTER TABLE `emailverification_tokens`
ADD PRIMARY KEY (`user_id`, `email`, `token`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 83/125 · drop column emailverification_tokens.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `emailverification_tokens`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 84/125 · drop column emailverification_tokens.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_tokens`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 85/125 · drop foreign key emailverification_verified_emails_ibfk_1 on emailverification_verified_emails
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND CONSTRAINT_NAME = 'emailverification_verified_emails_ibfk_1'),
  'ALTER TABLE `emailverification_verified_emails`
DROP FOREIGN KEY `emailverification_verified_emails_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 86/125 · primary key of emailverification_verified_emails becomes (user_id, email)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id, email' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME IN ('user_id', 'email')) = 2,
  'ALTER TABLE `emailverification_verified_emails`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME IN ('user_id', 'email')) = 2,
  'ALTER TABLE `emailverification_verified_emails`
ADD PRIMARY KEY (`user_id`, `email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 87/125 · drop column emailverification_verified_emails.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `emailverification_verified_emails`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 88/125 · drop foreign key jwt_signing_keys_ibfk_1 on jwt_signing_keys
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND CONSTRAINT_NAME = 'jwt_signing_keys_ibfk_1'),
  'ALTER TABLE `jwt_signing_keys`
DROP FOREIGN KEY `jwt_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 89/125 · primary key of jwt_signing_keys becomes (key_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'key_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME IN ('key_id')) = 1,
  'ALTER TABLE `jwt_signing_keys`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME IN ('key_id')) = 1,
  'ALTER TABLE `jwt_signing_keys`
ADD PRIMARY KEY (`key_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 90/125 · drop column jwt_signing_keys.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `jwt_signing_keys`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 91/125 · drop foreign key session_access_token_signing_keys_ibfk_1 on session_access_token_signing_keys
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND CONSTRAINT_NAME = 'session_access_token_signing_keys_ibfk_1'),
  'ALTER TABLE `session_access_token_signing_keys`
DROP FOREIGN KEY `session_access_token_signing_keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 92/125 · primary key of session_access_token_signing_keys becomes (created_at_time)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'created_at_time' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME IN ('created_at_time')) = 1,
  'ALTER TABLE `session_access_token_signing_keys`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME IN ('created_at_time')) = 1,
  'ALTER TABLE `session_access_token_signing_keys`
ADD PRIMARY KEY (`created_at_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 93/125 · drop column session_access_token_signing_keys.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_access_token_signing_keys`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 94/125 · drop index session_expiry_index on session_info
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'session_expiry_index'),
  'DROP INDEX `session_expiry_index` ON `session_info`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 95/125 · drop foreign key session_info_ibfk_1 on session_info
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND CONSTRAINT_NAME = 'session_info_ibfk_1'),
  'ALTER TABLE `session_info`
DROP FOREIGN KEY `session_info_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 96/125 · primary key of session_info becomes (session_handle)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'session_handle' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME IN ('session_handle')) = 1,
  'ALTER TABLE `session_info`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME IN ('session_handle')) = 1,
  'ALTER TABLE `session_info`
ADD PRIMARY KEY (`session_handle`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 97/125 · drop column session_info.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `session_info`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 98/125 · drop column session_info.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `session_info`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 99/125 · drop table tenant_thirdparty_provider_clients
DROP TABLE IF EXISTS `tenant_thirdparty_provider_clients`;

-- 6.0 → 5.0 · 100/125 · drop table tenant_thirdparty_providers
DROP TABLE IF EXISTS `tenant_thirdparty_providers`;

-- 6.0 → 5.0 · 101/125 · drop table tenant_configs
DROP TABLE IF EXISTS `tenant_configs`;

-- 6.0 → 5.0 · 102/125 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'time_joined DESC, user_id DESC' OR MAX(NON_UNIQUE) <> 1)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME IN ('time_joined', 'user_id')) = 2,
  'ALTER TABLE `all_auth_recipe_users`
DROP INDEX `all_auth_recipe_users_pagination_index`,
ADD INDEX `all_auth_recipe_users_pagination_index` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME IN ('time_joined', 'user_id')) = 2,
  'CREATE INDEX `all_auth_recipe_users_pagination_index` ON `all_auth_recipe_users` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 103/125 · drop foreign key all_auth_recipe_users_ibfk_2 on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_2'),
  'ALTER TABLE `all_auth_recipe_users`
DROP FOREIGN KEY `all_auth_recipe_users_ibfk_2`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 104/125 · drop index app_id on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'app_id'),
  'DROP INDEX `app_id` ON `all_auth_recipe_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 105/125 · drop foreign key all_auth_recipe_users_ibfk_1 on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND CONSTRAINT_NAME = 'all_auth_recipe_users_ibfk_1'),
  'ALTER TABLE `all_auth_recipe_users`
DROP FOREIGN KEY `all_auth_recipe_users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 106/125 · primary key of all_auth_recipe_users becomes (user_id)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'user_id' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `all_auth_recipe_users`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME IN ('user_id')) = 1,
  'ALTER TABLE `all_auth_recipe_users`
ADD PRIMARY KEY (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 107/125 · drop column all_auth_recipe_users.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `all_auth_recipe_users`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 108/125 · drop column all_auth_recipe_users.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `all_auth_recipe_users`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 109/125 · drop table app_id_to_user_id
DROP TABLE IF EXISTS `app_id_to_user_id`;

-- 6.0 → 5.0 · 110/125 · drop foreign key key_value_ibfk_1 on key_value
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND CONSTRAINT_NAME = 'key_value_ibfk_1'),
  'ALTER TABLE `key_value`
DROP FOREIGN KEY `key_value_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 111/125 · primary key of key_value becomes (name)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY' GROUP BY INDEX_NAME HAVING GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ') <> 'name' OR MAX(NON_UNIQUE) <> 0)
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME IN ('name')) = 1,
  'ALTER TABLE `key_value`
DROP PRIMARY KEY,
ADD PRIMARY KEY (`name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND INDEX_NAME = 'PRIMARY')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME IN ('name')) = 1,
  'ALTER TABLE `key_value`
ADD PRIMARY KEY (`name`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 112/125 · drop column key_value.tenant_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'tenant_id'),
  'ALTER TABLE `key_value`
DROP COLUMN `tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 113/125 · drop column key_value.app_id
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value' AND COLUMN_NAME = 'app_id'),
  'ALTER TABLE `key_value`
DROP COLUMN `app_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 114/125 · drop table tenants
DROP TABLE IF EXISTS `tenants`;

-- 6.0 → 5.0 · 115/125 · drop table apps
DROP TABLE IF EXISTS `apps`;

-- 6.0 → 5.0 · 116/125 · add foreign key totp_used_codes_ibfk_1 on totp_used_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND CONSTRAINT_NAME = 'totp_used_codes_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes' AND COLUMN_NAME IN ('user_id')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'user_id'),
  'ALTER TABLE `totp_used_codes`
ADD CONSTRAINT `totp_used_codes_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `totp_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 117/125 · add foreign key totp_user_devices_ibfk_1 on totp_user_devices
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND CONSTRAINT_NAME = 'totp_user_devices_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices' AND COLUMN_NAME IN ('user_id')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'user_id'),
  'ALTER TABLE `totp_user_devices`
ADD CONSTRAINT `totp_user_devices_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `totp_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 118/125 · add foreign key user_roles_ibfk_1 on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND CONSTRAINT_NAME = 'user_roles_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME IN ('role')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'role'),
  'ALTER TABLE `user_roles`
ADD CONSTRAINT `user_roles_ibfk_1` FOREIGN KEY (`role`) REFERENCES `roles` (`role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 119/125 · add foreign key role_permissions_ibfk_1 on role_permissions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND CONSTRAINT_NAME = 'role_permissions_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME IN ('role')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'role'),
  'ALTER TABLE `role_permissions`
ADD CONSTRAINT `role_permissions_ibfk_1` FOREIGN KEY (`role`) REFERENCES `roles` (`role`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 120/125 · create index device_id_hash on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND INDEX_NAME = 'device_id_hash')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('device_id_hash')) = 1,
  'CREATE INDEX `device_id_hash` ON `passwordless_codes` (`device_id_hash`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 121/125 · add foreign key passwordless_codes_ibfk_1 on passwordless_codes
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND CONSTRAINT_NAME = 'passwordless_codes_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes' AND COLUMN_NAME IN ('device_id_hash')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'device_id_hash'),
  'ALTER TABLE `passwordless_codes`
ADD CONSTRAINT `passwordless_codes_ibfk_1` FOREIGN KEY (`device_id_hash`) REFERENCES `passwordless_devices` (`device_id_hash`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 122/125 · add foreign key emailpassword_pswd_reset_tokens_ibfk_1 on emailpassword_pswd_reset_tokens
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND CONSTRAINT_NAME = 'emailpassword_pswd_reset_tokens_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME IN ('user_id')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'user_id'),
  'ALTER TABLE `emailpassword_pswd_reset_tokens`
ADD CONSTRAINT `emailpassword_pswd_reset_tokens_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `emailpassword_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 123/125 · create index user_id on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND INDEX_NAME = 'user_id')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME IN ('user_id')) = 1,
  'CREATE INDEX `user_id` ON `dashboard_user_sessions` (`user_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 124/125 · add foreign key dashboard_user_sessions_ibfk_1 on dashboard_user_sessions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND CONSTRAINT_NAME = 'dashboard_user_sessions_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions' AND COLUMN_NAME IN ('user_id')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'user_id'),
  'ALTER TABLE `dashboard_user_sessions`
ADD CONSTRAINT `dashboard_user_sessions_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `dashboard_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 5.0 · 125/125 · add foreign key userid_mapping_ibfk_1 on userid_mapping
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping') AND NOT EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND CONSTRAINT_NAME = 'userid_mapping_ibfk_1')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping' AND COLUMN_NAME IN ('supertokens_user_id')) = 1
    AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' GROUP BY INDEX_NAME HAVING SUBSTRING_INDEX(GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ','), ',', 1) = 'user_id'),
  'ALTER TABLE `userid_mapping`
ADD CONSTRAINT `userid_mapping_ibfk_1` FOREIGN KEY (`supertokens_user_id`) REFERENCES `all_auth_recipe_users` (`user_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
