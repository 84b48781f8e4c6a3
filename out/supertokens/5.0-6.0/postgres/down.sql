-- plan 0.1.0 · supertokens 6.0 → 5.0 · postgres · rollback
-- what:     this script rolls a supertokens database back from 6.0 to 5.0 on PostgreSQL (generated from the plans listed below)
-- backup:   first: pg_dump --format=custom --file=supertokens-6.0-before.dump DATABASE   (restore: pg_restore --clean --if-exists --dbname=DATABASE supertokens-6.0-before.dump)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- start:    after applying: SuperTokens core 5.0
-- reverse:  npx plan compile supertokens 5.0 6.0 --dialect postgres --param access_token_signing_key_dynamic=true
-- this rollback drops: 9 tables apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant; 32 columns key_value.app_id, key_value.tenant_id, all_auth_recipe_users.app_id, all_auth_recipe_users.tenant_id, session_info.app_id, session_info.tenant_id, session_access_token_signing_keys.app_id, jwt_signing_keys.app_id, emailverification_verified_emails.app_id, emailverification_tokens.app_id, emailverification_tokens.tenant_id, emailpassword_users.app_id, emailpassword_pswd_reset_tokens.app_id, passwordless_users.app_id, passwordless_devices.app_id, passwordless_devices.tenant_id, passwordless_codes.app_id, passwordless_codes.tenant_id, thirdparty_users.app_id, userid_mapping.app_id, roles.app_id, role_permissions.app_id, user_roles.app_id, user_roles.tenant_id, user_metadata.app_id, dashboard_users.app_id, dashboard_user_sessions.app_id, totp_users.app_id, totp_user_devices.app_id, totp_used_codes.app_id, totp_used_codes.tenant_id, user_last_active.app_id, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/5.0-6.0.yaml 5d12043a8890e72203e4112e5b1bb2b0b7be74223a700e8e61289c44882fcae1
--   schema at 5.0 replayed from 22 plans (plans/supertokens/0-3.3.yaml …) 0c5350a0d6bf74e455de28b38c8c8ca539c67b5b92583fa6826a976516419e35
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';

