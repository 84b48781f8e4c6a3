// The version graph: which plans a compile from one version to another uses.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { findPath } from '../src/plan/graph.js';
import { loadProduct } from '../src/plan/load.js';
import { displayPath } from '../src/paths.js';
import type { LoadedPlan } from '../src/plan/types.js';
import { FIXTURE_PLANS, fixtureCopy, planError } from './helpers/plans.js';

const names = (plans: LoadedPlan[]) => plans.map((p) => `${p.plan.from}-${p.plan.to}`);
const fixture = () => loadProduct('fixture', FIXTURE_PLANS);

/** A copy of the fixture with a second install plan, at 1.2 (its steps do not matter to the graph). */
function withInstallAt12() {
  const dir = fixtureCopy();
  writeFileSync(join(dir, 'fixture', '0-1.2.yaml'), 'product: fixture\nfrom: "0"\nto: "1.2"\nsummary: Install 1.2\nsteps: []\n');
  return loadProduct('fixture', dir);
}

describe('paths', () => {
  it('up: the upgrade plans between the versions, on top of the chain that builds the lower one', () => {
    const p = findPath(fixture(), '1.0', '1.3');
    expect(p.direction).toBe('up');
    expect(names(p.plans)).toEqual(['1.0-1.1', '1.1-1.2', '1.2-1.3']);
    expect(names(p.base)).toEqual(['0-1.0']);
  });

  it('down (rollback): the same plans, direction down', () => {
    const p = findPath(fixture(), '1.3', '1.1');
    expect(p.direction).toBe('down');
    expect(names(p.plans)).toEqual(['1.1-1.2', '1.2-1.3']);
    expect(names(p.base)).toEqual(['0-1.0', '1.0-1.1']);
  });

  it('0 → V: the install plan, then upgrades', () => {
    const p = findPath(fixture(), '0', '1.2');
    expect(p.direction).toBe('up');
    expect(names(p.plans)).toEqual(['0-1.0', '1.0-1.1', '1.1-1.2']);
    expect(p.base).toEqual([]);
  });

  it('V → 0: the rollback of the whole chain', () => {
    const p = findPath(fixture(), '1.1', '0');
    expect(p.direction).toBe('down');
    expect(names(p.plans)).toEqual(['0-1.0', '1.0-1.1']);
  });

  it('0 → V takes the install plan at the highest version not above V', () => {
    const p = withInstallAt12();
    expect(names(findPath(p, '0', '1.1').plans)).toEqual(['0-1.0', '1.0-1.1']);
    expect(names(findPath(p, '0', '1.2').plans)).toEqual(['0-1.2']);
    expect(names(findPath(p, '0', '1.4').plans)).toEqual(['0-1.2', '1.2-1.3', '1.3-1.4']);
  });

  it('an install plan between the two versions does not cut the upgrade path', () => {
    const p = findPath(withInstallAt12(), '1.1', '1.3');
    expect(names(p.plans)).toEqual(['1.1-1.2', '1.2-1.3']);
    expect(names(p.base)).toEqual(['0-1.0', '1.0-1.1']);
  });
});

describe('no path', () => {
  it('unknown version', () => {
    const e = planError(() => findPath(fixture(), '1.0', '9.9'));
    expect(e.message).toBe('unknown version "9.9" of fixture (versions: 0, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5)');
  });

  it('unknown product', () => {
    const e = planError(() => loadProduct('nope', FIXTURE_PLANS));
    expect(e.message).toBe('unknown product "nope" (known: fixture, hostile)');
  });

  it('same version', () => {
    expect(planError(() => findPath(fixture(), '1.2', '1.2')).message).toMatch(/from and to are the same version \(1\.2\)/);
  });

  it('a missing plan names the gap, up and down, and compile reports it', () => {
    const dir = fixtureCopy();
    rmSync(join(dir, 'fixture', '1.2-1.3.yaml'));
    const p = loadProduct('fixture', dir);
    // Named where the plans are (a copy here), and located at the version no plan reaches, in product.yaml.
    const gap = /product\.yaml:\d+:\d+: no plan from 1\.2 to 1\.3: \S*plan-test-\w+\/fixture\/1\.2-1\.3\.yaml is missing/;
    expect(planError(() => findPath(p, '1.0', '1.4')).pos).toEqual({ file: p.relPath, line: 5, col: 33 });
    expect(planError(() => findPath(p, '1.0', '1.4')).message).toMatch(gap);
    expect(planError(() => findPath(p, '1.4', '1.1')).message).toMatch(gap);
    expect(planError(() => findPath(p, '0', '1.3')).message).toMatch(gap);
    expect(planError(() => compile({ product: 'fixture', from: '1.1', to: '1.4', dialect: 'postgres', plansDir: dir })).message).toMatch(gap);
    // Paths that do not cross the gap still work.
    expect(names(findPath(p, '1.0', '1.2').plans)).toEqual(['1.0-1.1', '1.1-1.2']);
  });

  it('no install plan at or below the version', () => {
    const dir = fixtureCopy();
    rmSync(join(dir, 'fixture', '0-1.0.yaml'));
    // Named in the folder the product was read from (a copy here), not plans/fixture/ (found by a fresh user).
    expect(planError(() => findPath(loadProduct('fixture', dir), '0', '1.1')).message).toBe(`no install plan (${displayPath(join(dir, 'fixture'))}/0-<version>.yaml) at or below 1.1`);
  });
});
