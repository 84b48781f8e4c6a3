-- plan 0.1.0 · supertokens 6.0 → 5.0 · postgres · rollback
-- parameters: access_token_signing_key_dynamic=true
-- sources (sha256):
--   plans/supertokens/product.yaml f0dea379d14eb81c6a2c52b09a36738b9cefdf676a08a28a74ca03e3d943a77a
--   plans/supertokens/5.0-6.0.yaml 5d12043a8890e72203e4112e5b1bb2b0b7be74223a700e8e61289c44882fcae1
--   schema at 5.0 replayed from 22 plans (plans/supertokens/0-3.3.yaml …) 0c5350a0d6bf74e455de28b38c8c8ca539c67b5b92583fa6826a976516419e35
-- apply:    psql -v ON_ERROR_STOP=1 -f down.sql
-- reverse:  npx plan compile supertokens 5.0 6.0 --dialect postgres --param access_token_signing_key_dynamic=true
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- The script runs in one transaction: a failure leaves the database as it was.

BEGIN;

-- check that the database is at 6.0, at 5.0, or between them (a resumed run)
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
    ('session_info', 'use_static_key'),
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
    ('userid_mapping', 'supertokens_user_id'))) = 83) THEN
    RAISE EXCEPTION 'database is not at supertokens 6.0 or 5.0';
  END IF;
END
$plan$;

-- ================================================================================================
-- supertokens 6.0 → 5.0 (rollback): Multitenancy (plugin 4.0.0): new apps, tenants, app_id_to_user_id, tenant config and per-recipe user_to_tenant tables; every existing table gains app_id (and tenant_id where data is per tenant), its keys, uniques and indexes are rebuilt with those columns in front, and foreign keys are re-pointed at apps, tenants and app_id_to_user_id. Existing data lands in app "public", tenant "public".
-- source: plans/supertokens/5.0-6.0.yaml
-- ================================================================================================
-- 6.0 → 5.0 · 1/146 · drop index user_last_active_app_id_index on user_last_active
DROP INDEX IF EXISTS user_last_active_app_id_index;

-- 6.0 → 5.0 · 2/146 · drop foreign key user_last_active_app_id_fkey on user_last_active
ALTER TABLE IF EXISTS user_last_active
DROP CONSTRAINT IF EXISTS user_last_active_app_id_fkey;

-- 6.0 → 5.0 · 3/146 · primary key of user_last_active becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('user_last_active') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_last_active') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_last_active') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE user_last_active
    DROP CONSTRAINT IF EXISTS user_last_active_pkey;
    ALTER TABLE user_last_active
    ADD CONSTRAINT user_last_active_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 4/146 · drop column user_last_active.app_id
ALTER TABLE IF EXISTS user_last_active
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 5/146 · drop index totp_used_codes_tenant_id_index on totp_used_codes
DROP INDEX IF EXISTS totp_used_codes_tenant_id_index;

-- 6.0 → 5.0 · 6/146 · drop index totp_used_codes_user_id_index on totp_used_codes
DROP INDEX IF EXISTS totp_used_codes_user_id_index;

-- 6.0 → 5.0 · 7/146 · redefine index totp_used_codes_expiry_time_ms_index on totp_used_codes
DO $plan$
BEGIN
  IF to_regclass('totp_used_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('totp_used_codes') AND c.relname = 'totp_used_codes_expiry_time_ms_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes USING btree (expiry_time_ms)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_used_codes') AND attname IN ('expiry_time_ms') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS totp_used_codes_expiry_time_ms_index;
    CREATE INDEX totp_used_codes_expiry_time_ms_index ON totp_used_codes (expiry_time_ms);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 8/146 · drop foreign key totp_used_codes_tenant_id_fkey on totp_used_codes
ALTER TABLE IF EXISTS totp_used_codes
DROP CONSTRAINT IF EXISTS totp_used_codes_tenant_id_fkey;

-- 6.0 → 5.0 · 9/146 · drop foreign key totp_used_codes_user_id_fkey on totp_used_codes
ALTER TABLE IF EXISTS totp_used_codes
DROP CONSTRAINT IF EXISTS totp_used_codes_user_id_fkey;

-- 6.0 → 5.0 · 10/146 · primary key of totp_used_codes becomes (user_id, created_time_ms)
DO $plan$
BEGIN
  IF to_regclass('totp_used_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, created_time_ms)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_used_codes') AND attname IN ('user_id', 'created_time_ms') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE totp_used_codes
    DROP CONSTRAINT IF EXISTS totp_used_codes_pkey;
    ALTER TABLE totp_used_codes
    ADD CONSTRAINT totp_used_codes_pkey PRIMARY KEY (user_id, created_time_ms);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 11/146 · drop column totp_used_codes.tenant_id
ALTER TABLE IF EXISTS totp_used_codes
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 12/146 · drop column totp_used_codes.app_id
ALTER TABLE IF EXISTS totp_used_codes
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 13/146 · drop index totp_user_devices_user_id_index on totp_user_devices
DROP INDEX IF EXISTS totp_user_devices_user_id_index;

-- 6.0 → 5.0 · 14/146 · drop foreign key totp_user_devices_user_id_fkey on totp_user_devices
ALTER TABLE IF EXISTS totp_user_devices
DROP CONSTRAINT IF EXISTS totp_user_devices_user_id_fkey;

-- 6.0 → 5.0 · 15/146 · primary key of totp_user_devices becomes (user_id, device_name)
DO $plan$
BEGIN
  IF to_regclass('totp_user_devices') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, device_name)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_user_devices') AND attname IN ('user_id', 'device_name') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE totp_user_devices
    DROP CONSTRAINT IF EXISTS totp_user_devices_pkey;
    ALTER TABLE totp_user_devices
    ADD CONSTRAINT totp_user_devices_pkey PRIMARY KEY (user_id, device_name);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 16/146 · drop column totp_user_devices.app_id
