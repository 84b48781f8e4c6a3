// MySQL 8 / MariaDB's lock annotation of each statement: the online DDL class each engine picks for an ALTER TABLE
// (the best ALGORITHM= it accepts, and the least LOCK= with it), that every DDL statement commits implicitly and first
// waits for the table's metadata lock, and the row locks of data steps. Facts:
// - MySQL 8.0 manual 15.12.1 "Online DDL Operations" (https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html):
//   the Instant / In Place / Rebuilds Table / Permits Concurrent DML columns of each operation's table; INSTANT ADD and
//   DROP COLUMN at any position since 8.0.29, RENAME COLUMN since 8.0.28, each counting toward the table's 64 row
//   versions (ERROR 4092 after); "The INPLACE algorithm is supported when foreign_key_checks is disabled. Otherwise,
//   only the COPY algorithm is supported" (adding a foreign key); extending a VARCHAR in place only while its number of
//   length bytes stays the same (0-255 bytes: one; 256 or more: two).
// - MySQL 8.0 manual 13.3.3 "Statements That Cause an Implicit Commit"; 8.11.4 "Metadata Locking" (DDL waits for an
//   exclusive metadata lock, extended to tables related by a foreign key); lock_wait_timeout defaults to 31536000 s.
// - MariaDB KB "InnoDB Online DDL Operations with the INSTANT / NOCOPY / INPLACE Alter Algorithm"
//   (https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/ and its siblings):
//   NOCOPY (in place, no rebuild) for index changes; INSTANT for DROP FOREIGN KEY and for extending a VARCHAR unless
//   it goes from 128-255 bytes to more; lock_wait_timeout defaults to 86400 s (MariaDB server system variables).
// MariaDB's class is checked on MariaDB 10.11 by test/locks-engines.test.ts (the statement run with the claimed
// ALGORITHM=/LOCK= and refused with a stricter one). No MySQL 8 server is at hand: its column is the manual's.
// Byte lengths (a VARCHAR extended) are counted at the bytes a character takes in the character set of the product's
// tables (LockInput.bytesPerCharacter: product.yaml verify_database.mysql_character_set, utf8mb3 for AuthHero), else
// at 4 (utf8mb4, the default character set of both engines). The rules count bytes, not characters: the MySQL 8.0
// manual's own example, "VARCHAR(255) CHARACTER SET utf8mb3 … can take up to 767 bytes" (so two length bytes), and
// measured on MariaDB 10.11 at utf8mb3: VARCHAR(35) → VARCHAR(256) INSTANT (105 bytes, under 128), refused at utf8mb4
// (140 bytes); 42 → 256 accepted, 43 → 256 and 85 → 86 refused (test/locks.test.ts).
import { deletedTable, deleteReaches, deletionReads } from '../../compile/cascades.js';
import type { Column, Model } from '../../model/model.js';
import { findTable } from '../../model/model.js';
import type { DialectLocks, LockAnnotation, LockInput, OnlineDdl, ScriptLocks, TableLock } from '../../compile/locks.js';
import { strongestPerTable, tableLock } from '../../compile/locks.js';

/** Every rule id this dialect's annotations name (LockAnnotation.rules); test/locks-engines.test.ts checks each on the engine or says why not. */
export const MYSQL_LOCK_RULES = [
  'mysql.new-table',
  'mysql.create_table',
  'mysql.drop_table',
  'mysql.rename_table',
  'mysql.create_database',
  'mysql.fk-related',
  'mysql.add_column.instant',
  'mysql.drop_column.instant',
  'mysql.rename_column.instant',
  'mysql.default.instant',
  'mysql.varchar-extend.inplace.mariadb-instant',
  'mysql.varchar-extend.copy.mariadb-instant',
  'mysql.varchar-extend.copy.mariadb-copy',
  'mysql.enum-append',
  'mysql.modify-type.copy',
  'mysql.not-null.rebuild',
  'mysql.null.rebuild',
  'mysql.primary_key.rebuild',
  'mysql.index.build',
  'mysql.index.drop',
  'mysql.drop_foreign_key',
  'mysql.add_foreign_key.copy',
  'mysql.rows.write',
  'mysql.rows.read',
  'mysql.catalog-read',
  'mysql.raw_sql',
  'mysql.none',
] as const;
export type MysqlLockRule = (typeof MYSQL_LOCK_RULES)[number];

