// A DBA's findings on AuthHero 11.20 → 11.21 (the step that copies tenants into organizations of the control-plane
// tenant), each reproduced as it was found: the script compiled with the DBA's parameters and applied with the
// mariadb client to an 11.20 database holding the tenant 'main'.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

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
const up = (params: string[] = []) => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql', params }).sql;

/** The script's text with its wrapped comment lines joined (a manual step is printed over several `--` lines). */
const joined = (script: string) => script.replace(/\n--\s+/g, ' ');

// The finding: the manual step told the DBA to configure controlPlaneTenantId: "<control_plane_tenant_id>", the
// placeholder printed as it was, although the script knows the value it used.
it('the manual step names the control-plane tenant the script used, in the header and at its place in the script', () => {
  for (const dialect of ['mysql', 'sqlite']) {
    const script = joined(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect, params: ["control_plane_tenant_id=it's main"] }).sql);
    expect(script).not.toContain('<control_plane_tenant_id>');
    expect(script.match(/controlPlaneTenantId: "it's main"/g)).toHaveLength(2);
  }
});

// The kind: a text that fills in parameters ({{name}}) refuses <name> for a parameter's name, which it would print as it is.
it('a manual text or check message writing <name> for a parameter is refused, naming {{name}}', () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\nparameters:\n  tenant:\n    type: string\n    default: main\n    description: the tenant\n');
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
  it.each(['main ', 'Main'])("control_plane_tenant_id=%j: stops at the check before any change, as SQLite does", async (id) => {
    await expect(s.execWithClient(up([`control_plane_tenant_id=${id}`]))).rejects.toThrow(/plan stopped: the control-plane tenant \(parameter control_plane_/);
    expect(await organizations()).toEqual([]);
  });

  it("control_plane_tenant_id=main: applied, each organization on the tenant 'main' byte for byte", async () => {
    await s.execWithClient(up(['control_plane_tenant_id=main']));
    expect(await organizations()).toEqual(['[main]', '[main]', '[main]', '[main]']);
  });

  it("display_name is friendly_name || id, as @authhero/multi-tenancy provisions it: '' gives the id, ' ' is kept", async () => {
    expect(await s.query(DISPLAY)).toEqual(EXPECTED_DISPLAY);
  });
});
