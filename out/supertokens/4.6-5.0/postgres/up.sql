-- plan 0.1.0 · supertokens 4.6 → 5.0 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/4.6-5.0.yaml 56324fd2d3bfe8556f5d0902bb09f4fed75ba3493abbbd60182f5ae5b81e82a6
--   schema at 4.6 replayed from 21 plans (plans/supertokens/0-3.3.yaml …) fe19533923dcc2cbd35354588ff25f0fd1b1f927735a4ce693baf822806c998e
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 5.0 4.6 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.
-- MANUAL STEPS (1), not done by this script:
--   1. [4.6 → 5.0] In config.yaml, rename access_token_signing_key_update_interval to access_token_dynamic_signing_key_update_interval before starting core 5.0.

BEGIN;

-- check that the database is at 4.6, at 5.0, or between them (a resumed run)
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
    ('totp_used_codes', 'code'),
    ('totp_used_codes', 'created_time_ms'),
    ('totp_used_codes', 'expiry_time_ms'),
    ('totp_used_codes', 'is_valid'),
    ('totp_used_codes', 'user_id'),
    ('totp_user_devices', 'device_name'),
    ('totp_user_devices', 'period'),
    ('totp_user_devices', 'secret_key'),
    ('totp_user_devices', 'skew'),
    ('totp_user_devices', 'user_id'),
    ('totp_user_devices', 'verified'),
    ('totp_users', 'user_id'),
    ('user_last_active', 'last_active_time'),
    ('user_last_active', 'user_id'),
    ('user_metadata', 'user_id'),
    ('user_metadata', 'user_metadata'),
    ('user_roles', 'role'),
    ('user_roles', 'user_id'),
    ('userid_mapping', 'external_user_id'),
    ('userid_mapping', 'external_user_id_info'),
    ('userid_mapping', 'supertokens_user_id'))) = 82) THEN
    RAISE EXCEPTION 'database is not at supertokens 4.6 or 5.0';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 4.6 → 5.0: Sessions record whether they use the static signing key (plugin 3.0.0, use_static_key)
-- source: plans/supertokens/4.6-5.0.yaml
-- ================================================================================================
-- 4.6 → 5.0 · 1/3 · manual step
-- MANUAL STEP (not done by this script):
--   In config.yaml, rename access_token_signing_key_update_interval to
--   access_token_dynamic_signing_key_update_interval before starting core 5.0.

-- 4.6 → 5.0 · 2/3 · add column session_info.use_static_key
ALTER TABLE IF EXISTS session_info
ADD COLUMN IF NOT EXISTS use_static_key BOOLEAN NOT NULL DEFAULT FALSE;

-- 4.6 → 5.0 · 3/3 · drop default of session_info.use_static_key
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('session_info') AND attname = 'use_static_key' AND attnum > 0 AND NOT attisdropped) THEN
    ALTER TABLE session_info
    ALTER COLUMN use_static_key
    DROP DEFAULT;
  END IF;
END
$plan$;

COMMIT;
