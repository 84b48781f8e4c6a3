// Every squawk finding on the unwrapped PostgreSQL statements of out/ (pinned by test/squawk.test.ts in
// test/fixtures/squawk/unwrapped.json) is matched by what plan says about the same statement: a lint finding of the
// rule that covers it, the statement's lock annotation (a table new in the script; a catalog-only change), or a
// deliberate difference documented in docs/squawk.md. A squawk rule plan has no answer to fails here (issue #16).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { StatementLocks } from '../src/compile/locks.js';
import { lintProduct } from '../src/lint/lint.js';
import { RULES } from '../src/lint/registry.js';
import type { Finding } from '../src/lint/types.js';
import { projectRoot } from '../src/paths.js';

const ROOT = projectRoot();
const PINNED = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/squawk/unwrapped.json'), 'utf8')) as Record<string, Record<string, string[]>>;
const DOC = readFileSync(join(ROOT, 'docs/squawk.md'), 'utf8');

/** Per squawk rule: the lint rules that cover it on an upgrade, and what else answers it on a statement. */
const COVERED: Record<string, { lint: string[]; also?: (s: StatementLocks, direction: 'install' | 'up' | 'down') => boolean }> = {
  'adding-foreign-key-constraint': { lint: ['constraint-without-not-valid'] },
  'constraint-missing-not-valid': { lint: ['constraint-without-not-valid'] },
  'adding-serial-primary-key-field': { lint: ['unique-on-existing-table'] },
  'disallowed-unique-constraint': { lint: ['unique-on-existing-table'] },
  'require-concurrent-index-creation': { lint: ['index-without-concurrently'] },
  // A concurrent build first drops, under its guard, an index an earlier run left INVALID or defined otherwise: a
  // plain DROP INDEX, since DROP INDEX CONCURRENTLY cannot run in the guard's DO block (docs/squawk.md).
  'require-concurrent-index-deletion': { lint: ['index-without-concurrently'], also: (s) => / concurrently$/.test(s.label) },
  // A varchar widened is catalog-only: no rewrite to warn of (the annotation says so).
  'changing-column-type': { lint: ['type-change-rewrite'], also: (s) => s.tables.every((t) => t.new || t.effect === 'catalog-only') },
  // A rollback or teardown drops what the upgrade made: its header says so ("this rollback drops").
  'ban-drop-table': { lint: ['drop-table'], also: (_s, direction) => direction === 'down' },
  'ban-drop-column': { lint: ['drop-column'], also: (_s, direction) => direction === 'down' },
};
/** squawk rules plan answers differently on purpose (docs/squawk.md says why). */
const DELIBERATE = ['prefer-robust-stmts', 'require-statement-timeout', 'ban-char-field', 'prefer-text-field', 'prefer-bigint-over-int', 'prefer-timestamp-tz'];

describe('squawk findings and plan rules', () => {
  it('every squawk rule that fires is covered by a lint rule of the registry, or listed as a deliberate difference, and each is in docs/squawk.md', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const rule of Object.keys(PINNED)) {
      expect(rule in COVERED || DELIBERATE.includes(rule), rule).toBe(true);
      expect(DOC, rule).toContain(`\`${rule}\``);
      for (const id of COVERED[rule]?.lint ?? []) expect(ids.has(id), id).toBe(true);
    }
  });

  it('each finding of a covered rule: the lint finding on its plan, or the statement is new, catalog-only or a rollback drop', { timeout: 600_000 }, () => {
    const lints = new Map<string, Finding[]>();
    const lintOf = (product: string) => {
      if (!lints.has(product)) lints.set(product, lintProduct({ product, dialect: 'postgres' }).findings);
      return lints.get(product)!;
    };
    const unmatched: string[] = [];
    let checked = 0;
    for (const [rule, scripts] of Object.entries(PINNED)) {
      const cover = COVERED[rule];
      if (!cover) continue;
      for (const [script, banners] of Object.entries(scripts)) {
        const [product, from, , to] = script.split(' ');
        const plan = `plans/${product}/${from}-${to}.yaml`;
        const direction = from === '0' ? 'install' : existsSync(join(ROOT, plan)) ? 'up' : 'down';
        const r = compile({ product, from, to, dialect: 'postgres', examples: true });
        for (const banner of banners.map((b) => b.replace(/ \(×\d+\)$/, ''))) {
          checked++;
          const st = r.locks.statements.find((s) => s.label === banner);
          if (!st) {
            unmatched.push(`${rule} ${script}: no statement "${banner}"`);
            continue;
          }
          // A table the script creates holds no rows yet: no scan, no lock anyone waits on.
          if (st.tables.length > 0 && st.tables.every((t) => t.new)) continue;
          if (cover.also?.(st, direction)) continue;
          if (direction === 'up' && lintOf(product).some((f) => f.file === plan && cover.lint.includes(f.rule) && f.dialects.includes('postgres'))) continue;
          // plan lint reads upgrades as written; a rollback's statement is answered by its lock annotation, which names
          // the hazard on each existing table (a scan, a build that blocks writes, duplicates that fail it).
          if (direction !== 'up' && st.tables.some((t) => !t.new && t.hazards.length > 0)) continue;
          unmatched.push(`${rule} ${script}: ${banner}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unmatched).toEqual([]);
  });
});
