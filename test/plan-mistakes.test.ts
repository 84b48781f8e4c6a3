// A fresh user's mistakes in plans of their own (plan init acme, then versions 1.1 to 1.3 by hand, as the README's
// "Plans of your own" says): each is refused on one line at the file, line and column of the mistake itself, naming
// it, and (where there is one) what was meant. The files are as the user wrote them; line numbers are 1-based.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { chainFromEmpty, firstGap } from '../src/plan/graph.js';
import { loadProduct } from '../src/plan/load.js';
import { compile } from '../src/compile/compile.js';
import { findProduct, plansSearchPath } from '../src/plan/search-path.js';
import { mapsType } from '../src/plan/column-types.js';
import { postgres } from '../src/dialects/postgres/index.js';
import { mysql } from '../src/dialects/mysql/index.js';
import { sqlite } from '../src/dialects/sqlite/index.js';
import { expectAt, planError, tempPlansDir, writePlanFile } from './helpers/plans.js';

// plans/acme/product.yaml as plan init writes it, with three more versions.
const PRODUCT = (versions = '["1.0", "1.1", "1.2", "1.3"]') => [
  '# yaml-language-server: $schema=../../schemas/product.schema.json', //                                            1
  '# Versions in order, oldest first: each upgrade plan goes from one to the next (<from>-<to>.yaml). Optional:', // 2
  '# parameters, sources, procedure (what to stop before a script and start after it). See the README of plan,', //  3
  '# "Plans of your own".', //                                                                                       4
  'product: acme', //                                                                                                5
  'title: acme', //                                                                                                  6
  `versions: ${versions}`, //                                                                                        7
  'dialects: [postgres, mysql]', //                                                                                  8
].join('\n') + '\n';

const INSTALL = `# yaml-language-server: $schema=../../schemas/plan.schema.json
product: acme
from: "0"
to: "1.0"
summary: Fresh install of acme 1.0
steps:
  - create_table:
      name: items
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: name, type: "varchar(255)", nullable: false }
      primary_key: { columns: [id] }
`;

// An upgrade plan as the README's 1.0-1.1.yaml: one column added (line 9).
const UPGRADE = (from: string, to: string, column: string) => [
  '# yaml-language-server: $schema=../../schemas/plan.schema.json', // 1
  'product: acme', //                                                 2
  `from: "${from}"`, //                                               3
  `to: "${to}"`, //                                                   4
  `summary: Items get ${column}`, //                                  5
  'steps:', //                                                        6
  '  - add_column:', //                                               7
  '      table: items', //                                            8
  `      column: { name: ${column}, type: integer, nullable: false, default: 0 }`, // 9
].join('\n') + '\n';

