-- plan 0.1.0 · supertokens 6.0 → 0 · mysql · rollback
-- what:     this script rolls a supertokens database back from 6.0 to 0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF SUPERTOKENS AND ALL THE DATA IN THEM.
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=supertokens-6.0-before.sql.partial DATABASE && mv supertokens-6.0-before.sql.partial supertokens-6.0-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < supertokens-6.0-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile supertokens 0 6.0 --dialect mysql -o up.sql
-- this rollback drops: 33 tables key_value, session_info, emailpassword_users, emailpassword_pswd_reset_tokens, emailverification_tokens, emailverification_verified_emails, thirdparty_users, all_auth_recipe_users, jwt_signing_keys, session_access_token_signing_keys, passwordless_users, passwordless_devices, passwordless_codes, user_metadata, roles, role_permissions, user_roles, userid_mapping, dashboard_users, dashboard_user_sessions, totp_users, totp_user_devices, totp_used_codes, user_last_active, apps, tenants, app_id_to_user_id, tenant_configs, tenant_thirdparty_providers, tenant_thirdparty_provider_clients, emailpassword_user_to_tenant, passwordless_user_to_tenant, thirdparty_user_to_tenant, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/0-3.3.yaml 82f273aef4b4d235a2ace19ac27182f8a6be3ab467bc6edbd539a4da37762032
--   plans/supertokens/3.3-3.4.yaml 5939766fbc6377e54e8546315eb1509c1d42c151042a0cd4ad7332781dd1b943
--   plans/supertokens/3.4-3.5.yaml abc80a870ebc57d09af16823327f9df77918077db25e96945ade0dc951ee98d1
--   plans/supertokens/3.5-3.6.yaml 9f99e36efa6a666c35bef13fe66954c361f562e4ed83004b9f044f70b25ad7c4
--   plans/supertokens/3.6-3.7.yaml b78bb35b5a628db6c08561bf06f1588e360638e8d5f0917028e7247415cfbb05
--   plans/supertokens/3.7-3.8.yaml 744f6725fe16bf25ae6f96a996e06b777e06a12f8ba457bbe34f5021430bb3de
--   plans/supertokens/3.8-3.9.yaml cc88e60bd13be9a5ac00b8959feb1f163209e0ddce990014a82376681309b283
--   plans/supertokens/3.9-3.10.yaml 0960843b4b2b0a1e3c2c0ab6677dce5398f0d60a7971d1e688d69a5417f6a7d9
--   plans/supertokens/3.10-3.11.yaml 95f73f8a8c013f33c63aed70c8c1b447f192d1a03dbbed22b197c5aeb6dcaf4a
--   plans/supertokens/3.11-3.12.yaml 1c0d8155e83756b593b5f2d63bf6b7c7ab84d7579cc6e4724bfe8a6a750c4d40
--   plans/supertokens/3.12-3.13.yaml 605600ee6f0252ebaf551a08cfe5f820b554c98a9f0b2a8725fc7e6f0aa422e3
--   plans/supertokens/3.13-3.14.yaml 90ae673599ce21b43132d80e9aec2bcd92fca85e27eac76792d30bf57648ed90
--   plans/supertokens/3.14-3.15.yaml ae87c42463c5076cfd9ca28baba39037259e4e98db21bfcfb5c34abef2882a11
--   plans/supertokens/3.15-3.16.yaml 978d6634880b6010d8ebf5368580013bfa0c8c79087f3532f6f84facae4b2d64
--   plans/supertokens/3.16-4.0.yaml 4fc3279d131eb8e926c3ec14f36b2e8602f0ea2123baa50d867db80bc5cb3716
--   plans/supertokens/4.0-4.1.yaml b3571c214a5311ffc4e49e6f7609069b0cc9f8a6ff975ea6a9ba7b88249da308
--   plans/supertokens/4.1-4.2.yaml 1429bdbd0faae3297ef8a35c2e0a816381d2652b27ae75c5c96fdcbe711121fb
--   plans/supertokens/4.2-4.3.yaml 4a20fdd9a4a21f8c785db32e289d80fedb3753eb8e544294849efee29e8f6a88
--   plans/supertokens/4.3-4.4.yaml 65ad6464488e943fce352de4bc87ff2878cc350c63ab6239fd80086df2445df0
--   plans/supertokens/4.4-4.5.yaml b95a2e6ed93a2657c24288272a4254c6b9ab2b07df8134debda40f1b8e0603e9
--   plans/supertokens/4.5-4.6.yaml eab95ecd52c95d5834802d7de59f7d447b9e428118fb4103f66f1a509a28ec2d
--   plans/supertokens/4.6-5.0.yaml 1e85aa4e26952013920356ac9712be72b182724d8778ca9291cd89cb52e344ee
--   plans/supertokens/5.0-6.0.yaml ad9459100d84acfeb6b8947a730a6fbab86c5ffdc94b9bf158a7f3fcee7d3fb0
-- derived:  the install 0 → 6.0 undone here is derived from the chain 0 → 3.3 → 3.4 → 3.5 → 3.6 → 3.7 → 3.8 → 3.9 → 3.10 → 3.11 → 3.12 → 3.13 → 3.14 → 3.15 → 3.16 → 4.0 → 4.1 → 4.2 → 4.3 → 4.4 → 4.5 → 4.6 → 5.0 → 6.0 (replayed in the model); its rollback drops what it creates
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 33 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end
-- MANUAL STEPS (1), not done by this script:
--   1. [6.0 → 0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 6.0, at 0, or between them on this script's path (a resumed run)
SET @plan_ok = FALSE;
SET @plan_busy = (SELECT CONCAT('connection ', ID, ' for ', TIME, ' s: ', LEFT(REPLACE(REPLACE(INFO, CHAR(10), ' '), CHAR(13), ' '), 100))
  FROM information_schema.PROCESSLIST
  WHERE ID <> CONNECTION_ID() AND COMMAND <> 'Sleep'
    AND (INFO REGEXP '^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(ALTER|CREATE|DROP|RENAME|TRUNCATE)[[:space:]]' AND NOT INFO REGEXP '^[[:space:]]*(/[*].*[*]/[[:space:]]*)*(SET[[:space:]]+STATEMENT[[:space:]].*[[:space:]]FOR[[:space:]]+)?(CREATE[[:space:]]+(OR[[:space:]]+REPLACE[[:space:]]+)?|DROP[[:space:]]+)TEMPORARY[[:space:]]')
    AND (DB = DATABASE()
      OR LOCATE(CONCAT('`', REPLACE(DATABASE(), '`', '``'), '`.'), INFO) > 0
      OR LOCATE(CONCAT(' ', DATABASE(), '.'), REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(INFO, CHAR(10), ' '), CHAR(13), ' '), CHAR(9), ' '), ',', ' '), '(', ' ')) > 0)
  ORDER BY TIME DESC, ID LIMIT 1);
