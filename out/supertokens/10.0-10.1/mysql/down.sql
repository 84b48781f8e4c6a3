-- plan 0.1.0 · supertokens 10.1 → 10.0 · mysql · rollback
-- what:     this script rolls a supertokens database back from 10.1 to 10.0 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: every SuperTokens core that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=supertokens-10.1-before.sql.partial DATABASE && mv supertokens-10.1-before.sql.partial supertokens-10.1-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < supertokens-10.1-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- start:    after applying: SuperTokens core 10.0
-- reverse:  npx plan compile supertokens 10.0 10.1 --dialect mysql -o up.sql
-- this rollback drops: 5 tables webauthn_users, webauthn_user_to_tenant, webauthn_generated_options, webauthn_credentials, webauthn_account_recovery_tokens, and the data in them
-- parameters: (none)
-- sources (sha256 of each file; check: sha256sum plans/supertokens/product.yaml plans/supertokens/10.0-10.1.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/supertokens/product.yaml a1ed9e3446298f2420dcb34e1778ef0cb12794e0addd102b1c3ba24cf9c1eb99
--   plans/supertokens/10.0-10.1.yaml 0c08e7aaffc12533ae244a0083cd71b5efa83c429a4eae32aefe1fab3adfbfe8
--   schema at 10.0 replayed from 30 plans (plans/supertokens/0-3.3.yaml …) 02a07491349bc46ced760fbbe7c3f232b52fcc2d11003b935f838df22ea6905e
--     (check: cat plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml plans/supertokens/6.0-7.0.yaml plans/supertokens/7.0-8.0.yaml plans/supertokens/8.0-9.0.yaml plans/supertokens/9.0-9.1.yaml plans/supertokens/9.1-9.2.yaml plans/supertokens/9.2-9.3.yaml plans/supertokens/9.3-10.0.yaml > /dev/null && for f in plans/supertokens/0-3.3.yaml plans/supertokens/3.3-3.4.yaml plans/supertokens/3.4-3.5.yaml plans/supertokens/3.5-3.6.yaml plans/supertokens/3.6-3.7.yaml plans/supertokens/3.7-3.8.yaml plans/supertokens/3.8-3.9.yaml plans/supertokens/3.9-3.10.yaml plans/supertokens/3.10-3.11.yaml plans/supertokens/3.11-3.12.yaml plans/supertokens/3.12-3.13.yaml plans/supertokens/3.13-3.14.yaml plans/supertokens/3.14-3.15.yaml plans/supertokens/3.15-3.16.yaml plans/supertokens/3.16-4.0.yaml plans/supertokens/4.0-4.1.yaml plans/supertokens/4.1-4.2.yaml plans/supertokens/4.2-4.3.yaml plans/supertokens/4.3-4.4.yaml plans/supertokens/4.4-4.5.yaml plans/supertokens/4.5-4.6.yaml plans/supertokens/4.6-5.0.yaml plans/supertokens/5.0-6.0.yaml plans/supertokens/6.0-7.0.yaml plans/supertokens/7.0-8.0.yaml plans/supertokens/8.0-9.0.yaml plans/supertokens/9.0-9.1.yaml plans/supertokens/9.1-9.2.yaml plans/supertokens/9.2-9.3.yaml plans/supertokens/9.3-10.0.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 13 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end
-- MANUAL STEPS (1), not done by this script:
--   1. [10.1 → 10.0] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 10.1, at 10.0, or between them on this script's path (a resumed run)
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
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key webauthn_account_recovery_tokens.webauthn_account_recovery_token_user_id_fkey', 'foreign_key webauthn_credentials.webauthn_credentials_ibfk_1', 'foreign_key webauthn_generated_options.webauthn_generated_options_ibfk_1', 'foreign_key webauthn_user_to_tenant.webauthn_user_to_tenant_ibfk_1', 'foreign_key webauthn_users.webauthn_users_ibfk_1', 'index emailverification_verified_emails.emailverification_verified_emails_verified_appid_emails_index', 'index user_roles.user_roles_app_id_user_id_index', 'index webauthn_account_recovery_tokens.PRIMARY', 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_email_index', 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_expires_at_index', 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_token_index', 'index webauthn_credentials.PRIMARY', 'index webauthn_credentials.app_id', 'index webauthn_credentials.webauthn_credentials_user_id_index', 'index webauthn_generated_options.PRIMARY', 'index webauthn_generated_options.webauthn_user_challenges_expires_at_index', 'index webauthn_user_to_tenant.PRIMARY', 'index webauthn_user_to_tenant.app_id', 'index webauthn_user_to_tenant.webauthn_user_to_tenant_email_index', 'index webauthn_users.PRIMARY') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'varchar(64) NOT NULL DEFAULT ''public''' AS def, 3 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'tinyint(1) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column app_id_to_user_id.is_linked_or_is_a_primary_user', 'tinyint(1) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column app_id_to_user_id.primary_or_recipe_user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column apps.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column apps.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column bulk_import_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column bulk_import_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column bulk_import_users.created_at', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column bulk_import_users.created_at', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column bulk_import_users.error_msg', 'text', 3
        UNION ALL SELECT 'column bulk_import_users.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column bulk_import_users.primary_user_id', 'varchar(36)', 3
        UNION ALL SELECT 'column bulk_import_users.raw_data', 'text NOT NULL', 3
        UNION ALL SELECT 'column bulk_import_users.status', 'varchar(128) DEFAULT ''NEW''', 3
        UNION ALL SELECT 'column bulk_import_users.status', 'varchar(128) DEFAULT NEW', 3
        UNION ALL SELECT 'column bulk_import_users.updated_at', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column bulk_import_users.updated_at', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.email', 'varchar(256)', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL', 3
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column key_value.value', 'text', 3
        UNION ALL SELECT 'column oauth_clients.app_id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column oauth_clients.client_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column oauth_clients.client_secret', 'text', 3
        UNION ALL SELECT 'column oauth_clients.enable_refresh_token_rotation', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column oauth_clients.is_client_credentials_only', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column oauth_logout_challenges.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column oauth_logout_challenges.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column oauth_logout_challenges.challenge', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column oauth_logout_challenges.client_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column oauth_logout_challenges.post_logout_redirect_uri', 'varchar(1024)', 3
        UNION ALL SELECT 'column oauth_logout_challenges.session_handle', 'varchar(128)', 3
        UNION ALL SELECT 'column oauth_logout_challenges.state', 'varchar(128)', 3
        UNION ALL SELECT 'column oauth_logout_challenges.time_created', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column oauth_logout_challenges.time_created', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.client_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.exp', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.exp', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.iat', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.iat', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column oauth_sessions.app_id', 'varchar(64) DEFAULT ''public''', 3
        UNION ALL SELECT 'column oauth_sessions.app_id', 'varchar(64) DEFAULT public', 3
        UNION ALL SELECT 'column oauth_sessions.client_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column oauth_sessions.exp', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column oauth_sessions.exp', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column oauth_sessions.external_refresh_token', 'varchar(255)', 3
        UNION ALL SELECT 'column oauth_sessions.gid', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column oauth_sessions.internal_refresh_token', 'varchar(255)', 3
        UNION ALL SELECT 'column oauth_sessions.jti', 'text NOT NULL', 3
        UNION ALL SELECT 'column oauth_sessions.session_handle', 'varchar(128)', 3
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text', 3
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text', 3
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column session_info.session_data', 'text', 3
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_configs.core_config', 'text', 3
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_configs.is_first_factors_null', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_first_factors.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_first_factors.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_first_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_first_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_first_factors.factor_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column tenant_first_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_first_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.factor_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'tinyint(1)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'varchar(64)', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'varchar(64)', 3
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_user_devices.created_at', 'bigint unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.created_at', 'bigint(20) unsigned NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned', 3
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL', 3
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 3
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT public', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text', 3
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.expires_at', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.expires_at', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.token', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_account_recovery_tokens.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_credentials.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_credentials.counter', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.counter', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.created_at', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.created_at', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.public_key', 'blob NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.rp_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.transports', 'text NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.updated_at', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.updated_at', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_credentials.user_id', 'char(36)', 1
        UNION ALL SELECT 'column webauthn_generated_options.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_generated_options.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_generated_options.challenge', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.created_at', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.created_at', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.email', 'varchar(256)', 1
        UNION ALL SELECT 'column webauthn_generated_options.expires_at', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.expires_at', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.origin', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.rp_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.rp_name', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_generated_options.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_generated_options.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_generated_options.user_presence_required', 'tinyint(1) NOT NULL DEFAULT 0', 1
        UNION ALL SELECT 'column webauthn_generated_options.user_verification', 'varchar(12) NOT NULL DEFAULT ''preferred''', 1
        UNION ALL SELECT 'column webauthn_generated_options.user_verification', 'varchar(12) NOT NULL DEFAULT preferred', 1
        UNION ALL SELECT 'column webauthn_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_user_to_tenant.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_user_to_tenant.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public''', 1
        UNION ALL SELECT 'column webauthn_users.app_id', 'varchar(64) NOT NULL DEFAULT public', 1
        UNION ALL SELECT 'column webauthn_users.email', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_users.rp_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_users.time_joined', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column webauthn_users.time_joined', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column webauthn_users.user_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_3', 'app_id, primary_or_recipe_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_2', 'app_id, primary_or_recipe_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key bulk_import_users.bulk_import_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE', 3
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key oauth_clients.oauth_clients_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key oauth_logout_challenges.oauth_logout_challenges_ibfk_1', 'app_id, client_id -> oauth_clients (app_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key oauth_m2m_tokens.oauth_m2m_tokens_ibfk_1', 'app_id, client_id -> oauth_clients (app_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key oauth_sessions.oauth_sessions_ibfk_1', 'app_id, client_id -> oauth_clients (app_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE', 3
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_first_factors.tenant_first_factors_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_required_secondary_factors.tenant_required_secondary_factors_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'connection_uri_domain, app_id, tenant_id, third_party_id -> tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key webauthn_account_recovery_tokens.webauthn_account_recovery_token_user_id_fkey', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key webauthn_credentials.webauthn_credentials_ibfk_1', 'app_id, user_id -> webauthn_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key webauthn_generated_options.webauthn_generated_options_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key webauthn_user_to_tenant.webauthn_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key webauthn_users.webauthn_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'primary_or_recipe_user_id, app_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'app_id, recipe_id, tenant_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'app_id, user_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.app_id_2', 'app_id, primary_or_recipe_user_id', 3
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index app_id_to_user_id.app_id', 'app_id, primary_or_recipe_user_id', 3
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'primary_or_recipe_user_id', 3
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_user_id_index', 'user_id', 3
        UNION ALL SELECT 'index apps.PRIMARY', 'UNIQUE app_id', 3
        UNION ALL SELECT 'index bulk_import_users.PRIMARY', 'UNIQUE app_id, id', 3
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index1', 'app_id, status, created_at DESC, id DESC', 3
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index2', 'app_id, created_at DESC, id DESC', 3
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_status_updated_at_index', 'app_id, status, updated_at', 3
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE app_id, session_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'app_id, user_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry', 3
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE app_id, email', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE app_id, user_id, token', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_index', 'app_id, tenant_id, email', 3
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index emailpassword_users.emailpassword_users_email_index', 'app_id, email', 3
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, email, token', 3
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry', 3
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE app_id, user_id, email', 3
        UNION ALL SELECT 'index emailverification_verified_emails.emailverification_verified_emails_verified_appid_emails_index', 'app_id, email', 1
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE app_id, key_id', 3
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE app_id, tenant_id, name', 3
        UNION ALL SELECT 'index oauth_clients.PRIMARY', 'UNIQUE app_id, client_id', 3
        UNION ALL SELECT 'index oauth_logout_challenges.PRIMARY', 'UNIQUE app_id, challenge', 3
        UNION ALL SELECT 'index oauth_logout_challenges.app_id', 'app_id, client_id', 3
        UNION ALL SELECT 'index oauth_logout_challenges.oauth_logout_challenges_time_created_index', 'time_created DESC', 3
        UNION ALL SELECT 'index oauth_m2m_tokens.PRIMARY', 'UNIQUE app_id, client_id, iat', 3
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_exp_index', 'exp DESC', 3
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_iat_index', 'iat DESC, app_id DESC', 3
        UNION ALL SELECT 'index oauth_sessions.PRIMARY', 'UNIQUE gid', 3
        UNION ALL SELECT 'index oauth_sessions.app_id', 'app_id, client_id', 3
        UNION ALL SELECT 'index oauth_sessions.external_refresh_token', 'UNIQUE external_refresh_token', 3
        UNION ALL SELECT 'index oauth_sessions.internal_refresh_token', 'UNIQUE internal_refresh_token', 3
        UNION ALL SELECT 'index oauth_sessions.oauth_session_exp_index', 'exp DESC', 3
        UNION ALL SELECT 'index oauth_sessions.oauth_session_external_refresh_token_index', 'app_id, external_refresh_token DESC', 3
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE app_id, tenant_id, code_id', 3
        UNION ALL SELECT 'index passwordless_codes.app_id', 'app_id, tenant_id, device_id_hash', 3
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE app_id, tenant_id, link_code_hash', 3
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'app_id, tenant_id, created_at', 3
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE app_id, tenant_id, device_id_hash', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'app_id, tenant_id, email', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'app_id, tenant_id, phone_number', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_email_index', 'app_id, tenant_id, email', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_index', 'app_id, tenant_id, phone_number', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'UNIQUE app_id, tenant_id, phone_number', 3
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index passwordless_users.passwordless_users_email_index', 'app_id, email', 3
        UNION ALL SELECT 'index passwordless_users.passwordless_users_phone_number_index', 'app_id, phone_number', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE app_id, role, permission', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'app_id, permission', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE app_id, role', 3
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE app_id, created_at_time', 3
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE app_id, tenant_id, session_handle', 3
        UNION ALL SELECT 'index session_info.session_expiry_index', 'expires_at', 3
        UNION ALL SELECT 'index session_info.session_info_user_id_app_id_index', 'user_id, app_id', 3
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id', 3
        UNION ALL SELECT 'index tenant_first_factors.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, factor_id', 3
        UNION ALL SELECT 'index tenant_required_secondary_factors.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, factor_id', 3
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id, client_type', 3
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id', 3
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE app_id, tenant_id', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'UNIQUE app_id, tenant_id, third_party_id, third_party_user_id', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_index', 'app_id, tenant_id, third_party_id, third_party_user_id', 3
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'app_id, email', 3
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'app_id, third_party_id, third_party_user_id', 3
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, created_time_ms', 3
        UNION ALL SELECT 'index totp_used_codes.app_id', 'app_id, user_id', 3
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'app_id, tenant_id, expiry_time_ms', 3
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE app_id, user_id, device_name', 3
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index user_last_active.user_last_active_last_active_time_index', 'last_active_time DESC, app_id DESC', 3
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE app_id, user_id', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, role', 3
        UNION ALL SELECT 'index user_roles.user_roles_app_id_user_id_index', 'app_id, user_id', 1
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'app_id, tenant_id, role', 3
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE app_id, supertokens_user_id, external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE app_id, external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE app_id, supertokens_user_id', 3
        UNION ALL SELECT 'index webauthn_account_recovery_tokens.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, token', 1
        UNION ALL SELECT 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_email_index', 'app_id, tenant_id, email', 1
        UNION ALL SELECT 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_expires_at_index', 'expires_at DESC', 1
        UNION ALL SELECT 'index webauthn_account_recovery_tokens.webauthn_account_recovery_token_token_index', 'app_id, tenant_id, token', 1
        UNION ALL SELECT 'index webauthn_credentials.PRIMARY', 'UNIQUE app_id, rp_id, id', 1
        UNION ALL SELECT 'index webauthn_credentials.app_id', 'app_id, user_id', 1
        UNION ALL SELECT 'index webauthn_credentials.webauthn_credentials_user_id_index', 'user_id', 1
        UNION ALL SELECT 'index webauthn_generated_options.PRIMARY', 'UNIQUE app_id, tenant_id, id', 1
        UNION ALL SELECT 'index webauthn_generated_options.webauthn_user_challenges_expires_at_index', 'app_id, tenant_id, expires_at', 1
        UNION ALL SELECT 'index webauthn_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id', 1
        UNION ALL SELECT 'index webauthn_user_to_tenant.app_id', 'UNIQUE app_id, tenant_id, email', 1
        UNION ALL SELECT 'index webauthn_user_to_tenant.webauthn_user_to_tenant_email_index', 'app_id, email', 1
        UNION ALL SELECT 'index webauthn_users.PRIMARY', 'UNIQUE app_id, user_id', 1
        UNION ALL SELECT 'table all_auth_recipe_users', 'present', 3
        UNION ALL SELECT 'table app_id_to_user_id', 'present', 3
        UNION ALL SELECT 'table apps', 'present', 3
        UNION ALL SELECT 'table bulk_import_users', 'present', 3
        UNION ALL SELECT 'table dashboard_user_sessions', 'present', 3
        UNION ALL SELECT 'table dashboard_users', 'present', 3
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present', 3
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'present', 3
        UNION ALL SELECT 'table emailpassword_users', 'present', 3
        UNION ALL SELECT 'table emailverification_tokens', 'present', 3
        UNION ALL SELECT 'table emailverification_verified_emails', 'present', 3
        UNION ALL SELECT 'table jwt_signing_keys', 'present', 3
        UNION ALL SELECT 'table key_value', 'present', 3
        UNION ALL SELECT 'table oauth_clients', 'present', 3
        UNION ALL SELECT 'table oauth_logout_challenges', 'present', 3
        UNION ALL SELECT 'table oauth_m2m_tokens', 'present', 3
        UNION ALL SELECT 'table oauth_sessions', 'present', 3
        UNION ALL SELECT 'table passwordless_codes', 'present', 3
        UNION ALL SELECT 'table passwordless_devices', 'present', 3
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'present', 3
        UNION ALL SELECT 'table passwordless_users', 'present', 3
        UNION ALL SELECT 'table role_permissions', 'present', 3
        UNION ALL SELECT 'table roles', 'present', 3
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present', 3
        UNION ALL SELECT 'table session_info', 'present', 3
        UNION ALL SELECT 'table tenant_configs', 'present', 3
        UNION ALL SELECT 'table tenant_first_factors', 'present', 3
        UNION ALL SELECT 'table tenant_required_secondary_factors', 'present', 3
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'present', 3
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'present', 3
        UNION ALL SELECT 'table tenants', 'present', 3
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'present', 3
        UNION ALL SELECT 'table thirdparty_users', 'present', 3
        UNION ALL SELECT 'table totp_used_codes', 'present', 3
        UNION ALL SELECT 'table totp_user_devices', 'present', 3
        UNION ALL SELECT 'table totp_users', 'present', 3
        UNION ALL SELECT 'table user_last_active', 'present', 3
        UNION ALL SELECT 'table user_metadata', 'present', 3
        UNION ALL SELECT 'table user_roles', 'present', 3
        UNION ALL SELECT 'table userid_mapping', 'present', 3
        UNION ALL SELECT 'table webauthn_account_recovery_tokens', 'present', 1
        UNION ALL SELECT 'table webauthn_credentials', 'present', 1
        UNION ALL SELECT 'table webauthn_generated_options', 'present', 1
        UNION ALL SELECT 'table webauthn_user_to_tenant', 'present', 1
        UNION ALL SELECT 'table webauthn_users', 'present', 1) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'table all_auth_recipe_users has no column app_id' AS m, 3 AS f
        UNION ALL SELECT 'column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'table all_auth_recipe_users has no column is_linked_or_is_a_primary_user', 3
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_id', 'table all_auth_recipe_users has no column primary_or_recipe_user_id', 3
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'table all_auth_recipe_users has no column primary_or_recipe_user_time_joined', 3
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id', 3
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id', 3
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined', 3
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id', 3
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id', 3
        UNION ALL SELECT 'column app_id_to_user_id.is_linked_or_is_a_primary_user', 'table app_id_to_user_id has no column is_linked_or_is_a_primary_user', 3
        UNION ALL SELECT 'column app_id_to_user_id.primary_or_recipe_user_id', 'table app_id_to_user_id has no column primary_or_recipe_user_id', 3
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id', 3
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id', 3
        UNION ALL SELECT 'column apps.app_id', 'table apps has no column app_id', 3
        UNION ALL SELECT 'column apps.created_at_time', 'table apps has no column created_at_time', 3
        UNION ALL SELECT 'column bulk_import_users.app_id', 'table bulk_import_users has no column app_id', 3
        UNION ALL SELECT 'column bulk_import_users.created_at', 'table bulk_import_users has no column created_at', 3
        UNION ALL SELECT 'column bulk_import_users.error_msg', 'table bulk_import_users has no column error_msg', 3
        UNION ALL SELECT 'column bulk_import_users.id', 'table bulk_import_users has no column id', 3
        UNION ALL SELECT 'column bulk_import_users.primary_user_id', 'table bulk_import_users has no column primary_user_id', 3
        UNION ALL SELECT 'column bulk_import_users.raw_data', 'table bulk_import_users has no column raw_data', 3
        UNION ALL SELECT 'column bulk_import_users.status', 'table bulk_import_users has no column status', 3
        UNION ALL SELECT 'column bulk_import_users.updated_at', 'table bulk_import_users has no column updated_at', 3
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id', 3
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry', 3
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id', 3
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created', 3
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id', 3
        UNION ALL SELECT 'column dashboard_users.app_id', 'table dashboard_users has no column app_id', 3
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users has no column email', 3
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash', 3
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined', 3
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.email', 'table emailpassword_pswd_reset_tokens has no column email', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry', 3
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id', 3
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id', 3
        UNION ALL SELECT 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id', 3
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email', 3
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash', 3
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined', 3
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id', 3
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id', 3
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email', 3
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id', 3
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token', 3
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry', 3
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id', 3
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id', 3
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email', 3
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm', 3
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id', 3
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string', 3
        UNION ALL SELECT 'column key_value.app_id', 'table key_value has no column app_id', 3
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time', 3
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name', 3
        UNION ALL SELECT 'column key_value.tenant_id', 'table key_value has no column tenant_id', 3
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value', 3
        UNION ALL SELECT 'column oauth_clients.app_id', 'table oauth_clients has no column app_id', 3
        UNION ALL SELECT 'column oauth_clients.client_id', 'table oauth_clients has no column client_id', 3
        UNION ALL SELECT 'column oauth_clients.client_secret', 'table oauth_clients has no column client_secret', 3
        UNION ALL SELECT 'column oauth_clients.enable_refresh_token_rotation', 'table oauth_clients has no column enable_refresh_token_rotation', 3
        UNION ALL SELECT 'column oauth_clients.is_client_credentials_only', 'table oauth_clients has no column is_client_credentials_only', 3
        UNION ALL SELECT 'column oauth_logout_challenges.app_id', 'table oauth_logout_challenges has no column app_id', 3
        UNION ALL SELECT 'column oauth_logout_challenges.challenge', 'table oauth_logout_challenges has no column challenge', 3
        UNION ALL SELECT 'column oauth_logout_challenges.client_id', 'table oauth_logout_challenges has no column client_id', 3
        UNION ALL SELECT 'column oauth_logout_challenges.post_logout_redirect_uri', 'table oauth_logout_challenges has no column post_logout_redirect_uri', 3
        UNION ALL SELECT 'column oauth_logout_challenges.session_handle', 'table oauth_logout_challenges has no column session_handle', 3
        UNION ALL SELECT 'column oauth_logout_challenges.state', 'table oauth_logout_challenges has no column state', 3
        UNION ALL SELECT 'column oauth_logout_challenges.time_created', 'table oauth_logout_challenges has no column time_created', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.app_id', 'table oauth_m2m_tokens has no column app_id', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.client_id', 'table oauth_m2m_tokens has no column client_id', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.exp', 'table oauth_m2m_tokens has no column exp', 3
        UNION ALL SELECT 'column oauth_m2m_tokens.iat', 'table oauth_m2m_tokens has no column iat', 3
        UNION ALL SELECT 'column oauth_sessions.app_id', 'table oauth_sessions has no column app_id', 3
        UNION ALL SELECT 'column oauth_sessions.client_id', 'table oauth_sessions has no column client_id', 3
        UNION ALL SELECT 'column oauth_sessions.exp', 'table oauth_sessions has no column exp', 3
        UNION ALL SELECT 'column oauth_sessions.external_refresh_token', 'table oauth_sessions has no column external_refresh_token', 3
        UNION ALL SELECT 'column oauth_sessions.gid', 'table oauth_sessions has no column gid', 3
        UNION ALL SELECT 'column oauth_sessions.internal_refresh_token', 'table oauth_sessions has no column internal_refresh_token', 3
        UNION ALL SELECT 'column oauth_sessions.jti', 'table oauth_sessions has no column jti', 3
        UNION ALL SELECT 'column oauth_sessions.session_handle', 'table oauth_sessions has no column session_handle', 3
        UNION ALL SELECT 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id', 3
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id', 3
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at', 3
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash', 3
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash', 3
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id', 3
        UNION ALL SELECT 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id', 3
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash', 3
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email', 3
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts', 3
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt', 3
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id', 3
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id', 3
        UNION ALL SELECT 'column passwordless_users.app_id', 'table passwordless_users has no column app_id', 3
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email', 3
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number', 3
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined', 3
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id', 3
        UNION ALL SELECT 'column role_permissions.app_id', 'table role_permissions has no column app_id', 3
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions has no column permission', 3
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions has no column role', 3
        UNION ALL SELECT 'column roles.app_id', 'table roles has no column app_id', 3
        UNION ALL SELECT 'column roles.role', 'table roles has no column role', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time', 3
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value', 3
        UNION ALL SELECT 'column session_info.app_id', 'table session_info has no column app_id', 3
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time', 3
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at', 3
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload', 3
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2', 3
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data', 3
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle', 3
        UNION ALL SELECT 'column session_info.tenant_id', 'table session_info has no column tenant_id', 3
        UNION ALL SELECT 'column session_info.use_static_key', 'table session_info has no column use_static_key', 3
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id', 3
        UNION ALL SELECT 'column tenant_configs.app_id', 'table tenant_configs has no column app_id', 3
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain', 3
        UNION ALL SELECT 'column tenant_configs.core_config', 'table tenant_configs has no column core_config', 3
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled', 3
        UNION ALL SELECT 'column tenant_configs.is_first_factors_null', 'table tenant_configs has no column is_first_factors_null', 3
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled', 3
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id', 3
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled', 3
        UNION ALL SELECT 'column tenant_first_factors.app_id', 'table tenant_first_factors has no column app_id', 3
        UNION ALL SELECT 'column tenant_first_factors.connection_uri_domain', 'table tenant_first_factors has no column connection_uri_domain', 3
        UNION ALL SELECT 'column tenant_first_factors.factor_id', 'table tenant_first_factors has no column factor_id', 3
        UNION ALL SELECT 'column tenant_first_factors.tenant_id', 'table tenant_first_factors has no column tenant_id', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.app_id', 'table tenant_required_secondary_factors has no column app_id', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.connection_uri_domain', 'table tenant_required_secondary_factors has no column connection_uri_domain', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.factor_id', 'table tenant_required_secondary_factors has no column factor_id', 3
        UNION ALL SELECT 'column tenant_required_secondary_factors.tenant_id', 'table tenant_required_secondary_factors has no column tenant_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified', 3
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id', 3
        UNION ALL SELECT 'column tenants.app_id', 'table tenants has no column app_id', 3
        UNION ALL SELECT 'column tenants.created_at_time', 'table tenants has no column created_at_time', 3
        UNION ALL SELECT 'column tenants.tenant_id', 'table tenants has no column tenant_id', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id', 3
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id', 3
        UNION ALL SELECT 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id', 3
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id', 3
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id', 3
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined', 3
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id', 3
        UNION ALL SELECT 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id', 3
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes has no column code', 3
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms', 3
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms', 3
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid', 3
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id', 3
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id', 3
        UNION ALL SELECT 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id', 3
        UNION ALL SELECT 'column totp_user_devices.created_at', 'table totp_user_devices has no column created_at', 3
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name', 3
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices has no column period', 3
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key', 3
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices has no column skew', 3
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id', 3
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices has no column verified', 3
        UNION ALL SELECT 'column totp_users.app_id', 'table totp_users has no column app_id', 3
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users has no column user_id', 3
        UNION ALL SELECT 'column user_last_active.app_id', 'table user_last_active has no column app_id', 3
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time', 3
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active has no column user_id', 3
        UNION ALL SELECT 'column user_metadata.app_id', 'table user_metadata has no column app_id', 3
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata has no column user_id', 3
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata', 3
        UNION ALL SELECT 'column user_roles.app_id', 'table user_roles has no column app_id', 3
        UNION ALL SELECT 'column user_roles.role', 'table user_roles has no column role', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id', 3
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id', 3
        UNION ALL SELECT 'column userid_mapping.app_id', 'table userid_mapping has no column app_id', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id', 3
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info', 3
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_2', 3
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_3', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_3', 3
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_1', 3
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_2', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_2', 3
        UNION ALL SELECT 'foreign_key bulk_import_users.bulk_import_users_ibfk_1', 'table bulk_import_users has no foreign key bulk_import_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'table dashboard_users has no foreign key dashboard_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1', 3
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'table emailpassword_user_to_tenant has no foreign key emailpassword_user_to_tenant_ibfk_1', 3
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'table emailpassword_users has no foreign key emailpassword_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'table emailverification_tokens has no foreign key emailverification_tokens_ibfk_1', 3
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'table emailverification_verified_emails has no foreign key emailverification_verified_emails_ibfk_1', 3
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'table jwt_signing_keys has no foreign key jwt_signing_keys_ibfk_1', 3
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'table key_value has no foreign key key_value_ibfk_1', 3
        UNION ALL SELECT 'foreign_key oauth_clients.oauth_clients_ibfk_1', 'table oauth_clients has no foreign key oauth_clients_ibfk_1', 3
        UNION ALL SELECT 'foreign_key oauth_logout_challenges.oauth_logout_challenges_ibfk_1', 'table oauth_logout_challenges has no foreign key oauth_logout_challenges_ibfk_1', 3
        UNION ALL SELECT 'foreign_key oauth_m2m_tokens.oauth_m2m_tokens_ibfk_1', 'table oauth_m2m_tokens has no foreign key oauth_m2m_tokens_ibfk_1', 3
        UNION ALL SELECT 'foreign_key oauth_sessions.oauth_sessions_ibfk_1', 'table oauth_sessions has no foreign key oauth_sessions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1', 3
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'table passwordless_devices has no foreign key passwordless_devices_ibfk_1', 3
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'table passwordless_user_to_tenant has no foreign key passwordless_user_to_tenant_ibfk_1', 3
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'table passwordless_users has no foreign key passwordless_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'table roles has no foreign key roles_ibfk_1', 3
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'table session_access_token_signing_keys has no foreign key session_access_token_signing_keys_ibfk_1', 3
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'table session_info has no foreign key session_info_ibfk_1', 3
        UNION ALL SELECT 'foreign_key tenant_first_factors.tenant_first_factors_ibfk_1', 'table tenant_first_factors has no foreign key tenant_first_factors_ibfk_1', 3
        UNION ALL SELECT 'foreign_key tenant_required_secondary_factors.tenant_required_secondary_factors_ibfk_1', 'table tenant_required_secondary_factors has no foreign key tenant_required_secondary_factors_ibfk_1', 3
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'table tenant_thirdparty_provider_clients has no foreign key tenant_thirdparty_provider_clients_ibfk_1', 3
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'table tenant_thirdparty_providers has no foreign key tenant_thirdparty_providers_ibfk_1', 3
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'table tenants has no foreign key tenants_ibfk_1', 3
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'table thirdparty_user_to_tenant has no foreign key thirdparty_user_to_tenant_ibfk_1', 3
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'table thirdparty_users has no foreign key thirdparty_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1', 3
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_2', 3
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1', 3
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'table totp_users has no foreign key totp_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'table user_last_active has no foreign key user_last_active_ibfk_1', 3
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'table user_metadata has no foreign key user_metadata_ibfk_1', 3
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1', 3
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1', 3
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index1', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index3', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_primary_user_id_index', 3
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_recipe_id_index', 3
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no index app_id', 3
        UNION ALL SELECT 'index all_auth_recipe_users.app_id_2', 'table all_auth_recipe_users has no index app_id_2', 3
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'table app_id_to_user_id has no index PRIMARY', 3
        UNION ALL SELECT 'index app_id_to_user_id.app_id', 'table app_id_to_user_id has no index app_id', 3
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_primary_user_id_index', 3
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_user_id_index', 3
        UNION ALL SELECT 'index apps.PRIMARY', 'table apps has no index PRIMARY', 3
        UNION ALL SELECT 'index bulk_import_users.PRIMARY', 'table bulk_import_users has no index PRIMARY', 3
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index1', 'table bulk_import_users has no index bulk_import_users_pagination_index1', 3
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index2', 'table bulk_import_users has no index bulk_import_users_pagination_index2', 3
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_status_updated_at_index', 'table bulk_import_users has no index bulk_import_users_status_updated_at_index', 3
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no index app_id', 3
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index', 3
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY', 3
        UNION ALL SELECT 'index dashboard_users.email', 'table dashboard_users has no index email', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index', 3
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'table emailpassword_user_to_tenant has no index PRIMARY', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no index email', 3
        UNION ALL SELECT 'index emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_index', 'table emailpassword_user_to_tenant has no index emailpassword_user_to_tenant_email_index', 3
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY', 3
        UNION ALL SELECT 'index emailpassword_users.emailpassword_users_email_index', 'table emailpassword_users has no index emailpassword_users_email_index', 3
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index', 3
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token', 3
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY', 3
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY', 3
        UNION ALL SELECT 'index oauth_clients.PRIMARY', 'table oauth_clients has no index PRIMARY', 3
        UNION ALL SELECT 'index oauth_logout_challenges.PRIMARY', 'table oauth_logout_challenges has no index PRIMARY', 3
        UNION ALL SELECT 'index oauth_logout_challenges.app_id', 'table oauth_logout_challenges has no index app_id', 3
        UNION ALL SELECT 'index oauth_logout_challenges.oauth_logout_challenges_time_created_index', 'table oauth_logout_challenges has no index oauth_logout_challenges_time_created_index', 3
        UNION ALL SELECT 'index oauth_m2m_tokens.PRIMARY', 'table oauth_m2m_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_exp_index', 'table oauth_m2m_tokens has no index oauth_m2m_token_exp_index', 3
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_iat_index', 'table oauth_m2m_tokens has no index oauth_m2m_token_iat_index', 3
        UNION ALL SELECT 'index oauth_sessions.PRIMARY', 'table oauth_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index oauth_sessions.app_id', 'table oauth_sessions has no index app_id', 3
        UNION ALL SELECT 'index oauth_sessions.external_refresh_token', 'table oauth_sessions has no index external_refresh_token', 3
        UNION ALL SELECT 'index oauth_sessions.internal_refresh_token', 'table oauth_sessions has no index internal_refresh_token', 3
        UNION ALL SELECT 'index oauth_sessions.oauth_session_exp_index', 'table oauth_sessions has no index oauth_session_exp_index', 3
        UNION ALL SELECT 'index oauth_sessions.oauth_session_external_refresh_token_index', 'table oauth_sessions has no index oauth_session_external_refresh_token_index', 3
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_codes.app_id', 'table passwordless_codes has no index app_id', 3
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash', 3
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index', 3
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index', 3
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'table passwordless_user_to_tenant has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no index email', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_email_index', 'table passwordless_user_to_tenant has no index passwordless_user_to_tenant_email_index', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_index', 'table passwordless_user_to_tenant has no index passwordless_user_to_tenant_phone_number_index', 3
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no index phone_number', 3
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY', 3
        UNION ALL SELECT 'index passwordless_users.passwordless_users_email_index', 'table passwordless_users has no index passwordless_users_email_index', 3
        UNION ALL SELECT 'index passwordless_users.passwordless_users_phone_number_index', 'table passwordless_users has no index passwordless_users_phone_number_index', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY', 3
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY', 3
        UNION ALL SELECT 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index', 3
        UNION ALL SELECT 'index session_info.session_info_user_id_app_id_index', 'table session_info has no index session_info_user_id_app_id_index', 3
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'table tenant_configs has no index PRIMARY', 3
        UNION ALL SELECT 'index tenant_first_factors.PRIMARY', 'table tenant_first_factors has no index PRIMARY', 3
        UNION ALL SELECT 'index tenant_required_secondary_factors.PRIMARY', 'table tenant_required_secondary_factors has no index PRIMARY', 3
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'table tenant_thirdparty_provider_clients has no index PRIMARY', 3
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'table tenant_thirdparty_providers has no index PRIMARY', 3
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'table thirdparty_user_to_tenant has no index PRIMARY', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no index third_party_user_id', 3
        UNION ALL SELECT 'index thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_index', 'table thirdparty_user_to_tenant has no index thirdparty_user_to_tenant_third_party_user_id_index', 3
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY', 3
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index', 3
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index', 3
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index totp_used_codes.app_id', 'table totp_used_codes has no index app_id', 3
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index', 3
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY', 3
        UNION ALL SELECT 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY', 3
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY', 3
        UNION ALL SELECT 'index user_last_active.user_last_active_last_active_time_index', 'table user_last_active has no index user_last_active_last_active_time_index', 3
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index', 3
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY', 3
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id', 3
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id', 3
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing', 3
        UNION ALL SELECT 'table app_id_to_user_id', 'table app_id_to_user_id is missing', 3
        UNION ALL SELECT 'table apps', 'table apps is missing', 3
        UNION ALL SELECT 'table bulk_import_users', 'table bulk_import_users is missing', 3
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing', 3
        UNION ALL SELECT 'table dashboard_users', 'table dashboard_users is missing', 3
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing', 3
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing', 3
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing', 3
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing', 3
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing', 3
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing', 3
        UNION ALL SELECT 'table key_value', 'table key_value is missing', 3
        UNION ALL SELECT 'table oauth_clients', 'table oauth_clients is missing', 3
        UNION ALL SELECT 'table oauth_logout_challenges', 'table oauth_logout_challenges is missing', 3
        UNION ALL SELECT 'table oauth_m2m_tokens', 'table oauth_m2m_tokens is missing', 3
        UNION ALL SELECT 'table oauth_sessions', 'table oauth_sessions is missing', 3
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing', 3
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing', 3
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing', 3
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing', 3
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing', 3
        UNION ALL SELECT 'table roles', 'table roles is missing', 3
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing', 3
        UNION ALL SELECT 'table session_info', 'table session_info is missing', 3
        UNION ALL SELECT 'table tenant_configs', 'table tenant_configs is missing', 3
        UNION ALL SELECT 'table tenant_first_factors', 'table tenant_first_factors is missing', 3
        UNION ALL SELECT 'table tenant_required_secondary_factors', 'table tenant_required_secondary_factors is missing', 3
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing', 3
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing', 3
        UNION ALL SELECT 'table tenants', 'table tenants is missing', 3
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing', 3
        UNION ALL SELECT 'table thirdparty_users', 'table thirdparty_users is missing', 3
        UNION ALL SELECT 'table totp_used_codes', 'table totp_used_codes is missing', 3
        UNION ALL SELECT 'table totp_user_devices', 'table totp_user_devices is missing', 3
        UNION ALL SELECT 'table totp_users', 'table totp_users is missing', 3
        UNION ALL SELECT 'table user_last_active', 'table user_last_active is missing', 3
        UNION ALL SELECT 'table user_metadata', 'table user_metadata is missing', 3
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing', 3
        UNION ALL SELECT 'table userid_mapping', 'table userid_mapping is missing', 3) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: supertokens 10.1 → 10.0: the database was at 10.0 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at supertokens 10.1, at 10.0, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile supertokens <its version> 10.0), or run this one on the supertokens 10.1 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at supertokens 10.1, at 10.0, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT CONCAT('foreign keys of tables outside supertokens reference keys that supertokens 10.1 → 10.0 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'emailverification_verified_emails' AND f.rcols = 'app_id,email'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'emailverification_verified_emails_verified_appid_emails_index') <=> 'app_id, email'
          THEN 'after this script emailverification_verified_emails has primary key (app_id, user_id, email) and no index that starts with (app_id, email): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'user_roles' AND f.rcols = 'app_id,user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_app_id_user_id_index') <=> 'app_id, user_id'
          THEN 'after this script user_roles has primary key (app_id, tenant_id, user_id, role), index user_roles_role_index (app_id, tenant_id, role) and no index that starts with (app_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'webauthn_users'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_users')
          THEN 'after this script there is no table webauthn_users: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'webauthn_user_to_tenant'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_user_to_tenant')
          THEN 'after this script there is no table webauthn_user_to_tenant: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'webauthn_generated_options'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_generated_options')
          THEN 'after this script there is no table webauthn_generated_options: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'webauthn_credentials'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_credentials')
          THEN 'after this script there is no table webauthn_credentials: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'webauthn_account_recovery_tokens'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_account_recovery_tokens')
          THEN 'after this script there is no table webauthn_account_recovery_tokens: drop the foreign key for good, or point it at another table'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('emailverification_verified_emails', 'user_roles', 'webauthn_users', 'webauthn_user_to_tenant', 'webauthn_generated_options', 'webauthn_credentials', 'webauthn_account_recovery_tokens')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_1'), ('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_2'), ('all_auth_recipe_users', 'all_auth_recipe_users_ibfk_3'), ('app_id_to_user_id', 'app_id_to_user_id_ibfk_1'), ('app_id_to_user_id', 'app_id_to_user_id_ibfk_2'), ('bulk_import_users', 'bulk_import_users_ibfk_1'), ('dashboard_user_sessions', 'dashboard_user_sessions_ibfk_1'), ('dashboard_users', 'dashboard_users_ibfk_1'), ('emailpassword_pswd_reset_tokens', 'emailpassword_pswd_reset_tokens_ibfk_1'), ('emailpassword_user_to_tenant', 'emailpassword_user_to_tenant_ibfk_1'), ('emailpassword_users', 'emailpassword_users_ibfk_1'), ('emailverification_tokens', 'emailverification_tokens_ibfk_1'), ('emailverification_verified_emails', 'emailverification_verified_emails_ibfk_1'), ('jwt_signing_keys', 'jwt_signing_keys_ibfk_1'), ('key_value', 'key_value_ibfk_1'), ('oauth_clients', 'oauth_clients_ibfk_1'), ('oauth_logout_challenges', 'oauth_logout_challenges_ibfk_1'), ('oauth_m2m_tokens', 'oauth_m2m_tokens_ibfk_1'), ('oauth_sessions', 'oauth_sessions_ibfk_1'), ('passwordless_codes', 'passwordless_codes_ibfk_1'), ('passwordless_devices', 'passwordless_devices_ibfk_1'), ('passwordless_user_to_tenant', 'passwordless_user_to_tenant_ibfk_1'), ('passwordless_users', 'passwordless_users_ibfk_1'), ('role_permissions', 'role_permissions_ibfk_1'), ('roles', 'roles_ibfk_1'), ('session_access_token_signing_keys', 'session_access_token_signing_keys_ibfk_1'), ('session_info', 'session_info_ibfk_1'), ('tenant_first_factors', 'tenant_first_factors_ibfk_1'), ('tenant_required_secondary_factors', 'tenant_required_secondary_factors_ibfk_1'), ('tenant_thirdparty_provider_clients', 'tenant_thirdparty_provider_clients_ibfk_1'), ('tenant_thirdparty_providers', 'tenant_thirdparty_providers_ibfk_1'), ('tenants', 'tenants_ibfk_1'), ('thirdparty_user_to_tenant', 'thirdparty_user_to_tenant_ibfk_1'), ('thirdparty_users', 'thirdparty_users_ibfk_1'), ('totp_used_codes', 'totp_used_codes_ibfk_1'), ('totp_used_codes', 'totp_used_codes_ibfk_2'), ('totp_user_devices', 'totp_user_devices_ibfk_1'), ('totp_users', 'totp_users_ibfk_1'), ('user_last_active', 'user_last_active_ibfk_1'), ('user_metadata', 'user_metadata_ibfk_1'), ('user_roles', 'user_roles_ibfk_1'), ('userid_mapping', 'userid_mapping_ibfk_1'), ('webauthn_account_recovery_tokens', 'webauthn_account_recovery_token_user_id_fkey'), ('webauthn_credentials', 'webauthn_credentials_ibfk_1'), ('webauthn_generated_options', 'webauthn_generated_options_ibfk_1'), ('webauthn_user_to_tenant', 'webauthn_user_to_tenant_ibfk_1'), ('webauthn_users', 'webauthn_users_ibfk_1')))
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
-- supertokens 10.1 → 10.0 (rollback): WebAuthn (plugin 8.1.0): webauthn_users, webauthn_user_to_tenant, webauthn_generated_options, webauthn_credentials and webauthn_account_recovery_tokens, and an (app_id, email) index on emailverification_verified_emails; the user_roles (app_id, user_id) index of plugin 8.1.2 (core 10.1.2)
-- source: plans/supertokens/10.0-10.1.yaml
-- ================================================================================================
-- 10.1 → 10.0 · 1/13 · drop index user_roles_app_id_user_id_index on user_roles
-- locks: user_roles: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_roles' AND INDEX_NAME = 'user_roles_app_id_user_id_index'),
  'ALTER TABLE `user_roles` DROP INDEX `user_roles_app_id_user_id_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 2/13 · drop index webauthn_account_recovery_token_email_index on webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_account_recovery_tokens' AND INDEX_NAME = 'webauthn_account_recovery_token_email_index'),
  'ALTER TABLE `webauthn_account_recovery_tokens` DROP INDEX `webauthn_account_recovery_token_email_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 3/13 · drop index webauthn_account_recovery_token_expires_at_index on webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_account_recovery_tokens' AND INDEX_NAME = 'webauthn_account_recovery_token_expires_at_index'),
  'ALTER TABLE `webauthn_account_recovery_tokens` DROP INDEX `webauthn_account_recovery_token_expires_at_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 4/13 · drop index webauthn_account_recovery_token_token_index on webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_account_recovery_tokens' AND INDEX_NAME = 'webauthn_account_recovery_token_token_index'),
  'ALTER TABLE `webauthn_account_recovery_tokens` DROP INDEX `webauthn_account_recovery_token_token_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 5/13 · drop table webauthn_account_recovery_tokens
