-- plan 0.1.0 · supertokens 3.5 → 3.6 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.5-3.6.yaml 9f99e36efa6a666c35bef13fe66954c361f562e4ed83004b9f044f70b25ad7c4
--   schema at 3.5 replayed from 3 plans (plans/supertokens/0-3.3.yaml …) 85a4a6ec8df6ce2dbcc0eb1dc10c6a3f31fd312a474c469215e5dac0025d6bca
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 3.6 3.5 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 3.5, at 3.6, or between them (a resumed run)
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
    ('key_value', 'created_at_time'),
    ('key_value', 'name'),
    ('key_value', 'value'),
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
    ('thirdparty_users', 'user_id'))) = 31) THEN
    RAISE EXCEPTION 'database is not at supertokens 3.5 or 3.6';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.5 → 3.6: JWT recipe (jwt_signing_keys) and the session access-token key table, both created by core 3.6 at start-up; on PostgreSQL the email-verification user ids go from 255 to 128 characters
-- source: plans/supertokens/3.5-3.6.yaml
-- ================================================================================================
-- 3.5 → 3.6 · 1/4 · change type of emailverification_verified_emails.user_id to VARCHAR(128)
-- why: PostgreSQL plugin 1.11.0 narrows the column to the width the MySQL plugin already had. It fails if a stored user id is longer than 128 characters; such ids must be fixed by hand first.
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('emailverification_verified_emails') AND attname = 'user_id' AND attnum > 0 AND NOT attisdropped AND format_type(atttypid, atttypmod) <> 'character varying(128)') THEN
    ALTER TABLE emailverification_verified_emails
    ALTER COLUMN user_id TYPE VARCHAR(128);
  END IF;
END
$plan$;

-- 3.5 → 3.6 · 2/4 · change type of emailverification_tokens.user_id to VARCHAR(128)
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('emailverification_tokens') AND attname = 'user_id' AND attnum > 0 AND NOT attisdropped AND format_type(atttypid, atttypmod) <> 'character varying(128)') THEN
    ALTER TABLE emailverification_tokens
    ALTER COLUMN user_id TYPE VARCHAR(128);
  END IF;
END
$plan$;

-- 3.5 → 3.6 · 3/4 · create table jwt_signing_keys
CREATE TABLE IF NOT EXISTS jwt_signing_keys (key_id VARCHAR(255) NOT NULL, key_string TEXT NOT NULL, algorithm VARCHAR(10) NOT NULL, created_at BIGINT, CONSTRAINT jwt_signing_keys_pkey PRIMARY KEY (key_id));

-- 3.5 → 3.6 · 4/4 · create table session_access_token_signing_keys
-- why: Core 3.6 keeps its access-token signing keys here instead of in key_value; it creates the table itself if missing, so creating it here only makes the upgraded schema match a fresh install.
CREATE TABLE IF NOT EXISTS session_access_token_signing_keys (created_at_time BIGINT NOT NULL, value TEXT, CONSTRAINT session_access_token_signing_keys_pkey PRIMARY KEY (created_at_time));

COMMIT;
