// update's from: option (src/operations/update_from.ts): values read from the matching row of another table. The
// model refuses what the engines would (the table read is the one updated; a column missing); the statement and
// its row check read the other table through a correlated subquery, and a row without a match is left alone.
// On the engines: test/supertokens-7.0.test.ts (password reset tokens take their user's e-mail).
import { describe, expect, it } from 'vitest';
import { getDialect } from '../../src/dialects/index.js';
import { emptyModel, type Model, type Table } from '../../src/model/model.js';
import { OPERATIONS, OpError, applyOp, describe as describeOp, renderOp, resolveOp } from '../../src/operations/index.js';
import { updateGapSql } from '../../src/operations/update.js';

const t = (name: string, cols: string[]): Table => ({
  name,
  columns: cols.map((c) => ({ name: c, type: 'VARCHAR(64)', nullable: true })),
  primaryKey: { name: `${name}_pkey`, columns: [cols[0]] },
  uniques: [], foreignKeys: [], indexes: [], checks: [],
});
const model = (): Model => ({ ...emptyModel('postgres'), tables: [t('tokens', ['token', 'user_id', 'email']), t('users', ['id', 'email'])] });
const step = (from: unknown, set: unknown = { email: { column: 'email' } }) => ({ op: 'update' as const, args: { table: 'tokens', set, from } as never });

describe.each(['postgres', 'mysql'] as const)('update from (%s)', (dialect) => {
  const d = getDialect(dialect);
  const op = resolveOp(d, step({ table: 'users', on: { user_id: 'id' } }), {});

  it('changes no model; refuses the updated table as the source, and missing columns', () => {
    const m = model();
    expect(applyOp(d, m, op)).toBe(m);
    expect(() => applyOp(d, m, resolveOp(d, step({ table: 'tokens', on: { user_id: 'token' } }), {}))).toThrow(new OpError('update from: tokens reads itself (MySQL refuses a subquery on the table it updates)'));
    expect(() => applyOp(d, m, resolveOp(d, step({ table: 'users', on: { user_id: 'nope' } }), {}))).toThrow(OpError);
    expect(() => applyOp(d, m, resolveOp(d, step({ table: 'users', on: { nope: 'id' } }), {}))).toThrow(OpError);
    // `set` reads the source table: a column only the target has is refused.
    expect(() => applyOp(d, m, resolveOp(d, step({ table: 'users', on: { user_id: 'id' } }, { email: { column: 'token' } }), {}))).toThrow(OpError);
  });

  it('writes each row from its match only, and only while it differs', () => {
    const [st] = renderOp(d, op, model(), model(), {});
    const q = (n: string) => d.syntax.ident(n).text;
    const text = st.bodies.map((b) => b.text).join('\n');
    expect(text).toContain(`UPDATE ${q('tokens')} AS dst SET ${q('email')} = (SELECT src.${q('email')} FROM ${q('users')} AS src WHERE src.${q('id')} = dst.${q('user_id')})`);
    expect(text).toMatch(/WHERE EXISTS \(SELECT 1 FROM \S+ AS src WHERE src\.\S+ = dst\.\S+ AND \(.*dst\.\S*email.*src\.\S*email/);
    expect(st.effects).toEqual([]);
    expect(st.condition?.kind).toBe('sql');
    expect(updateGapSql(d, op as never, model(), {})).toMatch(/^SELECT COUNT\(\*\) AS n FROM \S+ AS dst WHERE EXISTS \(SELECT 1 FROM \S+ AS src WHERE /);
    expect(describeOp(op)).toBe('update tokens from users');
  });

  it('is part of the update schema', () => {
    const s = OPERATIONS.update.schema as { properties: Record<string, { required?: string[] }> };
    expect(s.properties.from.required).toEqual(['table', 'on']);
  });
});
