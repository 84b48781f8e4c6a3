// `plan detect` and `plan status`: build a version on a real engine with our own compiled script, read the catalog
// read-only, and get that version back; alter it by hand and get exactly the alteration; stop a script half-way
// and get "between". PGlite always; the PostgreSQL and MariaDB servers through describeServer.
import { DEFAULT_TIMEOUTS } from '../src/dialects/dialect.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, patchModels, predictCatalog } from '../src/compile/compile.js';
import { getDialect } from '../src/dialects/index.js';
import { formatDetect } from '../src/detect/format.js';
import { declaredParameters, resolveParams } from '../src/plan/params.js';
import { PlanError } from '../src/plan/errors.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { detect, versionsLabel } from '../src/detect/detect.js';
import { diffCatalogs, keyOf } from '../src/detect/lines.js';
import { status } from '../src/detect/status.js';
import { closePglite, openScratch, type Scratch } from '../src/engines/index.js';
import { applyTargetOfUrl, readCatalogWith } from '../src/engines/live.js';
import { projectRoot } from '../src/paths.js';
import type { DialectName } from '../src/plan/types.js';
import { loadProduct } from '../src/plan/load.js';
import { dialectVersions } from '../src/plan/dialect-versions.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npx tsc -p .) before vitest
const SLOW = { timeout: 600_000 };
/** The versions PostgreSQL supports (all of them; MySQL stops at 10.1: product.yaml dialect_versions:). */
const VERSIONS = dialectVersions(loadProduct('supertokens').product, 'postgres');
/** The newest version: where status goes without --to (PostgreSQL). */
const NEWEST = VERSIONS[VERSIONS.length - 1];
/** Every version with PLAN_DETECT_ALL=1; otherwise one of each era (3.x, the identical 4.0 – 4.3, 5.0, 6.0). */
const SAMPLE = process.env.PLAN_DETECT_ALL ? VERSIONS : ['3.3', '3.10', '4.0', '4.3', '4.6', '5.0', '6.0'];

afterAll(() => closePglite());

