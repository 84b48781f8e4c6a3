// Fief on SQLite, as a fresh DBA ran it from the command line (plan compile, sqlite3 FILE < script.sql, plan status,
// plan review). Fief 0.27 keeps the main database in fief.db and the workspace's tables in a file of their own named
// after the workspace's id (fief/services/workspace_db.py@v0.27.0); 0.28's manual step renames that file to fief.db,
// the schema staying the same. Three faults, each reproduced here as found:
// 1. the 0.28 → 0.27 rollback, run on fief.db, printed "applied" (exit 0) and changed nothing: the rename back is the
//    whole of the change on SQLite, and nothing checked it was done. It now runs on the workspace's file, once renamed
//    back, and stops on any other with a line saying what to do (and the upgrade stops on the file not yet renamed).
// 2. plan review fief 0.27 0.28 --dialect sqlite left the rollback's manual rename out: a DBA following it could not
//    roll back.
// 3. plan status on an untouched 0.27 workspace file said 0.28-cleanup (0.27, 0.28 and 0.28-cleanup have the same
//    schema on SQLite): the file's name now tells (product.yaml sqlite_file_name).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { describeSqliteClient } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
/** The workspace id of Fief's guide (product.yaml's example). */
const WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';

function plan(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** sqlite3 -bail FILE < script, as the scripts' headers say to apply them. */
function sqlite(file: string, script: string) {
  const r = spawnSync('sqlite3', ['-bail', file], { input: script, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeSqliteClient('Fief on SQLite: the workspace file, its rename and back, from the command line', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  const scripts: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-fief-sqlite-'));
    for (const [from, to] of [['0', '0.27'], ['0.27', '0.28'], ['0.28', '0.27']]) {
      const r = plan('compile', 'fief', from, to, '--dialect', 'sqlite', '--param', `workspace_id=${WS}`, '-o', '-');
      expect(r.code, r.stderr).toBe(0);
      scripts[`${from}-${to}`] = r.stdout;
    }
    // Fief 0.27: the workspace's file, named after its id, and the main database beside it.
    expect(sqlite(at(WS), scripts['0-0.27']).code).toBe(0);
    expect(sqlite(at('fief.db'), 'CREATE TABLE workspaces (id CHAR(36) NOT NULL PRIMARY KEY);').code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('3. status on the untouched 0.27 workspace file says 0.27 (the file is named after the workspace), and proposes 0.27 → 0.28', () => {
    const r = plan('status', 'fief', '--url', `sqlite:${at(WS)}`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('best match: 0.27 (exact)');
    expect(r.stdout).toContain(`by the file's name: ${WS} is named after workspace_id (taken as its value, not given): the schema alone matches 0.27, 0.28, 0.28-cleanup`);
    expect(r.stdout).toContain('0.27 → 0.28: 1 plan');
    expect(r.stdout).not.toContain('up to date');
    // The name gave the workspace's id: no example stands in for it, and the compile command names it.
    expect(r.stdout).not.toContain('its example');
    expect(r.stdout).toContain(`npx plan compile fief 0.27 0.28 --dialect sqlite --param workspace_id=${WS} -o up.sql`);
    expect(r.stdout).toContain(`note: ${WS} is named after workspace_id, and the script's manual step renames the file: do that step first, then apply the script to the file it names, as the backup and the commands above do (on ${WS} the script stops, changing nothing)`);
    const json = JSON.parse(plan('status', 'fief', '--url', `sqlite:${at(WS)}`, '--param', `workspace_id=${WS}`, '--json').stdout);
    expect([json.detect.best.versions, json.status.state, json.status.from, json.status.to]).toEqual([['0.27'], 'pending', '0.27', '0.28']);
    expect(json.detect.fileNamed).toMatchObject({ file: WS, param: 'workspace_id', named: true, versions: ['0.27', '0.28', '0.28-cleanup'] });
  });

  it('1. up: on the file not yet renamed the upgrade stops, saying so; renamed to fief.db it applies', () => {
    const stopped = sqlite(at(WS), scripts['0.27-0.28']);
    expect(stopped.code).not.toBe(0);
    expect(stopped.stderr).toContain(`plan stopped: this file is still named after the workspace, ${WS}: first cp -p fief.db fief.db.bak, then mv ${WS} fief.db, then run this script on fief.db`);
    expect(stopped.stdout).not.toContain('applied');
    // The manual step, as the script's header says it.
    copyFileSync(at('fief.db'), at('fief.db.bak'));
    renameSync(at(WS), at('fief.db'));
    const up = sqlite(at('fief.db'), scripts['0.27-0.28']);
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toContain('plan: fief 0.27 → 0.28 applied');
    const s = plan('status', 'fief', '--url', `sqlite:${at('fief.db')}`, '--param', `workspace_id=${WS}`);
    expect(s.stdout).toContain('best match: 0.28 – 0.28-cleanup (identical schemas; exact)');
    expect(s.stdout).toContain('by the file\'s name: fief.db is not named after workspace_id');
  });

  it('1. down: run on fief.db, the rollback stops with the line that says why (it used to say "applied" and leave 0.28)', () => {
    const r = sqlite(at('fief.db'), scripts['0.28-0.27']);
    expect(r.stdout).not.toContain('applied');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`plan stopped: this file is not the workspace's, ${WS}: first mv fief.db ${WS}, then mv fief.db.bak fief.db, then run this script on ${WS}`);
    // Its header's apply and backup lines name that file.
    expect(scripts['0.28-0.27']).toContain(`-- apply:    sqlite3 -bail ${WS} < `);
    // Nothing moved: fief.db is still 0.28's.
    expect(existsSync(at(WS))).toBe(false);
  });

  it('1. down: the manual step done (the files renamed back), the rollback applies on the workspace file, and status says 0.27', () => {
    renameSync(at('fief.db'), at(WS));
    renameSync(at('fief.db.bak'), at('fief.db'));
    const r = sqlite(at(WS), scripts['0.28-0.27']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('plan: fief 0.28 → 0.27 applied');
    expect(plan('status', 'fief', '--url', `sqlite:${at(WS)}`, '--param', `workspace_id=${WS}`).stdout).toContain('best match: 0.27 (exact)');
  });

  it("2. review: the roll-back procedure carries the rollback's manual step, the rename back, before its commands", () => {
    const r = plan('review', 'fief', '0.27', '0.28', '--dialect', 'sqlite', '--param', `workspace_id=${WS}`);
    expect(r.code, r.stderr).toBe(0);
    const back = r.stdout.slice(r.stdout.indexOf('After it: start Fief 0.28'), r.stdout.indexOf('## After: verify'));
    const step = `mv fief.db ${WS}, then mv fief.db.bak fief.db (the main database of 0.27 again). Run this script on the workspace's file (sqlite3 -bail ${WS} \\< down.sql) before starting Fief 0.27.`; // (review.md escapes < in prose)
    expect(back).toContain(`To roll back, by hand as well (the rollback's script does not do these; each says when):\n\n1. \\[0.28 → 0.27\\] SQLite, before 0.28 has run its migrations`);
    expect(back).toContain(step);
    expect(back.indexOf(step)).toBeLessThan(back.indexOf('Roll back (compile, then apply):'));
    expect(back).toContain(`sqlite3 -bail ${WS} < down.sql   #`);
    // Among the manual steps too, and in the JSON.
    const manual = r.stdout.slice(r.stdout.indexOf('## Manual steps'), r.stdout.indexOf('## Locks'));
    expect(manual).toContain('The rollback (0.28 → 0.27), by hand (its script does not do these):');
    expect(manual).toContain(step);
    const json = JSON.parse(plan('review', 'fief', '0.27', '0.28', '--dialect', 'sqlite', '--param', `workspace_id=${WS}`, '--format', 'json').stdout);
    expect(json.rollbackManual).toEqual([{ plan: '0.28 → 0.27', text: expect.stringContaining(`mv fief.db ${WS}, then mv fief.db.bak fief.db`) }]);
  });
});
