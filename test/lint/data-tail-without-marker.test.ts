// data-tail-without-marker: which data steps a re-run of the finished script runs again (nothing after them tells they ran),
// on a small product and on SuperTokens 4.6 → 5.0 as review found it.
import { cpSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingLine } from '../../src/lint/format.js';
import { lintProduct } from '../../src/lint/lint.js';
import { tempPlansDir, writePlanFile } from '../helpers/plans.js';
import { lintSteps, ruleLines } from './helpers.js';

const ARCHIVE = `  - create_table:
      name: archive
      columns: [{ name: id, type: bigint, nullable: false }, { name: name, type: varchar(50) }]
      primary_key: { columns: [id] }
`;
const COPY = `  - copy_rows: { into: archive, from: items, values: { id: { column: id }, name: { column: name } } }\n`;
/** A fixed-row insert (a version row, with notes declared the product's version table): the script's finished marker. */
const VERSION = `  - insert: { table: notes, rows: [{ id: 11 }] }\n`;
/** The demo product with notes as its version table (product.yaml version_tables). */
const VERSIONED = { versionTables: ['notes'] };
const TAIL = 'no later change of this plan tells the catalog the step ran, and no finished marker (a fixed-row insert into a version table) follows it';
const COPY_FOUND = `a re-run of the finished script copies again into archive a row the application deleted since: ${TAIL}`;

