import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('cascade-drops-more', () => {
  it('names what a delete does to the tables whose foreign keys cascade or set null', () => {
    const l = lintSteps(`  - delete_where: { table: items, where: { column: price, is_null: true } }\n    inverse: []\n`);
    expect(ruleLines(l, 'cascade-drops-more')).toEqual([
      '6:19 cascade-drops-more warning deleting rows of items also deletes the rows of tags that reference them (tags_item_fk ON DELETE CASCADE); sets notes.item_id to NULL where they reference them (notes_item_fk ON DELETE SET NULL) [postgres, mysql, sqlite]',
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
