import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const FK = (table: string) => `  - add_foreign_key: { table: ${table}, name: ${table}_note_fk, columns: [note_id], references: { table: notes, columns: [id] } }\n`;

describe('constraint-without-not-valid', () => {
  it('finds a foreign key added to a table with rows, validated at once (PostgreSQL)', () => {
    const l = lintSteps(`  - add_column: { table: items, column: { name: note_id, type: bigint } }\n${FK('items')}`);
    expect(ruleLines(l, 'constraint-without-not-valid')).toEqual(['7:22 constraint-without-not-valid warning adds foreign key items_note_fk of items (→ notes), which holds rows from before the plan, validated at once: a SHARE ROW EXCLUSIVE lock on both tables while every row is checked: writes to both wait for the scan [postgres]']);
  });

  it('leaves alone a foreign key of a table the plan creates', () => {
    const l = lintSteps(`  - create_table:\n      name: fresh\n      columns: [{ name: id, type: bigint, nullable: false }, { name: note_id, type: bigint }]\n      primary_key: { columns: [id] }\n${FK('fresh')}`);
    expect(ruleLines(l, 'constraint-without-not-valid')).toEqual([]);
  });
});
