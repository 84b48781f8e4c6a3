// Re-running a finished SuperTokens 4.6 → 5.0 script (--param access_token_signing_key_dynamic=false) on PostgreSQL or
// MariaDB wrote back a static signing key the application had deleted from jwt_signing_keys since: the copy was the
// plan's last step, a lone data step with no finished marker after it (src/compile/finished.ts) and no later schema
// change, so it was left to its own row condition, "keys of session_access_token_signing_keys missing from
// jwt_signing_keys", true again once one was deleted. The plan now drops use_static_key's default after the copy: the
// catalog shows that change, so the guard the model derives (src/compile/guards.ts) skips the copy once it is made,
// whether the source held rows or none. The reproduction: apply 4.6 → 5.0 to a 4.6 database with keys, delete one
// copied key as core 5.0 may, run the same script again through the client a DBA runs it with (psql, mariadb; PGlite
// through its driver). And a run cut short before each step of the plan, then run again, still copies every key.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { CLIENT_GONE } from './helpers/servers.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const params = ['access_token_signing_key_dynamic=false'];
const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'supertokens', from, to, dialect, params }).sql;
/** Two static keys core 4.6 signed with, and one row without a key (not copied). */
const KEYS = [`INSERT INTO session_access_token_signing_keys (created_at_time, value) VALUES (1600000000000, 'key-one'), (1600000000001, 'key-two'), (1600000000002, NULL)`];
/** Core 5.0 (or an operator) removes the first static key from jwt_signing_keys. */
const DELETE = `DELETE FROM jwt_signing_keys WHERE key_id = 's-1600000000000'`;
const ALREADY = 'plan: supertokens 4.6 → 5.0: the database was at 5.0 already: nothing to do';

/** The key ids of jwt_signing_keys, sorted. */
async function keyIds(s: Scratch): Promise<string[]> {
  return (await s.rows('jwt_signing_keys')).map((r) => String(r.key_id)).sort();
}

/** Runs `sql` through the engine's command-line client where the test has one (its printed lines), else the driver. */
async function run(e: EngineTarget, s: Scratch, sql: string): Promise<string | undefined> {
  if (!e.url) {
    await s.execScript(sql);
    return undefined;
  }
  const url = new URL(e.url);
  const r =
    e.dialect === 'mysql'
      ? spawnSync('mariadb', ['-u', decodeURIComponent(url.username || 'root'), '-h', url.hostname, '-P', url.port || '3306', '--default-character-set=utf8mb4', s.name], {
          input: sql,
          encoding: 'utf8',
          env: { ...process.env, ...(url.password ? { MYSQL_PWD: decodeURIComponent(url.password) } : {}) },
        })
      : spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', Object.assign(new URL(e.url), { pathname: `/${s.name}` }).toString(), '-f', '-'], { input: sql, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`client exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

for (const dialect of ['mysql', 'postgres'] as const) {
  await describeEngines(dialect, (e) => {
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch(dialect, e.url ? { url: e.url } : {});
      await s.execScript(script(dialect, '0', '4.6'));
      await s.execStatements(KEYS);
      await s.execScript(script(dialect, '4.6', '5.0'));
      expect(await keyIds(s)).toEqual(['s-1600000000000', 's-1600000000001']);
      await s.execStatements([DELETE]);
    }, 600_000);
    afterAll(() => s?.close());

    it('the finished script run again writes back no key deleted under 5.0, and changes nothing', async () => {
      const before = await s.allRows();
      const printed = await run(e, s, script(dialect, '4.6', '5.0'));
      expect(await keyIds(s)).toEqual(['s-1600000000001']);
      expect(await s.allRows()).toEqual(before);
      if (printed !== undefined) expect(printed.split('\n').map((l) => l.trim())).toContain(ALREADY);
    }, 600_000);
  });
}

// A run cut short before each step of 4.6 → 5.0 (the mariadb client commits each statement; PostgreSQL's script is
// one transaction, so the part before the cut is committed as a hand-run part would leave it), then the whole script
// run again: every key is copied, and the database is at 5.0.
for (const dialect of ['mysql', 'postgres'] as const) {
  await describeEngines(dialect, (e) => {
    it('cut before each step, then run again: copies every key', async () => {
      const up = script(dialect, '4.6', '5.0');
      const banners = [...up.matchAll(/^-- 4\.6 → 5\.0 · \d+\/\d+ · .*$/gm)].map((m) => m.index!);
      expect(banners.length).toBe(4);
      for (const at of [...banners, up.indexOf('-- the end')]) {
        const s = await openScratch(dialect, e.url ? { url: e.url } : {});
        try {
          await s.execScript(script(dialect, '0', '4.6'));
          await s.execStatements(KEYS);
          const cut = up.slice(0, at);
          if (dialect === 'mysql') await s.execWithClient(cut);
          else await s.execScript(`${cut}\nCOMMIT;\n${CLIENT_GONE}`);
          await run(e, s, up);
          expect(await keyIds(s), `cut at ${at}`).toEqual(['s-1600000000000', 's-1600000000001']);
        } finally {
          await s.close();
        }
      }
    }, 600_000);
  });
}
