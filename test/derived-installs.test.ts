// Install plans derived from the model (product.yaml derived_installs:): the compiler replays the written chain
// 0 → … → V and creates its result directly. Here, without an engine: the loader's view of them and its errors,
// the paths that use them, the install's model equal to the chain's byte for byte (and to SuperTokens' own
// fresh-install catalog) at every derived version and dialect, the same with naming parameters, the rows the chain
// inserts, a change to a written step reaching the install, and the version check that refuses an earlier version's
// database (a subset of the tables) instead of taking it for a partial install. On the engines: a 9.1 database is
// refused untouched, and `plan verify` of the derived installs with a crash at every statement (PGlite) or a sample
// of them (PostgreSQL 15, MariaDB), a second run executing nothing and zero drift against the facts.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, modelAt, predictCatalog } from '../src/compile/compile.js';
import { modelText } from '../src/compile/derived.js';
import { firstMismatch } from '../src/compile/version-check.js';
import { getDialect } from '../src/dialects/index.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { findPath, writtenChainFromEmpty } from '../src/plan/graph.js';
import { loadProduct } from '../src/plan/load.js';
import { forDialect, supportsVersion } from '../src/plan/dialect-versions.js';
import { resolveParams } from '../src/plan/params.js';
import type { DialectName, Scalar } from '../src/plan/types.js';
import { factsCatalog, verify, type VerifyReport } from '../src/verify/verify.js';
import { projectRoot } from '../src/paths.js';
import { demoProduct, expectAt, planError, REAL_PLANS, tempPlansDir, writePlanFile } from './helpers/plans.js';
import { describeEngines, describeServer } from './helpers/servers.js';

const product = loadProduct('supertokens');
const DERIVED = product.product.derived_installs ?? [];
const DIALECTS: DialectName[] = ['postgres', 'mysql'];
/** Every (version, dialect) of a derived install the dialect supports (MySQL stops at 10.1). */
const CASES = DERIVED.flatMap((v) => DIALECTS.filter((d) => supportsVersion(product.product, d, v)).map((d) => [v, d] as [string, DialectName]));
/** SuperTokens' fresh-install catalog of `v`; for 12.1, which has no public plugin, its predicted one (facts/core-12.1.md). */
const facts = (d: DialectName, v: string) => factsCatalog(product.dir, getDialect(d), v, undefined)!.lines;
const path = (from: string, to: string, d: DialectName = 'postgres') => findPath(forDialect(product, d), from, to).plans.map((x) => `${x.plan.from}-${x.plan.to}${x.derived ? ' (derived)' : ''}`);

