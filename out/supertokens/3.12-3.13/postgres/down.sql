-- plan 0.1.0 · supertokens 3.13 → 3.12 · postgres · rollback
-- what:     this script rolls a supertokens database back from 3.13 to 3.12 on PostgreSQL (generated from the plans listed below)
-- backup:   first: pg_dump --format=custom --file=supertokens-3.13-before.dump DATABASE   (restore: pg_restore --clean --if-exists --dbname=DATABASE supertokens-3.13-before.dump)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- start:    after applying: SuperTokens core 3.12
-- reverse:  npx plan compile supertokens 3.12 3.13 --dialect postgres --param access_token_signing_key_dynamic=true
-- this rollback drops: 3 tables roles, role_permissions, user_roles, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/3.12-3.13.yaml 605600ee6f0252ebaf551a08cfe5f820b554c98a9f0b2a8725fc7e6f0aa422e3
--   schema at 3.12 replayed from 10 plans (plans/supertokens/0-3.3.yaml …) 8e4c80ed646d2b5962d2d97aba14aab86240353886323bb9582ef19a8c65e256
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';

-- check that the database is at 3.13, at 3.12, or between them (a resumed run)
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
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'code_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'created_at' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'device_id_hash' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'link_code_hash' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'device_id_hash' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'failed_attempts' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'link_code_salt' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'phone_number' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'phone_number' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
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
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'user_metadata' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'database is not at supertokens 3.13 or 3.12';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.13 → 3.12 (rollback): User roles recipe tables (roles, role_permissions, user_roles), created by core 3.13 at start-up
-- source: plans/supertokens/3.12-3.13.yaml
-- ================================================================================================
-- 3.13 → 3.12 · 1/6 · drop foreign key user_roles_role_fkey on user_roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
  END IF;
END
$plan$;

-- 3.13 → 3.12 · 2/6 · drop index user_roles_role_index on user_roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index') THEN
    DROP INDEX IF EXISTS user_roles_role_index;
  END IF;
END
$plan$;

-- 3.13 → 3.12 · 3/6 · drop table user_roles
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NOT NULL THEN
    DROP TABLE user_roles;
  END IF;
END
$plan$;

-- 3.13 → 3.12 · 4/6 · drop index role_permissions_permission_index on role_permissions
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index') THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
  END IF;
END
$plan$;

-- 3.13 → 3.12 · 5/6 · drop table role_permissions
DO $plan$
BEGIN
  IF to_regclass('role_permissions') IS NOT NULL THEN
    DROP TABLE role_permissions;
  END IF;
END
$plan$;

-- 3.13 → 3.12 · 6/6 · drop table roles
DO $plan$
BEGIN
  IF to_regclass('roles') IS NOT NULL THEN
    DROP TABLE roles;
  END IF;
END
$plan$;

COMMIT;
