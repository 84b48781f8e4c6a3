// Keto 0.7 → 0.6 drops keto_relation_tuples; v0.6 reads its legacy tables again, which the move kept as they were. A
// tuple deleted under v0.7 (a revoked permission) was silently restored by the rollback: its legacy row was still
// there. The move's copy_rows has refuse_deleted_on_rollback, so the rollback stops first, before any change, when a
// legacy row the move copied has no row in keto_relation_tuples (the shard_id+nid the move derives from it), naming
// it; a legacy row the move skipped as invalid (a subject with two '#') does not count. The reproduction of the
// report, on MariaDB (its command-line client, as the user ran it), PostgreSQL (PGlite and the server) and SQLite
// (sql.js, and the sqlite3 client for the printed line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines, describeSqliteClient } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const params = ['namespaces=files:1,groups:2'];
const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'keto', from, to, dialect, params }).sql;
const GROUPS = 'keto_0000000002_relation_tuples';
const AT = '2021-01-01 00:00:00';
/** bob and alice members of admins; s3's subject has two '#': the move skips it as broken (it stays in the legacy table only). */
const LEGACY = `INSERT INTO ${GROUPS} (shard_id, object, relation, subject, commit_time) VALUES ('s1', 'admins', 'member', 'bob', '${AT}'), ('s2', 'admins', 'member', 'alice', '${AT}'), ('s3', 'x', 'y', 'a#b#c', '${AT}')`;
const REVOKE = `DELETE FROM keto_relation_tuples WHERE object = 'admins' AND subject_id = 'bob'`;
const STOP = /plan stopped: keto_0000000002_relation_tuples holds rows that the 0\.6 → 0\.7 copy wrote into keto_relation_tuples and that keto_relation_tuples no longer has \(deleted under 0\.7 since the upgrade\)/;
const NAMED = /\(the first of them by \(shard_id, object, relation, subject, commit_time\): \('s1', 'admins', 'member', 'bob', '2021-01-01 00:00:00(\.0+)?'\)\)/;

for (const dialect of ['mysql', 'postgres', 'sqlite'] as const) {
  await describeEngines(dialect, (e) => {
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch(dialect, e.url ? { url: e.url } : {});
      await s.execScript(script(dialect, '0', '0.6'));
      await s.execStatements([LEGACY]);
      await s.execScript(script(dialect, '0.6', '0.7'));
      await s.execStatements([REVOKE]);
    }, 600_000);
    afterAll(() => s?.close());

    it('a tuple deleted under v0.7 stops the rollback before any change (it was restored without a word)', async () => {
      const [catalog, rows] = [await s.catalog(), await s.allRows()];
      const down = script(dialect, '0.7', '0.6');
      if (dialect === 'mysql') {
        // The line naming the rows is a result row the client prints (the error names a table cut to 64 characters).
        const url = new URL(e.url!);
        const run = spawnSync('mariadb', ['-u', decodeURIComponent(url.username || 'root'), '-h', url.hostname, '-P', url.port || '3306', '--default-character-set=utf8mb4', s.name], {
          input: down,
          encoding: 'utf8',
          env: { ...process.env, ...(url.password ? { MYSQL_PWD: decodeURIComponent(url.password) } : {}) },
        });
        expect(run.status).not.toBe(0);
        expect(run.stdout).toMatch(STOP);
        expect(run.stdout).toMatch(NAMED);
        expect(run.stdout).not.toMatch(/alice|a#b#c/);
      } else {
        const err = await s.execScript(down).then(() => undefined, (x: Error) => x);
        expect(err?.message).toMatch(STOP);
        if (dialect === 'postgres') {
          expect(err?.message).toMatch(NAMED);
          expect(err?.message).not.toMatch(/alice|a#b#c/);
        }
      }
      expect(await s.catalog()).toEqual(catalog);
      expect(await s.allRows()).toEqual(rows);
    }, 600_000);

    it('with the revocation kept in the legacy table too, the rollback applies (the skipped invalid row does not stop it)', async () => {
      await s.execStatements([`DELETE FROM ${GROUPS} WHERE shard_id = 's1'`]);
      await s.execScript(script(dialect, '0.7', '0.6'));
      const legacy = await s.rows(GROUPS);
      expect(legacy.map((r) => r.subject).sort()).toEqual(['a#b#c', 'alice']);
      expect((await s.catalog()).some((l) => /\bketo_relation_tuples\b/.test(l))).toBe(false);
    }, 600_000);
  });
}

describeSqliteClient('sqlite3 client: the stop names the deleted tuple', () => {
  it('prints the line naming it, and the file is unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keto-deleted-'));
    try {
      const file = join(dir, 'keto.db');
      const sqlite = (input: string) => spawnSync('sqlite3', ['-bail', file], { input, encoding: 'utf8' });
      for (const input of [script('sqlite', '0', '0.6'), `${LEGACY};`, script('sqlite', '0.6', '0.7'), `${REVOKE};`]) expect(sqlite(input).status).toBe(0);
      const dump = sqlite('.dump').stdout;
      const run = sqlite(script('sqlite', '0.7', '0.6'));
      expect(run.status).not.toBe(0);
      expect(run.stdout).toMatch(STOP);
      expect(run.stdout).toMatch(NAMED);
      expect(run.stdout).not.toMatch(/alice|a#b#c/);
      expect(sqlite('.dump').stdout).toBe(dump);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
