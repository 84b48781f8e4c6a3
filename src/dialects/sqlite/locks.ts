// SQLite's lock annotation of each statement: SQLite locks the database file, not a table (the script's BEGIN
// IMMEDIATE takes the write lock and COMMIT releases it: https://sqlite.org/lang_transaction.html), so what a
// statement says is what it does to its table: a table rebuild (Statement.rebuild: "Making Other Kinds Of Table Schema
// Changes", https://sqlite.org/lang_altertable.html#otheralter: new table, copy of every row, drop, rename, indexes
// again), a schema-only change (ADD COLUMN and the renames change the schema text only: "No changes are made to table
// content", lang_altertable.html), DROP COLUMN ("rewrites its content to purge the data associated with that
// column", lang_altertable.html#altertabdropcol), an index build, or rows written.
import { deletedTable, deletionReads } from '../../compile/cascades.js';
import { deleteReaches } from '../../compile/cascades.js';
import type { DialectLocks, LockAnnotation, LockInput, ScriptLocks, TableLock } from '../../compile/locks.js';
import { strongestPerTable, tableLock } from '../../compile/locks.js';

/** Every rule id this dialect's annotations name (LockAnnotation.rules); test/locks-engines.test.ts checks each on the engine or says why not. */
export const SQLITE_LOCK_RULES = [
  'sqlite.new-table',
  'sqlite.rebuild',
  'sqlite.create_table',
  'sqlite.drop_table',
  'sqlite.rename',
  'sqlite.add_column',
  'sqlite.drop_column',
  'sqlite.index.build',
  'sqlite.index.drop',
  'sqlite.rows.write',
  'sqlite.rows.read',
  'sqlite.catalog-read',
  'sqlite.raw_sql',
  'sqlite.none',
] as const;
export type SqliteLockRule = (typeof SQLITE_LOCK_RULES)[number];

function annotate(x: LockInput): LockAnnotation {
  const rules: SqliteLockRule[] = [];
  const tables: TableLock[] = [];
  const op = x.op;
  const add = (rule: SqliteLockRule, table: string, effect: TableLock['effect'], hazards: string[] = []) => {
    const isNew = x.isNew(table);
    rules.push(isNew && rule !== 'sqlite.create_table' ? 'sqlite.new-table' : rule);
    tables.push(tableLock(table, isNew, undefined, 0, effect, hazards));
  };
  const rebuild = x.statement.rebuild;
  if (rebuild) {
    add('sqlite.rebuild', rebuild.table, 'rewrite', ['copies every row into a new table, drops the old one, builds its indexes again']);
  } else {
    switch (op.kind) {
      case 'create_table':
        add('sqlite.create_table', op.table.name, 'new');
        break;
      case 'drop_table':
        add('sqlite.drop_table', op.name, 'catalog-only', ['drops the table and its rows']);
        break;
      case 'rename_table':
        add('sqlite.rename', op.from, 'catalog-only');
        break;
      case 'rename_column':
        add('sqlite.rename', op.table, 'catalog-only');
        break;
      case 'add_column':
        add('sqlite.add_column', op.table, 'catalog-only');
        break;
      case 'drop_column':
      case 'drop_leftover_column':
        add('sqlite.drop_column', op.table, 'rewrite', ['rewrites every row']);
        break;
      case 'create_index':
      case 'replace_index':
        add('sqlite.index.build', op.table, 'scan', ['builds an index (reads every row)', ...(op.index.unique ? ['fails on duplicate rows'] : [])]);
        break;
      case 'drop_index':
        add('sqlite.index.drop', op.table, 'catalog-only');
        break;
      case 'insert':
      case 'delete_rows':
      case 'delete_where':
        add('sqlite.rows.write', op.table, 'rows');
        break;
      case 'update':
        add('sqlite.rows.write', op.table, 'rows');
        if (op.from && op.from.table !== op.table) add('sqlite.rows.read', op.from.table, 'read');
        break;
      case 'copy_rows':
      case 'delete_copied':
        add('sqlite.rows.write', op.into, 'rows');
        if (op.from !== op.into) add('sqlite.rows.read', op.from, 'read');
        // The rows that reference them go too (ON DELETE CASCADE / SET NULL / SET DEFAULT: the engine's, or the script's deleteActions).
        if (op.kind === 'delete_copied') for (const e of deleteReaches(x.before, op.into)) add('sqlite.rows.write', e.table, 'rows');
        break;
      case 'import_rows':
        add('sqlite.rows.write', op.into, 'rows');
        add('sqlite.rows.write', op.record, 'rows');
        add('sqlite.rows.read', op.from, 'read');
        break;
      case 'delete_imported':
        add('sqlite.rows.write', op.into, 'rows');
        add('sqlite.rows.read', op.record, 'read');
        break;
      case 'refuse_deleted':
      case 'refuse_other_copies':
        add('sqlite.rows.read', op.copy.from, 'read');
        if (op.copy.into !== op.copy.from) add('sqlite.rows.read', op.copy.into, 'read');
        break;
      case 'refuse_referenced':
        add('sqlite.rows.read', op.edge.table, 'read');
        add('sqlite.rows.read', deletedTable(op.del), 'read');
        for (const t of deletionReads(op.del)) if (t !== deletedTable(op.del)) add('sqlite.rows.read', t, 'read');
        break;
      case 'refuse_uncopied':
        add('sqlite.rows.read', op.table, 'read');
        for (const c of op.copies) if (c.from !== op.table) add('sqlite.rows.read', c.from, 'read');
        break;
      case 'precondition':
        for (const t of new Set(op.rows.map((r) => r.table))) add('sqlite.rows.read', t, 'read');
        if (!op.rows.length) rules.push('sqlite.catalog-read');
        break;
      case 'raw_sql':
        rules.push('sqlite.raw_sql');
        break;
      default:
        rules.push('sqlite.none');
    }
  }
  const merged = strongestPerTable(tables);
  const text =
    op.kind === 'raw_sql'
      ? 'raw SQL: its effect is not known to the model'
      : merged.length
        ? merged.map((t) => (t.new ? `${t.table}: new in this script` : [`${t.table}: ${rebuild ? 'table rebuild' : t.effect}`, ...t.hazards].join('; '))).join(' | ')
        : 'no table';
  return { tables: merged, ...(rebuild ? { rebuild: true as const } : {}), rules: [...new Set(rules)], text };
}

function headerLines(locks: ScriptLocks): string[] {
  const rebuilt = [...new Set(locks.statements.filter((s) => s.rebuild && s.tables.some((t) => !t.new)).flatMap((s) => s.tables.map((t) => t.table)))];
  return [
    `locks:    SQLite locks the whole database: the script takes its write lock at BEGIN IMMEDIATE and holds it until COMMIT (other writers wait for busy_timeout, then fail with SQLITE_BUSY; in rollback-journal mode readers are shut out while it commits). ${rebuilt.length ? `Tables rebuilt (every row copied): ${rebuilt.join(', ')}.` : 'No table is rebuilt.'}`,
  ];
}

/** SQLite's lock rules (see DialectLocks). */
export const sqliteLocks: DialectLocks = { annotate, heldToCommit: false, headerLines };
