-- plan 0.1.0 · supertokens 3.6 → 3.5 · postgres · rollback
-- what:     this script rolls a supertokens database back from 3.6 to 3.5 on PostgreSQL (generated from the plans listed below)
-- backup:   first: pg_dump --format=custom --file=supertokens-3.6-before.dump DATABASE   (restore: pg_restore --clean --if-exists --dbname=DATABASE supertokens-3.6-before.dump)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- start:    after applying: SuperTokens core 3.5
-- reverse:  npx plan compile supertokens 3.5 3.6 --dialect postgres --param access_token_signing_key_dynamic=true
-- this rollback drops: 2 tables jwt_signing_keys, session_access_token_signing_keys, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/3.5-3.6.yaml 9f99e36efa6a666c35bef13fe66954c361f562e4ed83004b9f044f70b25ad7c4
--   schema at 3.5 replayed from 3 plans (plans/supertokens/0-3.3.yaml …) 85a4a6ec8df6ce2dbcc0eb1dc10c6a3f31fd312a474c469215e5dac0025d6bca
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';

-- check that the database is at 3.6, at 3.5, or between them (a resumed run)
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'recipe_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'token' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'token_expiry' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'password_hash' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'token' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'token_expiry' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'name' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'value' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'expires_at' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'jwt_user_payload' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'refresh_token_hash_2' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'session_data' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'session_handle' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'database is not at supertokens 3.6 or 3.5';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.6 → 3.5 (rollback): JWT recipe (jwt_signing_keys) and the session access-token key table, both created by core 3.6 at start-up; on PostgreSQL the email-verification user ids go from 255 to 128 characters
-- source: plans/supertokens/3.5-3.6.yaml
-- ================================================================================================
-- 3.6 → 3.5 · 1/4 · drop table session_access_token_signing_keys
DO $plan$
BEGIN
  IF to_regclass('session_access_token_signing_keys') IS NOT NULL THEN
    DROP TABLE session_access_token_signing_keys;
  END IF;
END
$plan$;

-- 3.6 → 3.5 · 2/4 · drop table jwt_signing_keys
DO $plan$
BEGIN
  IF to_regclass('jwt_signing_keys') IS NOT NULL THEN
    DROP TABLE jwt_signing_keys;
  END IF;
END
$plan$;

-- 3.6 → 3.5 · 3/4 · change type of emailverification_tokens.user_id to VARCHAR(255)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(255)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE emailverification_tokens ALTER COLUMN user_id TYPE VARCHAR(255);
  END IF;
END
$plan$;

-- 3.6 → 3.5 · 4/4 · change type of emailverification_verified_emails.user_id to VARCHAR(255)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(255)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE emailverification_verified_emails ALTER COLUMN user_id TYPE VARCHAR(255);
  END IF;
END
$plan$;

COMMIT;
