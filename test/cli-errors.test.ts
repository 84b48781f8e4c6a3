// Issue 9, the command line a DBA expects: every reproduction run through the built CLI as a child process,
// asserting the one-line message, the exit code and that no file was written.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { displayPath, projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';
import { FIXTURE_PLANS, REAL_PLANS, tempPlansDir } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');

function plan(args: string[], opts: { timeout?: number; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', timeout: opts.timeout ?? 100_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Exit code `code`, nothing on stdout, exactly one line on stderr: "plan: error: …" holding `message`. */
function expectOneLineError(r: ReturnType<typeof plan>, code: number, message: string) {
  expect(r.signal).toBe(null);
  expect(r.stderr).toMatch(/^plan: error: /);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(code);
}


const SLOW = { timeout: 120_000 };
const COMPILE = ['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mysql'];

describe('-o: one-line errors, exit code 2, nothing written, nothing created', SLOW, () => {
  it('an existing directory (EISDIR)', () => {
    const dir = tempPlansDir();
    mkdirSync(join(dir, 'adir'));
    expectOneLineError(plan([...COMPILE, '-o', join(dir, 'adir')]), 2, `cannot write ${join(dir, 'adir')}: it is a folder`);
    expect(readdirSync(dir)).toEqual(['adir']);
    expect(readdirSync(join(dir, 'adir'))).toEqual([]);
  });

  it('under a regular file (EEXIST / ENOTDIR)', () => {
    const dir = tempPlansDir();
    writeFileSync(join(dir, 'afile'), '');
    expectOneLineError(plan([...COMPILE, '-o', join(dir, 'afile', 'up.sql')]), 2, `cannot write ${join(dir, 'afile', 'up.sql')}: ${join(dir, 'afile')} is not a folder`);
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('/proc/nope/up.sql returns at once (it used to spin at 100 % CPU)', () => {
    const r = plan([...COMPILE, '-o', '/proc/nope/up.sql'], { timeout: 60_000 });
    expectOneLineError(r, 2, 'cannot write /proc/nope/up.sql: its folder /proc/nope does not exist (folders are not created)');
  });

  it('a folder that does not exist is an error, not created', () => {
    const dir = tempPlansDir();
    expectOneLineError(plan([...COMPILE, '-o', join(dir, 'new', 'deep', 'up.sql')]), 2, `its folder ${join(dir, 'new', 'deep')} does not exist`);
    expect(readdirSync(dir)).toEqual([]);
  });

  // Found by a fresh user: a loop read "ELOOP: too many symbolic links encountered, stat …" (Node's own text).
  it('a symbolic link loop, and a path through one', () => {
    const dir = tempPlansDir();
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    expectOneLineError(plan([...COMPILE, '-o', join(dir, 'loop')]), 2, `cannot write ${join(dir, 'loop')}: it is a symbolic link loop`);
    expectOneLineError(plan([...COMPILE, '-o', join(dir, 'loop', 'up.sql')]), 2, `cannot write ${join(dir, 'loop', 'up.sql')}: ${join(dir, 'loop')} is a symbolic link loop`);
    expectOneLineError(plan([...COMPILE, '-o', 'loop/up.sql'], { cwd: dir }), 2, 'cannot write loop/up.sql: loop is a symbolic link loop');
    expect(readdirSync(dir)).toEqual(['loop']);
  });

  it('-o /dev/stdout onto a pipe (a FIFO) is written as one (it was "a symbolic link to a file that does not exist")', () => {
    const r = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)} ${COMPILE.join(' ')} -o /dev/stdout | cat; echo "\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('0\n');
    expect(r.stdout).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
  });

  it('-o - is standard output', () => {
    const dir = tempPlansDir();
    const r = plan([...COMPILE, '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
    expect(readdirSync(dir)).toEqual([]);
  });
});

// Found by a fresh user (run 47): each of these was "plan: internal error: ENOTDIR …" or "ENOENT …", exit 1.
describe('build and check --out: a file in the way is one line, exit 2, nothing written', SLOW, () => {
  it.each([
    ['a file', (dir: string) => writeFileSync(join(dir, 'afile'), ''), 'afile', 'it is a file, not a folder'],
    ['under a file', (dir: string) => writeFileSync(join(dir, 'afile'), ''), join('afile', 'x'), 'a part of the path is a file, not a folder'],
    ['a symbolic link to nothing', (dir: string) => symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling')), 'dangling', 'it is a symbolic link to nothing'],
    // Found by a fresh user: a loop read "a symbolic link to nothing", and a path under it Node's raw ELOOP text.
    ['a symbolic link loop', (dir: string) => symlinkSync('loop', join(dir, 'loop')), 'loop', 'it is a symbolic link loop'],
    ['under a symbolic link loop', (dir: string) => symlinkSync('loop', join(dir, 'loop')), join('loop', 'x'), 'loop is a symbolic link loop'],
    ['a loop of two links', (dir: string) => (symlinkSync('b', join(dir, 'a')), symlinkSync('a', join(dir, 'b'))), join('a', 'out'), 'a is a symbolic link loop'],
  ])('%s', (_what, make, out, why) => {
    const dir = tempPlansDir();
    cpSync(join(FIXTURE_PLANS, 'fixture'), join(dir, 'plans', 'fixture'), { recursive: true });
    make(dir);
    const before = readdirSync(dir).sort();
    for (const cmd of ['build', 'check']) {
      const r = plan([cmd, '--plans', join(dir, 'plans'), '--out', out], { cwd: dir });
      expect(r.stderr.trimEnd().split('\n').filter((l) => !l.startsWith('plan: note: '))).toEqual([`plan: error: --out ${out}: ${why}`]);
      expect(r.code).toBe(2);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

// Found by a fresh user: -o onto a FIFO that no reader had open blocked in open(), where neither Ctrl-C nor SIGTERM
// could stop it (a shell's > fifo blocks too, but is interruptible). It waits now where a signal stops it, and says so.
describe('-o onto a FIFO', SLOW, () => {
  /** plan compile … -o `fifo`, started; its stderr as it comes, and its exit. */
  function started(fifo: string) {
    const child = spawn(process.execPath, [MAIN, ...COMPILE, '-o', fifo], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.stdout.on('data', (b) => (stdout += b));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
    const noted = async () => {
      for (let t = 0; t < 1200 && !stderr.includes('plan: note: '); t++) await new Promise((r) => setTimeout(r, 50));
      return stderr;
    };
    return { child, exited, noted, out: () => ({ stdout, stderr }) };
  }
  const fifoIn = (dir: string) => {
    const fifo = join(dir, 'up.fifo');
    execFileSync('mkfifo', [fifo]);
    return fifo;
  };
  const NOTE = (fifo: string) => `plan: note: ${fifo} is a FIFO that no reader has open: waiting for one (Ctrl-C stops)\n`;

  it.each(['SIGTERM', 'SIGINT'] as const)('with no reader: a note, and %s stops it with 130 at once', async (signal) => {
    const fifo = fifoIn(tempPlansDir());
    const p = started(fifo);
    expect(await p.noted()).toBe(NOTE(fifo));
    await new Promise((r) => setTimeout(r, 1000));
    const sent = Date.now();
    p.child.kill(signal);
    const timeout = new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000));
    const end = await Promise.race([p.exited, timeout]);
    if (end === 'hung') p.child.kill('SIGKILL');
    expect(end).not.toBe('hung');
    const { code, signal: killed, at } = end as Awaited<typeof p.exited>;
    expect([code, killed]).toEqual([130, null]);
    expect(at - sent).toBeLessThan(3000);
    expect(p.out()).toEqual({ stdout: '', stderr: `${NOTE(fifo)}plan: interrupted (${signal})\n` });
  });

  it('a reader that comes later gets the whole script; exit 0', async () => {
    const fifo = fifoIn(tempPlansDir());
    const p = started(fifo);
    expect(await p.noted()).toBe(NOTE(fifo));
    await new Promise((r) => setTimeout(r, 1000));
    const read = spawnSync('cat', [fifo], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(read.stdout).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
    expect((await p.exited).code).toBe(0);
    expect(p.out()).toEqual({ stdout: '', stderr: NOTE(fifo) });
  });

  it('a reader already there gets the whole script, without the note; one that leaves early is one line, exit 2', async () => {
    const fifo = fifoIn(tempPlansDir());
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let read = '';
    reader.stdout.on('data', (b) => (read += b));
    const readerDone = new Promise((r) => reader.on('close', r));
    const p = started(fifo);
    expect((await p.exited).code).toBe(0);
    await readerDone;
    expect(read).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
    expect(p.out()).toEqual({ stdout: '', stderr: '' });
    // (474 KB, more than a pipe holds: the reader is gone before the end, whatever the timing)
    const short = spawn('head', ['-c', '10', fifo], { stdio: ['ignore', 'ignore', 'ignore'] });
    const big = spawn(process.execPath, [MAIN, 'compile', 'supertokens', '0', '10.1', '--dialect', 'postgres', '-o', fifo], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    big.stderr.on('data', (b) => (stderr += b));
    const code = await new Promise((r) => big.on('exit', r));
    await new Promise((r) => (short.exitCode !== null ? r(null) : short.on('exit', r)));
    expect([code, stderr.replace(NOTE(fifo), '')]).toEqual([2, `plan: error: cannot write ${fifo}: its reader closed it before the whole script was written\n`]);
  });
});

describe('parameters, dialects, versions', SLOW, () => {
  const PG = ['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres'];
  const KEY = 'access_token_signing_key_dynamic';

  // Found by a fresh user: `--dialect postgress` got no "did you mean" (products and versions do).
  it('--dialect postgress: did you mean "postgres"? (compile and lint); another name of an engine names its dialect', () => {
    const dir = tempPlansDir();
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgress', '-o', join(dir, 'up.sql')]);
    expectOneLineError(r, 2, 'unknown dialect "postgress": did you mean "postgres"? (known: postgres, mysql, sqlite)');
    expect(readdirSync(dir)).toEqual([]);
    expectOneLineError(plan(['lint', 'supertokens', '--dialect', 'postgress']), 2, 'unknown dialect "postgress": did you mean "postgres"? (known: postgres, mysql, sqlite)');
    expectOneLineError(plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'pg']), 2, 'unknown dialect "pg": did you mean "postgres"? (known: postgres, mysql, sqlite)');
    expectOneLineError(plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'oracle']), 2, 'unknown dialect "oracle" (known: postgres, mysql, sqlite)');
  });

  it('--param twice for one name is an error', () => {
    const dir = tempPlansDir();
    const r = plan([...PG, '--param', `${KEY}=false`, '--param', `${KEY}=true`, '-o', join(dir, 'up.sql')]);
    expectOneLineError(r, 2, `--param ${KEY} is given twice ("false" and "true"): give it once`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--params-file (YAML or JSON) gives parameters; --param overrides it', () => {
    const dir = tempPlansDir();
    writeFileSync(join(dir, 'p.yaml'), `# from the change ticket\n${KEY}: false\n`);
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ [KEY]: true }));
    // 4.6 → 5.0 reads the parameter (5.0 → 6.0 is the same script with either value).
    const READS = ['compile', 'supertokens', '4.6', '5.0', '--dialect', 'postgres'];
    const want = (v: string) => compile({ product: 'supertokens', from: '4.6', to: '5.0', dialect: 'postgres', params: [`${KEY}=${v}`] }).sql;
    expect(want('false')).not.toBe(want('true'));
    expect(plan([...READS, '--params-file', join(dir, 'p.yaml')]).stdout).toBe(want('false'));
    expect(plan([...READS, '--params-file', join(dir, 'p.json')]).stdout).toBe(want('true'));
    expect(plan([...READS, '--params-file', join(dir, 'p.yaml'), '--param', `${KEY}=true`]).stdout).toBe(want('true'));
  });

  it("--params-file gives each value as written, as --param would: YAML's numbers are not read as numbers (found by a fresh DBA: 007 became 7)", () => {
    const dir = tempPlansDir();
    const ARGS = ['compile', 'authhero', '11.20', '11.21', '--dialect', 'mysql'];
    for (const v of ['007', '1.10', '0x1F', '+12', '1e3', '.inf', '12345678901234567890']) {
      writeFileSync(join(dir, 'ticket.yaml'), `control_plane_tenant_id: ${v}\n`);
      const r = plan([...ARGS, '--params-file', join(dir, 'ticket.yaml')]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(plan([...ARGS, '--param', `control_plane_tenant_id=${v}`]).stdout);
      expect(r.stdout).toContain(`-- parameters: control_plane_tenant_id=${v}\n`);
    }
    // Quoted, or from JSON, the same; true/false are read by a boolean parameter as before.
    writeFileSync(join(dir, 'ticket.json'), '{ "control_plane_tenant_id": "007" }');
    expect(plan([...ARGS, '--params-file', join(dir, 'ticket.json')]).stdout).toContain('-- parameters: control_plane_tenant_id=007\n');
    // No value (YAML null) is refused at its place, not taken as the text "~".
    for (const v of ['', ' ~', ' null']) {
      writeFileSync(join(dir, 'null.yaml'), `# ticket\ncontrol_plane_tenant_id:${v}\n`);
      expectOneLineError(plan([...ARGS, '--params-file', join(dir, 'null.yaml')]), 2, `${join(dir, 'null.yaml')}:2:`);
      expect(plan([...ARGS, '--params-file', join(dir, 'null.yaml')]).stderr).toContain('parameter control_plane_tenant_id: no value (null): write the value, or leave the parameter out');
    }
  });

  it('--params-file given twice is refused (commander kept the last file and dropped the first silently: found by a fresh DBA)', () => {
    const dir = tempPlansDir();
    writeFileSync(join(dir, 'k1.yaml'), 'namespaces: files:1\n');
    writeFileSync(join(dir, 'k2.yaml'), 'old_user: k\n');
    const r = plan(['compile', 'keto', '0', '0.6', '--dialect', 'postgres', '--params-file', join(dir, 'k1.yaml'), '--params-file', join(dir, 'k2.yaml'), '-o', join(dir, 'up.sql')]);
    expectOneLineError(r, 2, `--params-file given twice (${join(dir, 'k1.yaml')}, ${join(dir, 'k2.yaml')}): give it once (--param overrides a value of it)`);
    expect(readdirSync(dir).sort()).toEqual(['k1.yaml', 'k2.yaml']);
  });

  it('--params-file errors are located', () => {
    const dir = tempPlansDir();
    writeFileSync(join(dir, 'list.yaml'), `- ${KEY}\n`);
    writeFileSync(join(dir, 'nested.yaml'), `${KEY}:\n  value: false\n`);
    writeFileSync(join(dir, 'bad.json'), `{ "${KEY}": true,, }\n`);
    expectOneLineError(plan([...PG, '--params-file', join(dir, 'list.yaml')]), 2, `${join(dir, 'list.yaml')}:1:1: a parameters file holds one object of name: value`);
    expectOneLineError(plan([...PG, '--params-file', join(dir, 'nested.yaml')]), 2, `${join(dir, 'nested.yaml')}:2:3: parameter ${KEY}: the value must be a string, a number or a boolean`);
    expectOneLineError(plan([...PG, '--params-file', join(dir, 'bad.json')]), 2, `${join(dir, 'bad.json')}:1:`);
    expectOneLineError(plan([...PG, '--params-file', join(dir, 'none.yaml')]), 2, `--params-file ${join(dir, 'none.yaml')}: no such file`);
    writeFileSync(join(dir, 'unknown.yaml'), `nope: 1\n`);
    expectOneLineError(plan([...PG, '--params-file', join(dir, 'unknown.yaml')]), 2, `${join(dir, 'unknown.yaml')}:1:1: unknown parameter "nope" for supertokens`);
  });

  it('a parameter of a params file is named at its line: an unknown name, a bad value, on every command that takes parameters', () => {
    const dir = tempPlansDir();
    const file = join(dir, 'ticket.yaml');
    // An unknown name and a bad value: located at the key, on every command that takes parameters.
    writeFileSync(file, `# ticket 1234\nnope: 1\n`);
    expectOneLineError(plan([...PG, '--params-file', file]), 2, `plan: error: ${file}:2:1: unknown parameter "nope" for supertokens (known: `);
    writeFileSync(file, `# ticket 1234\n${KEY}: maybe\n`);
    const bad = `plan: error: ${file}:2:1: parameter ${KEY}: "maybe" is not a boolean (true or false)\n`;
    for (const args of [PG, ['review', 'supertokens', '5.0', '6.0', '--dialect', 'postgres'], ['catalog', 'supertokens', '5.0', '--dialect', 'postgres'], ['status', 'supertokens', '--url', 'sqlite:/nonexistent/app.db']]) {
      const r = plan([...args, '--params-file', file]);
      expect([r.code, r.stdout, r.stderr], args.join(' ')).toEqual([2, '', bad]);
    }
  });

  it('a parameter of a params file that the script does not read is warned about at its line, not as --param x (found by a DBA)', () => {
    const dir = tempPlansDir();
    const file = join(dir, 'ticket.yaml');
    // 5.0 → 6.0 does not read it: the warning names the file and line, not --param.
    writeFileSync(file, `# ticket 1234\n\n${KEY}: false\n`);
    const unread = `does not change this script (supertokens 5.0 → 6.0): no plan on its path reads it, and the schema it starts from is the same with any value of it`;
    const r = plan([...PG, '--params-file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`plan: warning: ${file}:3:1: parameter ${KEY} ${unread}\n`);
    expect(r.stdout).toBe(plan(PG).stdout);
    // Given on the command line too, it is the command line's (which overrides the file).
    expect(plan([...PG, '--params-file', file, '--param', `${KEY}=true`]).stderr).toBe(`plan: warning: --param ${KEY} ${unread}\n`);
    expect(plan([...PG, '--param', `${KEY}=false`]).stderr).toBe(`plan: warning: --param ${KEY} ${unread}\n`);
    // review compiles the same script: the same warning.
    expect(plan(['review', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--params-file', file]).stderr).toBe(`plan: warning: ${file}:3:1: parameter ${KEY} ${unread}\n`);
    // Another dialect's naming parameter, from a file (JSON: the key's place is its opening quote).
    const json = join(dir, 'ticket.json');
    writeFileSync(json, `{\n  "postgresql_table_schema": "auth"\n}\n`);
    expect(plan(['compile', 'supertokens', '7.0', '9.0', '--dialect', 'mysql', '--params-file', json]).stderr).toBe(`plan: warning: ${json}:2:3: parameter postgresql_table_schema is read by the postgres naming only: this mysql script is the same without it\n`);
  });

  it('a columns mapping giving one of two keys declared together is refused at compile time, naming the parameter and both keys; nothing written (Logto: identity_target without identity_user_id left out every user with a provider)', () => {
    const dir = tempPlansDir();
    const args = ['compile', 'logto', '1.41', '1.41-imported', '--dialect', 'postgres', '--param', 'source_table=legacy_users', '--param', 'columns=id:user_id,identity_target:provider', '--param', 'password_method=Bcrypt'];
    const message = 'parameter columns: "identity_target" is mapped but "identity_user_id" is not: map them together or not at all (together: identity_target, identity_user_id)';
    expectOneLineError(plan(args), 2, message);
    expectOneLineError(plan([...args, '-o', join(dir, 'import.sql')]), 2, message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--dialect mariadb is mysql; --help says mysql covers MySQL 8 and MariaDB', () => {
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mariadb']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
    const help = plan(['compile', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('-d, --dialect <dialect> target dialect: postgres (postgresql is accepted as postgres), mysql (MySQL 8 and MariaDB; mariadb is accepted as mysql) or sqlite (required)');
  });

  it("a parameter only another dialect's naming reads: a warning on stderr, the same script, exit 0 (found by a fresh DBA run)", () => {
    const r = plan(['compile', 'supertokens', '7.0', '9.0', '--dialect', 'mysql', '--param', 'postgresql_table_schema=auth']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('plan: warning: --param postgresql_table_schema is read by the postgres naming only: this mysql script is the same without it\n');
    expect(r.stdout).toBe(plan(['compile', 'supertokens', '7.0', '9.0', '--dialect', 'mysql']).stdout);
    expect(plan(['compile', 'supertokens', '7.0', '9.0', '--dialect', 'postgres', '--param', 'postgresql_table_schema=auth']).stderr).toBe('');
    // plan review compiles the same script: the same warning.
    expect(plan(['review', 'supertokens', '7.0', '9.0', '--dialect', 'mysql', '--param', 'postgresql_table_schema=auth']).stderr).toBe('plan: warning: --param postgresql_table_schema is read by the postgres naming only: this mysql script is the same without it\n');
  });

  it("the outside-foreign-key check's manual step says what to do on the dialect: SQLite rebuilds, it has no DROP CONSTRAINT", () => {
    const manual = (dialect: 'sqlite' | 'mysql') => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect }).manual.map((m) => m.text).find((t) => t.startsWith('Only if this script stops'));
    expect(manual('sqlite')).toMatch(/: rebuild the tables it names without those foreign keys \(https:\/\/sqlite\.org\/lang_altertable\.html#otheralter\), run the script again, then add them back the same way\.$/);
    expect(manual('mysql')).toMatch(/: drop the foreign keys it names with the commands it prints, run the script again, then re-create them/);
  });

  it('a MySQL URL without its database is bad input (exit 2), said before connecting', () => {
    for (const cmd of ['detect', 'status']) expectOneLineError(plan([cmd, 'supertokens', '--url', 'mysql://root@127.0.0.1:3306/']), 2, '--url mysql://root@127.0.0.1:3306/ names no database: add it, e.g. mysql://root@127.0.0.1:3306/app');
  });

  // Found by a fresh user: a MySQL database name of 65 characters was taken (the script then compared DATABASE() with a
  // name no database can have), and PostgreSQL's schema of 64 bytes was cut to 63 without a word. The limit is the
  // dialect's (rules.maxIdentifierLength: MySQL 8.0 manual "Identifier Length Limits", 64 characters; PostgreSQL
  // NAMEDATALEN - 1 = 63 bytes), asked by every parameter and URL that names a database or schema.
  describe('a database or schema name longer than the engine takes', () => {
    const WS = 'workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692';
    const MYSQL_LIMIT = 'a MySQL 8 / MariaDB database name is at most 64 characters (MySQL 8.0 manual, "Identifier Length Limits")';
    const PG_LIMIT = (what: string) => `a PostgreSQL ${what} name is at most 63 bytes (NAMEDATALEN - 1; PostgreSQL cuts a longer name short)`;

    it('--param main_database of 65 characters (MySQL): one line naming the parameter and the limit, nothing written; 64 is taken', () => {
      const dir = tempPlansDir();
      const args = ['compile', 'fief', '0.27', '0.28', '--dialect', 'mysql', '--param', WS];
      const r = plan([...args, '--param', `main_database=${'d'.repeat(65)}`, '-o', join(dir, 'up.sql')]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `plan: error: --param main_database is 65 characters long: ${MYSQL_LIMIT}\n`]);
      expect(readdirSync(dir)).toEqual([]);
      // From a params file: at its line.
      writeFileSync(join(dir, 'ticket.yaml'), `# ticket\nmain_database: ${'d'.repeat(65)}\n`);
      expect(plan([...args, '--params-file', join(dir, 'ticket.yaml')]).stderr).toBe(`plan: error: ${join(dir, 'ticket.yaml')}:2:1: parameter main_database is 65 characters long: ${MYSQL_LIMIT}\n`);
      const ok = plan([...args, '--param', `main_database=${'d'.repeat(64)}`]);
      expect([ok.code, ok.stderr]).toEqual([0, '']);
      expect(ok.stdout).toContain(`DATABASE() = ''${'d'.repeat(64)}''`);
    });

    it('--param postgresql_table_schema of 64 bytes (PostgreSQL): compile, catalog; 63 bytes is taken; bytes, not characters', () => {
      const pg = ['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres'];
      expectOneLineError(plan([...pg, '--param', `postgresql_table_schema=${'s'.repeat(64)}`]), 2, `--param postgresql_table_schema is 64 bytes long: ${PG_LIMIT('schema')}`);
      expectOneLineError(plan(['catalog', 'supertokens', '5.0', '--dialect', 'postgres', '--param', `postgresql_table_schema=${'s'.repeat(64)}`]), 2, `--param postgresql_table_schema is 64 bytes long: ${PG_LIMIT('schema')}`);
      expectOneLineError(plan([...pg, '--param', `postgresql_table_schema=${'é'.repeat(32)}`]), 2, `--param postgresql_table_schema is 64 bytes long: ${PG_LIMIT('schema')}`);
      const ok = plan([...pg, '--param', `postgresql_table_schema=${'s'.repeat(63)}`]);
      expect([ok.code, ok.stderr]).toEqual([0, '']);
      expect(ok.stdout).toContain(`\n-- names:    every object in schema ${'s'.repeat(63)}, named with it;`);
    });

    it("the database of --url (status, detect, detect without a product, verify) and --schema: refused before connecting, exit 2", () => {
      const mysql = `mysql://root@127.0.0.1:3306/${'d'.repeat(65)}`;
      const line = `--url ${mysql}: its database name is 65 characters long: ${MYSQL_LIMIT}`;
      for (const args of [['status', 'fief', '--url', mysql, '--param', WS], ['detect', 'supertokens', '--url', mysql], ['detect', '--url', mysql], ['verify', 'supertokens', '5.0', '6.0', '--url', mysql]]) {
        const r = plan(args);
        expect([args.join(' '), r.code, r.stdout, r.stderr]).toEqual([args.join(' '), 2, '', `plan: error: ${line}\n`]);
      }
      const pg = `postgres://postgres@127.0.0.1:5432/${'d'.repeat(64)}`;
      expectOneLineError(plan(['detect', 'supertokens', '--url', pg]), 2, `--url ${pg}: its database name is 64 bytes long: ${PG_LIMIT('database')}`);
      expectOneLineError(plan(['status', 'supertokens', '--url', 'postgres://postgres@127.0.0.1:5432/app', '--schema', 's'.repeat(64)]), 2, `--schema ${'s'.repeat(64)}: the name is 64 bytes long: ${PG_LIMIT('schema')}`);
      expectOneLineError(plan(['detect', 'supertokens', '--url', 'postgres://postgres@127.0.0.1:5432/app', '--param', `postgresql_table_schema=${'s'.repeat(64)}`]), 2, `--param postgresql_table_schema is 64 bytes long: ${PG_LIMIT('schema')}`);
    });
  });

  it('catalog of an unknown version says so, like compile', () => {
    for (const v of ['6.1', '2.0', 'abc']) {
      expectOneLineError(plan(['catalog', 'supertokens', v, '--dialect', 'mysql']), 2, `unknown version "${v}" of supertokens (versions: 0, 3.3,`);
    }
  });
});

describe('exit codes: 0, 1 a failed check, 2 bad input, documented', SLOW, () => {
  it('--help documents them; --help and --version exit 0', () => {
    const r = plan(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes:\n  0    success\n  1    a check failed');
    expect(r.stdout).toMatch(/^ {2}2 {4}bad input/m);
    expect(r.stdout).toMatch(/^ {2}130 {2}interrupted/m);
    expect(r.stdout).toMatch(/^ {2}141 {2}standard output or standard error closed by its reader/m);
    expect(plan(['--version']).code).toBe(0);
  });

  it.each([
    // (474 KB of SQL, more than a pipe holds: the write outlives head, whatever the timing.)
    ['compile', 'compile supertokens 0 10.1 --dialect postgres | head -c 1'],
  ])('%s whose reader goes away (%s) stops quietly with 141, as a command killed by SIGPIPE', (_name, tail) => {
    // (Node ignores SIGPIPE: the write fails with EPIPE, which was printed as an error before.)
    const r = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(join(projectRoot(), 'dist/src/cli/main.js'))} ${tail} >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect([r.stderr, r.stdout.trim()]).toEqual(['', '141']);
  });

  it('stderr whose reader goes away stops quietly with 141 too (found by a fresh user: `plan list --plans plans 2>&1 | head -3` with a broken product exited 1)', () => {
    const cwd = tempPlansDir();
    mkdirSync(join(cwd, 'plans/broken'), { recursive: true });
    writeFileSync(join(cwd, 'plans/broken/product.yaml'), 'product: broken\n');
    const main = `${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)}`;
    const status = (tail: string) => spawnSync('bash', ['-c', `${main} list --plans plans ${tail}; echo "\${PIPESTATUS[0]}"`], { cwd, encoding: 'utf8' });
    // The user's command line; then stderr alone into a pipe that is closed (stdout elsewhere).
    expect(status('2>&1 | head -3 >/dev/null')).toMatchObject({ stderr: '', stdout: '141\n' });
    expect(status('2>&1 >/dev/null | true')).toMatchObject({ stderr: '', stdout: '141\n' });
    // With stderr open, the broken product's exit code (2) as before.
    expect(status('>/dev/null 2>/dev/null')).toMatchObject({ stdout: '2\n' });
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('| 141 | standard output or standard error closed by its reader');
  });

  it.each([
    ['no --dialect', ['compile', 'supertokens', '5.0', '6.0'], "required option '-d, --dialect <dialect>' not specified"],
    ['unknown option', ['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres', '--bogus'], "unknown option '--bogus'"],
    ['unknown command', ['compiel'], "unknown command 'compiel'"],
    ['missing argument', ['catalog', 'supertokens', '-d', 'mysql'], "missing required argument 'version'"],
    ['bad --client', ['verify', 'supertokens', '5.0', '6.0', '-d', 'postgres', '--client', 'odbc'], "option '--client <client>' argument 'odbc' is invalid"],
  ])("commander's usage errors exit 2 on one line: %s", (_name, args, message) => {
    expectOneLineError(plan(args), 2, message);
  });

  it('check: 1 when out/ is stale', () => {
    // A stale out/ needs a project copy: check runs on the package it belongs to.
    const copy = tempPlansDir();
    for (const d of ['package.json', 'dist', 'generated', 'plans', 'templates', 'schemas', 'node_modules', 'out']) {
      if (d === 'node_modules') execFileSync('ln', ['-s', join(ROOT, d), join(copy, d)]);
      else cpSync(join(ROOT, d), join(copy, d), { recursive: true });
    }
    const main = join(copy, 'dist/src/cli/main.js');
    const run = () => spawnSync(process.execPath, [main, 'check'], { cwd: copy, encoding: 'utf8' });
    expect(run().status).toBe(0);
    writeFileSync(join(copy, 'out/supertokens/5.0-6.0/postgres/up.sql'), '-- edited\n');
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('out/ is stale (1); run: npx plan build');
  }, 200_000);
});

/**
 * `r` without the note a copy of supertokens in `dir` gives first on stderr: it shadows the bundled one (the copies
 * below are such copies; the note is said by every command but list).
 */
function shadowNoted(r: ReturnType<typeof plan>, dir: string): ReturnType<typeof plan> {
  const note = `plan: note: product supertokens comes from ${dir}, which shadows the bundled one\n`;
  expect(r.stderr.startsWith(note), r.stderr).toBe(true);
  return { ...r, stderr: r.stderr.slice(note.length) };
}

/** A copy of the real plans with one edit (a reproduction of issue 9), plus a product `other` that is fine. */
function mutated(file: string, edit: (text: string) => string): string {
  const dir = tempPlansDir();
  cpSync(join(REAL_PLANS, 'supertokens'), join(dir, 'supertokens'), { recursive: true });
  cpSync(join(FIXTURE_PLANS, 'fixture'), join(dir, 'fixture'), { recursive: true });
  const f = join(dir, 'supertokens', file);
  const before = readFileSync(f, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(f, after);
  return dir;
}

const KEY_VALUE_APP_ID = '  - add_column:\n      table: key_value\n      column: { name: app_id, type: varchar(64), nullable: false, default: public }\n';

describe('broken plans: located one-line errors, exit 2; other products unaffected', SLOW, () => {
  it('a YAML syntax error is located at its column (39:6, not 39:1)', () => {
    const dir = mutated('5.0-6.0.yaml', (t) => t.replace('      name: apps\n', '      name: apps\n     bogus: [\n'));
    expectOneLineError(shadowNoted(plan(['validate', 'supertokens', '--plans', dir]), dir), 2, `${displayPath(join(dir, 'supertokens/5.0-6.0.yaml'), ROOT)}:39:6: invalid YAML: All mapping items must start at the same column`);
  });

  it('a tab is located where it is', () => {
    const dir = mutated('5.0-6.0.yaml', (t) => t.replace(KEY_VALUE_APP_ID, KEY_VALUE_APP_ID.replace('      table: key_value', '    \ttable: key_value')));
    expectOneLineError(shadowNoted(plan(['validate', 'supertokens', '--plans', dir]), dir), 2, `${displayPath(join(dir, 'supertokens/5.0-6.0.yaml'), ROOT)}:69:5: invalid YAML: Tabs are not allowed as indentation`);
  });

  it('one broken product: list shows the others and names the broken one (exit 2); compiles of others work', () => {
    const dir = mutated('5.0-6.0.yaml', (t) => t.replace('      name: apps\n', '      name: apps\n     bogus: [\n'));
    const r = plan(['list', '--plans', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^fixture {2}\(/m);
    expect(r.stdout).not.toMatch(/^supertokens/m);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^plan: error: supertokens: .*5\.0-6\.0\.yaml:39:6: invalid YAML/)]);
    const c = plan(['compile', 'fixture', '0', '1.0', '--dialect', 'postgres', '--plans', dir]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(c.stdout).toBe(compile({ product: 'fixture', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir }).sql);
  });

  it('a missing inverse names its location once', () => {
    const dir = mutated('5.0-6.0.yaml', (t) => t.replace(KEY_VALUE_APP_ID, KEY_VALUE_APP_ID + '  - drop_column: { table: key_value, column: value }\n'));
    const r = shadowNoted(plan(['compile', 'supertokens', '6.0', '5.0', '--dialect', 'postgres', '--plans', dir]), dir);
    const at = `${displayPath(join(dir, 'supertokens/5.0-6.0.yaml'), ROOT)}:71:18`;
    expectOneLineError(r, 2, `${at}: cannot roll back 5.0 → 6.0 through its step 15/154 (drop column key_value.value): dropping column key_value.value loses its values; give the step an inverse or mark it irreversible`);
    expect(r.stderr.split(at)).toHaveLength(2);
  });

  it('default: now() is an error pointing at { literal: "now()" }; the literal form compiles to the text', () => {
    const dir = mutated('5.0-6.0.yaml', (t) => t.replace(KEY_VALUE_APP_ID, KEY_VALUE_APP_ID.replace('default: public', 'default: now()')));
    expectOneLineError(
      shadowNoted(plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--plans', dir]), dir),
      2,
      `${displayPath(join(dir, 'supertokens/5.0-6.0.yaml'), ROOT)}:70:76: default "now()" looks like SQL, but defaults are values, never SQL: a SQL expression default ({ expr: … }) is not supported; to mean the text, write default: { literal: "now()" }`,
    );
    const ok = mutated('5.0-6.0.yaml', (t) => t.replace(KEY_VALUE_APP_ID, KEY_VALUE_APP_ID.replace('default: public', 'default: { literal: "now()" }')));
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--plans', ok]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`DEFAULT 'now()'`);
  });
});

describe('--json', SLOW, () => {
  it('list --json', () => {
    const r = plan(['list', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(true);
    expect(j.errors).toEqual([]);
    expect(j.products.map((p: { name: string }) => p.name)).toEqual(['authhero', 'fief', 'keto', 'logto', 'supertokens']);
    expect(j.products[3]).toMatchObject({ name: 'logto', dialects: ['postgres'], versions: ['0', '1.41', '1.41-imported'], parameters: { source_table: { type: 'table', example: 'legacy_users' }, columns: { type: 'columns' } } });
    j.products.splice(3, 1);
    expect(j.products[2]).toMatchObject({ name: 'keto', dialects: ['postgres', 'mysql', 'sqlite'], versions: ['0', '0.6', '0.7', '0.7-cleanup'], parameters: { namespaces: { type: 'map' } } });
    expect(j.products[3]).toMatchObject({ name: 'supertokens', dialects: ['postgres', 'mysql'], parameters: { access_token_signing_key_dynamic: { type: 'boolean', default: true } } });
    expect(j.products[3].versions.slice(0, 3)).toEqual(['0', '3.3', '3.4']);
    expect(j.products[1]).toMatchObject({ name: 'fief', dialects: ['postgres', 'mysql', 'sqlite'], versions: ['0', '0.27', '0.28', '0.28-cleanup'], parameters: { workspace_id: { type: 'uuid' } } });
    expect(j.products[0]).toMatchObject({ name: 'authhero', dialects: ['mysql', 'sqlite'], versions: ['0', '11.20', '11.21'] });
  });

  it('compile --json -o FILE: the metadata on stdout, the SQL in the file', () => {
    const dir = tempPlansDir();
    const file = join(dir, 'up.sql');
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres', '--json', '-o', file]);
    expect(r.code).toBe(0);
    const want = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' });
    expect(readFileSync(file, 'utf8')).toBe(want.sql);
    const j = JSON.parse(r.stdout);
    // The parameters the script reads, as its header lists them: none here (found at stop 32: the JSON listed every
    // resolved parameter, access_token_signing_key_dynamic: true, which the header left out as unread).
    expect(want.sql).toContain('\n-- parameters: (none)\n');
    expect(j).toMatchObject({ product: 'supertokens', from: '5.0', to: '6.0', direction: 'up', dialect: 'postgres', params: {}, statements: want.statements.length, output: file });
    expect(j.plans).toEqual([{ file: 'plans/supertokens/5.0-6.0.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(j.productFile.file).toBe('plans/supertokens/product.yaml');
    expect(j.sql).toBeUndefined();
    // without --json the SQL stays on stdout
    expect(plan(['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres']).stdout).toBe(want.sql);
  });

  it("compile --json: params are the header's parameters (keto 0.6 → 0.7 on PostgreSQL reads four; supertokens 5.0 → 6.0 reads none: a given parameter it does not read is left out, with the warning)", () => {
    const r = plan(['compile', 'keto', '0.6', '0.7', '-d', 'postgres', '--param', 'namespaces=files:1', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.params).toEqual({ namespaces: 'files:1', network_id: '6b65746f-0000-4000-8000-000000000001', new_user: 'keto_new', old_user: 'keto' });
    expect(j.sql).toContain('\n-- parameters: namespaces=files:1 network_id=6b65746f-0000-4000-8000-000000000001 new_user=keto_new old_user=keto\n');
    const unread = plan(['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres', '--param', 'access_token_signing_key_dynamic=false', '--json']);
    expect(unread.code).toBe(0);
    expect(JSON.parse(unread.stdout).params).toEqual({});
    expect(unread.stderr).toMatch(/access_token_signing_key_dynamic/);
  });

  it('validate --json, on success and on a broken plan', () => {
    const r = plan(['validate', '--plans', FIXTURE_PLANS, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, products: [expect.stringMatching(/^fixture: \d+ plans valid/), expect.stringMatching(/^hostile: \d+ plans valid/)], error: null });
    const dir = mutated('5.0-6.0.yaml', (t) => t.replace('      name: apps\n', '      name: apps\n     bogus: [\n'));
    const bad = plan(['validate', 'supertokens', '--plans', dir, '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({ ok: false, products: [], error: expect.stringContaining('5.0-6.0.yaml:39:6: invalid YAML') });
  });
});

describe('plan completion', SLOW, () => {
  it.each(['bash', 'zsh', 'fish'])('%s', (shell) => {
    const r = plan(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('compile');
    expect(r.stdout).toContain(shell === 'fish' ? '-l dialect' : '--dialect');
    if (shell === 'bash') {
      expect(r.stdout).toContain('complete -o default -F _plan_complete plan');
      expect(spawnSync('bash', ['-n'], { input: r.stdout }).status).toBe(0);
    }
    if (shell === 'fish') expect(r.stdout).toMatch(/^complete -c plan -n '__fish_seen_subcommand_from compile' -l dialect -s d -x -a 'postgres postgresql mysql mariadb sqlite'/m);
  });

  it("bash: sourced as its first line says, it completes the function plan of a project's install (found at stop 31: it only said eval \"$(plan completion bash)\", which needs a global install; at stop 32: an alias, which zsh does not complete as plan)", () => {
    const script = plan(['completion', 'bash']).stdout;
    expect(script.split('\n')[0]).toBe(`# plan completion (bash): npx plan completion bash > ~/.plan-completion.bash, then add "source ~/.plan-completion.bash" to ~/.bashrc; it completes the command plan (installed in a project, not globally: also add plan() { npx plan "$@"; })`);
    const file = join(tempPlansDir(), 'plan-completion.bash');
    writeFileSync(file, script);
    // An interactive shell's steps: the alias, the script sourced, then what bash does on TAB after "plan comp" and "plan compile supertokens 5.0 6.0 --dia".
    const run = (words: string[]) =>
      spawnSync('bash', ['-c', `plan() { npx plan "$@"; }; source ${file}; complete -p plan; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _plan_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
    expect(run(['plan', 'comp']).stdout).toBe('complete -o default -F _plan_complete plan\ncompile\ncompletion\n');
    expect(run(['plan', 'compile', 'supertokens', '5.0', '6.0', '--dia']).stdout.split('\n').slice(1)).toEqual(['--dialect', '']);
    // Each command's own values (found at stop 32 by a fresh user: every command was offered the products and the
    // shells, and review's --format lint's values).
    const offered = (words: string[]) => run(words).stdout.split('\n').slice(1).filter(Boolean);
    expect(offered(['plan', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(offered(['plan', 'compile', ''])).toEqual(['authhero', 'fief', 'keto', 'logto', 'supertokens']);
    expect(offered(['plan', 'compile', 'b'])).toEqual([]);
    expect(offered(['plan', 'review', 'keto', '0.6', '0.7', '--format', ''])).toEqual(['markdown', 'json']);
    expect(offered(['plan', 'lint', '--format', ''])).toEqual(['text', 'json', 'github']);
    expect(offered(['plan', 'build', '--out', 'plan'])).toContain('plans');
  });

  it('zsh: compinit and bashcompinit run only when the shell has not run them (found at stop 32: it ran them on every start, over a .zshrc of its own)', () => {
    const zsh = plan(['completion', 'zsh']).stdout.split('\n');
    expect(zsh.slice(1, 3)).toEqual(['(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }', '(( $+functions[complete] )) || { autoload -U +X bashcompinit && bashcompinit; }']);
    // Where zsh is installed: sourced as its first line says, plan is completed by the script's function.
    const file = join(tempPlansDir(), 'plan-completion.zsh');
    writeFileSync(file, zsh.join('\n'));
    const probe = spawnSync('zsh', ['-c', `plan() { npx plan "$@"; }; source ${file}; print -r -- "$_comps[plan]"`], { encoding: 'utf8', env: { ...process.env, HOME: tempPlansDir() } });
    if (probe.error) console.warn(`zsh not installed: the zsh completion script was checked as text only (${probe.error.message})`);
    else expect(probe.stdout).toBe('_bash_complete -o default -F _plan_complete\n');
  });

  it('fish: products and shells only as the first argument, review --format its own values, descriptions without their asides', () => {
    const fish = plan(['completion', 'fish']).stdout;
    expect(fish).toContain("complete -c plan -n '__fish_seen_subcommand_from review; and test (count (commandline -opc)) -eq 2' -a 'authhero fief keto logto supertokens'");
    expect(fish).toContain("complete -c plan -n '__fish_seen_subcommand_from completion; and test (count (commandline -opc)) -eq 2' -a 'bash zsh fish'");
    expect(fish).toContain("complete -c plan -n '__fish_seen_subcommand_from review' -l format -x -a 'markdown json' -d 'markdown or json'");
    expect(fish).toContain("complete -c plan -n '__fish_seen_subcommand_from build' -l out -r -F");
    expect(fish).toMatch(/-l dialect -s d -x -a 'postgres postgresql mysql mariadb sqlite' -d 'target dialect: postgres, mysql or sqlite'/);
  });

  it('an unknown shell is a usage error', () => {
    expectOneLineError(plan(['completion', 'tcsh']), 2, "command-argument value 'tcsh' is invalid for argument 'shell'");
  });
});

describe('verify: errors on one line', SLOW, () => {
  it('a closed port: exit 1', () => {
    expectOneLineError(
      plan(['verify', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--url', 'postgres://postgres@127.0.0.1:5999/test']),
      1,
      'cannot verify supertokens 5.0 → 6.0 · postgres on postgres://postgres@127.0.0.1:5999/test: connect ECONNREFUSED 127.0.0.1:5999',
    );
  });

  it('a URL of the other dialect: exit 2', () => {
    expectOneLineError(plan(['verify', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--url', 'mysql://root@127.0.0.1:3306/test']), 2, '--url mysql://root@127.0.0.1:3306/test is a mysql URL, but --dialect is postgres');
    expectOneLineError(plan(['verify', 'supertokens', '5.0', '6.0', '--dialect', 'mysql', '--url', 'postgres://postgres@127.0.0.1:5432/test']), 2, 'is a postgres URL, but --dialect is mysql');
    expectOneLineError(plan(['verify', 'supertokens', '5.0', '6.0', '--url', 'http://example.com/']), 2, '--url http://example.com/: expected postgres://… or mysql://…');
  });
});

await describeServer('verify with a wrong password', 'mysql', (url) => {
  it('exit 1, one line, the password redacted', () => {
    const u = new URL(url);
    u.password = 'wrong';
    const r = plan(['verify', 'supertokens', '5.0', '6.0', '--dialect', 'mysql', '--url', u.toString()]);
    expectOneLineError(r, 1, `Access denied for user '${u.username}'`);
    expect(r.stderr).toContain(':***@');
    expect(r.stderr).not.toContain('wrong');
  }, 120_000);
});

await describeServer('verify: the URL implies the dialect; progress on stderr', 'postgres', (url) => {
  it('--url postgres://… without --dialect verifies on PostgreSQL, each check started and ended on stderr', () => {
    const r = plan(['verify', 'supertokens', '4.0', '4.1', '--url', url], { timeout: 280_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^plan verify supertokens 4\.0 → 4\.1 · postgres on /m);
    expect(r.stdout).toMatch(/\nverified\n/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^supertokens 4\.0 → 4\.1 · postgres on postgres:\/\/.* · start from: 0 → 4\.0, rows seeded$/);
    expect(lines).toContainEqual(expect.stringMatching(/ · ok {3}up again changes nothing \(\d/));
    expect(lines).toContainEqual(expect.stringMatching(/ · crash and resume at \d+ of \d+ statement boundaries: 0\/\d+$/));
    expect(lines[lines.length - 1]).toMatch(/ · ok {3}down with rows only 4\.1 can hold: refused before any change, or kept \(/);
  }, 300_000);

  it('--json: no progress lines', () => {
    const r = plan(['verify', 'supertokens', '4.0', '4.1', '--url', url, '--json'], { timeout: 280_000 });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).ok).toBe(true);
  }, 300_000);
});

it('nothing is left behind by -o in the project either', () => {
  expect(existsSync(join(ROOT, '-'))).toBe(false);
});

describe('an unknown product or version is reported before a missing required option', SLOW, () => {
  // Found by a fresh user: the missing --dialect (--url) was reported first; given, the next run said the product
  // was unknown.
  const unknownProduct = 'unknown product "supertoken": did you mean "supertokens"?';
  const unknownVersion = 'unknown version "6.7" of supertokens';
  it.each([
    [['compile', 'supertoken', '5.0', '6.0'], unknownProduct],
    [['review', 'supertoken', '5.0', '6.0'], unknownProduct],
    [['catalog', 'supertoken', '6.0'], unknownProduct],
    [['status', 'supertoken'], unknownProduct],
    [['detect', 'supertoken'], unknownProduct],
    [['verify', 'supertoken', '5.0', '6.0'], unknownProduct],
    [['validate', 'supertoken'], unknownProduct],
    [['compile', 'supertokens', '5.0', '6.7'], unknownVersion],
    [['review', 'supertokens', '6.7', '6.0'], unknownVersion],
    [['catalog', 'supertokens', '6.7'], unknownVersion],
    [['status', 'supertokens', '--to', '6.7'], unknownVersion],
    [['verify', 'supertokens', '5.0', '6.7'], unknownVersion],
  ])('plan %j', (args, message) => {
    expectOneLineError(plan(args), 2, message);
  });

  it('with the names right, the missing option is still reported', () => {
    expectOneLineError(plan(['compile', 'supertokens', '5.0', '6.0']), 2, "required option '-d, --dialect <dialect>' not specified");
    expectOneLineError(plan(['status', 'supertokens']), 2, "required option '--url <url>' not specified");
    expectOneLineError(plan(['verify', 'supertokens', '5.0', '6.0']), 2, 'verify needs --dialect');
  });
});

describe('--version after a command prints the version, as plan --version does', SLOW, () => {
  // Found by a fresh user: `plan compile supertokens 5.0 6.0 --version` said "required option '--dialect' not
  // specified" (the program's --version is read only before the command name).
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  it.each([
    [['--version']],
    [['compile', 'supertokens', '5.0', '6.0', '--version']],
    [['compile', '--version']],
    [['status', 'supertokens', '-V']],
    [['verify', '--version']],
    [['list', '--version']],
  ])('plan %j', (args) => {
    const r = plan(args);
    expect([r.stdout, r.stderr, r.code]).toEqual([`${version}\n`, '', 0]);
  });
});
