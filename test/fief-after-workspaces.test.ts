// Fief from 0.28 on asked for a workspace_id nobody could look up any more (found by review, stop 36): 0.28 moves the
// workspace's tables into the main schema or database, and 0.28-cleanup drops the workspaces table that held the id.
// - `plan compile fief 0.28 0.28-cleanup` stopped at "parameter workspace_id has no default": the parameter names
//   the workspace's schema (a location), and the replay of 0.27 → 0.28's manual step filled it into its text;
// - `plan status fief --url …` on a 0.28 or 0.28-cleanup database stopped at "fief keeps tables in another schema
//   too (location workspace): pass --param workspace_id=…".
// Now a location whose parameter is not given is left out where nothing is there (the compile reads it when a table
// of a model on its path is there: 0.27 → 0.28 still needs it), and status reads the database without that place,
// accepting only an exact match with a version keeping nothing there (a 0.27 database still needs the parameter).
import { expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch } from '../src/engines/index.js';
import { runPlan as plan } from './helpers/cli.js';
import { describeServer, scratchUrl, scratchesClosedAfterAll } from './helpers/servers.js';

// A workspace id of this file's own: on MySQL the workspace's database is the server's, shared with other test files.
const WS = 'f1ef0028-4a1d-4c0e-9b7e-0000000000a1';
const scratches = scratchesClosedAfterAll();
const NEEDED = (word: string) => `plan: error: fief keeps tables in another ${word} too (location workspace): pass --param workspace_id=… so that it is read as well (the id of the workspace whose tables move: find it with SELECT id FROM workspaces, which here gives no row)\n`;

for (const dialect of ['postgres', 'mysql'] as const) {
  const word = dialect === 'postgres' ? 'schema' : 'database';
  await describeServer(`Fief on ${dialect}: no workspace_id needed once the workspace's tables have moved`, dialect, (server) => {
    it('0.27 still needs it; at 0.28 status and detect answer without it, and the clean-up script compiles and applies without it', async () => {
      const s = await openScratch(dialect, { url: server });
      scratches.push(s);
      const url = scratchUrl(server, s);
      // (MySQL: the workspace's database is the server's; one left by a run that was cut short is dropped first.)
      const dropWorkspace = dialect === 'mysql' ? `DROP DATABASE IF EXISTS \`${WS}\`;` : undefined;
      if (dropWorkspace) await s.execScript(dropWorkspace);
      await s.execScript(compile({ product: 'fief', from: '0', to: '0.27', dialect, params: [`workspace_id=${WS}`] }).sql);
      // At 0.27 the workspace's tables are in its own schema or database: without it, no answer; nor with drift (the
      // main schema alone is 0.27's main part exactly, however close 0.28 looks).
      const at27 = plan(['status', 'fief', '--url', url]);
      expect([at27.code, at27.stderr]).toEqual([2, NEEDED(word)]);
      await s.execScript('CREATE INDEX h_extra ON workspaces (created_at, id);');
      const drift27 = plan(['status', 'fief', '--url', url]);
      expect([drift27.code, drift27.stderr]).toEqual([2, NEEDED(word)]);
      await s.execScript(dialect === 'postgres' ? 'DROP INDEX h_extra;' : 'DROP INDEX h_extra ON workspaces;');

      await s.execScript(compile({ product: 'fief', from: '0.27', to: '0.28', dialect, params: [`workspace_id=${WS}`] }).sql);
      const at28 = plan(['status', 'fief', '--url', url, '--to', '0.28-cleanup']);
      expect(at28.stderr).toBe('');
      expect(at28.code).toBe(0);
      expect(at28.stdout).toContain('best match: 0.28 (exact)\n');
      expect(at28.stdout).toContain(`\n  npx plan compile fief 0.28 0.28-cleanup --dialect ${dialect} -o up.sql\n`);
      expect(at28.stdout).toContain(`\nnote: --param workspace_id was not given: the ${word} of location workspace was not read (fief 0.28 keeps nothing there)\n`);
      expect(at28.stdout).not.toContain('stood in');
      // With the parameter given: the backup takes only what holds something (found by a fresh DBA: MySQL's mysqldump
      // --databases named the workspace's database, which the 0.28 guide's last step drops, and failed on it).
      for (const to of ['0.28-cleanup', '0.27']) {
        const backup = plan(['status', 'fief', '--url', url, '--param', `workspace_id=${WS}`, '--to', to]).stdout.split('\n').find((l) => l.startsWith('backup then: '));
        expect(backup, to).toMatch(dialect === 'mysql' ? /^backup then: mysqldump .*--result-file=fief-0\.28-before\.sql\.partial / : /^backup then: pg_dump /);
        expect(backup, to).toContain(` ${s.name} && mv `);
        expect(backup, to).not.toContain('--databases');
        expect(backup, to).not.toContain(WS);
      }
      const detected = plan(['detect', 'fief', '--url', url]);
      expect([detected.code, detected.stdout.split('\n')[1]]).toEqual([0, 'best match: 0.28 (exact)']);
      // Without a product, with another product's --param (review: the note's reading of the parameters refused it).
      const any = plan(['detect', '--url', url, '--param', 'access_token_signing_key_dynamic=false']);
      expect([any.code, any.stderr]).toEqual([0, '']);
      expect(any.stdout.split('\n').slice(0, 3)).toEqual(['product: fief', expect.stringMatching(/^fief on /), 'best match: 0.28 (exact)']);
      // 0.28 with drift (an index of the DBA's): still 0.28, the nearest by far, no parameter needed (review).
      await s.execScript('CREATE INDEX h_extra ON fief_users (created_at, id);');
      const drift28 = plan(['status', 'fief', '--url', url]);
      expect([drift28.code, drift28.stderr]).toEqual([1, '']);
      expect(drift28.stdout).toContain('best match: 0.28 (1 difference)\n');
      await s.execScript(dialect === 'postgres' ? 'DROP INDEX h_extra;' : 'DROP INDEX h_extra ON fief_users;');

      // The command status gives, as a DBA runs it.
      const cleanup = plan(['compile', 'fief', '0.28', '0.28-cleanup', '--dialect', dialect]);
      expect(cleanup.stderr).toBe('');
      expect(cleanup.stdout).toContain('\n-- parameters: (none) (workspace_id: not given; this script does not use it)\n');
      // Stopped half-way (MySQL commits each DROP TABLE): between 0.28 and 0.28-cleanup, and resumed without it.
      if (dialect === 'mysql') {
        await s.execScript('DROP TABLE workspace_users; DROP TABLE admin_api_key;');
        const half = plan(['status', 'fief', '--url', url, '--to', '0.28-cleanup']);
        expect([half.code, half.stderr]).toEqual([0, '']);
        expect(half.stdout).toContain('between 0.28 and 0.28-cleanup: resume with the 0.28 → 0.28-cleanup script\n');
      }
      await s.execScript(cleanup.stdout);
      const atCleanup = plan(['status', 'fief', '--url', url]);
      expect([atCleanup.code, atCleanup.stderr]).toEqual([0, '']);
      expect(atCleanup.stdout).toContain('best match: 0.28-cleanup (exact)\n');
      expect(atCleanup.stdout).toContain('up to date: the database is at 0.28-cleanup; nothing to apply\n');
      if (dropWorkspace) await s.execScript(dropWorkspace);
    }, 600_000);
  });
}
