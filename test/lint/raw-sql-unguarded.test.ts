import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const raw = (safety: string) => `  - raw_sql:
      description: mark every item
      postgres: "UPDATE items SET code = 'x' WHERE code IS NULL"
      mysql: "UPDATE items SET code = 'x' WHERE code IS NULL"
${safety}      inverse:
        postgres: "UPDATE items SET code = NULL WHERE code = 'x'"
        mysql: "UPDATE items SET code = NULL WHERE code = 'x'"
`;

describe('raw-sql-unguarded', () => {
  it('finds raw SQL that runs on every run, as an error', () => {
    const l = lintSteps(raw('      unguarded: it finds nothing to do the second time\n'), { dialects: ['postgres', 'mysql'] });
    expect(ruleLines(l, 'raw-sql-unguarded')).toEqual(['7:7 raw-sql-unguarded error raw SQL "mark every item" runs on every run of the script (unguarded: it finds nothing to do the second time) [postgres, mysql]']);
    expect(l.report.errors).toBe(1);
  });

  it('leaves alone raw SQL with a guard', () => {
    const l = lintSteps(raw(`      guard:\n        postgres: "EXISTS (SELECT 1 FROM items WHERE code IS NULL)"\n        mysql: "EXISTS (SELECT 1 FROM items WHERE code IS NULL)"\n`), { dialects: ['postgres', 'mysql'] });
    expect(l.lines).toEqual([]);
    expect(l.report.errors).toBe(0);
  });

  it('an acknowledged error fails nothing', () => {
    const l = lintSteps(raw('      unguarded: it finds nothing to do the second time\n') + '    lint: { acknowledge: [{ rule: raw-sql-unguarded, reason: an UPDATE with its own WHERE finds nothing the second time }] }\n', { dialects: ['postgres', 'mysql'] });
    expect(ruleLines(l, 'raw-sql-unguarded')).toHaveLength(1);
    expect(l.report.errors).toBe(0);
    expect(l.report.acknowledged).toBe(1);
  });
});
