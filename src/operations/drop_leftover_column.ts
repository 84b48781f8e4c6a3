// drop_leftover_column: a column the model does not have, which some databases at this version hold all the
// same (an earlier upstream script added it and a later one removed it, and not every database ran the later
// one: SuperTokens' MySQL plugin 7.1.0 added tenant_configs.is_third_party_providers_null, 7.1.1 dropped it).
// The step states the column as that script left it. The version check accepts a database with the column at
// that definition as well as one without it; the statement runs only while the column exists, and the model is
// the same before and after (neither state is "the" version: both are). A rollback does not bring it back.
import { fx, renderKit } from './render.js';
import { checkCaseFree, checkName, fail, table } from './shared.js';
import { resolveColumn } from './resolve.js';
import { findColumn } from '../model/model.js';
import { facetIsNot, type FacetRef } from '../compile/facets.js';
import type { PlanOperation } from './types.js';
import { checkDefaultFits } from './default-fits.js';

export const dropLeftoverColumn: PlanOperation<'drop_leftover_column'> = {
  kind: 'drop_leftover_column',
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
        "$ref": "#/$defs/column",
        "description": "The column as the earlier script left it (name, type, NULL, default): a database holding it at this definition is accepted, and the column is dropped"
      }
    }
  },
  resolve: (d, a) => ({ kind: 'drop_leftover_column', table: a.table, column: resolveColumn(d, a.column) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    if (findColumn(t, op.column.name)) fail(`column "${op.table}.${op.column.name}" is in the schema at this point: drop it with drop_column`);
    // Where the engine ignores case, its drop would take the model's column of that name in another case.
    checkCaseFree(d, 'column', op.column.name, t.columns.map((c) => c.name), (n) => `column "${op.table}.${n}"`, ['column', 'name']);
    checkName(d, op.column.name, 'column', ['column', 'name']);
    checkDefaultFits(d, m, op.table, op.column, ['column', 'default']);
    return m;
  },
  // The earlier version is as good without the column: nothing to bring back.
  inverse: () => ({ ops: [] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `drop leftover column ${op.table}.${op.column.name} where the database holds it`,
  render(d, op, before, after) {
    const { body } = renderKit(d, before, after);
    const ref: FacetRef = { type: 'column', table: op.table, column: op.column.name };
    return [{
      bodies: [body('drop_column', { table: op.table, column: op.column.name })],
      // The model does not change: the guard is the statement's own condition, the column's presence.
      effects: [],
      condition: facetIsNot(ref, null),
      tolerates: [fx(ref, { type: 'column', column: op.column })],
    }];
  },
};
