// replace_foreign_key: a foreign key given another definition.
import { findTable } from '../model/model.js';
import { addSupportingIndex, fail, table, validateFk, withTable } from './shared.js';
import { resolveFk } from './resolve.js';
import { dropSupportingIndexes, renderForeignKey } from './add_foreign_key.js';
import type { PlanOperation } from './types.js';

export const replaceForeignKey: PlanOperation<'replace_foreign_key'> = {
  kind: 'replace_foreign_key',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "name",
      "columns",
      "references"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "columns": {
        "$ref": "#/$defs/columns"
      },
      "references": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "table",
          "columns"
        ],
        "properties": {
          "table": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          }
        }
      },
      "on_delete": {
        "enum": [
          "cascade",
          "restrict",
          "no action",
          "set null",
          "set default"
        ]
      },
      "on_update": {
        "enum": [
          "cascade",
          "restrict",
          "no action",
          "set null",
          "set default"
        ]
      },
      "postgres": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          },
          "references": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "table",
              "columns"
            ],
            "properties": {
              "table": {
                "$ref": "#/$defs/identifier"
              },
              "columns": {
                "$ref": "#/$defs/columns"
              }
            }
          },
          "on_delete": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          },
          "on_update": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          }
        }
      },
      "mysql": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          },
          "references": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "table",
              "columns"
            ],
            "properties": {
              "table": {
                "$ref": "#/$defs/identifier"
              },
              "columns": {
                "$ref": "#/$defs/columns"
              }
            }
          },
          "on_delete": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          },
          "on_update": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          }
        }
      },
      "table": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve: (d, a) => ({ kind: 'replace_foreign_key', table: a.table, fk: resolveFk(d, a) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const i = t.foreignKeys.findIndex((f) => f.name === op.fk.name);
    if (i < 0) fail(`foreign key "${op.fk.name}" does not exist on ${t.name}`);
    validateFk(d, m, t, op.fk);
    if (JSON.stringify(t.foreignKeys[i]) === JSON.stringify(op.fk)) fail(`foreign key ${op.fk.name} already has this definition`);
    return withTable(m, t, (w) => {
      w.foreignKeys[i] = { ...op.fk, columns: [...op.fk.columns], refColumns: [...op.fk.refColumns] };
      addSupportingIndex(d, w, op.fk);
    });
  },
  inverse(op, before, after) {
    const old = structuredClone(findTable(before, op.table)!.foreignKeys.find((f) => f.name === op.fk.name)!);
    return { ops: [{ kind: 'replace_foreign_key', table: op.table, fk: old }, ...dropSupportingIndexes(op.table, before, after)] };
  },
  describe: (op) => `redefine foreign key ${op.fk.name} on ${op.table}`,
  render: renderForeignKey,
};
