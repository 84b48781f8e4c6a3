// Faults a fresh user found (each with the exact input they gave):
// 1. `plan review … --lock-timeout 30s` (and --statement-timeout) was refused (unknown option), so a review could not
//    describe a script compiled with non-default timeouts: its checksum of up.sql matched only the default compile.
// 2. `--url postgres://postgres@127.0.0.1:3306/db` (PostgreSQL's scheme at MariaDB's port) said "Received unexpected
//    copyData message from backend."; a mysql:// URL at PostgreSQL's port waited out its timeout (ETIMEDOUT).
// 3. No "did you mean" for a mistyped product (`kto`, `Fief`) or version (`v0.6`, `0.6.0`).
// 4. `--dialect postgresql` was refused while `mariadb` was accepted as mysql.
// 5. `plan --plans DIR compile …` was "unknown option '--plans'": --plans had to come after the command name.
// 6. `plan status keto` without --param namespaces: its first note said the differences were made by hand; only the
//    second gave the real cause, the parameter not given (its example stood in for it).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import pg from 'pg';
import { serverUrl } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const CLI = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('plan review takes compile\'s options that change the script', () => {
  const path = ['supertokens', '3.3', '3.4', '--dialect', 'postgres'];
  const timeouts = ['--lock-timeout', '30s', '--statement-timeout', '1min'];
  it('review --lock-timeout 30s --statement-timeout 1min: states them, and checksums the script compile makes with them', () => {
    const compiled = plan('compile', ...path, ...timeouts);
    expect(compiled.status).toBe(0);
    const r = plan('review', ...path, ...timeouts, '--format', 'json');
    expect({ stderr: r.stderr, status: r.status }).toEqual({ stderr: '', status: 0 });
    const review = JSON.parse(r.stdout);
    expect(review.checksums.find((c: { file: string }) => c.file === 'up.sql').sha256).toBe(sha256(compiled.stdout));
    expect(sha256(compiled.stdout)).not.toBe(sha256(plan('compile', ...path).stdout));
    expect(r.stdout).toContain("lock_timeout = '30s'");
    expect(r.stdout).toContain("statement_timeout = '1min'");
    expect(r.stdout).not.toContain("lock_timeout = '5s'");
    // The commands it gives make that same script (and its rollback with the same bounds).
    expect(review.commands.compile).toBe('npx plan compile supertokens 3.3 3.4 --dialect postgres --lock-timeout 30s --statement-timeout 1min -o up.sql');
    expect(review.commands.rollback).toBe('npx plan compile supertokens 3.4 3.3 --dialect postgres --lock-timeout 30s --statement-timeout 1min -o down.sql');
  });
  it('Markdown review --lock-timeout 30s states 30 s, not the default 5 s', () => {
    const r = plan('review', ...path, '--lock-timeout', '30s');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("lock_timeout = '30s'");
    expect(r.stdout).toContain(sha256(plan('compile', ...path, '--lock-timeout', '30s').stdout));
  });
  it('a bad duration is refused as compile refuses it', () => {
    const r = plan('review', ...path, '--lock-timeout', '30');
    expect({ stderr: r.stderr, status: r.status, stdout: r.stdout }).toEqual({ stderr: plan('compile', ...path, '--lock-timeout', '30').stderr, status: 2, stdout: '' });
  });
});

