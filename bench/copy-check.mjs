#!/usr/bin/env node
// How long the SuperTokens 6.0 → 5.0 rollback's copy check (refuse_uncopied, src/operations/refuse_uncopied.ts)
// takes, in two spellings of it, on the same database: each read from a compiled down script (copyChecks below).
//
//   node bench/copy-check.mjs <postgres|mysql> <users> <old down.sql> <new down.sql>
//
// A scratch database gets the compiled 0 → 5.0 install, the bench population of `users` users (fill.mjs) and the
// compiled 5.0 → 6.0 upgrade; then each check of each script is timed as `SELECT (<check>)`, stopped after
// COPY_CHECK_TIMEOUT seconds (default 600); then the whole down script is run and timed, for scale: the new one,
// or the old one with COPY_CHECK_WHOLE=old.
// PostgreSQL: no ANALYZE is run (COPY_CHECK_ANALYZE=1 runs one first; autovacuum may still have read some tables).
// The database is dropped at the end, also on Ctrl-C.
// Env: PLAN_PG_URL, PLAN_MYSQL_URL (local defaults), COPY_CHECK_DB (the database's name; default plan_bench_<random>),
// COPY_CHECK_WORK_MEM (PostgreSQL: a comma-separated list of work_mem settings, e.g. 4MB,64kB: the checks of both
// scripts are timed under each in turn; default the server's).
// Needs dist/ (npm run build), psql or mariadb/mysql on PATH.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { compile } from '../dist/src/compile/compile.js';
import { clientFor } from '../dist/src/engines/clients.js';
import { fillStatements, mysqlSeqStatements, SEQ_DROP } from './fill.mjs';

const [engine, usersArg, oldFile, newFile] = process.argv.slice(2);
if (!['postgres', 'mysql'].includes(engine) || !/^\d+$/.test(usersArg ?? '') || !oldFile || !newFile) {
  console.error('usage: node bench/copy-check.mjs <postgres|mysql> <users> <old down.sql> <new down.sql>');
  process.exit(2);
}
const users = Number(usersArg);
const timeout = Number(process.env.COPY_CHECK_TIMEOUT ?? 600);
const db = process.env.COPY_CHECK_DB ?? `plan_bench_${randomBytes(5).toString('hex')}`;
if (!/^[A-Za-z0-9_]+$/.test(db)) throw new Error(`COPY_CHECK_DB: ${db}: letters, digits and _ only`);

/**
 * The checks of a down script, each { table, check }: on PostgreSQL the condition of each `IF NOT (<condition>) THEN`
 * whose next line stops the plan with "<table> holds rows that none of" (refuse_uncopied, in whichever form: the
 * EXISTS per target row, or the grouped sets of DialectRules.compareKeySets); on MySQL each `NOT EXISTS (SELECT 1
 * FROM … AS dst WHERE NOT (EXISTS …))`, as SQL.
 */
