import { describe, expect, it } from 'vitest';
import { INSTALL, lintSteps, ruleLines } from './helpers.js';

const tables = (n: number) => Array.from({ length: n }, (_, i) => `  - create_table: { name: t${i}, columns: [{ name: id, type: bigint, nullable: false }], primary_key: { columns: [id] } }\n`).join('');
/** INSTALL with ten more tables e0 … e9 that hold rows at 1.0. */
const moreTables = INSTALL + Array.from({ length: 10 }, (_, i) => `  - create_table: { name: e${i}, columns: [{ name: id, type: bigint, nullable: false }], primary_key: { columns: [id] } }\n`).join('');
const addColor = (table: string) => `  - add_column: { table: ${table}, column: { name: color, type: varchar(20) } }\n`;

describe('lock-held-to-commit', () => {
  it('finds ACCESS EXCLUSIVE on a table with rows held to COMMIT across a data step on another table with rows (PostgreSQL: one transaction)', () => {
    const l = lintSteps(`${addColor('items')}  - update: { table: notes, set: { item_id: { literal: null } } }\n`);
    expect(ruleLines(l, 'lock-held-to-commit')).toEqual([
      '6:17 lock-held-to-commit warning items is locked ACCESS EXCLUSIVE from here to COMMIT, across 1 statement that reads or writes rows of tables that exist before the plan (1 data step): every read and write of items waits until the transaction ends [postgres]',
    ]);
  });

  it('counts the statements that wait for the lock of another table with rows, and speaks from ten', () => {
    const ten = Array.from({ length: 10 }, (_, i) => addColor(`e${i}`)).join('');
    expect(ruleLines(lintSteps(`${addColor('items')}${ten}`, { install: moreTables }), 'lock-held-to-commit')).toEqual([
      '6:17 lock-held-to-commit warning items is locked ACCESS EXCLUSIVE from here to COMMIT, across 10 statements that each wait for the lock of another table that exists before the plan (up to the lock timeout each): every read and write of items waits until the transaction ends [postgres]',
    ]);
    // Nine: no finding (and a second statement on a table already locked as strongly waits for nothing).
    const nine = Array.from({ length: 9 }, (_, i) => addColor(`e${i}`)).join('') + `  - add_column: { table: e0, column: { name: size, type: integer } }\n`;
    expect(ruleLines(lintSteps(`${addColor('items')}${nine}`, { install: moreTables }), 'lock-held-to-commit')).toEqual([]);
  });

  it('leaves alone a lock held across catalog-only work on tables the script creates, however many statements', () => {
    expect(ruleLines(lintSteps(`${addColor('items')}${tables(12)}`), 'lock-held-to-commit')).toEqual([]);
  });

  it('leaves alone the same lock taken after the slow statement', () => {
    const l = lintSteps(`  - update: { table: notes, set: { item_id: { literal: null } } }\n${addColor('items')}`);
    expect(ruleLines(l, 'lock-held-to-commit')).toEqual([]);
  });
});
