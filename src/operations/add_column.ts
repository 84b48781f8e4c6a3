// add_column: a column added to a table that may hold rows.
import { findColumn, findTable, ModelDraft } from '../model/model.js';
import { checkCaseFree, checkName, fail, table } from './shared.js';
import { concreteColumn, resolveColumn } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { checkDefaultFits } from './default-fits.js';

export const addColumn: PlanOperation<'add_column'> = {
  kind: 'add_column',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "column"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "column": {
        "$ref": "#/$defs/column"
      }
    }
  },
  resolve: (d, a) => ({ kind: 'add_column', table: a.table, column: resolveColumn(d, a.column) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const at = ['column', 'name'];
    if (findColumn(t, op.column.name)) fail(`column "${op.table}.${op.column.name}" already exists`, at);
    checkCaseFree(d, 'column', op.column.name, t.columns.map((c) => c.name), (n) => `column "${op.table}.${n}"`, at);
    checkName(d, op.column.name, 'column', at);
    // Upgrades run on tables with rows: a NOT NULL column needs a value for them.
    if (!op.column.nullable && op.column.default === undefined) {
      fail(`column "${op.table}.${op.column.name}" is NOT NULL without a default: existing rows would make it fail; give it a default (drop it afterwards with drop_default)`);
    }
    checkDefaultFits(d, m, op.table, op.column, ['column', 'default']);
    const draft = new ModelDraft(m);
    draft.edit(t).columns.push({ ...concreteColumn(d, m, op.column) });
    return draft.model;
  },
  inverse: (op) => ({ ops: [{ kind: 'drop_column', table: op.table, column: op.column.name }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `add column ${op.table}.${op.column.name}`,
  render: (d, op, before, after) => renderKit(d, before, after).one('add_column', { ...op, column: findColumn(findTable(after, op.table)!, op.column.name)! }),
};
