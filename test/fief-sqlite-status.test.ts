// Fief 0.27 → 0.28 → 0.28-cleanup on SQLite, as a fresh DBA ran it with plan status and the printed commands. The three
// versions have the same schema there; 0.27's workspace file is named after its id, and 0.28's manual step renames it
// to fief.db (the old main fief.db kept as fief.db.bak). Five faults, each reproduced here as found:
// 1. a workspace file at a wrong fief_alembic_version revision, renamed to fief.db, read as 0.28-cleanup "up to date":
//    status now asks the version tables for the rows the plans leave there, and says they contradict the version.
// 2. plan status --to 0.27 on a 0.28 fief.db started from 0.28-cleanup (the newest of the identical versions) and was
//    refused (its rollback is irreversible): it now starts from 0.28, saying why and what to check.
// 3. the rollback's header and review put the backup of the workspace's file before the manual rename that makes it;
//    status's apply line for the upgrade named the file before its rename (pasted, sqlite3 made an empty file): the
//    rename now comes first, and the backup and apply name the file after it; followed in order, each command works.
// 4. the SQLite upgrade checked neither "one workspace" nor database_type: the manual step now gives the check of the
//    main database (the script cannot: it runs on the workspace's file), and the check works as written.
// 5. Fief 0.27's main fief.db read as version 0, with no word of the workspace's file: status and detect now say it is
//    the main database, and how to find the workspace's file; status proposes no install there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { describeSqliteClient } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
/** The workspace id of Fief's guide (product.yaml's example). */
const WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';
const P = `workspace_id=${WS}`;

