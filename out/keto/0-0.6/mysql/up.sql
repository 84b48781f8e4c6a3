-- plan 0.1.0 · keto 0 → 0.6 · mysql · fresh install
-- what:     this script creates the keto schema at 0.6 in an empty MySQL 8 / MariaDB database (generated from the plans listed below)
-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)
-- start:    after applying: Keto 0.6 (keto serve)
-- reverse:  npx plan compile keto 0.6 0 --dialect mysql --param namespaces=files:1,groups:2,folders:3 -o down.sql
-- the rollback would drop: 8 tables schema_migration, keto_namespace, keto_namespace_0000000001_migrations, keto_namespace_0000000002_migrations, keto_namespace_0000000003_migrations, keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples, and the data in them
-- parameters: namespaces=files:1,groups:2,folders:3 (namespaces: an example value, not a database's: compile with its own before applying)
-- sources (sha256 of each file; check: sha256sum plans/keto/product.yaml plans/keto/0-0.6.yaml):
--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)
--   plans/keto/product.yaml f015a7c235b6df542f3d382f28effbda42e228249ffc0806412d016b9e18e783
--   plans/keto/0-0.6.yaml 9be64ea3db9af022c81828f85dd42b097a4f2f6539cd383f2640238f89b6cb53
-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.
-- MySQL commits each DDL statement on its own; a re-run resumes where a failure stopped it.
-- lock:     lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session, put back at the end (npx plan compile --lock-timeout; 0: none): a statement that waits longer than that for a table's metadata lock or a row lock fails (error 1205, "Lock wait timeout exceeded"), so the application's queries on that table wait behind it for about that long at most.
-- statement: no time limit (npx plan compile --statement-timeout <duration> sets MariaDB's max_statement_time for each statement that changes something; MySQL 8 has none for DDL or data statements).
-- timeout:  when one fires, the statement that failed changed nothing (a DDL statement is atomic and commits on its own; a data statement is rolled back) and the script stops there. Run the file again later, once the lock is free (SHOW PROCESSLIST shows who waits and holds it): it resumes where it stopped.
-- charset:  the tables take the database's default character set and collation.
-- locks:    this script alters no table that exists before it (only tables it creates, and rows: row locks until each statement ends).

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 0, at 0.6, or between them on this script's path (a resumed run)
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
      IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('', 'index keto_0000000001_relation_tuples.PRIMARY', 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'index keto_0000000002_relation_tuples.PRIMARY', 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'index keto_0000000003_relation_tuples.PRIMARY', 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'index keto_namespace.PRIMARY', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'index schema_migration.schema_migration_version_idx', 'index schema_migration.schema_migration_version_self_idx') AND f.ok & 1 = 0, 1, 0) + IF(CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) NOT IN ('') AND f.ok & 2 = 0, 2, 0) AS c
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
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'UNIQUE version', 3
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'version_self', 3
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_namespace', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'present', 3
        UNION ALL SELECT 'table schema_migration', 'present', 3) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) f
    UNION ALL
    SELECT IF(r.m LIKE '% is missing', 2, 3), r.m, r.f FROM (SELECT 'column keto_0000000001_relation_tuples.commit_time' AS k, 'table keto_0000000001_relation_tuples has no column commit_time' AS m, 2 AS f
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object', 2
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation', 2
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id', 2
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject', 2
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time', 2
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object', 2
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation', 2
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id', 2
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject', 2
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time', 2
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object', 2
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation', 2
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id', 2
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject', 2
        UNION ALL SELECT 'column keto_namespace.id', 'table keto_namespace has no column id', 2
        UNION ALL SELECT 'column keto_namespace.schema_version', 'table keto_namespace has no column schema_version', 2
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version', 2
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self', 2
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version', 2
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self', 2
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version', 2
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self', 2
        UNION ALL SELECT 'column schema_migration.version', 'table schema_migration has no column version', 2
        UNION ALL SELECT 'column schema_migration.version_self', 'table schema_migration has no column version_self', 2
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no index PRIMARY', 2
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_object_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_object_idx', 2
        UNION ALL SELECT 'index keto_0000000001_relation_tuples.keto_0000000001_relation_tuples_user_set_idx', 'table keto_0000000001_relation_tuples has no index keto_0000000001_relation_tuples_user_set_idx', 2
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no index PRIMARY', 2
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_object_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_object_idx', 2
        UNION ALL SELECT 'index keto_0000000002_relation_tuples.keto_0000000002_relation_tuples_user_set_idx', 'table keto_0000000002_relation_tuples has no index keto_0000000002_relation_tuples_user_set_idx', 2
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no index PRIMARY', 2
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_object_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_object_idx', 2
        UNION ALL SELECT 'index keto_0000000003_relation_tuples.keto_0000000003_relation_tuples_user_set_idx', 'table keto_0000000003_relation_tuples has no index keto_0000000003_relation_tuples_user_set_idx', 2
        UNION ALL SELECT 'index keto_namespace.PRIMARY', 'table keto_namespace has no index PRIMARY', 2
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx', 2
        UNION ALL SELECT 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx', 2
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx', 2
        UNION ALL SELECT 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx', 2
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx', 2
        UNION ALL SELECT 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx', 2
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 2
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 2
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing', 2
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing', 2
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing', 2
        UNION ALL SELECT 'table keto_namespace', 'table keto_namespace is missing', 2
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing', 2
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing', 2
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing', 2
        UNION ALL SELECT 'table schema_migration', 'table schema_migration is missing', 2) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)
    UNION ALL
    SELECT 4, i.m, 1 FROM (SELECT 'table schema_migration' AS a, 'column schema_migration.version' AS b, 'table schema_migration has no column version, which this script creates together with table schema_migration' AS m
        UNION ALL SELECT 'column schema_migration.version', 'table schema_migration', 'table schema_migration is missing, which this script creates together with column version of table schema_migration'
        UNION ALL SELECT 'table schema_migration', 'column schema_migration.version_self', 'table schema_migration has no column version_self, which this script creates together with table schema_migration'
        UNION ALL SELECT 'column schema_migration.version_self', 'table schema_migration', 'table schema_migration is missing, which this script creates together with column version_self of table schema_migration'
        UNION ALL SELECT 'table keto_namespace', 'column keto_namespace.id', 'table keto_namespace has no column id, which this script creates together with table keto_namespace'
        UNION ALL SELECT 'column keto_namespace.id', 'table keto_namespace', 'table keto_namespace is missing, which this script creates together with column id of table keto_namespace'
        UNION ALL SELECT 'table keto_namespace', 'column keto_namespace.schema_version', 'table keto_namespace has no column schema_version, which this script creates together with table keto_namespace'
        UNION ALL SELECT 'column keto_namespace.schema_version', 'table keto_namespace', 'table keto_namespace is missing, which this script creates together with column schema_version of table keto_namespace'
        UNION ALL SELECT 'table keto_namespace', 'index keto_namespace.PRIMARY', 'table keto_namespace has no index PRIMARY, which this script creates together with table keto_namespace'
        UNION ALL SELECT 'table keto_namespace', 'table schema_migration', 'table schema_migration is missing, which this script creates before table keto_namespace'
        UNION ALL SELECT 'table keto_namespace', 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx, which this script creates before table keto_namespace'
        UNION ALL SELECT 'table keto_namespace', 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx, which this script creates before table keto_namespace'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations has no column version, which this script creates together with table keto_namespace_0000000001_migrations'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version', 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing, which this script creates together with column version of table keto_namespace_0000000001_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations has no column version_self, which this script creates together with table keto_namespace_0000000001_migrations'
        UNION ALL SELECT 'column keto_namespace_0000000001_migrations.version_self', 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing, which this script creates together with column version_self of table keto_namespace_0000000001_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'table keto_namespace', 'table keto_namespace is missing, which this script creates before table keto_namespace_0000000001_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations has no column version, which this script creates together with table keto_namespace_0000000002_migrations'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version', 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing, which this script creates together with column version of table keto_namespace_0000000002_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations has no column version_self, which this script creates together with table keto_namespace_0000000002_migrations'
        UNION ALL SELECT 'column keto_namespace_0000000002_migrations.version_self', 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing, which this script creates together with column version_self of table keto_namespace_0000000002_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing, which this script creates before table keto_namespace_0000000002_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations has no column version, which this script creates together with table keto_namespace_0000000003_migrations'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version', 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing, which this script creates together with column version of table keto_namespace_0000000003_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations has no column version_self, which this script creates together with table keto_namespace_0000000003_migrations'
        UNION ALL SELECT 'column keto_namespace_0000000003_migrations.version_self', 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing, which this script creates together with column version_self of table keto_namespace_0000000003_migrations'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing, which this script creates before table keto_namespace_0000000003_migrations'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples has no column commit_time, which this script creates together with table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.commit_time', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column commit_time of table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples has no column object, which this script creates together with table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.object', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column object of table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples has no column relation, which this script creates together with table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.relation', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column relation of table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples has no column shard_id, which this script creates together with table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.shard_id', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column shard_id of table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples has no column subject, which this script creates together with table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'column keto_0000000001_relation_tuples.subject', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates together with column subject of table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_0000000001_relation_tuples.PRIMARY', 'table keto_0000000001_relation_tuples has no index PRIMARY, which this script creates together with table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_idx, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_idx, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_idx, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_namespace_0000000001_migrations.keto_namespace_0000000001_migrations_version_self_idx', 'table keto_namespace_0000000001_migrations has no index keto_namespace_0000000001_migrations_version_self_idx, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_namespace_0000000002_migrations.keto_namespace_0000000002_migrations_version_self_idx', 'table keto_namespace_0000000002_migrations has no index keto_namespace_0000000002_migrations_version_self_idx, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'index keto_namespace_0000000003_migrations.keto_namespace_0000000003_migrations_version_self_idx', 'table keto_namespace_0000000003_migrations has no index keto_namespace_0000000003_migrations_version_self_idx, which this script creates before table keto_0000000001_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples has no column commit_time, which this script creates together with table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.commit_time', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column commit_time of table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples has no column object, which this script creates together with table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.object', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column object of table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples has no column relation, which this script creates together with table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.relation', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column relation of table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples has no column shard_id, which this script creates together with table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.shard_id', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column shard_id of table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples has no column subject, which this script creates together with table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'column keto_0000000002_relation_tuples.subject', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates together with column subject of table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'index keto_0000000002_relation_tuples.PRIMARY', 'table keto_0000000002_relation_tuples has no index PRIMARY, which this script creates together with table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing, which this script creates before table keto_0000000002_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples has no column commit_time, which this script creates together with table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.commit_time', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column commit_time of table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples has no column object, which this script creates together with table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.object', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column object of table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples has no column relation, which this script creates together with table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.relation', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column relation of table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples has no column shard_id, which this script creates together with table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.shard_id', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column shard_id of table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples has no column subject, which this script creates together with table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'column keto_0000000003_relation_tuples.subject', 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing, which this script creates together with column subject of table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'index keto_0000000003_relation_tuples.PRIMARY', 'table keto_0000000003_relation_tuples has no index PRIMARY, which this script creates together with table keto_0000000003_relation_tuples'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing, which this script creates before table keto_0000000003_relation_tuples') i
      JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fa ON fa.k = i.a
      LEFT JOIN (SELECT DISTINCT CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AS k FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f) fb ON fb.k = i.b
      WHERE fb.k IS NULL) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: keto 0 → 0.6: the database was at 0.6 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database holds keto tables that are neither absent nor partway through this install of keto 0.6: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONVERT(DATABASE() USING utf8mb4), _utf8mb4 X'5C', _utf8mb4 X'5C5C'), _utf8mb4 X'0A', _utf8mb4 X'5C6E'), _utf8mb4 X'0D', _utf8mb4 X'5C72'), _utf8mb4 X'08', _utf8mb4 X'5C62'), _utf8mb4 X'0C', _utf8mb4 X'5C66'), _utf8mb4 X'00', _utf8mb4 X'5C7530303030'), _utf8mb4 X'01', _utf8mb4 X'5C7530303031'), _utf8mb4 X'02', _utf8mb4 X'5C7530303032'), _utf8mb4 X'03', _utf8mb4 X'5C7530303033'), _utf8mb4 X'04', _utf8mb4 X'5C7530303034'), _utf8mb4 X'05', _utf8mb4 X'5C7530303035'), _utf8mb4 X'06', _utf8mb4 X'5C7530303036'), _utf8mb4 X'07', _utf8mb4 X'5C7530303037'), _utf8mb4 X'0B', _utf8mb4 X'5C7530303062'), _utf8mb4 X'0E', _utf8mb4 X'5C7530303065'), _utf8mb4 X'0F', _utf8mb4 X'5C7530303066'), _utf8mb4 X'10', _utf8mb4 X'5C7530303130'), _utf8mb4 X'11', _utf8mb4 X'5C7530303131'), _utf8mb4 X'12', _utf8mb4 X'5C7530303132'), _utf8mb4 X'13', _utf8mb4 X'5C7530303133'), _utf8mb4 X'14', _utf8mb4 X'5C7530303134'), _utf8mb4 X'15', _utf8mb4 X'5C7530303135'), _utf8mb4 X'16', _utf8mb4 X'5C7530303136'), _utf8mb4 X'17', _utf8mb4 X'5C7530303137'), _utf8mb4 X'18', _utf8mb4 X'5C7530303138'), _utf8mb4 X'19', _utf8mb4 X'5C7530303139'), _utf8mb4 X'1A', _utf8mb4 X'5C7530303161'), _utf8mb4 X'1B', _utf8mb4 X'5C7530303162'), _utf8mb4 X'1C', _utf8mb4 X'5C7530303163'), _utf8mb4 X'1D', _utf8mb4 X'5C7530303164'), _utf8mb4 X'1E', _utf8mb4 X'5C7530303165'), _utf8mb4 X'1F', _utf8mb4 X'5C7530303166'), _utf8mb4 X'7F', _utf8mb4 X'5C7530303766'), _utf8mb4 X'C280', _utf8mb4 X'5C7530303830'), _utf8mb4 X'C281', _utf8mb4 X'5C7530303831'), _utf8mb4 X'C282', _utf8mb4 X'5C7530303832'), _utf8mb4 X'C283', _utf8mb4 X'5C7530303833'), _utf8mb4 X'C284', _utf8mb4 X'5C7530303834'), _utf8mb4 X'C285', _utf8mb4 X'5C7530303835'), _utf8mb4 X'C286', _utf8mb4 X'5C7530303836'), _utf8mb4 X'C287', _utf8mb4 X'5C7530303837'), _utf8mb4 X'C288', _utf8mb4 X'5C7530303838'), _utf8mb4 X'C289', _utf8mb4 X'5C7530303839'), _utf8mb4 X'C28A', _utf8mb4 X'5C7530303861'), _utf8mb4 X'C28B', _utf8mb4 X'5C7530303862'), _utf8mb4 X'C28C', _utf8mb4 X'5C7530303863'), _utf8mb4 X'C28D', _utf8mb4 X'5C7530303864'), _utf8mb4 X'C28E', _utf8mb4 X'5C7530303865'), _utf8mb4 X'C28F', _utf8mb4 X'5C7530303866'), _utf8mb4 X'C290', _utf8mb4 X'5C7530303930'), _utf8mb4 X'C291', _utf8mb4 X'5C7530303931'), _utf8mb4 X'C292', _utf8mb4 X'5C7530303932'), _utf8mb4 X'C293', _utf8mb4 X'5C7530303933'), _utf8mb4 X'C294', _utf8mb4 X'5C7530303934'), _utf8mb4 X'C295', _utf8mb4 X'5C7530303935'), _utf8mb4 X'C296', _utf8mb4 X'5C7530303936'), _utf8mb4 X'C297', _utf8mb4 X'5C7530303937'), _utf8mb4 X'C298', _utf8mb4 X'5C7530303938'), _utf8mb4 X'C299', _utf8mb4 X'5C7530303939'), _utf8mb4 X'C29A', _utf8mb4 X'5C7530303961'), _utf8mb4 X'C29B', _utf8mb4 X'5C7530303962'), _utf8mb4 X'C29C', _utf8mb4 X'5C7530303963'), _utf8mb4 X'C29D', _utf8mb4 X'5C7530303964'), _utf8mb4 X'C29E', _utf8mb4 X'5C7530303965'), _utf8mb4 X'C29F', _utf8mb4 X'5C7530303966'), _utf8mb4 X'E280A8', _utf8mb4 X'5C7532303238'), _utf8mb4 X'E280A9', _utf8mb4 X'5C7532303239'), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.6), or run this one on the keto empty database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database holds keto tables that are neither absent nor partway through this install of keto 0.6; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_at_start IS NULL, 'DO 0', 'SET @plan_at_start = IF((NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')
  AND NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000001_migrations` WHERE `version` = ''20210128140414'')) OR (NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')
  AND NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000002_migrations` WHERE `version` = ''20210128140414'')) OR (NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')), NULL, @plan_at_start)');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- ================================================================================================
