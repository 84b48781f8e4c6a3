// MySQL's row size limit (65,535 bytes, a VARCHAR(n) counting n × its character set's bytes per character): a table
// that fits utf8mb3 and not utf8mb4 made AuthHero's MySQL install fail at its 105th statement with 104 committed
// (error 1118 on resource_servers). The rule (src/dialects/mysql/row-size.ts) with the MySQL 8.0 manual's figures and
// the boundaries measured on MariaDB; the model's refusal of a table that fits no character set; the check every
// MySQL script makes before its first change for a table it creates or widens that does not fit utf8mb4
// (src/compile/preflight/row-size.ts), on MariaDB through the mariadb client; and plan validate's word on
// product.yaml verify_database.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { validateAll } from '../src/compile/validate.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { columnBytes, fittingWidths, maxBytesPerCharacter, pageBytes, pageFits, rowBytes, rowWithinLimit } from '../src/dialects/mysql/row-size.js';
import type { Column } from '../src/model/model.js';
import { PlanError } from '../src/plan/errors.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';
import { demoProduct, planError, PRODUCT_YAML, tempPlansDir, writePlanFile } from './helpers/plans.js';

const col = (type: string, nullable = false, name = 'c'): Column => ({ name, type, nullable });
const table = (...columns: Column[]) => ({ columns: columns.map((c, i) => ({ ...c, name: `c${i + 1}` })) });
const many = (n: number, type: string, nullable = false) => table(...Array.from({ length: n }, () => col(type, nullable)));

describe('the row size rule (MySQL 8.0 manual, "Limits on Table Column Count and Row Size")', () => {
  it('a VARCHAR(255): 767 bytes in utf8mb3 (the manual: "two bytes to store the length … up to 767 bytes"), 1,022 in utf8mb4', () => {
    expect(columnBytes(col('VARCHAR(255)'), 3)).toEqual({ bytes: 767, variable: true });
    expect(columnBytes(col('VARCHAR(255)'), 4)).toEqual({ bytes: 1022, variable: true });
    // One length byte while the longest value is 255 bytes or less ("L + 1 bytes if column values require 0 − 255 bytes").
    expect(columnBytes(col('VARCHAR(63)'), 4).bytes).toBe(253);
    expect(columnBytes(col('VARCHAR(64)'), 4).bytes).toBe(258);
    // CHAR(M): "M × w bytes".
    expect(columnBytes(col('CHAR(36)'), 4)).toEqual({ bytes: 144, variable: false });
  });

  it('a table of VARCHAR(255) NOT NULL columns: 64 fit utf8mb4 (65,408 bytes), 65 do not (66,430) but fit utf8mb3 (49,855); 85 fit utf8mb3 (65,195), 86 do not (65,962)', () => {
    expect(rowBytes(many(64, 'VARCHAR(255)'), 4)).toBe(65408);
    expect(maxBytesPerCharacter(many(64, 'VARCHAR(255)'))).toBe(4);
    expect(rowBytes(many(65, 'VARCHAR(255)'), 4)).toBe(66430);
    expect(rowBytes(many(65, 'VARCHAR(255)'), 3)).toBe(49855);
    expect(maxBytesPerCharacter(many(65, 'VARCHAR(255)'))).toBe(3);
    expect(rowBytes(many(85, 'VARCHAR(255)'), 3)).toBe(65195);
    expect(rowBytes(many(86, 'VARCHAR(255)'), 3)).toBe(65962);
    expect(maxBytesPerCharacter(many(86, 'VARCHAR(255)'))).toBe(2);
  });

  it("the manual's examples in latin1: t1 (VARCHAR(32765) and VARCHAR(32766) NOT NULL) is 65,535 bytes and fits; t2 (VARCHAR(65535)) does not; t3, t1 with NULL columns, does not", () => {
    const t1 = table(col('VARCHAR(32765)'), col('VARCHAR(32766)'));
    expect(rowBytes(t1, 1)).toBe(65535);
    expect(rowWithinLimit(t1, 1)).toBe(true);
    expect(rowWithinLimit(table(col('VARCHAR(65535)')), 1)).toBe(false);
    const t3 = table(col('VARCHAR(32765)', true), col('VARCHAR(32766)', true));
    expect(rowBytes(t3, 1)).toBe(65536);
    expect(rowWithinLimit(t3, 1)).toBe(false);
  });

  it('TEXT and BLOB count 10 bytes, JSON 12, fixed types their sizes; NULL columns a bit each, a row of fixed-length columns one more', () => {
    expect(rowBytes(table(col('TEXT'), col('BLOB'), col('JSON')), 4)).toBe(32);
    expect(rowBytes(table(col('BIGINT'), col('INT'), col('SMALLINT'), col('BOOLEAN'), col('DATE'), col('TIMESTAMP'), col('DATETIME'), col("ENUM('a','b')")), 4)).toBe(8 + 4 + 2 + 1 + 3 + 4 + 5 + 1 + 1);
    expect(rowBytes(table(col('TEXT'), ...Array.from({ length: 8 }, () => col('INT', true))), 4)).toBe(10 + 32 + 1);
    expect(rowBytes(table(col('TEXT'), ...Array.from({ length: 9 }, () => col('INT', true))), 4)).toBe(10 + 36 + 2);
    expect(rowBytes(table(col('INT')), 4)).toBe(4 + 1);
  });

  it("AuthHero's resource_servers: 76,939 bytes at 11.20 under utf8mb4, 57,714 under utf8mb3; at 11.21 (scopes TEXT) it fits utf8mb4", () => {
    const at = (v: string) => compile({ product: 'authhero', from: '0', to: v, dialect: 'mysql' }).after.tables.find((t) => t.name === 'resource_servers')!;
    expect(rowBytes(at('11.20'), 4)).toBe(76939);
    expect(rowBytes(at('11.20'), 3)).toBe(57714);
    expect(maxBytesPerCharacter(at('11.20'))).toBe(3);
    expect(maxBytesPerCharacter(at('11.21'))).toBe(4);
  });
});