/** Bytes a character takes at most when the product names no character set (utf8mb4, both engines' default). */
const DEFAULT_CHAR_BYTES = 4;

type Class = Omit<OnlineDdl, 'engine'>;
const INSTANT: Class = { algorithm: 'INSTANT', lock: 'NONE', rebuilds: false };
const INPLACE: Class = { algorithm: 'INPLACE', lock: 'NONE', rebuilds: false };
const NOCOPY: Class = { algorithm: 'NOCOPY', lock: 'NONE', rebuilds: false };
const REBUILD: Class = { algorithm: 'INPLACE', lock: 'NONE', rebuilds: true };
const COPY: Class = { algorithm: 'COPY', lock: 'SHARED', rebuilds: true };

const both = (mysql: Class, mariadb: Class = mysql): OnlineDdl[] => [
  { engine: 'MySQL 8', ...mysql },
  { engine: 'MariaDB', ...mariadb },
];

const varcharLength = (type: string): number | undefined => {
  const m = /^VARCHAR\((\d+)\)$/.exec(type);
  return m ? Number(m[1]) : undefined;
};

/** An ENUM's values as its type spells them, or undefined. */
const enumValues = (type: string): string | undefined => /^ENUM\((.*)\)$/.exec(type)?.[1];

/**
 * The online DDL class of MODIFY COLUMN from `a` to `b` (the column restated whole: type, NULL, default) on each
 * engine, with the rule's id and its hazards.
 * @param w the most bytes a character of the table's character set takes (3 for utf8mb3; default 4, utf8mb4): a
 *   VARCHAR's length bytes and MariaDB's 128-255 rule count bytes
 */
export function modifyClass(a: Column, b: Column, w: number = DEFAULT_CHAR_BYTES): { online: OnlineDdl[]; rule: MysqlLockRule; hazards: string[] } {
  if (a.type !== b.type) {
    const [n, m] = [varcharLength(a.type), varcharLength(b.type)];
    if (n !== undefined && m !== undefined && m > n && a.nullable === b.nullable) {
      // MySQL: in place while the length bytes stay (one up to 255 bytes); MariaDB: instant unless a column of 128-255
      // bytes (values that may need a second length byte) grows past 255.
      const sameLengthBytes = (n * w <= 255) === (m * w <= 255);
      const mariaCopy = n * w >= 128 && n * w <= 255 && m * w > 255;
      const online = both(sameLengthBytes ? INPLACE : COPY, mariaCopy ? COPY : INSTANT);
      return { online, rule: sameLengthBytes ? 'mysql.varchar-extend.inplace.mariadb-instant' : mariaCopy ? 'mysql.varchar-extend.copy.mariadb-copy' : 'mysql.varchar-extend.copy.mariadb-instant', hazards: [] };
    }
    const [e, f] = [enumValues(a.type), enumValues(b.type)];
    // "Adding new enumeration or set members to the end of the list … may be performed instantly" (15.12.1, Column Operations).
    if (e !== undefined && f !== undefined && f.startsWith(`${e},`) && a.nullable === b.nullable) return { online: both(INSTANT), rule: 'mysql.enum-append', hazards: [] };
    return { online: both(COPY), rule: 'mysql.modify-type.copy', hazards: ['fails on values that do not fit'] };
  }
  if (a.nullable && !b.nullable) return { online: both(REBUILD), rule: 'mysql.not-null.rebuild', hazards: ['fails on rows holding NULL'] };
  if (!a.nullable && b.nullable) return { online: both(REBUILD), rule: 'mysql.null.rebuild', hazards: [] };
  return { online: both(INSTANT), rule: 'mysql.default.instant', hazards: [] };
}

/** What a class does to the table and to the sessions using it, in words: copies or rebuilds it, blocks writes (on one engine or both). */
export function classHazards(o: OnlineDdl[]): string[] {
  const on = (list: OnlineDdl[]) => (list.length === o.length ? '' : ` on ${list.map((c) => c.engine).join(', ')}`);
  const copy = o.filter((c) => c.algorithm === 'COPY');
  const rebuild = o.filter((c) => c.rebuilds && c.algorithm !== 'COPY');
  const blocking = o.filter((c) => c.lock !== 'NONE');
  return [
    ...(copy.length ? [`copies table${on(copy)}`] : []),
    ...(rebuild.length ? [`rebuilds table${on(rebuild)}`] : []),
    ...(blocking.length ? [`blocks writes${on(blocking)}`] : ['reads and writes go on']),
  ];
}

