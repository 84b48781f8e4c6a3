// Found by a fresh DBA: on MariaDB, --statement-timeout bounded the script's own read-only version check, so the
// script could never start:
//   plan compile authhero 11.20 11.21 --dialect mysql --statement-timeout 2s -o up.sql
//   mariadb <db at 11.20> < up.sql   # ERROR 1969 (70100) at line 62: Query execution was interrupted (max_statement_time exceeded)
// (the version check's information_schema query took ~2 s on a server of ~400 tables). The bound is for the
// statements that change something; the version check, the checks before any change, each step's guard and the
// end check run without one. Made deterministic with a bound every read of the catalog exceeds (1 ms): on a
// database at 11.21 no change runs, so the run completes; on one at 11.20 it stops at the first change (a CREATE
// INDEX), after the version check and the checks.
import { spawnSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { hasClient, openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const scratches: Scratch[] = [];
afterAll(async () => {
  for (const s of scratches) await s.close();
});

/** `script` run by the mariadb client into database `db` of `server`, as a DBA runs it (no password: the test server's). */
function clientRun(server: string, db: string, script: string) {
  const u = new URL(server);
  return spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), db], { input: script, encoding: 'utf8' });
}

async function authheroAt(server: string, version: string): Promise<Scratch> {
  const s = await openScratch('mysql', { url: server, mysqlCharacterSet: 'utf8mb3' });
  scratches.push(s);
  await s.execScript(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
  if (version === '11.21') await s.execScript(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' }).sql);
  return s;
}

const up = (statementMs: number) => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql', timeouts: { lockMs: 5000, statementMs } }).sql;

await describeServer('--statement-timeout on MariaDB bounds the changes, not the script\'s own reads', 'mysql', (server) => {
  it.runIf(hasClient('mysql'))('a database at 11.21 with a 1 ms bound: the version check, the guards and the end check run, and the run ends as already applied', async () => {
    const s = await authheroAt(server, '11.21');
    if (!(await s.query<{ v: string }>('SELECT VERSION() AS v'))[0].v.includes('MariaDB')) return; // MySQL 8 sets no bound
    const r = clientRun(server, s.name, up(1));
    expect(r.stderr).not.toMatch(/ERROR/);
    expect(r.stdout.trim().split('\n').pop()).toBe('plan: authhero 11.20 → 11.21: the database was at 11.21 already: nothing to do');
  });

  it.runIf(hasClient('mysql'))('a database at 11.20 with a 1 ms bound: the run stops at the first change (error 1969), past the version check and the checks; with 2 s it completes', async () => {
    const s = await authheroAt(server, '11.20');
    if (!(await s.query<{ v: string }>('SELECT VERSION() AS v'))[0].v.includes('MariaDB')) return;
    const script = up(1);
    const r = clientRun(server, s.name, script);
    expect(r.stderr).toMatch(/^ERROR 1969 \(70100\) at line \d+: Query execution was interrupted \(max_statement_time exceeded\)$/m);
    const line = Number(/at line (\d+)/.exec(r.stderr)![1]);
    const lines = script.split('\n');
    // The statement that was aborted is the first step's change, bounded on its own.
    const firstChange = lines.findIndex((l) => l.startsWith('-- 11.20 → 11.21 · 2/105 · create index users_user_id_tenant_id on users'));
    expect(firstChange).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(firstChange + 1);
    expect(lines[line - 1]).toBe('EXECUTE plan_stmt;');
    expect(lines[line - 3]).toMatch(/^SET @plan_sql = IF\(VERSION\(\) LIKE '%MariaDB%' AND .*CONCAT\('SET STATEMENT max_statement_time = 0\.001 FOR ', @plan_sql\), @plan_sql\);$/);
    // The session itself runs with no bound, its own value put back at the end.
    expect(script).toContain("SET @plan_sql = IF(VERSION() LIKE '%MariaDB%', 'SET @plan_saved_max_statement_time = @@SESSION.max_statement_time, SESSION max_statement_time = 0', 'DO 0');");
    // The header says what the bound covers, and what to do when it fires.
    expect(script).toContain('-- statement: on MariaDB, max_statement_time = 0.001 seconds for each statement that changes something');
    expect(script).toContain("The script's own reads run without a bound (the version check, the checks before any change, each step's guard, the end check");
    expect(script).toContain('A statement aborted by max_statement_time (error 1969) needs longer than the bound');
    // The DBA's 2 s completes.
    const done = clientRun(server, s.name, up(2000));
    expect(done.stderr).not.toMatch(/ERROR/);
    expect(done.stdout.trim().split('\n').pop()).toBe('plan: authhero 11.20 → 11.21 applied');
  });
});
