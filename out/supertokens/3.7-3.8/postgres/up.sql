-- plan 0.1.0 · supertokens 3.7 → 3.8 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.7-3.8.yaml 744f6725fe16bf25ae6f96a996e06b777e06a12f8ba457bbe34f5021430bb3de
--   schema at 3.7 replayed from 5 plans (plans/supertokens/0-3.3.yaml …) f686f1986db9bb6a07c77b6aa114ff566edd090d642da4c03b4c23edc32e4b65
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 3.8 3.7 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 3.7, at 3.8, or between them (a resumed run)
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
    ('thirdparty_users', 'user_id'))) = 37) THEN
    RAISE EXCEPTION 'database is not at supertokens 3.7 or 3.8';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.7 → 3.8: Passwordless recipe tables (users, devices, codes), which core 3.8 creates at start-up
-- source: plans/supertokens/3.7-3.8.yaml
-- ================================================================================================
-- 3.7 → 3.8 · 1/6 · create table passwordless_users
-- why: A passwordless user has an email, a phone number, or both; each is unique when present.
CREATE TABLE IF NOT EXISTS passwordless_users (
  user_id CHAR(36) NOT NULL,
  email VARCHAR(256),
  phone_number VARCHAR(256),
  time_joined BIGINT NOT NULL,
  CONSTRAINT passwordless_users_pkey PRIMARY KEY (user_id),
  CONSTRAINT passwordless_users_email_key UNIQUE (email),
  CONSTRAINT passwordless_users_phone_number_key UNIQUE (phone_number)
);

-- 3.7 → 3.8 · 2/6 · create table passwordless_devices
CREATE TABLE IF NOT EXISTS passwordless_devices (
  device_id_hash CHAR(44) NOT NULL,
  email VARCHAR(256),
  phone_number VARCHAR(256),
  link_code_salt CHAR(44) NOT NULL,
  failed_attempts INTEGER NOT NULL,
  CONSTRAINT passwordless_devices_pkey PRIMARY KEY (device_id_hash)
);

-- 3.7 → 3.8 · 3/6 · create index passwordless_devices_email_index on passwordless_devices
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_devices') AND attname IN ('email') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS passwordless_devices_email_index ON passwordless_devices (email);
  END IF;
END
$plan$;

-- 3.7 → 3.8 · 4/6 · create index passwordless_devices_phone_number_index on passwordless_devices
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_devices') AND attname IN ('phone_number') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS passwordless_devices_phone_number_index ON passwordless_devices (phone_number);
  END IF;
END
$plan$;

-- 3.7 → 3.8 · 5/6 · create table passwordless_codes
CREATE TABLE IF NOT EXISTS passwordless_codes (
  code_id CHAR(36) NOT NULL,
  device_id_hash CHAR(44) NOT NULL,
  link_code_hash CHAR(44) NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT passwordless_codes_pkey PRIMARY KEY (code_id),
  CONSTRAINT passwordless_codes_link_code_hash_key UNIQUE (link_code_hash),
  CONSTRAINT passwordless_codes_device_id_hash_fkey FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices (device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE
);

-- 3.7 → 3.8 · 6/6 · create index passwordless_codes_created_at_index on passwordless_codes
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('created_at') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS passwordless_codes_created_at_index ON passwordless_codes (created_at);
  END IF;
END
$plan$;

COMMIT;
