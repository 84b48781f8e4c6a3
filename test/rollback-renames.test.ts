// Rollback follows renames (rollbackEntries, src/compile/created-here.ts): a table or column created in a plan
// and renamed later in the same plan is still created here, so the rows and values the plan writes to it go
// when the rollback drops it, and need no inverse of their own.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { verify } from '../src/verify/verify.js';
import { demoProduct } from './helpers/plans.js';

const plans = {
  '0-1.0.yaml': `product: demo
from: "0"
to: "1.0"
summary: base
steps:
  - create_table: { name: a, columns: [{ name: id, type: integer, nullable: false }], primary_key: { columns: [id] } }
`,
  '1.0-1.1.yaml': `product: demo
from: "1.0"
to: "1.1"
summary: created, renamed, written
steps:
  - create_table: { name: t, columns: [{ name: id, type: integer, nullable: false }, { name: v, type: "varchar(40)" }], primary_key: { columns: [id] } }
  - rename_table: { from: t, to: u }
  - insert: { table: u, rows: [{ id: 1, v: one }] }
  - copy_rows: { into: u, from: a, values: { id: { column: id } } }
  - update: { table: u, set: { v: { literal: two } } }
  - add_column: { table: a, column: { name: x, type: integer } }
  - rename_column: { table: a, from: x, to: y }
  - update: { table: a, set: { y: { literal: 5 } } }
`,
};

describe('rollback follows renames of what a plan created', () => {
  it('1.1 → 1.0 compiles on both dialects: the rollback renames back and drops a.y and u, and deletes no row', () => {
    const dir = demoProduct(plans);
    for (const dialect of ['postgres', 'mysql']) {
      const r = compile({ product: 'demo', from: '1.1', to: '1.0', dialect, plansDir: dir });
      expect(r.units.map((u) => u.op.kind)).toEqual(['rename_column', 'drop_column', 'rename_table', 'drop_table']);
    }
  });

  it.each([['1.0', '1.1'], ['0', '1.1']])('plan verify %s → %s on PGlite passes', async (from, to) => {
    const r = await verify({ product: 'demo', from, to, dialect: 'postgres', plansDir: demoProduct(plans), sample: 2 });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
  });
});
