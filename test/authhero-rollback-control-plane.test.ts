// Found by a fresh DBA: AuthHero upgraded 11.20 → 11.21 with --param control_plane_tenant_id=ops (tenants ops and
// t1); plan status --to 11.20 printed the rollback's compile command without the parameter (its note: the default,
// main), and that rollback "applied", leaving the organization the upgrade made for t1 (org_… | ops | t1): its delete
// looked for the organizations on the tenant main. The rollback now stops before any change when the target holds
// rows with the id the copy derives from a tenant (and its name) but another tenant_id than the one it looks for,
// naming the value it looked for and the rows (refuse_other_copies); with the value the upgrade used it deletes them.
// And status now proposes that value in the first place: it reads which tenant_id the organizations the upgrade
// derived from tenants hold (src/detect/param-reads.ts), and with one value, its compile command carries it (before,
// on MariaDB and SQLite alike: `npx plan compile authhero 11.21 11.20 --dialect … -o down.sql`, the default main); with
// several values or none, a note says so and how to pick; a --param that contradicts the rows is refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { derivedId } from '../src/compile/derived-id.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { readCatalogThen } from '../src/engines/live.js';
import { detect } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';
import { rollbackParamReads } from '../src/detect/param-reads.js';
import { projectRoot } from '../src/paths.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
/** Runs the built CLI (plan status as a DBA runs it). */
const plan = (args: string[]) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** The note status prints when the rows hold the one value `value` (`rows` of them). */
const readNote = (value: string, rows = 1) =>
  `note: parameter control_plane_tenant_id is ${value}, read from this database: the organizations rows the 11.20 → 11.21 upgrade copied from tenants hold it in organizations.tenant_id (${value}: ${rows} row${rows === 1 ? '' : 's'}), and the rollback deletes those with the value it is compiled with`;
