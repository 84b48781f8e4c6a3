-- plan 0.1.0 · supertokens 3.5 → 3.4 · mysql · rollback
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.4-3.5.yaml abc80a870ebc57d09af16823327f9df77918077db25e96945ade0dc951ee98d1
--   schema at 3.4 replayed from 2 plans (plans/supertokens/0-3.3.yaml …) c1c54eaeac8704fd907f3d061b7988b6b83bb86f22568e809e04bed6123f16ac
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile supertokens 3.4 3.5 --dialect mysql --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

-- check that the database is at 3.5, at 3.4, or between them (a resumed run)
SET @plan_sql = IF(
  (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME, COLUMN_NAME) IN (
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
    ('key_value', 'created_at_time'),
    ('key_value', 'name'),
    ('key_value', 'value'),
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
    ('thirdparty_users', 'user_id'))) = 28,
  'DO 0',
  'SELECT 1 FROM `plan stopped: database is not at supertokens 3.5 or 3.4`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 3.5 → 3.4 (rollback): One user list for all recipes (all_auth_recipe_users, filled from the email-password and third-party users, whose own pagination indexes go away); email verification accepts any user id, not only UUIDs
-- source: plans/supertokens/3.4-3.5.yaml
-- ================================================================================================
-- 3.5 → 3.4 · 1/6 · create index thirdparty_users_pagination_index on thirdparty_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND INDEX_NAME = 'thirdparty_users_pagination_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users' AND COLUMN_NAME IN ('time_joined', 'user_id')) = 2,
  'CREATE INDEX `thirdparty_users_pagination_index` ON `thirdparty_users` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.5 → 3.4 · 2/6 · create index emailpassword_user_pagination_index on emailpassword_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users') AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND INDEX_NAME = 'emailpassword_user_pagination_index')
    AND (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users' AND COLUMN_NAME IN ('time_joined', 'user_id')) = 2,
  'CREATE INDEX `emailpassword_user_pagination_index` ON `emailpassword_users` (`time_joined` DESC, `user_id` DESC)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.5 → 3.4 · 3/6 · drop index all_auth_recipe_users_pagination_index on all_auth_recipe_users
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users' AND INDEX_NAME = 'all_auth_recipe_users_pagination_index'),
  'DROP INDEX `all_auth_recipe_users_pagination_index` ON `all_auth_recipe_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.5 → 3.4 · 4/6 · drop table all_auth_recipe_users
DROP TABLE IF EXISTS `all_auth_recipe_users`;

-- 3.5 → 3.4 · 5/6 · change type of emailverification_tokens.user_id to CHAR(36)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens' AND COLUMN_NAME = 'user_id' AND COLUMN_TYPE NOT IN ('char(36)', 'char(36)')),
  'ALTER TABLE `emailverification_tokens`
MODIFY COLUMN `user_id` CHAR(36) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 3.5 → 3.4 · 6/6 · change type of emailverification_verified_emails.user_id to CHAR(36)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND COLUMN_NAME = 'user_id' AND COLUMN_TYPE NOT IN ('char(36)', 'char(36)')),
  'ALTER TABLE `emailverification_verified_emails`
MODIFY COLUMN `user_id` CHAR(36) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