describe('derived installs: the loader and the paths', () => {
  it('product.yaml lists them, 6.0 among them, and the newest version of each dialect', () => {
    expect(DERIVED).toContain('6.0');
    expect(DERIVED).toContain(product.product.versions[product.product.versions.length - 1]);
    expect(DERIVED).toContain(product.product.dialect_versions!.mysql!.until);
  });

  it('the shortest path from 0 is the derived install; later versions upgrade from it', () => {
    expect(path('0', '6.0')).toEqual(['0-6.0 (derived)']);
    expect(path('6.0', '0')).toEqual(['0-6.0 (derived)']);
    expect(path('0', '7.0')).toEqual(['0-6.0 (derived)', '6.0-7.0']);
    expect(path('0', '5.0')[0]).toBe('0-3.3');
    expect(path('5.0', '6.0')).toEqual(['5.0-6.0']);
    expect(path('6.0', '7.0')).toEqual(['6.0-7.0']);
    const last = product.product.versions[product.product.versions.length - 1];
    expect(path('0', last)).toEqual([`0-${last} (derived)`]);
    expect(path('0', '10.1', 'mysql')).toEqual(['0-10.1 (derived)']);
    // What a derived install is derived from: written plans only.
    expect(writtenChainFromEmpty(product, '6.0').map((x) => x.relPath)).toEqual(product.plans.find((x) => x.derived && x.plan.to === '6.0')!.derivedFrom!.map((x) => x.relPath));
    expect(writtenChainFromEmpty(product, '6.0').every((x) => !x.derived)).toBe(true);
  });

  it('plan list shows them, marked derived (and in --json)', () => {
    const cli = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
    const text = execFileSync(process.execPath, [cli, 'list', 'supertokens'], { encoding: 'utf8' });
    expect(text).toContain(`install plans at: 3.3, ${DERIVED.map((v) => `${v} (derived)`).join(', ')}; upgrade plans: ${product.product.versions.length - 1}`);
    const json = JSON.parse(execFileSync(process.execPath, [cli, 'list', 'supertokens', '--json'], { encoding: 'utf8' }));
    expect(json.products[0]).toMatchObject({ installPlansAt: ['3.3', ...DERIVED], derivedInstallsAt: DERIVED, upgradePlans: product.product.versions.length - 1 });
    // compile --json names the written plans the install is derived from.
    const c = JSON.parse(execFileSync(process.execPath, [cli, 'compile', 'supertokens', '0', '6.0', '--dialect', 'postgres', '--json', '-o', join(tempPlansDir(), 'up.sql')], { encoding: 'utf8' }));
    expect(c.derivedInstall).toBe('6.0');
    expect(c.plans.map((x: { file: string }) => x.file)).toEqual(writtenChainFromEmpty(product, '6.0').map((x) => x.relPath));
  });

  const PLAN = (from: string, to: string) => `product: demo\nfrom: "${from}"\nto: "${to}"\nsummary: s\nsteps:\n  - create_table:\n      name: t${to.replace('.', '_')}\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n`;
  it('a version that is not listed, one with a written install, one without a written chain: errors at the entry', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['derived_installs: ["2.0"]\n', { '0-1.0.yaml': PLAN('0', '1.0') }, /derived_installs: "2.0" is not a listed version/],
      ['derived_installs: ["1.0", "1.2"]\n', { '0-1.0.yaml': PLAN('0', '1.0') }, /derived_installs: 1.0 has a written install plan \(.*0-1.0.yaml\)/],
      ['derived_installs: ["1.0", "1.2"]\n', { '0-1.1.yaml': PLAN('0', '1.1') }, /derived_installs: 1.0 cannot be derived: no install plan/],
    ];
    for (const [extra, plans, what] of cases) {
      const dir = demoProduct(plans, extra);
      const e = planError(() => loadProduct('demo', dir));
      // Line 5 of product.yaml, at the entry named.
      const col = extra.indexOf(what.source.includes('2.0') ? '"2.0"' : '"1.0"') + 1;
      expect(e.pos!.file).toMatch(/demo\/product\.yaml$/);
      expectAt(e, e.pos!.file, 5, col, what);
    }
  });

  it('a derived install of a product of your own: listed, compiled, and its model is the chain', () => {
    const dir = demoProduct({ '0-1.0.yaml': PLAN('0', '1.0'), '1.0-1.1.yaml': PLAN('1.0', '1.1'), '1.1-1.2.yaml': PLAN('1.1', '1.2') }, 'derived_installs: ["1.2"]\n');
    const p = loadProduct('demo', dir);
    expect(p.plans.filter((x) => x.derived).map((x) => `${x.plan.from}-${x.plan.to}`)).toEqual(['0-1.2']);
    for (const dialect of DIALECTS) {
      const r = compile({ product: 'demo', from: '0', to: '1.2', dialect, plansDir: dir });
      expect(r.plans.map((x) => x.derived)).toEqual([true]);
      expect(modelText(r.after)).toBe(modelText(modelAt(p, '1.2', getDialect(dialect), {})));
      expect(r.sql).toMatch(/-- derived: {2}the install 0 → 1\.2 is derived from the chain 0 → 1\.0 → 1\.1 → 1\.2/);
      expect(compile({ product: 'demo', from: '1.2', to: '0', dialect, plansDir: dir }).after.tables).toEqual([]);
    }
  });
});