ALTER TABLE IF EXISTS totp_user_devices
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 17/146 · drop index totp_users_app_id_index on totp_users
DROP INDEX IF EXISTS totp_users_app_id_index;

-- 6.0 → 5.0 · 18/146 · drop foreign key totp_users_app_id_fkey on totp_users
ALTER TABLE IF EXISTS totp_users
DROP CONSTRAINT IF EXISTS totp_users_app_id_fkey;

-- 6.0 → 5.0 · 19/146 · primary key of totp_users becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('totp_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_users') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE totp_users
    DROP CONSTRAINT IF EXISTS totp_users_pkey;
    ALTER TABLE totp_users
    ADD CONSTRAINT totp_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 20/146 · drop column totp_users.app_id
ALTER TABLE IF EXISTS totp_users
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 21/146 · drop index dashboard_user_sessions_user_id_index on dashboard_user_sessions
DROP INDEX IF EXISTS dashboard_user_sessions_user_id_index;

-- 6.0 → 5.0 · 22/146 · drop foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
ALTER TABLE IF EXISTS dashboard_user_sessions
DROP CONSTRAINT IF EXISTS dashboard_user_sessions_user_id_fkey;

-- 6.0 → 5.0 · 23/146 · primary key of dashboard_user_sessions becomes (session_id)
DO $plan$
BEGIN
  IF to_regclass('dashboard_user_sessions') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('dashboard_user_sessions') AND attname IN ('session_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE dashboard_user_sessions
    DROP CONSTRAINT IF EXISTS dashboard_user_sessions_pkey;
    ALTER TABLE dashboard_user_sessions
    ADD CONSTRAINT dashboard_user_sessions_pkey PRIMARY KEY (session_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 24/146 · drop column dashboard_user_sessions.app_id
ALTER TABLE IF EXISTS dashboard_user_sessions
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 25/146 · drop index dashboard_users_app_id_index on dashboard_users
DROP INDEX IF EXISTS dashboard_users_app_id_index;

-- 6.0 → 5.0 · 26/146 · drop foreign key dashboard_users_app_id_fkey on dashboard_users
ALTER TABLE IF EXISTS dashboard_users
DROP CONSTRAINT IF EXISTS dashboard_users_app_id_fkey;

-- 6.0 → 5.0 · 27/146 · unique dashboard_users_email_key on dashboard_users becomes (email)
DO $plan$
BEGIN
  IF to_regclass('dashboard_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND conname = 'dashboard_users_email_key' AND pg_get_constraintdef(oid) = 'UNIQUE (email)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('dashboard_users') AND attname IN ('email') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE dashboard_users
    DROP CONSTRAINT IF EXISTS dashboard_users_email_key;
    ALTER TABLE dashboard_users
    ADD CONSTRAINT dashboard_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 28/146 · primary key of dashboard_users becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('dashboard_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('dashboard_users') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE dashboard_users
    DROP CONSTRAINT IF EXISTS dashboard_users_pkey;
    ALTER TABLE dashboard_users
    ADD CONSTRAINT dashboard_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 29/146 · drop column dashboard_users.app_id
ALTER TABLE IF EXISTS dashboard_users
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 30/146 · drop index user_metadata_app_id_index on user_metadata
DROP INDEX IF EXISTS user_metadata_app_id_index;

-- 6.0 → 5.0 · 31/146 · drop foreign key user_metadata_app_id_fkey on user_metadata
ALTER TABLE IF EXISTS user_metadata
DROP CONSTRAINT IF EXISTS user_metadata_app_id_fkey;

-- 6.0 → 5.0 · 32/146 · primary key of user_metadata becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('user_metadata') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_metadata') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_metadata') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE user_metadata
    DROP CONSTRAINT IF EXISTS user_metadata_pkey;
    ALTER TABLE user_metadata
    ADD CONSTRAINT user_metadata_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 33/146 · drop column user_metadata.app_id
ALTER TABLE IF EXISTS user_metadata
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 34/146 · drop index user_roles_app_id_role_index on user_roles
DROP INDEX IF EXISTS user_roles_app_id_role_index;

-- 6.0 → 5.0 · 35/146 · drop index user_roles_tenant_id_index on user_roles
DROP INDEX IF EXISTS user_roles_tenant_id_index;

-- 6.0 → 5.0 · 36/146 · drop foreign key user_roles_tenant_id_fkey on user_roles
ALTER TABLE IF EXISTS user_roles
DROP CONSTRAINT IF EXISTS user_roles_tenant_id_fkey;

-- 6.0 → 5.0 · 37/146 · drop foreign key user_roles_role_fkey on user_roles
ALTER TABLE IF EXISTS user_roles
DROP CONSTRAINT IF EXISTS user_roles_role_fkey;

-- 6.0 → 5.0 · 38/146 · redefine index user_roles_role_index on user_roles
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('user_roles') AND c.relname = 'user_roles_role_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX user_roles_role_index ON user_roles USING btree (role)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_roles') AND attname IN ('role') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS user_roles_role_index;
    CREATE INDEX user_roles_role_index ON user_roles (role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 39/146 · primary key of user_roles becomes (user_id, role)
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, role)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_roles') AND attname IN ('user_id', 'role') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE user_roles
    DROP CONSTRAINT IF EXISTS user_roles_pkey;
    ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 40/146 · drop column user_roles.tenant_id
ALTER TABLE IF EXISTS user_roles
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 41/146 · drop column user_roles.app_id
ALTER TABLE IF EXISTS user_roles
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 42/146 · drop index role_permissions_role_index on role_permissions
DROP INDEX IF EXISTS role_permissions_role_index;

-- 6.0 → 5.0 · 43/146 · redefine index role_permissions_permission_index on role_permissions
DO $plan$
BEGIN
  IF to_regclass('role_permissions') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('role_permissions') AND c.relname = 'role_permissions_permission_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX role_permissions_permission_index ON role_permissions USING btree (permission)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('role_permissions') AND attname IN ('permission') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS role_permissions_permission_index;
    CREATE INDEX role_permissions_permission_index ON role_permissions (permission);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 44/146 · drop foreign key role_permissions_role_fkey on role_permissions
ALTER TABLE IF EXISTS role_permissions
DROP CONSTRAINT IF EXISTS role_permissions_role_fkey;

-- 6.0 → 5.0 · 45/146 · primary key of role_permissions becomes (role, permission)
DO $plan$
BEGIN
  IF to_regclass('role_permissions') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role, permission)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('role_permissions') AND attname IN ('role', 'permission') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE role_permissions
    DROP CONSTRAINT IF EXISTS role_permissions_pkey;
    ALTER TABLE role_permissions
    ADD CONSTRAINT role_permissions_pkey PRIMARY KEY (role, permission);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 46/146 · drop column role_permissions.app_id
ALTER TABLE IF EXISTS role_permissions
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 47/146 · drop index roles_app_id_index on roles
DROP INDEX IF EXISTS roles_app_id_index;

-- 6.0 → 5.0 · 48/146 · drop foreign key roles_app_id_fkey on roles
ALTER TABLE IF EXISTS roles
DROP CONSTRAINT IF EXISTS roles_app_id_fkey;

-- 6.0 → 5.0 · 49/146 · primary key of roles becomes (role)
DO $plan$
BEGIN
  IF to_regclass('roles') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (role)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('roles') AND attname IN ('role') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE roles
    DROP CONSTRAINT IF EXISTS roles_pkey;
    ALTER TABLE roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (role);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 50/146 · drop column roles.app_id
ALTER TABLE IF EXISTS roles
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 51/146 · drop index userid_mapping_supertokens_user_id_index on userid_mapping
DROP INDEX IF EXISTS userid_mapping_supertokens_user_id_index;

-- 6.0 → 5.0 · 52/146 · drop foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
ALTER TABLE IF EXISTS userid_mapping
DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_fkey;

-- 6.0 → 5.0 · 53/146 · unique userid_mapping_external_user_id_key on userid_mapping becomes (external_user_id)
DO $plan$
BEGIN
  IF to_regclass('userid_mapping') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_external_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (external_user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('userid_mapping') AND attname IN ('external_user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE userid_mapping
    DROP CONSTRAINT IF EXISTS userid_mapping_external_user_id_key;
    ALTER TABLE userid_mapping
    ADD CONSTRAINT userid_mapping_external_user_id_key UNIQUE (external_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 54/146 · unique userid_mapping_supertokens_user_id_key on userid_mapping becomes (supertokens_user_id)
DO $plan$
BEGIN
  IF to_regclass('userid_mapping') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_key' AND pg_get_constraintdef(oid) = 'UNIQUE (supertokens_user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('userid_mapping') AND attname IN ('supertokens_user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE userid_mapping
    DROP CONSTRAINT IF EXISTS userid_mapping_supertokens_user_id_key;
    ALTER TABLE userid_mapping
    ADD CONSTRAINT userid_mapping_supertokens_user_id_key UNIQUE (supertokens_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 55/146 · primary key of userid_mapping becomes (supertokens_user_id, external_user_id)
DO $plan$
BEGIN
  IF to_regclass('userid_mapping') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (supertokens_user_id, external_user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('userid_mapping') AND attname IN ('supertokens_user_id', 'external_user_id') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE userid_mapping
    DROP CONSTRAINT IF EXISTS userid_mapping_pkey;
    ALTER TABLE userid_mapping
    ADD CONSTRAINT userid_mapping_pkey PRIMARY KEY (supertokens_user_id, external_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 56/146 · drop column userid_mapping.app_id
ALTER TABLE IF EXISTS userid_mapping
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 57/146 · drop table thirdparty_user_to_tenant
DROP TABLE IF EXISTS thirdparty_user_to_tenant;

-- 6.0 → 5.0 · 58/146 · drop index thirdparty_users_email_index on thirdparty_users
DROP INDEX IF EXISTS thirdparty_users_email_index;

-- 6.0 → 5.0 · 59/146 · drop index thirdparty_users_thirdparty_user_id_index on thirdparty_users
DROP INDEX IF EXISTS thirdparty_users_thirdparty_user_id_index;

-- 6.0 → 5.0 · 60/146 · drop foreign key thirdparty_users_user_id_fkey on thirdparty_users
ALTER TABLE IF EXISTS thirdparty_users
DROP CONSTRAINT IF EXISTS thirdparty_users_user_id_fkey;

-- 6.0 → 5.0 · 61/146 · primary key of thirdparty_users becomes (third_party_id, third_party_user_id)
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (third_party_id, third_party_user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('thirdparty_users') AND attname IN ('third_party_id', 'third_party_user_id') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE thirdparty_users
    DROP CONSTRAINT IF EXISTS thirdparty_users_pkey;
    ALTER TABLE thirdparty_users
    ADD CONSTRAINT thirdparty_users_pkey PRIMARY KEY (third_party_id, third_party_user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 62/146 · add unique thirdparty_users_user_id_key on thirdparty_users
DO $plan$
BEGIN
  IF to_regclass('thirdparty_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('thirdparty_users') AND conname = 'thirdparty_users_user_id_key')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('thirdparty_users') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE thirdparty_users
    ADD CONSTRAINT thirdparty_users_user_id_key UNIQUE (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 63/146 · drop column thirdparty_users.app_id
ALTER TABLE IF EXISTS thirdparty_users
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 64/146 · drop foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
ALTER TABLE IF EXISTS passwordless_codes
DROP CONSTRAINT IF EXISTS passwordless_codes_device_id_hash_fkey;

-- 6.0 → 5.0 · 65/146 · redefine index passwordless_codes_device_id_hash_index on passwordless_codes
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_device_id_hash_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes USING btree (device_id_hash)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('device_id_hash') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS passwordless_codes_device_id_hash_index;
    CREATE INDEX passwordless_codes_device_id_hash_index ON passwordless_codes (device_id_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 66/146 · redefine index passwordless_codes_created_at_index on passwordless_codes
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_codes') AND c.relname = 'passwordless_codes_created_at_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes USING btree (created_at)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('created_at') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS passwordless_codes_created_at_index;
    CREATE INDEX passwordless_codes_created_at_index ON passwordless_codes (created_at);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 67/146 · unique passwordless_codes_link_code_hash_key on passwordless_codes becomes (link_code_hash)
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_link_code_hash_key' AND pg_get_constraintdef(oid) = 'UNIQUE (link_code_hash)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('link_code_hash') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE passwordless_codes
    DROP CONSTRAINT IF EXISTS passwordless_codes_link_code_hash_key;
    ALTER TABLE passwordless_codes
    ADD CONSTRAINT passwordless_codes_link_code_hash_key UNIQUE (link_code_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 68/146 · primary key of passwordless_codes becomes (code_id)
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (code_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('code_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE passwordless_codes
    DROP CONSTRAINT IF EXISTS passwordless_codes_pkey;
    ALTER TABLE passwordless_codes
    ADD CONSTRAINT passwordless_codes_pkey PRIMARY KEY (code_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 69/146 · drop column passwordless_codes.tenant_id
ALTER TABLE IF EXISTS passwordless_codes
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 70/146 · drop column passwordless_codes.app_id
ALTER TABLE IF EXISTS passwordless_codes
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 71/146 · drop index passwordless_devices_tenant_id_index on passwordless_devices
DROP INDEX IF EXISTS passwordless_devices_tenant_id_index;

-- 6.0 → 5.0 · 72/146 · redefine index passwordless_devices_phone_number_index on passwordless_devices
DO $plan$
BEGIN
  IF to_regclass('passwordless_devices') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_phone_number_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices USING btree (phone_number)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_devices') AND attname IN ('phone_number') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS passwordless_devices_phone_number_index;
    CREATE INDEX passwordless_devices_phone_number_index ON passwordless_devices (phone_number);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 73/146 · redefine index passwordless_devices_email_index on passwordless_devices
DO $plan$
BEGIN
  IF to_regclass('passwordless_devices') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('passwordless_devices') AND c.relname = 'passwordless_devices_email_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX passwordless_devices_email_index ON passwordless_devices USING btree (email)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_devices') AND attname IN ('email') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    DROP INDEX IF EXISTS passwordless_devices_email_index;
    CREATE INDEX passwordless_devices_email_index ON passwordless_devices (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 74/146 · drop foreign key passwordless_devices_tenant_id_fkey on passwordless_devices
ALTER TABLE IF EXISTS passwordless_devices
DROP CONSTRAINT IF EXISTS passwordless_devices_tenant_id_fkey;

-- 6.0 → 5.0 · 75/146 · primary key of passwordless_devices becomes (device_id_hash)
DO $plan$
BEGIN
  IF to_regclass('passwordless_devices') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (device_id_hash)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_devices') AND attname IN ('device_id_hash') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE passwordless_devices
    DROP CONSTRAINT IF EXISTS passwordless_devices_pkey;
    ALTER TABLE passwordless_devices
    ADD CONSTRAINT passwordless_devices_pkey PRIMARY KEY (device_id_hash);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 76/146 · drop column passwordless_devices.tenant_id
ALTER TABLE IF EXISTS passwordless_devices
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 77/146 · drop column passwordless_devices.app_id
ALTER TABLE IF EXISTS passwordless_devices
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 78/146 · drop table passwordless_user_to_tenant
DROP TABLE IF EXISTS passwordless_user_to_tenant;

-- 6.0 → 5.0 · 79/146 · drop foreign key passwordless_users_user_id_fkey on passwordless_users
ALTER TABLE IF EXISTS passwordless_users
DROP CONSTRAINT IF EXISTS passwordless_users_user_id_fkey;

-- 6.0 → 5.0 · 80/146 · primary key of passwordless_users becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('passwordless_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_users') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE passwordless_users
    DROP CONSTRAINT IF EXISTS passwordless_users_pkey;
    ALTER TABLE passwordless_users
    ADD CONSTRAINT passwordless_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 81/146 · add unique passwordless_users_phone_number_key on passwordless_users
DO $plan$
BEGIN
  IF to_regclass('passwordless_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_phone_number_key')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_users') AND attname IN ('phone_number') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE passwordless_users
    ADD CONSTRAINT passwordless_users_phone_number_key UNIQUE (phone_number);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 82/146 · add unique passwordless_users_email_key on passwordless_users
DO $plan$
BEGIN
  IF to_regclass('passwordless_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_users') AND conname = 'passwordless_users_email_key')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_users') AND attname IN ('email') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE passwordless_users
    ADD CONSTRAINT passwordless_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 83/146 · drop column passwordless_users.app_id
ALTER TABLE IF EXISTS passwordless_users
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 84/146 · drop index emailpassword_pswd_reset_tokens_user_id_index on emailpassword_pswd_reset_tokens
DROP INDEX IF EXISTS emailpassword_pswd_reset_tokens_user_id_index;

-- 6.0 → 5.0 · 85/146 · drop foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
ALTER TABLE IF EXISTS emailpassword_pswd_reset_tokens
DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_user_id_fkey;

-- 6.0 → 5.0 · 86/146 · primary key of emailpassword_pswd_reset_tokens becomes (user_id, token)
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, token)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND attname IN ('user_id', 'token') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE emailpassword_pswd_reset_tokens
    DROP CONSTRAINT IF EXISTS emailpassword_pswd_reset_tokens_pkey;
    ALTER TABLE emailpassword_pswd_reset_tokens
    ADD CONSTRAINT emailpassword_pswd_reset_tokens_pkey PRIMARY KEY (user_id, token);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 87/146 · drop column emailpassword_pswd_reset_tokens.app_id
ALTER TABLE IF EXISTS emailpassword_pswd_reset_tokens
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 88/146 · drop table emailpassword_user_to_tenant
DROP TABLE IF EXISTS emailpassword_user_to_tenant;

-- 6.0 → 5.0 · 89/146 · drop foreign key emailpassword_users_user_id_fkey on emailpassword_users
ALTER TABLE IF EXISTS emailpassword_users
DROP CONSTRAINT IF EXISTS emailpassword_users_user_id_fkey;

-- 6.0 → 5.0 · 90/146 · primary key of emailpassword_users becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('emailpassword_users') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE emailpassword_users
    DROP CONSTRAINT IF EXISTS emailpassword_users_pkey;
    ALTER TABLE emailpassword_users
    ADD CONSTRAINT emailpassword_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 91/146 · add unique emailpassword_users_email_key on emailpassword_users
DO $plan$
BEGIN
  IF to_regclass('emailpassword_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND conname = 'emailpassword_users_email_key')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('emailpassword_users') AND attname IN ('email') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE emailpassword_users
    ADD CONSTRAINT emailpassword_users_email_key UNIQUE (email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 92/146 · drop column emailpassword_users.app_id
ALTER TABLE IF EXISTS emailpassword_users
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 93/146 · drop index emailverification_tokens_tenant_id_index on emailverification_tokens
DROP INDEX IF EXISTS emailverification_tokens_tenant_id_index;

-- 6.0 → 5.0 · 94/146 · drop foreign key emailverification_tokens_tenant_id_fkey on emailverification_tokens
ALTER TABLE IF EXISTS emailverification_tokens
DROP CONSTRAINT IF EXISTS emailverification_tokens_tenant_id_fkey;

-- 6.0 → 5.0 · 95/146 · primary key of emailverification_tokens becomes (user_id, email, token)
DO $plan$
BEGIN
  IF to_regclass('emailverification_tokens') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_tokens') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email, token)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('emailverification_tokens') AND attname IN ('user_id', 'email', 'token') AND attnum > 0 AND NOT attisdropped) = 3 THEN
    ALTER TABLE emailverification_tokens
    DROP CONSTRAINT IF EXISTS emailverification_tokens_pkey;
    ALTER TABLE emailverification_tokens
    ADD CONSTRAINT emailverification_tokens_pkey PRIMARY KEY (user_id, email, token);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 96/146 · drop column emailverification_tokens.tenant_id
ALTER TABLE IF EXISTS emailverification_tokens
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 97/146 · drop column emailverification_tokens.app_id
ALTER TABLE IF EXISTS emailverification_tokens
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 98/146 · drop index emailverification_verified_emails_app_id_index on emailverification_verified_emails
DROP INDEX IF EXISTS emailverification_verified_emails_app_id_index;

-- 6.0 → 5.0 · 99/146 · drop foreign key emailverification_verified_emails_app_id_fkey on emailverification_verified_emails
ALTER TABLE IF EXISTS emailverification_verified_emails
DROP CONSTRAINT IF EXISTS emailverification_verified_emails_app_id_fkey;

-- 6.0 → 5.0 · 100/146 · primary key of emailverification_verified_emails becomes (user_id, email)
DO $plan$
BEGIN
  IF to_regclass('emailverification_verified_emails') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailverification_verified_emails') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id, email)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('emailverification_verified_emails') AND attname IN ('user_id', 'email') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    ALTER TABLE emailverification_verified_emails
    DROP CONSTRAINT IF EXISTS emailverification_verified_emails_pkey;
    ALTER TABLE emailverification_verified_emails
    ADD CONSTRAINT emailverification_verified_emails_pkey PRIMARY KEY (user_id, email);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 101/146 · drop column emailverification_verified_emails.app_id
ALTER TABLE IF EXISTS emailverification_verified_emails
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 102/146 · drop index jwt_signing_keys_app_id_index on jwt_signing_keys
DROP INDEX IF EXISTS jwt_signing_keys_app_id_index;

-- 6.0 → 5.0 · 103/146 · drop foreign key jwt_signing_keys_app_id_fkey on jwt_signing_keys
ALTER TABLE IF EXISTS jwt_signing_keys
DROP CONSTRAINT IF EXISTS jwt_signing_keys_app_id_fkey;

-- 6.0 → 5.0 · 104/146 · primary key of jwt_signing_keys becomes (key_id)
DO $plan$
BEGIN
  IF to_regclass('jwt_signing_keys') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('jwt_signing_keys') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (key_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('jwt_signing_keys') AND attname IN ('key_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE jwt_signing_keys
    DROP CONSTRAINT IF EXISTS jwt_signing_keys_pkey;
    ALTER TABLE jwt_signing_keys
    ADD CONSTRAINT jwt_signing_keys_pkey PRIMARY KEY (key_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 105/146 · drop column jwt_signing_keys.app_id
ALTER TABLE IF EXISTS jwt_signing_keys
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 106/146 · drop index access_token_signing_keys_app_id_index on session_access_token_signing_keys
DROP INDEX IF EXISTS access_token_signing_keys_app_id_index;

-- 6.0 → 5.0 · 107/146 · drop foreign key session_access_token_signing_keys_app_id_fkey on session_access_token_signing_keys
ALTER TABLE IF EXISTS session_access_token_signing_keys
DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_app_id_fkey;

-- 6.0 → 5.0 · 108/146 · primary key of session_access_token_signing_keys becomes (created_at_time)
DO $plan$
BEGIN
  IF to_regclass('session_access_token_signing_keys') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_access_token_signing_keys') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (created_at_time)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('session_access_token_signing_keys') AND attname IN ('created_at_time') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE session_access_token_signing_keys
    DROP CONSTRAINT IF EXISTS session_access_token_signing_keys_pkey;
    ALTER TABLE session_access_token_signing_keys
    ADD CONSTRAINT session_access_token_signing_keys_pkey PRIMARY KEY (created_at_time);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 109/146 · drop column session_access_token_signing_keys.app_id
ALTER TABLE IF EXISTS session_access_token_signing_keys
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 110/146 · drop index session_info_tenant_id_index on session_info
DROP INDEX IF EXISTS session_info_tenant_id_index;

-- 6.0 → 5.0 · 111/146 · drop index session_expiry_index on session_info
DROP INDEX IF EXISTS session_expiry_index;

-- 6.0 → 5.0 · 112/146 · drop foreign key session_info_tenant_id_fkey on session_info
ALTER TABLE IF EXISTS session_info
DROP CONSTRAINT IF EXISTS session_info_tenant_id_fkey;

-- 6.0 → 5.0 · 113/146 · primary key of session_info becomes (session_handle)
DO $plan$
BEGIN
  IF to_regclass('session_info') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('session_info') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (session_handle)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('session_info') AND attname IN ('session_handle') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE session_info
    DROP CONSTRAINT IF EXISTS session_info_pkey;
    ALTER TABLE session_info
    ADD CONSTRAINT session_info_pkey PRIMARY KEY (session_handle);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 114/146 · drop column session_info.tenant_id
ALTER TABLE IF EXISTS session_info
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 115/146 · drop column session_info.app_id
ALTER TABLE IF EXISTS session_info
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 116/146 · drop index tenant_thirdparty_provider_clients_third_party_id_index on tenant_thirdparty_provider_clients
DROP INDEX IF EXISTS tenant_thirdparty_provider_clients_third_party_id_index;

-- 6.0 → 5.0 · 117/146 · drop table tenant_thirdparty_provider_clients
DROP TABLE IF EXISTS tenant_thirdparty_provider_clients;

-- 6.0 → 5.0 · 118/146 · drop index tenant_thirdparty_providers_tenant_id_index on tenant_thirdparty_providers
DROP INDEX IF EXISTS tenant_thirdparty_providers_tenant_id_index;

-- 6.0 → 5.0 · 119/146 · drop table tenant_thirdparty_providers
DROP TABLE IF EXISTS tenant_thirdparty_providers;

-- 6.0 → 5.0 · 120/146 · drop table tenant_configs
DROP TABLE IF EXISTS tenant_configs;

-- 6.0 → 5.0 · 121/146 · drop index all_auth_recipe_tenant_id_index on all_auth_recipe_users
DROP INDEX IF EXISTS all_auth_recipe_tenant_id_index;

-- 6.0 → 5.0 · 122/146 · drop index all_auth_recipe_user_id_index on all_auth_recipe_users
DROP INDEX IF EXISTS all_auth_recipe_user_id_index;

-- 6.0 → 5.0 · 123/146 · redefine index all_auth_recipe_users_pagination_index on all_auth_recipe_users
DO $plan$
BEGIN
  IF to_regclass('all_auth_recipe_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass('all_auth_recipe_users') AND c.relname = 'all_auth_recipe_users_pagination_index' AND replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON ') = 'CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users USING btree (time_joined DESC, user_id DESC)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('all_auth_recipe_users') AND attname IN ('time_joined', 'user_id') AND attnum > 0 AND NOT attisdropped) = 2 THEN
    DROP INDEX IF EXISTS all_auth_recipe_users_pagination_index;
    CREATE INDEX all_auth_recipe_users_pagination_index ON all_auth_recipe_users (time_joined DESC, user_id DESC);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 124/146 · drop foreign key all_auth_recipe_users_user_id_fkey on all_auth_recipe_users
ALTER TABLE IF EXISTS all_auth_recipe_users
DROP CONSTRAINT IF EXISTS all_auth_recipe_users_user_id_fkey;

-- 6.0 → 5.0 · 125/146 · drop foreign key all_auth_recipe_users_tenant_id_fkey on all_auth_recipe_users
ALTER TABLE IF EXISTS all_auth_recipe_users
DROP CONSTRAINT IF EXISTS all_auth_recipe_users_tenant_id_fkey;

-- 6.0 → 5.0 · 126/146 · primary key of all_auth_recipe_users becomes (user_id)
DO $plan$
BEGIN
  IF to_regclass('all_auth_recipe_users') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (user_id)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('all_auth_recipe_users') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE all_auth_recipe_users
    DROP CONSTRAINT IF EXISTS all_auth_recipe_users_pkey;
    ALTER TABLE all_auth_recipe_users
    ADD CONSTRAINT all_auth_recipe_users_pkey PRIMARY KEY (user_id);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 127/146 · drop column all_auth_recipe_users.tenant_id
ALTER TABLE IF EXISTS all_auth_recipe_users
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 128/146 · drop column all_auth_recipe_users.app_id
ALTER TABLE IF EXISTS all_auth_recipe_users
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 129/146 · drop index app_id_to_user_id_app_id_index on app_id_to_user_id
DROP INDEX IF EXISTS app_id_to_user_id_app_id_index;

-- 6.0 → 5.0 · 130/146 · drop table app_id_to_user_id
DROP TABLE IF EXISTS app_id_to_user_id;

-- 6.0 → 5.0 · 131/146 · drop index key_value_tenant_id_index on key_value
DROP INDEX IF EXISTS key_value_tenant_id_index;

-- 6.0 → 5.0 · 132/146 · drop foreign key key_value_tenant_id_fkey on key_value
ALTER TABLE IF EXISTS key_value
DROP CONSTRAINT IF EXISTS key_value_tenant_id_fkey;

-- 6.0 → 5.0 · 133/146 · primary key of key_value becomes (name)
DO $plan$
BEGIN
  IF to_regclass('key_value') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('key_value') AND contype = 'p' AND pg_get_constraintdef(oid) = 'PRIMARY KEY (name)')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('key_value') AND attname IN ('name') AND attnum > 0 AND NOT attisdropped) = 1 THEN
    ALTER TABLE key_value
    DROP CONSTRAINT IF EXISTS key_value_pkey;
    ALTER TABLE key_value
    ADD CONSTRAINT key_value_pkey PRIMARY KEY (name);
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 134/146 · drop column key_value.tenant_id
ALTER TABLE IF EXISTS key_value
DROP COLUMN IF EXISTS tenant_id;

-- 6.0 → 5.0 · 135/146 · drop column key_value.app_id
ALTER TABLE IF EXISTS key_value
DROP COLUMN IF EXISTS app_id;

-- 6.0 → 5.0 · 136/146 · drop index tenants_app_id_index on tenants
DROP INDEX IF EXISTS tenants_app_id_index;

-- 6.0 → 5.0 · 137/146 · drop table tenants
DROP TABLE IF EXISTS tenants;

-- 6.0 → 5.0 · 138/146 · drop table apps
DROP TABLE IF EXISTS apps;

-- 6.0 → 5.0 · 139/146 · add foreign key totp_used_codes_user_id_fkey on totp_used_codes
DO $plan$
BEGIN
  IF to_regclass('totp_used_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_used_codes') AND conname = 'totp_used_codes_user_id_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_used_codes') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (user_id)', 'UNIQUE (user_id)')) THEN
    ALTER TABLE totp_used_codes
    ADD CONSTRAINT totp_used_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 140/146 · add foreign key totp_user_devices_user_id_fkey on totp_user_devices
DO $plan$
BEGIN
  IF to_regclass('totp_user_devices') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_user_devices') AND conname = 'totp_user_devices_user_id_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('totp_user_devices') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('totp_users') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (user_id)', 'UNIQUE (user_id)')) THEN
    ALTER TABLE totp_user_devices
    ADD CONSTRAINT totp_user_devices_user_id_fkey FOREIGN KEY (user_id) REFERENCES totp_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 141/146 · add foreign key user_roles_role_fkey on user_roles
DO $plan$
BEGIN
  IF to_regclass('user_roles') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('user_roles') AND conname = 'user_roles_role_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('user_roles') AND attname IN ('role') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (role)', 'UNIQUE (role)')) THEN
    ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 142/146 · add foreign key role_permissions_role_fkey on role_permissions
DO $plan$
BEGIN
  IF to_regclass('role_permissions') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('role_permissions') AND conname = 'role_permissions_role_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('role_permissions') AND attname IN ('role') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('roles') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (role)', 'UNIQUE (role)')) THEN
    ALTER TABLE role_permissions
    ADD CONSTRAINT role_permissions_role_fkey FOREIGN KEY (role) REFERENCES roles (role) ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 143/146 · add foreign key passwordless_codes_device_id_hash_fkey on passwordless_codes
DO $plan$
BEGIN
  IF to_regclass('passwordless_codes') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_codes') AND conname = 'passwordless_codes_device_id_hash_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('passwordless_codes') AND attname IN ('device_id_hash') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('passwordless_devices') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (device_id_hash)', 'UNIQUE (device_id_hash)')) THEN
    ALTER TABLE passwordless_codes
    ADD CONSTRAINT passwordless_codes_device_id_hash_fkey FOREIGN KEY (device_id_hash) REFERENCES passwordless_devices (device_id_hash) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 144/146 · add foreign key emailpassword_pswd_reset_tokens_user_id_fkey on emailpassword_pswd_reset_tokens
DO $plan$
BEGIN
  IF to_regclass('emailpassword_pswd_reset_tokens') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_pswd_reset_tokens') AND conname = 'emailpassword_pswd_reset_tokens_user_id_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('emailpassword_pswd_reset_tokens') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('emailpassword_users') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (user_id)', 'UNIQUE (user_id)')) THEN
    ALTER TABLE emailpassword_pswd_reset_tokens
    ADD CONSTRAINT emailpassword_pswd_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES emailpassword_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 145/146 · add foreign key dashboard_user_sessions_user_id_fkey on dashboard_user_sessions
DO $plan$
BEGIN
  IF to_regclass('dashboard_user_sessions') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_user_sessions') AND conname = 'dashboard_user_sessions_user_id_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('dashboard_user_sessions') AND attname IN ('user_id') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('dashboard_users') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (user_id)', 'UNIQUE (user_id)')) THEN
    ALTER TABLE dashboard_user_sessions
    ADD CONSTRAINT dashboard_user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES dashboard_users (user_id) ON UPDATE CASCADE ON DELETE CASCADE;
  END IF;
END
$plan$;

-- 6.0 → 5.0 · 146/146 · add foreign key userid_mapping_supertokens_user_id_fkey on userid_mapping
DO $plan$
BEGIN
  IF to_regclass('userid_mapping') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('userid_mapping') AND conname = 'userid_mapping_supertokens_user_id_fkey')
    AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('userid_mapping') AND attname IN ('supertokens_user_id') AND attnum > 0 AND NOT attisdropped) = 1
    AND EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass('all_auth_recipe_users') AND contype IN ('p', 'u') AND pg_get_constraintdef(oid) IN ('PRIMARY KEY (user_id)', 'UNIQUE (user_id)')) THEN
    ALTER TABLE userid_mapping
    ADD CONSTRAINT userid_mapping_supertokens_user_id_fkey FOREIGN KEY (supertokens_user_id) REFERENCES all_auth_recipe_users (user_id) ON DELETE CASCADE;
  END IF;
END
$plan$;

COMMIT;
