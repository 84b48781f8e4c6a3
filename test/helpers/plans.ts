// Plan directories for tests: the fixture product, temporary copies of it, and one-off plans written on the fly.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { PlanError } from '../../src/plan/errors.js';
import { displayPath, projectRoot } from '../../src/paths.js';

/** test/fixtures/plans: holds the `fixture` product, which uses every operation on both dialects. */
export const FIXTURE_PLANS = fileURLToPath(new URL('../fixtures/plans', import.meta.url));
export const FIXTURE = { product: 'fixture', plansDir: FIXTURE_PLANS } as const;
export const FIXTURE_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'];
export const FIXTURE_LAST = FIXTURE_VERSIONS[FIXTURE_VERSIONS.length - 1];

/** The plans directory of the real products. */
export const REAL_PLANS = join(projectRoot(), 'plans');

const temps: string[] = [];
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A fresh, empty plans directory, removed after the test file. */
export function tempPlansDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-test-'));
  temps.push(dir);
  return dir;
}

/** A temporary plans directory holding a copy of the fixture product (to break on purpose). */
export function fixtureCopy(): string {
  const dir = tempPlansDir();
  cpSync(join(FIXTURE_PLANS, 'fixture'), join(dir, 'fixture'), { recursive: true });
  return dir;
}

/** Writes plans/<product>/<file> under `dir`; returns its path as the loader reports it (relative to the project root). */
export function writePlanFile(dir: string, product: string, file: string, text: string): string {
  mkdirSync(join(dir, product), { recursive: true });
  const full = join(dir, product, file);
  writeFileSync(full, text);
  return displayPath(full);
}

export const PRODUCT_YAML = (product = 'demo', extra = '') => `product: ${product}
title: Demo
versions: ["1.0", "1.1", "1.2"]
dialects: [postgres, mysql]
${extra}`;

/** A minimal valid product `demo` (versions 1.0–1.2) with the given plans (file name → YAML text). */
export function demoProduct(plans: Record<string, string>, productExtra = ''): string {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', productExtra));
  for (const [f, text] of Object.entries(plans)) writePlanFile(dir, 'demo', f, text);
  return dir;
}

/** The PlanError `fn` throws; fails the test when it throws anything else or nothing. */
export function planError(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    return e as PlanError;
  }
  throw new Error('expected a PlanError, nothing was thrown');
}

/** Asserts `e` points at file:line:col and its message matches `what`. */
export function expectAt(e: PlanError, file: string, line: number, col: number, what: RegExp): void {
  expect(e.pos).toEqual({ file, line, col });
  expect(e.message.startsWith(`${file}:${line}:${col}: `)).toBe(true);
  expect(e.message).toMatch(what);
}

/**
 * A product `casc` (versions 1.0 and 1.1, on postgres, mysql and sqlite) whose child rows go with their parent row
 * (ON DELETE CASCADE), for what a rollback's deletes reach: 0 → 1.0 creates parent (id, name) and child (id,
 * parent_id; child_parent_fk → parent, on_delete: cascade); 1.0 → 1.1 inserts the parents 1 'one' (undone by a
 * delete_rows) and 2 'two' (undone by its explicit inverse, a delete_where on name = 'two').
 * @param extra YAML text appended to each plan's steps: `install` to 0 → 1.0's, `upgrade` to 1.0 → 1.1's
 * @returns a temporary plans directory holding it
 */
export function cascadeProduct(extra: { install?: string; upgrade?: string } = {}): string {
  const dir = tempPlansDir();
  writePlanFile(dir, 'casc', 'product.yaml', 'product: casc\ntitle: Cascades\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\n');
  writePlanFile(dir, 'casc', '0-1.0.yaml', `product: casc
from: "0"
to: "1.0"
summary: parents and their children
steps:
  - create_table:
      name: parent
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: name, type: text }
      primary_key: { columns: [id] }
  - create_table:
      name: child
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: parent_id, type: integer }
      primary_key: { columns: [id] }
  - add_foreign_key:
      table: child
      name: child_parent_fk
      columns: [parent_id]
      references: { table: parent, columns: [id] }
      on_delete: cascade
${extra.install ?? ''}`);
  writePlanFile(dir, 'casc', '1.0-1.1.yaml', `product: casc
from: "1.0"
to: "1.1"
summary: two parents
steps:
  - insert: { table: parent, rows: [{ id: 1, name: one }] }
  - insert: { table: parent, rows: [{ id: 2, name: two }] }
    inverse:
      - delete_where: { table: parent, where: { column: name, equals: two } }
${extra.upgrade ?? ''}`);
  return dir;
}
