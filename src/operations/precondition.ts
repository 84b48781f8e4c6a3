// precondition: a check that stops the script unless tables and columns exist.
import { and, facetIsNot } from '../compile/facets.js';
import { column, table } from './shared.js';
import type { PlanOperation } from './types.js';

export const precondition: PlanOperation<'precondition'> = {
  kind: 'precondition',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "message"
    ],
    "properties": {
      "message": {
        "$ref": "#/$defs/one_line_text",
        "type": "string",
        "maxLength": 200
      },
      "tables": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/identifier"
        }
      },
      "columns": {
        "type": "array",
        "items": {
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
              "$ref": "#/$defs/identifier"
            }
          }
        }
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'precondition', message: a.message, tables: a.tables ?? [], columns: a.columns ?? [] }),
  apply(_d, m, op) {
    for (const tn of op.tables) table(m, tn);
    for (const c of op.columns) column(table(m, c.table), c.column);
    return m;
  },
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, tables: op.tables.map((t) => n.table(t)), columns: op.columns.map((c) => ({ ...c, table: n.table(c.table) })) }),
  describe: (op) => `check: ${op.message}`,
  render(_d, op) {
    const condition = and([
      ...op.tables.map((t) => facetIsNot({ type: 'table', table: t }, null)),
      ...op.columns.map((c) => facetIsNot({ type: 'column', table: c.table, column: c.column }, null)),
    ]);
    return [{ bodies: [], effects: [], condition, stop: op.message }];
  },
};