-- keto 0 → 0.6: Ory Keto v0.6 as keto migrate up and keto namespace migrate up <name> leave it: Pop's schema_migration, the unused keto_namespace, and per configured namespace a tuple table and the migration table of its own
-- source: plans/keto/0-0.6.yaml
-- ================================================================================================
-- 0 → 0.6 · 1/26 · create table schema_migration
-- locks: schema_migration: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration'),
  'CREATE TABLE `schema_migration` (
      `version` VARCHAR(48) NOT NULL,
      `version_self` INT NOT NULL DEFAULT 0
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 2/26 · create index schema_migration_version_idx on schema_migration
-- locks: only where the database differs from the plan here (else skipped): schema_migration: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_idx') <=> 'UNIQUE version')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_idx'),
  'ALTER TABLE `schema_migration` DROP INDEX `schema_migration_version_idx`, ADD UNIQUE INDEX `schema_migration_version_idx` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_idx') <=> 'UNIQUE version')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_idx'),
  'CREATE UNIQUE INDEX `schema_migration_version_idx` ON `schema_migration` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 3/26 · create index schema_migration_version_self_idx on schema_migration
-- locks: only where the database differs from the plan here (else skipped): schema_migration: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_self_idx') <=> 'version_self')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_self_idx'),
  'ALTER TABLE `schema_migration` DROP INDEX `schema_migration_version_self_idx`, ADD INDEX `schema_migration_version_self_idx` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_self_idx') <=> 'version_self')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_migration' AND INDEX_NAME = 'schema_migration_version_self_idx'),
  'CREATE INDEX `schema_migration_version_self_idx` ON `schema_migration` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 4/26 · create table keto_namespace
