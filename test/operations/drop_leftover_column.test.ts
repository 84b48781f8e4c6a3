// drop_leftover_column: a column the model does not have but some databases at the version hold (an upstream
// script added it and a later one dropped it). The model does not change; the statement runs only while the
// column is there; the version check accepts the column at its stated definition, and its absence.
import { describe, expect, it } from 'vitest';
import { getDialect } from '../../src/dialects/index.js';
import { emptyModel, type Model } from '../../src/model/model.js';
import { OPERATIONS, OpError, applyOp, describe as describeOp, inverseOf, renderOp, resolveOp } from '../../src/operations/index.js';
import { versionCheckSpec } from '../../src/compile/version-check.js';
import { deriveGuards } from '../../src/compile/guards.js';
import { facetsOf } from '../../src/compile/facets.js';

const model = (dialect: 'postgres' | 'mysql', extra = false): Model => ({
  ...emptyModel(dialect),
  tables: [
    {
      name: 'configs',
      columns: [
        { name: 'id', type: dialect === 'mysql' ? 'bigint(20)' : 'bigint', nullable: false },
        ...(extra ? [{ name: 'old_flag', type: dialect === 'mysql' ? 'tinyint(1)' : 'boolean', nullable: true }] : []),
      ],
      primaryKey: { name: dialect === 'mysql' ? 'PRIMARY' : 'configs_pkey', columns: ['id'] },
      uniques: [], foreignKeys: [], indexes: [], checks: [],
    },
  ],
});
const step = { op: 'drop_leftover_column' as const, args: { table: 'configs', column: { name: 'old_flag', type: 'boolean' } } };

describe.each(['postgres', 'mysql'] as const)('drop_leftover_column (%s)', (dialect) => {
  const d = getDialect(dialect);
  const op = resolveOp(d, step, {});

  it('changes no model, and refuses a column the model has (that is drop_column)', () => {
    const m = model(dialect);
    expect(applyOp(d, m, op)).toBe(m);
    expect(() => applyOp(d, model(dialect, true), op)).toThrow(new OpError('column "configs.old_flag" is in the schema at this point: drop it with drop_column'));
  });

  it('has nothing to undo, and says what it does', () => {
    expect(inverseOf(op, model(dialect), model(dialect), new Set())).toEqual({ ops: [] });
    expect(describeOp(op)).toBe('drop leftover column configs.old_flag where the database holds it');
  });

  it('drops the column only while it exists, and lets the version check accept it at its definition (never require it)', () => {
    const m = model(dialect);
    const [st, ...rest] = renderOp(d, op, m, m, {});
    expect(rest).toEqual([]);
    expect(st.bodies.map((b) => b.text).join('\n')).toMatch(/DROP COLUMN .?old_flag/);
    expect(st.effects).toEqual([]);
    // Its guard is its own condition: the column is there (any definition).
    expect(st.condition).toEqual({ kind: 'facet', ref: { type: 'column', table: 'configs', column: 'old_flag' }, value: null, negate: true });
    expect(deriveGuards(facetsOf(m), [st])).toEqual([{ kind: 'and', items: [] }]);
    const spec = versionCheckSpec(d, m, [st], ['configs'], 'w', 'h');
    const withLeftover = versionCheckSpec(d, model(dialect, true), [], ['configs'], 'w', 'h');
    const key = 'column configs.old_flag';
    // Accepted exactly as a database at the earlier state with the column would show it, and not required.
    expect(spec.allowed.filter(([k]) => k === key)).toEqual(withLeftover.allowed.filter(([k]) => k === key));
    expect(spec.allowed.some(([k]) => k === key)).toBe(true);
    expect(spec.required).not.toContain(key);
    // Without the step the column is unknown to the check.
    expect(versionCheckSpec(d, m, [], ['configs'], 'w', 'h').allowed.some(([k]) => k === key)).toBe(false);
  });

  it('has a schema fragment: the table and the column as the earlier script left it', () => {
    const s = OPERATIONS.drop_leftover_column.schema as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(['table', 'column']);
  });
});

// A leftover column whose name differs from a column of the model's only in letter case: where the engine compares
// column names ignoring case (rules.nameComparison), its DROP COLUMN would drop the model's column.
describe('a leftover column named like a column of the model in another case', () => {
  const upper = { op: 'drop_leftover_column' as const, args: { table: 'configs', column: { name: 'ID', type: 'boolean' } } };
  it('is refused on MySQL/MariaDB, whose drop would take configs.id', () => {
    const d = getDialect('mysql');
    expect(() => applyOp(d, model('mysql'), resolveOp(d, upper, {}))).toThrow(new OpError('column "configs.ID" differs from column "configs.id" only in letter case: mysql (MySQL 8 / MariaDB) compares column names ignoring case, so the two are one name there; choose a name that differs otherwise', ['column', 'name']));
  });
  it('is a column of its own on PostgreSQL', () => {
    const d = getDialect('postgres');
    const m = model('postgres');
    expect(applyOp(d, m, resolveOp(d, upper, {}))).toBe(m);
  });
});
