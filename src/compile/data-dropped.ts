// The data a script destroys, for its header's `DATA DROPPED:` lines: every table and column that is in the database
// when the script starts (so it may hold the database's data) and that an operation of the script drops (drop_table,
// drop_column, and drop_leftover_column where the database holds that column). Derived from the script's operations
// and the model they start from, following the script's renames, so each is named as the database names it before
// the script runs. A table or column the script itself creates and drops again held nothing of the database's.
// Other ways to lose data are said elsewhere or cannot happen: a narrowing type change is checked first (the script
// stops before its first change when a value would not fit: preflight/data-fit.ts); rows a step deletes are the
// header's `ROWS DELETED:` lines; a rollback's drops of what its upgrade created are its `this rollback drops:` line.
import type { Model } from '../model/model.js';
import type { Op } from '../operations/types.js';

/** One operation of the script, in order: its banner's label (`1.0 → 1.1 · 3/7 · drop column t.c`) and whether it runs. */
export interface ScriptOp {
  op: Op;
  label: string;
  /** false when the script leaves all its statements out (a round trip at its end: round-trips.ts). */
  runs: boolean;
}

/** A table as the script goes: its name at the start, and its columns' (null: made by the script). */
interface Origin {
  name: string;
  columns: Map<string, string | null>;
}

/**
 * One line per table or column whose data the script destroys (see the file's comment), without `-- DATA DROPPED: `:
 * `table sessions, with its rows (1.0 → 1.1 · 3/7 · drop table sessions)`. Those of `said` (the tables and columns a
 * rollback's `this rollback drops:` line names, by their names at the start) are left out: the header says them once.
 */
export function dataDropped(start: Model, ops: ScriptOp[], said: { tables: string[]; columns: string[] } = { tables: [], columns: [] }): string[] {
  const tables = new Map<string, Origin | null>(start.tables.map((t) => [t.name, { name: t.name, columns: new Map(t.columns.map((c) => [c.name, c.name])) }]));
  // Tables the script copied rows out of so far (by their name then): a drop after a copy says where the rows went.
  const copiedTo = new Map<string, string[]>();
  const out: string[] = [];
  const saidTable = (name: string) => said.tables.includes(name);
  const saidColumn = (table: string, column: string) => saidTable(table) || said.columns.includes(`${table}.${column}`);
  const now = (was: string, is: string) => (was === is ? '' : `, named ${is} by then`);
  for (const { op, label, runs } of ops) {
    switch (op.kind) {
      case 'create_table':
        tables.set(op.table.name, null);
        break;
      case 'create_partition':
        tables.set(op.name, null);
        break;
      case 'rename_table':
        tables.set(op.to, tables.get(op.from) ?? null);
        tables.delete(op.from);
        if (copiedTo.has(op.from)) copiedTo.set(op.to, copiedTo.get(op.from)!), copiedTo.delete(op.from);
        break;
      case 'add_column':
        tables.get(op.table)?.columns.set(op.column.name, null);
        break;
      case 'rename_column': {
        const t = tables.get(op.table);
        if (t) {
          t.columns.set(op.to, t.columns.get(op.from) ?? null);
          t.columns.delete(op.from);
        }
        break;
      }
      case 'copy_rows':
        if (runs) copiedTo.set(op.from, [...new Set([...(copiedTo.get(op.from) ?? []), op.into])]);
        break;
      case 'drop_table': {
        const t = tables.get(op.name);
        if (t && runs && !saidTable(t.name)) {
          const copies = copiedTo.get(op.name);
          out.push(`table ${t.name}, with its rows${now(t.name, op.name)}${copies ? ` (copied into ${copies.join(', ')} first, but for the rows any "rows not copied" line names)` : ''} (${label})`);
        }
        tables.delete(op.name);
        copiedTo.delete(op.name);
        break;
      }
      case 'drop_column': {
        const t = tables.get(op.table);
        const was = t?.columns.get(op.column);
        if (t && was && runs && !saidColumn(t.name, was)) out.push(`column ${t.name}.${was}, with its values${now(`${t.name}.${was}`, `${op.table}.${op.column}`)} (${label})`);
        t?.columns.delete(op.column);
        break;
      }
      case 'drop_leftover_column': {
        // Not in the model: a column some databases hold (an earlier script's), dropped where it is there.
        const t = tables.get(op.table);
        if (t && runs && !saidColumn(t.name, op.column.name)) out.push(`column ${t.name}.${op.column.name}, with its values, where this database holds it${now(t.name, op.table)} (${label})`);
        break;
      }
      default:
        break;
    }
  }
  return out;
}
