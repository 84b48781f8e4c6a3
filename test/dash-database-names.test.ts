// Found by review (stop 38): a database named with a leading `-` became an option of the commands plan status prints.
// For a MariaDB database named `--version`, the apply line was `mysql -h … -u root --version < up.sql`: it printed
// the client's version and applied nothing, exit 0. The same for mysqldump's backup line, pg_dump's (the database is
// its last argument) and sqlite3's file. Each printed line is now followed as a DBA would paste it, and it works.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { getDialect } from '../src/dialects/index.js';
import { projectRoot } from '../src/paths.js';
import { describeServer, describeSqliteClient } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], cwd: string) => spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
const sh = (command: string, cwd: string) => spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 300_000 });
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'plan-dash-'));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
const NS = ['--param', 'namespaces=files:1'];
/** The lines plan status printed that start with `prefix` (after its indentation), without the text in parentheses after three spaces or two. */
// (the package is not installed in the temporary folder: npx plan is the built CLI)
const asRun = (c: string) => c.replace(/^npx plan /, `${shellQuote(process.execPath)} ${shellQuote(MAIN)} `);
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const commandsOf = (out: string) => {
  const lines = out.split('\n');
  const backup = lines.find((l) => l.startsWith('backup '))!.replace(/^backup (first|then): /, '').replace(/ {3}\(.*$/, '');
  const at = lines.indexOf('commands (nothing has been run):');
  const commands = lines.slice(at + 1).filter((l) => l.startsWith('  ')).map((l) => asRun(l.trim().replace(/ {2,3}\(.*$/, '')));
  return { backup, commands };
};

it('the dialects put a name starting with - where no client reads it as an option', () => {
  expect(getDialect('mysql').script.applyCommand('up.sql', { database: '--version' })).toBe("mysql -- --version < up.sql  (or: mariadb -- --version < up.sql)");
  expect(getDialect('mysql').script.backupCommand('b', [], { database: '-x' })).toMatch(/--result-file=b\.sql\.partial -- -x && mv /);
  expect(getDialect('mysql').script.backupCommand('b', ['-p', 'q'], { database: 'app' })).toMatch(/--databases -- app -p q && mv /);
  expect(getDialect('postgres').script.backupCommand('b', [], { database: '-x' })).toMatch(/^pg_dump --format=custom --file=b\.dump\.partial -- -x && mv /);
  expect(getDialect('postgres').script.applyCommand('up.sql', { database: '-x' })).toBe('psql -v ON_ERROR_STOP=1 -d -x -f up.sql');
  expect(getDialect('sqlite').script.applyCommand('up.sql', { database: '-x.db' })).toMatch(/^sqlite3 -bail \.\/-x\.db < up\.sql /);
  // A name without a leading - is written as before.
  expect(getDialect('mysql').script.applyCommand('up.sql', { database: 'app-1' })).toBe('mysql app-1 < up.sql  (or: mariadb app-1 < up.sql)');
});

await describeServer('MariaDB: a database named --plan-dash-test', 'mysql', (server) => {
  it('status at 0.6: its backup and apply lines, pasted, back up and apply', () => {
    const db = '--plan-dash-test';
    const dir = tempDir();
    const u = new URL(server);
    const client = `mariadb -h ${u.hostname} -P ${u.port || 3306} -u ${decodeURIComponent(u.username) || 'root'}`;
    expect(sh(`${client} -e 'DROP DATABASE IF EXISTS \`${db}\`; CREATE DATABASE \`${db}\`'`, dir).status).toBe(0);
    try {
      u.pathname = `/${encodeURIComponent(db)}`;
      const url = u.toString();
      expect(plan(['compile', 'keto', '0', '0.6', '-d', 'mysql', ...NS, '-o', 'install.sql'], dir).status).toBe(0);
      expect(sh(`${client} -- ${db} < install.sql`, dir).status).toBe(0);
      const st = plan(['status', 'keto', '--url', url, ...NS], dir);
      expect(st.stdout).toContain('best match: 0.6 (exact)');
      const { backup, commands } = commandsOf(st.stdout);
      expect(backup).toContain(' -- --plan-dash-test && mv ');
      const b = sh(backup.replace(/^mysqldump /, 'mariadb-dump '), dir);
      expect(b.status, b.stderr).toBe(0);
      expect(existsSync(join(dir, 'keto-0.6-before.sql'))).toBe(true);
      expect(commands[1]).toMatch(/ -- --plan-dash-test < up\.sql$/);
      for (const c of commands) {
        const r = sh(c.replace(/^mysql /, 'mariadb '), dir);
        expect(r.status, `${c}: ${r.stderr}`).toBe(0);
        expect(r.stdout).not.toMatch(/Ver \d/);
      }
      expect(plan(['status', 'keto', '--url', url, ...NS], dir).stdout).toContain('best match: 0.7 (exact)');
    } finally {
      sh(`${client} -e 'DROP DATABASE IF EXISTS \`${db}\`'`, dir);
    }
  }, 600_000);
});

await describeServer('PostgreSQL: a database named -plan-dash-test', 'postgres', (server) => {
  it('status at 0.6: its backup and apply lines, pasted, back up and apply', () => {
    const db = '-plan-dash-test';
    const dir = tempDir();
    const u = new URL(server);
    const conn = `-h ${u.hostname} -p ${u.port || 5432} -U ${decodeURIComponent(u.username) || 'postgres'}`;
    const admin = `psql -v ON_ERROR_STOP=1 ${conn} -d ${decodeURIComponent(u.pathname.slice(1)) || 'postgres'}`;
    expect(sh(`${admin} -c 'DROP DATABASE IF EXISTS "${db}"' -c 'CREATE DATABASE "${db}"'`, dir).status).toBe(0);
    try {
      u.pathname = `/${encodeURIComponent(db)}`;
      const url = u.toString();
      expect(plan(['compile', 'keto', '0', '0.6', '-d', 'postgres', ...NS, '-o', 'install.sql'], dir).status).toBe(0);
      expect(sh(`psql -v ON_ERROR_STOP=1 ${conn} -d ${db} -f install.sql`, dir).status).toBe(0);
      const st = plan(['status', 'keto', '--url', url, ...NS], dir);
      expect(st.stdout).toContain('best match: 0.6 (exact)');
      const { backup, commands } = commandsOf(st.stdout);
      expect(backup).toContain(' -- -plan-dash-test && mv ');
      const b = sh(backup, dir);
      expect(b.status, b.stderr).toBe(0);
      expect(existsSync(join(dir, 'keto-0.6-before.dump'))).toBe(true);
      for (const c of commands) {
        const r = sh(c, dir);
        expect(r.status, `${c}: ${r.stderr}`).toBe(0);
      }
      expect(plan(['status', 'keto', '--url', url, ...NS], dir).stdout).toContain('best match: 0.7 (exact)');
    } finally {
      sh(`${admin} -c 'DROP DATABASE IF EXISTS "${db}"'`, dir);
    }
  }, 600_000);
});

describeSqliteClient('SQLite: a file named -plan-dash.db', () => {
  it('status at 0.6: its backup and apply lines, pasted, back up and apply', () => {
    const dir = tempDir();
    expect(plan(['compile', 'keto', '0', '0.6', '-d', 'sqlite', ...NS, '-o', 'install.sql'], dir).status).toBe(0);
    expect(sh('sqlite3 -bail ./-plan-dash.db < install.sql', dir).status).toBe(0);
    const st = plan(['status', 'keto', '--url', 'sqlite:-plan-dash.db', ...NS], dir);
    expect(st.stdout).toContain('best match: 0.6 (exact)');
    const { backup, commands } = commandsOf(st.stdout);
    expect(backup).toContain('sqlite3 -readonly ./-plan-dash.db ');
    expect(sh(backup, dir).status).toBe(0);
    expect(existsSync(join(dir, 'keto-0.6-before.db'))).toBe(true);
    for (const c of commands) {
      const r = sh(c, dir);
      expect(r.status, `${c}: ${r.stderr}`).toBe(0);
    }
    expect(plan(['status', 'keto', '--url', 'sqlite:-plan-dash.db', ...NS], dir).stdout).toContain('best match: 0.7 (exact)');
  }, 600_000);
});
