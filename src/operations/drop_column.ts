// drop_column: a column, refused while a key, an index or a foreign key uses it.
import { ModelDraft } from '../model/model.js';
import { column, fail, table } from './shared.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { checksReading, indexesReading } from '../model/check-columns.js';
import { TABLE_AND_COLUMN } from './schemas.js';

export const dropColumn: PlanOperation<'drop_column'> = {
  kind: 'drop_column',
  schema: TABLE_AND_COLUMN,
  resolve: (_d, a) => ({ kind: 'drop_column', table: a.table, column: a.column }),
  apply(_d, m, op) {
    const t = table(m, op.table);
    column(t, op.column);
    const users = [
      ...(t.primaryKey?.columns.includes(op.column) ? ['the primary key'] : []),
      ...t.uniques.filter((u) => u.columns.includes(op.column)).map((u) => `unique ${u.name}`),
      ...t.indexes.filter((i) => i.columns.some((c) => c.name === op.column) || indexesReading(t, op.column).includes(i.name)).map((i) => `index ${i.name}`),
      ...t.foreignKeys.filter((f) => f.columns.includes(op.column)).map((f) => `foreign key ${f.name}`),
      ...m.tables.flatMap((x) => x.foreignKeys.filter((f) => f.refTable === t.name && f.refColumns.includes(op.column)).map((f) => `foreign key ${x.name}.${f.name}`)),
      ...checksReading(t, op.column).map((k) => `check ${k}`),
    ];
    if (users.length) fail(`column "${t.name}.${op.column}" is used by ${users.join(', ')}: drop ${users.length > 1 ? 'them' : 'it'} first`);
    const draft = new ModelDraft(m);
    const w = draft.edit(t);
    w.columns = w.columns.filter((c) => c.name !== op.column);
    return draft.model;
  },
  inverse: (op) => ({ irreversible: `dropping column ${op.table}.${op.column} loses its values; give the step an inverse or mark it irreversible` }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `drop column ${op.table}.${op.column}`,
  render: (d, op, before, after) => renderKit(d, before, after).one('drop_column', op),
};