describe("InnoDB's page (the second rule): a row keeps under 8,126 bytes on its 16 KB page, long columns off it", () => {
  // c1 BIGINT NOT NULL, the primary key, then `rest`.
  const keyed = (...rest: Column[]) => ({ ...table(col('BIGINT'), ...rest), primaryKey: { name: 'pk', columns: ['c1'] } });
  const n = (k: number, type: string, nullable = false) => Array.from({ length: k }, () => col(type, nullable));

  it('40 VARCHAR(63) NOT NULL and a BIGINT key: 7,626 bytes in utf8mb3 (40 × 190 + 26), 10,146 in utf8mb4 (40 × 253 + 26), so utf8mb3 or narrower', () => {
    const wide = keyed(...n(40, 'VARCHAR(63)'));
    expect(pageBytes(wide, 3)).toBe(7626);
    expect(pageBytes(wide, 4)).toBe(10146);
    // The 65,535 rule alone let any character set be.
    expect(rowWithinLimit(wide, 4)).toBe(true);
    expect(pageFits(wide, 4)).toBe(false);
    expect(maxBytesPerCharacter(wide)).toBe(3);
  });

  it('a VARCHAR or multi-byte CHAR of at most 255 bytes keeps its bytes + 1, a longer one and TEXT, BLOB, JSON 21; a latin1 CHAR its length; no key, 6 bytes of DB_ROW_ID', () => {
    const base = pageBytes(keyed(), 4);
    expect(base).toBe(5 + 6 + 7 + 8);
    expect(pageBytes(keyed(col('VARCHAR(63)')), 4) - base).toBe(253);
    expect(pageBytes(keyed(col('VARCHAR(64)')), 4) - base).toBe(21);
    expect(pageBytes(keyed(col('VARCHAR(85)')), 3) - base).toBe(256);
    expect(pageBytes(keyed(col('VARCHAR(86)')), 3) - base).toBe(21);
    expect(pageBytes(keyed(col('CHAR(36)')), 4) - base).toBe(145);
    expect(pageBytes(keyed(col('CHAR(36)')), 1) - base).toBe(36);
    expect(pageBytes(keyed(col('CHAR(100)')), 3) - base).toBe(21);
    expect(pageBytes(keyed(col('TEXT'), col('BLOB'), col('JSON')), 4) - base).toBe(63);
    expect(pageBytes(keyed(...n(9, 'INT', true)), 4) - base).toBe(36 + 2);
    expect(pageBytes(table(col('BIGINT')), 4)).toBe(base + 6);
    // A unique key of NOT NULL columns clusters the table as a primary key would; a nullable one does not.
    expect(pageBytes({ ...table(col('BIGINT')), uniques: [{ name: 'u', columns: ['c1'] }] }, 4)).toBe(base);
    expect(pageBytes({ ...table(col('BIGINT', true)), uniques: [{ name: 'u', columns: ['c1'] }] }, 4)).toBe(base + 6 + 1);
  });

  it('not every narrower width fits: 40 VARCHAR(80) fit 1, 2 and 4 bytes per character, not 3; 33 CHAR(250) fit 2, 3 and 4, not 1', () => {
    expect(fittingWidths(keyed(...n(40, 'VARCHAR(80)')))).toEqual([1, 2, 4]);
    expect(pageBytes(keyed(...n(40, 'VARCHAR(80)')), 3)).toBe(26 + 40 * 241);
    expect(fittingWidths(keyed(...n(33, 'CHAR(250)')))).toEqual([2, 3, 4]);
    expect(pageBytes(keyed(...n(33, 'CHAR(250)')), 1)).toBe(26 + 33 * 250);
  });

  it('a table over the page even in latin1 is refused at its step, with what to do', () => {
    // 130 VARCHAR(63) NOT NULL, no key: 24 + 130 × 64 = 8,344 bytes in latin1 (and more in any wider character set).
    const cols = Array.from({ length: 130 }, (_, i) => `        - { name: c${i}, type: varchar(63), nullable: false }\n`).join('');
    const dir = demoProduct({ '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: many\n      columns:\n${cols}` });
    const e = planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }));
    expect(e.message).toMatch(/create_table: table many: a row of it keeps up to 8,344 bytes on its page even at one byte per character \(a single-byte character set such as latin1\), over InnoDB's limit on a row kept on its 16 KB page \(under 8,126 bytes\), so no character set lets the engine create it: make some of its VARCHAR or CHAR columns TEXT, which keep 21 bytes on the page \(their values are stored apart\)$/);
    expect(e.message.split('\n')).toHaveLength(1);
  });
});

