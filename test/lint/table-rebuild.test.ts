import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('table-rebuild', () => {
  it('finds a change SQLite makes by a rebuild of an existing table, once per table, counting the others', () => {
    const l = lintSteps(`  - drop_default: { table: items, column: price }\n  - set_not_null: { table: items, column: name }\n  - set_not_null: { table: notes, column: item_id }\n`, { install: INSTALL_WITH_DEFAULT });
    expect(ruleLines(l, 'table-rebuild')).toEqual([
      "6:19 table-rebuild warning drop default of items.price rebuilds table items: SQLite's ALTER TABLE cannot make this change, so every row is copied into a new table (1 more step of this plan rebuilds it too; consecutive ones are one rebuild) [sqlite]",
      "8:19 table-rebuild warning set notes.item_id NOT NULL rebuilds table notes: SQLite's ALTER TABLE cannot make this change, so every row is copied into a new table [sqlite]",
    ]);
  });

  it('leaves alone what ALTER TABLE does itself (a nullable column added)', () => {
    expect(ruleLines(lintSteps(`  - add_column: { table: items, column: { name: extra, type: integer } }\n`), 'table-rebuild')).toEqual([]);
  });
});

import { INSTALL } from './helpers.js';
const INSTALL_WITH_DEFAULT = INSTALL.replace('{ name: price, type: integer }', '{ name: price, type: integer, default: 0 }');