-- locks: keto_namespace: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace'),
  'CREATE TABLE `keto_namespace` (
      `id` INT NOT NULL,
      `schema_version` INT NOT NULL,
      PRIMARY KEY (`id`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 5/26 · insert 1 row into schema_migration
-- locks: schema_migration: new in this script
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations'),
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `schema_migration` (`version`, `version_self`) SELECT ''20201110175414'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 6/26 · create table keto_namespace_0000000001_migrations
-- locks: keto_namespace_0000000001_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations'),
  'CREATE TABLE `keto_namespace_0000000001_migrations` (
      `version` VARCHAR(48) NOT NULL,
      `version_self` INT NOT NULL DEFAULT 0
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 7/26 · create table keto_namespace_0000000002_migrations
-- locks: keto_namespace_0000000002_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations'),
  'CREATE TABLE `keto_namespace_0000000002_migrations` (
      `version` VARCHAR(48) NOT NULL,
      `version_self` INT NOT NULL DEFAULT 0
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 8/26 · create table keto_namespace_0000000003_migrations
-- locks: keto_namespace_0000000003_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations'),
  'CREATE TABLE `keto_namespace_0000000003_migrations` (
      `version` VARCHAR(48) NOT NULL,
      `version_self` INT NOT NULL DEFAULT 0
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 9/26 · create index keto_namespace_0000000001_migrations_version_idx on keto_namespace_0000000001_migrations
-- locks: only where the database differs from the plan here (else skipped): keto_namespace_0000000001_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_idx') <=> 'UNIQUE version')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_idx'),
  'ALTER TABLE `keto_namespace_0000000001_migrations` DROP INDEX `keto_namespace_0000000001_migrations_version_idx`, ADD UNIQUE INDEX `keto_namespace_0000000001_migrations_version_idx` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_namespace_0000000001_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_idx') <=> 'UNIQUE version')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_idx'),
  'CREATE UNIQUE INDEX `keto_namespace_0000000001_migrations_version_idx` ON `keto_namespace_0000000001_migrations` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 10/26 · create index keto_namespace_0000000002_migrations_version_idx on keto_namespace_0000000002_migrations