-- check that the database is at 6.0, at 5.0, or between them (a resumed run)
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'recipe_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'expiry' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'session_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'time_created' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'password_hash' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
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
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('role_permissions') AND a.attname = 'permission' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('role_permissions') AND a.attname = 'role' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('roles') AND a.attname = 'role' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'value' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'expires_at' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'jwt_user_payload' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'refresh_token_hash_2' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'session_data' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'session_handle' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'use_static_key' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'code' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'created_time_ms' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'expiry_time_ms' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'is_valid' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'device_name' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'period' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'secret_key' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'skew' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'verified' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_last_active') AND a.attname = 'last_active_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_last_active') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'user_metadata' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'role' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'external_user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'external_user_id_info' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'supertokens_user_id' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'database is not at supertokens 6.0 or 5.0';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 6.0 → 5.0 (rollback): Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 6.0 → 5.0 · 1/146 · drop index user_last_active_app_id_index on user_last_active
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_last_active') AND c.relname = 'user_last_active_app_id_index') THEN
    DROP INDEX IF EXISTS user_last_active_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 2/146 · drop foreign key user_last_active_app_id_fkey on user_last_active
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND conname = 'user_last_active_app_id_fkey') THEN
    ALTER TABLE user_last_active DROP CONSTRAINT IF EXISTS user_last_active_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 3/146 · primary key of user_last_active becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND contype = 'p' AND conname = 'user_last_active_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE user_last_active DROP CONSTRAINT IF EXISTS user_last_active_pkey;
    ALTER TABLE user_last_active ADD CONSTRAINT user_last_active_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 4/146 · drop column user_last_active.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_last_active') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_last_active DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 5/146 · drop index totp_used_codes_tenant_id_index on totp_used_codes
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_tenant_id_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 6/146 · drop index totp_used_codes_user_id_index on totp_used_codes
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_user_id_index') THEN
    DROP INDEX IF EXISTS totp_used_codes_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 7/146 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_expiry_time_ms_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (expiry_time_ms)') THEN
    DROP INDEX IF EXISTS totp_used_codes_expiry_time_ms_index;
    CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes (expiry_time_ms);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 8/146 · drop foreign key totp_used_codes_tenant_id_fkey on totp_used_codes
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_tenant_id_fkey') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 9/146 · drop foreign key totp_used_codes_user_id_fkey on totp_used_codes
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 10/146 · primary key of totp_used_codes becomes (user_id, created_time_ms)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND contype = 'p' AND conname = 'totp_used_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, created_time_ms)') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_pkey;
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_pkey PRIMARY KEY (user_id, created_time_ms);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 11/146 · drop column totp_used_codes.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_used_codes DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 12/146 · drop column totp_used_codes.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_used_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_used_codes DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 13/146 · drop index totp_user_devices_user_id_index on totp_user_devices
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_user_devices') AND c.relname = 'totp_user_devices_user_id_index') THEN
    DROP INDEX IF EXISTS totp_user_devices_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 14/146 · drop foreign key totp_user_devices_user_id_fkey on totp_user_devices
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 15/146 · primary key of totp_user_devices becomes (user_id, device_name)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND contype = 'p' AND conname = 'totp_user_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, device_name)') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_pkey;
    ALTER TABLE totp_user_devices ADD CONSTRAINT totp_user_devices_pkey PRIMARY KEY (user_id, device_name);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 16/146 · drop column totp_user_devices.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_user_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_user_devices DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 17/146 · drop index totp_users_app_id_index on totp_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_users') AND c.relname = 'totp_users_app_id_index') THEN
    DROP INDEX IF EXISTS totp_users_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 18/146 · drop foreign key totp_users_app_id_fkey on totp_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND conname = 'totp_users_app_id_fkey') THEN
    ALTER TABLE totp_users DROP CONSTRAINT IF EXISTS totp_users_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 19/146 · primary key of totp_users becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype = 'p' AND conname = 'totp_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE totp_users DROP CONSTRAINT IF EXISTS totp_users_pkey;
    ALTER TABLE totp_users ADD CONSTRAINT totp_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 20/146 · drop column totp_users.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('totp_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE totp_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 21/146 · drop index dashboard_user_sessions_user_id_index on dashboard_user_sessions
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_user_sessions') AND c.relname = 'dashboard_user_sessions_user_id_index') THEN
    DROP INDEX IF EXISTS dashboard_user_sessions_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 22/146 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 23/146 · primary key of dashboard_user_sessions becomes (session_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND contype = 'p' AND conname = 'dashboard_user_sessions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_id)') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_pkey;
    ALTER TABLE dashboard_user_sessions ADD CONSTRAINT dashboard_user_sessions_pkey PRIMARY KEY (session_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 24/146 · drop column dashboard_user_sessions.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_user_sessions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE dashboard_user_sessions DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 25/146 · drop index dashboard_users_app_id_index on dashboard_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('dashboard_users') AND c.relname = 'dashboard_users_app_id_index') THEN
    DROP INDEX IF EXISTS dashboard_users_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 26/146 · drop foreign key dashboard_users_app_id_fkey on dashboard_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_app_id_fkey') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 27/146 · unique dashboard_users_email_key on dashboard_users becomes (email)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_email_key;
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 28/146 · primary key of dashboard_users becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype = 'p' AND conname = 'dashboard_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE dashboard_users DROP CONSTRAINT IF EXISTS dashboard_users_pkey;
    ALTER TABLE dashboard_users ADD CONSTRAINT dashboard_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 29/146 · drop column dashboard_users.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('dashboard_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE dashboard_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 30/146 · drop index user_metadata_app_id_index on user_metadata
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_metadata') AND c.relname = 'user_metadata_app_id_index') THEN
    DROP INDEX IF EXISTS user_metadata_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 31/146 · drop foreign key user_metadata_app_id_fkey on user_metadata
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND conname = 'user_metadata_app_id_fkey') THEN
    ALTER TABLE user_metadata DROP CONSTRAINT IF EXISTS user_metadata_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 32/146 · primary key of user_metadata becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND contype = 'p' AND conname = 'user_metadata_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE user_metadata DROP CONSTRAINT IF EXISTS user_metadata_pkey;
    ALTER TABLE user_metadata ADD CONSTRAINT user_metadata_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 33/146 · drop column user_metadata.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_metadata') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_metadata DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 34/146 · drop index user_roles_app_id_role_index on user_roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_app_id_role_index') THEN
    DROP INDEX IF EXISTS user_roles_app_id_role_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 35/146 · drop index user_roles_tenant_id_index on user_roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_tenant_id_index') THEN
    DROP INDEX IF EXISTS user_roles_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 36/146 · drop foreign key user_roles_tenant_id_fkey on user_roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_tenant_id_fkey') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 37/146 · drop foreign key user_roles_role_fkey on user_roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 38/146 · redefine index user_roles_role_index on user_roles
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX user_roles_role_index ON user_roles USING btree (role)') THEN
    DROP INDEX IF EXISTS user_roles_role_index;
    CREATE INDEX user_roles_role_index ON user_roles (role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 39/146 · primary key of user_roles becomes (user_id, role)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND contype = 'p' AND conname = 'user_roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, role)') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_pkey;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 40/146 · drop column user_roles.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_roles DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 41/146 · drop column user_roles.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('user_roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE user_roles DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 42/146 · drop index role_permissions_role_index on role_permissions
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_role_index') THEN
    DROP INDEX IF EXISTS role_permissions_role_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 43/146 · redefine index role_permissions_permission_index on role_permissions
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (permission)') THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
    CREATE INDEX role_permissions_permission_index ON role_permissions (permission);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 44/146 · drop foreign key role_permissions_role_fkey on role_permissions
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 45/146 · primary key of role_permissions becomes (role, permission)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND contype = 'p' AND conname = 'role_permissions_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role, permission)') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_pkey;
    ALTER TABLE role_permissions ADD CONSTRAINT role_permissions_pkey PRIMARY KEY (role, permission);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 46/146 · drop column role_permissions.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('role_permissions') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE role_permissions DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 47/146 · drop index roles_app_id_index on roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('roles') AND c.relname = 'roles_app_id_index') THEN
    DROP INDEX IF EXISTS roles_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 48/146 · drop foreign key roles_app_id_fkey on roles
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND conname = 'roles_app_id_fkey') THEN
    ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 49/146 · primary key of roles becomes (role)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype = 'p' AND conname = 'roles_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role)') THEN
    ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_pkey;
    ALTER TABLE roles ADD CONSTRAINT roles_pkey PRIMARY KEY (role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 50/146 · drop column roles.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('roles') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE roles DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 51/146 · drop index userid_mapping_supertokens_user_id_index on userid_mapping
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('userid_mapping') AND c.relname = 'userid_mapping_supertokens_user_id_index') THEN
    DROP INDEX IF EXISTS userid_mapping_supertokens_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 52/146 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 53/146 · unique userid_mapping_external_user_id_key on userid_mapping becomes (external_user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_external_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (external_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_external_user_id_key;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_external_user_id_key UNIQUE (external_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 54/146 · unique userid_mapping_supertokens_user_id_key on userid_mapping becomes (supertokens_user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (supertokens_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_key;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_supertokens_user_id_key UNIQUE (supertokens_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 55/146 · primary key of userid_mapping becomes (supertokens_user_id, external_user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND contype = 'p' AND conname = 'userid_mapping_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (supertokens_user_id, external_user_id)') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_pkey;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_pkey PRIMARY KEY (supertokens_user_id, external_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 56/146 · drop column userid_mapping.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('userid_mapping') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE userid_mapping DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 57/146 · drop table thirdparty_user_to_tenant
DO $plan$
BEGIN
  IF to_regclass('thirdparty_user_to_tenant') IS NOT NULL THEN
    DROP TABLE thirdparty_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 58/146 · drop index thirdparty_users_email_index on thirdparty_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_email_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_email_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 59/146 · drop index thirdparty_users_thirdparty_user_id_index on thirdparty_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_thirdparty_user_id_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_thirdparty_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 60/146 · drop foreign key thirdparty_users_user_id_fkey on thirdparty_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_fkey') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 61/146 · primary key of thirdparty_users becomes (third_party_id, third_party_user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND conname = 'thirdparty_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (third_party_id, third_party_user_id)') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_pkey;
    ALTER TABLE thirdparty_users ADD CONSTRAINT thirdparty_users_pkey PRIMARY KEY (third_party_id, third_party_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 62/146 · add unique thirdparty_users_user_id_key on thirdparty_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (user_id)') THEN
    ALTER TABLE thirdparty_users DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_key;
    ALTER TABLE thirdparty_users ADD CONSTRAINT thirdparty_users_user_id_key UNIQUE (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 63/146 · drop column thirdparty_users.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE thirdparty_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 64/146 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 65/146 · redefine index passwordless_codes_device_id_hash_index on passwordless_codes
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_device_id_hash_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (device_id_hash)') THEN
    DROP INDEX IF EXISTS passwordless_codes_device_id_hash_index;
    CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes (device_id_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 66/146 · redefine index passwordless_codes_created_at_index on passwordless_codes
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (created_at)') THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
    CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes (created_at);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 67/146 · unique passwordless_codes_link_code_hash_key on passwordless_codes becomes (link_code_hash)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_link_code_hash_key' AND pg_get_constraintdef(oid) = 'UNIQUE (link_code_hash)') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_link_code_hash_key;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_link_code_hash_key UNIQUE (link_code_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 68/146 · primary key of passwordless_codes becomes (code_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND contype = 'p' AND conname = 'passwordless_codes_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (code_id)') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_pkey;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_pkey PRIMARY KEY (code_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 69/146 · drop column passwordless_codes.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_codes DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 70/146 · drop column passwordless_codes.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_codes') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_codes DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 71/146 · drop index passwordless_devices_tenant_id_index on passwordless_devices
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_tenant_id_index') THEN
    DROP INDEX IF EXISTS passwordless_devices_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 72/146 · redefine index passwordless_devices_phone_number_index on passwordless_devices
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (phone_number)') THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
    CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices (phone_number);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 73/146 · redefine index passwordless_devices_email_index on passwordless_devices
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (email)') THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
    CREATE INDEX passwordless_devices_email_index ON passwordless_devices (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 74/146 · drop foreign key passwordless_devices_tenant_id_fkey on passwordless_devices
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND conname = 'passwordless_devices_tenant_id_fkey') THEN
    ALTER TABLE passwordless_devices DROP CONSTRAINT IF EXISTS passwordless_devices_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 75/146 · primary key of passwordless_devices becomes (device_id_hash)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype = 'p' AND conname = 'passwordless_devices_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (device_id_hash)') THEN
    ALTER TABLE passwordless_devices DROP CONSTRAINT IF EXISTS passwordless_devices_pkey;
    ALTER TABLE passwordless_devices ADD CONSTRAINT passwordless_devices_pkey PRIMARY KEY (device_id_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 76/146 · drop column passwordless_devices.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_devices DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 77/146 · drop column passwordless_devices.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_devices') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_devices DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 78/146 · drop table passwordless_user_to_tenant
DO $plan$
BEGIN
  IF to_regclass('passwordless_user_to_tenant') IS NOT NULL THEN
    DROP TABLE passwordless_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 79/146 · drop foreign key passwordless_users_user_id_fkey on passwordless_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_user_id_fkey') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 80/146 · primary key of passwordless_users becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND contype = 'p' AND conname = 'passwordless_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_pkey;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 81/146 · add unique passwordless_users_phone_number_key on passwordless_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_phone_number_key' AND pg_get_constraintdef(oid) = 'UNIQUE (phone_number)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_phone_number_key;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_phone_number_key UNIQUE (phone_number);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 82/146 · add unique passwordless_users_email_key on passwordless_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)') THEN
    ALTER TABLE passwordless_users DROP CONSTRAINT IF EXISTS passwordless_users_email_key;
    ALTER TABLE passwordless_users ADD CONSTRAINT passwordless_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 83/146 · drop column passwordless_users.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('passwordless_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE passwordless_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 84/146 · drop index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_pswd_reset_tokens_user_id_index') THEN
    DROP INDEX IF EXISTS emailpassword_pswd_reset_tokens_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 85/146 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 86/146 · primary key of emailpassword_pswd_reset_tokens becomes (user_id, token)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND contype = 'p' AND conname = 'emailpassword_pswd_reset_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, token)') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_pkey;
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_pkey PRIMARY KEY (user_id, token);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 87/146 · drop column emailpassword_pswd_reset_tokens.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 88/146 · drop table emailpassword_user_to_tenant
DO $plan$
BEGIN
  IF to_regclass('emailpassword_user_to_tenant') IS NOT NULL THEN
    DROP TABLE emailpassword_user_to_tenant;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 89/146 · drop foreign key emailpassword_users_user_id_fkey on emailpassword_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_user_id_fkey') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 90/146 · primary key of emailpassword_users becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype = 'p' AND conname = 'emailpassword_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_pkey;
    ALTER TABLE emailpassword_users ADD CONSTRAINT emailpassword_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 91/146 · add unique emailpassword_users_email_key on emailpassword_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)') THEN
    ALTER TABLE emailpassword_users DROP CONSTRAINT IF EXISTS emailpassword_users_email_key;
    ALTER TABLE emailpassword_users ADD CONSTRAINT emailpassword_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 92/146 · drop column emailpassword_users.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailpassword_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 93/146 · drop index emailverification_tokens_tenant_id_index on emailverification_tokens
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_tenant_id_index') THEN
    DROP INDEX IF EXISTS emailverification_tokens_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 94/146 · drop foreign key emailverification_tokens_tenant_id_fkey on emailverification_tokens
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND conname = 'emailverification_tokens_tenant_id_fkey') THEN
    ALTER TABLE emailverification_tokens DROP CONSTRAINT IF EXISTS emailverification_tokens_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 95/146 · primary key of emailverification_tokens becomes (user_id, email, token)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND contype = 'p' AND conname = 'emailverification_tokens_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email, token)') THEN
    ALTER TABLE emailverification_tokens DROP CONSTRAINT IF EXISTS emailverification_tokens_pkey;
    ALTER TABLE emailverification_tokens ADD CONSTRAINT emailverification_tokens_pkey PRIMARY KEY (user_id, email, token);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 96/146 · drop column emailverification_tokens.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_tokens DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 97/146 · drop column emailverification_tokens.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_tokens DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 98/146 · drop index emailverification_verified_emails_app_id_index on emailverification_verified_emails
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_verified_emails') AND c.relname = 'emailverification_verified_emails_app_id_index') THEN
    DROP INDEX IF EXISTS emailverification_verified_emails_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 99/146 · drop foreign key emailverification_verified_emails_app_id_fkey on emailverification_verified_emails
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND conname = 'emailverification_verified_emails_app_id_fkey') THEN
    ALTER TABLE emailverification_verified_emails DROP CONSTRAINT IF EXISTS emailverification_verified_emails_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 100/146 · primary key of emailverification_verified_emails becomes (user_id, email)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND contype = 'p' AND conname = 'emailverification_verified_emails_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email)') THEN
    ALTER TABLE emailverification_verified_emails DROP CONSTRAINT IF EXISTS emailverification_verified_emails_pkey;
    ALTER TABLE emailverification_verified_emails ADD CONSTRAINT emailverification_verified_emails_pkey PRIMARY KEY (user_id, email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 101/146 · drop column emailverification_verified_emails.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE emailverification_verified_emails DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 102/146 · drop index jwt_signing_keys_app_id_index on jwt_signing_keys
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('jwt_signing_keys') AND c.relname = 'jwt_signing_keys_app_id_index') THEN
    DROP INDEX IF EXISTS jwt_signing_keys_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 103/146 · drop foreign key jwt_signing_keys_app_id_fkey on jwt_signing_keys
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND conname = 'jwt_signing_keys_app_id_fkey') THEN
    ALTER TABLE jwt_signing_keys DROP CONSTRAINT IF EXISTS jwt_signing_keys_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 104/146 · primary key of jwt_signing_keys becomes (key_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND contype = 'p' AND conname = 'jwt_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (key_id)') THEN
    ALTER TABLE jwt_signing_keys DROP CONSTRAINT IF EXISTS jwt_signing_keys_pkey;
    ALTER TABLE jwt_signing_keys ADD CONSTRAINT jwt_signing_keys_pkey PRIMARY KEY (key_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 105/146 · drop column jwt_signing_keys.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('jwt_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE jwt_signing_keys DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 106/146 · drop index access_token_signing_keys_app_id_index on session_access_token_signing_keys
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_access_token_signing_keys') AND c.relname = 'access_token_signing_keys_app_id_index') THEN
    DROP INDEX IF EXISTS access_token_signing_keys_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 107/146 · drop foreign key session_access_token_signing_keys_app_id_fkey on session_access_token_signing_keys
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND conname = 'session_access_token_signing_keys_app_id_fkey') THEN
    ALTER TABLE session_access_token_signing_keys DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_app_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 108/146 · primary key of session_access_token_signing_keys becomes (created_at_time)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND contype = 'p' AND conname = 'session_access_token_signing_keys_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (created_at_time)') THEN
    ALTER TABLE session_access_token_signing_keys DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_pkey;
    ALTER TABLE session_access_token_signing_keys ADD CONSTRAINT session_access_token_signing_keys_pkey PRIMARY KEY (created_at_time);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 109/146 · drop column session_access_token_signing_keys.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_access_token_signing_keys') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_access_token_signing_keys DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 110/146 · drop index session_info_tenant_id_index on session_info
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_info_tenant_id_index') THEN
    DROP INDEX IF EXISTS session_info_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 111/146 · drop index session_expiry_index on session_info
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('session_info') AND c.relname = 'session_expiry_index') THEN
    DROP INDEX IF EXISTS session_expiry_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 112/146 · drop foreign key session_info_tenant_id_fkey on session_info
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND conname = 'session_info_tenant_id_fkey') THEN
    ALTER TABLE session_info DROP CONSTRAINT IF EXISTS session_info_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 113/146 · primary key of session_info becomes (session_handle)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND contype = 'p' AND conname = 'session_info_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_handle)') THEN
    ALTER TABLE session_info DROP CONSTRAINT IF EXISTS session_info_pkey;
    ALTER TABLE session_info ADD CONSTRAINT session_info_pkey PRIMARY KEY (session_handle);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 114/146 · drop column session_info.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_info DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 115/146 · drop column session_info.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE session_info DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 116/146 · drop index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_provider_clients') AND c.relname = 'tenant_thirdparty_provider_clients_third_party_id_index') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_provider_clients_third_party_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 117/146 · drop table tenant_thirdparty_provider_clients
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_provider_clients') IS NOT NULL THEN
    DROP TABLE tenant_thirdparty_provider_clients;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 118/146 · drop index tenant_thirdparty_providers_tenant_id_index on tenant_thirdparty_providers
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenant_thirdparty_providers') AND c.relname = 'tenant_thirdparty_providers_tenant_id_index') THEN
    DROP INDEX IF EXISTS tenant_thirdparty_providers_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 119/146 · drop table tenant_thirdparty_providers