describe('derived installs: the install equals the chain', () => {
  it.each(CASES)('%s on %s: the same model byte for byte, the same catalog as the chain and as the facts', (v, dialect) => {
    const d = getDialect(dialect);
    const r = compile({ product: 'supertokens', from: '0', to: v, dialect });
    expect(r.plans).toHaveLength(1);
    expect(r.plans[0].derived).toBe(true);
    const chain = modelAt(product, v, d, resolveParams(product, []) as Record<string, Scalar>);
    expect(modelText(r.after)).toBe(modelText(chain));
    expect(d.catalog.catalogLines(r.after)).toEqual(d.catalog.catalogLines(chain));
    expect([...d.catalog.catalogLines(r.after)].sort()).toEqual(facts(dialect, v));
    // The header says where it comes from; the sources are the written plans.
    expect(r.sql).toMatch(new RegExp(`-- derived: {2}the install 0 → ${v.replace('.', '\\.')} is derived from the chain 0 → 3\\.3 → 3\\.4 → .* → ${v.replace('.', '\\.')}: those plans are replayed in the model`));
    expect(r.sql).toContain('--   plans/supertokens/0-3.3.yaml ');
    // Each table once, with its final definition: no ALTER TABLE of a table the install created.
    // (A partition, 12.0's activity_log_default, is made by create_partition, after its table.)
    expect(r.units.filter((u) => u.op.kind === 'create_table' || u.op.kind === 'create_partition')).toHaveLength(chain.tables.length);
    expect(r.units.map((u) => u.op.kind).filter((k) => !['create_table', 'create_partition', 'create_index', 'insert', 'add_foreign_key'].includes(k))).toEqual([]);
    // The rows the chain inserts (5.0 → 6.0: the default app and tenant), every column given.
    const inserts = r.units.filter((u) => u.op.kind === 'insert').map((u) => u.op as { table: string; rows: Record<string, unknown>[] });
    expect(inserts.map((i) => i.table)).toEqual(expect.arrayContaining(['apps', 'tenants']));
    expect(inserts.find((i) => i.table === 'apps')!.rows).toEqual([expect.objectContaining({ app_id: 'public', created_at_time: 0 })]);
    expect(inserts.find((i) => i.table === 'tenants')!.rows).toEqual([expect.objectContaining({ app_id: 'public', tenant_id: 'public' })]);
  });

  it.each(CASES)('%s on %s: the rollback drops everything the install creates', (v, dialect) => {
    const r = compile({ product: 'supertokens', from: v, to: '0', dialect });
    expect(r.after.tables).toEqual([]);
    expect(r.sql).toContain('THIS SCRIPT DROPS EVERY TABLE OF SUPERTOKENS');
  });

  it('with naming parameters (prefix, schema) the install follows them and still equals the chain', () => {
    const params = ['postgresql_table_names_prefix=St', 'postgresql_table_schema=auth'];
    const r = compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres', params });
    const chain = modelAt(product, '6.0', getDialect('postgres'), resolveParams(product, params) as Record<string, Scalar>);
    expect(modelText(r.after)).toBe(modelText(chain));
    expect(r.sql).toContain('CREATE TABLE auth.st_apps (');
    expect(r.sql).toContain("INSERT INTO auth.st_apps (app_id, created_at_time) SELECT 'public', 0");
    expect(predictCatalog({ product: 'supertokens', version: '6.0', dialect: 'postgres', params })).toEqual(getDialect('postgres').catalog.catalogLines(r.after));
  });

  it('a plan author changing a written step changes the derived install (nothing is hard-coded)', () => {
    const dir = tempPlansDir();
    cpSync(join(REAL_PLANS, 'supertokens'), join(dir, 'supertokens'), { recursive: true });
    const f = join(dir, 'supertokens', '5.0-6.0.yaml');
    const text = readFileSync(f, 'utf8');
    expect(text).toContain('rows: [{ app_id: public, created_at_time: 0 }]');
    writeFileSync(f, text.replace('rows: [{ app_id: public, created_at_time: 0 }]', 'rows: [{ app_id: public, created_at_time: 42 }]'));
    writePlanFile(dir, 'supertokens', '4.6-5.0.yaml', readFileSync(join(dir, 'supertokens', '4.6-5.0.yaml'), 'utf8') + '  - add_column:\n      table: key_value\n      column: { name: author_note, type: text }\n');
    const changed = loadProduct('supertokens', dir);
    for (const dialect of DIALECTS) {
      const before = compile({ product: 'supertokens', from: '0', to: '6.0', dialect });
      const after = compile({ product: 'supertokens', from: '0', to: '6.0', dialect, plansDir: dir });
      expect(after.sql).not.toBe(before.sql);
      expect(after.sql).toMatch(/`?author_note`? TEXT/);
      expect(after.sql).toMatch(/INSERT INTO `?apps`? \(`?app_id`?, `?created_at_time`?\) SELECT '+public'+, 42/);
      expect(modelText(after.after)).toBe(modelText(modelAt(changed, '6.0', getDialect(dialect), resolveParams(changed, []) as Record<string, Scalar>)));
      expect(modelText(after.after)).not.toBe(modelText(before.after));
    }
  });
});

