import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('drop-column', () => {
  it('finds a column of an existing table dropped', () => {
    const l = lintSteps(`  - drop_column: { table: items, column: price }\n    irreversible: prices move elsewhere\n`);
    expect(ruleLines(l, 'drop-column')).toEqual(['6:18 drop-column warning drops column items.price with its values [postgres, mysql, sqlite]']);
  });

  it('leaves alone a column the plan adds itself', () => {
    const l = lintSteps(`  - add_column: { table: items, column: { name: tmp, type: integer } }\n  - drop_column: { table: items, column: price }\n    irreversible: prices go\n  - drop_column: { table: items, column: tmp }\n    irreversible: tmp only\n`);
    // Only the column from before the plan: not tmp, which the plan made.
    expect(ruleLines(l, 'drop-column')).toEqual(['7:18 drop-column warning drops column items.price with its values [postgres, mysql, sqlite]']);
  });
});