const col = (m: Model, table: string, column: string) => findTable(m, table)?.columns.find((c) => c.name === column);

/** The annotation of one statement (see the rules in the file's header). */
function annotate(x: LockInput): LockAnnotation {
  const rules: MysqlLockRule[] = [];
  const tables: TableLock[] = [];
  let online: OnlineDdl[] | undefined;
  let altered: string | undefined;
  let ddl = false;
  const op = x.op;
  const before = (t: string) => findTable(x.before, t);
  // An ALTER TABLE of `table` in class `o` (per engine).
  const alter = (rule: MysqlLockRule, table: string, o: OnlineDdl[], effect: TableLock['effect'], hazards: string[] = []) => {
    ddl = true;
    if (x.isNew(table)) {
      rules.push('mysql.new-table');
      tables.push(tableLock(table, true, undefined, 0, 'new'));
      return;
    }
    rules.push(rule);
    online = o;
    altered = table;
    tables.push(tableLock(table, false, 'metadata lock', 2, effect, [...classHazards(o), ...hazards]));
  };
  // DDL that is not an ALTER TABLE (CREATE, DROP, RENAME TABLE): metadata only, under the exclusive metadata lock.
  const other = (rule: MysqlLockRule, table: string, hazards: string[] = [], effect: TableLock['effect'] = 'catalog-only') => {
    ddl = true;
    const isNew = x.isNew(table);
    rules.push(isNew && rule !== 'mysql.create_table' ? 'mysql.new-table' : rule);
    tables.push(tableLock(table, isNew, 'metadata lock', 2, effect, hazards));
  };
  // The tables related by a foreign key, whose metadata locks the DDL takes too (8.11.4).
  const related = (table: string, refs: string[]) => {
    for (const r of new Set(refs)) {
      if (r === table) continue;
      const isNew = x.isNew(r);
      rules.push(isNew ? 'mysql.new-table' : 'mysql.fk-related');
      tables.push(tableLock(r, isNew, 'metadata lock (foreign key)', 2, 'catalog-only'));
    }
  };
  const rows = (table: string) => {
    const isNew = x.isNew(table);
    rules.push(isNew ? 'mysql.new-table' : 'mysql.rows.write');
    tables.push(tableLock(table, isNew, 'row locks', 1, 'rows', ['row locks until the statement ends']));
  };
  const read = (table: string) => {
    const isNew = x.isNew(table);
    rules.push(isNew ? 'mysql.new-table' : 'mysql.rows.read');
    tables.push(tableLock(table, isNew, undefined, 0, 'read'));
  };
  switch (op.kind) {
    case 'create_table':
      other('mysql.create_table', op.table.name);
      related(op.table.name, op.table.foreignKeys.map((f) => f.refTable));
      break;
    case 'drop_table':
      other('mysql.drop_table', op.name, ['drops the table and its rows']);
      related(op.name, (before(op.name)?.foreignKeys ?? []).map((f) => f.refTable));
      break;
    case 'rename_table':
      other('mysql.rename_table', op.from);
      break;
    case 'move_tables':
      for (const e of x.statement.effects) if (e.ref.type === 'table') other('mysql.rename_table', e.ref.table);
      if (!tables.length) {
        ddl = true;
        rules.push('mysql.create_database');
      }
      break;
    case 'add_column':
      alter('mysql.add_column.instant', op.table, both(INSTANT), 'catalog-only', ['MySQL: one of the 64 instant row versions of a table']);
      break;
    case 'drop_column':
    case 'drop_leftover_column':
      alter('mysql.drop_column.instant', op.table, both(INSTANT), 'catalog-only', ['MySQL: one of the 64 instant row versions of a table']);
      break;
    case 'rename_column':
      alter('mysql.rename_column.instant', op.table, both(INSTANT), 'catalog-only');
      break;
    case 'set_default':
    case 'drop_default':
      alter('mysql.default.instant', op.table, both(INSTANT), 'catalog-only');
      break;
    case 'alter_column_type':
    case 'set_not_null':
    case 'drop_not_null': {
      const [a, b] = [col(x.before, op.table, op.column), col(x.after, op.table, op.column)];
      if (!a || !b) throw new Error(`internal: column ${op.table}.${op.column} missing from the models of its step`);
      const c = modifyClass(a, b, x.bytesPerCharacter);
      const copies = c.online.some((o) => o.algorithm === 'COPY');
      alter(c.rule, op.table, c.online, copies || c.online.some((o) => o.rebuilds) ? 'rewrite' : 'catalog-only', c.hazards);
      break;
    }
    case 'replace_primary_key':
      alter('mysql.primary_key.rebuild', op.table, both(REBUILD), 'rewrite', ['fails on duplicate rows']);
      break;
    case 'add_unique':
    case 'replace_unique':
      alter('mysql.index.build', op.table, both(INPLACE, NOCOPY), 'scan', ['builds an index (reads every row)', 'fails on duplicate rows']);
      break;
    case 'create_index':
    case 'replace_index':
      alter('mysql.index.build', op.table, both(INPLACE, NOCOPY), 'scan', ['builds an index (reads every row)', ...(op.index.unique ? ['fails on duplicate rows'] : [])]);
      break;
    case 'drop_unique':
    case 'drop_index':
      alter('mysql.index.drop', op.table, both(INPLACE, NOCOPY), 'catalog-only');
      break;
    case 'drop_foreign_key': {
      alter('mysql.drop_foreign_key', op.table, both(INPLACE, INSTANT), 'catalog-only');
      const fk = before(op.table)?.foreignKeys.find((f) => f.name === op.name);
      related(op.table, fk ? [fk.refTable] : []);
      break;
    }
    case 'add_foreign_key':
    case 'replace_foreign_key': {
      // The statements of the step, told apart by what each changes: the same-named key dropped, its supporting
      // indexes built, the key added.
      const e = x.statement.effects;
      if (e.some((f) => f.ref.type === 'index')) alter('mysql.index.build', op.table, both(INPLACE, NOCOPY), 'scan', ['builds an index (reads every row)']);
      else if (e.length && e.every((f) => f.ref.type === 'foreign_key' && f.value === null)) {
        alter('mysql.drop_foreign_key', op.table, both(INPLACE, INSTANT), 'catalog-only');
        const fk = before(op.table)?.foreignKeys.find((f) => f.name === op.fk.name);
        related(op.table, fk ? [fk.refTable] : []);
      } else {
        alter('mysql.add_foreign_key.copy', op.table, both(COPY), 'rewrite', [`fails on rows without a match in ${op.fk.refTable}`]);
        related(op.table, [op.fk.refTable]);
      }
      break;
    }
    case 'insert':
    case 'delete_rows':
    case 'delete_where':
      rows(op.table);
      break;
    case 'update':
      rows(op.table);
      if (op.from && op.from.table !== op.table) read(op.from.table);
      break;
    case 'copy_rows':
    case 'delete_copied':
      rows(op.into);
      if (op.from !== op.into) read(op.from);
      // InnoDB deletes (or updates) the rows that reference them itself: ON DELETE CASCADE / SET NULL / SET DEFAULT.
      if (op.kind === 'delete_copied') for (const e of deleteReaches(x.before, op.into)) rows(e.table);
      break;
    case 'import_rows':
      rows(op.into);
      rows(op.record);
      read(op.from);
      break;
    case 'delete_imported':
      rows(op.into);
      read(op.record);
      break;
    case 'refuse_deleted':
    case 'refuse_other_copies':
      read(op.copy.from);
      if (op.copy.into !== op.copy.from) read(op.copy.into);
      break;
    case 'refuse_referenced':
      read(op.edge.table);
      read(deletedTable(op.del));
      for (const t of deletionReads(op.del)) if (t !== deletedTable(op.del)) read(t);
      break;
    case 'refuse_uncopied':
      read(op.table);
      for (const c of op.copies) if (c.from !== op.table) read(c.from);
      break;
    case 'precondition':
      for (const t of new Set(op.rows.map((r) => r.table))) read(t);
      if (!op.rows.length) rules.push('mysql.catalog-read');
      break;
    case 'raw_sql':
      rules.push('mysql.raw_sql');
      break;
    default:
      rules.push('mysql.none');
  }
  const merged = strongestPerTable(tables);
  const raw = op.kind === 'raw_sql';
  const text = raw ? 'raw SQL: its locks are not known to the model' : describeLine(merged, online, altered, ddl);
  return { tables: merged, ...(online ? { online } : {}), ...(ddl ? { ddl: true as const } : {}), rules: [...new Set(rules)], text };
}