SELECT CONCAT('plan stopped: another session is changing the schema of this database (', @plan_busy, '). A client stopped mid-script leaves its statement running on the server: wait until it ends (or KILL QUERY that connection), then run this script again. Nothing was changed.') AS plan FROM DUAL WHERE @plan_busy IS NOT NULL;
SET @plan_sql = IF(
  @plan_busy IS NULL,
  'DO 0',
  'SELECT 1 FROM `plan stopped: another session is changing the schema; see the ro`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(SUBSTRING_INDEX(GROUP_CONCAT(IF(p.c & 1 <> 0, p.m, NULL) ORDER BY p.o, p.m SEPARATOR '\0'), '\0', 1) USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), COUNT(IF(p.c & 2 <> 0, 1, NULL)) FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'foreign_key key_value.key_value_ibfk_1', 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'foreign_key role_permissions.role_permissions_ibfk_1', 'foreign_key roles.roles_ibfk_1', 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'foreign_key session_info.session_info_ibfk_1', 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'foreign_key tenants.tenants_ibfk_1', 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'foreign_key totp_users.totp_users_ibfk_1', 'foreign_key user_last_active.user_last_active_ibfk_1', 'foreign_key user_metadata.user_metadata_ibfk_1', 'foreign_key user_roles.user_roles_ibfk_1', 'foreign_key user_roles.user_roles_ibfk_2', 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'index all_auth_recipe_users.PRIMARY', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'index all_auth_recipe_users.app_id', 'index app_id_to_user_id.PRIMARY', 'index apps.PRIMARY', 'index dashboard_user_sessions.PRIMARY', 'index dashboard_user_sessions.app_id', 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'index dashboard_users.PRIMARY', 'index dashboard_users.email', 'index emailpassword_pswd_reset_tokens.PRIMARY', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'index emailpassword_pswd_reset_tokens.token', 'index emailpassword_user_to_tenant.PRIMARY', 'index emailpassword_user_to_tenant.email', 'index emailpassword_users.PRIMARY', 'index emailverification_tokens.PRIMARY', 'index emailverification_tokens.emailverification_tokens_index', 'index emailverification_tokens.token', 'index emailverification_verified_emails.PRIMARY', 'index jwt_signing_keys.PRIMARY', 'index key_value.PRIMARY', 'index passwordless_codes.PRIMARY', 'index passwordless_codes.app_id', 'index passwordless_codes.link_code_hash', 'index passwordless_codes.passwordless_codes_created_at_index', 'index passwordless_devices.PRIMARY', 'index passwordless_devices.passwordless_devices_email_index', 'index passwordless_devices.passwordless_devices_phone_number_index', 'index passwordless_user_to_tenant.PRIMARY', 'index passwordless_user_to_tenant.email', 'index passwordless_user_to_tenant.phone_number', 'index passwordless_users.PRIMARY', 'index role_permissions.PRIMARY', 'index role_permissions.role_permissions_permission_index', 'index roles.PRIMARY', 'index session_access_token_signing_keys.PRIMARY', 'index session_info.PRIMARY', 'index session_info.session_expiry_index', 'index tenant_configs.PRIMARY', 'index tenant_thirdparty_provider_clients.PRIMARY', 'index tenant_thirdparty_providers.PRIMARY', 'index tenants.PRIMARY', 'index thirdparty_user_to_tenant.PRIMARY', 'index thirdparty_user_to_tenant.third_party_user_id', 'index thirdparty_users.PRIMARY', 'index thirdparty_users.thirdparty_users_email_index', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'index totp_used_codes.PRIMARY', 'index totp_used_codes.app_id', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'index totp_user_devices.PRIMARY', 'index totp_users.PRIMARY', 'index user_last_active.PRIMARY', 'index user_metadata.PRIMARY', 'index user_roles.PRIMARY', 'index user_roles.app_id', 'index user_roles.user_roles_role_index', 'index userid_mapping.PRIMARY', 'index userid_mapping.external_user_id', 'index userid_mapping.supertokens_user_id') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'varchar(64) NOT NULL DEFAULT ''public''' AS def, 1 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column apps.created_at_time', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column apps.created_at_time', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL', 1
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned', 1
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned', 1
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL', 1
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned', 1
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned', 1
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column key_value.value', 'text', 1
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL', 1
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL', 1
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL', 1
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)', 1
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL', 1
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL', 1
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL', 1
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)', 1
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'varchar(256)', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'varchar(256)', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)', 1
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)', 1
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text', 1
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text', 1
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column session_info.session_data', 'text', 1
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column tenant_configs.core_config', 'text', 1
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'tinyint(1)', 1
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'tinyint(1)', 1
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'tinyint(1)', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'tinyint(1)', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'varchar(28) NOT NULL', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'varchar(64)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'tinyint(1)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'varchar(28) NOT NULL', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'varchar(64)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'varchar(64)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'varchar(64)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'varchar(64)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'varchar(64)', 1
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'varchar(64)', 1
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'varchar(28) NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL', 1
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned', 1
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned', 1
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL', 1
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL', 1
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text', 1
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'app_id, user_id -> emailpassword_users (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE', 1
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE', 1
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'connection_uri_domain, app_id, tenant_id, third_party_id -> tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 1
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'time_joined DESC, user_id DESC, tenant_id DESC, app_id DESC', 1
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'app_id, user_id', 1
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index apps.PRIMARY', 'UNIQUE app_id', 1
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE app_id, session_id', 1
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'app_id, user_id', 1
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry', 1
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE app_id, email', 1
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE app_id, user_id, token', 1
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry', 1
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token', 1
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 1
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email', 1
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, email, token', 1
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry', 1
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token', 1
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE app_id, user_id, email', 1
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE app_id, key_id', 1
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE app_id, tenant_id, name', 1
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE app_id, tenant_id, code_id', 1
        UNION ALL SELECT 'index passwordless_codes.app_id', 'app_id, tenant_id, device_id_hash', 1
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE app_id, tenant_id, link_code_hash', 1
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'app_id, tenant_id, created_at', 1
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE app_id, tenant_id, device_id_hash', 1
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'app_id, tenant_id, email', 1
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'app_id, tenant_id, phone_number', 1
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 1
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email', 1
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'UNIQUE app_id, tenant_id, phone_number', 1
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE app_id, role, permission', 1
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'app_id, permission', 1
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE app_id, role', 1
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE app_id, created_at_time', 1
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE app_id, tenant_id, session_handle', 1
        UNION ALL SELECT 'index session_info.session_expiry_index', 'expires_at', 1
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id', 1
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id, client_type', 1
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id', 1
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE app_id, tenant_id', 1
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 1
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'UNIQUE app_id, tenant_id, third_party_id, third_party_user_id', 1
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'app_id, email', 1
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'app_id, third_party_id, third_party_user_id', 1
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, created_time_ms', 1
        UNION ALL SELECT 'index totp_used_codes.app_id', 'app_id, user_id', 1
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'app_id, tenant_id, expiry_time_ms', 1
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE app_id, user_id, device_name', 1
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, role', 1
        UNION ALL SELECT 'index user_roles.app_id', 'app_id, role', 1
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'app_id, tenant_id, role', 1
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE app_id, supertokens_user_id, external_user_id', 1
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE app_id, external_user_id', 1
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE app_id, supertokens_user_id', 1
        UNION ALL SELECT 'table all_auth_recipe_users', 'present', 1
        UNION ALL SELECT 'table app_id_to_user_id', 'present', 1
        UNION ALL SELECT 'table apps', 'present', 1
        UNION ALL SELECT 'table dashboard_user_sessions', 'present', 1
        UNION ALL SELECT 'table dashboard_users', 'present', 1
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present', 1
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'present', 1
        UNION ALL SELECT 'table emailpassword_users', 'present', 1
        UNION ALL SELECT 'table emailverification_tokens', 'present', 1
        UNION ALL SELECT 'table emailverification_verified_emails', 'present', 1
        UNION ALL SELECT 'table jwt_signing_keys', 'present', 1
        UNION ALL SELECT 'table key_value', 'present', 1
        UNION ALL SELECT 'table passwordless_codes', 'present', 1
        UNION ALL SELECT 'table passwordless_devices', 'present', 1
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'present', 1
        UNION ALL SELECT 'table passwordless_users', 'present', 1
        UNION ALL SELECT 'table role_permissions', 'present', 1
        UNION ALL SELECT 'table roles', 'present', 1
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present', 1
        UNION ALL SELECT 'table session_info', 'present', 1
        UNION ALL SELECT 'table tenant_configs', 'present', 1
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'present', 1
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'present', 1
        UNION ALL SELECT 'table tenants', 'present', 1
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'present', 1
        UNION ALL SELECT 'table thirdparty_users', 'present', 1
        UNION ALL SELECT 'table totp_used_codes', 'present', 1
        UNION ALL SELECT 'table totp_user_devices', 'present', 1
        UNION ALL SELECT 'table totp_users', 'present', 1
        UNION ALL SELECT 'table user_last_active', 'present', 1
        UNION ALL SELECT 'table user_metadata', 'present', 1
        UNION ALL SELECT 'table user_roles', 'present', 1
        UNION ALL SELECT 'table userid_mapping', 'present', 1) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT NULL AS k, NULL AS m, NULL AS f FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 4, i.m, 1 FROM (SELECT 'table apps' AS a, 'column apps.app_id' AS b, 'table apps has no column app_id, which this script drops together with table apps' AS m
        UNION ALL SELECT 'column apps.app_id', 'table apps', 'table apps is missing, which this script drops together with column app_id of table apps'
        UNION ALL SELECT 'table apps', 'column apps.created_at_time', 'table apps has no column created_at_time, which this script drops together with table apps'
        UNION ALL SELECT 'column apps.created_at_time', 'table apps', 'table apps is missing, which this script drops together with column created_at_time of table apps'
        UNION ALL SELECT 'table apps', 'index apps.PRIMARY', 'table apps has no index PRIMARY, which this script drops together with table apps'
        UNION ALL SELECT 'table tenants', 'column tenants.app_id', 'table tenants has no column app_id, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.app_id', 'table tenants', 'table tenants is missing, which this script drops together with column app_id of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.created_at_time', 'table tenants has no column created_at_time, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.created_at_time', 'table tenants', 'table tenants is missing, which this script drops together with column created_at_time of table tenants'
        UNION ALL SELECT 'table tenants', 'column tenants.tenant_id', 'table tenants has no column tenant_id, which this script drops together with table tenants'
        UNION ALL SELECT 'column tenants.tenant_id', 'table tenants', 'table tenants is missing, which this script drops together with column tenant_id of table tenants'
        UNION ALL SELECT 'table tenants', 'foreign_key tenants.tenants_ibfk_1', 'table tenants has no foreign key tenants_ibfk_1, which this script drops together with table tenants'
        UNION ALL SELECT 'table tenants', 'index tenants.PRIMARY', 'table tenants has no index PRIMARY, which this script drops together with table tenants'
        UNION ALL SELECT 'table tenants', 'table apps', 'table apps is missing, which this script drops only after table tenants (still there)'
        UNION ALL SELECT 'table key_value', 'column key_value.app_id', 'table key_value has no column app_id, which this script drops together with table key_value'
        UNION ALL SELECT 'column key_value.app_id', 'table key_value', 'table key_value is missing, which this script drops together with column app_id of table key_value'
        UNION ALL SELECT 'table key_value', 'column key_value.created_at_time', 'table key_value has no column created_at_time, which this script drops together with table key_value'
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value', 'table key_value is missing, which this script drops together with column created_at_time of table key_value'
        UNION ALL SELECT 'table key_value', 'column key_value.name', 'table key_value has no column name, which this script drops together with table key_value'
        UNION ALL SELECT 'column key_value.name', 'table key_value', 'table key_value is missing, which this script drops together with column name of table key_value'
        UNION ALL SELECT 'table key_value', 'column key_value.tenant_id', 'table key_value has no column tenant_id, which this script drops together with table key_value'
        UNION ALL SELECT 'column key_value.tenant_id', 'table key_value', 'table key_value is missing, which this script drops together with column tenant_id of table key_value'
        UNION ALL SELECT 'table key_value', 'column key_value.value', 'table key_value has no column value, which this script drops together with table key_value'
        UNION ALL SELECT 'column key_value.value', 'table key_value', 'table key_value is missing, which this script drops together with column value of table key_value'
        UNION ALL SELECT 'table key_value', 'foreign_key key_value.key_value_ibfk_1', 'table key_value has no foreign key key_value_ibfk_1, which this script drops together with table key_value'
        UNION ALL SELECT 'table key_value', 'index key_value.PRIMARY', 'table key_value has no index PRIMARY, which this script drops together with table key_value'
        UNION ALL SELECT 'table key_value', 'table tenants', 'table tenants is missing, which this script drops only after table key_value (still there)'
        UNION ALL SELECT 'table session_info', 'column session_info.app_id', 'table session_info has no column app_id, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.app_id', 'table session_info', 'table session_info is missing, which this script drops together with column app_id of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.created_at_time', 'table session_info has no column created_at_time, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info', 'table session_info is missing, which this script drops together with column created_at_time of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.expires_at', 'table session_info has no column expires_at, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info', 'table session_info is missing, which this script drops together with column expires_at of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info', 'table session_info is missing, which this script drops together with column jwt_user_payload of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info', 'table session_info is missing, which this script drops together with column refresh_token_hash_2 of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.session_data', 'table session_info has no column session_data, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.session_data', 'table session_info', 'table session_info is missing, which this script drops together with column session_data of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.session_handle', 'table session_info has no column session_handle, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info', 'table session_info is missing, which this script drops together with column session_handle of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.tenant_id', 'table session_info has no column tenant_id, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.tenant_id', 'table session_info', 'table session_info is missing, which this script drops together with column tenant_id of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.use_static_key', 'table session_info has no column use_static_key, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.use_static_key', 'table session_info', 'table session_info is missing, which this script drops together with column use_static_key of table session_info'
        UNION ALL SELECT 'table session_info', 'column session_info.user_id', 'table session_info has no column user_id, which this script drops together with table session_info'
        UNION ALL SELECT 'column session_info.user_id', 'table session_info', 'table session_info is missing, which this script drops together with column user_id of table session_info'
        UNION ALL SELECT 'table session_info', 'foreign_key session_info.session_info_ibfk_1', 'table session_info has no foreign key session_info_ibfk_1, which this script drops together with table session_info'
        UNION ALL SELECT 'table session_info', 'index session_info.PRIMARY', 'table session_info has no index PRIMARY, which this script drops together with table session_info'
        UNION ALL SELECT 'table session_info', 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index, which this script drops together with table session_info'
        UNION ALL SELECT 'table session_info', 'table key_value', 'table key_value is missing, which this script drops only after table session_info (still there)'
        UNION ALL SELECT 'table app_id_to_user_id', 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id, which this script drops together with table app_id_to_user_id'
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops together with column app_id of table app_id_to_user_id'
        UNION ALL SELECT 'table app_id_to_user_id', 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id, which this script drops together with table app_id_to_user_id'
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops together with column recipe_id of table app_id_to_user_id'
        UNION ALL SELECT 'table app_id_to_user_id', 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id, which this script drops together with table app_id_to_user_id'
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops together with column user_id of table app_id_to_user_id'
        UNION ALL SELECT 'table app_id_to_user_id', 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_1, which this script drops together with table app_id_to_user_id'
        UNION ALL SELECT 'table app_id_to_user_id', 'index app_id_to_user_id.PRIMARY', 'table app_id_to_user_id has no index PRIMARY, which this script drops together with table app_id_to_user_id'
        UNION ALL SELECT 'table app_id_to_user_id', 'table session_info', 'table session_info is missing, which this script drops only after table app_id_to_user_id (still there)'
        UNION ALL SELECT 'table emailpassword_users', 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'column emailpassword_users.app_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column app_id of table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'column emailpassword_users.email', 'table emailpassword_users has no column email, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column email of table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column password_hash of table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column time_joined of table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops together with column user_id of table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'table emailpassword_users has no foreign key emailpassword_users_ibfk_1, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY, which this script drops together with table emailpassword_users'
        UNION ALL SELECT 'table emailpassword_users', 'table app_id_to_user_id', 'table app_id_to_user_id is missing, which this script drops only after table emailpassword_users (still there)'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column app_id of table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column token of table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column token_expiry of table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops together with column user_id of table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token, which this script drops together with table emailpassword_pswd_reset_tokens'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_users', 'table emailpassword_users is missing, which this script drops only after table emailpassword_pswd_reset_tokens (still there)'
        UNION ALL SELECT 'table emailverification_tokens', 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column app_id of table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'column emailverification_tokens.email', 'table emailverification_tokens has no column email, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column email of table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column tenant_id of table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'column emailverification_tokens.token', 'table emailverification_tokens has no column token, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column token of table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column token_expiry of table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops together with column user_id of table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'table emailverification_tokens has no foreign key emailverification_tokens_ibfk_1, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'index emailverification_tokens.token', 'table emailverification_tokens has no index token, which this script drops together with table emailverification_tokens'
        UNION ALL SELECT 'table emailverification_tokens', 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing, which this script drops only after table emailverification_tokens (still there)'
        UNION ALL SELECT 'table emailverification_verified_emails', 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id, which this script drops together with table emailverification_verified_emails'
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column app_id of table emailverification_verified_emails'
        UNION ALL SELECT 'table emailverification_verified_emails', 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email, which this script drops together with table emailverification_verified_emails'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column email of table emailverification_verified_emails'
        UNION ALL SELECT 'table emailverification_verified_emails', 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id, which this script drops together with table emailverification_verified_emails'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops together with column user_id of table emailverification_verified_emails'
        UNION ALL SELECT 'table emailverification_verified_emails', 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'table emailverification_verified_emails has no foreign key emailverification_verified_emails_ibfk_1, which this script drops together with table emailverification_verified_emails'
        UNION ALL SELECT 'table emailverification_verified_emails', 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY, which this script drops together with table emailverification_verified_emails'
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_tokens', 'table emailverification_tokens is missing, which this script drops only after table emailverification_verified_emails (still there)'
        UNION ALL SELECT 'table thirdparty_users', 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'column thirdparty_users.app_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column app_id of table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'column thirdparty_users.email', 'table thirdparty_users has no column email, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column email of table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column third_party_id of table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column third_party_user_id of table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column time_joined of table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops together with column user_id of table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'table thirdparty_users has no foreign key thirdparty_users_ibfk_1, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index, which this script drops together with table thirdparty_users'
        UNION ALL SELECT 'table thirdparty_users', 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing, which this script drops only after table thirdparty_users (still there)'
        UNION ALL SELECT 'table all_auth_recipe_users', 'column all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no column app_id, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'column all_auth_recipe_users.app_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column app_id of table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column recipe_id of table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column tenant_id of table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column time_joined of table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops together with column user_id of table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_1, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_2, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'index all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no index app_id, which this script drops together with table all_auth_recipe_users'
        UNION ALL SELECT 'table all_auth_recipe_users', 'table thirdparty_users', 'table thirdparty_users is missing, which this script drops only after table all_auth_recipe_users (still there)'
        UNION ALL SELECT 'table jwt_signing_keys', 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column algorithm of table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column app_id of table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column created_at of table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column key_id of table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops together with column key_string of table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'table jwt_signing_keys has no foreign key jwt_signing_keys_ibfk_1, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY, which this script drops together with table jwt_signing_keys'
        UNION ALL SELECT 'table jwt_signing_keys', 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing, which this script drops only after table jwt_signing_keys (still there)'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id, which this script drops together with table session_access_token_signing_keys'
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops together with column app_id of table session_access_token_signing_keys'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time, which this script drops together with table session_access_token_signing_keys'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops together with column created_at_time of table session_access_token_signing_keys'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value, which this script drops together with table session_access_token_signing_keys'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops together with column value of table session_access_token_signing_keys'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'table session_access_token_signing_keys has no foreign key session_access_token_signing_keys_ibfk_1, which this script drops together with table session_access_token_signing_keys'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY, which this script drops together with table session_access_token_signing_keys'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table jwt_signing_keys', 'table jwt_signing_keys is missing, which this script drops only after table session_access_token_signing_keys (still there)'
        UNION ALL SELECT 'table passwordless_users', 'column passwordless_users.app_id', 'table passwordless_users has no column app_id, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'column passwordless_users.app_id', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column app_id of table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'column passwordless_users.email', 'table passwordless_users has no column email, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column email of table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column phone_number of table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column time_joined of table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'column passwordless_users.user_id', 'table passwordless_users has no column user_id, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users', 'table passwordless_users is missing, which this script drops together with column user_id of table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'table passwordless_users has no foreign key passwordless_users_ibfk_1, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY, which this script drops together with table passwordless_users'
        UNION ALL SELECT 'table passwordless_users', 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing, which this script drops only after table passwordless_users (still there)'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.app_id', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column app_id of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column device_id_hash of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.email', 'table passwordless_devices has no column email, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column email of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column failed_attempts of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column link_code_salt of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column phone_number of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops together with column tenant_id of table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'table passwordless_devices has no foreign key passwordless_devices_ibfk_1, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index, which this script drops together with table passwordless_devices'
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_users', 'table passwordless_users is missing, which this script drops only after table passwordless_devices (still there)'
        UNION ALL SELECT 'table passwordless_codes', 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'column passwordless_codes.app_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column app_id of table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column code_id of table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column created_at of table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column device_id_hash of table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column link_code_hash of table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops together with column tenant_id of table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'index passwordless_codes.app_id', 'table passwordless_codes has no index app_id, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index, which this script drops together with table passwordless_codes'
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_devices', 'table passwordless_devices is missing, which this script drops only after table passwordless_codes (still there)'
        UNION ALL SELECT 'table user_metadata', 'column user_metadata.app_id', 'table user_metadata has no column app_id, which this script drops together with table user_metadata'
        UNION ALL SELECT 'column user_metadata.app_id', 'table user_metadata', 'table user_metadata is missing, which this script drops together with column app_id of table user_metadata'
        UNION ALL SELECT 'table user_metadata', 'column user_metadata.user_id', 'table user_metadata has no column user_id, which this script drops together with table user_metadata'
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata', 'table user_metadata is missing, which this script drops together with column user_id of table user_metadata'
        UNION ALL SELECT 'table user_metadata', 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata, which this script drops together with table user_metadata'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata', 'table user_metadata is missing, which this script drops together with column user_metadata of table user_metadata'
        UNION ALL SELECT 'table user_metadata', 'foreign_key user_metadata.user_metadata_ibfk_1', 'table user_metadata has no foreign key user_metadata_ibfk_1, which this script drops together with table user_metadata'
        UNION ALL SELECT 'table user_metadata', 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY, which this script drops together with table user_metadata'
        UNION ALL SELECT 'table user_metadata', 'table passwordless_codes', 'table passwordless_codes is missing, which this script drops only after table user_metadata (still there)'
        UNION ALL SELECT 'table roles', 'column roles.app_id', 'table roles has no column app_id, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.app_id', 'table roles', 'table roles is missing, which this script drops together with column app_id of table roles'
        UNION ALL SELECT 'table roles', 'column roles.role', 'table roles has no column role, which this script drops together with table roles'
        UNION ALL SELECT 'column roles.role', 'table roles', 'table roles is missing, which this script drops together with column role of table roles'
        UNION ALL SELECT 'table roles', 'foreign_key roles.roles_ibfk_1', 'table roles has no foreign key roles_ibfk_1, which this script drops together with table roles'
        UNION ALL SELECT 'table roles', 'index roles.PRIMARY', 'table roles has no index PRIMARY, which this script drops together with table roles'
        UNION ALL SELECT 'table roles', 'table user_metadata', 'table user_metadata is missing, which this script drops only after table roles (still there)'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.app_id', 'table role_permissions has no column app_id, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.app_id', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column app_id of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.permission', 'table role_permissions has no column permission, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column permission of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'column role_permissions.role', 'table role_permissions has no column role, which this script drops together with table role_permissions'
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions', 'table role_permissions is missing, which this script drops together with column role of table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1, which this script drops together with table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY, which this script drops together with table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index, which this script drops together with table role_permissions'
        UNION ALL SELECT 'table role_permissions', 'table roles', 'table roles is missing, which this script drops only after table role_permissions (still there)'
        UNION ALL SELECT 'table user_roles', 'column user_roles.app_id', 'table user_roles has no column app_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.app_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column app_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.role', 'table user_roles has no column role, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.role', 'table user_roles', 'table user_roles is missing, which this script drops together with column role of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.tenant_id', 'table user_roles has no column tenant_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column tenant_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'column user_roles.user_id', 'table user_roles has no column user_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles', 'table user_roles is missing, which this script drops together with column user_id of table user_roles'
        UNION ALL SELECT 'table user_roles', 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1, which this script drops together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'foreign_key user_roles.user_roles_ibfk_2', 'table user_roles has no foreign key user_roles_ibfk_2, which this script drops together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY, which this script drops together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_roles.app_id', 'table user_roles has no index app_id, which this script drops together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index, which this script drops together with table user_roles'
        UNION ALL SELECT 'table user_roles', 'table role_permissions', 'table role_permissions is missing, which this script drops only after table user_roles (still there)'
        UNION ALL SELECT 'table userid_mapping', 'column userid_mapping.app_id', 'table userid_mapping has no column app_id, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'column userid_mapping.app_id', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column app_id of table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column external_user_id of table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column external_user_id_info of table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping', 'table userid_mapping is missing, which this script drops together with column supertokens_user_id of table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id, which this script drops together with table userid_mapping'
        UNION ALL SELECT 'table userid_mapping', 'table user_roles', 'table user_roles is missing, which this script drops only after table userid_mapping (still there)'
        UNION ALL SELECT 'table dashboard_users', 'column dashboard_users.app_id', 'table dashboard_users has no column app_id, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'column dashboard_users.app_id', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column app_id of table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'column dashboard_users.email', 'table dashboard_users has no column email, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column email of table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column password_hash of table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column time_joined of table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'column dashboard_users.user_id', 'table dashboard_users has no column user_id, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users', 'table dashboard_users is missing, which this script drops together with column user_id of table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'table dashboard_users has no foreign key dashboard_users_ibfk_1, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'index dashboard_users.email', 'table dashboard_users has no index email, which this script drops together with table dashboard_users'
        UNION ALL SELECT 'table dashboard_users', 'table userid_mapping', 'table userid_mapping is missing, which this script drops only after table dashboard_users (still there)'
        UNION ALL SELECT 'table dashboard_user_sessions', 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column app_id of table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column expiry of table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column session_id of table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column time_created of table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops together with column user_id of table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'index dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no index app_id, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index, which this script drops together with table dashboard_user_sessions'
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_users', 'table dashboard_users is missing, which this script drops only after table dashboard_user_sessions (still there)'
        UNION ALL SELECT 'table totp_users', 'column totp_users.app_id', 'table totp_users has no column app_id, which this script drops together with table totp_users'
        UNION ALL SELECT 'column totp_users.app_id', 'table totp_users', 'table totp_users is missing, which this script drops together with column app_id of table totp_users'
        UNION ALL SELECT 'table totp_users', 'column totp_users.user_id', 'table totp_users has no column user_id, which this script drops together with table totp_users'
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users', 'table totp_users is missing, which this script drops together with column user_id of table totp_users'
        UNION ALL SELECT 'table totp_users', 'foreign_key totp_users.totp_users_ibfk_1', 'table totp_users has no foreign key totp_users_ibfk_1, which this script drops together with table totp_users'
        UNION ALL SELECT 'table totp_users', 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY, which this script drops together with table totp_users'
        UNION ALL SELECT 'table totp_users', 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing, which this script drops only after table totp_users (still there)'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.app_id', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column app_id of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column device_name of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.period', 'table totp_user_devices has no column period, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column period of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column secret_key of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.skew', 'table totp_user_devices has no column skew, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column skew of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column user_id of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'column totp_user_devices.verified', 'table totp_user_devices has no column verified, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops together with column verified of table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY, which this script drops together with table totp_user_devices'
        UNION ALL SELECT 'table totp_user_devices', 'table totp_users', 'table totp_users is missing, which this script drops only after table totp_user_devices (still there)'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.app_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column app_id of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.code', 'table totp_used_codes has no column code, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column code of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column created_time_ms of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column expiry_time_ms of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column is_valid of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column tenant_id of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops together with column user_id of table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_2, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'index totp_used_codes.app_id', 'table totp_used_codes has no index app_id, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index, which this script drops together with table totp_used_codes'
        UNION ALL SELECT 'table totp_used_codes', 'table totp_user_devices', 'table totp_user_devices is missing, which this script drops only after table totp_used_codes (still there)'
        UNION ALL SELECT 'table user_last_active', 'column user_last_active.app_id', 'table user_last_active has no column app_id, which this script drops together with table user_last_active'
        UNION ALL SELECT 'column user_last_active.app_id', 'table user_last_active', 'table user_last_active is missing, which this script drops together with column app_id of table user_last_active'
        UNION ALL SELECT 'table user_last_active', 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time, which this script drops together with table user_last_active'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active', 'table user_last_active is missing, which this script drops together with column last_active_time of table user_last_active'
        UNION ALL SELECT 'table user_last_active', 'column user_last_active.user_id', 'table user_last_active has no column user_id, which this script drops together with table user_last_active'
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active', 'table user_last_active is missing, which this script drops together with column user_id of table user_last_active'
        UNION ALL SELECT 'table user_last_active', 'foreign_key user_last_active.user_last_active_ibfk_1', 'table user_last_active has no foreign key user_last_active_ibfk_1, which this script drops together with table user_last_active'
        UNION ALL SELECT 'table user_last_active', 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY, which this script drops together with table user_last_active'
        UNION ALL SELECT 'table user_last_active', 'table totp_used_codes', 'table totp_used_codes is missing, which this script drops only after table user_last_active (still there)'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.app_id', 'table tenant_configs has no column app_id, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.app_id', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column app_id of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column connection_uri_domain of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.core_config', 'table tenant_configs has no column core_config, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.core_config', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column core_config of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column email_password_enabled of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column passwordless_enabled of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column tenant_id of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'table tenant_configs', 'table tenant_configs is missing, which this script drops together with column third_party_enabled of table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'index tenant_configs.PRIMARY', 'table tenant_configs has no index PRIMARY, which this script drops together with table tenant_configs'
        UNION ALL SELECT 'table tenant_configs', 'table user_last_active', 'table user_last_active is missing, which this script drops only after table tenant_configs (still there)'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column app_id of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column authorization_endpoint of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column authorization_endpoint_query_params of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column connection_uri_domain of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column jwks_uri of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column name of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column oidc_discovery_endpoint of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column require_email of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column tenant_id of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column third_party_id of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column token_endpoint of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column token_endpoint_body_params of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_endpoint of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_endpoint_headers of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_endpoint_query_params of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_id_token_payload_email of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_id_token_payload_email_verified of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_id_token_payload_user_id of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_user_info_endpoint_email of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_user_info_endpoint_email_verified of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops together with column user_info_map_from_user_info_endpoint_user_id of table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'table tenant_thirdparty_providers has no foreign key tenant_thirdparty_providers_ibfk_1, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'index tenant_thirdparty_providers.PRIMARY', 'table tenant_thirdparty_providers has no index PRIMARY, which this script drops together with table tenant_thirdparty_providers'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'table tenant_configs', 'table tenant_configs is missing, which this script drops only after table tenant_thirdparty_providers (still there)'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column additional_config of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column app_id of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column client_id of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column client_secret of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column client_type of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column connection_uri_domain of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column force_pkce of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column scope of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column tenant_id of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops together with column third_party_id of table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'table tenant_thirdparty_provider_clients has no foreign key tenant_thirdparty_provider_clients_ibfk_1, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'index tenant_thirdparty_provider_clients.PRIMARY', 'table tenant_thirdparty_provider_clients has no index PRIMARY, which this script drops together with table tenant_thirdparty_provider_clients'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing, which this script drops only after table tenant_thirdparty_provider_clients (still there)'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column app_id of table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column email of table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column tenant_id of table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops together with column user_id of table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'table emailpassword_user_to_tenant has no foreign key emailpassword_user_to_tenant_ibfk_1, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'index emailpassword_user_to_tenant.PRIMARY', 'table emailpassword_user_to_tenant has no index PRIMARY, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'index emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no index email, which this script drops together with table emailpassword_user_to_tenant'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing, which this script drops only after table emailpassword_user_to_tenant (still there)'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column app_id of table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column email of table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column phone_number of table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column tenant_id of table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops together with column user_id of table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'table passwordless_user_to_tenant has no foreign key passwordless_user_to_tenant_ibfk_1, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'index passwordless_user_to_tenant.PRIMARY', 'table passwordless_user_to_tenant has no index PRIMARY, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'index passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no index email, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'index passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no index phone_number, which this script drops together with table passwordless_user_to_tenant'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing, which this script drops only after table passwordless_user_to_tenant (still there)'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column app_id of table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column tenant_id of table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column third_party_id of table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column third_party_user_id of table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing, which this script drops together with column user_id of table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'table thirdparty_user_to_tenant has no foreign key thirdparty_user_to_tenant_ibfk_1, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'index thirdparty_user_to_tenant.PRIMARY', 'table thirdparty_user_to_tenant has no index PRIMARY, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'index thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no index third_party_user_id, which this script drops together with table thirdparty_user_to_tenant'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing, which this script drops only after table thirdparty_user_to_tenant (still there)') i
      JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fa ON fa.k = i.a
      LEFT JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fb ON fb.k = i.b
      WHERE fb.k IS NULL) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: supertokens 6.0 → 0: the database was at the empty state already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at supertokens 6.0 nor partway through this teardown: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 0), or run this one on the supertokens 6.0 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at supertokens 6.0 nor partway through this teardown; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT CONCAT('foreign keys of tables outside supertokens reference keys that supertokens 6.0 → 0 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'apps'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'apps')
          THEN 'after this script there is no table apps: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenants'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants')
          THEN 'after this script there is no table tenants: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'key_value'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value')
          THEN 'after this script there is no table key_value: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'session_info'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info')
          THEN 'after this script there is no table session_info: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'app_id_to_user_id'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_id_to_user_id')
          THEN 'after this script there is no table app_id_to_user_id: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'emailpassword_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users')
          THEN 'after this script there is no table emailpassword_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'emailpassword_pswd_reset_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens')
          THEN 'after this script there is no table emailpassword_pswd_reset_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'emailverification_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens')
          THEN 'after this script there is no table emailverification_tokens: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'emailverification_verified_emails'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails')
          THEN 'after this script there is no table emailverification_verified_emails: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'thirdparty_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users')
          THEN 'after this script there is no table thirdparty_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'all_auth_recipe_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users')
          THEN 'after this script there is no table all_auth_recipe_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'jwt_signing_keys'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys')
          THEN 'after this script there is no table jwt_signing_keys: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'session_access_token_signing_keys'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys')
          THEN 'after this script there is no table session_access_token_signing_keys: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'passwordless_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users')
          THEN 'after this script there is no table passwordless_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'passwordless_devices'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices')
          THEN 'after this script there is no table passwordless_devices: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'passwordless_codes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes')
          THEN 'after this script there is no table passwordless_codes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_metadata'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata')
          THEN 'after this script there is no table user_metadata: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'roles'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles')
          THEN 'after this script there is no table roles: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'role_permissions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions')
          THEN 'after this script there is no table role_permissions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_roles'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles')
          THEN 'after this script there is no table user_roles: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'userid_mapping'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping')
          THEN 'after this script there is no table userid_mapping: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'dashboard_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users')
          THEN 'after this script there is no table dashboard_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'dashboard_user_sessions'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions')
          THEN 'after this script there is no table dashboard_user_sessions: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'totp_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users')
          THEN 'after this script there is no table totp_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'totp_user_devices'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices')
          THEN 'after this script there is no table totp_user_devices: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'totp_used_codes'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes')
          THEN 'after this script there is no table totp_used_codes: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'user_last_active'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active')
          THEN 'after this script there is no table user_last_active: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenant_configs'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_configs')
          THEN 'after this script there is no table tenant_configs: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenant_thirdparty_providers'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_providers')
          THEN 'after this script there is no table tenant_thirdparty_providers: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'tenant_thirdparty_provider_clients'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_provider_clients')
          THEN 'after this script there is no table tenant_thirdparty_provider_clients: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'emailpassword_user_to_tenant'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_user_to_tenant')
          THEN 'after this script there is no table emailpassword_user_to_tenant: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'passwordless_user_to_tenant'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_user_to_tenant')
          THEN 'after this script there is no table passwordless_user_to_tenant: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'thirdparty_user_to_tenant'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_user_to_tenant')
          THEN 'after this script there is no table thirdparty_user_to_tenant: drop the foreign key for good, or point it at another table'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('apps', 'tenants', 'key_value', 'session_info', 'app_id_to_user_id', 'emailpassword_users', 'emailpassword_pswd_reset_tokens', 'emailverification_tokens', 'emailverification_verified_emails', 'thirdparty_users', 'all_auth_recipe_users', 'jwt_signing_keys', 'session_access_token_signing_keys', 'passwordless_users', 'passwordless_devices', 'passwordless_codes', 'user_metadata', 'roles', 'role_permissions', 'user_roles', 'userid_mapping', 'dashboard_users', 'dashboard_user_sessions', 'totp_users', 'totp_user_devices', 'totp_used_codes', 'user_last_active', 'tenant_configs', 'tenant_thirdparty_providers', 'tenant_thirdparty_provider_clients', 'emailpassword_user_to_tenant', 'passwordless_user_to_tenant', 'thirdparty_user_to_tenant')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_1'), ('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_2'), ('app_id_to_user_id', 'app_id_to_user_id_ibfk_1'), ('dashboard_user_sessions', 'dashboard_user_sessions_ibfk_1'), ('dashboard_users', 'dashboard_users_ibfk_1'), ('emailpassword_pswd_reset_tokens', 'emailpassword_pswd_reset_tokens_ibfk_1'), ('emailpassword_user_to_tenant', 'emailpassword_user_to_tenant_ibfk_1'), ('emailpassword_users', 'emailpassword_users_ibfk_1'), ('emailverification_tokens', 'emailverification_tokens_ibfk_1'), ('emailverification_verified_emails', 'emailverification_verified_emails_ibfk_1'), ('jwt_signing_keys', 'jwt_signing_keys_ibfk_1'), ('key_value', 'key_value_ibfk_1'), ('passwordless_codes', 'passwordless_codes_ibfk_1'), ('passwordless_devices', 'passwordless_devices_ibfk_1'), ('passwordless_user_to_tenant', 'passwordless_user_to_tenant_ibfk_1'), ('passwordless_users', 'passwordless_users_ibfk_1'), ('role_permissions', 'role_permissions_ibfk_1'), ('roles', 'roles_ibfk_1'), ('session_access_token_signing_keys', 'session_access_token_signing_keys_ibfk_1'), ('session_info', 'session_info_ibfk_1'), ('tenant_thirdparty_provider_clients', 'tenant_thirdparty_provider_clients_ibfk_1'), ('tenant_thirdparty_providers', 'tenant_thirdparty_providers_ibfk_1'), ('tenants', 'tenants_ibfk_1'), ('thirdparty_user_to_tenant', 'thirdparty_user_to_tenant_ibfk_1'), ('thirdparty_users', 'thirdparty_users_ibfk_1'), ('totp_used_codes', 'totp_used_codes_ibfk_1'), ('totp_used_codes', 'totp_used_codes_ibfk_2'), ('totp_user_devices', 'totp_user_devices_ibfk_1'), ('totp_users', 'totp_users_ibfk_1'), ('user_last_active', 'user_last_active_ibfk_1'), ('user_metadata', 'user_metadata_ibfk_1'), ('user_roles', 'user_roles_ibfk_1'), ('user_roles', 'user_roles_ibfk_2'), ('userid_mapping', 'userid_mapping_ibfk_1')))
      ) x
      WHERE x.note IS NOT NULL) USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), NULL);
SET @plan_ok = @plan_ok AND @plan_refs IS NULL;
SELECT CONCAT('plan stopped: ', @plan_refs) AS plan FROM DUAL WHERE @plan_refs IS NOT NULL;
SET @plan_sql = IF(
  @plan_refs IS NULL,
  'DO 0',
  'SELECT 1 FROM `plan stopped: foreign keys of other tables; see the row above`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- supertokens 6.0 → 0 (rollback): Fresh install of the 6.0 schema, derived from the written plans 0 → 3.3 → 3.4 → … → 6.0 (replayed in the model)
-- source: derived from the written plans 0 → 3.3 → 3.4 → 3.5 → 3.6 → 3.7 → 3.8 → 3.9 → 3.10 → 3.11 → 3.12 → 3.13 → 3.14 → 3.15 → 3.16 → 4.0 → 4.1 → 4.2 → 4.3 → 4.4 → 4.5 → 4.6 → 5.0 → 6.0 (plans/supertokens/0-3.3.yaml …), replayed in the model; plans/supertokens/product.yaml derived_installs
-- ================================================================================================
-- 6.0 → 0 · 1/33 · drop table thirdparty_user_to_tenant
-- locks: thirdparty_user_to_tenant: metadata only; drops the table and its rows | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_user_to_tenant'),
  'DROP TABLE `thirdparty_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 2/33 · drop table passwordless_user_to_tenant
-- locks: passwordless_user_to_tenant: metadata only; drops the table and its rows | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_user_to_tenant'),
  'DROP TABLE `passwordless_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 3/33 · drop table emailpassword_user_to_tenant
-- locks: emailpassword_user_to_tenant: metadata only; drops the table and its rows | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_user_to_tenant'),
  'DROP TABLE `emailpassword_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 4/33 · drop table tenant_thirdparty_provider_clients
-- locks: tenant_thirdparty_provider_clients: metadata only; drops the table and its rows | tenant_thirdparty_providers: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_provider_clients'),
  'DROP TABLE `tenant_thirdparty_provider_clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 5/33 · drop table tenant_thirdparty_providers
-- locks: tenant_thirdparty_providers: metadata only; drops the table and its rows | tenant_configs: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_thirdparty_providers'),
  'DROP TABLE `tenant_thirdparty_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 6/33 · drop table tenant_configs
-- locks: tenant_configs: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant_configs'),
  'DROP TABLE `tenant_configs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 7/33 · drop table user_last_active
-- locks: user_last_active: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_last_active'),
  'DROP TABLE `user_last_active`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 8/33 · drop table totp_used_codes
-- locks: totp_used_codes: metadata only; drops the table and its rows | totp_users: metadata lock (foreign key) | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_used_codes'),
  'DROP TABLE `totp_used_codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 9/33 · drop table totp_user_devices
-- locks: totp_user_devices: metadata only; drops the table and its rows | totp_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_user_devices'),
  'DROP TABLE `totp_user_devices`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 10/33 · drop table totp_users
-- locks: totp_users: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'totp_users'),
  'DROP TABLE `totp_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 11/33 · drop table dashboard_user_sessions
-- locks: dashboard_user_sessions: metadata only; drops the table and its rows | dashboard_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_user_sessions'),
  'DROP TABLE `dashboard_user_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 12/33 · drop table dashboard_users
-- locks: dashboard_users: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'dashboard_users'),
  'DROP TABLE `dashboard_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 13/33 · drop table userid_mapping
-- locks: userid_mapping: metadata only; drops the table and its rows | app_id_to_user_id: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'userid_mapping'),
  'DROP TABLE `userid_mapping`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 14/33 · drop table user_roles
-- locks: user_roles: metadata only; drops the table and its rows | roles: metadata lock (foreign key) | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles'),
  'DROP TABLE `user_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 15/33 · drop table role_permissions
-- locks: role_permissions: metadata only; drops the table and its rows | roles: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'role_permissions'),
  'DROP TABLE `role_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 16/33 · drop table roles
-- locks: roles: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'roles'),
  'DROP TABLE `roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 17/33 · drop table user_metadata
-- locks: user_metadata: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_metadata'),
  'DROP TABLE `user_metadata`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 18/33 · drop table passwordless_codes
-- locks: passwordless_codes: metadata only; drops the table and its rows | passwordless_devices: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_codes'),
  'DROP TABLE `passwordless_codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 19/33 · drop table passwordless_devices
-- locks: passwordless_devices: metadata only; drops the table and its rows | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_devices'),
  'DROP TABLE `passwordless_devices`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 20/33 · drop table passwordless_users
-- locks: passwordless_users: metadata only; drops the table and its rows | app_id_to_user_id: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwordless_users'),
  'DROP TABLE `passwordless_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 21/33 · drop table session_access_token_signing_keys
-- locks: session_access_token_signing_keys: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_access_token_signing_keys'),
  'DROP TABLE `session_access_token_signing_keys`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 22/33 · drop table jwt_signing_keys
-- locks: jwt_signing_keys: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'jwt_signing_keys'),
  'DROP TABLE `jwt_signing_keys`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 23/33 · drop table all_auth_recipe_users
-- locks: all_auth_recipe_users: metadata only; drops the table and its rows | tenants: metadata lock (foreign key) | app_id_to_user_id: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_auth_recipe_users'),
  'DROP TABLE `all_auth_recipe_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 24/33 · drop table thirdparty_users
-- locks: thirdparty_users: metadata only; drops the table and its rows | app_id_to_user_id: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'thirdparty_users'),
  'DROP TABLE `thirdparty_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 25/33 · drop table emailverification_verified_emails
-- locks: emailverification_verified_emails: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails'),
  'DROP TABLE `emailverification_verified_emails`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 26/33 · drop table emailverification_tokens
-- locks: emailverification_tokens: metadata only; drops the table and its rows | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_tokens'),
  'DROP TABLE `emailverification_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 27/33 · drop table emailpassword_pswd_reset_tokens
-- locks: emailpassword_pswd_reset_tokens: metadata only; drops the table and its rows | emailpassword_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_pswd_reset_tokens'),
  'DROP TABLE `emailpassword_pswd_reset_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 28/33 · drop table emailpassword_users
-- locks: emailpassword_users: metadata only; drops the table and its rows | app_id_to_user_id: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailpassword_users'),
  'DROP TABLE `emailpassword_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 29/33 · drop table app_id_to_user_id
-- locks: app_id_to_user_id: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_id_to_user_id'),
  'DROP TABLE `app_id_to_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 30/33 · drop table session_info
-- locks: session_info: metadata only; drops the table and its rows | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_info'),
  'DROP TABLE `session_info`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 31/33 · drop table key_value
-- locks: key_value: metadata only; drops the table and its rows | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'key_value'),
  'DROP TABLE `key_value`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 32/33 · drop table tenants
-- locks: tenants: metadata only; drops the table and its rows | apps: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenants'),
  'DROP TABLE `tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 6.0 → 0 · 33/33 · drop table apps
-- locks: apps: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'apps'),
  'DROP TABLE `apps`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at the empty state, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT NULL AS k, NULL AS def FROM DUAL WHERE FALSE) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT NULL AS k, NULL AS m FROM DUAL WHERE FALSE) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at supertokens the empty state at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SET @plan_sql = IF(
  @plan_problem IS NULL,
  'DO 0',
  'SELECT 1 FROM `plan stopped: not at the target at the end; see the row above`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET SESSION lock_wait_timeout = @plan_saved_lock_wait_timeout, SESSION innodb_lock_wait_timeout = @plan_saved_innodb_lock_wait_timeout;
SET SESSION sql_mode = @plan_saved_sql_mode, SESSION group_concat_max_len = @plan_saved_group_concat_max_len, SESSION time_zone = @plan_saved_time_zone;

-- printed only when the database is now at the target state
SELECT IF(@plan_at_start = 'plan: supertokens 6.0 → 0: the database was at the empty state already: nothing to do', 'plan: supertokens 6.0 → 0: the database was at the empty state already: nothing to do', 'plan: supertokens 6.0 → 0 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
