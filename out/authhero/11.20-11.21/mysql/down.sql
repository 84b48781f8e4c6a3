-- plan 0.1.0 · authhero 11.21 → 11.20 · mysql · rollback
-- what:     this script rolls an authhero database back from 11.21 to 11.20 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=authhero-11.21-before.sql.partial DATABASE && mv authhero-11.21-before.sql.partial authhero-11.21-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < authhero-11.21-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- reverse:  npx plan compile authhero 11.20 11.21 --dialect mysql --param control_plane_tenant_id=main -o up.sql
-- this rollback drops: 2 columns logs.country_code3, logs.country_name, and the data in them
-- parameters: control_plane_tenant_id=main
-- sources (sha256 of each file; check: sha256sum plans/authhero/product.yaml plans/authhero/11.20-11.21.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/authhero/product.yaml 3230b2d67f9773df002f045b96fc84632f1db3aa0e081f0b8f87471a83991ef4
--   plans/authhero/11.20-11.21.yaml 6b6803aa0c9368a6bffabd03d41c4279fbb1892d85aaa3a6bec2c5e22e299ceb
--   schema at 11.20 replayed from 1 plan (plans/authhero/0-11.20.yaml …) 684a5e81ddcc7909203a08f95e3c371ec81415693016142b9bf1d61dfe1c3265
--     (check: cat plans/authhero/0-11.20.yaml > /dev/null && for f in plans/authhero/0-11.20.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- charset:  the columns this script adds or changes take their table's character set. Required: table resource_servers needs utf8mb3 or a narrower one (at most 3 bytes per character; utf8mb3 holds every character but those outside the Basic Multilingual Plane, such as emoji): under utf8mb4 a row of it declares 76,939 bytes, over MySQL's row size limit of 65,535 bytes. The script checks the table's character set before its first change and stops if it is wider, or if InnoDB's page is not 16 KB or the table's row format not DYNAMIC (what those figures assume).
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 129 DDL statements on existing tables here.
--   36 statements copy a table and block writes to it meanwhile (ALGORITHM=COPY) on one engine or both: user_organizations, universal_login_templates, resource_servers, organizations, themes, grants, organization_connections, users, passwords, migrations, keys, hooks, custom_text, custom_domains, connections, codes, clients, client_registration_tokens, client_grants, branding, authentication_methods
--   a VARCHAR made longer is in place or a copy by its length in bytes, counted at 3 bytes a character (the character set product.yaml names for its tables: verify_database): on a table of another character set its algorithm may differ
-- ROWS DELETED: the organizations rows the upgrade copied from tenants, and the rows of organization_connections (organization_id → organizations, ON DELETE CASCADE), user_organizations (organization_id → organizations, ON DELETE CASCADE) that reference them, through their foreign keys; the script stops before any change while rows of organization_connections, user_organizations reference them (the application's, written since the upgrade) (11.21 → 11.20 · 11/106 · delete the rows copied from tenants into organizations)
-- MANUAL STEPS (4), not done by this script:
--   1. [11.21 → 11.20] Before this rollback: switch the client applications back to tokens without an organization.
--   2. [11.21 → 11.20] Before this rollback: take the multi-tenancy middleware, management routes and hooks out of the application (the organizations of the control plane that stand for tenants go with this rollback).
--   3. [11.21 → 11.20] Only if this script stops at its check for foreign keys of tables outside authhero onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).
--   4. [11.21 → 11.20] After this rollback (with every AuthHero process stopped before it): put the application back on @authhero/kysely-adapter 11.20.x and remove @authhero/multi-tenancy, then start it; 11.21's migrator would stop on the 11.20 history.

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 11.21, at 11.20, or between them on this script's path (a resumed run)
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
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'foreign_key authentication_methods.fk_authentication_methods_tenants', 'foreign_key branding.branding_ibfk_1', 'foreign_key branding.fk_branding_tenants', 'foreign_key client_grants.client_grants_ibfk_1', 'foreign_key client_grants.fk_client_grants_tenants', 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'foreign_key client_registration_tokens.fk_client_registration_tokens_tenants', 'foreign_key clients.clients_ibfk_1', 'foreign_key clients.fk_clients_tenants', 'foreign_key codes.FK_codes_user_id_tenant_id_constraint', 'foreign_key codes.codes_ibfk_1', 'foreign_key codes.codes_user_id_tenant_id_constraint', 'foreign_key codes.fk_codes_tenants', 'foreign_key connections.connections_ibfk_1', 'foreign_key connections.fk_connections_tenants', 'foreign_key custom_domains.custom_domains_ibfk_1', 'foreign_key custom_domains.fk_custom_domains_tenants', 'foreign_key custom_text.custom_text_ibfk_1', 'foreign_key custom_text.fk_custom_text_tenants', 'foreign_key grants.fk_grants_tenants', 'foreign_key grants.grants_ibfk_1', 'foreign_key grants.grants_user_id_constraint', 'foreign_key hooks.fk_hooks_tenants', 'foreign_key hooks.hooks_ibfk_1', 'foreign_key keys.fk_keys_tenants', 'foreign_key keys.keys_ibfk_1', 'foreign_key migrations.fk_migrations_tenants', 'foreign_key migrations.migrations_ibfk_1', 'foreign_key organization_connections.organization_connections_organization_fk', 'foreign_key passwords.fk_passwords_tenants', 'foreign_key passwords.passwords_ibfk_1', 'foreign_key themes.fk_themes_tenants', 'foreign_key themes.themes_ibfk_1', 'foreign_key universal_login_templates.fk_universal_login_templates_tenants', 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'foreign_key user_organizations.fk_user_organizations_organization', 'foreign_key user_organizations.fk_user_organizations_user', 'foreign_key users.fk_users_tenants', 'foreign_key users.linked_to_constraint', 'foreign_key users.users_ibfk_1', 'index codes.FK_codes_user_id_tenant_id_constraint', 'index codes.PRIMARY', 'index codes.codes_user_id_tenant_id_constraint', 'index codes.fk_codes_tenants', 'index codes.tenant_id', 'index custom_domains.fk_custom_domains_tenants', 'index custom_domains.tenant_id', 'index hooks.fk_hooks_tenants', 'index hooks.tenant_id', 'index keys.fk_keys_tenants', 'index keys.tenant_id', 'index logs.logs_date', 'index logs.logs_tenant_id', 'index logs.logs_user_id', 'index migrations.fk_migrations_tenants', 'index migrations.tenant_id', 'index passwords.fk_passwords_tenants', 'index passwords.tenant_id', 'index user_organizations.idx_user_organizations_unique', 'index user_organizations.user_organizations_unique', 'index users.PRIMARY', 'index users.linked_to_constraint', 'index users.unique_phone_provider', 'index users.users_email_index', 'index users.users_user_id_tenant_id') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column action_executions.created_at_ts' AS k, 'bigint NOT NULL' AS def, 3 AS f
        UNION ALL SELECT 'column action_executions.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column action_executions.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column action_executions.logs', 'text', 3
        UNION ALL SELECT 'column action_executions.results', 'text NOT NULL', 3
        UNION ALL SELECT 'column action_executions.status', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column action_executions.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column action_executions.trigger_id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column action_versions.action_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column action_versions.code', 'text NOT NULL', 3
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column action_versions.dependencies', 'text', 3
        UNION ALL SELECT 'column action_versions.deployed', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column action_versions.deployed', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column action_versions.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column action_versions.number', 'int NOT NULL', 3
        UNION ALL SELECT 'column action_versions.number', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column action_versions.runtime', 'varchar(50)', 3
        UNION ALL SELECT 'column action_versions.secrets', 'text', 3
        UNION ALL SELECT 'column action_versions.supported_triggers', 'text', 3
        UNION ALL SELECT 'column action_versions.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column actions.code', 'text NOT NULL', 3
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column actions.dependencies', 'text', 3
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint', 3
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column actions.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column actions.inherit', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column actions.inherit', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column actions.is_system', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column actions.is_system', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column actions.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column actions.runtime', 'varchar(50)', 3
        UNION ALL SELECT 'column actions.secrets', 'text', 3
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT ''built''', 3
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT built', 3
        UNION ALL SELECT 'column actions.supported_triggers', 'text', 3
        UNION ALL SELECT 'column actions.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int', 3
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int(11)', 3
        UNION ALL SELECT 'column authentication_methods.credential_id', 'varchar(512)', 3
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'varchar(255)', 3
        UNION ALL SELECT 'column authentication_methods.id', 'varchar(26) NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.phone_number', 'varchar(32)', 3
        UNION ALL SELECT 'column authentication_methods.public_key', 'text', 3
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int', 3
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int(11)', 3
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'varchar(255)', 3
        UNION ALL SELECT 'column authentication_methods.transports', 'varchar(512)', 3
        UNION ALL SELECT 'column authentication_methods.type', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column authentication_methods.user_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int', 3
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int(11)', 3
        UNION ALL SELECT 'column branding.colors_page_background_end', 'varchar(8)', 3
        UNION ALL SELECT 'column branding.colors_page_background_start', 'varchar(8)', 3
        UNION ALL SELECT 'column branding.colors_page_background_type', 'varchar(32)', 3
        UNION ALL SELECT 'column branding.colors_primary', 'varchar(8)', 3
        UNION ALL SELECT 'column branding.dark_mode', 'varchar(8)', 3
        UNION ALL SELECT 'column branding.favicon_url', 'varchar(512)', 3
        UNION ALL SELECT 'column branding.font_url', 'varchar(512)', 3
        UNION ALL SELECT 'column branding.logo_url', 'varchar(512)', 3
        UNION ALL SELECT 'column branding.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int DEFAULT 0', 3
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int(11) DEFAULT 0', 3
        UNION ALL SELECT 'column client_grants.audience', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text', 1
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT ''[]''', 3
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT []', 3
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT _utf8mb4''[]''', 3
        UNION ALL SELECT 'column client_grants.authorization_details_types', _utf8mb4 X'746578742044454641554C54205F757466386D62345C275B5D5C27', 3
        UNION ALL SELECT 'column client_grants.client_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column client_grants.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column client_grants.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column client_grants.is_system', 'int DEFAULT 0', 3
        UNION ALL SELECT 'column client_grants.is_system', 'int(11) DEFAULT 0', 3
        UNION ALL SELECT 'column client_grants.organization_usage', 'varchar(32)', 3
        UNION ALL SELECT 'column client_grants.scope', 'text', 1
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT ''[]''', 3
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT []', 3
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT _utf8mb4''[]''', 3
        UNION ALL SELECT 'column client_grants.scope', _utf8mb4 X'746578742044454641554C54205F757466386D62345C275B5D5C27', 3
        UNION ALL SELECT 'column client_grants.subject_type', 'varchar(32)', 3
        UNION ALL SELECT 'column client_grants.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column client_grants.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'varchar(191)', 3
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'text', 3
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column client_registration_tokens.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint', 3
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column client_registration_tokens.sub', 'varchar(255)', 3
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.type', 'varchar(8) NOT NULL', 3
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint', 3
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column clients.addons', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.allowed_clients', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.allowed_origins', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT ''regular_web''', 3
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT regular_web', 3
        UNION ALL SELECT 'column clients.auth0_conformant', 'int DEFAULT 1', 3
        UNION ALL SELECT 'column clients.auth0_conformant', 'int(11) DEFAULT 1', 3
        UNION ALL SELECT 'column clients.callbacks', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.client_aliases', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.client_authentication_methods', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.client_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column clients.client_metadata', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.client_secret', 'varchar(255)', 3
        UNION ALL SELECT 'column clients.compliance_level', 'varchar(64)', 3
        UNION ALL SELECT 'column clients.connections', 'text', 1
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL', 1
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT ''[]''', 3
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT []', 3
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT _utf8mb4''[]''', 3
        UNION ALL SELECT 'column clients.connections', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27', 3
        UNION ALL SELECT 'column clients.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.cross_origin_loc', 'varchar(2083)', 3
        UNION ALL SELECT 'column clients.custom_login_page', 'text', 3
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'text', 3
        UNION ALL SELECT 'column clients.default_organization', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.description', 'varchar(140)', 3
        UNION ALL SELECT 'column clients.encryption_key', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.form_template', 'text', 3
        UNION ALL SELECT 'column clients.global', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.global', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.grant_types', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.initiate_login_uri', 'varchar(2083)', 3
        UNION ALL SELECT 'column clients.is_first_party', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.is_first_party', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.jwt_configuration', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.logo_uri', 'varchar(2083)', 3
        UNION ALL SELECT 'column clients.mobile', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column clients.native_social_login', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.oidc_conformant', 'int NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column clients.oidc_conformant', 'int(11) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column clients.oidc_logout', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt''', 3
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT no_prompt', 3
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT ''deny''', 3
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT deny', 3
        UNION ALL SELECT 'column clients.owner_user_id', 'varchar(255)', 3
        UNION ALL SELECT 'column clients.par_request_expiry', 'int', 3
        UNION ALL SELECT 'column clients.par_request_expiry', 'int(11)', 3
        UNION ALL SELECT 'column clients.refresh_token', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.registration_metadata', 'text', 3
        UNION ALL SELECT 'column clients.registration_type', 'varchar(32)', 3
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.session_transfer', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.signed_request_object', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.signing_keys', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.sso', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.sso', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column clients.sso_disabled', 'int NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column clients.sso_disabled', 'int(11) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column clients.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic''', 3
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT client_secret_basic', 3
        UNION ALL SELECT 'column clients.token_quota', 'text NOT NULL', 3
        UNION ALL SELECT 'column clients.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column clients.user_linking_mode', 'varchar(16)', 3
        UNION ALL SELECT 'column clients.web_origins', 'text NOT NULL', 3
        UNION ALL SELECT 'column codes.code_challenge', 'varchar(128)', 3
        UNION ALL SELECT 'column codes.code_challenge_method', 'varchar(5)', 3
        UNION ALL SELECT 'column codes.code_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column codes.code_type', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column codes.code_verifier', 'varchar(128)', 3
        UNION ALL SELECT 'column codes.connection_id', 'varchar(255)', 3
        UNION ALL SELECT 'column codes.created_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column codes.expires_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column codes.login_id', 'varchar(255)', 3
        UNION ALL SELECT 'column codes.nonce', 'varchar(1024)', 3
        UNION ALL SELECT 'column codes.otp', 'varchar(32)', 3
        UNION ALL SELECT 'column codes.redirect_uri', 'varchar(1024)', 3
        UNION ALL SELECT 'column codes.state', 'varchar(2048)', 3
        UNION ALL SELECT 'column codes.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column codes.used_at', 'varchar(255)', 3
        UNION ALL SELECT 'column codes.user_id', 'varchar(255)', 3
        UNION ALL SELECT 'column connections.created_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column connections.display_name', 'varchar(255)', 3
        UNION ALL SELECT 'column connections.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column connections.is_domain_connection', 'int', 3
        UNION ALL SELECT 'column connections.is_domain_connection', 'int(11)', 3
        UNION ALL SELECT 'column connections.is_system', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column connections.is_system', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column connections.metadata', 'varchar(4096)', 3
        UNION ALL SELECT 'column connections.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}''', 3
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT {}', 3
        UNION ALL SELECT 'column connections.response_mode', 'varchar(255)', 3
        UNION ALL SELECT 'column connections.response_type', 'varchar(255)', 3
        UNION ALL SELECT 'column connections.show_as_button', 'int', 3
        UNION ALL SELECT 'column connections.show_as_button', 'int(11)', 3
        UNION ALL SELECT 'column connections.strategy', 'varchar(64)', 3
        UNION ALL SELECT 'column connections.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column connections.updated_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'text NOT NULL', 3
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'varchar(35)', 3
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'varchar(50)', 3
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.domain', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'varchar(2048)', 3
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'varchar(255)', 3
        UNION ALL SELECT 'column custom_domains.primary', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.status', 'varchar(50) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.tls_policy', 'varchar(50)', 3
        UNION ALL SELECT 'column custom_domains.type', 'varchar(50) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column custom_domains.verification', 'varchar(2048)', 3
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column custom_text.custom_text', 'text NOT NULL', 3
        UNION ALL SELECT 'column custom_text.language', 'varchar(16) NOT NULL', 3
        UNION ALL SELECT 'column custom_text.prompt', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column custom_text.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column email_providers.created_at', 'varchar(29) NOT NULL', 3
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}''', 3
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT {}', 3
        UNION ALL SELECT 'column email_providers.default_from_address', 'varchar(255)', 3
        UNION ALL SELECT 'column email_providers.enabled', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column email_providers.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}''', 3
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT {}', 3
        UNION ALL SELECT 'column email_providers.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column email_providers.updated_at', 'varchar(29) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.body', 'text NOT NULL', 3
        UNION ALL SELECT 'column email_templates.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.enabled', 'int NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column email_templates.enabled', 'int(11) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column email_templates.from', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column email_templates.result_url', 'varchar(2048)', 3
        UNION ALL SELECT 'column email_templates.subject', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid''', 3
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT liquid', 3
        UNION ALL SELECT 'column email_templates.template', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int', 3
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int(11)', 3
        UNION ALL SELECT 'column flows.actions', 'text', 3
        UNION ALL SELECT 'column flows.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column flows.id', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column flows.name', 'varchar(150) NOT NULL', 3
        UNION ALL SELECT 'column flows.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column flows.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column forms.created_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column forms.ending', 'varchar(255)', 3
        UNION ALL SELECT 'column forms.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column forms.languages', 'varchar(255)', 3
        UNION ALL SELECT 'column forms.messages', 'varchar(255)', 3
        UNION ALL SELECT 'column forms.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column forms.nodes', 'varchar(4096)', 3
        UNION ALL SELECT 'column forms.start', 'varchar(255)', 3
        UNION ALL SELECT 'column forms.style', 'varchar(1042)', 3
        UNION ALL SELECT 'column forms.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column forms.translations', 'varchar(4096)', 3
        UNION ALL SELECT 'column forms.updated_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column grants.client_id', 'varchar(100) NOT NULL', 3
        UNION ALL SELECT 'column grants.client_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column grants.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column grants.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL', 1
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT ''[]''', 3
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT []', 3
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT _utf8mb4''[]''', 3
        UNION ALL SELECT 'column grants.scope', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27', 3
        UNION ALL SELECT 'column grants.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column grants.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column grants.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column grants.user_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column grants.user_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column hook_code.code', 'text NOT NULL', 3
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column hook_code.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column hook_code.secrets', 'text', 3
        UNION ALL SELECT 'column hook_code.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint NOT NULL', 3
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint(20) NOT NULL', 3
        UNION ALL SELECT 'column hooks.code_id', 'varchar(21)', 3
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint', 3
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column hooks.enabled', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column hooks.form_id', 'varchar(128)', 3
        UNION ALL SELECT 'column hooks.hook_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column hooks.metadata', 'text', 3
        UNION ALL SELECT 'column hooks.priority', 'int', 3
        UNION ALL SELECT 'column hooks.priority', 'int(11)', 3
        UNION ALL SELECT 'column hooks.synchronous', 'tinyint(1) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column hooks.template_id', 'varchar(64)', 3
        UNION ALL SELECT 'column hooks.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column hooks.trigger_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint', 3
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column hooks.url', 'varchar(512)', 3
        UNION ALL SELECT 'column invites.app_metadata', 'text', 3
        UNION ALL SELECT 'column invites.client_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column invites.connection_id', 'varchar(21)', 3
        UNION ALL SELECT 'column invites.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column invites.expires_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column invites.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column invites.invitation_url', 'text NOT NULL', 3
        UNION ALL SELECT 'column invites.invitee', 'text NOT NULL', 3
        UNION ALL SELECT 'column invites.inviter', 'text NOT NULL', 3
        UNION ALL SELECT 'column invites.organization_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column invites.roles', 'text', 3
        UNION ALL SELECT 'column invites.send_invitation_email', 'int', 3
        UNION ALL SELECT 'column invites.send_invitation_email', 'int(11)', 3
        UNION ALL SELECT 'column invites.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column invites.ticket_id', 'varchar(191)', 3
        UNION ALL SELECT 'column invites.ttl_sec', 'int', 3
        UNION ALL SELECT 'column invites.ttl_sec', 'int(11)', 3
        UNION ALL SELECT 'column invites.user_metadata', 'text', 3
        UNION ALL SELECT 'column keys.cert', 'varchar(4096)', 3
        UNION ALL SELECT 'column keys.connection', 'varchar(255)', 3
        UNION ALL SELECT 'column keys.created_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column keys.current_since', 'varchar(256)', 3
        UNION ALL SELECT 'column keys.current_until', 'varchar(256)', 3
        UNION ALL SELECT 'column keys.fingerprint', 'varchar(256)', 3
        UNION ALL SELECT 'column keys.kid', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column keys.pkcs7', 'varchar(4096)', 3
        UNION ALL SELECT 'column keys.revoked_at', 'varchar(255)', 3
        UNION ALL SELECT 'column keys.tenant_id', 'varchar(255)', 3
        UNION ALL SELECT 'column keys.thumbprint', 'varchar(256)', 3
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing''', 3
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT jwt_signing', 3
        UNION ALL SELECT 'column kysely_migration.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column kysely_migration.timestamp', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column kysely_migration_lock.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column log_streams.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column log_streams.filters', 'text', 3
        UNION ALL SELECT 'column log_streams.id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column log_streams.is_priority', 'tinyint(1)', 3
        UNION ALL SELECT 'column log_streams.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column log_streams.sink', 'text NOT NULL', 3
        UNION ALL SELECT 'column log_streams.status', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column log_streams.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column log_streams.type', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column log_streams.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column login_sessions.auth0Client', 'varchar(255)', 3
        UNION ALL SELECT 'column login_sessions.auth_connection', 'varchar(255)', 3
        UNION ALL SELECT 'column login_sessions.auth_params', 'text', 3
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'varchar(64)', 3
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'varchar(64)', 3
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'varchar(35)', 3
        UNION ALL SELECT 'column login_sessions.authorization_url', 'text', 3
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint', 3
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column login_sessions.csrf_token', 'varchar(26)', 3
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column login_sessions.failure_reason', 'text', 3
        UNION ALL SELECT 'column login_sessions.id', 'varchar(26) NOT NULL', 3
        UNION ALL SELECT 'column login_sessions.ip', 'varchar(39)', 3
        UNION ALL SELECT 'column login_sessions.session_id', 'varchar(26)', 3
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT ''pending''', 3
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT pending', 3
        UNION ALL SELECT 'column login_sessions.state_data', 'text', 3
        UNION ALL SELECT 'column login_sessions.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint', 3
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column login_sessions.user_id', 'varchar(255)', 3
        UNION ALL SELECT 'column login_sessions.useragent', 'text', 3
        UNION ALL SELECT 'column logs.audience', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.auth0_client', 'varchar(8192)', 3
        UNION ALL SELECT 'column logs.category', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.city_name', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.client_id', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.client_name', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.connection', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.connection_id', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.continent_code', 'varchar(2)', 3
        UNION ALL SELECT 'column logs.country_code', 'varchar(2)', 3
        UNION ALL SELECT 'column logs.country_code3', 'varchar(3)', 1
        UNION ALL SELECT 'column logs.country_name', 'varchar(255)', 1
        UNION ALL SELECT 'column logs.date', 'varchar(25) NOT NULL', 3
        UNION ALL SELECT 'column logs.description', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.details', 'varchar(2048)', 3
        UNION ALL SELECT 'column logs.hostname', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.ip', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.isMobile', 'int', 3
        UNION ALL SELECT 'column logs.isMobile', 'int(11)', 3
        UNION ALL SELECT 'column logs.latitude', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.log_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column logs.longitude', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.scope', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.session_connection', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.strategy', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.strategy_type', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.tenant_id', 'varchar(64)', 3
        UNION ALL SELECT 'column logs.time_zone', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.type', 'varchar(8) NOT NULL', 3
        UNION ALL SELECT 'column logs.user_agent', 'varchar(255)', 3
        UNION ALL SELECT 'column logs.user_id', 'varchar(64)', 3
        UNION ALL SELECT 'column logs.user_name', 'varchar(255)', 3
        UNION ALL SELECT 'column migration_sources.connection', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.credentials', 'text NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.enabled', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.provider', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column migration_sources.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column migrations.client_id', 'varchar(255)', 3
        UNION ALL SELECT 'column migrations.created_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column migrations.domain', 'varchar(255)', 3
        UNION ALL SELECT 'column migrations.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column migrations.origin', 'varchar(255)', 3
        UNION ALL SELECT 'column migrations.provider', 'varchar(255)', 3
        UNION ALL SELECT 'column migrations.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column migrations.updated_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'tinyint(1) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column organization_connections.connection_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column organization_connections.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'tinyint(1) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column organization_connections.organization_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column organization_connections.show_as_button', 'tinyint(1) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column organization_connections.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column organization_connections.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column organizations.branding', 'text', 3
        UNION ALL SELECT 'column organizations.created_at', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column organizations.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column organizations.display_name', 'varchar(256)', 3
        UNION ALL SELECT 'column organizations.enabled_connections', 'text', 3
        UNION ALL SELECT 'column organizations.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column organizations.id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column organizations.metadata', 'text', 3
        UNION ALL SELECT 'column organizations.name', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column organizations.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column organizations.tenant_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column organizations.token_quota', 'text', 3
        UNION ALL SELECT 'column organizations.updated_at', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column organizations.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'varchar(35)', 3
        UNION ALL SELECT 'column outbox_events.claimed_by', 'varchar(64)', 3
        UNION ALL SELECT 'column outbox_events.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'varchar(35)', 3
        UNION ALL SELECT 'column outbox_events.error', 'text', 3
        UNION ALL SELECT 'column outbox_events.event_type', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.final_error', 'text', 3
        UNION ALL SELECT 'column outbox_events.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.log_type', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'varchar(35)', 3
        UNION ALL SELECT 'column outbox_events.payload', 'text NOT NULL', 3
        UNION ALL SELECT 'column outbox_events.processed_at', 'varchar(35)', 3
        UNION ALL SELECT 'column outbox_events.retry_count', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column outbox_events.retry_count', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column outbox_events.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt''', 3
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT bcrypt', 3
        UNION ALL SELECT 'column passwords.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column passwords.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column passwords.is_current', 'int NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column passwords.is_current', 'int(11) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column passwords.password', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column passwords.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column passwords.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column passwords.user_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'tinyint(1) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column prompt_settings.password_first', 'tinyint(1) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new''', 3
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT new', 3
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'tinyint(1) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column proxy_routes.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL', 1
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]''', 3
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT []', 3
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT _utf8mb4''[]''', 3
        UNION ALL SELECT 'column proxy_routes.handlers', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27', 3
        UNION ALL SELECT 'column proxy_routes.id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}''', 3
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT {"path":"/*"}', 3
        UNION ALL SELECT 'column proxy_routes.priority', 'int NOT NULL DEFAULT 100', 3
        UNION ALL SELECT 'column proxy_routes.priority', 'int(11) NOT NULL DEFAULT 100', 3
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column proxy_routes.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.client_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint', 3
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column refresh_tokens.device', 'text NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column refresh_tokens.family_id', 'varchar(26)', 3
        UNION ALL SELECT 'column refresh_tokens.id', 'varchar(26) NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint', 3
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column refresh_tokens.login_id', 'varchar(26) NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'text NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint', 3
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint', 3
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'varchar(26)', 3
        UNION ALL SELECT 'column refresh_tokens.rotating', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'varchar(64)', 3
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'varchar(16)', 3
        UNION ALL SELECT 'column refresh_tokens.user_id', 'varchar(255)', 3
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int', 3
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int(11)', 3
        UNION ALL SELECT 'column resource_servers.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column resource_servers.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column resource_servers.identifier', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column resource_servers.is_system', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column resource_servers.is_system', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column resource_servers.metadata', 'varchar(4096)', 3
        UNION ALL SELECT 'column resource_servers.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column resource_servers.options', 'varchar(4096)', 3
        UNION ALL SELECT 'column resource_servers.scopes', 'text', 1
        UNION ALL SELECT 'column resource_servers.scopes', 'varchar(4096)', 3
        UNION ALL SELECT 'column resource_servers.signing_alg', 'varchar(64)', 3
        UNION ALL SELECT 'column resource_servers.signing_secret', 'varchar(2048)', 3
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int', 3
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int(11)', 3
        UNION ALL SELECT 'column resource_servers.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int', 3
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int(11)', 3
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int', 3
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int(11)', 3
        UNION ALL SELECT 'column resource_servers.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column resource_servers.verification_key', 'varchar(4096)', 3
        UNION ALL SELECT 'column role_permissions.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.permission_name', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.role_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column role_permissions.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column roles.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column roles.description', 'varchar(255)', 3
        UNION ALL SELECT 'column roles.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column roles.is_system', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column roles.is_system', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column roles.metadata', 'varchar(4096)', 3
        UNION ALL SELECT 'column roles.name', 'varchar(50) NOT NULL', 3
        UNION ALL SELECT 'column roles.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column roles.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'text', 3
        UNION ALL SELECT 'column rollouts.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column rollouts.filter', 'text', 3
        UNION ALL SELECT 'column rollouts.finished_at', 'varchar(35)', 3
        UNION ALL SELECT 'column rollouts.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column rollouts.initiated_by', 'varchar(255)', 3
        UNION ALL SELECT 'column rollouts.kind', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column rollouts.status', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column rollouts.target_database_version', 'varchar(255)', 3
        UNION ALL SELECT 'column rollouts.target_worker_version', 'varchar(255)', 3
        UNION ALL SELECT 'column rollouts.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column rollouts.wave_size', 'int NOT NULL DEFAULT 10', 3
        UNION ALL SELECT 'column rollouts.wave_size', 'int(11) NOT NULL DEFAULT 10', 3
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.clients', 'text NOT NULL', 3
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.device', 'text NOT NULL', 3
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.id', 'varchar(26) NOT NULL', 3
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.login_session_id', 'varchar(26)', 3
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint', 3
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint(20)', 3
        UNION ALL SELECT 'column sessions.user_id', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int(11) NOT NULL DEFAULT 1', 3
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operation_events.detail', 'text', 3
        UNION ALL SELECT 'column tenant_operation_events.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operation_events.step', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operations.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operations.current_step', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operations.engine', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'varchar(100)', 3
        UNION ALL SELECT 'column tenant_operations.error', 'text', 3
        UNION ALL SELECT 'column tenant_operations.finished_at', 'varchar(35)', 3
        UNION ALL SELECT 'column tenant_operations.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operations.kind', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operations.status', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'varchar(255)', 3
        UNION ALL SELECT 'column tenant_operations.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column tenants.acr_values_supported', 'text', 3
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int', 3
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int(11)', 3
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'text', 3
        UNION ALL SELECT 'column tenants.attack_protection', 'text', 3
        UNION ALL SELECT 'column tenants.audience', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int', 3
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int(11)', 3
        UNION ALL SELECT 'column tenants.bundle_configuration', 'varchar(64)', 3
        UNION ALL SELECT 'column tenants.change_password', 'text', 3
        UNION ALL SELECT 'column tenants.created_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int', 3
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int(11)', 3
        UNION ALL SELECT 'column tenants.d1_database_id', 'varchar(64)', 3
        UNION ALL SELECT 'column tenants.database_version', 'varchar(64)', 3
        UNION ALL SELECT 'column tenants.default_audience', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.default_client_id', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.default_directory', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.default_organization', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'text', 3
        UNION ALL SELECT 'column tenants.default_token_quota', 'text', 3
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared''', 3
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT shared', 3
        UNION ALL SELECT 'column tenants.device_flow', 'text', 3
        UNION ALL SELECT 'column tenants.enabled_locales', 'text', 3
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int', 3
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int(11)', 3
        UNION ALL SELECT 'column tenants.error_page', 'text', 3
        UNION ALL SELECT 'column tenants.flags', 'text', 3
        UNION ALL SELECT 'column tenants.friendly_name', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'text', 3
        UNION ALL SELECT 'column tenants.id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int', 3
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int(11)', 3
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int', 3
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int(11)', 3
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'varchar(50)', 3
        UNION ALL SELECT 'column tenants.mfa', 'text', 3
        UNION ALL SELECT 'column tenants.mtls', 'text', 3
        UNION ALL SELECT 'column tenants.oidc_logout', 'text', 3
        UNION ALL SELECT 'column tenants.picture_url', 'text', 3
        UNION ALL SELECT 'column tenants.provisioning_error', 'varchar(2048)', 3
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready''', 3
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ready', 3
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'varchar(35)', 3
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int', 3
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int(11)', 3
        UNION ALL SELECT 'column tenants.sandbox_version', 'varchar(50)', 3
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'text', 3
        UNION ALL SELECT 'column tenants.sender_email', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.sender_name', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.session_cookie', 'text', 3
        UNION ALL SELECT 'column tenants.session_lifetime', 'int', 3
        UNION ALL SELECT 'column tenants.session_lifetime', 'int(11)', 3
        UNION ALL SELECT 'column tenants.sessions', 'text', 3
        UNION ALL SELECT 'column tenants.storage_kind', 'varchar(32)', 3
        UNION ALL SELECT 'column tenants.support_email', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.support_url', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.updated_at', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column tenants.worker_script_name', 'varchar(255)', 3
        UNION ALL SELECT 'column tenants.worker_version', 'varchar(64)', 3
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_buttons_style', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_inputs_style', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_body_text', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_error', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_header', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_icons', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_input_background', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_input_border', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_primary_button', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_success', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_widget_background', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.colors_widget_border', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column themes.displayName', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_font_url', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_links_bold', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_links_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_links_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_links_style', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_title_bold', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_title_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.fonts_title_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.page_background_background_color', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column themes.page_background_page_layout', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.tenant_id', 'varchar(191) NOT NULL', 1
        UNION ALL SELECT 'column themes.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column themes.themeId', 'varchar(21) NOT NULL', 1
        UNION ALL SELECT 'column themes.themeId', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column themes.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.widget_logo_height', 'int NOT NULL', 3
        UNION ALL SELECT 'column themes.widget_logo_height', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column themes.widget_logo_position', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column themes.widget_logo_url', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL', 3
        UNION ALL SELECT 'column universal_login_templates.body', 'text NOT NULL', 3
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int NOT NULL', 3
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'bigint NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'bigint(20) NOT NULL', 1
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int NOT NULL', 3
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column user_activity.failed_logins', 'text', 3
        UNION ALL SELECT 'column user_activity.last_ip', 'varchar(45)', 3
        UNION ALL SELECT 'column user_activity.last_login', 'varchar(35)', 3
        UNION ALL SELECT 'column user_activity.last_password_reset', 'varchar(35)', 3
        UNION ALL SELECT 'column user_activity.login_count', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column user_activity.login_count', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column user_activity.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column user_activity.user_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.created_at', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.organization_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.organization_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.tenant_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.updated_at', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column user_organizations.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.user_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column user_organizations.user_id', 'varchar(256) NOT NULL', 1
        UNION ALL SELECT 'column user_permissions.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column user_permissions.permission_name', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'varchar(100) NOT NULL', 3
        UNION ALL SELECT 'column user_permissions.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column user_permissions.user_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT ', 3
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT ''''', 3
        UNION ALL SELECT 'column user_roles.role_id', 'varchar(21) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(191) NOT NULL', 3
        UNION ALL SELECT 'column users.address', 'text', 3
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT ''{}''', 3
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT _utf8mb4''{}''', 3
        UNION ALL SELECT 'column users.app_metadata', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C277B7D5C27', 3
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT {}', 3
        UNION ALL SELECT 'column users.birthdate', 'varchar(10)', 3
        UNION ALL SELECT 'column users.connection', 'varchar(255)', 3
        UNION ALL SELECT 'column users.connection', 'varchar(255) NOT NULL', 1
        UNION ALL SELECT 'column users.created_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column users.email', 'varchar(255)', 3
        UNION ALL SELECT 'column users.email_verified', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column users.family_name', 'varchar(255)', 3
        UNION ALL SELECT 'column users.gender', 'varchar(50)', 3
        UNION ALL SELECT 'column users.given_name', 'varchar(255)', 3
        UNION ALL SELECT 'column users.is_social', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column users.linked_to', 'varchar(255)', 3
        UNION ALL SELECT 'column users.locale', 'varchar(64)', 3
        UNION ALL SELECT 'column users.middle_name', 'varchar(100)', 3
        UNION ALL SELECT 'column users.name', 'varchar(255)', 3
        UNION ALL SELECT 'column users.nickname', 'varchar(255)', 3
        UNION ALL SELECT 'column users.phone_number', 'varchar(17)', 3
        UNION ALL SELECT 'column users.phone_verified', 'tinyint(1)', 3
        UNION ALL SELECT 'column users.picture', 'text', 3
        UNION ALL SELECT 'column users.preferred_username', 'varchar(255)', 3
        UNION ALL SELECT 'column users.profile', 'text', 3
        UNION ALL SELECT 'column users.profileData', 'text', 3
        UNION ALL SELECT 'column users.provider', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column users.registration_completed_at', 'varchar(35)', 3
        UNION ALL SELECT 'column users.tenant_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column users.updated_at', 'varchar(35) NOT NULL', 3
        UNION ALL SELECT 'column users.user_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column users.user_metadata', 'text', 3
        UNION ALL SELECT 'column users.username', 'varchar(128)', 3
        UNION ALL SELECT 'column users.website', 'text', 3
        UNION ALL SELECT 'column users.zoneinfo', 'varchar(100)', 3
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key authentication_methods.fk_authentication_methods_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key branding.fk_branding_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key client_registration_tokens.fk_client_registration_tokens_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key clients.fk_clients_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key codes.FK_codes_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key codes.fk_codes_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key connections.fk_connections_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key custom_domains.fk_custom_domains_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key custom_text.fk_custom_text_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key grants.fk_grants_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key hooks.fk_hooks_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key keys.fk_keys_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key migrations.fk_migrations_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwords.fk_passwords_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key themes.fk_themes_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key universal_login_templates.fk_universal_login_templates_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key user_organizations.fk_user_organizations_organization', 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key user_organizations.fk_user_organizations_user', 'tenant_id, user_id -> users (tenant_id, user_id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key users.fk_users_tenants', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 1
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'index action_executions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'tenant_id, id', 3
        UNION ALL SELECT 'index action_versions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'tenant_id, action_id', 3
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number', 3
        UNION ALL SELECT 'index actions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'tenant_id', 3
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'credential_id', 3
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index branding.PRIMARY', 'UNIQUE tenant_id', 3
        UNION ALL SELECT 'index client_grants.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'audience', 3
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience', 3
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id', 3
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash', 3
        UNION ALL SELECT 'index clients.PRIMARY', 'UNIQUE tenant_id, client_id', 3
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id', 3
        UNION ALL SELECT 'index codes.FK_codes_user_id_tenant_id_constraint', 'user_id, tenant_id', 1
        UNION ALL SELECT 'index codes.PRIMARY', 'UNIQUE code_id, code_type', 3
        UNION ALL SELECT 'index codes.PRIMARY', 'UNIQUE code_id, code_type, tenant_id', 1
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id', 3
        UNION ALL SELECT 'index codes.fk_codes_tenants', 'tenant_id', 1
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'expires_at_ts', 3
        UNION ALL SELECT 'index codes.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index connections.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'UNIQUE kid', 3
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at', 3
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'UNIQUE custom_domain_id', 3
        UNION ALL SELECT 'index custom_domains.fk_custom_domains_tenants', 'tenant_id', 1
        UNION ALL SELECT 'index custom_domains.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index custom_text.PRIMARY', 'UNIQUE tenant_id, prompt, language', 3
        UNION ALL SELECT 'index email_providers.PRIMARY', 'UNIQUE tenant_id', 3
        UNION ALL SELECT 'index email_templates.PRIMARY', 'UNIQUE tenant_id, template', 3
        UNION ALL SELECT 'index flows.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'tenant_id', 3
        UNION ALL SELECT 'index forms.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'tenant_id', 3
        UNION ALL SELECT 'index grants.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience', 3
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'user_id, tenant_id', 3
        UNION ALL SELECT 'index hook_code.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'tenant_id', 3
        UNION ALL SELECT 'index hooks.PRIMARY', 'UNIQUE hook_id', 3
        UNION ALL SELECT 'index hooks.fk_hooks_tenants', 'tenant_id', 1
        UNION ALL SELECT 'index hooks.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index invites.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'organization_id', 3
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'tenant_id, created_at', 3
        UNION ALL SELECT 'index keys.PRIMARY', 'UNIQUE kid', 3
        UNION ALL SELECT 'index keys.fk_keys_tenants', 'tenant_id', 1
        UNION ALL SELECT 'index keys.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'UNIQUE name', 3
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index log_streams.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'id', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'tenant_id, session_id', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'state', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'state', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index logs.PRIMARY', 'UNIQUE log_id', 3
        UNION ALL SELECT 'index logs.logs_date', 'date', 1
        UNION ALL SELECT 'index logs.logs_tenant_id', 'tenant_id', 1
        UNION ALL SELECT 'index logs.logs_user_id', 'user_id', 1
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index migrations.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index migrations.fk_migrations_tenants', 'tenant_id', 1
        UNION ALL SELECT 'index migrations.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id', 3
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id', 3
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'organization_id', 3
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'UNIQUE tenant_id, organization_id, connection_id', 3
        UNION ALL SELECT 'index organizations.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name', 3
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at', 3
        UNION ALL SELECT 'index passwords.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index passwords.fk_passwords_tenants', 'tenant_id', 1
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id', 3
        UNION ALL SELECT 'index passwords.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'UNIQUE tenant_id', 3
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id', 3
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id', 3
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'login_id', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id', 3
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE tenant_id, role_id, resource_server_identifier, permission_name', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name', 3
        UNION ALL SELECT 'index rollouts.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index sessions.PRIMARY', 'UNIQUE tenant_id, id', 3
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'expires_at_ts', 3
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts', 3
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'user_id, tenant_id', 3
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at', 3
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id', 3
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'status', 3
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at', 3
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index themes.PRIMARY', 'UNIQUE tenant_id, themeId', 3
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'UNIQUE tenant_id', 3
        UNION ALL SELECT 'index user_activity.PRIMARY', 'UNIQUE tenant_id, user_id', 3
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'user_id, tenant_id', 3
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'organization_id', 3
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id', 1
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'user_id', 3
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id', 3
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'UNIQUE tenant_id, user_id, resource_server_identifier, permission_name, organization_id', 3
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'organization_id', 3
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name', 3
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE tenant_id, user_id, role_id, organization_id', 3
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'organization_id', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'tenant_id, role_id', 3
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'tenant_id, user_id', 3
        UNION ALL SELECT 'index users.PRIMARY', 'UNIQUE tenant_id, user_id', 1
        UNION ALL SELECT 'index users.PRIMARY', 'UNIQUE user_id, tenant_id', 3
        UNION ALL SELECT 'index users.linked_to_constraint', 'linked_to, tenant_id', 3
        UNION ALL SELECT 'index users.unique_email_provider', 'UNIQUE email, provider, tenant_id', 3
        UNION ALL SELECT 'index users.unique_phone_provider', 'UNIQUE phone_number, provider, tenant_id', 3
        UNION ALL SELECT 'index users.unique_username_provider', 'UNIQUE username, provider, tenant_id', 3
        UNION ALL SELECT 'index users.users_email_index', 'email', 3
        UNION ALL SELECT 'index users.users_linked_to_index', 'linked_to', 3
        UNION ALL SELECT 'index users.users_name_index', 'name', 3
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider', 3
        UNION ALL SELECT 'index users.users_user_id_tenant_id', 'user_id, tenant_id', 1
        UNION ALL SELECT 'table action_executions', 'present', 3
        UNION ALL SELECT 'table action_versions', 'present', 3
        UNION ALL SELECT 'table actions', 'present', 3
        UNION ALL SELECT 'table authentication_methods', 'present', 3
        UNION ALL SELECT 'table branding', 'present', 3
        UNION ALL SELECT 'table client_grants', 'present', 3
        UNION ALL SELECT 'table client_registration_tokens', 'present', 3
        UNION ALL SELECT 'table clients', 'present', 3
        UNION ALL SELECT 'table codes', 'present', 3
        UNION ALL SELECT 'table connections', 'present', 3
        UNION ALL SELECT 'table control_plane_comm_keys', 'present', 3
        UNION ALL SELECT 'table custom_domains', 'present', 3
        UNION ALL SELECT 'table custom_text', 'present', 3
        UNION ALL SELECT 'table email_providers', 'present', 3
        UNION ALL SELECT 'table email_templates', 'present', 3
        UNION ALL SELECT 'table flows', 'present', 3
        UNION ALL SELECT 'table forms', 'present', 3
        UNION ALL SELECT 'table grants', 'present', 3
        UNION ALL SELECT 'table hook_code', 'present', 3
        UNION ALL SELECT 'table hooks', 'present', 3
        UNION ALL SELECT 'table invites', 'present', 3
        UNION ALL SELECT 'table keys', 'present', 3
        UNION ALL SELECT 'table kysely_migration', 'present', 3
        UNION ALL SELECT 'table kysely_migration_lock', 'present', 3
        UNION ALL SELECT 'table log_streams', 'present', 3
        UNION ALL SELECT 'table login_sessions', 'present', 3
        UNION ALL SELECT 'table logs', 'present', 3
        UNION ALL SELECT 'table migration_sources', 'present', 3
        UNION ALL SELECT 'table migrations', 'present', 3
        UNION ALL SELECT 'table organization_connections', 'present', 3
        UNION ALL SELECT 'table organizations', 'present', 3
        UNION ALL SELECT 'table outbox_events', 'present', 3
        UNION ALL SELECT 'table passwords', 'present', 3
        UNION ALL SELECT 'table prompt_settings', 'present', 3
        UNION ALL SELECT 'table proxy_routes', 'present', 3
        UNION ALL SELECT 'table refresh_tokens', 'present', 3
        UNION ALL SELECT 'table resource_servers', 'present', 3
        UNION ALL SELECT 'table role_permissions', 'present', 3
        UNION ALL SELECT 'table roles', 'present', 3
        UNION ALL SELECT 'table rollouts', 'present', 3
        UNION ALL SELECT 'table sessions', 'present', 3
        UNION ALL SELECT 'table tenant_operation_events', 'present', 3
        UNION ALL SELECT 'table tenant_operations', 'present', 3
        UNION ALL SELECT 'table tenants', 'present', 3
        UNION ALL SELECT 'table themes', 'present', 3
        UNION ALL SELECT 'table universal_login_templates', 'present', 3
        UNION ALL SELECT 'table user_activity', 'present', 3
        UNION ALL SELECT 'table user_organizations', 'present', 3
        UNION ALL SELECT 'table user_permissions', 'present', 3
        UNION ALL SELECT 'table user_roles', 'present', 3
        UNION ALL SELECT 'table users', 'present', 3) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column action_executions.created_at_ts' AS k, 'table action_executions has no column created_at_ts' AS m, 3 AS f
        UNION ALL SELECT 'column action_executions.id', 'table action_executions has no column id', 3
        UNION ALL SELECT 'column action_executions.logs', 'table action_executions has no column logs', 3
        UNION ALL SELECT 'column action_executions.results', 'table action_executions has no column results', 3
        UNION ALL SELECT 'column action_executions.status', 'table action_executions has no column status', 3
        UNION ALL SELECT 'column action_executions.tenant_id', 'table action_executions has no column tenant_id', 3
        UNION ALL SELECT 'column action_executions.trigger_id', 'table action_executions has no column trigger_id', 3
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts', 3
        UNION ALL SELECT 'column action_versions.action_id', 'table action_versions has no column action_id', 3
        UNION ALL SELECT 'column action_versions.code', 'table action_versions has no column code', 3
        UNION ALL SELECT 'column action_versions.created_at_ts', 'table action_versions has no column created_at_ts', 3
        UNION ALL SELECT 'column action_versions.dependencies', 'table action_versions has no column dependencies', 3
        UNION ALL SELECT 'column action_versions.deployed', 'table action_versions has no column deployed', 3
        UNION ALL SELECT 'column action_versions.id', 'table action_versions has no column id', 3
        UNION ALL SELECT 'column action_versions.number', 'table action_versions has no column number', 3
        UNION ALL SELECT 'column action_versions.runtime', 'table action_versions has no column runtime', 3
        UNION ALL SELECT 'column action_versions.secrets', 'table action_versions has no column secrets', 3
        UNION ALL SELECT 'column action_versions.supported_triggers', 'table action_versions has no column supported_triggers', 3
        UNION ALL SELECT 'column action_versions.tenant_id', 'table action_versions has no column tenant_id', 3
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts', 3
        UNION ALL SELECT 'column actions.code', 'table actions has no column code', 3
        UNION ALL SELECT 'column actions.created_at_ts', 'table actions has no column created_at_ts', 3
        UNION ALL SELECT 'column actions.dependencies', 'table actions has no column dependencies', 3
        UNION ALL SELECT 'column actions.deployed_at_ts', 'table actions has no column deployed_at_ts', 3
        UNION ALL SELECT 'column actions.id', 'table actions has no column id', 3
        UNION ALL SELECT 'column actions.inherit', 'table actions has no column inherit', 3
        UNION ALL SELECT 'column actions.is_system', 'table actions has no column is_system', 3
        UNION ALL SELECT 'column actions.name', 'table actions has no column name', 3
        UNION ALL SELECT 'column actions.runtime', 'table actions has no column runtime', 3
        UNION ALL SELECT 'column actions.secrets', 'table actions has no column secrets', 3
        UNION ALL SELECT 'column actions.status', 'table actions has no column status', 3
        UNION ALL SELECT 'column actions.supported_triggers', 'table actions has no column supported_triggers', 3
        UNION ALL SELECT 'column actions.tenant_id', 'table actions has no column tenant_id', 3
        UNION ALL SELECT 'column actions.updated_at_ts', 'table actions has no column updated_at_ts', 3
        UNION ALL SELECT 'column authentication_methods.confirmed', 'table authentication_methods has no column confirmed', 3
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts', 3
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up', 3
        UNION ALL SELECT 'column authentication_methods.credential_id', 'table authentication_methods has no column credential_id', 3
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name', 3
        UNION ALL SELECT 'column authentication_methods.id', 'table authentication_methods has no column id', 3
        UNION ALL SELECT 'column authentication_methods.phone_number', 'table authentication_methods has no column phone_number', 3
        UNION ALL SELECT 'column authentication_methods.public_key', 'table authentication_methods has no column public_key', 3
        UNION ALL SELECT 'column authentication_methods.sign_count', 'table authentication_methods has no column sign_count', 3
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id', 3
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret', 3
        UNION ALL SELECT 'column authentication_methods.transports', 'table authentication_methods has no column transports', 3
        UNION ALL SELECT 'column authentication_methods.type', 'table authentication_methods has no column type', 3
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts', 3
        UNION ALL SELECT 'column authentication_methods.user_id', 'table authentication_methods has no column user_id', 3
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev', 3
        UNION ALL SELECT 'column branding.colors_page_background_end', 'table branding has no column colors_page_background_end', 3
        UNION ALL SELECT 'column branding.colors_page_background_start', 'table branding has no column colors_page_background_start', 3
        UNION ALL SELECT 'column branding.colors_page_background_type', 'table branding has no column colors_page_background_type', 3
        UNION ALL SELECT 'column branding.colors_primary', 'table branding has no column colors_primary', 3
        UNION ALL SELECT 'column branding.dark_mode', 'table branding has no column dark_mode', 3
        UNION ALL SELECT 'column branding.favicon_url', 'table branding has no column favicon_url', 3
        UNION ALL SELECT 'column branding.font_url', 'table branding has no column font_url', 3
        UNION ALL SELECT 'column branding.logo_url', 'table branding has no column logo_url', 3
        UNION ALL SELECT 'column branding.tenant_id', 'table branding has no column tenant_id', 3
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization', 3
        UNION ALL SELECT 'column client_grants.audience', 'table client_grants has no column audience', 3
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types', 3
        UNION ALL SELECT 'column client_grants.client_id', 'table client_grants has no column client_id', 3
        UNION ALL SELECT 'column client_grants.created_at', 'table client_grants has no column created_at', 3
        UNION ALL SELECT 'column client_grants.id', 'table client_grants has no column id', 3
        UNION ALL SELECT 'column client_grants.is_system', 'table client_grants has no column is_system', 3
        UNION ALL SELECT 'column client_grants.organization_usage', 'table client_grants has no column organization_usage', 3
        UNION ALL SELECT 'column client_grants.scope', 'table client_grants has no column scope', 3
        UNION ALL SELECT 'column client_grants.subject_type', 'table client_grants has no column subject_type', 3
        UNION ALL SELECT 'column client_grants.tenant_id', 'table client_grants has no column tenant_id', 3
        UNION ALL SELECT 'column client_grants.updated_at', 'table client_grants has no column updated_at', 3
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id', 3
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints', 3
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts', 3
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts', 3
        UNION ALL SELECT 'column client_registration_tokens.id', 'table client_registration_tokens has no column id', 3
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts', 3
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use', 3
        UNION ALL SELECT 'column client_registration_tokens.sub', 'table client_registration_tokens has no column sub', 3
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id', 3
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash', 3
        UNION ALL SELECT 'column client_registration_tokens.type', 'table client_registration_tokens has no column type', 3
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts', 3
        UNION ALL SELECT 'column clients.addons', 'table clients has no column addons', 3
        UNION ALL SELECT 'column clients.allowed_clients', 'table clients has no column allowed_clients', 3
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls', 3
        UNION ALL SELECT 'column clients.allowed_origins', 'table clients has no column allowed_origins', 3
        UNION ALL SELECT 'column clients.app_type', 'table clients has no column app_type', 3
        UNION ALL SELECT 'column clients.auth0_conformant', 'table clients has no column auth0_conformant', 3
        UNION ALL SELECT 'column clients.callbacks', 'table clients has no column callbacks', 3
        UNION ALL SELECT 'column clients.client_aliases', 'table clients has no column client_aliases', 3
        UNION ALL SELECT 'column clients.client_authentication_methods', 'table clients has no column client_authentication_methods', 3
        UNION ALL SELECT 'column clients.client_id', 'table clients has no column client_id', 3
        UNION ALL SELECT 'column clients.client_metadata', 'table clients has no column client_metadata', 3
        UNION ALL SELECT 'column clients.client_secret', 'table clients has no column client_secret', 3
        UNION ALL SELECT 'column clients.compliance_level', 'table clients has no column compliance_level', 3
        UNION ALL SELECT 'column clients.connections', 'table clients has no column connections', 3
        UNION ALL SELECT 'column clients.created_at', 'table clients has no column created_at', 3
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication', 3
        UNION ALL SELECT 'column clients.cross_origin_loc', 'table clients has no column cross_origin_loc', 3
        UNION ALL SELECT 'column clients.custom_login_page', 'table clients has no column custom_login_page', 3
        UNION ALL SELECT 'column clients.custom_login_page_on', 'table clients has no column custom_login_page_on', 3
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview', 3
        UNION ALL SELECT 'column clients.default_organization', 'table clients has no column default_organization', 3
        UNION ALL SELECT 'column clients.description', 'table clients has no column description', 3
        UNION ALL SELECT 'column clients.encryption_key', 'table clients has no column encryption_key', 3
        UNION ALL SELECT 'column clients.form_template', 'table clients has no column form_template', 3
        UNION ALL SELECT 'column clients.global', 'table clients has no column global', 3
        UNION ALL SELECT 'column clients.grant_types', 'table clients has no column grant_types', 3
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error', 3
        UNION ALL SELECT 'column clients.initiate_login_uri', 'table clients has no column initiate_login_uri', 3
        UNION ALL SELECT 'column clients.is_first_party', 'table clients has no column is_first_party', 3
        UNION ALL SELECT 'column clients.jwt_configuration', 'table clients has no column jwt_configuration', 3
        UNION ALL SELECT 'column clients.logo_uri', 'table clients has no column logo_uri', 3
        UNION ALL SELECT 'column clients.mobile', 'table clients has no column mobile', 3
        UNION ALL SELECT 'column clients.name', 'table clients has no column name', 3
        UNION ALL SELECT 'column clients.native_social_login', 'table clients has no column native_social_login', 3
        UNION ALL SELECT 'column clients.oidc_conformant', 'table clients has no column oidc_conformant', 3
        UNION ALL SELECT 'column clients.oidc_logout', 'table clients has no column oidc_logout', 3
        UNION ALL SELECT 'column clients.organization_require_behavior', 'table clients has no column organization_require_behavior', 3
        UNION ALL SELECT 'column clients.organization_usage', 'table clients has no column organization_usage', 3
        UNION ALL SELECT 'column clients.owner_user_id', 'table clients has no column owner_user_id', 3
        UNION ALL SELECT 'column clients.par_request_expiry', 'table clients has no column par_request_expiry', 3
        UNION ALL SELECT 'column clients.refresh_token', 'table clients has no column refresh_token', 3
        UNION ALL SELECT 'column clients.registration_metadata', 'table clients has no column registration_metadata', 3
        UNION ALL SELECT 'column clients.registration_type', 'table clients has no column registration_type', 3
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession', 3
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests', 3
        UNION ALL SELECT 'column clients.session_transfer', 'table clients has no column session_transfer', 3
        UNION ALL SELECT 'column clients.signed_request_object', 'table clients has no column signed_request_object', 3
        UNION ALL SELECT 'column clients.signing_keys', 'table clients has no column signing_keys', 3
        UNION ALL SELECT 'column clients.sso', 'table clients has no column sso', 3
        UNION ALL SELECT 'column clients.sso_disabled', 'table clients has no column sso_disabled', 3
        UNION ALL SELECT 'column clients.tenant_id', 'table clients has no column tenant_id', 3
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method', 3
        UNION ALL SELECT 'column clients.token_quota', 'table clients has no column token_quota', 3
        UNION ALL SELECT 'column clients.updated_at', 'table clients has no column updated_at', 3
        UNION ALL SELECT 'column clients.user_linking_mode', 'table clients has no column user_linking_mode', 3
        UNION ALL SELECT 'column clients.web_origins', 'table clients has no column web_origins', 3
        UNION ALL SELECT 'column codes.code_challenge', 'table codes has no column code_challenge', 3
        UNION ALL SELECT 'column codes.code_challenge_method', 'table codes has no column code_challenge_method', 3
        UNION ALL SELECT 'column codes.code_id', 'table codes has no column code_id', 3
        UNION ALL SELECT 'column codes.code_type', 'table codes has no column code_type', 3
        UNION ALL SELECT 'column codes.code_verifier', 'table codes has no column code_verifier', 3
        UNION ALL SELECT 'column codes.connection_id', 'table codes has no column connection_id', 3
        UNION ALL SELECT 'column codes.created_at', 'table codes has no column created_at', 3
        UNION ALL SELECT 'column codes.expires_at', 'table codes has no column expires_at', 3
        UNION ALL SELECT 'column codes.expires_at_ts', 'table codes has no column expires_at_ts', 3
        UNION ALL SELECT 'column codes.login_id', 'table codes has no column login_id', 3
        UNION ALL SELECT 'column codes.nonce', 'table codes has no column nonce', 3
        UNION ALL SELECT 'column codes.otp', 'table codes has no column otp', 3
        UNION ALL SELECT 'column codes.redirect_uri', 'table codes has no column redirect_uri', 3
        UNION ALL SELECT 'column codes.state', 'table codes has no column state', 3
        UNION ALL SELECT 'column codes.tenant_id', 'table codes has no column tenant_id', 3
        UNION ALL SELECT 'column codes.used_at', 'table codes has no column used_at', 3
        UNION ALL SELECT 'column codes.user_id', 'table codes has no column user_id', 3
        UNION ALL SELECT 'column connections.created_at', 'table connections has no column created_at', 3
        UNION ALL SELECT 'column connections.display_name', 'table connections has no column display_name', 3
        UNION ALL SELECT 'column connections.id', 'table connections has no column id', 3
        UNION ALL SELECT 'column connections.is_domain_connection', 'table connections has no column is_domain_connection', 3
        UNION ALL SELECT 'column connections.is_system', 'table connections has no column is_system', 3
        UNION ALL SELECT 'column connections.metadata', 'table connections has no column metadata', 3
        UNION ALL SELECT 'column connections.name', 'table connections has no column name', 3
        UNION ALL SELECT 'column connections.options', 'table connections has no column options', 3
        UNION ALL SELECT 'column connections.response_mode', 'table connections has no column response_mode', 3
        UNION ALL SELECT 'column connections.response_type', 'table connections has no column response_type', 3
        UNION ALL SELECT 'column connections.show_as_button', 'table connections has no column show_as_button', 3
        UNION ALL SELECT 'column connections.strategy', 'table connections has no column strategy', 3
        UNION ALL SELECT 'column connections.tenant_id', 'table connections has no column tenant_id', 3
        UNION ALL SELECT 'column connections.updated_at', 'table connections has no column updated_at', 3
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at', 3
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid', 3
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk', 3
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at', 3
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id', 3
        UNION ALL SELECT 'column custom_domains.created_at', 'table custom_domains has no column created_at', 3
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header', 3
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id', 3
        UNION ALL SELECT 'column custom_domains.domain', 'table custom_domains has no column domain', 3
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata', 3
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name', 3
        UNION ALL SELECT 'column custom_domains.primary', 'table custom_domains has no column primary', 3
        UNION ALL SELECT 'column custom_domains.status', 'table custom_domains has no column status', 3
        UNION ALL SELECT 'column custom_domains.tenant_id', 'table custom_domains has no column tenant_id', 3
        UNION ALL SELECT 'column custom_domains.tls_policy', 'table custom_domains has no column tls_policy', 3
        UNION ALL SELECT 'column custom_domains.type', 'table custom_domains has no column type', 3
        UNION ALL SELECT 'column custom_domains.updated_at', 'table custom_domains has no column updated_at', 3
        UNION ALL SELECT 'column custom_domains.verification', 'table custom_domains has no column verification', 3
        UNION ALL SELECT 'column custom_text.created_at_ts', 'table custom_text has no column created_at_ts', 3
        UNION ALL SELECT 'column custom_text.custom_text', 'table custom_text has no column custom_text', 3
        UNION ALL SELECT 'column custom_text.language', 'table custom_text has no column language', 3
        UNION ALL SELECT 'column custom_text.prompt', 'table custom_text has no column prompt', 3
        UNION ALL SELECT 'column custom_text.tenant_id', 'table custom_text has no column tenant_id', 3
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts', 3
        UNION ALL SELECT 'column email_providers.created_at', 'table email_providers has no column created_at', 3
        UNION ALL SELECT 'column email_providers.credentials', 'table email_providers has no column credentials', 3
        UNION ALL SELECT 'column email_providers.default_from_address', 'table email_providers has no column default_from_address', 3
        UNION ALL SELECT 'column email_providers.enabled', 'table email_providers has no column enabled', 3
        UNION ALL SELECT 'column email_providers.name', 'table email_providers has no column name', 3
        UNION ALL SELECT 'column email_providers.settings', 'table email_providers has no column settings', 3
        UNION ALL SELECT 'column email_providers.tenant_id', 'table email_providers has no column tenant_id', 3
        UNION ALL SELECT 'column email_providers.updated_at', 'table email_providers has no column updated_at', 3
        UNION ALL SELECT 'column email_templates.body', 'table email_templates has no column body', 3
        UNION ALL SELECT 'column email_templates.created_at', 'table email_templates has no column created_at', 3
        UNION ALL SELECT 'column email_templates.enabled', 'table email_templates has no column enabled', 3
        UNION ALL SELECT 'column email_templates.from', 'table email_templates has no column from', 3
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect', 3
        UNION ALL SELECT 'column email_templates.result_url', 'table email_templates has no column result_url', 3
        UNION ALL SELECT 'column email_templates.subject', 'table email_templates has no column subject', 3
        UNION ALL SELECT 'column email_templates.syntax', 'table email_templates has no column syntax', 3
        UNION ALL SELECT 'column email_templates.template', 'table email_templates has no column template', 3
        UNION ALL SELECT 'column email_templates.tenant_id', 'table email_templates has no column tenant_id', 3
        UNION ALL SELECT 'column email_templates.updated_at', 'table email_templates has no column updated_at', 3
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds', 3
        UNION ALL SELECT 'column flows.actions', 'table flows has no column actions', 3
        UNION ALL SELECT 'column flows.created_at', 'table flows has no column created_at', 3
        UNION ALL SELECT 'column flows.id', 'table flows has no column id', 3
        UNION ALL SELECT 'column flows.name', 'table flows has no column name', 3
        UNION ALL SELECT 'column flows.tenant_id', 'table flows has no column tenant_id', 3
        UNION ALL SELECT 'column flows.updated_at', 'table flows has no column updated_at', 3
        UNION ALL SELECT 'column forms.created_at', 'table forms has no column created_at', 3
        UNION ALL SELECT 'column forms.ending', 'table forms has no column ending', 3
        UNION ALL SELECT 'column forms.id', 'table forms has no column id', 3
        UNION ALL SELECT 'column forms.languages', 'table forms has no column languages', 3
        UNION ALL SELECT 'column forms.messages', 'table forms has no column messages', 3
        UNION ALL SELECT 'column forms.name', 'table forms has no column name', 3
        UNION ALL SELECT 'column forms.nodes', 'table forms has no column nodes', 3
        UNION ALL SELECT 'column forms.start', 'table forms has no column start', 3
        UNION ALL SELECT 'column forms.style', 'table forms has no column style', 3
        UNION ALL SELECT 'column forms.tenant_id', 'table forms has no column tenant_id', 3
        UNION ALL SELECT 'column forms.translations', 'table forms has no column translations', 3
        UNION ALL SELECT 'column forms.updated_at', 'table forms has no column updated_at', 3
        UNION ALL SELECT 'column grants.audience', 'table grants has no column audience', 3
        UNION ALL SELECT 'column grants.client_id', 'table grants has no column client_id', 3
        UNION ALL SELECT 'column grants.created_at', 'table grants has no column created_at', 3
        UNION ALL SELECT 'column grants.id', 'table grants has no column id', 3
        UNION ALL SELECT 'column grants.scope', 'table grants has no column scope', 3
        UNION ALL SELECT 'column grants.tenant_id', 'table grants has no column tenant_id', 3
        UNION ALL SELECT 'column grants.updated_at', 'table grants has no column updated_at', 3
        UNION ALL SELECT 'column grants.user_id', 'table grants has no column user_id', 3
        UNION ALL SELECT 'column hook_code.code', 'table hook_code has no column code', 3
        UNION ALL SELECT 'column hook_code.created_at_ts', 'table hook_code has no column created_at_ts', 3
        UNION ALL SELECT 'column hook_code.id', 'table hook_code has no column id', 3
        UNION ALL SELECT 'column hook_code.secrets', 'table hook_code has no column secrets', 3
        UNION ALL SELECT 'column hook_code.tenant_id', 'table hook_code has no column tenant_id', 3
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts', 3
        UNION ALL SELECT 'column hooks.code_id', 'table hooks has no column code_id', 3
        UNION ALL SELECT 'column hooks.created_at_ts', 'table hooks has no column created_at_ts', 3
        UNION ALL SELECT 'column hooks.enabled', 'table hooks has no column enabled', 3
        UNION ALL SELECT 'column hooks.form_id', 'table hooks has no column form_id', 3
        UNION ALL SELECT 'column hooks.hook_id', 'table hooks has no column hook_id', 3
        UNION ALL SELECT 'column hooks.metadata', 'table hooks has no column metadata', 3
        UNION ALL SELECT 'column hooks.priority', 'table hooks has no column priority', 3
        UNION ALL SELECT 'column hooks.synchronous', 'table hooks has no column synchronous', 3
        UNION ALL SELECT 'column hooks.template_id', 'table hooks has no column template_id', 3
        UNION ALL SELECT 'column hooks.tenant_id', 'table hooks has no column tenant_id', 3
        UNION ALL SELECT 'column hooks.trigger_id', 'table hooks has no column trigger_id', 3
        UNION ALL SELECT 'column hooks.updated_at_ts', 'table hooks has no column updated_at_ts', 3
        UNION ALL SELECT 'column hooks.url', 'table hooks has no column url', 3
        UNION ALL SELECT 'column invites.app_metadata', 'table invites has no column app_metadata', 3
        UNION ALL SELECT 'column invites.client_id', 'table invites has no column client_id', 3
        UNION ALL SELECT 'column invites.connection_id', 'table invites has no column connection_id', 3
        UNION ALL SELECT 'column invites.created_at', 'table invites has no column created_at', 3
        UNION ALL SELECT 'column invites.expires_at', 'table invites has no column expires_at', 3
        UNION ALL SELECT 'column invites.id', 'table invites has no column id', 3
        UNION ALL SELECT 'column invites.invitation_url', 'table invites has no column invitation_url', 3
        UNION ALL SELECT 'column invites.invitee', 'table invites has no column invitee', 3
        UNION ALL SELECT 'column invites.inviter', 'table invites has no column inviter', 3
        UNION ALL SELECT 'column invites.organization_id', 'table invites has no column organization_id', 3
        UNION ALL SELECT 'column invites.roles', 'table invites has no column roles', 3
        UNION ALL SELECT 'column invites.send_invitation_email', 'table invites has no column send_invitation_email', 3
        UNION ALL SELECT 'column invites.tenant_id', 'table invites has no column tenant_id', 3
        UNION ALL SELECT 'column invites.ticket_id', 'table invites has no column ticket_id', 3
        UNION ALL SELECT 'column invites.ttl_sec', 'table invites has no column ttl_sec', 3
        UNION ALL SELECT 'column invites.user_metadata', 'table invites has no column user_metadata', 3
        UNION ALL SELECT 'column keys.cert', 'table keys has no column cert', 3
        UNION ALL SELECT 'column keys.connection', 'table keys has no column connection', 3
        UNION ALL SELECT 'column keys.created_at', 'table keys has no column created_at', 3
        UNION ALL SELECT 'column keys.current_since', 'table keys has no column current_since', 3
        UNION ALL SELECT 'column keys.current_until', 'table keys has no column current_until', 3
        UNION ALL SELECT 'column keys.fingerprint', 'table keys has no column fingerprint', 3
        UNION ALL SELECT 'column keys.kid', 'table keys has no column kid', 3
        UNION ALL SELECT 'column keys.pkcs7', 'table keys has no column pkcs7', 3
        UNION ALL SELECT 'column keys.revoked_at', 'table keys has no column revoked_at', 3
        UNION ALL SELECT 'column keys.tenant_id', 'table keys has no column tenant_id', 3
        UNION ALL SELECT 'column keys.thumbprint', 'table keys has no column thumbprint', 3
        UNION ALL SELECT 'column keys.type', 'table keys has no column type', 3
        UNION ALL SELECT 'column kysely_migration.name', 'table kysely_migration has no column name', 3
        UNION ALL SELECT 'column kysely_migration.timestamp', 'table kysely_migration has no column timestamp', 3
        UNION ALL SELECT 'column kysely_migration_lock.id', 'table kysely_migration_lock has no column id', 3
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked', 3
        UNION ALL SELECT 'column log_streams.created_at', 'table log_streams has no column created_at', 3
        UNION ALL SELECT 'column log_streams.filters', 'table log_streams has no column filters', 3
        UNION ALL SELECT 'column log_streams.id', 'table log_streams has no column id', 3
        UNION ALL SELECT 'column log_streams.is_priority', 'table log_streams has no column is_priority', 3
        UNION ALL SELECT 'column log_streams.name', 'table log_streams has no column name', 3
        UNION ALL SELECT 'column log_streams.sink', 'table log_streams has no column sink', 3
        UNION ALL SELECT 'column log_streams.status', 'table log_streams has no column status', 3
        UNION ALL SELECT 'column log_streams.tenant_id', 'table log_streams has no column tenant_id', 3
        UNION ALL SELECT 'column log_streams.type', 'table log_streams has no column type', 3
        UNION ALL SELECT 'column log_streams.updated_at', 'table log_streams has no column updated_at', 3
        UNION ALL SELECT 'column login_sessions.auth0Client', 'table login_sessions has no column auth0Client', 3
        UNION ALL SELECT 'column login_sessions.auth_connection', 'table login_sessions has no column auth_connection', 3
        UNION ALL SELECT 'column login_sessions.auth_params', 'table login_sessions has no column auth_params', 3
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy', 3
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type', 3
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at', 3
        UNION ALL SELECT 'column login_sessions.authorization_url', 'table login_sessions has no column authorization_url', 3
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts', 3
        UNION ALL SELECT 'column login_sessions.csrf_token', 'table login_sessions has no column csrf_token', 3
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts', 3
        UNION ALL SELECT 'column login_sessions.failure_reason', 'table login_sessions has no column failure_reason', 3
        UNION ALL SELECT 'column login_sessions.id', 'table login_sessions has no column id', 3
        UNION ALL SELECT 'column login_sessions.ip', 'table login_sessions has no column ip', 3
        UNION ALL SELECT 'column login_sessions.session_id', 'table login_sessions has no column session_id', 3
        UNION ALL SELECT 'column login_sessions.state', 'table login_sessions has no column state', 3
        UNION ALL SELECT 'column login_sessions.state_data', 'table login_sessions has no column state_data', 3
        UNION ALL SELECT 'column login_sessions.tenant_id', 'table login_sessions has no column tenant_id', 3
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts', 3
        UNION ALL SELECT 'column login_sessions.user_id', 'table login_sessions has no column user_id', 3
        UNION ALL SELECT 'column login_sessions.useragent', 'table login_sessions has no column useragent', 3
        UNION ALL SELECT 'column logs.audience', 'table logs has no column audience', 3
        UNION ALL SELECT 'column logs.auth0_client', 'table logs has no column auth0_client', 3
        UNION ALL SELECT 'column logs.category', 'table logs has no column category', 3
        UNION ALL SELECT 'column logs.city_name', 'table logs has no column city_name', 3
        UNION ALL SELECT 'column logs.client_id', 'table logs has no column client_id', 3
        UNION ALL SELECT 'column logs.client_name', 'table logs has no column client_name', 3
        UNION ALL SELECT 'column logs.connection', 'table logs has no column connection', 3
        UNION ALL SELECT 'column logs.connection_id', 'table logs has no column connection_id', 3
        UNION ALL SELECT 'column logs.continent_code', 'table logs has no column continent_code', 3
        UNION ALL SELECT 'column logs.country_code', 'table logs has no column country_code', 3
        UNION ALL SELECT 'column logs.date', 'table logs has no column date', 3
        UNION ALL SELECT 'column logs.description', 'table logs has no column description', 3
        UNION ALL SELECT 'column logs.details', 'table logs has no column details', 3
        UNION ALL SELECT 'column logs.hostname', 'table logs has no column hostname', 3
        UNION ALL SELECT 'column logs.ip', 'table logs has no column ip', 3
        UNION ALL SELECT 'column logs.isMobile', 'table logs has no column isMobile', 3
        UNION ALL SELECT 'column logs.latitude', 'table logs has no column latitude', 3
        UNION ALL SELECT 'column logs.log_id', 'table logs has no column log_id', 3
        UNION ALL SELECT 'column logs.longitude', 'table logs has no column longitude', 3
        UNION ALL SELECT 'column logs.scope', 'table logs has no column scope', 3
        UNION ALL SELECT 'column logs.session_connection', 'table logs has no column session_connection', 3
        UNION ALL SELECT 'column logs.strategy', 'table logs has no column strategy', 3
        UNION ALL SELECT 'column logs.strategy_type', 'table logs has no column strategy_type', 3
        UNION ALL SELECT 'column logs.tenant_id', 'table logs has no column tenant_id', 3
        UNION ALL SELECT 'column logs.time_zone', 'table logs has no column time_zone', 3
        UNION ALL SELECT 'column logs.type', 'table logs has no column type', 3
        UNION ALL SELECT 'column logs.user_agent', 'table logs has no column user_agent', 3
        UNION ALL SELECT 'column logs.user_id', 'table logs has no column user_id', 3
        UNION ALL SELECT 'column logs.user_name', 'table logs has no column user_name', 3
        UNION ALL SELECT 'column migration_sources.connection', 'table migration_sources has no column connection', 3
        UNION ALL SELECT 'column migration_sources.created_at', 'table migration_sources has no column created_at', 3
        UNION ALL SELECT 'column migration_sources.credentials', 'table migration_sources has no column credentials', 3
        UNION ALL SELECT 'column migration_sources.enabled', 'table migration_sources has no column enabled', 3
        UNION ALL SELECT 'column migration_sources.id', 'table migration_sources has no column id', 3
        UNION ALL SELECT 'column migration_sources.name', 'table migration_sources has no column name', 3
        UNION ALL SELECT 'column migration_sources.provider', 'table migration_sources has no column provider', 3
        UNION ALL SELECT 'column migration_sources.tenant_id', 'table migration_sources has no column tenant_id', 3
        UNION ALL SELECT 'column migration_sources.updated_at', 'table migration_sources has no column updated_at', 3
        UNION ALL SELECT 'column migrations.client_id', 'table migrations has no column client_id', 3
        UNION ALL SELECT 'column migrations.created_at', 'table migrations has no column created_at', 3
        UNION ALL SELECT 'column migrations.domain', 'table migrations has no column domain', 3
        UNION ALL SELECT 'column migrations.id', 'table migrations has no column id', 3
        UNION ALL SELECT 'column migrations.origin', 'table migrations has no column origin', 3
        UNION ALL SELECT 'column migrations.provider', 'table migrations has no column provider', 3
        UNION ALL SELECT 'column migrations.tenant_id', 'table migrations has no column tenant_id', 3
        UNION ALL SELECT 'column migrations.updated_at', 'table migrations has no column updated_at', 3
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login', 3
        UNION ALL SELECT 'column organization_connections.connection_id', 'table organization_connections has no column connection_id', 3
        UNION ALL SELECT 'column organization_connections.created_at', 'table organization_connections has no column created_at', 3
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled', 3
        UNION ALL SELECT 'column organization_connections.organization_id', 'table organization_connections has no column organization_id', 3
        UNION ALL SELECT 'column organization_connections.show_as_button', 'table organization_connections has no column show_as_button', 3
        UNION ALL SELECT 'column organization_connections.tenant_id', 'table organization_connections has no column tenant_id', 3
        UNION ALL SELECT 'column organization_connections.updated_at', 'table organization_connections has no column updated_at', 3
        UNION ALL SELECT 'column organizations.branding', 'table organizations has no column branding', 3
        UNION ALL SELECT 'column organizations.created_at', 'table organizations has no column created_at', 3
        UNION ALL SELECT 'column organizations.display_name', 'table organizations has no column display_name', 3
        UNION ALL SELECT 'column organizations.enabled_connections', 'table organizations has no column enabled_connections', 3
        UNION ALL SELECT 'column organizations.id', 'table organizations has no column id', 3
        UNION ALL SELECT 'column organizations.metadata', 'table organizations has no column metadata', 3
        UNION ALL SELECT 'column organizations.name', 'table organizations has no column name', 3
        UNION ALL SELECT 'column organizations.tenant_id', 'table organizations has no column tenant_id', 3
        UNION ALL SELECT 'column organizations.token_quota', 'table organizations has no column token_quota', 3
        UNION ALL SELECT 'column organizations.updated_at', 'table organizations has no column updated_at', 3
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id', 3
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type', 3
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at', 3
        UNION ALL SELECT 'column outbox_events.claimed_by', 'table outbox_events has no column claimed_by', 3
        UNION ALL SELECT 'column outbox_events.created_at', 'table outbox_events has no column created_at', 3
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at', 3
        UNION ALL SELECT 'column outbox_events.error', 'table outbox_events has no column error', 3
        UNION ALL SELECT 'column outbox_events.event_type', 'table outbox_events has no column event_type', 3
        UNION ALL SELECT 'column outbox_events.final_error', 'table outbox_events has no column final_error', 3
        UNION ALL SELECT 'column outbox_events.id', 'table outbox_events has no column id', 3
        UNION ALL SELECT 'column outbox_events.log_type', 'table outbox_events has no column log_type', 3
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at', 3
        UNION ALL SELECT 'column outbox_events.payload', 'table outbox_events has no column payload', 3
        UNION ALL SELECT 'column outbox_events.processed_at', 'table outbox_events has no column processed_at', 3
        UNION ALL SELECT 'column outbox_events.retry_count', 'table outbox_events has no column retry_count', 3
        UNION ALL SELECT 'column outbox_events.tenant_id', 'table outbox_events has no column tenant_id', 3
        UNION ALL SELECT 'column passwords.algorithm', 'table passwords has no column algorithm', 3
        UNION ALL SELECT 'column passwords.created_at', 'table passwords has no column created_at', 3
        UNION ALL SELECT 'column passwords.id', 'table passwords has no column id', 3
        UNION ALL SELECT 'column passwords.is_current', 'table passwords has no column is_current', 3
        UNION ALL SELECT 'column passwords.password', 'table passwords has no column password', 3
        UNION ALL SELECT 'column passwords.tenant_id', 'table passwords has no column tenant_id', 3
        UNION ALL SELECT 'column passwords.updated_at', 'table passwords has no column updated_at', 3
        UNION ALL SELECT 'column passwords.user_id', 'table passwords has no column user_id', 3
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first', 3
        UNION ALL SELECT 'column prompt_settings.password_first', 'table prompt_settings has no column password_first', 3
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id', 3
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience', 3
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor', 3
        UNION ALL SELECT 'column proxy_routes.created_at', 'table proxy_routes has no column created_at', 3
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id', 3
        UNION ALL SELECT 'column proxy_routes.handlers', 'table proxy_routes has no column handlers', 3
        UNION ALL SELECT 'column proxy_routes.id', 'table proxy_routes has no column id', 3
        UNION ALL SELECT 'column proxy_routes.match', 'table proxy_routes has no column match', 3
        UNION ALL SELECT 'column proxy_routes.priority', 'table proxy_routes has no column priority', 3
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id', 3
        UNION ALL SELECT 'column proxy_routes.updated_at', 'table proxy_routes has no column updated_at', 3
        UNION ALL SELECT 'column refresh_tokens.client_id', 'table refresh_tokens has no column client_id', 3
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts', 3
        UNION ALL SELECT 'column refresh_tokens.device', 'table refresh_tokens has no column device', 3
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts', 3
        UNION ALL SELECT 'column refresh_tokens.family_id', 'table refresh_tokens has no column family_id', 3
        UNION ALL SELECT 'column refresh_tokens.id', 'table refresh_tokens has no column id', 3
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts', 3
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts', 3
        UNION ALL SELECT 'column refresh_tokens.login_id', 'table refresh_tokens has no column login_id', 3
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers', 3
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts', 3
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts', 3
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to', 3
        UNION ALL SELECT 'column refresh_tokens.rotating', 'table refresh_tokens has no column rotating', 3
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id', 3
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash', 3
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup', 3
        UNION ALL SELECT 'column refresh_tokens.user_id', 'table refresh_tokens has no column user_id', 3
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access', 3
        UNION ALL SELECT 'column resource_servers.created_at', 'table resource_servers has no column created_at', 3
        UNION ALL SELECT 'column resource_servers.id', 'table resource_servers has no column id', 3
        UNION ALL SELECT 'column resource_servers.identifier', 'table resource_servers has no column identifier', 3
        UNION ALL SELECT 'column resource_servers.is_system', 'table resource_servers has no column is_system', 3
        UNION ALL SELECT 'column resource_servers.metadata', 'table resource_servers has no column metadata', 3
        UNION ALL SELECT 'column resource_servers.name', 'table resource_servers has no column name', 3
        UNION ALL SELECT 'column resource_servers.options', 'table resource_servers has no column options', 3
        UNION ALL SELECT 'column resource_servers.scopes', 'table resource_servers has no column scopes', 3
        UNION ALL SELECT 'column resource_servers.signing_alg', 'table resource_servers has no column signing_alg', 3
        UNION ALL SELECT 'column resource_servers.signing_secret', 'table resource_servers has no column signing_secret', 3
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients', 3
        UNION ALL SELECT 'column resource_servers.tenant_id', 'table resource_servers has no column tenant_id', 3
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime', 3
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web', 3
        UNION ALL SELECT 'column resource_servers.updated_at', 'table resource_servers has no column updated_at', 3
        UNION ALL SELECT 'column resource_servers.verification_key', 'table resource_servers has no column verification_key', 3
        UNION ALL SELECT 'column role_permissions.created_at', 'table role_permissions has no column created_at', 3
        UNION ALL SELECT 'column role_permissions.permission_name', 'table role_permissions has no column permission_name', 3
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier', 3
        UNION ALL SELECT 'column role_permissions.role_id', 'table role_permissions has no column role_id', 3
        UNION ALL SELECT 'column role_permissions.tenant_id', 'table role_permissions has no column tenant_id', 3
        UNION ALL SELECT 'column roles.created_at', 'table roles has no column created_at', 3
        UNION ALL SELECT 'column roles.description', 'table roles has no column description', 3
        UNION ALL SELECT 'column roles.id', 'table roles has no column id', 3
        UNION ALL SELECT 'column roles.is_system', 'table roles has no column is_system', 3
        UNION ALL SELECT 'column roles.metadata', 'table roles has no column metadata', 3
        UNION ALL SELECT 'column roles.name', 'table roles has no column name', 3
        UNION ALL SELECT 'column roles.tenant_id', 'table roles has no column tenant_id', 3
        UNION ALL SELECT 'column roles.updated_at', 'table roles has no column updated_at', 3
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids', 3
        UNION ALL SELECT 'column rollouts.created_at', 'table rollouts has no column created_at', 3
        UNION ALL SELECT 'column rollouts.filter', 'table rollouts has no column filter', 3
        UNION ALL SELECT 'column rollouts.finished_at', 'table rollouts has no column finished_at', 3
        UNION ALL SELECT 'column rollouts.id', 'table rollouts has no column id', 3
        UNION ALL SELECT 'column rollouts.initiated_by', 'table rollouts has no column initiated_by', 3
        UNION ALL SELECT 'column rollouts.kind', 'table rollouts has no column kind', 3
        UNION ALL SELECT 'column rollouts.status', 'table rollouts has no column status', 3
        UNION ALL SELECT 'column rollouts.target_database_version', 'table rollouts has no column target_database_version', 3
        UNION ALL SELECT 'column rollouts.target_worker_version', 'table rollouts has no column target_worker_version', 3
        UNION ALL SELECT 'column rollouts.updated_at', 'table rollouts has no column updated_at', 3
        UNION ALL SELECT 'column rollouts.wave_size', 'table rollouts has no column wave_size', 3
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts', 3
        UNION ALL SELECT 'column sessions.clients', 'table sessions has no column clients', 3
        UNION ALL SELECT 'column sessions.created_at_ts', 'table sessions has no column created_at_ts', 3
        UNION ALL SELECT 'column sessions.device', 'table sessions has no column device', 3
        UNION ALL SELECT 'column sessions.expires_at_ts', 'table sessions has no column expires_at_ts', 3
        UNION ALL SELECT 'column sessions.id', 'table sessions has no column id', 3
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts', 3
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts', 3
        UNION ALL SELECT 'column sessions.login_session_id', 'table sessions has no column login_session_id', 3
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts', 3
        UNION ALL SELECT 'column sessions.tenant_id', 'table sessions has no column tenant_id', 3
        UNION ALL SELECT 'column sessions.updated_at_ts', 'table sessions has no column updated_at_ts', 3
        UNION ALL SELECT 'column sessions.used_at_ts', 'table sessions has no column used_at_ts', 3
        UNION ALL SELECT 'column sessions.user_id', 'table sessions has no column user_id', 3
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt', 3
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at', 3
        UNION ALL SELECT 'column tenant_operation_events.detail', 'table tenant_operation_events has no column detail', 3
        UNION ALL SELECT 'column tenant_operation_events.id', 'table tenant_operation_events has no column id', 3
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id', 3
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome', 3
        UNION ALL SELECT 'column tenant_operation_events.step', 'table tenant_operation_events has no column step', 3
        UNION ALL SELECT 'column tenant_operations.created_at', 'table tenant_operations has no column created_at', 3
        UNION ALL SELECT 'column tenant_operations.current_step', 'table tenant_operations has no column current_step', 3
        UNION ALL SELECT 'column tenant_operations.engine', 'table tenant_operations has no column engine', 3
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id', 3
        UNION ALL SELECT 'column tenant_operations.error', 'table tenant_operations has no column error', 3
        UNION ALL SELECT 'column tenant_operations.finished_at', 'table tenant_operations has no column finished_at', 3
        UNION ALL SELECT 'column tenant_operations.id', 'table tenant_operations has no column id', 3
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by', 3
        UNION ALL SELECT 'column tenant_operations.kind', 'table tenant_operations has no column kind', 3
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id', 3
        UNION ALL SELECT 'column tenant_operations.status', 'table tenant_operations has no column status', 3
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version', 3
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version', 3
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id', 3
        UNION ALL SELECT 'column tenant_operations.updated_at', 'table tenant_operations has no column updated_at', 3
        UNION ALL SELECT 'column tenants.acr_values_supported', 'table tenants has no column acr_values_supported', 3
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api', 3
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls', 3
        UNION ALL SELECT 'column tenants.attack_protection', 'table tenants has no column attack_protection', 3
        UNION ALL SELECT 'column tenants.audience', 'table tenants has no column audience', 3
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported', 3
        UNION ALL SELECT 'column tenants.bundle_configuration', 'table tenants has no column bundle_configuration', 3
        UNION ALL SELECT 'column tenants.change_password', 'table tenants has no column change_password', 3
        UNION ALL SELECT 'column tenants.created_at', 'table tenants has no column created_at', 3
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action', 3
        UNION ALL SELECT 'column tenants.d1_database_id', 'table tenants has no column d1_database_id', 3
        UNION ALL SELECT 'column tenants.database_version', 'table tenants has no column database_version', 3
        UNION ALL SELECT 'column tenants.default_audience', 'table tenants has no column default_audience', 3
        UNION ALL SELECT 'column tenants.default_client_id', 'table tenants has no column default_client_id', 3
        UNION ALL SELECT 'column tenants.default_directory', 'table tenants has no column default_directory', 3
        UNION ALL SELECT 'column tenants.default_organization', 'table tenants has no column default_organization', 3
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri', 3
        UNION ALL SELECT 'column tenants.default_token_quota', 'table tenants has no column default_token_quota', 3
        UNION ALL SELECT 'column tenants.deployment_type', 'table tenants has no column deployment_type', 3
        UNION ALL SELECT 'column tenants.device_flow', 'table tenants has no column device_flow', 3
        UNION ALL SELECT 'column tenants.enabled_locales', 'table tenants has no column enabled_locales', 3
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime', 3
        UNION ALL SELECT 'column tenants.error_page', 'table tenants has no column error_page', 3
        UNION ALL SELECT 'column tenants.flags', 'table tenants has no column flags', 3
        UNION ALL SELECT 'column tenants.friendly_name', 'table tenants has no column friendly_name', 3
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page', 3
        UNION ALL SELECT 'column tenants.id', 'table tenants has no column id', 3
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime', 3
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime', 3
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version', 3
        UNION ALL SELECT 'column tenants.mfa', 'table tenants has no column mfa', 3
        UNION ALL SELECT 'column tenants.mtls', 'table tenants has no column mtls', 3
        UNION ALL SELECT 'column tenants.oidc_logout', 'table tenants has no column oidc_logout', 3
        UNION ALL SELECT 'column tenants.picture_url', 'table tenants has no column picture_url', 3
        UNION ALL SELECT 'column tenants.provisioning_error', 'table tenants has no column provisioning_error', 3
        UNION ALL SELECT 'column tenants.provisioning_state', 'table tenants has no column provisioning_state', 3
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at', 3
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported', 3
        UNION ALL SELECT 'column tenants.sandbox_version', 'table tenants has no column sandbox_version', 3
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available', 3
        UNION ALL SELECT 'column tenants.sender_email', 'table tenants has no column sender_email', 3
        UNION ALL SELECT 'column tenants.sender_name', 'table tenants has no column sender_name', 3
        UNION ALL SELECT 'column tenants.session_cookie', 'table tenants has no column session_cookie', 3
        UNION ALL SELECT 'column tenants.session_lifetime', 'table tenants has no column session_lifetime', 3
        UNION ALL SELECT 'column tenants.sessions', 'table tenants has no column sessions', 3
        UNION ALL SELECT 'column tenants.storage_kind', 'table tenants has no column storage_kind', 3
        UNION ALL SELECT 'column tenants.support_email', 'table tenants has no column support_email', 3
        UNION ALL SELECT 'column tenants.support_url', 'table tenants has no column support_url', 3
        UNION ALL SELECT 'column tenants.updated_at', 'table tenants has no column updated_at', 3
        UNION ALL SELECT 'column tenants.worker_script_name', 'table tenants has no column worker_script_name', 3
        UNION ALL SELECT 'column tenants.worker_version', 'table tenants has no column worker_version', 3
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius', 3
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight', 3
        UNION ALL SELECT 'column themes.borders_buttons_style', 'table themes has no column borders_buttons_style', 3
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius', 3
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight', 3
        UNION ALL SELECT 'column themes.borders_inputs_style', 'table themes has no column borders_inputs_style', 3
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow', 3
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight', 3
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius', 3
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color', 3
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color', 3
        UNION ALL SELECT 'column themes.colors_body_text', 'table themes has no column colors_body_text', 3
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme', 3
        UNION ALL SELECT 'column themes.colors_error', 'table themes has no column colors_error', 3
        UNION ALL SELECT 'column themes.colors_header', 'table themes has no column colors_header', 3
        UNION ALL SELECT 'column themes.colors_icons', 'table themes has no column colors_icons', 3
        UNION ALL SELECT 'column themes.colors_input_background', 'table themes has no column colors_input_background', 3
        UNION ALL SELECT 'column themes.colors_input_border', 'table themes has no column colors_input_border', 3
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text', 3
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders', 3
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components', 3
        UNION ALL SELECT 'column themes.colors_primary_button', 'table themes has no column colors_primary_button', 3
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label', 3
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border', 3
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label', 3
        UNION ALL SELECT 'column themes.colors_success', 'table themes has no column colors_success', 3
        UNION ALL SELECT 'column themes.colors_widget_background', 'table themes has no column colors_widget_background', 3
        UNION ALL SELECT 'column themes.colors_widget_border', 'table themes has no column colors_widget_border', 3
        UNION ALL SELECT 'column themes.created_at', 'table themes has no column created_at', 3
        UNION ALL SELECT 'column themes.displayName', 'table themes has no column displayName', 3
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold', 3
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size', 3
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold', 3
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size', 3
        UNION ALL SELECT 'column themes.fonts_font_url', 'table themes has no column fonts_font_url', 3
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold', 3
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size', 3
        UNION ALL SELECT 'column themes.fonts_links_bold', 'table themes has no column fonts_links_bold', 3
        UNION ALL SELECT 'column themes.fonts_links_size', 'table themes has no column fonts_links_size', 3
        UNION ALL SELECT 'column themes.fonts_links_style', 'table themes has no column fonts_links_style', 3
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size', 3
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold', 3
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size', 3
        UNION ALL SELECT 'column themes.fonts_title_bold', 'table themes has no column fonts_title_bold', 3
        UNION ALL SELECT 'column themes.fonts_title_size', 'table themes has no column fonts_title_size', 3
        UNION ALL SELECT 'column themes.page_background_background_color', 'table themes has no column page_background_background_color', 3
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url', 3
        UNION ALL SELECT 'column themes.page_background_page_layout', 'table themes has no column page_background_page_layout', 3
        UNION ALL SELECT 'column themes.tenant_id', 'table themes has no column tenant_id', 3
        UNION ALL SELECT 'column themes.themeId', 'table themes has no column themeId', 3
        UNION ALL SELECT 'column themes.updated_at', 'table themes has no column updated_at', 3
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment', 3
        UNION ALL SELECT 'column themes.widget_logo_height', 'table themes has no column widget_logo_height', 3
        UNION ALL SELECT 'column themes.widget_logo_position', 'table themes has no column widget_logo_position', 3
        UNION ALL SELECT 'column themes.widget_logo_url', 'table themes has no column widget_logo_url', 3
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout', 3
        UNION ALL SELECT 'column universal_login_templates.body', 'table universal_login_templates has no column body', 3
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts', 3
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id', 3
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts', 3
        UNION ALL SELECT 'column user_activity.failed_logins', 'table user_activity has no column failed_logins', 3
        UNION ALL SELECT 'column user_activity.last_ip', 'table user_activity has no column last_ip', 3
        UNION ALL SELECT 'column user_activity.last_login', 'table user_activity has no column last_login', 3
        UNION ALL SELECT 'column user_activity.last_password_reset', 'table user_activity has no column last_password_reset', 3
        UNION ALL SELECT 'column user_activity.login_count', 'table user_activity has no column login_count', 3
        UNION ALL SELECT 'column user_activity.tenant_id', 'table user_activity has no column tenant_id', 3
        UNION ALL SELECT 'column user_activity.user_id', 'table user_activity has no column user_id', 3
        UNION ALL SELECT 'column user_organizations.created_at', 'table user_organizations has no column created_at', 3
        UNION ALL SELECT 'column user_organizations.id', 'table user_organizations has no column id', 3
        UNION ALL SELECT 'column user_organizations.organization_id', 'table user_organizations has no column organization_id', 3
        UNION ALL SELECT 'column user_organizations.tenant_id', 'table user_organizations has no column tenant_id', 3
        UNION ALL SELECT 'column user_organizations.updated_at', 'table user_organizations has no column updated_at', 3
        UNION ALL SELECT 'column user_organizations.user_id', 'table user_organizations has no column user_id', 3
        UNION ALL SELECT 'column user_permissions.created_at', 'table user_permissions has no column created_at', 3
        UNION ALL SELECT 'column user_permissions.organization_id', 'table user_permissions has no column organization_id', 3
        UNION ALL SELECT 'column user_permissions.permission_name', 'table user_permissions has no column permission_name', 3
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier', 3
        UNION ALL SELECT 'column user_permissions.tenant_id', 'table user_permissions has no column tenant_id', 3
        UNION ALL SELECT 'column user_permissions.user_id', 'table user_permissions has no column user_id', 3
        UNION ALL SELECT 'column user_roles.created_at', 'table user_roles has no column created_at', 3
        UNION ALL SELECT 'column user_roles.organization_id', 'table user_roles has no column organization_id', 3
        UNION ALL SELECT 'column user_roles.role_id', 'table user_roles has no column role_id', 3
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id', 3
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id', 3
        UNION ALL SELECT 'column users.address', 'table users has no column address', 3
        UNION ALL SELECT 'column users.app_metadata', 'table users has no column app_metadata', 3
        UNION ALL SELECT 'column users.birthdate', 'table users has no column birthdate', 3
        UNION ALL SELECT 'column users.connection', 'table users has no column connection', 3
        UNION ALL SELECT 'column users.created_at', 'table users has no column created_at', 3
        UNION ALL SELECT 'column users.email', 'table users has no column email', 3
        UNION ALL SELECT 'column users.email_verified', 'table users has no column email_verified', 3
        UNION ALL SELECT 'column users.family_name', 'table users has no column family_name', 3
        UNION ALL SELECT 'column users.gender', 'table users has no column gender', 3
        UNION ALL SELECT 'column users.given_name', 'table users has no column given_name', 3
        UNION ALL SELECT 'column users.is_social', 'table users has no column is_social', 3
        UNION ALL SELECT 'column users.linked_to', 'table users has no column linked_to', 3
        UNION ALL SELECT 'column users.locale', 'table users has no column locale', 3
        UNION ALL SELECT 'column users.middle_name', 'table users has no column middle_name', 3
        UNION ALL SELECT 'column users.name', 'table users has no column name', 3
        UNION ALL SELECT 'column users.nickname', 'table users has no column nickname', 3
        UNION ALL SELECT 'column users.phone_number', 'table users has no column phone_number', 3
        UNION ALL SELECT 'column users.phone_verified', 'table users has no column phone_verified', 3
        UNION ALL SELECT 'column users.picture', 'table users has no column picture', 3
        UNION ALL SELECT 'column users.preferred_username', 'table users has no column preferred_username', 3
        UNION ALL SELECT 'column users.profile', 'table users has no column profile', 3
        UNION ALL SELECT 'column users.profileData', 'table users has no column profileData', 3
        UNION ALL SELECT 'column users.provider', 'table users has no column provider', 3
        UNION ALL SELECT 'column users.registration_completed_at', 'table users has no column registration_completed_at', 3
        UNION ALL SELECT 'column users.tenant_id', 'table users has no column tenant_id', 3
        UNION ALL SELECT 'column users.updated_at', 'table users has no column updated_at', 3
        UNION ALL SELECT 'column users.user_id', 'table users has no column user_id', 3
        UNION ALL SELECT 'column users.user_metadata', 'table users has no column user_metadata', 3
        UNION ALL SELECT 'column users.username', 'table users has no column username', 3
        UNION ALL SELECT 'column users.website', 'table users has no column website', 3
        UNION ALL SELECT 'column users.zoneinfo', 'table users has no column zoneinfo', 3
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'table authentication_methods has no foreign key authentication_methods_ibfk_1', 2
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'table branding has no foreign key branding_ibfk_1', 2
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'table client_grants has no foreign key client_grants_ibfk_1', 2
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'table client_grants has no foreign key fk_client_grants_clients', 3
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'table client_registration_tokens has no foreign key client_registration_tokens_ibfk_1', 2
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'table clients has no foreign key clients_ibfk_1', 2
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'table codes has no foreign key codes_ibfk_1', 2
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'table codes has no foreign key codes_user_id_tenant_id_constraint', 2
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'table connections has no foreign key connections_ibfk_1', 2
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'table custom_domains has no foreign key custom_domains_ibfk_1', 2
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'table custom_text has no foreign key custom_text_ibfk_1', 2
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'table email_templates has no foreign key email_templates_tenant_fk', 3
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'table grants has no foreign key grants_ibfk_1', 2
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'table grants has no foreign key grants_user_id_constraint', 2
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'table hooks has no foreign key hooks_ibfk_1', 2
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'table keys has no foreign key keys_ibfk_1', 2
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'table login_sessions has no foreign key login_sessions_session_fk', 3
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'table login_sessions has no foreign key login_sessions_tenant_fk', 3
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'table migrations has no foreign key migrations_ibfk_1', 2
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'table organization_connections has no foreign key organization_connections_connection_fk', 3
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'table organization_connections has no foreign key organization_connections_organization_fk', 2
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no foreign key password_history_user_id_tenant_id_constraint', 3
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'table passwords has no foreign key passwords_ibfk_1', 2
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no foreign key refresh_tokens_client_fk', 3
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'table refresh_tokens has no foreign key refresh_tokens_tenant_fk', 3
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'table sessions has no foreign key sessions_user_fk', 3
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'table tenant_operation_events has no foreign key tenant_operation_events_operation_id_constraint', 3
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'table themes has no foreign key themes_ibfk_1', 2
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'table universal_login_templates has no foreign key universal_login_templates_ibfk_1', 2
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'table user_activity has no foreign key user_activity_user_id_constraint', 3
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'table users has no foreign key linked_to_constraint', 2
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'table users has no foreign key users_ibfk_1', 2
        UNION ALL SELECT 'index action_executions.PRIMARY', 'table action_executions has no index PRIMARY', 3
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant', 3
        UNION ALL SELECT 'index action_versions.PRIMARY', 'table action_versions has no index PRIMARY', 3
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action', 3
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number', 3
        UNION ALL SELECT 'index actions.PRIMARY', 'table actions has no index PRIMARY', 3
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant', 3
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'table authentication_methods has no index PRIMARY', 3
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx', 3
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx', 3
        UNION ALL SELECT 'index branding.PRIMARY', 'table branding has no index PRIMARY', 3
        UNION ALL SELECT 'index client_grants.PRIMARY', 'table client_grants has no index PRIMARY', 3
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience', 3
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience', 3
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'table client_registration_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client', 3
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash', 3
        UNION ALL SELECT 'index clients.PRIMARY', 'table clients has no index PRIMARY', 3
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id', 3
        UNION ALL SELECT 'index codes.PRIMARY', 'table codes has no index PRIMARY', 3
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'table codes has no index codes_user_id_tenant_id_constraint', 2
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts', 3
        UNION ALL SELECT 'index codes.tenant_id', 'table codes has no index tenant_id', 2
        UNION ALL SELECT 'index connections.PRIMARY', 'table connections has no index PRIMARY', 3
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no index PRIMARY', 3
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx', 3
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'table custom_domains has no index PRIMARY', 3
        UNION ALL SELECT 'index custom_domains.tenant_id', 'table custom_domains has no index tenant_id', 2
        UNION ALL SELECT 'index custom_text.PRIMARY', 'table custom_text has no index PRIMARY', 3
        UNION ALL SELECT 'index email_providers.PRIMARY', 'table email_providers has no index PRIMARY', 3
        UNION ALL SELECT 'index email_templates.PRIMARY', 'table email_templates has no index PRIMARY', 3
        UNION ALL SELECT 'index flows.PRIMARY', 'table flows has no index PRIMARY', 3
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx', 3
        UNION ALL SELECT 'index forms.PRIMARY', 'table forms has no index PRIMARY', 3
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx', 3
        UNION ALL SELECT 'index grants.PRIMARY', 'table grants has no index PRIMARY', 3
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx', 3
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx', 3
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'table grants has no index grants_user_id_constraint', 3
        UNION ALL SELECT 'index hook_code.PRIMARY', 'table hook_code has no index PRIMARY', 3
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant', 3
        UNION ALL SELECT 'index hooks.PRIMARY', 'table hooks has no index PRIMARY', 3
        UNION ALL SELECT 'index hooks.tenant_id', 'table hooks has no index tenant_id', 2
        UNION ALL SELECT 'index invites.PRIMARY', 'table invites has no index PRIMARY', 3
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at', 3
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id', 3
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created', 3
        UNION ALL SELECT 'index keys.PRIMARY', 'table keys has no index PRIMARY', 3
        UNION ALL SELECT 'index keys.tenant_id', 'table keys has no index tenant_id', 2
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'table kysely_migration has no index PRIMARY', 3
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no index PRIMARY', 3
        UNION ALL SELECT 'index log_streams.PRIMARY', 'table log_streams has no index PRIMARY', 3
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id', 3
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'table login_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'table login_sessions has no index login_sessions_session_fk', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'table login_sessions has no index login_sessions_state_updated_idx', 3
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx', 3
        UNION ALL SELECT 'index logs.PRIMARY', 'table logs has no index PRIMARY', 3
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'table migration_sources has no index PRIMARY', 3
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id', 3
        UNION ALL SELECT 'index migrations.PRIMARY', 'table migrations has no index PRIMARY', 3
        UNION ALL SELECT 'index migrations.tenant_id', 'table migrations has no index tenant_id', 2
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection', 3
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org', 3
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'table organization_connections has no index organization_connections_organization_fk', 3
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'table organization_connections has no index organization_connections_unique', 3
        UNION ALL SELECT 'index organizations.PRIMARY', 'table organizations has no index PRIMARY', 3
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique', 3
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'table outbox_events has no index PRIMARY', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type', 3
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed', 3
        UNION ALL SELECT 'index passwords.PRIMARY', 'table passwords has no index PRIMARY', 3
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no index password_history_user_id_tenant_id_constraint', 3
        UNION ALL SELECT 'index passwords.tenant_id', 'table passwords has no index tenant_id', 2
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'table prompt_settings has no index PRIMARY', 3
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'table proxy_routes has no index PRIMARY', 3
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx', 3
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx', 3
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'table refresh_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup', 3
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id', 3
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no index refresh_tokens_client_fk', 3
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'table resource_servers has no index PRIMARY', 3
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq', 3
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk', 3
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY', 3
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq', 3
        UNION ALL SELECT 'index rollouts.PRIMARY', 'table rollouts has no index PRIMARY', 3
        UNION ALL SELECT 'index sessions.PRIMARY', 'table sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts', 3
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts', 3
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id', 3
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'table sessions has no index sessions_user_fk', 3
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'table tenant_operation_events has no index PRIMARY', 3
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx', 3
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'table tenant_operations has no index PRIMARY', 3
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx', 3
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx', 3
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx', 3
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY', 3
        UNION ALL SELECT 'index themes.PRIMARY', 'table themes has no index PRIMARY', 3
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'table universal_login_templates has no index PRIMARY', 3
        UNION ALL SELECT 'index user_activity.PRIMARY', 'table user_activity has no index PRIMARY', 3
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'table user_activity has no index user_activity_user_id_constraint', 3
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'table user_organizations has no index PRIMARY', 3
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id', 3
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id', 3
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'table user_organizations has no index user_organizations_unique', 2
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'table user_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk', 3
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk', 3
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk', 3
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY', 3
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'table user_roles has no index user_roles_organization_fk', 3
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'table user_roles has no index user_roles_role_fk', 3
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'table user_roles has no index user_roles_user_fk', 3
        UNION ALL SELECT 'index users.PRIMARY', 'table users has no index PRIMARY', 3
        UNION ALL SELECT 'index users.linked_to_constraint', 'table users has no index linked_to_constraint', 2
        UNION ALL SELECT 'index users.unique_email_provider', 'table users has no index unique_email_provider', 3
        UNION ALL SELECT 'index users.unique_phone_provider', 'table users has no index unique_phone_provider', 2
        UNION ALL SELECT 'index users.unique_username_provider', 'table users has no index unique_username_provider', 3
        UNION ALL SELECT 'index users.users_email_index', 'table users has no index users_email_index', 2
        UNION ALL SELECT 'index users.users_linked_to_index', 'table users has no index users_linked_to_index', 3
        UNION ALL SELECT 'index users.users_name_index', 'table users has no index users_name_index', 3
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index', 3
        UNION ALL SELECT 'table action_executions', 'table action_executions is missing', 3
        UNION ALL SELECT 'table action_versions', 'table action_versions is missing', 3
        UNION ALL SELECT 'table actions', 'table actions is missing', 3
        UNION ALL SELECT 'table authentication_methods', 'table authentication_methods is missing', 3
        UNION ALL SELECT 'table branding', 'table branding is missing', 3
        UNION ALL SELECT 'table client_grants', 'table client_grants is missing', 3
        UNION ALL SELECT 'table client_registration_tokens', 'table client_registration_tokens is missing', 3
        UNION ALL SELECT 'table clients', 'table clients is missing', 3
        UNION ALL SELECT 'table codes', 'table codes is missing', 3
        UNION ALL SELECT 'table connections', 'table connections is missing', 3
        UNION ALL SELECT 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing', 3
        UNION ALL SELECT 'table custom_domains', 'table custom_domains is missing', 3
        UNION ALL SELECT 'table custom_text', 'table custom_text is missing', 3
        UNION ALL SELECT 'table email_providers', 'table email_providers is missing', 3
        UNION ALL SELECT 'table email_templates', 'table email_templates is missing', 3
        UNION ALL SELECT 'table flows', 'table flows is missing', 3
        UNION ALL SELECT 'table forms', 'table forms is missing', 3
        UNION ALL SELECT 'table grants', 'table grants is missing', 3
        UNION ALL SELECT 'table hook_code', 'table hook_code is missing', 3
        UNION ALL SELECT 'table hooks', 'table hooks is missing', 3
        UNION ALL SELECT 'table invites', 'table invites is missing', 3
        UNION ALL SELECT 'table keys', 'table keys is missing', 3
        UNION ALL SELECT 'table kysely_migration', 'table kysely_migration is missing', 3
        UNION ALL SELECT 'table kysely_migration_lock', 'table kysely_migration_lock is missing', 3
        UNION ALL SELECT 'table log_streams', 'table log_streams is missing', 3
        UNION ALL SELECT 'table login_sessions', 'table login_sessions is missing', 3
        UNION ALL SELECT 'table logs', 'table logs is missing', 3
        UNION ALL SELECT 'table migration_sources', 'table migration_sources is missing', 3
        UNION ALL SELECT 'table migrations', 'table migrations is missing', 3
        UNION ALL SELECT 'table organization_connections', 'table organization_connections is missing', 3
        UNION ALL SELECT 'table organizations', 'table organizations is missing', 3
        UNION ALL SELECT 'table outbox_events', 'table outbox_events is missing', 3
        UNION ALL SELECT 'table passwords', 'table passwords is missing', 3
        UNION ALL SELECT 'table prompt_settings', 'table prompt_settings is missing', 3
        UNION ALL SELECT 'table proxy_routes', 'table proxy_routes is missing', 3
        UNION ALL SELECT 'table refresh_tokens', 'table refresh_tokens is missing', 3
        UNION ALL SELECT 'table resource_servers', 'table resource_servers is missing', 3
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing', 3
        UNION ALL SELECT 'table roles', 'table roles is missing', 3
        UNION ALL SELECT 'table rollouts', 'table rollouts is missing', 3
        UNION ALL SELECT 'table sessions', 'table sessions is missing', 3
        UNION ALL SELECT 'table tenant_operation_events', 'table tenant_operation_events is missing', 3
        UNION ALL SELECT 'table tenant_operations', 'table tenant_operations is missing', 3
        UNION ALL SELECT 'table tenants', 'table tenants is missing', 3
        UNION ALL SELECT 'table themes', 'table themes is missing', 3
        UNION ALL SELECT 'table universal_login_templates', 'table universal_login_templates is missing', 3
        UNION ALL SELECT 'table user_activity', 'table user_activity is missing', 3
        UNION ALL SELECT 'table user_organizations', 'table user_organizations is missing', 3
        UNION ALL SELECT 'table user_permissions', 'table user_permissions is missing', 3
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing', 3
        UNION ALL SELECT 'table users', 'table users is missing', 3) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: authhero 11.21 → 11.20: the database was at 11.20 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at authhero 11.21, at 11.20, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile authhero <its version> 11.20), or run this one on the authhero 11.21 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at authhero 11.21, at 11.20, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- character set: table resource_servers needs a character set of at most 3 bytes per character for its row to fit (MySQL's row size limit of 65,535 bytes): the script stops before any change when it would take a wider one
SET @plan_rf = IF(@plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'scopes' AND COLUMN_TYPE IN ('varchar(4096)') AND IS_NULLABLE = 'YES' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))), CONCAT((SELECT CONVERT(UPPER(ROW_FORMAT) USING utf8mb4) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' LIMIT 1), ':own'), NULL);
SET @plan_innodb_problem = CASE
  WHEN @plan_rf IS NULL THEN NULL
  WHEN @@innodb_page_size <> 16384 THEN CONCAT('plan stopped: this server''s InnoDB page is ', @@innodb_page_size DIV 1024, ' KB (innodb_page_size ', @@innodb_page_size, '), and this script''s check of the row size of table resource_servers assumes InnoDB''s 16 KB page and ROW_FORMAT=DYNAMIC (a row keeps under 8,126 bytes on the page, long columns off it), the only ones plan models: on other pages the limit differs, so it cannot tell which character sets fit. Run this script on a server of 16 KB pages (the page size is set when a server is initialized), or stay at authhero 11.21. Nothing was changed.')
  WHEN SUBSTRING_INDEX(@plan_rf, ':', 1) <> 'DYNAMIC' THEN CONCAT('plan stopped: table resource_servers ', IF(SUBSTRING_INDEX(@plan_rf, ':', -1) = 'own', 'has ROW_FORMAT=', 'would take this server''s innodb_default_row_format, '), SUBSTRING_INDEX(@plan_rf, ':', 1), ', and this script''s check of the row size of table resource_servers assumes InnoDB''s 16 KB page and ROW_FORMAT=DYNAMIC (a row keeps under 8,126 bytes on the page, long columns off it), the only ones plan models: COMPACT and REDUNDANT keep the first 768 bytes of each long column on the page, COMPRESSED has the limits of its KEY_BLOCK_SIZE. ',
    IF(SUBSTRING_INDEX(@plan_rf, ':', -1) = 'own', 'Stay at authhero 11.21, or convert it first (ALTER TABLE … ROW_FORMAT=DYNAMIC), then run this script again.', 'Stay at authhero 11.21, or make DYNAMIC the default first (SET GLOBAL innodb_default_row_format = ''dynamic''), then run this script again.'), ' Nothing was changed.')
  END;
SET @plan_ok = @plan_ok AND @plan_innodb_problem IS NULL;
SELECT @plan_innodb_problem AS plan FROM DUAL WHERE @plan_innodb_problem IS NOT NULL;
SET @plan_sql = IF(@plan_innodb_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_innodb_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when InnoDB's page, or the row format of table resource_servers, is not what its row-size check assumes: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_cs_row = IF(@plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'scopes' AND COLUMN_TYPE IN ('varchar(4096)') AND IS_NULLABLE = 'YES' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  (SELECT CONCAT(CONVERT(a.CHARACTER_SET_NAME USING utf8mb4), ':own:') FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
      WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = 'resource_servers' LIMIT 1),
  NULL);
SET @plan_cs = SUBSTRING_INDEX(@plan_cs_row, ':', 1), @plan_cs_of = SUBSTRING_INDEX(SUBSTRING_INDEX(@plan_cs_row, ':', 2), ':', -1), @plan_cs_from = SUBSTRING(@plan_cs_row, CHAR_LENGTH(SUBSTRING_INDEX(@plan_cs_row, ':', 2)) + 2);
SET @plan_cs_len = (SELECT MAXLEN FROM information_schema.CHARACTER_SETS WHERE CHARACTER_SET_NAME = @plan_cs);
SET @plan_cs_problem = IF(@plan_cs_len > 3, CONCAT('plan stopped: ', @plan_cs, ' is too wide for table resource_servers: ', CONCAT('table resource_servers has character set ', @plan_cs, ' (', @plan_cs_len, ' bytes per character), which the columns this script adds or changes take'),
  ', under which a row of resource_servers ', ELT(@plan_cs_len, '', '', '', 'declares 76,939 bytes, over MySQL''s row size limit of 65,535 bytes'), ' (error 1118, "Row size too large"); it needs utf8mb3 or a narrower one (at most 3 bytes per character; utf8mb3 holds every character but those outside the Basic Multilingual Plane, such as emoji). ',
  'Stay at authhero 11.21, or convert table resource_servers to utf8mb3 first (ALTER TABLE … CONVERT TO CHARACTER SET utf8mb3, which cannot keep characters outside the Basic Multilingual Plane, such as emoji), then run this script again.', ' Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_cs_problem IS NULL;
SELECT @plan_cs_problem AS plan FROM DUAL WHERE @plan_cs_problem IS NOT NULL;
SET @plan_sql = IF(@plan_cs_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_cs_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when table resource_servers would not fit its character set: the row printed above says which and what to do. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: user_organizations.updated_at fits varchar(35) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'updated_at' AND COLUMN_TYPE IN ('varchar(35)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'updated_at'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`updated_at`) > 35) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`updated_at`) > 35) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of user_organizations has updated_at longer than 35 characters, which 11.20 cannot hold', 'rows of user_organizations have updated_at longer than 35 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: user_organizations.created_at fits varchar(35) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'created_at' AND COLUMN_TYPE IN ('varchar(35)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'created_at'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`created_at`) > 35) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`created_at`) > 35) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of user_organizations has created_at longer than 35 characters, which 11.20 cannot hold', 'rows of user_organizations have created_at longer than 35 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: user_organizations.organization_id fits varchar(21) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'organization_id' AND COLUMN_TYPE IN ('varchar(21)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'organization_id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`organization_id`) > 21) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`organization_id`) > 21) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of user_organizations has organization_id longer than 21 characters, which 11.20 cannot hold', 'rows of user_organizations have organization_id longer than 21 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: user_organizations.user_id fits varchar(191) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'user_id' AND COLUMN_TYPE IN ('varchar(191)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'user_id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`user_id`) > 191) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`user_id`) > 191) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of user_organizations has user_id longer than 191 characters, which 11.20 cannot hold', 'rows of user_organizations have user_id longer than 191 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: user_organizations.tenant_id fits varchar(191) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'tenant_id' AND COLUMN_TYPE IN ('varchar(191)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'tenant_id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`tenant_id`) > 191) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`tenant_id`) > 191) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of user_organizations has tenant_id longer than 191 characters, which 11.20 cannot hold', 'rows of user_organizations have tenant_id longer than 191 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: user_organizations.id fits varchar(21) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id' AND COLUMN_TYPE IN ('varchar(21)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`id`) > 21) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `user_organizations` x WHERE CHAR_LENGTH(x.`id`) > 21) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of user_organizations has id longer than 21 characters, which 11.20 cannot hold', 'rows of user_organizations have id longer than 21 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: resource_servers.scopes fits varchar(4096) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'scopes' AND COLUMN_TYPE IN ('varchar(4096)') AND IS_NULLABLE = 'YES' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'scopes'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`tenant_id` AS k1, x.`id` AS k2 FROM `resource_servers` x WHERE CHAR_LENGTH(x.`scopes`) > 4096) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''))), '')'') AS x FROM (SELECT x.`tenant_id` AS k1, x.`id` AS k2 FROM `resource_servers` x WHERE CHAR_LENGTH(x.`scopes`) > 4096) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of resource_servers has scopes longer than 4096 characters, which 11.20 cannot hold', 'rows of resource_servers have scopes longer than 4096 characters, which 11.20 cannot hold'), ' (first keys (tenant_id, id): ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: clients.connections holds no NULL (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'connections' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'connections' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]'''))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'client_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'connections'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`tenant_id` AS k1, x.`client_id` AS k2 FROM `clients` x WHERE x.`connections` IS NULL) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''))), '')'') AS x FROM (SELECT x.`tenant_id` AS k1, x.`client_id` AS k2 FROM `clients` x WHERE x.`connections` IS NULL) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of clients has no connections (NULL), which 11.20 requires', 'rows of clients have no connections (NULL), which 11.20 requires'), ' (first keys (tenant_id, client_id): ', @plan_keys, '). Fill in connections or remove those rows, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: grants.client_id fits varchar(100) (11.20)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'client_id' AND COLUMN_TYPE IN ('varchar(100)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'client_id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`id` AS k1 FROM `grants` x WHERE CHAR_LENGTH(x.`client_id`) > 100) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT x.`id` AS k1 FROM `grants` x WHERE CHAR_LENGTH(x.`client_id`) > 100) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of grants has client_id longer than 100 characters, which 11.20 cannot hold', 'rows of grants have client_id longer than 100 characters, which 11.20 cannot hold'), ' (first keys: ', @plan_keys, '). Shorten or remove them, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: (code_id, code_type) unique in codes (11.20 primary key PRIMARY)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id, code_type')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND COLUMN_NAME = 'code_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND COLUMN_NAME = 'code_type'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`code_id` AS k1, x.`code_type` AS k2 FROM `codes` x WHERE x.`code_id` IS NOT NULL AND x.`code_type` IS NOT NULL GROUP BY x.`code_id`, x.`code_type` HAVING COUNT(*) > 1) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''))), '')'') AS x FROM (SELECT x.`code_id` AS k1, x.`code_type` AS k2 FROM `codes` x WHERE x.`code_id` IS NOT NULL AND x.`code_type` IS NOT NULL GROUP BY x.`code_id`, x.`code_type` HAVING COUNT(*) > 1) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, '(code_id, code_type) value of codes is held by more than one row, which 11.20 requires to be unique (primary key PRIMARY)', '(code_id, code_type) values of codes are each held by more than one row, which 11.20 requires to be unique (primary key PRIMARY)'), ' (first (code_id, code_type): ', @plan_keys, '). Make them unique or remove the extra rows, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: (phone_number, provider, tenant_id) unique in users (11.20 unique key unique_phone_provider)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_phone_provider') <=> 'UNIQUE phone_number, provider, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'phone_number')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'provider')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'tenant_id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`phone_number` AS k1, x.`provider` AS k2, x.`tenant_id` AS k3 FROM `users` x WHERE x.`phone_number` IS NOT NULL AND x.`provider` IS NOT NULL AND x.`tenant_id` IS NOT NULL GROUP BY x.`phone_number`, x.`provider`, x.`tenant_id` HAVING COUNT(*) > 1) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k3 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k3 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k3 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''))), '')'') AS x FROM (SELECT x.`phone_number` AS k1, x.`provider` AS k2, x.`tenant_id` AS k3 FROM `users` x WHERE x.`phone_number` IS NOT NULL AND x.`provider` IS NOT NULL AND x.`tenant_id` IS NOT NULL GROUP BY x.`phone_number`, x.`provider`, x.`tenant_id` HAVING COUNT(*) > 1) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, '(phone_number, provider, tenant_id) value of users is held by more than one row, which 11.20 requires to be unique (unique key unique_phone_provider)', '(phone_number, provider, tenant_id) values of users are each held by more than one row, which 11.20 requires to be unique (unique key unique_phone_provider)'), ' (first (phone_number, provider, tenant_id): ', @plan_keys, '). Make them unique or remove the extra rows, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- data check: every users row has its users row (11.20 foreign key linked_to_constraint)
SET @plan_rows = 0, @plan_keys = NULL;
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'linked_to')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'user_id')
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'tenant_id'),
  'SET @plan_rows = (SELECT COUNT(*) FROM (SELECT x.`tenant_id` AS k1, x.`user_id` AS k2 FROM `users` x WHERE x.`linked_to` IS NOT NULL AND x.`tenant_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `users` p WHERE p.`user_id` = x.`linked_to` AND p.`tenant_id` = x.`tenant_id`)) r)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_rows > 0, 'SET @plan_keys = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''))), '')'') AS x FROM (SELECT x.`tenant_id` AS k1, x.`user_id` AS k2 FROM `users` x WHERE x.`linked_to` IS NOT NULL AND x.`tenant_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `users` p WHERE p.`user_id` = x.`linked_to` AND p.`tenant_id` = x.`tenant_id`)) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_problem = IF(@plan_rows > 0, CONCAT('plan stopped: ', @plan_rows, ' ', IF(@plan_rows = 1, 'row of users has a (linked_to, tenant_id) that users does not have, which 11.20 requires (foreign key linked_to_constraint)', 'rows of users have a (linked_to, tenant_id) that users does not have, which 11.20 requires (foreign key linked_to_constraint)'), ' (first keys (tenant_id, user_id): ', @plan_keys, '). Add the missing users rows or remove these, or stay at 11.21. Nothing was changed.'), NULL);
SET @plan_ok = @plan_ok AND @plan_problem IS NULL;
SELECT @plan_problem AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_problem IS NULL, 'DO 0', CONCAT('SELECT 1 FROM `', RTRIM(REPLACE(LEFT(@plan_problem, 64), CHAR(96), CHAR(39))), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped when rows do not fit: the row printed above says which. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT CONCAT('foreign keys of tables outside authhero reference keys that authhero 11.21 → 11.20 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'users' AND f.rcols = 'tenant_id,user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE tenant_id, user_id'
          THEN 'after this script users has primary key (user_id, tenant_id), unique unique_email_provider (email, provider, tenant_id), unique unique_phone_provider (phone_number, provider, tenant_id), unique index unique_username_provider (username, provider, tenant_id), index users_linked_to_index (linked_to), index users_name_index (name), index users_phone_tenant_provider_index (tenant_id, phone_number, provider), index users_email_index (email), index linked_to_constraint (linked_to, tenant_id) and no index that starts with (tenant_id, user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'users' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_user_id_tenant_id') <=> 'user_id, tenant_id'
          THEN 'after this script users still has a key for (user_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'users' AND f.rcols = 'user_id,tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_user_id_tenant_id') <=> 'user_id, tenant_id'
          THEN 'after this script users still has a key for (user_id, tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'codes' AND f.rcols = 'code_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id, code_type, tenant_id'
          THEN 'after this script codes still has a key for (code_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'codes' AND f.rcols = 'code_id,code_type'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id, code_type, tenant_id'
          THEN 'after this script codes still has a key for (code_id, code_type): the foreign key can be re-created as it was'
          WHEN f.rt = 'codes' AND f.rcols = 'code_id,code_type,tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id, code_type, tenant_id'
          THEN 'after this script codes has primary key (code_id, code_type), index idx_codes_expires_at_ts (expires_at_ts), index tenant_id (tenant_id), index codes_user_id_tenant_id_constraint (user_id, tenant_id) and no index that starts with (code_id, code_type, tenant_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'codes' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'FK_codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id'
          THEN 'after this script codes still has a key for (user_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'codes' AND f.rcols = 'user_id,tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'FK_codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id'
          THEN 'after this script codes still has a key for (user_id, tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'codes' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'fk_codes_tenants') <=> 'tenant_id'
          THEN 'after this script codes still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'custom_domains' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'fk_custom_domains_tenants') <=> 'tenant_id'
          THEN 'after this script custom_domains still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'hooks' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'fk_hooks_tenants') <=> 'tenant_id'
          THEN 'after this script hooks still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'keys' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'fk_keys_tenants') <=> 'tenant_id'
          THEN 'after this script keys still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'logs' AND f.rcols = 'date'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_date') <=> 'date'
          THEN 'after this script logs has primary key (log_id) and no index that starts with (date): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'logs' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_tenant_id') <=> 'tenant_id'
          THEN 'after this script logs has primary key (log_id) and no index that starts with (tenant_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'logs' AND f.rcols = 'user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id') <=> 'user_id'
          THEN 'after this script logs has primary key (log_id) and no index that starts with (user_id): the foreign key cannot be re-created as it was; re-create it onto one of those keys (the referencing table needs the same columns)'
          WHEN f.rt = 'migrations' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'fk_migrations_tenants') <=> 'tenant_id'
          THEN 'after this script migrations still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'passwords' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'fk_passwords_tenants') <=> 'tenant_id'
          THEN 'after this script passwords still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'user_organizations' AND f.rcols = 'tenant_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_unique') <=> 'UNIQUE tenant_id, user_id, organization_id'
          THEN 'after this script user_organizations still has a key for (tenant_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'user_organizations' AND f.rcols = 'tenant_id,user_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_unique') <=> 'UNIQUE tenant_id, user_id, organization_id'
          THEN 'after this script user_organizations still has a key for (tenant_id, user_id): the foreign key can be re-created as it was'
          WHEN f.rt = 'user_organizations' AND f.rcols = 'tenant_id,user_id,organization_id'
            AND (SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_unique') <=> 'UNIQUE tenant_id, user_id, organization_id'
          THEN 'after this script user_organizations still has a key for (tenant_id, user_id, organization_id): the foreign key can be re-created as it was'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('users', 'codes', 'custom_domains', 'hooks', 'keys', 'logs', 'migrations', 'passwords', 'user_organizations')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (('authentication_methods', 'authentication_methods_ibfk_1'), ('authentication_methods', 'fk_authentication_methods_tenants'), ('branding', 'branding_ibfk_1'), ('branding', 'fk_branding_tenants'), ('client_grants', 'client_grants_ibfk_1'), ('client_grants', 'fk_client_grants_clients'), ('client_grants', 'fk_client_grants_tenants'), ('client_registration_tokens', 'client_registration_tokens_ibfk_1'), ('client_registration_tokens', 'fk_client_registration_tokens_tenants'), ('clients', 'clients_ibfk_1'), ('clients', 'fk_clients_tenants'), ('codes', 'FK_codes_user_id_tenant_id_constraint'), ('codes', 'codes_ibfk_1'), ('codes', 'codes_user_id_tenant_id_constraint'), ('codes', 'fk_codes_tenants'), ('connections', 'connections_ibfk_1'), ('connections', 'fk_connections_tenants'), ('custom_domains', 'custom_domains_ibfk_1'), ('custom_domains', 'fk_custom_domains_tenants'), ('custom_text', 'custom_text_ibfk_1'), ('custom_text', 'fk_custom_text_tenants'), ('email_templates', 'email_templates_tenant_fk'), ('grants', 'fk_grants_tenants'), ('grants', 'grants_ibfk_1'), ('grants', 'grants_user_id_constraint'), ('hooks', 'fk_hooks_tenants'), ('hooks', 'hooks_ibfk_1'), ('keys', 'fk_keys_tenants'), ('keys', 'keys_ibfk_1'), ('login_sessions', 'login_sessions_session_fk'), ('login_sessions', 'login_sessions_tenant_fk'), ('migrations', 'fk_migrations_tenants'), ('migrations', 'migrations_ibfk_1'), ('organization_connections', 'organization_connections_connection_fk'), ('organization_connections', 'organization_connections_organization_fk'), ('passwords', 'fk_passwords_tenants'), ('passwords', 'password_history_user_id_tenant_id_constraint'), ('passwords', 'passwords_ibfk_1'), ('refresh_tokens', 'refresh_tokens_client_fk'), ('refresh_tokens', 'refresh_tokens_tenant_fk'), ('sessions', 'sessions_user_fk'), ('tenant_operation_events', 'tenant_operation_events_operation_id_constraint'), ('themes', 'fk_themes_tenants'), ('themes', 'themes_ibfk_1'), ('universal_login_templates', 'fk_universal_login_templates_tenants'), ('universal_login_templates', 'universal_login_templates_ibfk_1'), ('user_activity', 'user_activity_user_id_constraint'), ('user_organizations', 'fk_user_organizations_organization'), ('user_organizations', 'fk_user_organizations_user'), ('users', 'fk_users_tenants'), ('users', 'linked_to_constraint'), ('users', 'users_ibfk_1')))
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
-- authhero 11.21 → 11.20 (rollback): @authhero/kysely-adapter 11.20 → 11.21.1 and the move to multi-tenancy: the kysely_migration history the squash requires, one organization per tenant on the control-plane tenant, and the schema part: the 181 kysely migrations squashed into one baseline (2026-07-16T14:00:00_baseline), which is a snapshot of AuthHero's production (PlanetScale) schema. MySQL: users PK reorder, codes PK, tenant foreign keys renamed, widenings and default drops, logs columns and indexes. SQLite: the same, plus the baseline's MySQL spellings (int, tinyint(1)), named unique indexes instead of inline UNIQUE and the FK-supporting indexes MySQL had.
-- source: plans/authhero/11.20-11.21.yaml
-- ================================================================================================
-- 11.21 → 11.20 · 1/106 · check that organizations holds no row copied from tenants with other parameter values
-- locks: tenants: read | organizations: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `organizations` AS dst WHERE COALESCE((dst.`name`, dst.`id`) IN (SELECT src.`id`, (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))) FROM `tenants` AS src), FALSE) AND NOT (COALESCE((dst.`tenant_id` = ''main'' AND CAST(CONVERT(dst.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)), FALSE) AND COALESCE((dst.`name`, dst.`id`) IN (SELECT src.`id`, (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))) FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)))), FALSE)))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: organizations holds rows the 11.20 → 11.21 copy from tenants made with other parameter values than this rollback looks for (control_plane_tenant_id=main): their name, id are those it gives a tenants row, their tenant_id not the one it gives with control_plane_tenant_id=main, so this rollback would leave them; compile it with the --param values the upgrade was compiled with (it wrote organizations.tenant_id from them: see the rows named here), then run it again'', IFNULL(CONCAT('' (the first of them by (id, tenant_id, name): '', (REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(plan_row ORDER BY CAST(plan_row AS BINARY) SEPARATOR '', '') FROM (SELECT CONCAT(''('', COALESCE(CAST(dst.`id` AS CHAR), ''NULL''), '', '', COALESCE(CAST(dst.`tenant_id` AS CHAR), ''NULL''), '', '', COALESCE(CAST(dst.`name` AS CHAR), ''NULL''), '')'') AS plan_row FROM `organizations` AS dst WHERE COALESCE((dst.`name`, dst.`id`) IN (SELECT src.`id`, (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))) FROM `tenants` AS src), FALSE) AND NOT (COALESCE((dst.`tenant_id` = ''main'' AND CAST(CONVERT(dst.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)), FALSE) AND COALESCE((dst.`name`, dst.`id`) IN (SELECT src.`id`, (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))) FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)))), FALSE)) ORDER BY CAST(CONCAT(''('', COALESCE(CAST(dst.`id` AS CHAR), ''NULL''), '', '', COALESCE(CAST(dst.`tenant_id` AS CHAR), ''NULL''), '', '', COALESCE(CAST(dst.`name` AS CHAR), ''NULL''), '')'') AS BINARY) LIMIT 3) AS plan_rows) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: organizations holds rows the 11.20 → 11.21 copy fr`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 2/106 · check that no row of organization_connections references the rows copied from tenants into organizations
-- locks: organization_connections: read | organizations: read | tenants: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `organization_connections` AS c WHERE EXISTS (SELECT 1 FROM `organizations` AS p WHERE c.`organization_id` = p.`id` AND EXISTS (SELECT 1 FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY))) AND (p.`tenant_id` = ''main'' AND CAST(CONVERT(p.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)) AND p.`name` = src.`id` AND p.`id` = (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))))))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: organization_connections holds rows that reference the organizations rows the 11.20 → 11.21 copy made from tenants (written since the upgrade): this rollback deletes those organizations rows, which would delete them too (organization_connections_organization_fk: ON DELETE CASCADE); to let them go delete them first, then run this rollback again; to keep them, stay at this version: the backup taken before the upgrade does not hold them either'', IFNULL(CONCAT('' (the first of them by (tenant_id, organization_id, connection_id): '', (REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k2 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')), IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k3 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k3 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k3 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''))), '')'') AS x FROM (SELECT c.`tenant_id` AS k1, c.`organization_id` AS k2, c.`connection_id` AS k3 FROM `organization_connections` AS c WHERE EXISTS (SELECT 1 FROM `organizations` AS p WHERE c.`organization_id` = p.`id` AND EXISTS (SELECT 1 FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY))) AND (p.`tenant_id` = ''main'' AND CAST(CONVERT(p.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)) AND p.`name` = src.`id` AND p.`id` = (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))))))) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: organization_connections holds rows that reference`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 3/106 · check that no row of user_organizations references the rows copied from tenants into organizations
-- locks: user_organizations: read | organizations: read | tenants: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `user_organizations` AS c WHERE EXISTS (SELECT 1 FROM `organizations` AS p WHERE c.`organization_id` = p.`id` AND EXISTS (SELECT 1 FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY))) AND (p.`tenant_id` = ''main'' AND CAST(CONVERT(p.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)) AND p.`name` = src.`id` AND p.`id` = (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))))))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: user_organizations holds rows that reference the organizations rows the 11.20 → 11.21 copy made from tenants (written since the upgrade): this rollback deletes those organizations rows, which would delete them too (fk_user_organizations_organization: ON DELETE CASCADE); to let them go delete them first, then run this rollback again; to keep them, stay at this version: the backup taken before the upgrade does not hold them either'', IFNULL(CONCAT('' (the first of them by id: '', (REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT IF(CHAR_LENGTH(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) > 40, CONCAT(LEFT(IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL''), 37), ''...''), IFNULL(CONCAT('''''''', REPLACE(CAST(r.k1 AS CHAR), '''''''', ''''''''''''), ''''''''), ''NULL'')) AS x FROM (SELECT c.`id` AS k1 FROM `user_organizations` AS c WHERE EXISTS (SELECT 1 FROM `organizations` AS p WHERE c.`organization_id` = p.`id` AND EXISTS (SELECT 1 FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY))) AND (p.`tenant_id` = ''main'' AND CAST(CONVERT(p.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)) AND p.`name` = src.`id` AND p.`id` = (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))))))) r ORDER BY x LIMIT 3) f) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: user_organizations holds rows that reference the o`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 4/106 · manual step
-- MANUAL STEP (not done by this script):
--   Before this rollback: switch the client applications back to tokens without an organization.

-- 11.21 → 11.20 · 5/106 · manual step
-- MANUAL STEP (not done by this script):
--   Before this rollback: take the multi-tenancy middleware, management routes and hooks out of the
--   application (the organizations of the control plane that stand for tenants go with this
--   rollback).

-- 11.21 → 11.20 · 6/106 · manual step
-- MANUAL STEP (not done by this script):
--   After this rollback (with every AuthHero process stopped before it): put the application back on
--   @authhero/kysely-adapter 11.20.x and remove @authhero/multi-tenancy, then start it; 11.21's
--   migrator would stop on the 11.20 history.

-- 11.21 → 11.20 · 7/106 · remark (no statement)
-- REMARK (no statement):
--   The guide's CREATE INDEX idx_applications_tenant_id ON applications(tenant_id) names a table
--   AuthHero does not have: applications are the clients table, whose primary key (tenant_id,
--   client_id) leads with tenant_id.

-- 11.21 → 11.20 · 8/106 · remark (no statement)
-- REMARK (no statement):
--   The guide's CREATE INDEX idx_users_tenant_id ON users(tenant_id) is not needed: the primary key
--   of users is (tenant_id, user_id) at 11.21, and it leads with tenant_id.

-- 11.21 → 11.20 · 9/106 · delete 2 rows from kysely_migration
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''2026-07-16T14:00:00_baseline'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `kysely_migration` WHERE `name` = ''2026-07-16T14:00:00_baseline''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''2026-07-16T15:00:00_codes_expires_at_ts'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `kysely_migration` WHERE `name` = ''2026-07-16T15:00:00_codes_expires_at_ts''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 10/106 · insert 181 rows into kysely_migration
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m1_init'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m1_init'', ''2025-12-01T00:00:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m1_init'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m2_magicLink'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m2_magicLink'', ''2025-12-01T00:00:01.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m2_magicLink'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m3_updateAt'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m3_updateAt'', ''2025-12-01T00:00:02.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m3_updateAt'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m4_logTable'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m4_logTable'', ''2025-12-01T00:00:03.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m4_logTable'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m5_userProfile'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m5_userProfile'', ''2025-12-01T00:00:04.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m5_userProfile'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m6_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m6_sessions'', ''2025-12-01T00:00:05.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m6_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m7_passwords'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m7_passwords'', ''2025-12-01T00:00:06.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m7_passwords'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m8_logsTableNewFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m8_logsTableNewFields'', ''2025-12-01T00:00:07.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m8_logsTableNewFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m9_passwordTableNewField'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''m9_passwordTableNewField'', ''2025-12-01T00:00:08.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''m9_passwordTableNewField'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n01_codesTable'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n01_codesTable'', ''2025-12-01T00:00:09.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n01_codesTable'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n11_universalLoginSession'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n11_universalLoginSession'', ''2025-12-01T00:00:10.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n11_universalLoginSession'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n12_userFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n12_userFields'', ''2025-12-01T00:00:11.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n12_userFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n13_userEmailIndex'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n13_userEmailIndex'', ''2025-12-01T00:00:12.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n13_userEmailIndex'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n14_profileDataField'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n14_profileDataField'', ''2025-12-01T00:00:13.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n14_profileDataField'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n15_userEmailIndex'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n15_userEmailIndex'', ''2025-12-01T00:00:14.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n15_userEmailIndex'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n16_userLocale'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n16_userLocale'', ''2025-12-01T00:00:15.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n16_userLocale'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n17_signingKeys'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n17_signingKeys'', ''2025-12-01T00:00:16.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n17_signingKeys'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n18_logsFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n18_logsFields'', ''2025-12-01T00:00:17.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n18_logsFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n19_connectionsUserinfo'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n19_connectionsUserinfo'', ''2025-12-01T00:00:18.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n19_connectionsUserinfo'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n20_missingFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n20_missingFields'', ''2025-12-01T00:00:19.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n20_missingFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n21_sessionDeletedAt'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n21_sessionDeletedAt'', ''2025-12-01T00:00:20.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n21_sessionDeletedAt'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n22_dropLogsFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n22_dropLogsFields'', ''2025-12-01T00:00:21.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n22_dropLogsFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n23_dropUsersFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n23_dropUsersFields'', ''2025-12-01T00:00:22.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n23_dropUsersFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n24_logsIndexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n24_logsIndexes'', ''2025-12-01T00:00:23.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n24_logsIndexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n25_logDescMaxLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n25_logDescMaxLength'', ''2025-12-01T00:00:24.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n25_logDescMaxLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n26_logsTableExtraFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n26_logsTableExtraFields'', ''2025-12-01T00:00:25.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n26_logsTableExtraFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n27_usersTableNameIndex'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n27_usersTableNameIndex'', ''2025-12-01T00:00:26.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n27_usersTableNameIndex'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n28_usersEmailConstrain'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n28_usersEmailConstrain'', ''2025-12-01T00:00:27.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n28_usersEmailConstrain'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n29_increaseOtpStateLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n29_increaseOtpStateLength'', ''2025-12-01T00:00:28.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n29_increaseOtpStateLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n30_increaseTicketStateLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n30_increaseTicketStateLength'', ''2025-12-01T00:00:29.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n30_increaseTicketStateLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n31_branding'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n31_branding'', ''2025-12-01T00:00:30.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n31_branding'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n32_indexesAndNotNull'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n32_indexesAndNotNull'', ''2025-12-01T00:00:31.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n32_indexesAndNotNull'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n33_vendorIdInUniversalLoginSession'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n33_vendorIdInUniversalLoginSession'', ''2025-12-01T00:00:32.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n33_vendorIdInUniversalLoginSession'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n34_auth0ClientInUniversalLoginSession'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n34_auth0ClientInUniversalLoginSession'', ''2025-12-01T00:00:33.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n34_auth0ClientInUniversalLoginSession'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n35_increaseUniversalSessionStateLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n35_increaseUniversalSessionStateLength'', ''2025-12-01T00:00:34.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n35_increaseUniversalSessionStateLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n36_authenticationCodes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n36_authenticationCodes'', ''2025-12-01T00:00:35.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n36_authenticationCodes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n37_disableSignUps'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n37_disableSignUps'', ''2025-12-01T00:00:36.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n37_disableSignUps'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n38_otpIpAddress'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n38_otpIpAddress'', ''2025-12-01T00:00:37.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n38_otpIpAddress'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n39_increaseUserAgentLength'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n39_increaseUserAgentLength'', ''2025-12-01T00:00:38.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n39_increaseUserAgentLength'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n40_userId'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n40_userId'', ''2025-12-01T00:00:39.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n40_userId'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n41_hooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n41_hooks'', ''2025-12-01T00:00:40.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n41_hooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n42_userIdIndexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n42_userIdIndexes'', ''2025-12-01T00:00:41.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n42_userIdIndexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n43_userIdIndexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n43_userIdIndexes'', ''2025-12-01T00:00:42.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n43_userIdIndexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n44_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n44_codes'', ''2025-12-01T00:00:43.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n44_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n45_hookProperties'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n45_hookProperties'', ''2025-12-01T00:00:44.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n45_hookProperties'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n46_loginAuth0Client'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n46_loginAuth0Client'', ''2025-12-01T00:00:45.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n46_loginAuth0Client'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n47_loginAuth0Client'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n47_loginAuth0Client'', ''2025-12-01T00:00:46.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n47_loginAuth0Client'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n48_saml'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n48_saml'', ''2025-12-01T00:00:47.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n48_saml'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n49_removeFields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n49_removeFields'', ''2025-12-01T00:00:48.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n49_removeFields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n50_authParamsNonce'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n50_authParamsNonce'', ''2025-12-01T00:00:49.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n50_authParamsNonce'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n51_connectionid'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n51_connectionid'', ''2025-12-01T00:00:50.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n51_connectionid'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n52_cert'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n52_cert'', ''2025-12-01T00:00:51.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n52_cert'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n53_codes_primary_key'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n53_codes_primary_key'', ''2025-12-01T00:00:52.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n53_codes_primary_key'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n54_cleanup_tables'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n54_cleanup_tables'', ''2025-12-01T00:00:53.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n54_cleanup_tables'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n55_logs_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n55_logs_index'', ''2025-12-01T00:00:54.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n55_logs_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n56_application_fields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n56_application_fields'', ''2025-12-01T00:00:55.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n56_application_fields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n57_prompt_settings'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n57_prompt_settings'', ''2025-12-01T00:00:56.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n57_prompt_settings'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n58_connection_client_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n58_connection_client_id'', ''2025-12-01T00:00:57.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n58_connection_client_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n59_connection_options'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n59_connection_options'', ''2025-12-01T00:00:58.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n59_connection_options'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n60_users_metadata'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n60_users_metadata'', ''2025-12-01T00:00:59.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n60_users_metadata'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n61_userLocales'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n61_userLocales'', ''2025-12-01T00:01:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n61_userLocales'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n62_prompt'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n62_prompt'', ''2025-12-01T00:01:01.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n62_prompt'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n63_connection_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n63_connection_cleanup'', ''2025-12-01T00:01:02.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n63_connection_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n64_act_as'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n64_act_as'', ''2025-12-01T00:01:03.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n64_act_as'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n65_code_verifier'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n65_code_verifier'', ''2025-12-01T00:01:04.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n65_code_verifier'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n66_email_providers'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n66_email_providers'', ''2025-12-01T00:01:05.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n66_email_providers'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n67_drop_tickets'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n67_drop_tickets'', ''2025-12-01T00:01:06.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n67_drop_tickets'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n68_login_useragents'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n68_login_useragents'', ''2025-12-01T00:01:07.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n68_login_useragents'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n70_refresh_tokens'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n70_refresh_tokens'', ''2025-12-01T00:01:08.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n70_refresh_tokens'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n71_session_new_fields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n71_session_new_fields'', ''2025-12-01T00:01:09.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n71_session_new_fields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n72_session_primary_key'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n72_session_primary_key'', ''2025-12-01T00:01:10.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n72_session_primary_key'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n73_drop_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n73_drop_sessions'', ''2025-12-01T00:01:11.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n73_drop_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n74_custom_domains'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n74_custom_domains'', ''2025-12-01T00:01:12.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n74_custom_domains'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n75_organizations'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n75_organizations'', ''2025-12-01T00:01:13.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n75_organizations'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n76_authorization_url_length'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n76_authorization_url_length'', ''2025-12-01T00:01:14.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n76_authorization_url_length'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n77_drop_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n77_drop_sessions'', ''2025-12-01T00:01:15.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n77_drop_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n78_login_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n78_login_sessions'', ''2025-12-01T00:01:16.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n78_login_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n79_drop_sessions_2'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n79_drop_sessions_2'', ''2025-12-01T00:01:17.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n79_drop_sessions_2'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n80_recreate_custom_domains'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n80_recreate_custom_domains'', ''2025-12-01T00:01:18.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n80_recreate_custom_domains'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n81_phone'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n81_phone'', ''2025-12-01T00:01:19.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n81_phone'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n82_forms'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n82_forms'', ''2025-12-01T00:01:20.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n82_forms'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n83_addFormsIdToHooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n83_addFormsIdToHooks'', ''2025-12-01T00:01:21.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n83_addFormsIdToHooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n84_login_completed'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n84_login_completed'', ''2025-12-01T00:01:22.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n84_login_completed'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n85_add_login_session_id_to_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n85_add_login_session_id_to_sessions'', ''2025-12-01T00:01:23.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n85_add_login_session_id_to_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n86_index_sessions_login_session_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n86_index_sessions_login_session_id'', ''2025-12-01T00:01:24.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n86_index_sessions_login_session_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n87_code_challenge'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n87_code_challenge'', ''2025-12-01T00:01:25.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n87_code_challenge'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n88_add_redirect_uri_to_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n88_add_redirect_uri_to_codes'', ''2025-12-01T00:01:26.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n88_add_redirect_uri_to_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n89_add_nonce_and_state_to_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n89_add_nonce_and_state_to_codes'', ''2025-12-01T00:01:27.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n89_add_nonce_and_state_to_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n90_themes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n90_themes'', ''2025-12-01T00:01:28.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n90_themes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n91_resource_servers_rules_permissions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n91_resource_servers_rules_permissions'', ''2025-12-01T00:01:29.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n91_resource_servers_rules_permissions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n92_role_permissions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n92_role_permissions'', ''2025-12-01T00:01:30.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n92_role_permissions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n93_add_permissions_to_roles'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n93_add_permissions_to_roles'', ''2025-12-01T00:01:31.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n93_add_permissions_to_roles'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n94_keys_connection_and_extend_columns'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n94_keys_connection_and_extend_columns'', ''2025-12-01T00:01:32.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n94_keys_connection_and_extend_columns'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n95_create_organizations_table'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n95_create_organizations_table'', ''2025-12-01T00:01:33.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n95_create_organizations_table'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n96_create_user_organizations_table'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n96_create_user_organizations_table'', ''2025-12-01T00:01:34.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n96_create_user_organizations_table'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n97_add_organization_to_user_permissions_and_roles'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n97_add_organization_to_user_permissions_and_roles'', ''2025-12-01T00:01:35.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n97_add_organization_to_user_permissions_and_roles'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n98_clients'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n98_clients'', ''2025-12-01T00:01:36.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n98_clients'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n99_update_client_foreign_keys'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''n99_update_client_foreign_keys'', ''2025-12-01T00:01:37.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''n99_update_client_foreign_keys'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o001_client_grants'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o001_client_grants'', ''2025-12-01T00:01:38.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o001_client_grants'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o002_drop_applications'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o002_drop_applications'', ''2025-12-01T00:01:39.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o002_drop_applications'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o003_phone_number_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o003_phone_number_index'', ''2025-12-01T00:01:40.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o003_phone_number_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o004_login_sessions_id_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o004_login_sessions_id_index'', ''2025-12-01T00:01:41.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o004_login_sessions_id_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o005_connections_tenant_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o005_connections_tenant_index'', ''2025-12-01T00:01:42.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o005_connections_tenant_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o006_remove_redundant_user_organizations_tenant_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o006_remove_redundant_user_organizations_tenant_index'', ''2025-12-01T00:01:43.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o006_remove_redundant_user_organizations_tenant_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o007_tenant_settings'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o007_tenant_settings'', ''2025-12-01T00:01:44.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o007_tenant_settings'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o008_merge_tenant_settings_into_tenants'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o008_merge_tenant_settings_into_tenants'', ''2025-12-01T00:01:45.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o008_merge_tenant_settings_into_tenants'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o009_create_invites_table'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o009_create_invites_table'', ''2025-12-01T00:01:46.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o009_create_invites_table'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o010_add_log_id_to_logs'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o010_add_log_id_to_logs'', ''2025-12-01T00:01:47.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o010_add_log_id_to_logs'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o011_add_location_info_to_logs'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o011_add_location_info_to_logs'', ''2025-12-01T00:01:48.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o011_add_location_info_to_logs'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o012_add_password_history'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o012_add_password_history'', ''2025-12-01T00:01:49.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o012_add_password_history'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o013_connection_display_name'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o013_connection_display_name'', ''2025-12-01T00:01:50.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o013_connection_display_name'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o014_client_connections'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o014_client_connections'', ''2025-12-01T00:01:51.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o014_client_connections'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o015_flows'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o015_flows'', ''2025-12-01T00:01:52.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o015_flows'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o016_add_is_system_column'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o016_add_is_system_column'', ''2025-12-01T00:01:53.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o016_add_is_system_column'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o017_connections_composite_key'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o017_connections_composite_key'', ''2025-12-01T00:01:54.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o017_connections_composite_key'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o018_login_session_state'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o018_login_session_state'', ''2025-12-01T00:01:55.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o018_login_session_state'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o019_roles_resource_servers_metadata'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o019_roles_resource_servers_metadata'', ''2025-12-01T00:01:56.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o019_roles_resource_servers_metadata'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o020_session_add_timestamp_columns'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o020_session_add_timestamp_columns'', ''2025-12-01T00:01:57.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o020_session_add_timestamp_columns'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o021_session_cleanup_and_ulid'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o021_session_cleanup_and_ulid'', ''2025-12-01T00:01:58.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o021_session_cleanup_and_ulid'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o022_oidc_profile_claims'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o022_oidc_profile_claims'', ''2025-12-01T00:01:59.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o022_oidc_profile_claims'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o023_preferred_username'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o023_preferred_username'', ''2025-12-01T00:02:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o023_preferred_username'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o024_user_address'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o024_user_address'', ''2025-12-01T00:02:01.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o024_user_address'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o025_authparams_max_age'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o025_authparams_max_age'', ''2025-12-01T00:02:02.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o025_authparams_max_age'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o026_auth0_conformant'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o026_auth0_conformant'', ''2025-12-01T00:02:03.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o026_auth0_conformant'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o027_universal_login_templates'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o027_universal_login_templates'', ''2025-12-01T00:02:04.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o027_universal_login_templates'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o028_custom_text'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o028_custom_text'', ''2025-12-01T00:02:05.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o028_custom_text'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o029_guardian_mfa'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o029_guardian_mfa'', ''2025-12-01T00:02:06.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o029_guardian_mfa'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o030_add_template_id_to_hooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o030_add_template_id_to_hooks'', ''2025-12-01T00:02:07.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o030_add_template_id_to_hooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o031_hooks_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o031_hooks_cleanup'', ''2025-12-01T00:02:08.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o031_hooks_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o032_unique_username_provider'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o032_unique_username_provider'', ''2025-12-01T00:02:09.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o032_unique_username_provider'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o033_add_login_id_to_refresh_tokens'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o033_add_login_id_to_refresh_tokens'', ''2025-12-01T00:02:10.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o033_add_login_id_to_refresh_tokens'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o034_refresh_tokens_replace_session_id_with_login_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o034_refresh_tokens_replace_session_id_with_login_id'', ''2025-12-01T00:02:11.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o034_refresh_tokens_replace_session_id_with_login_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o035_idle_expires_at_ts_indexes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o035_idle_expires_at_ts_indexes'', ''2025-12-01T00:02:12.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o035_idle_expires_at_ts_indexes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o036_add_connection_to_login_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o036_add_connection_to_login_sessions'', ''2025-12-01T00:02:13.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o036_add_connection_to_login_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o037_mfa_enrollments'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o037_mfa_enrollments'', ''2025-12-01T00:02:14.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o037_mfa_enrollments'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o038_add_otp_to_codes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o038_add_otp_to_codes'', ''2025-12-01T00:02:15.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o038_add_otp_to_codes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o039_rename_mfa_enrollments_to_authentication_methods'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o039_rename_mfa_enrollments_to_authentication_methods'', ''2025-12-01T00:02:16.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o039_rename_mfa_enrollments_to_authentication_methods'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o040_create_outbox_events'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o040_create_outbox_events'', ''2025-12-01T00:02:17.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o040_create_outbox_events'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o041_add_outbox_claim_columns'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o041_add_outbox_claim_columns'', ''2025-12-01T00:02:18.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o041_add_outbox_claim_columns'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o042_add_outbox_claim_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o042_add_outbox_claim_index'', ''2025-12-01T00:02:19.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o042_add_outbox_claim_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o043_add_code_hooks'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o043_add_code_hooks'', ''2025-12-01T00:02:20.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o043_add_code_hooks'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o044_create_actions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o044_create_actions'', ''2025-12-01T00:02:21.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o044_create_actions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o045_outbox_dead_letter'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o045_outbox_dead_letter'', ''2025-12-01T00:02:22.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o045_outbox_dead_letter'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o046_user_registration_completed_at'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o046_user_registration_completed_at'', ''2025-12-01T00:02:23.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o046_user_registration_completed_at'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o047_outbox_dead_lettered_tenant_index'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o047_outbox_dead_lettered_tenant_index'', ''2025-12-01T00:02:24.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o047_outbox_dead_lettered_tenant_index'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o048_add_auth_strategy_to_login_sessions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o048_add_auth_strategy_to_login_sessions'', ''2025-12-01T00:02:25.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o048_add_auth_strategy_to_login_sessions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o049_login_sessions_auth_params'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o049_login_sessions_auth_params'', ''2025-12-01T00:02:26.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o049_login_sessions_auth_params'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o050_login_sessions_auth_params_backfill'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o050_login_sessions_auth_params_backfill'', ''2025-12-01T00:02:27.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o050_login_sessions_auth_params_backfill'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o051_relax_login_sessions_authparams'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o051_relax_login_sessions_authparams'', ''2025-12-01T00:02:28.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o051_relax_login_sessions_authparams'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o052_drop_login_sessions_hoisted_authparams'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o052_drop_login_sessions_hoisted_authparams'', ''2025-12-01T00:02:29.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o052_drop_login_sessions_hoisted_authparams'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o053_refresh_tokens_revoked_at'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o053_refresh_tokens_revoked_at'', ''2025-12-01T00:02:30.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o053_refresh_tokens_revoked_at'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o054_client_registration_tokens'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o054_client_registration_tokens'', ''2025-12-01T00:02:31.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o054_client_registration_tokens'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o055_planetscale_redundant_indexes_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o055_planetscale_redundant_indexes_cleanup'', ''2025-12-01T00:02:32.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o055_planetscale_redundant_indexes_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o056_client_user_linking_mode'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o056_client_user_linking_mode'', ''2025-12-01T00:02:33.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o056_client_user_linking_mode'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o057_hooks_metadata'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o057_hooks_metadata'', ''2025-12-01T00:02:34.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o057_hooks_metadata'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o058_refresh_tokens_rotation'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o058_refresh_tokens_rotation'', ''2025-12-01T00:02:35.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o058_refresh_tokens_rotation'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o059_organization_connections'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o059_organization_connections'', ''2025-12-01T00:02:36.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o059_organization_connections'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o060_log_streams'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o060_log_streams'', ''2025-12-01T00:02:37.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o060_log_streams'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o061_tenants_attack_protection'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o061_tenants_attack_protection'', ''2025-12-01T00:02:38.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o061_tenants_attack_protection'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o062_tenants_default_client_id'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o062_tenants_default_client_id'', ''2025-12-01T00:02:39.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o062_tenants_default_client_id'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o063_email_templates'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o063_email_templates'', ''2025-12-01T00:02:40.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o063_email_templates'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o064_create_action_versions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o064_create_action_versions'', ''2025-12-01T00:02:41.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o064_create_action_versions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o065_branding_dark_mode'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o065_branding_dark_mode'', ''2025-12-01T00:02:42.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o065_branding_dark_mode'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o066_create_action_executions'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o066_create_action_executions'', ''2025-12-01T00:02:43.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o066_create_action_executions'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o067_client_disable_sign_ups'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o067_client_disable_sign_ups'', ''2025-12-01T00:02:44.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o067_client_disable_sign_ups'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o068_move_disable_signup_to_connection'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o068_move_disable_signup_to_connection'', ''2025-12-01T00:02:45.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o068_move_disable_signup_to_connection'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o069_actions_is_system_inherit'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o069_actions_is_system_inherit'', ''2025-12-01T00:02:46.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o069_actions_is_system_inherit'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o070_collapse_auth0_source_into_db_connection'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o070_collapse_auth0_source_into_db_connection'', ''2025-12-01T00:02:47.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o070_collapse_auth0_source_into_db_connection'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o071_migration_sources'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o071_migration_sources'', ''2025-12-01T00:02:48.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o071_migration_sources'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o072_proxy_routes'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o072_proxy_routes'', ''2025-12-01T00:02:49.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o072_proxy_routes'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o073_proxy_routes_v2'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o073_proxy_routes_v2'', ''2025-12-01T00:02:50.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o073_proxy_routes_v2'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o074_widen_user_permissions_resource_server_identifier'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o074_widen_user_permissions_resource_server_identifier'', ''2025-12-01T00:02:51.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o074_widen_user_permissions_resource_server_identifier'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o075_create_grants'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o075_create_grants'', ''2025-12-01T00:02:52.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o075_create_grants'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o076_default_first_party_true'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o076_default_first_party_true'', ''2025-12-01T00:02:53.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o076_default_first_party_true'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o077_tenant_deployment_fields'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o077_tenant_deployment_fields'', ''2025-12-01T00:02:54.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o077_tenant_deployment_fields'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o078_tenant_database_version'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o078_tenant_database_version'', ''2025-12-01T00:02:55.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o078_tenant_database_version'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o079_user_activity_and_user_column_cleanup'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o079_user_activity_and_user_column_cleanup'', ''2025-12-01T00:02:56.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o079_user_activity_and_user_column_cleanup'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o080_drop_user_activity_columns_from_users'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o080_drop_user_activity_columns_from_users'', ''2025-12-01T00:02:57.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o080_drop_user_activity_columns_from_users'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o081_tenant_operations'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o081_tenant_operations'', ''2025-12-01T00:02:58.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o081_tenant_operations'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o082_control_plane_comm_keys'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o082_control_plane_comm_keys'', ''2025-12-01T00:02:59.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o082_control_plane_comm_keys'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: kysely_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o083_codes_expires_at_ts'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `kysely_migration` (`name`, `timestamp`) SELECT ''o083_codes_expires_at_ts'', ''2025-12-01T00:03:00.000Z'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `kysely_migration` WHERE `name` = ''o083_codes_expires_at_ts'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 11/106 · delete the rows copied from tenants into organizations
-- locks: organizations: rows; row locks until the statement ends | tenants: read | organization_connections: rows; row locks until the statement ends | user_organizations: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `organizations` WHERE EXISTS (SELECT 1 FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY))) AND (`organizations`.`tenant_id` = ''main'' AND CAST(CONVERT(`organizations`.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)) AND `organizations`.`name` = src.`id` AND `organizations`.`id` = (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))))))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `organizations` WHERE EXISTS (SELECT 1 FROM `tenants` AS src WHERE NOT ((src.`id` = ''main'' AND CAST(CONVERT(src.`id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY))) AND (`organizations`.`tenant_id` = ''main'' AND CAST(CONVERT(`organizations`.`tenant_id` USING utf8mb4) AS BINARY) = CAST(CONVERT(''main'' USING utf8mb4) AS BINARY)) AND `organizations`.`name` = src.`id` AND `organizations`.`id` = (SELECT CONCAT(''org_'', SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 16807 + 48271) % 2147483647) * (n.i + 7920) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 16807) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 282475249 + 182605794) % 2147483647) * (n.i + 15839) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 474403) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1622650073 + 1291394886) % 2147483647) * (n.i + 23758) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 645207) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 984943658 + 1914720637) % 2147483647) * (n.i + 31677) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 940706) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1144108930 + 2078669041) % 2147483647) * (n.i + 39596) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 105498) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 470211272 + 407355683) % 2147483647) * (n.i + 47515) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 209862) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 101027544 + 1105902161) % 2147483647) * (n.i + 55434) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 27241) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1457850878 + 854716505) % 2147483647) * (n.i + 63353) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 846507) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1458777923 + 564586691) % 2147483647) * (n.i + 71272) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 773549) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 2007237709 + 1596680831) % 2147483647) * (n.i + 79191) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 231688) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 823564440 + 192302371) % 2147483647) * (n.i + 87110) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 561971) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1115438165 + 1203428207) % 2147483647) * (n.i + 95029) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 434820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1784484492 + 1250328747) % 2147483647) * (n.i + 102948) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 479140) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 74243042 + 1738531149) % 2147483647) * (n.i + 110867) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 242820) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 114807987 + 1271135913) % 2147483647) * (n.i + 118786) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 807645) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1137522503 + 1098894339) % 2147483647) * (n.i + 126705) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 519092) % 36, 1), SUBSTRING(''0123456789abcdefghijklmnopqrstuvwxyz'', 1 + (COALESCE(SUM((LOCATE(SUBSTRING(HEX(CONVERT(src.`id` USING utf8mb4)), n.i, 1), ''0123456789ABCDEF'') - 1) * (((n.i * 1441282327 + 1882556969) % 2147483647) * (n.i + 134624) % 2147483647)), 0) + CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4))) * 278004) % 36, 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= CHAR_LENGTH(HEX(CONVERT(src.`id` USING utf8mb4)))))', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 12/106 · drop index logs_user_id on logs
-- locks: logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_user_id'),
  'ALTER TABLE `logs` DROP INDEX `logs_user_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 13/106 · drop index logs_tenant_id on logs
-- locks: logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_tenant_id'),
  'ALTER TABLE `logs` DROP INDEX `logs_tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 14/106 · drop index logs_date on logs
-- locks: logs: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND INDEX_NAME = 'logs_date'),
  'ALTER TABLE `logs` DROP INDEX `logs_date`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 15/106 · drop column logs.country_name
-- locks: logs: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND COLUMN_NAME = 'country_name'),
  'ALTER TABLE `logs` DROP COLUMN `country_name`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 16/106 · drop column logs.country_code3
-- locks: logs: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'logs' AND COLUMN_NAME = 'country_code3'),
  'ALTER TABLE `logs` DROP COLUMN `country_code3`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 17/106 · drop foreign key fk_user_organizations_user on user_organizations
-- locks: user_organizations: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND CONSTRAINT_NAME = 'fk_user_organizations_user'),
  'ALTER TABLE `user_organizations` DROP FOREIGN KEY `fk_user_organizations_user`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 18/106 · drop foreign key fk_user_organizations_organization on user_organizations
-- locks: user_organizations: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | organizations: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND CONSTRAINT_NAME = 'fk_user_organizations_organization'),
  'ALTER TABLE `user_organizations` DROP FOREIGN KEY `fk_user_organizations_organization`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 19/106 · add unique user_organizations_unique on user_organizations
-- locks: only where the database differs from the plan here (else skipped): user_organizations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'user_organizations_unique') <=> 'UNIQUE tenant_id, user_id, organization_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'user_organizations_unique'),
  'ALTER TABLE `user_organizations` DROP INDEX `user_organizations_unique`, ADD CONSTRAINT `user_organizations_unique` UNIQUE (`tenant_id`, `user_id`, `organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: user_organizations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'user_organizations_unique') <=> 'UNIQUE tenant_id, user_id, organization_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'user_organizations_unique'),
  'ALTER TABLE `user_organizations` ADD CONSTRAINT `user_organizations_unique` UNIQUE (`tenant_id`, `user_id`, `organization_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 20/106 · drop index idx_user_organizations_unique on user_organizations
-- locks: user_organizations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND INDEX_NAME = 'idx_user_organizations_unique'),
  'ALTER TABLE `user_organizations` DROP INDEX `idx_user_organizations_unique`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 21/106 · change type of user_organizations.updated_at to VARCHAR(35)
-- locks: user_organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'updated_at' AND COLUMN_TYPE IN ('varchar(35)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `user_organizations` MODIFY COLUMN `updated_at` VARCHAR(35) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 22/106 · change type of user_organizations.created_at to VARCHAR(35)
-- locks: user_organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'created_at' AND COLUMN_TYPE IN ('varchar(35)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `user_organizations` MODIFY COLUMN `created_at` VARCHAR(35) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 23/106 · change type of user_organizations.organization_id to VARCHAR(21)
-- locks: user_organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'organization_id' AND COLUMN_TYPE IN ('varchar(21)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `user_organizations` MODIFY COLUMN `organization_id` VARCHAR(21) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 24/106 · change type of user_organizations.user_id to VARCHAR(191)
-- locks: user_organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'user_id' AND COLUMN_TYPE IN ('varchar(191)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `user_organizations` MODIFY COLUMN `user_id` VARCHAR(191) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 25/106 · change type of user_organizations.tenant_id to VARCHAR(191)
-- locks: user_organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'tenant_id' AND COLUMN_TYPE IN ('varchar(191)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `user_organizations` MODIFY COLUMN `tenant_id` VARCHAR(191) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 26/106 · change type of user_organizations.id to VARCHAR(21)
-- locks: user_organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'user_organizations' AND COLUMN_NAME = 'id' AND COLUMN_TYPE IN ('varchar(21)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `user_organizations` MODIFY COLUMN `id` VARCHAR(21) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 27/106 · change type of universal_login_templates.updated_at_ts to INT
-- locks: universal_login_templates: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates' AND COLUMN_NAME = 'updated_at_ts' AND COLUMN_TYPE IN ('int(11)', 'int') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `universal_login_templates` MODIFY COLUMN `updated_at_ts` INT NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 28/106 · change type of universal_login_templates.created_at_ts to INT
-- locks: universal_login_templates: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates' AND COLUMN_NAME = 'created_at_ts' AND COLUMN_TYPE IN ('int(11)', 'int') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `universal_login_templates` MODIFY COLUMN `created_at_ts` INT NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 29/106 · change type of resource_servers.scopes to VARCHAR(4096)
-- locks: resource_servers: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'resource_servers' AND COLUMN_NAME = 'scopes' AND COLUMN_TYPE IN ('varchar(4096)') AND IS_NULLABLE = 'YES' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `resource_servers` MODIFY COLUMN `scopes` VARCHAR(4096)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 30/106 · change type of organizations.updated_at to VARCHAR(35)
-- locks: organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND COLUMN_NAME = 'updated_at' AND COLUMN_TYPE IN ('varchar(35)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `organizations` MODIFY COLUMN `updated_at` VARCHAR(35) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 31/106 · change type of organizations.created_at to VARCHAR(35)
-- locks: organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND COLUMN_NAME = 'created_at' AND COLUMN_TYPE IN ('varchar(35)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `organizations` MODIFY COLUMN `created_at` VARCHAR(35) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 32/106 · change type of organizations.tenant_id to VARCHAR(191)
-- locks: organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND COLUMN_NAME = 'tenant_id' AND COLUMN_TYPE IN ('varchar(191)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `organizations` MODIFY COLUMN `tenant_id` VARCHAR(191) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 33/106 · set default of proxy_routes.handlers
-- locks: proxy_routes: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proxy_routes' AND COLUMN_NAME = 'handlers' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]''')),
  'ALTER TABLE `proxy_routes` ALTER COLUMN `handlers` SET DEFAULT (''[]'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 34/106 · set default of grants.scope
-- locks: grants: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'scope' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]''')),
  'ALTER TABLE `grants` ALTER COLUMN `scope` SET DEFAULT (''[]'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 35/106 · set clients.connections NOT NULL
-- locks: clients: INPLACE on both; rebuilds table; reads and writes go on; fails on rows holding NULL · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'connections' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')))
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'connections' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]''')),
  'ALTER TABLE `clients` MODIFY COLUMN `connections` TEXT NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 36/106 · set default of clients.connections
-- locks: clients: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND COLUMN_NAME = 'connections' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'NO' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]''')),
  'ALTER TABLE `clients` ALTER COLUMN `connections` SET DEFAULT (''[]'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 37/106 · set default of client_grants.authorization_details_types
-- locks: client_grants: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND COLUMN_NAME = 'authorization_details_types' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'YES' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]''')),
  'ALTER TABLE `client_grants` ALTER COLUMN `authorization_details_types` SET DEFAULT (''[]'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 38/106 · set default of client_grants.scope
-- locks: client_grants: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND COLUMN_NAME = 'scope' AND COLUMN_TYPE IN ('text') AND IS_NULLABLE = 'YES' AND CAST(COLUMN_DEFAULT AS BINARY) IN ('''[]''', '[]', _utf8mb4 X'5F757466386D62345C275B5D5C27', '_utf8mb4''[]''')),
  'ALTER TABLE `client_grants` ALTER COLUMN `scope` SET DEFAULT (''[]'')',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 39/106 · drop foreign key fk_users_tenants on users
-- locks: users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'fk_users_tenants'),
  'ALTER TABLE `users` DROP FOREIGN KEY `fk_users_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 40/106 · drop foreign key fk_universal_login_templates_tenants on universal_login_templates
-- locks: universal_login_templates: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates' AND CONSTRAINT_NAME = 'fk_universal_login_templates_tenants'),
  'ALTER TABLE `universal_login_templates` DROP FOREIGN KEY `fk_universal_login_templates_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 41/106 · drop foreign key fk_themes_tenants on themes
-- locks: themes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND CONSTRAINT_NAME = 'fk_themes_tenants'),
  'ALTER TABLE `themes` DROP FOREIGN KEY `fk_themes_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 42/106 · drop foreign key fk_passwords_tenants on passwords
-- locks: passwords: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND CONSTRAINT_NAME = 'fk_passwords_tenants'),
  'ALTER TABLE `passwords` DROP FOREIGN KEY `fk_passwords_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 43/106 · drop foreign key fk_migrations_tenants on migrations
-- locks: migrations: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND CONSTRAINT_NAME = 'fk_migrations_tenants'),
  'ALTER TABLE `migrations` DROP FOREIGN KEY `fk_migrations_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 44/106 · drop foreign key fk_keys_tenants on keys
-- locks: keys: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND CONSTRAINT_NAME = 'fk_keys_tenants'),
  'ALTER TABLE `keys` DROP FOREIGN KEY `fk_keys_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 45/106 · drop foreign key fk_hooks_tenants on hooks
-- locks: hooks: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND CONSTRAINT_NAME = 'fk_hooks_tenants'),
  'ALTER TABLE `hooks` DROP FOREIGN KEY `fk_hooks_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 46/106 · drop foreign key fk_grants_tenants on grants
-- locks: grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'fk_grants_tenants'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `fk_grants_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 47/106 · drop foreign key fk_custom_text_tenants on custom_text
-- locks: custom_text: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text' AND CONSTRAINT_NAME = 'fk_custom_text_tenants'),
  'ALTER TABLE `custom_text` DROP FOREIGN KEY `fk_custom_text_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 48/106 · drop foreign key fk_custom_domains_tenants on custom_domains
-- locks: custom_domains: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND CONSTRAINT_NAME = 'fk_custom_domains_tenants'),
  'ALTER TABLE `custom_domains` DROP FOREIGN KEY `fk_custom_domains_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 49/106 · drop foreign key fk_connections_tenants on connections
-- locks: connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'connections' AND CONSTRAINT_NAME = 'fk_connections_tenants'),
  'ALTER TABLE `connections` DROP FOREIGN KEY `fk_connections_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 50/106 · drop foreign key fk_codes_tenants on codes
-- locks: codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'fk_codes_tenants'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `fk_codes_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 51/106 · drop foreign key fk_clients_tenants on clients
-- locks: clients: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND CONSTRAINT_NAME = 'fk_clients_tenants'),
  'ALTER TABLE `clients` DROP FOREIGN KEY `fk_clients_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 52/106 · drop foreign key fk_client_registration_tokens_tenants on client_registration_tokens
-- locks: client_registration_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND CONSTRAINT_NAME = 'fk_client_registration_tokens_tenants'),
  'ALTER TABLE `client_registration_tokens` DROP FOREIGN KEY `fk_client_registration_tokens_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 53/106 · drop foreign key fk_client_grants_tenants on client_grants
-- locks: client_grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND CONSTRAINT_NAME = 'fk_client_grants_tenants'),
  'ALTER TABLE `client_grants` DROP FOREIGN KEY `fk_client_grants_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 54/106 · drop foreign key fk_branding_tenants on branding
-- locks: branding: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'branding' AND CONSTRAINT_NAME = 'fk_branding_tenants'),
  'ALTER TABLE `branding` DROP FOREIGN KEY `fk_branding_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 55/106 · drop foreign key fk_authentication_methods_tenants on authentication_methods
-- locks: authentication_methods: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND CONSTRAINT_NAME = 'fk_authentication_methods_tenants'),
  'ALTER TABLE `authentication_methods` DROP FOREIGN KEY `fk_authentication_methods_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 56/106 · drop foreign key organization_connections_organization_fk on organization_connections
-- locks: organization_connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | organizations: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND CONSTRAINT_NAME = 'organization_connections_organization_fk')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_user_id_constraint')
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND COLUMN_NAME = 'themeId' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `organization_connections` DROP FOREIGN KEY `organization_connections_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 57/106 · drop foreign key grants_user_id_constraint on grants
-- locks: grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_user_id_constraint')
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND COLUMN_NAME = 'themeId' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 58/106 · change type of themes.themeId to VARCHAR(255)
-- locks: themes: COPY LOCK=SHARED on MySQL 8, INSTANT on MariaDB; copies table on MySQL 8; blocks writes on MySQL 8 · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND COLUMN_NAME = 'themeId' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `themes` MODIFY COLUMN `themeId` VARCHAR(255) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 59/106 · change type of themes.tenant_id to VARCHAR(255)
-- locks: themes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND COLUMN_NAME = 'tenant_id' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `themes` MODIFY COLUMN `tenant_id` VARCHAR(255) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 60/106 · change type of organizations.id to VARCHAR(21)
-- locks: organizations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'organizations' AND COLUMN_NAME = 'id' AND COLUMN_TYPE IN ('varchar(21)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `organizations` MODIFY COLUMN `id` VARCHAR(21) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 61/106 · change type of grants.user_id to VARCHAR(255)
-- locks: grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'user_id' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `grants` MODIFY COLUMN `user_id` VARCHAR(255) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 62/106 · change type of grants.tenant_id to VARCHAR(255)
-- locks: grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'tenant_id' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `grants` MODIFY COLUMN `tenant_id` VARCHAR(255) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 63/106 · change type of grants.client_id to VARCHAR(100)
-- locks: grants: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND COLUMN_NAME = 'client_id' AND COLUMN_TYPE IN ('varchar(100)') AND IS_NULLABLE = 'NO' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `grants` MODIFY COLUMN `client_id` VARCHAR(100) NOT NULL',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 64/106 · add foreign key organization_connections_organization_fk on organization_connections
-- locks: drop foreign key organization_connections_organization_fk as it is now: only where the database differs from the plan here (else skipped): organization_connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'organization_connections' AND k.CONSTRAINT_NAME = 'organization_connections_organization_fk') <=> 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'organization_connections' AND CONSTRAINT_NAME = 'organization_connections_organization_fk'),
  'ALTER TABLE `organization_connections` DROP FOREIGN KEY `organization_connections_organization_fk`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key organization_connections_organization_fk: organization_connections: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in organizations | organizations: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'organization_connections' AND k.CONSTRAINT_NAME = 'organization_connections_organization_fk') <=> 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `organization_connections` ADD CONSTRAINT `organization_connections_organization_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 65/106 · add foreign key grants_user_id_constraint on grants
-- locks: drop foreign key grants_user_id_constraint as it is now: only where the database differs from the plan here (else skipped): grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_user_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_user_id_constraint'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_user_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key grants_user_id_constraint: grants: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in users | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_user_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `grants` ADD CONSTRAINT `grants_user_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 66/106 · add foreign key users_ibfk_1 on users
-- locks: drop foreign key users_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'users_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'users_ibfk_1'),
  'ALTER TABLE `users` DROP FOREIGN KEY `users_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key users_ibfk_1: users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'users_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `users` ADD CONSTRAINT `users_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 67/106 · add foreign key universal_login_templates_ibfk_1 on universal_login_templates
-- locks: drop foreign key universal_login_templates_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): universal_login_templates: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'universal_login_templates' AND k.CONSTRAINT_NAME = 'universal_login_templates_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'universal_login_templates' AND CONSTRAINT_NAME = 'universal_login_templates_ibfk_1'),
  'ALTER TABLE `universal_login_templates` DROP FOREIGN KEY `universal_login_templates_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key universal_login_templates_ibfk_1: universal_login_templates: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'universal_login_templates' AND k.CONSTRAINT_NAME = 'universal_login_templates_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `universal_login_templates` ADD CONSTRAINT `universal_login_templates_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 68/106 · add foreign key themes_ibfk_1 on themes
-- locks: drop foreign key themes_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): themes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'themes' AND k.CONSTRAINT_NAME = 'themes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'themes' AND CONSTRAINT_NAME = 'themes_ibfk_1'),
  'ALTER TABLE `themes` DROP FOREIGN KEY `themes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key themes_ibfk_1: themes: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'themes' AND k.CONSTRAINT_NAME = 'themes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `themes` ADD CONSTRAINT `themes_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 69/106 · drop index fk_passwords_tenants on passwords
-- locks: passwords: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'fk_passwords_tenants'),
  'ALTER TABLE `passwords` DROP INDEX `fk_passwords_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 70/106 · create index tenant_id on passwords
-- locks: only where the database differs from the plan here (else skipped): passwords: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `passwords` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: passwords: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `passwords` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 71/106 · add foreign key passwords_ibfk_1 on passwords
-- locks: drop foreign key passwords_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): passwords: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwords' AND k.CONSTRAINT_NAME = 'passwords_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'passwords' AND CONSTRAINT_NAME = 'passwords_ibfk_1'),
  'ALTER TABLE `passwords` DROP FOREIGN KEY `passwords_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key passwords_ibfk_1: passwords: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'passwords' AND k.CONSTRAINT_NAME = 'passwords_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `passwords` ADD CONSTRAINT `passwords_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 72/106 · drop index fk_migrations_tenants on migrations
-- locks: migrations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'fk_migrations_tenants'),
  'ALTER TABLE `migrations` DROP INDEX `fk_migrations_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 73/106 · create index tenant_id on migrations
-- locks: only where the database differs from the plan here (else skipped): migrations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `migrations` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: migrations: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `migrations` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 74/106 · add foreign key migrations_ibfk_1 on migrations
-- locks: drop foreign key migrations_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): migrations: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'migrations' AND k.CONSTRAINT_NAME = 'migrations_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations' AND CONSTRAINT_NAME = 'migrations_ibfk_1'),
  'ALTER TABLE `migrations` DROP FOREIGN KEY `migrations_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key migrations_ibfk_1: migrations: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'migrations' AND k.CONSTRAINT_NAME = 'migrations_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `migrations` ADD CONSTRAINT `migrations_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 75/106 · drop index fk_keys_tenants on keys
-- locks: keys: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'fk_keys_tenants'),
  'ALTER TABLE `keys` DROP INDEX `fk_keys_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 76/106 · create index tenant_id on keys
-- locks: only where the database differs from the plan here (else skipped): keys: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `keys` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keys: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `keys` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 77/106 · add foreign key keys_ibfk_1 on keys
-- locks: drop foreign key keys_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): keys: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'keys' AND k.CONSTRAINT_NAME = 'keys_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'keys' AND CONSTRAINT_NAME = 'keys_ibfk_1'),
  'ALTER TABLE `keys` DROP FOREIGN KEY `keys_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key keys_ibfk_1: keys: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'keys' AND k.CONSTRAINT_NAME = 'keys_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `keys` ADD CONSTRAINT `keys_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 78/106 · drop index fk_hooks_tenants on hooks
-- locks: hooks: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'fk_hooks_tenants'),
  'ALTER TABLE `hooks` DROP INDEX `fk_hooks_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 79/106 · create index tenant_id on hooks
-- locks: only where the database differs from the plan here (else skipped): hooks: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `hooks` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: hooks: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `hooks` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 80/106 · add foreign key hooks_ibfk_1 on hooks
-- locks: drop foreign key hooks_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): hooks: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'hooks' AND k.CONSTRAINT_NAME = 'hooks_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'hooks' AND CONSTRAINT_NAME = 'hooks_ibfk_1'),
  'ALTER TABLE `hooks` DROP FOREIGN KEY `hooks_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key hooks_ibfk_1: hooks: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'hooks' AND k.CONSTRAINT_NAME = 'hooks_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `hooks` ADD CONSTRAINT `hooks_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 81/106 · add foreign key grants_ibfk_1 on grants
-- locks: drop foreign key grants_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'grants' AND CONSTRAINT_NAME = 'grants_ibfk_1'),
  'ALTER TABLE `grants` DROP FOREIGN KEY `grants_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key grants_ibfk_1: grants: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'grants' AND k.CONSTRAINT_NAME = 'grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `grants` ADD CONSTRAINT `grants_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 82/106 · add foreign key custom_text_ibfk_1 on custom_text
-- locks: drop foreign key custom_text_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): custom_text: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_text' AND k.CONSTRAINT_NAME = 'custom_text_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_text' AND CONSTRAINT_NAME = 'custom_text_ibfk_1'),
  'ALTER TABLE `custom_text` DROP FOREIGN KEY `custom_text_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key custom_text_ibfk_1: custom_text: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_text' AND k.CONSTRAINT_NAME = 'custom_text_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `custom_text` ADD CONSTRAINT `custom_text_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 83/106 · drop index fk_custom_domains_tenants on custom_domains
-- locks: custom_domains: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'fk_custom_domains_tenants'),
  'ALTER TABLE `custom_domains` DROP INDEX `fk_custom_domains_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 84/106 · create index tenant_id on custom_domains
-- locks: only where the database differs from the plan here (else skipped): custom_domains: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `custom_domains` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: custom_domains: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `custom_domains` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 85/106 · add foreign key custom_domains_ibfk_1 on custom_domains
-- locks: drop foreign key custom_domains_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): custom_domains: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_domains' AND k.CONSTRAINT_NAME = 'custom_domains_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'custom_domains' AND CONSTRAINT_NAME = 'custom_domains_ibfk_1'),
  'ALTER TABLE `custom_domains` DROP FOREIGN KEY `custom_domains_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key custom_domains_ibfk_1: custom_domains: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'custom_domains' AND k.CONSTRAINT_NAME = 'custom_domains_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `custom_domains` ADD CONSTRAINT `custom_domains_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 86/106 · add foreign key connections_ibfk_1 on connections
-- locks: drop foreign key connections_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): connections: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'connections' AND k.CONSTRAINT_NAME = 'connections_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'connections' AND CONSTRAINT_NAME = 'connections_ibfk_1'),
  'ALTER TABLE `connections` DROP FOREIGN KEY `connections_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key connections_ibfk_1: connections: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'connections' AND k.CONSTRAINT_NAME = 'connections_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `connections` ADD CONSTRAINT `connections_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 87/106 · drop index fk_codes_tenants on codes
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'fk_codes_tenants'),
  'ALTER TABLE `codes` DROP INDEX `fk_codes_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 88/106 · create index tenant_id on codes
-- locks: only where the database differs from the plan here (else skipped): codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id'),
  'ALTER TABLE `codes` DROP INDEX `tenant_id`, ADD INDEX `tenant_id` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id') <=> 'tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'tenant_id'),
  'CREATE INDEX `tenant_id` ON `codes` (`tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 89/106 · add foreign key codes_ibfk_1 on codes
-- locks: drop foreign key codes_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'codes_ibfk_1'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `codes_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key codes_ibfk_1: codes: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `codes` ADD CONSTRAINT `codes_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 90/106 · add foreign key clients_ibfk_1 on clients
-- locks: drop foreign key clients_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): clients: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'clients' AND k.CONSTRAINT_NAME = 'clients_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'clients' AND CONSTRAINT_NAME = 'clients_ibfk_1'),
  'ALTER TABLE `clients` DROP FOREIGN KEY `clients_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key clients_ibfk_1: clients: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'clients' AND k.CONSTRAINT_NAME = 'clients_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `clients` ADD CONSTRAINT `clients_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 91/106 · add foreign key client_registration_tokens_ibfk_1 on client_registration_tokens
-- locks: drop foreign key client_registration_tokens_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): client_registration_tokens: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_registration_tokens' AND k.CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_registration_tokens' AND CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1'),
  'ALTER TABLE `client_registration_tokens` DROP FOREIGN KEY `client_registration_tokens_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key client_registration_tokens_ibfk_1: client_registration_tokens: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_registration_tokens' AND k.CONSTRAINT_NAME = 'client_registration_tokens_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `client_registration_tokens` ADD CONSTRAINT `client_registration_tokens_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 92/106 · add foreign key client_grants_ibfk_1 on client_grants
-- locks: drop foreign key client_grants_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): client_grants: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_grants' AND k.CONSTRAINT_NAME = 'client_grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'client_grants' AND CONSTRAINT_NAME = 'client_grants_ibfk_1'),
  'ALTER TABLE `client_grants` DROP FOREIGN KEY `client_grants_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key client_grants_ibfk_1: client_grants: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'client_grants' AND k.CONSTRAINT_NAME = 'client_grants_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `client_grants` ADD CONSTRAINT `client_grants_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 93/106 · add foreign key branding_ibfk_1 on branding
-- locks: drop foreign key branding_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): branding: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'branding' AND k.CONSTRAINT_NAME = 'branding_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'branding' AND CONSTRAINT_NAME = 'branding_ibfk_1'),
  'ALTER TABLE `branding` DROP FOREIGN KEY `branding_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key branding_ibfk_1: branding: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'branding' AND k.CONSTRAINT_NAME = 'branding_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `branding` ADD CONSTRAINT `branding_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 94/106 · add foreign key authentication_methods_ibfk_1 on authentication_methods
-- locks: drop foreign key authentication_methods_ibfk_1 as it is now: only where the database differs from the plan here (else skipped): authentication_methods: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'authentication_methods' AND k.CONSTRAINT_NAME = 'authentication_methods_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'authentication_methods' AND CONSTRAINT_NAME = 'authentication_methods_ibfk_1'),
  'ALTER TABLE `authentication_methods` DROP FOREIGN KEY `authentication_methods_ibfk_1`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key authentication_methods_ibfk_1: authentication_methods: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in tenants | tenants: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'authentication_methods' AND k.CONSTRAINT_NAME = 'authentication_methods_ibfk_1') <=> 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `authentication_methods` ADD CONSTRAINT `authentication_methods_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 95/106 · drop foreign key FK_codes_user_id_tenant_id_constraint on codes
-- locks: codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'FK_codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `FK_codes_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 96/106 · create index codes_user_id_tenant_id_constraint on codes
-- locks: only where the database differs from the plan here (else skipped): codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP INDEX `codes_user_id_tenant_id_constraint`, ADD INDEX `codes_user_id_tenant_id_constraint` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'codes_user_id_tenant_id_constraint'),
  'CREATE INDEX `codes_user_id_tenant_id_constraint` ON `codes` (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 97/106 · add foreign key codes_user_id_tenant_id_constraint on codes
-- locks: drop foreign key codes_user_id_tenant_id_constraint as it is now: only where the database differs from the plan here (else skipped): codes: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP FOREIGN KEY `codes_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key codes_user_id_tenant_id_constraint: codes: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in users | users: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'codes' AND k.CONSTRAINT_NAME = 'codes_user_id_tenant_id_constraint') <=> 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'),
  'ALTER TABLE `codes` ADD CONSTRAINT `codes_user_id_tenant_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 98/106 · drop index FK_codes_user_id_tenant_id_constraint on codes
-- locks: codes: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'FK_codes_user_id_tenant_id_constraint'),
  'ALTER TABLE `codes` DROP INDEX `FK_codes_user_id_tenant_id_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 99/106 · primary key of codes becomes (code_id, code_type)
-- locks: codes: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id, code_type')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `codes` DROP PRIMARY KEY, ADD PRIMARY KEY (`code_id`, `code_type`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): codes: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE code_id, code_type')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'codes' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `codes` ADD PRIMARY KEY (`code_id`, `code_type`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 100/106 · allow NULL in users.connection
-- locks: users: INPLACE on both; rebuilds table; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'connection' AND COLUMN_TYPE IN ('varchar(255)') AND IS_NULLABLE = 'YES' AND (COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL'))),
  'ALTER TABLE `users` MODIFY COLUMN `connection` VARCHAR(255)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 101/106 · primary key of users becomes (user_id, tenant_id)
-- locks: users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `users` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: only where the database differs from the plan here (else skipped): users: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'PRIMARY') <=> 'UNIQUE user_id, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'PRIMARY'),
  'ALTER TABLE `users` ADD PRIMARY KEY (`user_id`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 102/106 · add unique unique_phone_provider on users
-- locks: only where the database differs from the plan here (else skipped): users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_phone_provider') <=> 'UNIQUE phone_number, provider, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_phone_provider'),
  'ALTER TABLE `users` DROP INDEX `unique_phone_provider`, ADD CONSTRAINT `unique_phone_provider` UNIQUE (`phone_number`, `provider`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_phone_provider') <=> 'UNIQUE phone_number, provider, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'unique_phone_provider'),
  'ALTER TABLE `users` ADD CONSTRAINT `unique_phone_provider` UNIQUE (`phone_number`, `provider`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 103/106 · create index users_email_index on users
-- locks: only where the database differs from the plan here (else skipped): users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index') <=> 'email')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index'),
  'ALTER TABLE `users` DROP INDEX `users_email_index`, ADD INDEX `users_email_index` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index') <=> 'email')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_email_index'),
  'CREATE INDEX `users_email_index` ON `users` (`email`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 104/106 · create index linked_to_constraint on users
-- locks: only where the database differs from the plan here (else skipped): users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint'),
  'ALTER TABLE `users` DROP INDEX `linked_to_constraint`, ADD INDEX `linked_to_constraint` (`linked_to`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'linked_to_constraint'),
  'CREATE INDEX `linked_to_constraint` ON `users` (`linked_to`, `tenant_id`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 105/106 · add foreign key linked_to_constraint on users
-- locks: drop foreign key linked_to_constraint as it is now: only where the database differs from the plan here (else skipped): users: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT')
  AND EXISTS (SELECT 1 FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'linked_to_constraint'),
  'ALTER TABLE `users` DROP FOREIGN KEY `linked_to_constraint`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: add foreign key linked_to_constraint: users: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in users · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'users' AND k.CONSTRAINT_NAME = 'linked_to_constraint') <=> 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT'),
  'ALTER TABLE `users` ADD CONSTRAINT `linked_to_constraint` FOREIGN KEY (`linked_to`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE RESTRICT ON UPDATE RESTRICT',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 11.21 → 11.20 · 106/106 · drop index users_user_id_tenant_id on users
-- locks: users: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_user_id_tenant_id'),
  'ALTER TABLE `users` DROP INDEX `users_user_id_tenant_id`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at 11.20, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column action_executions.created_at_ts' AS k, 'bigint NOT NULL' AS def
        UNION ALL SELECT 'column action_executions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_executions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_executions.logs', 'text'
        UNION ALL SELECT 'column action_executions.results', 'text NOT NULL'
        UNION ALL SELECT 'column action_executions.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column action_executions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column action_executions.trigger_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_versions.action_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_versions.code', 'text NOT NULL'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column action_versions.dependencies', 'text'
        UNION ALL SELECT 'column action_versions.deployed', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column action_versions.deployed', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column action_versions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column action_versions.number', 'int NOT NULL'
        UNION ALL SELECT 'column action_versions.number', 'int(11) NOT NULL'
        UNION ALL SELECT 'column action_versions.runtime', 'varchar(50)'
        UNION ALL SELECT 'column action_versions.secrets', 'text'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'text'
        UNION ALL SELECT 'column action_versions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column actions.code', 'text NOT NULL'
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column actions.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column actions.dependencies', 'text'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column actions.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column actions.inherit', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.inherit', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column actions.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column actions.runtime', 'varchar(50)'
        UNION ALL SELECT 'column actions.secrets', 'text'
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT ''built'''
        UNION ALL SELECT 'column actions.status', 'varchar(50) DEFAULT built'
        UNION ALL SELECT 'column actions.supported_triggers', 'text'
        UNION ALL SELECT 'column actions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column actions.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'int(11)'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'varchar(512)'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'varchar(255)'
        UNION ALL SELECT 'column authentication_methods.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'varchar(32)'
        UNION ALL SELECT 'column authentication_methods.public_key', 'text'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'int(11)'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'varchar(255)'
        UNION ALL SELECT 'column authentication_methods.transports', 'varchar(512)'
        UNION ALL SELECT 'column authentication_methods.type', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column authentication_methods.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'int(11)'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'varchar(8)'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'varchar(8)'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'varchar(32)'
        UNION ALL SELECT 'column branding.colors_primary', 'varchar(8)'
        UNION ALL SELECT 'column branding.dark_mode', 'varchar(8)'
        UNION ALL SELECT 'column branding.favicon_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.font_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.logo_url', 'varchar(512)'
        UNION ALL SELECT 'column branding.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int DEFAULT 0'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'int(11) DEFAULT 0'
        UNION ALL SELECT 'column client_grants.audience', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT ''[]'''
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT []'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'text DEFAULT _utf8mb4''[]'''
        UNION ALL SELECT 'column client_grants.authorization_details_types', _utf8mb4 X'746578742044454641554C54205F757466386D62345C275B5D5C27'
        UNION ALL SELECT 'column client_grants.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column client_grants.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column client_grants.is_system', 'int DEFAULT 0'
        UNION ALL SELECT 'column client_grants.is_system', 'int(11) DEFAULT 0'
        UNION ALL SELECT 'column client_grants.organization_usage', 'varchar(32)'
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT ''[]'''
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT []'
        UNION ALL SELECT 'column client_grants.scope', 'text DEFAULT _utf8mb4''[]'''
        UNION ALL SELECT 'column client_grants.scope', _utf8mb4 X'746578742044454641554C54205F757466386D62345C275B5D5C27'
        UNION ALL SELECT 'column client_grants.subject_type', 'varchar(32)'
        UNION ALL SELECT 'column client_grants.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_grants.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'varchar(191)'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'text'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column client_registration_tokens.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'varchar(255)'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.type', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column clients.addons', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_clients', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'text NOT NULL'
        UNION ALL SELECT 'column clients.allowed_origins', 'text NOT NULL'
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT ''regular_web'''
        UNION ALL SELECT 'column clients.app_type', 'varchar(64) DEFAULT regular_web'
        UNION ALL SELECT 'column clients.auth0_conformant', 'int DEFAULT 1'
        UNION ALL SELECT 'column clients.auth0_conformant', 'int(11) DEFAULT 1'
        UNION ALL SELECT 'column clients.callbacks', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_aliases', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column clients.client_metadata', 'text NOT NULL'
        UNION ALL SELECT 'column clients.client_secret', 'varchar(255)'
        UNION ALL SELECT 'column clients.compliance_level', 'varchar(64)'
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column clients.connections', 'text NOT NULL DEFAULT _utf8mb4''[]'''
        UNION ALL SELECT 'column clients.connections', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27'
        UNION ALL SELECT 'column clients.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'varchar(2083)'
        UNION ALL SELECT 'column clients.custom_login_page', 'text'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'text'
        UNION ALL SELECT 'column clients.default_organization', 'text NOT NULL'
        UNION ALL SELECT 'column clients.description', 'varchar(140)'
        UNION ALL SELECT 'column clients.encryption_key', 'text NOT NULL'
        UNION ALL SELECT 'column clients.form_template', 'text'
        UNION ALL SELECT 'column clients.global', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.global', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.grant_types', 'text NOT NULL'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'varchar(2083)'
        UNION ALL SELECT 'column clients.is_first_party', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.is_first_party', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.jwt_configuration', 'text NOT NULL'
        UNION ALL SELECT 'column clients.logo_uri', 'varchar(2083)'
        UNION ALL SELECT 'column clients.mobile', 'text NOT NULL'
        UNION ALL SELECT 'column clients.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column clients.native_social_login', 'text NOT NULL'
        UNION ALL SELECT 'column clients.oidc_conformant', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.oidc_conformant', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.oidc_logout', 'text NOT NULL'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT ''no_prompt'''
        UNION ALL SELECT 'column clients.organization_require_behavior', 'varchar(32) DEFAULT no_prompt'
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT ''deny'''
        UNION ALL SELECT 'column clients.organization_usage', 'varchar(32) DEFAULT deny'
        UNION ALL SELECT 'column clients.owner_user_id', 'varchar(255)'
        UNION ALL SELECT 'column clients.par_request_expiry', 'int'
        UNION ALL SELECT 'column clients.par_request_expiry', 'int(11)'
        UNION ALL SELECT 'column clients.refresh_token', 'text NOT NULL'
        UNION ALL SELECT 'column clients.registration_metadata', 'text'
        UNION ALL SELECT 'column clients.registration_type', 'varchar(32)'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.session_transfer', 'text NOT NULL'
        UNION ALL SELECT 'column clients.signed_request_object', 'text NOT NULL'
        UNION ALL SELECT 'column clients.signing_keys', 'text NOT NULL'
        UNION ALL SELECT 'column clients.sso', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.sso', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column clients.sso_disabled', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.sso_disabled', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column clients.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT ''client_secret_basic'''
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'varchar(64) DEFAULT client_secret_basic'
        UNION ALL SELECT 'column clients.token_quota', 'text NOT NULL'
        UNION ALL SELECT 'column clients.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column clients.user_linking_mode', 'varchar(16)'
        UNION ALL SELECT 'column clients.web_origins', 'text NOT NULL'
        UNION ALL SELECT 'column codes.code_challenge', 'varchar(128)'
        UNION ALL SELECT 'column codes.code_challenge_method', 'varchar(5)'
        UNION ALL SELECT 'column codes.code_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.code_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.code_verifier', 'varchar(128)'
        UNION ALL SELECT 'column codes.connection_id', 'varchar(255)'
        UNION ALL SELECT 'column codes.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.expires_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column codes.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column codes.login_id', 'varchar(255)'
        UNION ALL SELECT 'column codes.nonce', 'varchar(1024)'
        UNION ALL SELECT 'column codes.otp', 'varchar(32)'
        UNION ALL SELECT 'column codes.redirect_uri', 'varchar(1024)'
        UNION ALL SELECT 'column codes.state', 'varchar(2048)'
        UNION ALL SELECT 'column codes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column codes.used_at', 'varchar(255)'
        UNION ALL SELECT 'column codes.user_id', 'varchar(255)'
        UNION ALL SELECT 'column connections.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.display_name', 'varchar(255)'
        UNION ALL SELECT 'column connections.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.is_domain_connection', 'int'
        UNION ALL SELECT 'column connections.is_domain_connection', 'int(11)'
        UNION ALL SELECT 'column connections.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column connections.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column connections.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column connections.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column connections.options', 'varchar(8192) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column connections.response_mode', 'varchar(255)'
        UNION ALL SELECT 'column connections.response_type', 'varchar(255)'
        UNION ALL SELECT 'column connections.show_as_button', 'int'
        UNION ALL SELECT 'column connections.show_as_button', 'int(11)'
        UNION ALL SELECT 'column connections.strategy', 'varchar(64)'
        UNION ALL SELECT 'column connections.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column connections.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'text NOT NULL'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'varchar(35)'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'varchar(50)'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column custom_domains.domain', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'varchar(2048)'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'varchar(255)'
        UNION ALL SELECT 'column custom_domains.primary', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column custom_domains.status', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'varchar(50)'
        UNION ALL SELECT 'column custom_domains.type', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column custom_domains.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column custom_domains.verification', 'varchar(2048)'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column custom_text.custom_text', 'text NOT NULL'
        UNION ALL SELECT 'column custom_text.language', 'varchar(16) NOT NULL'
        UNION ALL SELECT 'column custom_text.prompt', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column custom_text.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column email_providers.created_at', 'varchar(29) NOT NULL'
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column email_providers.credentials', 'varchar(2048) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column email_providers.default_from_address', 'varchar(255)'
        UNION ALL SELECT 'column email_providers.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column email_providers.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column email_providers.settings', 'varchar(2048) NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column email_providers.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_providers.updated_at', 'varchar(29) NOT NULL'
        UNION ALL SELECT 'column email_templates.body', 'text NOT NULL'
        UNION ALL SELECT 'column email_templates.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column email_templates.enabled', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column email_templates.enabled', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column email_templates.from', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column email_templates.result_url', 'varchar(2048)'
        UNION ALL SELECT 'column email_templates.subject', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT ''liquid'''
        UNION ALL SELECT 'column email_templates.syntax', 'varchar(16) NOT NULL DEFAULT liquid'
        UNION ALL SELECT 'column email_templates.template', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column email_templates.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column email_templates.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'int(11)'
        UNION ALL SELECT 'column flows.actions', 'text'
        UNION ALL SELECT 'column flows.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column flows.id', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column flows.name', 'varchar(150) NOT NULL'
        UNION ALL SELECT 'column flows.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column flows.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column forms.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.ending', 'varchar(255)'
        UNION ALL SELECT 'column forms.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.languages', 'varchar(255)'
        UNION ALL SELECT 'column forms.messages', 'varchar(255)'
        UNION ALL SELECT 'column forms.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.nodes', 'varchar(4096)'
        UNION ALL SELECT 'column forms.start', 'varchar(255)'
        UNION ALL SELECT 'column forms.style', 'varchar(1042)'
        UNION ALL SELECT 'column forms.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column forms.translations', 'varchar(4096)'
        UNION ALL SELECT 'column forms.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT '
        UNION ALL SELECT 'column grants.audience', 'varchar(100) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column grants.client_id', 'varchar(100) NOT NULL'
        UNION ALL SELECT 'column grants.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column grants.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column grants.scope', 'text NOT NULL DEFAULT _utf8mb4''[]'''
        UNION ALL SELECT 'column grants.scope', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27'
        UNION ALL SELECT 'column grants.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column grants.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column grants.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hook_code.code', 'text NOT NULL'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column hook_code.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column hook_code.secrets', 'text'
        UNION ALL SELECT 'column hook_code.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint NOT NULL'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'bigint(20) NOT NULL'
        UNION ALL SELECT 'column hooks.code_id', 'varchar(21)'
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint'
        UNION ALL SELECT 'column hooks.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column hooks.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column hooks.form_id', 'varchar(128)'
        UNION ALL SELECT 'column hooks.hook_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column hooks.metadata', 'text'
        UNION ALL SELECT 'column hooks.priority', 'int'
        UNION ALL SELECT 'column hooks.priority', 'int(11)'
        UNION ALL SELECT 'column hooks.synchronous', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column hooks.template_id', 'varchar(64)'
        UNION ALL SELECT 'column hooks.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hooks.trigger_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column hooks.url', 'varchar(512)'
        UNION ALL SELECT 'column invites.app_metadata', 'text'
        UNION ALL SELECT 'column invites.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column invites.connection_id', 'varchar(21)'
        UNION ALL SELECT 'column invites.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column invites.expires_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column invites.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column invites.invitation_url', 'text NOT NULL'
        UNION ALL SELECT 'column invites.invitee', 'text NOT NULL'
        UNION ALL SELECT 'column invites.inviter', 'text NOT NULL'
        UNION ALL SELECT 'column invites.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column invites.roles', 'text'
        UNION ALL SELECT 'column invites.send_invitation_email', 'int'
        UNION ALL SELECT 'column invites.send_invitation_email', 'int(11)'
        UNION ALL SELECT 'column invites.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column invites.ticket_id', 'varchar(191)'
        UNION ALL SELECT 'column invites.ttl_sec', 'int'
        UNION ALL SELECT 'column invites.ttl_sec', 'int(11)'
        UNION ALL SELECT 'column invites.user_metadata', 'text'
        UNION ALL SELECT 'column keys.cert', 'varchar(4096)'
        UNION ALL SELECT 'column keys.connection', 'varchar(255)'
        UNION ALL SELECT 'column keys.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column keys.current_since', 'varchar(256)'
        UNION ALL SELECT 'column keys.current_until', 'varchar(256)'
        UNION ALL SELECT 'column keys.fingerprint', 'varchar(256)'
        UNION ALL SELECT 'column keys.kid', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column keys.pkcs7', 'varchar(4096)'
        UNION ALL SELECT 'column keys.revoked_at', 'varchar(255)'
        UNION ALL SELECT 'column keys.tenant_id', 'varchar(255)'
        UNION ALL SELECT 'column keys.thumbprint', 'varchar(256)'
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT ''jwt_signing'''
        UNION ALL SELECT 'column keys.type', 'varchar(50) NOT NULL DEFAULT jwt_signing'
        UNION ALL SELECT 'column kysely_migration.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column log_streams.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column log_streams.filters', 'text'
        UNION ALL SELECT 'column log_streams.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column log_streams.is_priority', 'tinyint(1)'
        UNION ALL SELECT 'column log_streams.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column log_streams.sink', 'text NOT NULL'
        UNION ALL SELECT 'column log_streams.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column log_streams.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column log_streams.type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column log_streams.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.auth_params', 'text'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'varchar(64)'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'varchar(64)'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'varchar(35)'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'text'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'varchar(26)'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'text'
        UNION ALL SELECT 'column login_sessions.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column login_sessions.ip', 'varchar(39)'
        UNION ALL SELECT 'column login_sessions.session_id', 'varchar(26)'
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT ''pending'''
        UNION ALL SELECT 'column login_sessions.state', 'varchar(50) DEFAULT pending'
        UNION ALL SELECT 'column login_sessions.state_data', 'text'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column login_sessions.user_id', 'varchar(255)'
        UNION ALL SELECT 'column login_sessions.useragent', 'text'
        UNION ALL SELECT 'column logs.audience', 'varchar(255)'
        UNION ALL SELECT 'column logs.auth0_client', 'varchar(8192)'
        UNION ALL SELECT 'column logs.category', 'varchar(255)'
        UNION ALL SELECT 'column logs.city_name', 'varchar(255)'
        UNION ALL SELECT 'column logs.client_id', 'varchar(255)'
        UNION ALL SELECT 'column logs.client_name', 'varchar(255)'
        UNION ALL SELECT 'column logs.connection', 'varchar(255)'
        UNION ALL SELECT 'column logs.connection_id', 'varchar(255)'
        UNION ALL SELECT 'column logs.continent_code', 'varchar(2)'
        UNION ALL SELECT 'column logs.country_code', 'varchar(2)'
        UNION ALL SELECT 'column logs.date', 'varchar(25) NOT NULL'
        UNION ALL SELECT 'column logs.description', 'varchar(255)'
        UNION ALL SELECT 'column logs.details', 'varchar(2048)'
        UNION ALL SELECT 'column logs.hostname', 'varchar(255)'
        UNION ALL SELECT 'column logs.ip', 'varchar(255)'
        UNION ALL SELECT 'column logs.isMobile', 'int'
        UNION ALL SELECT 'column logs.isMobile', 'int(11)'
        UNION ALL SELECT 'column logs.latitude', 'varchar(255)'
        UNION ALL SELECT 'column logs.log_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column logs.longitude', 'varchar(255)'
        UNION ALL SELECT 'column logs.scope', 'varchar(255)'
        UNION ALL SELECT 'column logs.session_connection', 'varchar(255)'
        UNION ALL SELECT 'column logs.strategy', 'varchar(255)'
        UNION ALL SELECT 'column logs.strategy_type', 'varchar(255)'
        UNION ALL SELECT 'column logs.tenant_id', 'varchar(64)'
        UNION ALL SELECT 'column logs.time_zone', 'varchar(255)'
        UNION ALL SELECT 'column logs.type', 'varchar(8) NOT NULL'
        UNION ALL SELECT 'column logs.user_agent', 'varchar(255)'
        UNION ALL SELECT 'column logs.user_id', 'varchar(64)'
        UNION ALL SELECT 'column logs.user_name', 'varchar(255)'
        UNION ALL SELECT 'column migration_sources.connection', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migration_sources.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column migration_sources.credentials', 'text NOT NULL'
        UNION ALL SELECT 'column migration_sources.enabled', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column migration_sources.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column migration_sources.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migration_sources.provider', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column migration_sources.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column migrations.client_id', 'varchar(255)'
        UNION ALL SELECT 'column migrations.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.domain', 'varchar(255)'
        UNION ALL SELECT 'column migrations.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.origin', 'varchar(255)'
        UNION ALL SELECT 'column migrations.provider', 'varchar(255)'
        UNION ALL SELECT 'column migrations.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column migrations.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column organization_connections.connection_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organization_connections.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column organization_connections.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organization_connections.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organizations.branding', 'text'
        UNION ALL SELECT 'column organizations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column organizations.display_name', 'varchar(256)'
        UNION ALL SELECT 'column organizations.enabled_connections', 'text'
        UNION ALL SELECT 'column organizations.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column organizations.metadata', 'text'
        UNION ALL SELECT 'column organizations.name', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column organizations.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column organizations.token_quota', 'text'
        UNION ALL SELECT 'column organizations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'varchar(64)'
        UNION ALL SELECT 'column outbox_events.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.error', 'text'
        UNION ALL SELECT 'column outbox_events.event_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column outbox_events.final_error', 'text'
        UNION ALL SELECT 'column outbox_events.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column outbox_events.log_type', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.payload', 'text NOT NULL'
        UNION ALL SELECT 'column outbox_events.processed_at', 'varchar(35)'
        UNION ALL SELECT 'column outbox_events.retry_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column outbox_events.retry_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT ''bcrypt'''
        UNION ALL SELECT 'column passwords.algorithm', 'varchar(255) NOT NULL DEFAULT bcrypt'
        UNION ALL SELECT 'column passwords.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column passwords.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column passwords.is_current', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column passwords.is_current', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column passwords.password', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column passwords.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column passwords.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column passwords.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'tinyint(1) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column prompt_settings.password_first', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT ''new'''
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'varchar(16) NOT NULL DEFAULT new'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'tinyint(1) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column proxy_routes.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT ''[]'''
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT []'
        UNION ALL SELECT 'column proxy_routes.handlers', 'text NOT NULL DEFAULT _utf8mb4''[]'''
        UNION ALL SELECT 'column proxy_routes.handlers', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C275B5D5C27'
        UNION ALL SELECT 'column proxy_routes.id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT ''{"path":"/*"}'''
        UNION ALL SELECT 'column proxy_routes.match', 'varchar(2048) NOT NULL DEFAULT {"path":"/*"}'
        UNION ALL SELECT 'column proxy_routes.priority', 'int NOT NULL DEFAULT 100'
        UNION ALL SELECT 'column proxy_routes.priority', 'int(11) NOT NULL DEFAULT 100'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.device', 'text NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'varchar(26)'
        UNION ALL SELECT 'column refresh_tokens.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'text NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'varchar(26)'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'varchar(64)'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'varchar(16)'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'varchar(255)'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'int(11)'
        UNION ALL SELECT 'column resource_servers.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column resource_servers.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column resource_servers.identifier', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column resource_servers.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column resource_servers.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column resource_servers.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column resource_servers.options', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.scopes', 'varchar(4096)'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'varchar(64)'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'varchar(2048)'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'int(11)'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'int(11)'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'int(11)'
        UNION ALL SELECT 'column resource_servers.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column resource_servers.verification_key', 'varchar(4096)'
        UNION ALL SELECT 'column role_permissions.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column role_permissions.permission_name', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column role_permissions.role_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column roles.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column roles.description', 'varchar(255)'
        UNION ALL SELECT 'column roles.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column roles.is_system', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column roles.is_system', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column roles.metadata', 'varchar(4096)'
        UNION ALL SELECT 'column roles.name', 'varchar(50) NOT NULL'
        UNION ALL SELECT 'column roles.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column roles.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'text'
        UNION ALL SELECT 'column rollouts.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.filter', 'text'
        UNION ALL SELECT 'column rollouts.finished_at', 'varchar(35)'
        UNION ALL SELECT 'column rollouts.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column rollouts.initiated_by', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.kind', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column rollouts.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column rollouts.target_database_version', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'varchar(255)'
        UNION ALL SELECT 'column rollouts.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column rollouts.wave_size', 'int NOT NULL DEFAULT 10'
        UNION ALL SELECT 'column rollouts.wave_size', 'int(11) NOT NULL DEFAULT 10'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.clients', 'text NOT NULL'
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.created_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.device', 'text NOT NULL'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.id', 'varchar(26) NOT NULL'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.login_session_id', 'varchar(26)'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint'
        UNION ALL SELECT 'column sessions.used_at_ts', 'bigint(20)'
        UNION ALL SELECT 'column sessions.user_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'int(11) NOT NULL DEFAULT 1'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'text'
        UNION ALL SELECT 'column tenant_operation_events.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operation_events.step', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.current_step', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.engine', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'varchar(100)'
        UNION ALL SELECT 'column tenant_operations.error', 'text'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'varchar(35)'
        UNION ALL SELECT 'column tenant_operations.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.kind', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.status', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'varchar(255)'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'text'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'int(11)'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'text'
        UNION ALL SELECT 'column tenants.attack_protection', 'text'
        UNION ALL SELECT 'column tenants.audience', 'varchar(255)'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'int(11)'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'varchar(64)'
        UNION ALL SELECT 'column tenants.change_password', 'text'
        UNION ALL SELECT 'column tenants.created_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'int(11)'
        UNION ALL SELECT 'column tenants.d1_database_id', 'varchar(64)'
        UNION ALL SELECT 'column tenants.database_version', 'varchar(64)'
        UNION ALL SELECT 'column tenants.default_audience', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_client_id', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_directory', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_organization', 'varchar(255)'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'text'
        UNION ALL SELECT 'column tenants.default_token_quota', 'text'
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT ''shared'''
        UNION ALL SELECT 'column tenants.deployment_type', 'varchar(16) NOT NULL DEFAULT shared'
        UNION ALL SELECT 'column tenants.device_flow', 'text'
        UNION ALL SELECT 'column tenants.enabled_locales', 'text'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.error_page', 'text'
        UNION ALL SELECT 'column tenants.flags', 'text'
        UNION ALL SELECT 'column tenants.friendly_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'text'
        UNION ALL SELECT 'column tenants.id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'varchar(50)'
        UNION ALL SELECT 'column tenants.mfa', 'text'
        UNION ALL SELECT 'column tenants.mtls', 'text'
        UNION ALL SELECT 'column tenants.oidc_logout', 'text'
        UNION ALL SELECT 'column tenants.picture_url', 'text'
        UNION ALL SELECT 'column tenants.provisioning_error', 'varchar(2048)'
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ''ready'''
        UNION ALL SELECT 'column tenants.provisioning_state', 'varchar(16) NOT NULL DEFAULT ready'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'varchar(35)'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'int(11)'
        UNION ALL SELECT 'column tenants.sandbox_version', 'varchar(50)'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'text'
        UNION ALL SELECT 'column tenants.sender_email', 'varchar(255)'
        UNION ALL SELECT 'column tenants.sender_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.session_cookie', 'text'
        UNION ALL SELECT 'column tenants.session_lifetime', 'int'
        UNION ALL SELECT 'column tenants.session_lifetime', 'int(11)'
        UNION ALL SELECT 'column tenants.sessions', 'text'
        UNION ALL SELECT 'column tenants.storage_kind', 'varchar(32)'
        UNION ALL SELECT 'column tenants.support_email', 'varchar(255)'
        UNION ALL SELECT 'column tenants.support_url', 'varchar(255)'
        UNION ALL SELECT 'column tenants.updated_at', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column tenants.worker_script_name', 'varchar(255)'
        UNION ALL SELECT 'column tenants.worker_version', 'varchar(64)'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int NOT NULL'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_body_text', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_error', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_header', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_icons', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_background', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_primary_button', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_success', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_widget_background', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.colors_widget_border', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column themes.displayName', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_font_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_links_style', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_size', 'int NOT NULL'
        UNION ALL SELECT 'column themes.fonts_title_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_background_color', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.themeId', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_height', 'int NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_height', 'int(11) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_position', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column themes.widget_logo_url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'varchar(24) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.body', 'text NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'int(11) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int NOT NULL'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'int(11) NOT NULL'
        UNION ALL SELECT 'column user_activity.failed_logins', 'text'
        UNION ALL SELECT 'column user_activity.last_ip', 'varchar(45)'
        UNION ALL SELECT 'column user_activity.last_login', 'varchar(35)'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'varchar(35)'
        UNION ALL SELECT 'column user_activity.login_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column user_activity.login_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column user_activity.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_activity.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column user_organizations.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_organizations.id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_organizations.organization_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_organizations.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_organizations.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT '
        UNION ALL SELECT 'column user_permissions.organization_id', 'varchar(21) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column user_permissions.permission_name', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'varchar(100) NOT NULL'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_permissions.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_roles.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT '
        UNION ALL SELECT 'column user_roles.organization_id', 'varchar(191) NOT NULL DEFAULT '''''
        UNION ALL SELECT 'column user_roles.role_id', 'varchar(21) NOT NULL'
        UNION ALL SELECT 'column user_roles.tenant_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column user_roles.user_id', 'varchar(191) NOT NULL'
        UNION ALL SELECT 'column users.address', 'text'
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT ''{}'''
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT _utf8mb4''{}'''
        UNION ALL SELECT 'column users.app_metadata', _utf8mb4 X'74657874204E4F54204E554C4C2044454641554C54205F757466386D62345C277B7D5C27'
        UNION ALL SELECT 'column users.app_metadata', 'text NOT NULL DEFAULT {}'
        UNION ALL SELECT 'column users.birthdate', 'varchar(10)'
        UNION ALL SELECT 'column users.connection', 'varchar(255)'
        UNION ALL SELECT 'column users.created_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column users.email', 'varchar(255)'
        UNION ALL SELECT 'column users.email_verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column users.family_name', 'varchar(255)'
        UNION ALL SELECT 'column users.gender', 'varchar(50)'
        UNION ALL SELECT 'column users.given_name', 'varchar(255)'
        UNION ALL SELECT 'column users.is_social', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column users.linked_to', 'varchar(255)'
        UNION ALL SELECT 'column users.locale', 'varchar(64)'
        UNION ALL SELECT 'column users.middle_name', 'varchar(100)'
        UNION ALL SELECT 'column users.name', 'varchar(255)'
        UNION ALL SELECT 'column users.nickname', 'varchar(255)'
        UNION ALL SELECT 'column users.phone_number', 'varchar(17)'
        UNION ALL SELECT 'column users.phone_verified', 'tinyint(1)'
        UNION ALL SELECT 'column users.picture', 'text'
        UNION ALL SELECT 'column users.preferred_username', 'varchar(255)'
        UNION ALL SELECT 'column users.profile', 'text'
        UNION ALL SELECT 'column users.profileData', 'text'
        UNION ALL SELECT 'column users.provider', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.registration_completed_at', 'varchar(35)'
        UNION ALL SELECT 'column users.tenant_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.updated_at', 'varchar(35) NOT NULL'
        UNION ALL SELECT 'column users.user_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column users.user_metadata', 'text'
        UNION ALL SELECT 'column users.username', 'varchar(128)'
        UNION ALL SELECT 'column users.website', 'text'
        UNION ALL SELECT 'column users.zoneinfo', 'varchar(100)'
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'tenant_id, session_id -> sessions (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'tenant_id, connection_id -> connections (tenant_id, id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'organization_id -> organizations (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id -> clients (tenant_id, client_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'operation_id -> tenant_operations (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'user_id, tenant_id -> users (user_id, tenant_id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'linked_to, tenant_id -> users (user_id, tenant_id) ON DELETE RESTRICT ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'tenant_id -> tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index action_executions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'tenant_id, id'
        UNION ALL SELECT 'index action_versions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'tenant_id, action_id'
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'UNIQUE tenant_id, action_id, number'
        UNION ALL SELECT 'index actions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'tenant_id'
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'credential_id'
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index branding.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index client_grants.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'audience'
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'UNIQUE tenant_id, client_id, audience'
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'tenant_id, client_id'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'UNIQUE tenant_id, token_hash'
        UNION ALL SELECT 'index clients.PRIMARY', 'UNIQUE tenant_id, client_id'
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'tenant_id, owner_user_id'
        UNION ALL SELECT 'index codes.PRIMARY', 'UNIQUE code_id, code_type'
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index codes.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index connections.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'UNIQUE kid'
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'tenant_id, created_at'
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'UNIQUE custom_domain_id'
        UNION ALL SELECT 'index custom_domains.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index custom_text.PRIMARY', 'UNIQUE tenant_id, prompt, language'
        UNION ALL SELECT 'index email_providers.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index email_templates.PRIMARY', 'UNIQUE tenant_id, template'
        UNION ALL SELECT 'index flows.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index forms.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index grants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'UNIQUE tenant_id, user_id, client_id, audience'
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index hook_code.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'tenant_id'
        UNION ALL SELECT 'index hooks.PRIMARY', 'UNIQUE hook_id'
        UNION ALL SELECT 'index hooks.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index invites.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'expires_at'
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'organization_id'
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'tenant_id, created_at'
        UNION ALL SELECT 'index keys.PRIMARY', 'UNIQUE kid'
        UNION ALL SELECT 'index keys.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'UNIQUE name'
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index log_streams.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'tenant_id'
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'id'
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'tenant_id, session_id'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'state'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'state'
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'tenant_id, user_id'
        UNION ALL SELECT 'index logs.PRIMARY', 'UNIQUE log_id'
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'tenant_id'
        UNION ALL SELECT 'index migrations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index migrations.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'tenant_id, connection_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'tenant_id, organization_id'
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'organization_id'
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'UNIQUE tenant_id, organization_id, connection_id'
        UNION ALL SELECT 'index organizations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'UNIQUE tenant_id, name'
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'processed_at, claim_expires_at, next_retry_at, created_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'tenant_id, dead_lettered_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'tenant_id, event_type, created_at'
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'processed_at, created_at'
        UNION ALL SELECT 'index passwords.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index passwords.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'custom_domain_id'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'tenant_id'
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'tenant_id, family_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'idle_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'login_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'tenant_id, token_lookup'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'tenant_id, user_id'
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'tenant_id, client_id'
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'UNIQUE tenant_id, identifier'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'UNIQUE tenant_id, role_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index roles.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'UNIQUE tenant_id, name'
        UNION ALL SELECT 'index rollouts.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index sessions.PRIMARY', 'UNIQUE tenant_id, id'
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'idle_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'tenant_id, user_id'
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'user_id, tenant_id'
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'operation_id, created_at'
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'rollout_id'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'status'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'tenant_id, created_at'
        UNION ALL SELECT 'index tenants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index themes.PRIMARY', 'UNIQUE tenant_id, themeId'
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'UNIQUE tenant_id'
        UNION ALL SELECT 'index user_activity.PRIMARY', 'UNIQUE tenant_id, user_id'
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'user_id, tenant_id'
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'organization_id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'user_id'
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'UNIQUE tenant_id, user_id, organization_id'
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'UNIQUE tenant_id, user_id, resource_server_identifier, permission_name, organization_id'
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'organization_id'
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'tenant_id, resource_server_identifier, permission_name'
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'tenant_id, user_id'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'UNIQUE tenant_id, user_id, role_id, organization_id'
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'organization_id'
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'tenant_id, role_id'
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'tenant_id, user_id'
        UNION ALL SELECT 'index users.PRIMARY', 'UNIQUE user_id, tenant_id'
        UNION ALL SELECT 'index users.linked_to_constraint', 'linked_to, tenant_id'
        UNION ALL SELECT 'index users.unique_email_provider', 'UNIQUE email, provider, tenant_id'
        UNION ALL SELECT 'index users.unique_phone_provider', 'UNIQUE phone_number, provider, tenant_id'
        UNION ALL SELECT 'index users.unique_username_provider', 'UNIQUE username, provider, tenant_id'
        UNION ALL SELECT 'index users.users_email_index', 'email'
        UNION ALL SELECT 'index users.users_linked_to_index', 'linked_to'
        UNION ALL SELECT 'index users.users_name_index', 'name'
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'tenant_id, phone_number, provider'
        UNION ALL SELECT 'table action_executions', 'present'
        UNION ALL SELECT 'table action_versions', 'present'
        UNION ALL SELECT 'table actions', 'present'
        UNION ALL SELECT 'table authentication_methods', 'present'
        UNION ALL SELECT 'table branding', 'present'
        UNION ALL SELECT 'table client_grants', 'present'
        UNION ALL SELECT 'table client_registration_tokens', 'present'
        UNION ALL SELECT 'table clients', 'present'
        UNION ALL SELECT 'table codes', 'present'
        UNION ALL SELECT 'table connections', 'present'
        UNION ALL SELECT 'table control_plane_comm_keys', 'present'
        UNION ALL SELECT 'table custom_domains', 'present'
        UNION ALL SELECT 'table custom_text', 'present'
        UNION ALL SELECT 'table email_providers', 'present'
        UNION ALL SELECT 'table email_templates', 'present'
        UNION ALL SELECT 'table flows', 'present'
        UNION ALL SELECT 'table forms', 'present'
        UNION ALL SELECT 'table grants', 'present'
        UNION ALL SELECT 'table hook_code', 'present'
        UNION ALL SELECT 'table hooks', 'present'
        UNION ALL SELECT 'table invites', 'present'
        UNION ALL SELECT 'table keys', 'present'
        UNION ALL SELECT 'table kysely_migration', 'present'
        UNION ALL SELECT 'table kysely_migration_lock', 'present'
        UNION ALL SELECT 'table log_streams', 'present'
        UNION ALL SELECT 'table login_sessions', 'present'
        UNION ALL SELECT 'table logs', 'present'
        UNION ALL SELECT 'table migration_sources', 'present'
        UNION ALL SELECT 'table migrations', 'present'
        UNION ALL SELECT 'table organization_connections', 'present'
        UNION ALL SELECT 'table organizations', 'present'
        UNION ALL SELECT 'table outbox_events', 'present'
        UNION ALL SELECT 'table passwords', 'present'
        UNION ALL SELECT 'table prompt_settings', 'present'
        UNION ALL SELECT 'table proxy_routes', 'present'
        UNION ALL SELECT 'table refresh_tokens', 'present'
        UNION ALL SELECT 'table resource_servers', 'present'
        UNION ALL SELECT 'table role_permissions', 'present'
        UNION ALL SELECT 'table roles', 'present'
        UNION ALL SELECT 'table rollouts', 'present'
        UNION ALL SELECT 'table sessions', 'present'
        UNION ALL SELECT 'table tenant_operation_events', 'present'
        UNION ALL SELECT 'table tenant_operations', 'present'
        UNION ALL SELECT 'table tenants', 'present'
        UNION ALL SELECT 'table themes', 'present'
        UNION ALL SELECT 'table universal_login_templates', 'present'
        UNION ALL SELECT 'table user_activity', 'present'
        UNION ALL SELECT 'table user_organizations', 'present'
        UNION ALL SELECT 'table user_permissions', 'present'
        UNION ALL SELECT 'table user_roles', 'present'
        UNION ALL SELECT 'table users', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column action_executions.created_at_ts' AS k, 'table action_executions has no column created_at_ts' AS m
        UNION ALL SELECT 'column action_executions.id', 'table action_executions has no column id'
        UNION ALL SELECT 'column action_executions.logs', 'table action_executions has no column logs'
        UNION ALL SELECT 'column action_executions.results', 'table action_executions has no column results'
        UNION ALL SELECT 'column action_executions.status', 'table action_executions has no column status'
        UNION ALL SELECT 'column action_executions.tenant_id', 'table action_executions has no column tenant_id'
        UNION ALL SELECT 'column action_executions.trigger_id', 'table action_executions has no column trigger_id'
        UNION ALL SELECT 'column action_executions.updated_at_ts', 'table action_executions has no column updated_at_ts'
        UNION ALL SELECT 'column action_versions.action_id', 'table action_versions has no column action_id'
        UNION ALL SELECT 'column action_versions.code', 'table action_versions has no column code'
        UNION ALL SELECT 'column action_versions.created_at_ts', 'table action_versions has no column created_at_ts'
        UNION ALL SELECT 'column action_versions.dependencies', 'table action_versions has no column dependencies'
        UNION ALL SELECT 'column action_versions.deployed', 'table action_versions has no column deployed'
        UNION ALL SELECT 'column action_versions.id', 'table action_versions has no column id'
        UNION ALL SELECT 'column action_versions.number', 'table action_versions has no column number'
        UNION ALL SELECT 'column action_versions.runtime', 'table action_versions has no column runtime'
        UNION ALL SELECT 'column action_versions.secrets', 'table action_versions has no column secrets'
        UNION ALL SELECT 'column action_versions.supported_triggers', 'table action_versions has no column supported_triggers'
        UNION ALL SELECT 'column action_versions.tenant_id', 'table action_versions has no column tenant_id'
        UNION ALL SELECT 'column action_versions.updated_at_ts', 'table action_versions has no column updated_at_ts'
        UNION ALL SELECT 'column actions.code', 'table actions has no column code'
        UNION ALL SELECT 'column actions.created_at_ts', 'table actions has no column created_at_ts'
        UNION ALL SELECT 'column actions.dependencies', 'table actions has no column dependencies'
        UNION ALL SELECT 'column actions.deployed_at_ts', 'table actions has no column deployed_at_ts'
        UNION ALL SELECT 'column actions.id', 'table actions has no column id'
        UNION ALL SELECT 'column actions.inherit', 'table actions has no column inherit'
        UNION ALL SELECT 'column actions.is_system', 'table actions has no column is_system'
        UNION ALL SELECT 'column actions.name', 'table actions has no column name'
        UNION ALL SELECT 'column actions.runtime', 'table actions has no column runtime'
        UNION ALL SELECT 'column actions.secrets', 'table actions has no column secrets'
        UNION ALL SELECT 'column actions.status', 'table actions has no column status'
        UNION ALL SELECT 'column actions.supported_triggers', 'table actions has no column supported_triggers'
        UNION ALL SELECT 'column actions.tenant_id', 'table actions has no column tenant_id'
        UNION ALL SELECT 'column actions.updated_at_ts', 'table actions has no column updated_at_ts'
        UNION ALL SELECT 'column authentication_methods.confirmed', 'table authentication_methods has no column confirmed'
        UNION ALL SELECT 'column authentication_methods.created_at_ts', 'table authentication_methods has no column created_at_ts'
        UNION ALL SELECT 'column authentication_methods.credential_backed_up', 'table authentication_methods has no column credential_backed_up'
        UNION ALL SELECT 'column authentication_methods.credential_id', 'table authentication_methods has no column credential_id'
        UNION ALL SELECT 'column authentication_methods.friendly_name', 'table authentication_methods has no column friendly_name'
        UNION ALL SELECT 'column authentication_methods.id', 'table authentication_methods has no column id'
        UNION ALL SELECT 'column authentication_methods.phone_number', 'table authentication_methods has no column phone_number'
        UNION ALL SELECT 'column authentication_methods.public_key', 'table authentication_methods has no column public_key'
        UNION ALL SELECT 'column authentication_methods.sign_count', 'table authentication_methods has no column sign_count'
        UNION ALL SELECT 'column authentication_methods.tenant_id', 'table authentication_methods has no column tenant_id'
        UNION ALL SELECT 'column authentication_methods.totp_secret', 'table authentication_methods has no column totp_secret'
        UNION ALL SELECT 'column authentication_methods.transports', 'table authentication_methods has no column transports'
        UNION ALL SELECT 'column authentication_methods.type', 'table authentication_methods has no column type'
        UNION ALL SELECT 'column authentication_methods.updated_at_ts', 'table authentication_methods has no column updated_at_ts'
        UNION ALL SELECT 'column authentication_methods.user_id', 'table authentication_methods has no column user_id'
        UNION ALL SELECT 'column branding.colors_page_background_angle_dev', 'table branding has no column colors_page_background_angle_dev'
        UNION ALL SELECT 'column branding.colors_page_background_end', 'table branding has no column colors_page_background_end'
        UNION ALL SELECT 'column branding.colors_page_background_start', 'table branding has no column colors_page_background_start'
        UNION ALL SELECT 'column branding.colors_page_background_type', 'table branding has no column colors_page_background_type'
        UNION ALL SELECT 'column branding.colors_primary', 'table branding has no column colors_primary'
        UNION ALL SELECT 'column branding.dark_mode', 'table branding has no column dark_mode'
        UNION ALL SELECT 'column branding.favicon_url', 'table branding has no column favicon_url'
        UNION ALL SELECT 'column branding.font_url', 'table branding has no column font_url'
        UNION ALL SELECT 'column branding.logo_url', 'table branding has no column logo_url'
        UNION ALL SELECT 'column branding.tenant_id', 'table branding has no column tenant_id'
        UNION ALL SELECT 'column client_grants.allow_any_organization', 'table client_grants has no column allow_any_organization'
        UNION ALL SELECT 'column client_grants.audience', 'table client_grants has no column audience'
        UNION ALL SELECT 'column client_grants.authorization_details_types', 'table client_grants has no column authorization_details_types'
        UNION ALL SELECT 'column client_grants.client_id', 'table client_grants has no column client_id'
        UNION ALL SELECT 'column client_grants.created_at', 'table client_grants has no column created_at'
        UNION ALL SELECT 'column client_grants.id', 'table client_grants has no column id'
        UNION ALL SELECT 'column client_grants.is_system', 'table client_grants has no column is_system'
        UNION ALL SELECT 'column client_grants.organization_usage', 'table client_grants has no column organization_usage'
        UNION ALL SELECT 'column client_grants.scope', 'table client_grants has no column scope'
        UNION ALL SELECT 'column client_grants.subject_type', 'table client_grants has no column subject_type'
        UNION ALL SELECT 'column client_grants.tenant_id', 'table client_grants has no column tenant_id'
        UNION ALL SELECT 'column client_grants.updated_at', 'table client_grants has no column updated_at'
        UNION ALL SELECT 'column client_registration_tokens.client_id', 'table client_registration_tokens has no column client_id'
        UNION ALL SELECT 'column client_registration_tokens.constraints', 'table client_registration_tokens has no column constraints'
        UNION ALL SELECT 'column client_registration_tokens.created_at_ts', 'table client_registration_tokens has no column created_at_ts'
        UNION ALL SELECT 'column client_registration_tokens.expires_at_ts', 'table client_registration_tokens has no column expires_at_ts'
        UNION ALL SELECT 'column client_registration_tokens.id', 'table client_registration_tokens has no column id'
        UNION ALL SELECT 'column client_registration_tokens.revoked_at_ts', 'table client_registration_tokens has no column revoked_at_ts'
        UNION ALL SELECT 'column client_registration_tokens.single_use', 'table client_registration_tokens has no column single_use'
        UNION ALL SELECT 'column client_registration_tokens.sub', 'table client_registration_tokens has no column sub'
        UNION ALL SELECT 'column client_registration_tokens.tenant_id', 'table client_registration_tokens has no column tenant_id'
        UNION ALL SELECT 'column client_registration_tokens.token_hash', 'table client_registration_tokens has no column token_hash'
        UNION ALL SELECT 'column client_registration_tokens.type', 'table client_registration_tokens has no column type'
        UNION ALL SELECT 'column client_registration_tokens.used_at_ts', 'table client_registration_tokens has no column used_at_ts'
        UNION ALL SELECT 'column clients.addons', 'table clients has no column addons'
        UNION ALL SELECT 'column clients.allowed_clients', 'table clients has no column allowed_clients'
        UNION ALL SELECT 'column clients.allowed_logout_urls', 'table clients has no column allowed_logout_urls'
        UNION ALL SELECT 'column clients.allowed_origins', 'table clients has no column allowed_origins'
        UNION ALL SELECT 'column clients.app_type', 'table clients has no column app_type'
        UNION ALL SELECT 'column clients.auth0_conformant', 'table clients has no column auth0_conformant'
        UNION ALL SELECT 'column clients.callbacks', 'table clients has no column callbacks'
        UNION ALL SELECT 'column clients.client_aliases', 'table clients has no column client_aliases'
        UNION ALL SELECT 'column clients.client_authentication_methods', 'table clients has no column client_authentication_methods'
        UNION ALL SELECT 'column clients.client_id', 'table clients has no column client_id'
        UNION ALL SELECT 'column clients.client_metadata', 'table clients has no column client_metadata'
        UNION ALL SELECT 'column clients.client_secret', 'table clients has no column client_secret'
        UNION ALL SELECT 'column clients.compliance_level', 'table clients has no column compliance_level'
        UNION ALL SELECT 'column clients.connections', 'table clients has no column connections'
        UNION ALL SELECT 'column clients.created_at', 'table clients has no column created_at'
        UNION ALL SELECT 'column clients.cross_origin_authentication', 'table clients has no column cross_origin_authentication'
        UNION ALL SELECT 'column clients.cross_origin_loc', 'table clients has no column cross_origin_loc'
        UNION ALL SELECT 'column clients.custom_login_page', 'table clients has no column custom_login_page'
        UNION ALL SELECT 'column clients.custom_login_page_on', 'table clients has no column custom_login_page_on'
        UNION ALL SELECT 'column clients.custom_login_page_preview', 'table clients has no column custom_login_page_preview'
        UNION ALL SELECT 'column clients.default_organization', 'table clients has no column default_organization'
        UNION ALL SELECT 'column clients.description', 'table clients has no column description'
        UNION ALL SELECT 'column clients.encryption_key', 'table clients has no column encryption_key'
        UNION ALL SELECT 'column clients.form_template', 'table clients has no column form_template'
        UNION ALL SELECT 'column clients.global', 'table clients has no column global'
        UNION ALL SELECT 'column clients.grant_types', 'table clients has no column grant_types'
        UNION ALL SELECT 'column clients.hide_sign_up_disabled_error', 'table clients has no column hide_sign_up_disabled_error'
        UNION ALL SELECT 'column clients.initiate_login_uri', 'table clients has no column initiate_login_uri'
        UNION ALL SELECT 'column clients.is_first_party', 'table clients has no column is_first_party'
        UNION ALL SELECT 'column clients.jwt_configuration', 'table clients has no column jwt_configuration'
        UNION ALL SELECT 'column clients.logo_uri', 'table clients has no column logo_uri'
        UNION ALL SELECT 'column clients.mobile', 'table clients has no column mobile'
        UNION ALL SELECT 'column clients.name', 'table clients has no column name'
        UNION ALL SELECT 'column clients.native_social_login', 'table clients has no column native_social_login'
        UNION ALL SELECT 'column clients.oidc_conformant', 'table clients has no column oidc_conformant'
        UNION ALL SELECT 'column clients.oidc_logout', 'table clients has no column oidc_logout'
        UNION ALL SELECT 'column clients.organization_require_behavior', 'table clients has no column organization_require_behavior'
        UNION ALL SELECT 'column clients.organization_usage', 'table clients has no column organization_usage'
        UNION ALL SELECT 'column clients.owner_user_id', 'table clients has no column owner_user_id'
        UNION ALL SELECT 'column clients.par_request_expiry', 'table clients has no column par_request_expiry'
        UNION ALL SELECT 'column clients.refresh_token', 'table clients has no column refresh_token'
        UNION ALL SELECT 'column clients.registration_metadata', 'table clients has no column registration_metadata'
        UNION ALL SELECT 'column clients.registration_type', 'table clients has no column registration_type'
        UNION ALL SELECT 'column clients.require_proof_of_possession', 'table clients has no column require_proof_of_possession'
        UNION ALL SELECT 'column clients.require_pushed_authorization_requests', 'table clients has no column require_pushed_authorization_requests'
        UNION ALL SELECT 'column clients.session_transfer', 'table clients has no column session_transfer'
        UNION ALL SELECT 'column clients.signed_request_object', 'table clients has no column signed_request_object'
        UNION ALL SELECT 'column clients.signing_keys', 'table clients has no column signing_keys'
        UNION ALL SELECT 'column clients.sso', 'table clients has no column sso'
        UNION ALL SELECT 'column clients.sso_disabled', 'table clients has no column sso_disabled'
        UNION ALL SELECT 'column clients.tenant_id', 'table clients has no column tenant_id'
        UNION ALL SELECT 'column clients.token_endpoint_auth_method', 'table clients has no column token_endpoint_auth_method'
        UNION ALL SELECT 'column clients.token_quota', 'table clients has no column token_quota'
        UNION ALL SELECT 'column clients.updated_at', 'table clients has no column updated_at'
        UNION ALL SELECT 'column clients.user_linking_mode', 'table clients has no column user_linking_mode'
        UNION ALL SELECT 'column clients.web_origins', 'table clients has no column web_origins'
        UNION ALL SELECT 'column codes.code_challenge', 'table codes has no column code_challenge'
        UNION ALL SELECT 'column codes.code_challenge_method', 'table codes has no column code_challenge_method'
        UNION ALL SELECT 'column codes.code_id', 'table codes has no column code_id'
        UNION ALL SELECT 'column codes.code_type', 'table codes has no column code_type'
        UNION ALL SELECT 'column codes.code_verifier', 'table codes has no column code_verifier'
        UNION ALL SELECT 'column codes.connection_id', 'table codes has no column connection_id'
        UNION ALL SELECT 'column codes.created_at', 'table codes has no column created_at'
        UNION ALL SELECT 'column codes.expires_at', 'table codes has no column expires_at'
        UNION ALL SELECT 'column codes.expires_at_ts', 'table codes has no column expires_at_ts'
        UNION ALL SELECT 'column codes.login_id', 'table codes has no column login_id'
        UNION ALL SELECT 'column codes.nonce', 'table codes has no column nonce'
        UNION ALL SELECT 'column codes.otp', 'table codes has no column otp'
        UNION ALL SELECT 'column codes.redirect_uri', 'table codes has no column redirect_uri'
        UNION ALL SELECT 'column codes.state', 'table codes has no column state'
        UNION ALL SELECT 'column codes.tenant_id', 'table codes has no column tenant_id'
        UNION ALL SELECT 'column codes.used_at', 'table codes has no column used_at'
        UNION ALL SELECT 'column codes.user_id', 'table codes has no column user_id'
        UNION ALL SELECT 'column connections.created_at', 'table connections has no column created_at'
        UNION ALL SELECT 'column connections.display_name', 'table connections has no column display_name'
        UNION ALL SELECT 'column connections.id', 'table connections has no column id'
        UNION ALL SELECT 'column connections.is_domain_connection', 'table connections has no column is_domain_connection'
        UNION ALL SELECT 'column connections.is_system', 'table connections has no column is_system'
        UNION ALL SELECT 'column connections.metadata', 'table connections has no column metadata'
        UNION ALL SELECT 'column connections.name', 'table connections has no column name'
        UNION ALL SELECT 'column connections.options', 'table connections has no column options'
        UNION ALL SELECT 'column connections.response_mode', 'table connections has no column response_mode'
        UNION ALL SELECT 'column connections.response_type', 'table connections has no column response_type'
        UNION ALL SELECT 'column connections.show_as_button', 'table connections has no column show_as_button'
        UNION ALL SELECT 'column connections.strategy', 'table connections has no column strategy'
        UNION ALL SELECT 'column connections.tenant_id', 'table connections has no column tenant_id'
        UNION ALL SELECT 'column connections.updated_at', 'table connections has no column updated_at'
        UNION ALL SELECT 'column control_plane_comm_keys.created_at', 'table control_plane_comm_keys has no column created_at'
        UNION ALL SELECT 'column control_plane_comm_keys.kid', 'table control_plane_comm_keys has no column kid'
        UNION ALL SELECT 'column control_plane_comm_keys.public_jwk', 'table control_plane_comm_keys has no column public_jwk'
        UNION ALL SELECT 'column control_plane_comm_keys.revoked_at', 'table control_plane_comm_keys has no column revoked_at'
        UNION ALL SELECT 'column control_plane_comm_keys.tenant_id', 'table control_plane_comm_keys has no column tenant_id'
        UNION ALL SELECT 'column custom_domains.created_at', 'table custom_domains has no column created_at'
        UNION ALL SELECT 'column custom_domains.custom_client_ip_header', 'table custom_domains has no column custom_client_ip_header'
        UNION ALL SELECT 'column custom_domains.custom_domain_id', 'table custom_domains has no column custom_domain_id'
        UNION ALL SELECT 'column custom_domains.domain', 'table custom_domains has no column domain'
        UNION ALL SELECT 'column custom_domains.domain_metadata', 'table custom_domains has no column domain_metadata'
        UNION ALL SELECT 'column custom_domains.origin_domain_name', 'table custom_domains has no column origin_domain_name'
        UNION ALL SELECT 'column custom_domains.primary', 'table custom_domains has no column primary'
        UNION ALL SELECT 'column custom_domains.status', 'table custom_domains has no column status'
        UNION ALL SELECT 'column custom_domains.tenant_id', 'table custom_domains has no column tenant_id'
        UNION ALL SELECT 'column custom_domains.tls_policy', 'table custom_domains has no column tls_policy'
        UNION ALL SELECT 'column custom_domains.type', 'table custom_domains has no column type'
        UNION ALL SELECT 'column custom_domains.updated_at', 'table custom_domains has no column updated_at'
        UNION ALL SELECT 'column custom_domains.verification', 'table custom_domains has no column verification'
        UNION ALL SELECT 'column custom_text.created_at_ts', 'table custom_text has no column created_at_ts'
        UNION ALL SELECT 'column custom_text.custom_text', 'table custom_text has no column custom_text'
        UNION ALL SELECT 'column custom_text.language', 'table custom_text has no column language'
        UNION ALL SELECT 'column custom_text.prompt', 'table custom_text has no column prompt'
        UNION ALL SELECT 'column custom_text.tenant_id', 'table custom_text has no column tenant_id'
        UNION ALL SELECT 'column custom_text.updated_at_ts', 'table custom_text has no column updated_at_ts'
        UNION ALL SELECT 'column email_providers.created_at', 'table email_providers has no column created_at'
        UNION ALL SELECT 'column email_providers.credentials', 'table email_providers has no column credentials'
        UNION ALL SELECT 'column email_providers.default_from_address', 'table email_providers has no column default_from_address'
        UNION ALL SELECT 'column email_providers.enabled', 'table email_providers has no column enabled'
        UNION ALL SELECT 'column email_providers.name', 'table email_providers has no column name'
        UNION ALL SELECT 'column email_providers.settings', 'table email_providers has no column settings'
        UNION ALL SELECT 'column email_providers.tenant_id', 'table email_providers has no column tenant_id'
        UNION ALL SELECT 'column email_providers.updated_at', 'table email_providers has no column updated_at'
        UNION ALL SELECT 'column email_templates.body', 'table email_templates has no column body'
        UNION ALL SELECT 'column email_templates.created_at', 'table email_templates has no column created_at'
        UNION ALL SELECT 'column email_templates.enabled', 'table email_templates has no column enabled'
        UNION ALL SELECT 'column email_templates.from', 'table email_templates has no column from'
        UNION ALL SELECT 'column email_templates.include_email_in_redirect', 'table email_templates has no column include_email_in_redirect'
        UNION ALL SELECT 'column email_templates.result_url', 'table email_templates has no column result_url'
        UNION ALL SELECT 'column email_templates.subject', 'table email_templates has no column subject'
        UNION ALL SELECT 'column email_templates.syntax', 'table email_templates has no column syntax'
        UNION ALL SELECT 'column email_templates.template', 'table email_templates has no column template'
        UNION ALL SELECT 'column email_templates.tenant_id', 'table email_templates has no column tenant_id'
        UNION ALL SELECT 'column email_templates.updated_at', 'table email_templates has no column updated_at'
        UNION ALL SELECT 'column email_templates.url_lifetime_in_seconds', 'table email_templates has no column url_lifetime_in_seconds'
        UNION ALL SELECT 'column flows.actions', 'table flows has no column actions'
        UNION ALL SELECT 'column flows.created_at', 'table flows has no column created_at'
        UNION ALL SELECT 'column flows.id', 'table flows has no column id'
        UNION ALL SELECT 'column flows.name', 'table flows has no column name'
        UNION ALL SELECT 'column flows.tenant_id', 'table flows has no column tenant_id'
        UNION ALL SELECT 'column flows.updated_at', 'table flows has no column updated_at'
        UNION ALL SELECT 'column forms.created_at', 'table forms has no column created_at'
        UNION ALL SELECT 'column forms.ending', 'table forms has no column ending'
        UNION ALL SELECT 'column forms.id', 'table forms has no column id'
        UNION ALL SELECT 'column forms.languages', 'table forms has no column languages'
        UNION ALL SELECT 'column forms.messages', 'table forms has no column messages'
        UNION ALL SELECT 'column forms.name', 'table forms has no column name'
        UNION ALL SELECT 'column forms.nodes', 'table forms has no column nodes'
        UNION ALL SELECT 'column forms.start', 'table forms has no column start'
        UNION ALL SELECT 'column forms.style', 'table forms has no column style'
        UNION ALL SELECT 'column forms.tenant_id', 'table forms has no column tenant_id'
        UNION ALL SELECT 'column forms.translations', 'table forms has no column translations'
        UNION ALL SELECT 'column forms.updated_at', 'table forms has no column updated_at'
        UNION ALL SELECT 'column grants.audience', 'table grants has no column audience'
        UNION ALL SELECT 'column grants.client_id', 'table grants has no column client_id'
        UNION ALL SELECT 'column grants.created_at', 'table grants has no column created_at'
        UNION ALL SELECT 'column grants.id', 'table grants has no column id'
        UNION ALL SELECT 'column grants.scope', 'table grants has no column scope'
        UNION ALL SELECT 'column grants.tenant_id', 'table grants has no column tenant_id'
        UNION ALL SELECT 'column grants.updated_at', 'table grants has no column updated_at'
        UNION ALL SELECT 'column grants.user_id', 'table grants has no column user_id'
        UNION ALL SELECT 'column hook_code.code', 'table hook_code has no column code'
        UNION ALL SELECT 'column hook_code.created_at_ts', 'table hook_code has no column created_at_ts'
        UNION ALL SELECT 'column hook_code.id', 'table hook_code has no column id'
        UNION ALL SELECT 'column hook_code.secrets', 'table hook_code has no column secrets'
        UNION ALL SELECT 'column hook_code.tenant_id', 'table hook_code has no column tenant_id'
        UNION ALL SELECT 'column hook_code.updated_at_ts', 'table hook_code has no column updated_at_ts'
        UNION ALL SELECT 'column hooks.code_id', 'table hooks has no column code_id'
        UNION ALL SELECT 'column hooks.created_at_ts', 'table hooks has no column created_at_ts'
        UNION ALL SELECT 'column hooks.enabled', 'table hooks has no column enabled'
        UNION ALL SELECT 'column hooks.form_id', 'table hooks has no column form_id'
        UNION ALL SELECT 'column hooks.hook_id', 'table hooks has no column hook_id'
        UNION ALL SELECT 'column hooks.metadata', 'table hooks has no column metadata'
        UNION ALL SELECT 'column hooks.priority', 'table hooks has no column priority'
        UNION ALL SELECT 'column hooks.synchronous', 'table hooks has no column synchronous'
        UNION ALL SELECT 'column hooks.template_id', 'table hooks has no column template_id'
        UNION ALL SELECT 'column hooks.tenant_id', 'table hooks has no column tenant_id'
        UNION ALL SELECT 'column hooks.trigger_id', 'table hooks has no column trigger_id'
        UNION ALL SELECT 'column hooks.updated_at_ts', 'table hooks has no column updated_at_ts'
        UNION ALL SELECT 'column hooks.url', 'table hooks has no column url'
        UNION ALL SELECT 'column invites.app_metadata', 'table invites has no column app_metadata'
        UNION ALL SELECT 'column invites.client_id', 'table invites has no column client_id'
        UNION ALL SELECT 'column invites.connection_id', 'table invites has no column connection_id'
        UNION ALL SELECT 'column invites.created_at', 'table invites has no column created_at'
        UNION ALL SELECT 'column invites.expires_at', 'table invites has no column expires_at'
        UNION ALL SELECT 'column invites.id', 'table invites has no column id'
        UNION ALL SELECT 'column invites.invitation_url', 'table invites has no column invitation_url'
        UNION ALL SELECT 'column invites.invitee', 'table invites has no column invitee'
        UNION ALL SELECT 'column invites.inviter', 'table invites has no column inviter'
        UNION ALL SELECT 'column invites.organization_id', 'table invites has no column organization_id'
        UNION ALL SELECT 'column invites.roles', 'table invites has no column roles'
        UNION ALL SELECT 'column invites.send_invitation_email', 'table invites has no column send_invitation_email'
        UNION ALL SELECT 'column invites.tenant_id', 'table invites has no column tenant_id'
        UNION ALL SELECT 'column invites.ticket_id', 'table invites has no column ticket_id'
        UNION ALL SELECT 'column invites.ttl_sec', 'table invites has no column ttl_sec'
        UNION ALL SELECT 'column invites.user_metadata', 'table invites has no column user_metadata'
        UNION ALL SELECT 'column keys.cert', 'table keys has no column cert'
        UNION ALL SELECT 'column keys.connection', 'table keys has no column connection'
        UNION ALL SELECT 'column keys.created_at', 'table keys has no column created_at'
        UNION ALL SELECT 'column keys.current_since', 'table keys has no column current_since'
        UNION ALL SELECT 'column keys.current_until', 'table keys has no column current_until'
        UNION ALL SELECT 'column keys.fingerprint', 'table keys has no column fingerprint'
        UNION ALL SELECT 'column keys.kid', 'table keys has no column kid'
        UNION ALL SELECT 'column keys.pkcs7', 'table keys has no column pkcs7'
        UNION ALL SELECT 'column keys.revoked_at', 'table keys has no column revoked_at'
        UNION ALL SELECT 'column keys.tenant_id', 'table keys has no column tenant_id'
        UNION ALL SELECT 'column keys.thumbprint', 'table keys has no column thumbprint'
        UNION ALL SELECT 'column keys.type', 'table keys has no column type'
        UNION ALL SELECT 'column kysely_migration.name', 'table kysely_migration has no column name'
        UNION ALL SELECT 'column kysely_migration.timestamp', 'table kysely_migration has no column timestamp'
        UNION ALL SELECT 'column kysely_migration_lock.id', 'table kysely_migration_lock has no column id'
        UNION ALL SELECT 'column kysely_migration_lock.is_locked', 'table kysely_migration_lock has no column is_locked'
        UNION ALL SELECT 'column log_streams.created_at', 'table log_streams has no column created_at'
        UNION ALL SELECT 'column log_streams.filters', 'table log_streams has no column filters'
        UNION ALL SELECT 'column log_streams.id', 'table log_streams has no column id'
        UNION ALL SELECT 'column log_streams.is_priority', 'table log_streams has no column is_priority'
        UNION ALL SELECT 'column log_streams.name', 'table log_streams has no column name'
        UNION ALL SELECT 'column log_streams.sink', 'table log_streams has no column sink'
        UNION ALL SELECT 'column log_streams.status', 'table log_streams has no column status'
        UNION ALL SELECT 'column log_streams.tenant_id', 'table log_streams has no column tenant_id'
        UNION ALL SELECT 'column log_streams.type', 'table log_streams has no column type'
        UNION ALL SELECT 'column log_streams.updated_at', 'table log_streams has no column updated_at'
        UNION ALL SELECT 'column login_sessions.auth0Client', 'table login_sessions has no column auth0Client'
        UNION ALL SELECT 'column login_sessions.auth_connection', 'table login_sessions has no column auth_connection'
        UNION ALL SELECT 'column login_sessions.auth_params', 'table login_sessions has no column auth_params'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy', 'table login_sessions has no column auth_strategy_strategy'
        UNION ALL SELECT 'column login_sessions.auth_strategy_strategy_type', 'table login_sessions has no column auth_strategy_strategy_type'
        UNION ALL SELECT 'column login_sessions.authenticated_at', 'table login_sessions has no column authenticated_at'
        UNION ALL SELECT 'column login_sessions.authorization_url', 'table login_sessions has no column authorization_url'
        UNION ALL SELECT 'column login_sessions.created_at_ts', 'table login_sessions has no column created_at_ts'
        UNION ALL SELECT 'column login_sessions.csrf_token', 'table login_sessions has no column csrf_token'
        UNION ALL SELECT 'column login_sessions.expires_at_ts', 'table login_sessions has no column expires_at_ts'
        UNION ALL SELECT 'column login_sessions.failure_reason', 'table login_sessions has no column failure_reason'
        UNION ALL SELECT 'column login_sessions.id', 'table login_sessions has no column id'
        UNION ALL SELECT 'column login_sessions.ip', 'table login_sessions has no column ip'
        UNION ALL SELECT 'column login_sessions.session_id', 'table login_sessions has no column session_id'
        UNION ALL SELECT 'column login_sessions.state', 'table login_sessions has no column state'
        UNION ALL SELECT 'column login_sessions.state_data', 'table login_sessions has no column state_data'
        UNION ALL SELECT 'column login_sessions.tenant_id', 'table login_sessions has no column tenant_id'
        UNION ALL SELECT 'column login_sessions.updated_at_ts', 'table login_sessions has no column updated_at_ts'
        UNION ALL SELECT 'column login_sessions.user_id', 'table login_sessions has no column user_id'
        UNION ALL SELECT 'column login_sessions.useragent', 'table login_sessions has no column useragent'
        UNION ALL SELECT 'column logs.audience', 'table logs has no column audience'
        UNION ALL SELECT 'column logs.auth0_client', 'table logs has no column auth0_client'
        UNION ALL SELECT 'column logs.category', 'table logs has no column category'
        UNION ALL SELECT 'column logs.city_name', 'table logs has no column city_name'
        UNION ALL SELECT 'column logs.client_id', 'table logs has no column client_id'
        UNION ALL SELECT 'column logs.client_name', 'table logs has no column client_name'
        UNION ALL SELECT 'column logs.connection', 'table logs has no column connection'
        UNION ALL SELECT 'column logs.connection_id', 'table logs has no column connection_id'
        UNION ALL SELECT 'column logs.continent_code', 'table logs has no column continent_code'
        UNION ALL SELECT 'column logs.country_code', 'table logs has no column country_code'
        UNION ALL SELECT 'column logs.date', 'table logs has no column date'
        UNION ALL SELECT 'column logs.description', 'table logs has no column description'
        UNION ALL SELECT 'column logs.details', 'table logs has no column details'
        UNION ALL SELECT 'column logs.hostname', 'table logs has no column hostname'
        UNION ALL SELECT 'column logs.ip', 'table logs has no column ip'
        UNION ALL SELECT 'column logs.isMobile', 'table logs has no column isMobile'
        UNION ALL SELECT 'column logs.latitude', 'table logs has no column latitude'
        UNION ALL SELECT 'column logs.log_id', 'table logs has no column log_id'
        UNION ALL SELECT 'column logs.longitude', 'table logs has no column longitude'
        UNION ALL SELECT 'column logs.scope', 'table logs has no column scope'
        UNION ALL SELECT 'column logs.session_connection', 'table logs has no column session_connection'
        UNION ALL SELECT 'column logs.strategy', 'table logs has no column strategy'
        UNION ALL SELECT 'column logs.strategy_type', 'table logs has no column strategy_type'
        UNION ALL SELECT 'column logs.tenant_id', 'table logs has no column tenant_id'
        UNION ALL SELECT 'column logs.time_zone', 'table logs has no column time_zone'
        UNION ALL SELECT 'column logs.type', 'table logs has no column type'
        UNION ALL SELECT 'column logs.user_agent', 'table logs has no column user_agent'
        UNION ALL SELECT 'column logs.user_id', 'table logs has no column user_id'
        UNION ALL SELECT 'column logs.user_name', 'table logs has no column user_name'
        UNION ALL SELECT 'column migration_sources.connection', 'table migration_sources has no column connection'
        UNION ALL SELECT 'column migration_sources.created_at', 'table migration_sources has no column created_at'
        UNION ALL SELECT 'column migration_sources.credentials', 'table migration_sources has no column credentials'
        UNION ALL SELECT 'column migration_sources.enabled', 'table migration_sources has no column enabled'
        UNION ALL SELECT 'column migration_sources.id', 'table migration_sources has no column id'
        UNION ALL SELECT 'column migration_sources.name', 'table migration_sources has no column name'
        UNION ALL SELECT 'column migration_sources.provider', 'table migration_sources has no column provider'
        UNION ALL SELECT 'column migration_sources.tenant_id', 'table migration_sources has no column tenant_id'
        UNION ALL SELECT 'column migration_sources.updated_at', 'table migration_sources has no column updated_at'
        UNION ALL SELECT 'column migrations.client_id', 'table migrations has no column client_id'
        UNION ALL SELECT 'column migrations.created_at', 'table migrations has no column created_at'
        UNION ALL SELECT 'column migrations.domain', 'table migrations has no column domain'
        UNION ALL SELECT 'column migrations.id', 'table migrations has no column id'
        UNION ALL SELECT 'column migrations.origin', 'table migrations has no column origin'
        UNION ALL SELECT 'column migrations.provider', 'table migrations has no column provider'
        UNION ALL SELECT 'column migrations.tenant_id', 'table migrations has no column tenant_id'
        UNION ALL SELECT 'column migrations.updated_at', 'table migrations has no column updated_at'
        UNION ALL SELECT 'column organization_connections.assign_membership_on_login', 'table organization_connections has no column assign_membership_on_login'
        UNION ALL SELECT 'column organization_connections.connection_id', 'table organization_connections has no column connection_id'
        UNION ALL SELECT 'column organization_connections.created_at', 'table organization_connections has no column created_at'
        UNION ALL SELECT 'column organization_connections.is_signup_enabled', 'table organization_connections has no column is_signup_enabled'
        UNION ALL SELECT 'column organization_connections.organization_id', 'table organization_connections has no column organization_id'
        UNION ALL SELECT 'column organization_connections.show_as_button', 'table organization_connections has no column show_as_button'
        UNION ALL SELECT 'column organization_connections.tenant_id', 'table organization_connections has no column tenant_id'
        UNION ALL SELECT 'column organization_connections.updated_at', 'table organization_connections has no column updated_at'
        UNION ALL SELECT 'column organizations.branding', 'table organizations has no column branding'
        UNION ALL SELECT 'column organizations.created_at', 'table organizations has no column created_at'
        UNION ALL SELECT 'column organizations.display_name', 'table organizations has no column display_name'
        UNION ALL SELECT 'column organizations.enabled_connections', 'table organizations has no column enabled_connections'
        UNION ALL SELECT 'column organizations.id', 'table organizations has no column id'
        UNION ALL SELECT 'column organizations.metadata', 'table organizations has no column metadata'
        UNION ALL SELECT 'column organizations.name', 'table organizations has no column name'
        UNION ALL SELECT 'column organizations.tenant_id', 'table organizations has no column tenant_id'
        UNION ALL SELECT 'column organizations.token_quota', 'table organizations has no column token_quota'
        UNION ALL SELECT 'column organizations.updated_at', 'table organizations has no column updated_at'
        UNION ALL SELECT 'column outbox_events.aggregate_id', 'table outbox_events has no column aggregate_id'
        UNION ALL SELECT 'column outbox_events.aggregate_type', 'table outbox_events has no column aggregate_type'
        UNION ALL SELECT 'column outbox_events.claim_expires_at', 'table outbox_events has no column claim_expires_at'
        UNION ALL SELECT 'column outbox_events.claimed_by', 'table outbox_events has no column claimed_by'
        UNION ALL SELECT 'column outbox_events.created_at', 'table outbox_events has no column created_at'
        UNION ALL SELECT 'column outbox_events.dead_lettered_at', 'table outbox_events has no column dead_lettered_at'
        UNION ALL SELECT 'column outbox_events.error', 'table outbox_events has no column error'
        UNION ALL SELECT 'column outbox_events.event_type', 'table outbox_events has no column event_type'
        UNION ALL SELECT 'column outbox_events.final_error', 'table outbox_events has no column final_error'
        UNION ALL SELECT 'column outbox_events.id', 'table outbox_events has no column id'
        UNION ALL SELECT 'column outbox_events.log_type', 'table outbox_events has no column log_type'
        UNION ALL SELECT 'column outbox_events.next_retry_at', 'table outbox_events has no column next_retry_at'
        UNION ALL SELECT 'column outbox_events.payload', 'table outbox_events has no column payload'
        UNION ALL SELECT 'column outbox_events.processed_at', 'table outbox_events has no column processed_at'
        UNION ALL SELECT 'column outbox_events.retry_count', 'table outbox_events has no column retry_count'
        UNION ALL SELECT 'column outbox_events.tenant_id', 'table outbox_events has no column tenant_id'
        UNION ALL SELECT 'column passwords.algorithm', 'table passwords has no column algorithm'
        UNION ALL SELECT 'column passwords.created_at', 'table passwords has no column created_at'
        UNION ALL SELECT 'column passwords.id', 'table passwords has no column id'
        UNION ALL SELECT 'column passwords.is_current', 'table passwords has no column is_current'
        UNION ALL SELECT 'column passwords.password', 'table passwords has no column password'
        UNION ALL SELECT 'column passwords.tenant_id', 'table passwords has no column tenant_id'
        UNION ALL SELECT 'column passwords.updated_at', 'table passwords has no column updated_at'
        UNION ALL SELECT 'column passwords.user_id', 'table passwords has no column user_id'
        UNION ALL SELECT 'column prompt_settings.identifier_first', 'table prompt_settings has no column identifier_first'
        UNION ALL SELECT 'column prompt_settings.password_first', 'table prompt_settings has no column password_first'
        UNION ALL SELECT 'column prompt_settings.tenant_id', 'table prompt_settings has no column tenant_id'
        UNION ALL SELECT 'column prompt_settings.universal_login_experience', 'table prompt_settings has no column universal_login_experience'
        UNION ALL SELECT 'column prompt_settings.webauthn_platform_first_factor', 'table prompt_settings has no column webauthn_platform_first_factor'
        UNION ALL SELECT 'column proxy_routes.created_at', 'table proxy_routes has no column created_at'
        UNION ALL SELECT 'column proxy_routes.custom_domain_id', 'table proxy_routes has no column custom_domain_id'
        UNION ALL SELECT 'column proxy_routes.handlers', 'table proxy_routes has no column handlers'
        UNION ALL SELECT 'column proxy_routes.id', 'table proxy_routes has no column id'
        UNION ALL SELECT 'column proxy_routes.match', 'table proxy_routes has no column match'
        UNION ALL SELECT 'column proxy_routes.priority', 'table proxy_routes has no column priority'
        UNION ALL SELECT 'column proxy_routes.tenant_id', 'table proxy_routes has no column tenant_id'
        UNION ALL SELECT 'column proxy_routes.updated_at', 'table proxy_routes has no column updated_at'
        UNION ALL SELECT 'column refresh_tokens.client_id', 'table refresh_tokens has no column client_id'
        UNION ALL SELECT 'column refresh_tokens.created_at_ts', 'table refresh_tokens has no column created_at_ts'
        UNION ALL SELECT 'column refresh_tokens.device', 'table refresh_tokens has no column device'
        UNION ALL SELECT 'column refresh_tokens.expires_at_ts', 'table refresh_tokens has no column expires_at_ts'
        UNION ALL SELECT 'column refresh_tokens.family_id', 'table refresh_tokens has no column family_id'
        UNION ALL SELECT 'column refresh_tokens.id', 'table refresh_tokens has no column id'
        UNION ALL SELECT 'column refresh_tokens.idle_expires_at_ts', 'table refresh_tokens has no column idle_expires_at_ts'
        UNION ALL SELECT 'column refresh_tokens.last_exchanged_at_ts', 'table refresh_tokens has no column last_exchanged_at_ts'
        UNION ALL SELECT 'column refresh_tokens.login_id', 'table refresh_tokens has no column login_id'
        UNION ALL SELECT 'column refresh_tokens.resource_servers', 'table refresh_tokens has no column resource_servers'
        UNION ALL SELECT 'column refresh_tokens.revoked_at_ts', 'table refresh_tokens has no column revoked_at_ts'
        UNION ALL SELECT 'column refresh_tokens.rotated_at_ts', 'table refresh_tokens has no column rotated_at_ts'
        UNION ALL SELECT 'column refresh_tokens.rotated_to', 'table refresh_tokens has no column rotated_to'
        UNION ALL SELECT 'column refresh_tokens.rotating', 'table refresh_tokens has no column rotating'
        UNION ALL SELECT 'column refresh_tokens.tenant_id', 'table refresh_tokens has no column tenant_id'
        UNION ALL SELECT 'column refresh_tokens.token_hash', 'table refresh_tokens has no column token_hash'
        UNION ALL SELECT 'column refresh_tokens.token_lookup', 'table refresh_tokens has no column token_lookup'
        UNION ALL SELECT 'column refresh_tokens.user_id', 'table refresh_tokens has no column user_id'
        UNION ALL SELECT 'column resource_servers.allow_offline_access', 'table resource_servers has no column allow_offline_access'
        UNION ALL SELECT 'column resource_servers.created_at', 'table resource_servers has no column created_at'
        UNION ALL SELECT 'column resource_servers.id', 'table resource_servers has no column id'
        UNION ALL SELECT 'column resource_servers.identifier', 'table resource_servers has no column identifier'
        UNION ALL SELECT 'column resource_servers.is_system', 'table resource_servers has no column is_system'
        UNION ALL SELECT 'column resource_servers.metadata', 'table resource_servers has no column metadata'
        UNION ALL SELECT 'column resource_servers.name', 'table resource_servers has no column name'
        UNION ALL SELECT 'column resource_servers.options', 'table resource_servers has no column options'
        UNION ALL SELECT 'column resource_servers.scopes', 'table resource_servers has no column scopes'
        UNION ALL SELECT 'column resource_servers.signing_alg', 'table resource_servers has no column signing_alg'
        UNION ALL SELECT 'column resource_servers.signing_secret', 'table resource_servers has no column signing_secret'
        UNION ALL SELECT 'column resource_servers.skip_consent_for_verifiable_first_party_clients', 'table resource_servers has no column skip_consent_for_verifiable_first_party_clients'
        UNION ALL SELECT 'column resource_servers.tenant_id', 'table resource_servers has no column tenant_id'
        UNION ALL SELECT 'column resource_servers.token_lifetime', 'table resource_servers has no column token_lifetime'
        UNION ALL SELECT 'column resource_servers.token_lifetime_for_web', 'table resource_servers has no column token_lifetime_for_web'
        UNION ALL SELECT 'column resource_servers.updated_at', 'table resource_servers has no column updated_at'
        UNION ALL SELECT 'column resource_servers.verification_key', 'table resource_servers has no column verification_key'
        UNION ALL SELECT 'column role_permissions.created_at', 'table role_permissions has no column created_at'
        UNION ALL SELECT 'column role_permissions.permission_name', 'table role_permissions has no column permission_name'
        UNION ALL SELECT 'column role_permissions.resource_server_identifier', 'table role_permissions has no column resource_server_identifier'
        UNION ALL SELECT 'column role_permissions.role_id', 'table role_permissions has no column role_id'
        UNION ALL SELECT 'column role_permissions.tenant_id', 'table role_permissions has no column tenant_id'
        UNION ALL SELECT 'column roles.created_at', 'table roles has no column created_at'
        UNION ALL SELECT 'column roles.description', 'table roles has no column description'
        UNION ALL SELECT 'column roles.id', 'table roles has no column id'
        UNION ALL SELECT 'column roles.is_system', 'table roles has no column is_system'
        UNION ALL SELECT 'column roles.metadata', 'table roles has no column metadata'
        UNION ALL SELECT 'column roles.name', 'table roles has no column name'
        UNION ALL SELECT 'column roles.tenant_id', 'table roles has no column tenant_id'
        UNION ALL SELECT 'column roles.updated_at', 'table roles has no column updated_at'
        UNION ALL SELECT 'column rollouts.canary_tenant_ids', 'table rollouts has no column canary_tenant_ids'
        UNION ALL SELECT 'column rollouts.created_at', 'table rollouts has no column created_at'
        UNION ALL SELECT 'column rollouts.filter', 'table rollouts has no column filter'
        UNION ALL SELECT 'column rollouts.finished_at', 'table rollouts has no column finished_at'
        UNION ALL SELECT 'column rollouts.id', 'table rollouts has no column id'
        UNION ALL SELECT 'column rollouts.initiated_by', 'table rollouts has no column initiated_by'
        UNION ALL SELECT 'column rollouts.kind', 'table rollouts has no column kind'
        UNION ALL SELECT 'column rollouts.status', 'table rollouts has no column status'
        UNION ALL SELECT 'column rollouts.target_database_version', 'table rollouts has no column target_database_version'
        UNION ALL SELECT 'column rollouts.target_worker_version', 'table rollouts has no column target_worker_version'
        UNION ALL SELECT 'column rollouts.updated_at', 'table rollouts has no column updated_at'
        UNION ALL SELECT 'column rollouts.wave_size', 'table rollouts has no column wave_size'
        UNION ALL SELECT 'column sessions.authenticated_at_ts', 'table sessions has no column authenticated_at_ts'
        UNION ALL SELECT 'column sessions.clients', 'table sessions has no column clients'
        UNION ALL SELECT 'column sessions.created_at_ts', 'table sessions has no column created_at_ts'
        UNION ALL SELECT 'column sessions.device', 'table sessions has no column device'
        UNION ALL SELECT 'column sessions.expires_at_ts', 'table sessions has no column expires_at_ts'
        UNION ALL SELECT 'column sessions.id', 'table sessions has no column id'
        UNION ALL SELECT 'column sessions.idle_expires_at_ts', 'table sessions has no column idle_expires_at_ts'
        UNION ALL SELECT 'column sessions.last_interaction_at_ts', 'table sessions has no column last_interaction_at_ts'
        UNION ALL SELECT 'column sessions.login_session_id', 'table sessions has no column login_session_id'
        UNION ALL SELECT 'column sessions.revoked_at_ts', 'table sessions has no column revoked_at_ts'
        UNION ALL SELECT 'column sessions.tenant_id', 'table sessions has no column tenant_id'
        UNION ALL SELECT 'column sessions.updated_at_ts', 'table sessions has no column updated_at_ts'
        UNION ALL SELECT 'column sessions.used_at_ts', 'table sessions has no column used_at_ts'
        UNION ALL SELECT 'column sessions.user_id', 'table sessions has no column user_id'
        UNION ALL SELECT 'column tenant_operation_events.attempt', 'table tenant_operation_events has no column attempt'
        UNION ALL SELECT 'column tenant_operation_events.created_at', 'table tenant_operation_events has no column created_at'
        UNION ALL SELECT 'column tenant_operation_events.detail', 'table tenant_operation_events has no column detail'
        UNION ALL SELECT 'column tenant_operation_events.id', 'table tenant_operation_events has no column id'
        UNION ALL SELECT 'column tenant_operation_events.operation_id', 'table tenant_operation_events has no column operation_id'
        UNION ALL SELECT 'column tenant_operation_events.outcome', 'table tenant_operation_events has no column outcome'
        UNION ALL SELECT 'column tenant_operation_events.step', 'table tenant_operation_events has no column step'
        UNION ALL SELECT 'column tenant_operations.created_at', 'table tenant_operations has no column created_at'
        UNION ALL SELECT 'column tenant_operations.current_step', 'table tenant_operations has no column current_step'
        UNION ALL SELECT 'column tenant_operations.engine', 'table tenant_operations has no column engine'
        UNION ALL SELECT 'column tenant_operations.engine_instance_id', 'table tenant_operations has no column engine_instance_id'
        UNION ALL SELECT 'column tenant_operations.error', 'table tenant_operations has no column error'
        UNION ALL SELECT 'column tenant_operations.finished_at', 'table tenant_operations has no column finished_at'
        UNION ALL SELECT 'column tenant_operations.id', 'table tenant_operations has no column id'
        UNION ALL SELECT 'column tenant_operations.initiated_by', 'table tenant_operations has no column initiated_by'
        UNION ALL SELECT 'column tenant_operations.kind', 'table tenant_operations has no column kind'
        UNION ALL SELECT 'column tenant_operations.rollout_id', 'table tenant_operations has no column rollout_id'
        UNION ALL SELECT 'column tenant_operations.status', 'table tenant_operations has no column status'
        UNION ALL SELECT 'column tenant_operations.target_database_version', 'table tenant_operations has no column target_database_version'
        UNION ALL SELECT 'column tenant_operations.target_worker_version', 'table tenant_operations has no column target_worker_version'
        UNION ALL SELECT 'column tenant_operations.tenant_id', 'table tenant_operations has no column tenant_id'
        UNION ALL SELECT 'column tenant_operations.updated_at', 'table tenant_operations has no column updated_at'
        UNION ALL SELECT 'column tenants.acr_values_supported', 'table tenants has no column acr_values_supported'
        UNION ALL SELECT 'column tenants.allow_organization_name_in_authentication_api', 'table tenants has no column allow_organization_name_in_authentication_api'
        UNION ALL SELECT 'column tenants.allowed_logout_urls', 'table tenants has no column allowed_logout_urls'
        UNION ALL SELECT 'column tenants.attack_protection', 'table tenants has no column attack_protection'
        UNION ALL SELECT 'column tenants.audience', 'table tenants has no column audience'
        UNION ALL SELECT 'column tenants.authorization_response_iss_parameter_supported', 'table tenants has no column authorization_response_iss_parameter_supported'
        UNION ALL SELECT 'column tenants.bundle_configuration', 'table tenants has no column bundle_configuration'
        UNION ALL SELECT 'column tenants.change_password', 'table tenants has no column change_password'
        UNION ALL SELECT 'column tenants.created_at', 'table tenants has no column created_at'
        UNION ALL SELECT 'column tenants.customize_mfa_in_postlogin_action', 'table tenants has no column customize_mfa_in_postlogin_action'
        UNION ALL SELECT 'column tenants.d1_database_id', 'table tenants has no column d1_database_id'
        UNION ALL SELECT 'column tenants.database_version', 'table tenants has no column database_version'
        UNION ALL SELECT 'column tenants.default_audience', 'table tenants has no column default_audience'
        UNION ALL SELECT 'column tenants.default_client_id', 'table tenants has no column default_client_id'
        UNION ALL SELECT 'column tenants.default_directory', 'table tenants has no column default_directory'
        UNION ALL SELECT 'column tenants.default_organization', 'table tenants has no column default_organization'
        UNION ALL SELECT 'column tenants.default_redirection_uri', 'table tenants has no column default_redirection_uri'
        UNION ALL SELECT 'column tenants.default_token_quota', 'table tenants has no column default_token_quota'
        UNION ALL SELECT 'column tenants.deployment_type', 'table tenants has no column deployment_type'
        UNION ALL SELECT 'column tenants.device_flow', 'table tenants has no column device_flow'
        UNION ALL SELECT 'column tenants.enabled_locales', 'table tenants has no column enabled_locales'
        UNION ALL SELECT 'column tenants.ephemeral_session_lifetime', 'table tenants has no column ephemeral_session_lifetime'
        UNION ALL SELECT 'column tenants.error_page', 'table tenants has no column error_page'
        UNION ALL SELECT 'column tenants.flags', 'table tenants has no column flags'
        UNION ALL SELECT 'column tenants.friendly_name', 'table tenants has no column friendly_name'
        UNION ALL SELECT 'column tenants.guardian_mfa_page', 'table tenants has no column guardian_mfa_page'
        UNION ALL SELECT 'column tenants.id', 'table tenants has no column id'
        UNION ALL SELECT 'column tenants.idle_ephemeral_session_lifetime', 'table tenants has no column idle_ephemeral_session_lifetime'
        UNION ALL SELECT 'column tenants.idle_session_lifetime', 'table tenants has no column idle_session_lifetime'
        UNION ALL SELECT 'column tenants.legacy_sandbox_version', 'table tenants has no column legacy_sandbox_version'
        UNION ALL SELECT 'column tenants.mfa', 'table tenants has no column mfa'
        UNION ALL SELECT 'column tenants.mtls', 'table tenants has no column mtls'
        UNION ALL SELECT 'column tenants.oidc_logout', 'table tenants has no column oidc_logout'
        UNION ALL SELECT 'column tenants.picture_url', 'table tenants has no column picture_url'
        UNION ALL SELECT 'column tenants.provisioning_error', 'table tenants has no column provisioning_error'
        UNION ALL SELECT 'column tenants.provisioning_state', 'table tenants has no column provisioning_state'
        UNION ALL SELECT 'column tenants.provisioning_state_changed_at', 'table tenants has no column provisioning_state_changed_at'
        UNION ALL SELECT 'column tenants.pushed_authorization_requests_supported', 'table tenants has no column pushed_authorization_requests_supported'
        UNION ALL SELECT 'column tenants.sandbox_version', 'table tenants has no column sandbox_version'
        UNION ALL SELECT 'column tenants.sandbox_versions_available', 'table tenants has no column sandbox_versions_available'
        UNION ALL SELECT 'column tenants.sender_email', 'table tenants has no column sender_email'
        UNION ALL SELECT 'column tenants.sender_name', 'table tenants has no column sender_name'
        UNION ALL SELECT 'column tenants.session_cookie', 'table tenants has no column session_cookie'
        UNION ALL SELECT 'column tenants.session_lifetime', 'table tenants has no column session_lifetime'
        UNION ALL SELECT 'column tenants.sessions', 'table tenants has no column sessions'
        UNION ALL SELECT 'column tenants.storage_kind', 'table tenants has no column storage_kind'
        UNION ALL SELECT 'column tenants.support_email', 'table tenants has no column support_email'
        UNION ALL SELECT 'column tenants.support_url', 'table tenants has no column support_url'
        UNION ALL SELECT 'column tenants.updated_at', 'table tenants has no column updated_at'
        UNION ALL SELECT 'column tenants.worker_script_name', 'table tenants has no column worker_script_name'
        UNION ALL SELECT 'column tenants.worker_version', 'table tenants has no column worker_version'
        UNION ALL SELECT 'column themes.borders_button_border_radius', 'table themes has no column borders_button_border_radius'
        UNION ALL SELECT 'column themes.borders_button_border_weight', 'table themes has no column borders_button_border_weight'
        UNION ALL SELECT 'column themes.borders_buttons_style', 'table themes has no column borders_buttons_style'
        UNION ALL SELECT 'column themes.borders_input_border_radius', 'table themes has no column borders_input_border_radius'
        UNION ALL SELECT 'column themes.borders_input_border_weight', 'table themes has no column borders_input_border_weight'
        UNION ALL SELECT 'column themes.borders_inputs_style', 'table themes has no column borders_inputs_style'
        UNION ALL SELECT 'column themes.borders_show_widget_shadow', 'table themes has no column borders_show_widget_shadow'
        UNION ALL SELECT 'column themes.borders_widget_border_weight', 'table themes has no column borders_widget_border_weight'
        UNION ALL SELECT 'column themes.borders_widget_corner_radius', 'table themes has no column borders_widget_corner_radius'
        UNION ALL SELECT 'column themes.colors_base_focus_color', 'table themes has no column colors_base_focus_color'
        UNION ALL SELECT 'column themes.colors_base_hover_color', 'table themes has no column colors_base_hover_color'
        UNION ALL SELECT 'column themes.colors_body_text', 'table themes has no column colors_body_text'
        UNION ALL SELECT 'column themes.colors_captcha_widget_theme', 'table themes has no column colors_captcha_widget_theme'
        UNION ALL SELECT 'column themes.colors_error', 'table themes has no column colors_error'
        UNION ALL SELECT 'column themes.colors_header', 'table themes has no column colors_header'
        UNION ALL SELECT 'column themes.colors_icons', 'table themes has no column colors_icons'
        UNION ALL SELECT 'column themes.colors_input_background', 'table themes has no column colors_input_background'
        UNION ALL SELECT 'column themes.colors_input_border', 'table themes has no column colors_input_border'
        UNION ALL SELECT 'column themes.colors_input_filled_text', 'table themes has no column colors_input_filled_text'
        UNION ALL SELECT 'column themes.colors_input_labels_placeholders', 'table themes has no column colors_input_labels_placeholders'
        UNION ALL SELECT 'column themes.colors_links_focused_components', 'table themes has no column colors_links_focused_components'
        UNION ALL SELECT 'column themes.colors_primary_button', 'table themes has no column colors_primary_button'
        UNION ALL SELECT 'column themes.colors_primary_button_label', 'table themes has no column colors_primary_button_label'
        UNION ALL SELECT 'column themes.colors_secondary_button_border', 'table themes has no column colors_secondary_button_border'
        UNION ALL SELECT 'column themes.colors_secondary_button_label', 'table themes has no column colors_secondary_button_label'
        UNION ALL SELECT 'column themes.colors_success', 'table themes has no column colors_success'
        UNION ALL SELECT 'column themes.colors_widget_background', 'table themes has no column colors_widget_background'
        UNION ALL SELECT 'column themes.colors_widget_border', 'table themes has no column colors_widget_border'
        UNION ALL SELECT 'column themes.created_at', 'table themes has no column created_at'
        UNION ALL SELECT 'column themes.displayName', 'table themes has no column displayName'
        UNION ALL SELECT 'column themes.fonts_body_text_bold', 'table themes has no column fonts_body_text_bold'
        UNION ALL SELECT 'column themes.fonts_body_text_size', 'table themes has no column fonts_body_text_size'
        UNION ALL SELECT 'column themes.fonts_buttons_text_bold', 'table themes has no column fonts_buttons_text_bold'
        UNION ALL SELECT 'column themes.fonts_buttons_text_size', 'table themes has no column fonts_buttons_text_size'
        UNION ALL SELECT 'column themes.fonts_font_url', 'table themes has no column fonts_font_url'
        UNION ALL SELECT 'column themes.fonts_input_labels_bold', 'table themes has no column fonts_input_labels_bold'
        UNION ALL SELECT 'column themes.fonts_input_labels_size', 'table themes has no column fonts_input_labels_size'
        UNION ALL SELECT 'column themes.fonts_links_bold', 'table themes has no column fonts_links_bold'
        UNION ALL SELECT 'column themes.fonts_links_size', 'table themes has no column fonts_links_size'
        UNION ALL SELECT 'column themes.fonts_links_style', 'table themes has no column fonts_links_style'
        UNION ALL SELECT 'column themes.fonts_reference_text_size', 'table themes has no column fonts_reference_text_size'
        UNION ALL SELECT 'column themes.fonts_subtitle_bold', 'table themes has no column fonts_subtitle_bold'
        UNION ALL SELECT 'column themes.fonts_subtitle_size', 'table themes has no column fonts_subtitle_size'
        UNION ALL SELECT 'column themes.fonts_title_bold', 'table themes has no column fonts_title_bold'
        UNION ALL SELECT 'column themes.fonts_title_size', 'table themes has no column fonts_title_size'
        UNION ALL SELECT 'column themes.page_background_background_color', 'table themes has no column page_background_background_color'
        UNION ALL SELECT 'column themes.page_background_background_image_url', 'table themes has no column page_background_background_image_url'
        UNION ALL SELECT 'column themes.page_background_page_layout', 'table themes has no column page_background_page_layout'
        UNION ALL SELECT 'column themes.tenant_id', 'table themes has no column tenant_id'
        UNION ALL SELECT 'column themes.themeId', 'table themes has no column themeId'
        UNION ALL SELECT 'column themes.updated_at', 'table themes has no column updated_at'
        UNION ALL SELECT 'column themes.widget_header_text_alignment', 'table themes has no column widget_header_text_alignment'
        UNION ALL SELECT 'column themes.widget_logo_height', 'table themes has no column widget_logo_height'
        UNION ALL SELECT 'column themes.widget_logo_position', 'table themes has no column widget_logo_position'
        UNION ALL SELECT 'column themes.widget_logo_url', 'table themes has no column widget_logo_url'
        UNION ALL SELECT 'column themes.widget_social_buttons_layout', 'table themes has no column widget_social_buttons_layout'
        UNION ALL SELECT 'column universal_login_templates.body', 'table universal_login_templates has no column body'
        UNION ALL SELECT 'column universal_login_templates.created_at_ts', 'table universal_login_templates has no column created_at_ts'
        UNION ALL SELECT 'column universal_login_templates.tenant_id', 'table universal_login_templates has no column tenant_id'
        UNION ALL SELECT 'column universal_login_templates.updated_at_ts', 'table universal_login_templates has no column updated_at_ts'
        UNION ALL SELECT 'column user_activity.failed_logins', 'table user_activity has no column failed_logins'
        UNION ALL SELECT 'column user_activity.last_ip', 'table user_activity has no column last_ip'
        UNION ALL SELECT 'column user_activity.last_login', 'table user_activity has no column last_login'
        UNION ALL SELECT 'column user_activity.last_password_reset', 'table user_activity has no column last_password_reset'
        UNION ALL SELECT 'column user_activity.login_count', 'table user_activity has no column login_count'
        UNION ALL SELECT 'column user_activity.tenant_id', 'table user_activity has no column tenant_id'
        UNION ALL SELECT 'column user_activity.user_id', 'table user_activity has no column user_id'
        UNION ALL SELECT 'column user_organizations.created_at', 'table user_organizations has no column created_at'
        UNION ALL SELECT 'column user_organizations.id', 'table user_organizations has no column id'
        UNION ALL SELECT 'column user_organizations.organization_id', 'table user_organizations has no column organization_id'
        UNION ALL SELECT 'column user_organizations.tenant_id', 'table user_organizations has no column tenant_id'
        UNION ALL SELECT 'column user_organizations.updated_at', 'table user_organizations has no column updated_at'
        UNION ALL SELECT 'column user_organizations.user_id', 'table user_organizations has no column user_id'
        UNION ALL SELECT 'column user_permissions.created_at', 'table user_permissions has no column created_at'
        UNION ALL SELECT 'column user_permissions.organization_id', 'table user_permissions has no column organization_id'
        UNION ALL SELECT 'column user_permissions.permission_name', 'table user_permissions has no column permission_name'
        UNION ALL SELECT 'column user_permissions.resource_server_identifier', 'table user_permissions has no column resource_server_identifier'
        UNION ALL SELECT 'column user_permissions.tenant_id', 'table user_permissions has no column tenant_id'
        UNION ALL SELECT 'column user_permissions.user_id', 'table user_permissions has no column user_id'
        UNION ALL SELECT 'column user_roles.created_at', 'table user_roles has no column created_at'
        UNION ALL SELECT 'column user_roles.organization_id', 'table user_roles has no column organization_id'
        UNION ALL SELECT 'column user_roles.role_id', 'table user_roles has no column role_id'
        UNION ALL SELECT 'column user_roles.tenant_id', 'table user_roles has no column tenant_id'
        UNION ALL SELECT 'column user_roles.user_id', 'table user_roles has no column user_id'
        UNION ALL SELECT 'column users.address', 'table users has no column address'
        UNION ALL SELECT 'column users.app_metadata', 'table users has no column app_metadata'
        UNION ALL SELECT 'column users.birthdate', 'table users has no column birthdate'
        UNION ALL SELECT 'column users.connection', 'table users has no column connection'
        UNION ALL SELECT 'column users.created_at', 'table users has no column created_at'
        UNION ALL SELECT 'column users.email', 'table users has no column email'
        UNION ALL SELECT 'column users.email_verified', 'table users has no column email_verified'
        UNION ALL SELECT 'column users.family_name', 'table users has no column family_name'
        UNION ALL SELECT 'column users.gender', 'table users has no column gender'
        UNION ALL SELECT 'column users.given_name', 'table users has no column given_name'
        UNION ALL SELECT 'column users.is_social', 'table users has no column is_social'
        UNION ALL SELECT 'column users.linked_to', 'table users has no column linked_to'
        UNION ALL SELECT 'column users.locale', 'table users has no column locale'
        UNION ALL SELECT 'column users.middle_name', 'table users has no column middle_name'
        UNION ALL SELECT 'column users.name', 'table users has no column name'
        UNION ALL SELECT 'column users.nickname', 'table users has no column nickname'
        UNION ALL SELECT 'column users.phone_number', 'table users has no column phone_number'
        UNION ALL SELECT 'column users.phone_verified', 'table users has no column phone_verified'
        UNION ALL SELECT 'column users.picture', 'table users has no column picture'
        UNION ALL SELECT 'column users.preferred_username', 'table users has no column preferred_username'
        UNION ALL SELECT 'column users.profile', 'table users has no column profile'
        UNION ALL SELECT 'column users.profileData', 'table users has no column profileData'
        UNION ALL SELECT 'column users.provider', 'table users has no column provider'
        UNION ALL SELECT 'column users.registration_completed_at', 'table users has no column registration_completed_at'
        UNION ALL SELECT 'column users.tenant_id', 'table users has no column tenant_id'
        UNION ALL SELECT 'column users.updated_at', 'table users has no column updated_at'
        UNION ALL SELECT 'column users.user_id', 'table users has no column user_id'
        UNION ALL SELECT 'column users.user_metadata', 'table users has no column user_metadata'
        UNION ALL SELECT 'column users.username', 'table users has no column username'
        UNION ALL SELECT 'column users.website', 'table users has no column website'
        UNION ALL SELECT 'column users.zoneinfo', 'table users has no column zoneinfo'
        UNION ALL SELECT 'foreign_key authentication_methods.authentication_methods_ibfk_1', 'table authentication_methods has no foreign key authentication_methods_ibfk_1'
        UNION ALL SELECT 'foreign_key branding.branding_ibfk_1', 'table branding has no foreign key branding_ibfk_1'
        UNION ALL SELECT 'foreign_key client_grants.client_grants_ibfk_1', 'table client_grants has no foreign key client_grants_ibfk_1'
        UNION ALL SELECT 'foreign_key client_grants.fk_client_grants_clients', 'table client_grants has no foreign key fk_client_grants_clients'
        UNION ALL SELECT 'foreign_key client_registration_tokens.client_registration_tokens_ibfk_1', 'table client_registration_tokens has no foreign key client_registration_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key clients.clients_ibfk_1', 'table clients has no foreign key clients_ibfk_1'
        UNION ALL SELECT 'foreign_key codes.codes_ibfk_1', 'table codes has no foreign key codes_ibfk_1'
        UNION ALL SELECT 'foreign_key codes.codes_user_id_tenant_id_constraint', 'table codes has no foreign key codes_user_id_tenant_id_constraint'
        UNION ALL SELECT 'foreign_key connections.connections_ibfk_1', 'table connections has no foreign key connections_ibfk_1'
        UNION ALL SELECT 'foreign_key custom_domains.custom_domains_ibfk_1', 'table custom_domains has no foreign key custom_domains_ibfk_1'
        UNION ALL SELECT 'foreign_key custom_text.custom_text_ibfk_1', 'table custom_text has no foreign key custom_text_ibfk_1'
        UNION ALL SELECT 'foreign_key email_templates.email_templates_tenant_fk', 'table email_templates has no foreign key email_templates_tenant_fk'
        UNION ALL SELECT 'foreign_key grants.grants_ibfk_1', 'table grants has no foreign key grants_ibfk_1'
        UNION ALL SELECT 'foreign_key grants.grants_user_id_constraint', 'table grants has no foreign key grants_user_id_constraint'
        UNION ALL SELECT 'foreign_key hooks.hooks_ibfk_1', 'table hooks has no foreign key hooks_ibfk_1'
        UNION ALL SELECT 'foreign_key keys.keys_ibfk_1', 'table keys has no foreign key keys_ibfk_1'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_session_fk', 'table login_sessions has no foreign key login_sessions_session_fk'
        UNION ALL SELECT 'foreign_key login_sessions.login_sessions_tenant_fk', 'table login_sessions has no foreign key login_sessions_tenant_fk'
        UNION ALL SELECT 'foreign_key migrations.migrations_ibfk_1', 'table migrations has no foreign key migrations_ibfk_1'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_connection_fk', 'table organization_connections has no foreign key organization_connections_connection_fk'
        UNION ALL SELECT 'foreign_key organization_connections.organization_connections_organization_fk', 'table organization_connections has no foreign key organization_connections_organization_fk'
        UNION ALL SELECT 'foreign_key passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no foreign key password_history_user_id_tenant_id_constraint'
        UNION ALL SELECT 'foreign_key passwords.passwords_ibfk_1', 'table passwords has no foreign key passwords_ibfk_1'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no foreign key refresh_tokens_client_fk'
        UNION ALL SELECT 'foreign_key refresh_tokens.refresh_tokens_tenant_fk', 'table refresh_tokens has no foreign key refresh_tokens_tenant_fk'
        UNION ALL SELECT 'foreign_key sessions.sessions_user_fk', 'table sessions has no foreign key sessions_user_fk'
        UNION ALL SELECT 'foreign_key tenant_operation_events.tenant_operation_events_operation_id_constraint', 'table tenant_operation_events has no foreign key tenant_operation_events_operation_id_constraint'
        UNION ALL SELECT 'foreign_key themes.themes_ibfk_1', 'table themes has no foreign key themes_ibfk_1'
        UNION ALL SELECT 'foreign_key universal_login_templates.universal_login_templates_ibfk_1', 'table universal_login_templates has no foreign key universal_login_templates_ibfk_1'
        UNION ALL SELECT 'foreign_key user_activity.user_activity_user_id_constraint', 'table user_activity has no foreign key user_activity_user_id_constraint'
        UNION ALL SELECT 'foreign_key users.linked_to_constraint', 'table users has no foreign key linked_to_constraint'
        UNION ALL SELECT 'foreign_key users.users_ibfk_1', 'table users has no foreign key users_ibfk_1'
        UNION ALL SELECT 'index action_executions.PRIMARY', 'table action_executions has no index PRIMARY'
        UNION ALL SELECT 'index action_executions.idx_action_executions_tenant', 'table action_executions has no index idx_action_executions_tenant'
        UNION ALL SELECT 'index action_versions.PRIMARY', 'table action_versions has no index PRIMARY'
        UNION ALL SELECT 'index action_versions.idx_action_versions_action', 'table action_versions has no index idx_action_versions_action'
        UNION ALL SELECT 'index action_versions.uniq_action_versions_action_number', 'table action_versions has no index uniq_action_versions_action_number'
        UNION ALL SELECT 'index actions.PRIMARY', 'table actions has no index PRIMARY'
        UNION ALL SELECT 'index actions.idx_actions_tenant', 'table actions has no index idx_actions_tenant'
        UNION ALL SELECT 'index authentication_methods.PRIMARY', 'table authentication_methods has no index PRIMARY'
        UNION ALL SELECT 'index authentication_methods.authentication_methods_credential_id_idx', 'table authentication_methods has no index authentication_methods_credential_id_idx'
        UNION ALL SELECT 'index authentication_methods.mfa_enrollments_tenant_user_idx', 'table authentication_methods has no index mfa_enrollments_tenant_user_idx'
        UNION ALL SELECT 'index branding.PRIMARY', 'table branding has no index PRIMARY'
        UNION ALL SELECT 'index client_grants.PRIMARY', 'table client_grants has no index PRIMARY'
        UNION ALL SELECT 'index client_grants.idx_client_grants_audience', 'table client_grants has no index idx_client_grants_audience'
        UNION ALL SELECT 'index client_grants.uq_client_grants_tenant_client_audience', 'table client_grants has no index uq_client_grants_tenant_client_audience'
        UNION ALL SELECT 'index client_registration_tokens.PRIMARY', 'table client_registration_tokens has no index PRIMARY'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_client', 'table client_registration_tokens has no index idx_client_registration_tokens_client'
        UNION ALL SELECT 'index client_registration_tokens.idx_client_registration_tokens_hash', 'table client_registration_tokens has no index idx_client_registration_tokens_hash'
        UNION ALL SELECT 'index clients.PRIMARY', 'table clients has no index PRIMARY'
        UNION ALL SELECT 'index clients.idx_clients_owner_user_id', 'table clients has no index idx_clients_owner_user_id'
        UNION ALL SELECT 'index codes.PRIMARY', 'table codes has no index PRIMARY'
        UNION ALL SELECT 'index codes.codes_user_id_tenant_id_constraint', 'table codes has no index codes_user_id_tenant_id_constraint'
        UNION ALL SELECT 'index codes.idx_codes_expires_at_ts', 'table codes has no index idx_codes_expires_at_ts'
        UNION ALL SELECT 'index codes.tenant_id', 'table codes has no index tenant_id'
        UNION ALL SELECT 'index connections.PRIMARY', 'table connections has no index PRIMARY'
        UNION ALL SELECT 'index control_plane_comm_keys.PRIMARY', 'table control_plane_comm_keys has no index PRIMARY'
        UNION ALL SELECT 'index control_plane_comm_keys.control_plane_comm_keys_tenant_id_created_at_idx', 'table control_plane_comm_keys has no index control_plane_comm_keys_tenant_id_created_at_idx'
        UNION ALL SELECT 'index custom_domains.PRIMARY', 'table custom_domains has no index PRIMARY'
        UNION ALL SELECT 'index custom_domains.tenant_id', 'table custom_domains has no index tenant_id'
        UNION ALL SELECT 'index custom_text.PRIMARY', 'table custom_text has no index PRIMARY'
        UNION ALL SELECT 'index email_providers.PRIMARY', 'table email_providers has no index PRIMARY'
        UNION ALL SELECT 'index email_templates.PRIMARY', 'table email_templates has no index PRIMARY'
        UNION ALL SELECT 'index flows.PRIMARY', 'table flows has no index PRIMARY'
        UNION ALL SELECT 'index flows.flows_tenant_id_idx', 'table flows has no index flows_tenant_id_idx'
        UNION ALL SELECT 'index forms.PRIMARY', 'table forms has no index PRIMARY'
        UNION ALL SELECT 'index forms.forms_tenant_id_idx', 'table forms has no index forms_tenant_id_idx'
        UNION ALL SELECT 'index grants.PRIMARY', 'table grants has no index PRIMARY'
        UNION ALL SELECT 'index grants.grants_natural_key_idx', 'table grants has no index grants_natural_key_idx'
        UNION ALL SELECT 'index grants.grants_tenant_user_idx', 'table grants has no index grants_tenant_user_idx'
        UNION ALL SELECT 'index grants.grants_user_id_constraint', 'table grants has no index grants_user_id_constraint'
        UNION ALL SELECT 'index hook_code.PRIMARY', 'table hook_code has no index PRIMARY'
        UNION ALL SELECT 'index hook_code.idx_hook_code_tenant', 'table hook_code has no index idx_hook_code_tenant'
        UNION ALL SELECT 'index hooks.PRIMARY', 'table hooks has no index PRIMARY'
        UNION ALL SELECT 'index hooks.tenant_id', 'table hooks has no index tenant_id'
        UNION ALL SELECT 'index invites.PRIMARY', 'table invites has no index PRIMARY'
        UNION ALL SELECT 'index invites.idx_invites_expires_at', 'table invites has no index idx_invites_expires_at'
        UNION ALL SELECT 'index invites.idx_invites_organization_id', 'table invites has no index idx_invites_organization_id'
        UNION ALL SELECT 'index invites.idx_invites_tenant_created', 'table invites has no index idx_invites_tenant_created'
        UNION ALL SELECT 'index keys.PRIMARY', 'table keys has no index PRIMARY'
        UNION ALL SELECT 'index keys.tenant_id', 'table keys has no index tenant_id'
        UNION ALL SELECT 'index kysely_migration.PRIMARY', 'table kysely_migration has no index PRIMARY'
        UNION ALL SELECT 'index kysely_migration_lock.PRIMARY', 'table kysely_migration_lock has no index PRIMARY'
        UNION ALL SELECT 'index log_streams.PRIMARY', 'table log_streams has no index PRIMARY'
        UNION ALL SELECT 'index log_streams.idx_log_streams_tenant_id', 'table log_streams has no index idx_log_streams_tenant_id'
        UNION ALL SELECT 'index login_sessions.PRIMARY', 'table login_sessions has no index PRIMARY'
        UNION ALL SELECT 'index login_sessions.idx_login_sessions_expires_at_ts', 'table login_sessions has no index idx_login_sessions_expires_at_ts'
        UNION ALL SELECT 'index login_sessions.login_sessions_id_index', 'table login_sessions has no index login_sessions_id_index'
        UNION ALL SELECT 'index login_sessions.login_sessions_session_fk', 'table login_sessions has no index login_sessions_session_fk'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_idx', 'table login_sessions has no index login_sessions_state_idx'
        UNION ALL SELECT 'index login_sessions.login_sessions_state_updated_idx', 'table login_sessions has no index login_sessions_state_updated_idx'
        UNION ALL SELECT 'index login_sessions.login_sessions_tenant_user_idx', 'table login_sessions has no index login_sessions_tenant_user_idx'
        UNION ALL SELECT 'index logs.PRIMARY', 'table logs has no index PRIMARY'
        UNION ALL SELECT 'index migration_sources.PRIMARY', 'table migration_sources has no index PRIMARY'
        UNION ALL SELECT 'index migration_sources.idx_migration_sources_tenant_id', 'table migration_sources has no index idx_migration_sources_tenant_id'
        UNION ALL SELECT 'index migrations.PRIMARY', 'table migrations has no index PRIMARY'
        UNION ALL SELECT 'index migrations.tenant_id', 'table migrations has no index tenant_id'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_connection', 'table organization_connections has no index idx_organization_connections_tenant_connection'
        UNION ALL SELECT 'index organization_connections.idx_organization_connections_tenant_org', 'table organization_connections has no index idx_organization_connections_tenant_org'
        UNION ALL SELECT 'index organization_connections.organization_connections_organization_fk', 'table organization_connections has no index organization_connections_organization_fk'
        UNION ALL SELECT 'index organization_connections.organization_connections_unique', 'table organization_connections has no index organization_connections_unique'
        UNION ALL SELECT 'index organizations.PRIMARY', 'table organizations has no index PRIMARY'
        UNION ALL SELECT 'index organizations.idx_organizations_tenant_name_unique', 'table organizations has no index idx_organizations_tenant_name_unique'
        UNION ALL SELECT 'index outbox_events.PRIMARY', 'table outbox_events has no index PRIMARY'
        UNION ALL SELECT 'index outbox_events.idx_outbox_claim', 'table outbox_events has no index idx_outbox_claim'
        UNION ALL SELECT 'index outbox_events.idx_outbox_events_tenant_dead_lettered', 'table outbox_events has no index idx_outbox_events_tenant_dead_lettered'
        UNION ALL SELECT 'index outbox_events.idx_outbox_tenant_type', 'table outbox_events has no index idx_outbox_tenant_type'
        UNION ALL SELECT 'index outbox_events.idx_outbox_unprocessed', 'table outbox_events has no index idx_outbox_unprocessed'
        UNION ALL SELECT 'index passwords.PRIMARY', 'table passwords has no index PRIMARY'
        UNION ALL SELECT 'index passwords.password_history_user_id_tenant_id_constraint', 'table passwords has no index password_history_user_id_tenant_id_constraint'
        UNION ALL SELECT 'index passwords.tenant_id', 'table passwords has no index tenant_id'
        UNION ALL SELECT 'index prompt_settings.PRIMARY', 'table prompt_settings has no index PRIMARY'
        UNION ALL SELECT 'index proxy_routes.PRIMARY', 'table proxy_routes has no index PRIMARY'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_custom_domain_id_idx', 'table proxy_routes has no index proxy_routes_custom_domain_id_idx'
        UNION ALL SELECT 'index proxy_routes.proxy_routes_tenant_id_idx', 'table proxy_routes has no index proxy_routes_tenant_id_idx'
        UNION ALL SELECT 'index refresh_tokens.PRIMARY', 'table refresh_tokens has no index PRIMARY'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_family_id', 'table refresh_tokens has no index idx_refresh_tokens_family_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_idle_expires_at_ts', 'table refresh_tokens has no index idx_refresh_tokens_idle_expires_at_ts'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_login_id', 'table refresh_tokens has no index idx_refresh_tokens_login_id'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_token_lookup', 'table refresh_tokens has no index idx_refresh_tokens_token_lookup'
        UNION ALL SELECT 'index refresh_tokens.idx_refresh_tokens_user_id', 'table refresh_tokens has no index idx_refresh_tokens_user_id'
        UNION ALL SELECT 'index refresh_tokens.refresh_tokens_client_fk', 'table refresh_tokens has no index refresh_tokens_client_fk'
        UNION ALL SELECT 'index resource_servers.PRIMARY', 'table resource_servers has no index PRIMARY'
        UNION ALL SELECT 'index resource_servers.resource_servers_tenant_identifier_uq', 'table resource_servers has no index resource_servers_tenant_identifier_uq'
        UNION ALL SELECT 'index role_permissions.PRIMARY', 'table role_permissions has no index PRIMARY'
        UNION ALL SELECT 'index role_permissions.role_permissions_permission_fk', 'table role_permissions has no index role_permissions_permission_fk'
        UNION ALL SELECT 'index roles.PRIMARY', 'table roles has no index PRIMARY'
        UNION ALL SELECT 'index roles.roles_tenant_name_uq', 'table roles has no index roles_tenant_name_uq'
        UNION ALL SELECT 'index rollouts.PRIMARY', 'table rollouts has no index PRIMARY'
        UNION ALL SELECT 'index sessions.PRIMARY', 'table sessions has no index PRIMARY'
        UNION ALL SELECT 'index sessions.idx_sessions_expires_at_ts', 'table sessions has no index idx_sessions_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_idle_expires_at_ts', 'table sessions has no index idx_sessions_idle_expires_at_ts'
        UNION ALL SELECT 'index sessions.idx_sessions_user_id', 'table sessions has no index idx_sessions_user_id'
        UNION ALL SELECT 'index sessions.sessions_user_fk', 'table sessions has no index sessions_user_fk'
        UNION ALL SELECT 'index tenant_operation_events.PRIMARY', 'table tenant_operation_events has no index PRIMARY'
        UNION ALL SELECT 'index tenant_operation_events.tenant_operation_events_operation_id_created_at_idx', 'table tenant_operation_events has no index tenant_operation_events_operation_id_created_at_idx'
        UNION ALL SELECT 'index tenant_operations.PRIMARY', 'table tenant_operations has no index PRIMARY'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_rollout_id_idx', 'table tenant_operations has no index tenant_operations_rollout_id_idx'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_status_idx', 'table tenant_operations has no index tenant_operations_status_idx'
        UNION ALL SELECT 'index tenant_operations.tenant_operations_tenant_id_created_at_idx', 'table tenant_operations has no index tenant_operations_tenant_id_created_at_idx'
        UNION ALL SELECT 'index tenants.PRIMARY', 'table tenants has no index PRIMARY'
        UNION ALL SELECT 'index themes.PRIMARY', 'table themes has no index PRIMARY'
        UNION ALL SELECT 'index universal_login_templates.PRIMARY', 'table universal_login_templates has no index PRIMARY'
        UNION ALL SELECT 'index user_activity.PRIMARY', 'table user_activity has no index PRIMARY'
        UNION ALL SELECT 'index user_activity.user_activity_user_id_constraint', 'table user_activity has no index user_activity_user_id_constraint'
        UNION ALL SELECT 'index user_organizations.PRIMARY', 'table user_organizations has no index PRIMARY'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_organization_id', 'table user_organizations has no index idx_user_organizations_organization_id'
        UNION ALL SELECT 'index user_organizations.idx_user_organizations_user_id', 'table user_organizations has no index idx_user_organizations_user_id'
        UNION ALL SELECT 'index user_organizations.user_organizations_unique', 'table user_organizations has no index user_organizations_unique'
        UNION ALL SELECT 'index user_permissions.PRIMARY', 'table user_permissions has no index PRIMARY'
        UNION ALL SELECT 'index user_permissions.user_permissions_organization_fk', 'table user_permissions has no index user_permissions_organization_fk'
        UNION ALL SELECT 'index user_permissions.user_permissions_permission_fk', 'table user_permissions has no index user_permissions_permission_fk'
        UNION ALL SELECT 'index user_permissions.user_permissions_user_fk', 'table user_permissions has no index user_permissions_user_fk'
        UNION ALL SELECT 'index user_roles.PRIMARY', 'table user_roles has no index PRIMARY'
        UNION ALL SELECT 'index user_roles.user_roles_organization_fk', 'table user_roles has no index user_roles_organization_fk'
        UNION ALL SELECT 'index user_roles.user_roles_role_fk', 'table user_roles has no index user_roles_role_fk'
        UNION ALL SELECT 'index user_roles.user_roles_user_fk', 'table user_roles has no index user_roles_user_fk'
        UNION ALL SELECT 'index users.PRIMARY', 'table users has no index PRIMARY'
        UNION ALL SELECT 'index users.linked_to_constraint', 'table users has no index linked_to_constraint'
        UNION ALL SELECT 'index users.unique_email_provider', 'table users has no index unique_email_provider'
        UNION ALL SELECT 'index users.unique_phone_provider', 'table users has no index unique_phone_provider'
        UNION ALL SELECT 'index users.unique_username_provider', 'table users has no index unique_username_provider'
        UNION ALL SELECT 'index users.users_email_index', 'table users has no index users_email_index'
        UNION ALL SELECT 'index users.users_linked_to_index', 'table users has no index users_linked_to_index'
        UNION ALL SELECT 'index users.users_name_index', 'table users has no index users_name_index'
        UNION ALL SELECT 'index users.users_phone_tenant_provider_index', 'table users has no index users_phone_tenant_provider_index'
        UNION ALL SELECT 'table action_executions', 'table action_executions is missing'
        UNION ALL SELECT 'table action_versions', 'table action_versions is missing'
        UNION ALL SELECT 'table actions', 'table actions is missing'
        UNION ALL SELECT 'table authentication_methods', 'table authentication_methods is missing'
        UNION ALL SELECT 'table branding', 'table branding is missing'
        UNION ALL SELECT 'table client_grants', 'table client_grants is missing'
        UNION ALL SELECT 'table client_registration_tokens', 'table client_registration_tokens is missing'
        UNION ALL SELECT 'table clients', 'table clients is missing'
        UNION ALL SELECT 'table codes', 'table codes is missing'
        UNION ALL SELECT 'table connections', 'table connections is missing'
        UNION ALL SELECT 'table control_plane_comm_keys', 'table control_plane_comm_keys is missing'
        UNION ALL SELECT 'table custom_domains', 'table custom_domains is missing'
        UNION ALL SELECT 'table custom_text', 'table custom_text is missing'
        UNION ALL SELECT 'table email_providers', 'table email_providers is missing'
        UNION ALL SELECT 'table email_templates', 'table email_templates is missing'
        UNION ALL SELECT 'table flows', 'table flows is missing'
        UNION ALL SELECT 'table forms', 'table forms is missing'
        UNION ALL SELECT 'table grants', 'table grants is missing'
        UNION ALL SELECT 'table hook_code', 'table hook_code is missing'
        UNION ALL SELECT 'table hooks', 'table hooks is missing'
        UNION ALL SELECT 'table invites', 'table invites is missing'
        UNION ALL SELECT 'table keys', 'table keys is missing'
        UNION ALL SELECT 'table kysely_migration', 'table kysely_migration is missing'
        UNION ALL SELECT 'table kysely_migration_lock', 'table kysely_migration_lock is missing'
        UNION ALL SELECT 'table log_streams', 'table log_streams is missing'
        UNION ALL SELECT 'table login_sessions', 'table login_sessions is missing'
        UNION ALL SELECT 'table logs', 'table logs is missing'
        UNION ALL SELECT 'table migration_sources', 'table migration_sources is missing'
        UNION ALL SELECT 'table migrations', 'table migrations is missing'
        UNION ALL SELECT 'table organization_connections', 'table organization_connections is missing'
        UNION ALL SELECT 'table organizations', 'table organizations is missing'
        UNION ALL SELECT 'table outbox_events', 'table outbox_events is missing'
        UNION ALL SELECT 'table passwords', 'table passwords is missing'
        UNION ALL SELECT 'table prompt_settings', 'table prompt_settings is missing'
        UNION ALL SELECT 'table proxy_routes', 'table proxy_routes is missing'
        UNION ALL SELECT 'table refresh_tokens', 'table refresh_tokens is missing'
        UNION ALL SELECT 'table resource_servers', 'table resource_servers is missing'
        UNION ALL SELECT 'table role_permissions', 'table role_permissions is missing'
        UNION ALL SELECT 'table roles', 'table roles is missing'
        UNION ALL SELECT 'table rollouts', 'table rollouts is missing'
        UNION ALL SELECT 'table sessions', 'table sessions is missing'
        UNION ALL SELECT 'table tenant_operation_events', 'table tenant_operation_events is missing'
        UNION ALL SELECT 'table tenant_operations', 'table tenant_operations is missing'
        UNION ALL SELECT 'table tenants', 'table tenants is missing'
        UNION ALL SELECT 'table themes', 'table themes is missing'
        UNION ALL SELECT 'table universal_login_templates', 'table universal_login_templates is missing'
        UNION ALL SELECT 'table user_activity', 'table user_activity is missing'
        UNION ALL SELECT 'table user_organizations', 'table user_organizations is missing'
        UNION ALL SELECT 'table user_permissions', 'table user_permissions is missing'
        UNION ALL SELECT 'table user_roles', 'table user_roles is missing'
        UNION ALL SELECT 'table users', 'table users is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('action_executions', 'action_versions', 'actions', 'authentication_methods', 'branding', 'client_grants', 'client_registration_tokens', 'clients', 'codes', 'connections', 'control_plane_comm_keys', 'custom_domains', 'custom_text', 'email_providers', 'email_templates', 'flows', 'forms', 'grants', 'hook_code', 'hooks', 'invites', 'keys', 'kysely_migration', 'kysely_migration_lock', 'log_streams', 'login_sessions', 'logs', 'migration_sources', 'migrations', 'organization_connections', 'organizations', 'outbox_events', 'passwords', 'prompt_settings', 'proxy_routes', 'refresh_tokens', 'resource_servers', 'role_permissions', 'roles', 'rollouts', 'sessions', 'tenant_operation_events', 'tenant_operations', 'tenants', 'themes', 'universal_login_templates', 'user_activity', 'user_organizations', 'user_permissions', 'user_roles', 'users') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at authhero 11.20 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect authhero names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: authhero 11.21 → 11.20: the database was at 11.20 already: nothing to do', 'plan: authhero 11.21 → 11.20: the database was at 11.20 already: nothing to do', 'plan: authhero 11.21 → 11.20 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