/** `INSTANT`, or `INPLACE on MySQL 8, NOCOPY on MariaDB`, with the lock each needs. */
export function onlineText(o: OnlineDdl[]): string {
  const word = (c: OnlineDdl) => `${c.algorithm}${c.lock === 'NONE' ? '' : ` LOCK=${c.lock}`}`;
  const [a, b] = o;
  return word(a) === word(b) ? `${word(a)} on both` : `${word(a)} on ${a.engine}, ${word(b)} on ${b.engine}`;
}

function describeLine(tables: TableLock[], online: OnlineDdl[] | undefined, altered: string | undefined, ddl: boolean): string {
  const parts = tables.map((t) => {
    if (t.new) return `${t.table}: new in this script`;
    const hz = t.hazards.length ? `; ${t.hazards.join('; ')}` : '';
    if (online && t.table === altered) return `${t.table}: ${onlineText(online)}${hz}`;
    if (t.effect === 'rows' || t.effect === 'read') return `${t.table}: ${t.effect}${hz}`;
    if (t.lock === 'metadata lock (foreign key)') return `${t.table}: ${t.lock}`;
    return `${t.table}: ${t.effect === 'catalog-only' && ddl ? 'metadata only' : t.effect}${hz}`;
  });
  const body = parts.length ? parts.join(' | ') : 'no table';
  return ddl ? `${body} · DDL: implicit commit, metadata lock wait` : body;
}

