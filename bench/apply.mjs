#!/usr/bin/env node
// `npm run bench:apply`: how long the compiled SuperTokens 5.0 → 6.0 upgrade takes on a realistic database.
//
// Per engine: a scratch database plan_bench_<random> gets the compiled 0 → 5.0 install and a set-based
// SuperTokens 5.0 population (BENCH_USERS users, default 1,000,000; see fill.mjs); then each scenario runs on
// its own fresh copy and is timed (wall seconds, the real client applying a file):
//   postgres: (a) the vendor's hand-written script (vendor/), (b) our up, (c) our up again, (d) our down
//   mysql:    (b) our up, (c) our up again, (d) our down (there is no vendor MySQL script)
// Every database it creates is dropped at the end, also on Ctrl-C / SIGTERM. Results: a table on stdout and a
// dated section appended to bench/RESULTS.md.
//
// Env: BENCH_USERS (1000000), BENCH_SESSIONS (users / 5), BENCH_ENGINES (postgres,mysql), PLAN_PG_URL,
// PLAN_MYSQL_URL, BENCH_LABEL (section title in RESULTS.md), BENCH_RESULTS (file to append to; "none": don't),
// BENCH_MYSQL_COPY (dump: copy the filled database with mariadb-dump | mariadb and time it; none: run on it).
// Needs dist/ (npm ci builds it), psql and mariadb (or mysql) on PATH.

import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, closeSync, existsSync, readFileSync, appendFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { compile } from '../dist/src/compile/compile.js';
import { clientFor } from '../dist/src/engines/clients.js';
import { fillStatements, mysqlSeqStatements, SEQ_DROP, sessionsFor } from './fill.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const VENDOR_POSTGRES = join(HERE, 'vendor', 'supertokens-5.0-6.0.postgres.sql');
const DEFAULT_URLS = { postgres: 'postgres://postgres@127.0.0.1:5432/test', mysql: 'mysql://root@127.0.0.1:3306/test' };
const GOALS = { upAgainOverUp: 0.02, upOverVendor: 1.1 };

// ------------------------------------------------------------------------------------------------ cleanup
// Everything that must go on exit or interruption: databases created, child processes, open connections.
const cleanups = new Map(); // key -> async fn
const children = new Set();
let interrupted = false;

async function runCleanups() {
  for (const c of children) c.kill('SIGTERM');
  const fns = [...cleanups.values()].reverse();
  cleanups.clear();
  for (const fn of fns) await fn().catch((e) => console.error(`cleanup: ${e.message}`));
}

function onSignal(sig) {
  if (interrupted) return;
  interrupted = true;
  console.error(`\n${sig}: dropping the bench databases…`);
  runCleanups().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
}

// ------------------------------------------------------------------------------------------------ helpers
const now = () => process.hrtime.bigint();
const secondsSince = (t0) => Number(now() - t0) / 1e9;
const fmt = (s) => (s === undefined ? '—' : s.toFixed(2));
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function timed(fn) {
  const t0 = now();
  await fn();
  return secondsSince(t0);
}