function plan(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch database at `version`, built by our compiled 0 → version script. */
async function at(dialect: DialectName, url: string | undefined, version: string): Promise<Scratch> {
  const s = await openScratch(dialect, { url });
  try {
    await s.execScript(compile({ product: 'supertokens', from: '0', to: version, dialect }).sql);
  } catch (e) {
    await s.close();
    throw e;
  }
  return s;
}

/** The first k statements of the from → to script (after PostgreSQL's BEGIN and settings; MySQL's are needed). */
async function stopHalfWay(s: Scratch, from: string, to: string, k: number): Promise<void> {
  const r = compile({ product: 'supertokens', from, to, dialect: s.dialect });
  const skip = r.dialect.script.transactional ? r.dialect.script.timeouts(DEFAULT_TIMEOUTS, false).transaction.length : 0;
  await s.execStatements(r.statements.slice(skip, skip + k));
}

const detectOn = async (s: Scratch, params?: string[]) => detect({ product: 'supertokens', dialect: s.dialect, params, found: await readCatalogWith(s.dialect, (q) => s.query(q)) });

/** The client options naming a server URL's host, port and user (as plan status prints them: the test URLs need no quoting). */
const connectionArgs = (url: string, host: string, port: string, user: string) => {
  const u = new URL(url);
  return [u.hostname && `${host} ${u.hostname}`, u.port && `${port} ${u.port}`, u.username && `${user} ${decodeURIComponent(u.username)}`].filter(Boolean).join(' ');
};

/** A server URL pointing at a scratch database (its name is the database). */
const urlOf = (server: string, s: Scratch) => {
  const u = new URL(server);
  u.pathname = `/${s.name}`;
  return u.toString();
};

describe('catalog lines as objects', () => {
  it('keys name the object, not its definition, on both dialects', () => {
    expect(keyOf('T session_info | COL use_static_key boolean NOT NULL').key).toBe('session_info COL use_static_key');
    expect(keyOf('T t | IDX CREATE UNIQUE INDEX t_a ON t USING btree (a)').key).toBe('t IDX t_a');
    expect(keyOf('T t | IDX CREATE INDEX t_b ON t USING btree (b DESC)').key).toBe('t IDX t_b');
    expect(keyOf('T t | CON t_pkey PRIMARY KEY (a)').key).toBe('t CON t_pkey');
    expect(keyOf('T t | PK (a, b)').key).toBe('t PK');
    expect(keyOf('T t | UQ t_a (a)').key).toBe(keyOf('T t | IDX t_a (a)').key);
    expect(keyOf('T t | FK t_fk (a) -> u (a) ON DELETE CASCADE ON UPDATE RESTRICT').key).toBe('t FK t_fk');
  });

  it('missing, extra and different', () => {
    const d = diffCatalogs(['T t | COL a integer', 'T t | COL b text', 'T t | IDX t_a (a)'], ['T t | COL a bigint', 'T t | COL b text', 'T t | COL c text']);
    expect(d).toEqual({ missing: ['T t | IDX t_a (a)'], extra: ['T t | COL c text'], different: [{ key: 't COL a', expected: 'T t | COL a integer', found: 'T t | COL a bigint' }] });
  });

  it('sets of identical versions read as ranges', () => {
    const all = ['0', '1', '2', '3', '4'];
    expect(versionsLabel(all, ['2'])).toBe('2');
    expect(versionsLabel(all, ['3', '1', '2'])).toBe('1 – 3 (identical schemas)');
    expect(versionsLabel(all, ['1', '3', '4'])).toBe('1, 3 – 4 (identical schemas)');
    expect(versionsLabel(all, ['0'])).toBe('0 (none of its tables: an empty database)');
  });
});

describe('detect on PGlite', SLOW, () => {
  it.each(SAMPLE)('a database built to %s is detected as %s (or its set of identical versions)', async (version) => {
    const s = await at('postgres', undefined, version);
    try {
      const r = await detectOn(s);
      expect(r.outcome).toBe('exact');
      expect(r.best.versions).toContain(version);
      expect(r.best.differences).toBe(0);
      expect(r.runnerUp!.differences).toBeGreaterThan(0);
      expect(r.ignoredTables).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('4.0 – 4.3 are one set; an empty schema is 0', async () => {
    const s = await at('postgres', undefined, '4.1');
    try {
      expect((await detectOn(s)).best.label).toBe('4.0 – 4.3 (identical schemas)');
    } finally {
      await s.close();
    }
    const empty = await openScratch('postgres');
    try {
      const r = await detectOn(empty);
      expect(r.outcome).toBe('exact');
      expect(r.best.versions).toEqual(['0']);
    } finally {
      await empty.close();
    }
  });

  it('a hand-altered 5.0 (a dropped index, an extra column, another type, a table of its own) reports exactly that', async () => {
    const s = await at('postgres', undefined, '5.0');
    try {
      await s.execScript('DROP INDEX dashboard_user_sessions_expiry_index; ALTER TABLE emailpassword_users ADD COLUMN nickname text; ALTER TABLE key_value ALTER COLUMN value TYPE varchar(300); CREATE TABLE my_notes (id int PRIMARY KEY);');
      const r = await detectOn(s);
      expect(r.outcome).toBe('inexact');
      expect(r.best.versions).toEqual(['5.0']);
      expect(r.best.diff).toEqual({
        missing: ['T dashboard_user_sessions | IDX CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions USING btree (expiry)'],
        extra: ['T emailpassword_users | COL nickname text'],
        different: [{ key: 'key_value COL value', expected: 'T key_value | COL value text', found: 'T key_value | COL value character varying(300)' }],
      });
      expect(r.best.differences).toBe(3);
      expect(r.ignoredTables).toEqual(['my_notes']);
      const st = status({ detected: r });
      expect(st.state).toBe('unknown');
      expect(st.notes.join(' ')).toMatch(/at no version exactly \(3 differences from 5\.0\)/);
    } finally {
      await s.close();
    }
  });

  it('stopped half-way through 5.0 → 6.0: between, and the script status names resumes it to 6.0', async () => {
    const s = await at('postgres', undefined, '5.0');
    try {
      await stopHalfWay(s, '5.0', '6.0', 60);
      const r = await detectOn(s);
      expect(r.outcome).toBe('between');
      expect(r.between).toEqual({ from: '5.0', to: '6.0', direction: 'up', params: null, either: true });
      const st = status({ detected: r, target: { database: 'app' }, to: '6.0' });
      expect(st.state).toBe('resume');
      expect(st.commands).toEqual(['npx plan compile supertokens 5.0 6.0 --dialect postgres -o 5.0-6.0.sql', 'psql -v ON_ERROR_STOP=1 -d app -f 5.0-6.0.sql']);
      // The connection the --url named goes into the command, each part a shell word; the password never does.
      const remote = status({ detected: r, target: applyTargetOfUrl("postgres://o'neil:s3cret@db.internal:6432/app"), to: '6.0' });
      expect(remote.commands[1]).toBe("psql -v ON_ERROR_STOP=1 -h db.internal -p 6432 -U 'o'\\''neil' -d app -f 5.0-6.0.sql");
      expect(JSON.stringify(remote)).not.toContain('s3cret');
      // psql asks for a password when the server wants one; mysql logs in without one unless told -p (then it asks).
      const mysqlTarget = applyTargetOfUrl('mysql://app_user:s3cret@db.internal:3306/app');
      expect(mysqlTarget).toEqual({ database: 'app', host: 'db.internal', port: '3306', user: 'app_user', password: true });
      expect(getDialect('mysql').script.applyCommand('up.sql', mysqlTarget)).toBe('mysql --protocol=TCP -h db.internal -P 3306 -u app_user -p app < up.sql  (or: mariadb --protocol=TCP -h db.internal -P 3306 -u app_user -p app < up.sql)');
      expect(getDialect('mysql').script.applyCommand('up.sql', applyTargetOfUrl('mysql://root@127.0.0.1:3306/app'))).toBe('mysql --protocol=TCP -h 127.0.0.1 -P 3306 -u root app < up.sql  (or: mariadb --protocol=TCP -h 127.0.0.1 -P 3306 -u root app < up.sql)');
      // Every part percent-decoded as libpq decodes a URI, then made a shell word; libpq's parameters into -d as a
      // conninfo string (a value with a space or quote quoted there too), a password given as a parameter never.
      const tls = applyTargetOfUrl('postgres://app%20user@db.internal:5432/sales%24eu?sslmode=verify-full&sslrootcert=%2Fetc%2Fca%20it%27s.pem&ssl=true&password=s3cret');
      expect(tls).toEqual({ database: 'sales$eu', host: 'db.internal', port: '5432', user: 'app user', password: true, parameters: [['sslmode', 'verify-full'], ['sslrootcert', "/etc/ca it's.pem"], ['ssl', 'true']] });
      expect(getDialect('postgres').script.applyCommand('up.sql', tls)).toBe(`psql -v ON_ERROR_STOP=1 -h db.internal -p 5432 -U 'app user' -d 'dbname=sales$eu sslmode=verify-full sslrootcert='\\''/etc/ca it\\'\\''s.pem'\\''' -f up.sql`);
      expect(getDialect('mysql').script.applyCommand('up.sql', applyTargetOfUrl('mysql://root@127.0.0.1:3306/sales%24eu?ssl=true'))).toBe(`mysql --protocol=TCP -h 127.0.0.1 -P 3306 -u root 'sales$eu' < up.sql  (or: mariadb --protocol=TCP -h 127.0.0.1 -P 3306 -u root 'sales$eu' < up.sql)`);
      // The command status printed does resume it.
      await s.execScript(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' }).sql);
      const after = await detectOn(s);
      expect([after.outcome, after.best.versions]).toEqual(['exact', ['6.0']]);
    } finally {
      await s.close();
    }
  });

  it('stopped half-way through 3.4 → 3.5 with a target beyond it: one script from 3.4 resumes and goes on', async () => {
    const s = await at('postgres', undefined, '3.4');
    try {
      const r0 = compile({ product: 'supertokens', from: '3.4', to: '3.5', dialect: 'postgres' });
      await stopHalfWay(s, '3.4', '3.5', Math.floor((r0.statements.length - 2 - r0.dialect.script.timeouts(DEFAULT_TIMEOUTS, false).transaction.length) / 2));
      const r = await detectOn(s);
      expect(r.outcome).toBe('between');
      expect(r.between).toMatchObject({ from: '3.4', to: '3.5', direction: 'up' });
      const st = status({ detected: r, to: '4.0' });
      expect(st.commands[0]).toBe('npx plan compile supertokens 3.4 4.0 --dialect postgres -o 3.4-4.0.sql');
      await s.execScript(compile({ product: 'supertokens', from: '3.4', to: '4.0', dialect: 'postgres' }).sql);
      expect((await detectOn(s)).best.versions).toContain('4.0');
    } finally {
      await s.close();
    }
  });

  it('stopped between the parts of 11.4 → 12.0 (the transaction committed, the concurrent index builds not begun): between, resumed by that script', async () => {
    const s = await at('postgres', undefined, '11.4');
    try {
      const up = compile({ product: 'supertokens', from: '11.4', to: '12.0', dialect: 'postgres' }).sql;
      await s.execScript(up.slice(0, up.indexOf('-- part 2 of the script')));
      const r = await detectOn(s);
      expect([r.outcome, r.between]).toEqual(['between', { from: '11.4', to: '12.0', direction: 'up', params: null, either: true }]);
      const st = status({ detected: r, to: '12.0' });
      expect(st).toMatchObject({ state: 'resume', from: '11.4', to: '12.0', commands: ['npx plan compile supertokens 11.4 12.0 --dialect postgres -o 11.4-12.0.sql', 'psql -v ON_ERROR_STOP=1 -d DATABASE -f 11.4-12.0.sql'] });
      await s.execScript(up);
      expect((await detectOn(s)).best.versions).toEqual(['12.0']);
    } finally {
      await s.close();
    }
  });

  it('status on an empty database: a fresh install, without the manual steps of the upgrade plans (as the script header)', () => {
    const r = detect({ product: 'supertokens', dialect: 'postgres', found: [] });
    const st = status({ detected: r });
    expect(st.from).toBe('0');
    expect(st.manual).toEqual([]);
    expect(st.commands[0]).toBe(`npx plan compile supertokens 0 ${NEWEST} --dialect postgres -o up.sql`);
  });

  it('status: the chain to the newest version, manual steps, commands; up to date at the newest; --to below is a rollback', async () => {
    const s = await at('postgres', undefined, '4.5');
    try {
      const r = await detectOn(s, ['access_token_signing_key_dynamic=false']);
      const st = status({ detected: r, params: ['access_token_signing_key_dynamic=false'] });
      expect(st.state).toBe('pending');
      expect(st.from).toBe(r.best.versions[0]);
      // Every plan from 4.5 to the newest version PostgreSQL supports.
      const chain = VERSIONS.slice(VERSIONS.indexOf('4.5'), -1).map((v, i) => `${v}-${VERSIONS[VERSIONS.indexOf('4.5') + i + 1]}`);
      expect(st.plans.map((p) => `${p.from}-${p.to}`)).toEqual(chain.slice(r.best.versions[0] === '4.5' ? 0 : 1));
      expect(st.manual.some((m) => m.plan === '4.6 → 5.0' && /access_token_dynamic_signing_key_update_interval/.test(m.text))).toBe(true);
      expect(st.commands[0]).toBe(`npx plan compile supertokens ${st.from} ${NEWEST} --dialect postgres --param access_token_signing_key_dynamic=false -o up.sql`);
      // The backup to take first, and what the scripts do to data (found missing by a fresh DBA run).
      expect(st.backup).toBe(`pg_dump --format=custom --file=supertokens-${st.from}-before.dump.partial DATABASE && mv supertokens-${st.from}-before.dump.partial supertokens-${st.from}-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-${st.from}-before.dump; not pg_restore --clean over this one, which fails on what the script added)`);
      expect(st.data.length).toBeGreaterThan(0);
      const down = status({ detected: r, to: '4.0' });
      expect(down.direction).toBe('down');
      expect(down.commands[0]).toBe(`npx plan compile supertokens ${r.best.versions[r.best.versions.length - 1]} 4.0 --dialect postgres -o down.sql`);
    } finally {
      await s.close();
    }
    const newest = await at('postgres', undefined, NEWEST);
    try {
      expect(status({ detected: await detectOn(newest) })).toMatchObject({ state: 'up-to-date', commands: [], plans: [] });
    } finally {
      await newest.close();
    }
  });
});

await describeServer('detect on the PostgreSQL server', 'postgres', (server) => {
  it.each(['3.3', '5.0', '6.0'])('built to %s: detected through --url, read-only', SLOW, async (version) => {
    const s = await at('postgres', server, version);
    try {
      const r = plan('detect', 'supertokens', '--url', urlOf(server, s), '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j).toMatchObject({ product: 'supertokens', dialect: 'postgres', outcome: 'exact', between: null, ignoredTables: [] });
      expect(j.best.versions).toContain(version);
    } finally {
      await s.close();
    }
  });

  it('text output, half-way, status --json, an unreachable server', SLOW, async () => {
    const s = await at('postgres', server, '5.0');
    try {
      const url = urlOf(server, s);
      let r = plan('detect', 'supertokens', '--url', url);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^best match: 5\.0 \(exact\)$/m);
      expect(r.stdout).toMatch(/^next: {7}4\.5 – 4\.6 \(identical schemas; 1 difference\)$/m);
      await s.execScript('CREATE TABLE my_notes (id int PRIMARY KEY); ALTER TABLE emailpassword_users ADD COLUMN nickname text;');
      r = plan('detect', 'supertokens', '--url', url);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('1 other table ignored (no version of supertokens has it: my_notes)');
      expect(r.stdout).toContain('extra (the database has it, the version does not):\n  T emailpassword_users | COL nickname text\n');
      await s.execScript('DROP TABLE my_notes; ALTER TABLE emailpassword_users DROP COLUMN nickname;');
      await stopHalfWay(s, '5.0', '6.0', 40);
      r = plan('status', 'supertokens', '--url', url, '--to', '6.0', '--json');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.detect.between).toEqual({ from: '5.0', to: '6.0', direction: 'up', params: null, either: true });
      // 5.0 → 6.0 has no manual step of its own; the header's line on the foreign-key check comes with it.
      expect(j.status).toMatchObject({ state: 'resume', from: '5.0', to: '6.0', direction: 'up' });
      expect(j.status.manual).toEqual([{ plan: '5.0 → 6.0', text: expect.stringMatching(/^Only if this script stops at its check for foreign keys of tables outside supertokens/) }]);
      expect(j.status.commands).toEqual(['npx plan compile supertokens 5.0 6.0 --dialect postgres -o 5.0-6.0.sql', `psql -v ON_ERROR_STOP=1 ${connectionArgs(url, '-h', '-p', '-U')} -d ${s.name} -f 5.0-6.0.sql`]);
      r = plan('status', 'supertokens', '--url', url, '--to', '6.0');
      expect(r.stdout).toContain('between 5.0 and 6.0: resume with the 5.0 → 6.0 script\n');
    } finally {
      await s.close();
    }
    // A database name with a character a URL escapes ($ as %24), and connection parameters: read as libpq (psql)
    // reads them. pg alone decoded the name with decodeURI and asked for "…%24…", which does not exist.
    const admin = await openScratch('postgres', { url: server });
    const dollar = `${admin.name}_my$db`;
    await admin.execStatements([`CREATE DATABASE "${dollar}"`]);
    try {
      const u = new URL(server);
      u.pathname = `/${encodeURIComponent(dollar)}`;
      u.search = '?sslmode=disable&ssl=false&application_name=plan%20test';
      const r = plan('status', 'supertokens', '--url', u.toString(), '--to', '5.0', '--json');
      expect([r.stderr, r.code]).toEqual(['', 0]);
      const j = JSON.parse(r.stdout);
      expect(j.detect.best.versions).toEqual(['0']);
      // (pg's own ssl=false is no libpq keyword: psql would refuse it, so it is left out.)
      const apply = `psql -v ON_ERROR_STOP=1 ${connectionArgs(server, '-h', '-p', '-U')} -d 'dbname=${dollar} sslmode=disable application_name='\\''plan test'\\''' -f up.sql`;
      expect(j.status.commands[1]).toBe(apply);
      // The printed commands, pasted into a shell, install 5.0 there.
      const dir = tempPlansDir();
      const run = spawnSync('bash', ['-c', `set -e; ${j.status.commands[0].replace(/^npx plan /, `${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)} `)}; ${apply} -q >/dev/null`], { cwd: dir, encoding: 'utf8' });
      expect([run.stderr, run.status]).toEqual(['', 0]);
      const after = JSON.parse(plan('detect', 'supertokens', '--url', u.toString(), '--json').stdout);
      expect([after.outcome, after.best.versions]).toEqual(['exact', ['5.0']]);
    } finally {
      await admin.execStatements([`DROP DATABASE IF EXISTS "${dollar}"`]);
      await admin.close();
    }
    const closed = plan('detect', 'supertokens', '--url', 'postgres://postgres@127.0.0.1:1/nothing');
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/^plan: error: cannot read the catalog at postgres:\/\/postgres@127\.0\.0\.1:1\/nothing: .*\n$/);
    const bad = plan('detect', 'supertokens', '--url', 'oracle://x/y');
    expect(bad.code).toBe(2);
  });
});

await describeServer('detect on the MariaDB server', 'mysql', (server) => {
  it.each(['3.3', '4.2', '5.0', '6.0'])('built to %s: detected through --url, read-only', SLOW, async (version) => {
    const s = await at('mysql', server, version);
    try {
      const r = plan('detect', 'supertokens', '--url', urlOf(server, s), '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j).toMatchObject({ dialect: 'mysql', outcome: 'exact', between: null });
      expect(j.best.versions).toContain(version);
    } finally {
      await s.close();
    }
  });

  it('without a product, on SuperTokens 9.0: supertokens, not "also tables of authhero" for a table name they share', SLOW, async () => {
    const s = await at('mysql', server, '9.0');
    try {
      const r = plan('detect', '--url', urlOf(server, s));
      // (Fief, whose tables before 0.28 are in a place of their own too, is read without it: none of its tables are
      // here, which no version of Fief that keeps nothing there can be either, so it is not named.)
      expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, 'product: supertokens']);
      expect(r.stdout).toContain('best match: 9.0 (exact)');
    } finally {
      await s.close();
    }
  });

  it('a hand-altered 5.0 reports the difference; half-way through 5.0 → 6.0 is between; status resumes it', SLOW, async () => {
    const s = await at('mysql', server, '5.0');
    try {
      await s.execScript('ALTER TABLE dashboard_user_sessions DROP INDEX dashboard_user_sessions_expiry_index; CREATE TABLE my_notes (id int PRIMARY KEY);');
      let r = await detectOn(s);
      expect(r.outcome).toBe('inexact');
      expect(r.best.diff).toEqual({ missing: ['T dashboard_user_sessions | IDX dashboard_user_sessions_expiry_index (expiry)'], extra: [], different: [] });
      expect(r.ignoredTables).toEqual(['my_notes']);
      await s.execScript('CREATE INDEX dashboard_user_sessions_expiry_index ON dashboard_user_sessions (expiry); DROP TABLE my_notes;');
      const r0 = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' });
      await stopHalfWay(s, '5.0', '6.0', Math.floor(r0.statements.length / 3));
      r = await detectOn(s);
      expect(r.outcome).toBe('between');
      expect(r.between).toMatchObject({ from: '5.0', to: '6.0', direction: 'up' });
      const st = plan('status', 'supertokens', '--url', urlOf(server, s), '--to', '6.0');
      expect(st.code).toBe(0);
      const args = `--protocol=TCP ${connectionArgs(urlOf(server, s), '-h', '-P', '-u')} ${s.name} < up.sql`;
      expect(st.stdout).toContain(`  npx plan compile supertokens 5.0 6.0 --dialect mysql -o 5.0-6.0.sql\n  mysql ${args.replace('up.sql', '5.0-6.0.sql')}  (or: mariadb ${args.replace('up.sql', '5.0-6.0.sql')})`);
      await s.execScript(r0.sql);
      expect((await detectOn(s)).best.versions).toEqual(['6.0']);
    } finally {
      await s.close();
    }
  });
});

// SQLite (issue #17): the file a sqlite: URL names, read by sql.js in memory (nothing can write to the file). Every
// release of every product with SQLite plans is built by its 0 → version script (parameters at their examples, as
// out/ has them) and detected back exactly.
describe('detect on SQLite files', SLOW, () => {
  const products = ['authhero', 'fief', 'keto'].map((name) => loadProduct(name)).filter((p) => p.product.dialects.includes('sqlite'));
  const cases = products.flatMap((p) => dialectVersions(p.product, 'sqlite').filter((v) => !v.includes('-')).map((v) => [p.product.product, v] as const));

  it('covers every SQLite product', () => {
    expect(new Set(cases.map(([p]) => p))).toEqual(new Set(['authhero', 'fief', 'keto']));
  });

  it.each(cases)('%s built to %s: detected exactly through --url sqlite:<file>', async (product, version) => {
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript(compile({ product, from: '0', to: version, dialect: 'sqlite', examples: true }).sql);
      // A version whose file is named after a parameter (product.yaml sqlite_file_name: Fief 0.27's workspace file,
      // named after its id) is that file; the scratch's own name is another version's (Fief 0.28's fief.db).
      const named = loadProduct(product).product.sqlite_file_name;
      const param = named && declaredParameters(loadProduct(product))[named.param];
      let file = s.file!;
      if (named?.versions.includes(version)) {
        file = join(mkdtempSync(join(tmpdir(), 'plan-detect-')), String(param!.example));
        copyFileSync(s.file!, file);
      }
      const r = plan('detect', product, '--url', `sqlite:${file}`, '--json');
      if (file !== s.file) rmSync(dirname(file), { recursive: true, force: true });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j).toMatchObject({ product, dialect: 'sqlite', outcome: 'exact', between: null });
      expect(j.best.versions).toContain(version);
      if (named) expect(j.best.versions.includes(named.versions[0])).toBe(named.versions.includes(version));
    } finally {
      await s.close();
    }
  });

  it('Keto 0.6 altered by hand (a dropped index, a table of its own) reports exactly that; status proposes 0.6 → 0.7 with the file in its commands', async () => {
    const s = await openScratch('sqlite', {});
    try {
      const params = ['--param', 'namespaces=files:1,groups:2'];
      await s.execScript(compile({ product: 'keto', from: '0', to: '0.6', dialect: 'sqlite', params: ['namespaces=files:1,groups:2'] }).sql);
      await s.execScript('DROP INDEX keto_0000000002_relation_tuples_object_idx; CREATE TABLE my_notes (id integer PRIMARY KEY);');
      let r = plan('detect', 'keto', '--url', `sqlite:${s.file}`, ...params, '--json');
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(j.best.versions).toEqual(['0.6']);
      expect([j.best.missing, j.best.extra, j.best.different]).toEqual([['T keto_0000000002_relation_tuples | IDX keto_0000000002_relation_tuples_object_idx (object)'], [], []]);
      expect(j.ignoredTables).toEqual(['my_notes']);
      await s.execScript('CREATE INDEX keto_0000000002_relation_tuples_object_idx ON keto_0000000002_relation_tuples (object);');
      r = plan('status', 'keto', '--url', `sqlite:${s.file}`, ...params);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`  npx plan compile keto 0.6 0.7 --dialect sqlite --param namespaces=files:1,groups:2 -o up.sql\n  sqlite3 -bail ${s.file} < up.sql`);
      // A SQLite script is one transaction: one stopped half-way leaves the version it started from.
      const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'sqlite', params: ['namespaces=files:1,groups:2'] });
      await expect(s.execScript(`${up.sql.slice(0, up.sql.indexOf('INSERT INTO "schema_migration"'))}\nSELECT no_such_function();`)).rejects.toThrow(/no such function/);
      expect(JSON.parse(plan('detect', 'keto', '--url', `sqlite:${s.file}`, ...params, '--json').stdout).best.versions).toEqual(['0.6']);
      await s.execScript(up.sql);
      expect(JSON.parse(plan('detect', 'keto', '--url', `sqlite:${s.file}`, ...params, '--json').stdout)).toMatchObject({ outcome: 'exact', best: { versions: ['0.7'] } });
    } finally {
      await s.close();
    }
  });

  it('without a product: the product whose tables the file holds; none when no product has tables there', async () => {
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript(compile({ product: 'authhero', from: '0', to: '11.21', dialect: 'sqlite' }).sql);
      let r = plan('detect', '--url', `sqlite:${s.file}`);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^product: authhero\n.*\nbest match: 11\.21 \(exact\)$/m);
      await s.execScript(compile({ product: 'keto', from: '0', to: '0.6', dialect: 'sqlite', params: ['namespaces=files:1'] }).sql);
      r = plan('detect', '--url', `sqlite:${s.file}`, '--param', 'namespaces=files:1', '--json');
      const j = JSON.parse(r.stdout);
      expect([j.product, j.outcome, j.best.label]).toEqual(['authhero', 'exact', '11.21']);
      expect(j.otherProducts).toEqual([{ product: 'keto', outcome: 'exact', best: '0.6', differences: 0 }]);
      r = plan('detect', 'keto', '--url', `sqlite:${s.file}`);
      expect(r.stdout).toContain('note: --param namespaces was not given: its example (files:1,groups:2,folders:3) stood in for it; pass --param namespaces=… with this database\'s value');
    } finally {
      await s.close();
    }
    const empty = await openScratch('sqlite', {});
    try {
      await empty.execScript('CREATE TABLE notes (id integer PRIMARY KEY);');
      const r = plan('detect', '--url', `sqlite:${empty.file}`);
      expect([r.code, r.stdout]).toEqual([1, "no product's tables are in this database\n"]);
    } finally {
      await empty.close();
    }
  });

  it('status where the nearest version is the target but the schema was altered by hand: no script to apply, said so (not "from and to are the same version")', async () => {
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript(compile({ product: 'authhero', from: '0', to: '11.21', dialect: 'sqlite' }).sql);
      await s.execScript('ALTER TABLE users ADD COLUMN my_extra text;');
      const r = plan('status', 'authhero', '--url', `sqlite:${s.file}`, '--json');
      expect([r.code, r.stderr]).toEqual([1, '']);
      expect(JSON.parse(r.stdout).status).toMatchObject({ state: 'unknown', from: '11.21', to: '11.21', commands: [], notes: ['the database is at no version exactly; the nearest, 11.21, is the target: no script of the plans changes the differences above (someone made them by hand), and a script from 11.21 would stop on them, changing nothing'] });
      expect(plan('status', 'authhero', '--url', `sqlite:${s.file}`).stdout).toContain('\nno script of the plans to apply (see the note)\n');
    } finally {
      await s.close();
    }
  });

  it('a database without any of the product\'s tables: the empty version, with a note on where the tables may be', async () => {
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript('CREATE TABLE notes (id integer PRIMARY KEY);');
      const r = plan('detect', 'keto', '--url', `sqlite:${s.file}`, '--param', 'namespaces=files:1');
      expect(r.stdout).toContain("best match: 0 (none of its tables: an empty database) (exact)\nnote: none of keto's tables are here: if they are in another schema or database, point --url (or --schema, or the product's schema parameter) there\n");
    } finally {
      await s.close();
    }
  });

  it('status of a database at a stage past the last release (keto 0.7-cleanup): up to date, not a rollback (found by a fresh DBA: it stopped on the cleanup being irreversible)', async () => {
    const s = await openScratch('sqlite', {});
    try {
      for (const [from, to] of [['0', '0.7'], ['0.7', '0.7-cleanup']]) await s.execScript(compile({ product: 'keto', from, to, dialect: 'sqlite', params: ['namespaces=files:1'] }).sql);
      const r = plan('status', 'keto', '--url', `sqlite:${s.file}`, '--param', 'namespaces=files:1');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('up to date: the database is at 0.7-cleanup; nothing to apply\nnote: 0.7-cleanup is a stage past the last release, 0.7, that this database was taken to: the target here (plan compile refuses the rollback to 0.7: cannot roll back 0.7 → 0.7-cleanup through its step 4/5 (drop table keto_namespace): irreversible: the v0.6 tuple tables are dropped with their rows (the tuples the move left out among them); to go back, restore the backup taken before this script)\n');
    } finally {
      await s.close();
    }
  });

  it('status warns about a parameter no script of it reads, on stderr, in plan compile\'s words (it dropped it silently; found by a DBA)', async () => {
    const s = await openScratch('sqlite', {});
    try {
      // An empty file: status proposes the 0 → 0.6 install, which does not read old_user (0.6 → 0.7 does).
      const given = ['--param', 'namespaces=files:1', '--param', 'old_user=k'];
      const unread = 'does not change this script (keto 0 → 0.6): no plan on its path reads it, and the schema it starts from is the same with any value of it';
      const r = plan('status', 'keto', '--url', `sqlite:${s.file}`, '--to', '0.6', ...given);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`plan: warning: --param old_user ${unread}\n`);
      expect(r.stdout).toContain('  npx plan compile keto 0 0.6 --dialect sqlite --param namespaces=files:1 -o up.sql\n');
      // The same words as plan compile's, from the same function.
      expect(plan('compile', 'keto', '0', '0.6', '--dialect', 'sqlite', ...given).stderr).toBe(r.stderr);
      // --json: stdout holds the JSON alone, the warning is on stderr.
      const j = plan('status', 'keto', '--url', `sqlite:${s.file}`, '--to', '0.6', ...given, '--json');
      expect(j.stderr).toBe(r.stderr);
      expect(JSON.parse(j.stdout).status.commands[0]).toBe('npx plan compile keto 0 0.6 --dialect sqlite --param namespaces=files:1 -o up.sql');
      // From a params file: named at its line, as compile names it.
      const file = join(tempPlansDir(), 'ticket.yaml');
      writeFileSync(file, 'namespaces: files:1\nold_user: k\n');
      expect(plan('status', 'keto', '--url', `sqlite:${s.file}`, '--to', '0.6', '--params-file', file).stderr).toBe(`plan: warning: ${file}:2:1: parameter old_user ${unread}\n`);
      // To the newest version (through 0.6 → 0.7): on SQLite still unread, its steps naming the users are for
      // PostgreSQL and MySQL (dialects:).
      expect(plan('status', 'keto', '--url', `sqlite:${s.file}`, ...given).stderr).toBe(`plan: warning: --param old_user ${unread.replace('0 → 0.6', '0 → 0.7')}\n`);
    } finally {
      await s.close();
    }
  });

  it('refused with one line: a product without SQLite plans, a missing file, a file that is no database, --schema', () => {
    expect(plan('detect', 'supertokens', '--url', 'sqlite:./app.db')).toMatchObject({ code: 2, stderr: 'plan: error: supertokens has no sqlite plans (its dialects: postgres, mysql): --url sqlite:./app.db is a sqlite database\n' });
    expect(plan('detect', 'keto', '--url', 'sqlite:/nonexistent/app.db')).toMatchObject({ code: 1, stderr: "plan: error: cannot read the catalog at sqlite:/nonexistent/app.db: ENOENT: no such file or directory, open '/nonexistent/app.db'\n" });
    expect(plan('detect', 'keto', '--url', `sqlite:${MAIN}`)).toMatchObject({ code: 1, stderr: `plan: error: cannot read the catalog at sqlite:${MAIN}: file is not a database\n` });
    expect(plan('detect', 'keto', '--url', 'sqlite:x.db', '--schema', 'public')).toMatchObject({ code: 2, stderr: 'plan: error: --schema is for PostgreSQL; a SQLite URL names the file\n' });
    expect(plan('detect', 'keto', '--url', 'sqlite:')).toMatchObject({ code: 2, stderr: 'plan: error: --url sqlite:: a sqlite: URL names a file: sqlite:./app.db\n' });
    // without a product too: one usage line, exit 2
    expect(plan('detect', '--url', 'sqlite:')).toMatchObject({ code: 2, stderr: 'plan: error: --url sqlite:: a sqlite: URL names a file: sqlite:./app.db\n' });
    expect(plan('detect', '--url', 'oracle://db/x')).toMatchObject({ code: 2, stderr: 'plan: error: --url oracle://db/x: expected postgres://…, mysql://… (mariadb:// is accepted) or sqlite:<file>\n' });
  });
});

