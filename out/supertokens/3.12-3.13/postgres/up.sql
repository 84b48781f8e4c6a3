-- plan 0.1.0 · supertokens 3.12 → 3.13 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.12-3.13.yaml 605600ee6f0252ebaf551a08cfe5f820b554c98a9f0b2a8725fc7e6f0aa422e3
--   schema at 3.12 replayed from 10 plans (plans/supertokens/0-3.3.yaml …) 8e4c80ed646d2b5962d2d97aba14aab86240353886323bb9582ef19a8c65e256
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 3.13 3.12 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 3.12, at 3.13, or between them (a resumed run)
DO $plan$
BEGIN
  IF NOT ((SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND (table_name, column_name) IN (
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
    ('user_metadata', 'user_metadata'))) = 52) THEN
    RAISE EXCEPTION 'database is not at supertokens 3.12 or 3.13';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.12 → 3.13: User roles recipe tables (roles, role_permissions, user_roles), created by core 3.13 at start-up
-- source: plans/supertokens/3.12-3.13.yaml
-- ================================================================================================
-- 3.12 → 3.13 · 1/6 · create table roles
CREATE TABLE IF NOT EXISTS roles (role VARCHAR(255) NOT NULL, CONSTRAINT roles_pkey PRIMARY KEY (role));

-- 3.12 → 3.13 · 2/6 · create table role_permissions
CREATE TABLE IF NOT EXISTS role_permissions (
  role VARCHAR(255) NOT NULL,
  permission VARCHAR(255) NOT NULL,
  CONSTRAINT role_permissions_pkey PRIMARY KEY (role, permission),
  CONSTRAINT role_permissions_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE
);

-- 3.12 → 3.13 · 3/6 · create index role_permissions_permission_index on role_permissions
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('role_permissions') AND attname IN ('permission') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS role_permissions_permission_index ON role_permissions (permission);
  END IF;
END
$plan$;

-- 3.12 → 3.13 · 4/6 · create table user_roles
CREATE TABLE IF NOT EXISTS user_roles (user_id VARCHAR(128) NOT NULL, role VARCHAR(255) NOT NULL, CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role));

-- 3.12 → 3.13 · 5/6 · create index user_roles_role_index on user_roles
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_roles') AND attname IN ('role') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS user_roles_role_index ON user_roles (role);
  END IF;
END
$plan$;

-- 3.12 → 3.13 · 6/6 · add foreign key user_roles_role_fkey on user_roles
-- why: Added after user_roles_role_index so that MySQL uses that index for the foreign key; a fresh install has no separate implicit index on role.
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_roles') AND attname IN ('role') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (role)', 'UNIQUE (role)')) THEN
    ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

COMMIT;
