// Values that try to leave their literal, applied to real engines whose session has the unfriendly setting:
// PostgreSQL with standard_conforming_strings = off (a per-role or per-database setting some sites keep),
// MySQL/MariaDB with NO_BACKSLASH_ESCAPES. The stored bytes must be the value, exactly; the victim table stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { getDialect } from '../src/dialects/index.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { sql } from '../src/compile/sql.js';
import { describeEngines } from './helpers/servers.js';
import { FIXTURE_PLANS } from './helpers/plans.js';

const ATTACK = "x\\' ; DROP TABLE victim; --";
const MULTILINE = 'a\n  b\r\n\tc';
const BACKSLASH = "back\\slash ' quote $plan$ dollar";
const expected = [
  { id: '1', v: ATTACK },
  { id: '2', v: MULTILINE },
  { id: '3', v: BACKSLASH },
];

const script = (dialect: string) => compile({ product: 'hostile', plansDir: FIXTURE_PLANS, from: '0', to: '1.1', dialect, params: [`note=${ATTACK}`] }).sql;

for (const dialect of ['postgres', 'mysql'] as const) {
  await describeEngines(dialect, (target) => {
    describe(`${target.title}: values arrive byte for byte under an unfriendly session`, () => {
      let s: Scratch;
      beforeAll(async () => {
        s = await openScratch(dialect, { url: target.url });
      }, 120_000);
      afterAll(async () => {
        if (dialect === 'postgres') await s?.execScript('RESET standard_conforming_strings;');
        await s?.close();
      });

      it(dialect === 'postgres' ? 'standard_conforming_strings = off' : 'NO_BACKSLASH_ESCAPES', async () => {
        await s.execScript(dialect === 'postgres' ? 'SET standard_conforming_strings = off;' : "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES');");
        await s.execScript(script(dialect));
        expect(await s.rows('t')).toEqual(expected);
        expect(await s.rows('victim')).toEqual([]);
        // And again: the second run changes nothing.
        await s.execScript(script(dialect));
        expect(await s.rows('t')).toEqual(expected);
        if (dialect === 'mysql') {
          // The script restores the caller's sql_mode.
          const [{ m }] = await s.query<{ m: string }>('SELECT @@SESSION.sql_mode AS m');
          expect(m.split(',')).toContain('NO_BACKSLASH_ESCAPES');
        }
      });

      if (target.url) {
        it('through the command-line client', async () => {
          const c = await openScratch(dialect, { url: target.url });
          try {
            if (dialect === 'postgres') await c.query(`ALTER DATABASE ${c.name} SET standard_conforming_strings = off`);
            await c.execWithClient(script(dialect));
            expect(await c.rows('t')).toEqual(expected);
            expect(await c.rows('victim')).toEqual([]);
          } finally {
            await c.close();
          }
        });
      }
    });
  });
}

describe('a stop message is an argument, never a format string', () => {
  it('PostgreSQL prints a % as it is, and a holding condition does not stop', async () => {
    const d = getDialect('postgres');
    const s = await openScratch('postgres');
    try {
      await s.execScript(d.guards.stopUnless(sql`TRUE`, '100% sure').map((x) => x.text).join('\n'));
      await expect(s.execScript(d.guards.stopUnless(sql`FALSE`, '100% sure: 50%s %% done').map((x) => x.text).join('\n'))).rejects.toThrow(/^plan stopped: 100% sure: 50%s %% done/);
    } finally {
      await s.close();
    }
  }, 120_000);
});

describe('text that would leave its comment is refused', () => {
  for (const bad of ['two\nlines', 'carriage\rreturn', 'line\u2028separator', 'para\u2029separator']) {
    it(JSON.stringify(bad), () => {
      for (const name of ['postgres', 'mysql']) expect(() => getDialect(name).syntax.comment(bad)).toThrow(/must be one line/);
    });
  }
});
