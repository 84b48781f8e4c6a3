// drop_foreign_key: a foreign key removed (an index the engine made for it stays, as the engine keeps it).
import { findTable } from '../model/model.js';
import { fail, table, withTable } from './shared.js';
import { nameFor } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { TABLE_AND_NAME } from './schemas.js';

export const dropForeignKey: PlanOperation<'drop_foreign_key'> = {
  kind: 'drop_foreign_key',
  schema: TABLE_AND_NAME,
  resolve: (d, a) => ({ kind: 'drop_foreign_key', table: a.table, name: nameFor(d, a) }),
  apply(_d, m, op) {
    const t = table(m, op.table);
    if (!t.foreignKeys.some((f) => f.name === op.name)) fail(`foreign key "${op.name}" does not exist on ${t.name}`);
    return withTable(m, t, (w) => {
      w.foreignKeys = w.foreignKeys.filter((f) => f.name !== op.name);
      // MySQL keeps the index it made for the foreign key; so does the model.
      for (const ix of w.indexes) if (ix.supportsFk === op.name) delete ix.supportsFk;
    });
  },
  inverse: (op, before) => ({ ops: [{ kind: 'add_foreign_key', table: op.table, fk: structuredClone(findTable(before, op.table)!.foreignKeys.find((f) => f.name === op.name)!) }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table), name: n.key(op.table, op.name) }),
  describe: (op) => `drop foreign key ${op.name} on ${op.table}`,
  render(d, op, before, after) {
    const { one } = renderKit(d, before, after);
    return d.rules.keysAreConstraints ? one('drop_constraint', { table: op.table, name: op.name }) : one('drop_foreign_key', op);
  },
};
