// PostgreSQL's lock annotation of each statement: the table lock mode it takes on each table and whether it rewrites
// the table, scans it or touches only the catalog. Facts from the PostgreSQL 15 manual: 13.3.1 "Table-Level Locks"
// (https://www.postgresql.org/docs/15/explicit-locking.html), the lock level of each ALTER TABLE form and the notes
// on rewrites (https://www.postgresql.org/docs/15/sql-altertable.html, "Description" and "Notes"), CREATE INDEX
// (sql-createindex.html: SHARE; CONCURRENTLY: SHARE UPDATE EXCLUSIVE), DROP INDEX (sql-dropindex.html), and checked
// on the engine by test/locks-engines.test.ts (pg_locks read from a second session, relfilenode before and after).
import { deletedTable, deletionReads } from '../../compile/cascades.js';
import type { Column, Model } from '../../model/model.js';
import { findTable } from '../../model/model.js';
import type { DialectLocks, LockAnnotation, LockInput, ScriptLocks, TableLock } from '../../compile/locks.js';
import { strongestPerTable, tableLock } from '../../compile/locks.js';

/** Every rule id this dialect's annotations name (LockAnnotation.rules); test/locks-engines.test.ts checks each on the engine or says why not. */
export const PG_LOCK_RULES = [
  'pg.new-table',
  'pg.create_table',
  'pg.create_table.fk-ref',
  'pg.create_partition',
  'pg.create_partition.parent',
  'pg.type',
  'pg.move_table',
  'pg.drop_table',
  'pg.drop_table.fk-ref',
  'pg.rename',
  'pg.add_column.catalog-only',
  'pg.add_column.rewrite',
  'pg.drop_column',
  'pg.alter_column_type.coercible',
  'pg.alter_column_type.rewrite',
  'pg.column.catalog-only',
  'pg.set_not_null',
  'pg.unique.build',
  'pg.drop_constraint',
  'pg.add_foreign_key',
  'pg.add_foreign_key.ref',
  'pg.drop_foreign_key',
  'pg.drop_foreign_key.ref',
  'pg.create_index',
  'pg.replace_index',
  'pg.drop_index',
  'pg.create_index.concurrently',
  'pg.create_index.concurrently.drop-leftover',
  'pg.drop_index.concurrently',
  'pg.rows.write',
  'pg.rows.read',
  'pg.rows.fk-check',
  'pg.rows.fk-action',
  'pg.catalog-read',
  'pg.raw_sql',
  'pg.none',
] as const;
export type PgLockRule = (typeof PG_LOCK_RULES)[number];

/** The table lock modes in the manual's order (13.3.1): each conflicts with more than the one before. */
export const PG_LOCK_MODES = ['ACCESS SHARE', 'ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'] as const;
export type PgLockMode = (typeof PG_LOCK_MODES)[number];

/** A mode's strength, 1 (ACCESS SHARE) to 8 (ACCESS EXCLUSIVE). */
export const pgStrength = (m: PgLockMode): number => PG_LOCK_MODES.indexOf(m) + 1;

/** What others cannot do while a mode is held (13.3.1, "Conflicting Lock Modes"); undefined: ordinary reads and writes go on. */
function blocks(m: PgLockMode): string | undefined {
  if (m === 'ACCESS EXCLUSIVE') return 'blocks reads and writes';
  // SHARE, SHARE ROW EXCLUSIVE and EXCLUSIVE conflict with ROW EXCLUSIVE (INSERT, UPDATE, DELETE), not with ACCESS SHARE.
  if (m === 'SHARE' || m === 'SHARE ROW EXCLUSIVE' || m === 'EXCLUSIVE') return 'blocks writes';
  return undefined;
}

/**
 * Whether changing a column from type `from` to `to` needs no rewrite: "if … the old type is either binary coercible
 * to the new type or an unconstrained domain over the new type, a table rewrite is not needed" (ALTER TABLE, Notes),
 * and the indexes need no rebuild when the sort order stays (varchar and text sort identically). Of the model's types:
 * VARCHAR(n) to VARCHAR(m) with m ≥ n (varchar's length coercion is a no-op then, varchar_support) and VARCHAR(n) to
 * TEXT (pg_cast: binary coercible). Everything else (CHAR(n) pads, integers widen, arrays coerce each element) rewrites.
 */
