// Index access methods, operator classes, expression elements and partial indexes (PostgreSQL), as SuperTokens core
// 12.0/12.1 create them: USING brin, text_pattern_ops on a column and on lower(split_part(…)), WHERE on the account
// info type. Expressions and predicates are plan text pasted into the script, so PostgreSQL's parser reads each at
// compile time; the guards compare them with pg_get_indexdef, so a plan spells them as the catalog does. MySQL and
// MariaDB refuse them (a plan puts them under a postgres: override). Product: test/fixtures/plans-index-expr.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { compileChecked } from '../src/compile/checked.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import { loadPostgresParser } from '../src/plan/postgres-text.js';
import { PlanError } from '../src/plan/errors.js';
import { describeEngines, describeServer } from './helpers/servers.js';
import { demoProduct, expectAt, planError, tempPlansDir } from './helpers/plans.js';

afterAll(() => closeAllScratches());

const plansDir = fileURLToPath(new URL('./fixtures/plans-index-expr', import.meta.url));
const script = (from: string, to: string, dialect = 'postgres', params?: string[]) => compile({ product: 'ixexpr', from, to, dialect, plansDir, ...(params ? { params } : {}) }).sql;

const BRIN = 'CREATE INDEX activity_log_created_at_brin ON activity_log USING brin (created_at)';
const SECONDS = 'CREATE INDEX activity_log_created_at_seconds ON activity_log USING btree (((created_at / 1000)) DESC)';
const PATTERN = 'CREATE INDEX idx_recipe_user_tenants_account_info ON recipe_user_tenants USING btree (app_id, tenant_id, account_info_type, account_info_value text_pattern_ops)';
const PLAIN = 'CREATE INDEX idx_recipe_user_tenants_account_info ON recipe_user_tenants USING btree (app_id, tenant_id, account_info_type, account_info_value)';
const DOMAIN = "CREATE INDEX idx_recipe_user_tenants_search_domain ON recipe_user_tenants USING btree (app_id, tenant_id, lower(split_part(account_info_value, '@'::text, 2)) text_pattern_ops) WHERE ((account_info_type)::text = 'email'::text)";
const TPARTY = "CREATE INDEX idx_recipe_user_tenants_search_tparty ON recipe_user_tenants USING btree (app_id, tenant_id, lower(account_info_value) text_pattern_ops) WHERE ((account_info_type)::text = 'tparty'::text)";

const indexes = async (s: Scratch) =>
  (await s.query<{ name: string; valid: boolean; def: string }>(
    `SELECT c.relname AS name, i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid IN (to_regclass('activity_log'), to_regclass('recipe_user_tenants')) AND NOT i.indisprimary ORDER BY 1`,
  )).map((r) => `${r.valid ? '' : '(INVALID) '}${r.def.replace(/ ON \S+\.(\w+) /, ' ON $1 ')}`);

