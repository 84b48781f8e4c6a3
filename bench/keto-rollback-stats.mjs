#!/usr/bin/env node
// How long the Keto 0.7 → 0.6 rollback's checks take on PostgreSQL without table statistics (a database just
// restored or loaded, before autovacuum analyzed it), and with them (KETO_ANALYZE=1), for a given down script.
//
//   node bench/keto-rollback-stats.mjs <tuples> <down.sql> [<down.sql> …]
//
// A scratch database gets the compiled Keto 0 → 0.6 install (namespaces files:1, groups:2), `tuples` tuples in
// namespace 1, autovacuum off on the tuple tables (so none is analyzed behind the bench's back: the count of
// pg_stats rows is printed before timing), and the compiled 0.6 → 0.7 upgrade. Then for each down script: each of
// its checks (the conditions `IF NOT (<condition>) THEN` followed by a stop) timed as `SELECT <condition>`, stopped
// after KETO_TIMEOUT seconds (default 600); with KETO_WHOLE=1, the whole script afterwards, timed (then the
// database is at 0.6: the next script's checks are not timed). The database is dropped at the end, also on Ctrl-C.
// Env: PLAN_PG_URL (default postgres://postgres@127.0.0.1:5432/test), KETO_DB (the database's name; default
// plan_bench_<random>), KETO_ANALYZE=1 (ANALYZE before timing), KETO_WORK_MEM (a comma-separated list of work_mem
// settings, e.g. 4MB,64kB: the checks of every script are timed under each in turn; default the server's),
// KETO_ONLY (a table name: only the checks whose stop names it). Needs dist/ (npm run build) and psql on PATH.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { compile } from '../dist/src/compile/compile.js';

const [tuplesArg, ...downs] = process.argv.slice(2);
if (!/^\d+$/.test(tuplesArg ?? '') || !downs.length) {
  console.error('usage: node bench/keto-rollback-stats.mjs <tuples> <down.sql> [<down.sql> …]');
  process.exit(2);
}
const tuples = Number(tuplesArg);
const timeout = Number(process.env.KETO_TIMEOUT ?? 600);
const db = process.env.KETO_DB ?? `plan_bench_${randomBytes(5).toString('hex')}`;
if (!/^[A-Za-z0-9_]+$/.test(db)) throw new Error(`KETO_DB: ${db}: letters, digits and _ only`);
const params = ['namespaces=files:1,groups:2'];

/** The checks of a PostgreSQL script: each condition of `IF NOT (<condition>) THEN` whose next line stops the plan. */
function checks(text) {
  const lines = text.split('\n');
  const out = [];
  lines.forEach((line, i) => {
    const m = /^\s*IF NOT \((.*)\) THEN$/.exec(line);
    const stop = /RAISE EXCEPTION '%', 'plan stopped: (\S+) holds rows/.exec(lines[i + 1] ?? '');
    if (m && stop) out.push({ table: stop[1], condition: m[1] });
  });
  return out;
}

const url = new URL(process.env.PLAN_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const at = (name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const work = mkdtempSync(join(tmpdir(), 'keto-rollback-'));
function psqlFile(text) {
  const file = join(work, 'script.sql');
  writeFileSync(file, text);
  const r = spawnSync('psql', ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-f', file, '-d', at(db)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

const admin = new pg.Client({ connectionString: url.toString() });
await admin.connect();
let dropped = false;
async function drop() {
  if (dropped) return;
  dropped = true;
  await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await admin.end();
  rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => drop().finally(() => process.exit(130)));

const seconds = (t0) => (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(3);
try {
  await admin.query(`CREATE DATABASE "${db}" TEMPLATE template0`);
  psqlFile(compile({ product: 'keto', from: '0', to: '0.6', dialect: 'postgres', params }).sql);
  const c = new pg.Client({ connectionString: at(db) });
  await c.connect();
  await c.query('ALTER TABLE keto_0000000001_relation_tuples SET (autovacuum_enabled = off)');
  await c.query(`INSERT INTO keto_0000000001_relation_tuples SELECT '', 'obj' || g, 'viewer', 'user' || g, '2021-01-01 00:00:00' FROM generate_series(1, ${tuples}) g`);
  const t0 = process.hrtime.bigint();
  psqlFile(compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params }).sql);
  await c.query('ALTER TABLE keto_relation_tuples SET (autovacuum_enabled = off)');
  console.log(`${db}: ${tuples.toLocaleString('en')} tuples, up 0.6 → 0.7 in ${seconds(t0)} s`);
  if (process.env.KETO_ANALYZE === '1') await c.query('ANALYZE');
  const { rows } = await c.query(`SELECT count(*) AS n FROM pg_stats WHERE schemaname = current_schema()`);
  console.log(`pg_stats rows of the schema when timed: ${rows[0].n}`);
  await c.query(`SET statement_timeout = '${timeout}s'`);
  const only = process.env.KETO_ONLY;
  for (const mem of (process.env.KETO_WORK_MEM ?? '').split(',')) {
    if (mem && !/^\d+[kMG]B$/.test(mem)) throw new Error(`KETO_WORK_MEM: ${mem}: a size such as 4MB or 64kB`);
    if (mem) await c.query(`SET work_mem = '${mem}'`);
    const shown = (await c.query('SHOW work_mem')).rows[0].work_mem;
    for (const file of downs) {
      const text = readFileSync(file, 'utf8');
      for (const { table, condition } of checks(text)) {
        if (only && table !== only) continue;
        const t = process.hrtime.bigint();
        let result;
        try {
          result = (await c.query(`SELECT ${condition} AS ok`)).rows[0].ok;
        } catch (e) {
          result = `stopped: ${e.message}`;
        }
        console.log(`${file}: work_mem ${shown}: check of ${table}: ${seconds(t)} s (${result})`);
      }
      if (process.env.KETO_WHOLE === '1') {
        const t = process.hrtime.bigint();
        psqlFile(`SET statement_timeout = '${timeout}s';${mem ? ` SET work_mem = '${mem}';` : ''}\n${text}`);
        console.log(`${file}: work_mem ${shown}: the whole script: ${seconds(t)} s`);
        break;
      }
    }
    if (process.env.KETO_WHOLE === '1') break;
  }
  await c.end();
} finally {
  await drop();
}
