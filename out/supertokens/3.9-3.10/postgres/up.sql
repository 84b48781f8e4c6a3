-- plan 0.1.0 · supertokens 3.9 → 3.10 · postgres · upgrade
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/3.9-3.10.yaml 0960843b4b2b0a1e3c2c0ab6677dce5398f0d60a7971d1e688d69a5417f6a7d9
--   schema at 3.9 replayed from 7 plans (plans/supertokens/0-3.3.yaml …) fb045190418a7af65d18b306cda726dbb0d7e5835794bd5248d32d3e1f3bafdf
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- reverse:  npx plan compile supertokens 3.10 3.9 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 3.9, at 3.10, or between them (a resumed run)
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
    ('thirdparty_users', 'user_id'))) = 50) THEN
    RAISE EXCEPTION 'database is not at supertokens 3.9 or 3.10';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.9 → 3.10: PostgreSQL only, an index on passwordless_codes.device_id_hash; MySQL already has one for the foreign key
-- source: plans/supertokens/3.9-3.10.yaml
-- ================================================================================================
-- 3.9 → 3.10 · 1/1 · create index passwordless_codes_device_id_hash_index on passwordless_codes
-- why: PostgreSQL does not index the referencing side of a foreign key by itself; plugin 1.14.0 adds this index at every start-up. On MySQL the index that backs the foreign key (device_id_hash) already covers it.
DO $plan$
BEGIN
  IF (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('device_id_hash') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    CREATE INDEX IF NOT EXISTS passwordless_codes_device_id_hash_index ON passwordless_codes (device_id_hash);
  END IF;
END
$plan$;

COMMIT;
