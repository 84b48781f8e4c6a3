-- plan 0.1.0 · supertokens 3.3 → 0 · postgres · rollback
-- what:     this script rolls a supertokens database back from 3.3 to 0 on PostgreSQL (generated from the plans listed below)
-- backup:   first: pg_dump --format=custom --file=supertokens-3.3-before.dump DATABASE   (restore: pg_restore --clean --if-exists --dbname=DATABASE supertokens-3.3-before.dump)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- reverse:  npx plan compile supertokens 0 3.3 --dialect postgres --param access_token_signing_key_dynamic=true
-- this rollback drops: 7 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/0-3.3.yaml 82f273aef4b4d235a2ace19ac27182f8a6be3ab467bc6edbd539a4da37762032
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';

-- ================================================================================================
-- supertokens 3.3 → 0 (rollback): Fresh install of the core 3.3 schema (plugin 1.7.0), the seven tables the core creates on an empty database
-- source: plans/supertokens/0-3.3.yaml
-- ================================================================================================
-- 3.3 → 0 · 1/11 · drop index thirdparty_users_pagination_index on thirdparty_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_pagination_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_pagination_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 2/11 · drop table thirdparty_users
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NOT NULL THEN
    DROP TABLE thirdparty_users;
  END IF;
END
$plan$;

-- 3.3 → 0 · 3/11 · drop table emailverification_verified_emails
DO $plan$
BEGIN
  IF to_regclass('emailverification_verified_emails') IS NOT NULL THEN
    DROP TABLE emailverification_verified_emails;
  END IF;
END
$plan$;

-- 3.3 → 0 · 4/11 · drop index emailverification_tokens_index on emailverification_tokens
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_index') THEN
    DROP INDEX IF EXISTS emailverification_tokens_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 5/11 · drop table emailverification_tokens
DO $plan$
BEGIN
  IF to_regclass('emailverification_tokens') IS NOT NULL THEN
    DROP TABLE emailverification_tokens;
  END IF;
END
$plan$;

-- 3.3 → 0 · 6/11 · drop index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_password_reset_token_expiry_index') THEN
    DROP INDEX IF EXISTS emailpassword_password_reset_token_expiry_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 7/11 · drop table emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NOT NULL THEN
    DROP TABLE emailpassword_pswd_reset_tokens;
  END IF;
END
$plan$;

-- 3.3 → 0 · 8/11 · drop index emailpassword_user_pagination_index on emailpassword_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_users') AND c.relname = 'emailpassword_user_pagination_index') THEN
    DROP INDEX IF EXISTS emailpassword_user_pagination_index;
  END IF;
END
$plan$;

-- 3.3 → 0 · 9/11 · drop table emailpassword_users
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NOT NULL THEN
    DROP TABLE emailpassword_users;
  END IF;
END
$plan$;

-- 3.3 → 0 · 10/11 · drop table session_info
DO $plan$
BEGIN
  IF to_regclass('session_info') IS NOT NULL THEN
    DROP TABLE session_info;
  END IF;
END
$plan$;

-- 3.3 → 0 · 11/11 · drop table key_value
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NOT NULL THEN
    DROP TABLE key_value;
  END IF;
END
$plan$;

COMMIT;