// Every release of every product on each engine (issue #17): one database per product walks the chain of its plans
// (0 → first release, then each plan in turn, then a stage after the last release), and detect reads back each
// version exactly (or the set of versions with identical schemas it belongs to). Fief keeps a workspace's tables in
// a place of their own: test/fief.test.ts detects it at 0.27 and 0.28 on the servers.
function walkCases(dialect: DialectName): { product: string; params: string[]; steps: [string, string][]; charset?: string }[] {
  return ['supertokens', 'authhero', 'keto']
    .map((name) => loadProduct(name))
    .filter((p) => p.product.dialects.includes(dialect))
    .map((p) => {
      const versions = dialectVersions(p.product, dialect);
      const releases = versions.filter((v) => !v.includes('-'));
      const steps: [string, string][] = [['0', releases[0]], ...releases.slice(1).map((v, i) => [releases[i], v] as [string, string])];
      const stage = versions.find((v) => v.startsWith(`${releases[releases.length - 1]}-`));
      if (stage) steps.push([releases[releases.length - 1], stage]);
      // (AuthHero's MySQL tables fit a row only in the character set its databases have: product.yaml verify_database.)
      return { product: p.product.product, params: p.product.product === 'keto' ? ['namespaces=files:1,groups:2,folders:3'] : [], steps, charset: p.product.verify_database?.mysql_character_set };
    });
}

