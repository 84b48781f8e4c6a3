// A script run on the wrong database stops before any change, with a sentence that says what it found; a
// client that carries on after the stop (mariadb --force, psql without ON_ERROR_STOP) changes nothing; the
// completion line is printed only when the database is at the target state. The setups are those of
// ../shared/cases/version-check/ (copied here, with their exact SQL).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines, describeServer, type EngineTarget, CLIENT_GONE } from './helpers/servers.js';

const st = (dialect: DialectName, from: string, to: string) => compile({ product: 'supertokens', from, to, dialect }).sql;

/** 03-newer-core-leftovers: a 7.0 core created app_id_to_user_id (with a NOT NULL column without default) on a 5.0 database. */
const NEWER_CORE: Record<DialectName, string> = {
  mysql: `INSERT INTO emailpassword_users VALUES ('11111111-1111-4111-8111-000000000001', 'ann@example.test', 'h1', 1000);
INSERT INTO all_auth_recipe_users VALUES ('11111111-1111-4111-8111-000000000001', 'emailpassword', 1000);
CREATE TABLE apps (app_id VARCHAR(64) NOT NULL DEFAULT 'public', created_at_time BIGINT UNSIGNED NOT NULL, PRIMARY KEY (app_id));
CREATE TABLE app_id_to_user_id (app_id VARCHAR(64) NOT NULL DEFAULT 'public', user_id CHAR(36) NOT NULL,
  primary_or_recipe_user_id CHAR(36) NOT NULL, is_linked_or_is_a_primary_user BOOLEAN NOT NULL DEFAULT FALSE,
  recipe_id VARCHAR(128) NOT NULL, PRIMARY KEY (app_id, user_id),
  FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE,
  FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE);`,
  postgres: `INSERT INTO emailpassword_users VALUES ('11111111-1111-4111-8111-000000000001', 'ann@example.test', 'h1', 1000);
INSERT INTO all_auth_recipe_users VALUES ('11111111-1111-4111-8111-000000000001', 'emailpassword', 1000);
CREATE TABLE apps (app_id VARCHAR(64) NOT NULL DEFAULT 'public', created_at_time BIGINT, PRIMARY KEY (app_id));
CREATE TABLE app_id_to_user_id (app_id VARCHAR(64) NOT NULL DEFAULT 'public', user_id CHAR(36) NOT NULL,
  primary_or_recipe_user_id CHAR(36) NOT NULL, is_linked_or_is_a_primary_user BOOLEAN NOT NULL DEFAULT FALSE,
  recipe_id VARCHAR(128) NOT NULL, PRIMARY KEY (app_id, user_id),
  FOREIGN KEY (app_id) REFERENCES apps (app_id) ON DELETE CASCADE,
  FOREIGN KEY (app_id, primary_or_recipe_user_id) REFERENCES app_id_to_user_id (app_id, user_id) ON DELETE CASCADE);`,
};

