// Header, session-setting and command-line faults a fresh user found (helper I's batch), each with its exact input:
// 1. the header and the review told the DBA to back up, then stop the application: a dump taken while the
//    application still writes is not the state the script starts from (the writers stop first);
// 2. a script that creates or changes objects in another schema or database (Fief's workspace) did not say so, nor
//    which privilege that needs;
// 3. a MySQL script's SET NAMES outlived it: the session's character set did not come back at the end;
// 4. a table-name prefix too long for the engine was blamed on the plan file that creates the table;
// 5. the header's reverse command had no -o (a pasted command printed the script to the terminal);
// 6. a parameter's value in "rows not copied" was JSON ("main"), not the shell word the parameters line uses;
// 7. the header's checksums came with no way to recompute them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';
import { formatStatus } from '../src/detect/format.js';
import { projectRoot } from '../src/paths.js';
import { reviewFor } from '../src/review/run.js';
import { reviewMarkdown } from '../src/review/review.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], cwd = projectRoot()) => spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
const headerOf = (sql: string) => sql.slice(0, sql.indexOf('\n\n')).split('\n');
const FIEF_WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'h_I_'));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('1. stop the writers, then back up', () => {
  it('the header: stop first, then the backup, then apply', () => {
    const h = headerOf(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
    const at = (p: string) => h.findIndex((l) => l.startsWith(p));
    expect(h[2]).toBe('-- stop:     first, before the backup: every SuperTokens core that uses this database');
    expect(h[3]).toMatch(/^-- backup: {3}then: mysqldump --single-transaction /);
    expect(at('-- stop:')).toBeLessThan(at('-- backup:'));
    expect(at('-- backup:')).toBeLessThan(at('-- apply:'));
  });

  it('AuthHero too: its stop line, then the backup (user-faults-e: every product has one)', () => {
    const h = headerOf(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql);
    expect(h.find((l) => l.startsWith('-- stop:'))).toBe('-- stop:     first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)');
    expect(h.find((l) => l.startsWith('-- backup:'))).toMatch(/^-- backup: {3}then: sqlite3 -readonly /);
  });

  it('the review runbook: stop, then the backup', async () => {
    const md = reviewMarkdown(await reviewFor({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }));
    expect(md).toContain('First, stop: every SuperTokens core that uses this database.\n\nThen, the backup:\n\n```sh\nmysqldump ');
    expect(md).not.toContain('Then stop:');
  });

  it('plan status: stop first, then the backup', () => {
    const detected = detect({ product: 'supertokens', dialect: 'postgres', found: predictCatalog({ product: 'supertokens', version: '5.0', dialect: 'postgres' }) });
    const st = status({ detected, to: '6.0' });
    expect(st.stop).toBe('every SuperTokens core that uses this database');
    const text = formatStatus(detected, st, 'postgres 127.0.0.1:5432/app').split('\n');
    const at = (p: string) => text.findIndex((l) => l.startsWith(p));
    expect(text[at('stop first')]).toBe('stop first, before the backup: every SuperTokens core that uses this database');
    expect(at('backup then: pg_dump --format=custom ')).toBe(at('stop first') + 1);
  });

  it('the README says so', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('what to stop first, before the backup');
    expect(readme).not.toMatch(/the backup to take first/);
  });
});

describe('2. schemas and databases outside the target: an also: line with the privilege', () => {
  const also = (from: string, to: string, dialect: 'postgres' | 'mysql') =>
    headerOf(compile({ product: 'fief', from, to, dialect, params: [`workspace_id=${FIEF_WS}`] }).sql).filter((l) => l.startsWith('-- also:'));

  it('Fief 0 → 0.27 on MySQL creates the workspace database', () => {
    expect(also('0', '0.27', 'mysql')).toEqual([
      `-- also:     creates the database \`${FIEF_WS}\` (location workspace: --param workspace_id=${FIEF_WS}) when it is missing, and tables in it, outside the database it runs in: the account that runs it needs CREATE on that database (GRANT CREATE ON \`${FIEF_WS}\`.* …, or on *.*), and there the privileges it needs in this one`,
    ]);
  });

  it('Fief 0.28 → 0.27 on PostgreSQL creates the workspace schema again', () => {
    expect(also('0.28', '0.27', 'postgres')).toEqual([
      `-- also:     creates the schema "${FIEF_WS}" (location workspace: --param workspace_id=${FIEF_WS}) when it is missing, and objects in it, outside the schema it runs in: the role that runs it needs CREATE on this database (CREATE SCHEMA) and on that schema`,
    ]);
  });

  it('Fief 0.27 → 0.28 moves tables out of it: changes, not creates', () => {
    expect(also('0.27', '0.28', 'mysql')).toEqual([
      `-- also:     changes (moves, alters or drops) tables of the database \`${FIEF_WS}\` (location workspace: --param workspace_id=${FIEF_WS}), outside the database it runs in: the account that runs it needs there the privileges it needs in this one (RENAME TABLE, moving a table out: ALTER and DROP on it)`,
    ]);
  });

  it('a script that stays in its own database has none', () => {
    expect(headerOf(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql).filter((l) => l.startsWith('-- also:'))).toEqual([]);
  });
});

