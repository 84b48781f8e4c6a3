// unique-on-existing-table: a unique key, unique index or primary key added to a table that holds rows from before
// the plan: it fails when two rows hold the same values (the script checks for them first where it can read them:
// src/compile/preflight/data-fit.ts), and building it reads every row.
import { findTable, plainIndexColumns, type Model } from '../../model/model.js';
import type { Rule } from '../types.js';

/**
 * Whether rows of `table` in `m` are unique on `columns` already: a primary key, unique key or plain unique index
 * of the table has only columns among them (then no two rows can hold the same values in all of them).
 */
export function uniqueAlready(m: Model, table: string, columns: string[]): boolean {
  const t = findTable(m, table);
  if (!t) return false;
  const keys = [...(t.primaryKey ? [t.primaryKey.columns] : []), ...t.uniques.map((u) => u.columns), ...t.indexes.filter((i) => i.unique && !i.where).map(plainIndexColumns).filter((c): c is string[] => !!c)];
  return keys.some((k) => k.every((c) => columns.includes(c)));
}

export const uniqueOnExistingTable: Rule = {
  id: 'unique-on-existing-table',
  severity: 'warning',
  summary: 'a unique key, unique index or primary key is added to a table that exists before the plan: it fails on duplicate rows',
  fix: 'find and resolve duplicates before the upgrade (the script stops before any change when it finds them), then acknowledge',
  check: (p) =>
    p.steps.flatMap((s) => {
      const op = s.op;
      let what: string | undefined;
      let columns: string[] | undefined;
      if (op.kind === 'add_unique' || op.kind === 'replace_unique') (what = `unique key ${op.unique.name}`), (columns = op.unique.columns);
      else if ((op.kind === 'create_index' || op.kind === 'replace_index') && op.index.unique) (what = `unique index ${op.index.name}`), (columns = plainIndexColumns(op.index));
      else if (op.kind === 'replace_primary_key') (what = 'a primary key'), (columns = op.pk.columns);
      const table = what && 'table' in op && typeof op.table === 'string' ? op.table : undefined;
      if (!what || table === undefined || !s.existing(table)) return [];
      // Rows unique on some of the columns already are unique on all of them.
      if (columns && uniqueAlready(s.before, table, columns)) return [];
      if (columns) what += ` (${columns.join(', ')})`;
      return [{ step: s, message: `adds ${what} to ${table}, which holds rows from before the plan: it fails where two rows hold the same values` }];
    }),
};
