// Text read from a database reached the terminal as it is. Found by review: plan detect and plan status printed
// table names, column names and defaults (and the version tables' rows, the engine's messages, other sessions'
// statements) raw, and PostgreSQL, MariaDB and SQLite take almost any character in a quoted identifier: a Keto
// database with an extra table named "x\e[2J\rplan: up to date\nfake line" cleared the DBA's screen and printed a
// line of its own; a default holding ESC coloured the rest of the output; --json left C1 (CSI, U+009B) and U+2028 raw.
// Now every such text goes into its line through escapeNotOneLine (src/text-rules.ts: \u001b, \r, \n, \u2028 shown,
// backslashes doubled), the printed text through terminalText, the JSON through jsonText; review.md's expected
// catalog and the catalog query it prints escape every such character of a plan's default alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch } from '../src/engines/index.js';
import { sqlJs } from '../src/engines/sqlite.js';
import { projectRoot } from '../src/paths.js';
import { formatWait } from '../src/detect/format.js';
import { versionRowsText } from '../src/detect/version-rows.js';
import { skippedLine } from '../src/detect/data-steps.js';
import { catalogDiff } from '../src/verify/verify.js';
import { jsonText, terminalText } from '../src/text-rules.js';
import { describeEngines, describeServer } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { reviewFor } from '../src/review/run.js';

afterAll(() => closeAllScratches());

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[]) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: 300_000, env: { ...process.env, MYSQL_PWD: '', PGPASSWORD: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The extra table's name: clear the screen, back to the line's start, a fake verdict, a forged line. */
const TABLE = 'x\u001b[2J\rplan: up to date\nfake line';
/** The extra column's name (U+2028) and its default (ESC colour, a line feed, CSI). */
const COLUMN = 'evil\u2028col';
const DEFAULT = 'a\u001b[31mred\nb\u009b';
/** Anything a terminal acts on or ends a line at, but the line feeds between lines. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const PARAMS = ['--param', 'namespaces=files:1'];

const keto = (dialect: 'postgres' | 'mysql' | 'sqlite') => compile({ product: 'keto', from: '0', to: '0.7', dialect, params: ['namespaces=files:1'] }).sql;

/** detect and status, text and JSON, on `url`: the checks every engine shares. */
function checkOutputs(url: string) {
  for (const verb of ['detect', 'status']) {
    const r = plan([verb, 'keto', '--url', url, ...PARAMS]);
    expect(r.stderr, verb).not.toMatch(RAW);
    expect(r.stdout, verb).not.toMatch(RAW);
    const lines = r.stdout.split('\n');
    // The name on its own line, escaped: no line of its own, no fake verdict.
    expect(lines[0], verb).toContain('(no version of keto has it: x\\u001b[2J\\rplan: up to date\\nfake line)');
    expect(lines.filter((l) => l.startsWith('fake line') || l.startsWith('plan: up to date')), verb).toEqual([]);
    const col = lines.find((l) => l.includes('COL evil'))!;
    expect(col, verb).toMatch(/^ {2}T keto_relation_tuples \| COL evil\\u2028col \S+ DEFAULT 'a\\u001b\[31mred\\{1,2}nb\\u009b'/);
    const j = plan([verb, 'keto', '--json', '--url', url, ...PARAMS]);
    expect(j.stdout, `${verb} --json`).not.toMatch(RAW);
    const parsed = JSON.parse(j.stdout);
    // The JSON carries the names as they are (JSON escapes them): a program reading it gets the real name.
    expect((parsed.ignoredTables ?? parsed.detect.ignoredTables), `${verb} --json`).toEqual([TABLE]);
  }
}

await describeServer('detect and status escape the database text: PostgreSQL (the reproduction)', 'postgres', (server) => {
  it('a table named with ESC, CR and LF, a column named with U+2028, a default with ESC and CSI', async () => {
    const s = await openScratch('postgres', { url: server });
    try {
      await s.execScript(keto('postgres'));
      await s.execStatements([
        `DO $$ BEGIN EXECUTE format('CREATE TABLE %I (id int)', ${lit(TABLE)}); EXECUTE format('ALTER TABLE keto_relation_tuples ADD COLUMN %I text DEFAULT %L', ${lit(COLUMN)}, ${lit(DEFAULT)}); END $$`,
      ]);
      const u = new URL(server);
      u.pathname = `/${s.name}`;
      checkOutputs(u.toString());
    } finally {
      await s.close();
    }
  });
});

await describeServer('detect and status escape the database text: MariaDB', 'mysql', (server) => {
  it('a table named with ESC, CR and LF, a column named with U+2028, a default with ESC and CSI', async () => {
    const s = await openScratch('mysql', { url: server });
    try {
      await s.execScript(keto('mysql'));
      await s.execStatements([
        `CREATE TABLE \`${TABLE}\` (id int)`,
        `ALTER TABLE keto_relation_tuples ADD COLUMN \`${COLUMN}\` varchar(20) DEFAULT _utf8mb4 X'${Buffer.from(DEFAULT).toString('hex')}'`,
      ]);
      const u = new URL(server);
      u.pathname = `/${s.name}`;
      checkOutputs(u.toString());
    } finally {
      await s.close();
    }
  });
});

describe('detect and status escape the database text: SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-db-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('a table named with ESC, CR and LF, a column named with U+2028, a default with ESC and CSI', async () => {
    const db = new (await sqlJs()).Database();
    // (The script's sqlite3 dot-commands, .bail and .timeout, are the client's, not SQL.)
    db.exec(keto('sqlite').split('\n').filter((l) => !l.startsWith('.')).join('\n'));
    db.exec(`CREATE TABLE "${TABLE}" (id int); ALTER TABLE keto_relation_tuples ADD COLUMN "${COLUMN}" text DEFAULT '${DEFAULT}'`);
    const file = join(dir, 'keto.db');
    writeFileSync(file, db.export());
    db.close();
    checkOutputs(`sqlite:${file}`);
  });
});

