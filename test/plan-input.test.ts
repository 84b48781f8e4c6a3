// Plan input that cannot escape its place in the script: one-line text where it becomes a `--` comment,
// parameter references checked when loading, check expressions and raw SQL checked (PostgreSQL with its own
// parser), and raw_sql steps that say how a re-run stays safe. Every failure is one line naming file:line:col,
// and `plan validate` reports it with exit code 2.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { compileChecked } from '../src/compile/checked.js';
import { PlanError } from '../src/plan/errors.js';
import { loadProduct } from '../src/plan/load.js';
import { resolveParams } from '../src/plan/params.js';
import { checkPostgresTexts } from '../src/plan/postgres-text.js';
import { projectRoot } from '../src/paths.js';
import { planError, PRODUCT_YAML, tempPlansDir, writePlanFile } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');

const PARAMETERS = `parameters:
  flag: { type: boolean, default: true, description: a switch }
  tier: { type: enum, values: [free, pro], default: pro, description: a tier }
  greeting: { type: string, default: hi, description: a text }
`;
const INSTALL = `product: demo
from: "0"
to: "1.0"
summary: install
steps:
  - create_table:
      name: things
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: v, type: text }
      primary_key: { columns: [id] }
`;
const NEXT = `product: demo
from: "1.1"
to: "1.2"
summary: nothing changes
steps:
  - precondition: { message: things are there, tables: [things] }
`;
/** The upgrade 1.0 → 1.1 with these step lines; its first step is on line 6. */
const UPGRADE = (steps: string, summary = 'one step') => `product: demo
from: "1.0"
to: "1.1"
summary: ${summary}
steps:
${steps}`;

/** A plans directory with product demo (`product` extra lines), its install plan, `upgrade` as 1.0-1.1.yaml and 1.1-1.2.yaml. */
function demo(upgrade: string, product = PARAMETERS) {
  const dir = tempPlansDir();
  const productRel = writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', product));
  writePlanFile(dir, 'demo', '0-1.0.yaml', INSTALL);
  writePlanFile(dir, 'demo', '1.1-1.2.yaml', NEXT);
  const rel = writePlanFile(dir, 'demo', '1.0-1.1.yaml', upgrade);
  return { dir, rel, productRel };
}

async function rejection(p: Promise<unknown>): Promise<PlanError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    return e as PlanError;
  }
  throw new Error('expected a PlanError, nothing was thrown');
}

