import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('drop-table', () => {
  it('finds a table that exists before the plan dropped', () => {
    const l = lintSteps(`  - drop_table: { name: notes }\n    irreversible: notes are gone in 1.1\n`);
    expect(ruleLines(l, 'drop-table')).toEqual(['6:17 drop-table warning drops table notes with every row it holds [postgres, mysql, sqlite]']);
  });

  it('leaves alone a table the plan creates itself', () => {
    const l = lintSteps(`  - create_table:\n      name: scratch\n      columns: [{ name: id, type: bigint, nullable: false }]\n      primary_key: { columns: [id] }\n  - add_column: { table: items, column: { name: extra, type: integer } }\n  - drop_table: { name: scratch }\n    irreversible: scratch only\n`);
    expect(ruleLines(l, 'drop-table')).toEqual([]);
  });

  it('an acknowledged finding is reported as such, with its reason, and is no error', () => {
    const l = lintSteps(`  - drop_table: { name: notes }\n    irreversible: notes are gone in 1.1\n    lint: { acknowledge: [{ rule: drop-table, reason: "1.1 has no notes: the vendor dropped them" }] }\n`);
    expect(ruleLines(l, 'drop-table')).toEqual(['6:17 drop-table warning drops table notes with every row it holds [postgres, mysql, sqlite] · acknowledged: 1.1 has no notes: the vendor dropped them']);
    expect(l.report.acknowledged).toBe(1);
    expect(l.report.errors).toBe(0);
  });
});