describe('data-tail-without-marker', () => {
  it('finds a copy with nothing after it (SQLite: a second run of a script that changed the schema stops first)', () => {
    expect(ruleLines(lintSteps(ARCHIVE + COPY), 'data-tail-without-marker')).toEqual([`10:16 data-tail-without-marker error ${COPY_FOUND} [postgres, mysql]`]);
  });

  it("finds a backfill that is the plan's only step, on SQLite too (nothing marks the script applied)", () => {
    const l = lintSteps(`  - update: { table: items, set: { code: { literal: x } }, where: { column: code, is_null: true } }\n    inverse: []\n`);
    expect(ruleLines(l, 'data-tail-without-marker')).toEqual([`6:13 data-tail-without-marker error a re-run of the finished script sets again in items a value the application changed since: ${TAIL} [postgres, mysql, sqlite]`]);
  });

  it('leaves alone a copy followed by a schema change the catalog shows', () => {
    const l = lintSteps(`${ARCHIVE}${COPY}  - add_column: { table: archive, column: { name: copied, type: boolean, nullable: false, default: true } }\n`);
    expect(ruleLines(l, 'data-tail-without-marker')).toEqual([]);
  });

  it('leaves alone a copy followed by a fixed-row insert (the finished marker), and the marker itself; finds a copy after the marker', () => {
    expect(ruleLines(lintSteps(ARCHIVE + COPY + VERSION, VERSIONED), 'data-tail-without-marker')).toEqual([]);
    expect(ruleLines(lintSteps(ARCHIVE + VERSION, VERSIONED), 'data-tail-without-marker')).toEqual([]);
    expect(ruleLines(lintSteps(ARCHIVE + VERSION + COPY, VERSIONED), 'data-tail-without-marker')).toEqual([`11:16 data-tail-without-marker error ${COPY_FOUND} [postgres, mysql]`]);
  });

  it('an insert into a table the product does not declare a version table is no marker: the copy before it and the insert are found', () => {
    expect(ruleLines(lintSteps(ARCHIVE + COPY + VERSION), 'data-tail-without-marker')).toEqual([
      `10:16 data-tail-without-marker error ${COPY_FOUND} [postgres, mysql]`,
      `11:13 data-tail-without-marker error a re-run of the finished script inserts again into notes a row the application deleted since: ${TAIL} [postgres, mysql]`,
    ]);
  });

  it('a version table no plan of the product creates is refused where product.yaml names it (a misspelt name would leave the script without its marker)', () => {
    expect(() => lintSteps(ARCHIVE + COPY + VERSION, { versionTables: ['note'] })).toThrow(/product\.yaml:5:18: version_tables: "note" is no table the plans of demo create \(create_table or rename_table\)$/);
  });

  it('an acknowledged finding does not fail the run', () => {
    const l = lintSteps(`${ARCHIVE}${COPY}    lint: { acknowledge: [{ rule: data-tail-without-marker, reason: "the application never deletes archive rows" }] }\n`);
    expect(ruleLines(l, 'data-tail-without-marker')).toEqual([`10:16 data-tail-without-marker error ${COPY_FOUND} [postgres, mysql] · acknowledged: the application never deletes archive rows`]);
    expect(l.report.errors).toBe(0);
  });

  // The reproduction review found: SuperTokens 4.6 → 5.0 as it was, its static-key copy the plan's last step (after
  // use_static_key's default was dropped); a re-run of the finished script copied back a key deleted since
  // (test/supertokens-rerun-deleted.test.ts). The bundled plan copies first, and passes.
  it('finds the copy of SuperTokens 4.6 → 5.0 as it was, and passes the bundled plan', () => {
    const dir = tempPlansDir();
    cpSync(new URL('../../plans/supertokens', import.meta.url), `${dir}/supertokens`, { recursive: true });
    const bundled = readFileSync(`${dir}/supertokens/4.6-5.0.yaml`, 'utf8');
    const lines = (report: ReturnType<typeof lintProduct>) => report.findings.filter((f) => f.rule === 'data-tail-without-marker').map((f) => findingLine(f).slice(f.file.indexOf('4.6-5.0.yaml')));
    expect(lines(lintProduct({ product: 'supertokens', plansDir: dir, from: '4.6', to: '5.0' }))).toEqual([]);
    const copy = bundled.slice(bundled.indexOf('  - copy_rows:'), bundled.indexOf('  - add_column:'));
    const old = bundled.replace(copy, '') + copy;
    writePlanFile(dir, 'supertokens', '4.6-5.0.yaml', old);
    const line = old.split('\n').findIndex((l) => l.startsWith('  - copy_rows:')) + 2; // (its operation, on the line after)
    expect(lines(lintProduct({ product: 'supertokens', plansDir: dir, from: '4.6', to: '5.0' }))).toEqual([
      `4.6-5.0.yaml:${line}:7 data-tail-without-marker error a re-run of the finished script copies again into jwt_signing_keys a row the application deleted since: ${TAIL} [postgres, mysql]`,
    ]);
  });

  // The reproduction review found: the old order (the copy last) followed by an insert of an ordinary application row
  // (key_value's rv_seed) was taken for a finished marker, so the copy was not flagged; once the application deleted
  // rv_seed, a re-run of the finished script copied back the keys deleted since. SuperTokens declares no version table.
  it('finds the copy of SuperTokens 4.6 → 5.0 as it was when an insert of an application row (key_value) follows it', () => {
    const dir = tempPlansDir();
    cpSync(new URL('../../plans/supertokens', import.meta.url), `${dir}/supertokens`, { recursive: true });
    const bundled = readFileSync(`${dir}/supertokens/4.6-5.0.yaml`, 'utf8');
    const copy = bundled.slice(bundled.indexOf('  - copy_rows:'), bundled.indexOf('  - add_column:'));
    const seed = '  - insert:\n      table: key_value\n      rows:\n        - { name: rv_seed, value: "x", created_at_time: 0 }\n';
    const old = bundled.replace(copy, '') + copy + seed;
    writePlanFile(dir, 'supertokens', '4.6-5.0.yaml', old);
    const lines = old.split('\n');
    const copyLine = lines.findIndex((l) => l.startsWith('  - copy_rows:')) + 2;
    const seedLine = lines.lastIndexOf('  - insert:') + 2;
    const report = lintProduct({ product: 'supertokens', plansDir: dir, from: '4.6', to: '5.0' });
    expect(report.findings.filter((f) => f.rule === 'data-tail-without-marker').map((f) => findingLine(f).slice(f.file.indexOf('4.6-5.0.yaml')))).toEqual([
      `4.6-5.0.yaml:${copyLine}:7 data-tail-without-marker error a re-run of the finished script copies again into jwt_signing_keys a row the application deleted since: ${TAIL} [postgres, mysql]`,
      `4.6-5.0.yaml:${seedLine}:7 data-tail-without-marker error a re-run of the finished script inserts again into key_value a row the application deleted since: ${TAIL} [postgres, mysql]`,
    ]);
    expect(report.errors).toBeGreaterThan(0);
  });
});
