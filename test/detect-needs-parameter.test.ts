// `plan detect` without a product on a database of a product that keeps tables in a place named by a parameter (Fief
// 0.27: the main schema or database holds workspaces and the like, the workspace's tables are in a schema or database
// named after workspace_id). Found by a fresh DBA: it said "no product's tables are in this database; not tried: fief
// (…)", as if nothing of Fief were there, and named the parameter without saying where its value is. Now it names the
// product's tables it saw, the place it could not read, and how to find the parameter's value, from the product's
// declaration of the parameter (product.yaml `lookup:`, else the first clause of its description), with the command
// to run once found: run as printed (the value put in), it answers 0.27 exactly. And it asks that lookup itself: with
// one row, the command and the error carry its value; with several, it says which, and guesses none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { unreadPlaceHint } from '../src/detect/detect.js';
import { openScratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';
import { runPlan as plan } from './helpers/cli.js';
import { describeServer, scratchUrl, scratchesClosedAfterAll } from './helpers/servers.js';

// A workspace id of this file's own: on MySQL the workspace's database is the server's.
const WS = 'f1ef0027-6e2d-4b1a-8c3d-00000000d7c7';
// A second workspace, sorting after it.
const OTHER = 'f1ef0027-6e2d-4b1a-8c3d-00000000d7c8';
const scratches = scratchesClosedAfterAll();

describe("the hint comes from the product's parameter declaration", () => {
  it('Fief: its lookup (SELECT id FROM workspaces) and what the value is', () => {
    expect(unreadPlaceHint('fief', 'workspace')).toEqual({ param: 'workspace_id', what: 'the id of the workspace whose tables move', lookup: 'SELECT id FROM workspaces', words: 'the id of the workspace whose tables move: find it with SELECT id FROM workspaces' });
  });
  it('a product without a lookup: the first clause of the description', () => {
    const plansDir = join(projectRoot(), 'test/fixtures/plans-places');
    expect(unreadPlaceHint('places', 'space', plansDir)).toEqual({ param: 'space_id', what: 'The id of the space whose tables move', words: 'The id of the space whose tables move' });
  });
});

for (const dialect of ['postgres', 'mysql'] as const) {
  const word = dialect === 'postgres' ? 'schema' : 'database';
  await describeServer(`detect without a product on Fief 0.27 (${dialect})`, dialect, (server) => {
    it('names fief\'s tables it saw, the place not read, how to find workspace_id, and the command; that command answers 0.27', async () => {
      const s = await openScratch(dialect, { url: server });
      scratches.push(s);
      const url = scratchUrl(server, s);
      const dropWorkspace = dialect === 'mysql' ? `DROP DATABASE IF EXISTS \`${WS}\`;` : `DROP SCHEMA IF EXISTS "${WS}" CASCADE;`;
      await s.execScript(dropWorkspace);
      try {
        await s.execScript(compile({ product: 'fief', from: '0', to: '0.27', dialect, params: [`workspace_id=${WS}`] }).sql);
        await s.execScript(`INSERT INTO workspaces (id, created_at, updated_at, name, domain, users_count, database_use_schema, database_table_prefix) VALUES ('${WS}', '2025-06-01 09:00:00', '2025-06-01 09:00:00', 'w', 'auth.example.com', 0, ${dialect === 'mysql' ? 0 : 'false'}, 'fief_');`);
        const any = plan(['detect', '--url', url]);
        expect(any.stderr).toBe('');
        expect(any.code).toBe(1);
        const line = any.stdout.split('\n')[0];
        expect(line).not.toContain("no product's tables are in this database");
        // One workspace: its lookup, asked of this database, gives the value, and the command carries it (it said
        // `--param workspace_id=VALUE (VALUE: that value)` before: the DBA ran the query by hand).
        const command = `npx plan detect fief --url ${url} --param workspace_id=${WS}`;
        expect(line).toMatch(new RegExp(`^no product at a version without more parameters: fief's tables admin_api_key, admin_session_tokens, alembic_version and \\d+ more are here, and fief keeps more tables in another ${word} \\(location workspace\\), read only with --param workspace_id, not given \\(the id of the workspace whose tables move: find it with SELECT id FROM workspaces, which gives one row here\\): run `));
        expect(line.slice(line.indexOf('): run ') + '): run '.length)).toBe(command);
        // JSON: the same, by field.
        const json = JSON.parse(plan(['detect', '--url', url, '--json']).stdout);
        expect(json.needsParameter).toEqual([expect.objectContaining({ product: 'fief', param: 'workspace_id', lookup: 'SELECT id FROM workspaces', value: WS, location: 'workspace', command })]);
        // The DBA's next step: the command as printed.
        const found = plan(command.split(' ').slice(2));
        expect([found.code, found.stderr]).toEqual([0, '']);
        expect(found.stdout.split('\n')[1]).toBe('best match: 0.27 (exact)');
        // The product named, without the parameter: the same hint in its error, with the value.
        const named = plan(['detect', 'fief', '--url', url]);
        expect([named.code, named.stderr]).toEqual([2, `plan: error: fief keeps tables in another ${word} too (location workspace): pass --param workspace_id=${WS} so that it is read as well (the id of the workspace whose tables move: find it with SELECT id FROM workspaces, which gives one row here)\n`]);
        // Two workspaces: no value guessed; what the query gives is said, and the command keeps VALUE.
        await s.execScript(`INSERT INTO workspaces (id, created_at, updated_at, name, domain, users_count, database_use_schema, database_table_prefix) VALUES ('${OTHER}', '2025-06-01 09:00:00', '2025-06-01 09:00:00', 'w2', 'b.example.com', 0, ${dialect === 'mysql' ? 0 : 'false'}, 'fief_');`);
        const two = plan(['detect', '--url', url]).stdout.split('\n')[0];
        expect(two).toContain(`(the id of the workspace whose tables move: find it with SELECT id FROM workspaces, which here gives several: ${WS}, ${OTHER}), then run: npx plan detect fief --url ${url} --param workspace_id=VALUE (VALUE: that value)`);
        expect(plan(['detect', 'fief', '--url', url]).stderr).toBe(`plan: error: fief keeps tables in another ${word} too (location workspace): pass --param workspace_id=… so that it is read as well (the id of the workspace whose tables move: find it with SELECT id FROM workspaces, which here gives several: ${WS}, ${OTHER})\n`);
      } finally {
        if (dialect === 'mysql') await s.execScript(dropWorkspace);
      }
    });
  });
}