await describeServer('a PostgreSQL URL at the MySQL/MariaDB server\'s port', 'mysql', () => {
  const at = new URL(serverUrl('mysql')).host;
  it(`postgres://postgres@${at}/db: one line saying the server is MySQL/MariaDB, exit 1 as for a server that cannot be read`, () => {
    const url = `postgres://postgres@${at}/db`;
    for (const [args, prefix] of [[['detect', 'keto', '--url', url], `cannot read the catalog at ${url}`], [['status', 'keto', '--url', url], `cannot read the catalog at ${url}`], [['verify', 'supertokens', '3.3', '3.4', '--url', url], `cannot verify supertokens 3.3 → 3.4 · postgres on ${url}`]] as const) {
      const r = plan(...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^plan: error: ${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the server at ${at.replace(/\./g, '\\.')} did not answer as PostgreSQL: it is MySQL/MariaDB \\([^)]+\\); for it use a mysql:// URL \\(mysql://user@${at.replace(/\./g, '\\.')}/database\\)\n$`));
      expect(r.stderr).not.toContain('copyData');
    }
  });
});

await describeServer('a MySQL URL at the PostgreSQL server\'s port', 'postgres', () => {
  const at = new URL(serverUrl('postgres')).host;
  it(`mysql://root@${at}/db: one line saying the server is PostgreSQL, exit 1`, () => {
    const url = `mysql://root@${at}/db`;
    const r = plan('detect', 'keto', '--url', url);
    expect({ stderr: r.stderr, status: r.status }).toEqual({ stderr: `plan: error: cannot read the catalog at ${url}: the server at ${at} did not answer as MySQL/MariaDB: it is PostgreSQL; for it use a postgres:// URL (postgres://user@${at}/database)\n`, status: 1 });
  });
  // It waited out the driver's 10 s connect timeout first (PostgreSQL waits for the client to speak, the MySQL
  // client for the server's greeting): 11.2 s for detect; now the server is probed after 0.5 s without a greeting
  // (1.7 s for the whole command, Node's start included).
  it.each([
    [['detect', 'keto'], 'cannot read the catalog at'],
    [['status', 'keto'], 'cannot read the catalog at'],
    [['verify', 'supertokens', '3.3', '3.4'], 'cannot verify supertokens 3.3 → 3.4 · mysql on'],
  ])('plan %j --url mysql://…: says so within 5 s, not after the connect timeout', (args, prefix) => {
    const url = `mysql://root@${at}/db`;
    const started = Date.now();
    const r = plan(...args, '--url', url);
    const took = Date.now() - started;
    expect({ stderr: r.stderr, status: r.status }).toEqual({ stderr: `plan: error: ${prefix} ${url}: the server at ${at} did not answer as MySQL/MariaDB: it is PostgreSQL; for it use a postgres:// URL (postgres://user@${at}/database)\n`, status: 1 });
    expect(took).toBeLessThan(5_000);
  });
});

describe('a mistyped product or version: the one-line error suggests the name meant, and accepts nothing', () => {
  const known = '(known: authhero, fief, keto, logto, supertokens)';
  const versions = '(versions: 0, 0.6, 0.7, 0.7-cleanup)';
  const cases: [string[], string][] = [
    [['compile', 'kto', '0', '0.6', '--dialect', 'postgres'], `unknown product "kto": did you mean "keto"? ${known}`],
    [['compile', 'Fief', '0', '0.27', '--dialect', 'postgres'], `unknown product "Fief": did you mean "fief"? ${known}`],
    [['compile', 'keto', 'v0.6', '0.7', '--dialect', 'postgres'], `unknown version "v0.6" of keto: did you mean "0.6"? ${versions}`],
    [['compile', 'keto', '0', '0.6.0', '--dialect', 'postgres'], `unknown version "0.6.0" of keto: did you mean "0.6"? ${versions}`],
    [['catalog', 'supertokens', '6', '--dialect', 'mysql'], 'unknown version "6" of supertokens: did you mean "6.0"? (versions: 0, 3.3,'],
    // Nothing near: no suggestion.
    [['compile', 'keto', '0', '0.8', '--dialect', 'postgres'], `unknown version "0.8" of keto ${versions}`],
    [['compile', 'nosuch', '0', '0.6', '--dialect', 'postgres'], `unknown product "nosuch" ${known}`],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const r = plan(...args);
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
      expect(r.stderr.startsWith(`plan: error: ${message}`)).toBe(true);
      expect(r.stderr.split('\n').length).toBe(2);
    });
  }
});

describe('--dialect postgresql is accepted as postgres, wherever --dialect is read', () => {
  for (const args of [['compile', 'supertokens', '3.3', '3.4'], ['review', 'supertokens', '3.3', '3.4'], ['catalog', 'supertokens', '3.3'], ['lint', 'supertokens', '3.3', '3.4']]) {
    it(`${args[0]} --dialect postgresql: what --dialect postgres gives`, () => {
      const alias = plan(...args, '--dialect', 'postgresql');
      const own = plan(...args, '--dialect', 'postgres');
      expect({ status: alias.status, stderr: alias.stderr, stdout: alias.stdout }).toEqual({ status: own.status, stderr: own.stderr, stdout: own.stdout });
      expect(own.status).toBe(0);
    });
  }
  it('verify --dialect postgresql is postgres (a mysql URL disagrees with it, as with postgres)', () => {
    const r = plan('verify', 'supertokens', '3.3', '3.4', '--dialect', 'postgresql', '--url', 'mysql://root@127.0.0.1:3306/test');
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: 'plan: error: --url mysql://root@127.0.0.1:3306/test is a mysql URL, but --dialect is postgres\n' });
  });
  it('--help says so', () => {
    expect(plan('compile', '--help').stdout.replace(/\s+/g, ' ')).toContain('postgres (postgresql is accepted as postgres)');
    expect(plan('--help').stdout.replace(/\s+/g, ' ')).toContain('"postgresql" is accepted as postgres');
  });
});