/** Runs a script through the dialect's client with the given extra flags; returns status and output. */
function runClient(target: EngineTarget, database: string, sql: string, flags: string[]): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-vc-'));
  try {
    const file = join(dir, 'script.sql');
    writeFileSync(file, sql);
    const u = new URL(target.url!);
    const r =
      target.dialect === 'postgres'
        ? spawnSync('psql', ['-X', '-q', ...flags, '-f', file, '-d', `postgres://${u.username || 'postgres'}@${u.hostname}:${u.port || 5432}/${database}`], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } })
        : spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), ...(u.password ? [`-p${decodeURIComponent(u.password)}`] : []), ...flags, database], { input: sql, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Snap {
  catalog: string[];
  rows: unknown;
}
const snap = async (s: Scratch): Promise<Snap> => ({ catalog: [...(await s.catalog())].sort(), rows: await s.allRows() });

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (target) => {
    describe(`${target.title}: the version check`, () => {
      const scratches: Scratch[] = [];
      const at = async (version: string, extra?: string) => {
        const s = await openScratch(dialect, { url: target.url });
        scratches.push(s);
        if (version !== '0') await s.execScript(st(dialect, '0', version));
        if (extra) await s.execScript(extra);
        return s;
      };
      afterAll(async () => {
        for (const s of scratches) await s.close().catch(() => undefined);
      });

      /** Applies `script` through the driver: it must fail with `message` and change neither catalog nor rows. */
      const stopsUntouched = async (s: Scratch, script: string, message: RegExp) => {
        const before = await snap(s);
        await expect(s.execScript(script)).rejects.toThrow(message);
        expect(await snap(s)).toEqual(before);
        // The stopped script's session keeps the plan lock it took at its first line until it ends (a psql that
        // stops exits); this scratch session stays open, so it lets the lock go as that end would, before the same
        // script is run again through the client below.
        if (dialect === 'postgres') await s.execStatements([CLIENT_GONE]);
      };

      it('5.0 → 4.6 on a 6.0 database stops (it would drop session_info.use_static_key)', async () => {
        const s = await at('6.0');
        await stopsUntouched(s, st(dialect, '5.0', '4.6'), /plan stopped: (this database is not at supertokens 5.0, at 4.6, nor between them|table \w+ has column app_id)/);
      });

      it('6.0 → 0 (teardown) on a 6.0 database with a newer core\'s column stops; its header warns in capitals', async () => {
        const s = await at('6.0', dialect === 'postgres' ? 'ALTER TABLE apps ADD COLUMN from_a_newer_core INTEGER;' : 'ALTER TABLE apps ADD COLUMN from_a_newer_core INT;');
        const script = st(dialect, '6.0', '0');
        expect(script).toMatch(/^-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF SUPERTOKENS AND ALL THE DATA IN THEM\.$/m);
        await stopsUntouched(s, script, /plan stopped: (this database is not at supertokens 6\.0 nor partway through this teardown|table apps has column from_a_newer_)/);
      });

      it('0 → 5.0 (install) on a 6.0 database stops instead of reporting success', async () => {
        const s = await at('6.0');
        await stopsUntouched(s, st(dialect, '0', '5.0'), /plan stopped: (this database holds supertokens tables|table \w+ has column app_id)/);
      });

      it('5.0 → 6.0 on a 5.0 database where a newer core created app_id_to_user_id in its 7.0 shape stops and names the column', async () => {
        const s = await at('5.0', NEWER_CORE[dialect]);
        await stopsUntouched(s, st(dialect, '5.0', '6.0'), /plan stopped: (this database is not at supertokens 5\.0, at 6\.0, nor between them on this script's path: table app_id_to_user_id has column is_linked_or_is_a_primary_user|table app_id_to_user_id has)/);
        if (target.url) {
          // The full sentence, as the client shows it.
          const r = runClient(target, s.name, st(dialect, '5.0', '6.0'), dialect === 'postgres' ? ['-v', 'ON_ERROR_STOP=1'] : []);
          expect(r.status).not.toBe(0);
          expect(r.out).toMatch(/plan stopped: this database is not at supertokens 5\.0, at 6\.0, nor between them on this script's path: table app_id_to_user_id has column \w+ .*, which no version on this path has\. Nothing was changed\./);
        }
      });

      if (target.url) {
        it(`a client that carries on after the stop changes nothing (${dialect === 'postgres' ? 'psql without ON_ERROR_STOP' : 'mariadb --force'})`, async () => {
          const s = await at('4.0');
          const before = await snap(s);
          const r = runClient(target, s.name, st(dialect, '5.0', '6.0'), dialect === 'postgres' ? [] : ['--force']);
          expect(r.out).toMatch(/plan stopped: /);
          expect(r.out).not.toMatch(/plan: supertokens 5\.0 → 6\.0 applied/);
          expect(await snap(s)).toEqual(before);
        });

        it('run in the wrong database (an empty one), the stop names the database it checked', async () => {
          const s = await at('0');
          const r = runClient(target, s.name, st(dialect, '5.0', '6.0'), dialect === 'postgres' ? ['-v', 'ON_ERROR_STOP=1'] : []);
          expect(r.status).not.toBe(0);
          expect(r.out).toMatch(/plan stopped: this database is not at supertokens 5\.0, at 6\.0, nor between them on this script's path: table \w+ is missing\. Nothing was changed\./);
          // psql prints the error's DETAIL on a line of its own; MySQL's row carries it in the sentence.
          expect(r.out).toContain(dialect === 'postgres' ? `DETAIL:  Checked: database ${s.name}, schema public.` : `Nothing was changed. Checked: database ${s.name}. Compile the script`);
        });

        if (dialect === 'postgres') {
          it('with a search_path that names no existing schema, the stop says so', async () => {
            const s = await at('5.0');
            const r = runClient(target, s.name, `SET search_path = no_such_schema;\n${st(dialect, '5.0', '6.0')}`, ['-v', 'ON_ERROR_STOP=1']);
            expect(r.status).not.toBe(0);
            expect(r.out).toContain(`DETAIL:  Checked: database ${s.name}, schema none (no schema on the search path exists).`);
          });
        }

        // Found by a fresh user: a run whose statements did not do what the plan says (a default with a line break,
        // spelled by the engine otherwise) ended with exit 0, only the completion line missing.
        it('a run that does not end at the target stops with an error at its end (PostgreSQL: and everything it did is rolled back)', async () => {
          const s = await at('5.0');
          const before = await snap(s);
          const script = st(dialect, '5.0', '6.0');
          const end = script.indexOf('\n-- the end: ');
          expect(end).toBeGreaterThan(0);
          // A statement the plan does not know of, just before the end check.
          const stray = `${script.slice(0, end)}\nALTER TABLE apps ADD COLUMN stray INT;${script.slice(end)}`;
          const r = runClient(target, s.name, stray, dialect === 'postgres' ? ['-v', 'ON_ERROR_STOP=1'] : []);
          expect(r.status).not.toBe(0);
          expect(r.out).toMatch(/plan stopped: the database is not at supertokens 6\.0 at the end of this script \(a statement did not do what its plan says\): table apps has column stray /);
          expect(r.out).not.toMatch(/plan: supertokens 5\.0 → 6\.0 applied/);
          if (dialect === 'postgres') {
            expect(r.out).toContain('Everything this run did is rolled back: nothing was changed.');
            expect(await snap(s)).toEqual(before);
          }
          // Carried on past the error (psql without ON_ERROR_STOP, mariadb --force): still no completion line.
          const again = runClient(target, s.name, stray, dialect === 'postgres' ? [] : ['--force']);
          expect(again.out).toMatch(/plan stopped: the database is not at supertokens 6\.0 at the end of this script/);
          expect(again.out).not.toMatch(/plan: supertokens 5\.0 → 6\.0 applied/);
        });

        // A re-run's line says it found the database at the target (found by a fresh user: it said "applied" again).
        it('the completion line is printed after a run that reached the target, and on a re-run (saying it had nothing to do)', async () => {
          const s = await at('5.0');
          const flags = dialect === 'postgres' ? ['-v', 'ON_ERROR_STOP=1'] : [];
          for (let i = 0; i < 2; i++) {
            const r = runClient(target, s.name, st(dialect, '5.0', '6.0'), flags);
            expect(r.status).toBe(0);
            expect(r.out).toMatch(i === 0 ? /plan: supertokens 5\.0 → 6\.0 applied/ : /plan: supertokens 5\.0 → 6\.0: the database was at 6\.0 already: nothing to do/);
          }
        });
      }

      it('a first run, a re-run and the rollback pass their checks', async () => {
        const s = await at('5.0');
        await s.execScript(st(dialect, '5.0', '6.0'));
        await s.execScript(st(dialect, '5.0', '6.0'));
        await s.execScript(st(dialect, '6.0', '5.0'));
        expect((await snap(s)).catalog).toEqual([...(await (await at('5.0')).catalog())].sort());
      });
    });
  });
}

// MySQL 8.0 manual 9.2.3 "Identifier Case Sensitivity": a server with lower_case_table_names = 1 (Windows) or 2 (macOS)
// holds table names in lower case, so a product whose tables are named with capitals (a SuperTokens core configured with
// mysql_table_names_prefix=ST: ST_key_value, …) is st_key_value there, and the version check could never pass: it stopped
// every run on a difference that named no real problem. The script now reads the setting first and, when it is not 0
// and the path names a table with capitals, stops before anything else with one line saying so and what to do. Our
// MariaDB runs with 0 and the setting cannot change without a restart: the stop is tested on the text, and on MariaDB
// with the setting's one read (@@lower_case_table_names) replaced by a session variable.
describe('a server that stores table names in lower case (lower_case_table_names)', () => {
  const ST = ['mysql_table_names_prefix=ST'];
  const script = (from: string, to: string, params: string[] = []) => compile({ product: 'supertokens', from, to, dialect: 'mysql', params }).sql;
  const MESSAGE = "SELECT CONCAT('plan stopped: this server stores table names in lower case (lower_case_table_names = ', @plan_lctn, ')', ', and this script''s tables are named with capital letters (33 of them: ST_all_auth_recipe_users, ST_app_id_to_user_id, ST_apps, …), which the server holds in lower case (st_all_auth_recipe_users): no check of this script can match them. Compile it with those names in lower case, as the server stores them (a table-name prefix or table name given by a parameter: give it in lower case), or run it on a server with lower_case_table_names = 0. Nothing was changed. Checked: database ', COALESCE(DATABASE(), 'none (no database selected)'), '.') AS plan FROM DUAL WHERE @plan_lctn <> 0;";

  it('the text: the setting read once, first thing of the version check, the stop, and the flag that requires 0', () => {
    const lines = script('5.0', '6.0', ST).split('\n');
    const read = lines.indexOf('SET @plan_lctn = @@lower_case_table_names;');
    expect(lines[read - 1]).toBe('SET @plan_ok = FALSE;');
    expect(lines.filter((l) => l.includes('@@lower_case_table_names'))).toHaveLength(1);
    expect(lines[read + 1]).toBe(MESSAGE);
    expect(lines.slice(read + 2, read + 6)).toEqual(['SET @plan_sql = IF(', '  @plan_lctn = 0,', "  'DO 0',", "  'SELECT 1 FROM `plan stopped: this server stores table names in lower case; see`');"]);
    // Before anything reads the catalog, and the check's flag (every guarded statement requires it) needs 0.
    expect(read).toBeLessThan(lines.findIndex((l) => l.startsWith('SET @plan_busy = ')));
    expect(lines).toContain('SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL AND @plan_lctn = 0;');
    // The install and the rollback too.
    for (const [from, to] of [['0', '6.0'], ['6.0', '5.0']]) expect(script(from, to, ST)).toContain('SET @plan_lctn = @@lower_case_table_names;');
  });

  it('tables named in lower case only (every bundled product as it ships): nothing of it, the script is as it was', () => {
    for (const [from, to] of [['5.0', '6.0'], ['0', '6.0'], ['6.0', '5.0']]) {
      const sql = script(from, to, ['mysql_table_names_prefix=st']);
      expect(sql).not.toContain('lower_case_table_names');
      expect(sql).toContain('SET @plan_ok = @plan_problem IS NULL AND @plan_busy IS NULL;');
    }
  });
});

await describeServer('mysql server: lower_case_table_names, emulated', 'mysql', (url) => {
  const target: EngineTarget = { title: 'mysql server', dialect: 'mysql', url };
  const ST = ['mysql_table_names_prefix=ST'];
  const script = (from: string, to: string) => compile({ product: 'supertokens', from, to, dialect: 'mysql', params: ST }).sql;
  /** The script as a server whose lower_case_table_names is `value` runs it: its one read of the setting replaced. */
  const as = (value: number, sql: string) => `SET @plan_test_lctn = ${value};\n${sql.replace('@@lower_case_table_names', '@plan_test_lctn')}`;
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.close().catch(() => undefined);
  });
  const at50 = async () => {
    const s = await openScratch('mysql', { url });
    scratches.push(s);
    await s.execScript(script('0', '5.0'));
    return s;
  };

  it('set to 1: the script stops before any change with the one line, also under mariadb --force; set to 0 it applies', async () => {
    const s = await at50();
    const before = await snap(s);
    const up = script('5.0', '6.0');
    const r = runClient(target, s.name, as(1, up), []);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain(`plan stopped: this server stores table names in lower case (lower_case_table_names = 1), and this script's tables are named with capital letters (33 of them: ST_all_auth_recipe_users, ST_app_id_to_user_id, ST_apps, …), which the server holds in lower case (st_all_auth_recipe_users): no check of this script can match them. Compile it with those names in lower case, as the server stores them (a table-name prefix or table name given by a parameter: give it in lower case), or run it on a server with lower_case_table_names = 0. Nothing was changed. Checked: database ${s.name}.`);
    expect(r.out).toMatch(/ERROR 1146 .*plan stopped: this server stores table names in lower case; see/);
    expect(await snap(s)).toEqual(before);
    const forced = runClient(target, s.name, as(2, up), ['--force']);
    expect(forced.out).toContain('(lower_case_table_names = 2)');
    expect(forced.out).not.toMatch(/plan: supertokens 5\.0 → 6\.0 applied/);
    expect(await snap(s)).toEqual(before);
    const applied = runClient(target, s.name, as(0, up), []);
    expect(applied.status).toBe(0);
    expect(applied.out).toMatch(/plan: supertokens 5\.0 → 6\.0 applied/);
    expect(applied.out).not.toContain('lower_case_table_names');
  });

  it('as it is (this server: 0), the script runs unchanged', async () => {
    const s = await at50();
    const r = runClient(target, s.name, script('5.0', '6.0'), []);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/plan: supertokens 5\.0 → 6\.0 applied/);
  });
});
