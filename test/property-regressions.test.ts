// Chains the property tests (test/property.test.ts) found failing, kept as they were shrunk: each folder of
// test/fixtures/property/ is a plans directory holding the product `random`, with a comment in its
// product.yaml saying what failed. Every script compiles on both dialects, PostgreSQL's parser reads it, its
// second run executes no DDL (an event trigger on PGlite), and `plan verify` passes on PGlite for 0 → last and
// for every plan.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadModule, parse } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { loadProduct } from '../src/plan/load.js';
import { planError } from './helpers/plans.js';
import { ddlOfSecondRun } from './helpers/ddl-log.js';
import { verify } from '../src/verify/verify.js';

const ROOT = fileURLToPath(new URL('./fixtures/property', import.meta.url));

beforeAll(async () => {
  await loadModule();
});

for (const name of readdirSync(ROOT).sort()) {
  const plansDir = join(ROOT, name);
  describe(name, () => {
    const p = loadProduct('random', plansDir);
    const last = p.product.versions[p.product.versions.length - 1];
    const pairs: [string, string][] = [['0', last], ...p.plans.map((x): [string, string] => [x.plan.from, x.plan.to])];
    it('compiles on both dialects; PostgreSQL parses', async () => {
      for (const dialect of ['postgres', 'mysql']) {
        for (const [from, to] of pairs.flatMap(([a, b]): [string, string][] => [[a, b], [b, a]])) {
          const r = compile({ product: 'random', from, to, dialect, plansDir });
          if (dialect === 'postgres') await parse(r.sql);
        }
      }
    });
    it.each(pairs.flatMap(([a, b]): [string, string][] => [[a, b], [b, a]]))('%s → %s run twice on PGlite: the second run executes no DDL (event trigger)', async (from, to) => {
      expect(await ddlOfSecondRun({ product: 'random', plansDir, from, to })).toEqual([]);
    });
    it.each(pairs)('plan verify %s → %s on PGlite', async (from, to) => {
      const r = await verify({ product: 'random', from, to, dialect: 'postgres', plansDir, sample: 2 });
      expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    });
  });
}

// Chains the compiler refuses, each with the one located line it is refused with: a folder of
// test/fixtures/property-refused/ per chain, and the message of every script that goes through the bad plan.
const REFUSED = fileURLToPath(new URL('./fixtures/property-refused', import.meta.url));
/** Per fixture: the scripts tried, and the message of each dialect (undefined: that dialect compiles them). */
const REFUSED_AS: Record<string, { scripts: [string, string][]; message: (dialect: string) => string | undefined }> = {
  'second-run-alters-select': {
    scripts: [['1.0', '1.1'], ['1.1', '1.0'], ['0', '1.2'], ['1.2', '0']],
    message: (dialect) =>
      `test/fixtures/property-refused/second-run-alters-select/random/1.0-1.1.yaml:25:7: rename_table: brings the ${dialect} schema back to where it was before step 3/5 ` +
      `(rename table select to accounts, at test/fixtures/property-refused/second-run-alters-select/random/1.0-1.1.yaml:19:7) of 1.0 → 1.1: ` +
      'a re-run could not tell those two states apart; leave out the steps between them, or split them over two plans',
  },
  'check-on-fk-action-column': {
    scripts: [['0', '1.0'], ['1.0', '0'], ['0', '1.2'], ['1.2', '0']],
    message: (dialect) =>
      dialect === 'postgres'
        ? undefined
        : 'test/fixtures/property-refused/check-on-fk-action-column/random/0-1.0.yaml:16:7: create_table: foreign key Mixed_fk2 has ON DELETE CASCADE on column Mixed.ref1, ' +
          'which check ck4 reads (MySQL and MariaDB refuse both on one column): give the foreign key RESTRICT or NO ACTION',
  },
  'fk-set-default-mysql': {
    scripts: [['1.1', '1.2'], ['1.2', '1.1'], ['0', '1.2'], ['1.2', '0']],
    message: (dialect) =>
      dialect === 'postgres'
        ? undefined
        : 'test/fixtures/property-refused/fk-set-default-mysql/random/1.1-1.2.yaml:7:7: create_table: foreign key group_fk4 has ON UPDATE SET DEFAULT, ' +
          'which MySQL 8 refuses and MariaDB replaces by RESTRICT: use another action on mysql (a mysql: override), or limit the step with dialects:',
  },
};

describe('refused chains', () => {
  it('every folder of test/fixtures/property-refused has its expected message here', () => {
    expect(readdirSync(REFUSED).sort()).toEqual(Object.keys(REFUSED_AS).sort());
  });
  for (const [name, { scripts, message }] of Object.entries(REFUSED_AS)) {
    it.each(scripts)(`${name}: %s → %s is refused with one located line where expected`, (from, to) => {
      for (const dialect of ['postgres', 'mysql']) {
        const expected = message(dialect);
        const run = () => compile({ product: 'random', from, to, dialect, plansDir: join(REFUSED, name) });
        if (expected === undefined) run();
        else expect(planError(run).message).toBe(expected);
      }
    });
  }
});