function walk(dialect: DialectName, url: string | undefined): void {
  for (const { product, params, steps, charset } of walkCases(dialect)) {
    it(`${product}: every version of the chain on its way, detected back exactly`, SLOW, async () => {
      const s = await openScratch(dialect, { url, mysqlCharacterSet: charset });
      try {
        for (const [from, to] of steps) {
          await s.execScript(compile({ product, from, to, dialect, params }).sql);
          const r = detect({ product, dialect, params, found: await readCatalogWith(dialect, (q) => s.query(q)) });
          expect([to, r.outcome, r.best.versions.includes(to)], r.best.label).toEqual([to, 'exact', true]);
        }
      } finally {
        await s.close();
      }
    });
  }
}

describe('every version on PGlite', () => walk('postgres', undefined));
await describeServer('every version on the PostgreSQL server', 'postgres', (server) => walk('postgres', server));
await describeServer('every version on the MariaDB server', 'mysql', (server) => walk('mysql', server));

// MySQL 8 spells some definitions otherwise than MariaDB (no server here: the spellings are the MySQL 8.0 manual's,
// src/dialects/mysql canonicalLine): integer types without display width but tinyint(1), string defaults unquoted,
// CURRENT_TIMESTAMP, NO ACTION for a foreign key without a rule. Detect reads either as the same version.
describe('detect on a MySQL 8 catalog (its spellings)', () => {
  const asMysql8 = (line: string) =>
    line
      .replace(/ COL (\S+) (smallint|mediumint|int|bigint)\(\d+\)/, ' COL $1 $2')
      .replace(/ COL (\S+) tinyint\((?!1\))\d+\)/, ' COL $1 tinyint')
      .replace(/ DEFAULT current_timestamp\(\)$/, ' DEFAULT CURRENT_TIMESTAMP')
      .replace(/ DEFAULT '((?:[^']|'')*)'$/, (_m, v: string) => ` DEFAULT ${v.replace(/''/g, "'")}`)
      .replace(/ ON (DELETE|UPDATE) RESTRICT/g, ' ON $1 NO ACTION');
  const cases = [...dialectVersions(loadProduct('supertokens').product, 'mysql').map((v) => ['supertokens', v] as const), ['authhero', '11.20'] as const, ['authhero', '11.21'] as const, ['keto', '0.7'] as const];

  it('the conversion changes what MySQL 8 spells otherwise (the test can fail)', () => {
    const lines = predictCatalog({ product: 'authhero', version: '11.21', dialect: 'mysql' });
    const changed = lines.filter((l) => asMysql8(l) !== l);
    expect(changed.some((l) => / int\(11\)/.test(l))).toBe(true);
    expect(changed.some((l) => / DEFAULT '/.test(l))).toBe(true);
    expect(predictCatalog({ product: 'supertokens', version: '5.0', dialect: 'mysql' }).some((l) => asMysql8(l).includes(' ON DELETE NO ACTION') || asMysql8(l).includes(' ON UPDATE NO ACTION'))).toBe(true);
  });

  it.each(cases)('%s %s in MySQL 8 spelling: exact', (product, version) => {
    const found = predictCatalog({ product, version, dialect: 'mysql' }).map(asMysql8);
    const r = detect({ product, dialect: 'mysql', found });
    expect([r.outcome, r.best.versions.includes(version)]).toEqual(['exact', true]);
  });

  it('a real difference still shows, in MariaDB spelling', () => {
    const found = predictCatalog({ product: 'supertokens', version: '5.0', dialect: 'mysql' }).map(asMysql8).map((l) => (l.startsWith('T key_value | COL created_at_time ') ? l.replace('COL created_at_time bigint', 'COL created_at_time int') : l));
    const r = detect({ product: 'supertokens', dialect: 'mysql', found });
    expect(r.outcome).toBe('inexact');
    expect(r.best.diff.different.map((x) => x.key)).toEqual(['key_value COL created_at_time']);
  });
});

