// alter_column_type: a column's type changed (per dialect when the types differ).
import { findColumn, findTable } from '../model/model.js';
import { column, fail, table, withColumn } from './shared.js';
import { modelType } from './resolve.js';
import { indexesReading } from '../model/check-columns.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { checkDefaultFits } from './default-fits.js';

export const alterColumnType: PlanOperation<'alter_column_type'> = {
  kind: 'alter_column_type',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "column",
      "type"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "column": {
        "$ref": "#/$defs/identifier"
      },
      "type": {
        "$ref": "#/$defs/type"
      },
      "postgres": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "$ref": "#/$defs/type"
          }
        }
      },
      "mysql": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "$ref": "#/$defs/type"
          }
        }
      },
      "sqlite": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "$ref": "#/$defs/type"
          }
        }
      }
    }
  },
  resolve: (d, a) => ({ kind: 'alter_column_type', table: a.table, column: a.column, type: modelType(d, a[d.name]?.type ?? a.type) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const c = column(t, op.column);
    if (c.type === op.type) fail(`column "${op.table}.${op.column}" already has type ${op.type} in ${d.name} (limit the step with dialects:)`);
    for (const k of indexesReading(t, op.column)) fail(`column "${op.table}.${op.column}" is read by an expression or the predicate of index ${k}, whose catalog spelling (its casts) may change with the type while the model keeps the text the plan wrote: drop the index first (and create it again after)`);
    checkDefaultFits(d, m, op.table, { ...c, type: op.type }, ['type'], 'type');
    return withColumn(m, t, op.column, (x) => (x.type = op.type));
  },
  inverse: (op, before) => ({ ops: [{ kind: 'alter_column_type', table: op.table, column: op.column, type: findColumn(findTable(before, op.table)!, op.column)!.type }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `change type of ${op.table}.${op.column} to ${op.type}`,
  render(d, op, before, after) {
    // MySQL's MODIFY restates the whole column (type, NULL, default) as the model has it after the change.
    const column = findColumn(findTable(after, op.table)!, op.column)!;
    return renderKit(d, before, after).one(d.rules.restatesColumn ? 'modify_column' : op.kind, { table: op.table, column });
  },
};