-- locks: only where the database differs from the plan here (else skipped): keto_namespace_0000000002_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_idx') <=> 'UNIQUE version')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_idx'),
  'ALTER TABLE `keto_namespace_0000000002_migrations` DROP INDEX `keto_namespace_0000000002_migrations_version_idx`, ADD UNIQUE INDEX `keto_namespace_0000000002_migrations_version_idx` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_namespace_0000000002_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_idx') <=> 'UNIQUE version')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_idx'),
  'CREATE UNIQUE INDEX `keto_namespace_0000000002_migrations_version_idx` ON `keto_namespace_0000000002_migrations` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 11/26 · create index keto_namespace_0000000003_migrations_version_idx on keto_namespace_0000000003_migrations
-- locks: only where the database differs from the plan here (else skipped): keto_namespace_0000000003_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_idx') <=> 'UNIQUE version')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_idx'),
  'ALTER TABLE `keto_namespace_0000000003_migrations` DROP INDEX `keto_namespace_0000000003_migrations_version_idx`, ADD UNIQUE INDEX `keto_namespace_0000000003_migrations_version_idx` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_namespace_0000000003_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_idx') <=> 'UNIQUE version')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_idx'),
  'CREATE UNIQUE INDEX `keto_namespace_0000000003_migrations_version_idx` ON `keto_namespace_0000000003_migrations` (`version`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 12/26 · create index keto_namespace_0000000001_migrations_version_self_idx on keto_namespace_0000000001_migrations
