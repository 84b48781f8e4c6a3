// Found by a fresh DBA on `plan status` (PostgreSQL server, each the exact reproduction):
// A. a SuperTokens 12.1 → 3.5 rollback killed in its 12.0 → 11.4 part, status --to 3.5 proposed the 11.4 → 12.0
//    upgrade first (the half-way schema is the same on both ways), with the upgrade's manual step;
// B. a 3.5 → 12.1 apply killed in its 11.4 → 12.0 part: the commands compiled 11.4 → 12.1 to up.sql, overwriting
//    the approved script, and the manual steps of the plans before 11.4 went unmentioned;
// C. the keep: line led with a file that did not exist (supertokens-11.4-before.dump, after the rollback too);
// D. Fief 0.28 whose fief_alembic_version another revision: --to 0.27 printed the rollback's commands, exit 1;
// E. --to a stage (Keto 0.7-cleanup, Fief 0.28-cleanup): no IRREVERSIBLE, no DATA DROPPED line;
// F. up to date at 0.7 / 0.28: nothing said of the cleanup stage after it;
// G. a parameter the schema does not show (access_token_signing_key_dynamic): a trailing note, not a line to confirm.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const WS = '11111111-1111-1111-1111-111111111111';

function plan(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

await describeServer('plan status: stopped scripts, stages, parameters (PostgreSQL server)', 'postgres', (url) => {
  const dbs: Scratch[] = [];
  const urlOf = (s: Scratch) => Object.assign(new URL(url), { pathname: `/${s.name}` }).toString();
  const psql = (s: Scratch, sql: string) => {
    const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', urlOf(s), '-f', '-'], { input: sql, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  /** The script's text up to the line that starts with `line` (a kill just before it). */
  const upTo = (sql: string, line: string) => {
    const at = sql.indexOf(`\n${line}`);
    expect(at).toBeGreaterThan(0);
    return sql.slice(0, at + 1);
  };
  const fresh = async () => {
    const s = await openScratch('postgres', { url });
    dbs.push(s);
    return s;
  };
  let rolledBack: Scratch;
  let upStopped: Scratch;
  let fief: Scratch;
  let keto: Scratch;
  let down: string;
  beforeAll(async () => {
    rolledBack = await fresh();
    psql(rolledBack, compile({ product: 'supertokens', from: '0', to: '12.1', dialect: 'postgres' }).sql);
    down = compile({ product: 'supertokens', from: '12.1', to: '3.5', dialect: 'postgres' }).sql;
    psql(rolledBack, upTo(down, '-- 12.0 → 11.4 · 5/27 '));
    upStopped = await fresh();
    psql(upStopped, compile({ product: 'supertokens', from: '0', to: '3.5', dialect: 'postgres' }).sql);
    psql(upStopped, upTo(compile({ product: 'supertokens', from: '3.5', to: '12.1', dialect: 'postgres' }).sql, '-- 11.4 → 12.0 · 25/27 '));
    fief = await fresh();
    psql(fief, compile({ product: 'fief', from: '0', to: '0.28', dialect: 'postgres', params: [`workspace_id=${WS}`] }).sql);
    keto = await fresh();
    psql(keto, compile({ product: 'keto', from: '0', to: '0.7', dialect: 'postgres', params: ['namespaces=files:1'] }).sql);
  }, 600_000);
  afterAll(async () => {
    for (const s of dbs) await s.close();
  });

  it('A and C: a rollback stopped in 12.0 → 11.4, --to 3.5: the rollback from 12.0, its backup pattern first; the original down.sql finishes it', () => {
    const r = plan('status', 'supertokens', '--url', urlOf(rolledBack), '--to', '3.5');
    expect(r.stdout).toContain('between 12.0 and 11.4: resume with the 12.0 → 11.4 script (a rollback stopped half-way)\n');
    expect(r.stdout).toContain('note: the schema half-way is the same on the 11.4 → 12.0 script and on its rollback: with the target 3.5, the commands take it for the rollback');
    expect(plan('detect', 'supertokens', '--url', urlOf(rolledBack)).stdout).toContain('or: half-way through the 12.0 → 11.4 rollback (the same schema on both ways): if that one stopped, resume it (npx plan status --to 11.4 or below)');
    expect(r.stdout).not.toContain('compile supertokens 11.4 12.0');
    expect(r.stdout).toContain('npx plan compile supertokens 12.0 3.5 --dialect postgres -o 12.0-3.5.sql');
    expect(r.stdout).not.toMatch(/^ {2}11\.4 → 12\.0: /m);
    expect(r.stdout.split('\n').find((l) => l.startsWith('keep: '))).toBe(
      'keep: supertokens-FROM-before.dump, FROM being the version the script that stopped began at (its header names the file: supertokens-12.0-before.dump if it began at 12.0, a later version\'s for a longer rollback), the backup taken before it began: the only copy of FROM; the backup above, of the database as the script left it, is named apart and does not overwrite it',
    );
    expect(r.stdout).toContain('resume: the script that stopped, run again as it is (the same file, as approved), resumes where it stopped');
    psql(rolledBack, down);
    expect(plan('detect', 'supertokens', '--url', urlOf(rolledBack)).stdout).toContain('best match: 3.5 (exact)');
  }, 600_000);

  it('B and C: a 3.5 → 12.1 apply stopped in 11.4 → 12.0: the original script is the resume, no up.sql overwritten, the earlier manual steps named', () => {
    const r = plan('status', 'supertokens', '--url', urlOf(upStopped));
    expect(r.stdout).toContain('npx plan compile supertokens 11.4 12.1 --dialect postgres -o 11.4-12.1.sql');
    expect(r.stdout).not.toContain('-o up.sql');
    expect(r.stdout).toContain('resume: the script that stopped, run again as it is (the same file, as approved)');
    expect(r.stdout).toContain('  and: these are the manual steps from 11.4; a script begun at an earlier version has those of its plans before 11.4 too (its header lists them all)');
    expect(r.stdout).toContain('keep: supertokens-FROM-before.dump, FROM being the version the script that stopped began at (its header names the file: supertokens-11.4-before.dump if it began at 11.4, an earlier version\'s for a longer script)');
  }, 600_000);

  it('E and F: Fief at 0.28 names its cleanup stage; --to 0.28-cleanup lists IRREVERSIBLE and DATA DROPPED', () => {
    const at = plan('status', 'fief', '--url', urlOf(fief), '--param', `workspace_id=${WS}`);
    expect(at.stdout).toContain('up to date: the database is at 0.28');
    expect(at.stdout).toMatch(/note: a further stage, 0\.28-cleanup, is not applied: .*; optional, not required, and it has no rollback: npx plan status --to 0\.28-cleanup lists its commands/);
    const r = plan('status', 'fief', '--url', urlOf(fief), '--param', `workspace_id=${WS}`, '--to', '0.28-cleanup');
    expect(r.stdout).toMatch(/^ {2}\[0\.28 → 0\.28-cleanup\] IRREVERSIBLE: this script has no rollback/m);
    expect(r.stdout).toMatch(/^ {2}\[0\.28 → 0\.28-cleanup\] DATA DROPPED: table workspace_users, with its rows/m);
  }, 600_000);

  it('D: Fief 0.28 whose fief_alembic_version moved on: --to 0.27 gives no commands, the backup to restore, the same exit as without --to', () => {
    psql(fief, "UPDATE fief_alembic_version SET version_num = 'abcdef123456';");
    const without = plan('status', 'fief', '--url', urlOf(fief), '--param', `workspace_id=${WS}`);
    const r = plan('status', 'fief', '--url', urlOf(fief), '--param', `workspace_id=${WS}`, '--to', '0.27');
    expect(r.stdout).toContain('no script of the plans to apply (see the note)');
    expect(r.stdout).not.toContain('npx plan compile');
    expect(r.stdout).toContain('to go back to 0.27, restore the backup taken before the upgrade from 0.27 (fief-0.27-before.dump)');
    expect(r.code).toBe(without.code);
  }, 600_000);

  it('E and F: Keto at 0.7 names 0.7-cleanup; --to 0.7-cleanup lists IRREVERSIBLE and DATA DROPPED', () => {
    const at = plan('status', 'keto', '--url', urlOf(keto), '--param', 'namespaces=files:1');
    expect(at.stdout).toMatch(/note: a further stage, 0\.7-cleanup, is not applied: .*\(manual step: run this only once Keto v0\.7 works/);
    const r = plan('status', 'keto', '--url', urlOf(keto), '--param', 'namespaces=files:1', '--to', '0.7-cleanup');
    expect(r.stdout).toMatch(/^ {2}\[0\.7 → 0\.7-cleanup\] IRREVERSIBLE: this script has no rollback/m);
    expect(r.stdout).toMatch(/^ {2}\[0\.7 → 0\.7-cleanup\] DATA DROPPED: table keto_0000000001_relation_tuples, with its rows/m);
  }, 600_000);

  it('G: at SuperTokens 3.5, the defaulted access_token_signing_key_dynamic is a line to confirm before the commands', () => {
    const r = plan('status', 'supertokens', '--url', urlOf(rolledBack));
    const lines = r.stdout.split('\n');
    const confirm = lines.findIndex((l) => l.startsWith('confirm first: parameter access_token_signing_key_dynamic: the commands use its default, true'));
    expect(confirm).toBeGreaterThan(0);
    expect(confirm).toBeLessThan(lines.indexOf('commands (nothing has been run):'));
    expect(r.stdout).not.toContain('note: parameter access_token_signing_key_dynamic');
  }, 600_000);
});
