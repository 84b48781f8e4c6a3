import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const tables = (n: number) => Array.from({ length: n }, (_, i) => `  - create_table: { name: t${i}, columns: [{ name: id, type: bigint, nullable: false }], primary_key: { columns: [id] } }\n`).join('');

describe('lock-held-to-commit', () => {
  it('finds ACCESS EXCLUSIVE on a table with rows taken first and held across ten statements (PostgreSQL: one transaction)', () => {
    const l = lintSteps(`  - add_column: { table: items, column: { name: color, type: varchar(20) } }\n${tables(10)}`);
    expect(ruleLines(l, 'lock-held-to-commit')).toEqual([
      '6:17 lock-held-to-commit warning items is locked ACCESS EXCLUSIVE from here to COMMIT, across the 10 statements after it: every read and write of items waits until the transaction ends [postgres]',
    ]);
  });

  it('leaves alone the same lock taken near the end (fewer than ten statements after it)', () => {
    const l = lintSteps(`${tables(10)}  - add_column: { table: items, column: { name: color, type: varchar(20) } }\n`);
    expect(ruleLines(l, 'lock-held-to-commit')).toEqual([]);
  });
});
