-- plan 0.1.0 · keto 0.7 → 0.6 · mysql · rollback
-- what:     this script rolls a keto database back from 0.7 to 0.6 on MySQL 8 / MariaDB (generated from the plans listed below)
-- stop:     first, before the backup: Keto's write API (the guide keeps the read API up; writes fail while the script runs)
-- backup:   then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=keto-0.7-before.sql.partial DATABASE && mv keto-0.7-before.sql.partial keto-0.7-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql -e 'CREATE DATABASE NEW_DATABASE' && mysql NEW_DATABASE < keto-0.7-before.sql; not over this one, which fails on what the script added)
-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)
-- start:    after applying: Keto 0.6 (keto serve)
-- reverse:  npx plan compile keto 0.6 0.7 --dialect mysql --param namespaces=files:1,groups:2,folders:3 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=keto_new --param old_user=keto -o up.sql
-- this rollback drops: 2 tables networks, keto_relation_tuples, and the data in them
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
-- locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). 3 DDL statements on existing tables here.
--   no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end
-- MANUAL STEPS (4), not done by this script:
--   1. [0.7 → 0.6] before this rollback: run it as keto_new or an administrator, not as keto, which cannot write until the last step gives its writes back; if keto was dropped, make it again for Keto v0.6: CREATE USER 'keto'@'<host>' IDENTIFIED BY '<secret>' and give it the grants SHOW GRANTS FOR 'keto_new'@'<host>' lists (the next steps need it)
--   2. [0.7 → 0.6] before this rollback: stop Keto v0.7's writes; the rollback drops keto_relation_tuples (v0.6 reads only its legacy tables, which the move kept as they were), and stops before any change if it holds a tuple the move did not write (one Keto v0.7 wrote since, which v0.6 has no place for), or if a tuple the move copied is gone from it (deleted under v0.7 since, a revoked permission, which v0.6 would read again from its legacy table): it names the first few legacy rows; delete them from the legacy table to keep the revocation, or re-add them through Keto v0.7's API
--   3. [0.7 → 0.6] Only if this script stops at its check for foreign keys of tables outside keto onto the keys it drops or replaces (it looks before any change): drop the foreign keys it names with the commands it prints, run the script again, then re-create them with the commands it prints (a key that changes columns may need the foreign key re-created onto the new key).
--   4. [0.7 → 0.6] after this rollback: give keto its writes back, which the upgrade's first step revoked: GRANT INSERT, UPDATE, DELETE ON <database>.* TO 'keto'@'<host>' (else Keto v0.6 comes back read-only); then start Keto v0.6 as keto, route the traffic to it, stop Keto v0.7, and DROP USER 'keto_new'@'<host>' when nothing else uses it