/** Runs a client; stdin from a file (or ignored), stdout discarded; rejects with stderr on failure. */
function run(cmd, args, { stdinFile, env, stdout = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const fd = stdinFile ? openSync(stdinFile, 'r') : undefined;
    const child = spawn(cmd, args, { stdio: [fd ?? 'ignore', stdout, 'pipe'], env: env ?? process.env });
    if (fd !== undefined) closeSync(fd);
    children.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    child.on('error', (e) => { children.delete(child); reject(new Error(`cannot run ${cmd}: ${e.message}`)); });
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code === 0) return resolve(stderr);
      reject(new Error(`${cmd} ${args.filter((a) => !a.startsWith('--defaults')).join(' ')} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}

function compileSql(from, to, dialect) {
  return compile({ product: 'supertokens', from, to, dialect });
}

function requireClientFor(dialect) {
  const c = clientFor(dialect);
  if (!c) throw new Error(`${dialect === 'postgres' ? 'psql' : 'mariadb or mysql'} not found on PATH`);
  return c;
}

function benchName() {
  return `plan_bench_${randomBytes(5).toString('hex')}`;
}

/** Tables of the model that the fill skips (not in the model) or leaves empty (no fill statement). */
function checkFillAgainstModel(dialect, model, users, sessions) {
  const modelTables = new Set(model.tables.map((t) => t.name));
  const statements = [];
  const skipped = [];
  for (const s of fillStatements(dialect, users, sessions)) {
    if (modelTables.has(s.table)) statements.push(s);
    else if (!skipped.includes(s.table)) skipped.push(s.table);
  }
  const filled = new Set(statements.map((s) => s.table));
  const empty = [...modelTables].filter((t) => !filled.has(t)).sort();
  return { statements, skipped, empty, tables: [...filled] };
}

// ------------------------------------------------------------------------------------------------ postgres
function pgTarget(url, database) {
  const u = new URL(url);
  const env = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = '';
  if (database) u.pathname = `/${encodeURIComponent(database)}`;
  return { url: u.toString(), env };
}

async function pgConnect(url, database) {
  const u = new URL(url);
  if (database) u.pathname = `/${encodeURIComponent(database)}`;
  const c = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 10_000 });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

async function benchPostgres(opts, log) {
  const { url, users, sessions, workdir } = opts;
  const psql = requireClientFor('postgres');
  const install = compileSql('0', '5.0', 'postgres');
  const up = compileSql('5.0', '6.0', 'postgres');
  const down = compileSql('6.0', '5.0', 'postgres');
  const files = { install: join(workdir, 'pg-install.sql'), up: join(workdir, 'pg-up.sql'), down: join(workdir, 'pg-down.sql') };
  writeFileSync(files.install, install.sql);
  writeFileSync(files.up, up.sql);
  writeFileSync(files.down, down.sql);
  const fill = checkFillAgainstModel('postgres', install.after, users, sessions);

  const admin = await pgConnect(url);
  cleanups.set('pg-admin', () => admin.end());
  const version = Number((await admin.query('SHOW server_version_num')).rows[0].server_version_num);
  const force = version >= 130000 ? ' WITH (FORCE)' : '';
  const strategy = version >= 150000 ? ' STRATEGY FILE_COPY' : '';
  const created = [];
  const createDb = async (name, template) => {
    cleanups.set(`pg-db-${name}`, () => admin.query(`DROP DATABASE IF EXISTS "${name}"${force}`));
    created.push(name);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE ${template}${template === 'template0' ? '' : strategy}`);
  };
  const dropDb = async (name) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"${force}`);
    cleanups.delete(`pg-db-${name}`);
  };
  const psqlFile = (db, file) => {
    const t = pgTarget(url, db);
    return run(psql, ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-f', file, '-d', t.url], { env: t.env });
  };
  const countRows = async (db, tables) => {
    const c = await pgConnect(url, db);
    try {
      const out = {};
      for (const t of tables) out[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
      return out;
    } finally {
      await c.end();
    }
  };

  const base = benchName();
  const result = { engine: 'postgres', server: (await admin.query('SELECT version() AS v')).rows[0].v, database: base, users, sessions, skippedTables: fill.skipped, emptyTables: fill.empty, timings: {} };
  try {
    // 1. install 5.0 and fill
    await createDb(base, 'template0');
    log(`postgres: ${base}: install 0 → 5.0 (${install.statements.length} statements)`);
    result.timings.install = await timed(() => psqlFile(base, files.install));
    log(`postgres: fill ${users.toLocaleString('en')} users, ${sessions.toLocaleString('en')} sessions`);
    const c = await pgConnect(url, base);
    cleanups.set('pg-fill', () => c.end());
    result.timings.fill = await timed(async () => {
      for (const s of fill.statements) await c.query(s.sql);
    });
    result.timings.vacuumAnalyze = await timed(() => c.query('VACUUM ANALYZE'));
    await c.end();
    cleanups.delete('pg-fill');
    result.rows = await countRows(base, fill.tables);
    result.sizeBytes = Number((await admin.query(`SELECT pg_database_size('${base}') AS n`)).rows[0].n);
    log(`postgres: filled: ${Object.values(result.rows).reduce((a, b) => a + b, 0).toLocaleString('en')} rows, ${mb(result.sizeBytes)}`);

    // 2a. the vendor's script on its own copy
    const vendorDb = `${base}_vendor`;
    result.timings.copy = await timed(() => createDb(vendorDb, base));
    await admin.query('CHECKPOINT').catch(() => undefined);
    log(`postgres: (a) vendor script on ${vendorDb}`);
    result.timings.vendor = await timed(() => psqlFile(vendorDb, VENDOR_POSTGRES));
    result.rowsAfterVendor = (await countRows(vendorDb, ['all_auth_recipe_users'])).all_auth_recipe_users;
    await dropDb(vendorDb);

    // 2b-d. ours: up, up again, down on one copy
    const oursDb = `${base}_ours`;
    await createDb(oursDb, base);
    await admin.query('CHECKPOINT').catch(() => undefined);
    log(`postgres: (b) our up (${up.statements.length} statements) on ${oursDb}`);
    result.timings.up = await timed(() => psqlFile(oursDb, files.up));
    result.rowsAfterUp = (await countRows(oursDb, ['all_auth_recipe_users'])).all_auth_recipe_users;
    await admin.query('CHECKPOINT').catch(() => undefined);
    log('postgres: (c) our up again');
    result.timings.upAgain = await timed(() => psqlFile(oursDb, files.up));
    await admin.query('CHECKPOINT').catch(() => undefined);
    log(`postgres: (d) our down (${down.statements.length} statements)`);
    result.timings.down = await timed(() => psqlFile(oursDb, files.down));
    result.rowsAfterDown = (await countRows(oursDb, ['all_auth_recipe_users'])).all_auth_recipe_users;
    result.sizeAfterDownBytes = Number((await admin.query(`SELECT pg_database_size('${oursDb}') AS n`)).rows[0].n);
    await dropDb(oursDb);
  } finally {
    for (const name of created.reverse()) await dropDb(name).catch(() => undefined);
    await admin.end().catch(() => undefined);
    cleanups.delete('pg-admin');
  }
  result.ratios = ratios(result.timings);
  return result;
}

// ------------------------------------------------------------------------------------------------ mysql
function mysqlTarget(url) {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || 3306), user: decodeURIComponent(u.username || 'root'), password: decodeURIComponent(u.password) };
}

