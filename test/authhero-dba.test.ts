// A DBA's findings on AuthHero 11.20 → 11.21 (the step that copies tenants into organizations of the control-plane
// tenant), each reproduced as it was found: the script compiled with the DBA's parameters and applied with the
// mariadb client to an 11.20 database holding the tenant 'main'.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { derivedId } from '../src/compile/derived-id.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { reviewFor } from '../src/review/run.js';
import { reviewMarkdown } from '../src/review/review.js';

const START = `
INSERT INTO tenants (id, friendly_name, created_at, updated_at) VALUES ('main', 'Control plane', '2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z'), ('tenant-a', 'Tenant A', '2025-06-02T09:00:00.000Z', '2025-06-02T09:00:00.000Z'), ('tenant-b', NULL, '2025-06-03T09:00:00.000Z', '2025-06-03T09:00:00.000Z'), ('tenant-c', '', '2025-06-04T09:00:00.000Z', '2025-06-04T09:00:00.000Z'), ('tenant-d', ' ', '2025-06-05T09:00:00.000Z', '2025-06-05T09:00:00.000Z');
`;
// The finding: a tenant with friendly_name = '' got display_name = ''; @authhero/multi-tenancy 15.0.0
// src/hooks/provisioning.ts gives tenant.friendly_name || tenant.id, and '' is falsy in JavaScript (' ' is not).
const DISPLAY = "SELECT name, CONCAT('[', display_name, ']') AS display FROM organizations ORDER BY name";
const EXPECTED_DISPLAY = [
  { name: 'tenant-a', display: '[Tenant A]' },
  { name: 'tenant-b', display: '[tenant-b]' },
  { name: 'tenant-c', display: '[tenant-c]' },
  { name: 'tenant-d', display: '[ ]' },
];
// The finding: after the upgrade the application attached a membership and a connection to the organization the
// upgrade made for tenant-a; the rollback deleted the organization and ON DELETE CASCADE took both rows, said
// nowhere (no ROWS DELETED line, review naming only the organizations). Now the rollback says what its delete reaches
// and stops before any change while such rows are there, naming the first.
const ORG_A = derivedId('org_', 17, 'tenant-a');
const TS = "'2026-01-01T00:00:00.000Z'";
const APP_ROWS = `
INSERT INTO connections (tenant_id, id, name, created_at, updated_at) VALUES ('main', 'conn1', 'Username-Password-Authentication', ${TS}, ${TS});
INSERT INTO users (tenant_id, user_id, connection, provider, email_verified, is_social, created_at, updated_at) VALUES ('main', 'auth2|admin', 'Username-Password-Authentication', 'auth2', 1, 0, ${TS}, ${TS});
INSERT INTO user_organizations (id, tenant_id, user_id, organization_id, created_at, updated_at) VALUES ('uo1', 'main', 'auth2|admin', '${ORG_A}', ${TS}, ${TS});
INSERT INTO organization_connections (tenant_id, organization_id, connection_id, created_at, updated_at) VALUES ('main', '${ORG_A}', 'conn1', ${TS}, ${TS});
`;
const APP_COUNT = 'SELECT (SELECT COUNT(*) FROM user_organizations) AS memberships, (SELECT COUNT(*) FROM organization_connections) AS connections, (SELECT COUNT(*) FROM organizations) AS organizations';
const STOPPED = `plan stopped: organization_connections holds rows that reference the organizations rows the 11.20 → 11.21 copy made from tenants (written since the upgrade): this rollback deletes those organizations rows, which would delete them too (organization_connections_organization_fk: ON DELETE CASCADE); to let them go delete them first, then run this rollback again; to keep them, stay at this version: the backup taken before the upgrade does not hold them either (the first of them by (tenant_id, organization_id, connection_id): ('main', '${ORG_A}', 'conn1'))`;
const down = (dialect: string) => compile({ product: 'authhero', from: '11.21', to: '11.20', dialect }).sql;

