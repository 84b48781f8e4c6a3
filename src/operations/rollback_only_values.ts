// rollback_only_values: what a rollback cannot take back. The earlier version has none of these columns: its
// data is what the later one holds under these values (SuperTokens 5.0 is app "public", tenant "public" of 6.0).
// Going up it changes nothing; rolling back, the script counts the rows of every table that hold another value
// in any of these columns and stops before any change when there are some (src/compile/preflight/data-fit.ts),
// instead of merging them into the one app or tenant the earlier version knows, or dropping them.
import type { Model } from '../model/model.js';
import { fail } from './shared.js';
import type { OpOf, PlanOperation } from './types.js';

/** The tables of `m` that hold at least one of the columns of `op`, by name. */
export function tablesWithValues(m: Model, op: OpOf<'rollback_only_values'>): string[] {
  const names = Object.keys(op.columns);
  return m.tables.filter((t) => t.columns.some((c) => names.includes(c.name))).map((t) => t.name);
}

/** The values as a DBA reads them: `app_id 'public' and tenant_id 'public'`. */
function wording(op: OpOf<'rollback_only_values'>): string {
  return Object.entries(op.columns)
    .map(([c, v]) => `${c} ${typeof v === 'string' ? `'${v}'` : String(v)}`)
    .join(' and ');
}

export const rollbackOnlyValues: PlanOperation<'rollback_only_values'> = {
  kind: 'rollback_only_values',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "columns",
      "hint"
    ],
    "properties": {
      "columns": {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {
          "$ref": "#/$defs/identifier"
        },
        "additionalProperties": {
          "$ref": "#/$defs/scalar"
        },
        "description": "Columns the earlier version does not have, with the one value its data stands for: rows holding another value cannot be rolled back"
      },
      "hint": {
        "$ref": "#/$defs/one_line_text",
        "type": "string",
        "minLength": 1,
        "maxLength": 300,
        "description": "What the DBA does about rows the rollback cannot take back (a sentence; the message adds: or stay at the later version)"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'rollback_only_values', columns: { ...a.columns }, hint: a.hint, rollingBack: false }),
  apply(_d, m, op) {
    const present = new Set(m.tables.flatMap((t) => t.columns.map((c) => c.name)));
    const missing = Object.keys(op.columns).filter((c) => !present.has(c));
    if (missing.length) fail(`no table has column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    return m;
  },
  // The rollback of this step is the check; the check itself is not undone by anything.
  inverse: (op) => (op.rollingBack ? { ops: [] } : { ops: [{ ...op, columns: { ...op.columns }, rollingBack: true }] }),
  // No effect on the schema; a rollback reads the values for its derived inverse, the check.
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  // Names columns only (every product table that has them), no table: nothing to rename.
  rename: (op) => op,
  describe: (op) =>
    op.rollingBack ? `check: no row holds another value than ${wording(op)}` : `rollback refuses rows that hold another value than ${wording(op)}`,
  // Nothing runs here, in either direction: rolling back, the check runs before the script's first change, with
  // the other data checks (src/compile/preflight/data-fit.ts).
  render: () => [],
};
