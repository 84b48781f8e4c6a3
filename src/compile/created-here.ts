// What a plan created, step by step, for its rollback: data written only to a table or column the plan created
// goes when the rollback drops it, so such a step needs no inverse of its own (operations.ts `inverse`).
import type { Op } from '../operations/types.js';

/**
 * For each operation of a plan, in order: the tables and "table.column"s the plan has created up to and
 * including it, under the names they have there. Renames are followed (a table created as t and renamed to u
 * is created here as u), and a drop forgets (a table of the same name made later by another rename is not).
 * @param ops the plan's operations, in the order they run
 * @returns one set per operation, in the same order
 */
export function createdHereAt(ops: Op[]): Set<string>[] {
  const created = new Set<string>();
  const forget = (table: string) => {
    for (const k of [...created]) if (k === table || k.startsWith(`${table}.`)) created.delete(k);
  };
  return ops.map((op) => {
    switch (op.kind) {
      case 'create_table':
        created.add(op.table.name);
        break;
      case 'create_partition':
        created.add(op.name);
        break;
      case 'add_column':
        created.add(`${op.table}.${op.column.name}`);
        break;
      case 'rename_table': {
        const moved = [...created].filter((k) => k === op.from || k.startsWith(`${op.from}.`));
        forget(op.from);
        forget(op.to);
        for (const k of moved) created.add(`${op.to}${k.slice(op.from.length)}`);
        break;
      }
      case 'rename_column':
        if (created.delete(`${op.table}.${op.from}`)) created.add(`${op.table}.${op.to}`);
        break;
      case 'drop_table':
        forget(op.name);
        break;
      case 'drop_column':
        created.delete(`${op.table}.${op.column}`);
        break;
    }
    return new Set(created);
  });
}
