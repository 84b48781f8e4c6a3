-- plan 0.1.0 · supertokens 0 → 3.3 · postgres · fresh install
-- what:     this script creates the supertokens schema at 3.3 in an empty PostgreSQL database (generated from the plans listed below)
-- apply:    psql -v ON_ERROR_STOP=1 -f up.sql
-- start:    after applying: SuperTokens core 3.3
-- reverse:  npx plan compile supertokens 3.3 0 --dialect postgres --param access_token_signing_key_dynamic=true
-- the rollback would drop: 7 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, and the data in them
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
-- supertokens 0 → 3.3: Fresh install of the core 3.3 schema (plugin 1.7.0), the seven tables the core creates on an empty database
-- source: plans/supertokens/0-3.3.yaml
-- ================================================================================================
-- 0 → 3.3 · 1/11 · create table key_value
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NULL THEN
    CREATE TABLE key_value (
      name VARCHAR(128) NOT NULL,
      value TEXT,
      created_at_time BIGINT,
      CONSTRAINT key_value_pkey PRIMARY KEY (name)
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 2/11 · create table session_info
DO $plan$
BEGIN
  IF to_regclass('session_info') IS NULL THEN
    CREATE TABLE session_info (
      session_handle VARCHAR(255) NOT NULL,
      user_id VARCHAR(128) NOT NULL,
      refresh_token_hash_2 VARCHAR(128) NOT NULL,
      session_data TEXT,
      expires_at BIGINT NOT NULL,
      created_at_time BIGINT NOT NULL,
      jwt_user_payload TEXT,
      CONSTRAINT session_info_pkey PRIMARY KEY (session_handle)
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 3/11 · create table emailpassword_users
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NULL THEN
    CREATE TABLE emailpassword_users (
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      password_hash VARCHAR(128) NOT NULL,
      time_joined BIGINT NOT NULL,
      CONSTRAINT emailpassword_users_pkey PRIMARY KEY (user_id),
      CONSTRAINT emailpassword_users_email_key UNIQUE (email)
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 4/11 · create index emailpassword_user_pagination_index on emailpassword_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_users') AND c.relname = 'emailpassword_user_pagination_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX emailpassword_user_pagination_index ON emailpassword_users USING btree (time_joined DESC, user_id DESC)') THEN
    DROP INDEX IF EXISTS emailpassword_user_pagination_index;
    CREATE INDEX emailpassword_user_pagination_index ON emailpassword_users (time_joined DESC, user_id DESC);
  END IF;
END
$plan$;

-- 0 → 3.3 · 5/11 · create table emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NULL THEN
    CREATE TABLE emailpassword_pswd_reset_tokens (
      user_id CHAR(36) NOT NULL,
      token VARCHAR(128) NOT NULL,
      token_expiry BIGINT NOT NULL,
      CONSTRAINT emailpassword_pswd_reset_tokens_pkey PRIMARY KEY (user_id, token),
      CONSTRAINT emailpassword_pswd_reset_tokens_token_key UNIQUE (token),
      CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES emailpassword_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 6/11 · create index emailpassword_password_reset_token_expiry_index on emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailpassword_pswd_reset_tokens') AND c.relname = 'emailpassword_password_reset_token_expiry_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens USING btree (token_expiry)') THEN
    DROP INDEX IF EXISTS emailpassword_password_reset_token_expiry_index;
    CREATE INDEX emailpassword_password_reset_token_expiry_index ON emailpassword_pswd_reset_tokens (token_expiry);
  END IF;
END
$plan$;

-- 0 → 3.3 · 7/11 · create table emailverification_tokens
DO $plan$
BEGIN
  IF to_regclass('emailverification_tokens') IS NULL THEN
    CREATE TABLE emailverification_tokens (
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      token VARCHAR(128) NOT NULL,
      token_expiry BIGINT NOT NULL,
      CONSTRAINT emailverification_tokens_pkey PRIMARY KEY (user_id, email, token),
      CONSTRAINT emailverification_tokens_token_key UNIQUE (token)
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 8/11 · create index emailverification_tokens_index on emailverification_tokens
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('emailverification_tokens') AND c.relname = 'emailverification_tokens_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX emailverification_tokens_index ON emailverification_tokens USING btree (token_expiry)') THEN
    DROP INDEX IF EXISTS emailverification_tokens_index;
    CREATE INDEX emailverification_tokens_index ON emailverification_tokens (token_expiry);
  END IF;
END
$plan$;

-- 0 → 3.3 · 9/11 · create table emailverification_verified_emails
DO $plan$
BEGIN
  IF to_regclass('emailverification_verified_emails') IS NULL THEN
    CREATE TABLE emailverification_verified_emails (
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      CONSTRAINT emailverification_verified_emails_pkey PRIMARY KEY (user_id, email)
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 10/11 · create table thirdparty_users
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NULL THEN
    CREATE TABLE thirdparty_users (
      third_party_id VARCHAR(28) NOT NULL,
      third_party_user_id VARCHAR(128) NOT NULL,
      user_id CHAR(36) NOT NULL,
      email VARCHAR(256) NOT NULL,
      time_joined BIGINT NOT NULL,
      CONSTRAINT thirdparty_users_pkey PRIMARY KEY (third_party_id, third_party_user_id),
      CONSTRAINT thirdparty_users_user_id_key UNIQUE (user_id)
    );
  END IF;
END
$plan$;

-- 0 → 3.3 · 11/11 · create index thirdparty_users_pagination_index on thirdparty_users
DO $plan$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('thirdparty_users') AND c.relname = 'thirdparty_users_pagination_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX thirdparty_users_pagination_index ON thirdparty_users USING btree (time_joined DESC, user_id DESC)') THEN
    DROP INDEX IF EXISTS thirdparty_users_pagination_index;
    CREATE INDEX thirdparty_users_pagination_index ON thirdparty_users (time_joined DESC, user_id DESC);
  END IF;
END
$plan$;

COMMIT;