-- locks: webauthn_account_recovery_tokens: metadata only; drops the table and its rows | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_account_recovery_tokens'),
  'DROP TABLE `webauthn_account_recovery_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 6/13 · drop index webauthn_credentials_user_id_index on webauthn_credentials
-- locks: webauthn_credentials: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_credentials' AND INDEX_NAME = 'webauthn_credentials_user_id_index'),
  'ALTER TABLE `webauthn_credentials` DROP INDEX `webauthn_credentials_user_id_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 7/13 · drop table webauthn_credentials
-- locks: webauthn_credentials: metadata only; drops the table and its rows | webauthn_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_credentials'),
  'DROP TABLE `webauthn_credentials`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 8/13 · drop index webauthn_user_challenges_expires_at_index on webauthn_generated_options
-- locks: webauthn_generated_options: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_generated_options' AND INDEX_NAME = 'webauthn_user_challenges_expires_at_index'),
  'ALTER TABLE `webauthn_generated_options` DROP INDEX `webauthn_user_challenges_expires_at_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 9/13 · drop table webauthn_generated_options
-- locks: webauthn_generated_options: metadata only; drops the table and its rows | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_generated_options'),
  'DROP TABLE `webauthn_generated_options`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 10/13 · drop index webauthn_user_to_tenant_email_index on webauthn_user_to_tenant
