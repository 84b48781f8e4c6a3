// MySQL's tenant_configs.is_third_party_providers_null: the MySQL plugin 7.1.0 script added it (with
// is_first_factors_null) and the 7.1.1 script dropped it again, so a real 9.1 MySQL database holds it or not,
// depending on whether its DBA ran 7.1.1; the fresh install never has it. Both databases are built here with
// upstream's own scripts (test/fixtures/upstream/mysql-plugin-7.1.*.sql, verbatim) on top of our 9.0, and both
// upgrade with 9.1 → 9.2 to the fresh 9.2 catalog (plans/supertokens/9.1-9.2.yaml, drop_leftover_column).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

afterAll(closeAllScratches);

const ST = (from: string, to: string) => compile({ product: 'supertokens', from, to, dialect: 'mysql' });
const file = (...p: string[]) => readFileSync(join(projectRoot(), ...p), 'utf8');
const upstream = (v: string) => file('test', 'fixtures', 'upstream', `mysql-plugin-${v}.sql`);
const facts = (version: string) => file('plans', 'supertokens', 'facts', 'catalogs', `mysql-${version}.catalog`).split('\n').filter(Boolean).sort();
const catalog = async (s: Scratch) => [...(await s.catalog())].sort();
const LEFTOVER = 'T tenant_configs | COL is_third_party_providers_null tinyint(1)';
const TENANT = "INSERT INTO tenant_configs (connection_uri_domain, app_id, tenant_id, core_config, email_password_enabled, passwordless_enabled, third_party_enabled) VALUES ('', 'public', 'public', '{}', TRUE, TRUE, TRUE)";

/** A 9.1 MySQL database made the upstream way from our 9.0: 7.1.0, then 7.1.1 when `with711`, then 7.1.3. */
async function upstream91(s: Scratch, with711: boolean): Promise<void> {
  await s.execScript(ST('0', '9.0').sql);
  await s.execScript(TENANT);
  await s.execScript(upstream('7.1.0'));
  if (with711) await s.execScript(upstream('7.1.1'));
  await s.execScript(upstream('7.1.3'));
}

await describeServer('mysql server', 'mysql', (url) => {
  it.each([
    ['with is_third_party_providers_null (7.1.1 never run)', false],
    ['without it (7.1.1 run)', true],
  ])('a 9.1 database %s upgrades to the fresh 9.2 schema; a second run executes nothing', async (_title, with711) => {
    const s = await openScratch('mysql', { url });
    try {
      await upstream91(s, with711);
      const start = await catalog(s);
      // The 9.1 the fresh install gives, plus the leftover column or not.
      expect(start).toEqual(with711 ? facts('9.1') : [...facts('9.1'), LEFTOVER].sort());
      const up = ST('9.1', '9.2');
      await s.execScript(up.sql);
      expect(await catalog(s)).toEqual(facts('9.2'));
      const [{ n }] = await s.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM tenant_configs WHERE is_first_factors_null = TRUE');
      expect(Number(n)).toBe(1);
      await s.execScript(up.sql);
      expect(await catalog(s)).toEqual(facts('9.2'));
    } finally {
      await s.close();
    }
  }, 240_000);

  it("upstream's 7.1.1 script fails on a 9.1 database without the column (a fresh 9.1, or one that ran it already)", async () => {
    const s = await openScratch('mysql', { url });
    try {
      await upstream91(s, true);
      await expect(s.execScript(upstream('7.1.1'))).rejects.toThrow(/is_third_party_providers_null/);
    } finally {
      await s.close();
    }
  }, 240_000);

  it('the column at another definition (7.1.0 cut short before its DROP DEFAULT) is not a known 9.1: the script stops, nothing changed', async () => {
    const s = await openScratch('mysql', { url });
    try {
      await s.execScript(ST('0', '9.0').sql);
      await s.execScript(TENANT);
      // upstream 7.1.0 without its last statement, then 7.1.3
      const lines = upstream('7.1.0').split('\n').filter((l) => l.trim() && !l.startsWith('--'));
      await s.execScript(lines.filter((l) => !l.includes('is_third_party_providers_null DROP DEFAULT')).join('\n'));
      await s.execScript(upstream('7.1.3'));
      const before = await catalog(s);
      expect(before).toContain('T tenant_configs | COL is_third_party_providers_null tinyint(1) DEFAULT 1');
      const err = await s.execScript(ST('9.1', '9.2').sql).then(() => undefined, (e: Error) => e);
      expect(err?.message).toMatch(/plan stopped/);
      const [{ m }] = await s.query<{ m: string }>('SELECT @plan_problem AS m');
      expect(String(m)).toMatch(/^table tenant_configs has column is_third_party_providers_null/);
      expect(await catalog(s)).toEqual(before);
    } finally {
      await s.close();
    }
  }, 240_000);
});
