-- plan 0.1.0 · fief 0.28 → 0.27 · mysql · rollback
-- what:     this script rolls a fief database back from 0.28 to 0.27 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: every Fief server and worker that uses this database
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=fief-0.28-before.sql.partial DATABASE && mv fief-0.28-before.sql.partial fief-0.28-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < fief-0.28-before.sql; not over this one, which fails on what the script added)
-- also:     creates the database `08e952f1-8a79-4672-99f8-ea6919cd4692` (location workspace: --param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692) when it is missing, and tables in it, outside the database it runs in: the account that runs it needs CREATE on that database (GRANT CREATE ON `08e952f1-8a79-4672-99f8-ea6919cd4692`.* …, or on *.*), and there the privileges it needs in this one
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- start:    after applying: Fief 0.27 (it runs its own Alembic upgrade to head on start)
-- reverse:  npx plan compile fief 0.27 0.28 --dialect mysql --param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 -o up.sql
-- this rollback drops: no table or column
-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692 (workspace_id: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/fief/product.yaml plans/fief/0.27-0.28.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/fief/product.yaml 9ed9f74bbf660848d1152c8ba893dd1fae31f45511883942d3cb777414f3642c
--   plans/fief/0.27-0.28.yaml 6b1c17c6a4ed62709deb7042f413e1c5ab78886e2d777a525c90e8285c410fb7
--   schema at 0.27 replayed from 1 plan (plans/fief/0-0.27.yaml …) 30a0bc4d926aaa4c31b16f1faad0c349187e10650ab6d7eb78f5fa9f204efd99
--     (check: cat plans/fief/0-0.27.yaml > /dev/null && for f in plans/fief/0-0.27.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 28 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 0.28, at 0.27, or between them on this script's path (a resumed run)
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
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', CONCAT(' exists', REPLACE(f.def, 'present', '')), CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column admin_api_key.created_at' AS k, 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP' AS def, 3 AS f
        UNION ALL SELECT 'column admin_api_key.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column admin_api_key.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column admin_api_key.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column admin_api_key.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column admin_api_key.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column admin_api_key.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column admin_api_key.workspace_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column admin_session_tokens.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column admin_session_tokens.raw_tokens', 'text NOT NULL', 3
        UNION ALL SELECT 'column admin_session_tokens.raw_userinfo', 'text NOT NULL', 3
        UNION ALL SELECT 'column admin_session_tokens.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column alembic_version.version_num', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column fief_alembic_version.version_num', 'varchar(32) NOT NULL', 3
        UNION ALL SELECT 'column fief_audit_logs.admin_api_key_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_audit_logs.admin_user_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_audit_logs.extra', 'json', 3
        UNION ALL SELECT 'column fief_audit_logs.extra', 'longtext', 3
        UNION ALL SELECT 'column fief_audit_logs.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_audit_logs.level', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_audit_logs.message', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_audit_logs.object_class', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_audit_logs.object_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_audit_logs.subject_user_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_audit_logs.timestamp', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.acr', 'enum(''0'',''1'') NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.authenticated_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.c_hash', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.client_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.code', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge_method', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_authorization_codes.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.nonce', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_authorization_codes.redirect_uri', 'varchar(2048) NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_authorization_codes.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'int NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'int NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.client_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.client_secret', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.client_type', 'enum(''public'',''confidential'') NOT NULL DEFAULT ''confidential''', 3
        UNION ALL SELECT 'column fief_clients.client_type', 'enum(''public'',''confidential'') NOT NULL DEFAULT confidential', 3
        UNION ALL SELECT 'column fief_clients.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_clients.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_clients.encrypt_jwk', 'text', 3
        UNION ALL SELECT 'column fief_clients.first_party', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'int NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.tenant_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_domains.domain', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_domains.domain_id', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_domains.email_provider', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_domains.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_domains.records', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_email_domains.records', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_templates.content', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_templates.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_templates.subject', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_email_templates.type', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_verifications.code', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_verifications.email', 'varchar(320) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_verifications.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_email_verifications.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_email_verifications.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_grants.client_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_grants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_grants.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_grants.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_grants.scope', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_grants.scope', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_grants.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.acr', 'enum(''0'',''1'') NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.client_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.code_challenge', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_login_sessions.code_challenge_method', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_login_sessions.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.nonce', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_login_sessions.prompt', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_login_sessions.redirect_uri', 'varchar(2048) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.response_mode', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.response_type', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.scope', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.scope', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.state', 'varchar(2048)', 3
        UNION ALL SELECT 'column fief_login_sessions.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_oauth_accounts.access_token', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_accounts.account_email', 'varchar(512)', 3
        UNION ALL SELECT 'column fief_oauth_accounts.account_id', 'varchar(512) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_oauth_accounts.expires_at', 'timestamp', 3
        UNION ALL SELECT 'column fief_oauth_accounts.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_accounts.oauth_provider_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_accounts.refresh_token', 'text', 3
        UNION ALL SELECT 'column fief_oauth_accounts.tenant_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_oauth_accounts.user_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_oauth_providers.client_id', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_providers.client_secret', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_oauth_providers.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_providers.name', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_oauth_providers.openid_configuration_endpoint', 'text', 3
        UNION ALL SELECT 'column fief_oauth_providers.provider', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_oauth_sessions.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_sessions.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_account_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_provider_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_sessions.redirect_uri', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_sessions.tenant_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_sessions.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_permissions.codename', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_permissions.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_permissions.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_refresh_tokens.authenticated_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.client_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_refresh_tokens.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_refresh_tokens.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_registration_sessions.email', 'varchar(320)', 3
        UNION ALL SELECT 'column fief_registration_sessions.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_registration_sessions.flow', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_registration_sessions.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_registration_sessions.oauth_account_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_registration_sessions.tenant_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_registration_sessions.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_roles.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_roles.granted_by_default', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_roles.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_roles.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_roles_permissions.permission_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_roles_permissions.role_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_session_tokens.expires_at', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column fief_session_tokens.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_session_tokens.token', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_session_tokens.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.application_url', 'varchar(512)', 3
        UNION ALL SELECT 'column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_tenants.default', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.email_domain_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_tenants.email_from_email', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_tenants.email_from_name', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_tenants.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.logo_url', 'varchar(512)', 3
        UNION ALL SELECT 'column fief_tenants.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.registration_allowed', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.sign_jwk', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.slug', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants.theme_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_tenants_oauth_providers.oauth_provider_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_tenants_oauth_providers.tenant_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.accent_color', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.background_color', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_themes.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_themes.default', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.font_css_url', 'varchar(512)', 3
        UNION ALL SELECT 'column fief_themes.font_family', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.font_size', 'int NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.font_size', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.input_color', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.input_color_background', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.light_color', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.light_color_hover', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.primary_color', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.primary_color_hover', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.primary_color_light', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.text_color', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_field_values.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_field_values.user_field_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_field_values.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_field_values.value_boolean', 'tinyint(1)', 3
        UNION ALL SELECT 'column fief_user_field_values.value_date', 'date', 3
        UNION ALL SELECT 'column fief_user_field_values.value_datetime', 'timestamp', 3
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'int', 3
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'int(11)', 3
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'json', 3
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'longtext', 3
        UNION ALL SELECT 'column fief_user_field_values.value_string', 'text', 3
        UNION ALL SELECT 'column fief_user_fields.configuration', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_user_fields.configuration', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_fields.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_fields.name', 'varchar(320) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_fields.slug', 'varchar(320) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_fields.type', 'enum(''STRING'',''INTEGER'',''BOOLEAN'',''DATE'',''DATETIME'',''CHOICE'',''PHONE_NUMBER'',''ADDRESS'',''TIMEZONE'')', 3
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_permissions.from_role_id', 'char(36)', 3
        UNION ALL SELECT 'column fief_user_permissions.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_permissions.permission_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_permissions.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_roles.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_roles.role_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_user_roles.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_users.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_users.email', 'varchar(320) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.email_lower', 'varchar(320) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.email_verified', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.hashed_password', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.is_active', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.tenant_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_users.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'int NOT NULL', 3
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_webhook_logs.error_message', 'text', 3
        UNION ALL SELECT 'column fief_webhook_logs.error_type', 'varchar(255)', 3
        UNION ALL SELECT 'column fief_webhook_logs.event', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhook_logs.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhook_logs.payload', 'text NOT NULL', 3
        UNION ALL SELECT 'column fief_webhook_logs.response', 'text', 3
        UNION ALL SELECT 'column fief_webhook_logs.success', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_webhook_logs.webhook_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_webhooks.events', 'json NOT NULL', 3
        UNION ALL SELECT 'column fief_webhooks.events', 'longtext NOT NULL', 3
        UNION ALL SELECT 'column fief_webhooks.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhooks.secret', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column fief_webhooks.url', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column workspace_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column workspace_users.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column workspace_users.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column workspace_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column workspace_users.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column workspace_users.user_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column workspace_users.workspace_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column workspaces.alembic_revision', 'varchar(255)', 3
        UNION ALL SELECT 'column workspaces.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column workspaces.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column workspaces.database_host', 'text', 3
        UNION ALL SELECT 'column workspaces.database_name', 'text', 3
        UNION ALL SELECT 'column workspaces.database_password', 'text', 3
        UNION ALL SELECT 'column workspaces.database_port', 'text', 3
        UNION ALL SELECT 'column workspaces.database_ssl_mode', 'text', 3
        UNION ALL SELECT 'column workspaces.database_table_prefix', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column workspaces.database_type', 'enum(''POSTGRESQL'',''MYSQL'',''SQLITE'')', 3
        UNION ALL SELECT 'column workspaces.database_use_schema', 'tinyint(1) NOT NULL', 3
        UNION ALL SELECT 'column workspaces.database_username', 'text', 3
        UNION ALL SELECT 'column workspaces.domain', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column workspaces.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column workspaces.name', 'varchar(255) NOT NULL', 3
        UNION ALL SELECT 'column workspaces.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP', 3
        UNION ALL SELECT 'column workspaces.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()', 3
        UNION ALL SELECT 'column workspaces.users_count', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column workspaces.users_count', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'workspace_id -> workspaces (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_clients.fief_clients_ibfk_1', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'oauth_account_id -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'oauth_account_id -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'permission_id -> fief_permissions (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'email_domain_id -> fief_email_domains (id) ON DELETE SET NULL ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'theme_id -> fief_themes (id) ON DELETE SET NULL ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'user_field_id -> fief_user_fields (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'from_role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'permission_id -> fief_permissions (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_users.fief_users_ibfk_1', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'webhook_id -> fief_webhooks (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'foreign_key workspace_users.workspace_users_ibfk_1', 'workspace_id -> workspaces (id) ON DELETE CASCADE ON UPDATE RESTRICT', 3
        UNION ALL SELECT 'index admin_api_key.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_created_at', 'created_at', 3
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index admin_api_key.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index admin_api_key.workspace_id', 'workspace_id', 3
        UNION ALL SELECT 'index admin_session_tokens.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'created_at', 3
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index admin_session_tokens.token', 'UNIQUE token', 3
        UNION ALL SELECT 'index alembic_version.PRIMARY', 'UNIQUE version_num', 3
        UNION ALL SELECT 'index fief_alembic_version.PRIMARY', 'UNIQUE version_num', 3
        UNION ALL SELECT 'index fief_audit_logs.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'admin_api_key_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'admin_user_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_level', 'level', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'object_class', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'object_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'subject_user_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'timestamp', 3
        UNION ALL SELECT 'index fief_authorization_codes.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_authorization_codes.client_id', 'client_id', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'UNIQUE code', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_authorization_codes.user_id', 'user_id', 3
        UNION ALL SELECT 'index fief_clients.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_id', 'client_id', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_secret', 'client_secret', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_clients.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index fief_email_domains.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_email_domains.domain', 'UNIQUE domain', 3
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_email_templates.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_email_templates.type', 'UNIQUE type', 3
        UNION ALL SELECT 'index fief_email_verifications.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_code', 'UNIQUE code', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_email', 'email', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_email_verifications.user_id', 'user_id', 3
        UNION ALL SELECT 'index fief_grants.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_grants.client_id', 'client_id', 3
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_grants.user_id', 'UNIQUE user_id, client_id', 3
        UNION ALL SELECT 'index fief_login_sessions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_login_sessions.client_id', 'client_id', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_token', 'UNIQUE token', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_oauth_accounts.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'account_id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_oauth_accounts.oauth_provider_id', 'UNIQUE oauth_provider_id, user_id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.user_id', 'user_id', 3
        UNION ALL SELECT 'index fief_oauth_providers.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'UNIQUE token', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_account_id', 'oauth_account_id', 3
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_provider_id', 'oauth_provider_id', 3
        UNION ALL SELECT 'index fief_oauth_sessions.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index fief_permissions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_permissions.codename', 'UNIQUE codename', 3
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_refresh_tokens.client_id', 'client_id', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'UNIQUE token', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.user_id', 'user_id', 3
        UNION ALL SELECT 'index fief_registration_sessions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'UNIQUE token', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_registration_sessions.oauth_account_id', 'oauth_account_id', 3
        UNION ALL SELECT 'index fief_registration_sessions.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index fief_roles.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_roles_permissions.PRIMARY', 'UNIQUE role_id, permission_id', 3
        UNION ALL SELECT 'index fief_roles_permissions.permission_id', 'permission_id', 3
        UNION ALL SELECT 'index fief_session_tokens.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'expires_at', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_token', 'UNIQUE token', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_session_tokens.user_id', 'user_id', 3
        UNION ALL SELECT 'index fief_tenants.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_tenants.email_domain_id', 'email_domain_id', 3
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_tenants.slug', 'UNIQUE slug', 3
        UNION ALL SELECT 'index fief_tenants.theme_id', 'theme_id', 3
        UNION ALL SELECT 'index fief_tenants_oauth_providers.PRIMARY', 'UNIQUE tenant_id, oauth_provider_id', 3
        UNION ALL SELECT 'index fief_tenants_oauth_providers.oauth_provider_id', 'oauth_provider_id', 3
        UNION ALL SELECT 'index fief_themes.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_user_field_values.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_user_field_values.user_field_id', 'UNIQUE user_field_id, user_id', 3
        UNION ALL SELECT 'index fief_user_field_values.user_id', 'user_id', 3
        UNION ALL SELECT 'index fief_user_fields.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_slug', 'UNIQUE slug', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_type', 'type', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_user_permissions.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_user_permissions.from_role_id', 'from_role_id', 3
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_user_permissions.permission_id', 'permission_id', 3
        UNION ALL SELECT 'index fief_user_permissions.user_id', 'UNIQUE user_id, permission_id, from_role_id', 3
        UNION ALL SELECT 'index fief_user_roles.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_user_roles.role_id', 'role_id', 3
        UNION ALL SELECT 'index fief_user_roles.user_id', 'UNIQUE user_id, role_id', 3
        UNION ALL SELECT 'index fief_users.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_users.email', 'UNIQUE email, tenant_id', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_email', 'email', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_lower', 'email_lower', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_verified', 'email_verified', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_users.tenant_id', 'tenant_id', 3
        UNION ALL SELECT 'index fief_webhook_logs.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index fief_webhook_logs.webhook_id', 'webhook_id', 3
        UNION ALL SELECT 'index fief_webhooks.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_created_at', 'created_at', 3
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index workspace_users.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_created_at', 'created_at', 3
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_updated_at', 'updated_at', 3
        UNION ALL SELECT 'index workspace_users.workspace_id', 'workspace_id', 3
        UNION ALL SELECT 'index workspaces.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index workspaces.ix_workspaces_alembic_revision', 'alembic_revision', 3
        UNION ALL SELECT 'index workspaces.ix_workspaces_created_at', 'created_at', 3
        UNION ALL SELECT 'index workspaces.ix_workspaces_updated_at', 'updated_at', 3
        UNION ALL SELECT 'table admin_api_key', 'present', 3
        UNION ALL SELECT 'table admin_session_tokens', 'present', 3
        UNION ALL SELECT 'table alembic_version', 'present', 3
        UNION ALL SELECT 'table fief_alembic_version', 'present', 1
        UNION ALL SELECT 'table fief_alembic_version', 'present in workspace', 3
        UNION ALL SELECT 'table fief_audit_logs', 'present', 1
        UNION ALL SELECT 'table fief_audit_logs', 'present in workspace', 3
        UNION ALL SELECT 'table fief_authorization_codes', 'present', 1
        UNION ALL SELECT 'table fief_authorization_codes', 'present in workspace', 3
        UNION ALL SELECT 'table fief_clients', 'present', 1
        UNION ALL SELECT 'table fief_clients', 'present in workspace', 3
        UNION ALL SELECT 'table fief_email_domains', 'present', 1
        UNION ALL SELECT 'table fief_email_domains', 'present in workspace', 3
        UNION ALL SELECT 'table fief_email_templates', 'present', 1
        UNION ALL SELECT 'table fief_email_templates', 'present in workspace', 3
        UNION ALL SELECT 'table fief_email_verifications', 'present', 1
        UNION ALL SELECT 'table fief_email_verifications', 'present in workspace', 3
        UNION ALL SELECT 'table fief_grants', 'present', 1
        UNION ALL SELECT 'table fief_grants', 'present in workspace', 3
        UNION ALL SELECT 'table fief_login_sessions', 'present', 1
        UNION ALL SELECT 'table fief_login_sessions', 'present in workspace', 3
        UNION ALL SELECT 'table fief_oauth_accounts', 'present', 1
        UNION ALL SELECT 'table fief_oauth_accounts', 'present in workspace', 3
        UNION ALL SELECT 'table fief_oauth_providers', 'present', 1
        UNION ALL SELECT 'table fief_oauth_providers', 'present in workspace', 3
        UNION ALL SELECT 'table fief_oauth_sessions', 'present', 1
        UNION ALL SELECT 'table fief_oauth_sessions', 'present in workspace', 3
        UNION ALL SELECT 'table fief_permissions', 'present', 1
        UNION ALL SELECT 'table fief_permissions', 'present in workspace', 3
        UNION ALL SELECT 'table fief_refresh_tokens', 'present', 1
        UNION ALL SELECT 'table fief_refresh_tokens', 'present in workspace', 3
        UNION ALL SELECT 'table fief_registration_sessions', 'present', 1
        UNION ALL SELECT 'table fief_registration_sessions', 'present in workspace', 3
        UNION ALL SELECT 'table fief_roles', 'present', 1
        UNION ALL SELECT 'table fief_roles', 'present in workspace', 3
        UNION ALL SELECT 'table fief_roles_permissions', 'present', 1
        UNION ALL SELECT 'table fief_roles_permissions', 'present in workspace', 3
        UNION ALL SELECT 'table fief_session_tokens', 'present', 1
        UNION ALL SELECT 'table fief_session_tokens', 'present in workspace', 3
        UNION ALL SELECT 'table fief_tenants', 'present', 1
        UNION ALL SELECT 'table fief_tenants', 'present in workspace', 3
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'present', 1
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'present in workspace', 3
        UNION ALL SELECT 'table fief_themes', 'present', 1
        UNION ALL SELECT 'table fief_themes', 'present in workspace', 3
        UNION ALL SELECT 'table fief_user_field_values', 'present', 1
        UNION ALL SELECT 'table fief_user_field_values', 'present in workspace', 3
        UNION ALL SELECT 'table fief_user_fields', 'present', 1
        UNION ALL SELECT 'table fief_user_fields', 'present in workspace', 3
        UNION ALL SELECT 'table fief_user_permissions', 'present', 1
        UNION ALL SELECT 'table fief_user_permissions', 'present in workspace', 3
        UNION ALL SELECT 'table fief_user_roles', 'present', 1
        UNION ALL SELECT 'table fief_user_roles', 'present in workspace', 3
        UNION ALL SELECT 'table fief_users', 'present', 1
        UNION ALL SELECT 'table fief_users', 'present in workspace', 3
        UNION ALL SELECT 'table fief_webhook_logs', 'present', 1
        UNION ALL SELECT 'table fief_webhook_logs', 'present in workspace', 3
        UNION ALL SELECT 'table fief_webhooks', 'present', 1
        UNION ALL SELECT 'table fief_webhooks', 'present in workspace', 3
        UNION ALL SELECT 'table workspace_users', 'present', 3
        UNION ALL SELECT 'table workspaces', 'present', 3) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column admin_api_key.created_at' AS k, 'table admin_api_key has no column created_at' AS m, 3 AS f
        UNION ALL SELECT 'column admin_api_key.id', 'table admin_api_key has no column id', 3
        UNION ALL SELECT 'column admin_api_key.name', 'table admin_api_key has no column name', 3
        UNION ALL SELECT 'column admin_api_key.token', 'table admin_api_key has no column token', 3
        UNION ALL SELECT 'column admin_api_key.updated_at', 'table admin_api_key has no column updated_at', 3
        UNION ALL SELECT 'column admin_api_key.workspace_id', 'table admin_api_key has no column workspace_id', 3
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'table admin_session_tokens has no column created_at', 3
        UNION ALL SELECT 'column admin_session_tokens.id', 'table admin_session_tokens has no column id', 3
        UNION ALL SELECT 'column admin_session_tokens.raw_tokens', 'table admin_session_tokens has no column raw_tokens', 3
        UNION ALL SELECT 'column admin_session_tokens.raw_userinfo', 'table admin_session_tokens has no column raw_userinfo', 3
        UNION ALL SELECT 'column admin_session_tokens.token', 'table admin_session_tokens has no column token', 3
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'table admin_session_tokens has no column updated_at', 3
        UNION ALL SELECT 'column alembic_version.version_num', 'table alembic_version has no column version_num', 3
        UNION ALL SELECT 'column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num', 3
        UNION ALL SELECT 'column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id', 3
        UNION ALL SELECT 'column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id', 3
        UNION ALL SELECT 'column fief_audit_logs.extra', 'table fief_audit_logs has no column extra', 3
        UNION ALL SELECT 'column fief_audit_logs.id', 'table fief_audit_logs has no column id', 3
        UNION ALL SELECT 'column fief_audit_logs.level', 'table fief_audit_logs has no column level', 3
        UNION ALL SELECT 'column fief_audit_logs.message', 'table fief_audit_logs has no column message', 3
        UNION ALL SELECT 'column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class', 3
        UNION ALL SELECT 'column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id', 3
        UNION ALL SELECT 'column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id', 3
        UNION ALL SELECT 'column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp', 3
        UNION ALL SELECT 'column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr', 3
        UNION ALL SELECT 'column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at', 3
        UNION ALL SELECT 'column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash', 3
        UNION ALL SELECT 'column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id', 3
        UNION ALL SELECT 'column fief_authorization_codes.code', 'table fief_authorization_codes has no column code', 3
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge', 3
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method', 3
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at', 3
        UNION ALL SELECT 'column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at', 3
        UNION ALL SELECT 'column fief_authorization_codes.id', 'table fief_authorization_codes has no column id', 3
        UNION ALL SELECT 'column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce', 3
        UNION ALL SELECT 'column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri', 3
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope', 3
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at', 3
        UNION ALL SELECT 'column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id', 3
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds', 3
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds', 3
        UNION ALL SELECT 'column fief_clients.client_id', 'table fief_clients has no column client_id', 3
        UNION ALL SELECT 'column fief_clients.client_secret', 'table fief_clients has no column client_secret', 3
        UNION ALL SELECT 'column fief_clients.client_type', 'table fief_clients has no column client_type', 3
        UNION ALL SELECT 'column fief_clients.created_at', 'table fief_clients has no column created_at', 3
        UNION ALL SELECT 'column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk', 3
        UNION ALL SELECT 'column fief_clients.first_party', 'table fief_clients has no column first_party', 3
        UNION ALL SELECT 'column fief_clients.id', 'table fief_clients has no column id', 3
        UNION ALL SELECT 'column fief_clients.name', 'table fief_clients has no column name', 3
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris', 3
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds', 3
        UNION ALL SELECT 'column fief_clients.tenant_id', 'table fief_clients has no column tenant_id', 3
        UNION ALL SELECT 'column fief_clients.updated_at', 'table fief_clients has no column updated_at', 3
        UNION ALL SELECT 'column fief_email_domains.created_at', 'table fief_email_domains has no column created_at', 3
        UNION ALL SELECT 'column fief_email_domains.domain', 'table fief_email_domains has no column domain', 3
        UNION ALL SELECT 'column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id', 3
        UNION ALL SELECT 'column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider', 3
        UNION ALL SELECT 'column fief_email_domains.id', 'table fief_email_domains has no column id', 3
        UNION ALL SELECT 'column fief_email_domains.records', 'table fief_email_domains has no column records', 3
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at', 3
        UNION ALL SELECT 'column fief_email_templates.content', 'table fief_email_templates has no column content', 3
        UNION ALL SELECT 'column fief_email_templates.created_at', 'table fief_email_templates has no column created_at', 3
        UNION ALL SELECT 'column fief_email_templates.id', 'table fief_email_templates has no column id', 3
        UNION ALL SELECT 'column fief_email_templates.subject', 'table fief_email_templates has no column subject', 3
        UNION ALL SELECT 'column fief_email_templates.type', 'table fief_email_templates has no column type', 3
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at', 3
        UNION ALL SELECT 'column fief_email_verifications.code', 'table fief_email_verifications has no column code', 3
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at', 3
        UNION ALL SELECT 'column fief_email_verifications.email', 'table fief_email_verifications has no column email', 3
        UNION ALL SELECT 'column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at', 3
        UNION ALL SELECT 'column fief_email_verifications.id', 'table fief_email_verifications has no column id', 3
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at', 3
        UNION ALL SELECT 'column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id', 3
        UNION ALL SELECT 'column fief_grants.client_id', 'table fief_grants has no column client_id', 3
        UNION ALL SELECT 'column fief_grants.created_at', 'table fief_grants has no column created_at', 3
        UNION ALL SELECT 'column fief_grants.id', 'table fief_grants has no column id', 3
        UNION ALL SELECT 'column fief_grants.scope', 'table fief_grants has no column scope', 3
        UNION ALL SELECT 'column fief_grants.updated_at', 'table fief_grants has no column updated_at', 3
        UNION ALL SELECT 'column fief_grants.user_id', 'table fief_grants has no column user_id', 3
        UNION ALL SELECT 'column fief_login_sessions.acr', 'table fief_login_sessions has no column acr', 3
        UNION ALL SELECT 'column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id', 3
        UNION ALL SELECT 'column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge', 3
        UNION ALL SELECT 'column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method', 3
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at', 3
        UNION ALL SELECT 'column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at', 3
        UNION ALL SELECT 'column fief_login_sessions.id', 'table fief_login_sessions has no column id', 3
        UNION ALL SELECT 'column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce', 3
        UNION ALL SELECT 'column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt', 3
        UNION ALL SELECT 'column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri', 3
        UNION ALL SELECT 'column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode', 3
        UNION ALL SELECT 'column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type', 3
        UNION ALL SELECT 'column fief_login_sessions.scope', 'table fief_login_sessions has no column scope', 3
        UNION ALL SELECT 'column fief_login_sessions.state', 'table fief_login_sessions has no column state', 3
        UNION ALL SELECT 'column fief_login_sessions.token', 'table fief_login_sessions has no column token', 3
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at', 3
        UNION ALL SELECT 'column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token', 3
        UNION ALL SELECT 'column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email', 3
        UNION ALL SELECT 'column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id', 3
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at', 3
        UNION ALL SELECT 'column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at', 3
        UNION ALL SELECT 'column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id', 3
        UNION ALL SELECT 'column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id', 3
        UNION ALL SELECT 'column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token', 3
        UNION ALL SELECT 'column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id', 3
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at', 3
        UNION ALL SELECT 'column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id', 3
        UNION ALL SELECT 'column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id', 3
        UNION ALL SELECT 'column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret', 3
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at', 3
        UNION ALL SELECT 'column fief_oauth_providers.id', 'table fief_oauth_providers has no column id', 3
        UNION ALL SELECT 'column fief_oauth_providers.name', 'table fief_oauth_providers has no column name', 3
        UNION ALL SELECT 'column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint', 3
        UNION ALL SELECT 'column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider', 3
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes', 3
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at', 3
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at', 3
        UNION ALL SELECT 'column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at', 3
        UNION ALL SELECT 'column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id', 3
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id', 3
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id', 3
        UNION ALL SELECT 'column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri', 3
        UNION ALL SELECT 'column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id', 3
        UNION ALL SELECT 'column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token', 3
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at', 3
        UNION ALL SELECT 'column fief_permissions.codename', 'table fief_permissions has no column codename', 3
        UNION ALL SELECT 'column fief_permissions.created_at', 'table fief_permissions has no column created_at', 3
        UNION ALL SELECT 'column fief_permissions.id', 'table fief_permissions has no column id', 3
        UNION ALL SELECT 'column fief_permissions.name', 'table fief_permissions has no column name', 3
        UNION ALL SELECT 'column fief_permissions.updated_at', 'table fief_permissions has no column updated_at', 3
        UNION ALL SELECT 'column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at', 3
        UNION ALL SELECT 'column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id', 3
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at', 3
        UNION ALL SELECT 'column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at', 3
        UNION ALL SELECT 'column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id', 3
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope', 3
        UNION ALL SELECT 'column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token', 3
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at', 3
        UNION ALL SELECT 'column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id', 3
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at', 3
        UNION ALL SELECT 'column fief_registration_sessions.email', 'table fief_registration_sessions has no column email', 3
        UNION ALL SELECT 'column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at', 3
        UNION ALL SELECT 'column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow', 3
        UNION ALL SELECT 'column fief_registration_sessions.id', 'table fief_registration_sessions has no column id', 3
        UNION ALL SELECT 'column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id', 3
        UNION ALL SELECT 'column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id', 3
        UNION ALL SELECT 'column fief_registration_sessions.token', 'table fief_registration_sessions has no column token', 3
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at', 3
        UNION ALL SELECT 'column fief_roles.created_at', 'table fief_roles has no column created_at', 3
        UNION ALL SELECT 'column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default', 3
        UNION ALL SELECT 'column fief_roles.id', 'table fief_roles has no column id', 3
        UNION ALL SELECT 'column fief_roles.name', 'table fief_roles has no column name', 3
        UNION ALL SELECT 'column fief_roles.updated_at', 'table fief_roles has no column updated_at', 3
        UNION ALL SELECT 'column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id', 3
        UNION ALL SELECT 'column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id', 3
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at', 3
        UNION ALL SELECT 'column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at', 3
        UNION ALL SELECT 'column fief_session_tokens.id', 'table fief_session_tokens has no column id', 3
        UNION ALL SELECT 'column fief_session_tokens.token', 'table fief_session_tokens has no column token', 3
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at', 3
        UNION ALL SELECT 'column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id', 3
        UNION ALL SELECT 'column fief_tenants.application_url', 'table fief_tenants has no column application_url', 3
        UNION ALL SELECT 'column fief_tenants.created_at', 'table fief_tenants has no column created_at', 3
        UNION ALL SELECT 'column fief_tenants.default', 'table fief_tenants has no column default', 3
        UNION ALL SELECT 'column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id', 3
        UNION ALL SELECT 'column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email', 3
        UNION ALL SELECT 'column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name', 3
        UNION ALL SELECT 'column fief_tenants.id', 'table fief_tenants has no column id', 3
        UNION ALL SELECT 'column fief_tenants.logo_url', 'table fief_tenants has no column logo_url', 3
        UNION ALL SELECT 'column fief_tenants.name', 'table fief_tenants has no column name', 3
        UNION ALL SELECT 'column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed', 3
        UNION ALL SELECT 'column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk', 3
        UNION ALL SELECT 'column fief_tenants.slug', 'table fief_tenants has no column slug', 3
        UNION ALL SELECT 'column fief_tenants.theme_id', 'table fief_tenants has no column theme_id', 3
        UNION ALL SELECT 'column fief_tenants.updated_at', 'table fief_tenants has no column updated_at', 3
        UNION ALL SELECT 'column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id', 3
        UNION ALL SELECT 'column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id', 3
        UNION ALL SELECT 'column fief_themes.accent_color', 'table fief_themes has no column accent_color', 3
        UNION ALL SELECT 'column fief_themes.background_color', 'table fief_themes has no column background_color', 3
        UNION ALL SELECT 'column fief_themes.created_at', 'table fief_themes has no column created_at', 3
        UNION ALL SELECT 'column fief_themes.default', 'table fief_themes has no column default', 3
        UNION ALL SELECT 'column fief_themes.font_css_url', 'table fief_themes has no column font_css_url', 3
        UNION ALL SELECT 'column fief_themes.font_family', 'table fief_themes has no column font_family', 3
        UNION ALL SELECT 'column fief_themes.font_size', 'table fief_themes has no column font_size', 3
        UNION ALL SELECT 'column fief_themes.id', 'table fief_themes has no column id', 3
        UNION ALL SELECT 'column fief_themes.input_color', 'table fief_themes has no column input_color', 3
        UNION ALL SELECT 'column fief_themes.input_color_background', 'table fief_themes has no column input_color_background', 3
        UNION ALL SELECT 'column fief_themes.light_color', 'table fief_themes has no column light_color', 3
        UNION ALL SELECT 'column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover', 3
        UNION ALL SELECT 'column fief_themes.name', 'table fief_themes has no column name', 3
        UNION ALL SELECT 'column fief_themes.primary_color', 'table fief_themes has no column primary_color', 3
        UNION ALL SELECT 'column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover', 3
        UNION ALL SELECT 'column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light', 3
        UNION ALL SELECT 'column fief_themes.text_color', 'table fief_themes has no column text_color', 3
        UNION ALL SELECT 'column fief_themes.updated_at', 'table fief_themes has no column updated_at', 3
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at', 3
        UNION ALL SELECT 'column fief_user_field_values.id', 'table fief_user_field_values has no column id', 3
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at', 3
        UNION ALL SELECT 'column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id', 3
        UNION ALL SELECT 'column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id', 3
        UNION ALL SELECT 'column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean', 3
        UNION ALL SELECT 'column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date', 3
        UNION ALL SELECT 'column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime', 3
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer', 3
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json', 3
        UNION ALL SELECT 'column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string', 3
        UNION ALL SELECT 'column fief_user_fields.configuration', 'table fief_user_fields has no column configuration', 3
        UNION ALL SELECT 'column fief_user_fields.created_at', 'table fief_user_fields has no column created_at', 3
        UNION ALL SELECT 'column fief_user_fields.id', 'table fief_user_fields has no column id', 3
        UNION ALL SELECT 'column fief_user_fields.name', 'table fief_user_fields has no column name', 3
        UNION ALL SELECT 'column fief_user_fields.slug', 'table fief_user_fields has no column slug', 3
        UNION ALL SELECT 'column fief_user_fields.type', 'table fief_user_fields has no column type', 3
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at', 3
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at', 3
        UNION ALL SELECT 'column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id', 3
        UNION ALL SELECT 'column fief_user_permissions.id', 'table fief_user_permissions has no column id', 3
        UNION ALL SELECT 'column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id', 3
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at', 3
        UNION ALL SELECT 'column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id', 3
        UNION ALL SELECT 'column fief_user_roles.created_at', 'table fief_user_roles has no column created_at', 3
        UNION ALL SELECT 'column fief_user_roles.id', 'table fief_user_roles has no column id', 3
        UNION ALL SELECT 'column fief_user_roles.role_id', 'table fief_user_roles has no column role_id', 3
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at', 3
        UNION ALL SELECT 'column fief_user_roles.user_id', 'table fief_user_roles has no column user_id', 3
        UNION ALL SELECT 'column fief_users.created_at', 'table fief_users has no column created_at', 3
        UNION ALL SELECT 'column fief_users.email', 'table fief_users has no column email', 3
        UNION ALL SELECT 'column fief_users.email_lower', 'table fief_users has no column email_lower', 3
        UNION ALL SELECT 'column fief_users.email_verified', 'table fief_users has no column email_verified', 3
        UNION ALL SELECT 'column fief_users.hashed_password', 'table fief_users has no column hashed_password', 3
        UNION ALL SELECT 'column fief_users.id', 'table fief_users has no column id', 3
        UNION ALL SELECT 'column fief_users.is_active', 'table fief_users has no column is_active', 3
        UNION ALL SELECT 'column fief_users.tenant_id', 'table fief_users has no column tenant_id', 3
        UNION ALL SELECT 'column fief_users.updated_at', 'table fief_users has no column updated_at', 3
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt', 3
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at', 3
        UNION ALL SELECT 'column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message', 3
        UNION ALL SELECT 'column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type', 3
        UNION ALL SELECT 'column fief_webhook_logs.event', 'table fief_webhook_logs has no column event', 3
        UNION ALL SELECT 'column fief_webhook_logs.id', 'table fief_webhook_logs has no column id', 3
        UNION ALL SELECT 'column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload', 3
        UNION ALL SELECT 'column fief_webhook_logs.response', 'table fief_webhook_logs has no column response', 3
        UNION ALL SELECT 'column fief_webhook_logs.success', 'table fief_webhook_logs has no column success', 3
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at', 3
        UNION ALL SELECT 'column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id', 3
        UNION ALL SELECT 'column fief_webhooks.created_at', 'table fief_webhooks has no column created_at', 3
        UNION ALL SELECT 'column fief_webhooks.events', 'table fief_webhooks has no column events', 3
        UNION ALL SELECT 'column fief_webhooks.id', 'table fief_webhooks has no column id', 3
        UNION ALL SELECT 'column fief_webhooks.secret', 'table fief_webhooks has no column secret', 3
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at', 3
        UNION ALL SELECT 'column fief_webhooks.url', 'table fief_webhooks has no column url', 3
        UNION ALL SELECT 'column workspace_users.created_at', 'table workspace_users has no column created_at', 3
        UNION ALL SELECT 'column workspace_users.id', 'table workspace_users has no column id', 3
        UNION ALL SELECT 'column workspace_users.updated_at', 'table workspace_users has no column updated_at', 3
        UNION ALL SELECT 'column workspace_users.user_id', 'table workspace_users has no column user_id', 3
        UNION ALL SELECT 'column workspace_users.workspace_id', 'table workspace_users has no column workspace_id', 3
        UNION ALL SELECT 'column workspaces.alembic_revision', 'table workspaces has no column alembic_revision', 3
        UNION ALL SELECT 'column workspaces.created_at', 'table workspaces has no column created_at', 3
        UNION ALL SELECT 'column workspaces.database_host', 'table workspaces has no column database_host', 3
        UNION ALL SELECT 'column workspaces.database_name', 'table workspaces has no column database_name', 3
        UNION ALL SELECT 'column workspaces.database_password', 'table workspaces has no column database_password', 3
        UNION ALL SELECT 'column workspaces.database_port', 'table workspaces has no column database_port', 3
        UNION ALL SELECT 'column workspaces.database_ssl_mode', 'table workspaces has no column database_ssl_mode', 3
        UNION ALL SELECT 'column workspaces.database_table_prefix', 'table workspaces has no column database_table_prefix', 3
        UNION ALL SELECT 'column workspaces.database_type', 'table workspaces has no column database_type', 3
        UNION ALL SELECT 'column workspaces.database_use_schema', 'table workspaces has no column database_use_schema', 3
        UNION ALL SELECT 'column workspaces.database_username', 'table workspaces has no column database_username', 3
        UNION ALL SELECT 'column workspaces.domain', 'table workspaces has no column domain', 3
        UNION ALL SELECT 'column workspaces.id', 'table workspaces has no column id', 3
        UNION ALL SELECT 'column workspaces.name', 'table workspaces has no column name', 3
        UNION ALL SELECT 'column workspaces.updated_at', 'table workspaces has no column updated_at', 3
        UNION ALL SELECT 'column workspaces.users_count', 'table workspaces has no column users_count', 3
        UNION ALL SELECT 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'table admin_api_key has no foreign key admin_api_key_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'table fief_authorization_codes has no foreign key fief_authorization_codes_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'table fief_authorization_codes has no foreign key fief_authorization_codes_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_clients.fief_clients_ibfk_1', 'table fief_clients has no foreign key fief_clients_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'table fief_email_verifications has no foreign key fief_email_verifications_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_1', 'table fief_grants has no foreign key fief_grants_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_2', 'table fief_grants has no foreign key fief_grants_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'table fief_login_sessions has no foreign key fief_login_sessions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_3', 3
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_3', 3
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'table fief_refresh_tokens has no foreign key fief_refresh_tokens_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'table fief_refresh_tokens has no foreign key fief_refresh_tokens_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'table fief_registration_sessions has no foreign key fief_registration_sessions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'table fief_registration_sessions has no foreign key fief_registration_sessions_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'table fief_roles_permissions has no foreign key fief_roles_permissions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'table fief_roles_permissions has no foreign key fief_roles_permissions_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'table fief_session_tokens has no foreign key fief_session_tokens_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'table fief_tenants has no foreign key fief_tenants_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'table fief_tenants has no foreign key fief_tenants_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'table fief_tenants_oauth_providers has no foreign key fief_tenants_oauth_providers_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'table fief_tenants_oauth_providers has no foreign key fief_tenants_oauth_providers_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'table fief_user_field_values has no foreign key fief_user_field_values_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'table fief_user_field_values has no foreign key fief_user_field_values_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_3', 3
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'table fief_user_roles has no foreign key fief_user_roles_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'table fief_user_roles has no foreign key fief_user_roles_ibfk_2', 3
        UNION ALL SELECT 'foreign_key fief_users.fief_users_ibfk_1', 'table fief_users has no foreign key fief_users_ibfk_1', 3
        UNION ALL SELECT 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'table fief_webhook_logs has no foreign key fief_webhook_logs_ibfk_1', 3
        UNION ALL SELECT 'foreign_key workspace_users.workspace_users_ibfk_1', 'table workspace_users has no foreign key workspace_users_ibfk_1', 3
        UNION ALL SELECT 'index admin_api_key.PRIMARY', 'table admin_api_key has no index PRIMARY', 3
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_created_at', 'table admin_api_key has no index ix_admin_api_key_created_at', 3
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_updated_at', 'table admin_api_key has no index ix_admin_api_key_updated_at', 3
        UNION ALL SELECT 'index admin_api_key.token', 'table admin_api_key has no index token', 3
        UNION ALL SELECT 'index admin_api_key.workspace_id', 'table admin_api_key has no index workspace_id', 3
        UNION ALL SELECT 'index admin_session_tokens.PRIMARY', 'table admin_session_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'table admin_session_tokens has no index ix_admin_session_tokens_created_at', 3
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'table admin_session_tokens has no index ix_admin_session_tokens_updated_at', 3
        UNION ALL SELECT 'index admin_session_tokens.token', 'table admin_session_tokens has no index token', 3
        UNION ALL SELECT 'index alembic_version.PRIMARY', 'table alembic_version has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_alembic_version.PRIMARY', 'table fief_alembic_version has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_audit_logs.PRIMARY', 'table fief_audit_logs has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id', 3
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp', 3
        UNION ALL SELECT 'index fief_authorization_codes.PRIMARY', 'table fief_authorization_codes has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_authorization_codes.client_id', 'table fief_authorization_codes has no index client_id', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at', 3
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at', 3
        UNION ALL SELECT 'index fief_authorization_codes.user_id', 'table fief_authorization_codes has no index user_id', 3
        UNION ALL SELECT 'index fief_clients.PRIMARY', 'table fief_clients has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at', 3
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at', 3
        UNION ALL SELECT 'index fief_clients.tenant_id', 'table fief_clients has no index tenant_id', 3
        UNION ALL SELECT 'index fief_email_domains.PRIMARY', 'table fief_email_domains has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_email_domains.domain', 'table fief_email_domains has no index domain', 3
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at', 3
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at', 3
        UNION ALL SELECT 'index fief_email_templates.PRIMARY', 'table fief_email_templates has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at', 3
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at', 3
        UNION ALL SELECT 'index fief_email_templates.type', 'table fief_email_templates has no index type', 3
        UNION ALL SELECT 'index fief_email_verifications.PRIMARY', 'table fief_email_verifications has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at', 3
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at', 3
        UNION ALL SELECT 'index fief_email_verifications.user_id', 'table fief_email_verifications has no index user_id', 3
        UNION ALL SELECT 'index fief_grants.PRIMARY', 'table fief_grants has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_grants.client_id', 'table fief_grants has no index client_id', 3
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at', 3
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at', 3
        UNION ALL SELECT 'index fief_grants.user_id', 'table fief_grants has no index user_id', 3
        UNION ALL SELECT 'index fief_login_sessions.PRIMARY', 'table fief_login_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_login_sessions.client_id', 'table fief_login_sessions has no index client_id', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token', 3
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at', 3
        UNION ALL SELECT 'index fief_oauth_accounts.PRIMARY', 'table fief_oauth_accounts has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at', 3
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at', 3
        UNION ALL SELECT 'index fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no index oauth_provider_id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no index tenant_id', 3
        UNION ALL SELECT 'index fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no index user_id', 3
        UNION ALL SELECT 'index fief_oauth_providers.PRIMARY', 'table fief_oauth_providers has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at', 3
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.PRIMARY', 'table fief_oauth_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token', 3
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at', 3
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no index oauth_account_id', 3
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no index oauth_provider_id', 3
        UNION ALL SELECT 'index fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no index tenant_id', 3
        UNION ALL SELECT 'index fief_permissions.PRIMARY', 'table fief_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_permissions.codename', 'table fief_permissions has no index codename', 3
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at', 3
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.PRIMARY', 'table fief_refresh_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no index client_id', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token', 3
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at', 3
        UNION ALL SELECT 'index fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no index user_id', 3
        UNION ALL SELECT 'index fief_registration_sessions.PRIMARY', 'table fief_registration_sessions has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_created_at', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_expires_at', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'table fief_registration_sessions has no index ix_fief_registration_sessions_token', 3
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_updated_at', 3
        UNION ALL SELECT 'index fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no index oauth_account_id', 3
        UNION ALL SELECT 'index fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no index tenant_id', 3
        UNION ALL SELECT 'index fief_roles.PRIMARY', 'table fief_roles has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at', 3
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at', 3
        UNION ALL SELECT 'index fief_roles_permissions.PRIMARY', 'table fief_roles_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_roles_permissions.permission_id', 'table fief_roles_permissions has no index permission_id', 3
        UNION ALL SELECT 'index fief_session_tokens.PRIMARY', 'table fief_session_tokens has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token', 3
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at', 3
        UNION ALL SELECT 'index fief_session_tokens.user_id', 'table fief_session_tokens has no index user_id', 3
        UNION ALL SELECT 'index fief_tenants.PRIMARY', 'table fief_tenants has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_tenants.email_domain_id', 'table fief_tenants has no index email_domain_id', 3
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at', 3
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at', 3
        UNION ALL SELECT 'index fief_tenants.slug', 'table fief_tenants has no index slug', 3
        UNION ALL SELECT 'index fief_tenants.theme_id', 'table fief_tenants has no index theme_id', 3
        UNION ALL SELECT 'index fief_tenants_oauth_providers.PRIMARY', 'table fief_tenants_oauth_providers has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no index oauth_provider_id', 3
        UNION ALL SELECT 'index fief_themes.PRIMARY', 'table fief_themes has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at', 3
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at', 3
        UNION ALL SELECT 'index fief_user_field_values.PRIMARY', 'table fief_user_field_values has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at', 3
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at', 3
        UNION ALL SELECT 'index fief_user_field_values.user_field_id', 'table fief_user_field_values has no index user_field_id', 3
        UNION ALL SELECT 'index fief_user_field_values.user_id', 'table fief_user_field_values has no index user_id', 3
        UNION ALL SELECT 'index fief_user_fields.PRIMARY', 'table fief_user_fields has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type', 3
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at', 3
        UNION ALL SELECT 'index fief_user_permissions.PRIMARY', 'table fief_user_permissions has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_user_permissions.from_role_id', 'table fief_user_permissions has no index from_role_id', 3
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at', 3
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at', 3
        UNION ALL SELECT 'index fief_user_permissions.permission_id', 'table fief_user_permissions has no index permission_id', 3
        UNION ALL SELECT 'index fief_user_permissions.user_id', 'table fief_user_permissions has no index user_id', 3
        UNION ALL SELECT 'index fief_user_roles.PRIMARY', 'table fief_user_roles has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at', 3
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at', 3
        UNION ALL SELECT 'index fief_user_roles.role_id', 'table fief_user_roles has no index role_id', 3
        UNION ALL SELECT 'index fief_user_roles.user_id', 'table fief_user_roles has no index user_id', 3
        UNION ALL SELECT 'index fief_users.PRIMARY', 'table fief_users has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_users.email', 'table fief_users has no index email', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified', 3
        UNION ALL SELECT 'index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at', 3
        UNION ALL SELECT 'index fief_users.tenant_id', 'table fief_users has no index tenant_id', 3
        UNION ALL SELECT 'index fief_webhook_logs.PRIMARY', 'table fief_webhook_logs has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at', 3
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at', 3
        UNION ALL SELECT 'index fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no index webhook_id', 3
        UNION ALL SELECT 'index fief_webhooks.PRIMARY', 'table fief_webhooks has no index PRIMARY', 3
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at', 3
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at', 3
        UNION ALL SELECT 'index workspace_users.PRIMARY', 'table workspace_users has no index PRIMARY', 3
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_created_at', 'table workspace_users has no index ix_workspace_users_created_at', 3
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_updated_at', 'table workspace_users has no index ix_workspace_users_updated_at', 3
        UNION ALL SELECT 'index workspace_users.workspace_id', 'table workspace_users has no index workspace_id', 3
        UNION ALL SELECT 'index workspaces.PRIMARY', 'table workspaces has no index PRIMARY', 3
        UNION ALL SELECT 'index workspaces.ix_workspaces_alembic_revision', 'table workspaces has no index ix_workspaces_alembic_revision', 3
        UNION ALL SELECT 'index workspaces.ix_workspaces_created_at', 'table workspaces has no index ix_workspaces_created_at', 3
        UNION ALL SELECT 'index workspaces.ix_workspaces_updated_at', 'table workspaces has no index ix_workspaces_updated_at', 3
        UNION ALL SELECT 'table admin_api_key', 'table admin_api_key is missing', 3
        UNION ALL SELECT 'table admin_session_tokens', 'table admin_session_tokens is missing', 3
        UNION ALL SELECT 'table alembic_version', 'table alembic_version is missing', 3
        UNION ALL SELECT 'table fief_alembic_version', 'table fief_alembic_version is missing', 3
        UNION ALL SELECT 'table fief_audit_logs', 'table fief_audit_logs is missing', 3
        UNION ALL SELECT 'table fief_authorization_codes', 'table fief_authorization_codes is missing', 3
        UNION ALL SELECT 'table fief_clients', 'table fief_clients is missing', 3
        UNION ALL SELECT 'table fief_email_domains', 'table fief_email_domains is missing', 3
        UNION ALL SELECT 'table fief_email_templates', 'table fief_email_templates is missing', 3
        UNION ALL SELECT 'table fief_email_verifications', 'table fief_email_verifications is missing', 3
        UNION ALL SELECT 'table fief_grants', 'table fief_grants is missing', 3
        UNION ALL SELECT 'table fief_login_sessions', 'table fief_login_sessions is missing', 3
        UNION ALL SELECT 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing', 3
        UNION ALL SELECT 'table fief_oauth_providers', 'table fief_oauth_providers is missing', 3
        UNION ALL SELECT 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing', 3
        UNION ALL SELECT 'table fief_permissions', 'table fief_permissions is missing', 3
        UNION ALL SELECT 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing', 3
        UNION ALL SELECT 'table fief_registration_sessions', 'table fief_registration_sessions is missing', 3
        UNION ALL SELECT 'table fief_roles', 'table fief_roles is missing', 3
        UNION ALL SELECT 'table fief_roles_permissions', 'table fief_roles_permissions is missing', 3
        UNION ALL SELECT 'table fief_session_tokens', 'table fief_session_tokens is missing', 3
        UNION ALL SELECT 'table fief_tenants', 'table fief_tenants is missing', 3
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing', 3
        UNION ALL SELECT 'table fief_themes', 'table fief_themes is missing', 3
        UNION ALL SELECT 'table fief_user_field_values', 'table fief_user_field_values is missing', 3
        UNION ALL SELECT 'table fief_user_fields', 'table fief_user_fields is missing', 3
        UNION ALL SELECT 'table fief_user_permissions', 'table fief_user_permissions is missing', 3
        UNION ALL SELECT 'table fief_user_roles', 'table fief_user_roles is missing', 3
        UNION ALL SELECT 'table fief_users', 'table fief_users is missing', 3
        UNION ALL SELECT 'table fief_webhook_logs', 'table fief_webhook_logs is missing', 3
        UNION ALL SELECT 'table fief_webhooks', 'table fief_webhooks is missing', 3
        UNION ALL SELECT 'table workspace_users', 'table workspace_users is missing', 3
        UNION ALL SELECT 'table workspaces', 'table workspaces is missing', 3) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 0, CONCAT('table ', f.tbl, ' exists in more than one database (', GROUP_CONCAT(IF(f.def = 'present', 'the one this script runs in', SUBSTRING(f.def, 12)) ORDER BY f.def SEPARATOR ', '), ')'), IF(TRUE, 1, 0) + IF(TRUE, 2, 0)
      FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE f.kind = 'table' GROUP BY f.tbl HAVING COUNT(*) > 1) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_problem = IF(@plan_problem IS NOT NULL AND NOT EXISTS (SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '08e952f1-8a79-4672-99f8-ea6919cd4692'), 'database 08e952f1-8a79-4672-99f8-ea6919cd4692 (location workspace, --param workspace_id) does not exist: is --param workspace_id the id in this database''s workspaces table (SELECT id FROM workspaces)? A workspace whose database_type is set keeps its tables on a database server of its own: nothing moves here, point Fief 0.28 at that database instead', @plan_problem);
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: fief 0.28 → 0.27: the database was at 0.27 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at fief 0.28, at 0.27, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile fief <its version> 0.27), or run this one on the fief 0.28 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at fief 0.28, at 0.27, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- fief 0.28 → 0.27 (rollback): Fief 0.28 drops workspaces: the workspace's 28 tables, and on PostgreSQL the 3 enum types their columns use, move from the workspace's schema or database into the main one
-- source: plans/fief/0.27-0.28.yaml
-- ================================================================================================
-- 0.28 → 0.27 · 1/3 · check: Fief 0.28 has already migrated this database (fief_alembic_version is not 6c06c7d908a7): this rollback cannot undo that; restore the backup taken before the upgrade
-- locks: fief_alembic_version: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_alembic_version') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_alembic_version'))),
  'SET @plan_hold = IFNULL((EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), ''08e952f1-8a79-4672-99f8-ea6919cd4692'') AND TABLE_NAME = ''fief_alembic_version'' AND COLUMN_NAME = ''version_num'')
  AND (EXISTS (SELECT 1 FROM `fief_alembic_version` WHERE `version_num` = ''6c06c7d908a7'') AND NOT EXISTS (SELECT 1 FROM `fief_alembic_version` WHERE NOT (`version_num` = ''6c06c7d908a7'') OR `version_num` IS NULL))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SELECT 'plan stopped: Fief 0.28 has already migrated this database (fief_alembic_version is not 6c06c7d908a7): this rollback cannot undo that; restore the backup taken before the upgrade' AS plan FROM DUAL WHERE NOT @plan_hold;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: Fief 0.28 has already migrated this database (fief`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.28 → 0.27 · 2/3 · move 28 tables to workspace
-- locks: no table · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_alembic_version') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_alembic_version'))),
  'CREATE DATABASE IF NOT EXISTS `08e952f1-8a79-4672-99f8-ea6919cd4692`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_alembic_version: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_alembic_version') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_alembic_version'))),
  'RENAME TABLE `fief_alembic_version` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_alembic_version`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_audit_logs: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_audit_logs') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_audit_logs'))),
  'RENAME TABLE `fief_audit_logs` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_audit_logs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_authorization_codes: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_authorization_codes') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_authorization_codes'))),
  'RENAME TABLE `fief_authorization_codes` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_authorization_codes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_clients: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_clients') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_clients'))),
  'RENAME TABLE `fief_clients` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_clients`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_email_domains: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_email_domains') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_email_domains'))),
  'RENAME TABLE `fief_email_domains` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_domains`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_email_templates: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_email_templates') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_email_templates'))),
  'RENAME TABLE `fief_email_templates` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_templates`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_email_verifications: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_email_verifications') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_email_verifications'))),
  'RENAME TABLE `fief_email_verifications` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_email_verifications`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_grants: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_grants') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_grants'))),
  'RENAME TABLE `fief_grants` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_grants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_login_sessions: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_login_sessions') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_login_sessions'))),
  'RENAME TABLE `fief_login_sessions` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_login_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_oauth_accounts: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_oauth_accounts') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_oauth_accounts'))),
  'RENAME TABLE `fief_oauth_accounts` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_accounts`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_oauth_providers: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_oauth_providers') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_oauth_providers'))),
  'RENAME TABLE `fief_oauth_providers` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_oauth_sessions: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_oauth_sessions') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_oauth_sessions'))),
  'RENAME TABLE `fief_oauth_sessions` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_oauth_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_permissions: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_permissions'))),
  'RENAME TABLE `fief_permissions` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_refresh_tokens: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_refresh_tokens') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_refresh_tokens'))),
  'RENAME TABLE `fief_refresh_tokens` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_refresh_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_registration_sessions: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_registration_sessions') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_registration_sessions'))),
  'RENAME TABLE `fief_registration_sessions` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_registration_sessions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_roles: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_roles') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_roles'))),
  'RENAME TABLE `fief_roles` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_roles_permissions: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_roles_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_roles_permissions'))),
  'RENAME TABLE `fief_roles_permissions` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_roles_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_session_tokens: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_session_tokens') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_session_tokens'))),
  'RENAME TABLE `fief_session_tokens` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_session_tokens`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_tenants: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_tenants') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_tenants'))),
  'RENAME TABLE `fief_tenants` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_tenants`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_tenants_oauth_providers: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_tenants_oauth_providers') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_tenants_oauth_providers'))),
  'RENAME TABLE `fief_tenants_oauth_providers` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_tenants_oauth_providers`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_themes: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_themes') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_themes'))),
  'RENAME TABLE `fief_themes` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_themes`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_user_field_values: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_user_field_values') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_user_field_values'))),
  'RENAME TABLE `fief_user_field_values` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_field_values`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_user_fields: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_user_fields') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_user_fields'))),
  'RENAME TABLE `fief_user_fields` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_fields`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_user_permissions: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_user_permissions') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_user_permissions'))),
  'RENAME TABLE `fief_user_permissions` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_permissions`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_user_roles: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_user_roles') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_user_roles'))),
  'RENAME TABLE `fief_user_roles` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_user_roles`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_users: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_users') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_users'))),
  'RENAME TABLE `fief_users` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_users`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_webhook_logs: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_webhook_logs') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_webhook_logs'))),
  'RENAME TABLE `fief_webhook_logs` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhook_logs`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: fief_webhooks: metadata only · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '08e952f1-8a79-4672-99f8-ea6919cd4692' AND TABLE_NAME = 'fief_webhooks') AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fief_webhooks'))),
  'RENAME TABLE `fief_webhooks` TO `08e952f1-8a79-4672-99f8-ea6919cd4692`.`fief_webhooks`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.28 → 0.27 · 3/3 · move 0 tables and 3 enum types to main

-- the end: the database is at 0.27, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', CONCAT(' exists', REPLACE(f.def, 'present', '')), CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column admin_api_key.created_at' AS k, 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP' AS def
        UNION ALL SELECT 'column admin_api_key.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column admin_api_key.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column admin_api_key.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column admin_api_key.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column admin_api_key.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column admin_api_key.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column admin_api_key.workspace_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column admin_session_tokens.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column admin_session_tokens.raw_tokens', 'text NOT NULL'
        UNION ALL SELECT 'column admin_session_tokens.raw_userinfo', 'text NOT NULL'
        UNION ALL SELECT 'column admin_session_tokens.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column alembic_version.version_num', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column fief_alembic_version.version_num', 'varchar(32) NOT NULL'
        UNION ALL SELECT 'column fief_audit_logs.admin_api_key_id', 'char(36)'
        UNION ALL SELECT 'column fief_audit_logs.admin_user_id', 'char(36)'
        UNION ALL SELECT 'column fief_audit_logs.extra', 'json'
        UNION ALL SELECT 'column fief_audit_logs.extra', 'longtext'
        UNION ALL SELECT 'column fief_audit_logs.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_audit_logs.level', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_audit_logs.message', 'text NOT NULL'
        UNION ALL SELECT 'column fief_audit_logs.object_class', 'varchar(255)'
        UNION ALL SELECT 'column fief_audit_logs.object_id', 'char(36)'
        UNION ALL SELECT 'column fief_audit_logs.subject_user_id', 'char(36)'
        UNION ALL SELECT 'column fief_audit_logs.timestamp', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.acr', 'enum(''0'',''1'') NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.authenticated_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.c_hash', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.client_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.code', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge', 'varchar(255)'
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge_method', 'varchar(255)'
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_authorization_codes.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.nonce', 'varchar(255)'
        UNION ALL SELECT 'column fief_authorization_codes.redirect_uri', 'varchar(2048) NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'json NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_authorization_codes.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'int NOT NULL'
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'int(11) NOT NULL'
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'int NOT NULL'
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'int(11) NOT NULL'
        UNION ALL SELECT 'column fief_clients.client_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_clients.client_secret', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_clients.client_type', 'enum(''public'',''confidential'') NOT NULL DEFAULT ''confidential'''
        UNION ALL SELECT 'column fief_clients.client_type', 'enum(''public'',''confidential'') NOT NULL DEFAULT confidential'
        UNION ALL SELECT 'column fief_clients.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_clients.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_clients.encrypt_jwk', 'text'
        UNION ALL SELECT 'column fief_clients.first_party', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_clients.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_clients.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'json NOT NULL'
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'int NOT NULL'
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'int(11) NOT NULL'
        UNION ALL SELECT 'column fief_clients.tenant_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_clients.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_email_domains.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_domains.domain', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_email_domains.domain_id', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_email_domains.email_provider', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_email_domains.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_email_domains.records', 'json NOT NULL'
        UNION ALL SELECT 'column fief_email_domains.records', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_templates.content', 'text NOT NULL'
        UNION ALL SELECT 'column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_email_templates.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_templates.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_email_templates.subject', 'text NOT NULL'
        UNION ALL SELECT 'column fief_email_templates.type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_verifications.code', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_verifications.email', 'varchar(320) NOT NULL'
        UNION ALL SELECT 'column fief_email_verifications.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_email_verifications.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_email_verifications.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_grants.client_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_grants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_grants.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_grants.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_grants.scope', 'json NOT NULL'
        UNION ALL SELECT 'column fief_grants.scope', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_grants.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_grants.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.acr', 'enum(''0'',''1'') NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.client_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.code_challenge', 'varchar(255)'
        UNION ALL SELECT 'column fief_login_sessions.code_challenge_method', 'varchar(255)'
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_login_sessions.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.nonce', 'varchar(255)'
        UNION ALL SELECT 'column fief_login_sessions.prompt', 'varchar(255)'
        UNION ALL SELECT 'column fief_login_sessions.redirect_uri', 'varchar(2048) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.response_mode', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.response_type', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.scope', 'json NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.scope', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.state', 'varchar(2048)'
        UNION ALL SELECT 'column fief_login_sessions.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_oauth_accounts.access_token', 'text NOT NULL'
        UNION ALL SELECT 'column fief_oauth_accounts.account_email', 'varchar(512)'
        UNION ALL SELECT 'column fief_oauth_accounts.account_id', 'varchar(512) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_oauth_accounts.expires_at', 'timestamp'
        UNION ALL SELECT 'column fief_oauth_accounts.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_accounts.oauth_provider_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_accounts.refresh_token', 'text'
        UNION ALL SELECT 'column fief_oauth_accounts.tenant_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_oauth_accounts.user_id', 'char(36)'
        UNION ALL SELECT 'column fief_oauth_providers.client_id', 'text NOT NULL'
        UNION ALL SELECT 'column fief_oauth_providers.client_secret', 'text NOT NULL'
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_oauth_providers.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_providers.name', 'varchar(255)'
        UNION ALL SELECT 'column fief_oauth_providers.openid_configuration_endpoint', 'text'
        UNION ALL SELECT 'column fief_oauth_providers.provider', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'json NOT NULL'
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_oauth_sessions.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_oauth_sessions.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_account_id', 'char(36)'
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_provider_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_sessions.redirect_uri', 'text NOT NULL'
        UNION ALL SELECT 'column fief_oauth_sessions.tenant_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_sessions.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_permissions.codename', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_permissions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_permissions.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_permissions.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_permissions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_refresh_tokens.authenticated_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.client_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_refresh_tokens.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'json NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_refresh_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_registration_sessions.email', 'varchar(320)'
        UNION ALL SELECT 'column fief_registration_sessions.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_registration_sessions.flow', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_registration_sessions.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_registration_sessions.oauth_account_id', 'char(36)'
        UNION ALL SELECT 'column fief_registration_sessions.tenant_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_registration_sessions.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_roles.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_roles.granted_by_default', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_roles.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_roles.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_roles.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_roles_permissions.permission_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_roles_permissions.role_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_session_tokens.expires_at', 'timestamp NOT NULL'
        UNION ALL SELECT 'column fief_session_tokens.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_session_tokens.token', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_session_tokens.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_tenants.application_url', 'varchar(512)'
        UNION ALL SELECT 'column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_tenants.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_tenants.default', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_tenants.email_domain_id', 'char(36)'
        UNION ALL SELECT 'column fief_tenants.email_from_email', 'varchar(255)'
        UNION ALL SELECT 'column fief_tenants.email_from_name', 'varchar(255)'
        UNION ALL SELECT 'column fief_tenants.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_tenants.logo_url', 'varchar(512)'
        UNION ALL SELECT 'column fief_tenants.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_tenants.registration_allowed', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_tenants.sign_jwk', 'text NOT NULL'
        UNION ALL SELECT 'column fief_tenants.slug', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_tenants.theme_id', 'char(36)'
        UNION ALL SELECT 'column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_tenants.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_tenants_oauth_providers.oauth_provider_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_tenants_oauth_providers.tenant_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_themes.accent_color', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.background_color', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_themes.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_themes.default', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_themes.font_css_url', 'varchar(512)'
        UNION ALL SELECT 'column fief_themes.font_family', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.font_size', 'int NOT NULL'
        UNION ALL SELECT 'column fief_themes.font_size', 'int(11) NOT NULL'
        UNION ALL SELECT 'column fief_themes.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_themes.input_color', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.input_color_background', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.light_color', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.light_color_hover', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.primary_color', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.primary_color_hover', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.primary_color_light', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.text_color', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_themes.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_field_values.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_field_values.user_field_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_field_values.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_field_values.value_boolean', 'tinyint(1)'
        UNION ALL SELECT 'column fief_user_field_values.value_date', 'date'
        UNION ALL SELECT 'column fief_user_field_values.value_datetime', 'timestamp'
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'int'
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'int(11)'
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'json'
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'longtext'
        UNION ALL SELECT 'column fief_user_field_values.value_string', 'text'
        UNION ALL SELECT 'column fief_user_fields.configuration', 'json NOT NULL'
        UNION ALL SELECT 'column fief_user_fields.configuration', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_fields.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_fields.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_fields.name', 'varchar(320) NOT NULL'
        UNION ALL SELECT 'column fief_user_fields.slug', 'varchar(320) NOT NULL'
        UNION ALL SELECT 'column fief_user_fields.type', 'enum(''STRING'',''INTEGER'',''BOOLEAN'',''DATE'',''DATETIME'',''CHOICE'',''PHONE_NUMBER'',''ADDRESS'',''TIMEZONE'')'
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_permissions.from_role_id', 'char(36)'
        UNION ALL SELECT 'column fief_user_permissions.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_permissions.permission_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_permissions.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_roles.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_roles.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_roles.role_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_user_roles.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_users.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_users.email', 'varchar(320) NOT NULL'
        UNION ALL SELECT 'column fief_users.email_lower', 'varchar(320) NOT NULL'
        UNION ALL SELECT 'column fief_users.email_verified', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_users.hashed_password', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_users.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_users.is_active', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_users.tenant_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_users.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'int NOT NULL'
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'int(11) NOT NULL'
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_webhook_logs.error_message', 'text'
        UNION ALL SELECT 'column fief_webhook_logs.error_type', 'varchar(255)'
        UNION ALL SELECT 'column fief_webhook_logs.event', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_webhook_logs.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_webhook_logs.payload', 'text NOT NULL'
        UNION ALL SELECT 'column fief_webhook_logs.response', 'text'
        UNION ALL SELECT 'column fief_webhook_logs.success', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_webhook_logs.webhook_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_webhooks.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_webhooks.events', 'json NOT NULL'
        UNION ALL SELECT 'column fief_webhooks.events', 'longtext NOT NULL'
        UNION ALL SELECT 'column fief_webhooks.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column fief_webhooks.secret', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column fief_webhooks.url', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column workspace_users.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column workspace_users.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column workspace_users.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column workspace_users.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column workspace_users.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column workspace_users.user_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column workspace_users.workspace_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column workspaces.alembic_revision', 'varchar(255)'
        UNION ALL SELECT 'column workspaces.created_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column workspaces.created_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column workspaces.database_host', 'text'
        UNION ALL SELECT 'column workspaces.database_name', 'text'
        UNION ALL SELECT 'column workspaces.database_password', 'text'
        UNION ALL SELECT 'column workspaces.database_port', 'text'
        UNION ALL SELECT 'column workspaces.database_ssl_mode', 'text'
        UNION ALL SELECT 'column workspaces.database_table_prefix', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column workspaces.database_type', 'enum(''POSTGRESQL'',''MYSQL'',''SQLITE'')'
        UNION ALL SELECT 'column workspaces.database_use_schema', 'tinyint(1) NOT NULL'
        UNION ALL SELECT 'column workspaces.database_username', 'text'
        UNION ALL SELECT 'column workspaces.domain', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column workspaces.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column workspaces.name', 'varchar(255) NOT NULL'
        UNION ALL SELECT 'column workspaces.updated_at', 'timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP'
        UNION ALL SELECT 'column workspaces.updated_at', 'timestamp NOT NULL DEFAULT current_timestamp()'
        UNION ALL SELECT 'column workspaces.users_count', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column workspaces.users_count', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'workspace_id -> workspaces (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_clients.fief_clients_ibfk_1', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'oauth_account_id -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'client_id -> fief_clients (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'oauth_account_id -> fief_oauth_accounts (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'permission_id -> fief_permissions (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'email_domain_id -> fief_email_domains (id) ON DELETE SET NULL ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'theme_id -> fief_themes (id) ON DELETE SET NULL ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'oauth_provider_id -> fief_oauth_providers (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'user_field_id -> fief_user_fields (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'from_role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'permission_id -> fief_permissions (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'role_id -> fief_roles (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'user_id -> fief_users (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_users.fief_users_ibfk_1', 'tenant_id -> fief_tenants (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'webhook_id -> fief_webhooks (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'foreign_key workspace_users.workspace_users_ibfk_1', 'workspace_id -> workspaces (id) ON DELETE CASCADE ON UPDATE RESTRICT'
        UNION ALL SELECT 'index admin_api_key.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_created_at', 'created_at'
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_updated_at', 'updated_at'
        UNION ALL SELECT 'index admin_api_key.token', 'UNIQUE token'
        UNION ALL SELECT 'index admin_api_key.workspace_id', 'workspace_id'
        UNION ALL SELECT 'index admin_session_tokens.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'created_at'
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'updated_at'
        UNION ALL SELECT 'index admin_session_tokens.token', 'UNIQUE token'
        UNION ALL SELECT 'index alembic_version.PRIMARY', 'UNIQUE version_num'
        UNION ALL SELECT 'index fief_alembic_version.PRIMARY', 'UNIQUE version_num'
        UNION ALL SELECT 'index fief_audit_logs.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'admin_api_key_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'admin_user_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_level', 'level'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'object_class'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'object_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'subject_user_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'timestamp'
        UNION ALL SELECT 'index fief_authorization_codes.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_authorization_codes.client_id', 'client_id'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'UNIQUE code'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'created_at'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_authorization_codes.user_id', 'user_id'
        UNION ALL SELECT 'index fief_clients.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_id', 'client_id'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_secret', 'client_secret'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_created_at', 'created_at'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_clients.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index fief_email_domains.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_email_domains.domain', 'UNIQUE domain'
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_created_at', 'created_at'
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_email_templates.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_created_at', 'created_at'
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_email_templates.type', 'UNIQUE type'
        UNION ALL SELECT 'index fief_email_verifications.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_code', 'UNIQUE code'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'created_at'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_email', 'email'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_email_verifications.user_id', 'user_id'
        UNION ALL SELECT 'index fief_grants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_grants.client_id', 'client_id'
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_created_at', 'created_at'
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_grants.user_id', 'UNIQUE user_id, client_id'
        UNION ALL SELECT 'index fief_login_sessions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_login_sessions.client_id', 'client_id'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'created_at'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_token', 'UNIQUE token'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_oauth_accounts.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'account_id'
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'created_at'
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_oauth_accounts.oauth_provider_id', 'UNIQUE oauth_provider_id, user_id'
        UNION ALL SELECT 'index fief_oauth_accounts.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index fief_oauth_accounts.user_id', 'user_id'
        UNION ALL SELECT 'index fief_oauth_providers.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'created_at'
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_oauth_sessions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'created_at'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'UNIQUE token'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_account_id', 'oauth_account_id'
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_provider_id', 'oauth_provider_id'
        UNION ALL SELECT 'index fief_oauth_sessions.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index fief_permissions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_permissions.codename', 'UNIQUE codename'
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_created_at', 'created_at'
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_refresh_tokens.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_refresh_tokens.client_id', 'client_id'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'created_at'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'UNIQUE token'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_refresh_tokens.user_id', 'user_id'
        UNION ALL SELECT 'index fief_registration_sessions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'created_at'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'UNIQUE token'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_registration_sessions.oauth_account_id', 'oauth_account_id'
        UNION ALL SELECT 'index fief_registration_sessions.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index fief_roles.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_created_at', 'created_at'
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_roles_permissions.PRIMARY', 'UNIQUE role_id, permission_id'
        UNION ALL SELECT 'index fief_roles_permissions.permission_id', 'permission_id'
        UNION ALL SELECT 'index fief_session_tokens.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'created_at'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'expires_at'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_token', 'UNIQUE token'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_session_tokens.user_id', 'user_id'
        UNION ALL SELECT 'index fief_tenants.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_tenants.email_domain_id', 'email_domain_id'
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_created_at', 'created_at'
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_tenants.slug', 'UNIQUE slug'
        UNION ALL SELECT 'index fief_tenants.theme_id', 'theme_id'
        UNION ALL SELECT 'index fief_tenants_oauth_providers.PRIMARY', 'UNIQUE tenant_id, oauth_provider_id'
        UNION ALL SELECT 'index fief_tenants_oauth_providers.oauth_provider_id', 'oauth_provider_id'
        UNION ALL SELECT 'index fief_themes.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_created_at', 'created_at'
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_user_field_values.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'created_at'
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_user_field_values.user_field_id', 'UNIQUE user_field_id, user_id'
        UNION ALL SELECT 'index fief_user_field_values.user_id', 'user_id'
        UNION ALL SELECT 'index fief_user_fields.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_created_at', 'created_at'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_slug', 'UNIQUE slug'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_type', 'type'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_user_permissions.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_user_permissions.from_role_id', 'from_role_id'
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'created_at'
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_user_permissions.permission_id', 'permission_id'
        UNION ALL SELECT 'index fief_user_permissions.user_id', 'UNIQUE user_id, permission_id, from_role_id'
        UNION ALL SELECT 'index fief_user_roles.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_created_at', 'created_at'
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_user_roles.role_id', 'role_id'
        UNION ALL SELECT 'index fief_user_roles.user_id', 'UNIQUE user_id, role_id'
        UNION ALL SELECT 'index fief_users.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_users.email', 'UNIQUE email, tenant_id'
        UNION ALL SELECT 'index fief_users.ix_fief_users_created_at', 'created_at'
        UNION ALL SELECT 'index fief_users.ix_fief_users_email', 'email'
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_lower', 'email_lower'
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_verified', 'email_verified'
        UNION ALL SELECT 'index fief_users.ix_fief_users_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_users.tenant_id', 'tenant_id'
        UNION ALL SELECT 'index fief_webhook_logs.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'created_at'
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'updated_at'
        UNION ALL SELECT 'index fief_webhook_logs.webhook_id', 'webhook_id'
        UNION ALL SELECT 'index fief_webhooks.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_created_at', 'created_at'
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_updated_at', 'updated_at'
        UNION ALL SELECT 'index workspace_users.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_created_at', 'created_at'
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_updated_at', 'updated_at'
        UNION ALL SELECT 'index workspace_users.workspace_id', 'workspace_id'
        UNION ALL SELECT 'index workspaces.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index workspaces.ix_workspaces_alembic_revision', 'alembic_revision'
        UNION ALL SELECT 'index workspaces.ix_workspaces_created_at', 'created_at'
        UNION ALL SELECT 'index workspaces.ix_workspaces_updated_at', 'updated_at'
        UNION ALL SELECT 'table admin_api_key', 'present'
        UNION ALL SELECT 'table admin_session_tokens', 'present'
        UNION ALL SELECT 'table alembic_version', 'present'
        UNION ALL SELECT 'table fief_alembic_version', 'present in workspace'
        UNION ALL SELECT 'table fief_audit_logs', 'present in workspace'
        UNION ALL SELECT 'table fief_authorization_codes', 'present in workspace'
        UNION ALL SELECT 'table fief_clients', 'present in workspace'
        UNION ALL SELECT 'table fief_email_domains', 'present in workspace'
        UNION ALL SELECT 'table fief_email_templates', 'present in workspace'
        UNION ALL SELECT 'table fief_email_verifications', 'present in workspace'
        UNION ALL SELECT 'table fief_grants', 'present in workspace'
        UNION ALL SELECT 'table fief_login_sessions', 'present in workspace'
        UNION ALL SELECT 'table fief_oauth_accounts', 'present in workspace'
        UNION ALL SELECT 'table fief_oauth_providers', 'present in workspace'
        UNION ALL SELECT 'table fief_oauth_sessions', 'present in workspace'
        UNION ALL SELECT 'table fief_permissions', 'present in workspace'
        UNION ALL SELECT 'table fief_refresh_tokens', 'present in workspace'
        UNION ALL SELECT 'table fief_registration_sessions', 'present in workspace'
        UNION ALL SELECT 'table fief_roles', 'present in workspace'
        UNION ALL SELECT 'table fief_roles_permissions', 'present in workspace'
        UNION ALL SELECT 'table fief_session_tokens', 'present in workspace'
        UNION ALL SELECT 'table fief_tenants', 'present in workspace'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'present in workspace'
        UNION ALL SELECT 'table fief_themes', 'present in workspace'
        UNION ALL SELECT 'table fief_user_field_values', 'present in workspace'
        UNION ALL SELECT 'table fief_user_fields', 'present in workspace'
        UNION ALL SELECT 'table fief_user_permissions', 'present in workspace'
        UNION ALL SELECT 'table fief_user_roles', 'present in workspace'
        UNION ALL SELECT 'table fief_users', 'present in workspace'
        UNION ALL SELECT 'table fief_webhook_logs', 'present in workspace'
        UNION ALL SELECT 'table fief_webhooks', 'present in workspace'
        UNION ALL SELECT 'table workspace_users', 'present'
        UNION ALL SELECT 'table workspaces', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column admin_api_key.created_at' AS k, 'table admin_api_key has no column created_at' AS m
        UNION ALL SELECT 'column admin_api_key.id', 'table admin_api_key has no column id'
        UNION ALL SELECT 'column admin_api_key.name', 'table admin_api_key has no column name'
        UNION ALL SELECT 'column admin_api_key.token', 'table admin_api_key has no column token'
        UNION ALL SELECT 'column admin_api_key.updated_at', 'table admin_api_key has no column updated_at'
        UNION ALL SELECT 'column admin_api_key.workspace_id', 'table admin_api_key has no column workspace_id'
        UNION ALL SELECT 'column admin_session_tokens.created_at', 'table admin_session_tokens has no column created_at'
        UNION ALL SELECT 'column admin_session_tokens.id', 'table admin_session_tokens has no column id'
        UNION ALL SELECT 'column admin_session_tokens.raw_tokens', 'table admin_session_tokens has no column raw_tokens'
        UNION ALL SELECT 'column admin_session_tokens.raw_userinfo', 'table admin_session_tokens has no column raw_userinfo'
        UNION ALL SELECT 'column admin_session_tokens.token', 'table admin_session_tokens has no column token'
        UNION ALL SELECT 'column admin_session_tokens.updated_at', 'table admin_session_tokens has no column updated_at'
        UNION ALL SELECT 'column alembic_version.version_num', 'table alembic_version has no column version_num'
        UNION ALL SELECT 'column fief_alembic_version.version_num', 'table fief_alembic_version has no column version_num'
        UNION ALL SELECT 'column fief_audit_logs.admin_api_key_id', 'table fief_audit_logs has no column admin_api_key_id'
        UNION ALL SELECT 'column fief_audit_logs.admin_user_id', 'table fief_audit_logs has no column admin_user_id'
        UNION ALL SELECT 'column fief_audit_logs.extra', 'table fief_audit_logs has no column extra'
        UNION ALL SELECT 'column fief_audit_logs.id', 'table fief_audit_logs has no column id'
        UNION ALL SELECT 'column fief_audit_logs.level', 'table fief_audit_logs has no column level'
        UNION ALL SELECT 'column fief_audit_logs.message', 'table fief_audit_logs has no column message'
        UNION ALL SELECT 'column fief_audit_logs.object_class', 'table fief_audit_logs has no column object_class'
        UNION ALL SELECT 'column fief_audit_logs.object_id', 'table fief_audit_logs has no column object_id'
        UNION ALL SELECT 'column fief_audit_logs.subject_user_id', 'table fief_audit_logs has no column subject_user_id'
        UNION ALL SELECT 'column fief_audit_logs.timestamp', 'table fief_audit_logs has no column timestamp'
        UNION ALL SELECT 'column fief_authorization_codes.acr', 'table fief_authorization_codes has no column acr'
        UNION ALL SELECT 'column fief_authorization_codes.authenticated_at', 'table fief_authorization_codes has no column authenticated_at'
        UNION ALL SELECT 'column fief_authorization_codes.c_hash', 'table fief_authorization_codes has no column c_hash'
        UNION ALL SELECT 'column fief_authorization_codes.client_id', 'table fief_authorization_codes has no column client_id'
        UNION ALL SELECT 'column fief_authorization_codes.code', 'table fief_authorization_codes has no column code'
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge', 'table fief_authorization_codes has no column code_challenge'
        UNION ALL SELECT 'column fief_authorization_codes.code_challenge_method', 'table fief_authorization_codes has no column code_challenge_method'
        UNION ALL SELECT 'column fief_authorization_codes.created_at', 'table fief_authorization_codes has no column created_at'
        UNION ALL SELECT 'column fief_authorization_codes.expires_at', 'table fief_authorization_codes has no column expires_at'
        UNION ALL SELECT 'column fief_authorization_codes.id', 'table fief_authorization_codes has no column id'
        UNION ALL SELECT 'column fief_authorization_codes.nonce', 'table fief_authorization_codes has no column nonce'
        UNION ALL SELECT 'column fief_authorization_codes.redirect_uri', 'table fief_authorization_codes has no column redirect_uri'
        UNION ALL SELECT 'column fief_authorization_codes.scope', 'table fief_authorization_codes has no column scope'
        UNION ALL SELECT 'column fief_authorization_codes.updated_at', 'table fief_authorization_codes has no column updated_at'
        UNION ALL SELECT 'column fief_authorization_codes.user_id', 'table fief_authorization_codes has no column user_id'
        UNION ALL SELECT 'column fief_clients.access_id_token_lifetime_seconds', 'table fief_clients has no column access_id_token_lifetime_seconds'
        UNION ALL SELECT 'column fief_clients.authorization_code_lifetime_seconds', 'table fief_clients has no column authorization_code_lifetime_seconds'
        UNION ALL SELECT 'column fief_clients.client_id', 'table fief_clients has no column client_id'
        UNION ALL SELECT 'column fief_clients.client_secret', 'table fief_clients has no column client_secret'
        UNION ALL SELECT 'column fief_clients.client_type', 'table fief_clients has no column client_type'
        UNION ALL SELECT 'column fief_clients.created_at', 'table fief_clients has no column created_at'
        UNION ALL SELECT 'column fief_clients.encrypt_jwk', 'table fief_clients has no column encrypt_jwk'
        UNION ALL SELECT 'column fief_clients.first_party', 'table fief_clients has no column first_party'
        UNION ALL SELECT 'column fief_clients.id', 'table fief_clients has no column id'
        UNION ALL SELECT 'column fief_clients.name', 'table fief_clients has no column name'
        UNION ALL SELECT 'column fief_clients.redirect_uris', 'table fief_clients has no column redirect_uris'
        UNION ALL SELECT 'column fief_clients.refresh_token_lifetime_seconds', 'table fief_clients has no column refresh_token_lifetime_seconds'
        UNION ALL SELECT 'column fief_clients.tenant_id', 'table fief_clients has no column tenant_id'
        UNION ALL SELECT 'column fief_clients.updated_at', 'table fief_clients has no column updated_at'
        UNION ALL SELECT 'column fief_email_domains.created_at', 'table fief_email_domains has no column created_at'
        UNION ALL SELECT 'column fief_email_domains.domain', 'table fief_email_domains has no column domain'
        UNION ALL SELECT 'column fief_email_domains.domain_id', 'table fief_email_domains has no column domain_id'
        UNION ALL SELECT 'column fief_email_domains.email_provider', 'table fief_email_domains has no column email_provider'
        UNION ALL SELECT 'column fief_email_domains.id', 'table fief_email_domains has no column id'
        UNION ALL SELECT 'column fief_email_domains.records', 'table fief_email_domains has no column records'
        UNION ALL SELECT 'column fief_email_domains.updated_at', 'table fief_email_domains has no column updated_at'
        UNION ALL SELECT 'column fief_email_templates.content', 'table fief_email_templates has no column content'
        UNION ALL SELECT 'column fief_email_templates.created_at', 'table fief_email_templates has no column created_at'
        UNION ALL SELECT 'column fief_email_templates.id', 'table fief_email_templates has no column id'
        UNION ALL SELECT 'column fief_email_templates.subject', 'table fief_email_templates has no column subject'
        UNION ALL SELECT 'column fief_email_templates.type', 'table fief_email_templates has no column type'
        UNION ALL SELECT 'column fief_email_templates.updated_at', 'table fief_email_templates has no column updated_at'
        UNION ALL SELECT 'column fief_email_verifications.code', 'table fief_email_verifications has no column code'
        UNION ALL SELECT 'column fief_email_verifications.created_at', 'table fief_email_verifications has no column created_at'
        UNION ALL SELECT 'column fief_email_verifications.email', 'table fief_email_verifications has no column email'
        UNION ALL SELECT 'column fief_email_verifications.expires_at', 'table fief_email_verifications has no column expires_at'
        UNION ALL SELECT 'column fief_email_verifications.id', 'table fief_email_verifications has no column id'
        UNION ALL SELECT 'column fief_email_verifications.updated_at', 'table fief_email_verifications has no column updated_at'
        UNION ALL SELECT 'column fief_email_verifications.user_id', 'table fief_email_verifications has no column user_id'
        UNION ALL SELECT 'column fief_grants.client_id', 'table fief_grants has no column client_id'
        UNION ALL SELECT 'column fief_grants.created_at', 'table fief_grants has no column created_at'
        UNION ALL SELECT 'column fief_grants.id', 'table fief_grants has no column id'
        UNION ALL SELECT 'column fief_grants.scope', 'table fief_grants has no column scope'
        UNION ALL SELECT 'column fief_grants.updated_at', 'table fief_grants has no column updated_at'
        UNION ALL SELECT 'column fief_grants.user_id', 'table fief_grants has no column user_id'
        UNION ALL SELECT 'column fief_login_sessions.acr', 'table fief_login_sessions has no column acr'
        UNION ALL SELECT 'column fief_login_sessions.client_id', 'table fief_login_sessions has no column client_id'
        UNION ALL SELECT 'column fief_login_sessions.code_challenge', 'table fief_login_sessions has no column code_challenge'
        UNION ALL SELECT 'column fief_login_sessions.code_challenge_method', 'table fief_login_sessions has no column code_challenge_method'
        UNION ALL SELECT 'column fief_login_sessions.created_at', 'table fief_login_sessions has no column created_at'
        UNION ALL SELECT 'column fief_login_sessions.expires_at', 'table fief_login_sessions has no column expires_at'
        UNION ALL SELECT 'column fief_login_sessions.id', 'table fief_login_sessions has no column id'
        UNION ALL SELECT 'column fief_login_sessions.nonce', 'table fief_login_sessions has no column nonce'
        UNION ALL SELECT 'column fief_login_sessions.prompt', 'table fief_login_sessions has no column prompt'
        UNION ALL SELECT 'column fief_login_sessions.redirect_uri', 'table fief_login_sessions has no column redirect_uri'
        UNION ALL SELECT 'column fief_login_sessions.response_mode', 'table fief_login_sessions has no column response_mode'
        UNION ALL SELECT 'column fief_login_sessions.response_type', 'table fief_login_sessions has no column response_type'
        UNION ALL SELECT 'column fief_login_sessions.scope', 'table fief_login_sessions has no column scope'
        UNION ALL SELECT 'column fief_login_sessions.state', 'table fief_login_sessions has no column state'
        UNION ALL SELECT 'column fief_login_sessions.token', 'table fief_login_sessions has no column token'
        UNION ALL SELECT 'column fief_login_sessions.updated_at', 'table fief_login_sessions has no column updated_at'
        UNION ALL SELECT 'column fief_oauth_accounts.access_token', 'table fief_oauth_accounts has no column access_token'
        UNION ALL SELECT 'column fief_oauth_accounts.account_email', 'table fief_oauth_accounts has no column account_email'
        UNION ALL SELECT 'column fief_oauth_accounts.account_id', 'table fief_oauth_accounts has no column account_id'
        UNION ALL SELECT 'column fief_oauth_accounts.created_at', 'table fief_oauth_accounts has no column created_at'
        UNION ALL SELECT 'column fief_oauth_accounts.expires_at', 'table fief_oauth_accounts has no column expires_at'
        UNION ALL SELECT 'column fief_oauth_accounts.id', 'table fief_oauth_accounts has no column id'
        UNION ALL SELECT 'column fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no column oauth_provider_id'
        UNION ALL SELECT 'column fief_oauth_accounts.refresh_token', 'table fief_oauth_accounts has no column refresh_token'
        UNION ALL SELECT 'column fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no column tenant_id'
        UNION ALL SELECT 'column fief_oauth_accounts.updated_at', 'table fief_oauth_accounts has no column updated_at'
        UNION ALL SELECT 'column fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no column user_id'
        UNION ALL SELECT 'column fief_oauth_providers.client_id', 'table fief_oauth_providers has no column client_id'
        UNION ALL SELECT 'column fief_oauth_providers.client_secret', 'table fief_oauth_providers has no column client_secret'
        UNION ALL SELECT 'column fief_oauth_providers.created_at', 'table fief_oauth_providers has no column created_at'
        UNION ALL SELECT 'column fief_oauth_providers.id', 'table fief_oauth_providers has no column id'
        UNION ALL SELECT 'column fief_oauth_providers.name', 'table fief_oauth_providers has no column name'
        UNION ALL SELECT 'column fief_oauth_providers.openid_configuration_endpoint', 'table fief_oauth_providers has no column openid_configuration_endpoint'
        UNION ALL SELECT 'column fief_oauth_providers.provider', 'table fief_oauth_providers has no column provider'
        UNION ALL SELECT 'column fief_oauth_providers.scopes', 'table fief_oauth_providers has no column scopes'
        UNION ALL SELECT 'column fief_oauth_providers.updated_at', 'table fief_oauth_providers has no column updated_at'
        UNION ALL SELECT 'column fief_oauth_sessions.created_at', 'table fief_oauth_sessions has no column created_at'
        UNION ALL SELECT 'column fief_oauth_sessions.expires_at', 'table fief_oauth_sessions has no column expires_at'
        UNION ALL SELECT 'column fief_oauth_sessions.id', 'table fief_oauth_sessions has no column id'
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no column oauth_account_id'
        UNION ALL SELECT 'column fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no column oauth_provider_id'
        UNION ALL SELECT 'column fief_oauth_sessions.redirect_uri', 'table fief_oauth_sessions has no column redirect_uri'
        UNION ALL SELECT 'column fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no column tenant_id'
        UNION ALL SELECT 'column fief_oauth_sessions.token', 'table fief_oauth_sessions has no column token'
        UNION ALL SELECT 'column fief_oauth_sessions.updated_at', 'table fief_oauth_sessions has no column updated_at'
        UNION ALL SELECT 'column fief_permissions.codename', 'table fief_permissions has no column codename'
        UNION ALL SELECT 'column fief_permissions.created_at', 'table fief_permissions has no column created_at'
        UNION ALL SELECT 'column fief_permissions.id', 'table fief_permissions has no column id'
        UNION ALL SELECT 'column fief_permissions.name', 'table fief_permissions has no column name'
        UNION ALL SELECT 'column fief_permissions.updated_at', 'table fief_permissions has no column updated_at'
        UNION ALL SELECT 'column fief_refresh_tokens.authenticated_at', 'table fief_refresh_tokens has no column authenticated_at'
        UNION ALL SELECT 'column fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no column client_id'
        UNION ALL SELECT 'column fief_refresh_tokens.created_at', 'table fief_refresh_tokens has no column created_at'
        UNION ALL SELECT 'column fief_refresh_tokens.expires_at', 'table fief_refresh_tokens has no column expires_at'
        UNION ALL SELECT 'column fief_refresh_tokens.id', 'table fief_refresh_tokens has no column id'
        UNION ALL SELECT 'column fief_refresh_tokens.scope', 'table fief_refresh_tokens has no column scope'
        UNION ALL SELECT 'column fief_refresh_tokens.token', 'table fief_refresh_tokens has no column token'
        UNION ALL SELECT 'column fief_refresh_tokens.updated_at', 'table fief_refresh_tokens has no column updated_at'
        UNION ALL SELECT 'column fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no column user_id'
        UNION ALL SELECT 'column fief_registration_sessions.created_at', 'table fief_registration_sessions has no column created_at'
        UNION ALL SELECT 'column fief_registration_sessions.email', 'table fief_registration_sessions has no column email'
        UNION ALL SELECT 'column fief_registration_sessions.expires_at', 'table fief_registration_sessions has no column expires_at'
        UNION ALL SELECT 'column fief_registration_sessions.flow', 'table fief_registration_sessions has no column flow'
        UNION ALL SELECT 'column fief_registration_sessions.id', 'table fief_registration_sessions has no column id'
        UNION ALL SELECT 'column fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no column oauth_account_id'
        UNION ALL SELECT 'column fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no column tenant_id'
        UNION ALL SELECT 'column fief_registration_sessions.token', 'table fief_registration_sessions has no column token'
        UNION ALL SELECT 'column fief_registration_sessions.updated_at', 'table fief_registration_sessions has no column updated_at'
        UNION ALL SELECT 'column fief_roles.created_at', 'table fief_roles has no column created_at'
        UNION ALL SELECT 'column fief_roles.granted_by_default', 'table fief_roles has no column granted_by_default'
        UNION ALL SELECT 'column fief_roles.id', 'table fief_roles has no column id'
        UNION ALL SELECT 'column fief_roles.name', 'table fief_roles has no column name'
        UNION ALL SELECT 'column fief_roles.updated_at', 'table fief_roles has no column updated_at'
        UNION ALL SELECT 'column fief_roles_permissions.permission_id', 'table fief_roles_permissions has no column permission_id'
        UNION ALL SELECT 'column fief_roles_permissions.role_id', 'table fief_roles_permissions has no column role_id'
        UNION ALL SELECT 'column fief_session_tokens.created_at', 'table fief_session_tokens has no column created_at'
        UNION ALL SELECT 'column fief_session_tokens.expires_at', 'table fief_session_tokens has no column expires_at'
        UNION ALL SELECT 'column fief_session_tokens.id', 'table fief_session_tokens has no column id'
        UNION ALL SELECT 'column fief_session_tokens.token', 'table fief_session_tokens has no column token'
        UNION ALL SELECT 'column fief_session_tokens.updated_at', 'table fief_session_tokens has no column updated_at'
        UNION ALL SELECT 'column fief_session_tokens.user_id', 'table fief_session_tokens has no column user_id'
        UNION ALL SELECT 'column fief_tenants.application_url', 'table fief_tenants has no column application_url'
        UNION ALL SELECT 'column fief_tenants.created_at', 'table fief_tenants has no column created_at'
        UNION ALL SELECT 'column fief_tenants.default', 'table fief_tenants has no column default'
        UNION ALL SELECT 'column fief_tenants.email_domain_id', 'table fief_tenants has no column email_domain_id'
        UNION ALL SELECT 'column fief_tenants.email_from_email', 'table fief_tenants has no column email_from_email'
        UNION ALL SELECT 'column fief_tenants.email_from_name', 'table fief_tenants has no column email_from_name'
        UNION ALL SELECT 'column fief_tenants.id', 'table fief_tenants has no column id'
        UNION ALL SELECT 'column fief_tenants.logo_url', 'table fief_tenants has no column logo_url'
        UNION ALL SELECT 'column fief_tenants.name', 'table fief_tenants has no column name'
        UNION ALL SELECT 'column fief_tenants.registration_allowed', 'table fief_tenants has no column registration_allowed'
        UNION ALL SELECT 'column fief_tenants.sign_jwk', 'table fief_tenants has no column sign_jwk'
        UNION ALL SELECT 'column fief_tenants.slug', 'table fief_tenants has no column slug'
        UNION ALL SELECT 'column fief_tenants.theme_id', 'table fief_tenants has no column theme_id'
        UNION ALL SELECT 'column fief_tenants.updated_at', 'table fief_tenants has no column updated_at'
        UNION ALL SELECT 'column fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no column oauth_provider_id'
        UNION ALL SELECT 'column fief_tenants_oauth_providers.tenant_id', 'table fief_tenants_oauth_providers has no column tenant_id'
        UNION ALL SELECT 'column fief_themes.accent_color', 'table fief_themes has no column accent_color'
        UNION ALL SELECT 'column fief_themes.background_color', 'table fief_themes has no column background_color'
        UNION ALL SELECT 'column fief_themes.created_at', 'table fief_themes has no column created_at'
        UNION ALL SELECT 'column fief_themes.default', 'table fief_themes has no column default'
        UNION ALL SELECT 'column fief_themes.font_css_url', 'table fief_themes has no column font_css_url'
        UNION ALL SELECT 'column fief_themes.font_family', 'table fief_themes has no column font_family'
        UNION ALL SELECT 'column fief_themes.font_size', 'table fief_themes has no column font_size'
        UNION ALL SELECT 'column fief_themes.id', 'table fief_themes has no column id'
        UNION ALL SELECT 'column fief_themes.input_color', 'table fief_themes has no column input_color'
        UNION ALL SELECT 'column fief_themes.input_color_background', 'table fief_themes has no column input_color_background'
        UNION ALL SELECT 'column fief_themes.light_color', 'table fief_themes has no column light_color'
        UNION ALL SELECT 'column fief_themes.light_color_hover', 'table fief_themes has no column light_color_hover'
        UNION ALL SELECT 'column fief_themes.name', 'table fief_themes has no column name'
        UNION ALL SELECT 'column fief_themes.primary_color', 'table fief_themes has no column primary_color'
        UNION ALL SELECT 'column fief_themes.primary_color_hover', 'table fief_themes has no column primary_color_hover'
        UNION ALL SELECT 'column fief_themes.primary_color_light', 'table fief_themes has no column primary_color_light'
        UNION ALL SELECT 'column fief_themes.text_color', 'table fief_themes has no column text_color'
        UNION ALL SELECT 'column fief_themes.updated_at', 'table fief_themes has no column updated_at'
        UNION ALL SELECT 'column fief_user_field_values.created_at', 'table fief_user_field_values has no column created_at'
        UNION ALL SELECT 'column fief_user_field_values.id', 'table fief_user_field_values has no column id'
        UNION ALL SELECT 'column fief_user_field_values.updated_at', 'table fief_user_field_values has no column updated_at'
        UNION ALL SELECT 'column fief_user_field_values.user_field_id', 'table fief_user_field_values has no column user_field_id'
        UNION ALL SELECT 'column fief_user_field_values.user_id', 'table fief_user_field_values has no column user_id'
        UNION ALL SELECT 'column fief_user_field_values.value_boolean', 'table fief_user_field_values has no column value_boolean'
        UNION ALL SELECT 'column fief_user_field_values.value_date', 'table fief_user_field_values has no column value_date'
        UNION ALL SELECT 'column fief_user_field_values.value_datetime', 'table fief_user_field_values has no column value_datetime'
        UNION ALL SELECT 'column fief_user_field_values.value_integer', 'table fief_user_field_values has no column value_integer'
        UNION ALL SELECT 'column fief_user_field_values.value_json', 'table fief_user_field_values has no column value_json'
        UNION ALL SELECT 'column fief_user_field_values.value_string', 'table fief_user_field_values has no column value_string'
        UNION ALL SELECT 'column fief_user_fields.configuration', 'table fief_user_fields has no column configuration'
        UNION ALL SELECT 'column fief_user_fields.created_at', 'table fief_user_fields has no column created_at'
        UNION ALL SELECT 'column fief_user_fields.id', 'table fief_user_fields has no column id'
        UNION ALL SELECT 'column fief_user_fields.name', 'table fief_user_fields has no column name'
        UNION ALL SELECT 'column fief_user_fields.slug', 'table fief_user_fields has no column slug'
        UNION ALL SELECT 'column fief_user_fields.type', 'table fief_user_fields has no column type'
        UNION ALL SELECT 'column fief_user_fields.updated_at', 'table fief_user_fields has no column updated_at'
        UNION ALL SELECT 'column fief_user_permissions.created_at', 'table fief_user_permissions has no column created_at'
        UNION ALL SELECT 'column fief_user_permissions.from_role_id', 'table fief_user_permissions has no column from_role_id'
        UNION ALL SELECT 'column fief_user_permissions.id', 'table fief_user_permissions has no column id'
        UNION ALL SELECT 'column fief_user_permissions.permission_id', 'table fief_user_permissions has no column permission_id'
        UNION ALL SELECT 'column fief_user_permissions.updated_at', 'table fief_user_permissions has no column updated_at'
        UNION ALL SELECT 'column fief_user_permissions.user_id', 'table fief_user_permissions has no column user_id'
        UNION ALL SELECT 'column fief_user_roles.created_at', 'table fief_user_roles has no column created_at'
        UNION ALL SELECT 'column fief_user_roles.id', 'table fief_user_roles has no column id'
        UNION ALL SELECT 'column fief_user_roles.role_id', 'table fief_user_roles has no column role_id'
        UNION ALL SELECT 'column fief_user_roles.updated_at', 'table fief_user_roles has no column updated_at'
        UNION ALL SELECT 'column fief_user_roles.user_id', 'table fief_user_roles has no column user_id'
        UNION ALL SELECT 'column fief_users.created_at', 'table fief_users has no column created_at'
        UNION ALL SELECT 'column fief_users.email', 'table fief_users has no column email'
        UNION ALL SELECT 'column fief_users.email_lower', 'table fief_users has no column email_lower'
        UNION ALL SELECT 'column fief_users.email_verified', 'table fief_users has no column email_verified'
        UNION ALL SELECT 'column fief_users.hashed_password', 'table fief_users has no column hashed_password'
        UNION ALL SELECT 'column fief_users.id', 'table fief_users has no column id'
        UNION ALL SELECT 'column fief_users.is_active', 'table fief_users has no column is_active'
        UNION ALL SELECT 'column fief_users.tenant_id', 'table fief_users has no column tenant_id'
        UNION ALL SELECT 'column fief_users.updated_at', 'table fief_users has no column updated_at'
        UNION ALL SELECT 'column fief_webhook_logs.attempt', 'table fief_webhook_logs has no column attempt'
        UNION ALL SELECT 'column fief_webhook_logs.created_at', 'table fief_webhook_logs has no column created_at'
        UNION ALL SELECT 'column fief_webhook_logs.error_message', 'table fief_webhook_logs has no column error_message'
        UNION ALL SELECT 'column fief_webhook_logs.error_type', 'table fief_webhook_logs has no column error_type'
        UNION ALL SELECT 'column fief_webhook_logs.event', 'table fief_webhook_logs has no column event'
        UNION ALL SELECT 'column fief_webhook_logs.id', 'table fief_webhook_logs has no column id'
        UNION ALL SELECT 'column fief_webhook_logs.payload', 'table fief_webhook_logs has no column payload'
        UNION ALL SELECT 'column fief_webhook_logs.response', 'table fief_webhook_logs has no column response'
        UNION ALL SELECT 'column fief_webhook_logs.success', 'table fief_webhook_logs has no column success'
        UNION ALL SELECT 'column fief_webhook_logs.updated_at', 'table fief_webhook_logs has no column updated_at'
        UNION ALL SELECT 'column fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no column webhook_id'
        UNION ALL SELECT 'column fief_webhooks.created_at', 'table fief_webhooks has no column created_at'
        UNION ALL SELECT 'column fief_webhooks.events', 'table fief_webhooks has no column events'
        UNION ALL SELECT 'column fief_webhooks.id', 'table fief_webhooks has no column id'
        UNION ALL SELECT 'column fief_webhooks.secret', 'table fief_webhooks has no column secret'
        UNION ALL SELECT 'column fief_webhooks.updated_at', 'table fief_webhooks has no column updated_at'
        UNION ALL SELECT 'column fief_webhooks.url', 'table fief_webhooks has no column url'
        UNION ALL SELECT 'column workspace_users.created_at', 'table workspace_users has no column created_at'
        UNION ALL SELECT 'column workspace_users.id', 'table workspace_users has no column id'
        UNION ALL SELECT 'column workspace_users.updated_at', 'table workspace_users has no column updated_at'
        UNION ALL SELECT 'column workspace_users.user_id', 'table workspace_users has no column user_id'
        UNION ALL SELECT 'column workspace_users.workspace_id', 'table workspace_users has no column workspace_id'
        UNION ALL SELECT 'column workspaces.alembic_revision', 'table workspaces has no column alembic_revision'
        UNION ALL SELECT 'column workspaces.created_at', 'table workspaces has no column created_at'
        UNION ALL SELECT 'column workspaces.database_host', 'table workspaces has no column database_host'
        UNION ALL SELECT 'column workspaces.database_name', 'table workspaces has no column database_name'
        UNION ALL SELECT 'column workspaces.database_password', 'table workspaces has no column database_password'
        UNION ALL SELECT 'column workspaces.database_port', 'table workspaces has no column database_port'
        UNION ALL SELECT 'column workspaces.database_ssl_mode', 'table workspaces has no column database_ssl_mode'
        UNION ALL SELECT 'column workspaces.database_table_prefix', 'table workspaces has no column database_table_prefix'
        UNION ALL SELECT 'column workspaces.database_type', 'table workspaces has no column database_type'
        UNION ALL SELECT 'column workspaces.database_use_schema', 'table workspaces has no column database_use_schema'
        UNION ALL SELECT 'column workspaces.database_username', 'table workspaces has no column database_username'
        UNION ALL SELECT 'column workspaces.domain', 'table workspaces has no column domain'
        UNION ALL SELECT 'column workspaces.id', 'table workspaces has no column id'
        UNION ALL SELECT 'column workspaces.name', 'table workspaces has no column name'
        UNION ALL SELECT 'column workspaces.updated_at', 'table workspaces has no column updated_at'
        UNION ALL SELECT 'column workspaces.users_count', 'table workspaces has no column users_count'
        UNION ALL SELECT 'foreign_key admin_api_key.admin_api_key_ibfk_1', 'table admin_api_key has no foreign key admin_api_key_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_1', 'table fief_authorization_codes has no foreign key fief_authorization_codes_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_authorization_codes.fief_authorization_codes_ibfk_2', 'table fief_authorization_codes has no foreign key fief_authorization_codes_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_clients.fief_clients_ibfk_1', 'table fief_clients has no foreign key fief_clients_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_email_verifications.fief_email_verifications_ibfk_1', 'table fief_email_verifications has no foreign key fief_email_verifications_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_1', 'table fief_grants has no foreign key fief_grants_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_grants.fief_grants_ibfk_2', 'table fief_grants has no foreign key fief_grants_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_login_sessions.fief_login_sessions_ibfk_1', 'table fief_login_sessions has no foreign key fief_login_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_1', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_2', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_oauth_accounts.fief_oauth_accounts_ibfk_3', 'table fief_oauth_accounts has no foreign key fief_oauth_accounts_ibfk_3'
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_1', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_2', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_oauth_sessions.fief_oauth_sessions_ibfk_3', 'table fief_oauth_sessions has no foreign key fief_oauth_sessions_ibfk_3'
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_1', 'table fief_refresh_tokens has no foreign key fief_refresh_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_refresh_tokens.fief_refresh_tokens_ibfk_2', 'table fief_refresh_tokens has no foreign key fief_refresh_tokens_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_1', 'table fief_registration_sessions has no foreign key fief_registration_sessions_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_registration_sessions.fief_registration_sessions_ibfk_2', 'table fief_registration_sessions has no foreign key fief_registration_sessions_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_1', 'table fief_roles_permissions has no foreign key fief_roles_permissions_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_roles_permissions.fief_roles_permissions_ibfk_2', 'table fief_roles_permissions has no foreign key fief_roles_permissions_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_session_tokens.fief_session_tokens_ibfk_1', 'table fief_session_tokens has no foreign key fief_session_tokens_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_1', 'table fief_tenants has no foreign key fief_tenants_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_tenants.fief_tenants_ibfk_2', 'table fief_tenants has no foreign key fief_tenants_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_1', 'table fief_tenants_oauth_providers has no foreign key fief_tenants_oauth_providers_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_tenants_oauth_providers.fief_tenants_oauth_providers_ibfk_2', 'table fief_tenants_oauth_providers has no foreign key fief_tenants_oauth_providers_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_1', 'table fief_user_field_values has no foreign key fief_user_field_values_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_user_field_values.fief_user_field_values_ibfk_2', 'table fief_user_field_values has no foreign key fief_user_field_values_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_1', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_2', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_user_permissions.fief_user_permissions_ibfk_3', 'table fief_user_permissions has no foreign key fief_user_permissions_ibfk_3'
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_1', 'table fief_user_roles has no foreign key fief_user_roles_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_user_roles.fief_user_roles_ibfk_2', 'table fief_user_roles has no foreign key fief_user_roles_ibfk_2'
        UNION ALL SELECT 'foreign_key fief_users.fief_users_ibfk_1', 'table fief_users has no foreign key fief_users_ibfk_1'
        UNION ALL SELECT 'foreign_key fief_webhook_logs.fief_webhook_logs_ibfk_1', 'table fief_webhook_logs has no foreign key fief_webhook_logs_ibfk_1'
        UNION ALL SELECT 'foreign_key workspace_users.workspace_users_ibfk_1', 'table workspace_users has no foreign key workspace_users_ibfk_1'
        UNION ALL SELECT 'index admin_api_key.PRIMARY', 'table admin_api_key has no index PRIMARY'
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_created_at', 'table admin_api_key has no index ix_admin_api_key_created_at'
        UNION ALL SELECT 'index admin_api_key.ix_admin_api_key_updated_at', 'table admin_api_key has no index ix_admin_api_key_updated_at'
        UNION ALL SELECT 'index admin_api_key.token', 'table admin_api_key has no index token'
        UNION ALL SELECT 'index admin_api_key.workspace_id', 'table admin_api_key has no index workspace_id'
        UNION ALL SELECT 'index admin_session_tokens.PRIMARY', 'table admin_session_tokens has no index PRIMARY'
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_created_at', 'table admin_session_tokens has no index ix_admin_session_tokens_created_at'
        UNION ALL SELECT 'index admin_session_tokens.ix_admin_session_tokens_updated_at', 'table admin_session_tokens has no index ix_admin_session_tokens_updated_at'
        UNION ALL SELECT 'index admin_session_tokens.token', 'table admin_session_tokens has no index token'
        UNION ALL SELECT 'index alembic_version.PRIMARY', 'table alembic_version has no index PRIMARY'
        UNION ALL SELECT 'index fief_alembic_version.PRIMARY', 'table fief_alembic_version has no index PRIMARY'
        UNION ALL SELECT 'index fief_audit_logs.PRIMARY', 'table fief_audit_logs has no index PRIMARY'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_api_key_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_api_key_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_admin_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_admin_user_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_level', 'table fief_audit_logs has no index ix_fief_audit_logs_level'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_class', 'table fief_audit_logs has no index ix_fief_audit_logs_object_class'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_object_id', 'table fief_audit_logs has no index ix_fief_audit_logs_object_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_subject_user_id', 'table fief_audit_logs has no index ix_fief_audit_logs_subject_user_id'
        UNION ALL SELECT 'index fief_audit_logs.ix_fief_audit_logs_timestamp', 'table fief_audit_logs has no index ix_fief_audit_logs_timestamp'
        UNION ALL SELECT 'index fief_authorization_codes.PRIMARY', 'table fief_authorization_codes has no index PRIMARY'
        UNION ALL SELECT 'index fief_authorization_codes.client_id', 'table fief_authorization_codes has no index client_id'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_code', 'table fief_authorization_codes has no index ix_fief_authorization_codes_code'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_created_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_created_at'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_expires_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_expires_at'
        UNION ALL SELECT 'index fief_authorization_codes.ix_fief_authorization_codes_updated_at', 'table fief_authorization_codes has no index ix_fief_authorization_codes_updated_at'
        UNION ALL SELECT 'index fief_authorization_codes.user_id', 'table fief_authorization_codes has no index user_id'
        UNION ALL SELECT 'index fief_clients.PRIMARY', 'table fief_clients has no index PRIMARY'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_id', 'table fief_clients has no index ix_fief_clients_client_id'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_client_secret', 'table fief_clients has no index ix_fief_clients_client_secret'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_created_at', 'table fief_clients has no index ix_fief_clients_created_at'
        UNION ALL SELECT 'index fief_clients.ix_fief_clients_updated_at', 'table fief_clients has no index ix_fief_clients_updated_at'
        UNION ALL SELECT 'index fief_clients.tenant_id', 'table fief_clients has no index tenant_id'
        UNION ALL SELECT 'index fief_email_domains.PRIMARY', 'table fief_email_domains has no index PRIMARY'
        UNION ALL SELECT 'index fief_email_domains.domain', 'table fief_email_domains has no index domain'
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_created_at', 'table fief_email_domains has no index ix_fief_email_domains_created_at'
        UNION ALL SELECT 'index fief_email_domains.ix_fief_email_domains_updated_at', 'table fief_email_domains has no index ix_fief_email_domains_updated_at'
        UNION ALL SELECT 'index fief_email_templates.PRIMARY', 'table fief_email_templates has no index PRIMARY'
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_created_at', 'table fief_email_templates has no index ix_fief_email_templates_created_at'
        UNION ALL SELECT 'index fief_email_templates.ix_fief_email_templates_updated_at', 'table fief_email_templates has no index ix_fief_email_templates_updated_at'
        UNION ALL SELECT 'index fief_email_templates.type', 'table fief_email_templates has no index type'
        UNION ALL SELECT 'index fief_email_verifications.PRIMARY', 'table fief_email_verifications has no index PRIMARY'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_code', 'table fief_email_verifications has no index ix_fief_email_verifications_code'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_created_at', 'table fief_email_verifications has no index ix_fief_email_verifications_created_at'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_email', 'table fief_email_verifications has no index ix_fief_email_verifications_email'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_expires_at', 'table fief_email_verifications has no index ix_fief_email_verifications_expires_at'
        UNION ALL SELECT 'index fief_email_verifications.ix_fief_email_verifications_updated_at', 'table fief_email_verifications has no index ix_fief_email_verifications_updated_at'
        UNION ALL SELECT 'index fief_email_verifications.user_id', 'table fief_email_verifications has no index user_id'
        UNION ALL SELECT 'index fief_grants.PRIMARY', 'table fief_grants has no index PRIMARY'
        UNION ALL SELECT 'index fief_grants.client_id', 'table fief_grants has no index client_id'
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_created_at', 'table fief_grants has no index ix_fief_grants_created_at'
        UNION ALL SELECT 'index fief_grants.ix_fief_grants_updated_at', 'table fief_grants has no index ix_fief_grants_updated_at'
        UNION ALL SELECT 'index fief_grants.user_id', 'table fief_grants has no index user_id'
        UNION ALL SELECT 'index fief_login_sessions.PRIMARY', 'table fief_login_sessions has no index PRIMARY'
        UNION ALL SELECT 'index fief_login_sessions.client_id', 'table fief_login_sessions has no index client_id'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_created_at', 'table fief_login_sessions has no index ix_fief_login_sessions_created_at'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_expires_at', 'table fief_login_sessions has no index ix_fief_login_sessions_expires_at'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_token', 'table fief_login_sessions has no index ix_fief_login_sessions_token'
        UNION ALL SELECT 'index fief_login_sessions.ix_fief_login_sessions_updated_at', 'table fief_login_sessions has no index ix_fief_login_sessions_updated_at'
        UNION ALL SELECT 'index fief_oauth_accounts.PRIMARY', 'table fief_oauth_accounts has no index PRIMARY'
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_account_id', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_account_id'
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_created_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_created_at'
        UNION ALL SELECT 'index fief_oauth_accounts.ix_fief_oauth_accounts_updated_at', 'table fief_oauth_accounts has no index ix_fief_oauth_accounts_updated_at'
        UNION ALL SELECT 'index fief_oauth_accounts.oauth_provider_id', 'table fief_oauth_accounts has no index oauth_provider_id'
        UNION ALL SELECT 'index fief_oauth_accounts.tenant_id', 'table fief_oauth_accounts has no index tenant_id'
        UNION ALL SELECT 'index fief_oauth_accounts.user_id', 'table fief_oauth_accounts has no index user_id'
        UNION ALL SELECT 'index fief_oauth_providers.PRIMARY', 'table fief_oauth_providers has no index PRIMARY'
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_created_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_created_at'
        UNION ALL SELECT 'index fief_oauth_providers.ix_fief_oauth_providers_updated_at', 'table fief_oauth_providers has no index ix_fief_oauth_providers_updated_at'
        UNION ALL SELECT 'index fief_oauth_sessions.PRIMARY', 'table fief_oauth_sessions has no index PRIMARY'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_created_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_created_at'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_expires_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_expires_at'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_token', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_token'
        UNION ALL SELECT 'index fief_oauth_sessions.ix_fief_oauth_sessions_updated_at', 'table fief_oauth_sessions has no index ix_fief_oauth_sessions_updated_at'
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_account_id', 'table fief_oauth_sessions has no index oauth_account_id'
        UNION ALL SELECT 'index fief_oauth_sessions.oauth_provider_id', 'table fief_oauth_sessions has no index oauth_provider_id'
        UNION ALL SELECT 'index fief_oauth_sessions.tenant_id', 'table fief_oauth_sessions has no index tenant_id'
        UNION ALL SELECT 'index fief_permissions.PRIMARY', 'table fief_permissions has no index PRIMARY'
        UNION ALL SELECT 'index fief_permissions.codename', 'table fief_permissions has no index codename'
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_created_at', 'table fief_permissions has no index ix_fief_permissions_created_at'
        UNION ALL SELECT 'index fief_permissions.ix_fief_permissions_updated_at', 'table fief_permissions has no index ix_fief_permissions_updated_at'
        UNION ALL SELECT 'index fief_refresh_tokens.PRIMARY', 'table fief_refresh_tokens has no index PRIMARY'
        UNION ALL SELECT 'index fief_refresh_tokens.client_id', 'table fief_refresh_tokens has no index client_id'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_created_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_created_at'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_expires_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_expires_at'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_token', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_token'
        UNION ALL SELECT 'index fief_refresh_tokens.ix_fief_refresh_tokens_updated_at', 'table fief_refresh_tokens has no index ix_fief_refresh_tokens_updated_at'
        UNION ALL SELECT 'index fief_refresh_tokens.user_id', 'table fief_refresh_tokens has no index user_id'
        UNION ALL SELECT 'index fief_registration_sessions.PRIMARY', 'table fief_registration_sessions has no index PRIMARY'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_created_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_created_at'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_expires_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_expires_at'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_token', 'table fief_registration_sessions has no index ix_fief_registration_sessions_token'
        UNION ALL SELECT 'index fief_registration_sessions.ix_fief_registration_sessions_updated_at', 'table fief_registration_sessions has no index ix_fief_registration_sessions_updated_at'
        UNION ALL SELECT 'index fief_registration_sessions.oauth_account_id', 'table fief_registration_sessions has no index oauth_account_id'
        UNION ALL SELECT 'index fief_registration_sessions.tenant_id', 'table fief_registration_sessions has no index tenant_id'
        UNION ALL SELECT 'index fief_roles.PRIMARY', 'table fief_roles has no index PRIMARY'
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_created_at', 'table fief_roles has no index ix_fief_roles_created_at'
        UNION ALL SELECT 'index fief_roles.ix_fief_roles_updated_at', 'table fief_roles has no index ix_fief_roles_updated_at'
        UNION ALL SELECT 'index fief_roles_permissions.PRIMARY', 'table fief_roles_permissions has no index PRIMARY'
        UNION ALL SELECT 'index fief_roles_permissions.permission_id', 'table fief_roles_permissions has no index permission_id'
        UNION ALL SELECT 'index fief_session_tokens.PRIMARY', 'table fief_session_tokens has no index PRIMARY'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_created_at', 'table fief_session_tokens has no index ix_fief_session_tokens_created_at'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_expires_at', 'table fief_session_tokens has no index ix_fief_session_tokens_expires_at'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_token', 'table fief_session_tokens has no index ix_fief_session_tokens_token'
        UNION ALL SELECT 'index fief_session_tokens.ix_fief_session_tokens_updated_at', 'table fief_session_tokens has no index ix_fief_session_tokens_updated_at'
        UNION ALL SELECT 'index fief_session_tokens.user_id', 'table fief_session_tokens has no index user_id'
        UNION ALL SELECT 'index fief_tenants.PRIMARY', 'table fief_tenants has no index PRIMARY'
        UNION ALL SELECT 'index fief_tenants.email_domain_id', 'table fief_tenants has no index email_domain_id'
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_created_at', 'table fief_tenants has no index ix_fief_tenants_created_at'
        UNION ALL SELECT 'index fief_tenants.ix_fief_tenants_updated_at', 'table fief_tenants has no index ix_fief_tenants_updated_at'
        UNION ALL SELECT 'index fief_tenants.slug', 'table fief_tenants has no index slug'
        UNION ALL SELECT 'index fief_tenants.theme_id', 'table fief_tenants has no index theme_id'
        UNION ALL SELECT 'index fief_tenants_oauth_providers.PRIMARY', 'table fief_tenants_oauth_providers has no index PRIMARY'
        UNION ALL SELECT 'index fief_tenants_oauth_providers.oauth_provider_id', 'table fief_tenants_oauth_providers has no index oauth_provider_id'
        UNION ALL SELECT 'index fief_themes.PRIMARY', 'table fief_themes has no index PRIMARY'
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_created_at', 'table fief_themes has no index ix_fief_themes_created_at'
        UNION ALL SELECT 'index fief_themes.ix_fief_themes_updated_at', 'table fief_themes has no index ix_fief_themes_updated_at'
        UNION ALL SELECT 'index fief_user_field_values.PRIMARY', 'table fief_user_field_values has no index PRIMARY'
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_created_at', 'table fief_user_field_values has no index ix_fief_user_field_values_created_at'
        UNION ALL SELECT 'index fief_user_field_values.ix_fief_user_field_values_updated_at', 'table fief_user_field_values has no index ix_fief_user_field_values_updated_at'
        UNION ALL SELECT 'index fief_user_field_values.user_field_id', 'table fief_user_field_values has no index user_field_id'
        UNION ALL SELECT 'index fief_user_field_values.user_id', 'table fief_user_field_values has no index user_id'
        UNION ALL SELECT 'index fief_user_fields.PRIMARY', 'table fief_user_fields has no index PRIMARY'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_created_at', 'table fief_user_fields has no index ix_fief_user_fields_created_at'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_slug', 'table fief_user_fields has no index ix_fief_user_fields_slug'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_type', 'table fief_user_fields has no index ix_fief_user_fields_type'
        UNION ALL SELECT 'index fief_user_fields.ix_fief_user_fields_updated_at', 'table fief_user_fields has no index ix_fief_user_fields_updated_at'
        UNION ALL SELECT 'index fief_user_permissions.PRIMARY', 'table fief_user_permissions has no index PRIMARY'
        UNION ALL SELECT 'index fief_user_permissions.from_role_id', 'table fief_user_permissions has no index from_role_id'
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_created_at', 'table fief_user_permissions has no index ix_fief_user_permissions_created_at'
        UNION ALL SELECT 'index fief_user_permissions.ix_fief_user_permissions_updated_at', 'table fief_user_permissions has no index ix_fief_user_permissions_updated_at'
        UNION ALL SELECT 'index fief_user_permissions.permission_id', 'table fief_user_permissions has no index permission_id'
        UNION ALL SELECT 'index fief_user_permissions.user_id', 'table fief_user_permissions has no index user_id'
        UNION ALL SELECT 'index fief_user_roles.PRIMARY', 'table fief_user_roles has no index PRIMARY'
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_created_at', 'table fief_user_roles has no index ix_fief_user_roles_created_at'
        UNION ALL SELECT 'index fief_user_roles.ix_fief_user_roles_updated_at', 'table fief_user_roles has no index ix_fief_user_roles_updated_at'
        UNION ALL SELECT 'index fief_user_roles.role_id', 'table fief_user_roles has no index role_id'
        UNION ALL SELECT 'index fief_user_roles.user_id', 'table fief_user_roles has no index user_id'
        UNION ALL SELECT 'index fief_users.PRIMARY', 'table fief_users has no index PRIMARY'
        UNION ALL SELECT 'index fief_users.email', 'table fief_users has no index email'
        UNION ALL SELECT 'index fief_users.ix_fief_users_created_at', 'table fief_users has no index ix_fief_users_created_at'
        UNION ALL SELECT 'index fief_users.ix_fief_users_email', 'table fief_users has no index ix_fief_users_email'
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_lower', 'table fief_users has no index ix_fief_users_email_lower'
        UNION ALL SELECT 'index fief_users.ix_fief_users_email_verified', 'table fief_users has no index ix_fief_users_email_verified'
        UNION ALL SELECT 'index fief_users.ix_fief_users_updated_at', 'table fief_users has no index ix_fief_users_updated_at'
        UNION ALL SELECT 'index fief_users.tenant_id', 'table fief_users has no index tenant_id'
        UNION ALL SELECT 'index fief_webhook_logs.PRIMARY', 'table fief_webhook_logs has no index PRIMARY'
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_created_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_created_at'
        UNION ALL SELECT 'index fief_webhook_logs.ix_fief_webhook_logs_updated_at', 'table fief_webhook_logs has no index ix_fief_webhook_logs_updated_at'
        UNION ALL SELECT 'index fief_webhook_logs.webhook_id', 'table fief_webhook_logs has no index webhook_id'
        UNION ALL SELECT 'index fief_webhooks.PRIMARY', 'table fief_webhooks has no index PRIMARY'
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_created_at', 'table fief_webhooks has no index ix_fief_webhooks_created_at'
        UNION ALL SELECT 'index fief_webhooks.ix_fief_webhooks_updated_at', 'table fief_webhooks has no index ix_fief_webhooks_updated_at'
        UNION ALL SELECT 'index workspace_users.PRIMARY', 'table workspace_users has no index PRIMARY'
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_created_at', 'table workspace_users has no index ix_workspace_users_created_at'
        UNION ALL SELECT 'index workspace_users.ix_workspace_users_updated_at', 'table workspace_users has no index ix_workspace_users_updated_at'
        UNION ALL SELECT 'index workspace_users.workspace_id', 'table workspace_users has no index workspace_id'
        UNION ALL SELECT 'index workspaces.PRIMARY', 'table workspaces has no index PRIMARY'
        UNION ALL SELECT 'index workspaces.ix_workspaces_alembic_revision', 'table workspaces has no index ix_workspaces_alembic_revision'
        UNION ALL SELECT 'index workspaces.ix_workspaces_created_at', 'table workspaces has no index ix_workspaces_created_at'
        UNION ALL SELECT 'index workspaces.ix_workspaces_updated_at', 'table workspaces has no index ix_workspaces_updated_at'
        UNION ALL SELECT 'table admin_api_key', 'table admin_api_key is missing'
        UNION ALL SELECT 'table admin_session_tokens', 'table admin_session_tokens is missing'
        UNION ALL SELECT 'table alembic_version', 'table alembic_version is missing'
        UNION ALL SELECT 'table fief_alembic_version', 'table fief_alembic_version is missing'
        UNION ALL SELECT 'table fief_audit_logs', 'table fief_audit_logs is missing'
        UNION ALL SELECT 'table fief_authorization_codes', 'table fief_authorization_codes is missing'
        UNION ALL SELECT 'table fief_clients', 'table fief_clients is missing'
        UNION ALL SELECT 'table fief_email_domains', 'table fief_email_domains is missing'
        UNION ALL SELECT 'table fief_email_templates', 'table fief_email_templates is missing'
        UNION ALL SELECT 'table fief_email_verifications', 'table fief_email_verifications is missing'
        UNION ALL SELECT 'table fief_grants', 'table fief_grants is missing'
        UNION ALL SELECT 'table fief_login_sessions', 'table fief_login_sessions is missing'
        UNION ALL SELECT 'table fief_oauth_accounts', 'table fief_oauth_accounts is missing'
        UNION ALL SELECT 'table fief_oauth_providers', 'table fief_oauth_providers is missing'
        UNION ALL SELECT 'table fief_oauth_sessions', 'table fief_oauth_sessions is missing'
        UNION ALL SELECT 'table fief_permissions', 'table fief_permissions is missing'
        UNION ALL SELECT 'table fief_refresh_tokens', 'table fief_refresh_tokens is missing'
        UNION ALL SELECT 'table fief_registration_sessions', 'table fief_registration_sessions is missing'
        UNION ALL SELECT 'table fief_roles', 'table fief_roles is missing'
        UNION ALL SELECT 'table fief_roles_permissions', 'table fief_roles_permissions is missing'
        UNION ALL SELECT 'table fief_session_tokens', 'table fief_session_tokens is missing'
        UNION ALL SELECT 'table fief_tenants', 'table fief_tenants is missing'
        UNION ALL SELECT 'table fief_tenants_oauth_providers', 'table fief_tenants_oauth_providers is missing'
        UNION ALL SELECT 'table fief_themes', 'table fief_themes is missing'
        UNION ALL SELECT 'table fief_user_field_values', 'table fief_user_field_values is missing'
        UNION ALL SELECT 'table fief_user_fields', 'table fief_user_fields is missing'
        UNION ALL SELECT 'table fief_user_permissions', 'table fief_user_permissions is missing'
        UNION ALL SELECT 'table fief_user_roles', 'table fief_user_roles is missing'
        UNION ALL SELECT 'table fief_users', 'table fief_users is missing'
        UNION ALL SELECT 'table fief_webhook_logs', 'table fief_webhook_logs is missing'
        UNION ALL SELECT 'table fief_webhooks', 'table fief_webhooks is missing'
        UNION ALL SELECT 'table workspace_users', 'table workspace_users is missing'
        UNION ALL SELECT 'table workspaces', 'table workspaces is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 0, CONCAT('table ', f.tbl, ' exists in more than one database (', GROUP_CONCAT(IF(f.def = 'present', 'the one this script runs in', SUBSTRING(f.def, 12)) ORDER BY f.def SEPARATOR ', '), ')'), IF(TRUE, 1, 0)
      FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, CONCAT('present', CASE WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST('08e952f1-8a79-4672-99f8-ea6919cd4692' AS BINARY) AND TABLE_SCHEMA <> DATABASE() THEN ' in workspace' ELSE '' END) AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA IN (DATABASE(), '08e952f1-8a79-4672-99f8-ea6919cd4692') AND k.TABLE_NAME IN ('admin_api_key', 'admin_session_tokens', 'alembic_version', 'databasetype', 'fief_acr', 'fief_alembic_version', 'fief_audit_logs', 'fief_authorization_codes', 'fief_clients', 'fief_clienttype', 'fief_email_domains', 'fief_email_templates', 'fief_email_verifications', 'fief_grants', 'fief_login_sessions', 'fief_oauth_accounts', 'fief_oauth_providers', 'fief_oauth_sessions', 'fief_permissions', 'fief_refresh_tokens', 'fief_registration_sessions', 'fief_roles', 'fief_roles_permissions', 'fief_session_tokens', 'fief_tenants', 'fief_tenants_oauth_providers', 'fief_themes', 'fief_user_field_values', 'fief_user_fields', 'fief_user_permissions', 'fief_user_roles', 'fief_userfieldtype', 'fief_users', 'fief_webhook_logs', 'fief_webhooks', 'workspace_users', 'workspaces') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE f.kind = 'table' GROUP BY f.tbl HAVING COUNT(*) > 1) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at fief 0.27 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect fief names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: fief 0.28 → 0.27: the database was at 0.27 already: nothing to do', 'plan: fief 0.28 → 0.27: the database was at 0.27 already: nothing to do', 'plan: fief 0.28 → 0.27 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