DO $plan$
BEGIN
  IF to_regclass('tenant_thirdparty_providers') IS NOT NULL THEN
    DROP TABLE tenant_thirdparty_providers;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 120/146 · drop table tenant_configs
DO $plan$
BEGIN
  IF to_regclass('tenant_configs') IS NOT NULL THEN
    DROP TABLE tenant_configs;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 121/146 · drop index all_auth_recipe_tenant_id_index on all_auth_recipe_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_tenant_id_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 122/146 · drop index all_auth_recipe_user_id_index on all_auth_recipe_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_user_id_index') THEN
    DROP INDEX IF EXISTS all_auth_recipe_user_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 123/146 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
    CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users (time_joined DESC, user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 124/146 · drop foreign key all_auth_recipe_users_user_id_fkey on all_auth_recipe_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_user_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_user_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 125/146 · drop foreign key all_auth_recipe_users_tenant_id_fkey on all_auth_recipe_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND conname = 'all_auth_recipe_users_tenant_id_fkey') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 126/146 · primary key of all_auth_recipe_users becomes (user_id)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype = 'p' AND conname = 'all_auth_recipe_users_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)') THEN
    ALTER TABLE all_auth_recipe_users DROP CONSTRAINT IF EXISTS all_auth_recipe_users_pkey;
    ALTER TABLE all_auth_recipe_users ADD CONSTRAINT all_auth_recipe_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 127/146 · drop column all_auth_recipe_users.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 128/146 · drop column all_auth_recipe_users.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('all_auth_recipe_users') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE all_auth_recipe_users DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 129/146 · drop index app_id_to_user_id_app_id_index on app_id_to_user_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('app_id_to_user_id') AND c.relname = 'app_id_to_user_id_app_id_index') THEN
    DROP INDEX IF EXISTS app_id_to_user_id_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 130/146 · drop table app_id_to_user_id
