import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('data-deletion', () => {
  it('finds rows of an existing table deleted', () => {
    const l = lintSteps(`  - delete_where: { table: items, where: { column: price, is_null: true } }\n    inverse: []\n`);
    expect(ruleLines(l, 'data-deletion')).toEqual(['6:19 data-deletion warning delete rows of items where price IS NULL: what it deletes cannot come back [postgres, mysql, sqlite]']);
  });

  it('leaves alone a delete from a table the plan creates', () => {
    const l = lintSteps(`  - create_table:\n      name: scratch\n      columns: [{ name: id, type: bigint, nullable: false }, { name: v, type: integer }]\n      primary_key: { columns: [id] }\n  - delete_where: { table: scratch, where: { column: v, is_null: true } }\n    inverse: []\n`);
    expect(ruleLines(l, 'data-deletion')).toEqual([]);
  });
});
