// Found by a fresh DBA: AuthHero upgraded 11.20 → 11.21 with --param control_plane_tenant_id=ops (tenants ops and
// t1); plan status --to 11.20 printed the rollback's compile command without the parameter (its note: the default,
// main), and that rollback "applied", leaving the organization the upgrade made for t1 (org_… | ops | t1): its delete
// looked for the organizations on the tenant main. The rollback now stops before any change when the target holds
// rows with the id the copy derives from a tenant (and its name) but another tenant_id than the one it looks for,
// naming the value it looked for and the rows (refuse_other_copies); with the value the upgrade used it deletes them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { derivedId } from '../src/compile/derived-id.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { readCatalogThen } from '../src/engines/live.js';
import { detect } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';

const TENANTS = "INSERT INTO tenants (id,created_at,updated_at) VALUES ('ops','c','u'),('t1','c','u');";
const ORG = derivedId('org_', 17, 't1');
const ORGS = 'SELECT id, tenant_id, name FROM organizations ORDER BY id';
const down = (dialect: string, params: string[] = []) => compile({ product: 'authhero', from: '11.21', to: '11.20', dialect, params }).sql;
const up = (dialect: string) => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect, params: ['control_plane_tenant_id=ops'] }).sql;
/** The stop for a rollback compiled with control_plane_tenant_id=`value`. */
const stopped = (value: string) =>
  `plan stopped: organizations holds rows the 11.20 → 11.21 copy from tenants made with other parameter values than this rollback looks for (control_plane_tenant_id=${value}): their name, id are those it gives a tenants row, their tenant_id not the one it gives with control_plane_tenant_id=${value}, so this rollback would leave them; compile it with the --param values the upgrade was compiled with (it wrote organizations.tenant_id from them: see the rows named here), then run it again (the first of them by (id, tenant_id, name): (${ORG}, ops, t1))`;

it('the rollback of a copy keyed by a derived id and a parameter checks first for rows made with another value', () => {
  for (const dialect of ['mysql', 'sqlite']) {
    expect(down(dialect)).toMatch(/-- 11\.21 → 11\.20 · 1\/\d+ · check that organizations holds no row copied from tenants with other parameter values\n/);
  }
});

describeSqliteClient('authhero rollback after an upgrade with another control-plane tenant, SQLite through sqlite3 -bail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-authhero-cp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'app.db');
  const run = (script: string) => spawnSync('sqlite3', ['-bail', db], { input: script, encoding: 'utf8' });
  const orgs = () => execFileSync('sqlite3', [db, ORGS], { encoding: 'utf8' }).trim();

  it('without the parameter (main) and with a wrong tenant (t1): stops before any change, naming the value and the row; with ops: deletes it', () => {
    expect(run(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql).stderr).toBe('');
    expect(run(TENANTS).stderr).toBe('');
    expect(run(up('sqlite')).stderr).toBe('');
    expect(orgs()).toBe(`${ORG}|ops|t1`);
    const dump = () => execFileSync('sqlite3', [db, '.dump'], { encoding: 'utf8' });
    const before = dump();
    for (const [params, value] of [[[], 'main'], [['control_plane_tenant_id=t1'], 't1']] as const) {
      const r = run(down('sqlite', [...params]));
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(stopped(value));
      expect(dump()).toBe(before);
    }
    expect(run(down('sqlite', ['control_plane_tenant_id=ops'])).stderr).toBe('');
    expect(orgs()).toBe('');
  });
});

await describeServer('authhero rollback after an upgrade with another control-plane tenant, MariaDB through the client', 'mysql', (url) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await openScratch('mysql', { url, mysqlCharacterSet: 'utf8mb3' });
    await s.execWithClient(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
    await s.execScript(TENANTS);
    await s.execWithClient(up('mysql'));
  }, 600_000);
  afterAll(async () => s?.close(), 120_000);

  /** The whole stop message as the mariadb client prints it (the stop's SELECT; the client's error shows 64 characters). */
  const printed = async (script: string) => {
    const line = script.split('\n').find((l) => l.startsWith("SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: organizations holds rows the"))!;
    return (await s.query<{ plan: string }>(line.replace(/^SET @plan_sql = IF\(NOT @plan_hold, '(.*)', 'DO 0'\);$/, '$1').replace(/''/g, "'").replace(/^(.*) AS plan FROM DUAL.*$/, '$1 AS plan')))[0].plan;
  };

  it('plan status --to 11.20: the command without the parameter, and a note that the rollback checks it', async () => {
    const read = await readCatalogThen('mysql', (q) => s.query(q));
    const st = status({ detected: detect({ product: 'authhero', dialect: 'mysql', found: read.lines }), to: '11.20' });
    expect(st.commands[0]).toBe('npx plan compile authhero 11.21 11.20 --dialect mysql -o down.sql');
    expect(st.confirm).toContain('parameter control_plane_tenant_id: the commands use its default, main; the schema does not show the value this database is used with: if it is another, pass --param control_plane_tenant_id=… to status; the rollback checks it against the rows the upgrade made, and stops before any change, naming the value it looked for, when the upgrade used another');
  });

  it('the rollback compiled as status printed it (no parameter: main) stops before any change, naming main and the row', async () => {
    expect(await s.query(ORGS)).toEqual([{ id: ORG, tenant_id: 'ops', name: 't1' }]);
    const before = await s.fingerprint();
    await expect(s.execWithClient(down('mysql'))).rejects.toThrow('plan stopped: organizations holds rows the 11.20');
    expect(await s.fingerprint()).toEqual(before);
    expect(await printed(down('mysql'))).toBe(stopped('main'));
  });

  it('a wrong tenant that is in tenants (t1) stops too; the value the upgrade used (ops) deletes the organization', async () => {
    const before = await s.fingerprint();
    await expect(s.execWithClient(down('mysql', ['control_plane_tenant_id=t1']))).rejects.toThrow('plan stopped: organizations holds rows the 11.20');
    expect(await s.fingerprint()).toEqual(before);
    expect(await printed(down('mysql', ['control_plane_tenant_id=t1']))).toBe(stopped('t1'));
    await s.execWithClient(down('mysql', ['control_plane_tenant_id=ops']));
    expect(await s.query(ORGS)).toEqual([]);
  });
});
