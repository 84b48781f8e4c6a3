import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

describe('online-ddl-copy', () => {
  it('finds a foreign key added to a table with rows on MySQL: ALGORITHM=COPY on both engines (foreign_key_checks on)', () => {
    const l = lintSteps(`  - add_foreign_key: { table: notes, name: notes_item_fk2, columns: [item_id], references: { table: items, columns: [id] } }\n`);
    expect(ruleLines(l, 'online-ddl-copy')).toEqual([
      '6:22 online-ddl-copy warning add foreign key notes_item_fk2 on notes: ALGORITHM=COPY on MySQL 8 and MariaDB: notes is copied row by row into a new table while writes to it wait (and the statement commits the transaction) [mysql]',
    ]);
  });

  it('leaves alone an INSTANT change (a nullable column added) and every other dialect', () => {
    const l = lintSteps(`  - add_column: { table: items, column: { name: color, type: varchar(20) } }\n`);
    expect(ruleLines(l, 'online-ddl-copy')).toEqual([]);
  });
});
