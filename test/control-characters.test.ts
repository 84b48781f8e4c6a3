// Found by a fresh user (run 46): a string default holding a line break, a tab or another control character broke
// the script on every engine. PostgreSQL: the literal's line break split the column list ('x\ny' stored as
// 'x,\n      y'), so a second run and the rollback stopped at their version check; MariaDB: the version check did not
// know information_schema's spelling ('x\ny' as 'x\\ny'); SQLite: CAST(X'…' AS TEXT) is no default SQLite takes
// without parentheses. Each default here goes through create_table and add_column, then plan verify (twice,
// crashed, rolled back) on every engine, and a row inserted with the defaults reads them back byte for byte.
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import type { DialectName } from '../src/plan/types.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';
import { describeEngines } from './helpers/servers.js';

afterAll(() => closeAllScratches());

/** Each default: a name and its text (a line feed, a carriage return, a tab, U+2028, a backslash before n, a quote). */
const DEFAULTS: [string, string][] = [
  ['lf', 'x\ny'],
  ['crlf', 'x\r\ny'],
  ['tab', 'x\ty'],
  ['ls', 'x\u2028y'],
  ['bs', 'x\\ny'],
  ['mix', "it's\n\\ 'q' \u0001 \u007f end"],
];

/** A YAML double-quoted scalar with every control character escaped (a plan file holds none raw). */
const yamlString = (v: string) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
const dir = tempPlansDir();
writePlanFile(dir, 'ctl', 'product.yaml', 'product: ctl\ntitle: Control characters in defaults\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql, sqlite]\n');
writePlanFile(dir, 'ctl', '0-1.0.yaml', `product: ctl
from: "0"
to: "1.0"
summary: A table whose columns have defaults with control characters
steps:
  - create_table:
      name: t
      columns:
        - { name: id, type: integer, nullable: false }
${DEFAULTS.map(([n, v]) => `        - { name: c_${n}, type: "varchar(40)", default: ${yamlString(v)} }`).join('\n')}
      primary_key: { columns: [id] }
`);
writePlanFile(dir, 'ctl', '1.0-1.1.yaml', `product: ctl
from: "1.0"
to: "1.1"
summary: The same defaults through add_column
steps:
${DEFAULTS.map(([n, v]) => `  - add_column:\n      table: t\n      column: { name: a_${n}, type: "varchar(40)", default: ${yamlString(v)} }`).join('\n')}
`);

const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'ctl', plansDir: dir, from, to, dialect });

it('no literal spans lines: every statement line of every script is whole', () => {
  for (const dialect of ['postgres', 'mysql', 'sqlite'] as DialectName[]) {
    for (const [from, to] of [['0', '1.1'], ['1.1', '0'], ['1.0', '1.1'], ['1.1', '1.0']]) {
      const sql = script(dialect, from, to).sql;
      // (the clients read lines at a line feed; U+2028 is no line break to them, and may stay in a literal)
      expect(sql, `${dialect} ${from} → ${to}`).not.toContain('\r');
      const lines = sql.split('\n');
      for (const [, v] of DEFAULTS) for (const part of v.split(/\r?\n/).slice(1)) expect(lines.filter((l) => l.trimStart().startsWith(`${part}'`)), `${dialect} ${from} → ${to}`).toEqual([]);
    }
  }
});