/** The message of status given --param control_plane_tenant_id=`given` while the rows hold `held`. */
const contradicted = (given: string, held: string) =>
  `plan: error: --param control_plane_tenant_id=${given}, but the organizations rows the 11.20 → 11.21 upgrade copied from tenants hold ${held} in organizations.tenant_id (${held}: 1 row): a rollback compiled with ${given} would stop before any change at its check; leave --param control_plane_tenant_id out (status reads it from those rows) or give it ${held}`;

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
    // plan status --to 11.20 proposes the rollback with the value the upgrade used (before: the default, main).
    const st = plan(['status', 'authhero', '--url', `sqlite:${db}`, '--to', '11.20']);
    expect(st.stderr).toBe('');
    expect(st.code).toBe(0);
    expect(st.stdout).toContain('\n  npx plan compile authhero 11.21 11.20 --dialect sqlite --param control_plane_tenant_id=ops -o down.sql\n');
    expect(st.stdout).toContain(readNote('ops'));
    expect(st.stdout).not.toContain('the commands use its default (main)');
    // A value given that the rows contradict: refused, naming both.
    const wrong = plan(['status', 'authhero', '--url', `sqlite:${db}`, '--to', '11.20', '--param', 'control_plane_tenant_id=main']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe(contradicted('main', 'ops'));
    // The same value given: the same command, no refusal.
    expect(plan(['status', 'authhero', '--url', `sqlite:${db}`, '--to', '11.20', '--param', 'control_plane_tenant_id=ops']).stdout).toContain('--param control_plane_tenant_id=ops -o down.sql\n');
    // Rows of two values (an organization with the id the copy derives from tenant t2, on tenant zz): no value
    // taken; one line says which values, and how to pick.
    const several = join(dir, 'several.db');
    copyFileSync(db, several);
    execFileSync('sqlite3', ['-bail', several, `INSERT INTO tenants (id,created_at,updated_at) VALUES ('t2','c','u'); INSERT INTO organizations (id, tenant_id, name, display_name, branding, metadata, enabled_connections, token_quota, created_at, updated_at) VALUES ('${derivedId('org_', 17, 't2')}', 'zz', 't2', 't2', '{}', '{}', '[]', '{}', 'c', 'u');`]);
    const sv = plan(['status', 'authhero', '--url', `sqlite:${several}`, '--to', '11.20']);
    expect(sv.stdout).toContain('\n  npx plan compile authhero 11.21 11.20 --dialect sqlite -o down.sql\n');
    expect(sv.stdout).toContain('note: parameter control_plane_tenant_id: the organizations rows the 11.20 → 11.21 upgrade copied from tenants hold several values in organizations.tenant_id (ops: 1 row; zz: 1 row), so status cannot tell which the upgrade used; the rollback deletes those of the value it is compiled with and stops before any change while rows with another are there (naming them): see to those first, then pass --param control_plane_tenant_id=… to status with the value the upgrade was compiled with (its script\'s header, line parameters:); until then the commands use its default (main)\n');
    // None (the application deleted them): the value changes nothing the rollback deletes, said so.
    const none = join(dir, 'none.db');
    copyFileSync(db, none);
    execFileSync('sqlite3', ['-bail', none, 'DELETE FROM organizations;']);
    const nn = plan(['status', 'authhero', '--url', `sqlite:${none}`, '--to', '11.20']);
    expect(nn.stdout).toContain('\n  npx plan compile authhero 11.21 11.20 --dialect sqlite -o down.sql\n');
    expect(nn.stdout).toContain('note: parameter control_plane_tenant_id: this database holds none of the organizations rows the 11.20 → 11.21 upgrade copied from tenants, so the rollback deletes none of them whatever its value; the commands use its default (main)\n');
    expect(dump()).toBe(before);
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

  it('plan status --to 11.20: the command with the value the upgrade used (ops), read from the organizations it made', async () => {
    const before = await s.fingerprint();
    const u = new URL(url);
    u.pathname = `/${s.name}`;
    const st = plan(['status', 'authhero', '--url', u.toString(), '--to', '11.20']);
    expect(st.stderr).toBe('');
    expect(st.code).toBe(0);
    expect(st.stdout).toContain('\n  npx plan compile authhero 11.21 11.20 --dialect mysql --param control_plane_tenant_id=ops -o down.sql\n');
    expect(st.stdout).toContain(readNote('ops'));
    expect(st.stdout).not.toContain('the commands use its default (main)');
    const wrong = plan(['status', 'authhero', '--url', u.toString(), '--to', '11.20', '--param', 'control_plane_tenant_id=t1']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe(contradicted('t1', 'ops'));
    // The same through the functions: the read in the catalog's read-only transaction, then status.
    const read = await readCatalogThen('mysql', (q) => s.query(q), undefined, {}, undefined, undefined, (lines) => rollbackParamReads(detect({ product: 'authhero', dialect: 'mysql', found: lines }), '11.20', []));
    expect(read.params).toEqual([{ param: 'control_plane_tenant_id', from: { kind: 'copy', upgrade: '11.20 → 11.21', table: 'organizations', column: 'tenant_id', source: 'tenants' }, values: [{ value: 'ops', rows: 1 }] }]);
    const sr = status({ detected: detect({ product: 'authhero', dialect: 'mysql', found: read.lines }), to: '11.20', paramRows: read.params });
    expect(sr.commands[0]).toBe('npx plan compile authhero 11.21 11.20 --dialect mysql --param control_plane_tenant_id=ops -o down.sql');
    // Without the read (as status was): the default, and the note that the rollback checks it.
    const st0 = status({ detected: detect({ product: 'authhero', dialect: 'mysql', found: read.lines }), to: '11.20' });
    expect(st0.commands[0]).toBe('npx plan compile authhero 11.21 11.20 --dialect mysql -o down.sql');
    expect(st0.confirm).toContain('parameter control_plane_tenant_id: the commands use its default, main; the schema does not show the value this database is used with: if it is another, pass --param control_plane_tenant_id=… to status; the rollback checks it against the rows the upgrade made, and stops before any change, naming the value it looked for, when the upgrade used another');
    expect(await s.fingerprint()).toEqual(before);
  });

  it('the rollback compiled with the default (main) stops before any change, naming main and the row', async () => {
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