export function pgBinaryCoercible(from: string, to: string): boolean {
  if (from === to) return true;
  const v = /^VARCHAR\((\d+)\)$/.exec(from);
  if (!v) return false;
  if (to === 'TEXT') return true;
  const w = /^VARCHAR\((\d+)\)$/.exec(to);
  return !!w && Number(w[1]) >= Number(v[1]);
}

/**
 * Whether ADD COLUMN with this definition rewrites the table: since PostgreSQL 11 a non-volatile DEFAULT is
 * evaluated once and stored in the catalog (ALTER TABLE, Notes: "a volatile DEFAULT … will require the entire table
 * and its indexes to be rewritten"); an identity column fills each row from its sequence, which rewrites it too. The
 * model's defaults are constants or the time of the insert (now(), which is STABLE, not volatile): catalog-only.
 */
export function pgAddColumnRewrites(c: Column): boolean {
  return c.identity !== undefined;
}

const col = (m: Model, table: string, column: string) => findTable(m, table)?.columns.find((c) => c.name === column);

/** The annotation's words for one table: `t: ACCESS EXCLUSIVE, catalog-only; <hazards>`. */
function tableText(t: TableLock): string {
  if (t.new) return `${t.table}: new in this script`;
  return [`${t.table}: ${t.lock}${t.conditional ? ' when rows are written' : ''}, ${t.effect}`, ...t.hazards].join('; ');
}

