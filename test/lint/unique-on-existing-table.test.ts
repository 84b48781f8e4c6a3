import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('unique-on-existing-table', () => {
  it('finds a unique key added to a table with rows', () => {
    const l = lintSteps(`  - add_unique: { table: items, name: items_name_key, columns: [name] }\n`);
    expect(ruleLines(l, 'unique-on-existing-table')).toEqual(['6:17 unique-on-existing-table warning adds unique key items_name_key (name) to items, which holds rows from before the plan: it fails where two rows hold the same values [postgres, mysql, sqlite]']);
  });

  it('leaves alone a key over columns already unique (the primary key among them)', () => {
    const l = lintSteps(`  - add_unique: { table: items, name: items_id_name_key, columns: [id, name] }\n`);
    expect(ruleLines(l, 'unique-on-existing-table')).toEqual([]);
  });
});
