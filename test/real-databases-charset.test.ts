// Issue #10, case 09 (../shared/cases/real-databases/09-charset-collation-mismatch-mysql and
// repro-mysql-charset.sh, setup copied to test/fixtures/real-databases/): a database created latin1 (or utf8mb3,
// or utf8mb4 with utf8mb4_bin) gets its 5.0 tables in that character set; its default later becomes utf8mb4 /
// utf8mb4_general_ci. The tables 5.0 → 6.0 creates must take the old tables' character set and collation, or the
// first foreign key between an old and a new table fails (errno 150) and leaves the database half-migrated.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const SETUP = readFileSync(new URL('./fixtures/real-databases/09-charset-collation-mismatch-mysql.setup.sql', import.meta.url), 'utf8');
const sqlOf = (from: string, to: string) => compile({ product: 'supertokens', from, to, dialect: 'mysql' }).sql;

const CASES = [
  { title: 'latin1 tables', create: 'CHARACTER SET latin1', collation: 'latin1_swedish_ci' },
  { title: 'utf8mb3 tables', create: 'CHARACTER SET utf8mb3', collation: 'utf8mb3_general_ci' },
  { title: 'utf8mb4_bin tables (a collation-only difference)', create: 'CHARACTER SET utf8mb4 COLLATE utf8mb4_bin', collation: 'utf8mb4_bin' },
];

/** TABLE_COLLATION of every table of the scratch database. */
async function collations(s: Scratch): Promise<Record<string, string>> {
  const rows = await s.query<{ t: string; c: string }>(`SELECT TABLE_NAME AS t, TABLE_COLLATION AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1`);
  return Object.fromEntries(rows.map((r) => [r.t, r.c]));
}

await describeServer('mysql server', 'mysql', (url) => {
  it('the header says what character set the new tables get', () => {
    expect(sqlOf('5.0', '6.0')).toMatch(/^-- charset: {2}each table this script creates takes the character set and collation of the product's existing tables/m);
    expect(sqlOf('0', '5.0')).toMatch(/^-- charset: {2}the tables take the database's default character set and collation\.$/m);
  });

  for (const c of CASES) {
    describe(`${c.title}, database default changed to utf8mb4_general_ci, 5.0 → 6.0 through the mariadb client`, () => {
      let s: Scratch;
      beforeAll(async () => {
        s = await openScratch('mysql', { url });
        await s.query(`ALTER DATABASE \`${s.name}\` ${c.create}`);
        await s.execWithClient(sqlOf('0', '5.0'));
        await s.execWithClient(SETUP);
        const [{ d }] = await s.query<{ d: string }>('SELECT DEFAULT_COLLATION_NAME AS d FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()');
        expect(d).toBe('utf8mb4_general_ci');
      }, 120_000);
      afterAll(async () => {
        await s?.close();
      }, 120_000);

      it(`the 5.0 tables are ${c.collation}`, async () => {
        expect(new Set(Object.values(await collations(s)))).toEqual(new Set([c.collation]));
      }, 120_000);

      it(`up exits 0 and every new table is ${c.collation}`, async () => {
        await s.execWithClient(sqlOf('5.0', '6.0'));
        const found = await collations(s);
        expect(Object.keys(found)).toEqual(expect.arrayContaining(['apps', 'tenants', 'app_id_to_user_id', 'tenant_thirdparty_provider_clients']));
        expect(Object.entries(found).filter(([, x]) => x !== c.collation)).toEqual([]);
      }, 120_000);

      it('the end state is 6.0 as the model predicts it', async () => {
        expect([...(await s.catalog())].sort()).toEqual([...predictCatalog({ product: 'supertokens', version: '6.0', dialect: 'mysql' })].sort());
      }, 120_000);

      it('a second run executes nothing', async () => {
        const before = await s.writeEvidence();
        await s.execWithClient(sqlOf('5.0', '6.0'));
        expect(describeWrites(before, await s.writeEvidence())).toEqual([]);
      }, 120_000);
    });
  }
});
