-- plan 0.1.0 · supertokens 3.4 → 3.5 · postgres · upgrade
-- what:     this script upgrades a supertokens database from 3.4 to 3.5 on PostgreSQL (generated from the plans listed below)
-- backup:   first: pg_dump --format=custom --file=supertokens-3.4-before.dump DATABASE   (restore: pg_restore --clean --if-exists --dbname=DATABASE supertokens-3.4-before.dump)
-- stop:     before applying: every SuperTokens core that uses this database
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- start:    after applying: SuperTokens core 3.5
-- reverse:  npx plan compile supertokens 3.5 3.4 --dialect postgres --param access_token_signing_key_dynamic=true
-- the rollback would drop: table all_auth_recipe_users, and the data in them
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml d8f4c6a7a58e723d905fd77f8eedcf376e3fce88e7141e3dd66dd6c1e5e8a029
--   plans/supertokens/3.4-3.5.yaml abc80a870ebc57d09af16823327f9df77918077db25e96945ade0dc951ee98d1
--   schema at 3.4 replayed from 2 plans (plans/supertokens/0-3.3.yaml …) c1c54eaeac8704fd907f3d061b7988b6b83bb86f22568e809e04bed6123f16ac
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;
SET LOCAL standard_conforming_strings = on;
SET LOCAL client_encoding = 'UTF8';

-- check that the database is at 3.4, at 3.5, or between them (a resumed run)
DO $plan$
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND a.attname = 'token' AND a.attnum > 0 AND NOT a.attisdropped)
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
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'name' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('key_value') AND a.attname = 'value' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'created_at_time' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'expires_at' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'jwt_user_payload' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'refresh_token_hash_2' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'session_data' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'session_handle' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('session_info') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'email' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'third_party_user_id' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'time_joined' AND a.attnum > 0 AND NOT a.attisdropped)
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass('thirdparty_users') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped)) THEN
    RAISE EXCEPTION '%', 'database is not at supertokens 3.4 or 3.5';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 3.4 → 3.5: One user list for all recipes (all_auth_recipe_users, filled from the email-password and third-party users, whose own pagination indexes go away); email verification accepts any user id, not only UUIDs
-- source: plans/supertokens/3.4-3.5.yaml
-- ================================================================================================
-- 3.4 → 3.5 · 1/8 · change type of emailverification_verified_emails.user_id to VARCHAR(255)
-- why: User ids may now come from outside SuperTokens. The PostgreSQL plugin of this release used 255 characters (narrowed to 128 with core 3.6); the MySQL plugin went to 128 at once.
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('emailverification_verified_emails') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(255)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE emailverification_verified_emails ALTER COLUMN user_id TYPE VARCHAR(255);
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 2/8 · change type of emailverification_tokens.user_id to VARCHAR(255)
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = to_regclass('emailverification_tokens') AND a.attname = 'user_id' AND a.attnum > 0 AND NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) = 'character varying(255)' AND a.attnotnull AND pg_get_expr(d.adbin, d.adrelid) IS NULL) THEN
    ALTER TABLE emailverification_tokens ALTER COLUMN user_id TYPE VARCHAR(255);
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 3/8 · create table all_auth_recipe_users
DO $plan$
BEGIN
  IF to_regclass('all_auth_recipe_users') IS NULL THEN
    CREATE TABLE all_auth_recipe_users (
      user_id CHAR(36) NOT NULL,
      recipe_id VARCHAR(128) NOT NULL,
      time_joined BIGINT NOT NULL,
      CONSTRAINT all_auth_recipe_users_pkey PRIMARY KEY (user_id)
    );
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 4/8 · create index all_auth_recipe_users_pagination_index on all_auth_recipe_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC)') THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
    CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users (time_joined DESC, user_id DESC);
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 5/8 · copy rows from emailpassword_users into all_auth_recipe_users
-- why: Core 3.5 lists and counts users from the new table only, so existing users must be copied in.
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_users') AND c.relname = 'emailpassword_user_pagination_index') THEN
    INSERT INTO all_auth_recipe_users (user_id, recipe_id, time_joined)
    SELECT src.user_id, 'emailpassword', src.time_joined
    FROM emailpassword_users AS src
    WHERE NOT EXISTS (SELECT 1 FROM all_auth_recipe_users AS dst WHERE dst.user_id = src.user_id);
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 6/8 · copy rows from thirdparty_users into all_auth_recipe_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_users') AND c.relname = 'emailpassword_user_pagination_index') THEN
    INSERT INTO all_auth_recipe_users (user_id, recipe_id, time_joined)
    SELECT src.user_id, 'thirdparty', src.time_joined
    FROM thirdparty_users AS src
    WHERE NOT EXISTS (SELECT 1 FROM all_auth_recipe_users AS dst WHERE dst.user_id = src.user_id);
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 7/8 · drop index emailpassword_user_pagination_index on emailpassword_users
-- why: Pagination now reads all_auth_recipe_users; the per-recipe indexes are no longer created.
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_users') AND c.relname = 'emailpassword_user_pagination_index') THEN
    DROP INDEX IF EXISTS emailpassword_user_pagination_index;
  END IF;
END
$plan$;

-- 3.4 → 3.5 · 8/8 · drop index thirdparty_users_pagination_index on thirdparty_users
DO $plan$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_pagination_index') THEN
    DROP INDEX IF EXISTS thirdparty_users_pagination_index;
  END IF;
END
$plan$;

COMMIT;