it('the rollback header and review say which tables its delete of the copied organizations reaches, and that it stops on their rows', async () => {
  for (const dialect of ['mysql', 'sqlite']) {
    const header = down(dialect).split('\n\n')[0];
    expect(header.split('\n').filter((l) => l.startsWith('-- ROWS DELETED:'))).toEqual([
      `-- ROWS DELETED: the organizations rows the upgrade copied from tenants, and the rows of organization_connections (organization_id → organizations, ON DELETE CASCADE), user_organizations (organization_id → organizations, ON DELETE CASCADE) that reference them, through their foreign keys; the script stops before any change while rows of organization_connections, user_organizations reference them (the application's, written since the upgrade) (11.21 → 11.20 · 11/${dialect === 'mysql' ? 106 : 191} · delete the rows copied from tenants into organizations)`,
    ]);
    // The delete's lock rows name the tables it writes through the foreign keys.
    expect(down(dialect)).toMatch(/· delete the rows copied from tenants into organizations\n-- locks: organizations: rows[^\n]* \| tenants: read \| organization_connections: rows[^\n]* \| user_organizations: rows/);
    const lossy = (r: string) => r.split('## Irreversible or lossy')[1].split('## Lint')[0];
    const rollback = lossy(reviewMarkdown(await reviewFor({ product: 'authhero', from: '11.21', to: '11.20', dialect })));
    expect(rollback).toContain(': its data goes with it, and the rows of organization_connections (organization_id → organizations, ON DELETE CASCADE), user_organizations (organization_id → organizations, ON DELETE CASCADE) that reference them, through their foreign keys');
    const upgrade = lossy(reviewMarkdown(await reviewFor({ product: 'authhero', from: '11.20', to: '11.21', dialect })));
    expect(upgrade).toContain('- the rollback deletes the organizations rows the upgrade copied from tenants, and the rows of organization_connections');
  }
});

const up = (params: string[] = []) => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql', params }).sql;

/** The script's text with its wrapped comment lines joined (a manual step is printed over several `--` lines). */
const joined = (script: string) => script.replace(/\n--\s+/g, ' ');

// The finding: the manual step told the DBA to configure controlPlaneTenantId: "<control_plane_tenant_id>", the
// placeholder printed as it was, although the script knows the value it used.
it('the manual step names the control-plane tenant the script used, in the header and at its place in the script', () => {
  for (const dialect of ['mysql', 'sqlite']) {
    const script = joined(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect, params: ['control_plane_tenant_id=tenant-1'] }).sql);
    expect(script).not.toContain('<control_plane_tenant_id>');
    expect(script.match(/controlPlaneTenantId: "tenant-1"/g)).toHaveLength(2);
    // A value the snippet would break on (a quote) is refused: the parameter's pattern (test/review-findings-mk.test.ts, 5.).
    expect(() => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect, params: ["control_plane_tenant_id=it's main"] })).toThrow('is not a string matching ^[A-Za-z0-9_.:@+/=,-]+$');
  }
});

