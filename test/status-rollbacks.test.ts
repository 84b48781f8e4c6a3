// `plan status` proposes only rollbacks `plan compile` accepts. Found by review: on a database at a stage past the
// last release (Keto 0.7-cleanup: the legacy tables dropped), status said "--to 0.7 would roll it back", while the
// 0.7 → 0.7-cleanup plan has no inverse and `plan compile keto 0.7-cleanup 0.7` refuses it (irreversible).
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';

const NS = ['namespaces=files:1'];

describe('status on a database at a stage past the last release', () => {
  it('keto at 0.7-cleanup (PostgreSQL): no "--to 0.7 would roll it back"; it says the rollback cannot be compiled, and why', () => {
    const at = compile({ product: 'keto', from: '0.7', to: '0.7-cleanup', dialect: 'postgres', params: NS });
    const found = at.dialect.catalog.catalogLines(at.after);
    const r = detect({ product: 'keto', dialect: 'postgres', params: NS, found });
    expect(r.outcome).toBe('exact');
    const s = status({ detected: r, params: NS });
    expect(s.to).toBe('0.7-cleanup');
    expect(s.notes.join('\n')).not.toContain('--to 0.7 would roll it back');
    expect(() => compile({ product: 'keto', from: '0.7-cleanup', to: '0.7', dialect: 'postgres', params: NS })).toThrow(/irreversible/);
    expect(s.notes[0]).toMatch(/^0\.7-cleanup is a stage past the last release, 0\.7, that this database was taken to: the target here \(plan compile refuses the rollback to 0\.7: cannot roll back 0\.7 → 0\.7-cleanup through its step \d+\/\d+ \(drop table [a-z_0-9]+\): irreversible: .*\)$/);
  });

  it('fief at 0.28-cleanup, whose rollback compiles, or not, as plan compile says', () => {
    const at = compile({ product: 'fief', from: '0.28', to: '0.28-cleanup', dialect: 'postgres', examples: true });
    const r = detect({ product: 'fief', dialect: 'postgres', params: [], found: at.dialect.catalog.catalogLines(at.after) });
    expect(r.outcome).toBe('exact');
    const s = status({ detected: r, params: [] });
    let compiles = true;
    try {
      compile({ product: 'fief', from: '0.28-cleanup', to: '0.28', dialect: 'postgres', examples: true });
    } catch {
      compiles = false;
    }
    expect(s.notes.some((n) => n.includes('--to 0.28 would roll it back'))).toBe(compiles);
  });
});
