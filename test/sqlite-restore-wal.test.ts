// Found by use (stop 38): the SQLite backup line said "restore: copy X.db over the database while nothing has it
// open". On a database in WAL mode whose last writer died after the upgrade committed, a -wal file stays beside it,
// and sqlite3 replays it onto the copied file: the restored database read as the upgraded version again. The restore
// is now sqlite3's .restore, which writes the backup through the database's own journal. Followed here as printed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { describeSqliteClient } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], cwd: string) => spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
const sh = (command: string, cwd: string) => spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 300_000 });
const dir = mkdtempSync(join(tmpdir(), 'plan-restore-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NS = ['--param', 'namespaces=files:1'];

describeSqliteClient('SQLite restore beside a -wal file left by a writer that died', () => {
  it('keto 0.6 → 0.7 committed, its writer killed: the printed restore gives 0.6 back', async () => {
    expect(plan(['compile', 'keto', '0', '0.6', '-d', 'sqlite', ...NS, '-o', 'install.sql'], dir).status).toBe(0);
    expect(sh('sqlite3 -bail w.db < install.sql && sqlite3 w.db "PRAGMA journal_mode=WAL"', dir).status).toBe(0);
    const st = plan(['status', 'keto', '--url', 'sqlite:w.db', ...NS], dir).stdout;
    const line = st.split('\n').find((l) => l.startsWith('backup '))!;
    const backup = line.replace(/^backup (first|then): /, '').replace(/ {3}\(.*$/, '');
    const restore = /\(restore, while nothing else has it open: (.*?); not a copy over it: a -wal file left beside the database would be replayed onto the copy\)$/.exec(line)![1];
    expect(restore).toBe("sqlite3 w.db '.restore keto-0.6-before.db'");
    expect(sh(backup, dir).status).toBe(0);
    expect(plan(['compile', 'keto', '0.6', '0.7', '-d', 'sqlite', ...NS, '-o', 'up.sql'], dir).status).toBe(0);
    // The upgrade commits into the -wal file (no checkpoint), then its process is killed before it closes the database.
    const writer = spawn('sh', ['-c', "( printf 'PRAGMA wal_autocheckpoint=0;\\n'; cat up.sql; sleep 120 ) | sqlite3 w.db"], { cwd: dir, detached: true, stdio: 'ignore' });
    try {
      for (let i = 0; i < 600; i++) {
        if (sh(`sqlite3 -readonly w.db "SELECT count(*) FROM sqlite_schema WHERE name = 'keto_relation_tuples'"`, dir).stdout.trim() === '1' && sh('sqlite3 -readonly w.db "SELECT count(*) FROM networks"', dir).stdout.trim() === '1') break;
        await sleep(100);
      }
    } finally {
      process.kill(-writer.pid!, 'SIGKILL');
    }
    await sleep(200);
    expect(existsSync(join(dir, 'w.db-wal'))).toBe(true);
    expect(plan(['detect', 'keto', '--url', 'sqlite:w.db', ...NS], dir).stdout).toContain('0.7 (exact)');
    // The restore as printed: 0.6 again, the stale -wal file notwithstanding.
    const r = sh(restore, dir);
    expect(r.status, r.stderr).toBe(0);
    expect(plan(['detect', 'keto', '--url', 'sqlite:w.db', ...NS], dir).stdout).toContain('0.6 (exact)');
  }, 600_000);
});