// The kind: a text that fills in parameters ({{name}}) refuses <name> for a parameter's name, which it would print as it is.
it('a manual text or check message writing <name> for a parameter is refused, naming {{name}}', () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\nparameters:\n  tenant:\n    type: string\n    pattern: \"^[a-z]+$\"\n    default: main\n    description: the tenant\n');
  writePlanFile(dir, 'demo', '0-1.0.yaml', 'product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: items\n      columns: [{ name: id, type: bigint, nullable: false }]\n      primary_key: { columns: [id] }\n');
  const step = (text: string) => writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: manual\nsteps:\n${text}`);
  const run = () => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: dir }).sql;
  step('  - manual:\n      text: "configure tenant <tenant> (<html> is no parameter)"\n    inverse: []\n');
  expect(run).toThrow(/manual step: <tenant> would be printed as it is; write \{\{tenant\}\} for the value of parameter tenant/);
  step('  - precondition:\n      message: "no tenant <tenant>"\n      tables: [items]\n');
  expect(run).toThrow(/precondition message: <tenant> would be printed as it is; write \{\{tenant\}\}/);
  step('  - manual:\n      text: "configure tenant {{tenant}} (<html> is no parameter)"\n    inverse: []\n');
  expect(joined(run())).toContain('configure tenant main (<html> is no parameter)');
});

describeSqliteClient('authhero 11.20 → 11.21 on SQLite through sqlite3 -bail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-authhero-dba-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'app.db');
  const run = (script: string) => spawnSync('sqlite3', ['-bail', db], { input: script, encoding: 'utf8' });

  it("display_name is friendly_name || id: '' gives the id, ' ' is kept", () => {
    expect(run(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql).stderr).toBe('');
    expect(run(START).stderr).toBe('');
    expect(run(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql).stderr).toBe('');
    const rows = JSON.parse(execFileSync('sqlite3', ['-json', db, DISPLAY.replace("CONCAT('[', display_name, ']')", "'[' || display_name || ']'")], { encoding: 'utf8' }));
    expect(rows).toEqual(EXPECTED_DISPLAY);
  });

  it('the rollback stops before any change while the application\'s rows reference the copied organizations; without them it runs', () => {
    expect(run(APP_ROWS).stderr).toBe('');
    const dump = () => execFileSync('sqlite3', [db, '.dump'], { encoding: 'utf8' });
    const before = dump();
    const r = run(down('sqlite'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(STOPPED);
    expect(dump()).toBe(before);
    expect(run('DELETE FROM organization_connections; DELETE FROM user_organizations;').stderr).toBe('');
    expect(run(down('sqlite')).stderr).toBe('');
    expect(execFileSync('sqlite3', [db, APP_COUNT], { encoding: 'utf8' }).trim()).toBe('0|0|0');
  });
});

await describeServer('authhero 11.20 → 11.21 on MariaDB, as the DBA applied it', 'mysql', (url) => {
  let s: Scratch;
  beforeAll(async () => {
    // AuthHero's 11.20 tables do not fit utf8mb4 (product.yaml verify_database).
    s = await openScratch('mysql', { url, mysqlCharacterSet: 'utf8mb3' });
    await s.execWithClient(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
    await s.execScript(START);
  }, 600_000);
  afterAll(async () => s?.close(), 120_000);
  const organizations = async () => (await s.query<{ t: string }>("SELECT CONCAT('[', tenant_id, ']') AS t FROM organizations ORDER BY name")).map((r) => r.t);

  // The finding: --param 'control_plane_tenant_id=main ' (or =Main) applied → "applied", and organizations held
  // [main ] ×3: the check found the tenant through utf8mb3_general_ci (case and trailing spaces ignored), the copy
  // wrote the parameter's spelling, which no tenant has byte for byte (AuthHero compares ids in JavaScript).
  it.each(['Main'])("control_plane_tenant_id=%j: stops at the check before any change, as SQLite does", async (id) => {
    await expect(s.execWithClient(up([`control_plane_tenant_id=${id}`]))).rejects.toThrow(/plan stopped: the control-plane tenant \(parameter control_plane_/);
    expect(await organizations()).toEqual([]);
  });
  // 'main ' no longer compiles: the parameter's pattern admits no space (a manual step prints it into a snippet).
  it('control_plane_tenant_id="main ": refused when compiled', () => {
    expect(() => up(['control_plane_tenant_id=main '])).toThrow('parameter control_plane_tenant_id: "main " is not a string matching ^[A-Za-z0-9_.:@+/=,-]+$');
  });

  it("control_plane_tenant_id=main: applied, each organization on the tenant 'main' byte for byte", async () => {
    await s.execWithClient(up(['control_plane_tenant_id=main']));
    expect(await organizations()).toEqual(['[main]', '[main]', '[main]', '[main]']);
  });

  it("display_name is friendly_name || id, as @authhero/multi-tenancy provisions it: '' gives the id, ' ' is kept", async () => {
    expect(await s.query(DISPLAY)).toEqual(EXPECTED_DISPLAY);
  });

  it('the rollback stops before any change while the application\'s rows reference the copied organizations; without them it runs', async () => {
    await s.execScript(APP_ROWS);
    const before = await s.fingerprint();
    await expect(s.execWithClient(down('mysql'))).rejects.toThrow(STOPPED.slice(0, 60));
    expect(await s.fingerprint()).toEqual(before);
    expect((await s.query(APP_COUNT)).map((r) => Object.values(r).map(Number))).toEqual([[1, 1, 4]]);
    // The whole message, with the first row, as the mariadb client prints it (the stop's SELECT).
    const printed = await s.query<{ plan: string }>(down('mysql').split('\n').find((l) => l.startsWith("SET @plan_sql = IF(NOT @plan_hold, 'SELECT CONCAT(''plan stopped: organization_connections"))!.replace(/^SET @plan_sql = IF\(NOT @plan_hold, '(.*)', 'DO 0'\);$/, '$1').replace(/''/g, "'").replace(/^(.*) AS plan FROM DUAL.*$/, '$1 AS plan'));
    expect(printed[0].plan).toBe(STOPPED);
    await s.execScript('DELETE FROM organization_connections; DELETE FROM user_organizations;');
    await s.execWithClient(down('mysql'));
    expect((await s.query(APP_COUNT)).map((r) => Object.values(r).map(Number))).toEqual([[0, 0, 0]]);
  });
});