async function benchMysql(opts, log) {
  const { url, users, sessions, workdir } = opts;
  const client = requireClientFor('mysql');
  const target = mysqlTarget(url);
  const install = compileSql('0', '5.0', 'mysql');
  const up = compileSql('5.0', '6.0', 'mysql');
  const down = compileSql('6.0', '5.0', 'mysql');
  const files = { install: join(workdir, 'my-install.sql'), up: join(workdir, 'my-up.sql'), down: join(workdir, 'my-down.sql') };
  writeFileSync(files.install, install.sql);
  writeFileSync(files.up, up.sql);
  writeFileSync(files.down, down.sql);
  const fill = checkFillAgainstModel('mysql', install.after, users, sessions);

  // Client options: the password (if any) through an option file, never the command line.
  const baseArgs = [];
  if (target.password) {
    const cnf = join(workdir, 'client.cnf');
    writeFileSync(cnf, `[client]\npassword=${JSON.stringify(target.password)}\n`, { mode: 0o600 });
    baseArgs.push(`--defaults-extra-file=${cnf}`);
  }
  baseArgs.push('--protocol=TCP', '-h', target.host, '-P', String(target.port), '-u', target.user, '--default-character-set=utf8mb4');
  const applyFile = (db, file) => run(client, [...baseArgs, db], { stdinFile: file });
  const dumpTool = [join(dirname(client), 'mariadb-dump'), join(dirname(client), 'mysqldump')].find((p) => existsSync(p));

  const connectMy = () => mysql.createConnection({ ...target, multipleStatements: true, charset: 'utf8mb4', connectTimeout: 10_000 });
  const admin = await connectMy();
  admin.on('error', () => undefined);
  cleanups.set('my-admin', () => admin.end());
  const created = [];
  const dropDb = async (name) => {
    // End anything still working in it (an interrupted client), then drop.
    const [ids] = await admin.query('SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()', [name]);
    for (const { id } of ids) await admin.query(`KILL ${Number(id)}`).catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    cleanups.delete(`my-db-${name}`);
  };
  const createDb = async (name) => {
    cleanups.set(`my-db-${name}`, () => dropDb(name));
    created.push(name);
    await admin.query(`CREATE DATABASE \`${name}\``);
  };
  const countRows = async (db, tables) => {
    const out = {};
    for (const t of tables) out[t] = Number((await admin.query(`SELECT count(*) AS n FROM \`${db}\`.\`${t}\``))[0][0].n);
    return out;
  };
  const sizeOf = async (db) => {
    const [tables] = await admin.query("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'", [db]);
    if (tables.length) await admin.query(`ANALYZE TABLE ${tables.map(({ t }) => `\`${db}\`.\`${t}\``).join(', ')}`);
    const [[row]] = await admin.query('SELECT COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), 0) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [db]);
    return Number(row.n);
  };

  const [[{ v }]] = await admin.query('SELECT VERSION() AS v');
  const base = benchName();
  const result = { engine: 'mysql', server: v, database: base, users, sessions, skippedTables: fill.skipped, emptyTables: fill.empty, timings: {} };
  try {
    await createDb(base);
    log(`mysql: ${base}: install 0 → 5.0 (${install.statements.length} statements)`);
    result.timings.install = await timed(() => applyFile(base, files.install));
    log(`mysql: fill ${users.toLocaleString('en')} users, ${sessions.toLocaleString('en')} sessions`);
    const c = await connectMy();
    c.on('error', () => undefined);
    cleanups.set('my-fill', async () => c.destroy());
    result.timings.fill = await timed(async () => {
      await c.query(`USE \`${base}\``);
      for (const s of mysqlSeqStatements(Math.max(users, sessions, 20))) await c.query(s);
      for (const s of fill.statements) await c.query(s.sql);
      await c.query(SEQ_DROP);
    });
    await c.end();
    cleanups.delete('my-fill');
    result.timings.vacuumAnalyze = await timed(async () => { result.sizeBytes = await sizeOf(base); });
    result.rows = await countRows(base, fill.tables);
    log(`mysql: filled: ${Object.values(result.rows).reduce((a, b) => a + b, 0).toLocaleString('en')} rows, ${mb(result.sizeBytes)}`);

    // The chain runs on a copy made by mariadb-dump | mariadb (timed, to compare with rebuilding = install + fill).
    let work = base;
    if (opts.mysqlCopy === 'dump' && dumpTool) {
      work = `${base}_ours`;
      await createDb(work);
      log(`mysql: copy ${base} → ${work} with ${dumpTool.split('/').pop()} | ${client.split('/').pop()}`);
      result.timings.copy = await timed(() => pipeDump(dumpTool, client, baseArgs, base, work));
      result.copyMethod = 'dump';
    }
    log(`mysql: (b) our up (${up.statements.length} statements) on ${work}`);
    result.timings.up = await timed(() => applyFile(work, files.up));
    result.rowsAfterUp = (await countRows(work, ['all_auth_recipe_users'])).all_auth_recipe_users;
    log('mysql: (c) our up again');
    result.timings.upAgain = await timed(() => applyFile(work, files.up));
    log(`mysql: (d) our down (${down.statements.length} statements)`);
    result.timings.down = await timed(() => applyFile(work, files.down));
    result.rowsAfterDown = (await countRows(work, ['all_auth_recipe_users'])).all_auth_recipe_users;
  } finally {
    for (const name of created.reverse()) await dropDb(name).catch(() => undefined);
    await admin.end().catch(() => undefined);
    cleanups.delete('my-admin');
  }
  result.ratios = ratios(result.timings);
  return result;
}

