// replace_foreign_key: a foreign key given another definition.
import { findTable } from '../model/model.js';
import { addSupportingIndex, fail, table, validateFk, withTable } from './shared.js';
import { resolveFk } from './resolve.js';
import { addForeignKey, dropSupportingIndexes, renderForeignKey } from './add_foreign_key.js';
import type { PlanOperation } from './types.js';
import { renamedForeignKey } from './naming.js';

export const replaceForeignKey: PlanOperation<'replace_foreign_key'> = {
  kind: 'replace_foreign_key',
  schema: addForeignKey.schema,
  resolve: (d, a) => ({ kind: 'replace_foreign_key', table: a.table, fk: resolveFk(d, a) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const i = t.foreignKeys.findIndex((f) => f.name === op.fk.name);
    if (i < 0) fail(`foreign key "${op.fk.name}" does not exist on ${t.name}`);
    validateFk(d, m, t, op.fk);
    if (JSON.stringify(t.foreignKeys[i]) === JSON.stringify(op.fk)) fail(`foreign key ${op.fk.name} already has this definition`);
    return withTable(m, t, (w) => {
      w.foreignKeys[i] = { ...op.fk, columns: [...op.fk.columns], refColumns: [...op.fk.refColumns] };
      addSupportingIndex(d, w, op.fk);
    });
  },
  inverse(op, before, after) {
    const old = structuredClone(findTable(before, op.table)!.foreignKeys.find((f) => f.name === op.fk.name)!);
    return { ops: [{ kind: 'replace_foreign_key', table: op.table, fk: old }, ...dropSupportingIndexes(op.table, before, after)] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table), fk: renamedForeignKey(n, op.table, op.fk) }),
  describe: (op) => `redefine foreign key ${op.fk.name} on ${op.table}`,
  render: renderForeignKey,
};
