// set_default: a column's default value set (or changed).
import { findColumn, findTable } from '../model/model.js';
import { column, table, withColumn } from './shared.js';
import { defaultValue } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { checkDefaultFits } from './default-fits.js';
import { defaultInverse } from './drop_default.js';

export const setDefault: PlanOperation<'set_default'> = {
  kind: 'set_default',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "column",
      "default"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "column": {
        "$ref": "#/$defs/identifier"
      },
      "default": {
        "$ref": "#/$defs/default_value"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'set_default', table: a.table, column: a.column, value: defaultValue(a.default)! }),
  apply(d, m, op) {
    const t = table(m, op.table);
    checkDefaultFits(d, m, op.table, { ...column(t, op.column), default: op.value }, ['default']);
    return withColumn(m, t, op.column, (c) => (c.default = op.value));
  },
  inverse: (op, before) => defaultInverse(op, before),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `set default of ${op.table}.${op.column}`,
  render: (d, op, before, after) => renderKit(d, before, after).one(op.kind, { table: op.table, column: findColumn(findTable(after, op.table)!, op.column)! }),
};
