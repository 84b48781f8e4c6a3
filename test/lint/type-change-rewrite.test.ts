import { describe, expect, it } from 'vitest';
import { catalogOnlyTypeChange } from '../../src/dialects/postgres/hazards.js';
import { inPlaceTypeChange } from '../../src/dialects/mysql/hazards.js';
import { lintSteps, ruleLines } from './helpers.js';

const alter = (column: string, type: string) => `  - alter_column_type: { table: items, column: ${column}, type: "${type}" }\n`;

describe('type-change-rewrite', () => {
  it('finds a change that rewrites (PostgreSQL) or copies (MySQL) a table with rows', () => {
    expect(ruleLines(lintSteps(alter('price', 'bigint')), 'type-change-rewrite')).toEqual([
      '6:24 type-change-rewrite warning changes items.price from INT to BIGINT: a copy of the whole table (ALGORITHM=COPY: INT to BIGINT is no in-place change), during which every write to it waits [mysql]',
      '6:24 type-change-rewrite warning changes items.price from INTEGER to BIGINT: a rewrite of the whole table and its indexes under an ACCESS EXCLUSIVE lock (INTEGER to BIGINT is not binary coercible): every read and write waits [postgres]',
    ]);
  });

  it('a varchar widened past 255 bytes is a copy on MySQL only (PostgreSQL: catalog only)', () => {
    expect(ruleLines(lintSteps(alter('name', 'varchar(100)')), 'type-change-rewrite')).toEqual([
      '6:24 type-change-rewrite warning changes items.name from VARCHAR(50) to VARCHAR(100): a copy of the whole table (ALGORITHM=COPY: VARCHAR(50) to VARCHAR(100) is no in-place change), during which every write to it waits [mysql]',
    ]);
  });

  it('leaves alone a varchar widened within its length bytes', () => {
    expect(ruleLines(lintSteps(alter('name', 'varchar(60)')), 'type-change-rewrite')).toEqual([]);
  });

  // The length bytes count the bytes of the product's character set (product.yaml verify_database): at utf8mb3,
  // VARCHAR(50) → VARCHAR(85) stays within one length byte (150 → 255 bytes), in place; at utf8mb4 (200 → 340) not.
  it("counts a varchar's bytes at the character set the product names (utf8mb3: 3 bytes a character)", () => {
    expect(ruleLines(lintSteps(alter('name', 'varchar(85)'), { only: 'mysql' }), 'type-change-rewrite')).toEqual([
      '6:24 type-change-rewrite warning changes items.name from VARCHAR(50) to VARCHAR(85): a copy of the whole table (ALGORITHM=COPY: VARCHAR(50) to VARCHAR(85) is no in-place change), during which every write to it waits [mysql]',
    ]);
    expect(ruleLines(lintSteps(alter('name', 'varchar(85)'), { only: 'mysql', productExtra: 'verify_database:\n  mysql_character_set: utf8mb3\n' }), 'type-change-rewrite')).toEqual([]);
    expect(inPlaceTypeChange('VARCHAR(50)', 'VARCHAR(85)', 3)).toBe(true);
    expect(inPlaceTypeChange('VARCHAR(50)', 'VARCHAR(86)', 3)).toBe(false);
  });

  it("the dialects' facts", () => {
    expect(catalogOnlyTypeChange('VARCHAR(50)', 'VARCHAR(60)')).toBe(true);
    expect(catalogOnlyTypeChange('VARCHAR(50)', 'TEXT')).toBe(true);
    expect(catalogOnlyTypeChange('VARCHAR(60)', 'VARCHAR(50)')).toBe(false);
    expect(catalogOnlyTypeChange('TEXT', 'VARCHAR(50)')).toBe(false);
    expect(catalogOnlyTypeChange('INTEGER', 'BIGINT')).toBe(false);
    expect(inPlaceTypeChange('VARCHAR(10)', 'VARCHAR(63)')).toBe(true);
    expect(inPlaceTypeChange('VARCHAR(63)', 'VARCHAR(64)')).toBe(false);
    expect(inPlaceTypeChange('VARCHAR(64)', 'VARCHAR(255)')).toBe(true);
    expect(inPlaceTypeChange('VARCHAR(64)', 'VARCHAR(60)')).toBe(false);
    expect(inPlaceTypeChange('VARCHAR(64)', 'TEXT')).toBe(false);
  });
});
