// Normalized catalog queries: one line per column, constraint and index, sorted.
// Copied from plans/supertokens/facts/catalog.pg.sql and catalog.mysql.sql, which produced the
// fixture listings plans/supertokens/facts/catalogs/*.catalog; keep them in step with those files.

/**
 * From plans/supertokens/facts/catalog.pg.sql. Adapted only so it works in any scratch schema:
 * - `n.nspname = 'public'` became `n.nspname = current_schema()`;
 * - `replace(..., 'public.', '')` became `replace(..., quote_ident(current_schema()) || '.', '')`
 *   (pg_get_indexdef always schema-qualifies the table);
 * - `ORDER BY line COLLATE "C"`: the fixtures are in byte order; a server with e.g. en_US collation
 *   would otherwise sort differently;
 * - an INVALID index (a concurrent build that failed) ends with ` (INVALID)`: it is not the index it defines.
 * Column order is ignored on purpose: an upgrade cannot reorder columns.
 */
export const PG_CATALOG_SQL = `
SELECT line FROM (
  SELECT format('T %s | COL %s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  WHERE n.nspname = current_schema() AND c.relkind IN ('r','p')
  UNION ALL
  SELECT format('T %s | CON %s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND k.contype <> 'n'
  UNION ALL
  SELECT format('T %s | IDX %s%s', c.relname, replace(pg_get_indexdef(i.indexrelid), quote_ident(current_schema()) || '.', ''),
                CASE WHEN i.indisvalid THEN '' ELSE ' (INVALID)' END)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema()
    AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p','u'))
) s ORDER BY line COLLATE "C"`;

/**
 * Verbatim from plans/supertokens/facts/catalog.mysql.sql (it already filters on DATABASE()).
 * Note: lines come back in information_schema collation order (utf8mb3_general_ci, case-insensitive),
 * not byte order, exactly like the fixture listings.
 */
export const MYSQL_CATALOG_SQL = `
SELECT line FROM (
  SELECT CONCAT('T ', TABLE_NAME, ' | COL ', COLUMN_NAME, ' ', COLUMN_TYPE,
                IF(IS_NULLABLE = 'NO', ' NOT NULL', ''),
                IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', '', CONCAT(' DEFAULT ', COLUMN_DEFAULT))) AS line
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
  UNION ALL
  SELECT CONCAT('T ', TABLE_NAME, ' | ', IF(INDEX_NAME = 'PRIMARY', 'PK', IF(NON_UNIQUE = 0, CONCAT('UQ ', INDEX_NAME), CONCAT('IDX ', INDEX_NAME))),
                ' (', GROUP_CONCAT(CONCAT(COLUMN_NAME, IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', '), ')')
  FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
  GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE
  UNION ALL
  SELECT CONCAT('T ', k.TABLE_NAME, ' | FK ', k.CONSTRAINT_NAME, ' (', GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '),
                ') -> ', k.REFERENCED_TABLE_NAME, ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '), ')',
                ' ON DELETE ', r.DELETE_RULE, ' ON UPDATE ', r.UPDATE_RULE)
  FROM information_schema.KEY_COLUMN_USAGE k
  JOIN information_schema.REFERENTIAL_CONSTRAINTS r
    ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
  WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
  GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.DELETE_RULE, r.UPDATE_RULE
) s ORDER BY line`;

/**
 * SQLite's listing in the same line format (src/dialects/sqlite/catalog.ts catalogLines predicts it), from
 * sqlite_schema and the pragma table-valued functions: columns with their declared type (lower case), NOT NULL and
 * default as written; the primary key and UNIQUE constraints by their columns (SQLite keeps no name for them);
 * indexes made with CREATE INDEX by name (UIDX when unique), a partial one with ` WHERE <predicate>` as its CREATE INDEX
 * text has it (line breaks and tabs as spaces); foreign keys by their columns. SQLite's own tables
 * (sqlite_%) are left out. Ordered by byte (SQLite compares text with memcmp by default).
 */
export const SQLITE_CATALOG_SQL = `
WITH p AS (SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!')
SELECT line FROM (
  SELECT 'T ' || p.name || ' | COL ' || c.name || ' ' || lower(c.type) || CASE WHEN c."notnull" THEN ' NOT NULL' ELSE '' END
         || CASE WHEN c.dflt_value IS NULL OR upper(c.dflt_value) = 'NULL' THEN '' ELSE ' DEFAULT ' || CASE upper(c.dflt_value) WHEN 'FALSE' THEN '0' WHEN 'TRUE' THEN '1' ELSE c.dflt_value END END AS line
  FROM p, pragma_table_info(p.name) c
  UNION ALL
  SELECT 'T ' || p.name || ' | PK (' || (SELECT group_concat(x, ', ') FROM (SELECT k.name AS x FROM pragma_table_info(p.name) k WHERE k.pk > 0 ORDER BY k.pk)) || ')'
  FROM p WHERE EXISTS (SELECT 1 FROM pragma_table_info(p.name) k WHERE k.pk > 0)
  UNION ALL
  SELECT 'T ' || p.name || ' | ' || CASE WHEN i.origin = 'u' THEN 'UQ' WHEN i."unique" THEN 'UIDX ' || i.name ELSE 'IDX ' || i.name END
         || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k.name || CASE WHEN k."desc" THEN ' DESC' ELSE '' END AS x FROM pragma_index_xinfo(i.name) k WHERE k.key = 1 ORDER BY k.seqno)) || ')'
         || COALESCE((SELECT ' WHERE ' || trim(substr(x.s, instr(upper(x.s), ' WHERE ') + 7)) FROM (SELECT replace(replace(replace(q.sql, char(13), ' '), char(10), ' '), char(9), ' ') AS s FROM main.sqlite_schema q WHERE q.type = 'index' AND q.name = i.name) x WHERE i.partial AND instr(upper(x.s), ' WHERE ') > 0), '')
  FROM p, pragma_index_list(p.name) i WHERE i.origin IN ('u', 'c')
  UNION ALL
  SELECT 'T ' || p.name || ' | FK (' || (SELECT group_concat(x, ', ') FROM (SELECT k."from" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq))
         || ') -> ' || f."table" || ' (' || (SELECT group_concat(x, ', ') FROM (SELECT k."to" AS x FROM pragma_foreign_key_list(p.name) k WHERE k.id = f.id ORDER BY k.seq))
         || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update
  FROM p, pragma_foreign_key_list(p.name) f WHERE f.seq = 0
) ORDER BY line`;