describe('compiled', () => {
  it('PostgreSQL: USING brin, operator classes, expressions and predicates as written; guards compare the catalog spelling', () => {
    const sql = script('1.0', '1.1');
    expect(sql).toContain('\n    CREATE INDEX activity_log_created_at_brin ON activity_log USING brin (created_at);\n');
    expect(sql).toContain('\n    CREATE INDEX activity_log_created_at_seconds ON activity_log (((created_at / 1000)) DESC);\n');
    expect(sql).toContain("\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_recipe_user_tenants_account_info ON recipe_user_tenants (app_id, tenant_id, account_info_type, account_info_value text_pattern_ops);\n");
    expect(sql).toContain("\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_recipe_user_tenants_search_domain ON recipe_user_tenants (app_id, tenant_id, lower(split_part(account_info_value, '@'::text, 2)) text_pattern_ops) WHERE ((account_info_type)::text = 'email'::text);\n");
    expect(sql).toContain("\n    CREATE INDEX idx_recipe_user_tenants_search_tparty ON recipe_user_tenants (app_id, tenant_id, lower(account_info_value) text_pattern_ops) WHERE ((account_info_type)::text = 'tparty'::text);\n");
    for (const def of [BRIN, SECONDS, PATTERN, DOMAIN, TPARTY]) expect(sql).toContain(`i.indisvalid AND replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || '.', ' ON '), ' ON ONLY ' || quote_ident(current_schema()) || '.', ' ON ONLY ') = ${`'${def.replace(/'/g, "''")}'`}`);
    // The plain index under the pattern index's name is dropped under that guard, before the concurrent build, unless
    // another session is building it right now (pg-concurrent-runs.test.ts).
    expect(sql).toMatch(/AND c\.relname = 'idx_recipe_user_tenants_account_info' AND i\.indisvalid AND [^\n]*text_pattern_ops\)'\) THEN\n    IF EXISTS \([^\n]*'idx_recipe_user_tenants_account_info' AND NOT x\.indisvalid\n[\s\S]*?another session is building it right now[^\n]*\n    END IF;\n    DROP INDEX IF EXISTS idx_recipe_user_tenants_account_info;\n/);
  });

  it('every statement of both scripts parses with the PostgreSQL parser; three concurrent statements stand alone', async () => {
    const pg = await loadPostgresParser();
    for (const sql of [script('1.0', '1.1'), script('1.1', '1.0'), script('0', '1.1')]) {
      const parsed = await pg.parse(sql);
      expect(parsed.stmts?.length).toBeGreaterThan(3);
    }
    const concurrent = ((await pg.parse(script('1.0', '1.1'))).stmts ?? []).filter((s) => JSON.stringify(s.stmt).includes('"concurrent":true'));
    expect(concurrent).toHaveLength(2);
    // The rollback drops the new indexes and restores the plain one (concurrently, as it was built).
    const down = script('1.1', '1.0');
    expect(down).toContain('\nDROP INDEX CONCURRENTLY IF EXISTS idx_recipe_user_tenants_search_domain;\n');
    expect(down).toContain('\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_recipe_user_tenants_account_info ON recipe_user_tenants (app_id, tenant_id, account_info_type, account_info_value);\n');
    expect(down).toContain('DROP INDEX IF EXISTS activity_log_created_at_brin;');
    expect(down).toContain('DROP INDEX IF EXISTS idx_recipe_user_tenants_search_tparty;');
  });

  it('the catalog the model predicts spells them as pg_get_indexdef does; with a prefix and a schema the table names follow', () => {
    const lines = predictCatalog({ product: 'ixexpr', version: '1.1', dialect: 'postgres', plansDir });
    for (const def of [BRIN, SECONDS, PATTERN, DOMAIN, TPARTY]) expect(lines).toContain(`T ${def.split(' ON ')[1].split(' ')[0]} | IDX ${def}`);
    const named = script('1.0', '1.1', 'postgres', ['table_prefix=St', 'table_schema=auth']);
    expect(named).toContain("\n    CREATE INDEX idx_recipe_user_tenants_search_tparty ON auth.st_recipe_user_tenants (app_id, tenant_id, lower(account_info_value) text_pattern_ops) WHERE ((account_info_type)::text = 'tparty'::text);\n");
    expect(named).toContain("replace(replace(pg_get_indexdef(i.indexrelid), ' ON ' || 'auth.', ' ON '), ' ON ONLY ' || 'auth.', ' ON ONLY ') = 'CREATE INDEX activity_log_created_at_brin ON st_activity_log USING brin (created_at)'");
  });

  it('MySQL: the postgres: overrides are left out (a plain btree index), the PostgreSQL-only steps too', () => {
    const sql = script('1.0', '1.1', 'mysql');
    expect(sql).toContain('CREATE INDEX `activity_log_created_at_brin` ON `activity_log` (`created_at`)');
    expect(sql).toContain('CREATE INDEX `activity_log_created_at_seconds` ON `activity_log` (`created_at`)');
    expect(sql).not.toMatch(/brin\b.*USING|text_pattern_ops|split_part|idx_recipe_user_tenants_search/);
  });
});

const plan = (step: string) => `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n${step}`;
const BASE = plan('').replace('from: "1.0"\nto: "1.1"', 'from: "0"\nto: "1.0"') +
  '  - create_table: { name: t, columns: [{ name: id, type: integer, nullable: false }, { name: x, type: text }], primary_key: { columns: [id] } }\n';
const demo = (step: string) => demoProduct({ '0-1.0.yaml': BASE, '1.0-1.1.yaml': plan(step) });
const checkedError = async (dir: string, dialect = 'postgres'): Promise<PlanError> => {
  try {
    await compileChecked({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir });
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    return e as PlanError;
  }
  throw new Error('expected a PlanError');
};

