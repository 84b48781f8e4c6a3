// The commands plan status and plan detect print with the --url in them (the re-run with the table-name prefix found,
// the one to run once another session's migration has ended, the one detect without a product proposes) masked the
// URL's password as user:***@ or ?password=***. Found by review: pasted as printed they fail (the server refuses
// "***"). They now give the URL without its password (and without any other secret parameter), and a note says where
// the password comes from, as the clients take it: PGPASSWORD (plan reads it through pg, as psql and pg_dump do),
// MYSQL_PWD (plan reads it as the mysql client does); a product's own installer, which reads its URL only, keeps
// PASSWORD in its place and the note says to put it there.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandUrl, secretNote } from '../src/cli/detect.js';
import { compile } from '../src/compile/compile.js';
import { openScratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: 300_000, env: { ...process.env, MYSQL_PWD: '', PGPASSWORD: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the --url in printed commands', () => {
  it('leaves the password and secret parameters out, keeps the rest', () => {
    expect(commandUrl('postgres://app:s%40cret@db.example:5432/app?sslmode=require')).toBe('postgres://app@db.example:5432/app?sslmode=require');
    expect(commandUrl('postgres://app@db.example/app?password=x&sslmode=require&sslpassword=y')).toBe('postgres://app@db.example/app?sslmode=require');
    expect(commandUrl('mysql://root:pw@127.0.0.1:3306/app')).toBe('mysql://root@127.0.0.1:3306/app');
    expect(commandUrl('sqlite:./app.db')).toBe('sqlite:./app.db');
    expect(commandUrl('postgres://app@db.example/app')).toBe('postgres://app@db.example/app');
  });

  it('says where the password comes from, per engine, and what else to add back', () => {
    expect(secretNote('postgres://app@db.example/app')).toBeUndefined();
    expect(secretNote('postgres://app:pw@db.example/app')).toBe("the commands leave out the --url's password: set it in the environment before running them, export PGPASSWORD='…' (plan, psql and pg_dump read it; or a ~/.pgpass line)");
    expect(secretNote('mysql://root@h/app?password=pw')).toBe("the commands leave out the --url's password: set it in the environment before running them, export MYSQL_PWD='…' (plan reads it, as the mysql client does; mysql and mysqldump -p ask for it)");
    expect(secretNote('postgres://app@db.example/app?sslpassword=k')).toBe("the commands leave out the --url's sslpassword (not read from the environment): add sslpassword=… back to the --url of the plan commands");
    expect(secretNote('postgres://app:pw@db.example/app', true)).toBe(
      "the commands leave out the --url's password: set it in the environment before running them, export PGPASSWORD='…' (plan, psql and pg_dump read it; or a ~/.pgpass line); the installer's --db-url holds PASSWORD where the --url's password goes: put it there, percent-encoded as in the --url (PGPASSWORD is not read there)",
    );
  });
});

// The reproduction: SuperTokens installed with table-name prefix st on MariaDB, read by a user with a password
// (characters a URL escapes in it), without the prefix: status prints the command to run with it.
await describeServer('status with a password in the --url: MariaDB (the reproduction)', 'mysql', (server) => {
  it('the command status prints runs as printed, with MYSQL_PWD set as the note says; a masked password would not', async () => {
    const s = await openScratch('mysql', { url: server });
    const user = 'h_st_pw_user';
    const password = 'p@ss:w/rd';
    try {
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect: 'mysql', params: ['mysql_table_names_prefix=st'] }).sql);
      for (const host of ['%', 'localhost']) {
        await s.execStatements([`DROP USER IF EXISTS '${user}'@'${host}'`, `CREATE USER '${user}'@'${host}' IDENTIFIED BY '${password}'`, `GRANT ALL ON \`${s.name}\`.* TO '${user}'@'${host}'`]);
      }
      const u = new URL(server);
      u.pathname = `/${s.name}`;
      u.username = user;
      for (const url of [(() => { const x = new URL(u); x.password = encodeURIComponent(password); return x.toString(); })(), `${u.toString()}?password=${encodeURIComponent(password)}`]) {
        const st = plan(['status', 'supertokens', '--url', url]);
        expect(st.code, url).toBe(1);
        const lines = st.stdout.split('\n');
        const line = lines.find((l) => l.startsWith("supertokens's tables are here with table-name prefix st"))!;
        const command = line.slice(line.indexOf(': npx plan ') + 2);
        const bare = new URL(u);
        expect(command).toBe(`npx plan status supertokens --url mysql://${user}@${bare.host}/${s.name} --param mysql_table_names_prefix=st`);
        expect(command).not.toContain('***');
        expect(lines).toContain("note: the commands leave out the --url's password: set it in the environment before running them, export MYSQL_PWD='…' (plan reads it, as the mysql client does; mysql and mysqldump -p ask for it)");
        // As the note says: the command as printed, the password in MYSQL_PWD.
        const args = command.split(' ').slice(2);
        const again = plan(args, { MYSQL_PWD: password });
        expect(again.code).toBe(0);
        expect(again.stdout.split('\n')[1]).toBe('best match: 5.0 (exact)');
        // Without it the server refuses, as it refuses the masked form (what status printed before).
        expect(plan(args).stderr).toContain('Access denied');
        expect(plan(args.map((a) => a.replace(`${user}@`, `${user}:***@`))).stderr).toContain('Access denied');
      }
    } finally {
      for (const host of ['%', 'localhost']) await s.execStatements([`DROP USER IF EXISTS '${user}'@'${host}'`]).catch(() => undefined);
      await s.close();
    }
  });
});