/** The first error of loading demo and parsing its PostgreSQL text, as `plan validate` meets them. */
async function firstError(dir: string): Promise<PlanError> {
  return rejection((async () => checkPostgresTexts(loadProduct('demo', dir).plans))());
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


const ONE_LINE = (c: string) => `must be one line without control characters: it holds a line break (${c}) (the text is carried into a one-line SQL comment and printed on terminals)`;
const CHECK = (expression: string) => `  - create_table:
      name: t
      columns: [{ name: a, type: integer }]
      checks: [{ name: t_a, expression: ${expression} }]
`;

// name, 1.0-1.1.yaml, product.yaml extra lines, then where the error is and what it says.
const REFUSED: [string, string, string, 'plan' | 'product', number, number, string][] = [
  ['a summary with a line break', UPGRADE('  - drop_default: { table: things, column: v }\n', '"a\\nb"'), PARAMETERS, 'plan', 4, 10,
    `plan does not match its schema: /summary: ${ONE_LINE('U+000A')}`],
  ['a note with U+2028', UPGRADE('  - drop_default: { table: things, column: v }\n    note: "x\\u2028DROP TABLE things; --"\n'), PARAMETERS, 'plan', 7, 11,
    `plan does not match its schema: /steps/0/note: ${ONE_LINE('U+2028')}`],
  ['a precondition message with CR', UPGRADE('  - precondition: { message: "ok\\rDROP TABLE things; --", tables: [things] }\n'), PARAMETERS, 'plan', 6, 30,
    `plan does not match its schema: /steps/0/precondition/message: ${ONE_LINE('U+000D')}`],
  ['a raw_sql description with U+2029', UPGRADE('  - raw_sql: { description: "a\\u2029b", postgres: "SELECT 1", mysql: "SELECT 1", unguarded: u }\n'), PARAMETERS, 'plan', 6, 29,
    `plan does not match its schema: /steps/0/raw_sql/description: ${ONE_LINE('U+2029')}`],
  ['an enum value with a line break', UPGRADE('  - drop_default: { table: things, column: v }\n'), PARAMETERS.replace('[free, pro]', '[free, "p\\nro"]'), 'product', 7, 38,
    `product file does not match its schema: /parameters/tier/values/1: ${ONE_LINE('U+000A')}`],
  ['a parameter description with a line break', UPGRADE('  - drop_default: { table: things, column: v }\n'), PARAMETERS.replace('description: a text', 'description: "a\\ntext"'), 'product', 8, 55,
    `product file does not match its schema: /parameters/greeting/description: ${ONE_LINE('U+000A')}`],
  ['an undeclared parameter in insert', UPGRADE('  - insert: { table: things, rows: [{ id: 1, v: { param: nope } }] }\n'), PARAMETERS, 'plan', 6, 58,
    'unknown parameter "nope" (declared: flag, tier, greeting)'],
  ['an undeclared parameter in a copy_rows concatenation', UPGRADE('  - copy_rows: { into: things, from: things, values: { id: { column: id }, v: { concat: [{ literal: x }, { param: nope }] } } }\n'), PARAMETERS, 'plan', 6, 115,
    'unknown parameter "nope" (declared: flag, tier, greeting)'],
  ['an undeclared parameter in update', UPGRADE('  - update: { table: things, set: { v: { param: nope } } }\n'), PARAMETERS, 'plan', 6, 49,
    'unknown parameter "nope" (declared: flag, tier, greeting)'],
  ['an undeclared parameter in the when of an inverse step', UPGRADE('  - update: { table: things, set: { v: { literal: x } } }\n    inverse:\n      - update: { table: things, set: { v: { literal: y } } }\n        when: { param: nope, equals: 1 }\n'), PARAMETERS, 'plan', 9, 24,
    'unknown parameter "nope" (declared: flag, tier, greeting)'],
  ['a boolean parameter compared with the string "false"', UPGRADE('  - update: { table: things, set: { v: { literal: x } } }\n    when: { param: flag, equals: "false" }\n'), PARAMETERS, 'plan', 7, 34,
    'when equals: "false" is a string, but parameter "flag" is a boolean (write false without quotes)'],
  ['an enum parameter compared with a value it does not have', UPGRADE('  - update: { table: things, set: { v: { literal: x } } }\n    when: { param: tier, not_equals: gold }\n'), PARAMETERS, 'plan', 7, 38,
    'when not_equals: "gold" is not a value of parameter "tier" (free, pro)'],
  ['a check expression that ends its statement (MySQL)', UPGRADE(CHECK('"a > 0); DROP TABLE t; --"')), PARAMETERS, 'plan', 9, 41,
    'check t_a (mysql): ";" is not allowed in a condition: it would end the statement'],
  ['a check expression that ends its statement (PostgreSQL)', UPGRADE(CHECK('{ postgres: "a > 0); DROP TABLE t; --", mysql: "a > 0" }')), PARAMETERS, 'plan', 9, 53,
    'check t_a (postgres): unbalanced parentheses: ")" at character 6 closes nothing'],
  ['an unbalanced check expression (MySQL)', UPGRADE(CHECK('"(a > 0"')), PARAMETERS, 'plan', 9, 41,
    'check t_a (mysql): unbalanced parentheses: 1 "(" not closed'],
  ['an unbalanced check expression (PostgreSQL)', UPGRADE(CHECK('{ postgres: "(a > 0", mysql: "a > 0" }')), PARAMETERS, 'plan', 9, 53,
    'check t_a (postgres): unbalanced parentheses: 1 "(" not closed'],
  ['a check expression with a comment (MySQL)', UPGRADE(CHECK('"a > 0 /* x */"')), PARAMETERS, 'plan', 9, 41,
    'check t_a (mysql): comments (--, #, /* */) are not allowed in a condition'],
  ['a check expression that is two expressions (PostgreSQL)', UPGRADE(CHECK('{ postgres: "a > 0) OR (true", mysql: "a > 0" }')), PARAMETERS, 'plan', 9, 53,
    'check t_a (postgres): unbalanced parentheses: ")" at character 6 closes nothing'],
  ['raw SQL that commits (PostgreSQL)', UPGRADE('  - raw_sql: { description: d, postgres: "COMMIT; DROP TABLE t", unguarded: u }\n    dialects: [postgres]\n'), PARAMETERS, 'plan', 6, 42,
    'raw_sql postgres: transaction control (COMMIT) is not allowed: the script runs in one transaction'],
  ['raw SQL that commits (MySQL)', UPGRADE('  - raw_sql: { description: d, mysql: "COMMIT; DROP TABLE t", unguarded: u }\n    dialects: [mysql]\n'), PARAMETERS, 'plan', 6, 39,
    'raw_sql mysql: COMMIT is not allowed: the script controls transactions and the session itself'],
  ['raw SQL that cannot run in a transaction (PostgreSQL)', UPGRADE('  - raw_sql: { description: d, postgres: "CREATE INDEX CONCURRENTLY i ON things (v)", unguarded: u }\n    dialects: [postgres]\n'), PARAMETERS, 'plan', 6, 42,
    'raw_sql postgres: CREATE INDEX CONCURRENTLY cannot run inside a transaction, and the script runs in one'],
  ['raw SQL with an unterminated comment (PostgreSQL)', UPGRADE('  - raw_sql: { description: d, postgres: "/* x", unguarded: u }\n    dialects: [postgres]\n'), PARAMETERS, 'plan', 6, 42,
    'raw_sql postgres: unterminated /* comment at or near "/* x" (at character 1)'],
  ['raw SQL with an unterminated comment (MySQL)', UPGRADE('  - raw_sql: { description: d, mysql: "/* x", unguarded: u }\n    dialects: [mysql]\n'), PARAMETERS, 'plan', 6, 39,
    'raw_sql mysql: unterminated /* comment (at character 1)'],
  ['raw SQL whose inverse unlocks tables (MySQL)', UPGRADE('  - raw_sql: { description: d, mysql: "SELECT 1", inverse: { mysql: "UNLOCK TABLES" }, unguarded: u }\n    dialects: [mysql]\n'), PARAMETERS, 'plan', 6, 69,
    'raw_sql inverse mysql: UNLOCK TABLES is not allowed: the script controls transactions and the session itself'],
  ['a raw_sql guard that is two statements (PostgreSQL)', UPGRADE('  - raw_sql: { description: d, postgres: "NOTIFY d", guard: { postgres: "true; DROP TABLE things" } }\n    dialects: [postgres]\n'), PARAMETERS, 'plan', 6, 73,
    'raw_sql guard postgres: ";" is not allowed in a condition: it would end the statement'],
  // Found by the property tests on the PostgreSQL server (seed 22): the loader accepted it, the server refused it.
  ['a guarded raw_sql SELECT (PostgreSQL)', UPGRADE('  - raw_sql: { description: d, postgres: "SELECT 1", guard: { postgres: "true" } }\n    dialects: [postgres]\n'), PARAMETERS, 'plan', 6, 42,
    'raw_sql postgres: SELECT (or VALUES) returns rows, which a guarded step cannot: the guard runs it inside a PL/pgSQL block, where PostgreSQL refuses it ("query has no destination for result data"); write a statement that returns none, or make the step unguarded'],
  ['the inverse of a guarded raw_sql step that is a SHOW (PostgreSQL)', UPGRADE('  - raw_sql: { description: d, postgres: "NOTIFY d", inverse: { postgres: "SHOW work_mem" }, guard: { postgres: "true" } }\n    dialects: [postgres]\n'), PARAMETERS, 'plan', 6, 75,
    'raw_sql inverse postgres: SHOW returns rows, which a guarded step cannot: the guard runs it inside a PL/pgSQL block, where PostgreSQL refuses it ("query has no destination for result data"); write a statement that returns none, or make the step unguarded'],
  ['a raw_sql step with neither guard nor unguarded', UPGRADE('  - raw_sql: { description: d, postgres: "SELECT 1", mysql: "SELECT 1" }\n'), PARAMETERS, 'plan', 6, 14,
    'plan does not match its schema: /steps/0/raw_sql: a raw_sql step needs guard (per dialect, a condition that is TRUE while the step still has to run) or unguarded: <why it needs none>'],
  ['a raw_sql step with both', UPGRADE('  - raw_sql: { description: d, postgres: "SELECT 1", mysql: "SELECT 1", unguarded: u, guard: { postgres: "true", mysql: "true" } }\n'), PARAMETERS, 'plan', 6, 14,
    'plan does not match its schema: /steps/0/raw_sql: give guard or unguarded, not both'],
  ['a raw_sql guard without a condition for one of its dialects', UPGRADE('  - raw_sql: { description: d, postgres: "SELECT 1", mysql: "SELECT 1", guard: { postgres: "true" } }\n'), PARAMETERS, 'plan', 6, 80,
    'raw_sql has mysql text but its guard has no mysql condition (or give unguarded: <reason>)'],
];

describe('refused plan input: one line, file:line:col, exit code 2 from plan validate', { timeout: 120_000 }, () => {
  it.each(REFUSED)('%s', async (_name, upgrade, product, file, line, col, message) => {
    const d = demo(upgrade, product);
    const where = `${file === 'plan' ? d.rel : d.productRel}:${line}:${col}`;
    const e = await firstError(d.dir);
    expect(e.message).toBe(`${where}: ${message}`);
    const r = cli('validate', '--plans', d.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan: error: ${where}: ${message}\n`);
  });
});

describe('parameter values with a line break', { timeout: 120_000 }, () => {
  it.each([
    ['greeting=a\nb', 'parameter greeting: the value "a\\nb" has a line break (U+000A); a value is one line without control characters (no CR, LF, NEL, U+2028, U+2029, ESC, NUL…): values are echoed in a one-line SQL comment and on the terminal'],
    ['greeting=a\r', 'parameter greeting: the value "a\\r" has a line break (U+000D); a value is one line without control characters (no CR, LF, NEL, U+2028, U+2029, ESC, NUL…): values are echoed in a one-line SQL comment and on the terminal'],
    ['greeting=a\u2028b', 'parameter greeting: the value "a\\u2028b" has a line break (U+2028); a value is one line without control characters (no CR, LF, NEL, U+2028, U+2029, ESC, NUL…): values are echoed in a one-line SQL comment and on the terminal'],
    ['tier=pro\u2029', 'parameter tier: the value "pro\\u2029" has a line break (U+2029); a value is one line without control characters (no CR, LF, NEL, U+2028, U+2029, ESC, NUL…): values are echoed in a one-line SQL comment and on the terminal'],
  ])('%j', (given, message) => {
    const d = demo(UPGRADE('  - drop_default: { table: things, column: v }\n'));
    expect(planError(() => resolveParams(loadProduct('demo', d.dir), [given])).message).toBe(message);
  });

  it('on the command line: one line, exit code 2', () => {
    const r = cli('compile', 'supertokens', '3.3', '3.4', '-d', 'postgres', '--param', 'access_token_signing_key_dynamic=true\nDROP TABLE x; --');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: error: parameter access_token_signing_key_dynamic: the value "true\\nDROP TABLE x; --" has a line break (U+000A); a value is one line without control characters (no CR, LF, NEL, U+2028, U+2029, ESC, NUL…): values are echoed in a one-line SQL comment and on the terminal\n');
  });
});

const GUARDED = UPGRADE(`  - raw_sql:
      description: tag things
      postgres: "COMMENT ON TABLE things IS 'tagged'"
      mysql: "ALTER TABLE things COMMENT = 'tagged'"
      guard:
        postgres: "obj_description('things'::regclass, 'pg_class') IS DISTINCT FROM 'tagged'"
        mysql: "(SELECT table_comment FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'things') <> 'tagged'"
      inverse: { postgres: "COMMENT ON TABLE things IS NULL", mysql: "ALTER TABLE things COMMENT = ''" }
`);
const UNGUARDED = UPGRADE(`  - add_column: { table: things, column: { name: w, type: text } }
  - raw_sql:
      description: forget old values
      postgres: "UPDATE things SET v = NULL WHERE id < 0"
      mysql: "UPDATE things SET v = NULL WHERE id < 0"
      unguarded: setting NULL again changes nothing
      inverse: { postgres: "SELECT 1", mysql: "SELECT 1" }
`);

describe('accepted raw SQL', { timeout: 120_000 }, () => {
  it('a guarded step: validate passes; the Op carries the condition of its dialect, the undo its negation', async () => {
    const d = demo(GUARDED);
    const r = cli('validate', '--plans', d.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^demo: 3 plans valid \(\d+ scripts compiled across postgres, mysql and every parameter choice\)\n$/);
    const req = { product: 'demo', plansDir: d.dir };
    const up = await compileChecked({ ...req, from: '1.0', to: '1.1', dialect: 'postgres' });
    expect(up.units.map((u) => u.op)).toEqual([{
      kind: 'raw_sql', description: 'tag things', sql: "COMMENT ON TABLE things IS 'tagged';", inverseSql: 'COMMENT ON TABLE things IS NULL;',
      guard: "obj_description('things'::regclass, 'pg_class') IS DISTINCT FROM 'tagged'",
    }]);
    expect(up.sql).not.toContain('-- except');
    const down = compile({ ...req, from: '1.1', to: '1.0', dialect: 'mysql' });
    expect(down.units.map((u) => (u.op as { guard?: string }).guard)).toEqual([
      "((SELECT table_comment FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'things') <> 'tagged') IS NOT TRUE",
    ]);
  });

  it.each(['postgres', 'mysql'])('an unguarded step is listed in the header under the promise (%s)', async (dialect) => {
    const d = demo(UNGUARDED);
    const req = { product: 'demo', plansDir: d.dir, dialect };
    const up = await compileChecked({ ...req, from: '1.0', to: '1.1' });
    const lines = up.sql.split('\n');
    const promise = lines.findIndex((l) => l.startsWith('-- Every statement is guarded: '));
    expect(lines[promise + 1]).toBe('-- except (not guarded, runs on every run): 1.0 → 1.1 step 2/2: forget old values — setting NULL again changes nothing');
    expect(lines[promise + 2]).not.toMatch(/^-- except/);
    expect(up.units[1].op).toMatchObject({ kind: 'raw_sql', unguarded: 'setting NULL again changes nothing' });
    expect(up.units[1].op).not.toHaveProperty('guard');
    // The stated inverse of an unguarded step is unguarded too; a fresh install lists it as well.
    const fresh = compile({ ...req, from: '0', to: '1.1' }).sql;
    expect(fresh).toContain('-- except (not guarded, runs on every run): 1.0 → 1.1 step 2/2: forget old values — setting NULL again changes nothing\n');
  });

  it('validate passes with an unguarded step', () => {
    const r = cli('validate', '--plans', demo(UNGUARDED).dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('PostgreSQL text is parsed only for PostgreSQL scripts', async () => {
    const d = demo(UPGRADE('  - raw_sql: { description: d, postgres: "/* x", mysql: "SELECT 1", unguarded: u }\n'));
    expect((await compileChecked({ product: 'demo', plansDir: d.dir, from: '1.0', to: '1.1', dialect: 'mysql' })).statements.some((x) => x.includes('SELECT 1'))).toBe(true);
    const e = await rejection(compileChecked({ product: 'demo', plansDir: d.dir, from: '1.0', to: '1.1', dialect: 'postgres' }));
    expect(e.message).toBe(`${d.rel}:6:42: raw_sql postgres: unterminated /* comment at or near "/* x" (at character 1)`);
  });
});

describe('manual text may span lines: it is re-wrapped onto comment lines', () => {
  it('CR, LF, U+2028 and U+2029 never reach the script', () => {
    const d = demo(UPGRADE('  - manual: { text: "first\\rsecond\\u2028third\\u2029fourth\\nfifth" }\n'));
    for (const dialect of ['postgres', 'mysql']) {
      const { sql } = compile({ product: 'demo', plansDir: d.dir, from: '1.0', to: '1.1', dialect });
      expect(sql).not.toMatch(/[\r\u2028\u2029]/);
      expect(sql).toContain('--   1. [1.0 → 1.1] first second third fourth fifth\n');
      for (const line of sql.split('\n').filter((l) => l.includes('fifth'))) expect(line).toMatch(/^--/);
    }
  });
});
