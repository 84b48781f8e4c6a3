// Round trips (src/compile/round-trips.ts). Guards tell the states of a script apart by the catalog alone, so a
// plan whose steps bring the schema back to a state it had is refused, on the dialect where it happens, at the
// step that comes back and naming the step that left. Across the plans of a chain it stays allowed: a script
// whose last change comes back to an earlier state leaves that loop out, so its second run executes nothing,
// proven here on PGlite with plan verify and with an event trigger that logs every DDL command the script runs.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import { demoProduct, planError } from './helpers/plans.js';

const TABLE = 'create_table: { name: a, columns: [{ name: id, type: integer, nullable: false }, { name: v, type: "varchar(40)" }], primary_key: { columns: [id] } }';
const plan = (from: string, to: string, steps: string[]) =>
  `product: demo\nfrom: "${from}"\nto: "${to}"\nsummary: s\nsteps:\n${steps.map((s) => `  - ${s}\n`).join('')}`;

/** A product whose 1.0 has table a, and 1.0 → 1.1 holds `steps`. */
const oneUpgrade = (steps: string[]) => demoProduct({ '0-1.0.yaml': plan('0', '1.0', [TABLE]), '1.0-1.1.yaml': plan('1.0', '1.1', steps) });

describe('a plan that brings the schema back to an earlier state is refused', () => {
  const cases: [string, string[], number, string][] = [
    // The step is named as the script's banners number it (its place among the plan's operations for the dialect).
    ['a column renamed and renamed back', ['rename_column: { table: a, from: v, to: w }', 'rename_column: { table: a, from: w, to: v }'], 2, 'step 1/2 (rename column a.v to w'],
    ['an index created and dropped', ['create_index: { table: a, name: a_v, columns: [v] }', 'insert: { table: a, rows: [{ id: 1 }] }', 'drop_index: { table: a, name: a_v }'], 3, 'step 1/3 (create index a_v on a'],
    ['a default set and set back', ['set_default: { table: a, column: v, default: x }', 'drop_default: { table: a, column: v }'], 2, 'step 1/2 (set default of a.v'],
    ['a column added and dropped, after an index created (the nearest earlier state)', ['create_index: { table: a, name: a_v, columns: [v] }', 'add_column: { table: a, column: { name: x, type: integer } }', 'drop_column: { table: a, column: x }\n    inverse: [{ add_column: { table: a, column: { name: x, type: integer } } }]'], 3, 'step 2/3 (add column a.x'],
    ['a table created and dropped', [TABLE.replace('name: a,', 'name: b,'), 'drop_table: { name: b }\n    irreversible: test'], 2, 'step 1/2 (create table b'],
  ];
  it.each(cases)('%s', (_, steps, back, left) => {
    const dir = oneUpgrade(steps);
    for (const dialect of ['postgres', 'mysql']) {
      const e = planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }));
      expect(e.pos?.line).toBe(6 + steps.slice(0, back - 1).reduce((n, s) => n + s.split('\n').length, 0));
      expect(e.message).toMatch(new RegExp(`^\\S+/demo/1\\.0-1\\.1\\.yaml:\\d+:\\d+: \\w+: brings the ${dialect} schema back to where it was before ${left.replace(/[().]/g, '\\$&')}, at \\S+/demo/1\\.0-1\\.1\\.yaml:\\d+:\\d+\\) of 1\\.0 → 1\\.1: a re-run could not tell those two states apart; leave out the steps between them, or split them over two plans$`));
    }
  });

  // (On MySQL the PostgreSQL-only step is not one of the script's: the step left is 1/2, as MySQL's banners say.)
  it('on the dialect where it happens only: a step limited to MySQL', () => {
    const dir = oneUpgrade(['rename_column: { table: a, from: v, to: w }', 'add_column: { table: a, column: { name: x, type: integer } }\n    dialects: [postgres]', 'rename_column: { table: a, from: w, to: v }']);
    expect(compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: dir }).statements.length).toBeGreaterThan(0);
    expect(planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir })).message).toMatch(/1\.0-1\.1\.yaml:9:\d+: rename_column: brings the mysql schema back to where it was before step 1\/2 \(rename column a\.v to w, at \S+:6:\d+\)/);
  });

  it('steps that change nothing the catalog shows are not a round trip (data steps, checks, a type spelled the same)', () => {
    const dir = oneUpgrade(['insert: { table: a, rows: [{ id: 1 }] }', 'precondition: { message: m, tables: [a] }', 'update: { table: a, set: { v: { literal: x } } }\n    inverse: []']);
    for (const dialect of ['postgres', 'mysql']) compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir });
  });
});