-- locks: only where the database differs from the plan here (else skipped): keto_namespace_0000000001_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_self_idx') <=> 'version_self')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_self_idx'),
  'ALTER TABLE `keto_namespace_0000000001_migrations` DROP INDEX `keto_namespace_0000000001_migrations_version_self_idx`, ADD INDEX `keto_namespace_0000000001_migrations_version_self_idx` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_namespace_0000000001_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_self_idx') <=> 'version_self')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000001_migrations' AND INDEX_NAME = 'keto_namespace_0000000001_migrations_version_self_idx'),
  'CREATE INDEX `keto_namespace_0000000001_migrations_version_self_idx` ON `keto_namespace_0000000001_migrations` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 13/26 · create index keto_namespace_0000000002_migrations_version_self_idx on keto_namespace_0000000002_migrations
-- locks: only where the database differs from the plan here (else skipped): keto_namespace_0000000002_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_self_idx') <=> 'version_self')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_self_idx'),
  'ALTER TABLE `keto_namespace_0000000002_migrations` DROP INDEX `keto_namespace_0000000002_migrations_version_self_idx`, ADD INDEX `keto_namespace_0000000002_migrations_version_self_idx` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_namespace_0000000002_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_self_idx') <=> 'version_self')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000002_migrations' AND INDEX_NAME = 'keto_namespace_0000000002_migrations_version_self_idx'),
  'CREATE INDEX `keto_namespace_0000000002_migrations_version_self_idx` ON `keto_namespace_0000000002_migrations` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 14/26 · create index keto_namespace_0000000003_migrations_version_self_idx on keto_namespace_0000000003_migrations