for (const dialect of ['postgres', 'mysql', 'sqlite'] as DialectName[]) {
  await describeEngines(dialect, (e) => {
    it('plan verify 0 → 1.1 and 1.0 → 1.1: twice, crashed, rolled back', async () => {
      for (const from of ['0', '1.0']) {
        const r = await verify({ product: 'ctl', from, to: '1.1', dialect, url: e.url, plansDir: dir, sample: 4 });
        expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`), `${from} → 1.1`).toEqual([]);
      }
    });

    it('a row inserted with the defaults reads them back byte for byte, after a second run', async () => {
      const s = await openScratch(dialect, { url: e.url });
      try {
        await s.execScript(script(dialect, '0', '1.0').sql);
        await s.execScript(script(dialect, '1.0', '1.1').sql).catch(() => undefined);
        await s.execScript(script(dialect, '1.0', '1.1').sql).catch((err: Error) => {
          // SQLite's second run stops by design, saying it is already applied.
          if (!/is already applied/.test(err.message)) throw err;
        });
        await s.execStatements(['INSERT INTO t (id) VALUES (1)']);
        const [row] = await s.rows('t');
        for (const [n, v] of DEFAULTS) {
          expect(row[`c_${n}`], `c_${n}`).toBe(v);
          expect(row[`a_${n}`], `a_${n}`).toBe(v);
        }
      } finally {
        await s.close();
      }
    });
  });
}

// Found by a fresh user (run 47): MariaDB stored a TEXT column's hexadecimal default _utf8mb4 X'780A79' as "xx0Ay",
// and MySQL 8 takes no literal default on a TEXT, BLOB or JSON column at all (error 1101; manual 11.6): such a
// default is written as an expression, DEFAULT ('…'), and one MariaDB's catalog cannot spell back is refused.
const textDir = tempPlansDir();
writePlanFile(textDir, 'txt', 'product.yaml', 'product: txt\ntitle: TEXT defaults\nversions: ["1.0", "1.1", "1.2"]\ndialects: [mysql, postgres]\n');
writePlanFile(textDir, 'txt', '0-1.0.yaml', 'product: txt\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n  - create_table:\n      name: t\n      columns:\n        - { name: id, type: integer, nullable: false }\n        - { name: tags, type: text, nullable: false, default: "[]" }\n      primary_key: { columns: [id] }\n');
writePlanFile(textDir, 'txt', '1.0-1.1.yaml', 'product: txt\nfrom: "1.0"\nto: "1.1"\nsummary: a text column with a default\nsteps:\n  - add_column:\n      table: t\n      column: { name: note, type: text, default: "plain text" }\n');

// Found by fresh-user run 48: set_default on a TEXT column wrote the literal form, and one with a quote was an
// internal error (the version check's spelling refused it before any step).
writePlanFile(textDir, 'txt', '1.1-1.2.yaml', 'product: txt\nfrom: "1.1"\nto: "1.2"\nsummary: a default with a quote\nsteps:\n  - set_default: { table: t, column: note, default: "it\'s" }\n');

it('MySQL: a TEXT default is written as an expression, DEFAULT (…), which MySQL 8 requires; set_default too', () => {
  expect(compile({ product: 'txt', plansDir: textDir, from: '1.1', to: '1.2', dialect: 'mysql' }).sql).toContain("SET DEFAULT (''it''''s'')");
  expect(compile({ product: 'txt', plansDir: textDir, from: '1.2', to: '1.1', dialect: 'mysql' }).sql).toContain("SET DEFAULT (''plain text'')");
  const sql = compile({ product: 'txt', plansDir: textDir, from: '0', to: '1.1', dialect: 'mysql' }).sql;
  expect(sql).toContain("`tags` TEXT NOT NULL DEFAULT (''[]'')");
  expect(sql).toContain("DEFAULT (''plain text'')");
});

it('MySQL: a TEXT default holding a line break (or a quote, a backslash) is refused at its step; PostgreSQL takes it', () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'txt', 'product.yaml', 'product: txt\ntitle: TEXT defaults\nversions: ["1.0"]\ndialects: [mysql, postgres]\n');
  writePlanFile(dir, 'txt', '0-1.0.yaml', `product: txt\nfrom: "0"\nto: "1.0"\nsummary: t\nsteps:\n  - create_table:\n      name: t\n      columns:\n        - { name: id, type: integer, nullable: false }\n        - { name: note, type: text, default: ${yamlString('x\ny')} }\n      primary_key: { columns: [id] }\n`);
  expect(() => compile({ product: 'txt', plansDir: dir, from: '0', to: '1.0', dialect: 'mysql' })).toThrow(/0-1\.0\.yaml:\d+:\d+: .*column note: a TEXT column's default on MySQL\/MariaDB cannot hold a quote, a backslash, a control character or a character outside the Basic Multilingual Plane/);
  expect(compile({ product: 'txt', plansDir: dir, from: '0', to: '1.0', dialect: 'postgres' }).sql).toContain("E'x\\x0Ay'");
});

await describeEngines('mysql', (e) => {
  it('TEXT defaults: plan verify 0 → 1.1, 1.0 → 1.1 and 1.1 → 1.2 (set_default with a quote) (twice, crashed, rolled back), and a row reads them back', async () => {
    for (const [from, to] of [['0', '1.1'], ['1.0', '1.1'], ['1.1', '1.2']]) {
      const r = await verify({ product: 'txt', from, to, dialect: 'mysql', url: e.url, plansDir: textDir, sample: 4 });
      expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`), `${from} → ${to}`).toEqual([]);
    }
    const s = await openScratch('mysql', { url: e.url });
    try {
      await s.execScript(compile({ product: 'txt', plansDir: textDir, from: '0', to: '1.1', dialect: 'mysql' }).sql);
      await s.execStatements(['INSERT INTO t (id) VALUES (1)']);
      expect(await s.rows('t')).toEqual([{ id: '1', tags: '[]', note: 'plain text' }]);
    } finally {
      await s.close();
    }
  });
});