describe('refused at compile time', () => {
  const ix = (column: string, extra = '') => `  - create_index:\n      table: t\n      name: t_x\n      columns: [id, ${column}]\n${extra}    dialects: [postgres]\n`;

  it('an expression that would end the statement: the parser refuses it, naming file, line and column', async () => {
    const dir = demo(ix(`{ expression: "lower(x)); DROP TABLE t; --" }`));
    const e = await checkedError(dir);
    expectAt(e, e.pos.file, 9, 35, /index t_x expression \(postgres\): unbalanced parentheses: "\)" at character 9 closes nothing$/);
    expect(e.pos.file).toMatch(/demo\/1\.0-1\.1\.yaml$/);
  });

  it.each([
    ['"lower(x) -- swallow"', /comments are not allowed in an index expression/],
    ['"lower(x); DROP TABLE t"', /";" is not allowed in an index expression/],
    ['"x + 1"', /cannot stand as an index element as written: an expression that is not a function call is written in parentheses/],
    ['"(x)"', /is a bare column: write \{ column: … \} for a column/],
    ['"lower(t.x)"', /names t\.x: an index expression names its table's columns alone/],
    ['"lower(x) DESC"', /syntax error|direction/],
    ['"lower((SELECT x FROM t LIMIT 1))"', /holds a subquery, which PostgreSQL refuses in an index expression/],
  ])('expression %s', async (text, why) => {
    const e = await checkedError(demo(ix(`{ expression: ${text} }`)));
    expect(e.pos.line).toBe(9);
    expect(e.message).toMatch(why);
  });

  it('a predicate with a second statement, and an expression naming a column the table does not have', async () => {
    const e = await checkedError(demo(ix('x', '      where: "x = \'a\'; DROP TABLE t"\n')));
    expectAt(e, e.pos.file, 10, 14, /index t_x where \(postgres\): ";" is not allowed in an index predicate: it would end the statement$/);
    const missing = await checkedError(demo(ix('{ expression: "lower(y)" }')));
    expect(missing.message).toMatch(/create_index: index t_x \("lower\(y\)"\) uses column "t\.y", which does not exist$/);
  });

  it('what the access method cannot do: a unique or descending brin index, a hash index on two columns', () => {
    const at = (step: string) => planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: demo(step) })).message;
    expect(at('  - create_index: { table: t, name: t_x, columns: [id], method: brin, unique: true }\n')).toMatch(/only a btree index can be unique \(method brin\)/);
    expect(at('  - create_index: { table: t, name: t_x, columns: ["id desc"], method: brin }\n')).toMatch(/a brin index has no order: desc is for btree/);
    expect(at('  - create_index: { table: t, name: t_x, columns: [id, x], method: hash }\n')).toMatch(/a hash index has one column/);
  });

  it('MySQL/MariaDB: a method, an operator class, an expression or a predicate outside a postgres: override', () => {
    const step = '  - create_index:\n      table: t\n      name: t_x\n      columns: [id, { expression: "lower(x)" }]\n      where: "(x IS NOT NULL)"\n      method: btree\n';
    const e = planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: demo(step) }));
    expect(e.message).toMatch(/1\.0-1\.1\.yaml:7:7: create_index: index t_x has an expression and a where predicate, which only PostgreSQL indexes have \(this compile is for mysql\): put them under a postgres: override \(the portable fields then define the index for mysql\), or limit the step with dialects: \[postgres\]$/);
    const opclass = planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: demo('  - create_index: { table: t, name: t_x, columns: [{ column: id, opclass: int4_ops }], method: hash }\n') }));
    expect(opclass.message).toMatch(/index t_x has method hash and an operator class, which only PostgreSQL indexes have/);
    // Under postgres: the same index compiles for both.
    const ok = demo('  - create_index:\n      table: t\n      name: t_x\n      columns: [id]\n      postgres: { columns: [id, { expression: "lower(x)", opclass: text_pattern_ops }], where: "(x IS NOT NULL)" }\n');
    expect(compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: ok }).sql).toContain('CREATE INDEX `t_x` ON `t` (`id`)');
    expect(compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: ok }).sql).toContain('CREATE INDEX t_x ON t (id, lower(x) text_pattern_ops) WHERE (x IS NOT NULL);');
  });

  it('a column an expression or predicate reads cannot be renamed, dropped or retyped while the index stands', () => {
    const withIx = '  - create_index: { table: t, name: t_x, columns: [{ expression: "lower(x)" }], dialects: [postgres] }\n'.replace(', dialects: [postgres] }', ' }');
    for (const [next, why] of [
      ['  - rename_column: { table: t, from: x, to: y }\n', /column "t\.x" is read by an expression or the predicate of index t_x/],
      ['  - drop_column: { table: t, column: x }\n', /column "t\.x" is used by index t_x: drop it first/],
      ['  - alter_column_type: { table: t, column: x, type: varchar(10) }\n', /column "t\.x" is read by an expression or the predicate of index t_x/],
    ] as const) {
      const dir = demoProduct({ '0-1.0.yaml': BASE, '1.0-1.1.yaml': plan(withIx + next) }, '');
      expect(planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: dir })).message).toMatch(why);
    }
  });
});