-- locks: only where the database differs from the plan here (else skipped): keto_namespace_0000000003_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_self_idx') <=> 'version_self')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_self_idx'),
  'ALTER TABLE `keto_namespace_0000000003_migrations` DROP INDEX `keto_namespace_0000000003_migrations_version_self_idx`, ADD INDEX `keto_namespace_0000000003_migrations_version_self_idx` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_namespace_0000000003_migrations: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_self_idx') <=> 'version_self')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_namespace_0000000003_migrations' AND INDEX_NAME = 'keto_namespace_0000000003_migrations_version_self_idx'),
  'CREATE INDEX `keto_namespace_0000000003_migrations_version_self_idx` ON `keto_namespace_0000000003_migrations` (`version_self`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 15/26 · create table keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples'),
  'CREATE TABLE `keto_0000000001_relation_tuples` (
      `shard_id` VARCHAR(64) NOT NULL,
      `object` VARCHAR(64) NOT NULL,
      `relation` VARCHAR(64) NOT NULL,
      `subject` VARCHAR(256) NOT NULL,
      `commit_time` TIMESTAMP NOT NULL,
      PRIMARY KEY (`shard_id`, `object`, `relation`, `subject`, `commit_time`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 16/26 · create table keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples'),
  'CREATE TABLE `keto_0000000002_relation_tuples` (
      `shard_id` VARCHAR(64) NOT NULL,
      `object` VARCHAR(64) NOT NULL,
      `relation` VARCHAR(64) NOT NULL,
      `subject` VARCHAR(256) NOT NULL,
      `commit_time` TIMESTAMP NOT NULL,
      PRIMARY KEY (`shard_id`, `object`, `relation`, `subject`, `commit_time`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 17/26 · create table keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples'),
  'CREATE TABLE `keto_0000000003_relation_tuples` (
      `shard_id` VARCHAR(64) NOT NULL,
      `object` VARCHAR(64) NOT NULL,
      `relation` VARCHAR(64) NOT NULL,
      `subject` VARCHAR(256) NOT NULL,
      `commit_time` TIMESTAMP NOT NULL,
      PRIMARY KEY (`shard_id`, `object`, `relation`, `subject`, `commit_time`)
    )',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 18/26 · create index keto_0000000001_relation_tuples_object_idx on keto_0000000001_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_0000000001_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_object_idx') <=> 'object')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_object_idx'),
  'ALTER TABLE `keto_0000000001_relation_tuples` DROP INDEX `keto_0000000001_relation_tuples_object_idx`, ADD INDEX `keto_0000000001_relation_tuples_object_idx` (`object`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_0000000001_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_object_idx') <=> 'object')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_object_idx'),
  'CREATE INDEX `keto_0000000001_relation_tuples_object_idx` ON `keto_0000000001_relation_tuples` (`object`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 19/26 · create index keto_0000000002_relation_tuples_object_idx on keto_0000000002_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_0000000002_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_object_idx') <=> 'object')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_object_idx'),
  'ALTER TABLE `keto_0000000002_relation_tuples` DROP INDEX `keto_0000000002_relation_tuples_object_idx`, ADD INDEX `keto_0000000002_relation_tuples_object_idx` (`object`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_0000000002_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_object_idx') <=> 'object')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_object_idx'),
  'CREATE INDEX `keto_0000000002_relation_tuples_object_idx` ON `keto_0000000002_relation_tuples` (`object`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 20/26 · create index keto_0000000003_relation_tuples_object_idx on keto_0000000003_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_0000000003_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_object_idx') <=> 'object')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_object_idx'),
  'ALTER TABLE `keto_0000000003_relation_tuples` DROP INDEX `keto_0000000003_relation_tuples_object_idx`, ADD INDEX `keto_0000000003_relation_tuples_object_idx` (`object`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_0000000003_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_object_idx') <=> 'object')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_object_idx'),
  'CREATE INDEX `keto_0000000003_relation_tuples_object_idx` ON `keto_0000000003_relation_tuples` (`object`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 21/26 · create index keto_0000000001_relation_tuples_user_set_idx on keto_0000000001_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_0000000001_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_user_set_idx') <=> 'object, relation')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_user_set_idx'),
  'ALTER TABLE `keto_0000000001_relation_tuples` DROP INDEX `keto_0000000001_relation_tuples_user_set_idx`, ADD INDEX `keto_0000000001_relation_tuples_user_set_idx` (`object`, `relation`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_0000000001_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_user_set_idx') <=> 'object, relation')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000001_relation_tuples' AND INDEX_NAME = 'keto_0000000001_relation_tuples_user_set_idx'),
  'CREATE INDEX `keto_0000000001_relation_tuples_user_set_idx` ON `keto_0000000001_relation_tuples` (`object`, `relation`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 22/26 · create index keto_0000000002_relation_tuples_user_set_idx on keto_0000000002_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_0000000002_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_user_set_idx') <=> 'object, relation')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_user_set_idx'),
  'ALTER TABLE `keto_0000000002_relation_tuples` DROP INDEX `keto_0000000002_relation_tuples_user_set_idx`, ADD INDEX `keto_0000000002_relation_tuples_user_set_idx` (`object`, `relation`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_0000000002_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_user_set_idx') <=> 'object, relation')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000002_relation_tuples' AND INDEX_NAME = 'keto_0000000002_relation_tuples_user_set_idx'),
  'CREATE INDEX `keto_0000000002_relation_tuples_user_set_idx` ON `keto_0000000002_relation_tuples` (`object`, `relation`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 23/26 · create index keto_0000000003_relation_tuples_user_set_idx on keto_0000000003_relation_tuples
