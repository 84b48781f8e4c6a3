// rename_column: a column renamed; the keys, indexes and foreign keys that use it follow.
import { findColumn, ModelDraft } from '../model/model.js';
import { checkCaseFree, checkCaseOnlyRename, checkName, column, fail, table } from './shared.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { checksReading, indexesReading } from '../model/check-columns.js';

export const renameColumn: PlanOperation<'rename_column'> = {
  kind: 'rename_column',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "from",
      "to"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "from": {
        "$ref": "#/$defs/identifier"
      },
      "to": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'rename_column', table: a.table, from: a.from, to: a.to }),
  apply(d, m, op) {
    const t = table(m, op.table);
    column(t, op.from);
    const at = ['to'];
    if (findColumn(t, op.to)) fail(`column "${op.table}.${op.to}" already exists`, at);
    const what = (n: string) => `column "${op.table}.${n}"`;
    checkCaseOnlyRename(d, 'column', op.from, op.to, what, at);
    checkCaseFree(d, 'column', op.to, t.columns.filter((c) => c.name !== op.from).map((c) => c.name), what, at);
    for (const k of checksReading(t, op.from)) fail(`column "${op.table}.${op.from}" is read by check ${k}, which PostgreSQL would rewrite with the new name while the model keeps the text the plan wrote (no step can change a check)`);
    for (const k of indexesReading(t, op.from)) fail(`column "${op.table}.${op.from}" is read by an expression or the predicate of index ${k}, which PostgreSQL would rewrite with the new name while the model keeps the text the plan wrote: drop the index first (and create it again after)`);
    checkName(d, op.to, 'column', at);
    const ren = (l: string[]) => l.map((c) => (c === op.from ? op.to : c));
    const draft = new ModelDraft(m);
    const w = draft.edit(t);
    column(w, op.from).name = op.to;
    if (w.primaryKey) w.primaryKey.columns = ren(w.primaryKey.columns);
    for (const u of w.uniques) u.columns = ren(u.columns);
    for (const i of w.indexes) for (const c of i.columns) if (c.name === op.from) c.name = op.to;
    for (const f of w.foreignKeys) f.columns = ren(f.columns);
    for (const x of [...draft.model.tables]) {
      if (!x.foreignKeys.some((f) => f.refTable === w.name && f.refColumns.includes(op.from))) continue;
      for (const f of draft.edit(x).foreignKeys) if (f.refTable === w.name) f.refColumns = ren(f.refColumns);
    }
    return draft.model;
  },
  inverse: (op) => ({ ops: [{ kind: 'rename_column', table: op.table, from: op.to, to: op.from }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `rename column ${op.table}.${op.from} to ${op.to}`,
  render: (d, op, before, after) => renderKit(d, before, after).one('rename_column', op),
};