await describeEngines('postgres', (e) => {
  it('plan verify passes: idempotent (a second run executes nothing), resumable at every boundary, reversible', async () => {
    const r = await verify({ product: 'ixexpr', from: '1.0', to: '1.1', dialect: 'postgres', url: e.url, plansDir, exhaustive: true });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    expect(r.checks.map((c) => c.check)).toContain('second run executes nothing');
  });

  it('same-named indexes with another definition, or INVALID, are rebuilt; the rollback drops the new ones', async () => {
    const s = await openScratch('postgres', { url: e.url });
    try {
      await s.execScript(script('0', '1.0'));
      expect(await indexes(s)).toEqual([PLAIN]);
      // An older spelling of the domain index under its name (the plain value, no predicate), and an INVALID brin index.
      await s.execStatements([
        'CREATE INDEX idx_recipe_user_tenants_search_domain ON recipe_user_tenants (app_id, tenant_id, account_info_value)',
        'CREATE INDEX activity_log_created_at_brin ON activity_log USING brin (created_at)',
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = to_regclass('activity_log_created_at_brin')",
      ]);
      await s.execScript(script('1.0', '1.1'));
      const target = [BRIN, SECONDS, PATTERN, DOMAIN, TPARTY];
      expect(await indexes(s)).toEqual(target);
      // Run again: nothing changes.
      await s.execScript(script('1.0', '1.1'));
      expect(await indexes(s)).toEqual(target);
      await s.execScript(script('1.1', '1.0'));
      expect(await indexes(s)).toEqual([PLAIN]);
    } finally {
      await s.close();
    }
  });
});

await describeServer('postgres server, a table prefix and a schema', 'postgres', (url) => {
  it('plan verify passes with table_prefix=St, table_schema=auth (the parts outside a transaction included)', async () => {
    const r = await verify({ product: 'ixexpr', from: '1.0', to: '1.1', dialect: 'postgres', url, plansDir, params: ['table_prefix=St', 'table_schema=auth'], sample: 4 });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
  });
});

describe('spelling', () => {
  it('an expression not spelled as the catalog spells it fails plan verify, which quotes the catalog spelling', async () => {
    const dir = tempPlansDir();
    cpSync(join(plansDir, 'ixexpr'), join(dir, 'ixexpr'), { recursive: true });
    const file = join(dir, 'ixexpr', '1.0-1.1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace("'@'::text, 2", "'@', 2"));
    const r = await verify({ product: 'ixexpr', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: dir, sample: 1 });
    expect(r.ok).toBe(false);
    expect(r.checks.flatMap((c) => c.detail).join('\n')).toContain("has index idx_recipe_user_tenants_search_domain CREATE INDEX idx_recipe_user_tenants_search_domain ON recipe_user_tenants USING btree (app_id, tenant_id, lower(split_part(account_info_value, '@'::text, 2)) text_pattern_ops)");
  });
});

await describeEngines('mysql', (e) => {
  it('plan verify passes on MySQL/MariaDB (plain indexes there)', async () => {
    const r = await verify({ product: 'ixexpr', from: '1.0', to: '1.1', dialect: 'mysql', url: e.url, plansDir, exhaustive: true });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
  });
});
