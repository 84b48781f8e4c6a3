import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('cascade-drops-more', () => {
  it('names what a delete does to the tables whose foreign keys cascade or set null', () => {
    const l = lintSteps(`  - delete_where: { table: items, where: { column: price, is_null: true } }\n    inverse: []\n`);
    expect(ruleLines(l, 'cascade-drops-more')).toEqual([
      '6:19 cascade-drops-more warning deleting rows of items also deletes the rows of tags that reference them (tags_item_fk ON DELETE CASCADE); sets notes.item_id to NULL where they reference them (notes_item_fk ON DELETE SET NULL) [postgres, mysql, sqlite]',
    ]);
  });

  // Found by review: the rule did not look at rollbacks. The rollback of an insert deletes the rows it made, and
  // with them the rows of tags (CASCADE) and notes' item_id (SET NULL) that reference them.
  it('the rollback of an insert, and an explicit inverse delete_where: named as the rollback deletes them', () => {
    const l = lintSteps(`  - insert: { table: items, rows: [{ id: 1, name: one, price: 1 }] }\n  - insert: { table: items, rows: [{ id: 2, name: two, price: 2 }] }\n    inverse:\n      - delete_where: { table: items, where: { column: name, equals: two } }\n`);
    expect(ruleLines(l, 'cascade-drops-more')).toEqual([
      '6:13 cascade-drops-more warning rolling back, deleting the row it inserted into items also deletes the rows of tags that reference them (tags_item_fk ON DELETE CASCADE); sets notes.item_id to NULL where they reference them (notes_item_fk ON DELETE SET NULL) [postgres, mysql, sqlite]',
      '7:13 cascade-drops-more warning rolling back, deleting rows of items (its inverse\'s delete_where) also deletes the rows of tags that reference them (tags_item_fk ON DELETE CASCADE); sets notes.item_id to NULL where they reference them (notes_item_fk ON DELETE SET NULL) [postgres, mysql, sqlite]',
    ]);
  });

  it('a delete from a table nothing references reaches no further', () => {
    const l = lintSteps(`  - delete_where: { table: tags, where: { column: item_id, equals: 0 } }\n    inverse: []\n`);
    expect(ruleLines(l, 'cascade-drops-more')).toEqual([]);
    expect(ruleLines(l, 'data-deletion')).toHaveLength(1);
  });

  it('a partitioned table dropped takes its partitions, known or not', () => {
    const install = `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: log\n      columns: [{ name: id, type: bigint, nullable: false }, { name: at, type: bigint, nullable: false }]\n      partition_by: { strategy: range, columns: [at] }\n  - create_partition: { name: log_default, of: log, bound: default }\n`;
    const l = lintSteps(`  - drop_table: { name: log }\n    irreversible: the log goes\n`, { dialects: ['postgres'], install });
    expect(ruleLines(l, 'cascade-drops-more')).toEqual(['6:17 cascade-drops-more warning drops partitioned table log with every partition of it (log_default and any made at run time, which the plans do not know) [postgres]']);
  });
});
