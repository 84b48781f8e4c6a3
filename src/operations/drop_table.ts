// drop_table: a table, refused while foreign keys of other tables reference it.
import { ModelDraft, partitionsOf } from '../model/model.js';
import { fail, table } from './shared.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';

export const dropTable: PlanOperation<'drop_table'> = {
  kind: 'drop_table',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'drop_table', name: a.name }),
  apply(_d, m, op) {
    const t = table(m, op.name);
    const deps = m.tables.filter((x) => x !== t).flatMap((x) => x.foreignKeys.filter((fk) => fk.refTable === t.name).map((fk) => `${x.name}.${fk.name}`));
    if (deps.length) fail(`table "${t.name}" is referenced by ${deps.join(', ')}: drop those foreign keys first`);
    const draft = new ModelDraft(m);
    // PostgreSQL drops a partitioned table's partitions with it.
    for (const p of partitionsOf(m, t.name)) draft.remove(p);
    draft.remove(t);
    return draft.model;
  },
  inverse: (op) => ({ irreversible: `dropping table ${op.name} loses its rows; give the step an inverse or mark it irreversible` }),
  rename: (op, n) => ({ ...op, name: n.table(op.name) }),
  describe: (op) => `drop table ${op.name}`,
  render: (d, op, before, after) => renderKit(d, before, after).one('drop_table', { name: op.name }),
};