/** A literal for a name in the catalog queries below (names from the compile's parameters: quotes doubled). */
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * PG_CATALOG_SQL over the current schema and the product's places (location → schema: `plan verify` of a product
 * with locations), in the format the PostgreSQL dialect's catalogLines predicts: a table in a place also gets a line
 * `T t | IN <location>`, an enum type one line `E name | ENUM ('a', 'b')[ IN <location>]`, and the places'
 * qualifiers are left out of types, defaults, references and index definitions (a table is known by its name in
 * every place: a name in two places is a state no version has). Without places it lists what PG_CATALOG_SQL lists,
 * and the enum types.
 */
export function pgCatalogSql(places: Record<string, string> = {}): string {
  const locs = Object.keys(places).sort();
  const ns = `n.nspname IN (current_schema()${locs.map((l) => `, ${lit(places[l])}`).join('')})`;
  const strip = (expr: string, before: string) => locs.reduce((e, l) => `replace(${e}, ${lit(`${before}"${places[l].replace(/"/g, '""')}".`)}, ${lit(before)})`, expr);
  const where = (nsOid: string) => locs.length === 0 ? `''` : `CASE ${locs.map((l) => `WHEN ${nsOid} = (SELECT oid FROM pg_namespace WHERE nspname = ${lit(places[l])}) THEN ${lit(` IN ${l}`)}`).join(' ')} ELSE '' END`;
  return `
SELECT line FROM (
  SELECT format('T %s | COL %s %s%s%s', c.relname, a.attname,
                CASE WHEN ty.typtype = 'e' THEN quote_ident(ty.typname::text) ELSE format_type(a.atttypid, a.atttypmod) END,
                CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                COALESCE(' DEFAULT ' || ${strip('pg_get_expr(d.adbin, d.adrelid)', '::')}, '')) AS line
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  WHERE ${ns} AND c.relkind IN ('r','p')
  UNION ALL
  SELECT format('T %s | IN %s', c.relname, substr(${where('c.relnamespace')}, 5))
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${ns} AND n.nspname <> current_schema() AND c.relkind IN ('r','p')
  UNION ALL
  SELECT format('T %s | CON %s %s', c.relname, k.conname, ${strip('pg_get_constraintdef(k.oid)', ' REFERENCES ')})
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${ns} AND k.contype <> 'n'
  UNION ALL
  SELECT format('T %s | IDX %s%s', c.relname, ${strip(strip("replace(pg_get_indexdef(i.indexrelid), quote_ident(current_schema()) || '.', '')", ' ON '), ' ON ONLY ')},
                CASE WHEN i.indisvalid THEN '' ELSE ' (INVALID)' END)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${ns}
    AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p','u'))
  UNION ALL
  SELECT format('E %s | ENUM (%s)%s', t.typname, (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), ${where('t.typnamespace')})
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE ${ns} AND t.typtype = 'e'
) s ORDER BY line COLLATE "C"`;
}

/** MYSQL_CATALOG_SQL over the database the session uses and the product's places (location → database), with a line `T t | IN <location>` for each table in a place. Without places: MYSQL_CATALOG_SQL itself. */
export function mysqlCatalogSql(places: Record<string, string> = {}): string {
  const locs = Object.keys(places).sort();
  if (locs.length === 0) return MYSQL_CATALOG_SQL;
  const inDbs = (col: string) => `${col} IN (DATABASE(), ${locs.map((l) => lit(places[l])).join(', ')})`;
  const body = MYSQL_CATALOG_SQL.replace(/ORDER BY line$/, '')
    .replace(/\) s $/, '')
    .replaceAll('k.TABLE_SCHEMA = DATABASE()', inDbs('k.TABLE_SCHEMA'))
    .replaceAll('TABLE_SCHEMA = DATABASE()', inDbs('TABLE_SCHEMA'));
  return `${body.trimEnd()}
  UNION ALL
  SELECT CONCAT('T ', TABLE_NAME, ' | IN ', CASE ${locs.map((l) => `WHEN CAST(TABLE_SCHEMA AS BINARY) = CAST(${lit(places[l])} AS BINARY) THEN ${lit(l)}`).join(' ')} END)
  FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (${locs.map((l) => lit(places[l])).join(', ')}) AND TABLE_SCHEMA <> DATABASE()
) s ORDER BY line`;
}
