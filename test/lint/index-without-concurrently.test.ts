import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('index-without-concurrently', () => {
  it('finds an index built or dropped on an existing table without concurrently (PostgreSQL only)', () => {
    const l = lintSteps(`  - create_index: { table: items, name: items_name_idx, columns: [name] }\n  - drop_index: { table: items, name: items_name_idx }\n`.replace('  - drop_index', '  - add_column: { table: items, column: { name: extra, type: integer } }\n  - drop_index'));
    expect(ruleLines(l, 'index-without-concurrently')).toEqual([
      '6:19 index-without-concurrently warning builds index items_name_idx on items, which holds rows from before the plan, without concurrently: a SHARE lock on the table for the whole build: every write to it waits (reads go on) [postgres]',
      '8:17 index-without-concurrently warning drops index items_name_idx on items, which holds rows from before the plan, without concurrently: an ACCESS EXCLUSIVE lock on the table: every read and write of it waits [postgres]',
    ]);
  });

  it('leaves alone concurrently: true, and a table the plan creates', () => {
    const l = lintSteps(`  - create_index: { table: items, name: items_name_idx, columns: [name], concurrently: true }
  - create_table:
      name: fresh
      columns: [{ name: id, type: bigint, nullable: false }, { name: v, type: integer }]
      primary_key: { columns: [id] }
  - create_index: { table: fresh, name: fresh_v_idx, columns: [v] }
`);
    expect(ruleLines(l, 'index-without-concurrently')).toEqual([]);
  });
});
