-- plan 0.1.0 · supertokens 3.12 → 3.13 · mysql · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.12-3.13.yaml 605600ee6f0252ebaf551a08cfe5f820b554c98a9f0b2a8725fc7e6f0aa422e3
--   schema at 3.12 replayed from 10 plans (plans/supertokens/0-3.3.yaml …) 8e4c80ed646d2b5962d2d97aba14aab86240353886323bb9582ef19a8c65e256
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- reverse:  npx plan compile supertokens 3.13 3.12 --dialect mysql --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

-- check that the database is at 3.12, at 3.13, or between them (a resumed run)
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
    ('thirdparty_users', 'user_id'),
    ('user_metadata', 'user_id'),
    ('user_metadata', 'user_metadata'))) = 52,
  'DO 0',
  'SELECT 1 FROM `plan stopped: database is not at supertokens 3.12 or 3.13`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 3.12 → 3.13: User roles recipe tables (roles, role_permissions, user_roles), created by core 3.13 at start-up
-- source: plans/supertokens/3.12-3.13.yaml
-- ================================================================================================
-- 3.12 → 3.13 · 1/6 · create table roles
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles'),
  'CREATE TABLE `roles` (`role` VARCHAR(255) NOT NULL, PRIMARY KEY (`role`))',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.12 → 3.13 · 2/6 · create table role_permissions
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions'),
  'CREATE TABLE `role_permissions` (
  `role` VARCHAR(255) NOT NULL,
  `permission` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`role`, `permission`),
  CONSTRAINT `role_permissions_ibfk_1` FOREIGN KEY (`role`) REFERENCES `roles` (`role`) ON DELETE CASCADE ON UPDATE RESTRICT
)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.12 → 3.13 · 3/6 · create index role_permissions_permission_index on role_permissions
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND INDEX_NAME = 'role_permissions_permission_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions' AND COLUMN_NAME IN ('permission')) = 1,
  'CREATE INDEX `role_permissions_permission_index` ON `role_permissions` (`permission`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.12 → 3.13 · 4/6 · create table user_roles
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles'),
  'CREATE TABLE `user_roles` (`user_id` VARCHAR(128) NOT NULL, `role` VARCHAR(255) NOT NULL, PRIMARY KEY (`user_id`, `role`))',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.12 → 3.13 · 5/6 · create index user_roles_role_index on user_roles
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_role_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND COLUMN_NAME IN ('role')) = 1,
  'CREATE INDEX `user_roles_role_index` ON `user_roles` (`role`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.12 → 3.13 · 6/6 · add foreign key user_roles_ibfk_1 on user_roles
-- why: Added after user_roles_role_index so that MySQL uses that index for the foreign key; a fresh install has no separate implicit index on role.
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
