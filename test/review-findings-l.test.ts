// The reproductions of review K's findings fixed on branch fix-L, each with the input the reviewer gave.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { validateAll } from '../src/compile/validate.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { PlanError } from '../src/plan/errors.js';
import { projectRoot } from '../src/paths.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

/** A plans directory holding product `name` (product.yaml with `dialects`) and its plans (file name → YAML text). */
function product(name: string, dialects: string, plans: Record<string, string>): string {
  const dir = tempPlansDir();
  writePlanFile(dir, name, 'product.yaml', `product: ${name}\ntitle: ${name}\nversions: ["1.0"]\ndialects: [${dialects}]\n`);
  for (const [f, text] of Object.entries(plans)) writePlanFile(dir, name, f, text);
  return dir;
}

/** The message of the PlanError `validateAll` throws for `name` under `dir`. */
async function validateError(name: string, dir: string): Promise<string> {
  try {
    await validateAll(name, dir);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    return (e as PlanError).message;
  }
  throw new Error('expected plan validate to refuse');
}

// 1. InnoDB's page limit: `first`, then `wide` (a BIGINT key and 40 VARCHAR(63)), fits utf8mb3 and not utf8mb4.
const INNO = {
  '0-1.0.yaml': `product: inno\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: first\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n  - create_table:\n      name: wide\n      columns:\n        - { name: id, type: bigint, nullable: false }\n${Array.from({ length: 40 }, (_, i) => `        - { name: c${i + 1}, type: "varchar(63)" }\n`).join('')}      primary_key: { columns: [id] }\n`,
};

describe("1. MySQL: InnoDB's page limit (Row size too large (> 8126)) feeds the character set check", () => {
  it('plan validate refuses the product without a verify_database character set that fits, naming wide and its bytes on the page', async () => {
    const dir = product('inno', 'mysql', INNO);
    expect(await validateError('inno', dir)).toMatch(/inno\/product\.yaml:1:1: table wide needs a character set of at most 3 bytes per character, such as utf8mb3 \(under utf8mb4 a row of it keeps up to 10,151 bytes on its page, over InnoDB's limit on a row kept on its 16 KB page \(under 8,126 bytes\)\)/);
    writePlanFile(dir, 'inno', 'product.yaml', 'product: inno\ntitle: inno\nversions: ["1.0"]\ndialects: [mysql]\nverify_database:\n  mysql_character_set: utf8mb3\n');
    expect(await validateAll('inno', dir)).toEqual([expect.stringMatching(/^inno: 1 plan valid/)]);
  });

  it('the install checks the character set before its first change', () => {
    const r = compile({ product: 'inno', from: '0', to: '1.0', dialect: 'mysql', plansDir: product('inno', 'mysql', INNO) });
    expect(r.rowSize.map((n) => [n.table, n.most])).toEqual([['wide', 3]]);
    const lines = r.sql.split('\n');
    expect(lines.findIndex((l) => l.startsWith('-- character set: table wide needs a character set of at most 3 bytes per character'))).toBeLessThan(lines.findIndex((l) => l.startsWith('-- =====')));
  });
});

await describeServer("1. InnoDB's page limit on MariaDB, through the mariadb client", 'mysql', (url) => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.close();
  }, 120_000);

  it('a utf8mb4 database: the script stops before any change (first is not created); utf8mb3: it installs', async () => {
    const sql = compile({ product: 'inno', from: '0', to: '1.0', dialect: 'mysql', plansDir: product('inno', 'mysql', INNO) }).sql;
    const s = await openScratch('mysql', { url, mysqlCharacterSet: 'utf8mb4' });
    scratches.push(s);
    const u = new URL(url);
    const run = () => spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), s.name], { input: sql, encoding: 'utf8' });
    const tables = async () => (await s.query<{ t: string }>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1')).map((x) => x.t);
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("plan stopped: utf8mb4 is too wide for table wide: table wide would take this database's default character set, utf8mb4 (4 bytes per character), under which a row of wide keeps up to 10,151 bytes on its page, over InnoDB's limit on a row kept on its 16 KB page (under 8,126 bytes) (error 1118, \"Row size too large\"); it needs utf8mb3 or a narrower one");
    expect(r.stderr).not.toMatch(/ERROR 1118/);
    expect(await tables()).toEqual([]);
    await s.query(`ALTER DATABASE \`${s.name}\` CHARACTER SET utf8mb3`);
    const again = run();
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('plan: inno 0 → 1.0 applied');
    expect(await tables()).toEqual(['first', 'wide']);
  }, 120_000);
});