/** The PostgreSQL annotation of one statement (see the rules in `rules` below). */
function annotate(x: LockInput): LockAnnotation {
  const rules: PgLockRule[] = [];
  const tables: TableLock[] = [];
  const until = x.inTransaction ? 'until COMMIT' : 'until the statement ends';
  const add = (rule: PgLockRule, table: string, mode: PgLockMode, effect: TableLock['effect'], hazards: string[] = [], conditional = false) => {
    const isNew = x.isNew(table);
    const b = blocks(mode);
    // The table a statement creates is new by its own rule; any other new table by pg.new-table.
    rules.push(isNew && effect !== 'new' ? 'pg.new-table' : rule);
    tables.push(tableLock(table, isNew, mode, pgStrength(mode), effect, [...hazards, ...(b && !conditional ? [`${b} ${until}`] : [])], conditional));
  };
  const op = x.op;
  const before = (t: string) => findTable(x.before, t);
  // Rows written to `table` take ROW SHARE on each table its foreign keys reference (the check's SELECT … FOR KEY
  // SHARE), and rows deleted from or keys updated in `table` lock the tables whose foreign keys reference it: ROW
  // EXCLUSIVE where an action (CASCADE, SET NULL, SET DEFAULT) writes them, ROW SHARE where NO ACTION/RESTRICT checks.
  const referenced = (table: string, columns?: string[]) => {
    const t = findTable(x.after, table) ?? before(table);
    for (const fk of t?.foreignKeys ?? []) if (fk.refTable !== table && (!columns || fk.columns.some((c) => columns.includes(c)))) add('pg.rows.fk-check', fk.refTable, 'ROW SHARE', 'read', [], true);
  };
  const referencing = (table: string, action: 'onDelete' | 'onUpdate', columns?: string[]) => {
    for (const t of x.before.tables) {
      for (const fk of t.foreignKeys) {
        if (fk.refTable !== table || t.name === table || (columns && !fk.refColumns.some((c) => columns.includes(c)))) continue;
        const writes = fk[action] === 'CASCADE' || fk[action] === 'SET NULL' || fk[action] === 'SET DEFAULT';
        add('pg.rows.fk-action', t.name, writes ? 'ROW EXCLUSIVE' : 'ROW SHARE', writes ? 'rows' : 'read', [], true);
      }
    }
  };
  const effects = x.statement.effects;
  switch (op.kind) {
    case 'create_table': {
      // CREATE TABLE with a foreign key takes SHARE ROW EXCLUSIVE on the referenced table (its triggers are added).
      add('pg.create_table', op.table.name, 'ACCESS EXCLUSIVE', 'new');
      for (const fk of findTable(x.after, op.table.name)?.foreignKeys ?? []) if (fk.refTable !== op.table.name) add('pg.create_table.fk-ref', fk.refTable, 'SHARE ROW EXCLUSIVE', 'catalog-only');
      break;
    }
    case 'create_partition':
      // CREATE TABLE … PARTITION OF takes ACCESS EXCLUSIVE on the parent (CREATE TABLE, PARTITION OF: unlike ATTACH PARTITION).
      add('pg.create_partition', op.name, 'ACCESS EXCLUSIVE', 'new');
      add('pg.create_partition.parent', op.of, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'create_enum_type':
    case 'drop_enum_type':
      rules.push('pg.type');
      break;
    case 'move_tables':
      // ALTER TABLE … SET SCHEMA (the statement of each table; the one that creates the schema touches none).
      for (const e of effects) if (e.ref.type === 'table') add('pg.move_table', e.ref.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      if (!effects.some((e) => e.ref.type === 'table')) rules.push('pg.type');
      break;
    case 'drop_table': {
      // DROP TABLE also drops the triggers its foreign keys put on the tables they reference: ACCESS EXCLUSIVE there.
      add('pg.drop_table', op.name, 'ACCESS EXCLUSIVE', 'catalog-only', ['drops the table and its rows']);
      for (const fk of before(op.name)?.foreignKeys ?? []) if (fk.refTable !== op.name) add('pg.drop_table.fk-ref', fk.refTable, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    }
    case 'rename_table':
      add('pg.rename', op.from, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'add_column': {
      const c = col(x.after, op.table, op.column.name) ?? op.column;
      if (pgAddColumnRewrites(c)) add('pg.add_column.rewrite', op.table, 'ACCESS EXCLUSIVE', 'rewrite', ['rewrites table']);
      else add('pg.add_column.catalog-only', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    }
    case 'drop_column':
    case 'drop_leftover_column':
      // "The DROP COLUMN form does not physically remove the column, but simply makes it invisible" (ALTER TABLE, Notes).
      add('pg.drop_column', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'rename_column':
      add('pg.rename', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'alter_column_type': {
      const [a, b] = [col(x.before, op.table, op.column)?.type ?? '', col(x.after, op.table, op.column)?.type ?? op.type];
      if (pgBinaryCoercible(a, b)) add('pg.alter_column_type.coercible', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      else add('pg.alter_column_type.rewrite', op.table, 'ACCESS EXCLUSIVE', 'rewrite', ['rewrites table and its indexes', 'fails on values that do not convert']);
      break;
    }
    case 'set_default':
    case 'drop_default':
    case 'drop_not_null':
      add('pg.column.catalog-only', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'set_not_null':
      // "SET NOT NULL … the entire table is scanned to check that no row holds a null" (ALTER TABLE, SET/DROP NOT NULL).
      add('pg.set_not_null', op.table, 'ACCESS EXCLUSIVE', 'scan', ['scans table', 'fails on rows holding NULL']);
      break;
    case 'replace_primary_key':
    case 'add_unique':
    case 'replace_unique':
      // ADD PRIMARY KEY / UNIQUE builds a unique index over the existing rows (ACCESS EXCLUSIVE: "most forms of ADD
      // table_constraint require an ACCESS EXCLUSIVE lock").
      add('pg.unique.build', op.table, 'ACCESS EXCLUSIVE', 'scan', ['builds an index (reads every row)', 'fails on duplicate rows']);
      break;
    case 'drop_unique':
      add('pg.drop_constraint', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'add_foreign_key':
    case 'replace_foreign_key': {
      // The statements of the step, told apart by what each changes (add_foreign_key.ts): the same-named key dropped
      // where it is there (DROP CONSTRAINT: ACCESS EXCLUSIVE on the table and on the table it referenced), then
      // ADD FOREIGN KEY: SHARE ROW EXCLUSIVE on both tables ("ADD FOREIGN KEY requires only a SHARE ROW EXCLUSIVE lock
      // on the table being altered … also … on the referenced table"), and a valid foreign key is checked against every
      // row: a scan of the table joined to the referenced one.
      const e = x.statement.effects;
      if (e.length && e.every((f) => f.ref.type === 'foreign_key' && f.value === null)) {
        add('pg.drop_foreign_key', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
        // The table the key references is locked too: the model's key where it has one, else (drift: a key of that name
        // made by hand) the one the plan's key references, as a same-named key most likely does.
        const had = before(op.table)?.foreignKeys.find((f) => f.name === op.fk.name);
        const ref = had ? had.refTable : op.fk.refTable;
        if (ref !== op.table) add('pg.drop_foreign_key.ref', ref, 'ACCESS EXCLUSIVE', 'catalog-only');
        break;
      }
      add('pg.add_foreign_key', op.table, 'SHARE ROW EXCLUSIVE', 'scan', ['scans table', `fails on rows without a match in ${op.fk.refTable}`]);
      if (op.fk.refTable !== op.table) add('pg.add_foreign_key.ref', op.fk.refTable, 'SHARE ROW EXCLUSIVE', 'scan', ['read to check the rows of ' + op.table]);
      break;
    }
    case 'drop_foreign_key': {
      // Dropping a foreign key drops its triggers on the referenced table: ACCESS EXCLUSIVE on both.
      add('pg.drop_foreign_key', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      const fk = before(op.table)?.foreignKeys.find((f) => f.name === op.name);
      if (fk && fk.refTable !== op.table) add('pg.drop_foreign_key.ref', fk.refTable, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    }
    case 'create_index':
    case 'replace_index': {
      const had = before(op.table)?.indexes.some((i) => i.name === op.index.name);
      const unique = op.index.unique ? ['fails on duplicate rows'] : [];
      if (x.statement.outsideTransaction) {
        add('pg.create_index.concurrently', op.table, 'SHARE UPDATE EXCLUSIVE', 'scan', ['builds an index (reads every row twice)', 'waits for the transactions running', ...unique, 'a failure leaves an INVALID index, which a re-run rebuilds']);
      } else if (x.statement.eitherPart) {
        // The DROP INDEX IF EXISTS before a concurrent build: it drops the index the step replaces, or an INVALID one a
        // failed build left; otherwise it finds nothing and locks nothing.
        if (had) add('pg.drop_index', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
        else rules.push('pg.create_index.concurrently.drop-leftover');
      } else if (had) {
        add('pg.replace_index', op.table, 'ACCESS EXCLUSIVE', 'scan', ['builds an index (reads every row)', ...unique]);
      } else {
        // DROP INDEX IF EXISTS of an index that is not there takes no lock; CREATE INDEX takes SHARE.
        add('pg.create_index', op.table, 'SHARE', 'scan', ['builds an index (reads every row)', ...unique]);
      }
      break;
    }
    case 'drop_index':
      if (x.statement.outsideTransaction) add('pg.drop_index.concurrently', op.table, 'SHARE UPDATE EXCLUSIVE', 'catalog-only', ['waits for the transactions running']);
      else add('pg.drop_index', op.table, 'ACCESS EXCLUSIVE', 'catalog-only');
      break;
    case 'insert':
      add('pg.rows.write', op.table, 'ROW EXCLUSIVE', 'rows');
      referenced(op.table);
      break;
    case 'copy_rows':
      add('pg.rows.write', op.into, 'ROW EXCLUSIVE', 'rows');
      if (op.from !== op.into) add('pg.rows.read', op.from, 'ACCESS SHARE', 'read', ['reads every row']);
      referenced(op.into);
      break;
    case 'update':
      add('pg.rows.write', op.table, 'ROW EXCLUSIVE', 'rows');
      if (op.from && op.from.table !== op.table) add('pg.rows.read', op.from.table, 'ACCESS SHARE', 'read');
      referenced(op.table, Object.keys(op.set));
      referencing(op.table, 'onUpdate', Object.keys(op.set));
      break;
    case 'delete_rows':
    case 'delete_where':
      add('pg.rows.write', op.table, 'ROW EXCLUSIVE', 'rows');
      referencing(op.table, 'onDelete');
      break;
    case 'import_rows':
      add('pg.rows.write', op.into, 'ROW EXCLUSIVE', 'rows');
      add('pg.rows.write', op.record, 'ROW EXCLUSIVE', 'rows');
      add('pg.rows.read', op.from, 'ACCESS SHARE', 'read', ['reads every row']);
      referenced(op.into);
      break;
    case 'delete_imported':
      add('pg.rows.write', op.into, 'ROW EXCLUSIVE', 'rows');
      add('pg.rows.read', op.record, 'ACCESS SHARE', 'read');
      referencing(op.into, 'onDelete');
      break;
    case 'delete_copied':
      add('pg.rows.write', op.into, 'ROW EXCLUSIVE', 'rows');
      if (op.from !== op.into) add('pg.rows.read', op.from, 'ACCESS SHARE', 'read');
      referencing(op.into, 'onDelete');
      break;
    case 'refuse_deleted':
      add('pg.rows.read', op.copy.from, 'ACCESS SHARE', 'read', ['reads every row']);
      if (op.copy.into !== op.copy.from) add('pg.rows.read', op.copy.into, 'ACCESS SHARE', 'read');
      break;
    case 'refuse_other_copies':
      add('pg.rows.read', op.copy.into, 'ACCESS SHARE', 'read', ['reads every row']);
      if (op.copy.into !== op.copy.from) add('pg.rows.read', op.copy.from, 'ACCESS SHARE', 'read', ['reads every row']);
      break;
    case 'refuse_referenced':
      add('pg.rows.read', op.edge.table, 'ACCESS SHARE', 'read', ['reads every row']);
      add('pg.rows.read', deletedTable(op.del), 'ACCESS SHARE', 'read');
      for (const t of deletionReads(op.del)) if (t !== deletedTable(op.del)) add('pg.rows.read', t, 'ACCESS SHARE', 'read');
      break;
    case 'refuse_uncopied':
      add('pg.rows.read', op.table, 'ACCESS SHARE', 'read', ['reads every row']);
      for (const c of op.copies) if (c.from !== op.table) add('pg.rows.read', c.from, 'ACCESS SHARE', 'read');
      break;
    case 'precondition':
      for (const t of [...new Set(op.rows.map((r) => r.table))]) add('pg.rows.read', t, 'ACCESS SHARE', 'read');
      if (!op.rows.length) rules.push('pg.catalog-read');
      break;
    case 'raw_sql':
      rules.push('pg.raw_sql');
      break;
    default:
      rules.push('pg.none');
  }
  const merged = strongestPerTable(tables);
  const raw = op.kind === 'raw_sql';
  const none = rules.includes('pg.create_index.concurrently.drop-leftover')
    ? 'no table, unless a failed concurrent build left an INVALID index of that name: then ACCESS EXCLUSIVE while it is dropped'
    : rules.includes('pg.type')
      ? 'no table (a type or a schema)'
      : 'no table';
  const text = raw ? 'raw SQL: its locks are not known to the model' : merged.length ? merged.map(tableText).join(' | ') : none;
  return { tables: merged, rules: [...new Set(rules)], text };
}

/** The header's lines: the strongest lock per table each transaction holds until its COMMIT, and from which step. */
function headerLines(locks: ScriptLocks): string[] {
  if (!locks.statements.length) return [];
  // The transactions the summary names: a part is named only when more than one holds locks.
  const parts = new Set(locks.summary.map((s) => s.part)).size;
  const head = locks.summary.length
    ? [`locks:    held until COMMIT${parts > 1 ? ' of the part that takes them' : ''}, so each table below stays locked from the step named to the end of its transaction (strongest lock per table; advice such as NOT VALID then VALIDATE, or an index built concurrently, is for statements outside one transaction):`]
    : ['locks:    this script takes no lock on a table that exists before it (only tables it creates: nothing to worry about).'];
  return [
    ...head,
    ...locks.summary.map((t) => {
      const earlier = t.first.from !== t.from ? ` (${t.first.lock} from ${t.first.label.replace(/ · [^·]*$/, '')})` : '';
      const b = blocks(t.lock as PgLockMode);
      return `  ${t.table}: ${t.lock}${parts > 1 ? ` (part ${t.part})` : ''} from ${t.label}${b ? ` — ${b}` : ''}${earlier}`;
    }),
  ];
}

/** PostgreSQL's lock rules (see DialectLocks). */
export const postgresLocks: DialectLocks = { annotate, heldToCommit: true, headerLines };
