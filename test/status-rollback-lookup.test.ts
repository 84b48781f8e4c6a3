// `plan status --to` a rollback that reads a parameter the product declares with a `lookup:` (Fief 0.28 → 0.27:
// workspace_id, the schema or database the workspace's tables go back to; its lookup: SELECT id FROM workspaces).
// Found with the AuthHero fault (status proposing control_plane_tenant_id's default for a rollback that needs the
// upgrade's value): `plan status fief --url … --to 0.27` on a 0.28 database stopped at "parameter workspace_id has no
// default: pass --param workspace_id=…", while the database held the one workspace whose id it is. Now status asks
// the lookup in its read-only transaction: one row, and the command carries it (run as printed, the rollback takes the
// database to 0.27); several rows, one error line names them and what to pass, guessing none.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[]) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
// Workspace ids of this file's own: on MySQL the workspace's database is the server's.
const WS = 'f1ef0028-5b2e-4c3d-8e4f-0000000000b1';
const OTHER = 'f1ef0028-5b2e-4c3d-8e4f-0000000000b2';
const scratches: Scratch[] = [];
afterAll(async () => {
  for (const s of scratches) await s.close().catch(() => undefined);
});
const urlOf = (server: string, s: Scratch) => {
  const u = new URL(server);
  u.pathname = `/${s.name}`;
  return u.toString();
};
const workspace = (id: string, dialect: string) =>
  `INSERT INTO workspaces (id, created_at, updated_at, name, domain, users_count, database_use_schema, database_table_prefix, alembic_revision) VALUES ('${id}', '2025-06-01 09:00:00', '2025-06-01 09:00:00', 'w', '${id}.example.com', 0, ${dialect === 'mysql' ? 0 : 'false'}, 'fief_', '6c06c7d908a7');`;

for (const dialect of ['postgres', 'mysql'] as const) {
  await describeServer(`status --to 0.27 on Fief 0.28 reads workspace_id by its lookup (${dialect})`, dialect, (server) => {
    it('one workspace: the rollback command carries its id, and run as printed it reaches 0.27; two: one line naming both', async () => {
      const s = await openScratch(dialect, { url: server });
      scratches.push(s);
      const url = urlOf(server, s);
      const dropWorkspace = dialect === 'mysql' ? `DROP DATABASE IF EXISTS \`${WS}\`;` : undefined;
      if (dropWorkspace) await s.execScript(dropWorkspace);
      try {
        await s.execScript(compile({ product: 'fief', from: '0', to: '0.27', dialect, params: [`workspace_id=${WS}`] }).sql);
        await s.execScript(workspace(WS, dialect));
        await s.execScript(compile({ product: 'fief', from: '0.27', to: '0.28', dialect, params: [`workspace_id=${WS}`] }).sql);
        const st = plan(['status', 'fief', '--url', url, '--to', '0.27']);
        expect(st.stderr).toBe('');
        expect(st.code).toBe(0);
        const command = `npx plan compile fief 0.28 0.27 --dialect ${dialect} --param workspace_id=${WS} -o down.sql`;
        expect(st.stdout).toContain(`\n  ${command}\n`);
        expect(st.stdout).toContain(`\nnote: parameter workspace_id is ${WS}, read from this database: SELECT id FROM workspaces gives that one row\n`);
        // The command as printed (to standard output instead of down.sql), applied: 0.27.
        const down = plan(command.split(' ').slice(2, -2));
        expect(down.stderr).toBe('');
        const before = await s.fingerprint();
        // Two workspaces: which one's tables go back is not guessed.
        await s.execScript(workspace(OTHER, dialect));
        const two = plan(['status', 'fief', '--url', url, '--to', '0.27']);
        expect([two.code, two.stdout, two.stderr]).toEqual([2, '', `plan: error: parameter workspace_id has no default, and SELECT id FROM workspaces gives several values in this database (${WS}, ${OTHER}), so status cannot tell which: pass --param workspace_id=… to status (the id of the workspace whose tables move)\n`]);
        await s.execScript(`DELETE FROM workspaces WHERE id = '${OTHER}';`);
        expect(await s.fingerprint()).toEqual(before);
        await s.execScript(down.stdout);
        const at27 = plan(['detect', 'fief', '--url', url, '--param', `workspace_id=${WS}`]);
        expect([at27.code, at27.stdout.split('\n')[1]]).toEqual([0, 'best match: 0.27 (exact)']);
      } finally {
        if (dropWorkspace) await s.execScript(dropWorkspace);
      }
    }, 600_000);
  });
}