// Patch releases (plans' since:): SuperTokens 7.0.0 – 7.0.12 lack the index plugin 5.0.4 (core 7.0.13) added, 12.0.0 –
// 12.0.2 the activity_log of core 12.0.3. Such a database is that version before that patch, exactly, and status
// takes it on with the script into the version, which adds what the patch added.
describe('patch releases', () => {
  it('PGlite: a 7.0 database of before 7.0.13 is "7.0 before 7.0.13" exactly; status goes from 6.0, and the script gets it to 8.0', async () => {
    const s = await at('postgres', undefined, '7.0');
    try {
      let r = await detectOn(s);
      expect([r.outcome, r.best.label, r.best.patches]).toEqual(['exact', '7.0', ['7.0.13']]);
      await s.execScript('DROP INDEX app_id_to_user_id_primary_user_id_index;');
      r = await detectOn(s);
      expect([r.outcome, r.best.label, r.best.before]).toEqual(['exact', '7.0 before 7.0.13', { patch: '7.0.13', added: ['create index app_id_to_user_id_primary_user_id_index on app_id_to_user_id'] }]);
      const st = status({ detected: r, to: '8.0' });
      expect(st).toMatchObject({ state: 'pending', from: '6.0', to: '8.0', commands: ['npx plan compile supertokens 6.0 8.0 --dialect postgres -o up.sql', 'psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql'] });
      expect(st.notes[0]).toBe('the database is at 7.0 before 7.0.13: the 6.0 → 7.0 script adds what 7.0.13 added (create index app_id_to_user_id_primary_user_id_index on app_id_to_user_id) and goes on to 8.0, and finds the rest done');
      // status --to 7.0 is not "up to date": the 6.0 → 7.0 script brings the index
      expect(status({ detected: r, to: '7.0' })).toMatchObject({ state: 'pending', from: '6.0', to: '7.0' });
      await s.execScript(compile({ product: 'supertokens', from: '6.0', to: '8.0', dialect: 'postgres' }).sql);
      expect((await detectOn(s)).best.label).toBe('8.0');
    } finally {
      await s.close();
    }
  });

  it('PGlite: a 12.0 database of before 12.0.3 (no activity_log) is "12.0 before 12.0.3"', async () => {
    const s = await at('postgres', undefined, '12.0');
    try {
      await s.execScript('DROP TABLE activity_log;');
      const r = await detectOn(s);
      expect([r.outcome, r.best.label, r.best.before?.added]).toEqual(['exact', '12.0 before 12.0.3', ['create table activity_log', 'create partition activity_log_default of activity_log', 'create index activity_log_created_at_brin on activity_log']]);
    } finally {
      await s.close();
    }
  });

  it('MySQL (the catalog the model predicts): 7.0 before 7.0.13 lacks both indexes of plugin 5.0.4', () => {
    const d = getDialect('mysql');
    const product = loadProduct('supertokens');
    const [p] = patchModels(product, '7.0', d, resolveParams(product, [], true));
    expect(p.added).toEqual(['create index app_id_to_user_id_primary_user_id_index on app_id_to_user_id', 'create index app_id_to_user_id_user_id_index on app_id_to_user_id']);
    const r = detect({ product: 'supertokens', dialect: 'mysql', found: d.catalog.catalogLines(p.model) });
    expect([r.outcome, r.best.label]).toEqual(['exact', '7.0 before 7.0.13']);
    expect(formatDetect(r, 'mysql x')).toContain('best match: 7.0 before 7.0.13 (exact; without what 7.0.13 added: create index app_id_to_user_id_primary_user_id_index on app_id_to_user_id; create index app_id_to_user_id_user_id_index on app_id_to_user_id)');
  });

  it('since: names a patch of the version the plan goes to, else the loader says where', () => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'p', 'product.yaml', 'product: p\ntitle: P\nversions: ["1.0"]\ndialects: [postgres]\n');
    writePlanFile(dir, 'p', '0-1.0.yaml', 'product: p\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n  - create_table: { name: t, columns: [{ name: id, type: integer }] }\n    since: "1.1.2"\n');
    expect(() => compile({ product: 'p', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir })).toThrow('/p/0-1.0.yaml:7:12: since: "1.1.2" is not a patch release of 1.0, the version this plan goes to (write 1.0.<patch>)');
  });
});

