// The character escapes \t, \n and \r of a row test's pattern (src/plan/pattern.ts), run on the engines: each
// engine reads them as the model's replay (JavaScript) does, in and outside a bracket class, with the pattern
// reaching the regular expression engine through the dialect's own literal (so its backslashes arrive intact).
// A DBA found a lone CR ("\r", a CRLF export) taken for a social id: no pattern could say CR before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDialect } from '../src/dialects/index.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { patternMatches, patternProblem } from '../src/plan/pattern.js';
import { sql } from '../src/compile/sql.js';
import { describeEngines } from './helpers/servers.js';

const BLANK = '^[ \\t\\r\\n]*$';
/** [pattern, text, whether it matches] */
const CASES: [string, string, boolean][] = [
  [BLANK, '', true],
  [BLANK, '\r', true],
  [BLANK, '\n', true],
  [BLANK, ' \r\n', true],
  [BLANK, '\t \t', true],
  [BLANK, '12\t34', false],
  [BLANK, 'rnt', false],
  [BLANK, '\\', false],
  [BLANK, '\\t', false],
  ['^a\\tb$', 'a\tb', true],
  ['^a\\tb$', 'atb', false],
  ['^a\\tb$', 'a\\tb', false],
  ['^a\\r\\nb$', 'a\r\nb', true],
  ['^a\\r\\nb$', 'a\nb', false],
  ['^[a\\n]+$', 'a\na', true],
  ['^[a\\n]+$', 'an', false],
];

describe('the escapes are portable patterns, and the replay reads them as the engines do', () => {
  it.each(CASES)('%j against %j: %s', (pattern, text, want) => {
    expect(patternProblem(pattern)).toBe(undefined);
    expect(patternMatches(pattern, text)).toBe(want);
  });

  it('SQLite has no matches at all, so no escape reaches it', () => {
    expect(() => getDialect('sqlite').syntax.matches(sql`x`, BLANK)).toThrow('matches: is not supported on SQLite (its core has no regular expressions)');
  });
});

await describeEngines('postgres', (target) => {
  describe(`${target.title}: the dialect's matches reads \\t, \\n and \\r as the replay does`, () => {
    const d = getDialect('postgres');
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch('postgres', { url: target.url });
    }, 120_000);
    afterAll(async () => {
      await s?.execScript('RESET standard_conforming_strings;');
      await s?.close();
    });

    for (const setting of ['on', 'off']) {
      it(`standard_conforming_strings = ${setting}`, async () => {
        await s.execScript(`SET standard_conforming_strings = ${setting};`);
        const select = CASES.map(([p, t], i) => `${d.syntax.matches(d.syntax.literal(t), p).text} AS m${i}`).join(', ');
        const [row] = await s.query<Record<string, boolean>>(`SELECT ${select}`);
        expect(CASES.map((_, i) => row[`m${i}`])).toEqual(CASES.map(([, , want]) => want));
      });
    }
  });
});

// MySQL's dialect has no matches yet (MySQL 8's ICU and MariaDB's PCRE differ elsewhere): this holds the escapes'
// part of the claim on the server at hand, through the dialect's literal, for the day it gets one.
await describeEngines('mysql', (target) => {
  describe(`${target.title}: REGEXP reads \\t, \\n and \\r as the replay does`, () => {
    const d = getDialect('mysql');
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch('mysql', { url: target.url });
    }, 120_000);
    afterAll(async () => {
      await s?.close();
    });

    for (const mode of ['', 'NO_BACKSLASH_ESCAPES']) {
      it(`sql_mode ${mode || 'as the server has it'}`, async () => {
        if (mode) await s.execScript(`SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',${mode}');`);
        const select = CASES.map(([p, t], i) => `(${d.syntax.literal(t).text} REGEXP ${d.syntax.literal(p).text}) AS m${i}`).join(', ');
        const [row] = await s.query<Record<string, unknown>>(`SELECT ${select}`);
        expect(CASES.map((_, i) => Number(row[`m${i}`]) === 1)).toEqual(CASES.map(([, , want]) => want));
      });
    }
  });
});