/** mariadb-dump src | mariadb dst, both tracked so an interruption ends them. */
function pipeDump(dumpTool, client, baseArgs, src, dst) {
  return new Promise((resolve, reject) => {
    const dump = spawn(dumpTool, [...baseArgs, '--single-transaction', '--quick', '--skip-lock-tables', src], { stdio: ['ignore', 'pipe', 'pipe'] });
    const load = spawn(client, [...baseArgs, dst], { stdio: ['pipe', 'ignore', 'pipe'] });
    children.add(dump);
    children.add(load);
    dump.stdout.pipe(load.stdin);
    load.stdin.on('error', () => undefined);
    let err = '';
    dump.stderr.on('data', (d) => (err += d));
    load.stderr.on('data', (d) => (err += d));
    let pending = 2;
    let failed = false;
    const done = (who) => (code) => {
      children.delete(who);
      if (code !== 0) failed = true;
      if (--pending === 0) failed ? reject(new Error(`dump | load failed:\n${err.trim()}`)) : resolve();
    };
    dump.on('close', done(dump));
    load.on('close', done(load));
  });
}

function ratios(t) {
  return {
    upAgainOverUp: t.up ? t.upAgain / t.up : undefined,
    upOverVendor: t.vendor ? t.up / t.vendor : undefined,
  };
}

