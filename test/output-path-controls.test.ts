// Found by review (stop 38): a line break in -o's file name became SQL. The header's apply and reverse lines print the
// file's name; `-o $'/tmp/i\nDROP TABLE victim; --.sql'` wrote a header whose second line was `DROP TABLE victim;
// --.sql'`, which psql, mariadb and sqlite3 ran before the script's transaction (victim dropped for good). A control
// character or line break in -o (compile, review), --out (build, check) or a compile request's file is now one line,
// exit 2, nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { PlanError, quoted } from '../src/plan/errors.js';
import { projectRoot } from '../src/paths.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'plan-output-controls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The reviewer's file names: a line feed (every dialect), a carriage return (psql ends a line at it), and the other
// characters a terminal or editor breaks lines at or that are control characters.
const NAMES = [
  'i\nDROP TABLE victim; --.sql',
  'c\rDROP TABLE victim; --.sql',
  'n\u0085DROP TABLE victim; --.sql',
  'l\u2028DROP TABLE victim; --.sql',
  'p\u2029x.sql',
  'e\u001b[31mred.sql',
  'z\u0000.sql',
];

describe('-o with a control character or line break: one line, exit 2, no file', { timeout: 300_000 }, () => {
  const cases: [string, string[]][] = [
    ['logto 0 → 1.41 on PostgreSQL', ['compile', 'logto', '0', '1.41', '-d', 'postgres']],
    ['authhero 0 → 11.20 on MySQL', ['compile', 'authhero', '0', '11.20', '-d', 'mysql']],
    ['authhero 0 → 11.20 on SQLite', ['compile', 'authhero', '0', '11.20', '-d', 'sqlite']],
    ['compile --json', ['compile', 'authhero', '0', '11.20', '-d', 'sqlite', '--json']],
    ['review', ['review', 'authhero', '0', '11.20', '-d', 'sqlite']],
  ];
  for (const [what, args] of cases) {
    it(what, () => {
      // NUL cannot be passed in a process's arguments: the core's refusal of it is tested below.
      for (const name of NAMES.filter((n) => !n.includes('\u0000'))) {
        const r = plan([...args, '-o', join(dir, name)], dir);
        expect(r.stderr).toBe(`plan: error: -o: ${quoted(join(dir, name))}: an output file name may not hold control characters or line breaks (a script header prints it into comments and commands)\n`);
        expect(r.stdout).toBe('');
        expect(r.code).toBe(2);
        expect(readdirSync(dir)).toEqual([]);
      }
    });
  }

  it('build and check --out', () => {
    for (const command of ['build', 'check']) {
      const out = join(dir, 'o\nut');
      const r = plan([command, '--out', out], dir);
      expect(r.stderr).toBe(`plan: error: --out: ${quoted(out)}: the folder of the SQL may not hold control characters or line breaks (its paths are printed)\n`);
      expect(r.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('the compile itself refuses such a file name (a caller of the library)', () => {
    for (const name of NAMES) {
      let error: unknown;
      try {
        compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite', file: name });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PlanError);
      expect((error as Error).message).toBe(`the output file: ${quoted(name)}: a script file name may not hold control characters or line breaks (the header prints it into SQL comments and commands)`);
    }
    // A name without them is printed as a shell word.
    expect(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite', file: "it's up.sql" }).sql).toContain("-- apply:    sqlite3 -bail DATABASE.db < 'it'\\''s up.sql'");
  });
});
