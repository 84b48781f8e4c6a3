// A product installed by its own installer (product.yaml procedure.install.own_installer): `plan status` on an empty
// database proposes that installer, not a compile of the install plan (Logto: its CLI seeds 60-odd tables, functions,
// triggers and row-level security; plans/logto's 0 → 1.41 is the model of the two an import needs, and status used to
// print `npx plan compile logto 0 1.41 …` and `psql … -f up.sql` for it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/detect/detect.js';
import { formatStatus } from '../src/detect/format.js';
import { status } from '../src/detect/status.js';
import { openScratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
const SLOW = { timeout: 600_000 };

function plan(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Logto's installer, as plans/logto/product.yaml gives it (checked against logto-io/logto's CLI: see its comment). */
const SEED = 'npx @logto/cli db seed --db-url';
const DOCS = 'https://docs.logto.io/logto-oss/using-cli';

describe('Logto on an empty database: its own installer', () => {
  const empty = detect({ product: 'logto', dialect: 'postgres', found: [] });

  it('the product file says how Logto installs itself, and where that comes from', () => {
    expect(loadProduct('logto').product.procedure?.install?.own_installer).toEqual({ command: `${SEED} {url}`, docs: DOCS });
    const text = readFileSync(join(projectRoot(), 'plans/logto/product.yaml'), 'utf8');
    expect(text).toContain('packages/cli/src/commands/database/index.ts');
  });

  it('status proposes the installer with the database URL, and no compile command', () => {
    expect([empty.outcome, empty.best.versions]).toEqual(['exact', ['0']]);
    const s = status({ detected: empty, url: 'postgres://admin:PASSWORD@db.example:5432/logto' });
    expect(s.commands).toEqual([`${SEED} postgres://admin:PASSWORD@db.example:5432/logto`]);
    expect(s.install).toEqual({ command: s.commands[0], docs: DOCS });
    expect([s.state, s.from, s.to, s.direction, s.plans, s.backup]).toEqual(['pending', '0', '1.41', 'up', [], undefined]);
    expect(s.notes).toEqual(['logto installs itself: its own installer creates its tables (the 0 → 1.41 plan is their model, not an install); once it has run, plan status lists what follows']);
    const text = formatStatus(empty, s, 'postgres db.example:5432/logto');
    expect(text).toContain(`0 → 1.41: logto is installed by its own installer, not by a script of these plans (${DOCS})`);
    expect(text).not.toContain('plan compile');
    expect(text).not.toContain('psql');
  });

  it('without a URL a placeholder; a URL a shell would split is one quoted word', () => {
    expect(status({ detected: empty }).commands).toEqual([`${SEED} DATABASE_URL`]);
    expect(status({ detected: empty, url: "postgres://u@h/it's db" }).commands).toEqual([`${SEED} 'postgres://u@h/it'\\''s db'`]);
  });

  it('to the import stage: the installer, then status again for what follows', () => {
    const s = status({ detected: empty, to: '1.41-imported' });
    expect(s.commands).toEqual([`${SEED} DATABASE_URL`]);
    expect(s.notes[0]).toMatch(/once it has run, plan status lists what follows up to 1\.41-imported$/);
  });

  it('a product without one still gets the install plan (SuperTokens)', () => {
    const s = status({ detected: detect({ product: 'supertokens', dialect: 'postgres', found: [] }), to: '6.0' });
    expect(s.install).toBeUndefined();
    expect(s.commands[0]).toMatch(/^npx plan compile supertokens 0 6\.0 --dialect postgres/);
  });

  it('own_installer needs both its command and its documentation', () => {
    const dir = tempPlansDir();
    const file = writePlanFile(dir, 'demo', 'product.yaml', 'product: demo\ntitle: Demo\nversions: ["1.0"]\ndialects: [postgres]\nprocedure:\n  install:\n    own_installer:\n      command: demo-install {url}\n');
    writePlanFile(dir, 'demo', '0-1.0.yaml', 'product: demo\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n  - create_table: { name: t, columns: [{ name: id, type: bigint, nullable: false }], primary_key: { columns: [id] } }\n');
    const r = plan('validate', '--plans', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:8:7`);
    expect(r.stderr).toContain('docs');
  });
});

await describeServer('postgres server: plan status logto on an empty database', 'postgres', (server) => {
  it('prints the installer for the database --url names (its password as PASSWORD), exit 0', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    try {
      const u = new URL(server);
      u.pathname = `/${s.name}`;
      u.password = 'secret'; // trust authentication takes it; status must not print it
      const r = plan('status', 'logto', '--url', u.toString());
      u.password = 'PASSWORD';
      expect(r.stdout).toContain('best match: 0 (none of its tables: an empty database) (exact)');
      expect(r.stdout).toContain(`commands (nothing has been run):\n  ${SEED} ${u.toString()}\n`);
      expect(r.stdout).not.toContain('secret');
      expect(r.stdout).not.toContain('plan compile');
      expect(r.code).toBe(0);
    } finally {
      await s.close();
    }
  });
});