// ------------------------------------------------------------------------------------------------ report
function machine() {
  const v = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'not found';
    }
  };
  const git = (...args) => v('git', ['-C', HERE, ...args]);
  return {
    date: v('date', ['-u']),
    nproc: v('nproc', []) || String(cpus().length),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    psql: v('psql', ['--version']),
    mariadb: v('mariadb', ['--version']),
    node: process.version,
    commit: git('rev-parse', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
  };
}

const pct = (x) => (x === undefined ? '—' : `${(x * 100).toFixed(2)} %`);
const times = (x) => (x === undefined ? '—' : `${x.toFixed(3)}×`);
const verdict = (x, goal) => (x === undefined ? '' : x <= goal ? ' ✓' : ' ✗');

export function renderTable(results) {
  const lines = [
    '| engine | users | rows filled | size | fill s | vendor s | up s | up again s | down s | up again / up (goal < 2 %) | up / vendor (goal ≤ 1.10×) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const rows = Object.values(r.rows ?? {}).reduce((a, b) => a + b, 0);
    const t = r.timings;
    lines.push(`| ${r.engine} | ${r.users.toLocaleString('en')} | ${rows.toLocaleString('en')} | ${mb(r.sizeBytes ?? 0)} | ${fmt(t.fill)} | ${fmt(t.vendor)} | ${fmt(t.up)} | ${fmt(t.upAgain)} | ${fmt(t.down)} | ${pct(r.ratios.upAgainOverUp)}${verdict(r.ratios.upAgainOverUp, GOALS.upAgainOverUp)} | ${times(r.ratios.upOverVendor)}${verdict(r.ratios.upOverVendor, GOALS.upOverVendor)} |`);
  }
  return lines.join('\n');
}

