// Found by use (stop 38): plan status at SuperTokens 9.0 proposed one script, 9.0 → 10.1, whose header names its
// backup supertokens-9.0-before.sql. Stopped half-way through its 9.2 → 9.3 part, status said "keep:
// supertokens-9.2-before.sql, the backup taken before the script began, is the one that restores 9.2": a file that
// was never made, while the one to keep went unnamed. Status cannot tell which script ran (the database does not
// say), so the line names the file of the script it stopped in and, where a longer script can have gone through it,
// the name that one gave its backup.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { formatStatus } from '../src/detect/format.js';
import { status } from '../src/detect/status.js';
import { DEFAULT_TIMEOUTS } from '../src/dialects/dialect.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { readCatalogThen } from '../src/engines/live.js';

const SLOW = { timeout: 600_000 };

async function statusOn(s: Scratch, product: string): Promise<{ text: string; keep: unknown }> {
  const read = await readCatalogThen('postgres', (q) => s.query(q));
  const r = detect({ product, dialect: 'postgres', found: read.lines });
  const st = status({ detected: r });
  return { text: formatStatus(r, st, 'pglite'), keep: st.keep };
}

/** Runs a script's statements up to and including the first of `plan`'s, outside the script's transaction: a crash there. */
async function stopInside(s: Scratch, r: ReturnType<typeof compile>, plan: string): Promise<void> {
  const first = r.units.find((u) => u.plan === plan && u.statements.length)!.statements[0];
  const at = r.statements.indexOf(first);
  expect(at).toBeGreaterThan(0);
  const skip = r.dialect.script.timeouts(DEFAULT_TIMEOUTS, false).transaction.length;
  await s.execStatements(r.statements.slice(skip, at + 1));
}

describe('status after a script stopped half-way: which backup to keep', SLOW, () => {
  it('SuperTokens 9.0 → 10.1 stopped in its 9.2 → 9.3 part: the 9.2 file, or the FROM file of a longer script', async () => {
    const s = await openScratch('postgres');
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '9.0', dialect: 'postgres' }).sql);
      const before = await statusOn(s, 'supertokens');
      expect(before.text).toContain('npx plan compile supertokens 9.0 ');
      const up = compile({ product: 'supertokens', from: '9.0', to: '10.1', dialect: 'postgres' });
      const plan = up.units.map((u) => u.plan).find((p) => /9\.2.*9\.3/.test(p))!;
      await stopInside(s, up, plan);
      const after = await statusOn(s, 'supertokens');
      expect(after.text).toContain('between 9.2 and 9.3: resume with the 9.2 → 9.3 script\n');
      expect(after.keep).toEqual({ file: 'supertokens-9.2-before.dump', restores: '9.2', longer: { direction: 'up', pattern: 'supertokens-FROM-before.dump' } });
      expect(after.text.split('\n').find((l) => l.startsWith('keep: '))).toBe(
        "keep: supertokens-FROM-before.dump, FROM being the version the script that stopped began at (its header names the file: supertokens-9.2-before.dump if it began at 9.2, an earlier version's for a longer script), the backup taken before it began: the only copy of FROM; the backup above, of the database as the script left it, is named apart and does not overwrite it",
      );
    } finally {
      await s.close();
    }
  });
});