/** A PostgreSQL E'' literal of `v`, every character but letters, digits and spaces as \uXXXX. */
function lit(v: string): string {
  return `E'${v.replace(/[^A-Za-z0-9 ]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

describe('the other database text detect and status print', () => {
  it("the version tables' rows, an engine's message on a data step, another session's statement: one line, escaped", () => {
    const rows = versionRowsText(
      { consistent: [], contradicted: [{ version: '0.28', missing: [{ table: 'alembic_version', key: { version_num: 'abc' }, sql: '' }] }], held: [{ table: 'alembic_version', rows: ['v\u001b[2J\nplan: up to date'] }], skipped: [] },
      '0.28',
    )!;
    expect(rows.text).toContain("alembic_version holds (v\\u001b[2J\\nplan: up to date)");
    expect(rows.text).not.toMatch(RAW);
    const skipped = skippedLine({ version: '1', from: '0', left: [], skipped: [{ step: '1/2 (copy rows)', why: 'relation "t\u001b[31m\r" does not exist' }] })!;
    expect(skipped).toBe('not checked (their conditions cannot be evaluated read-only on this database): 1/2 (copy rows) (relation "t\\u001b[31m\\r" does not exist)');
    const wait = formatWait('keto', 'postgres h/db', [{ session: '42', state: 'active\u001b[2J', holds: 'AccessExclusiveLock on x\u2028y', runs: 'ALTER TABLE "a\u001b]0;title\u0007" ADD c int' }], 'npx plan status keto');
    expect(wait.split('\n')).toHaveLength(3);
    expect(wait.split('\n')[1]).toBe('  session 42 (active\\u001b[2J; holds AccessExclusiveLock on x\\u2028y): ALTER TABLE "a\\u001b]0;title\\u0007" ADD c int');
  });

  it("plan verify's catalog differences: each line escaped (a default with ESC, a name with a line feed)", () => {
    expect(catalogDiff(["T t | COL a text DEFAULT 'a\u001b[2J'"], ['T t\nplan: verified | COL b int'])).toEqual(["- T t | COL a text DEFAULT 'a\\u001b[2J'", '+ T t\\nplan: verified | COL b int']);
  });

  it('terminalText and jsonText leave no control character but the line feeds; the JSON reads back the same', () => {
    expect(terminalText("a\u001b[2J\r\nb\u009b\u2028 'it'\\''s'")).toBe("a\\u001b[2J\\r\nb\\u009b\\u2028 'it'\\''s'");
    const v = { name: 'x\u001b\u009b\u2028\u0085\u007f\n' };
    expect(jsonText(v)).not.toMatch(RAW);
    expect(JSON.parse(jsonText(v))).toEqual(v);
  });
});

// (b) review.md: a plan's default holding ESC stayed raw in the expected catalog (its code block) while the catalog
// query beside it escaped only \, CR and LF. Both now escape it, as every character escapeNotOneLine escapes.
const CTL = "x\u001b[2J\u2028\u0001\u009b'y";
const ctlPlans = tempPlansDir();
writePlanFile(ctlPlans, 'rc', 'product.yaml', 'product: rc\ntitle: rc\nversions: ["1.0"]\ndialects: [postgres, mysql, sqlite]\n');
writePlanFile(ctlPlans, 'rc', '0-1.0.yaml', `product: rc
from: "0"
to: "1.0"
summary: install
steps:
  - create_table:
      name: items
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: name, type: "varchar(200)", nullable: false, default: ${JSON.stringify(CTL).replace(/[\u0000-\u001f\u007f-\u009f\u2028]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)} }
      primary_key: { columns: [id] }