SET @plan_saved_character_set_client = @@SESSION.character_set_client, @plan_saved_character_set_connection = @@SESSION.character_set_connection, @plan_saved_character_set_results = @@SESSION.character_set_results, @plan_saved_collation_connection = @@SESSION.collation_connection;
SET NAMES utf8mb4;
SET @plan_saved_sql_mode = @@SESSION.sql_mode, @plan_saved_group_concat_max_len = @@SESSION.group_concat_max_len, @plan_saved_time_zone = @@SESSION.time_zone;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', SESSION group_concat_max_len = 1048576, SESSION time_zone = '+00:00';
SET @plan_saved_lock_wait_timeout = @@SESSION.lock_wait_timeout, @plan_saved_innodb_lock_wait_timeout = @@SESSION.innodb_lock_wait_timeout;
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- check that the database is at 0.7, at 0.6, or between them on this script's path (a resumed run)
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
SELECT SUBSTRING_INDEX(GROUP_CONCAT(IF(p.c & 1 <> 0, p.m, NULL) ORDER BY p.o, p.m SEPARATOR '\0'), '\0', 1), COUNT(IF(p.c & 2 <> 0, 1, NULL)) FROM (
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
        UNION ALL SELECT 'column keto_relation_tuples.commit_time', 'timestamp NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'int NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.namespace_id', 'int(11) NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.nid', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.object', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.relation', 'varchar(64) NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.shard_id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column keto_relation_tuples.subject_id', 'varchar(64)', 1
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'int', 1
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_namespace_id', 'int(11)', 1
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_object', 'varchar(64)', 1
        UNION ALL SELECT 'column keto_relation_tuples.subject_set_relation', 'varchar(64)', 1
        UNION ALL SELECT 'column networks.created_at', 'datetime NOT NULL', 1
        UNION ALL SELECT 'column networks.id', 'char(36) NOT NULL', 1
        UNION ALL SELECT 'column networks.updated_at', 'datetime NOT NULL', 1
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
        UNION ALL SELECT 'index keto_relation_tuples.PRIMARY', 'UNIQUE shard_id, nid', 1
        UNION ALL SELECT 'index keto_relation_tuples.keto_relation_tuples_full_idx', 'nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time', 1
        UNION ALL SELECT 'index networks.PRIMARY', 'UNIQUE id', 1
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'UNIQUE version', 3
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'version_self', 3
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'present', 3
        UNION ALL SELECT 'table keto_namespace', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'present', 3
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'present', 3
        UNION ALL SELECT 'table keto_relation_tuples', 'present', 1
        UNION ALL SELECT 'table networks', 'present', 1
        UNION ALL SELECT 'table schema_migration', 'present', 3) a WHERE a.k = CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) AND CAST(a.def AS BINARY) = CAST(f.def AS BINARY)), 0) AS ok FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
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
        UNION ALL SELECT 'index schema_migration.schema_migration_version_idx', 'table schema_migration has no index schema_migration_version_idx', 3
        UNION ALL SELECT 'index schema_migration.schema_migration_version_self_idx', 'table schema_migration has no index schema_migration_version_self_idx', 3
        UNION ALL SELECT 'table keto_0000000001_relation_tuples', 'table keto_0000000001_relation_tuples is missing', 3
        UNION ALL SELECT 'table keto_0000000002_relation_tuples', 'table keto_0000000002_relation_tuples is missing', 3
        UNION ALL SELECT 'table keto_0000000003_relation_tuples', 'table keto_0000000003_relation_tuples is missing', 3
        UNION ALL SELECT 'table keto_namespace', 'table keto_namespace is missing', 3
        UNION ALL SELECT 'table keto_namespace_0000000001_migrations', 'table keto_namespace_0000000001_migrations is missing', 3
        UNION ALL SELECT 'table keto_namespace_0000000002_migrations', 'table keto_namespace_0000000002_migrations is missing', 3
        UNION ALL SELECT 'table keto_namespace_0000000003_migrations', 'table keto_namespace_0000000003_migrations is missing', 3
        UNION ALL SELECT 'table schema_migration', 'table schema_migration is missing', 3) r
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT 'table' AS kind, TABLE_NAME AS tbl, '' AS name, 'present' AS def FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
      UNION ALL SELECT 'index', TABLE_NAME, INDEX_NAME, CONCAT(IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY TABLE_NAME, INDEX_NAME
      UNION ALL SELECT 'foreign_key', k.TABLE_NAME, k.CONSTRAINT_NAME, CONCAT(GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ' -> ', MAX(k.REFERENCED_TABLE_NAME), ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ') ON DELETE ', REPLACE(MAX(r.DELETE_RULE), 'NO ACTION', 'RESTRICT'), ' ON UPDATE ', REPLACE(MAX(r.UPDATE_RULE), 'NO ACTION', 'RESTRICT')) FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration') GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME) f WHERE CONCAT(f.kind, ' ', f.tbl, IF(f.kind = 'table', '', CONCAT('.', f.name))) = r.k)) q WHERE c <> 0) p
  INTO @plan_problem, @plan_off_target;
SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;
SET @plan_at_start = IF(@plan_ok AND @plan_off_target = 0, 'plan: keto 0.7 → 0.6: the database was at 0.6 already: nothing to do', NULL);
SELECT CONCAT('plan stopped: ', 'this database is not at keto 0.7, at 0.6, nor between them on this script''s path: ', @plan_problem, '. Nothing was changed. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '. ', 'Compile the script for the version this database is at (npx plan compile keto <its version> 0.6), or run this one on the keto 0.7 database it was made for.') AS plan FROM DUAL WHERE @plan_problem IS NOT NULL;
SET @plan_sql = IF(@plan_ok, 'DO 0', CONCAT('SELECT 1 FROM `', REPLACE(LEFT(CONCAT('plan stopped: ', @plan_problem), 64), CHAR(96), CHAR(39)), '`'));
PREPARE plan_stmt FROM @plan_sql; -- plan stopped: this database is not at keto 0.7, at 0.6, nor between them on this script's path; the row printed above says what differs. Nothing was changed.
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_refs = IF(@plan_ok, (SELECT CONCAT('foreign keys of tables outside keto reference keys that keto 0.7 → 0.6 drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script): ',
        GROUP_CONCAT(CONCAT(CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), '.', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
        '. Nothing was changed. Drop them before running this script: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' DROP FOREIGN KEY ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Re-create them once it has run: ',
        GROUP_CONCAT(CONCAT('ALTER TABLE ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(x.s, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.t, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' ADD CONSTRAINT ', CONCAT(CHAR(96), REPLACE(x.n, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), ' FOREIGN KEY (', x.qcols, ') REFERENCES ', CONCAT(IF(x.s = DATABASE(), '', CONCAT(CONCAT(CHAR(96), REPLACE(DATABASE(), CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)), '.')), CONCAT(CHAR(96), REPLACE(x.rt, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))), ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
        ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
      FROM (
        SELECT f.*, CASE
          WHEN f.rt = 'networks'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'networks')
          THEN 'after this script there is no table networks: drop the foreign key for good, or point it at another table'
          WHEN f.rt = 'keto_relation_tuples'
            AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples')
          THEN 'after this script there is no table keto_relation_tuples: drop the foreign key for good, or point it at another table'
          END AS note
        FROM (
          SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
            GROUP_CONCAT(CONCAT(CHAR(96), REPLACE(k.REFERENCED_COLUMN_NAME, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96)) ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
            MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
          FROM information_schema.KEY_COLUMN_USAGE k
          JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
          WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN ('networks', 'keto_relation_tuples')
          GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
        ) f
        WHERE TRUE 
      ) x
      WHERE x.note IS NOT NULL), NULL);
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
-- keto 0.7 → 0.6 (rollback): Keto v0.7 keeps every namespace's tuples in one table, keto_relation_tuples, keyed by network: the schema keto migrate up makes, and the move keto namespace migrate legacy makes, in SQL; the legacy tables stay for a rollback
-- source: plans/keto/0.6-0.7.yaml
-- ================================================================================================
-- 0.7 → 0.6 · 1/11 · check that keto_relation_tuples holds only rows its copies wrote
-- locks: keto_relation_tuples: read | keto_0000000001_relation_tuples: read | keto_0000000002_relation_tuples: read | keto_0000000003_relation_tuples: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE NOT (((dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)) AND COALESCE((dst.`shard_id`) IN (SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') FROM `keto_0000000001_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE))), FALSE)) OR ((dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)) AND COALESCE((dst.`shard_id`) IN (SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') FROM `keto_0000000002_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE))), FALSE)) OR ((dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)) AND COALESCE((dst.`shard_id`) IN (SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') FROM `keto_0000000003_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE))), FALSE))))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: keto_relation_tuples holds rows that none of the 0.6 → 0.7 copies into it gives (written since the upgrade): this rollback would drop them with keto_relation_tuples; keep them elsewhere and delete them, or restore the backup taken before the upgrade'', IFNULL(CONCAT('' (the first of them by (shard_id, nid): '', ((SELECT GROUP_CONCAT(x ORDER BY x SEPARATOR ''; '') FROM (SELECT DISTINCT CONCAT(''('', CONCAT_WS('', '', IF(CHAR_LENGTH(QUOTE(CAST(r.k1 AS CHAR))) > 40, CONCAT(LEFT(QUOTE(CAST(r.k1 AS CHAR)), 37), ''...''), QUOTE(CAST(r.k1 AS CHAR))), IF(CHAR_LENGTH(QUOTE(CAST(r.k2 AS CHAR))) > 40, CONCAT(LEFT(QUOTE(CAST(r.k2 AS CHAR)), 37), ''...''), QUOTE(CAST(r.k2 AS CHAR)))), '')'') AS x FROM (SELECT dst.`shard_id` AS k1, dst.`nid` AS k2 FROM `keto_relation_tuples` AS dst WHERE NOT (((dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)) AND COALESCE((dst.`shard_id`) IN (SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') FROM `keto_0000000001_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE))), FALSE)) OR ((dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)) AND COALESCE((dst.`shard_id`) IN (SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') FROM `keto_0000000002_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE))), FALSE)) OR ((dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'' AND CAST(CONVERT(dst.`nid` USING utf8mb4) AS BINARY) = CAST(CONVERT(''6b65746f-0000-4000-8000-000000000001'' USING utf8mb4) AS BINARY)) AND COALESCE((dst.`shard_id`) IN (SELECT INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') FROM `keto_0000000003_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE))), FALSE)))) r ORDER BY x LIMIT 3) f)), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: keto_relation_tuples holds rows that none of the 0`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 2/11 · check that keto_relation_tuples still holds every row copied from keto_0000000001_relation_tuples
-- locks: keto_0000000001_relation_tuples: read | keto_relation_tuples: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `keto_0000000001_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT (EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'')))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: keto_0000000001_relation_tuples holds rows that the 0.6 → 0.7 copy wrote into keto_relation_tuples and that keto_relation_tuples no longer has (deleted under 0.7 since the upgrade): this rollback would bring them back, as 0.6 reads keto_0000000001_relation_tuples again; to keep the deletions delete those rows from keto_0000000001_relation_tuples, or to keep the rows re-add them to keto_relation_tuples, then run this rollback again'', IFNULL(CONCAT('' (the first of them by (shard_id, object, relation, subject, commit_time): '', ((SELECT GROUP_CONCAT(plan_row ORDER BY CAST(plan_row AS BINARY) SEPARATOR '', '') FROM (SELECT CONCAT(''('', QUOTE(CAST(src.`shard_id` AS CHAR)), '', '', QUOTE(CAST(src.`object` AS CHAR)), '', '', QUOTE(CAST(src.`relation` AS CHAR)), '', '', QUOTE(CAST(src.`subject` AS CHAR)), '', '', QUOTE(CAST(src.`commit_time` AS CHAR)), '')'') AS plan_row FROM `keto_0000000001_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT (EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(1 AS CHAR)) AS CHAR), '':'', CAST(1 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'')) ORDER BY CAST(CONCAT(''('', QUOTE(CAST(src.`shard_id` AS CHAR)), '', '', QUOTE(CAST(src.`object` AS CHAR)), '', '', QUOTE(CAST(src.`relation` AS CHAR)), '', '', QUOTE(CAST(src.`subject` AS CHAR)), '', '', QUOTE(CAST(src.`commit_time` AS CHAR)), '')'') AS BINARY) LIMIT 3) AS plan_rows)), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: keto_0000000001_relation_tuples holds rows that th`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 3/11 · check that keto_relation_tuples still holds every row copied from keto_0000000002_relation_tuples
-- locks: keto_0000000002_relation_tuples: read | keto_relation_tuples: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `keto_0000000002_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT (EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'')))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: keto_0000000002_relation_tuples holds rows that the 0.6 → 0.7 copy wrote into keto_relation_tuples and that keto_relation_tuples no longer has (deleted under 0.7 since the upgrade): this rollback would bring them back, as 0.6 reads keto_0000000002_relation_tuples again; to keep the deletions delete those rows from keto_0000000002_relation_tuples, or to keep the rows re-add them to keto_relation_tuples, then run this rollback again'', IFNULL(CONCAT('' (the first of them by (shard_id, object, relation, subject, commit_time): '', ((SELECT GROUP_CONCAT(plan_row ORDER BY CAST(plan_row AS BINARY) SEPARATOR '', '') FROM (SELECT CONCAT(''('', QUOTE(CAST(src.`shard_id` AS CHAR)), '', '', QUOTE(CAST(src.`object` AS CHAR)), '', '', QUOTE(CAST(src.`relation` AS CHAR)), '', '', QUOTE(CAST(src.`subject` AS CHAR)), '', '', QUOTE(CAST(src.`commit_time` AS CHAR)), '')'') AS plan_row FROM `keto_0000000002_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT (EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(2 AS CHAR)) AS CHAR), '':'', CAST(2 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'')) ORDER BY CAST(CONCAT(''('', QUOTE(CAST(src.`shard_id` AS CHAR)), '', '', QUOTE(CAST(src.`object` AS CHAR)), '', '', QUOTE(CAST(src.`relation` AS CHAR)), '', '', QUOTE(CAST(src.`subject` AS CHAR)), '', '', QUOTE(CAST(src.`commit_time` AS CHAR)), '')'') AS BINARY) LIMIT 3) AS plan_rows)), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: keto_0000000002_relation_tuples holds rows that th`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 4/11 · check that keto_relation_tuples still holds every row copied from keto_0000000003_relation_tuples
-- locks: keto_0000000003_relation_tuples: read | keto_relation_tuples: read
SET @plan_hold = TRUE;
SET @plan_sql = IF(
  EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_hold = IFNULL((NOT EXISTS (SELECT 1 FROM `keto_0000000003_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT (EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'')))), FALSE)',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: keto_0000000003_relation_tuples holds rows that the 0.6 → 0.7 copy wrote into keto_relation_tuples and that keto_relation_tuples no longer has (deleted under 0.7 since the upgrade): this rollback would bring them back, as 0.6 reads keto_0000000003_relation_tuples again; to keep the deletions delete those rows from keto_0000000003_relation_tuples, or to keep the rows re-add them to keto_relation_tuples, then run this rollback again'', IFNULL(CONCAT('' (the first of them by (shard_id, object, relation, subject, commit_time): '', ((SELECT GROUP_CONCAT(plan_row ORDER BY CAST(plan_row AS BINARY) SEPARATOR '', '') FROM (SELECT CONCAT(''('', QUOTE(CAST(src.`shard_id` AS CHAR)), '', '', QUOTE(CAST(src.`object` AS CHAR)), '', '', QUOTE(CAST(src.`relation` AS CHAR)), '', '', QUOTE(CAST(src.`subject` AS CHAR)), '', '', QUOTE(CAST(src.`commit_time` AS CHAR)), '')'') AS plan_row FROM `keto_0000000003_relation_tuples` AS src WHERE NOT (COALESCE((src.`object` IS NULL OR src.`relation` IS NULL OR src.`subject` IS NULL OR src.`commit_time` IS NULL), FALSE) OR COALESCE(NOT ((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 OR (CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND NOT (CHAR_LENGTH(SUBSTRING_INDEX(src.`subject`, ''#'', 1)) - CHAR_LENGTH(REPLACE(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', ''''))) = 1), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND CASE CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(src.`subject`, ''#'', 1), '':'', 1) AS BINARY) WHEN ''files'' THEN 1 WHEN ''groups'' THEN 2 WHEN ''folders'' THEN 3 END IS NULL), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 0 AND CHAR_LENGTH(src.`subject`) > 64), FALSE) OR COALESCE(((CHAR_LENGTH(src.`subject`) - CHAR_LENGTH(REPLACE(src.`subject`, ''#'', ''''))) = 1 AND (CHAR_LENGTH(CASE WHEN LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) > 0 THEN SUBSTRING(SUBSTRING_INDEX(src.`subject`, ''#'', 1), LOCATE('':'', SUBSTRING_INDEX(src.`subject`, ''#'', 1)) + 1) END) > 64 OR CHAR_LENGTH(CASE WHEN LOCATE(''#'', src.`subject`) > 0 THEN SUBSTRING(src.`subject`, LOCATE(''#'', src.`subject`) + 1) END) > 64)), FALSE)) AND NOT (EXISTS (SELECT 1 FROM `keto_relation_tuples` AS dst WHERE dst.`shard_id` = INSERT(INSERT(INSERT(INSERT(MD5(CONCAT(CAST(CHAR_LENGTH(CAST(3 AS CHAR)) AS CHAR), '':'', CAST(3 AS CHAR), CAST(CHAR_LENGTH(CAST(src.`object` AS CHAR)) AS CHAR), '':'', CAST(src.`object` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`relation` AS CHAR)) AS CHAR), '':'', CAST(src.`relation` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`subject` AS CHAR)) AS CHAR), '':'', CAST(src.`subject` AS CHAR), CAST(CHAR_LENGTH(CAST(src.`commit_time` AS CHAR)) AS CHAR), '':'', CAST(src.`commit_time` AS CHAR))), 21, 0, ''-''), 17, 0, ''-''), 13, 0, ''-''), 9, 0, ''-'') AND dst.`nid` = ''6b65746f-0000-4000-8000-000000000001'')) ORDER BY CAST(CONCAT(''('', QUOTE(CAST(src.`shard_id` AS CHAR)), '', '', QUOTE(CAST(src.`object` AS CHAR)), '', '', QUOTE(CAST(src.`relation` AS CHAR)), '', '', QUOTE(CAST(src.`subject` AS CHAR)), '', '', QUOTE(CAST(src.`commit_time` AS CHAR)), '')'') AS BINARY) LIMIT 3) AS plan_rows)), '')''), '''')) AS plan FROM DUAL', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_ok = @plan_ok AND @plan_hold;
SET @plan_sql = IF(
  @plan_hold,
  'DO 0',
  'SELECT 1 FROM `plan stopped: keto_0000000003_relation_tuples holds rows that th`');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 5/11 · manual step
-- MANUAL STEP (not done by this script):
--   before this rollback: run it as keto_new or an administrator, not as keto, which cannot write
--   until the last step gives its writes back; if keto was dropped, make it again for Keto v0.6:
--   CREATE USER 'keto'@'<host>' IDENTIFIED BY '<secret>' and give it the grants SHOW GRANTS FOR
--   'keto_new'@'<host>' lists (the next steps need it)

-- 0.7 → 0.6 · 6/11 · manual step
-- MANUAL STEP (not done by this script):
--   before this rollback: stop Keto v0.7's writes; the rollback drops keto_relation_tuples (v0.6
--   reads only its legacy tables, which the move kept as they were), and stops before any change if
--   it holds a tuple the move did not write (one Keto v0.7 wrote since, which v0.6 has no place
--   for), or if a tuple the move copied is gone from it (deleted under v0.7 since, a revoked
--   permission, which v0.6 would read again from its legacy table): it names the first few legacy
--   rows; delete them from the legacy table to keep the revocation, or re-add them through Keto
--   v0.7's API

-- 0.7 → 0.6 · 7/11 · delete 5 rows from schema_migration
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20150100000001000000'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `schema_migration` WHERE `version` = ''20150100000001000000''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000000'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `schema_migration` WHERE `version` = ''20201110175414000000''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20201110175414000001'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `schema_migration` WHERE `version` = ''20201110175414000001''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000000'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `schema_migration` WHERE `version` = ''20210623162417000000''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
-- locks: schema_migration: rows; row locks until the statement ends
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'SET @plan_go = EXISTS (SELECT 1 FROM `schema_migration` WHERE `version` = ''20210623162417000001'')',
  'SET @plan_go = FALSE');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;
SET @plan_sql = IF(@plan_go, 'DELETE FROM `schema_migration` WHERE `version` = ''20210623162417000001''', 'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 8/11 · drop index keto_relation_tuples_full_idx on keto_relation_tuples
-- locks: keto_relation_tuples: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples' AND INDEX_NAME = 'keto_relation_tuples_full_idx'),
  'ALTER TABLE `keto_relation_tuples` DROP INDEX `keto_relation_tuples_full_idx`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 9/11 · drop table keto_relation_tuples
