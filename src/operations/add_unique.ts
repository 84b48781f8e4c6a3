// add_unique: a unique key added to a table.
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../model/model.js';
import { facetIs, facetIsNot, type FacetRef } from '../compile/facets.js';
import { checkColumnsExist, checkIndexNameFree, checkKeyNameFreeOfConstraints, checkName, table, withTable } from './shared.js';
import { merged } from './resolve.js';
import { renderKit } from './render.js';
import type { OpOf, ParamValues, PlanOperation, Statement } from './types.js';

/**
 * The statements that give a table unique key `op.unique`, replacing a same-named one (add_unique and
 * replace_unique render alike: the guards tell which runs).
 */
export function renderUnique(d: Dialect, op: OpOf<'add_unique' | 'replace_unique'>, before: Model, after: Model, _params?: ParamValues): Statement[] {
  const { body, all } = renderKit(d, before, after);
  const ref: FacetRef = { type: 'unique', table: op.table, name: op.unique.name };
  if (d.rules.severalStatementsPerGuard) return [{ bodies: [body('drop_constraint', { table: op.table, name: op.unique.name }), body('add_unique', op)], effects: all }];
  return [
    { bodies: [body('replace_unique', op)], effects: [], condition: facetIsNot(ref, null) },
    { bodies: [body('add_unique', op)], effects: all, condition: facetIs(ref, null) },
  ];
}

export const addUnique: PlanOperation<'add_unique'> = {
  kind: 'add_unique',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "name",
      "columns"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "columns": {
        "$ref": "#/$defs/columns"
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
          }
        }
      },
      "sqlite": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          }
        }
      },
      "table": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve(d, a) {
    const k = merged(a, d);
    return { kind: 'add_unique', table: a.table, unique: { name: k.name!, columns: [...k.columns] } };
  },
  apply(d, m, op) {
    const t = table(m, op.table);
    checkName(d, op.unique.name, 'unique constraint', ['name']);
    checkColumnsExist(t, op.unique.columns, `unique constraint ${op.unique.name}`);
    checkIndexNameFree(d, m, t, op.unique.name, ['name']);
    checkKeyNameFreeOfConstraints(d, t, op.unique.name, ['name']);
    return withTable(m, t, (w) => w.uniques.push({ ...op.unique, columns: [...op.unique.columns] }));
  },
  inverse: (op) => ({ ops: [{ kind: 'drop_unique', table: op.table, name: op.unique.name }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table), unique: { ...op.unique, name: n.key(op.table, op.unique.name) } }),
  describe: (op) => `add unique ${op.unique.name} on ${op.table}`,
  render: renderUnique,
};