DO $plan$
BEGIN
  IF to_regclass('app_id_to_user_id') IS NOT NULL THEN
    DROP TABLE app_id_to_user_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 131/146 · drop index key_value_tenant_id_index on key_value
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('key_value') AND c.relname = 'key_value_tenant_id_index') THEN
    DROP INDEX IF EXISTS key_value_tenant_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 132/146 · drop foreign key key_value_tenant_id_fkey on key_value
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND conname = 'key_value_tenant_id_fkey') THEN
    ALTER TABLE key_value DROP CONSTRAINT IF EXISTS key_value_tenant_id_fkey;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 133/146 · primary key of key_value becomes (name)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND contype = 'p' AND conname = 'key_value_pkey' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (name)') THEN
    ALTER TABLE key_value DROP CONSTRAINT IF EXISTS key_value_pkey;
    ALTER TABLE key_value ADD CONSTRAINT key_value_pkey PRIMARY KEY (name);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 134/146 · drop column key_value.tenant_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'tenant_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE key_value DROP COLUMN tenant_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 135/146 · drop column key_value.app_id
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'app_id' AND a.attnum > 0 AND NOT a.attisdropped) THEN
    ALTER TABLE key_value DROP COLUMN app_id;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 136/146 · drop index tenants_app_id_index on tenants
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('tenants') AND c.relname = 'tenants_app_id_index') THEN
    DROP INDEX IF EXISTS tenants_app_id_index;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 137/146 · drop table tenants