// A demo product: `small` (fits anything), then `notes`, whose three VARCHAR(6000) fit utf8mb3 and not utf8mb4.
const NOTES = (cols: string[]) => `      columns:\n        - { name: id, type: varchar(36), nullable: false }\n${cols.map((c) => `        - { name: ${c}, type: varchar(6000) }\n`).join('')}      primary_key: { columns: [id] }\n`;
const WIDE = {
  '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: small\n      columns: [{ name: id, type: varchar(16), nullable: false }]\n      primary_key: { columns: [id] }\n  - create_table:\n      name: notes\n${NOTES(['a', 'b', 'c'])}`,
};
// The same table made in 1.0 with two columns (fits utf8mb4), the third added by 1.0 → 1.1 (needs utf8mb3).
const WIDENED = {
  '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: notes\n${NOTES(['a', 'b'])}`,
  '1.0-1.1.yaml': `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: a third note\nsteps:\n  - add_column:\n      table: notes\n      column: { name: c, type: varchar(6000) }\n`,
};

// An upgrade that creates `notes` with a foreign key onto `small`: the new table takes small's character set.
const CREATED = {
  '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: small\n      columns: [{ name: id, type: varchar(16), nullable: false }]\n      primary_key: { columns: [id] }\n`,
  '1.0-1.1.yaml': `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: notes\nsteps:\n  - create_table:\n      name: notes\n${NOTES(['a', 'b', 'c', 'small_id']).replace('small_id, type: varchar(6000)', 'small_id, type: varchar(16)')}      foreign_keys: [{ name: notes_small_fkey, columns: [small_id], references: { table: small, columns: [id] } }]\n`,
};

describe('the check before the first change, in the script', () => {
  it('an install creating a table that fits utf8mb3 only: the header says what is required, the check sits after the version check and before the first change', () => {
    const r = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: demoProduct(WIDE) });
    expect(r.sql).toMatch(/^-- charset: {2}the tables take the database's default character set and collation\. Required: table notes needs utf8mb3 or a narrower one \(at most 3 bytes per character; [^)]*\): under utf8mb4 a row of it declares 72,152 bytes, over MySQL's row size limit of 65,535 bytes\. The script checks the database's default before its first change and stops if it is wider, or if InnoDB's page is not 16 KB or the table's row format not DYNAMIC \(what those figures assume\)\.$/m);
    const lines = r.sql.split('\n');
    const version = lines.findIndex((l) => l.startsWith('-- check that the database is at'));
    const check = lines.findIndex((l) => l.startsWith('-- character set: table notes needs a character set of at most 3 bytes per character'));
    const first = lines.findIndex((l) => l.startsWith('-- ====='));
    expect(version).toBeGreaterThan(0);
    expect(check).toBeGreaterThan(version);
    expect(check).toBeLessThan(first);
    expect(r.rowSize.map((n) => [n.table, n.most, n.bytes])).toEqual([['notes', 3, [18044, 36080, 54116, 72152]]]);
    // PostgreSQL has no such limit: nothing of it there.
    const pg = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'postgres', plansDir: demoProduct(WIDE) });
    expect(pg.sql).not.toMatch(/character set: |Required: /);
  });

  it('an upgrade that widens an existing table checks the table\'s own character set; its rollback narrows and checks nothing', () => {
    const dir = demoProduct(WIDENED);
    const up = compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir });
    expect(up.sql).toMatch(/^-- charset: {2}the columns this script adds or changes take their table's character set\. Required: table notes needs utf8mb3/m);
    expect(up.rowSize.map((n) => [n.table, n.source])).toEqual([['notes', { own: 'notes' }]]);
    const down = compile({ product: 'demo', from: '1.1', to: '1.0', dialect: 'mysql', plansDir: dir });
    expect(down.rowSize).toEqual([]);
    expect(down.sql).not.toMatch(/^-- charset:/m);
  });

  it('a table whose row fits no character set (not even latin1) is refused at compile, at its step', () => {
    const dir = demoProduct({
      '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: huge\n      columns:\n        - { name: a, type: varchar(40000) }\n        - { name: b, type: varchar(40000) }\n`,
    });
    const e = planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }));
    expect(e.message).toMatch(/\/demo\/0-1\.0\.yaml:7:7: create_table: table huge: a row of it declares 80,005 bytes even at one byte per character \(a single-byte character set such as latin1\), over MySQL's row size limit of 65,535 bytes, so no character set lets the engine create it: make some of its long VARCHAR columns TEXT, which count 10 bytes toward the limit \(their values are stored apart\)$/);
    expect(e.message.split('\n')).toHaveLength(1);
    // PostgreSQL takes it.
    expect(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir })).not.toThrow();
    // One VARCHAR longer than a column may be (MariaDB: 65,532 bytes), though the row would be 65,535.
    const one = demoProduct({ '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: one\n      columns:\n        - { name: a, type: varchar(65533), nullable: false }\n` });
    expect(planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: one })).message).toMatch(/create_table: table one: column a VARCHAR\(65533\) holds up to 65,533 bytes even at one byte per character \(a single-byte character set such as latin1\), over the 65,532 a VARCHAR column may hold on MariaDB \(error 1074\), so no character set lets the engine create it/);
  });

  it('out/: only the AuthHero MySQL scripts that create resource_servers at 11.20 or widen it back to it check a character set', () => {
    const out = join(projectRoot(), 'out');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.sql') && readFileSync(p, 'utf8').includes('\n-- character set: ')) files.push(relative(out, p));
      }
    };
    walk(out);
    expect(files.sort()).toEqual(['authhero/0-11.20/mysql/up.sql', 'authhero/11.20-11.21/mysql/down.sql']);
  });
});