/** A plans directory holding acme 1.0 – 1.3, each file edited by `edit` (file name → text → text). */
function acme(edit: Record<string, (text: string) => string> = {}): { dir: string; rel: (file: string) => string } {
  const dir = tempPlansDir();
  const files: Record<string, string> = {
    'product.yaml': PRODUCT(),
    '0-1.0.yaml': INSTALL,
    '1.0-1.1.yaml': UPGRADE('1.0', '1.1', 'price_cents'),
    '1.1-1.2.yaml': UPGRADE('1.1', '1.2', 'rating'),
    '1.2-1.3.yaml': UPGRADE('1.2', '1.3', 'weight'),
  };
  const rels: Record<string, string> = {};
  for (const [f, text] of Object.entries(files)) rels[f] = writePlanFile(dir, 'acme', f, (edit[f] ?? ((t) => t))(text));
  return { dir, rel: (file) => rels[file] };
}

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');
function plan(...args: string[]) {
  return planIn(ROOT, ...args);
}
/** plan run in `cwd`, with PLAN_PATH set to `planPath` (unset when undefined). */
function planIn(cwd: string, ...args: string[]) {
  return planWith({ cwd }, ...args);
}
function planWith({ cwd, planPath }: { cwd: string; planPath?: string }, ...args: string[]) {
  const env = { ...process.env };
  delete env.PLAN_PATH;
  if (planPath !== undefined) env.PLAN_PATH = planPath;
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const SLOW = { timeout: 120_000 };


it('the plans as written load', () => {
  expect(loadProduct('acme', acme().dir).plans.map((p) => `${p.plan.from}-${p.plan.to}`)).toEqual(['0-1.0', '1.0-1.1', '1.1-1.2', '1.2-1.3']);
});

describe('1. a misspelt required key is named where it is, with the key meant', () => {
  it('sumary: on line 5 of a plan (was: 2:1 missing required key "summary")', () => {
    const { dir, rel } = acme({ '1.1-1.2.yaml': (t) => t.replace('summary:', 'sumary:') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.1-1.2.yaml'), 5, 1, /: plan does not match its schema: \(document\): unknown key "sumary" \(did you mean "summary"\?\)$/);
  });

  it('colum: on line 9 (was: 8:7 missing required key "column")', () => {
    const { dir, rel } = acme({ '1.0-1.1.yaml': (t) => t.replace('      column:', '      colum:') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.0-1.1.yaml'), 9, 7, /: \/steps\/0\/add_column: unknown key "colum" \(did you mean "column"\?\)$/);
  });

  it('titel: in product.yaml (was: 5:1 missing required key "title")', () => {
    const { dir, rel } = acme({ 'product.yaml': (t) => t.replace('title:', 'titel:') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('product.yaml'), 6, 1, /: product file does not match its schema: \(document\): unknown key "titel" \(did you mean "title"\?\)$/);
  });

  it('an unknown key alone is named at the key itself', () => {
    const { dir, rel } = acme({ '1.0-1.1.yaml': (t) => t.replace('nullable: false', 'nulable: false') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.0-1.1.yaml'), 9, 51, /: \/steps\/0\/add_column\/column: unknown key "nulable"$/);
  });

  it('a key far from the missing one is still named; other missing keys are said too', () => {
    // The only unknown key and the only missing key: meant, however far apart.
    const { dir, rel } = acme({ '1.1-1.2.yaml': (t) => t.replace('summary:', 'description:') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.1-1.2.yaml'), 5, 1, /: unknown key "description" \(did you mean "summary"\?\)$/);
    const two = acme({ '1.1-1.2.yaml': (t) => t.replace('summary:', 'summ:').replace('steps:', 'stepz:') });
    expectAt(planError(() => loadProduct('acme', two.dir)), two.rel('1.1-1.2.yaml'), 6, 1, /: unknown key "stepz" \(did you mean "steps"\?\); missing required key "summary"$/);
  });
});

describe('2. a version listed twice', () => {
  it('is located at the second one, naming it and where the first is (was: 7:11 raw "must NOT have duplicate items")', () => {
    const { dir, rel } = acme({ 'product.yaml': () => PRODUCT('["1.0","1.1","1.2","1.3","1.2"]') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('product.yaml'), 7, 36, /: version "1\.2" is listed twice \(first at 7:24\)$/);
  });
});

describe('3. a version without the plan into it', () => {
  const withGap = () => acme({ 'product.yaml': () => PRODUCT('["1.0", "1.1", "1.2", "1.3", "1.4"]') });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('is located at that version in product.yaml (was: no file, line nor column)', () => {
    const { dir, rel } = withGap();
    const p = loadProduct('acme', dir);
    const missing = rel('product.yaml').replace('product.yaml', '1.3-1.4.yaml');
    const re = new RegExp(`: no plan from 1\\.3 to 1\\.4: ${escape(missing)} is missing, so no script goes to or from 1\\.4$`);
    expectAt(planError(() => chainFromEmpty(p, '1.4')), rel('product.yaml'), 7, 40, re);
    expectAt(firstGap(p)!, rel('product.yaml'), 7, 40, re);
    expect(firstGap(loadProduct('acme', acme().dir))).toBeUndefined();
  });

  it('validate, build and list say so on one line, exit 2; list still lists it, with the gap', SLOW, () => {
    const { dir, rel } = withGap();
    const at = `${rel('product.yaml')}:7:40: no plan from 1.3 to 1.4: `;
    for (const args of [['validate', 'acme'], ['build', '--out', join(dir, 'out')]]) {
      const r = plan(...args, '--plans', dir);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`plan: error: ${at}`)]);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const l = plan('list', 'acme', '--plans', dir);
    expect(l.code).toBe(2);
    expect(l.stdout).toMatch(/^ {2}gap: no plan from 1\.3 to 1\.4: .*1\.3-1\.4\.yaml is missing/m);
    expect(l.stderr.trimEnd().split('\n')).toEqual([`plan: error: acme: ${at}${rel('product.yaml').replace('product.yaml', '1.3-1.4.yaml')} is missing, so no script goes to or from 1.4`]);
  });

  // Found by a fresh user: for 1.0 – 1.3 without 1.1-1.2.yaml, list said "so 1.0 → 1.2 has a gap" and validate
  // "so 1.0 → 1.3 has a gap": each named the script it happened to compile. One wording now, from gapError, saying
  // what the missing plan cuts.
  it('list, validate, build and every compile across it say the same line (1.0 – 1.3 without 1.1-1.2.yaml)', SLOW, () => {
    const { dir, rel } = acme();
    rmSync(join(dir, 'acme', '1.1-1.2.yaml'));
    const line = `plan: error: ${rel('product.yaml')}:7:26: no plan from 1.1 to 1.2: ${rel('1.0-1.1.yaml').replace('1.0-1.1.yaml', '1.1-1.2.yaml')} is missing, so no script goes to or from 1.2 – 1.3`;
    const l = plan('list', 'acme', '--plans', dir);
    expect([l.code, l.stderr]).toEqual([2, `${line.replace('plan: error: ', 'plan: error: acme: ')}\n`]);
    expect(l.stdout).toContain(`\n  gap: ${line.slice(line.indexOf('no plan from'))}\n`);
    for (const args of [['validate'], ['build', '--out', join(dir, 'out')], ['compile', 'acme', '0', '1.3', '-d', 'postgres'], ['compile', 'acme', '1.0', '1.2', '-d', 'mysql'], ['compile', 'acme', '1.3', '1.1', '-d', 'postgres'], ['compile', 'acme', '1.2', '1.3', '-d', 'postgres']]) {
      const r = plan(...args, '--plans', dir);
      expect([args.join(' '), r.code, r.stderr]).toEqual([args.join(' '), 2, `${line}\n`]);
    }
    // Scripts below it still compile.
    expect(plan('compile', 'acme', '0', '1.1', '-d', 'postgres', '--plans', dir).code).toBe(0);
  });

  it('an install plan after the gap: the versions from it on are reached, not from the versions before the gap; the line says so', () => {
    const { dir, rel } = acme();
    rmSync(join(dir, 'acme', '1.1-1.2.yaml'));
    writePlanFile(dir, 'acme', '0-1.3.yaml', INSTALL.replace('to: "1.0"', 'to: "1.3"'));
    const e = planError(() => compile({ product: 'acme', from: '1.0', to: '1.3', dialect: 'postgres', plansDir: dir }));
    expect(e.message).toBe(`${rel('product.yaml')}:7:26: no plan from 1.1 to 1.2: ${rel('1.0-1.1.yaml').replace('1.0-1.1.yaml', '1.1-1.2.yaml')} is missing, so no script goes to or from 1.2, nor between 1.0 – 1.1 and 1.3`);
    expect(compile({ product: 'acme', from: '0', to: '1.3', dialect: 'postgres', plansDir: dir }).statements.length).toBeGreaterThan(0);
    // With the install at 1.2 itself, no version is cut off: only the scripts across the gap.
    rmSync(join(dir, 'acme', '0-1.3.yaml'));
    writePlanFile(dir, 'acme', '0-1.2.yaml', INSTALL.replace('to: "1.0"', 'to: "1.2"'));
    expect(planError(() => compile({ product: 'acme', from: '1.1', to: '1.2', dialect: 'postgres', plansDir: dir })).message).toBe(`${rel('product.yaml')}:7:26: no plan from 1.1 to 1.2: ${rel('1.0-1.1.yaml').replace('1.0-1.1.yaml', '1.1-1.2.yaml')} is missing, so no script goes between 1.0 – 1.1 and 1.2 – 1.3`);
  });
});

describe('4. a type a dialect of the product has no mapping for', () => {
  it('type: int is refused at the type itself, with the type meant (was: 8:7, the step)', () => {
    const { dir, rel } = acme({ '1.0-1.1.yaml': (t) => t.replace('name: price_cents, type: integer', 'name: rating, type: int') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.0-1.1.yaml'), 9, 37, /: type "int" has no PostgreSQL mapping: did you mean "integer"\? \(int is a SQLite declared type: put it in a sqlite: \{ type: … \} override; the portable types: bigint, .*\)$/);
  });

  it('a dialect-only type is fine in its override, in a step for its dialect only, and refused for another dialect', () => {
    const jsonb = (column: string) => ({ '1.0-1.1.yaml': (t: string) => t.replace(/ {6}column: .*/, `      column: ${column}`) });
    expect(() => loadProduct('acme', acme(jsonb('{ name: doc, type: text, postgres: { type: jsonb } }')).dir)).not.toThrow();
    expect(() => loadProduct('acme', acme(jsonb('{ name: doc, type: jsonb }\n    dialects: [postgres]')).dir)).not.toThrow();
    const { dir, rel } = acme(jsonb('{ name: doc, type: jsonb }'));
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.0-1.1.yaml'), 9, 34, /: type "jsonb" has no MySQL mapping: did you mean "json"\? \(jsonb is PostgreSQL's own: put it in a postgres: \{ type: … \} override, or the step in dialects: \[postgres\]; /);
    const typo = acme(jsonb('{ name: doc, type: bigitn }'));
    // (the schema's pattern refuses a type it does not know at all: at the type, with the type meant, section 7)
    expect(planError(() => loadProduct('acme', typo.dir)).message).toMatch(/1\.0-1\.1\.yaml:9:34: type "bigitn" is not a type of plans: did you mean "bigint"\? \(/);
  });

  it("the loader's table of mapped types agrees with each dialect's own", () => {
    const types = ['bigint', 'bigint unsigned', 'integer', 'integer unsigned', 'smallint', 'boolean', 'text', 'bytes', 'uuid', 'timestamptz', 'timestamp', 'datetime', 'json', 'jsonb', 'date', 'varchar(12)', 'char(3)', 'varchar(12)[]', 'int', 'tinyint(1)'];
    for (const d of [postgres, mysql, sqlite]) {
      for (const t of types) expect([d.name, t, mapsType(d.name, t)]).toEqual([d.name, t, typeof d.syntax.columnType(t) === 'string']);
    }
  });
});

describe('5. a .yml file is named, not skipped', () => {
  it('1.1-1.2.yml (was: 1.1-1.2.yaml is missing)', () => {
    const { dir, rel } = acme();
    renameSync(join(dir, 'acme', '1.1-1.2.yaml'), join(dir, 'acme', '1.1-1.2.yml'));
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.1-1.2.yaml').replace(/yaml$/, 'yml'), 1, 1, /: plan files are \.yaml, and this one is \.yml, so it would not be read: rename it to 1\.1-1\.2\.yaml$/);
  });

  it('product.yml (was: unknown product "acme")', SLOW, () => {
    const { dir, rel } = acme();
    renameSync(join(dir, 'acme', 'product.yaml'), join(dir, 'acme', 'product.yml'));
    const yml = rel('product.yaml').replace(/yaml$/, 'yml');
    expect(findProduct('acme', plansSearchPath(dir, '')).dir).toBe(dir);
    expectAt(planError(() => loadProduct('acme', dir)), yml, 1, 1, /: rename it to product\.yaml$/);
    const r = plan('validate', 'acme', '--plans', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: error: ${yml}:1:1: plan files are .yaml, and this one is .yml, so it would not be read: rename it to product.yaml\n`);
  });

  // Found by a fresh user: 1.1-1.2.YAML was skipped without a word (the error was the gap it left), while .yml was named.
  it.each(['YAML', 'Yaml', 'YML'])('1.1-1.2.%s is named as .yml is, by the loader and by list, validate, compile and build', (ext) => {
    const { dir, rel } = acme();
    renameSync(join(dir, 'acme', '1.1-1.2.yaml'), join(dir, 'acme', `1.1-1.2.${ext}`));
    const file = rel('1.1-1.2.yaml').replace(/yaml$/, ext);
    const line = `${file}:1:1: plan files are .yaml, and this one is .${ext}, so it would not be read: rename it to 1.1-1.2.yaml`;
    expect(planError(() => loadProduct('acme', dir)).message).toBe(line);
    const l = plan('list', '--plans', dir);
    expect([l.code, l.stderr]).toEqual([2, `plan: error: acme: ${line}\n`]);
    for (const args of [['validate'], ['compile', 'acme', '1.0', '1.1', '-d', 'postgres'], ['build', '--out', join(dir, 'out')]]) {
      const r = plan(...args, '--plans', dir);
      expect([args[0], r.code, r.stdout, r.stderr]).toEqual([args[0], 2, '', `plan: error: ${line}\n`]);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 120_000);

  it('product.YAML: the product is listed, and named as product.yml is', SLOW, () => {
    const { dir, rel } = acme();
    renameSync(join(dir, 'acme', 'product.yaml'), join(dir, 'acme', 'product.YAML'));
    writePlanFile(dir, 'acme', '1.2-1.3.yaml', UPGRADE('1.2', '1.3', 'weight'));
    const line = `${rel('product.yaml').replace(/yaml$/, 'YAML')}:1:1: plan files are .yaml, and this one is .YAML, so it would not be read: rename it to product.yaml`;
    expect(findProduct('acme', plansSearchPath(dir, '')).dir).toBe(dir);
    const l = plan('list', '--plans', dir);
    expect([l.code, l.stderr]).toEqual([2, `plan: error: acme: ${line}\n`]);
    expect(plan('validate', 'acme', '--plans', dir).stderr).toBe(`plan: error: ${line}\n`);
  });

  it('a .yaml file beside it of the same name: keep one', () => {
    const { dir, rel } = acme();
    writeFileSync(join(dir, 'acme', '1.1-1.2.Yaml'), readFileSync(join(dir, 'acme', '1.1-1.2.yaml')));
    expect(planError(() => loadProduct('acme', dir)).message).toBe(`${rel('1.1-1.2.yaml').replace(/yaml$/, 'Yaml')}:1:1: plan files are .yaml, and this one is .Yaml, so it would not be read: rename it to 1.1-1.2.yaml (1.1-1.2.yaml is there too: keep one)`);
  });
});

// Found by a fresh user: "no install plan (plans/acme/0-<version>.yaml) …" named plans/<product>/ whatever folder the
// product came from (--plans, PLAN_PATH); named now as the other messages name that folder, from the current directory.
describe('6. no install plan at or below a version names the folder the product is in', () => {
  /** acme whose install plan is 0-1.1.yaml: nothing installs 1.0. */
  const installAt11 = () => {
    const a = acme();
    rmSync(join(a.dir, 'acme', '0-1.0.yaml'));
    writePlanFile(a.dir, 'acme', '0-1.1.yaml', INSTALL.replace('to: "1.0"', 'to: "1.1"'));
    return a;
  };

  it('--plans DIR, PLAN_PATH, from the directory and from a folder below it; validate and build too', SLOW, () => {
    const { dir, rel } = installAt11();
    const folder = rel('product.yaml').replace('/product.yaml', '');
    const line = (f: string) => `plan: error: no install plan (${f}/0-<version>.yaml) at or below 1.0\n`;
    expect(folder).not.toBe('plans/acme');
    expect(planError(() => compile({ product: 'acme', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir })).message).toBe(line(folder).slice('plan: error: '.length, -1));
    expect(plan('compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', dir).stderr).toBe(line(folder));
    expect(planWith({ cwd: ROOT, planPath: dir }, 'compile', 'acme', '0', '1.0', '-d', 'postgres').stderr).toBe(line(folder));
    expect(planIn(dir, 'compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', '.').stderr).toBe(line('acme'));
    mkdirSync(join(dir, 'sub'));
    const sub = join(dir, 'sub');
    expect(planIn(sub, 'compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', '..').stderr).toBe(line('../acme'));
    expect(planWith({ cwd: sub, planPath: '..' }, 'compile', 'acme', '0', '1.0', '-d', 'postgres').stderr).toBe(line('../acme'));
    expect(planIn(sub, 'validate', '--plans', '..').stderr).toBe(line('../acme'));
    // build names plan files relative to the folder holding out/ in the scripts; its errors from here, as the others.
    const b = planIn(sub, 'build', '--plans', '..', '--out', '../out');
    expect([b.code, b.stderr]).toEqual([2, line('../acme')]);
  });

  it('a product file naming another product names the folder it is in', () => {
    const { dir, rel } = acme({ 'product.yaml': (t) => t.replace('product: acme', 'product: acne') });
    expectAt(planError(() => loadProduct('acme', dir)), rel('product.yaml'), 5, 10, new RegExp(`: product file names "acne" but lives in ${rel('product.yaml').replace('/product.yaml', '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/$`));
  });
});

// Found by a fresh user: both were Ajv's raw text, the schema's whole pattern of types ("does not match ^(bigint|…)$").
describe('7. a column type the plans do not know is named at the type, with the type meant', () => {
  const typed = (type: string) => acme({ '1.0-1.1.yaml': (t) => t.replace('type: integer', `type: ${type}`) });

  it('type: int4 → did you mean "integer"?', () => {
    const { dir, rel } = typed('int4');
    const e = planError(() => loadProduct('acme', dir));
    expect(e.message).toBe(`${rel('1.0-1.1.yaml')}:9:42: type "int4" is not a type of plans: did you mean "integer"? (the portable types: bigint, bigint unsigned, integer, integer unsigned, smallint, boolean, text, bytes, uuid, timestamptz, timestamp, datetime, json, date, varchar(n), char(n), enum(<type>); a dialect's own type goes in its postgres:, mysql: or sqlite: { type: … } override)`);
  });

  it('type: "varchar(0)" → the length is at least 1; in an override too; VARCHAR(20) → "varchar(20)"', () => {
    const zero = typed('"varchar(0)"');
    expect(planError(() => loadProduct('acme', zero.dir)).message).toBe(`${zero.rel('1.0-1.1.yaml')}:9:42: type "varchar(0)": the length of varchar(n) is at least 1, not 0 (a varchar of no characters holds nothing but the empty string)`);
    const override = acme({ '1.0-1.1.yaml': (t) => t.replace('default: 0 }', 'default: 0, postgres: { type: "char(0)" } }') });
    expectAt(planError(() => loadProduct('acme', override.dir)), override.rel('1.0-1.1.yaml'), 9, 98, /: type "char\(0\)": the length of char\(n\) is at least 1, not 0 /);
    const upper = typed('VARCHAR(20)');
    expectAt(planError(() => loadProduct('acme', upper.dir)), upper.rel('1.0-1.1.yaml'), 9, 42, /: type "VARCHAR\(20\)" is not a type of plans: did you mean "varchar\(20\)"\? \(types are written in lower case/);
  });

  it('plan validate says the same line, exit 2', SLOW, () => {
    const { dir, rel } = typed('int4');
    const r = plan('validate', '--plans', dir);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(new RegExp(`^plan: error: ${rel('1.0-1.1.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:9:42: type "int4" is not a type of plans: did you mean "integer"\\? \\([^\\n]*\\)\\n$`));
  });
});

// Found by a fresh user: a misspelt key of an object a oneOf rule checks was reported as the branches' missing keys
// ("unknown key \"unguraded\" (did you mean \"guard\"?)", or Ajv's "must be string"), or as "unknown key \"column\"
// (did you mean \"column\"?); missing required keys \"literal\", \"param\", …" at the object.
describe('8. an unknown key of an object with a oneOf rule is named at the key, with the key meant', () => {
  const raw = (lines: string[]) => acme({ '1.2-1.3.yaml': (t) => t.slice(0, t.indexOf('steps:\n')) + ['steps:', ...lines].join('\n') + '\n' });

  it('a raw_sql step: unguraded → did you mean "unguarded"?', () => {
    const { dir, rel } = raw(['  - raw_sql:', '      description: backfill the weight', '      postgres: "UPDATE items SET weight = 1"', '      mysql: "UPDATE items SET weight = 1"', '      unguraded: it sets the same value on every run', '    inverse: []']);
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.2-1.3.yaml'), 11, 7, /: plan does not match its schema: \/steps\/0\/raw_sql: unknown key "unguraded" \(did you mean "unguarded"\?\)$/);
  });

  it('a raw_sql step: gaurd → did you mean "guard"?; a required key missing beside it is said too', () => {
    const { dir, rel } = raw(['  - raw_sql:', '      postgres: "UPDATE items SET weight = 1"', '      mysql: "UPDATE items SET weight = 1"', '      gaurd: { postgres: "weight = 0", mysql: "weight = 0" }', '    inverse: []']);
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.2-1.3.yaml'), 10, 7, /: \/steps\/0\/raw_sql: unknown key "gaurd" \(did you mean "guard"\?\); missing required key "description"$/);
  });

  it('a value (copy_rows), an index column, a default: each at the key', () => {
    const copy = raw(['  - copy_rows:', '      into: items', '      from: items', '      values:', '        id: { colum: id }']);
    expectAt(planError(() => loadProduct('acme', copy.dir)), copy.rel('1.2-1.3.yaml'), 11, 15, /: \/steps\/0\/copy_rows\/values\/id: unknown key "colum" \(did you mean "column"\?\)$/);
    const index = raw(['  - create_index: { table: items, name: items_weight, columns: [{ colum: weight, desc: true }] }']);
    expectAt(planError(() => loadProduct('acme', index.dir)), index.rel('1.2-1.3.yaml'), 7, 67, /: \/steps\/0\/create_index\/columns\/0: unknown key "colum" \(did you mean "column"\?\)$/);
    const dflt = acme({ '1.0-1.1.yaml': (t) => t.replace('default: 0 }', 'default: { literl: 0 } }') });
    expectAt(planError(() => loadProduct('acme', dflt.dir)), dflt.rel('1.0-1.1.yaml'), 9, 79, /: \/steps\/0\/add_column\/column\/default: unknown key "literl" \(did you mean "literal"\?\)$/);
  });

  it('a key like none: named, without a guess; a raw_sql step without guard or unguarded is said as before', () => {
    const { dir, rel } = raw(['  - raw_sql:', '      description: backfill the weight', '      postgres: "UPDATE items SET weight = 1"', '      mysql: "UPDATE items SET weight = 1"', '      because: it sets the same value on every run', '    inverse: []']);
    expectAt(planError(() => loadProduct('acme', dir)), rel('1.2-1.3.yaml'), 11, 7, /: \/steps\/0\/raw_sql: unknown key "because"$/);
    const neither = raw(['  - raw_sql:', '      description: backfill the weight', '      postgres: "UPDATE items SET weight = 1"', '      mysql: "UPDATE items SET weight = 1"', '    inverse: []']);
    expect(planError(() => loadProduct('acme', neither.dir)).message).toMatch(/\/steps\/0\/raw_sql: a raw_sql step needs guard \(per dialect, a condition that is TRUE while the step still has to run\) or unguarded: <why it needs none>$/);
  });

  it('plan validate says the same line, exit 2', SLOW, () => {
    const { dir, rel } = raw(['  - raw_sql:', '      description: backfill the weight', '      postgres: "UPDATE items SET weight = 1"', '      mysql: "UPDATE items SET weight = 1"', '      unguraded: it sets the same value on every run', '    inverse: []']);
    const r = plan('validate', '--plans', dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `plan: error: ${rel('1.2-1.3.yaml')}:11:7: plan does not match its schema: /steps/0/raw_sql: unknown key "unguraded" (did you mean "unguarded"?)\n`]);
  });
});