function plan(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** sqlite3 -bail FILE < script. */
function sqlite(file: string, script: string) {
  const r = spawnSync('sqlite3', ['-bail', file], { input: script, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A printed command line run by the shell in `dir` as the DBA pastes it (its note in parentheses left out; npx plan: this build). */
function paste(dir: string, line: string) {
  const command = line.trim().replace(/ {3}\(.*\)$/, '').replace(/^npx plan /, `${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)} `);
  const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fief 0.27's main database as its main chain leaves it (the columns these checks read), with `workspaces` rows. */
function mainDatabase(file: string, workspaces: [string, string | null][]) {
  const rows = workspaces.map(([id, type]) => `INSERT INTO workspaces (id, name, domain, database_type) VALUES ('${id}', 'w', 'auth.example.com', ${type === null ? 'NULL' : `'${type}'`});`).join('\n');
  const r = sqlite(
    file,
    `CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version VALUES ('c8cf076d3ffa');
CREATE TABLE workspaces (id CHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, domain VARCHAR(255) NOT NULL, database_type VARCHAR(10), alembic_revision VARCHAR(255));
CREATE TABLE workspace_users (id CHAR(36) NOT NULL PRIMARY KEY, workspace_id CHAR(36) NOT NULL, user_id CHAR(36) NOT NULL);
CREATE TABLE admin_api_key (id CHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, token VARCHAR(255) NOT NULL);
CREATE TABLE admin_session_tokens (id CHAR(36) NOT NULL PRIMARY KEY, token VARCHAR(255) NOT NULL, user_id CHAR(36) NOT NULL);
${rows}`,
  );
  expect(r.code, r.stderr).toBe(0);
}

describeSqliteClient('Fief on SQLite: plan status and the printed commands, followed in order', () => {
  const dirs: string[] = [];
  const scripts: Record<string, string> = {};
  /** A directory holding Fief 0.27: the workspace's file (at `revision`) and the main database beside it. */
  const fief027 = (revision = '6c06c7d908a7') => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-fief-sqlite-status-'));
    dirs.push(dir);
    expect(sqlite(join(dir, WS), scripts['0-0.27']).code).toBe(0);
    if (revision !== '6c06c7d908a7') expect(sqlite(join(dir, WS), `UPDATE fief_alembic_version SET version_num = '${revision}';`).code).toBe(0);
    mainDatabase(join(dir, 'fief.db'), [[WS, null]]);
    return dir;
  };
  /** The 0.28 manual step, as its text says it (cp -p fief.db fief.db.bak, mv <id> fief.db). */
  const rename028 = (dir: string) => {
    copyFileSync(join(dir, 'fief.db'), join(dir, 'fief.db.bak'));
    renameSync(join(dir, WS), join(dir, 'fief.db'));
  };
  beforeAll(() => {
    for (const [from, to] of [['0', '0.27'], ['0.27', '0.28'], ['0.28', '0.27']]) {
      const r = plan('compile', 'fief', from, to, '--dialect', 'sqlite', '--param', P, '-o', '-');
      expect(r.code, r.stderr).toBe(0);
      scripts[`${from}-${to}`] = r.stdout;
    }
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('1. a workspace file at a wrong revision, renamed to fief.db, is not "up to date": its version table contradicts 0.28 – 0.28-cleanup', () => {
    const dir = fief027('abcdef123456');
    rename028(dir);
    const r = plan('status', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`);
    expect(r.stdout).not.toContain('up to date');
    expect(r.stdout).toContain("version tables: the version table contradicts 0.28 – 0.28-cleanup: fief_alembic_version has no row version_num = '6c06c7d908a7', which the plans leave there at 0.28 – 0.28-cleanup (fief_alembic_version holds (abcdef123456))");
    expect(r.stdout).toContain('no script of the plans to apply (see the note)');
    expect(r.stdout).toContain('note: no commands: the schema is that of 0.28 – 0.28-cleanup (identical schemas), but the version table contradicts');
    expect(r.code).toBe(1);
    const json = JSON.parse(plan('status', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`, '--json').stdout);
    expect([json.status.state, json.status.commands]).toEqual(['unknown', []]);
    expect(json.detect.versionRows.contradicted.map((c: { version: string }) => c.version)).toEqual(['0.28', '0.28-cleanup']);
    expect(json.detect.versionRows.held).toEqual([{ table: 'fief_alembic_version', rows: ['abcdef123456'] }]);
    // plan detect says it too, and does not exit 0 ("at a version").
    const d = plan('detect', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`);
    expect(d.stdout).toContain('version tables: the version table contradicts 0.28 – 0.28-cleanup');
    expect(d.code).toBe(1);
  });

  it('1. the same file not yet renamed: 0.27 → 0.28 is proposed, with a note that its check may stop; at the right revision nothing is said', () => {
    const dir = fief027('abcdef123456');
    const r = plan('status', 'fief', '--url', `sqlite:${join(dir, WS)}`);
    expect(r.stdout).toContain('0.27 → 0.28: 1 plan');
    expect(r.stdout).toContain("note: the version table contradicts 0.27: fief_alembic_version has no row version_num = '6c06c7d908a7', which the plans leave there at 0.27 (fief_alembic_version holds (abcdef123456)): its migration bookkeeping is not that of 0.27, whatever its schema: the 0.27 → 0.28 script's checks may stop on it, changing nothing");
    // And so it does, once renamed.
    rename028(dir);
    const up = sqlite(join(dir, 'fief.db'), scripts['0.27-0.28']);
    expect(up.code).not.toBe(0);
    expect(up.stderr).toContain('this file is not at Fief 0.27');
    // At the right revision: no word on the version tables, and a 0.28 file is up to date.
    const good = fief027();
    expect(plan('status', 'fief', '--url', `sqlite:${join(good, WS)}`).stdout).not.toContain('version table');
    rename028(good);
    expect(sqlite(join(good, 'fief.db'), scripts['0.27-0.28']).code).toBe(0);
    const s = plan('status', 'fief', '--url', `sqlite:${join(good, 'fief.db')}`);
    expect(s.stdout).toContain('up to date: the database is at 0.28-cleanup');
    expect(s.stdout).not.toContain('version table');
    expect(s.code).toBe(0);
  });

  it('2 and 3. status --to 0.27 on a 0.28 fief.db starts from 0.28 (0.28-cleanup cannot be rolled back), and its commands, followed in order, roll it back', () => {
    const dir = fief027();
    rename028(dir);
    expect(sqlite(join(dir, 'fief.db'), scripts['0.27-0.28']).code).toBe(0);
    const r = plan('status', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`, '--param', P, '--to', '0.27');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('0.28 → 0.27: 1 plan (rolled back)');
    expect(r.stdout).toContain('note: 0.28 – 0.28-cleanup (identical schemas): the reading cannot tell these versions apart, and plan compile refuses the rollback to 0.27 from 0.28-cleanup: cannot roll back 0.28 → 0.28-cleanup');
    expect(r.stdout).toContain('the commands start from 0.28, the newest of them it rolls back from; check first that the database is at 0.28, not past it (the manual steps from 0.28 to 0.28-cleanup, which a database past 0.28 has had done:');
    expect(r.stdout).toContain('SQLite: the old main database is the file fief.db.bak beside fief.db (the rename made it); delete it once Fief 0.28 works');
    // The order printed: stop, the rename, the backup, then the commands; the backup and apply name the workspace's file.
    const lines = r.stdout.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at('stop first')).toBeLessThan(at('rename then, before the backup: the manual step above ([0.28 → 0.27])'));
    expect(at('rename then')).toBeLessThan(at('backup then:'));
    expect(lines[at('rename then')]).toContain(`: here ${join(dir, WS)}`);
    const backup = lines[at('backup then:')].slice('backup then: '.length);
    expect(backup).toContain(`sqlite3 -readonly ${join(dir, WS)} `);
    const commands = lines.slice(at('commands (nothing has been run):') + 1, at('commands (nothing has been run):') + 3);
    expect(commands[1]).toContain(`sqlite3 -bail ${join(dir, WS)} < down.sql`);
    // Followed: the manual step (its renames), the backup, the compile, the apply.
    renameSync(join(dir, 'fief.db'), join(dir, WS));
    renameSync(join(dir, 'fief.db.bak'), join(dir, 'fief.db'));
    const b = paste(dir, backup);
    expect(b.code, b.stderr).toBe(0);
    expect(statSync(join(dir, 'fief-0.28-before.db')).size).toBeGreaterThan(0);
    expect(paste(dir, commands[0]).code).toBe(0);
    const applied = paste(dir, commands[1]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('plan: fief 0.28 → 0.27 applied');
    expect(plan('status', 'fief', '--url', `sqlite:${join(dir, WS)}`).stdout).toContain('best match: 0.27 (exact)');
  });

  it('3. the rollback header and review: the rename comes before the backup of the file it makes', () => {
    const down = scripts['0.28-0.27'].split('\n');
    const line = (prefix: string) => down.findIndex((l) => l.startsWith(prefix));
    expect(down[line('-- rename:')]).toBe("-- rename:   then: MANUAL STEP 1 ([0.28 → 0.27]) renames the file this script runs on: do it after the stop and before the backup; the backup and apply commands name the file as it is after it (before it, that file is another database or none, and sqlite3 would open an empty one)");
    expect(line('-- stop:')).toBeLessThan(line('-- rename:'));
    expect(line('-- rename:')).toBeLessThan(line('-- backup:'));
    expect(down[line('-- backup:')]).toContain(`sqlite3 -readonly ${WS} `);
    const review = plan('review', 'fief', '0.28', '0.27', '--dialect', 'sqlite', '--param', P).stdout;
    const cmds = review.slice(review.indexOf('## Commands'));
    const rename = cmds.indexOf('Then, before the backup, the rename: manual step 1 (\\[0.28 → 0.27\\]) renames the file this script runs on');
    expect(rename).toBeGreaterThan(cmds.indexOf('First, stop:'));
    expect(rename).toBeLessThan(cmds.indexOf('Then, the backup:'));
    expect(cmds.slice(rename)).toContain(`mv fief.db ${WS}, then mv fief.db.bak fief.db`);
    // The upgrade's header names the file the rename makes, fief.db, after the rename (it said DATABASE.db).
    const up = scripts['0.27-0.28'].split('\n');
    expect(up.findIndex((l) => l.startsWith('-- rename:   then: MANUAL STEP 1 ([0.27 → 0.28])'))).toBeLessThan(up.findIndex((l) => l.startsWith('-- backup:')));
    expect(up.find((l) => l.startsWith('-- apply:'))).toContain('sqlite3 -bail fief.db < up.sql');
  });

  it("3. status's upgrade commands, followed in order (the rename first), apply it to fief.db and make no empty file", () => {
    const dir = fief027();
    const r = plan('status', 'fief', '--url', `sqlite:${join(dir, WS)}`);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at('rename then, before the backup: the manual step above ([0.27 → 0.28])')).toBeGreaterThan(at('stop first'));
    expect(at('rename then')).toBeLessThan(at('backup then:'));
    const backup = lines[at('backup then:')].slice('backup then: '.length);
    expect(backup).toContain(`sqlite3 -readonly ${join(dir, 'fief.db')} `);
    const commands = lines.slice(at('commands (nothing has been run):') + 1, at('commands (nothing has been run):') + 3);
    // It named the workspace's file, gone once renamed: sqlite3 made an empty file there.
    expect(commands[1]).toContain(`sqlite3 -bail ${join(dir, 'fief.db')} < up.sql`);
    rename028(dir);
    expect(paste(dir, backup).code).toBe(0);
    expect(paste(dir, commands[0]).code).toBe(0);
    const applied = paste(dir, commands[1]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('plan: fief 0.27 → 0.28 applied');
    expect(existsSync(join(dir, WS))).toBe(false);
  });

  it("4. the upgrade's manual step checks the main database (one workspace, database_type empty) with a command that works as written", () => {
    const step = scripts['0.27-0.28'].split('\n').find((l) => l.startsWith('--   1. [0.27 → 0.28] SQLite:'))!;
    const check = 'sqlite3 -readonly fief.db "SELECT id, database_type FROM workspaces"';
    expect(step).toContain(`check the main database first, as the script cannot: ${check} must print exactly one line, ${WS}| (this one workspace, and nothing after the bar`);
    expect(step.indexOf(check)).toBeLessThan(step.indexOf('cp -p fief.db fief.db.bak'));
    const dir = fief027();
    expect(paste(dir, check).stdout).toBe(`${WS}|\n`);
    // Two workspaces, or one on a server of its own: not that line.
    mainDatabase(join(dir, 'two.db'), [[WS, null], ['6d0d5b2e-7f4c-4e61-9c1a-0b8f3a1e2c44', null]]);
    mainDatabase(join(dir, 'own.db'), [[WS, 'POSTGRESQL']]);
    expect(paste(dir, check.replace('fief.db', 'two.db')).stdout).not.toBe(`${WS}|\n`);
    expect(paste(dir, check.replace('fief.db', 'own.db')).stdout).toBe(`${WS}|POSTGRESQL\n`);
  });

  it("5. Fief 0.27's main fief.db: status and detect say it is the main database, name the workspace's file, and propose no install", () => {
    const dir = fief027();
    const r = plan('status', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`);
    const note = "note: fief.db holds Fief 0.27's main database (workspaces, …), not a workspace's tables: on SQLite, Fief 0.27 keeps each workspace in a file of its own beside it, named after the workspace's id (sqlite3 fief.db 'SELECT id FROM workspaces' lists them); run plan status on that file (sqlite:<that id>) instead";
    expect(r.stdout).toContain(note);
    expect(r.stdout).toContain('note: no commands: fief.db is not the file the scripts run on (see the note above)');
    expect(r.stdout).not.toContain('npx plan compile');
    expect(r.code).toBe(1);
    // With the workspace's id given, status proposed installing 0 → 0.28 into the main database.
    const given = plan('status', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`, '--param', P);
    expect(given.stdout).toContain(note);
    expect(given.stdout).not.toContain('npx plan compile fief 0 ');
    expect(given.code).toBe(1);
    const d = plan('detect', 'fief', '--url', `sqlite:${join(dir, 'fief.db')}`, '--json');
    expect(JSON.parse(d.stdout).mainFile).toMatchObject({ file: 'fief.db', tables: ['workspaces', 'workspace_users', 'admin_api_key', 'admin_session_tokens', 'alembic_version'] });
    // The command it gives lists the workspace's id, the name of its file.
    expect(paste(dir, "sqlite3 fief.db 'SELECT id FROM workspaces'").stdout).toBe(`${WS}\n`);
    expect(existsSync(join(dir, WS))).toBe(true);
  });
});
