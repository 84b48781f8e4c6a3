// The rollback refusal for ON DELETE CASCADE (refuse_referenced, src/compile/cascades.ts) covered only the rows an
// upgrade's copy made (delete_copied). Found by review: a rollback that deletes the rows an insert made (delete_rows),
// or those an explicit inverse's delete_where matches, deleted the application's rows that reference them through
// ON DELETE CASCADE without a word. Each is now refused the same way: the rollback stops before any change while such
// rows exist, naming the first of them.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch } from '../src/engines/index.js';
import { cascadeProduct } from './helpers/plans.js';

const product = () => cascadeProduct();

describe('a rollback delete that cascades is refused, whatever deletes', { timeout: 240_000 }, () => {
  it('delete_rows (an insert undone) and delete_where (an explicit inverse): checks first, and the rollback stops on PGlite with the children kept', async () => {
    const plansDir = product();
    const down = compile({ product: 'casc', from: '1.1', to: '1.0', dialect: 'postgres', plansDir });
    expect(down.sql).toContain('child holds rows that reference the row of parent the 1.0 → 1.1 upgrade inserted (written since the upgrade): this rollback deletes those parent rows, which would delete them too (child_parent_fk: ON DELETE CASCADE)');
    expect(down.sql).toContain('child holds rows that reference the parent rows where name has the value given: this rollback deletes those parent rows, which would delete them too (child_parent_fk: ON DELETE CASCADE)');
    // MySQL and SQLite compile the same checks (their lock notes read the deleted table).
    for (const dialect of ['mysql', 'sqlite'] as const) {
      const other = compile({ product: 'casc', from: '1.1', to: '1.0', dialect, plansDir }).sql;
      expect(other).toContain('child holds rows that reference the row of parent the 1.0 → 1.1 upgrade inserted');
      expect(other).toContain('child holds rows that reference the parent rows where name has the value given');
    }
    const s = await openScratch('postgres');
    try {
      await s.execScript(compile({ product: 'casc', from: '0', to: '1.0', dialect: 'postgres', plansDir }).sql);
      await s.execScript(compile({ product: 'casc', from: '1.0', to: '1.1', dialect: 'postgres', plansDir }).sql);
      await s.execStatements(['INSERT INTO child (id, parent_id) VALUES (10, 2)']);
      await expect(s.execScript(down.sql)).rejects.toThrow(/child holds rows that reference the parent rows where name has the value given/);
      expect((await s.query<{ n: string }>('SELECT COUNT(*)::text AS n FROM child'))[0].n).toBe('1');
      expect((await s.query<{ n: string }>('SELECT COUNT(*)::text AS n FROM parent'))[0].n).toBe('2');
      await s.execStatements(['DELETE FROM child', 'INSERT INTO child (id, parent_id) VALUES (11, 1)']);
      await expect(s.execScript(down.sql)).rejects.toThrow(/child holds rows that reference the row of parent the 1\.0 → 1\.1 upgrade inserted/);
      expect((await s.query<{ n: string }>('SELECT COUNT(*)::text AS n FROM child'))[0].n).toBe('1');
      // With no child left, the rollback runs.
      await s.execStatements(['DELETE FROM child']);
      await s.execScript(down.sql);
      expect((await s.query<{ n: string }>('SELECT COUNT(*)::text AS n FROM parent'))[0].n).toBe('0');
    } finally {
      await s.close();
    }
  });
});