-- locks: keto_relation_tuples: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'keto_relation_tuples'),
  'DROP TABLE `keto_relation_tuples`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 10/11 · drop table networks
-- locks: networks: metadata only; drops the table and its rows · DDL: implicit commit, metadata lock wait
SET @plan_sql = IF(
  @plan_ok
  AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'networks'),
  'DROP TABLE `networks`',
  'DO 0');
PREPARE plan_stmt FROM @plan_sql;
EXECUTE plan_stmt;
DEALLOCATE PREPARE plan_stmt;

-- 0.7 → 0.6 · 11/11 · manual step
-- MANUAL STEP (not done by this script):
--   after this rollback: give keto its writes back, which the upgrade's first step revoked: GRANT
--   INSERT, UPDATE, DELETE ON <database>.* TO 'keto'@'<host>' (else Keto v0.6 comes back read-only);
--   then start Keto v0.6 as keto, route the traffic to it, stop Keto v0.7, and DROP USER
--   'keto_new'@'<host>' when nothing else uses it

-- the end: the database is at 0.6, or the script stops here with an error
SET @plan_problem = 'the check of the end state did not run';
SET @plan_problem = (
  SELECT m FROM (
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
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
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
      UNION ALL SELECT 'column', TABLE_NAME, COLUMN_NAME, CONCAT(COLUMN_TYPE, IF(IS_NULLABLE = 'NO', ' NOT NULL', ''), IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000002_migrations', 'keto_namespace_0000000003_migrations', 'keto_relation_tuples', 'networks', 'schema_migration')
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
SELECT IF(@plan_at_start = 'plan: keto 0.7 → 0.6: the database was at 0.6 already: nothing to do', 'plan: keto 0.7 → 0.6: the database was at 0.6 already: nothing to do', 'plan: keto 0.7 → 0.6 applied') AS plan FROM DUAL WHERE @plan_problem IS NULL;
SET SESSION character_set_client = @plan_saved_character_set_client, SESSION character_set_results = @plan_saved_character_set_results, SESSION character_set_connection = @plan_saved_character_set_connection, SESSION collation_connection = @plan_saved_collation_connection;
