// rollback_only_values: a step that changes nothing going up and, rolling back, makes the script refuse rows that
// hold another value in the named columns (the check itself: src/compile/preflight/data-fit.ts, test/data-fit.test.ts).
import { describe, expect, it } from 'vitest';
import { getDialect } from '../../src/dialects/index.js';
import { emptyModel, type Model } from '../../src/model/model.js';
import { OPERATIONS, OpError, applyOp, describe as describeOp, inverseOf, renderOp, resolveOp, type Op } from '../../src/operations/index.js';
import { tablesWithValues } from '../../src/operations/rollback_only_values.js';

const d = getDialect('postgres');
const model = (): Model => ({
  ...emptyModel('postgres'),
  tables: [
    { name: 'users', columns: [{ name: 'app_id', type: 'VARCHAR(64)', nullable: false, default: 'public' }, { name: 'id', type: 'BIGINT', nullable: false }], primaryKey: { name: 'users_pkey', columns: ['app_id', 'id'] }, uniques: [], foreignKeys: [], indexes: [], checks: [] },
    { name: 'other', columns: [{ name: 'id', type: 'BIGINT', nullable: false }], uniques: [], foreignKeys: [], indexes: [], checks: [] },
  ],
});
const step = { op: 'rollback_only_values' as const, args: { columns: { app_id: 'public' }, hint: 'Delete the other apps' } };

describe('rollback_only_values', () => {
  it('resolves to the values, going up', () => {
    expect(resolveOp(d, step, {})).toEqual({ kind: 'rollback_only_values', columns: { app_id: 'public' }, hint: 'Delete the other apps', rollingBack: false });
  });

  it('changes no model, and refuses a column no table has', () => {
    const m = model();
    expect(applyOp(d, m, resolveOp(d, step, {}))).toBe(m);
    expect(() => applyOp(d, m, resolveOp(d, { ...step, args: { ...step.args, columns: { app_id: 'public', tenant_id: 'public' } } }, {}))).toThrow(new OpError('no table has column tenant_id'));
  });

  it('its inverse is the check; the check has no inverse of its own', () => {
    const op = resolveOp(d, step, {});
    const inv = inverseOf(op, model(), model(), new Set());
    expect(inv).toEqual({ ops: [{ ...op, rollingBack: true }] });
    expect(inverseOf((inv as { ops: Op[] }).ops[0], model(), model(), new Set())).toEqual({ ops: [] });
  });

  it('describes both directions for the banners', () => {
    const op = resolveOp(d, step, {});
    expect(describeOp(op)).toBe("rollback refuses rows that hold another value than app_id 'public'");
    expect(describeOp({ ...op, rollingBack: true } as Op)).toBe("check: no row holds another value than app_id 'public'");
  });

  it('renders no statement in place (its check runs before the first change) and reads the tables that hold the columns', () => {
    const op = resolveOp(d, step, {});
    expect(renderOp(d, op, model(), model(), {})).toEqual([]);
    expect(tablesWithValues(model(), op as Extract<Op, { kind: 'rollback_only_values' }>)).toEqual(['users']);
  });

  it('has a schema fragment: columns (identifiers to scalars) and a one-line hint', () => {
    const s = OPERATIONS.rollback_only_values.schema as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(['columns', 'hint']);
    expect(Object.keys(s.properties)).toEqual(['columns', 'hint']);
  });
});
