// Reported: plan verify printed "(1 statements)" and "note: 1 generated rows refused by the engine". Every message
// with a count and a noun now goes through one helper (src/plural.ts), which makes them agree in number; each case
// here is checked with 1 and with 2.
import { afterAll, describe, expect, it } from 'vitest';
import { plural } from '../src/plural.js';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { FIXTURE_PLANS } from './helpers/plans.js';

afterAll(() => closeAllScratches());

describe('plural: a count and its noun agree in number', () => {
  it('1 and 2 (and 0, a count read from a driver as text, an irregular plural)', () => {
    expect(plural(1, 'statement')).toBe('1 statement');
    expect(plural(2, 'statement')).toBe('2 statements');
    expect(plural(0, 'statement')).toBe('0 statements');
    expect(plural('1', 'row')).toBe('1 row');
    expect(plural(2n, 'row')).toBe('2 rows');
    expect(plural(1, 'statement boundary', 'statement boundaries')).toBe('1 statement boundary');
    expect(plural(2, 'statement boundary', 'statement boundaries')).toBe('2 statement boundaries');
  });
});

/**
 * A product whose one table the seeder fills with three generated rows (row 1 NULL wherever a column allows it), of
 * which the CHECK `check` refuses some: `v IS NOT NULL` refuses row 1 only, `v IS NULL` rows 0 and 2.
 */
function checkedProduct(check: string): string {
  const dir = tempPlansDir();
  writePlanFile(dir, 'ck', 'product.yaml', 'product: ck\ntitle: refused rows\nversions: ["1.0", "1.1"]\ndialects: [postgres]\n');
  writePlanFile(dir, 'ck', '0-1.0.yaml', `product: ck\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n  - create_table:\n      name: t\n      columns:\n        - { name: id, type: integer, nullable: false }\n        - { name: v, type: integer }\n      primary_key: { columns: [id] }\n      checks:\n        - { name: t_v_check, expression: '${check}' }\n`);
  writePlanFile(dir, 'ck', '1.0-1.1.yaml', 'product: ck\nfrom: "1.0"\nto: "1.1"\nsummary: a column\nsteps:\n  - add_column: { table: t, column: { name: w, type: integer } }\n');
  return dir;
}

describe('plan verify (PGlite): the generated rows the engine refused, 1 and 2; the statement counts', () => {
  it.each([
    ['v IS NOT NULL', 'note: 1 generated row refused by the engine, e.g. t: '],
    ['v IS NULL', 'note: 2 generated rows refused by the engine, e.g. t: '],
  ])('CHECK (%s): %s…', async (check, note) => {
    const r = await verify({ product: 'ck', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: checkedProduct(check), sample: 1 });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    const seeded = r.checks.find((c) => c.check.startsWith('from: '))!;
    expect(seeded.detail.find((x) => x.includes('refused by the engine'))).toContain(note);
    // The scripts' statement counts: more than one here, and in the plural.
    expect(r.checks.map((c) => c.check).filter((c) => /^(up|down): /.test(c))).toEqual(expect.arrayContaining([expect.stringMatching(/^up: 1\.0 → 1\.1 \(\d\d+ statements\)$/), expect.stringMatching(/^down: 1\.1 → 1\.0 \(\d\d+ statements\) restores the schema$/)]));
    expect(r.checks.map((c) => c.check).join('\n')).not.toMatch(/\b1 (statements|rows|tables|statement boundaries)\b/);
  });
});

describe('messages in scripts and errors', () => {
  it('MySQL header: lock_wait_timeout of 1 second, of 2 seconds; max_statement_time likewise', () => {
    const header = (lockMs: number, statementMs: number) => compile({ product: 'fixture', plansDir: FIXTURE_PLANS, from: '1.0', to: '1.1', dialect: 'mysql', timeouts: { lockMs, statementMs } }).sql;
    expect(header(1000, 1000)).toContain('-- lock:     lock_wait_timeout = 1 and innodb_lock_wait_timeout = 1 second, for this session');
    expect(header(1000, 1000)).toContain('-- statement: on MariaDB, max_statement_time = 1 second for each statement that changes something');
    expect(header(2000, 2000)).toContain('-- lock:     lock_wait_timeout = 2 and innodb_lock_wait_timeout = 2 seconds, for this session');
    expect(header(2000, 2000)).toContain('-- statement: on MariaDB, max_statement_time = 2 seconds for each statement that changes something');
  });

  it('a foreign key with 1 column, 2 columns, referencing another number of columns', () => {
    const refused = (cols: string, refs: string) => {
      const dir = tempPlansDir();
      writePlanFile(dir, 'fk', 'product.yaml', 'product: fk\ntitle: fk\nversions: ["1.0"]\ndialects: [postgres]\n');
      writePlanFile(dir, 'fk', '0-1.0.yaml', `product: fk\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n  - create_table:\n      name: p\n      columns:\n        - { name: a, type: integer, nullable: false }\n        - { name: b, type: integer, nullable: false }\n        - { name: c, type: integer, nullable: false }\n      primary_key: { columns: [a, b, c] }\n  - create_table:\n      name: t\n      columns:\n        - { name: a, type: integer }\n        - { name: b, type: integer }\n      foreign_keys:\n        - { name: t_p_fkey, columns: [${cols}], references: { table: p, columns: [${refs}] } }\n`);
      try {
        compile({ product: 'fk', plansDir: dir, from: '0', to: '1.0', dialect: 'postgres' });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(refused('a', 'a, b')).toMatch(/foreign key t_p_fkey has 1 column but references 2/);
    expect(refused('a, b', 'a, b, c')).toMatch(/foreign key t_p_fkey has 2 columns but references 3/);
  });
});
