import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const INSERT = `  - insert: { table: items, rows: [{ id: 1, name: first }] }\n    inverse: []\n`;
const ADD = `  - add_column: { table: items, column: { name: extra, type: integer } }\n`;

describe('implicit-commit', () => {
  it('finds a data step followed by a schema change, on the dialect whose DDL commits implicitly', () => {
    const l = lintSteps(INSERT + ADD);
    expect(ruleLines(l, 'implicit-commit')).toEqual(['6:13 implicit-commit warning insert 1 row into items is committed by the next schema change (add column items.extra): MySQL 8 / MariaDB commits at every schema change, so a failure after it cannot undo its writes; a re-run resumes [mysql]']);
  });

  it('leaves alone data steps after the last schema change', () => {
    expect(ruleLines(lintSteps(ADD + INSERT), 'implicit-commit')).toEqual([]);
  });
});
