// Re-running a script changes nothing, also when a later plan of the same script renamed what an earlier
// one created (the earlier statement's guard then finds its object missing under the old name).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { demoProduct } from './helpers/plans.js';

const INSTALL = `product: demo
from: "0"
to: "1.0"
summary: install
steps:
  - create_table:
      name: t
      columns: [{ name: id, type: bigint, nullable: false }]
      primary_key: { columns: [id] }
`;
const ADD = `product: demo
from: "1.0"
to: "1.1"
summary: add
steps:
  - add_column: { table: t, column: { name: a, type: integer } }
`;
const RENAME = `product: demo
from: "1.1"
to: "1.2"
summary: rename
steps:
  - rename_column: { table: t, from: a, to: b }
  - rename_table: { from: t, to: u }
`;

describe('pglite: re-running 0 → 1.2 where 1.2 renames what 0 and 1.1 created', () => {
  let s: Scratch;
  const dir = demoProduct({ '0-1.0.yaml': INSTALL, '1.0-1.1.yaml': ADD, '1.1-1.2.yaml': RENAME });
  const req = { product: 'demo', plansDir: dir, dialect: 'postgres' };
  beforeAll(async () => {
    s = await openScratch('postgres');
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('the first run gives the predicted catalog', async () => {
    await s.execScript(compile({ ...req, from: '0', to: '1.2' }).sql);
    expect([...(await s.catalog())].sort()).toEqual([...predictCatalog({ ...req, version: '1.2' })].sort());
  });

  // Without the script-wide view, CREATE TABLE IF NOT EXISTS t would find no "t" (it is "u" now) and create
  // it again (PostgreSQL: 'relation "t_pkey" already exists'; MySQL: both t and u). The guard also checks the
  // names later steps give the table and the column.
  it('a second run changes nothing', async () => {
    const catalog = await s.catalog();
    await s.execScript(compile({ ...req, from: '0', to: '1.2' }).sql);
    expect(await s.catalog()).toEqual(catalog);
  });
});