describe('the backup command names the database and connection the --url names, as the apply command does', () => {
  it('PostgreSQL: pg_dump and pg_restore with -h, -p, -U and the database (libpq parameters in a conninfo string)', () => {
    const pg = getDialect('postgres').script;
    expect(pg.backupCommand('supertokens-5.0-before')).toBe('pg_dump --format=custom --file=supertokens-5.0-before.dump.partial DATABASE && mv supertokens-5.0-before.dump.partial supertokens-5.0-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-5.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)');
    expect(pg.backupCommand('supertokens-5.0-before', [], applyTargetOfUrl("postgres://o'neil:s3cret@db.internal:6432/app"))).toBe(
      "pg_dump --format=custom --file=supertokens-5.0-before.dump.partial -h db.internal -p 6432 -U 'o'\\''neil' app && mv supertokens-5.0-before.dump.partial supertokens-5.0-before.dump   (restore into a new, empty database: createdb -h db.internal -p 6432 -U 'o'\\''neil' NEW_DATABASE && pg_restore --exit-on-error --single-transaction -h db.internal -p 6432 -U 'o'\\''neil' --dbname=NEW_DATABASE supertokens-5.0-before.dump; not pg_restore --clean over this one, which fails on what the script added)",
    );
    expect(pg.backupCommand('x', [], applyTargetOfUrl('postgres://u@h/sales%24eu?sslmode=require'))).toBe("pg_dump --format=custom --file=x.dump.partial -h h -U u 'dbname=sales$eu sslmode=require' && mv x.dump.partial x.dump   (restore into a new, empty database: createdb -h h -U u NEW_DATABASE && pg_restore --exit-on-error --single-transaction -h h -U u --dbname='dbname=NEW_DATABASE sslmode=require' x.dump; not pg_restore --clean over this one, which fails on what the script added)");
  });

  it('PostgreSQL: a database name libpq would read as a connection string goes in as dbname=…', () => {
    const to = applyTargetOfUrl('postgres://postgres@127.0.0.1:5432/s%3Deu');
    expect(to.database).toBe('s=eu');
    expect(getDialect('postgres').script.applyCommand('up.sql', to)).toBe("psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d dbname=s=eu -f up.sql");
    expect(getDialect('postgres').script.backupCommand('x', [], to).startsWith("pg_dump --format=custom --file=x.dump.partial -h 127.0.0.1 -p 5432 -U postgres dbname=s=eu && mv x.dump.partial x.dump   (")).toBe(true);
  });

  it('MySQL: mysqldump and mysql with -h, -P, -u, -p (asked for, never given) and the database; places as --databases', () => {
    const my = getDialect('mysql').script;
    const to = applyTargetOfUrl('mysql://app_user:s3cret@db.internal:3306/app');
    expect(my.backupCommand('fief-0.27-before', [], to)).toBe('mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=fief-0.27-before.sql.partial --protocol=TCP -h db.internal -P 3306 -u app_user -p app && mv fief-0.27-before.sql.partial fief-0.27-before.sql   (MariaDB: mariadb-dump, same flags; restore into a new, empty database: mysql --protocol=TCP -h db.internal -P 3306 -u app_user -p -e \'CREATE DATABASE NEW_DATABASE\' && mysql --protocol=TCP -h db.internal -P 3306 -u app_user -p NEW_DATABASE < fief-0.27-before.sql; not over this one, which fails on what the script added)');
    expect(my.backupCommand('fief-0.27-before', ['fief_ws1'], to)).toBe('mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=fief-0.27-before.sql.partial --protocol=TCP -h db.internal -P 3306 -u app_user -p --databases app fief_ws1 && mv fief-0.27-before.sql.partial fief-0.27-before.sql   (MariaDB: mariadb-dump, same flags; restore: the dump re-creates these databases by name, so drop them first, then mysql --protocol=TCP -h db.internal -P 3306 -u app_user -p < fief-0.27-before.sql; loaded over them it fails on what the script added)');
    expect(JSON.stringify(my.backupCommand('x', [], to))).not.toContain('s3cret');
  });

  it('SQLite: the file', () => {
    expect(getDialect('sqlite').script.backupCommand('authhero-11.20-before', [], { database: '/var/lib/auth hero.db' })).toBe(`sqlite3 -readonly '/var/lib/auth hero.db' '.backup authhero-11.20-before.db.partial' && mv authhero-11.20-before.db.partial authhero-11.20-before.db   (restore, while nothing else has it open: sqlite3 '/var/lib/auth hero.db' '.restore authhero-11.20-before.db'; not a copy over it: a -wal file left beside the database would be replayed onto the copy)`);
  });

  it('plan status puts it first, filled in', () => {
    const r = detect({ product: 'supertokens', dialect: 'postgres', found: predictCatalog({ product: 'supertokens', version: '9.0', dialect: 'postgres' }) });
    const st = status({ detected: r, target: applyTargetOfUrl('postgres://admin@db.internal:5432/auth') });
    expect(st.backup).toBe(`pg_dump --format=custom --file=supertokens-${st.from}-before.dump.partial -h db.internal -p 5432 -U admin auth && mv supertokens-${st.from}-before.dump.partial supertokens-${st.from}-before.dump   (restore into a new, empty database: createdb -h db.internal -p 5432 -U admin NEW_DATABASE && pg_restore --exit-on-error --single-transaction -h db.internal -p 5432 -U admin --dbname=NEW_DATABASE supertokens-${st.from}-before.dump; not pg_restore --clean over this one, which fails on what the script added)`);
    expect(st.commands[1]).toBe('psql -v ON_ERROR_STOP=1 -h db.internal -p 5432 -U admin -d auth -f up.sql');
  });
});

