import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('set-not-null-scan', () => {
  it('finds SET NOT NULL on a table with rows (SQLite: a rebuild, reported by table-rebuild)', () => {
    const l = lintSteps(`  - set_not_null: { table: items, column: name }\n`);
    expect(ruleLines(l, 'set-not-null-scan')).toEqual([
      '6:19 set-not-null-scan warning makes items.name NOT NULL on a table with rows from before the plan: a rebuild of the table in place (ALGORITHM=INPLACE; writes go on but the table is copied row by row, and the metadata lock at its end waits for every open transaction on it) [mysql]',
      '6:19 set-not-null-scan warning makes items.name NOT NULL on a table with rows from before the plan: a scan of the whole table under an ACCESS EXCLUSIVE lock, to prove no row holds NULL: every read and write waits [postgres]',
    ]);
    expect(ruleLines(l, 'table-rebuild')).toHaveLength(1);
  });

  it('leaves alone a table the plan creates', () => {
    const l = lintSteps(`  - create_table:\n      name: fresh\n      columns: [{ name: id, type: bigint, nullable: false }, { name: v, type: integer }]\n      primary_key: { columns: [id] }\n  - set_not_null: { table: fresh, column: v }\n`);
    expect(ruleLines(l, 'set-not-null-scan')).toEqual([]);
  });
});