// 2. A foreign key named like a CHECK of its table.
const FK = (fk: string, checks = '      checks:\n        - { name: c1, expression: "id > 0" }\n') => ({
  '0-1.0.yaml': `product: fk\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: parent\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n  - create_table:\n      name: child\n      columns:\n        - { name: id, type: bigint, nullable: false }\n        - { name: pid, type: bigint }\n      primary_key: { columns: [id] }\n${checks}${fk}`,
});

describe('2. a foreign key or key named like a CHECK of its table is refused at the name', () => {
  it('PostgreSQL: add_foreign_key c1 on child, whose check is c1: plan validate refuses, at the name (the script would drop the check)', async () => {
    const dir = product('fk', 'postgres', FK('  - add_foreign_key: { table: child, name: c1, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateError('fk', dir)).toMatch(/fk\/0-1\.0\.yaml:19:44: add_foreign_key: "c1" is already the name of check child\.c1: a key, a foreign key and a check of one table share its constraint names in postgres \(PostgreSQL\); choose another name$/);
    // Another name passes.
    const ok = product('fk', 'postgres', FK('  - add_foreign_key: { table: child, name: child_pid_fkey, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateAll('fk', ok)).toEqual([expect.stringMatching(/^fk: 1 plan valid/)]);
  });

  it('MySQL (MariaDB error 1826): add_foreign_key, a foreign key of create_table and add_unique named like a check, in any letter case', async () => {
    const add = product('fk', 'mysql', FK('  - add_foreign_key: { table: child, name: C1, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateError('fk', add)).toMatch(/0-1\.0\.yaml:19:44: add_foreign_key: "C1" is in another letter case \(c1\) the name of check child\.c1: MariaDB refuses a foreign key or key named like a check of its table \(error 1826, "Duplicate CHECK constraint name"\); choose another name$/);
    const inTable = product('fk', 'mysql', FK('', '      checks:\n        - { name: c1, expression: "id > 0" }\n      foreign_keys:\n        - { name: c1, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateError('fk', inTable)).toMatch(/0-1\.0\.yaml:\d+:\d+: create_table: "c1" is already the name of check child\.c1: MariaDB refuses/);
    const unique = product('fk', 'mysql', FK('  - add_unique: { table: child, name: c1, columns: [pid] }\n'));
    expect(await validateError('fk', unique)).toMatch(/0-1\.0\.yaml:19:\d+: add_unique: "c1" is already the name of check child\.c1: MariaDB refuses/);
  });
});

// 3. An index name another table's index holds (SQLite: database-wide; PostgreSQL: schema-wide).
const SQ = {
  '0-1.0.yaml': `product: sq\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: items\n      columns:\n        - { name: id, type: bigint, nullable: false }\n        - { name: n, type: "varchar(10)" }\n      primary_key: { columns: [id] }\n  - create_index: { table: items, name: ix_n, columns: [n] }\n`,
};

describeSqliteClient('3. SQLite: an index ix_n on a table outside the product', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-review-l-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sqlite = (db: string, sql: string) => spawnSync('sqlite3', ['-bail', db], { input: sql, encoding: 'utf8' });
  const objects = (db: string) => execFileSync('sqlite3', [db, "SELECT type || ' ' || name || ' ' || tbl_name FROM sqlite_schema ORDER BY 1"], { encoding: 'utf8' }).trim().split('\n');

  it('the install stops before any change, in one line naming the clash; the index on other is kept', () => {
    const db = join(dir, 'a.db');
    expect(sqlite(db, 'create table other(x); create index ix_n on other(x);').status).toBe(0);
    const r = sqlite(db, compile({ product: 'sq', from: '0', to: '1.0', dialect: 'sqlite', plansDir: product('sq', 'sqlite', SQ) }).sql);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("plan stopped: an index ix_n on table other exists; sq's index ix_n on items needs that name (SQLite's index names are database-wide, and the script drops nothing it does not own): rename or drop that index, then run this script again. Nothing was changed.\n");
    expect(objects(db)).toEqual(['index ix_n other', 'table other other']);
    // A view of that name is named too.
    const v = join(dir, 'v.db');
    sqlite(v, 'create table other(x); create view IX_N as select x from other;');
    expect(sqlite(v, compile({ product: 'sq', from: '0', to: '1.0', dialect: 'sqlite', plansDir: product('sq', 'sqlite', SQ) }).sql).stdout).toMatch(/^plan stopped: a view IX_N exists; sq's index ix_n on items needs that name/);
  });

  it('without the clash it installs, and a second run finds its own index', () => {
    const db = join(dir, 'b.db');
    const sql = compile({ product: 'sq', from: '0', to: '1.0', dialect: 'sqlite', plansDir: product('sq', 'sqlite', SQ) }).sql;
    expect(sqlite(db, 'create table other(x); create index ix_other on other(x);').status).toBe(0);
    const r = sqlite(db, sql);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plan: sq 0 → 1.0 applied');
    expect(objects(db)).toContain('index ix_n items');
    expect(sqlite(db, sql).stdout).toContain('is already applied');
  });
});

await describeServer('3. PostgreSQL: an index ix_n on a table outside the product', 'postgres', (url) => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.close();
  }, 120_000);
  const UPGRADE = {
    ...SQ,
    '0-1.0.yaml': SQ['0-1.0.yaml'].replace(/ {2}- create_index.*\n/, ''),
    '1.0-1.1.yaml': 'product: sq\nfrom: "1.0"\nto: "1.1"\nsummary: index\nsteps:\n  - create_index: { table: items, name: ix_n, columns: [n], concurrently: true }\n',
  };
  const pgProduct = (plans: Record<string, string>) => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'sq', 'product.yaml', 'product: sq\ntitle: sq\nversions: ["1.0", "1.1"]\ndialects: [postgres]\n');
    for (const [f, text] of Object.entries(plans)) writePlanFile(dir, 'sq', f, text);
    return dir;
  };
  const indexes = async (s: Scratch) => (await s.query<{ i: string }>(`SELECT indexname || ' ' || tablename AS i FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'ix_n'`)).map((r) => r.i);

  it('the install and the concurrent build of an upgrade stop before any change, naming the clash; the index on other is kept', async () => {
    const s = await openScratch('postgres', { url });
    scratches.push(s);
    await s.execStatements(['CREATE TABLE other (x int)', 'CREATE INDEX ix_n ON other (x)']);
    const install = compile({ product: 'sq', from: '0', to: '1.0', dialect: 'postgres', plansDir: product('sq', 'postgres', SQ) }).sql;
    await expect(s.execWithClient(install)).rejects.toThrow("plan stopped: an index ix_n on table other exists; sq's index ix_n on items needs that name (PostgreSQL's index names are unique across the schema, and the script drops nothing it does not own): rename or drop it, then run this script again. Nothing was changed.");
    expect(await indexes(s)).toEqual(['ix_n other']);
    expect((await s.query(`SELECT 1 FROM pg_class WHERE relname = 'items' AND relnamespace = current_schema()::regnamespace`)).length).toBe(0);
    // The concurrent build (DROP INDEX CONCURRENTLY IF EXISTS, then CREATE INDEX CONCURRENTLY IF NOT EXISTS).
    const dir = pgProduct(UPGRADE);
    await s.execWithClient(compile({ product: 'sq', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir }).sql);
    await expect(s.execWithClient(compile({ product: 'sq', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: dir }).sql)).rejects.toThrow(/plan stopped: an index ix_n on table other exists; sq's index ix_n on items needs that name/);
    expect(await indexes(s)).toEqual(['ix_n other']);
  }, 120_000);
});

describe('4. an unknown type inside a dialect override: no advice to use an override', () => {
  it('mysql: { type: int4 } → the overrides take the same plan types; a column type int4 still points at the overrides', async () => {
    const at = (column: string) => product('ov', 'mysql', { '0-1.0.yaml': `product: ov\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: t\n      columns:\n        - ${column}\n` });
    const inOverride = await validateError('ov', at('{ name: id, type: bigint, nullable: false, mysql: { type: int4 } }'));
    expect(inOverride).toMatch(/ov\/0-1\.0\.yaml:9:69: type "int4" is not a type of plans: did you mean "integer"\? \(the portable types: [^;]*; a mysql: \{ type: … \} override takes the same plan types as the column's own type: it names another of them for MySQL\)$/);
    expect(inOverride).not.toMatch(/goes in its/);
    expect(await validateError('ov', at('{ name: id, type: int4, nullable: false }'))).toMatch(/; a dialect's own type goes in its postgres:, mysql: or sqlite: \{ type: … \} override\)$/);
  });
});

describe('5. MySQL: a table that fits 2 bytes per character or fewer is advised TEXT columns first', () => {
  const table = (n: number, type: string) => ({ '0-1.0.yaml': `product: nw\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: notes\n      columns:\n${Array.from({ length: n }, (_, i) => `        - { name: c${i}, type: "${type}" }\n`).join('')}` });

  it('80 VARCHAR(300) (48,170 bytes at 2 bytes per character, 72,170 at 3): latin1, never ucs2, and TEXT columns first', async () => {
    const dir = product('nw', 'mysql', table(80, 'varchar(300)'));
    const r = compile({ product: 'nw', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir });
    expect(r.rowSize.map((n) => [n.table, n.most, n.fits, n.bytes[1], n.bytes[2]])).toEqual([['notes', 2, [1, 2], 48170, 72170]]);
    expect(r.sql).not.toMatch(/ucs2 (this|or a narrower)|CHARACTER SET ucs2|such as ucs2/);
    expect(r.sql).toContain('Required: table notes needs a character set of at most 2 bytes per character, such as latin1 (better, make some of its long VARCHAR columns TEXT in the plan so that it fits utf8mb4 (a narrow character set cannot hold most of Unicode; ucs2, the 2-byte one, is deprecated since MySQL 8.0.28 and cannot be a client character set))');
    expect(r.sql).toContain("Make latin1 this database''s default character set (ALTER DATABASE");
    const e = await validateError('nw', dir);
    expect(e).toMatch(/table notes needs a character set of at most 2 bytes per character, such as latin1 \(under utf8mb4 a row of it declares 96,170 bytes, over MySQL's row size limit of 65,535 bytes\), .*; better, make some of its long VARCHAR columns TEXT .*\(verify_database: \{ mysql_character_set: latin1 \}\)/);
  });

  it('100 VARCHAR(255), which fit 2 bytes per character only (latin1 keeps them on the page): TEXT columns first, ucs2 as the last resort', () => {
    const r = compile({ product: 'nw', from: '0', to: '1.0', dialect: 'mysql', plansDir: product('nw', 'mysql', table(100, 'varchar(255)')) });
    expect(r.rowSize.map((n) => [n.table, n.most, n.fits])).toEqual([['notes', 2, [2]]]);
    expect(r.sql).toMatch(/Required: table notes needs a character set of 2 bytes per character, such as ucs2, and not of 1, 3 or 4 \([^)]*\); better, make some of its long VARCHAR columns TEXT in the plan so that it fits utf8mb4 /);
    expect(r.sql).toContain("stops if it is one its table does not fit, or if InnoDB's page is not 16 KB or the table's row format not DYNAMIC (what those figures assume).");
  });
});

describe('6, 7. MySQL knowledge stays in src/dialects; the header says "takes, or has, before"', () => {
  it('src/compile/validate.ts names no MySQL key, engine or character set (the dialect\'s RowSizeRule does)', () => {
    const text = readFileSync(join(projectRoot(), 'src/compile/validate.ts'), 'utf8');
    expect(text.match(/mysql|mariadb|utf8mb|latin1/gi)).toBeNull();
  });

  it('an upgrade that creates a table needing utf8mb3: the header\'s "the character set each such table takes, or has, before its first change"', () => {
    const notes = `      columns:\n        - { name: id, type: bigint, nullable: false }\n${Array.from({ length: 40 }, (_, i) => `        - { name: c${i + 1}, type: "varchar(63)" }\n`).join('')}      primary_key: { columns: [id] }\n`;
    const dir = tempPlansDir();
    writePlanFile(dir, 'hd', 'product.yaml', 'product: hd\ntitle: hd\nversions: ["1.0", "1.1"]\ndialects: [mysql]\n');
    writePlanFile(dir, 'hd', '0-1.0.yaml', 'product: hd\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: first\n      columns: [{ name: id, type: bigint, nullable: false }]\n      primary_key: { columns: [id] }\n');
    writePlanFile(dir, 'hd', '1.0-1.1.yaml', `product: hd\nfrom: "1.0"\nto: "1.1"\nsummary: wide\nsteps:\n  - create_table:\n      name: wide\n${notes}`);
    const r = compile({ product: 'hd', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir });
    expect(r.sql).toMatch(/^-- charset: .* The script checks the character set each such table takes, or has, before its first change and stops if it is wider, or if InnoDB's page is not 16 KB or the table's row format not DYNAMIC \(what those figures assume\)\.$/m);
  });
});

// 1, continued: InnoDB's page does not make every narrower character set fit. 40 VARCHAR(80) fit utf8mb4 (off the
// page) and latin1, not utf8mb3 (241 bytes each on it); 33 CHAR(250) NOT NULL fit any multi-byte character set, not
// latin1 (a latin1 CHAR keeps its 250 bytes on the page).
const MIXED = {
  '0-1.0.yaml': `product: mixed\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: first\n      columns: [{ name: id, type: bigint, nullable: false }]\n      primary_key: { columns: [id] }\n  - create_table:\n      name: v\n      columns:\n        - { name: id, type: bigint, nullable: false }\n${Array.from({ length: 40 }, (_, i) => `        - { name: c${i}, type: "varchar(80)" }\n`).join('')}      primary_key: { columns: [id] }\n  - create_table:\n      name: chars\n      columns:\n        - { name: id, type: bigint, nullable: false }\n${Array.from({ length: 33 }, (_, i) => `        - { name: c${i}, type: "char(250)", nullable: false }\n`).join('')}      primary_key: { columns: [id] }\n`,
};

describe('1. the widths a table fits, where InnoDB\'s page leaves a narrower one out', () => {
  it('the script checks both tables; plan validate takes the default (utf8mb4) and refuses utf8mb3 and latin1', async () => {
    const dir = product('mixed', 'mysql', MIXED);
    const r = compile({ product: 'mixed', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir });
    expect(r.rowSize.map((n) => [n.table, n.most, n.fits])).toEqual([['v', 4, [1, 2, 4]], ['chars', 4, [2, 3, 4]]]);
    expect(r.sql).toContain('Required: table v needs a character set of 1, 2 or 4 bytes per character, such as utf8mb4, and not of 3');
    expect(await validateAll('mixed', dir)).toEqual([expect.stringMatching(/^mixed: 1 plan valid/)]);
    const named = (cs: string) => {
      writePlanFile(dir, 'mixed', 'product.yaml', `product: mixed\ntitle: mixed\nversions: ["1.0"]\ndialects: [mysql]\nverify_database:\n  mysql_character_set: ${cs}\n`);
      return validateError('mixed', dir);
    };
    expect(await named('utf8mb3')).toMatch(/product\.yaml:6:3: verify_database: mysql_character_set utf8mb3 \(3 bytes per character\) does not fit: table v needs a character set of 1, 2 or 4 bytes per character, such as utf8mb4, and not of 3 .*\(under utf8mb3 a row of it keeps up to 9,671 bytes on its page/);
    expect(await named('latin1')).toMatch(/mysql_character_set latin1 \(1 bytes per character\) does not fit: table chars needs a character set of 2, 3 or 4 bytes per character/);
  });
});

await describeServer('1. the widths a table fits, on MariaDB through the mariadb client', 'mysql', (url) => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.close();
  }, 120_000);

  it('latin1 stops at chars, utf8mb3 at v, before any change; utf8mb4 installs', async () => {
    const sql = compile({ product: 'mixed', from: '0', to: '1.0', dialect: 'mysql', plansDir: product('mixed', 'mysql', MIXED) }).sql;
    const u = new URL(url);
    const outcome = async (charset: string) => {
      const s = await openScratch('mysql', { url, mysqlCharacterSet: charset });
      scratches.push(s);
      const r = spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), s.name], { input: sql, encoding: 'utf8' });
      const tables = (await s.query<{ t: string }>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1')).map((x) => x.t);
      return { stdout: r.stdout, stderr: r.stderr, tables };
    };
    const latin1 = await outcome('latin1');
    expect(latin1.stdout).toContain("plan stopped: latin1 does not fit table chars: table chars would take this database's default character set, latin1 (1 bytes per character), under which a row of chars keeps up to 8,276 bytes on its page");
    expect(latin1.tables).toEqual([]);
    const mb3 = await outcome('utf8mb3');
    expect(mb3.stdout).toContain('plan stopped: utf8mb3 does not fit table v: ');
    expect(mb3.tables).toEqual([]);
    const mb4 = await outcome('utf8mb4');
    expect(mb4.stderr).toBe('');
    expect(mb4.stdout).toContain('plan: mixed 0 → 1.0 applied');
    expect(mb4.tables).toEqual(['chars', 'first', 'v']);
  }, 120_000);
});
