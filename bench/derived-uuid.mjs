// Speed of SQLite's derived UUID (the SQLite dialect's uuidFrom: derivedUuid of src/compile/derived-id.ts) against
// the first scheme's SQL (uuidFromEarlier: derivedUuidV1), on N Keto-like tuple texts in a table, with sql.js (the
// SQLite the project runs) and, when it is on PATH, the sqlite3 client. Prints one Markdown row per engine and scheme:
// seconds and distinct UUIDs of N. Usage: npm run build && node bench/derived-uuid.mjs [N, default 5000]
import { execFileSync } from 'node:child_process';
import initSqlJs from 'sql.js';
import { getDialect } from '../dist/src/dialects/index.js';
import { Sql } from '../dist/src/compile/sql.js';

const n = Number(process.argv[2] ?? 5000);
const d = getDialect('sqlite');
const at = '2021-06-23 16:24:17';
// The text keto 0.6 → 0.7 derives a tuple's shard_id from: namespace id, object, relation, subject, commit time, each length-prefixed.
const setup = [
  'CREATE TABLE t (x TEXT);',
  `INSERT INTO t WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1}) SELECT '1:1' || length('file' || i) || ':file' || i || '4:view' || length('user' || i) || ':user' || i || '${at.length}:${at}' FROM n;`,
];
const column = Sql.verbatim('t.x');
const schemes = { new: d.syntax.uuidFrom(column).text, first: d.syntax.uuidFromEarlier(column)[0].text };
const query = (expr) => `SELECT COUNT(DISTINCT ${expr}) AS k FROM t;`;

const SQL = await initSqlJs();
const db = new SQL.Database();
for (const s of setup) db.exec(s);
console.log(`| engine | scheme | tuples | seconds | distinct UUIDs |\n|---|---|---:|---:|---:|`);
for (const [name, expr] of Object.entries(schemes)) {
  db.exec(query(expr)); // once to warm up (WebAssembly compiles lazily), then timed
  const t0 = process.hrtime.bigint();
  const k = db.exec(query(expr))[0].values[0][0];
  console.log(`| sql.js ${db.exec('SELECT sqlite_version()')[0].values[0][0]} | ${name} | ${n} | ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} | ${k} |`);
}
let version;
try {
  version = execFileSync('sqlite3', ['-version'], { encoding: 'utf8' }).split(' ')[0];
} catch {
  version = undefined;
}
if (version) {
  for (const [name, expr] of Object.entries(schemes)) {
    const t0 = process.hrtime.bigint();
    const k = execFileSync('sqlite3', [':memory:'], { input: [...setup, query(expr)].join('\n'), encoding: 'utf8' }).trim();
    console.log(`| sqlite3 ${version} | ${name} | ${n} | ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} | ${k} |`);
  }
}