describe('plan status of an imported Logto, rolled back', () => {
  it('needs neither the import source nor its mapping, and says what the rollback deletes', () => {
    const r = detect({ product: 'logto', dialect: 'postgres', found: predictCatalog({ product: 'logto', version: '1.41-imported', dialect: 'postgres', params: ['source_table=legacy_users', 'columns=id:id', 'password_method=Bcrypt'] }) });
    const st = status({ detected: r, to: '1.41' });
    expect(st.direction).toBe('down');
    expect(st.commands[0]).toBe('npx plan compile logto 1.41-imported 1.41 --dialect postgres -o down.sql');
    expect(st.data).toEqual([
      '[1.41-imported → 1.41] this rollback drops: table plan_imported_users, and the data in it',
      '[1.41-imported → 1.41] this rollback deletes: the users rows the import made (their keys are in plan_imported_users), and nothing else of users',
    ]);
  });
});

// A product whose naming puts a prefix on every table (SuperTokens' postgresql_/mysql_table_names_prefix): a
// database that holds its tables under a prefix, read without it (or with another), showed none of them and status
// proposed a fresh install (0 → the newest), which would have created a second, empty set of tables beside the real
// ones. Now detect and status name the prefix the tables have, with the command that gives it, and exit 1.
describe('the product\'s tables under another table-name prefix', () => {
  /** A SQLite product (made up: no real one has a prefix there) whose naming puts table_prefix on every table. */
  const prefixed = () => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'demo', 'product.yaml', `product: demo
title: Demo
versions: ["1.0", "1.1"]
dialects: [sqlite]
parameters:
  table_prefix:
    type: string
    default: ""
    description: every table is named <prefix>_<name>
naming:
  sqlite:
    table_prefix: table_prefix
`);
    writePlanFile(dir, 'demo', '0-1.0.yaml', `product: demo
from: "0"
to: "1.0"
summary: users and sessions
steps:
  - create_table:
      name: users
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: email, type: "varchar(100)" }
      primary_key: { columns: [id] }
  - create_table:
      name: sessions
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: user_id, type: bigint }
      primary_key: { columns: [id] }
  - create_index: { table: sessions, name: sessions_user, columns: [user_id] }
`);
    writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo
from: "1.0"
to: "1.1"
summary: tokens
steps:
  - create_table:
      name: tokens
      columns:
        - { name: id, type: bigint, nullable: false }
      primary_key: { columns: [id] }
`);
    return dir;
  };

  it('SQLite: built with table_prefix=app, read without it or with web: the prefix and the command, exit 1, no install proposed', async () => {
    const dir = prefixed();
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript(compile({ product: 'demo', plansDir: dir, from: '0', to: '1.1', dialect: 'sqlite', params: ['table_prefix=app'] }).sql);
      const url = `sqlite:${s.file}`;
      let r = plan('status', 'demo', '--plans', dir, '--url', url);
      expect(r).toEqual({
        code: 1,
        stderr: '',
        stdout: `demo on sqlite ${s.file}: 0 catalog lines of its tables compared; 3 other tables ignored (no version of demo has them: app_sessions, app_tokens, app_users)\n` + `demo's tables are here with table-name prefix app (all 3 tables of 1.1), not without a prefix: npx plan status demo --url ${url} --param table_prefix=app --plans ${dir}\n`,
      });
      r = plan('status', 'demo', '--plans', dir, '--url', url, '--param', 'table_prefix=web', '--to', '1.0');
      expect([r.code, r.stdout.split('\n')[1]]).toEqual([1, `demo's tables are here with table-name prefix app (all 3 tables of 1.1), not with prefix web: npx plan status demo --url ${url} --param table_prefix=app --to 1.0 --plans ${dir}`]);
      r = plan('detect', 'demo', '--plans', dir, '--url', url, '--json');
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'other-prefix', comparedLines: 0, otherPrefix: { param: 'table_prefix', given: '', found: [{ prefix: 'app', versions: ['1.1'], label: '1.1', tables: 3, of: 3, command: `npx plan detect demo --url ${url} --param table_prefix=app --plans ${dir}` }] } });
      r = plan('status', 'demo', '--plans', dir, '--url', url, '--json');
      expect(JSON.parse(r.stdout).status).toEqual({ state: 'unknown', from: '1.1', to: '1.1', direction: null, plans: [], manual: [], commands: [], data: [], notes: [] });
      // With the prefix the line gives: at 1.1, up to date.
      r = plan('status', 'demo', '--plans', dir, '--url', url, '--param', 'table_prefix=app');
      expect([r.code, r.stdout.split('\n').slice(1)]).toEqual([0, ['best match: 1.1 (exact)', 'next:       1.0 (2 differences)', '', 'up to date: the database is at 1.1; nothing to apply', '']]);
    } finally {
      await s.close();
    }
  });

  it('SQLite: tables without a prefix read with one; one table that shares a name is no prefix; an empty file is empty', async () => {
    const dir = prefixed();
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript(compile({ product: 'demo', plansDir: dir, from: '0', to: '1.0', dialect: 'sqlite' }).sql);
      const url = `sqlite:${s.file}`;
      let r = plan('status', 'demo', '--plans', dir, '--url', url, '--param', 'table_prefix=app');
      expect([r.code, r.stdout.split('\n')[1]]).toEqual([1, `demo's tables are here without a table-name prefix (all 2 tables of 1.0), not with prefix app: npx plan status demo --url ${url} --plans ${dir}`]);
      // One of its tables under a prefix (its own table, or another application's that shares a name) says nothing.
      await s.execScript('DROP TABLE sessions; DROP TABLE users; CREATE TABLE app_users (id integer PRIMARY KEY);');
      r = plan('status', 'demo', '--plans', dir, '--url', url);
      expect([r.code, r.stdout.split('\n').slice(1, 3)]).toEqual([0, ['best match: 0 (none of its tables: an empty database) (exact)', "note: none of demo's tables are here: if they are in another schema or database, point --url (or --schema, or the product's schema parameter) there"]]);
      expect(r.stdout).toContain(`  npx plan compile demo 0 1.1 --dialect sqlite --plans ${dir} -o up.sql\n`);
    } finally {
      await s.close();
    }
    const empty = await openScratch('sqlite', {});
    try {
      const r = plan('status', 'demo', '--plans', dir, '--url', `sqlite:${empty.file}`, '--param', 'table_prefix=app');
      expect([r.code, r.stdout.split('\n')[1]]).toEqual([0, 'best match: 0 (none of its tables: an empty database) (exact)']);
    } finally {
      await empty.close();
    }
  });

  it('PGlite: SuperTokens 6.0 with prefix st and 3.3 with prefix auth, read without one: both prefixes, no commands', SLOW, async () => {
    const s = await openScratch('postgres');
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres', params: ['postgresql_table_names_prefix=st'] }).sql);
      let r = await detectOn(s);
      expect([r.outcome, r.comparedLines, r.otherPrefix]).toEqual(['other-prefix', 0, { param: 'postgresql_table_names_prefix', given: '', found: [{ prefix: 'st', versions: ['6.0', '7.0', '8.0'], label: '6.0 – 8.0', tables: 33, of: 33 }] }]);
      expect(formatDetect(r, 'pglite').split('\n')[1]).toBe("supertokens's tables are here with table-name prefix st (all 33 tables of 6.0 – 8.0), not without a prefix: --param postgresql_table_names_prefix=st");
      expect(status({ detected: r })).toMatchObject({ state: 'unknown', commands: [], plans: [] });
      // Written in another case, the prefix folds as PostgreSQL folds the names: the same tables, at 6.0.
      expect((await detectOn(s, ['postgresql_table_names_prefix=ST'])).best.label).toBe('6.0');
      // The prefix names tables and keys, not indexes, and PostgreSQL's index names are schema-wide: a second install
      // in this schema stops on the first one's index names (the script drops nothing it does not own), so they are
      // renamed first, as a DBA hosting both would.
      await s.execScript(['emailpassword_password_reset_token_expiry_index', 'emailpassword_user_pagination_index', 'emailverification_tokens_index', 'thirdparty_users_pagination_index'].map((i) => `ALTER INDEX IF EXISTS ${i} RENAME TO st_${i};`).join('\n'));
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '3.3', dialect: 'postgres', params: ['postgresql_table_names_prefix=auth'] }).sql);
      r = await detectOn(s, ['postgresql_table_names_prefix=xx']);
      expect(formatDetect(r, 'pglite').split('\n')[1]).toBe("supertokens's tables are here with table-name prefix st (all 33 tables of 6.0 – 8.0) and with table-name prefix auth (all 7 tables of 3.3 – 3.4), not with prefix xx: --param postgresql_table_names_prefix=st, or --param postgresql_table_names_prefix=auth");
    } finally {
      await s.close();
    }
  });
});