DO $plan$
BEGIN
  IF to_regclass('tenants') IS NOT NULL THEN
    DROP TABLE tenants;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 138/146 · drop table apps
DO $plan$
BEGIN
  IF to_regclass('apps') IS NOT NULL THEN
    DROP TABLE apps;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 139/146 · add foreign key totp_used_codes_user_id_fkey on totp_used_codes
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_used_codes DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;
    ALTER TABLE totp_used_codes ADD CONSTRAINT totp_used_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 140/146 · add foreign key totp_user_devices_user_id_fkey on totp_user_devices
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES totp_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE totp_user_devices DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;
    ALTER TABLE totp_user_devices ADD CONSTRAINT totp_user_devices_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 141/146 · add foreign key user_roles_role_fkey on user_roles
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_fkey;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 142/146 · add foreign key role_permissions_role_fkey on role_permissions
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (role) REFERENCES roles(role) ON DELETE CASCADE') THEN
    ALTER TABLE role_permissions DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;
    ALTER TABLE role_permissions ADD CONSTRAINT role_permissions_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 143/146 · add foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices(device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE passwordless_codes DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;
    ALTER TABLE passwordless_codes ADD CONSTRAINT passwordless_codes_device_id_hash_fkey FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices (device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 144/146 · add foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE emailpassword_pswd_reset_tokens DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;
    ALTER TABLE emailpassword_pswd_reset_tokens ADD CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES emailpassword_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 145/146 · add foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (user_id) REFERENCES dashboard_users(user_id) ON UPDATE CASCADE ON DELETE CASCADE') THEN
    ALTER TABLE dashboard_user_sessions DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;
    ALTER TABLE dashboard_user_sessions ADD CONSTRAINT dashboard_user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES dashboard_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 146/146 · add foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey' AND pg_get_constraintdef(oid) = 'FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users(user_id) ON DELETE CASCADE') THEN
    ALTER TABLE userid_mapping DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;
    ALTER TABLE userid_mapping ADD CONSTRAINT userid_mapping_supertokens_user_id_fkey FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

COMMIT;
