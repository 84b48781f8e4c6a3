// Faults a fresh user found (run 49), each with its exact input and the right value.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeServer } from './helpers/servers.js';

/** Runs `sql` through the dialect's command-line client as a DBA does (psql -v ON_ERROR_STOP=1 -X -q -f, mariadb db < file). */
function runClient(dialect: DialectName, url: string, database: string, sql: string): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-faults-j-'));
  try {
    const file = join(dir, 'script.sql');
    writeFileSync(file, sql);
    const u = new URL(url);
    const r =
      dialect === 'postgres'
        ? spawnSync('psql', ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-f', file, '-d', `postgres://${u.username || 'postgres'}@${u.hostname}:${u.port || 5432}/${database}`], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } })
        : spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), ...(u.password ? [`-p${decodeURIComponent(u.password)}`] : []), database], { input: sql, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 1. A second run of a resumable script (PostgreSQL, MySQL) on a database already at the target printed the
// first run's line, "plan: supertokens 5.0 → 6.0 applied". It now says the database was there already.
describe('a second run of a resumable script says it had nothing to do', () => {
  const APPLIED = 'plan: supertokens 5.0 → 6.0 applied';
  const ALREADY = 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do';

  it('the script text: the start is recorded after the version check, the line chosen at the end', () => {
    const pg = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' }).sql;
    expect(pg).toContain(`PERFORM set_config('plan.at_start', CASE WHEN EXISTS (`);
    expect(pg).toContain(`SELECT CASE WHEN current_setting('plan.at_start', true) = '${ALREADY}' THEN '${ALREADY}' ELSE '${APPLIED}' END AS plan WHERE current_setting('plan.at_target', true) = '${APPLIED}';`);
    const my = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql;
    expect(my).toContain(`SELECT IF(@plan_at_start = '${ALREADY}', '${ALREADY}', '${APPLIED}') AS plan FROM DUAL WHERE @plan_problem IS NULL;`);
    // SQLite's script is one transaction from one exact state: a second run stops at its first check, saying so.
    expect(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql).not.toContain('at_start');
  });
});

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  const APPLIED = 'plan: supertokens 5.0 → 6.0 applied';
  const ALREADY = 'plan: supertokens 5.0 → 6.0: the database was at 6.0 already: nothing to do';
  await describeServer(`${dialect} server: first run, second run, a resumed run`, dialect, (url) => {
      const scratches: Scratch[] = [];
      afterAll(async () => {
        for (const s of scratches) await s.close().catch(() => undefined);
      });
      const at50 = async () => {
        const s = await openScratch(dialect, { url });
        scratches.push(s);
        await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect }).sql);
        return s;
      };
      const script = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect });

      it('first run: applied; second run: nothing to do', async () => {
        const s = await at50();
        const first = runClient(dialect, url, s.name, script.sql);
        expect(first.status, first.out).toBe(0);
        expect(first.out).toContain(APPLIED);
        expect(first.out).not.toContain('nothing to do');
        const second = runClient(dialect, url, s.name, script.sql);
        expect(second.status, second.out).toBe(0);
        expect(second.out).toContain(ALREADY);
        expect(second.out).not.toContain(APPLIED);
      }, 120_000);

      it('a run cut after half its statements, then the whole file: applied', async () => {
        const s = await at50();
        const half = script.statements.slice(0, Math.floor(script.statements.length / 2));
        // PostgreSQL: what the cut run did is kept (as a part that committed would be); MySQL's DDL commits itself.
        const before = [...(await s.catalog())].sort();
        const cut = runClient(dialect, url, s.name, `${half.join('\n')}\n${dialect === 'postgres' ? 'COMMIT;\n' : ''}`);
        expect(cut.out).not.toContain('plan: supertokens');
        expect([...(await s.catalog())].sort()).not.toEqual(before);
        const resumed = runClient(dialect, url, s.name, script.sql);
        expect(resumed.status, resumed.out).toBe(0);
        expect(resumed.out).toContain(APPLIED);
        expect(resumed.out).not.toContain('nothing to do');
      }, 120_000);
    });
}
