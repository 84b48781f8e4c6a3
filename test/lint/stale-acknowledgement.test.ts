import { describe, expect, it } from 'vitest';
import { lintProduct } from '../../src/lint/lint.js';
import { writeFileSync } from 'node:fs';
import { expectAt, planError } from '../helpers/plans.js';
import { lintSteps, ruleLines, UPGRADE_HEAD } from './helpers.js';

const ADD = `  - add_column: { table: items, column: { name: extra, type: integer } }\n`;

describe('stale-acknowledgement', () => {
  it('an acknowledgement of a rule that does not fire on the step is an error at the acknowledgement', () => {
    const l = lintSteps(`${ADD}    lint:\n      acknowledge:\n        - { rule: drop-column, reason: it was dropped once }\n`);
    expect(ruleLines(l, 'stale-acknowledgement')).toEqual(['9:19 stale-acknowledgement error acknowledges drop-column, which does not fire on this step on any dialect or parameter choice [postgres, mysql, sqlite]']);
    expect(l.report.errors).toBe(1);
  });

  it('an acknowledgement of a rule that fires on one dialect only is not stale', () => {
    const l = lintSteps(`  - create_index: { table: items, name: items_name_idx, columns: [name] }\n    lint: { acknowledge: [{ rule: index-without-concurrently, reason: items is small } ] }\n`);
    expect(ruleLines(l, 'stale-acknowledgement')).toEqual([]);
    expect(l.report.errors).toBe(0);
  });

  it('with one dialect linted, acknowledgements are not judged', () => {
    const l = lintSteps(`${ADD}    lint: { acknowledge: [{ rule: drop-column, reason: it was dropped once }] }\n`, { only: 'mysql' });
    expect(l.lines).toEqual([]);
  });

  it('an unknown rule, or a rule twice on one step, is bad input at its position', () => {
    const { dir, upgradeFile } = lintSteps(ADD);
    const write = (lint: string) => writeFileSync(`${dir}/demo/1.0-1.1.yaml`, `${UPGRADE_HEAD}${ADD}    lint: ${lint}\n`);
    write('{ acknowledge: [{ rule: no-such-rule, reason: x }] }');
    expectAt(planError(() => lintProduct({ product: 'demo', plansDir: dir })), upgradeFile, 7, 35, /lint: acknowledge: unknown rule "no-such-rule" \(rules: drop-table, drop-column, .*type-change-rewrite, online-ddl-copy, lock-held-to-commit\)$/);
    write('{ acknowledge: [{ rule: drop-column, reason: x }, { rule: drop-column, reason: y }] }');
    expectAt(planError(() => lintProduct({ product: 'demo', plansDir: dir })), upgradeFile, 7, 69, /lint: acknowledge: rule drop-column is acknowledged twice on this step$/);
  });
});
