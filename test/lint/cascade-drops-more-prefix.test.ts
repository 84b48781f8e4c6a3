// cascade-drops-more on a product whose table names take a prefix (a naming parameter: SuperTokens'
// postgresql_table_names_prefix). Found by review: the rollback check of an explicit inverse delete_where read the
// plan's table name (items) and looked for it in the model, which holds the prefixed names (p_items): it found no such
// table and said nothing, while the rest of lint (the derived inverses, the upgrade's own delete_where) reads the
// resolved names. It now resolves the inverse's operations as the rollback does (parameters, naming).
import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const PREFIXED = `parameters:
  prefix:
    type: string
    default: p
    description: the table-name prefix
naming:
  postgres: { table_prefix: prefix }
  mysql: { table_prefix: prefix }
  sqlite: { table_prefix: prefix }
`;

describe('cascade-drops-more with a table-name prefix', () => {
  it("an explicit inverse delete_where of a prefixed table is checked under the table's resolved name", () => {
    const l = lintSteps(`  - insert: { table: items, rows: [{ id: 2, name: two, price: 2 }] }\n    inverse:\n      - delete_where: { table: items, where: { column: name, equals: two } }\n`, { productExtra: PREFIXED });
    expect(ruleLines(l, 'cascade-drops-more')).toEqual([
      "6:13 cascade-drops-more warning rolling back, deleting rows of p_items (its inverse's delete_where) also deletes the rows of p_tags that reference them (p_tags_item_fk ON DELETE CASCADE); sets p_notes.item_id to NULL where they reference them (p_notes_item_fk ON DELETE SET NULL) [postgres, mysql, sqlite]",
    ]);
  });

  it('the derived inverse of the same insert says the same tables (the names lint reads everywhere)', () => {
    const l = lintSteps(`  - insert: { table: items, rows: [{ id: 2, name: two, price: 2 }] }\n`, { productExtra: PREFIXED });
    expect(ruleLines(l, 'cascade-drops-more')).toHaveLength(1);
    expect(ruleLines(l, 'cascade-drops-more')[0]).toContain('deleting the row it inserted into p_items also deletes the rows of p_tags');
  });
});