-- locks: only where the database differs from the plan here (else skipped): keto_0000000003_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_user_set_idx') <=> 'object, relation')
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_user_set_idx'),
  'ALTER TABLE `keto_0000000003_relation_tuples` DROP INDEX `keto_0000000003_relation_tuples_user_set_idx`, ADD INDEX `keto_0000000003_relation_tuples_user_set_idx` (`object`, `relation`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: keto_0000000003_relation_tuples: new in this script · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND NOT ((SELECT CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_user_set_idx') <=> 'object, relation')
  AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_0000000003_relation_tuples' AND INDEX_NAME = 'keto_0000000003_relation_tuples_user_set_idx'),
  'CREATE INDEX `keto_0000000003_relation_tuples_user_set_idx` ON `keto_0000000003_relation_tuples` (`object`, `relation`)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 24/26 · insert 1 row into keto_namespace_0000000001_migrations
-- locks: keto_namespace_0000000001_migrations: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')
  AND NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000001_migrations` WHERE `version` = ''20210128140414'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `keto_namespace_0000000001_migrations` (`version`, `version_self`) SELECT ''20210128140414'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000001_migrations` WHERE `version` = ''20210128140414'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 25/26 · insert 1 row into keto_namespace_0000000002_migrations
-- locks: keto_namespace_0000000002_migrations: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')
  AND NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000002_migrations` WHERE `version` = ''20210128140414'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `keto_namespace_0000000002_migrations` (`version`, `version_self`) SELECT ''20210128140414'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000002_migrations` WHERE `version` = ''20210128140414'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0 → 0.6 · 26/26 · insert 1 row into keto_namespace_0000000003_migrations
