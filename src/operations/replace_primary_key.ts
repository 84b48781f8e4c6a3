// replace_primary_key: a table's primary key set or replaced (its columns become NOT NULL).
import { copyTable, findColumn, findTable, sameList } from '../model/model.js';
import { facetIs, facetIsNot, type FacetRef } from '../compile/facets.js';
import { checkColumnsExist, checkFksSupported, checkIndexNameFree, checkKeyNameFreeOfConstraints, checkKeyNotReferenced, checkName, fail, markPkNotNull, table, withTable } from './shared.js';
import { merged } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';

export const replacePrimaryKey: PlanOperation<'replace_primary_key'> = {
  kind: 'replace_primary_key',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
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
    return { kind: 'replace_primary_key', table: a.table, pk: { name: d.rules.primaryKeyName(a.table, k.name), columns: [...k.columns] } };
  },
  apply(d, m, op) {
    const t = table(m, op.table);
    checkColumnsExist(t, op.pk.columns, 'the primary key');
    checkName(d, op.pk.name, 'primary key', ['name']);
    if (t.primaryKey && sameList(t.primaryKey.columns, op.pk.columns) && t.primaryKey.name === op.pk.name) fail(`the primary key of ${t.name} is already (${op.pk.columns.join(', ')})`);
    // The key's index takes its name where indexes and keys are named (PostgreSQL: in the schema, beside tables and
    // other indexes; MySQL: PRIMARY in the table), except from the key it replaces, dropped in the same statement.
    checkIndexNameFree(d, m, t, op.pk.name, ['name'], t.primaryKey?.name);
    checkKeyNameFreeOfConstraints(d, t, op.pk.name, ['name']);
    const after = copyTable(t);
    after.primaryKey = { ...op.pk, columns: [...op.pk.columns] };
    if (t.primaryKey) checkKeyNotReferenced(d, m, t, t.primaryKey.columns, `the primary key of ${t.name}`, after);
    checkFksSupported(d, after, `replacing the primary key of ${t.name}`);
    return withTable(m, t, (w) => {
      w.primaryKey = { ...op.pk, columns: [...op.pk.columns] };
      markPkNotNull(d, w);
    });
  },
  inverse(op, before) {
    const bt = findTable(before, op.table)!;
    if (!bt.primaryKey) return { irreversible: `${op.table} had no primary key to restore` };
    // Columns the new key made NOT NULL go back to nullable once the old key is back.
    const relax = op.pk.columns.filter((c) => findColumn(bt, c)!.nullable && !bt.primaryKey!.columns.includes(c));
    return { ops: [{ kind: 'replace_primary_key', table: op.table, pk: structuredClone(bt.primaryKey) }, ...relax.map((c) => ({ kind: 'drop_not_null' as const, table: op.table, column: c }))] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table), pk: { ...op.pk, name: n.key(op.table, op.pk.name) } }),
  describe: (op) => `primary key of ${op.table} becomes (${op.pk.columns.join(', ')})`,
  render(d, op, before, after) {
    const { body, all } = renderKit(d, before, after);
    const old = findTable(before, op.table)!.primaryKey;
    if (d.rules.severalStatementsPerGuard) {
      // Drop and add in one guarded block: the table is never left without a key.
      return [{ bodies: [...(old ? [body('drop_constraint', { table: op.table, name: old.name })] : []), body('add_primary_key', op)], effects: all }];
    }
    // One ALTER drops and adds while a key exists; a table without one gets it added. The effect is declared
    // on the last statement, so the first runs only while the key exists and is not yet the new one.
    const ref: FacetRef = { type: 'primary_key', table: op.table };
    return [
      { bodies: [body('replace_primary_key', op)], effects: [], condition: facetIsNot(ref, null) },
      { bodies: [body('add_primary_key', op)], effects: all, condition: facetIs(ref, null) },
    ];
  },
};
