// Re-running a finished Logto 1.41 → 1.41-imported import on PostgreSQL imported again a user the application had
// deleted since (an account closed in Logto came back, with its old password): the import's row condition asked only
// whether the user's id was in users, and the re-run did not consult plan_imported_users, the import's own record of
// the users it made. A source row whose id the record holds was imported by an earlier run: it now stays out. Source
// rows written after the import (never imported) still go in on a re-run, as the plan's manual step says. The
// reproduction: import three users, delete one as Logto would, run the same script again (through psql where there
// is a server; PGlite through its driver). And a run cut short before the import (a crash), then run again, imports
// every user.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { CLIENT_GONE } from './helpers/servers.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const LOGTO_DDL = readFileSync(new URL('./fixtures/logto/logto-1.42-users.sql', import.meta.url), 'utf8');
const COLUMNS = 'id:user_id,username:login,primary_email:email';
const script = (from: string, to: string, source: string, more: string[] = []) =>
  compile({ product: 'logto', from, to, dialect: 'postgres', params: [`source_table=${source}`, `columns=${COLUMNS}`, 'password_method=Bcrypt', ...more] }).sql;
const ALREADY = 'plan: logto 1.41 → 1.41-imported: the database was at 1.41-imported already: nothing to do';

/** The ids of Logto's users, sorted. */
async function userIds(s: Scratch): Promise<string[]> {
  return (await s.query<{ id: string }>('SELECT id FROM users ORDER BY id')).map((r) => r.id);
}

/** Runs `sql` through psql where the test has a server (its printed lines), else through PGlite's driver. */
async function run(e: EngineTarget, s: Scratch, sql: string): Promise<string | undefined> {
  if (!e.url) {
    await s.execScript(sql);
    return undefined;
  }
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', Object.assign(new URL(e.url), { pathname: `/${s.name}` }).toString(), '-f', '-'], { input: sql, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** A Logto 1.41 database and a legacy table of three users in a schema of its own; the source table's name. */
async function logtoWithLegacy(s: Scratch): Promise<string> {
  await s.execScript(LOGTO_DDL);
  const source = `${s.name}_legacy.accounts`;
  await s.execStatements([
    `CREATE SCHEMA ${s.name}_legacy`,
    `CREATE TABLE ${source} (user_id text, login text, email text)`,
    `INSERT INTO ${source} VALUES ('u1', 'anne', 'anne@example.com'), ('u2', 'bob', 'bob@example.com'), ('u3', 'carl', 'carl@example.com')`,
  ]);
  return source;
}

for (const strategy of ['keep', 'derive'] as const) {
  await describeEngines('postgres', (e) => {
    let s: Scratch;
    let source: string;
    const more = [`id_strategy=${strategy}`];
    beforeAll(async () => {
      s = await openScratch('postgres', e.url ? { url: e.url } : {});
      source = await logtoWithLegacy(s);
      await s.execScript(script('1.41', '1.41-imported', source, more));
      expect((await userIds(s)).length).toBe(3);
      // Logto deletes bob's account (the record of the import keeps its id: the rollback finds nothing to delete there).
      await s.execStatements([`DELETE FROM users WHERE username = 'bob'`]);
    }, 120_000);
    afterAll(async () => {
      await s?.execStatements([`DROP SCHEMA IF EXISTS ${s.name}_legacy CASCADE`]).catch(() => undefined);
      await s?.close();
    });

    it(`id_strategy=${strategy}: the finished import run again imports no user deleted since, and changes nothing`, async () => {
      const before = await s.allRows();
      const printed = await run(e, s, script('1.41', '1.41-imported', source, more));
      expect((await s.query<{ username: string }>('SELECT username FROM users ORDER BY username')).map((r) => r.username)).toEqual(['anne', 'carl']);
      expect(await s.allRows()).toEqual(before);
      if (printed !== undefined) expect(printed.split('\n').map((l) => l.trim())).toContain(ALREADY);
    });

    it(`id_strategy=${strategy}: a source row written after the import still goes in on a re-run`, async () => {
      await s.execStatements([`INSERT INTO ${source} VALUES ('u4', 'dora', 'dora@example.com')`]);
      await run(e, s, script('1.41', '1.41-imported', source, more));
      expect((await s.query<{ username: string }>('SELECT username FROM users ORDER BY username')).map((r) => r.username)).toEqual(['anne', 'carl', 'dora']);
    });
  });
}

// A run cut short before each step of the import (its script is one transaction: the part before the cut is
// committed, as a hand-run part would leave it), then the whole script run again: every user is imported and recorded.
await describeEngines('postgres', (e) => {
  it('cut before each step, then run again: imports and records every user', async () => {
    const s = await openScratch('postgres', e.url ? { url: e.url } : {});
    try {
      const source = await logtoWithLegacy(s);
      const up = script('1.41', '1.41-imported', source);
      const cuts = [...up.matchAll(/^-- 1\.41 → 1\.41-imported · \d+\/\d+ · .*$/gm)].map((m) => m.index!);
      expect(cuts.length).toBe(5);
      for (const at of [...cuts, up.indexOf('-- the end')]) {
        await s.execScript(`${up.slice(0, at)}\nCOMMIT;\n${CLIENT_GONE}`);
        await run(e, s, up);
        expect(await userIds(s), `cut at ${at}`).toEqual(['u1', 'u2', 'u3']);
        expect((await s.query<{ id: string }>('SELECT id FROM plan_imported_users ORDER BY id')).map((r) => r.id)).toEqual(['u1', 'u2', 'u3']);
        // Back to 1.41 for the next cut.
        await s.execScript(script('1.41-imported', '1.41', source));
      }
    } finally {
      await s.execStatements([`DROP SCHEMA IF EXISTS ${s.name}_legacy CASCADE`]).catch(() => undefined);
      await s.close();
    }
  }, 600_000);
});
