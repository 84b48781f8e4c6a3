-- plan 0.1.0 · supertokens 3.3 → 0 · postgres · rollback
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/0-3.3.yaml 82f273aef4b4d235a2ace19ac27182f8a6be3ab467bc6edbd539a4da37762032
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- reverse:  npx plan compile supertokens 0 3.3 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- ================================================================================================
-- supertokens 3.3 → 0 (rollback): Fresh install of the core 3.3 schema (plugin 1.7.0), the seven tables the core creates on an empty database
-- source: plans/supertokens/0-3.3.yaml
-- ================================================================================================
-- 3.3 → 0 · 1/11 · drop index thirdparty_users_pagination_index on thirdparty_users
DROP INDEX IF EXISTS thirdparty_users_pagination_index;

-- 3.3 → 0 · 2/11 · drop table thirdparty_users
DROP TABLE IF EXISTS thirdparty_users;

-- 3.3 → 0 · 3/11 · drop table emailverification_verified_emails
DROP TABLE IF EXISTS emailverification_verified_emails;

-- 3.3 → 0 · 4/11 · drop index emailverification_tokens_index on emailverification_tokens
DROP INDEX IF EXISTS emailverification_tokens_index;

-- 3.3 → 0 · 5/11 · drop table emailverification_tokens
DROP TABLE IF EXISTS emailverification_tokens;

-- 3.3 → 0 · 6/11 · drop index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
DROP INDEX IF EXISTS emailpassword_password_reset_token_expiry_index;

-- 3.3 → 0 · 7/11 · drop table emailpassword_pswd_reset_tokens
DROP TABLE IF EXISTS emailpassword_pswd_reset_tokens;

-- 3.3 → 0 · 8/11 · drop index emailpassword_user_pagination_index on emailpassword_users
DROP INDEX IF EXISTS emailpassword_user_pagination_index;

-- 3.3 → 0 · 9/11 · drop table emailpassword_users
DROP TABLE IF EXISTS emailpassword_users;

-- 3.3 → 0 · 10/11 · drop table session_info
DROP TABLE IF EXISTS session_info;

-- 3.3 → 0 · 11/11 · drop table key_value
DROP TABLE IF EXISTS key_value;

COMMIT;