await describeServer('3. a MySQL script gives the session its character set back (MariaDB, the mariadb client)', 'mysql', (url) => {
  const u = new URL(url);
  const db = 'h_I_charset';
  const client = (input: string, database = '') =>
    spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), '--batch', '--skip-column-names', ...(database ? [database] : [])], { input, encoding: 'utf8' });
  afterAll(() => {
    client(`DROP DATABASE IF EXISTS ${db};`);
  });

  it('after `source up.sql`, character_set_client, _connection, _results and collation_connection are as before', () => {
    expect(client(`DROP DATABASE IF EXISTS ${db}; CREATE DATABASE ${db} CHARACTER SET utf8mb4;`).status).toBe(0);
    const file = join(tempDir(), 'up.sql');
    writeFileSync(file, compile({ product: 'supertokens', from: '0', to: '3.3', dialect: 'mysql' }).sql);
    const show = `SELECT CONCAT_WS(' ', @@SESSION.character_set_client, @@SESSION.character_set_connection, COALESCE(@@SESSION.character_set_results, 'NULL'), @@SESSION.collation_connection);`;
    const r = client(`SET NAMES latin1 COLLATE latin1_german1_ci; SET character_set_results = NULL;\n${show}\nsource ${file}\n${show}\n`, db);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('latin1 latin1 NULL latin1_german1_ci');
    // The script ran in utf8mb4 to its last line, then gave the session its own back.
    expect(lines).toContain('plan: supertokens 0 → 3.3 applied');
    expect(lines[lines.length - 1]).toBe('latin1 latin1 NULL latin1_german1_ci');
  });
});

describe('4. a table-name prefix too long for the engine: the parameter is at fault', () => {
  const prefix = 'p'.repeat(50);
  it('MySQL: --param mysql_table_names_prefix, one line, exit 2, no file', () => {
    const out = join(tempDir(), 'up.sql');
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mysql', '--param', `mysql_table_names_prefix=${prefix}`, '-o', out]);
    expect(r.stderr).toBe(`plan: error: --param mysql_table_names_prefix=${prefix}: with this prefix the table name "${prefix}_emailpassword_users" (the plans' emailpassword_users) is 70 characters, over MySQL 8 / MariaDB's 64 (MySQL 8.0 manual, "Identifier Length Limits"); choose a shorter one\n`);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('from a params file: its line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ticket.yaml'), `mysql_table_names_prefix: ${prefix}\n`);
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mysql', '--params-file', join(dir, 'ticket.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^plan: error: \\S*ticket\\.yaml:1:1: parameter mysql_table_names_prefix=${prefix}: with this prefix the table name "${prefix}_emailpassword_users" .* is 70 characters, over MySQL 8 / MariaDB's 64 .*\\n$`));
  });

  it('PostgreSQL, which would cut the name (and its keys with it) to one: the same', () => {
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--param', `postgresql_table_names_prefix=${prefix}`]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan: error: --param postgresql_table_names_prefix=${prefix}: with this prefix the table name "${prefix}_emailpassword_users" (the plans' emailpassword_users) is 70 bytes, over PostgreSQL's 63 (NAMEDATALEN - 1; PostgreSQL cuts a longer name short); choose a shorter one\n`);
  });

  it('plan status and plan catalog say the same', () => {
    const want = `plan: error: --param mysql_table_names_prefix=${prefix}: with this prefix the table name`;
    expect(plan(['catalog', 'supertokens', '6.0', '--dialect', 'mysql', '--param', `mysql_table_names_prefix=${prefix}`]).stderr.startsWith(want)).toBe(true);
    expect(plan(['status', 'supertokens', '--url', 'mysql://root@127.0.0.1:1/none', '--param', `mysql_table_names_prefix=${prefix}`]).stderr.startsWith(want)).toBe(true);
  });
});

