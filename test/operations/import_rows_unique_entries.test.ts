// import_rows unique_entries (src/operations/import_rows.ts): entries of a JSON-object column the product treats as
// unique though no key of the database says so (Logto's identities: findUserByIdentity expects one user per target
// and userId). The model refuses what cannot hold; the statement keeps a row out when another target row has one of
// its entries, or an earlier source row gives it. On the engines: test/logto.test.ts (u48, u64).
import { describe, expect, it } from 'vitest';
import { getDialect } from '../../src/dialects/index.js';
import { emptyModel, type Model, type Table } from '../../src/model/model.js';
import { OPERATIONS, OpError, applyOp, renderOp, resolveOp } from '../../src/operations/index.js';
import { conflictTests, importReportSql } from '../../src/operations/import_rows.js';

const users = (identities = 'JSONB'): Table => ({
  name: 'users',
  columns: [
    { name: 'tenant_id', type: 'VARCHAR(21)', nullable: false },
    { name: 'id', type: 'VARCHAR(12)', nullable: false },
    { name: 'identities', type: identities, nullable: false, default: { literal: '{}' } as never },
  ],
  primaryKey: { name: 'users_pkey', columns: ['id'] },
  uniques: [], foreignKeys: [], indexes: [], checks: [],
});
const record: Table = { name: 'rec', columns: [{ name: 'id', type: 'VARCHAR(12)', nullable: false }], primaryKey: { name: 'rec_pkey', columns: ['id'] }, uniques: [], foreignKeys: [], indexes: [], checks: [] };
const model = (identities?: string): Model => ({ ...emptyModel('postgres'), tables: [users(identities), record] });
const step = (unique: unknown, values: Record<string, unknown> = { tenant_id: { literal: 'default' }, id: { source: 'id' }, identities: { json_object: [{ key: { source: 'target' }, value: { json_object: [{ key: { literal: 'userId' }, value: { source: 'uid' } }] } }] } }) => ({
  op: 'import_rows' as const,
  args: { into: 'users', from: { table: { param: 'src' }, columns: { param: 'cols' } }, values, order_by: { source: 'id' }, record: 'rec', unique_entries: unique } as never,
});
const params = { src: 'legacy', cols: 'id:id,target:provider,uid:social_id' };

describe('import_rows unique_entries', () => {
  const d = getDialect('postgres');

  it('refuses a column that is not JSON, a column or scope the import gives no value, and a dialect that cannot read entries', () => {
    expect(applyOp(d, model(), resolveOp(d, step([{ column: 'identities', field: 'userId', scope: ['tenant_id'] }]), params))).toBeDefined();
    expect(() => applyOp(d, model('TEXT'), resolveOp(d, step([{ column: 'identities', field: 'userId' }]), params))).toThrow(new OpError('import_rows unique_entries: users.identities is text, not a JSON type'));
    expect(() => applyOp(d, model(), resolveOp(d, step([{ column: 'identities', field: 'userId', scope: ['tenant_id'] }], { id: { source: 'id' }, identities: { literal: '{}' } }), params))).toThrow(new OpError('import_rows unique_entries: the import gives no value for users.tenant_id'));
    expect(() => applyOp(d, model(), resolveOp(d, step([{ column: 'nope', field: 'userId' }]), params))).toThrow(OpError);
    expect(() => resolveOp(getDialect('mysql'), step([{ column: 'identities', field: 'userId' }]), params)).toThrow(OpError);
  });

  it('keeps a row out by a join on the entries (key, field, scope), never by its own target row', () => {
    const op = resolveOp(d, step([{ column: 'identities', field: 'userId', scope: ['tenant_id'] }]), params);
    const st = renderOp(d, op, model(), model(), params).at(-1)!;
    const text = st.bodies.map((b) => b.text).join('\n');
    expect(text).toContain(`row_number() OVER (PARTITION BY k.tenant_id, e.plan_key, e.plan_field ORDER BY`);
    expect(text).toContain("plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(dst.identities AS jsonb)) = 'object'");
    expect(text).toContain('ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND (y.id <> x.id)');
    expect(text).toContain('AND NOT v.plan_entry_taken_1');
    expect(text).toContain('AND NOT v.plan_entry_repeat_1');
    expect(conflictTests(d, op as never, model()).map((t) => t.reason).slice(-2)).toEqual([
      'duplicate users.identities entry (its key and userId, per tenant_id): another users row has it',
      'duplicate users.identities entry (its key and userId, per tenant_id): an earlier source row has it too (source rows ordered by id, compared by bytes)',
    ]);
  });

  it('names the order that makes a source row earlier: a source column by its name, else the plan\'s order_by', () => {
    const entries = [{ column: 'identities', field: 'userId', scope: ['tenant_id'] }];
    const byLowerUid = { ...step(entries), args: { ...step(entries).args, order_by: { lower: { text: { source: 'uid' } } } } as never };
    const lowered = resolveOp(d, byLowerUid, params);
    expect(conflictTests(d, lowered as never, model()).at(-1)!.reason).toBe('duplicate users.identities entry (its key and userId, per tenant_id): an earlier source row has it too (source rows ordered by social_id, compared by bytes)');
    const byConcat = { ...step(entries), args: { ...step(entries).args, order_by: { concat: [{ source: 'target' }, { source: 'uid' }] } } as never };
    expect(conflictTests(d, resolveOp(d, byConcat, params) as never, model()).at(-1)!.reason).toBe("duplicate users.identities entry (its key and userId, per tenant_id): an earlier source row has it too (source rows ordered by the plan's order_by, compared by bytes)");
  });

  it("the report's reason names the entry and the row that has it (a target row by its primary key, an earlier source row by its order_by value); the import's statement computes neither", () => {
    const op = resolveOp(d, step([{ column: 'identities', field: 'userId', scope: ['tenant_id'] }]), params);
    const report = importReportSql(d, op as never, model(), params).text;
    expect(report).toContain(`SELECT x.plan_row, (CAST(jsonb_build_object(x.plan_key, jsonb_build_object('userId', x.plan_field)) AS text) || ', held by the users row with ' || 'id ' || COALESCE(CAST(y.id AS text), 'NULL')) AS plan_what FROM plan_entries_1 AS x`);
    expect(report).toContain(`|| ', given by source row ' || COALESCE(CAST(f.plan_order AS text), 'NULL')) AS plan_what FROM plan_entries_1 AS x JOIN plan_entries_1 AS y ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND y.plan_n = 1 JOIN plan_kept AS f ON f.plan_row = y.plan_row WHERE x.plan_n > 1`);
    expect(report).toContain(`THEN ('duplicate users.identities entry (its key and userId, per tenant_id): another users row has it' || COALESCE((': ' || v.plan_entry_taken_1_what), ''))`);
    const statement = renderOp(d, op, model(), model(), params).at(-1)!.bodies.map((b) => b.text).join('\n');
    expect(statement).not.toContain('plan_what');
  });

  it('is part of the import_rows schema', () => {
    const s = OPERATIONS.import_rows.schema as { properties: Record<string, { items?: { required?: string[] } }> };
    expect(s.properties.unique_entries.items?.required).toEqual(['column', 'field']);
  });
});
