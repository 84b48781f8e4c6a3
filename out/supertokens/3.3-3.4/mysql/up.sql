-- plan 0.1.0 · supertokens 3.3 → 3.4 · mysql · upgrade
-- what:     this script upgrades a supertokens database from 3.3 to 3.4 on MySQL 8 / MariaDB (generated from the plans listed below)
-- backup:   first: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 DATABASE > supertokens-3.3-before.sql   (MariaDB: mariadb-dump, same flags; restore: mysql DATABASE < supertokens-3.3-before.sql)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: SuperTokens core 3.4
-- reverse:  npx plan compile supertokens 3.4 3.3 --dialect mysql --param access_token_signing_key_dynamic=true
-- the rollback would drop: no table or column
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/3.3-3.4.yaml 5939766fbc6377e54e8546315eb1509c1d42c151042a0cd4ad7332781dd1b943
--   schema at 3.3 replayed from 1 plan (plans/supertokens/0-3.3.yaml …) 3a37a157dabb3865554208c82db288e77e11c6ac79ce6b5aae026f26b04eca95
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.

SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576;

-- check that the database is at 3.3, at 3.4, or between them (a resumed run)
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens' AND COLUMN_NAME = 'token')
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
  'SELECT 1 FROM `plan stopped: database is not at supertokens 3.3 or 3.4`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 3.3 → 3.4: No schema change; core 3.4 runs on the same tables as 3.3 (plugin 1.8/1.9 create the same DDL as 1.7)
-- source: plans/supertokens/3.3-3.4.yaml
-- ================================================================================================
SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len;
