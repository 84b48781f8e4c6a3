import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('rename-column', () => {
  it('finds a column of a table from before the plan renamed', () => {
    const l = lintSteps(`  - rename_column: { table: items, from: price, to: cost }\n`);
    expect(ruleLines(l, 'rename-column')).toEqual(['6:20 rename-column warning renames column items.price to cost: what names price outside the product stops working [postgres, mysql, sqlite]']);
  });

  it('leaves alone a column the plan adds itself', () => {
    const l = lintSteps(`  - add_column: { table: items, column: { name: tmp, type: integer } }\n  - rename_column: { table: items, from: tmp, to: extra }\n`);
    expect(ruleLines(l, 'rename-column')).toEqual([]);
  });
});
