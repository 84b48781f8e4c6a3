// Issue #10, case 13 (../shared/cases/real-databases/13-new-tables-owned-by-migrating-role-pg, setup copied to
// test/fixtures/real-databases/): the core's role owns a 5.0 install, a DBA applies 5.0 → 6.0 as postgres. The
// tables the upgrade creates must belong to the core's role (it could not read them otherwise: "permission
// denied for table app_id_to_user_id"), a re-run must execute nothing, and the schema must be 6.0's.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines } from './helpers/servers.js';

const SETUP = readFileSync(new URL('./fixtures/real-databases/13-new-tables-owned-by-migrating-role-pg.setup.sql', import.meta.url), 'utf8');
const sqlOf = (from: string, to: string) => compile({ product: 'supertokens', from, to, dialect: 'postgres' }).sql;
const qi = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Product tables of the scratch schema with their owners. */
async function owners(s: Scratch): Promise<Record<string, string>> {
  const rows = await s.query<{ t: string; o: string }>(`SELECT c.relname::text AS t, pg_get_userbyid(c.relowner)::text AS o FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'i') ORDER BY 1`);
  return Object.fromEntries(rows.map((r) => [r.t, r.o]));
}

let serial = 0;
await describeEngines('postgres', (target) => {
  describe(`${target.title}: 5.0 installed by the core's role, 5.0 → 6.0 applied as postgres`, () => {
    let s: Scratch;
    const role = `plan_core_${process.pid}_${Date.now().toString(36)}_${serial++}`;
    const other = `${role}_b`;
    const asRole = (r: string, sql: string) => s.execScript(`SET ROLE ${qi(r)};\n${sql}\nRESET ROLE;`).finally(() => s.query('RESET ROLE'));
    const up = (sql: string) => (target.url ? s.execWithClient(sql) : s.execScript(sql));

    beforeAll(async () => {
      s = await openScratch('postgres', { url: target.url });
      const [{ schema }] = await s.query<{ schema: string }>('SELECT current_schema()::text AS schema');
      await s.execScript(`CREATE ROLE ${qi(role)}; CREATE ROLE ${qi(other)};`);
      await s.execScript(SETUP.replace('ON SCHEMA public', `ON SCHEMA ${qi(schema)}`).replace('TO hunt_st_core', `TO ${qi(role)}, ${qi(other)}`));
      await asRole(role, sqlOf('0', '5.0'));
    }, 120_000);
    afterAll(async () => {
      if (!s) return;
      await s.query('RESET ROLE').catch(() => undefined);
      for (const r of [role, other]) await s.execScript(`DROP OWNED BY ${qi(r)} CASCADE; DROP ROLE ${qi(r)};`).catch((e) => console.warn(`dropping role ${r}: ${e}`));
      await s.close();
    }, 120_000);

    it('the header says who will own the new tables', () => {
      expect(sqlOf('5.0', '6.0')).toMatch(/^-- owner: {4}each table this script creates \(its indexes with it\) is given to the role that owns the product's existing tables/m);
      expect(sqlOf('0', '5.0')).toMatch(/^-- owner: {4}the tables belong to the role that runs this script/m);
    });

    it('the install belongs to the core role', async () => {
      expect(new Set(Object.values(await owners(s)))).toEqual(new Set([role]));
    }, 120_000);

    it('up, applied as postgres, gives every new table and index to the core role', async () => {
      await up(sqlOf('5.0', '6.0'));
      const found = await owners(s);
      expect(Object.keys(found)).toContain('app_id_to_user_id');
      expect(Object.entries(found).filter(([, o]) => o !== role)).toEqual([]);
      expect([...(await s.catalog())].sort()).toEqual([...predictCatalog({ product: 'supertokens', version: '6.0', dialect: 'postgres' })].sort());
    }, 120_000);

    it('the core role reads and writes every product table', async () => {
      const tables = (await s.query<{ t: string }>(`SELECT relname::text AS t FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY 1`)).map((r) => r.t);
      expect(tables.length).toBeGreaterThan(30);
      await asRole(role, [...tables.map((t) => `SELECT count(*) FROM ${qi(t)};`), `INSERT INTO tenants (app_id, tenant_id, created_at_time) VALUES ('public', 't2', 1);`, `DELETE FROM tenants WHERE tenant_id = 't2';`].join('\n'));
    }, 120_000);

    it('a second run executes nothing', async () => {
      const before = await s.writeEvidence();
      await up(sqlOf('5.0', '6.0'));
      expect(describeWrites(before, await s.writeEvidence())).toEqual([]);
    }, 120_000);

    it('several owners: the new tables go to the role owning most of the existing ones', async () => {
      await up(sqlOf('6.0', '5.0'));
      // Three 5.0 tables move to the other role: the core role still owns most.
      await s.execScript(['key_value', 'session_info', 'roles'].map((t) => `ALTER TABLE ${qi(t)} OWNER TO ${qi(other)};`).join('\n'));
      await up(sqlOf('5.0', '6.0'));
      const found = await owners(s);
      expect(found.app_id_to_user_id).toBe(role);
      expect(found.tenants).toBe(role);
      expect(found.key_value).toBe(other);
    }, 120_000);
  });
});