`);

describe("review.md: a plan's default with ESC", () => {
  it('is escaped in the expected catalog and in the table of changes; no control character in review.md', () => {
    for (const dialect of ['postgres', 'mysql']) {
      const r = plan(['review', 'rc', '0', '1.0', '-d', dialect, '--plans', ctlPlans]);
      expect(r.code, dialect).toBe(0);
      expect(r.stdout, dialect).not.toMatch(RAW);
      const at = r.stdout.indexOf('<details><summary>expected catalog</summary>');
      expect(r.stdout.slice(at), dialect).toContain('\\u001b[2J\\u2028\\u0001\\u009b');
    }
  });
});

for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) {
  await describeEngines(dialect, (e) => {
    it(`${e.title}: the review's catalog query prints the expected catalog, the default's ESC escaped alike`, async () => {
      const r = await reviewFor({ product: 'rc', plansDir: ctlPlans, from: '0', to: '1.0', dialect });
      expect(r.verify.expectedCatalog.join('\n')).not.toMatch(RAW);
      const s = await openScratch(dialect, { url: e.url });
      try {
        await s.execScript(compile({ product: 'rc', plansDir: ctlPlans, from: '0', to: '1.0', dialect }).sql);
        const lines = (await s.query<{ line: string }>(r.verify.catalogQuery)).map((x) => String(x.line));
        expect(lines).toEqual(r.verify.expectedCatalog);
      } finally {
        await s.close();
      }
    });
  });
}

// (c) A precondition's message takes {{param}}: every way a value reaches it is refused when it holds a control
// character or a line break (src/plan/params.ts coerce, for values given, read from a params file, defaults and
// examples alike), so nothing of the kind reaches a RAISE/SIGNAL message or the terminal through a parameter.
describe("a precondition message's {{param}}: no control character gets in, whatever gives the value", () => {
  const make = (spec: string) => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'pc', 'product.yaml', `product: pc\ntitle: pc\nversions: ["1.0", "2.0"]\ndialects: [postgres, mysql, sqlite]\nparameters:\n  msg:\n    type: string\n${spec}    description: a message\n`);
    writePlanFile(dir, 'pc', '0-1.0.yaml', 'product: pc\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: items\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n');
    writePlanFile(dir, 'pc', '1.0-2.0.yaml', 'product: pc\nfrom: "1.0"\nto: "2.0"\nsummary: check\nsteps:\n  - precondition:\n      message: "must have {{msg}}"\n      tables: [items]\n');
    return dir;
  };
  it.each([
    ['--param', '    default: plain\n', () => ['-p', 'msg=a\u001b[2Jb']],
    ['--param (U+2028)', '    default: plain\n', () => ['-p', 'msg=a\u2028b']],
    ['--param (CSI)', '    default: plain\n', () => ['-p', 'msg=a\u009bb']],
    ['a params file', '    default: plain\n', (dir: string) => {
      writeFileSync(join(dir, 'params.yaml'), 'msg: "a\\e[31mb"\n');
      return ['--params-file', join(dir, 'params.yaml')];
    }],
    ["the parameter's default", '    default: "x\\e[2Jy"\n', () => []],
  ])('%s', (_what, spec, extra) => {
    const dir = make(spec);
    for (const dialect of ['postgres', 'mysql', 'sqlite']) {
      const r = plan(['compile', 'pc', '1.0', '2.0', '-d', dialect, '--plans', dir, ...extra(dir)]);
      expect(r.code, dialect).toBe(2);
      expect(r.stdout, dialect).toBe('');
      expect(r.stderr, dialect).toMatch(/parameter msg: the value "[^"]*" has a (control character|line break) \(U\+(001B|2028|009B)\)/);
      expect(r.stderr, dialect).not.toMatch(RAW);
    }
  });
  it("an example (review, verify): refused when the plans are read", () => {
    const dir = make('    example: "x\\e[2Jy"\n');
    const r = plan(['validate', '--plans', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/parameter msg: the value "x\\u001b\[2Jy" has a control character \(U\+001B\)/);
  });
});
