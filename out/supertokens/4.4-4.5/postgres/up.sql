-- plan 0.1.0 · supertokens 4.4 → 4.5 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/4.4-4.5.yaml b95a2e6ed93a2657c24288272a4254c6b9ab2b07df8134debda40f1b8e0603e9
--   schema at 4.4 replayed from 19 plans (plans/supertokens/0-3.3.yaml …) 8dcaf516d2a571d7c0d532da8565c453fbef23d7d8d2e3db0ad68c72df060d84
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 4.5 4.4 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 4.4, at 4.5, or between them (a resumed run)
DO $plan$
BEGIN
  IF NOT ((SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND (table_name, column_name) IN (
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
    ('session_info', 'user_id'),
    ('thirdparty_users', 'email'),
    ('thirdparty_users', 'third_party_id'),
    ('thirdparty_users', 'third_party_user_id'),
    ('thirdparty_users', 'time_joined'),
    ('thirdparty_users', 'user_id'),
    ('user_metadata', 'user_id'),
    ('user_metadata', 'user_metadata'),
    ('user_roles', 'role'),
    ('user_roles', 'user_id'),
    ('userid_mapping', 'external_user_id'),
    ('userid_mapping', 'external_user_id_info'),
    ('userid_mapping', 'supertokens_user_id'))) = 68) THEN
    RAISE EXCEPTION 'database is not at supertokens 4.4 or 4.5';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 4.4 → 4.5: TOTP recipe tables and user_last_active, created by core 4.5 at start-up
-- source: plans/supertokens/4.4-4.5.yaml
-- ================================================================================================
-- 4.4 → 4.5 · 1/5 · create table totp_users
CREATE TABLE IF NOT EXISTS totp_users (user_id VARCHAR(128) NOT NULL, CONSTRAINT totp_users_pkey PRIMARY KEY (user_id));

-- 4.4 → 4.5 · 2/5 · create table totp_user_devices
CREATE TABLE IF NOT EXISTS totp_user_devices (
  user_id VARCHAR(128) NOT NULL,
  device_name VARCHAR(256) NOT NULL,
  secret_key VARCHAR(256) NOT NULL,
  period INTEGER NOT NULL,
  skew INTEGER NOT NULL,
  verified BOOLEAN NOT NULL,
  CONSTRAINT totp_user_devices_pkey PRIMARY KEY (user_id, device_name),
  CONSTRAINT totp_user_devices_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE
);

-- 4.4 → 4.5 · 3/5 · create table totp_used_codes
CREATE TABLE IF NOT EXISTS totp_used_codes (
  user_id VARCHAR(128) NOT NULL,
  code VARCHAR(8) NOT NULL,
  is_valid BOOLEAN NOT NULL,
  expiry_time_ms BIGINT NOT NULL,
  created_time_ms BIGINT NOT NULL,
  CONSTRAINT totp_used_codes_pkey PRIMARY KEY (user_id, created_time_ms),
  CONSTRAINT totp_used_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE
);

-- 4.4 → 4.5 · 4/5 · create index totp_used_codes_expiry_time_ms_index on totp_used_codes
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_used_codes') AND attname IN ('expiry_time_ms') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS totp_used_codes_expiry_time_ms_index ON totp_used_codes (expiry_time_ms);
  END IF;
END
$plan$;

-- 4.4 → 4.5 · 5/5 · create table user_last_active
CREATE TABLE IF NOT EXISTS user_last_active (user_id VARCHAR(128) NOT NULL, last_active_time BIGINT, CONSTRAINT user_last_active_pkey PRIMARY KEY (user_id));

COMMIT;