describe('--plans before the command name is read as after it (the search path\'s directories first)', () => {
  let root: string;
  let a: string;
  let b: string;
  const inRoot = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, PLAN_PATH: '' } });
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'h_N_plans-'));
    a = join(root, 'a');
    b = join(root, 'b');
    mkdirSync(a);
    mkdirSync(b);
    expect(inRoot('init', 'acme', '--plans', a).status).toBe(0);
    expect(inRoot('init', 'beta', '--plans', b).status).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it('plan --plans DIR compile …: the script plan compile … --plans DIR gives', () => {
    const before = inRoot('--plans', a, 'compile', 'acme', '0', '1.0', '--dialect', 'postgres');
    const after = inRoot('compile', 'acme', '0', '1.0', '--dialect', 'postgres', '--plans', a);
    expect({ status: before.status, stderr: before.stderr }).toEqual({ status: 0, stderr: '' });
    expect(before.stdout).toBe(after.stdout);
  });
  it('before and after together: both directories, the one before first', () => {
    const r = inRoot('--plans', a, 'list', '--plans', b, '--json');
    expect(r.status).toBe(0);
    const names = JSON.parse(r.stdout).products.filter((p: { origin: string }) => p.origin !== 'bundled').map((p: { name: string; plansDir: string }) => [p.name, p.plansDir]);
    expect(names).toEqual([['acme', a], ['beta', b]]);
  });
  it('PLAN_PATH still comes after it', () => {
    const r = spawnSync(process.execPath, [CLI, '--plans', a, 'list', 'beta'], { encoding: 'utf8', cwd: root, env: { ...process.env, PLAN_PATH: b } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`from: ${b} (PLAN_PATH)`);
  });
  it('init takes one directory: one before and one after is --plans given twice', () => {
    const r = inRoot('--plans', a, 'init', 'gamma', '--plans', b);
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 2, stderr: `plan: error: --plans given twice (${a}, ${b}): give it once (init creates the product in one directory)\n`, stdout: '' });
  });
  it('plan --plans DIR init …: made there', () => {
    const r = inRoot('--plans', a, 'init', 'gamma');
    expect(r.status).toBe(0);
    expect(inRoot('list', 'gamma', '--plans', a).stdout).toContain(`from: ${a}`);
  });
});

await describeServer('plan status keto without --param namespaces: the parameter comes first, not "by hand"', 'postgres', (server) => {
  const name = 'h_n_keto_status';
  const url = (() => {
    const u = new URL(server);
    u.pathname = `/${name}`;
    return u.toString();
  })();
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name}`);
    await admin(`CREATE DATABASE ${name}`);
    // Keto 0.7 installed with two namespaces: the example (files:1,groups:2,folders:3) has three.
    const script = plan('compile', 'keto', '0', '0.7', '--dialect', 'postgres', '--param', 'namespaces=files:1,groups:2');
    expect(script.status).toBe(0);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(script.stdout);
    } finally {
      await c.end();
    }
  });
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name}`));
  it('its first note is the parameter\'s; the differences are not said to be made by hand', () => {
    const r = plan('status', 'keto', '--url', url);
    const notes = r.stdout.split('\n').filter((l) => l.startsWith('note: '));
    expect(notes).toEqual([
      "note: --param namespaces was not given: its example (files:1,groups:2,folders:3) stood in for it; pass --param namespaces=… with this database's value",
      "note: the database is at no version exactly; the nearest, 0.7, is the target: the differences above may be those of --param namespaces, not given (an example stood in for it): pass this database's value and run status again; differences that remain, no script of the plans changes (someone made them by hand), and a script from 0.7 would stop on them, changing nothing",
    ]);
  });
  it('with --param namespaces=files:1,groups:2: up to date, no note but the optional cleanup stage\'s', () => {
    const r = plan('status', 'keto', '--url', url, '--param', 'namespaces=files:1,groups:2');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('up to date: the database is at 0.7; nothing to apply');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('note:') && !l.startsWith('note: a further stage, 0.7-cleanup, is not applied:'))).toEqual([]);
  });
});