await describeServer('the product\'s tables under another table-name prefix, on the PostgreSQL server', 'postgres', (server) => {
  it('SuperTokens 5.0 with prefix Supertokens, read without it and with another: the prefix and the command, exit 1', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect: 'postgres', params: ['postgresql_table_names_prefix=Supertokens'] }).sql);
      const url = urlOf(server, s);
      let r = plan('status', 'supertokens', '--url', url);
      expect([r.code, r.stderr, r.stdout.split('\n').slice(1)]).toEqual([1, '', [`supertokens's tables are here with table-name prefix supertokens (all 24 tables of 4.5 – 5.0), not without a prefix: npx plan status supertokens --url ${url} --param postgresql_table_names_prefix=supertokens`, '']]);
      r = plan('status', 'supertokens', '--url', url, '--param', 'postgresql_table_names_prefix=st');
      expect([r.code, r.stdout.split('\n')[1]]).toEqual([1, `supertokens's tables are here with table-name prefix supertokens (all 24 tables of 4.5 – 5.0), not with prefix st: npx plan status supertokens --url ${url} --param postgresql_table_names_prefix=supertokens`]);
      // plan detect without a product names it too.
      r = plan('detect', '--url', url);
      expect([r.code, r.stdout.split('\n')[2]]).toEqual([1, `supertokens's tables are here with table-name prefix supertokens (all 24 tables of 4.5 – 5.0), not without a prefix: npx plan detect supertokens --url ${url} --param postgresql_table_names_prefix=supertokens`]);
      r = plan('status', 'supertokens', '--url', url, '--param', 'postgresql_table_names_prefix=supertokens', '--to', '6.0');
      expect([r.code, r.stdout.split('\n')[1]]).toEqual([0, 'best match: 5.0 (exact)']);
    } finally {
      await s.close();
    }
  });
});

await describeServer('the product\'s tables under another table-name prefix, on the MariaDB server', 'mysql', (server) => {
  it('SuperTokens 4.2 with prefix St, read without it: the prefix (its case kept) and the command, exit 1', SLOW, async () => {
    const s = await openScratch('mysql', { url: server });
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '4.2', dialect: 'mysql', params: ['mysql_table_names_prefix=St'] }).sql);
      const url = urlOf(server, s);
      const r = plan('status', 'supertokens', '--url', url);
      expect([r.code, r.stderr, r.stdout.split('\n').slice(1)]).toEqual([1, '', [`supertokens's tables are here with table-name prefix St (all 18 tables of 3.15 – 4.3), not without a prefix: npx plan status supertokens --url ${url} --param mysql_table_names_prefix=St`, '']]);
    } finally {
      await s.close();
    }
  });
});

describe('status of a Fief 0.27 database on MySQL: the upgrade runs in the database the --url names', () => {
  const WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';
  const at027 = () => detect({ product: 'fief', dialect: 'mysql', params: [`workspace_id=${WS}`], found: predictCatalog({ product: 'fief', version: '0.27', dialect: 'mysql', params: [`workspace_id=${WS}`] }) });

  it("main_database takes the --url's database (found at stop 32 by a fresh DBA: the commands used its default, '', and the header its placeholder)", () => {
    const r = at027();
    expect(r.outcome).toBe('exact');
    const st = status({ detected: r, params: [`workspace_id=${WS}`], target: { database: "fief o'k" }, to: '0.28' });
    expect(st.commands).toEqual([
      `npx plan compile fief 0.27 0.28 --dialect mysql --param workspace_id=${WS} --param 'main_database=fief o'\\''k' -o up.sql`,
      "mysql 'fief o'\\''k' < up.sql  (or: mariadb 'fief o'\\''k' < up.sql)",
    ]);
    expect(st.notes).toContain("parameter main_database is the database --url names, fief o'k: the 0.27 → 0.28 script checks that it runs there");
    // Given as that name, or empty (any database): taken as given.
    expect(status({ detected: r, params: [`workspace_id=${WS}`, "main_database=fief o'k"], target: { database: "fief o'k" }, to: '0.28' }).commands[0]).toContain("--param 'main_database=fief o'\\''k'");
    expect(status({ detected: r, params: [`workspace_id=${WS}`, 'main_database='], target: { database: 'app' }, to: '0.28' }).commands[0]).toContain('--param main_database= ');
  });

  it('a main_database that contradicts the --url is refused, in one line', () => {
    expect(() => status({ detected: at027(), params: [`workspace_id=${WS}`, 'main_database=other'], target: { database: 'app' }, to: '0.28' })).toThrow(
      new PlanError('--param main_database=other, but --url names database app: the 0.27 → 0.28 script checks that it runs in the database main_database names, and would stop there; leave --param main_database out (it takes the --url\'s database) or give it that name'),
    );
  });
});
