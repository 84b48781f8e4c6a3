// replace_unique: a unique key given other columns (refused while a foreign key depends on the old ones).
import { copyTable, findTable, sameList } from '../model/model.js';
import { checkColumnsExist, checkFksSupported, checkKeyNotReferenced, fail, table, withTable } from './shared.js';
import { merged } from './resolve.js';
import { addUnique, renderUnique } from './add_unique.js';
import type { PlanOperation } from './types.js';

export const replaceUnique: PlanOperation<'replace_unique'> = {
  kind: 'replace_unique',
  schema: addUnique.schema,
  resolve(d, a) {
    const k = merged(a, d);
    return { kind: 'replace_unique', table: a.table, unique: { name: k.name!, columns: [...k.columns] } };
  },
  apply(d, m, op) {
    const t = table(m, op.table);
    const u = t.uniques.find((x) => x.name === op.unique.name) ?? fail(`unique constraint "${op.unique.name}" does not exist on ${t.name}`);
    checkColumnsExist(t, op.unique.columns, `unique constraint ${op.unique.name}`);
    if (sameList(u.columns, op.unique.columns)) fail(`unique constraint ${u.name} already has columns (${u.columns.join(', ')})`);
    const after = copyTable(t);
    after.uniques = after.uniques.map((x) => (x.name === u.name ? { ...op.unique, columns: [...op.unique.columns] } : x));
    checkKeyNotReferenced(d, m, t, u.columns, `unique constraint ${u.name}`, after);
    checkFksSupported(d, after, `replacing unique constraint ${u.name}`);
    return withTable(m, t, (w) => (w.uniques.find((x) => x.name === u.name)!.columns = [...op.unique.columns]));
  },
  inverse(op, before) {
    const old = findTable(before, op.table)!.uniques.find((u) => u.name === op.unique.name)!;
    return { ops: [{ kind: 'replace_unique', table: op.table, unique: structuredClone(old) }] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table), unique: { ...op.unique, name: n.key(op.table, op.unique.name) } }),
  describe: (op) => `unique ${op.unique.name} on ${op.table} becomes (${op.unique.columns.join(', ')})`,
  render: renderUnique,
};
