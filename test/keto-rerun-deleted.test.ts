// Re-running a finished Keto 0.6 → 0.7 script on PostgreSQL or MariaDB wrote back the tuples the application had
// deleted under Keto 0.7 since (a revoked permission granted again): the copies' row conditions ask only "are there
// legacy rows missing from keto_relation_tuples?", true again once one was deleted, and no later schema change tells
// the catalog they ran. The copies now also ask the script's finished marker (src/compile/finished.ts), the last
// schema_migration row the script inserts: once it is there, the script finished and the copies do not run. The
// reproduction: apply 0.6 → 0.7, delete one tuple as Keto 0.7 would, run the same script again (through the clients
// a DBA runs it with, where there is one: mariadb, psql; PGlite and sql.js through their drivers). And a run cut
// short before each of its data steps (a crash), then run again, still completes every row.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { CLIENT_GONE } from './helpers/servers.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const params = ['namespaces=files:1,groups:2'];
const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'keto', from, to, dialect, params }).sql;
const AT = '2021-01-01 00:00:00';
/** Three valid tuples (two in files, one in groups) and one the move skips as broken (two '#'). */
const LEGACY = [
  `INSERT INTO keto_0000000001_relation_tuples (shard_id, object, relation, subject, commit_time) VALUES ('s1', 'report.pdf', 'view', 'anne', '${AT}'), ('s2', 'report.pdf', 'edit', 'bob', '${AT}')`,
  `INSERT INTO keto_0000000002_relation_tuples (shard_id, object, relation, subject, commit_time) VALUES ('s3', 'admins', 'member', 'bob', '${AT}'), ('s4', 'x', 'y', 'a#b#c', '${AT}')`,
];
/** Keto 0.7 revokes bob's membership of admins: its row goes from keto_relation_tuples, the legacy table keeps its own. */
const REVOKE = `DELETE FROM keto_relation_tuples WHERE object = 'admins' AND subject_id = 'bob'`;
/** The schema_migration rows the script writes (the last two on PostgreSQL only: its partial indexes). */
const VERSIONS = ['20150100000001000000', '20201110175414000000', '20201110175414000001', '20210623162417000000', '20210623162417000001', '20210623162417000002', '20210623162417000003'];
const ALREADY = 'plan: keto 0.6 → 0.7: the database was at 0.7 already: nothing to do';

/** The tuples of keto_relation_tuples as (object, relation, subject_id), sorted. */
async function tuples(s: Scratch): Promise<string[]> {
  return (await s.rows('keto_relation_tuples')).map((r) => `${r.object} ${r.relation} ${r.subject_id}`).sort();
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

/** The script text before the banner of the 0.6 → 0.7 step `step` (`10/14`). */
function cutBefore(sql: string, step: string): string {
  const at = sql.indexOf(`-- 0.6 → 0.7 · ${step} · `);
  if (at < 0) throw new Error(`no banner ${step}`);
  return sql.slice(0, at);
}

for (const dialect of ['mysql', 'postgres', 'sqlite'] as const) {
  await describeEngines(dialect, (e) => {
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch(dialect, e.url ? { url: e.url } : {});
      await s.execScript(script(dialect, '0', '0.6'));
      await s.execStatements(LEGACY);
      await s.execScript(script(dialect, '0.6', '0.7'));
      expect(await tuples(s)).toEqual(['admins member bob', 'report.pdf edit bob', 'report.pdf view anne']);
      await s.execStatements([REVOKE]);
    }, 600_000);
    afterAll(() => s?.close());

    it('the finished script run again writes back no tuple deleted under v0.7, and changes nothing', async () => {
      const before = await s.allRows();
      // SQLite's script, one transaction, stops first when the database is at 0.7 already, saying so.
      const printed = dialect === 'sqlite' ? await s.execScript(script(dialect, '0.6', '0.7')).then(() => 'ran', (x: Error) => x.message) : await run(e, s, script(dialect, '0.6', '0.7'));
      if (dialect === 'sqlite') expect(printed).toMatch(/^plan: keto 0\.6 → 0\.7 is already applied \(the database is at 0\.7\): nothing to do\. Nothing was changed\./);
      expect(await tuples(s)).toEqual(['report.pdf edit bob', 'report.pdf view anne']);
      expect(await s.allRows()).toEqual(before);
      // The client prints the second run's completion line: the marker's row is there, so no data step has work.
      if (printed !== undefined && dialect !== 'sqlite') expect(printed.split('\n').map((l) => l.trim())).toContain(ALREADY);
    }, 600_000);
  });
}

// A run cut short before each data step of 0.6 → 0.7 (the mariadb client commits each statement; PostgreSQL's
// script is one transaction, so the part before the cut is committed, as a script with parts of its own, or a
// hand-run part, leaves it), then the whole script run again: every tuple and every schema_migration row is there.
for (const dialect of ['mysql', 'postgres'] as const) {
  await describeEngines(dialect, (e) => {
    it('cut before each data step, then run again: completes every row', async () => {
      const up = script(dialect, '0.6', '0.7');
      const steps = [...up.matchAll(/^-- 0\.6 → 0\.7 · (\d+\/\d+) · (copy rows|insert \d+ rows? into schema_migration)/gm)].map((m) => m[1]);
      expect(steps.length).toBe(dialect === 'mysql' ? 3 : 4);
      for (const step of steps) {
        const s = await openScratch(dialect, e.url ? { url: e.url } : {});
        try {
          await s.execScript(script(dialect, '0', '0.6'));
          await s.execStatements(LEGACY);
          const cut = cutBefore(up, step);
          if (dialect === 'mysql') await s.execWithClient(cut);
          // The scratch session stays open: it lets the plan lock go as the cut client's end would (helpers/keto.ts).
          else await s.execScript(`${cut}\nCOMMIT;\n${dialect === 'postgres' && e.url ? CLIENT_GONE : ''}`);
          await run(e, s, up);
          expect(await tuples(s), `cut before ${step}`).toEqual(['admins member bob', 'report.pdf edit bob', 'report.pdf view anne']);
          const versions = (await s.rows('schema_migration')).map((r) => String(r.version));
          expect(versions, `cut before ${step}`).toEqual(expect.arrayContaining(dialect === 'mysql' ? VERSIONS.slice(0, 5) : VERSIONS));
        } finally {
          await s.close();
        }
      }
    }, 600_000);
  });
}