describe('derived installs: the version check takes no earlier version for a partial install', () => {
  it.each(CASES)('0 → %s on %s: every version but 0 and those with its schema is refused, with one message', (target, dialect) => {
    const d = getDialect(dialect);
    const params = resolveParams(product, []) as Record<string, Scalar>;
    const r = compile({ product: 'supertokens', from: '0', to: target, dialect });
    expect(r.plans[0].derived).toBe(true);
    expect(firstMismatch(d, r.check, modelAt(product, '0', d, params))).toBeUndefined();
    expect(firstMismatch(d, r.check, r.after)).toBeUndefined();
    // Versions whose schema is the target's (11.3 and 11.4: 11.4 changes no table) are the target state itself.
    const versions = forDialect(product, dialect).product.versions.filter((v) => modelText(modelAt(product, v, d, params)) !== modelText(r.after));
    expect(versions).toContain('5.0');
    const accepted = versions.filter((v) => firstMismatch(d, r.check, modelAt(product, v, d, params)) === undefined);
    expect(accepted).toEqual([]);
    // The teardown is checked the same way: it passes through the same states, in reverse.
    const down = compile({ product: 'supertokens', from: target, to: '0', dialect });
    expect(versions.filter((v) => firstMismatch(d, down.check, modelAt(product, v, d, params)) === undefined)).toEqual([]);
    if (target === '6.0') return;
    expect(firstMismatch(d, r.check, modelAt(product, '9.1', d, params))).toMatch(/^table \w+ (has no|is missing)[^;]*, which this script creates (together with|before) /);
  });
});

for (const dialect of DIALECTS) {
  await describeEngines(dialect, (target) => {
    describe(`${target.title}: a 9.1 database is refused by the derived install, untouched`, () => {
      const scratches: Scratch[] = [];
      afterAll(async () => {
        for (const s of scratches) await s.close().catch(() => undefined);
      });
      const to = dialect === 'mysql' ? product.product.dialect_versions!.mysql!.until : product.product.versions[product.product.versions.length - 1];
      it(`0 → ${to} on a 9.1 database`, async () => {
        const s = await openScratch(dialect, { url: target.url });
        scratches.push(s);
        await s.execScript(compile({ product: 'supertokens', from: '0', to: '9.1', dialect }).sql);
        const before = { catalog: [...(await s.catalog())].sort(), rows: await s.allRows() };
        const install = compile({ product: 'supertokens', from: '0', to, dialect });
        const expected = firstMismatch(getDialect(dialect), install.check, modelAt(product, '9.1', getDialect(dialect), resolveParams(product, []) as Record<string, Scalar>))!;
        await expect(s.execScript(install.sql)).rejects.toThrow(/plan stopped: /);
        const error = await s.execScript(install.sql).then(() => '', (e: Error) => e.message);
        // PostgreSQL raises the whole sentence; MySQL's error text is cut at 64 characters (its result row has it all).
        if (dialect === 'postgres') expect(error).toContain(`this database holds supertokens tables that are neither absent nor partway through this install of supertokens ${to}: ${expected}. Nothing was changed.`);
        else expect(error).toContain('plan stopped: ');
        expect({ catalog: [...(await s.catalog())].sort(), rows: await s.allRows() }).toEqual(before);
      });
    });
  });
}

const failures = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`);
const verified = (r: VerifyReport) => {
  expect(failures(r)).toEqual([]);
  expect(r.checks.find((c) => c.check === 'second run executes nothing')).toMatchObject({ ok: true });
  // Zero drift against SuperTokens' own fresh-install schema; 12.1 has none (no public plugin): its install's catalog
  // equals the 12.0 facts plus the 12.1 changes (the model test above), and the engine's equals the model's.
  const fresh = r.checks.find((c) => c.check.startsWith('upgrade equals fresh install'))!;
  if (r.to === '12.1') expect(fresh).toMatchObject({ ok: true, detail: [expect.stringMatching(/^note: no fresh-install facts for 12\.1; compared with its predicted listing/)] });
  else expect(fresh).toMatchObject({ ok: true, detail: [] });
  expect(r.checks.find((c) => c.check.startsWith("model predicts the engine's catalog"))).toMatchObject({ ok: true });
};

describe('pglite: plan verify of every derived install, a crash at every statement', () => {
  it.each(CASES.filter(([, d]) => d === 'postgres'))('%s', async (v) => {
    const r = await verify({ product: 'supertokens', from: '0', to: v, dialect: 'postgres', exhaustive: true });
    verified(r);
    expect(r.checks.find((c) => c.check.startsWith('crash and resume'))!.check).toMatch(/^crash and resume at (\d+) of \1 statement boundaries$/);
  });
});

for (const dialect of DIALECTS) {
  await describeServer(`${dialect} server: plan verify of every derived install`, dialect, (url) => {
    it.each(CASES.filter(([, d]) => d === dialect))('%s', async (v) => {
      verified(await verify({ product: 'supertokens', from: '0', to: v, dialect, url, sample: 12 }));
    });
  });
}
