-- plan 0.1.0 · supertokens 4.3 → 4.4 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/4.3-4.4.yaml 65ad6464488e943fce352de4bc87ff2878cc350c63ab6239fd80086df2445df0
--   schema at 4.3 replayed from 18 plans (plans/supertokens/0-3.3.yaml …) 4bd94afa6a5d07d20ba0114964c578a715c35f0f63fc32e0cfd467eddcf16a1a
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 4.4 4.3 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 4.3, at 4.4, or between them (a resumed run)
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
    ('userid_mapping', 'supertokens_user_id'))) = 60) THEN
    RAISE EXCEPTION 'database is not at supertokens 4.3 or 4.4';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 4.3 → 4.4: Dashboard login tables (dashboard_users, dashboard_user_sessions), created by core 4.4 at start-up
-- source: plans/supertokens/4.3-4.4.yaml
-- ================================================================================================
-- 4.3 → 4.4 · 1/3 · create table dashboard_users
CREATE TABLE IF NOT EXISTS dashboard_users (
  user_id CHAR(36) NOT NULL,
  email VARCHAR(256) NOT NULL,
  password_hash VARCHAR(256) NOT NULL,
  time_joined BIGINT NOT NULL,
  CONSTRAINT dashboard_users_pkey PRIMARY KEY (user_id),
  CONSTRAINT dashboard_users_email_key UNIQUE (email)
);

-- 4.3 → 4.4 · 2/3 · create table dashboard_user_sessions
-- why: The plugins differ on ON UPDATE: the PostgreSQL one cascades, the MySQL one leaves the default (RESTRICT); each dialect follows its own fresh install.
CREATE TABLE IF NOT EXISTS dashboard_user_sessions (
  session_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  time_created BIGINT NOT NULL,
  expiry BIGINT NOT NULL,
  CONSTRAINT dashboard_user_sessions_pkey PRIMARY KEY (session_id),
  CONSTRAINT dashboard_user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES dashboard_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
);

-- 4.3 → 4.4 · 3/3 · create index dashboard_user_sessions_expiry_index on dashboard_user_sessions
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('dashboard_user_sessions') AND attname IN ('expiry') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS dashboard_user_sessions_expiry_index ON dashboard_user_sessions (expiry);
  END IF;
END
$plan$;

COMMIT;