/** The header's lines: implicit commits, the metadata-lock wait and its timeout, the statements that block writes. */
function headerLines(locks: ScriptLocks): string[] {
  const ddl = locks.statements.filter((s) => s.ddl && s.tables.some((t) => !t.new));
  if (!ddl.length) return ['locks:    this script alters no table that exists before it (only tables it creates, and rows: row locks until each statement ends).'];
  const copies = ddl.filter((s) => s.online?.some((o) => o.algorithm === 'COPY'));
  // A VARCHAR extended: its class depends on its bytes, so the header says what a character was counted at.
  const varchars = ddl.some((s) => s.rules.some((r) => r.startsWith('mysql.varchar-extend.')));
  const w = locks.bytesPerCharacter;
  const counted = w === undefined
    ? `at ${DEFAULT_CHAR_BYTES} bytes a character (utf8mb4, both engines' default: the product names no character set)`
    : `at ${w} byte${w > 1 ? 's' : ''} a character (the character set product.yaml names for its tables: verify_database)`;
  const copyTables = [...new Set(copies.flatMap((s) => s.tables.filter((t) => !t.new).slice(0, 1).map((t) => t.table)))];
  return [
    `locks:    each DDL statement commits implicitly and first waits for an exclusive metadata lock on its table (and on tables a foreign key ties it to) until every transaction that used the table ends; queries on the table queue behind it, for up to lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB). ${ddl.length} DDL statement${ddl.length > 1 ? 's' : ''} on existing tables here.`,
    copies.length ? `  ${copies.length} statement${copies.length > 1 ? 's copy' : ' copies'} a table and block${copies.length > 1 ? '' : 's'} writes to it meanwhile (ALGORITHM=COPY) on one engine or both: ${copyTables.join(', ')}` : '  no statement copies a table (no ALGORITHM=COPY): reads and writes go on during each, apart from the metadata lock at its start and end',
    ...(varchars ? [`  a VARCHAR made longer is in place or a copy by its length in bytes, counted ${counted}: on a table of another character set its algorithm may differ`] : []),
  ];
}

/** MySQL 8 / MariaDB's lock rules (see DialectLocks). */
export const mysqlLocks: DialectLocks = { annotate, heldToCommit: false, headerLines };
