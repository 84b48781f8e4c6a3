// drop_unique: a unique key removed (refused while a foreign key depends on it).
import { copyTable, findTable } from '../model/model.js';
import { checkFksSupported, checkKeyNotReferenced, fail, table, withTable } from './shared.js';
import { nameFor } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { TABLE_AND_NAME } from './schemas.js';

export const dropUnique: PlanOperation<'drop_unique'> = {
  kind: 'drop_unique',
  schema: TABLE_AND_NAME,
  resolve: (d, a) => ({ kind: 'drop_unique', table: a.table, name: nameFor(d, a) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const u = t.uniques.find((x) => x.name === op.name) ?? fail(`unique constraint "${op.name}" does not exist on ${t.name}`);
    const after = copyTable(t);
    after.uniques = after.uniques.filter((x) => x.name !== op.name);
    checkKeyNotReferenced(d, m, t, u.columns, `unique constraint ${u.name}`, after);
    checkFksSupported(d, after, `dropping unique constraint ${u.name}`);
    return withTable(m, t, (w) => (w.uniques = after.uniques));
  },
  inverse(op, before) {
    const old = findTable(before, op.table)!.uniques.find((u) => u.name === op.name)!;
    return { ops: [{ kind: 'add_unique', table: op.table, unique: structuredClone(old) }] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table), name: n.key(op.table, op.name) }),
  describe: (op) => `drop unique ${op.name} on ${op.table}`,
  render(d, op, before, after) {
    const { one } = renderKit(d, before, after);
    // A unique key is a constraint (PostgreSQL) or an index (MySQL).
    return d.rules.keysAreConstraints ? one('drop_constraint', { table: op.table, name: op.name }) : one('drop_index', op);
  },
};
