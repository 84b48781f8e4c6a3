// A dialect that stops before the product's last version (product.yaml `dialect_versions:`): SuperTokens has no
// public MySQL plugin past core 10.1 (reference supertokens.md §1), so its MySQL versions end there. Every
// command refuses a later version on that dialect in one line, and validate, build (out/), verify, catalog,
// detect and status consider only the versions the dialect supports. A demo product checks the same rules without
// SuperTokens' plans, and the loader's checks of the declaration.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { expectedOut } from '../src/compile/out.js';
import { validateAll } from '../src/compile/validate.js';
import { detect } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';
import { projectRoot } from '../src/paths.js';
import { dialectsAt, dialectVersions, forDialect, planDialects, versionRuns } from '../src/plan/dialect-versions.js';
import { loadProduct } from '../src/plan/load.js';
import { demoProduct, planError, REAL_PLANS, writePlanFile } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const plan = (args: string[]) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const REASON = 'the newest public SuperTokens MySQL plugin, 8.1.4, is for core 10.1; later cores have PostgreSQL plugins only';
const past = (v: string) => `supertokens has no mysql support past 10.1: ${v} is not available on mysql (${REASON})`;

describe('SuperTokens on MySQL stops at 10.1', { timeout: 120_000 }, () => {
  const st = loadProduct('supertokens', REAL_PLANS);

  it('the product file says so; PostgreSQL goes on to the last version', () => {
    expect(dialectVersions(st.product, 'mysql').at(-1)).toBe('10.1');
    expect(dialectVersions(st.product, 'postgres')).toEqual(st.product.versions);
    expect(dialectsAt(st.product, '10.1')).toEqual(['postgres', 'mysql']);
    expect(dialectsAt(st.product, '11.0')).toEqual(['postgres']);
    expect(forDialect(st, 'mysql').plans.every((p) => dialectsAt(st.product, p.plan.to).includes('mysql'))).toBe(true);
    expect(forDialect(st, 'postgres')).toBe(st);
  });

  it.each([
    [['compile', 'supertokens', '10.1', '11.0', '--dialect', 'mysql'], '11.0'],
    [['compile', 'supertokens', '11.0', '10.1', '--dialect', 'mysql'], '11.0'],
    [['compile', 'supertokens', '0', '11.4', '--dialect', 'mariadb'], '11.4'],
    [['compile', 'supertokens', '10.1', '11.0', '--dialect', 'mysql', '-o', '-'], '11.0'],
    [['catalog', 'supertokens', '11.3', '--dialect', 'mysql'], '11.3'],
    [['verify', 'supertokens', '10.1', '11.0', '--dialect', 'mysql'], '11.0'],
  ])('plan %j: one line, exit 2, no output', (args, v) => {
    const r = plan(args);
    expect(r.stderr).toBe(`plan: error: ${past(v)}\n`);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('plan compile supertokens 10.1 11.0 --dialect postgres compiles (the limit is MySQL\'s only)', () => {
    const r = plan(['compile', 'supertokens', '10.1', '11.0', '--dialect', 'postgres']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('supertokens 10.1 → 11.0');
  });

  it('plan list and plan list supertokens show which dialects support each version, and why MySQL stops', () => {
    for (const args of [['list'], ['list', 'supertokens']]) {
      const r = plan(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('  by version: 0 – 10.1: postgres, mysql; 11.0 – 12.1: postgres\n');
      expect(r.stdout).toContain(`  mysql: not past 10.1 (${REASON})\n`);
    }
    const json = JSON.parse(plan(['list', 'supertokens', '--json']).stdout);
    expect(json.products).toHaveLength(1);
    expect(json.products[0].versionDialects['10.1']).toEqual(['postgres', 'mysql']);
    expect(json.products[0].versionDialects['11.0']).toEqual(['postgres']);
    expect(json.products[0].versionDialects['0']).toEqual(['postgres', 'mysql']);
  });

  it('plan list nope: unknown product, exit 2', () => {
    const r = plan(['list', 'nope']);
    expect(r.stderr).toBe('plan: error: unknown product "nope" (known: authhero, fief, keto, logto, supertokens)\n');
    expect(r.code).toBe(2);
  });

  it('catalog and compile refuse it in the API too, and accept 10.1', () => {
    expect(planError(() => predictCatalog({ product: 'supertokens', version: '11.0', dialect: 'mysql' })).message).toBe(past('11.0'));
    expect(planError(() => compile({ product: 'supertokens', from: '0', to: '11.2', dialect: 'mysql' })).message).toBe(past('11.2'));
    expect(predictCatalog({ product: 'supertokens', version: '10.1', dialect: 'mysql' }).length).toBeGreaterThan(0);
  });

  it('out/ (plan build) holds no MySQL script of a plan past 10.1, and the PostgreSQL ones', () => {
    const files = [...expectedOut([{ name: 'supertokens', plansDir: REAL_PLANS }]).keys()];
    expect(files).toContain('supertokens/10.0-10.1/mysql/up.sql');
    expect(files).toContain('supertokens/10.1-11.0/postgres/up.sql');
    expect(files).toContain('supertokens/11.2-11.3/postgres/down.sql');
    expect(files.filter((f) => /^supertokens\/(10\.1-11|11\.)[^/]*\/mysql\//.test(f))).toEqual([]);
  }, 120_000);

  it('plan verify --all runs each plan only on the dialects that support it', () => {
    const pairs = planDialects(st).map(({ plan: p, dialect }) => `${p.plan.from}-${p.plan.to} ${dialect}`);
    expect(pairs).toContain('10.0-10.1 mysql');
    expect(pairs).toContain('11.3-11.4 postgres');
    expect(pairs).not.toContain('10.1-11.0 mysql');
    expect(pairs).not.toContain('11.3-11.4 mysql');
  });

  it('detect on MySQL considers versions up to 10.1 only; PostgreSQL cannot tell 10.1 – 11.2 apart', () => {
    const at101 = (dialect: string) => predictCatalog({ product: 'supertokens', version: '10.1', dialect });
    const mysql = detect({ product: 'supertokens', dialect: 'mysql', found: at101('mysql') });
    expect(mysql.outcome).toBe('exact');
    expect(mysql.best.versions).toEqual(['10.1']);
    expect(mysql.best.label).toBe('10.1');
    const pg = detect({ product: 'supertokens', dialect: 'postgres', found: at101('postgres') });
    expect(pg.best.versions).toEqual(['10.1', '11.0', '11.1', '11.2']);
  });

  it('status on MySQL: the newest target is 10.1 (from 10.0: the 10.0 → 10.1 plan); --to 11.0 is refused with the same line', () => {
    const detected = detect({ product: 'supertokens', dialect: 'mysql', found: predictCatalog({ product: 'supertokens', version: '10.0', dialect: 'mysql' }) });
    const s = status({ detected });
    expect(s).toMatchObject({ state: 'pending', from: '10.0', to: '10.1' });
    expect(s.plans.map((p) => `${p.from}-${p.to}`)).toEqual(['10.0-10.1']);
    expect(planError(() => status({ detected, to: '11.0' })).message).toBe(past('11.0'));
  });
});

describe('a demo product whose mysql stops at 1.1', () => {
  const install = `product: demo
from: "0"
to: "1.0"
summary: install
steps:
  - create_table: { name: things, columns: [{ name: id, type: integer, nullable: false }], primary_key: { columns: [id] } }
`;
  const step = (from: string, to: string, column: string, extra = '') => `product: demo
from: "${from}"
to: "${to}"
summary: adds ${column}
steps:
  - add_column: { table: things, column: { name: ${column}, type: integer } }
${extra}`;
  const LIMIT = `dialect_versions:\n  mysql: { until: "1.1", reason: no mysql build after 1.1 }\n`;
  const dir = () => demoProduct({ '0-1.0.yaml': install, '1.0-1.1.yaml': step('1.0', '1.1', 'a'), '1.1-1.2.yaml': step('1.1', '1.2', 'b') }, LIMIT);

  it('compile refuses 1.2 on mysql only; versionRuns groups the versions', () => {
    const plansDir = dir();
    expect(planError(() => compile({ product: 'demo', from: '1.1', to: '1.2', dialect: 'mysql', plansDir })).message).toBe(
      'demo has no mysql support past 1.1: 1.2 is not available on mysql (no mysql build after 1.1)',
    );
    expect(compile({ product: 'demo', from: '1.1', to: '1.2', dialect: 'postgres', plansDir }).sql).toContain('-- the rollback would drop: column things.b');
    expect(versionRuns(loadProduct('demo', plansDir).product)).toEqual([
      { versions: ['0', '1.0', '1.1'], dialects: ['postgres', 'mysql'] },
      { versions: ['1.2'], dialects: ['postgres'] },
    ]);
  });

  it('validate compiles mysql up to 1.1 and says so; build leaves mysql 1.1-1.2 out', async () => {
    const plansDir = dir();
    expect(await validateAll('demo', plansDir)).toEqual(['demo: 3 plans valid (10 scripts compiled across postgres, mysql (up to 1.1) and every parameter choice)']);
    expect([...expectedOut([{ name: 'demo', plansDir }]).keys()].sort()).toEqual([
      'demo/0-1.0/mysql/down.sql', 'demo/0-1.0/mysql/review.md', 'demo/0-1.0/mysql/up.sql', 'demo/0-1.0/postgres/down.sql', 'demo/0-1.0/postgres/review.md', 'demo/0-1.0/postgres/up.sql',
      'demo/1.0-1.1/mysql/down.sql', 'demo/1.0-1.1/mysql/review.md', 'demo/1.0-1.1/mysql/up.sql', 'demo/1.0-1.1/postgres/down.sql', 'demo/1.0-1.1/postgres/review.md', 'demo/1.0-1.1/postgres/up.sql',
      'demo/1.1-1.2/postgres/down.sql', 'demo/1.1-1.2/postgres/review.md', 'demo/1.1-1.2/postgres/up.sql',
      // each version's catalog, on the dialects that have it
      'demo/catalog/mysql/1.0.txt', 'demo/catalog/mysql/1.1.txt', 'demo/catalog/postgres/1.0.txt', 'demo/catalog/postgres/1.1.txt', 'demo/catalog/postgres/1.2.txt',
      'demo/lint.txt',
    ]);
  });

  it('a plan past the limit with a MySQL-only step does not compile on mysql in validate (it is never asked to)', async () => {
    // Without the limit, validate would compile 1.1 → 1.2 on mysql, where this raw_sql has no text: refused.
    const plansDir = demoProduct({
      '0-1.0.yaml': install,
      '1.0-1.1.yaml': step('1.0', '1.1', 'a'),
      '1.1-1.2.yaml': `product: demo
from: "1.1"
to: "1.2"
summary: postgres only
steps:
  - raw_sql: { description: analyze, postgres: "ANALYZE things", inverse: { postgres: "SELECT 1" }, unguarded: statistics only }
`,
    }, LIMIT);
    expect(await validateAll('demo', plansDir)).toHaveLength(1);
  });

  it('the loader refuses an until that is not a version, a dialect the product lacks, and a step for a dialect past its limit', () => {
    const bad = (extra: string, plans: Record<string, string> = { '0-1.0.yaml': install }) => planError(() => loadProduct('demo', demoProduct(plans, extra))).message;
    expect(bad(`dialect_versions:\n  mysql: { until: "2.0", reason: r }\n`)).toMatch(/product\.yaml:\d+:\d+: dialect_versions: mysql until "2\.0" is not a listed version$/);
    const one = demoProduct({ '0-1.0.yaml': install }, `dialect_versions:\n  mysql: { until: "1.0", reason: r }\n`);
    writePlanFile(one, 'demo', 'product.yaml', `product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [postgres]\ndialect_versions:\n  mysql: { until: "1.0", reason: r }\n`);
    expect(planError(() => loadProduct('demo', one)).message).toMatch(/dialect_versions: mysql is not one of the product's dialects \(postgres\)$/);
    expect(bad(LIMIT, { '0-1.0.yaml': install, '1.0-1.1.yaml': step('1.0', '1.1', 'a'), '1.1-1.2.yaml': step('1.1', '1.2', 'b', '    dialects: [mysql]\n') })).toMatch(
      /1\.1-1\.2\.yaml:\d+:\d+: dialect mysql stops at demo 1\.1 \(dialect_versions:\), so a step for it in a plan to 1\.2 never runs$/,
    );
    expect(bad(`dialect_versions:\n  mysql: { until: "1.1" }\n`)).toMatch(/reason/);
  });
});