describe('plan validate: product.yaml verify_database against what the tables need', () => {
  const withProduct = (extra: string) => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', extra).replace('["1.0", "1.1", "1.2"]', '["1.0"]'));
    writePlanFile(dir, 'demo', '0-1.0.yaml', WIDE['0-1.0.yaml']);
    return dir;
  };
  const failure = async (dir: string) => {
    try {
      await validateAll('demo', dir);
    } catch (e) {
      expect(e).toBeInstanceOf(PlanError);
      return (e as PlanError).message;
    }
    throw new Error('expected a PlanError');
  };

  it('utf8mb3 (or narrower) passes', async () => {
    expect(await validateAll('demo', withProduct('verify_database:\n  mysql_character_set: utf8mb3\n'))).toEqual([expect.stringMatching(/^demo: 1 plan valid/)]);
    expect(await validateAll('demo', withProduct('verify_database:\n  mysql_character_set: latin1\n'))).toEqual([expect.stringMatching(/^demo: 1 plan valid/)]);
  });

  it('utf8mb4 is refused at the line that names it; none at all, at the product file; an unknown name, at its line', async () => {
    expect(await failure(withProduct('verify_database:\n  mysql_character_set: utf8mb4\n'))).toMatch(/demo\/product\.yaml:6:3: verify_database: mysql_character_set utf8mb4 \(4 bytes per character\) is too wide: table notes needs a character set of at most 3 bytes per character, such as utf8mb3 \(under utf8mb4 a row of it declares 72,152 bytes, over MySQL's row size limit of 65,535 bytes\)/);
    expect(await failure(withProduct(''))).toMatch(/demo\/product\.yaml:1:1: table notes needs a character set of at most 3 bytes per character, such as utf8mb3 .*give plan verify a character set that fits \(verify_database: \{ mysql_character_set: utf8mb3 \}\)/);
    expect(await failure(withProduct('verify_database:\n  mysql_character_set: utf8mb5\n'))).toMatch(/product\.yaml:6:3: verify_database: mysql_character_set utf8mb5 is not a character set of MySQL or MariaDB that plan knows/);
  });
});

await describeServer('row size on MariaDB', 'mysql', (url) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await openScratch('mysql', { url });
  }, 120_000);
  afterAll(async () => s?.close(), 120_000);

  // The engine's verdict on the 65,535-byte rule: created, or refused with error 1118 "… is 65535 …" or 1074 ("Column
  // length too big"). InnoDB's own page limit ("Row size too large (> 8126)") is the other rule (below): it counts as
  // fitting here.
  const engineFits = async (cols: string[], charset: string): Promise<boolean> => {
    await s.query('DROP TABLE IF EXISTS t');
    try {
      await s.query(`CREATE TABLE t (${cols.join(', ')}) CHARACTER SET ${charset}`);
      return true;
    } catch (e) {
      const m = (e as Error).message;
      if (/is 65535|Column length too big/.test(m)) return false;
      if (/> 8126/.test(m)) return true;
      throw e;
    }
  };
  const sql = (c: Column, i: number) => `c${i + 1} ${c.type}${c.nullable ? ' NULL' : ' NOT NULL'}`;
  const CASES: { title: string; t: { columns: Column[] } }[] = [];
  const both = (title: string, at: (n: number) => { columns: Column[] }, n: number) => {
    CASES.push({ title: `${title} (${n})`, t: at(n) }, { title: `${title} (${n + 1})`, t: at(n + 1) });
  };
  // At the boundaries in utf8mb4 (4 bytes per character) …
  both('VARCHAR(n) NOT NULL', (n) => table(col(`VARCHAR(${n})`)), 16383);
  both('VARCHAR(n) and nine nullable INT', (n) => table(col(`VARCHAR(${n})`), ...Array.from({ length: 9 }, () => col('INT', true))), 16373);
  both('VARCHAR(n) and TEXT', (n) => table(col(`VARCHAR(${n})`), col('TEXT')), 16380);
  both('VARCHAR(n), BIGINT, TIMESTAMP, DATETIME, DATE, SMALLINT, BOOLEAN, ENUM', (n) => table(col(`VARCHAR(${n})`), col('BIGINT'), col('TIMESTAMP'), col('DATETIME'), col('DATE'), col('SMALLINT'), col('BOOLEAN'), col("ENUM('a','b')")), 16377);
  both('VARCHAR(n) and CHAR(36)', (n) => table(col(`VARCHAR(${n})`), col('CHAR(36)')), 16347);
  both('n VARCHAR(255)', (n) => many(n, 'VARCHAR(255)'), 64);
  // … in utf8mb3 …
  both('n VARCHAR(255), utf8mb3', (n) => many(n, 'VARCHAR(255)'), 85);
  // … and in latin1, byte by byte.
  both('latin1: VARCHAR(n) NOT NULL', (n) => table(col(`VARCHAR(${n})`)), 65532);
  both('latin1: VARCHAR(n) NULL', (n) => table(col(`VARCHAR(${n})`, true)), 65531);
  both('latin1: VARCHAR(n) and nine nullable INT', (n) => table(col(`VARCHAR(${n})`), ...Array.from({ length: 9 }, () => col('INT', true))), 65495);
  both('latin1: VARCHAR(n) and TEXT', (n) => table(col(`VARCHAR(${n})`), col('TEXT')), 65523);
  both('latin1: VARCHAR(n) and BLOB', (n) => table(col(`VARCHAR(${n})`), col('BLOB')), 65523);
  both('latin1: VARCHAR(n) and JSON', (n) => table(col(`VARCHAR(${n})`), col('JSON')), 65521);
  both('latin1: VARCHAR(n), BIGINT, TIMESTAMP, DATETIME, DATE, SMALLINT, BOOLEAN, ENUM', (n) => table(col(`VARCHAR(${n})`), col('BIGINT'), col('TIMESTAMP'), col('DATETIME'), col('DATE'), col('SMALLINT'), col('BOOLEAN'), col("ENUM('a','b')")), 65509);
  both('latin1: VARCHAR(n) and CHAR(36)', (n) => table(col(`VARCHAR(${n})`), col('CHAR(36)')), 65497);
  // A row of fixed-length columns only keeps a deleted flag among its NULL bits.
  both('latin1: 256 CHAR(255) and CHAR(n)', (n) => table(...Array.from({ length: 256 }, () => col('CHAR(255)')), col(`CHAR(${n})`)), 254);

  it('every case fits the engine exactly when the rule says it does, in latin1, utf8mb3 and utf8mb4', async () => {
    const found: string[] = [];
    const want: string[] = [];
    for (const c of CASES) {
      for (const [charset, w] of [['latin1', 1], ['utf8mb3', 3], ['utf8mb4', 4]] as const) {
        // (the TIMESTAMP column needs a default in strict mode on MariaDB: NOT NULL without one is refused otherwise)
        const cols = c.t.columns.map((x, i) => sql(x, i) + (x.type === 'TIMESTAMP' ? ' DEFAULT CURRENT_TIMESTAMP' : ''));
        found.push(`${c.title} ${charset}: ${(await engineFits(cols, charset)) ? 'fits' : 'too large'}`);
        want.push(`${c.title} ${charset}: ${rowWithinLimit(c.t, w) ? 'fits' : 'too large'}`);
      }
    }
    expect(found).toEqual(want);
    // Both outcomes are there: the cases sit on the boundaries.
    expect(want.filter((x) => x.endsWith('too large')).length).toBeGreaterThan(5);
    expect(want.filter((x) => x.endsWith('fits')).length).toBeGreaterThan(5);
  }, 120_000);
});

