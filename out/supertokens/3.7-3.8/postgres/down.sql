-- plan 0.1.0 · supertokens 3.8 → 3.7 · postgres · rollback
-- what:     this script rolls a supertokens database back from 3.8 to 3.7 on PostgreSQL (generated from the plans listed below)
-- backup:   first: pg_dump --format=custom --file=supertokens-3.8-before.dump DATABASE   (restore: pg_restore --clean --if-exists --dbname=DATABASE supertokens-3.8-before.dump)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- start:    after applying: SuperTokens core 3.7
-- reverse:  npx plan compile supertokens 3.7 3.8 --dialect postgres --param access_token_signing_key_dynamic=true
-- this rollback drops: 3 tables passwordless_users, passwordless_devices, passwordless_codes, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/3.7-3.8.yaml 744f6725fe16bf25ae6f96a996e06b777e06a12f8ba457bbe34f5021430bb3de
--   schema at 3.7 replayed from 5 plans (plans/supertokens/0-3.3.yaml …) f686f1986db9bb6a07c77b6aa114ff566edd090d642da4c03b4c23edc32e4b65
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';

-- check that the database is at 3.8, at 3.7, or between them (a resumed run)
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
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'algorithm' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'created_at' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'key_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'key_string' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'name' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'value' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'value' AND a.attnum > 0 AND NOT a.attisdropped)
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
    RAISE EXCEPTION '%', 'database is not at supertokens 3.8 or 3.7';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.8 → 3.7 (rollback): Passwordless recipe tables (users, devices, codes), which core 3.8 creates at start-up
-- source: plans/supertokens/3.7-3.8.yaml
-- ================================================================================================
-- 3.8 → 3.7 · 1/6 · drop index passwordless_codes_created_at_index on passwordless_codes
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index') THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
  END IF;
END
$plan$;

-- 3.8 → 3.7 · 2/6 · drop table passwordless_codes
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL THEN
    DROP TABLE passwordless_codes;
  END IF;
END
$plan$;

-- 3.8 → 3.7 · 3/6 · drop index passwordless_devices_phone_number_index on passwordless_devices
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
  END IF;
END
$plan$;

-- 3.8 → 3.7 · 4/6 · drop index passwordless_devices_email_index on passwordless_devices
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
  END IF;
END
$plan$;

-- 3.8 → 3.7 · 5/6 · drop table passwordless_devices
DO $plan$
BEGIN
  IF to_regclass('passwordless_devices') IS NOT NULL THEN
    DROP TABLE passwordless_devices;
  END IF;
END
$plan$;

-- 3.8 → 3.7 · 6/6 · drop table passwordless_users
DO $plan$
BEGIN
  IF to_regclass('passwordless_users') IS NOT NULL THEN
    DROP TABLE passwordless_users;
  END IF;
END
$plan$;

COMMIT;