-- locks: keto_namespace_0000000003_migrations: new in this script
SET @plan_sql = IF(
  @plan_ok,
  'SET @plan_go = NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'INSERT INTO `keto_namespace_0000000003_migrations` (`version`, `version_self`) SELECT ''20210128140414'', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM `keto_namespace_0000000003_migrations` WHERE `version` = ''20210128140414'')', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- the end: the database is at 0.6, or the script stops here with an error
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
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'UNIQUE version'
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'version_self'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'present'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'present'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'present'
        UNION ALL SELECT 'table keto_namespace', 'present'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'present'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'present'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'present'
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
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx'
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx'
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing'
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing'
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing'
        UNION ALL SELECT 'table keto_namespace', 'table keto_namespace is missing'
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing'
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing'
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing'
        UNION ALL SELECT 'table schema_migration', 'table schema_migration is missing') r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF((COLUMN_DEFAULT IS NULL OR (VERSION() LIKE '%MariaDB%' AND CAST(COLUMN_DEFAULT AS BINARY) = 'NULL')), '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  WHERE c & 1 <> 0 ORDER BY o, m LIMIT 1);
SELECT CONCAT('plan stopped: ', 'the database is not at keto 0.6 at the end of this script (a statement did not do what its plan says): ', @plan_problem, '. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Nothing in the plans accounts for this difference: report it with the script. npx plan detect keto names every difference.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
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
SELECT IF(@plan_at_start = 'plan: keto 0 → 0.6: the database was at 0.6 already: nothing to do', 'plan: keto 0 → 0.6: the database was at 0.6 already: nothing to do', 'plan: keto 0 → 0.6 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
