import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EngineError,
  MYSQL_CATALOG_SQL,
  PG_CATALOG_SQL,
  hasClient,
  openScratch,
  serverReachable,
  serverUrl,
  type Scratch,
} from '../src/engines/index.js';
import { describeServer, IN_CI } from './helpers/servers.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../plans/supertokens/facts/${name}`, import.meta.url)), 'utf8');

// ---------- per-engine fixtures ----------

const PG_DDL = `
CREATE TABLE parent (
  id bigint NOT NULL,
  code varchar(32) NOT NULL,
  name text DEFAULT 'x',
  PRIMARY KEY (id),
  CONSTRAINT parent_code_key UNIQUE (code)
);
CREATE TABLE child (
  id bigint NOT NULL PRIMARY KEY,
  parent_code varchar(32) NOT NULL,
  created bigint NOT NULL DEFAULT 0,
  CONSTRAINT child_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES parent (code) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX child_created_index ON child (created DESC, id DESC);`;

// Hand-written in the format of plans/supertokens/facts/catalogs/pg-*.catalog.
const PG_CATALOG = [
  'T child | COL created bigint NOT NULL DEFAULT 0',
  'T child | COL id bigint NOT NULL',
  'T child | COL parent_code character varying(32) NOT NULL',
  'T child | CON child_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES parent(code) ON UPDATE CASCADE ON DELETE CASCADE',
  'T child | CON child_pkey PRIMARY KEY (id)',
  'T child | IDX CREATE INDEX child_created_index ON child USING btree (created DESC, id DESC)',
  'T parent | COL code character varying(32) NOT NULL',
  'T parent | COL id bigint NOT NULL',
  "T parent | COL name text DEFAULT 'x'::text",
  'T parent | CON parent_code_key UNIQUE (code)',
  'T parent | CON parent_pkey PRIMARY KEY (id)',
];

const MYSQL_DDL = `
CREATE TABLE parent (
  id bigint NOT NULL,
  code varchar(32) NOT NULL,
  name varchar(16) DEFAULT 'x',
  PRIMARY KEY (id),
  CONSTRAINT parent_code_key UNIQUE (code)
);
CREATE TABLE child (
  id bigint NOT NULL PRIMARY KEY,
  parent_code varchar(32) NOT NULL,
  created bigint NOT NULL DEFAULT 0,
  CONSTRAINT child_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES parent (code) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX child_created_index ON child (created DESC, id DESC);`;

// Hand-written in the format of plans/supertokens/facts/catalogs/mysql-*.catalog (MariaDB 10.11),
// in its order (information_schema collation, case-insensitive).
const MYSQL_CATALOG = [
  'T child | COL created bigint(20) NOT NULL DEFAULT 0',
  'T child | COL id bigint(20) NOT NULL',
  'T child | COL parent_code varchar(32) NOT NULL',
  'T child | FK child_parent_code_fkey (parent_code) -> parent (code) ON DELETE CASCADE ON UPDATE CASCADE',
  'T child | IDX child_created_index (created DESC, id DESC)',
  'T child | IDX child_parent_code_fkey (parent_code)',
  'T child | PK (id)',
  'T parent | COL code varchar(32) NOT NULL',
  'T parent | COL id bigint(20) NOT NULL',
  "T parent | COL name varchar(16) DEFAULT 'x'",
  'T parent | PK (id)',
  'T parent | UQ parent_code_key (code)',
];

const INSERTS = [
  "INSERT INTO parent (id, code, name) VALUES (1, 'a', 'one')",
  "INSERT INTO parent (id, code, name) VALUES (2, 'b', NULL)",
  "INSERT INTO child (id, parent_code, created) VALUES (10, 'a', 100)",
  "INSERT INTO child (id, parent_code, created) VALUES (11, 'a', 200)",
  "INSERT INTO child (id, parent_code, created) VALUES (12, 'b', 300)",
];

interface EngineCase {
  title: string;
  dialect: 'postgres' | 'mysql';
  url?: string;
  ddl: string;
  catalog: string[];
  labelPattern: RegExp;
  /** Does the scratch still exist, asked from outside it? */
  exists(s: Scratch): Promise<boolean>;
  clientFailure: RegExp;
}

// ---------- shared suite ----------