await describeServer("InnoDB's page on MariaDB", 'mysql', (url) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await openScratch('mysql', { url });
  }, 120_000);
  afterAll(async () => s?.close(), 120_000);

  // The engine's verdict on the page rule: created, or refused with "Row size too large (> 8126)".
  const engineFits = async (t: { columns: Column[]; primaryKey?: { columns: string[] } }, charset: string): Promise<boolean> => {
    const cols = t.columns.map((c) => `${c.name} ${c.type}${c.nullable ? ' NULL' : ' NOT NULL'}`);
    if (t.primaryKey) cols.push(`PRIMARY KEY (${t.primaryKey.columns.join(', ')})`);
    await s.query('DROP TABLE IF EXISTS t');
    try {
      await s.query(`CREATE TABLE t (${cols.join(', ')}) CHARACTER SET ${charset}`);
      return true;
    } catch (e) {
      if (/> 8126/.test((e as Error).message)) return false;
      throw e;
    }
  };
  const keyed = (...rest: Column[]) => ({ ...table(col('BIGINT'), ...rest), primaryKey: { name: 'pk', columns: ['c1'] } });
  const n = (k: number, type: string, nullable = false) => Array.from({ length: k }, () => col(type, nullable));
  const CASES: { title: string; t: { columns: Column[]; primaryKey?: { name: string; columns: string[] } }; charset: string; w: number }[] = [];
  const both = (title: string, at: (k: number) => CASES[number]['t'], k: number, charset: string, w: number) => {
    CASES.push({ title: `${title} (${k}) ${charset}`, t: at(k), charset, w }, { title: `${title} (${k + 1}) ${charset}`, t: at(k + 1), charset, w });
  };
  // Byte by byte at 8,125 | 8,126: a BIGINT key (26 bytes with header and system columns), 32 VARCHAR(250) (251 each) …
  both('key, 32 VARCHAR(250), VARCHAR(k)', (k) => keyed(...n(32, 'VARCHAR(250)'), col(`VARCHAR(${k})`)), 66, 'latin1', 1);
  // … without a key (DB_ROW_ID, 6 more) …
  both('no key, 32 VARCHAR(250), VARCHAR(k)', (k) => table(col('BIGINT'), ...n(32, 'VARCHAR(250)'), col(`VARCHAR(${k})`)), 60, 'latin1', 1);
  // … with nine nullable INT (36 bytes and 2 of NULL bits) …
  both('key, nine nullable INT, 31 VARCHAR(250), VARCHAR(k)', (k) => keyed(...n(9, 'INT', true), ...n(31, 'VARCHAR(250)'), col(`VARCHAR(${k})`)), 279 - 251, 'latin1', 1);
  // … with TEXT, BLOB, JSON (21 each), and a long VARCHAR (off the page, 21) …
  both('key, TEXT, BLOB, JSON, VARCHAR(300), 31 VARCHAR(250), VARCHAR(k)', (k) => keyed(col('TEXT'), col('BLOB'), col('JSON'), col('VARCHAR(300)'), ...n(31, 'VARCHAR(250)'), col(`VARCHAR(${k})`)), 233, 'latin1', 1);
  // … CHAR in latin1 (its length) and utf8mb4 (variable: bytes + 1) …
  both('key, 32 CHAR(250), CHAR(k)', (k) => keyed(...n(32, 'CHAR(250)'), col(`CHAR(${k})`)), 99, 'latin1', 1);
  both('key, 32 VARCHAR(63), CHAR(1), k BOOLEAN', (k) => keyed(...n(32, 'VARCHAR(63)'), ...n(k, 'BOOLEAN')), 3, 'utf8mb4', 4);
  // … and the reproduction: 40 VARCHAR(63) fit utf8mb3, not utf8mb4; at 32 and 33 in utf8mb4.
  both('key, k VARCHAR(63)', (k) => keyed(...n(k, 'VARCHAR(63)')), 32, 'utf8mb4', 4);
  CASES.push({ title: 'key, 40 VARCHAR(63) utf8mb3', t: keyed(...n(40, 'VARCHAR(63)')), charset: 'utf8mb3', w: 3 });
  CASES.push({ title: 'key, 40 VARCHAR(63) utf8mb4', t: keyed(...n(40, 'VARCHAR(63)')), charset: 'utf8mb4', w: 4 });
  // At the 255-byte line: VARCHAR(63) keeps 253 bytes in utf8mb4, VARCHAR(64) 21.
  CASES.push({ title: 'key, 33 VARCHAR(64) utf8mb4', t: keyed(...n(33, 'VARCHAR(64)')), charset: 'utf8mb4', w: 4 });
  // Not every narrower width: 40 VARCHAR(80) fit utf8mb4 and latin1, not utf8mb3; 33 CHAR(250) fit utf8mb3, not latin1.
  for (const [charset, w] of [['latin1', 1], ['utf8mb3', 3], ['utf8mb4', 4]] as const) {
    CASES.push({ title: `key, 40 VARCHAR(80) ${charset}`, t: keyed(...n(40, 'VARCHAR(80)')), charset, w });
    CASES.push({ title: `key, 33 CHAR(250) ${charset}`, t: keyed(...n(33, 'CHAR(250)')), charset, w });
  }

  it('every case fits the engine exactly when the rule says it does', async () => {
    const found: string[] = [];
    const want: string[] = [];
    for (const c of CASES) {
      found.push(`${c.title}: ${(await engineFits(c.t, c.charset)) ? 'fits' : 'too large'}`);
      want.push(`${c.title}: ${pageFits(c.t, c.w) ? 'fits' : 'too large'}`);
      // (none of them near the 65,535)
      expect(rowWithinLimit(c.t, c.w)).toBe(true);
    }
    expect(found).toEqual(want);
    expect(want.filter((x) => x.endsWith('too large')).length).toBeGreaterThan(5);
    expect(want.filter((x) => x.endsWith('fits')).length).toBeGreaterThan(5);
  }, 120_000);
});

