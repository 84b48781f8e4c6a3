// The lock annotations (src/dialects/<d>/locks.ts) checked on the engines, step by step, on the lock fixture
// (test/fixtures/plans-locks: one step per rule, on tables that exist and hold rows):
// - PostgreSQL: each step's statements run inside an open transaction; a second session reads pg_locks (the
//   strongest granted mode per table must be the one annotated, and no other existing table may be locked), then
//   relfilenode before and after the COMMIT (changed exactly where the annotation says rewrite). The concurrent part:
//   a third session holds ROW EXCLUSIVE so the build waits, and pg_locks shows what it holds meanwhile.
// - MariaDB: each ALTER TABLE runs with the ALGORITHM=/LOCK= the annotation claims for MariaDB (accepted), after the
//   next stricter one was refused (ER_ALTER_OPERATION_NOT_SUPPORTED[_REASON]).
// - SQLite: each statement's rebuild claim against the table's rootpage (a rebuild makes a new b-tree; nothing else
//   does), and against Statement.rebuild on every bundled plan.
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { compile, type Unit } from '../src/compile/compile.js';
import { strongestPerTable, type StatementLocks, type TableLock } from '../src/compile/locks.js';
import { PG_LOCK_MODES, PG_LOCK_RULES, pgStrength, type PgLockMode } from '../src/dialects/postgres/locks.js';
import { MYSQL_LOCK_RULES } from '../src/dialects/mysql/locks.js';
import { SQLITE_LOCK_RULES } from '../src/dialects/sqlite/locks.js';
import { mysqlSyntax } from '../src/dialects/mysql/index.js';
import { facetKey, facetsOf, valueKey, type Predicate } from '../src/compile/facets.js';
import { clientCommandsAsSql, sqlJs } from '../src/engines/sqlite.js';
import { loadProduct } from '../src/plan/load.js';
import { describeServer } from './helpers/servers.js';

const plansDir = fileURLToPath(new URL('./fixtures/plans-locks', import.meta.url));
const build = (dialect: string, from: string, to: string) => compile({ product: 'locks', from, to, dialect, plansDir });
const suffix = () => `locks_${randomBytes(4).toString('hex')}`;

/** The statements of a script before its first step's (session settings, the version check that sets @plan_ok…). */
function upTo(r: ReturnType<typeof build>): string[] {
  const first = r.units.find((u) => u.statements.length)!.statements[0];
  const i = r.statements.indexOf(first);
  expect(i).toBeGreaterThan(0);
  return r.statements.slice(0, i);
}

/** Rules the fixture cannot reach on an engine, and why (every other rule must be exercised). */
const PG_UNREACHED: Record<string, string> = {
  'pg.add_column.rewrite': 'the model refuses an identity column (or any NOT NULL column without a default) added to an existing table, and has no volatile defaults',
  'pg.raw_sql': 'raw SQL: no claim to check',
  'pg.none': 'operations without statements (manual, remark)',
  'pg.catalog-read': 'a precondition on tables and columns only reads the catalog: no table lock to see',
};

// Modes as pg_locks names them.
const PG_MODE_OF: Record<string, PgLockMode> = Object.fromEntries(PG_LOCK_MODES.map((m) => [m.split(' ').map((w) => w[0] + w.slice(1).toLowerCase()).join('') + 'Lock', m]));

/** The claims of a step's statements that run inside one transaction: per table, the strongest. */
function claims(locks: StatementLocks[]): TableLock[] {
  // A statement that runs only where the database differs from the model (onlyOnDrift: a same-named foreign key
  // dropped before one is added) does not run here: these databases are made by the plans themselves.
  return strongestPerTable(locks.filter((l) => !l.onlyOnDrift).flatMap((l) => l.tables));
}

/** The product's own relations: every schema but the system's. */
const USER_NAMESPACE = `NOT IN (SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema') OR nspname LIKE 'pg\\_toast%')`;

/**
 * Applies `product` 0 → `from` on a scratch database of the server, then runs `from` → `to` step by step, checking each
 * step's lock annotation (pg_locks from a second session) and its rewrite claims (relfilenode of the table and of its
 * indexes). @returns the rule ids the steps exercised
 */