function renderSection(results, m, label) {
  const out = [`## ${m.date} — ${label}`, ''];
  out.push(`Machine: ${m.nproc} cores, ${m.memory}; ${m.psql}; ${m.mariadb}; node ${m.node}. Code: ${m.branch} at ${m.commit}.`, '');
  out.push(renderTable(results), '');
  for (const r of results) {
    const t = r.timings;
    out.push(`- **${r.engine}** (${r.server}): ${r.users.toLocaleString('en')} users, ${r.sessions.toLocaleString('en')} sessions; size after fill ${mb(r.sizeBytes ?? 0)}.`);
    out.push(`  Setup: install ${fmt(t.install)} s, fill ${fmt(t.fill)} s, ${r.engine === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE TABLE + size'} ${fmt(t.vacuumAnalyze)} s, copy ${r.engine === 'postgres' ? '(CREATE DATABASE … TEMPLATE)' : '(mariadb-dump | mariadb)'} ${fmt(t.copy)} s.`);
    if (r.engine === 'mysql' && t.copy !== undefined) {
      const rebuild = t.install + t.fill + t.vacuumAnalyze;
      out.push(`  Copy vs rebuild: mariadb-dump | mariadb ${fmt(t.copy)} s, rebuilding (install + fill + ANALYZE) ${fmt(rebuild)} s: ${t.copy < rebuild ? 'the dump is' : 'rebuilding is'} faster.`);
    }
    out.push(`  all_auth_recipe_users rows: after fill ${r.rows?.all_auth_recipe_users ?? '—'}${r.rowsAfterVendor !== undefined ? `, after vendor ${r.rowsAfterVendor}` : ''}, after up ${r.rowsAfterUp ?? '—'}, after down ${r.rowsAfterDown ?? '—'}.`);
    out.push(`  Rows per table: ${Object.entries(r.rows ?? {}).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}.`);
    if (r.emptyTables.length) out.push(`  Left empty (no fill for them): ${r.emptyTables.join(', ')}.`);
    if (r.skippedTables.length) out.push(`  Not in the 5.0 model, skipped: ${r.skippedTables.join(', ')}.`);
  }
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------------------------ main
/**
 * Runs the benchmark. Returns one result per engine. `write: false` leaves RESULTS.md alone.
 * @param {{ users?: number, sessions?: number, engines?: string[], pgUrl?: string, mysqlUrl?: string, write?: boolean | string, label?: string, quiet?: boolean, mysqlCopy?: 'dump' | 'none' }} [o]
 */
export async function runBench(o = {}) {
  const users = o.users ?? 1_000_000;
  const sessions = o.sessions ?? sessionsFor(users);
  const engines = o.engines ?? ['postgres', 'mysql'];
  const log = o.quiet ? () => undefined : (s) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
  const workdir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  cleanups.set('workdir', async () => rmSync(workdir, { recursive: true, force: true }));
  const results = [];
  try {
    for (const engine of engines) {
      if (engine === 'postgres') results.push(await benchPostgres({ url: o.pgUrl ?? DEFAULT_URLS.postgres, users, sessions, workdir }, log));
      else if (engine === 'mysql') results.push(await benchMysql({ url: o.mysqlUrl ?? DEFAULT_URLS.mysql, users, sessions, workdir, mysqlCopy: o.mysqlCopy ?? 'dump' }, log));
      else throw new Error(`unknown engine ${engine} (postgres, mysql)`);
    }
  } finally {
    await runCleanups();
  }
  if (o.write !== false) {
    const file = typeof o.write === 'string' ? o.write : join(HERE, 'RESULTS.md');
    const m = machine();
    const label = o.label ?? `${m.branch} at ${m.commit.slice(0, 12)}`;
    if (!existsSync(file) || !readFileSync(file, 'utf8').trim()) writeFileSync(file, RESULTS_HEAD);
    appendFileSync(file, `\n${renderSection(results, m, label)}`);
    log(`appended to ${file}`);
  }
  return results;
}

const RESULTS_HEAD = `# bench:apply results

\`npm run bench:apply\` (bench/apply.mjs): wall seconds of applying SuperTokens 5.0 → 6.0 to a filled 5.0
database with the real clients (\`psql -v ON_ERROR_STOP=1 -X -q -f\`, \`mariadb DB < file\`), each scenario on
its own copy. "vendor" is SuperTokens' hand-written PostgreSQL script (bench/vendor/). Goals the project
tracks: up again / up under 2 %; our up / vendor within 1.10×. Newest sections last.
`;

function intEnv(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 20) throw new Error(`${name} must be an integer ≥ 20, got ${v}`);
  return n;
}

async function main() {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const users = intEnv('BENCH_USERS', 1_000_000);
  const results = await runBench({
    users,
    sessions: process.env.BENCH_SESSIONS ? intEnv('BENCH_SESSIONS', sessionsFor(users)) : undefined,
    engines: (process.env.BENCH_ENGINES || 'postgres,mysql').split(',').map((s) => s.trim()).filter(Boolean),
    pgUrl: process.env.PLAN_PG_URL || undefined,
    mysqlUrl: process.env.PLAN_MYSQL_URL || undefined,
    write: process.env.BENCH_RESULTS === 'none' ? false : process.env.BENCH_RESULTS || true,
    label: process.env.BENCH_LABEL || undefined,
    mysqlCopy: process.env.BENCH_MYSQL_COPY === 'none' ? 'none' : 'dump',
  });
  console.log(`\n${renderTable(results)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch(async (e) => {
    console.error(e instanceof Error ? e.message : e);
    await runCleanups();
    process.exit(1);
  });
}