await describeServer('the character set check on MariaDB, through the mariadb client', 'mysql', (url) => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.close();
  }, 120_000);
  /** A scratch database of `charset`, and `run` that applies a script to it with the mariadb client as a DBA does. */
  const database = async (charset: string) => {
    const s = await openScratch('mysql', { url, mysqlCharacterSet: charset });
    scratches.push(s);
    const u = new URL(url);
    const run = (script: string) => spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), s.name], { input: script, encoding: 'utf8' });
    const tables = async () => (await s.query<{ t: string; c: string }>('SELECT TABLE_NAME AS t, TABLE_COLLATION AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1')).map((r) => `${r.t} ${r.c.split('_')[0]}`);
    return { s, run, tables };
  };

  it('install: a utf8mb4 database stops before any change (no table made), naming the table, its bytes, the character set and what fits; utf8mb3 installs', async () => {
    const sql = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: demoProduct(WIDE) }).sql;
    const mb4 = await database('utf8mb4');
    const r = mb4.run(sql);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain(`plan stopped: utf8mb4 is too wide for table notes: table notes would take this database's default character set, utf8mb4 (4 bytes per character), under which a row of notes declares 72,152 bytes, over MySQL's row size limit of 65,535 bytes (error 1118, "Row size too large"); it needs utf8mb3 or a narrower one`);
    expect(r.stdout).toContain(`Make utf8mb3 this database's default character set (ALTER DATABASE \`${mb4.s.name}\` CHARACTER SET utf8mb3; a table already made keeps its own, so first drop any demo table an earlier run left), then run this script again. Nothing was changed.`);
    expect(r.stderr).toMatch(/ERROR 1146 .*plan stopped: utf8mb4 is too wide for table notes/);
    expect(await mb4.tables()).toEqual([]);
    // As the message says: the default made utf8mb3, the same file installs.
    await mb4.s.query(`ALTER DATABASE \`${mb4.s.name}\` CHARACTER SET utf8mb3`);
    const again = mb4.run(sql);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('plan: demo 0 → 1.0 applied');
    expect(await mb4.tables()).toEqual(['notes utf8mb3', 'small utf8mb3']);
    // Once applied, a run again checks nothing (the statement that needed it is done), whatever the default is now.
    await mb4.s.query(`ALTER DATABASE \`${mb4.s.name}\` CHARACTER SET utf8mb4`);
    expect(mb4.run(sql).status).toBe(0);
  }, 120_000);

  it("upgrade that creates a table: the character set of the product's table it takes it from counts, not the database's", async () => {
    const dir = demoProduct(CREATED);
    const install = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }).sql;
    const upgrade = compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir });
    expect(upgrade.rowSize.map((n) => [n.table, n.most])).toEqual([['notes', 3]]);
    expect(upgrade.sql).toMatch(/^-- charset: {2}each table this script creates takes the character set and collation of the product's existing tables .* Required: table notes needs utf8mb3 or a narrower one/m);
    const bytes = upgrade.rowSize[0].bytes[3].toLocaleString('en-US');
    // small is utf8mb4 in a utf8mb3 database: notes would be utf8mb4 too (its foreign key needs it alike).
    const a = await database('utf8mb3');
    expect(a.run(install).status).toBe(0);
    await a.s.query('ALTER TABLE small CONVERT TO CHARACTER SET utf8mb4');
    const r = a.run(upgrade.sql);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain(`plan stopped: utf8mb4 is too wide for table notes: table notes would take the character set of table small, utf8mb4 (4 bytes per character), as the tables this script creates take the character set of demo's tables already here (both sides of a foreign key need one), under which a row of notes declares ${bytes} bytes`);
    expect(r.stdout).toContain("Stay at demo 1.0, or convert demo's tables to utf8mb3 first");
    expect(await a.tables()).toEqual(['small utf8mb4']);
    // small is utf8mb3 in a utf8mb4 database: notes is made, utf8mb3.
    const b = await database('utf8mb4');
    expect(b.run(install).status).toBe(0);
    await b.s.query('ALTER TABLE small CONVERT TO CHARACTER SET utf8mb3');
    const ok = b.run(upgrade.sql);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('plan: demo 1.0 → 1.1 applied');
    expect(await b.tables()).toEqual(['notes utf8mb3', 'small utf8mb3']);
  }, 120_000);

  // The figures of the check (row-size.ts) hold for InnoDB's 16 KB page and the DYNAMIC row format only, which
  // compile cannot see: the script verifies both before the character set and stops, on one line, when either
  // differs. This server's page size cannot change (16 KB): that branch runs with @@innodb_page_size read as 8192, and
  // innodb_default_row_format (global, shared by other sessions) as 'compact', in the script's own statements.
  it('a table of ROW_FORMAT=COMPACT, a default row format or a page size other than the assumed ones: stops before any change, naming what differs and what was assumed', async () => {
    const dir = demoProduct(WIDENED);
    const install = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }).sql;
    const up = compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir }).sql;
    const a = await database('utf8mb3');
    expect(a.run(install).status).toBe(0);
    await a.s.query('ALTER TABLE notes ROW_FORMAT=COMPACT');
    const r = a.run(up);
    expect(r.status).not.toBe(0);
    const line = r.stdout.split('\n').filter((l) => l.startsWith('plan stopped'));
    expect(line).toEqual([
      "plan stopped: table notes has ROW_FORMAT=COMPACT, and this script's check of the row size of table notes assumes InnoDB's 16 KB page and ROW_FORMAT=DYNAMIC (a row keeps under 8,126 bytes on the page, long columns off it), the only ones plan models: COMPACT and REDUNDANT keep the first 768 bytes of each long column on the page, COMPRESSED has the limits of its KEY_BLOCK_SIZE. Stay at demo 1.0, or convert it first (ALTER TABLE … ROW_FORMAT=DYNAMIC), then run this script again. Nothing was changed.",
    ]);
    expect(r.stdout).not.toContain('is too wide');
    expect(Number((await a.s.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notes' AND COLUMN_NAME = 'c'`))[0].n)).toBe(0);
    // As the message says: converted, the same file goes in.
    await a.s.query('ALTER TABLE notes ROW_FORMAT=DYNAMIC');
    const ok = a.run(up);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('plan: demo 1.0 → 1.1 applied');

    const wide = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: demoProduct(WIDE) }).sql;
    expect(wide.split('@@innodb_default_row_format').length).toBe(2);
    const b = await database('utf8mb3');
    const compact = b.run(wide.replace('@@innodb_default_row_format', "'compact'"));
    expect(compact.status).not.toBe(0);
    expect(compact.stdout.split('\n').filter((l) => l.startsWith('plan stopped'))).toEqual([
      "plan stopped: table notes would take this server's innodb_default_row_format, COMPACT, and this script's check of the row size of table notes assumes InnoDB's 16 KB page and ROW_FORMAT=DYNAMIC (a row keeps under 8,126 bytes on the page, long columns off it), the only ones plan models: COMPACT and REDUNDANT keep the first 768 bytes of each long column on the page, COMPRESSED has the limits of its KEY_BLOCK_SIZE. Make DYNAMIC the default first (SET GLOBAL innodb_default_row_format = 'dynamic'), then run this script again. Nothing was changed.",
    ]);
    expect(await b.tables()).toEqual([]);
    const page = b.run(wide.replaceAll('@@innodb_page_size', '8192'));
    expect(page.status).not.toBe(0);
    expect(page.stdout.split('\n').filter((l) => l.startsWith('plan stopped'))).toEqual([
      "plan stopped: this server's InnoDB page is 8 KB (innodb_page_size 8192), and this script's check of the row size of table notes assumes InnoDB's 16 KB page and ROW_FORMAT=DYNAMIC (a row keeps under 8,126 bytes on the page, long columns off it), the only ones plan models: on other pages the limit differs, so it cannot tell which character sets fit. Run this script on a server of 16 KB pages (the page size is set when a server is initialized). Nothing was changed.",
    ]);
    expect(page.stderr).toMatch(/ERROR 1146 .*plan stopped: this server's InnoDB page is 8 KB/);
    expect(await b.tables()).toEqual([]);
    // This server as it is (16 KB, DYNAMIC): the check passes and the install goes in.
    const as = b.run(wide);
    expect(as.stderr).toBe('');
    expect(await b.tables()).toEqual(['notes utf8mb3', 'small utf8mb3']);
  }, 120_000);

  it("upgrade that adds a column: the table's own character set counts, not the database's", async () => {
    const dir = demoProduct(WIDENED);
    const install = compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir }).sql;
    const up = compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir }).sql;
    // A utf8mb4 table in a utf8mb3 database: stops, naming the table's character set.
    const a = await database('utf8mb4');
    expect(a.run(install).status).toBe(0);
    await a.s.query(`ALTER DATABASE \`${a.s.name}\` CHARACTER SET utf8mb3`);
    const r = a.run(up);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('plan stopped: utf8mb4 is too wide for table notes: table notes has character set utf8mb4 (4 bytes per character), which the columns this script adds or changes take, under which a row of notes declares 72,152 bytes');
    expect(r.stdout).toContain('Stay at demo 1.0, or convert table notes to utf8mb3 first');
    expect(Number((await a.s.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notes' AND COLUMN_NAME = 'c'`))[0].n)).toBe(0);
    // A utf8mb3 table in a utf8mb4 database: the column goes in.
    const b = await database('utf8mb3');
    expect(b.run(install).status).toBe(0);
    await b.s.query(`ALTER DATABASE \`${b.s.name}\` CHARACTER SET utf8mb4`);
    const ok = b.run(up);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('plan: demo 1.0 → 1.1 applied');
  }, 120_000);
});