async function pgSteps(url: string, product: string, dir: string, from: string, to: string): Promise<Set<string>> {
  const name = `plan_${suffix()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const at = new URL(url);
  at.pathname = `/${name}`;
  const [a, b, c] = [new pg.Client({ connectionString: at.toString() }), new pg.Client({ connectionString: at.toString() }), new pg.Client({ connectionString: at.toString() })];
  const exercised = new Set<string>();
  try {
    await Promise.all([a.connect(), b.connect(), c.connect()]);
    await a.query(compile({ product, from: '0', to: from, dialect: 'postgres', plansDir: dir }).sql);
    const up = compile({ product, from, to, dialect: 'postgres', plansDir: dir });
    const pid = (await a.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const held = async () => {
      const rows = (await b.query(`SELECT c.relname, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = $1 AND l.granted AND c.relkind IN ('r', 'p') AND c.relnamespace ${USER_NAMESPACE}`, [pid])).rows as { relname: string; mode: string }[];
      const out = new Map<string, PgLockMode>();
      for (const r of rows) {
        const m = PG_MODE_OF[r.mode];
        if (!out.has(r.relname) || pgStrength(m) > pgStrength(out.get(r.relname)!)) out.set(r.relname, m);
      }
      return out;
    };
    // Each table's relfilenode, and each of its indexes' (`table.index`).
    const files = async () => {
      const tables = (await b.query(`SELECT relname, relfilenode FROM pg_class WHERE relkind = 'r' AND relnamespace ${USER_NAMESPACE}`)).rows as { relname: string; relfilenode: number }[];
      const indexes = (await b.query(`SELECT t.relname || '.' || i.relname AS relname, i.relfilenode FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace ${USER_NAMESPACE}`)).rows as { relname: string; relfilenode: number }[];
      return new Map([...tables, ...indexes].map((r) => [r.relname, r.relfilenode]));
    };
    const check = (u: Unit, got: Map<string, PgLockMode>, claimed: TableLock[]) => {
      const where = `${u.banner}: ${u.locks.map((l) => l.text).join(' / ')}; held ${JSON.stringify([...got])}`;
      for (const t of claimed) {
        if (t.new) continue;
        if (t.conditional) expect(pgStrength(got.get(t.table) ?? 'ACCESS SHARE') <= t.strength, where).toBe(true);
        else expect(got.get(t.table), where).toBe(t.lock);
      }
      const claimedNames = new Set(claimed.map((t) => t.table));
      for (const [table] of got) expect(claimedNames.has(table), `${where}: ${table} locked without a claim`).toBe(true);
    };
    for (const u of up.units) {
      if (!u.rendered.length) continue;
      expect(u.statements.length, u.banner).toBe(u.rendered.length);
      const before = await files();
      if (!u.rendered.some((st) => st.outsideTransaction)) {
        await a.query('BEGIN');
        for (const text of u.statements) await a.query(text);
        check(u, await held(), claims(u.locks));
        await a.query('COMMIT');
      } else {
        // Statement by statement: one outside a transaction waits (CONCURRENTLY) while session c holds ROW
        // EXCLUSIVE on its table, and pg_locks shows the mode it holds meanwhile.
        for (const [i, st] of u.rendered.entries()) {
          const l = u.locks[i];
          if (!st.outsideTransaction) {
            await a.query('BEGIN');
            await a.query(u.statements[i]);
            check(u, await held(), l.tables);
            await a.query('COMMIT');
            continue;
          }
          const table = l.tables[0].table;
          await c.query('BEGIN');
          await c.query(`UPDATE ${table} SET id = id WHERE false`);
          const running = a.query(u.statements[i]);
          let got = new Map<string, PgLockMode>();
          for (let k = 0; k < 200 && !got.has(table); k++) {
            got = await held();
            if (!got.has(table)) await new Promise((r) => setTimeout(r, 25));
          }
          check(u, got, l.tables);
          await c.query('COMMIT');
          await running;
        }
      }
      const after = await files();
      for (const t of claims(u.locks)) {
        if (t.new || !before.has(t.table) || !after.has(t.table)) continue;
        const where = `${u.banner}: ${t.table} ${t.effect}`;
        expect(after.get(t.table) !== before.get(t.table), `${where}: relfilenode ${before.get(t.table)} → ${after.get(t.table)}`).toBe(t.effect === 'rewrite');
        // Catalog-only: no index of the table is rebuilt either (a varchar widened keeps its indexes).
        if (t.effect === 'catalog-only') {
          for (const [k, v] of before) if (k.startsWith(`${t.table}.`) && after.has(k)) expect(after.get(k), `${where}: index ${k} rebuilt`).toBe(v);
        }
      }
      for (const l of u.locks) for (const r of l.rules) exercised.add(r);
    }
    return exercised;
  } finally {
    await Promise.allSettled([a.end(), b.end(), c.end()]);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await describeServer('lock annotations on the PostgreSQL server', 'postgres', (url) => {
  it('every statement takes the lock it is annotated with, and rewrites exactly where it says so', async () => {
    const exercised = await pgSteps(url, 'locks', plansDir, '1.0', '1.2');
    // Tables moved between schemas (ALTER TABLE … SET SCHEMA): the places fixture.
    for (const r of await pgSteps(url, 'places', fileURLToPath(new URL('./fixtures/plans-places', import.meta.url)), '1.0', '2.0')) exercised.add(r);
    const missing = PG_LOCK_RULES.filter((r) => !exercised.has(r) && !(r in PG_UNREACHED));
    expect(missing, 'rules no step of the fixtures exercised on PostgreSQL').toEqual([]);
    expect([...exercised].filter((r) => r in PG_UNREACHED), 'rules listed as unreached but exercised').toEqual([]);
  });
});

/** Rules whose statement is not an ALTER TABLE (no ALGORITHM= to claim), and why they are safe to leave to the manual. */
const MYSQL_NO_ALGORITHM: Record<string, string> = {
  'mysql.new-table': 'a table the script created: no claim',
  'mysql.create_table': 'CREATE TABLE: no ALGORITHM clause; metadata lock only',
  'mysql.drop_table': 'DROP TABLE: no ALGORITHM clause',
  'mysql.rename_table': 'RENAME TABLE: no ALGORITHM clause; metadata only',
  'mysql.create_database': 'CREATE DATABASE: no table',
  'mysql.fk-related': 'the metadata lock on a table tied by a foreign key (MySQL 8.0 manual 8.11.4): not an ALGORITHM claim',
  'mysql.rows.write': 'INSERT/UPDATE/DELETE: row locks, no ALGORITHM clause',
  'mysql.rows.read': 'a read: no ALGORITHM clause',
  'mysql.catalog-read': 'a read of the catalog',
  'mysql.raw_sql': 'raw SQL: no claim',
  'mysql.none': 'operations without statements',
  'mysql.enum-append': 'no plan changes an ENUM column here: the fixture has no enum column on MySQL',
};

/** The next ALGORITHM= stricter than `a` on MariaDB (undefined: none is stricter). */
const STRICTER: Record<string, string | undefined> = { INSTANT: undefined, NOCOPY: 'INSTANT', INPLACE: 'NOCOPY', COPY: 'INPLACE' };

/** Whether a statement's own catalog condition holds in `facets` (the state the model knows before it). */
function holds(p: Predicate | undefined, facets: Map<string, string>): boolean {
  if (!p) return true;
  if (p.kind === 'and') return p.items.every((x) => holds(x, facets));
  if (p.kind === 'sql') return true;
  const same = (facets.get(facetKey(p.ref)) ?? 'absent') === (p.value === null ? 'absent' : valueKey(p.value));
  return p.negate ? !same : same;
}

await describeServer('lock annotations on MariaDB', 'mysql', (url) => {
  it('every ALTER TABLE runs with the ALGORITHM= and LOCK= annotated for MariaDB, and a stricter ALGORITHM= is refused', async () => {
    const name = `plan_${suffix()}`;
    const admin = await mysql.createConnection(url);
    await admin.query(`CREATE DATABASE ${name}`);
    const at = new URL(url);
    at.pathname = `/${name}`;
    const conn = await mysql.createConnection({ uri: at.toString(), multipleStatements: true });
    const exercised = new Set<string>();
    try {
      await conn.query(build('mysql', '0', '1.0').sql);
      const up = build('mysql', '1.0', '1.1');
      await conn.query(upTo(up).join('\n'));
      for (const u of up.units) {
        if (!u.locks.some((l) => l.online)) {
          if (u.statements.length) await conn.query(u.statements.join('\n'));
          continue;
        }
        const facets = new Map([...facetsOf(u.before)].map(([k, f]) => [k, valueKey(f.value)]));
        for (const [i, st] of u.rendered.entries()) {
          const l = u.locks[i];
          if (!holds(st.condition, facets)) continue;
          expect(st.bodies.length, u.banner).toBe(1);
          const body = st.bodies[0].text.trim();
          // ALTER TABLE takes `, ALGORITHM=…, LOCK=…`; CREATE INDEX and DROP INDEX take ` ALGORITHM=… LOCK=…`.
          expect(body, u.banner).toMatch(/^(ALTER TABLE|CREATE (UNIQUE )?INDEX|DROP INDEX) /);
          const alter = body.startsWith('ALTER TABLE');
          const clause = (alg: string, lock?: string) => (alter ? `, ALGORITHM=${alg}${lock ? `, LOCK=${lock}` : ''}` : ` ALGORITHM=${alg}${lock ? ` LOCK=${lock}` : ''}`);
          const maria = l.online!.find((o) => o.engine === 'MariaDB')!;
          const stricter = STRICTER[maria.algorithm];
          const where = `${u.banner}: ${l.text}`;
          if (stricter) {
            const refused = await conn.query(`${body}${clause(stricter)}`).then(() => null, (e: { errno?: number }) => e.errno);
            expect(refused, `${where}: ALGORITHM=${stricter} should be refused`).toBeOneOf([1845, 1846]);
          }
          if (maria.lock !== 'NONE') {
            const refused = await conn.query(`${body}${clause(maria.algorithm, 'NONE')}`).then(() => null, (e: { errno?: number }) => e.errno);
            expect(refused, `${where}: LOCK=NONE should be refused`).toBeOneOf([1845, 1846]);
          }
          await conn.query(`${body}${clause(maria.algorithm, maria.lock)}`).catch((e: Error) => {
            throw new Error(`${where}: ${e.message}`);
          });
          for (const e of st.effects) facets.set(facetKey(e.ref), valueKey(e.value));
          for (const r of l.rules) exercised.add(r);
        }
      }
      // What the steps did is what the script does: the compiled script now finds nothing to do (its guards), and ends
      // at 1.1, saying the database was there already (its last line tells a second run from a first).
      const [rows] = (await conn.query(up.sql)) as unknown as [unknown[]];
      expect(JSON.stringify(rows)).toContain('was at 1.1 already: nothing to do');
      const missing = MYSQL_LOCK_RULES.filter((r) => !exercised.has(r) && !(r in MYSQL_NO_ALGORITHM));
      expect(missing, 'ALTER TABLE rules no step of the lock fixture exercised on MariaDB').toEqual([]);
    } finally {
      await conn.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  });
});

describe('lock annotations on SQLite', () => {
  it('a statement annotated as a rebuild gives its table a new b-tree (rootpage), and no other statement does', async () => {
    const SQL = await sqlJs();
    const db = new SQL.Database();
    db.exec(clientCommandsAsSql(build('sqlite', '0', '1.0').sql));
    const up = build('sqlite', '1.0', '1.1');
    const pages = () => new Map((db.exec(`SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'`)[0]?.values ?? []).map(([n, p]) => [String(n), Number(p)]));
    db.exec(clientCommandsAsSql(upTo(up).join('\n')));
    const exercised = new Set<string>();
    let rebuilds = 0;
    for (const u of up.units) {
      for (const [i, st] of u.rendered.entries()) {
        const l = u.locks[i];
        expect(!!l.rebuild, u.banner).toBe(!!st.rebuild);
        for (const r of l.rules) exercised.add(r);
      }
      if (!u.statements.length) continue;
      const before = pages();
      db.exec(u.statements.join('\n'));
      const after = pages();
      for (const l of u.locks) {
        for (const t of l.tables) {
          if (t.new || !before.has(t.table) || !after.has(t.table)) continue;
          expect(after.get(t.table) !== before.get(t.table), `${u.banner}: ${l.text}`).toBe(!!l.rebuild);
          if (l.rebuild) rebuilds++;
        }
      }
    }
    db.exec('COMMIT;');
    expect(rebuilds).toBeGreaterThan(1);
    const unreached = ['sqlite.raw_sql', 'sqlite.none', 'sqlite.catalog-read'];
    expect(SQLITE_LOCK_RULES.filter((r) => !exercised.has(r) && !unreached.includes(r))).toEqual([]);
  });

  it('on every bundled plan, the annotation says rebuild exactly where the statement is a rebuild (Statement.rebuild)', () => {
    let rebuilds = 0;
    for (const product of ['authhero', 'keto', 'fief']) {
      const p = loadProduct(product);
      if (!p.product.dialects.includes('sqlite')) continue;
      for (const plan of p.plans) {
        const r = compile({ product, from: plan.plan.from, to: plan.plan.to, dialect: 'sqlite', examples: true });
        for (const u of r.units) {
          u.rendered.forEach((st, i) => {
            expect(!!u.locks[i].rebuild, `${product} ${u.banner}`).toBe(!!st.rebuild);
            if (st.rebuild) rebuilds++;
          });
        }
      }
    }
    expect(rebuilds).toBeGreaterThan(10);
  });
});
