import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const raw = (rest: string) => `  - raw_sql:
      description: mark every item
      postgres: "UPDATE items SET code = 'x' WHERE code IS NULL"
      mysql: "UPDATE items SET code = 'x' WHERE code IS NULL"
      guard:
        postgres: "EXISTS (SELECT 1 FROM items WHERE code IS NULL)"
        mysql: "EXISTS (SELECT 1 FROM items WHERE code IS NULL)"
${rest}`;

describe('raw-sql-no-inverse', () => {
  it('finds raw SQL without an inverse (its rollback refused)', () => {
    const l = lintSteps(raw('    irreversible: the old codes are not kept\n'), { dialects: ['postgres', 'mysql'] });
    expect(ruleLines(l, 'raw-sql-no-inverse')).toEqual(['7:7 raw-sql-no-inverse warning raw SQL "mark every item" states no inverse: the rollback is refused (irreversible: the old codes are not kept) [postgres, mysql]']);
  });

  it('leaves alone raw SQL with an inverse, or with inverse steps', () => {
    expect(lintSteps(raw(`      inverse:\n        postgres: "UPDATE items SET code = NULL WHERE code = 'x'"\n        mysql: "UPDATE items SET code = NULL WHERE code = 'x'"\n`), { dialects: ['postgres', 'mysql'] }).lines).toEqual([]);
    expect(lintSteps(raw('    inverse: []\n'), { dialects: ['postgres', 'mysql'] }).lines).toEqual([]);
  });
});