function engineSuite(c: EngineCase): void {
  let s: Scratch;
  let s2: Scratch | undefined;

  beforeAll(async () => {
    s = await openScratch(c.dialect, { url: c.url });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await s2?.close();
  });

  it('opens a scratch with a label', () => {
    expect(s.dialect).toBe(c.dialect);
    expect(s.label).toMatch(c.labelPattern);
    expect(s.name).toMatch(/^plan_verify_[0-9a-f]{12}$/);
  });

  it('starts empty', async () => {
    expect(await s.catalog()).toEqual([]);
    expect(await s.fingerprint()).toEqual({});
  });

  it('catalog lines match the reference format', async () => {
    await s.execScript(c.ddl);
    expect(await s.catalog()).toEqual(c.catalog);
  });

  it('fingerprint is stable, order-independent and changes with the data', async () => {
    await s.execStatements(INSERTS);
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'; // sha256('')
    const fp1 = await s.fingerprint();
    expect(Object.keys(fp1)).toEqual(['child', 'parent']);
    expect(fp1.parent.rows).toBe(2);
    expect(fp1.child.rows).toBe(3);
    expect(fp1.child.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(fp1.child.hash).not.toBe(empty);
    expect(await s.fingerprint()).toEqual(fp1);

    // Same rows inserted in another order, in another scratch: same hashes.
    s2 = await openScratch(c.dialect, { url: c.url });
    await s2.execScript(c.ddl);
    await s2.execStatements([...INSERTS.slice(0, 2).reverse(), ...INSERTS.slice(2).reverse()]);
    expect(await s2.fingerprint()).toEqual(fp1);

    // ON UPDATE CASCADE rewrites the child rows: both tables change, counts don't.
    await s.execStatements(["UPDATE parent SET code = 'z' WHERE id = 2"]);
    const fp2 = await s.fingerprint();
    expect(fp2.parent.rows).toBe(2);
    expect(fp2.parent.hash).not.toBe(fp1.parent.hash);
    expect(fp2.child.hash).not.toBe(fp1.child.hash);
    expect(await s.rows('child')).toEqual([
      { created: '100', id: '10', parent_code: 'a' },
      { created: '200', id: '11', parent_code: 'a' },
      { created: '300', id: '12', parent_code: 'z' },
    ]);
    expect(await s.rows('parent')).toEqual([
      { code: 'a', id: '1', name: 'one' },
      { code: 'z', id: '2', name: null },
    ]);
  });

  it('query returns rows', async () => {
    const rows = await s.query<{ n: unknown }>('SELECT count(*) AS n FROM child');
    expect(Number(rows[0].n)).toBe(3);
  });

  it('a failing statement carries the engine message and the statement', async () => {
    const stmt = 'INSERT INTO child (id, parent_code, created) VALUES (99, \'nope\', 1)';
    const err = await s.execStatements(['SELECT 1', stmt]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).message).toMatch(/foreign key/i);
    expect((err as EngineError).message).toContain(stmt);
    await expect(s.execScript('SELECT 1; SELECT * FROM no_such_table;')).rejects.toThrow(/no_such_table/);
    // The session is still usable after the failures.
    expect((await s.fingerprint()).child.rows).toBe(3);
  });

  it('execWithClient runs a file, and a failing file rejects with the client message', async () => {
    if (c.url === undefined) {
      await expect(s.execWithClient('SELECT 1;')).rejects.toThrow(/not possible on PGlite/);
      return;
    }
    if (!hasClient(c.dialect)) {
      const msg = `${c.dialect} CLI client not on PATH`;
      if (IN_CI) throw new Error(msg);
      console.warn(`SKIPPED execWithClient: ${msg}`);
      return;
    }
    await s.execWithClient("CREATE TABLE via_client (id int PRIMARY KEY);\nINSERT INTO via_client VALUES (1), (2);\n");
    expect((await s.fingerprint()).via_client.rows).toBe(2);
    const err = await s.execWithClient('SELECT 1;\nSELECT * FROM missing_table;\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as Error).message).toMatch(c.clientFailure);
    expect((err as Error).message).toContain('missing_table');
  });

  it('close() drops the scratch', async () => {
    expect(await c.exists(s)).toBe(true);
    await s.close();
    expect(await c.exists(s)).toBe(false);
    await s.close(); // idempotent
  });
}

// ---------- suites ----------

describe('catalog queries', () => {
  it('are the fixture queries, adapted only as documented', () => {
    const body = (sql: string) =>
      sql
        .split('\n')
        .filter((l) => !l.startsWith('--'))
        .join('\n')
        .trim()
        .replace(/;$/, '');
    const pg = body(fixture('catalog.pg.sql'))
      .replaceAll("n.nspname = 'public'", 'n.nspname = current_schema()')
      .replace("'public.', ''", "quote_ident(current_schema()) || '.', ''")
      .replace('ORDER BY line', 'ORDER BY line COLLATE "C"')
      // An INVALID index (a failed concurrent build) is marked as such.
      .replace(
        "SELECT format('T %s | IDX %s', c.relname, replace(pg_get_indexdef(i.indexrelid), quote_ident(current_schema()) || '.', ''))",
        "SELECT format('T %s | IDX %s%s', c.relname, replace(pg_get_indexdef(i.indexrelid), quote_ident(current_schema()) || '.', ''),\n                CASE WHEN i.indisvalid THEN '' ELSE ' (INVALID)' END)",
      );
    expect(PG_CATALOG_SQL.trim()).toBe(pg);
    expect(MYSQL_CATALOG_SQL.trim()).toBe(body(fixture('catalog.mysql.sql')));
  });
});

describe('openScratch arguments', () => {
  it('mysql without url explains there is no embedded MySQL', async () => {
    await expect(openScratch('mysql', {})).rejects.toThrow(/no embedded MySQL.*--url.*mysql:\/\//);
  });
  it('rejects a URL of the other dialect', async () => {
    await expect(openScratch('postgres', { url: 'mysql://root@127.0.0.1:3306/test' })).rejects.toThrow(/not a postgres URL/);
  });
  it('serverUrl honours the environment', () => {
    expect(serverUrl('postgres')).toBe(process.env.PLAN_PG_URL || 'postgres://postgres@127.0.0.1:5432/test');
    expect(serverUrl('mysql')).toBe(process.env.PLAN_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test');
  });
  it('serverReachable is false for a closed port', async () => {
    expect(await serverReachable('postgres://postgres@127.0.0.1:1/test')).toBe(false);
    expect(await serverReachable('mysql://root@127.0.0.1:1/test')).toBe(false);
  });
});

describe('pglite', () => {
  it('scratches share one instance but are isolated, also when used concurrently', async () => {
    const [a, b] = await Promise.all([openScratch('postgres'), openScratch('postgres')]);
    try {
      await Promise.all([
        a.execStatements(['CREATE TABLE t (id int PRIMARY KEY)', 'INSERT INTO t VALUES (1)']),
        b.execStatements(['CREATE TABLE t (id int PRIMARY KEY)', 'INSERT INTO t VALUES (1), (2)']),
      ]);
      const [fa, fb] = await Promise.all([a.fingerprint(), b.fingerprint()]);
      expect([fa.t.rows, fb.t.rows]).toEqual([1, 2]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);

  engineSuite({
    title: 'pglite',
    dialect: 'postgres',
    ddl: PG_DDL,
    catalog: PG_CATALOG,
    labelPattern: /^pglite$/,
    clientFailure: /./,
    // Asked from a second scratch in the same PGlite instance.
    async exists(s) {
      const other = await openScratch('postgres', {});
      try {
        const r = await other.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = '${s.name}'`);
        return r[0].n === 1;
      } finally {
        await other.close();
      }
    },
  });
});

const PG_URL = serverUrl('postgres');
await describeServer('postgres server', 'postgres', () =>
  engineSuite({
    title: 'postgres',
    dialect: 'postgres',
    url: PG_URL,
    ddl: PG_DDL,
    catalog: PG_CATALOG,
    labelPattern: /^postgres \S+:\d+$/,
    clientFailure: /ERROR: +relation "missing_table" does not exist/,
    async exists(s) {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [s.name])).rowCount === 1;
      } finally {
        await client.end();
      }
    },
  }),
);

const MYSQL_URL = serverUrl('mysql');
await describeServer('mysql server', 'mysql', () =>
  engineSuite({
    title: 'mysql',
    dialect: 'mysql',
    url: MYSQL_URL,
    ddl: MYSQL_DDL,
    catalog: MYSQL_CATALOG,
    labelPattern: /^(mariadb|mysql) \S+:\d+$/,
    clientFailure: /ERROR 1146 \(42S02\) at line 2/,
    async exists(s) {
      const u = new URL(MYSQL_URL);
      const conn = await mysql.createConnection({
        host: u.hostname,
        port: Number(u.port || 3306),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
      });
      try {
        const [rows] = await conn.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [s.name]);
        return (rows as unknown[]).length === 1;
      } finally {
        await conn.end();
      }
    },
  }),
);
