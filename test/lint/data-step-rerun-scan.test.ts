import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const COPY = `  - create_table:
      name: archive
      columns: [{ name: id, type: bigint, nullable: false }, { name: name, type: varchar(50) }]
      primary_key: { columns: [id] }
  - copy_rows: { into: archive, from: items, values: { id: { column: id }, name: { column: name } } }
`;

describe('data-step-rerun-scan', () => {
  it('finds a copy with no schema change after it: a re-run reads both tables', () => {
    const l = lintSteps(COPY);
    // SQLite: a second run of a script that changed the schema stops before its first statement.
    expect(ruleLines(l, 'data-step-rerun-scan')).toEqual(['10:16 data-step-rerun-scan warning a re-run of the finished script reads items and archive to find nothing to do: no later change of this plan tells the catalog the step is done [postgres, mysql]']);
  });

  it('finds a backfill that is the plan\'s only step, on SQLite too (nothing marks the script applied)', () => {
    const l = lintSteps(`  - update: { table: items, set: { code: { literal: x } }, where: { column: code, is_null: true } }\n    inverse: []\n`);
    expect(ruleLines(l, 'data-step-rerun-scan')).toEqual(['6:13 data-step-rerun-scan warning a re-run of the finished script reads items to find nothing to do: no later change of this plan tells the catalog the step is done [postgres, mysql, sqlite]']);
  });

  it('leaves alone a copy followed by a schema change the catalog shows', () => {
    const l = lintSteps(`${COPY}  - add_column: { table: archive, column: { name: copied, type: boolean, nullable: false, default: true } }\n`);
    expect(ruleLines(l, 'data-step-rerun-scan')).toEqual([]);
  });
});
