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
import { demoProduct } from './helpers/plans.js';

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

  // The statement text and the options read from information_schema (utf8mb3 there) are joined as utf8mb4: a
  // value with a 4-byte character in the statement stays intact.
  describe('a new table with a 4-byte character in a default, beside a utf8mb4_bin table', () => {
    let s: Scratch;
    const dir = demoProduct({
      '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: p\n      columns: [{ name: id, type: varchar(16), nullable: false }]\n      primary_key: { columns: [id] }\n`,
      '1.0-1.1.yaml': `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: child\nsteps:\n  - create_table:\n      name: c\n      columns: [{ name: id, type: varchar(16), nullable: false }, { name: note, type: varchar(8), nullable: false, default: "\u{1F600}x" }]\n      primary_key: { columns: [id] }\n      foreign_keys: [{ name: c_p_fkey, columns: [id], references: { table: p, columns: [id] } }]\n`,
    });
    const demo = (from: string, to: string) => compile({ product: 'demo', from, to, dialect: 'mysql', plansDir: dir }).sql;
    beforeAll(async () => {
      s = await openScratch('mysql', { url });
      await s.query(`ALTER DATABASE \`${s.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      await s.execWithClient(demo('0', '1.0'));
      await s.execWithClient(SETUP);
    }, 120_000);
    afterAll(async () => {
      await s?.close();
    }, 120_000);

    it('the table is utf8mb4_bin and its default is the emoji', async () => {
      await s.execWithClient(demo('1.0', '1.1'));
      expect(await collations(s)).toEqual({ c: 'utf8mb4_bin', p: 'utf8mb4_bin' });
      // (information_schema shows the default as '?x': its COLUMN_DEFAULT is utf8mb3; a row shows the real one.)
      await s.query(`INSERT INTO p VALUES ('k')`);
      await s.query(`INSERT INTO c (id) VALUES ('k')`);
      const [{ d }] = await s.query<{ d: string }>(`SELECT HEX(note) AS d FROM c`);
      expect(Buffer.from(d, 'hex').toString('utf8')).toBe('\u{1F600}x');
      // A second run passes its version check, which reads that '?x' (found when the script's end check stopped on it).
      await s.execWithClient(demo('1.0', '1.1'));
      await s.execWithClient(demo('1.1', '1.0'));
      await s.execWithClient(demo('1.0', '1.1'));
    }, 120_000);
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
