// The manual steps of Keto's 0.6 → 0.7 and its rollback, and a manual step naming the version the DBA starts (found
// by a fresh DBA reading plan status and plan review):
// 1. the upgrade makes the old user read-only (MySQL: REVOKE INSERT, UPDATE, DELETE … FROM 'keto'@'<host>', later DROP
//    USER 'keto'; PostgreSQL: the REVOKE, then REASSIGN OWNED BY keto TO keto_new; SQLite: the file made read-only),
//    and the rollback had no step giving the rights back: Keto v0.6 came back read-only;
// 2. the MySQL step said "Run this script as keto_new" while plan status printed `mysql … -u root …`: MySQL tables have
//    no owner, so any user that can create tables and write does; only keto, read-only by then, cannot;
// 3. the "data" line for MySQL read "(SQLite lets a legacy key column hold one)";
// 4. SuperTokens 4.6 → 5.0's manual step named the plan's version ("before starting core 4.6 again" in a 5.0 → 3.5
//    rollback, "before starting core 5.0" in a 4.5 → 12.1 script), not the one the DBA starts: `{version}`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, withScriptVersion } from '../src/compile/compile.js';
import { openScratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
const SLOW = { timeout: 300_000 };
const plan = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
const params = ['namespaces=files:1,groups:2'];
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const rollbackSteps = (dialect: 'postgres' | 'mysql' | 'sqlite') => compile({ product: 'keto', from: '0.7', to: '0.6', dialect, params }).manual.map((m) => oneLine(m.text));

describe('keto 0.7 → 0.6: the rollback gives the old user its rights back (finding 1)', () => {
  it('mysql: recreate keto if dropped (before), grant its writes back and start v0.6 as keto (after)', () => {
    const steps = rollbackSteps('mysql');
    expect(steps[0]).toMatch(/^before this rollback: .*if keto was dropped, make it again for Keto v0\.6: CREATE USER 'keto'@'<host>'/);
    const last = steps[steps.length - 1];
    expect(last).toContain("GRANT INSERT, UPDATE, DELETE ON <database>.* TO 'keto'@'<host>'");
    expect(last).toContain('start Keto v0.6 as keto');
    expect(steps[0]).toContain('run it as keto_new or an administrator, not as keto');
  });
  it('postgres: REASSIGN OWNED BY keto_new TO keto, then the GRANT back', () => {
    const steps = rollbackSteps('postgres');
    const reassign = steps.findIndex((t) => t.includes('REASSIGN OWNED BY keto_new TO keto'));
    const grant = steps.findIndex((t) => t.includes("GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA <Keto's schema> TO keto"));
    expect(reassign).toBeGreaterThanOrEqual(0);
    expect(grant).toBeGreaterThan(reassign);
    expect(steps[grant]).toContain('start Keto v0.6 as keto');
  });
  it('sqlite: let Keto v0.6 write again', () => {
    expect(rollbackSteps('sqlite').some((t) => t.startsWith('after this rollback: let Keto v0.6 write again'))).toBe(true);
  });
  it('plan review keto 0.7 0.6 --dialect mysql lists the GRANT back', SLOW, () => {
    const r = plan('review', 'keto', '0.7', '0.6', '--dialect', 'mysql', '--param', 'namespaces=files:1,groups:2');
    expect(r.status).toBe(0);
    expect(oneLine(r.stdout).replace(/\\(.)/g, '$1')).toContain("GRANT INSERT, UPDATE, DELETE ON <database>.* TO 'keto'@'<host>'");
  });
});

describe('keto 0.6 → 0.7 on MySQL: the user the script runs as (finding 2) and the data line (finding 3)', () => {
  const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'mysql', params });
  it('the step names the user required and why, not keto_new alone', () => {
    const first = oneLine(up.manual[0].text);
    expect(first).not.toMatch(/Run this script as keto_new$/);
    expect(first).toContain('Run this script as a user that can create tables and write in <database>: keto_new (given those grants) or an administrator such as root, not keto, which can no longer write');
  });
  it('no SQLite wording in the MySQL script (its data line)', () => {
    expect(up.sql).not.toContain('SQLite lets a legacy key column hold one');
    expect(up.sql).toContain("a NULL in object, relation, subject or commit_time (v0.7's columns are NOT NULL)");
  });
});

await describeServer('keto status on mysql', 'mysql', (url) => {
  it('plan status --to 0.7: the manual step allows the URL user; no SQLite wording; --to 0.6 after: the GRANT back', SLOW, async () => {
    const s = await openScratch('mysql', { url });
    try {
      await s.execScript(compile({ product: 'keto', from: '0', to: '0.6', dialect: 'mysql', params }).sql);
      const at = url.replace(/\/[^/]*$/, `/${s.name}`);
      const r = plan('status', 'keto', '--url', at, '--to', '0.7', '--param', 'namespaces=files:1,groups:2');
      expect(r.stdout).toContain('or an administrator such as root');
      expect(r.stdout).not.toContain('SQLite lets');
      await s.execScript(compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'mysql', params }).sql);
      const back = plan('status', 'keto', '--url', at, '--to', '0.6', '--json', '--param', 'namespaces=files:1,groups:2');
      const manual: { text: string }[] = JSON.parse(back.stdout).status.manual;
      expect(manual.map((m) => oneLine(m.text)).some((t) => t.includes("GRANT INSERT, UPDATE, DELETE ON <database>.* TO 'keto'@'<host>'"))).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('a manual step names the version the script reaches (finding 4)', () => {
  const texts = (from: string, to: string) => compile({ product: 'supertokens', from, to, dialect: 'postgres' }).manual.map((m) => oneLine(m.text)).filter((t) => t.includes('before starting core'));
  it('5.0 → 3.5: "before starting core 3.5 again"', SLOW, () => {
    expect(texts('5.0', '3.5')).toEqual([expect.stringMatching(/before starting core 3\.5 again\.$/)]);
  });
  it('4.5 → 12.1: "before starting core 12.1"', SLOW, () => {
    expect(texts('4.5', '12.1')).toEqual([expect.stringMatching(/before starting core 12\.1\.$/)]);
  });
  it("the plan's own script and a teardown keep the plan's version", SLOW, () => {
    expect(texts('4.6', '5.0')).toEqual([expect.stringMatching(/before starting core 5\.0\.$/)]);
    expect(texts('5.0', '0')).toEqual([expect.stringMatching(/before starting core 4\.6 again\.$/)]);
  });
  it('withScriptVersion: a stage drops its label', () => {
    expect(withScriptVersion('start {version}', '0.28-cleanup', '0.28')).toBe('start 0.28');
    expect(withScriptVersion('start {version}', '0', '4.6')).toBe('start 4.6');
  });
});
