// rename_table: a table renamed; foreign keys that reference it follow.
import { findTable, ModelDraft } from '../model/model.js';
import { checkCaseFree, checkCaseOnlyRename, checkIndexNameFree, checkName, fail, table } from './shared.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';

export const renameTable: PlanOperation<'rename_table'> = {
  kind: 'rename_table',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "from",
      "to"
    ],
    "properties": {
      "from": {
        "$ref": "#/$defs/identifier"
      },
      "to": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'rename_table', from: a.from, to: a.to }),
  apply(d, m, op) {
    const t = table(m, op.from);
    const at = ['to'];
    if (findTable(m, op.to)) fail(`table "${op.to}" already exists`, at);
    const what = (n: string) => `table "${n}"`;
    checkCaseOnlyRename(d, 'table', op.from, op.to, what, at);
    checkCaseFree(d, 'table', op.to, m.tables.filter((x) => x !== t).map((x) => x.name), what, at);
    // Where indexes share the schema's namespace with tables (PostgreSQL, SQLite), an index's name is taken too.
    if (d.rules.indexNameScope === 'schema') checkIndexNameFree(d, m, t, op.to, at);
    checkName(d, op.to, 'table', at);
    const draft = new ModelDraft(m);
    draft.edit(t).name = op.to;
    for (const x of [...draft.model.tables]) {
      if (!x.foreignKeys.some((fk) => fk.refTable === op.from)) continue;
      for (const fk of draft.edit(x).foreignKeys) if (fk.refTable === op.from) fk.refTable = op.to;
    }
    return draft.model;
  },
  inverse: (op) => ({ ops: [{ kind: 'rename_table', from: op.to, to: op.from }] }),
  rename: (op, n) => ({ ...op, from: n.table(op.from), to: n.table(op.to) }),
  describe: (op) => `rename table ${op.from} to ${op.to}`,
  render: (d, op, before, after) => renderKit(d, before, after).one('rename_table', op),
};