describe('5. the reverse command writes its file (-o), and pastes', () => {
  it('an upgrade: -o down.sql; a rollback: -o up.sql', () => {
    expect(headerOf(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql)).toContain('-- reverse:  npx plan compile supertokens 6.0 5.0 --dialect mysql -o down.sql');
    expect(headerOf(compile({ product: 'supertokens', from: '6.0', to: '5.0', dialect: 'postgres' }).sql)).toContain('-- reverse:  npx plan compile supertokens 5.0 6.0 --dialect postgres -o up.sql');
  });

  it('run as printed (npx plan → this CLI), it writes the rollback the apply line of its header reads', () => {
    const sql = compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'postgres', params: [`workspace_id=${FIEF_WS}`] }).sql;
    const line = headerOf(sql).find((l) => l.startsWith('-- reverse:'))!.replace(/^-- reverse: {2}/, '');
    expect(line).toBe(`npx plan compile fief 0.28 0.27 --dialect postgres --param workspace_id=${FIEF_WS} -o down.sql`);
    const dir = tempDir();
    const r = spawnSync('sh', ['-c', line.replace(/^npx plan /, `"${process.execPath}" "${MAIN}" `)], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const down = readFileSync(join(dir, 'down.sql'), 'utf8');
    expect(down).toBe(compile({ product: 'fief', from: '0.28', to: '0.27', dialect: 'postgres', params: [`workspace_id=${FIEF_WS}`] }).sql);
    expect(headerOf(down)).toContain('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f down.sql');
  });
});

describe('6. a parameter value is the shell word --param takes, everywhere in the header', () => {
  // AuthHero's control_plane_tenant_id admits no quote any more (a manual step prints it into a snippet the DBA
  // pastes: test/review-findings-mk.test.ts, 5.): the rows not copied name a plain id, not JSON; a value that needs
  // quoting is a string parameter of the test fixture hx.
  const h = headerOf(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite', params: ['control_plane_tenant_id=tenant-1'] }).sql);
  const value = "it's main";
  const hx = headerOf(compile({ product: 'hx', from: '1.0', to: '2.0', dialect: 'sqlite', params: [`msg=${value}`], plansDir: join(projectRoot(), 'test/fixtures/plans-marker-prefix') }).sql);
  const word = `'msg=it'\\''s main'`;

  it('the parameters line and the rows not copied spell it alike', () => {
    expect(h.find((l) => l.startsWith('-- parameters:'))).toBe('-- parameters: control_plane_tenant_id=tenant-1 refresh_tokens_without_login=delete');
    const left = h.find((l) => l.startsWith('-- rows not copied:'))!;
    expect(left).toContain('copies rows of tenants into organizations except those where id is the value of control_plane_tenant_id=tenant-1 (or is NULL) — ');
    expect(left).not.toContain('"tenant-1"');
    expect(hx.find((l) => l.startsWith('-- parameters:'))).toBe(`-- parameters: dbname= ${word}`);
    expect(hx.find((l) => l.startsWith('-- reverse:'))).toContain(` --param ${word} `);
  });

  it('the word is what a shell passes on: the name and the value as given', () => {
    const r = spawnSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(`msg=${value}`);
  });
});

describe("7. the header's checksums come with the commands that recompute them", () => {
  /** The header's check commands, run where it says (the folder its paths start at), and its values. */
  const check = (sql: string) => {
    const h = headerOf(sql);
    const files = /^-- sources \(sha256 of each file; check: (.*)\):$/.exec(h.find((l) => l.startsWith('-- sources'))!)![1];
    const listed = h.filter((l) => /^-- {3}\S+ [0-9a-f]{64}$/.test(l)).map((l) => l.slice(5).split(' ').reverse().join('  '));
    const base = h.find((l) => l.startsWith('--   schema at '));
    const chain = h.find((l) => l.startsWith('--     (check: '));
    return {
      listed,
      recomputed: spawnSync('sh', ['-c', files], { cwd: projectRoot(), encoding: 'utf8' }).stdout.trim().split('\n'),
      base: base?.slice(-64),
      chain: chain && spawnSync('sh', ['-c', chain.replace(/^-- {5}\(check: (.*)\)$/, '$1')], { cwd: projectRoot(), encoding: 'utf8' }).stdout.trim(),
    };
  };

  it('an upgrade: sha256sum of each source, and of the "FILE SHA256" lines of the chain before it', () => {
    const c = check(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' }).sql);
    expect(c.listed).toHaveLength(2);
    expect(c.recomputed).toEqual(c.listed);
    expect(c.base).toMatch(/^[0-9a-f]{64}$/);
    expect(c.chain).toBe(`${c.base}  -`);
  });

  it('a derived install (its sources are the written chain) and a Fief upgrade', () => {
    for (const sql of [compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'mysql' }).sql, compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'mysql', params: [`workspace_id=${FIEF_WS}`] }).sql]) {
      const c = check(sql);
      expect(c.listed.length).toBeGreaterThan(1);
      expect(c.recomputed).toEqual(c.listed);
      if (c.base) expect(c.chain).toBe(`${c.base}  -`);
    }
  });
});
