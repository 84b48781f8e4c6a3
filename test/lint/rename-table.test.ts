import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('rename-table', () => {
  it('finds a table from before the plan renamed', () => {
    const l = lintSteps(`  - rename_table: { from: notes, to: remarks }\n`);
    expect(ruleLines(l, 'rename-table')).toEqual(['6:19 rename-table warning renames table notes to remarks: what names notes outside the product stops working [postgres, mysql, sqlite]']);
  });

  it('leaves alone a table the plan creates itself', () => {
    const l = lintSteps(`  - create_table:\n      name: tmp\n      columns: [{ name: id, type: bigint, nullable: false }]\n      primary_key: { columns: [id] }\n  - rename_table: { from: tmp, to: kept }\n`);
    expect(ruleLines(l, 'rename-table')).toEqual([]);
  });
});