// A table created in 1.0 → 1.1 and dropped in 1.1 → 1.2 (with rows of its own in between).
const ACROSS = {
  '0-1.0.yaml': plan('0', '1.0', [TABLE]),
  '1.0-1.1.yaml': plan('1.0', '1.1', [TABLE.replace('name: a,', 'name: tmp,'), 'insert: { table: tmp, rows: [{ id: 1, v: x }] }', 'add_column: { table: a, column: { name: note, type: integer } }', 'update: { table: a, set: { note: { literal: 3 } } }']),
  '1.1-1.2.yaml': plan('1.1', '1.2', ['drop_column: { table: a, column: note }\n    inverse: [{ add_column: { table: a, column: { name: note, type: integer } } }]', `drop_table: { name: tmp }\n    inverse: [{ ${TABLE.replace('name: a,', 'name: tmp,')} }]`]),
};

describe('across the plans of a chain, a round trip stays allowed', () => {
  it('1.0 → 1.2 (and back) leaves the loop out on both dialects; each plan alone keeps it', () => {
    const dir = demoProduct(ACROSS);
    for (const dialect of ['postgres', 'mysql']) {
      for (const [from, to] of [['1.0', '1.2'], ['1.2', '1.0']]) {
        const r = compile({ product: 'demo', from, to, dialect, plansDir: dir });
        const code = r.sql.split('\n').filter((l) => !l.startsWith('--')).join('\n');
        expect(code).not.toMatch(/\b(CREATE TABLE|DROP TABLE|ALTER TABLE|INSERT INTO|UPDATE ["`]?a)\b/);
        expect(r.sql.match(/left out: part of a round trip/g)?.length).toBe(from === '1.0' ? 6 : 4);
        expect(r.states()).toEqual([r.states()[0]]);
      }
      expect(compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }).sql).toMatch(/CREATE TABLE/);
      expect(compile({ product: 'demo', from: '0', to: '1.2', dialect, plansDir: dir }).sql).toMatch(/CREATE TABLE ["`]?a["`]? \(/);
    }
  });

  it.each([['1.0', '1.2'], ['0', '1.2'], ['1.0', '1.1'], ['1.1', '1.2']])('plan verify %s → %s on PGlite passes (second run, crash and resume, down)', async (from, to) => {
    const r = await verify({ product: 'demo', from, to, dialect: 'postgres', plansDir: demoProduct(ACROSS), sample: 3 });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
  });

  it('on PGlite, an event trigger sees no DDL command from 1.0 → 1.2 run twice (and sees those of 1.0 → 1.1)', async () => {
    const dir = demoProduct(ACROSS);
    const sql = (from: string, to: string) => compile({ product: 'demo', from, to, dialect: 'postgres', plansDir: dir }).sql;
    const s = await openScratch('postgres');
    try {
      await s.execScript(sql('0', '1.0'));
      await s.execScript(`CREATE TABLE ddl_log (tag text);
        CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO ddl_log VALUES (tg_tag); END $f$;
        CREATE EVENT TRIGGER plan_round_trip_test ON ddl_command_start EXECUTE FUNCTION log_ddl();`);
      const logged = async () => (await s.query<{ tag: string }>('SELECT tag FROM ddl_log')).map((r) => r.tag);
      await s.execScript(sql('1.0', '1.2'));
      await s.execScript(sql('1.0', '1.2'));
      expect(await logged()).toEqual([]);
      await s.execScript(sql('1.0', '1.1'));
      expect(await logged()).toEqual(['CREATE TABLE', 'ALTER TABLE']);
    } finally {
      await s.execScript('DROP EVENT TRIGGER IF EXISTS plan_round_trip_test').catch(() => undefined);
      await s.close();
    }
  });

  it('a data step in the loop that writes what outlives it: 1.0 → 1.2 is refused at that step (apply the plans one at a time)', () => {
    const dir = demoProduct({
      ...ACROSS,
      '1.1-1.2.yaml': plan('1.1', '1.2', ['insert: { table: a, rows: [{ id: 7 }] }', 'drop_column: { table: a, column: note }\n    inverse: [{ add_column: { table: a, column: { name: note, type: integer } } }]', `drop_table: { name: tmp }\n    inverse: [{ ${TABLE.replace('name: a,', 'name: tmp,')} }]`]),
    });
    for (const dialect of ['postgres', 'mysql']) {
      const e = planError(() => compile({ product: 'demo', from: '1.0', to: '1.2', dialect, plansDir: dir }));
      expect(e.message).toMatch(/1\.1-1\.2\.yaml:6:\d+: insert: cannot compile 1\.0 → 1\.2 as one script: drop table tmp \(at \S+1\.1-1\.2\.yaml:9:\d+\) brings the schema back to where it was before create table tmp \(at \S+1\.0-1\.1\.yaml:6:\d+\), and this step between them writes rows of a, which outlives them, so the steps between cannot be left out: apply the plans of this path one at a time$/);
      compile({ product: 'demo', from: '1.1', to: '1.2', dialect, plansDir: dir });
      compile({ product: 'demo', from: '0', to: '1.1', dialect, plansDir: dir });
    }
  });
});