function copyChecks(text, dialect) {
  const out = [];
  if (dialect === 'postgres') {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const m = /^\s*IF NOT \((.*)\) THEN$/.exec(line);
      const stop = /RAISE EXCEPTION '%', 'plan stopped: (\S+) holds rows that none of/.exec(lines[i + 1] ?? '');
      if (m && stop) out.push({ table: stop[1], check: m[1] });
    });
    return out;
  }
  const start = /NOT EXISTS \(SELECT 1 FROM \S+ AS dst WHERE NOT \(EXISTS/g;
  for (let m; (m = start.exec(text)); ) {
    let depth = 0;
    let i = m.index + 'NOT EXISTS '.length;
    for (; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    const check = text.slice(m.index, i + 1);
    // MySQL scripts run it from a quoted string (PREPARE): '' is one quote there.
    out.push({ table: /FROM (\S+) AS dst/.exec(check)[1], check: check.replaceAll("''", "'") });
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'copy-check-'));
const script = (from, to) => {
  const file = join(work, `${from}-${to}.sql`);
  writeFileSync(file, compile({ product: 'supertokens', from, to, dialect: engine }).sql);
  return file;
};
const client = clientFor(engine);
if (!client) throw new Error(`no ${engine} client on PATH`);

const pgUrl = new URL(process.env.PLAN_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const myUrl = new URL(process.env.PLAN_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
const pgAt = (name) => Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString();
const myTarget = { host: myUrl.hostname, port: Number(myUrl.port || 3306), user: decodeURIComponent(myUrl.username), password: decodeURIComponent(myUrl.password) };

function runFile(file) {
  const r = engine === 'postgres'
    ? spawnSync(client, ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-f', file, '-d', pgAt(db)], { encoding: 'utf8' })
    : spawnSync(client, ['--protocol=TCP', '-h', myTarget.host, '-P', String(myTarget.port), '-u', myTarget.user, db], { input: readFileSync(file), encoding: 'utf8', env: { ...process.env, MYSQL_PWD: myTarget.password } });
  if (r.status !== 0) throw new Error(`${file}: ${r.stderr}`);
}

const admin = engine === 'postgres' ? new pg.Client({ connectionString: pgUrl.toString() }) : await mysql.createConnection(myTarget);
if (engine === 'postgres') await admin.connect();
const q = (s) => admin.query(s);
let dropped = false;
async function drop() {
  if (dropped) return;
  dropped = true;
  if (engine === 'postgres') await q(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  else await q(`DROP DATABASE IF EXISTS \`${db}\``);
  rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => drop().finally(() => process.exit(130)));

const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
try {
  await q(engine === 'postgres' ? `CREATE DATABASE "${db}" TEMPLATE template0` : `CREATE DATABASE \`${db}\``);
  runFile(script('0', '5.0'));
  const c = engine === 'postgres' ? new pg.Client({ connectionString: pgAt(db) }) : await mysql.createConnection({ ...myTarget, database: db });
  if (engine === 'postgres') await c.connect();
  const t0 = process.hrtime.bigint();
  if (engine === 'mysql') for (const s of mysqlSeqStatements(Math.max(users, 20))) await c.query(s);
  for (const s of fillStatements(engine, users)) await c.query(s.sql);
  if (engine === 'mysql') await c.query(SEQ_DROP);
  console.log(`${engine}: ${db}: filled ${users.toLocaleString('en')} users in ${seconds(t0).toFixed(1)} s`);
  const t1 = process.hrtime.bigint();
  runFile(script('5.0', '6.0'));
  console.log(`${engine}: up 5.0 → 6.0 in ${seconds(t1).toFixed(1)} s`);
  if (engine === 'postgres' && process.env.COPY_CHECK_ANALYZE === '1') await c.query('ANALYZE');
  if (engine === 'postgres') {
    const { rows } = await c.query(`SELECT count(*) AS n FROM pg_stats WHERE schemaname = current_schema()`);
    console.log(`postgres: pg_stats rows of this schema when timed: ${rows[0].n}`);
    await c.query(`SET statement_timeout = '${timeout}s'`);
  } else {
    await c.query(`SET SESSION max_statement_time = ${timeout}`);
  }
  for (const mem of (process.env.COPY_CHECK_WORK_MEM ?? '').split(',')) {
    if (mem && (engine !== 'postgres' || !/^\d+[kMG]B$/.test(mem))) throw new Error(`COPY_CHECK_WORK_MEM: ${mem}: PostgreSQL, a size such as 4MB or 64kB`);
    if (mem) await c.query(`SET work_mem = '${mem}'`);
    const at = mem ? ` (work_mem ${mem})` : '';
    for (const [label, file] of [['old', oldFile], ['new', newFile]]) {
      let total = 0;
      for (const { table, check } of copyChecks(readFileSync(file, 'utf8'), engine)) {
        const t = process.hrtime.bigint();
        let result;
        try {
          const r = await c.query(`SELECT (${check}) AS ok`);
          result = engine === 'postgres' ? r.rows[0].ok : r[0][0].ok;
        } catch (e) {
          result = `stopped (${String(e.message).split('\n')[0]})`;
        }
        const s = seconds(t);
        total += s;
        console.log(`${label}${at}: ${table}: ${s.toFixed(2)} s (${result})`);
      }
      console.log(`${label}${at}: all checks: ${total.toFixed(2)} s`);
    }
  }
  await c.end();
  // The whole rollback (the checks included), as one of the scripts spells it (COPY_CHECK_WHOLE: new or old).
  const whole = process.env.COPY_CHECK_WHOLE === 'old' ? 'old' : 'new';
  const t2 = process.hrtime.bigint();
  runFile(whole === 'old' ? oldFile : newFile);
  console.log(`${whole}: the whole down script: ${seconds(t2).toFixed(1)} s`);
} finally {
  await drop();
  await admin.end();
}
