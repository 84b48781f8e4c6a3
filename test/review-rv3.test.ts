// Faults found by review (rv3): commands printed for another server than the one read, URL options dropped, -o over a
// plan file. Each test holds the reviewer's reproduction.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { getDialect } from '../src/dialects/index.js';
import { applyTargetOfUrl } from '../src/engines/live.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], cwd: string) => spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'h_rv3_'));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

it('mysql and mysqldump lines connect over TCP, as plan read the server (-h localhost alone is the Unix socket)', () => {
  const to = applyTargetOfUrl('mysql://root@localhost/app');
  expect(getDialect('mysql').script.applyCommand('up.sql', to)).toBe('mysql --protocol=TCP -h localhost -u root app < up.sql  (or: mariadb --protocol=TCP -h localhost -u root app < up.sql)');
  expect(getDialect('mysql').script.backupCommand('b', [], to)).toContain('--result-file=b.sql.partial --protocol=TCP -h localhost -u root app && mv');
  // No connection named (the compile header's placeholder): nothing added.
  expect(getDialect('mysql').script.applyCommand('up.sql', { database: 'app' })).toBe('mysql app < up.sql  (or: mariadb app < up.sql)');
});

it('-o naming one of the compiled sources (a plan file, product.yaml) is refused, exit 2, nothing written', () => {
  const dir = tempDir();
  cpSync(join(projectRoot(), 'plans/keto'), join(dir, 'keto'), { recursive: true });
  const before = readFileSync(join(dir, 'keto/0.6-0.7.yaml'), 'utf8');
  const r = plan(['compile', 'keto', '0.6', '0.7', '--dialect', 'postgres', '--plans', '.', '-p', 'namespaces=files:1', '-o', 'keto/0.6-0.7.yaml'], dir);
  expect(r.stderr).toMatch(/error: -o keto\/0\.6-0\.7\.yaml: that is one of the compiled sources/);
  expect(r.status).toBe(2);
  expect(readFileSync(join(dir, 'keto/0.6-0.7.yaml'), 'utf8')).toBe(before);
  const productBefore = readFileSync(join(dir, 'keto/product.yaml'), 'utf8');
  const v = plan(['review', 'keto', '0.6', '0.7', '--dialect', 'postgres', '--plans', '.', '-p', 'namespaces=files:1', '-o', './keto/../keto/product.yaml'], dir);
  expect(v.status).toBe(2);
  expect(readFileSync(join(dir, 'keto/product.yaml'), 'utf8')).toBe(productBefore);
  // Another file is written as before.
  expect(plan(['compile', 'keto', '0.6', '0.7', '--dialect', 'postgres', '--plans', '.', '-p', 'namespaces=files:1', '-o', 'up.sql'], dir).status).toBe(0);
});

await describeServer('MariaDB: status over localhost, and a URL option plan does not take', 'mysql', (server) => {
  it('prints --protocol=TCP -h localhost; refuses ?ssl=true in one line', () => {
    const dir = tempDir();
    const u = new URL(server);
    const client = `mariadb -h ${u.hostname} -P ${u.port || 3306} -u ${decodeURIComponent(u.username) || 'root'}`;
    expect(spawnSync('sh', ['-c', `${client} -e 'DROP DATABASE IF EXISTS h_rv3_t; CREATE DATABASE h_rv3_t'`]).status).toBe(0);
    try {
      const url = `mysql://${u.username || 'root'}@localhost:${u.port || 3306}/h_rv3_t`;
      const r = plan(['status', 'supertokens', '--url', url], dir);
      expect(r.stdout).toContain(`mysql --protocol=TCP -h localhost -P ${u.port || 3306} -u ${u.username || 'root'} h_rv3_t < up.sql`);
      const s = plan(['status', 'supertokens', '--url', `mariadb://${u.username || 'root'}@${u.hostname}:${u.port || 3306}/h_rv3_t?ssl=true`], dir);
      expect(s.status).not.toBe(0);
      expect(s.stderr).toMatch(/URL parameter 'ssl' is not supported/);
      expect(s.stdout).toBe('');
    } finally {
      spawnSync('sh', ['-c', `${client} -e 'DROP DATABASE IF EXISTS h_rv3_t'`]);
    }
  });
});

await describeServer('PostgreSQL: a socket host in the URL', 'postgres', (server) => {
  it('status names the socket folder decoded on its first line, as its psql commands do', () => {
    const dir = tempDir();
    const u = new URL(server);
    const r = plan(['status', 'supertokens', '--url', `postgres://${u.username || 'postgres'}@%2Fvar%2Frun%2Fpostgresql/${u.pathname.slice(1) || 'postgres'}`], dir);
    if (/cannot read the catalog/.test(r.stderr)) return; // no server socket there on this machine
    expect(r.stdout.split('\n')[0]).toMatch(/^supertokens on postgres \/var\/run\/postgresql:5432\//);
  });
});

it('the entry point installs the interrupt handler before it loads anything else (SIGTERM in the first ≈0.5 s: 130, not 143)', () => {
  // A static import graph is loaded whole before any of it runs: the entry imports the handler alone statically, and
  // the commands afterwards, dynamically.
  const entry = readFileSync(MAIN, 'utf8');
  const staticImports = [...entry.matchAll(/^import\s[^;]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  expect(staticImports).toEqual(['./signals.js']);
  expect(entry).toMatch(/await import\('\.\/program\.js'\)/);
});

it('a double-quoted name in a CHECK expression the mysql dialect reads is refused with file, line and column (a string literal there)', async () => {
  const { compile } = await import('../src/compile/compile.js');
  const { demoProduct, planError } = await import('./helpers/plans.js');
  const plan0 = (expression: string) => `product: demo
from: "0"
to: "1.0"
summary: base
steps:
  - create_table: { name: a, columns: [{ name: id, type: integer, nullable: false }, { name: order, type: "varchar(2000)" }], primary_key: { columns: [id] }, checks: [{ name: a_ck, expression: ${expression} }] }
`;
  const dir = demoProduct({ '0-1.0.yaml': plan0(`'length("order") < 1000'`) });
  expect(planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir })).message).toMatch(
    /0-1\.0\.yaml:6:\d+: check a_ck \(mysql\): "order" at character 8 is a string literal on MySQL and MariaDB .*backticks \(`order`\)/,
  );
  // The plan is loaded for every dialect it serves, so it is refused whichever is compiled; a mysql: expression of its
  // own with backticks is taken.
  expect(planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir })).message).toMatch(/check a_ck \(mysql\)/);
  compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: demoProduct({ '0-1.0.yaml': plan0(`{ postgres: 'length("order") < 1000', mysql: 'length(\`order\`) < 1000' }`) }) });
});

await describeServer('PostgreSQL: a search_path naming no schema that exists', 'postgres', (server) => {
  it('status and detect say so (exit 1) instead of reading no schema as an empty database', () => {
    const dir = tempDir();
    const u = new URL(server);
    u.searchParams.set('options', '-c search_path=h_rv3_nope');
    const r = plan(['status', 'supertokens', '--url', u.toString()], dir);
    expect(r.stderr).toMatch(/no schema on the search path exists \(search_path = h_rv3_nope/);
    expect(r.stdout).not.toMatch(/best match/);
    expect(r.status).toBe(1);
    const d = spawnSync(process.execPath, [MAIN, 'detect', 'supertokens', '--url', server], { cwd: dir, encoding: 'utf8', env: { ...process.env, PGOPTIONS: '-c search_path=h_rv3_nope' } });
    expect(d.stderr).toMatch(/no schema on the search path exists/);
    expect(d.status).toBe(1);
  });
});
