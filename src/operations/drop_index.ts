// drop_index: an index removed (refused when a foreign key would lose its supporting index).
import { copyTable, findTable } from '../model/model.js';
import { checkFksSupported, fail, table, withTable } from './shared.js';
import { nameFor } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { TABLE_AND_NAME } from './schemas.js';

export const dropIndex: PlanOperation<'drop_index'> = {
  kind: 'drop_index',
  schema: TABLE_AND_NAME,
  resolve: (d, a) => ({ kind: 'drop_index', table: a.table, name: nameFor(d, a) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    if (!t.indexes.some((x) => x.name === op.name)) fail(`index "${op.name}" does not exist on ${t.name}`);
    const after = copyTable(t);
    after.indexes = after.indexes.filter((x) => x.name !== op.name);
    checkFksSupported(d, after, `dropping index ${op.name}`);
    return withTable(m, t, (w) => (w.indexes = after.indexes));
  },
  inverse(op, before) {
    const old = structuredClone(findTable(before, op.table)!.indexes.find((i) => i.name === op.name)!);
    delete old.supportsFk;
    return { ops: [{ kind: 'create_index', table: op.table, index: old }] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `drop index ${op.name} on ${op.table}`,
  render: (d, op, before, after) => renderKit(d, before, after).one('drop_index', op),
};
