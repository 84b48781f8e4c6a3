-- plan 0.1.0 · keto 0.6 → 0.7 · mysql · upgrade
-- what:     this script upgrades a keto database from 0.6 to 0.7 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: Keto's write API (the guide keeps the read API up; writes fail while the script runs)
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=keto-0.6-before.sql.partial DATABASE && mv keto-0.6-before.sql.partial keto-0.6-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < keto-0.6-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: Keto 0.7 (keto serve)
-- reverse:  npx plan compile keto 0.7 0.6 --dialect mysql --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=keto_new --param old_user=keto -o down.sql
-- the rollback would drop: 2 tables networks, keto_relation_tuples, and the data in them
-- parameters: namespaces=files:1,groups:2,folders:3 network_id=6b65746f-0000-4000-8000-000000000001 new_user=keto_new old_user=keto (namespaces: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/keto/product.yaml plans/keto/0.6-0.7.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/keto/product.yaml f015a7c235b6df542f3d382f28effbda42e228249ffc0806412d016b9e18e783
--   plans/keto/0.6-0.7.yaml 4dde84d93fceec41fa4129b7f382c7bb194f7e328831053c8aec27b2950af128
--   schema at 0.6 replayed from 1 plan (plans/keto/0-0.6.yaml …) bf27220efc05ce9e2fa9aeca158fda0e03cc8b9958a0c9e9fe8f385929b2958c
--     (check: cat plans/keto/0-0.6.yaml > /dev/null && for f in plans/keto/0-0.6.yaml; do printf '%s %s\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- charset:  each table this script creates takes the character set and collation of the product's existing tables (those it shares a foreign key with first, else any), read from information_schema as it is created: a foreign key needs both sides alike, and old tables keep the default of the day they were created.
-- locks:    this script alters no table that exists before it (only tables it creates, and rows: row locks until each statement ends).
-- rows not copied: [0.6 → 0.7] steps 7/12, 8/12 and 9/12 copy rows of keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples into keto_relation_tuples except those it skips (a NULL in object, relation, subject or commit_time (v0.7's columns are NOT NULL); malformed subject: more than one # (Keto's migrator skips it as broken); malformed subject set: not namespace:object#relation with exactly one : before the # (Keto's migrator skips it as broken); the subject set's namespace is not in --param namespaces (Keto's migrator stops the namespace on it); subject id longer than 64 characters (v0.7's subject_id is varchar(64)); subject set object or relation longer than 64 characters (v0.7's columns are varchar(64)))
-- report:   the rows skipped, with the reason (read-only; before or after this script): npx plan compile keto 0.6 0.7 --dialect mysql --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=keto_new --param old_user=keto --report -o report.sql
-- MANUAL STEPS (3), not done by this script:
--   1. [0.6 → 0.7] before the script: CREATE USER 'keto_new'@'<host>' IDENTIFIED BY '<secret>' and give it the grants SHOW GRANTS FOR 'keto'@'<host>' lists; then make keto read-only for the move: REVOKE INSERT, UPDATE, DELETE ON <database>.* FROM 'keto'@'<host>' (Keto v0.6's write API fails from then on, its read API works). Run this script as a user that can create tables and write in <database>: keto_new (given those grants) or an administrator such as root, not keto, which can no longer write (MySQL tables have no owner, so the user that runs it changes nothing else)
--   2. [0.6 → 0.7] after the script: list the tuples it left out (the header's report: line is the command, with this script's parameters) and recreate them through Keto v0.7's API once it runs; do not run keto namespace migrate legacy, which would copy every tuple again under new ids
--   3. [0.6 → 0.7] after the script: start Keto v0.7 as keto_new, route the traffic to it, stop Keto v0.6, and then DROP USER 'keto'@'<host>' when nothing else uses it

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 0.6, at 0.7, or between them on this script's path (a resumed run)
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
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'index keto_relation_tuples.PRIMARY', 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'index networks.PRIMARY') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
      FROM (SELECT f.*, COALESCE((SELECT BIT_OR(a.f) FROM (SELECT 'column keto_0000000001_relation_tuples.commit_time' AS k, 'timestamp NOT NULL' AS def, 3 AS f
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.object', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.relation', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.shard_id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.subject', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.commit_time', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.object', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.relation', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.shard_id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.subject', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.commit_time', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.object', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.relation', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.shard_id', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.subject', 'varchar(256) NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace.id', 'int NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace.id', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace.schema_version', 'int NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace.schema_version', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version', 'varchar(48) NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version', 'varchar(48) NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version', 'varchar(48) NOT NULL', 3
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column keto_relation_tuples.commit_time', 'timestamp NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'int NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'int(11) NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.nid', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.object', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.relation', 'varchar(64) NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.shard_id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column keto_relation_tuples.subject_id', 'varchar(64)', 3
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'int', 3
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'int(11)', 3
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_object', 'varchar(64)', 3
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_relation', 'varchar(64)', 3
        UNION ALL SELECT 'column networks.created_at', 'datetime NOT NULL', 3
        UNION ALL SELECT 'column networks.id', 'char(36) NOT NULL', 3
        UNION ALL SELECT 'column networks.updated_at', 'datetime NOT NULL', 3
        UNION ALL SELECT 'column schema_migration.version', 'varchar(48) NOT NULL', 3
        UNION ALL SELECT 'column schema_migration.version_self', 'int NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'column schema_migration.version_self', 'int(11) NOT NULL DEFAULT 0', 3
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.PRIMARY', 'UNIQUE shard_id, object, relation, subject, commit_time', 3
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object', 3
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation', 3
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.PRIMARY', 'UNIQUE shard_id, object, relation, subject, commit_time', 3
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object', 3
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation', 3
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.PRIMARY', 'UNIQUE shard_id, object, relation, subject, commit_time', 3
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object', 3
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation', 3
        UNION ALL SELECT 'index keto_namespace.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version', 3
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self', 3
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version', 3
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self', 3
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version', 3
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self', 3
        UNION ALL SELECT 'index keto_relation_tuples.PRIMARY', 'UNIQUE shard_id, nid', 3
        UNION ALL SELECT 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time', 3
        UNION ALL SELECT 'index networks.PRIMARY', 'UNIQUE id', 3
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'UNIQUE version', 3
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'version_self', 3
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_namespace', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'present', 3
        UNION ALL SELECT 'table keto_relation_tuples', 'present', 3
        UNION ALL SELECT 'table networks', 'present', 3
        UNION ALL SELECT 'table schema_migration', 'present', 3) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column keto_0000000001_relation_tuples.commit_time' AS k, 'table keto_0000000001_relation_tuples has no column commit_time' AS m, 3 AS f
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object', 3
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation', 3
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id', 3
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id', 3
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id', 3
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject', 3
        UNION ALL SELECT 'column keto_namespace.id', 'table keto_namespace has no column id', 3
        UNION ALL SELECT 'column keto_namespace.schema_version', 'table keto_namespace has no column schema_version', 3
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version', 3
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self', 3
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version', 3
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self', 3
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version', 3
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self', 3
        UNION ALL SELECT 'column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time', 2
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id', 2
        UNION ALL SELECT 'column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid', 2
        UNION ALL SELECT 'column keto_relation_tuples.object', 'table keto_relation_tuples has no column object', 2
        UNION ALL SELECT 'column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation', 2
        UNION ALL SELECT 'column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id', 2
        UNION ALL SELECT 'column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id', 2
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id', 2
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object', 2
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation', 2
        UNION ALL SELECT 'column networks.created_at', 'table networks has no column created_at', 2
        UNION ALL SELECT 'column networks.id', 'table networks has no column id', 2
        UNION ALL SELECT 'column networks.updated_at', 'table networks has no column updated_at', 2
        UNION ALL SELECT 'column schema_migration.version', 'table schema_migration has no column version', 3
        UNION ALL SELECT 'column schema_migration.version_self', 'table schema_migration has no column version_self', 3
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no index PRIMARY', 3
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx', 3
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx', 3
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no index PRIMARY', 3
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx', 3
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx', 3
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no index PRIMARY', 3
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx', 3
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx', 3
        UNION ALL SELECT 'index keto_namespace.PRIMARY', 'table keto_namespace has no index PRIMARY', 3
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx', 3
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx', 3
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx', 3
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx', 3
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx', 3
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx', 3
        UNION ALL SELECT 'index keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no index PRIMARY', 2
        UNION ALL SELECT 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx', 2
        UNION ALL SELECT 'index networks.PRIMARY', 'table networks has no index PRIMARY', 2
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 3
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 3
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing', 3
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing', 3
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing', 3
        UNION ALL SELECT 'table keto_namespace', 'table keto_namespace is missing', 3
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing', 3
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing', 3
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing', 3
        UNION ALL SELECT 'table keto_relation_tuples', 'table keto_relation_tuples is missing', 2
        UNION ALL SELECT 'table networks', 'table networks is missing', 2
        UNION ALL SELECT 'table schema_migration', 'table schema_migration is missing', 3) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at keto 0.6, at 0.7, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.7), or run this one on the keto 0.6 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at keto 0.6, at 0.7, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_at_start IS NULL, 'DO 0', 'SET @plan_at_start = IF((NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND EXISTS (SELECT 1 FROM `keto_0000000001_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY))))) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND EXISTS (SELECT 1 FROM `keto_0000000002_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY))))) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND EXISTS (SELECT 1 FROM `keto_0000000003_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY))))) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20150100000001000000'')) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000000'')) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000001'')) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000000'')) OR (NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')), NULL, @plan_at_start)');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- keto 0.6 → 0.7: Keto v0.7 keeps every namespace's tuples in one table, keto_relation_tuples, keyed by network: the schema keto migrate up makes, and the move keto namespace migrate legacy makes, in SQL; the legacy tables stay for a rollback
-- source: plans/keto/0.6-0.7.yaml
-- ================================================================================================
-- 0.6 → 0.7 · 1/12 · manual step
-- MANUAL STEP (not done by this script):
--   before the script: CREATE USER 'keto_new'@'<host>' IDENTIFIED BY '<secret>' and give it the
--   grants SHOW GRANTS FOR 'keto'@'<host>' lists; then make keto read-only for the move: REVOKE
--   INSERT, UPDATE, DELETE ON <database>.* FROM 'keto'@'<host>' (Keto v0.6's write API fails from
--   then on, its read API works). Run this script as a user that can create tables and write in
--   <database>: keto_new (given those grants) or an administrator such as root, not keto, which can
--   no longer write (MySQL tables have no owner, so the user that runs it changes nothing else)

-- 0.6 → 0.7 · 2/12 · check: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto's configuration, or its tuples stay behind
-- locks: no table
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'networks'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = ''BASE TABLE'' AND CAST(TABLE_NAME AS BINARY) LIKE CAST(''keto!_%!_relation!_tuples'' AS BINARY) ESCAPE ''!'' AND CAST(TABLE_NAME AS BINARY) NOT IN (CAST(''schema_migration'' AS BINARY), CAST(''keto_namespace'' AS BINARY), CAST(''keto_namespace_0000000001_migrations'' AS BINARY), CAST(''keto_namespace_0000000002_migrations'' AS BINARY), CAST(''keto_namespace_0000000003_migrations'' AS BINARY), CAST(''keto_0000000001_relation_tuples'' AS BINARY), CAST(''keto_0000000002_relation_tuples'' AS BINARY), CAST(''keto_0000000003_relation_tuples'' AS BINARY)))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto''''s configuration, or its tuples stay behind'', IFNULL(CONCAT('' (tables named keto_*_relation_tuples: '', (REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT((SELECT GROUP_CONCAT(TABLE_NAME ORDER BY CAST(TABLE_NAME AS BINARY) SEPARATOR '', '') FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = ''BASE TABLE'' AND CAST(TABLE_NAME AS BINARY) LIKE CAST(''keto!_%!_relation!_tuples'' AS BINARY) ESCAPE ''!'' AND CAST(TABLE_NAME AS BINARY) NOT IN (CAST(''schema_migration'' AS BINARY), CAST(''keto_namespace'' AS BINARY), CAST(''keto_namespace_0000000001_migrations'' AS BINARY), CAST(''keto_namespace_0000000002_migrations'' AS BINARY), CAST(''keto_namespace_0000000003_migrations'' AS BINARY), CAST(''keto_0000000001_relation_tuples'' AS BINARY), CAST(''keto_0000000002_relation_tuples'' AS BINARY), CAST(''keto_0000000003_relation_tuples'' AS BINARY))) USING utf8mb4), _utf8mb4 X''5C'', _utf8mb4 X''5C5C''), _utf8mb4 X''0A'', _utf8mb4 X''5C6E''), _utf8mb4 X''0D'', _utf8mb4 X''5C72''), _utf8mb4 X''08'', _utf8mb4 X''5C62''), _utf8mb4 X''0C'', _utf8mb4 X''5C66''), _utf8mb4 X''00'', _utf8mb4 X''5C7530303030''), _utf8mb4 X''01'', _utf8mb4 X''5C7530303031''), _utf8mb4 X''02'', _utf8mb4 X''5C7530303032''), _utf8mb4 X''03'', _utf8mb4 X''5C7530303033''), _utf8mb4 X''04'', _utf8mb4 X''5C7530303034''), _utf8mb4 X''05'', _utf8mb4 X''5C7530303035''), _utf8mb4 X''06'', _utf8mb4 X''5C7530303036''), _utf8mb4 X''07'', _utf8mb4 X''5C7530303037''), _utf8mb4 X''0B'', _utf8mb4 X''5C7530303062''), _utf8mb4 X''0E'', _utf8mb4 X''5C7530303065''), _utf8mb4 X''0F'', _utf8mb4 X''5C7530303066''), _utf8mb4 X''10'', _utf8mb4 X''5C7530303130''), _utf8mb4 X''11'', _utf8mb4 X''5C7530303131''), _utf8mb4 X''12'', _utf8mb4 X''5C7530303132''), _utf8mb4 X''13'', _utf8mb4 X''5C7530303133''), _utf8mb4 X''14'', _utf8mb4 X''5C7530303134''), _utf8mb4 X''15'', _utf8mb4 X''5C7530303135''), _utf8mb4 X''16'', _utf8mb4 X''5C7530303136''), _utf8mb4 X''17'', _utf8mb4 X''5C7530303137''), _utf8mb4 X''18'', _utf8mb4 X''5C7530303138''), _utf8mb4 X''19'', _utf8mb4 X''5C7530303139''), _utf8mb4 X''1A'', _utf8mb4 X''5C7530303161''), _utf8mb4 X''1B'', _utf8mb4 X''5C7530303162''), _utf8mb4 X''1C'', _utf8mb4 X''5C7530303163''), _utf8mb4 X''1D'', _utf8mb4 X''5C7530303164''), _utf8mb4 X''1E'', _utf8mb4 X''5C7530303165''), _utf8mb4 X''1F'', _utf8mb4 X''5C7530303166''), _utf8mb4 X''7F'', _utf8mb4 X''5C7530303766''), _utf8mb4 X''C280'', _utf8mb4 X''5C7530303830''), _utf8mb4 X''C281'', _utf8mb4 X''5C7530303831''), _utf8mb4 X''C282'', _utf8mb4 X''5C7530303832''), _utf8mb4 X''C283'', _utf8mb4 X''5C7530303833''), _utf8mb4 X''C284'', _utf8mb4 X''5C7530303834''), _utf8mb4 X''C285'', _utf8mb4 X''5C7530303835''), _utf8mb4 X''C286'', _utf8mb4 X''5C7530303836''), _utf8mb4 X''C287'', _utf8mb4 X''5C7530303837''), _utf8mb4 X''C288'', _utf8mb4 X''5C7530303838''), _utf8mb4 X''C289'', _utf8mb4 X''5C7530303839''), _utf8mb4 X''C28A'', _utf8mb4 X''5C7530303861''), _utf8mb4 X''C28B'', _utf8mb4 X''5C7530303862''), _utf8mb4 X''C28C'', _utf8mb4 X''5C7530303863''), _utf8mb4 X''C28D'', _utf8mb4 X''5C7530303864''), _utf8mb4 X''C28E'', _utf8mb4 X''5C7530303865''), _utf8mb4 X''C28F'', _utf8mb4 X''5C7530303866''), _utf8mb4 X''C290'', _utf8mb4 X''5C7530303930''), _utf8mb4 X''C291'', _utf8mb4 X''5C7530303931''), _utf8mb4 X''C292'', _utf8mb4 X''5C7530303932''), _utf8mb4 X''C293'', _utf8mb4 X''5C7530303933''), _utf8mb4 X''C294'', _utf8mb4 X''5C7530303934''), _utf8mb4 X''C295'', _utf8mb4 X''5C7530303935''), _utf8mb4 X''C296'', _utf8mb4 X''5C7530303936''), _utf8mb4 X''C297'', _utf8mb4 X''5C7530303937''), _utf8mb4 X''C298'', _utf8mb4 X''5C7530303938''), _utf8mb4 X''C299'', _utf8mb4 X''5C7530303939''), _utf8mb4 X''C29A'', _utf8mb4 X''5C7530303961''), _utf8mb4 X''C29B'', _utf8mb4 X''5C7530303962''), _utf8mb4 X''C29C'', _utf8mb4 X''5C7530303963''), _utf8mb4 X''C29D'', _utf8mb4 X''5C7530303964''), _utf8mb4 X''C29E'', _utf8mb4 X''5C7530303965''), _utf8mb4 X''C29F'', _utf8mb4 X''5C7530303966''), _utf8mb4 X''E280A8'', _utf8mb4 X''5C7532303238''), _utf8mb4 X''E280A9'', _utf8mb4 X''5C7532303239'')), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: a table keto_<id>_relation_tuples exists for an id`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 3/12 · create table networks
-- locks: networks: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'networks'),
  CONCAT('CREATE TABLE `networks` (
      `id` CHAR(36) NOT NULL,
      `created_at` DATETIME NOT NULL,
      `updated_at` DATETIME NOT NULL,
      PRIMARY KEY (`id`)
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 4/12 · insert 1 row into networks
-- why: Keto takes the oldest row of networks as its network (networkx Determine) and makes one on its first start when there is none: this one, written here, keys the moved tuples
-- locks: networks: new in this script
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `networks` WHERE `id` = ''6b65746f-0000-4000-8000-000000000001'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `networks` (`id`, `created_at`, `updated_at`) SELECT ''6b65746f-0000-4000-8000-000000000001'', ''2021-06-23 16:24:17'', ''2021-06-23 16:24:17'' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `networks` WHERE `id` = ''6b65746f-0000-4000-8000-000000000001'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 5/12 · create table keto_relation_tuples
-- locks: keto_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples'),
  CONCAT('CREATE TABLE `keto_relation_tuples` (
      `shard_id` CHAR(36) NOT NULL,
      `nid` CHAR(36) NOT NULL,
      `namespace_id` INT NOT NULL,
      `object` VARCHAR(64) NOT NULL,
      `relation` VARCHAR(64) NOT NULL,
      `subject_id` VARCHAR(64),
      `subject_set_namespace_id` INT,
      `subject_set_object` VARCHAR(64),
      `subject_set_relation` VARCHAR(64),
      `commit_time` TIMESTAMP NOT NULL,
      PRIMARY KEY (`shard_id`, `nid`),
      CONSTRAINT `chk_keto_rt_subject_type` CHECK (`subject_id` is null and `subject_set_namespace_id` is not null and `subject_set_object` is not null and `subject_set_relation` is not null or `subject_id` is not null and `subject_set_namespace_id` is null and `subject_set_object` is null and `subject_set_relation` is null)
    )',
  IFNULL(CONVERT((SELECT CONCAT(' DEFAULT CHARACTER SET ', a.CHARACTER_SET_NAME, ' COLLATE ', IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)))
    FROM information_schema.TABLES t JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
      ON CAST(t.TABLE_COLLATION AS BINARY) IN (CAST(a.COLLATION_NAME AS BINARY), CAST(CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME) AS BINARY))
    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME IN ('schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples')
      AND a.CHARACTER_SET_NAME REGEXP '^[a-z0-9_]+$' AND IF(CAST(t.TABLE_COLLATION AS BINARY) = CAST(a.COLLATION_NAME AS BINARY), a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME)) REGEXP '^[a-z0-9_]+$'
    ORDER BY FIELD(t.TABLE_NAME, 'schema_migration', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples') LIMIT 1) USING utf8mb4), '')),
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 6/12 · create index keto_relation_tuples_full_idx on keto_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx') <=> 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'ALTER TABLE `keto_relation_tuples` DROP INDEX `keto_relation_tuples_full_idx`, ADD INDEX `keto_relation_tuples_full_idx` (`nid`, `namespace_id`, `object`, `relation`, `subject_id`, `subject_set_namespace_id`, `subject_set_object`, `subject_set_relation`, `commit_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx') <=> 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'CREATE INDEX `keto_relation_tuples_full_idx` ON `keto_relation_tuples` (`nid`, `namespace_id`, `object`, `relation`, `subject_id`, `subject_set_namespace_id`, `subject_set_object`, `subject_set_relation`, `commit_time`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 7/12 · copy rows from keto_0000000001_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000001_relation_tuples: read
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND EXISTS (SELECT 1 FROM `keto_0000000001_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY))))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `keto_relation_tuples` (`shard_id`, `nid`, `namespace_id`, `object`, `relation`, `subject_id`, `subject_set_namespace_id`, `subject_set_object`, `subject_set_relation`, `commit_time`)
    SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-''), ''6b65746f-0000-4000-8000-000000000001'', 1, src.`object`, src.`relation`, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 THEN src.`subject` END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END END, src.`commit_time`
    FROM `keto_0000000001_relation_tuples` AS src
    WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)))', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 8/12 · copy rows from keto_0000000002_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000002_relation_tuples: read
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND EXISTS (SELECT 1 FROM `keto_0000000002_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY))))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `keto_relation_tuples` (`shard_id`, `nid`, `namespace_id`, `object`, `relation`, `subject_id`, `subject_set_namespace_id`, `subject_set_object`, `subject_set_relation`, `commit_time`)
    SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-''), ''6b65746f-0000-4000-8000-000000000001'', 2, src.`object`, src.`relation`, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 THEN src.`subject` END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END END, src.`commit_time`
    FROM `keto_0000000002_relation_tuples` AS src
    WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)))', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 9/12 · copy rows from keto_0000000003_relation_tuples into keto_relation_tuples
-- locks: keto_relation_tuples: new in this script | keto_0000000003_relation_tuples: read
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND EXISTS (SELECT 1 FROM `keto_0000000003_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY))))',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `keto_relation_tuples` (`shard_id`, `nid`, `namespace_id`, `object`, `relation`, `subject_id`, `subject_set_namespace_id`, `subject_set_object`, `subject_set_relation`, `commit_time`)
    SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-''), ''6b65746f-0000-4000-8000-000000000001'', 3, src.`object`, src.`relation`, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 THEN src.`subject` END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END END, CASE WHEN (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 THEN CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END END, src.`commit_time`
    FROM `keto_0000000003_relation_tuples` AS src
    WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND (dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)))', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 10/12 · insert 5 rows into schema_migration
-- why: what keto migrate up records for networks, the two versions v0.6 applied under its 14-digit one, and the new table with its MySQL index (20210914134624000000, the legacy clean-up, is the 0.7-cleanup stage's)
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20150100000001000000'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `schema_migration` (`version`, `version_self`) SELECT ''20150100000001000000'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20150100000001000000'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000000'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `schema_migration` (`version`, `version_self`) SELECT ''20201110175414000000'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000000'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000001'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `schema_migration` (`version`, `version_self`) SELECT ''20201110175414000001'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000001'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')
  AND NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000000'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `schema_migration` (`version`, `version_self`) SELECT ''20210623162417000000'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000000'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `schema_migration` (`version`, `version_self`) SELECT ''20210623162417000001'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.6 → 0.7 · 11/12 · manual step
-- MANUAL STEP (not done by this script):
--   after the script: list the tuples it left out (the header's report: line is the command, with
--   this script's parameters) and recreate them through Keto v0.7's API once it runs; do not run
--   keto namespace migrate legacy, which would copy every tuple again under new ids

-- 0.6 → 0.7 · 12/12 · manual step
-- MANUAL STEP (not done by this script):
--   after the script: start Keto v0.7 as keto_new, route the traffic to it, stop Keto v0.6, and then
--   DROP USER 'keto'@'<host>' when nothing else uses it

-- the end: the database is at 0.7, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(m USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239') FROM (
  SELECT o, m, c FROM (
    SELECT 1 AS o, CONCAT('table ', f.tbl, IF(f.kind = 'table', ' exists', CONCAT(' has ', REPLACE(f.kind, '_', ' '), ' ', f.name, ' ', f.def)), ', which no version on this path has') AS m,
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 1 = 0, 1, 0) AS c
      FROM (SELECT f.*, IF(EXISTS (SELECT 1 FROM (SELECT 'column keto_0000000001_relation_tuples.commit_time' AS k, 'timestamp NOT NULL' AS def
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.object', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.relation', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.shard_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.subject', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.commit_time', 'timestamp NOT NULL'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.object', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.relation', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.shard_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.subject', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.commit_time', 'timestamp NOT NULL'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.object', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.relation', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.shard_id', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.subject', 'varchar(256) NOT NULL'
        UNION ALL SELECT 'column keto_namespace.id', 'int NOT NULL'
        UNION ALL SELECT 'column keto_namespace.id', 'int(11) NOT NULL'
        UNION ALL SELECT 'column keto_namespace.schema_version', 'int NOT NULL'
        UNION ALL SELECT 'column keto_namespace.schema_version', 'int(11) NOT NULL'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version', 'varchar(48) NOT NULL'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version', 'varchar(48) NOT NULL'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version', 'varchar(48) NOT NULL'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column keto_relation_tuples.commit_time', 'timestamp NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'int NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'int(11) NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.nid', 'char(36) NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.object', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.relation', 'varchar(64) NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.shard_id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column keto_relation_tuples.subject_id', 'varchar(64)'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'int'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'int(11)'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_object', 'varchar(64)'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_relation', 'varchar(64)'
        UNION ALL SELECT 'column networks.created_at', 'datetime NOT NULL'
        UNION ALL SELECT 'column networks.id', 'char(36) NOT NULL'
        UNION ALL SELECT 'column networks.updated_at', 'datetime NOT NULL'
        UNION ALL SELECT 'column schema_migration.version', 'varchar(48) NOT NULL'
        UNION ALL SELECT 'column schema_migration.version_self', 'int NOT NULL DEFAULT 0'
        UNION ALL SELECT 'column schema_migration.version_self', 'int(11) NOT NULL DEFAULT 0'
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.PRIMARY', 'UNIQUE shard_id, object, relation, subject, commit_time'
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'object'
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'object, relation'
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.PRIMARY', 'UNIQUE shard_id, object, relation, subject, commit_time'
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'object'
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'object, relation'
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.PRIMARY', 'UNIQUE shard_id, object, relation, subject, commit_time'
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'object'
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'object, relation'
        UNION ALL SELECT 'index keto_namespace.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'UNIQUE version'
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'version_self'
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'UNIQUE version'
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'version_self'
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'UNIQUE version'
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'version_self'
        UNION ALL SELECT 'index keto_relation_tuples.PRIMARY', 'UNIQUE shard_id, nid'
        UNION ALL SELECT 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time'
        UNION ALL SELECT 'index networks.PRIMARY', 'UNIQUE id'
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'UNIQUE version'
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'version_self'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'present'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'present'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'present'
        UNION ALL SELECT 'table keto_namespace', 'present'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'present'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'present'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'present'
        UNION ALL SELECT 'table keto_relation_tuples', 'present'
        UNION ALL SELECT 'table networks', 'present'
        UNION ALL SELECT 'table schema_migration', 'present') a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 1, 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, 1 FROM (SELECT 'column keto_0000000001_relation_tuples.commit_time' AS k, 'table keto_0000000001_relation_tuples has no column commit_time' AS m
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject'
        UNION ALL SELECT 'column keto_namespace.id', 'table keto_namespace has no column id'
        UNION ALL SELECT 'column keto_namespace.schema_version', 'table keto_namespace has no column schema_version'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self'
        UNION ALL SELECT 'column keto_relation_tuples.commit_time', 'table keto_relation_tuples has no column commit_time'
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'table keto_relation_tuples has no column namespace_id'
        UNION ALL SELECT 'column keto_relation_tuples.nid', 'table keto_relation_tuples has no column nid'
        UNION ALL SELECT 'column keto_relation_tuples.object', 'table keto_relation_tuples has no column object'
        UNION ALL SELECT 'column keto_relation_tuples.relation', 'table keto_relation_tuples has no column relation'
        UNION ALL SELECT 'column keto_relation_tuples.shard_id', 'table keto_relation_tuples has no column shard_id'
        UNION ALL SELECT 'column keto_relation_tuples.subject_id', 'table keto_relation_tuples has no column subject_id'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'table keto_relation_tuples has no column subject_set_namespace_id'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_object', 'table keto_relation_tuples has no column subject_set_object'
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_relation', 'table keto_relation_tuples has no column subject_set_relation'
        UNION ALL SELECT 'column networks.created_at', 'table networks has no column created_at'
        UNION ALL SELECT 'column networks.id', 'table networks has no column id'
        UNION ALL SELECT 'column networks.updated_at', 'table networks has no column updated_at'
        UNION ALL SELECT 'column schema_migration.version', 'table schema_migration has no column version'
        UNION ALL SELECT 'column schema_migration.version_self', 'table schema_migration has no column version_self'
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no index PRIMARY'
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx'
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx'
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no index PRIMARY'
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx'
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx'
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no index PRIMARY'
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx'
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx'
        UNION ALL SELECT 'index keto_namespace.PRIMARY', 'table keto_namespace has no index PRIMARY'
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx'
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx'
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx'
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx'
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx'
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx'
        UNION ALL SELECT 'index keto_relation_tuples.PRIMARY', 'table keto_relation_tuples has no index PRIMARY'
        UNION ALL SELECT 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'table keto_relation_tuples has no index keto_relation_tuples_full_idx'
        UNION ALL SELECT 'index networks.PRIMARY', 'table networks has no index PRIMARY'
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'
        UNION ALL SELECT 'table keto_namespace', 'table keto_namespace is missing'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'
        UNION ALL SELECT 'table keto_relation_tuples', 'table keto_relation_tuples is missing'
        UNION ALL SELECT 'table networks', 'table networks is missing'
        UNION ALL SELECT 'table schema_migration', 'table schema_migration is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at keto 0.7 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do', 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do', 'plan: keto 0.6 → 0.7 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