-- locks: webauthn_user_to_tenant: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_user_to_tenant' AND INDEX_NAME = 'webauthn_user_to_tenant_email_index'),
  'ALTER TABLE `webauthn_user_to_tenant` DROP INDEX `webauthn_user_to_tenant_email_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 11/13 · drop table webauthn_user_to_tenant
-- locks: webauthn_user_to_tenant: metadata only; drops the table and its rows | all_auth_recipe_users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_user_to_tenant'),
  'DROP TABLE `webauthn_user_to_tenant`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 12/13 · drop table webauthn_users
-- locks: webauthn_users: metadata only; drops the table and its rows | app_id_to_user_id: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'webauthn_users'),
  'DROP TABLE `webauthn_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 10.1 → 10.0 · 13/13 · drop index emailverification_verified_emails_verified_appid_emails_index on emailverification_verified_emails
-- locks: emailverification_verified_emails: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'emailverification_verified_emails' AND INDEX_NAME = 'emailverification_verified_emails_verified_appid_emails_index'),
  'ALTER TABLE `emailverification_verified_emails` DROP INDEX `emailverification_verified_emails_verified_appid_emails_index`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at 10.0, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'varchar(64) NOT NULL DEFAULT ''public''' AS def
        UNION ALL SELECT 'column all_auth_recipe_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column app_id_to_user_id.is_linked_or_is_a_primary_user', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column app_id_to_user_id.primary_or_recipe_user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column apps.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column apps.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column apps.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column bulk_import_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column bulk_import_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column bulk_import_users.created_at', 'bigint NOT NULL'
        UNION ALL SELECT 'column bulk_import_users.created_at', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column bulk_import_users.error_msg', 'text'
        UNION ALL SELECT 'column bulk_import_users.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column bulk_import_users.primary_user_id', 'varchar(36)'
        UNION ALL SELECT 'column bulk_import_users.raw_data', 'text NOT NULL'
        UNION ALL SELECT 'column bulk_import_users.status', 'varchar(128) DEFAULT ''NEW'''
        UNION ALL SELECT 'column bulk_import_users.status', 'varchar(128) DEFAULT NEW'
        UNION ALL SELECT 'column bulk_import_users.updated_at', 'bigint NOT NULL'
        UNION ALL SELECT 'column bulk_import_users.updated_at', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column dashboard_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column dashboard_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column dashboard_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.email', 'varchar(256)'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailpassword_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailpassword_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailverification_tokens.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailverification_tokens.token', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'varchar(10) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'bigint(20) unsigned'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'text NOT NULL'
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column key_value.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint unsigned'
        UNION ALL SELECT 'column key_value.created_at_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column key_value.name', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column key_value.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column key_value.value', 'text'
        UNION ALL SELECT 'column oauth_clients.app_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column oauth_clients.client_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column oauth_clients.client_secret', 'text'
        UNION ALL SELECT 'column oauth_clients.enable_refresh_token_rotation', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column oauth_clients.is_client_credentials_only', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column oauth_logout_challenges.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column oauth_logout_challenges.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column oauth_logout_challenges.challenge', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column oauth_logout_challenges.client_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column oauth_logout_challenges.post_logout_redirect_uri', 'varchar(1024)'
        UNION ALL SELECT 'column oauth_logout_challenges.session_handle', 'varchar(128)'
        UNION ALL SELECT 'column oauth_logout_challenges.state', 'varchar(128)'
        UNION ALL SELECT 'column oauth_logout_challenges.time_created', 'bigint NOT NULL'
        UNION ALL SELECT 'column oauth_logout_challenges.time_created', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column oauth_m2m_tokens.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column oauth_m2m_tokens.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column oauth_m2m_tokens.client_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column oauth_m2m_tokens.exp', 'bigint NOT NULL'
        UNION ALL SELECT 'column oauth_m2m_tokens.exp', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column oauth_m2m_tokens.iat', 'bigint NOT NULL'
        UNION ALL SELECT 'column oauth_m2m_tokens.iat', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column oauth_sessions.app_id', 'varchar(64) DEFAULT ''public'''
        UNION ALL SELECT 'column oauth_sessions.app_id', 'varchar(64) DEFAULT public'
        UNION ALL SELECT 'column oauth_sessions.client_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column oauth_sessions.exp', 'bigint NOT NULL'
        UNION ALL SELECT 'column oauth_sessions.exp', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column oauth_sessions.external_refresh_token', 'varchar(255)'
        UNION ALL SELECT 'column oauth_sessions.gid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column oauth_sessions.internal_refresh_token', 'varchar(255)'
        UNION ALL SELECT 'column oauth_sessions.jti', 'text NOT NULL'
        UNION ALL SELECT 'column oauth_sessions.session_handle', 'varchar(128)'
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_codes.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_devices.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'int(10) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'char(44) NOT NULL'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column passwordless_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column passwordless_users.email', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'varchar(256)'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column passwordless_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column role_permissions.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column role_permissions.permission', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column role_permissions.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column roles.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column roles.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'text'
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column session_info.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.expires_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'text'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column session_info.session_data', 'text'
        UNION ALL SELECT 'column session_info.session_handle', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column session_info.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column session_info.use_static_key', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column session_info.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_configs.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_configs.core_config', 'text'
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_configs.is_first_factors_null', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_first_factors.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_first_factors.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_first_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_first_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_first_factors.factor_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column tenant_first_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_first_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_required_secondary_factors.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_required_secondary_factors.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_required_secondary_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_required_secondary_factors.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_required_secondary_factors.factor_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column tenant_required_secondary_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_required_secondary_factors.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'varchar(64) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'varchar(256) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'tinyint(1)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'text'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'varchar(64)'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'varchar(64)'
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenants.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column tenants.created_at_time', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column tenants.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column thirdparty_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column thirdparty_users.email', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'varchar(28) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_used_codes.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_used_codes.code', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_user_devices.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_user_devices.created_at', 'bigint unsigned NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.created_at', 'bigint(20) unsigned NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.period', 'int NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.period', 'int(11) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.skew', 'int NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.skew', 'int(11) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column totp_user_devices.verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column totp_users.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column totp_users.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_last_active.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint unsigned'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'bigint(20) unsigned'
        UNION ALL SELECT 'column user_last_active.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_metadata.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_metadata.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'text NOT NULL'
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_roles.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_roles.role', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT ''public'''
        UNION ALL SELECT 'column userid_mapping.app_id', 'varchar(64) NOT NULL DEFAULT public'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'varchar(128) NOT NULL'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'text'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_3', 'app_id, primary_or_recipe_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_2', 'app_id, primary_or_recipe_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key bulk_import_users.bulk_import_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'app_id, user_id -> dashboard_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key oauth_clients.oauth_clients_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key oauth_logout_challenges.oauth_logout_challenges_ibfk_1', 'app_id, client_id -> oauth_clients (app_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key oauth_m2m_tokens.oauth_m2m_tokens_ibfk_1', 'app_id, client_id -> oauth_clients (app_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key oauth_sessions.oauth_sessions_ibfk_1', 'app_id, client_id -> oauth_clients (app_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'app_id, tenant_id, device_id_hash -> passwordless_devices (app_id, tenant_id, device_id_hash) ON DELETE CASCADE ON UPDATE CASCADE'
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'app_id, role -> roles (app_id, role) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_first_factors.tenant_first_factors_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_required_secondary_factors.tenant_required_secondary_factors_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'connection_uri_domain, app_id, tenant_id, third_party_id -> tenant_thirdparty_providers (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'connection_uri_domain, app_id, tenant_id -> tenant_configs (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'app_id, tenant_id, user_id -> all_auth_recipe_users (app_id, tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'app_id, user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'app_id, user_id -> totp_users (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'app_id -> apps (app_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'app_id, tenant_id -> tenants (app_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'app_id, supertokens_user_id -> app_id_to_user_id (app_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'recipe_id, app_id, tenant_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'primary_or_recipe_user_id, app_id'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'app_id, recipe_id, tenant_id'
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'app_id, user_id'
        UNION ALL SELECT 'index all_auth_recipe_users.app_id_2', 'app_id, primary_or_recipe_user_id'
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index app_id_to_user_id.app_id', 'app_id, primary_or_recipe_user_id'
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'primary_or_recipe_user_id'
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_user_id_index', 'user_id'
        UNION ALL SELECT 'index apps.PRIMARY', 'UNIQUE app_id'
        UNION ALL SELECT 'index bulk_import_users.PRIMARY', 'UNIQUE app_id, id'
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index1', 'app_id, status, created_at DESC, id DESC'
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index2', 'app_id, created_at DESC, id DESC'
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_status_updated_at_index', 'app_id, status, updated_at'
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'UNIQUE app_id, session_id'
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'app_id, user_id'
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'expiry'
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index dashboard_users.email', 'UNIQUE app_id, email'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'UNIQUE app_id, user_id, token'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'token_expiry'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_index', 'app_id, tenant_id, email'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index emailpassword_users.emailpassword_users_email_index', 'app_id, email'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, email, token'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'token_expiry'
        UNION ALL SELECT 'index emailverification_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'UNIQUE app_id, user_id, email'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'UNIQUE app_id, key_id'
        UNION ALL SELECT 'index key_value.PRIMARY', 'UNIQUE app_id, tenant_id, name'
        UNION ALL SELECT 'index oauth_clients.PRIMARY', 'UNIQUE app_id, client_id'
        UNION ALL SELECT 'index oauth_logout_challenges.PRIMARY', 'UNIQUE app_id, challenge'
        UNION ALL SELECT 'index oauth_logout_challenges.app_id', 'app_id, client_id'
        UNION ALL SELECT 'index oauth_logout_challenges.oauth_logout_challenges_time_created_index', 'time_created DESC'
        UNION ALL SELECT 'index oauth_m2m_tokens.PRIMARY', 'UNIQUE app_id, client_id, iat'
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_exp_index', 'exp DESC'
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_iat_index', 'iat DESC, app_id DESC'
        UNION ALL SELECT 'index oauth_sessions.PRIMARY', 'UNIQUE gid'
        UNION ALL SELECT 'index oauth_sessions.app_id', 'app_id, client_id'
        UNION ALL SELECT 'index oauth_sessions.external_refresh_token', 'UNIQUE external_refresh_token'
        UNION ALL SELECT 'index oauth_sessions.internal_refresh_token', 'UNIQUE internal_refresh_token'
        UNION ALL SELECT 'index oauth_sessions.oauth_session_exp_index', 'exp DESC'
        UNION ALL SELECT 'index oauth_sessions.oauth_session_external_refresh_token_index', 'app_id, external_refresh_token DESC'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'UNIQUE app_id, tenant_id, code_id'
        UNION ALL SELECT 'index passwordless_codes.app_id', 'app_id, tenant_id, device_id_hash'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'UNIQUE app_id, tenant_id, link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'app_id, tenant_id, created_at'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'UNIQUE app_id, tenant_id, device_id_hash'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'app_id, tenant_id, email'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'app_id, tenant_id, phone_number'
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'UNIQUE app_id, tenant_id, email'
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_email_index', 'app_id, tenant_id, email'
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_index', 'app_id, tenant_id, phone_number'
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'UNIQUE app_id, tenant_id, phone_number'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index passwordless_users.passwordless_users_email_index', 'app_id, email'
        UNION ALL SELECT 'index passwordless_users.passwordless_users_phone_number_index', 'app_id, phone_number'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE app_id, role, permission'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'app_id, permission'
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE app_id, role'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'UNIQUE app_id, created_at_time'
        UNION ALL SELECT 'index session_info.PRIMARY', 'UNIQUE app_id, tenant_id, session_handle'
        UNION ALL SELECT 'index session_info.session_expiry_index', 'expires_at'
        UNION ALL SELECT 'index session_info.session_info_user_id_app_id_index', 'user_id, app_id'
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id'
        UNION ALL SELECT 'index tenant_first_factors.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, factor_id'
        UNION ALL SELECT 'index tenant_required_secondary_factors.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, factor_id'
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id, client_type'
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'UNIQUE connection_uri_domain, app_id, tenant_id, third_party_id'
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE app_id, tenant_id'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'UNIQUE app_id, tenant_id, user_id'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'UNIQUE app_id, tenant_id, third_party_id, third_party_user_id'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_index', 'app_id, tenant_id, third_party_id, third_party_user_id'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'app_id, email'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'app_id, third_party_id, third_party_user_id'
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, created_time_ms'
        UNION ALL SELECT 'index totp_used_codes.app_id', 'app_id, user_id'
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'app_id, tenant_id, expiry_time_ms'
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'UNIQUE app_id, user_id, device_name'
        UNION ALL SELECT 'index totp_users.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index user_last_active.user_last_active_last_active_time_index', 'last_active_time DESC, app_id DESC'
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'UNIQUE app_id, user_id'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE app_id, tenant_id, user_id, role'
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'app_id, tenant_id, role'
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'UNIQUE app_id, supertokens_user_id, external_user_id'
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'UNIQUE app_id, external_user_id'
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'UNIQUE app_id, supertokens_user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'present'
        UNION ALL SELECT 'table app_id_to_user_id', 'present'
        UNION ALL SELECT 'table apps', 'present'
        UNION ALL SELECT 'table bulk_import_users', 'present'
        UNION ALL SELECT 'table dashboard_user_sessions', 'present'
        UNION ALL SELECT 'table dashboard_users', 'present'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'present'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'present'
        UNION ALL SELECT 'table emailpassword_users', 'present'
        UNION ALL SELECT 'table emailverification_tokens', 'present'
        UNION ALL SELECT 'table emailverification_verified_emails', 'present'
        UNION ALL SELECT 'table jwt_signing_keys', 'present'
        UNION ALL SELECT 'table key_value', 'present'
        UNION ALL SELECT 'table oauth_clients', 'present'
        UNION ALL SELECT 'table oauth_logout_challenges', 'present'
        UNION ALL SELECT 'table oauth_m2m_tokens', 'present'
        UNION ALL SELECT 'table oauth_sessions', 'present'
        UNION ALL SELECT 'table passwordless_codes', 'present'
        UNION ALL SELECT 'table passwordless_devices', 'present'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'present'
        UNION ALL SELECT 'table passwordless_users', 'present'
        UNION ALL SELECT 'table role_permissions', 'present'
        UNION ALL SELECT 'table roles', 'present'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'present'
        UNION ALL SELECT 'table session_info', 'present'
        UNION ALL SELECT 'table tenant_configs', 'present'
        UNION ALL SELECT 'table tenant_first_factors', 'present'
        UNION ALL SELECT 'table tenant_required_secondary_factors', 'present'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'present'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'present'
        UNION ALL SELECT 'table tenants', 'present'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'present'
        UNION ALL SELECT 'table thirdparty_users', 'present'
        UNION ALL SELECT 'table totp_used_codes', 'present'
        UNION ALL SELECT 'table totp_user_devices', 'present'
        UNION ALL SELECT 'table totp_users', 'present'
        UNION ALL SELECT 'table user_last_active', 'present'
        UNION ALL SELECT 'table user_metadata', 'present'
        UNION ALL SELECT 'table user_roles', 'present'
        UNION ALL SELECT 'table userid_mapping', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column all_auth_recipe_users.app_id' AS k, 'table all_auth_recipe_users has no column app_id' AS m
        UNION ALL SELECT 'column all_auth_recipe_users.is_linked_or_is_a_primary_user', 'table all_auth_recipe_users has no column is_linked_or_is_a_primary_user'
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_id', 'table all_auth_recipe_users has no column primary_or_recipe_user_id'
        UNION ALL SELECT 'column all_auth_recipe_users.primary_or_recipe_user_time_joined', 'table all_auth_recipe_users has no column primary_or_recipe_user_time_joined'
        UNION ALL SELECT 'column all_auth_recipe_users.recipe_id', 'table all_auth_recipe_users has no column recipe_id'
        UNION ALL SELECT 'column all_auth_recipe_users.tenant_id', 'table all_auth_recipe_users has no column tenant_id'
        UNION ALL SELECT 'column all_auth_recipe_users.time_joined', 'table all_auth_recipe_users has no column time_joined'
        UNION ALL SELECT 'column all_auth_recipe_users.user_id', 'table all_auth_recipe_users has no column user_id'
        UNION ALL SELECT 'column app_id_to_user_id.app_id', 'table app_id_to_user_id has no column app_id'
        UNION ALL SELECT 'column app_id_to_user_id.is_linked_or_is_a_primary_user', 'table app_id_to_user_id has no column is_linked_or_is_a_primary_user'
        UNION ALL SELECT 'column app_id_to_user_id.primary_or_recipe_user_id', 'table app_id_to_user_id has no column primary_or_recipe_user_id'
        UNION ALL SELECT 'column app_id_to_user_id.recipe_id', 'table app_id_to_user_id has no column recipe_id'
        UNION ALL SELECT 'column app_id_to_user_id.user_id', 'table app_id_to_user_id has no column user_id'
        UNION ALL SELECT 'column apps.app_id', 'table apps has no column app_id'
        UNION ALL SELECT 'column apps.created_at_time', 'table apps has no column created_at_time'
        UNION ALL SELECT 'column bulk_import_users.app_id', 'table bulk_import_users has no column app_id'
        UNION ALL SELECT 'column bulk_import_users.created_at', 'table bulk_import_users has no column created_at'
        UNION ALL SELECT 'column bulk_import_users.error_msg', 'table bulk_import_users has no column error_msg'
        UNION ALL SELECT 'column bulk_import_users.id', 'table bulk_import_users has no column id'
        UNION ALL SELECT 'column bulk_import_users.primary_user_id', 'table bulk_import_users has no column primary_user_id'
        UNION ALL SELECT 'column bulk_import_users.raw_data', 'table bulk_import_users has no column raw_data'
        UNION ALL SELECT 'column bulk_import_users.status', 'table bulk_import_users has no column status'
        UNION ALL SELECT 'column bulk_import_users.updated_at', 'table bulk_import_users has no column updated_at'
        UNION ALL SELECT 'column dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no column app_id'
        UNION ALL SELECT 'column dashboard_user_sessions.expiry', 'table dashboard_user_sessions has no column expiry'
        UNION ALL SELECT 'column dashboard_user_sessions.session_id', 'table dashboard_user_sessions has no column session_id'
        UNION ALL SELECT 'column dashboard_user_sessions.time_created', 'table dashboard_user_sessions has no column time_created'
        UNION ALL SELECT 'column dashboard_user_sessions.user_id', 'table dashboard_user_sessions has no column user_id'
        UNION ALL SELECT 'column dashboard_users.app_id', 'table dashboard_users has no column app_id'
        UNION ALL SELECT 'column dashboard_users.email', 'table dashboard_users has no column email'
        UNION ALL SELECT 'column dashboard_users.password_hash', 'table dashboard_users has no column password_hash'
        UNION ALL SELECT 'column dashboard_users.time_joined', 'table dashboard_users has no column time_joined'
        UNION ALL SELECT 'column dashboard_users.user_id', 'table dashboard_users has no column user_id'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.app_id', 'table emailpassword_pswd_reset_tokens has no column app_id'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.email', 'table emailpassword_pswd_reset_tokens has no column email'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no column token'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.token_expiry', 'table emailpassword_pswd_reset_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailpassword_pswd_reset_tokens.user_id', 'table emailpassword_pswd_reset_tokens has no column user_id'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.app_id', 'table emailpassword_user_to_tenant has no column app_id'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no column email'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.tenant_id', 'table emailpassword_user_to_tenant has no column tenant_id'
        UNION ALL SELECT 'column emailpassword_user_to_tenant.user_id', 'table emailpassword_user_to_tenant has no column user_id'
        UNION ALL SELECT 'column emailpassword_users.app_id', 'table emailpassword_users has no column app_id'
        UNION ALL SELECT 'column emailpassword_users.email', 'table emailpassword_users has no column email'
        UNION ALL SELECT 'column emailpassword_users.password_hash', 'table emailpassword_users has no column password_hash'
        UNION ALL SELECT 'column emailpassword_users.time_joined', 'table emailpassword_users has no column time_joined'
        UNION ALL SELECT 'column emailpassword_users.user_id', 'table emailpassword_users has no column user_id'
        UNION ALL SELECT 'column emailverification_tokens.app_id', 'table emailverification_tokens has no column app_id'
        UNION ALL SELECT 'column emailverification_tokens.email', 'table emailverification_tokens has no column email'
        UNION ALL SELECT 'column emailverification_tokens.tenant_id', 'table emailverification_tokens has no column tenant_id'
        UNION ALL SELECT 'column emailverification_tokens.token', 'table emailverification_tokens has no column token'
        UNION ALL SELECT 'column emailverification_tokens.token_expiry', 'table emailverification_tokens has no column token_expiry'
        UNION ALL SELECT 'column emailverification_tokens.user_id', 'table emailverification_tokens has no column user_id'
        UNION ALL SELECT 'column emailverification_verified_emails.app_id', 'table emailverification_verified_emails has no column app_id'
        UNION ALL SELECT 'column emailverification_verified_emails.email', 'table emailverification_verified_emails has no column email'
        UNION ALL SELECT 'column emailverification_verified_emails.user_id', 'table emailverification_verified_emails has no column user_id'
        UNION ALL SELECT 'column jwt_signing_keys.algorithm', 'table jwt_signing_keys has no column algorithm'
        UNION ALL SELECT 'column jwt_signing_keys.app_id', 'table jwt_signing_keys has no column app_id'
        UNION ALL SELECT 'column jwt_signing_keys.created_at', 'table jwt_signing_keys has no column created_at'
        UNION ALL SELECT 'column jwt_signing_keys.key_id', 'table jwt_signing_keys has no column key_id'
        UNION ALL SELECT 'column jwt_signing_keys.key_string', 'table jwt_signing_keys has no column key_string'
        UNION ALL SELECT 'column key_value.app_id', 'table key_value has no column app_id'
        UNION ALL SELECT 'column key_value.created_at_time', 'table key_value has no column created_at_time'
        UNION ALL SELECT 'column key_value.name', 'table key_value has no column name'
        UNION ALL SELECT 'column key_value.tenant_id', 'table key_value has no column tenant_id'
        UNION ALL SELECT 'column key_value.value', 'table key_value has no column value'
        UNION ALL SELECT 'column oauth_clients.app_id', 'table oauth_clients has no column app_id'
        UNION ALL SELECT 'column oauth_clients.client_id', 'table oauth_clients has no column client_id'
        UNION ALL SELECT 'column oauth_clients.client_secret', 'table oauth_clients has no column client_secret'
        UNION ALL SELECT 'column oauth_clients.enable_refresh_token_rotation', 'table oauth_clients has no column enable_refresh_token_rotation'
        UNION ALL SELECT 'column oauth_clients.is_client_credentials_only', 'table oauth_clients has no column is_client_credentials_only'
        UNION ALL SELECT 'column oauth_logout_challenges.app_id', 'table oauth_logout_challenges has no column app_id'
        UNION ALL SELECT 'column oauth_logout_challenges.challenge', 'table oauth_logout_challenges has no column challenge'
        UNION ALL SELECT 'column oauth_logout_challenges.client_id', 'table oauth_logout_challenges has no column client_id'
        UNION ALL SELECT 'column oauth_logout_challenges.post_logout_redirect_uri', 'table oauth_logout_challenges has no column post_logout_redirect_uri'
        UNION ALL SELECT 'column oauth_logout_challenges.session_handle', 'table oauth_logout_challenges has no column session_handle'
        UNION ALL SELECT 'column oauth_logout_challenges.state', 'table oauth_logout_challenges has no column state'
        UNION ALL SELECT 'column oauth_logout_challenges.time_created', 'table oauth_logout_challenges has no column time_created'
        UNION ALL SELECT 'column oauth_m2m_tokens.app_id', 'table oauth_m2m_tokens has no column app_id'
        UNION ALL SELECT 'column oauth_m2m_tokens.client_id', 'table oauth_m2m_tokens has no column client_id'
        UNION ALL SELECT 'column oauth_m2m_tokens.exp', 'table oauth_m2m_tokens has no column exp'
        UNION ALL SELECT 'column oauth_m2m_tokens.iat', 'table oauth_m2m_tokens has no column iat'
        UNION ALL SELECT 'column oauth_sessions.app_id', 'table oauth_sessions has no column app_id'
        UNION ALL SELECT 'column oauth_sessions.client_id', 'table oauth_sessions has no column client_id'
        UNION ALL SELECT 'column oauth_sessions.exp', 'table oauth_sessions has no column exp'
        UNION ALL SELECT 'column oauth_sessions.external_refresh_token', 'table oauth_sessions has no column external_refresh_token'
        UNION ALL SELECT 'column oauth_sessions.gid', 'table oauth_sessions has no column gid'
        UNION ALL SELECT 'column oauth_sessions.internal_refresh_token', 'table oauth_sessions has no column internal_refresh_token'
        UNION ALL SELECT 'column oauth_sessions.jti', 'table oauth_sessions has no column jti'
        UNION ALL SELECT 'column oauth_sessions.session_handle', 'table oauth_sessions has no column session_handle'
        UNION ALL SELECT 'column passwordless_codes.app_id', 'table passwordless_codes has no column app_id'
        UNION ALL SELECT 'column passwordless_codes.code_id', 'table passwordless_codes has no column code_id'
        UNION ALL SELECT 'column passwordless_codes.created_at', 'table passwordless_codes has no column created_at'
        UNION ALL SELECT 'column passwordless_codes.device_id_hash', 'table passwordless_codes has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_codes.link_code_hash', 'table passwordless_codes has no column link_code_hash'
        UNION ALL SELECT 'column passwordless_codes.tenant_id', 'table passwordless_codes has no column tenant_id'
        UNION ALL SELECT 'column passwordless_devices.app_id', 'table passwordless_devices has no column app_id'
        UNION ALL SELECT 'column passwordless_devices.device_id_hash', 'table passwordless_devices has no column device_id_hash'
        UNION ALL SELECT 'column passwordless_devices.email', 'table passwordless_devices has no column email'
        UNION ALL SELECT 'column passwordless_devices.failed_attempts', 'table passwordless_devices has no column failed_attempts'
        UNION ALL SELECT 'column passwordless_devices.link_code_salt', 'table passwordless_devices has no column link_code_salt'
        UNION ALL SELECT 'column passwordless_devices.phone_number', 'table passwordless_devices has no column phone_number'
        UNION ALL SELECT 'column passwordless_devices.tenant_id', 'table passwordless_devices has no column tenant_id'
        UNION ALL SELECT 'column passwordless_user_to_tenant.app_id', 'table passwordless_user_to_tenant has no column app_id'
        UNION ALL SELECT 'column passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no column email'
        UNION ALL SELECT 'column passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no column phone_number'
        UNION ALL SELECT 'column passwordless_user_to_tenant.tenant_id', 'table passwordless_user_to_tenant has no column tenant_id'
        UNION ALL SELECT 'column passwordless_user_to_tenant.user_id', 'table passwordless_user_to_tenant has no column user_id'
        UNION ALL SELECT 'column passwordless_users.app_id', 'table passwordless_users has no column app_id'
        UNION ALL SELECT 'column passwordless_users.email', 'table passwordless_users has no column email'
        UNION ALL SELECT 'column passwordless_users.phone_number', 'table passwordless_users has no column phone_number'
        UNION ALL SELECT 'column passwordless_users.time_joined', 'table passwordless_users has no column time_joined'
        UNION ALL SELECT 'column passwordless_users.user_id', 'table passwordless_users has no column user_id'
        UNION ALL SELECT 'column role_permissions.app_id', 'table role_permissions has no column app_id'
        UNION ALL SELECT 'column role_permissions.permission', 'table role_permissions has no column permission'
        UNION ALL SELECT 'column role_permissions.role', 'table role_permissions has no column role'
        UNION ALL SELECT 'column roles.app_id', 'table roles has no column app_id'
        UNION ALL SELECT 'column roles.role', 'table roles has no column role'
        UNION ALL SELECT 'column session_access_token_signing_keys.app_id', 'table session_access_token_signing_keys has no column app_id'
        UNION ALL SELECT 'column session_access_token_signing_keys.created_at_time', 'table session_access_token_signing_keys has no column created_at_time'
        UNION ALL SELECT 'column session_access_token_signing_keys.value', 'table session_access_token_signing_keys has no column value'
        UNION ALL SELECT 'column session_info.app_id', 'table session_info has no column app_id'
        UNION ALL SELECT 'column session_info.created_at_time', 'table session_info has no column created_at_time'
        UNION ALL SELECT 'column session_info.expires_at', 'table session_info has no column expires_at'
        UNION ALL SELECT 'column session_info.jwt_user_payload', 'table session_info has no column jwt_user_payload'
        UNION ALL SELECT 'column session_info.refresh_token_hash_2', 'table session_info has no column refresh_token_hash_2'
        UNION ALL SELECT 'column session_info.session_data', 'table session_info has no column session_data'
        UNION ALL SELECT 'column session_info.session_handle', 'table session_info has no column session_handle'
        UNION ALL SELECT 'column session_info.tenant_id', 'table session_info has no column tenant_id'
        UNION ALL SELECT 'column session_info.use_static_key', 'table session_info has no column use_static_key'
        UNION ALL SELECT 'column session_info.user_id', 'table session_info has no column user_id'
        UNION ALL SELECT 'column tenant_configs.app_id', 'table tenant_configs has no column app_id'
        UNION ALL SELECT 'column tenant_configs.connection_uri_domain', 'table tenant_configs has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_configs.core_config', 'table tenant_configs has no column core_config'
        UNION ALL SELECT 'column tenant_configs.email_password_enabled', 'table tenant_configs has no column email_password_enabled'
        UNION ALL SELECT 'column tenant_configs.is_first_factors_null', 'table tenant_configs has no column is_first_factors_null'
        UNION ALL SELECT 'column tenant_configs.passwordless_enabled', 'table tenant_configs has no column passwordless_enabled'
        UNION ALL SELECT 'column tenant_configs.tenant_id', 'table tenant_configs has no column tenant_id'
        UNION ALL SELECT 'column tenant_configs.third_party_enabled', 'table tenant_configs has no column third_party_enabled'
        UNION ALL SELECT 'column tenant_first_factors.app_id', 'table tenant_first_factors has no column app_id'
        UNION ALL SELECT 'column tenant_first_factors.connection_uri_domain', 'table tenant_first_factors has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_first_factors.factor_id', 'table tenant_first_factors has no column factor_id'
        UNION ALL SELECT 'column tenant_first_factors.tenant_id', 'table tenant_first_factors has no column tenant_id'
        UNION ALL SELECT 'column tenant_required_secondary_factors.app_id', 'table tenant_required_secondary_factors has no column app_id'
        UNION ALL SELECT 'column tenant_required_secondary_factors.connection_uri_domain', 'table tenant_required_secondary_factors has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_required_secondary_factors.factor_id', 'table tenant_required_secondary_factors has no column factor_id'
        UNION ALL SELECT 'column tenant_required_secondary_factors.tenant_id', 'table tenant_required_secondary_factors has no column tenant_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.additional_config', 'table tenant_thirdparty_provider_clients has no column additional_config'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.app_id', 'table tenant_thirdparty_provider_clients has no column app_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_id', 'table tenant_thirdparty_provider_clients has no column client_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_secret', 'table tenant_thirdparty_provider_clients has no column client_secret'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.client_type', 'table tenant_thirdparty_provider_clients has no column client_type'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.connection_uri_domain', 'table tenant_thirdparty_provider_clients has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.force_pkce', 'table tenant_thirdparty_provider_clients has no column force_pkce'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.scope', 'table tenant_thirdparty_provider_clients has no column scope'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.tenant_id', 'table tenant_thirdparty_provider_clients has no column tenant_id'
        UNION ALL SELECT 'column tenant_thirdparty_provider_clients.third_party_id', 'table tenant_thirdparty_provider_clients has no column third_party_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.app_id', 'table tenant_thirdparty_providers has no column app_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint', 'table tenant_thirdparty_providers has no column authorization_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.authorization_endpoint_query_params', 'table tenant_thirdparty_providers has no column authorization_endpoint_query_params'
        UNION ALL SELECT 'column tenant_thirdparty_providers.connection_uri_domain', 'table tenant_thirdparty_providers has no column connection_uri_domain'
        UNION ALL SELECT 'column tenant_thirdparty_providers.jwks_uri', 'table tenant_thirdparty_providers has no column jwks_uri'
        UNION ALL SELECT 'column tenant_thirdparty_providers.name', 'table tenant_thirdparty_providers has no column name'
        UNION ALL SELECT 'column tenant_thirdparty_providers.oidc_discovery_endpoint', 'table tenant_thirdparty_providers has no column oidc_discovery_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.require_email', 'table tenant_thirdparty_providers has no column require_email'
        UNION ALL SELECT 'column tenant_thirdparty_providers.tenant_id', 'table tenant_thirdparty_providers has no column tenant_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.third_party_id', 'table tenant_thirdparty_providers has no column third_party_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint', 'table tenant_thirdparty_providers has no column token_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.token_endpoint_body_params', 'table tenant_thirdparty_providers has no column token_endpoint_body_params'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint', 'table tenant_thirdparty_providers has no column user_info_endpoint'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_headers', 'table tenant_thirdparty_providers has no column user_info_endpoint_headers'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_endpoint_query_params', 'table tenant_thirdparty_providers has no column user_info_endpoint_query_params'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_email_verified'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_id_token_payload_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_id_token_payload_user_id'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_email_verified', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_email_verified'
        UNION ALL SELECT 'column tenant_thirdparty_providers.user_info_map_from_user_info_endpoint_user_id', 'table tenant_thirdparty_providers has no column user_info_map_from_user_info_endpoint_user_id'
        UNION ALL SELECT 'column tenants.app_id', 'table tenants has no column app_id'
        UNION ALL SELECT 'column tenants.created_at_time', 'table tenants has no column created_at_time'
        UNION ALL SELECT 'column tenants.tenant_id', 'table tenants has no column tenant_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.app_id', 'table thirdparty_user_to_tenant has no column app_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.tenant_id', 'table thirdparty_user_to_tenant has no column tenant_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_id', 'table thirdparty_user_to_tenant has no column third_party_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no column third_party_user_id'
        UNION ALL SELECT 'column thirdparty_user_to_tenant.user_id', 'table thirdparty_user_to_tenant has no column user_id'
        UNION ALL SELECT 'column thirdparty_users.app_id', 'table thirdparty_users has no column app_id'
        UNION ALL SELECT 'column thirdparty_users.email', 'table thirdparty_users has no column email'
        UNION ALL SELECT 'column thirdparty_users.third_party_id', 'table thirdparty_users has no column third_party_id'
        UNION ALL SELECT 'column thirdparty_users.third_party_user_id', 'table thirdparty_users has no column third_party_user_id'
        UNION ALL SELECT 'column thirdparty_users.time_joined', 'table thirdparty_users has no column time_joined'
        UNION ALL SELECT 'column thirdparty_users.user_id', 'table thirdparty_users has no column user_id'
        UNION ALL SELECT 'column totp_used_codes.app_id', 'table totp_used_codes has no column app_id'
        UNION ALL SELECT 'column totp_used_codes.code', 'table totp_used_codes has no column code'
        UNION ALL SELECT 'column totp_used_codes.created_time_ms', 'table totp_used_codes has no column created_time_ms'
        UNION ALL SELECT 'column totp_used_codes.expiry_time_ms', 'table totp_used_codes has no column expiry_time_ms'
        UNION ALL SELECT 'column totp_used_codes.is_valid', 'table totp_used_codes has no column is_valid'
        UNION ALL SELECT 'column totp_used_codes.tenant_id', 'table totp_used_codes has no column tenant_id'
        UNION ALL SELECT 'column totp_used_codes.user_id', 'table totp_used_codes has no column user_id'
        UNION ALL SELECT 'column totp_user_devices.app_id', 'table totp_user_devices has no column app_id'
        UNION ALL SELECT 'column totp_user_devices.created_at', 'table totp_user_devices has no column created_at'
        UNION ALL SELECT 'column totp_user_devices.device_name', 'table totp_user_devices has no column device_name'
        UNION ALL SELECT 'column totp_user_devices.period', 'table totp_user_devices has no column period'
        UNION ALL SELECT 'column totp_user_devices.secret_key', 'table totp_user_devices has no column secret_key'
        UNION ALL SELECT 'column totp_user_devices.skew', 'table totp_user_devices has no column skew'
        UNION ALL SELECT 'column totp_user_devices.user_id', 'table totp_user_devices has no column user_id'
        UNION ALL SELECT 'column totp_user_devices.verified', 'table totp_user_devices has no column verified'
        UNION ALL SELECT 'column totp_users.app_id', 'table totp_users has no column app_id'
        UNION ALL SELECT 'column totp_users.user_id', 'table totp_users has no column user_id'
        UNION ALL SELECT 'column user_last_active.app_id', 'table user_last_active has no column app_id'
        UNION ALL SELECT 'column user_last_active.last_active_time', 'table user_last_active has no column last_active_time'
        UNION ALL SELECT 'column user_last_active.user_id', 'table user_last_active has no column user_id'
        UNION ALL SELECT 'column user_metadata.app_id', 'table user_metadata has no column app_id'
        UNION ALL SELECT 'column user_metadata.user_id', 'table user_metadata has no column user_id'
        UNION ALL SELECT 'column user_metadata.user_metadata', 'table user_metadata has no column user_metadata'
        UNION ALL SELECT 'column user_roles.app_id', 'table user_roles has no column app_id'
        UNION ALL SELECT 'column user_roles.role', 'table user_roles has no column role'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id'
        UNION ALL SELECT 'column userid_mapping.app_id', 'table userid_mapping has no column app_id'
        UNION ALL SELECT 'column userid_mapping.external_user_id', 'table userid_mapping has no column external_user_id'
        UNION ALL SELECT 'column userid_mapping.external_user_id_info', 'table userid_mapping has no column external_user_id_info'
        UNION ALL SELECT 'column userid_mapping.supertokens_user_id', 'table userid_mapping has no column supertokens_user_id'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_1', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_1'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_2', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_2'
        UNION ALL SELECT 'foreign_key all_auth_recipe_users.all_auth_recipe_users_ibfk_3', 'table all_auth_recipe_users has no foreign key all_auth_recipe_users_ibfk_3'
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_1', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_1'
        UNION ALL SELECT 'foreign_key app_id_to_user_id.app_id_to_user_id_ibfk_2', 'table app_id_to_user_id has no foreign key app_id_to_user_id_ibfk_2'
        UNION ALL SELECT 'foreign_key bulk_import_users.bulk_import_users_ibfk_1', 'table bulk_import_users has no foreign key bulk_import_users_ibfk_1'
        UNION ALL SELECT 'foreign_key dashboard_user_sessions.dashboard_user_sessions_ibfk_1', 'table dashboard_user_sessions has no foreign key dashboard_user_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key dashboard_users.dashboard_users_ibfk_1', 'table dashboard_users has no foreign key dashboard_users_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_pswd_reset_tokens.emailpassword_pswd_reset_tokens_ibfk_1', 'table emailpassword_pswd_reset_tokens has no foreign key emailpassword_pswd_reset_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_user_to_tenant.emailpassword_user_to_tenant_ibfk_1', 'table emailpassword_user_to_tenant has no foreign key emailpassword_user_to_tenant_ibfk_1'
        UNION ALL SELECT 'foreign_key emailpassword_users.emailpassword_users_ibfk_1', 'table emailpassword_users has no foreign key emailpassword_users_ibfk_1'
        UNION ALL SELECT 'foreign_key emailverification_tokens.emailverification_tokens_ibfk_1', 'table emailverification_tokens has no foreign key emailverification_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key emailverification_verified_emails.emailverification_verified_emails_ibfk_1', 'table emailverification_verified_emails has no foreign key emailverification_verified_emails_ibfk_1'
        UNION ALL SELECT 'foreign_key jwt_signing_keys.jwt_signing_keys_ibfk_1', 'table jwt_signing_keys has no foreign key jwt_signing_keys_ibfk_1'
        UNION ALL SELECT 'foreign_key key_value.key_value_ibfk_1', 'table key_value has no foreign key key_value_ibfk_1'
        UNION ALL SELECT 'foreign_key oauth_clients.oauth_clients_ibfk_1', 'table oauth_clients has no foreign key oauth_clients_ibfk_1'
        UNION ALL SELECT 'foreign_key oauth_logout_challenges.oauth_logout_challenges_ibfk_1', 'table oauth_logout_challenges has no foreign key oauth_logout_challenges_ibfk_1'
        UNION ALL SELECT 'foreign_key oauth_m2m_tokens.oauth_m2m_tokens_ibfk_1', 'table oauth_m2m_tokens has no foreign key oauth_m2m_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key oauth_sessions.oauth_sessions_ibfk_1', 'table oauth_sessions has no foreign key oauth_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_codes.passwordless_codes_ibfk_1', 'table passwordless_codes has no foreign key passwordless_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_devices.passwordless_devices_ibfk_1', 'table passwordless_devices has no foreign key passwordless_devices_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_user_to_tenant.passwordless_user_to_tenant_ibfk_1', 'table passwordless_user_to_tenant has no foreign key passwordless_user_to_tenant_ibfk_1'
        UNION ALL SELECT 'foreign_key passwordless_users.passwordless_users_ibfk_1', 'table passwordless_users has no foreign key passwordless_users_ibfk_1'
        UNION ALL SELECT 'foreign_key role_permissions.role_permissions_ibfk_1', 'table role_permissions has no foreign key role_permissions_ibfk_1'
        UNION ALL SELECT 'foreign_key roles.roles_ibfk_1', 'table roles has no foreign key roles_ibfk_1'
        UNION ALL SELECT 'foreign_key session_access_token_signing_keys.session_access_token_signing_keys_ibfk_1', 'table session_access_token_signing_keys has no foreign key session_access_token_signing_keys_ibfk_1'
        UNION ALL SELECT 'foreign_key session_info.session_info_ibfk_1', 'table session_info has no foreign key session_info_ibfk_1'
        UNION ALL SELECT 'foreign_key tenant_first_factors.tenant_first_factors_ibfk_1', 'table tenant_first_factors has no foreign key tenant_first_factors_ibfk_1'
        UNION ALL SELECT 'foreign_key tenant_required_secondary_factors.tenant_required_secondary_factors_ibfk_1', 'table tenant_required_secondary_factors has no foreign key tenant_required_secondary_factors_ibfk_1'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_provider_clients.tenant_thirdparty_provider_clients_ibfk_1', 'table tenant_thirdparty_provider_clients has no foreign key tenant_thirdparty_provider_clients_ibfk_1'
        UNION ALL SELECT 'foreign_key tenant_thirdparty_providers.tenant_thirdparty_providers_ibfk_1', 'table tenant_thirdparty_providers has no foreign key tenant_thirdparty_providers_ibfk_1'
        UNION ALL SELECT 'foreign_key tenants.tenants_ibfk_1', 'table tenants has no foreign key tenants_ibfk_1'
        UNION ALL SELECT 'foreign_key thirdparty_user_to_tenant.thirdparty_user_to_tenant_ibfk_1', 'table thirdparty_user_to_tenant has no foreign key thirdparty_user_to_tenant_ibfk_1'
        UNION ALL SELECT 'foreign_key thirdparty_users.thirdparty_users_ibfk_1', 'table thirdparty_users has no foreign key thirdparty_users_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_1', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_used_codes.totp_used_codes_ibfk_2', 'table totp_used_codes has no foreign key totp_used_codes_ibfk_2'
        UNION ALL SELECT 'foreign_key totp_user_devices.totp_user_devices_ibfk_1', 'table totp_user_devices has no foreign key totp_user_devices_ibfk_1'
        UNION ALL SELECT 'foreign_key totp_users.totp_users_ibfk_1', 'table totp_users has no foreign key totp_users_ibfk_1'
        UNION ALL SELECT 'foreign_key user_last_active.user_last_active_ibfk_1', 'table user_last_active has no foreign key user_last_active_ibfk_1'
        UNION ALL SELECT 'foreign_key user_metadata.user_metadata_ibfk_1', 'table user_metadata has no foreign key user_metadata_ibfk_1'
        UNION ALL SELECT 'foreign_key user_roles.user_roles_ibfk_1', 'table user_roles has no foreign key user_roles_ibfk_1'
        UNION ALL SELECT 'foreign_key userid_mapping.userid_mapping_ibfk_1', 'table userid_mapping has no foreign key userid_mapping_ibfk_1'
        UNION ALL SELECT 'index all_auth_recipe_users.PRIMARY', 'table all_auth_recipe_users has no index PRIMARY'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index1', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index1'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_pagination_index3', 'table all_auth_recipe_users has no index all_auth_recipe_users_pagination_index3'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_primary_user_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_primary_user_id_index'
        UNION ALL SELECT 'index all_auth_recipe_users.all_auth_recipe_users_recipe_id_index', 'table all_auth_recipe_users has no index all_auth_recipe_users_recipe_id_index'
        UNION ALL SELECT 'index all_auth_recipe_users.app_id', 'table all_auth_recipe_users has no index app_id'
        UNION ALL SELECT 'index all_auth_recipe_users.app_id_2', 'table all_auth_recipe_users has no index app_id_2'
        UNION ALL SELECT 'index app_id_to_user_id.PRIMARY', 'table app_id_to_user_id has no index PRIMARY'
        UNION ALL SELECT 'index app_id_to_user_id.app_id', 'table app_id_to_user_id has no index app_id'
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_primary_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_primary_user_id_index'
        UNION ALL SELECT 'index app_id_to_user_id.app_id_to_user_id_user_id_index', 'table app_id_to_user_id has no index app_id_to_user_id_user_id_index'
        UNION ALL SELECT 'index apps.PRIMARY', 'table apps has no index PRIMARY'
        UNION ALL SELECT 'index bulk_import_users.PRIMARY', 'table bulk_import_users has no index PRIMARY'
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index1', 'table bulk_import_users has no index bulk_import_users_pagination_index1'
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_pagination_index2', 'table bulk_import_users has no index bulk_import_users_pagination_index2'
        UNION ALL SELECT 'index bulk_import_users.bulk_import_users_status_updated_at_index', 'table bulk_import_users has no index bulk_import_users_status_updated_at_index'
        UNION ALL SELECT 'index dashboard_user_sessions.PRIMARY', 'table dashboard_user_sessions has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_user_sessions.app_id', 'table dashboard_user_sessions has no index app_id'
        UNION ALL SELECT 'index dashboard_user_sessions.dashboard_user_sessions_expiry_index', 'table dashboard_user_sessions has no index dashboard_user_sessions_expiry_index'
        UNION ALL SELECT 'index dashboard_users.PRIMARY', 'table dashboard_users has no index PRIMARY'
        UNION ALL SELECT 'index dashboard_users.email', 'table dashboard_users has no index email'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.PRIMARY', 'table emailpassword_pswd_reset_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.emailpassword_password_reset_token_expiry_index', 'table emailpassword_pswd_reset_tokens has no index emailpassword_password_reset_token_expiry_index'
        UNION ALL SELECT 'index emailpassword_pswd_reset_tokens.token', 'table emailpassword_pswd_reset_tokens has no index token'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.PRIMARY', 'table emailpassword_user_to_tenant has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.email', 'table emailpassword_user_to_tenant has no index email'
        UNION ALL SELECT 'index emailpassword_user_to_tenant.emailpassword_user_to_tenant_email_index', 'table emailpassword_user_to_tenant has no index emailpassword_user_to_tenant_email_index'
        UNION ALL SELECT 'index emailpassword_users.PRIMARY', 'table emailpassword_users has no index PRIMARY'
        UNION ALL SELECT 'index emailpassword_users.emailpassword_users_email_index', 'table emailpassword_users has no index emailpassword_users_email_index'
        UNION ALL SELECT 'index emailverification_tokens.PRIMARY', 'table emailverification_tokens has no index PRIMARY'
        UNION ALL SELECT 'index emailverification_tokens.emailverification_tokens_index', 'table emailverification_tokens has no index emailverification_tokens_index'
        UNION ALL SELECT 'index emailverification_tokens.token', 'table emailverification_tokens has no index token'
        UNION ALL SELECT 'index emailverification_verified_emails.PRIMARY', 'table emailverification_verified_emails has no index PRIMARY'
        UNION ALL SELECT 'index jwt_signing_keys.PRIMARY', 'table jwt_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index key_value.PRIMARY', 'table key_value has no index PRIMARY'
        UNION ALL SELECT 'index oauth_clients.PRIMARY', 'table oauth_clients has no index PRIMARY'
        UNION ALL SELECT 'index oauth_logout_challenges.PRIMARY', 'table oauth_logout_challenges has no index PRIMARY'
        UNION ALL SELECT 'index oauth_logout_challenges.app_id', 'table oauth_logout_challenges has no index app_id'
        UNION ALL SELECT 'index oauth_logout_challenges.oauth_logout_challenges_time_created_index', 'table oauth_logout_challenges has no index oauth_logout_challenges_time_created_index'
        UNION ALL SELECT 'index oauth_m2m_tokens.PRIMARY', 'table oauth_m2m_tokens has no index PRIMARY'
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_exp_index', 'table oauth_m2m_tokens has no index oauth_m2m_token_exp_index'
        UNION ALL SELECT 'index oauth_m2m_tokens.oauth_m2m_token_iat_index', 'table oauth_m2m_tokens has no index oauth_m2m_token_iat_index'
        UNION ALL SELECT 'index oauth_sessions.PRIMARY', 'table oauth_sessions has no index PRIMARY'
        UNION ALL SELECT 'index oauth_sessions.app_id', 'table oauth_sessions has no index app_id'
        UNION ALL SELECT 'index oauth_sessions.external_refresh_token', 'table oauth_sessions has no index external_refresh_token'
        UNION ALL SELECT 'index oauth_sessions.internal_refresh_token', 'table oauth_sessions has no index internal_refresh_token'
        UNION ALL SELECT 'index oauth_sessions.oauth_session_exp_index', 'table oauth_sessions has no index oauth_session_exp_index'
        UNION ALL SELECT 'index oauth_sessions.oauth_session_external_refresh_token_index', 'table oauth_sessions has no index oauth_session_external_refresh_token_index'
        UNION ALL SELECT 'index passwordless_codes.PRIMARY', 'table passwordless_codes has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_codes.app_id', 'table passwordless_codes has no index app_id'
        UNION ALL SELECT 'index passwordless_codes.link_code_hash', 'table passwordless_codes has no index link_code_hash'
        UNION ALL SELECT 'index passwordless_codes.passwordless_codes_created_at_index', 'table passwordless_codes has no index passwordless_codes_created_at_index'
        UNION ALL SELECT 'index passwordless_devices.PRIMARY', 'table passwordless_devices has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_email_index', 'table passwordless_devices has no index passwordless_devices_email_index'
        UNION ALL SELECT 'index passwordless_devices.passwordless_devices_phone_number_index', 'table passwordless_devices has no index passwordless_devices_phone_number_index'
        UNION ALL SELECT 'index passwordless_user_to_tenant.PRIMARY', 'table passwordless_user_to_tenant has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_user_to_tenant.email', 'table passwordless_user_to_tenant has no index email'
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_email_index', 'table passwordless_user_to_tenant has no index passwordless_user_to_tenant_email_index'
        UNION ALL SELECT 'index passwordless_user_to_tenant.passwordless_user_to_tenant_phone_number_index', 'table passwordless_user_to_tenant has no index passwordless_user_to_tenant_phone_number_index'
        UNION ALL SELECT 'index passwordless_user_to_tenant.phone_number', 'table passwordless_user_to_tenant has no index phone_number'
        UNION ALL SELECT 'index passwordless_users.PRIMARY', 'table passwordless_users has no index PRIMARY'
        UNION ALL SELECT 'index passwordless_users.passwordless_users_email_index', 'table passwordless_users has no index passwordless_users_email_index'
        UNION ALL SELECT 'index passwordless_users.passwordless_users_phone_number_index', 'table passwordless_users has no index passwordless_users_phone_number_index'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_index', 'table role_permissions has no index role_permissions_permission_index'
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY'
        UNION ALL SELECT 'index session_access_token_signing_keys.PRIMARY', 'table session_access_token_signing_keys has no index PRIMARY'
        UNION ALL SELECT 'index session_info.PRIMARY', 'table session_info has no index PRIMARY'
        UNION ALL SELECT 'index session_info.session_expiry_index', 'table session_info has no index session_expiry_index'
        UNION ALL SELECT 'index session_info.session_info_user_id_app_id_index', 'table session_info has no index session_info_user_id_app_id_index'
        UNION ALL SELECT 'index tenant_configs.PRIMARY', 'table tenant_configs has no index PRIMARY'
        UNION ALL SELECT 'index tenant_first_factors.PRIMARY', 'table tenant_first_factors has no index PRIMARY'
        UNION ALL SELECT 'index tenant_required_secondary_factors.PRIMARY', 'table tenant_required_secondary_factors has no index PRIMARY'
        UNION ALL SELECT 'index tenant_thirdparty_provider_clients.PRIMARY', 'table tenant_thirdparty_provider_clients has no index PRIMARY'
        UNION ALL SELECT 'index tenant_thirdparty_providers.PRIMARY', 'table tenant_thirdparty_providers has no index PRIMARY'
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.PRIMARY', 'table thirdparty_user_to_tenant has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.third_party_user_id', 'table thirdparty_user_to_tenant has no index third_party_user_id'
        UNION ALL SELECT 'index thirdparty_user_to_tenant.thirdparty_user_to_tenant_third_party_user_id_index', 'table thirdparty_user_to_tenant has no index thirdparty_user_to_tenant_third_party_user_id_index'
        UNION ALL SELECT 'index thirdparty_users.PRIMARY', 'table thirdparty_users has no index PRIMARY'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_email_index', 'table thirdparty_users has no index thirdparty_users_email_index'
        UNION ALL SELECT 'index thirdparty_users.thirdparty_users_thirdparty_user_id_index', 'table thirdparty_users has no index thirdparty_users_thirdparty_user_id_index'
        UNION ALL SELECT 'index totp_used_codes.PRIMARY', 'table totp_used_codes has no index PRIMARY'
        UNION ALL SELECT 'index totp_used_codes.app_id', 'table totp_used_codes has no index app_id'
        UNION ALL SELECT 'index totp_used_codes.totp_used_codes_expiry_time_ms_index', 'table totp_used_codes has no index totp_used_codes_expiry_time_ms_index'
        UNION ALL SELECT 'index totp_user_devices.PRIMARY', 'table totp_user_devices has no index PRIMARY'
        UNION ALL SELECT 'index totp_users.PRIMARY', 'table totp_users has no index PRIMARY'
        UNION ALL SELECT 'index user_last_active.PRIMARY', 'table user_last_active has no index PRIMARY'
        UNION ALL SELECT 'index user_last_active.user_last_active_last_active_time_index', 'table user_last_active has no index user_last_active_last_active_time_index'
        UNION ALL SELECT 'index user_metadata.PRIMARY', 'table user_metadata has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.user_roles_role_index', 'table user_roles has no index user_roles_role_index'
        UNION ALL SELECT 'index userid_mapping.PRIMARY', 'table userid_mapping has no index PRIMARY'
        UNION ALL SELECT 'index userid_mapping.external_user_id', 'table userid_mapping has no index external_user_id'
        UNION ALL SELECT 'index userid_mapping.supertokens_user_id', 'table userid_mapping has no index supertokens_user_id'
        UNION ALL SELECT 'table all_auth_recipe_users', 'table all_auth_recipe_users is missing'
        UNION ALL SELECT 'table app_id_to_user_id', 'table app_id_to_user_id is missing'
        UNION ALL SELECT 'table apps', 'table apps is missing'
        UNION ALL SELECT 'table bulk_import_users', 'table bulk_import_users is missing'
        UNION ALL SELECT 'table dashboard_user_sessions', 'table dashboard_user_sessions is missing'
        UNION ALL SELECT 'table dashboard_users', 'table dashboard_users is missing'
        UNION ALL SELECT 'table emailpassword_pswd_reset_tokens', 'table emailpassword_pswd_reset_tokens is missing'
        UNION ALL SELECT 'table emailpassword_user_to_tenant', 'table emailpassword_user_to_tenant is missing'
        UNION ALL SELECT 'table emailpassword_users', 'table emailpassword_users is missing'
        UNION ALL SELECT 'table emailverification_tokens', 'table emailverification_tokens is missing'
        UNION ALL SELECT 'table emailverification_verified_emails', 'table emailverification_verified_emails is missing'
        UNION ALL SELECT 'table jwt_signing_keys', 'table jwt_signing_keys is missing'
        UNION ALL SELECT 'table key_value', 'table key_value is missing'
        UNION ALL SELECT 'table oauth_clients', 'table oauth_clients is missing'
        UNION ALL SELECT 'table oauth_logout_challenges', 'table oauth_logout_challenges is missing'
        UNION ALL SELECT 'table oauth_m2m_tokens', 'table oauth_m2m_tokens is missing'
        UNION ALL SELECT 'table oauth_sessions', 'table oauth_sessions is missing'
        UNION ALL SELECT 'table passwordless_codes', 'table passwordless_codes is missing'
        UNION ALL SELECT 'table passwordless_devices', 'table passwordless_devices is missing'
        UNION ALL SELECT 'table passwordless_user_to_tenant', 'table passwordless_user_to_tenant is missing'
        UNION ALL SELECT 'table passwordless_users', 'table passwordless_users is missing'
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing'
        UNION ALL SELECT 'table roles', 'table roles is missing'
        UNION ALL SELECT 'table session_access_token_signing_keys', 'table session_access_token_signing_keys is missing'
        UNION ALL SELECT 'table session_info', 'table session_info is missing'
        UNION ALL SELECT 'table tenant_configs', 'table tenant_configs is missing'
        UNION ALL SELECT 'table tenant_first_factors', 'table tenant_first_factors is missing'
        UNION ALL SELECT 'table tenant_required_secondary_factors', 'table tenant_required_secondary_factors is missing'
        UNION ALL SELECT 'table tenant_thirdparty_provider_clients', 'table tenant_thirdparty_provider_clients is missing'
        UNION ALL SELECT 'table tenant_thirdparty_providers', 'table tenant_thirdparty_providers is missing'
        UNION ALL SELECT 'table tenants', 'table tenants is missing'
        UNION ALL SELECT 'table thirdparty_user_to_tenant', 'table thirdparty_user_to_tenant is missing'
        UNION ALL SELECT 'table thirdparty_users', 'table thirdparty_users is missing'
        UNION ALL SELECT 'table totp_used_codes', 'table totp_used_codes is missing'
        UNION ALL SELECT 'table totp_user_devices', 'table totp_user_devices is missing'
        UNION ALL SELECT 'table totp_users', 'table totp_users is missing'
        UNION ALL SELECT 'table user_last_active', 'table user_last_active is missing'
        UNION ALL SELECT 'table user_metadata', 'table user_metadata is missing'
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing'
        UNION ALL SELECT 'table userid_mapping', 'table userid_mapping is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('all_auth_recipe_users', 'app_id_to_user_id', 'apps', 'bulk_import_users', 'dashboard_user_sessions', 'dashboard_users', 'emailpassword_pswd_reset_tokens', 'emailpassword_user_to_tenant', 'emailpassword_users', 'emailverification_tokens', 'emailverification_verified_emails', 'jwt_signing_keys', 'key_value', 'oauth_clients', 'oauth_logout_challenges', 'oauth_m2m_tokens', 'oauth_sessions', 'passwordless_codes', 'passwordless_devices', 'passwordless_user_to_tenant', 'passwordless_users', 'role_permissions', 'roles', 'session_access_token_signing_keys', 'session_info', 'tenant_configs', 'tenant_first_factors', 'tenant_required_secondary_factors', 'tenant_thirdparty_provider_clients', 'tenant_thirdparty_providers', 'tenants', 'thirdparty_user_to_tenant', 'thirdparty_users', 'totp_used_codes', 'totp_user_devices', 'totp_users', 'user_last_active', 'user_metadata', 'user_roles', 'userid_mapping', 'webauthn_account_recovery_tokens', 'webauthn_credentials', 'webauthn_generated_options', 'webauthn_user_to_tenant', 'webauthn_users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at supertokens 10.0 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect supertokens names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: supertokens 10.1 → 10.0: the database was at 10.0 already: nothing to do', 'plan: supertokens 10.1 → 10.0: the database was at 10.0 already: nothing to do', 'plan: supertokens 10.1 → 10.0 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
