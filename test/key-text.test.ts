// The keys a stop message names (data-fit checks, refuse_deleted, refuse_referenced: DialectGuards.firstKeys and the
// stopIfRows message) are each value quoted as the dialect's DialectSyntax.quotedText quotes it (quotes doubled,
// as SQLite quote() writes them), one definition per dialect: a value holding ", " or a quote is read as
// one, NULL is the word NULL, a number is quoted like text, a long value is cut to 40 characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDialect } from '../src/dialects/index.js';
import { Sql } from '../src/compile/sql.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines } from './helpers/servers.js';

// Four rows of three key columns: a NULL, a quote, ", " inside a value, a number, a value of 50 characters (the
// fourth, "(NULL, …", sorts after the others: the first three are named).
const ROWS = [
  `SELECT CAST(NULL AS CHAR(10)) AS k1, 'o''brien' AS k2, 1 AS k3`,
  `SELECT 'a, b', 'x', 22`,
  `SELECT '${'y'.repeat(50)}', 'z', 333`,
  `SELECT 'b''c', NULL, 4`,
].join(' UNION ALL ');
const ONE = `SELECT k1 FROM (${ROWS}) t WHERE k1 IS NULL OR k1 = 'a, b'`;

for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) {
  await describeEngines(dialect, (target) => {
    describe(`${target.title}: firstKeys quotes each value as quotedText does`, () => {
      let s: Scratch;
      const d = getDialect(dialect);
      // PostgreSQL: CHAR(10) is bpchar, whose text drops trailing spaces; the literals are text.
      const rows = dialect === 'postgres' ? ROWS.replace('CHAR(10)', 'text') : ROWS;
      beforeAll(async () => {
        s = await openScratch(dialect, { url: target.url });
      }, 120_000);
      afterAll(async () => {
        await s?.close();
      });

      it('three key columns: the first three keys in order (of their text), NULL spelled out, each value quoted, a long one cut', async () => {
        const [{ k }] = await s.query<{ k: string }>(`SELECT ${d.guards.firstKeys(Sql.verbatim(rows), 3).text} AS k`);
        const q = "'b''c'";
        expect(k).toBe(`('a, b', 'x', '22'); (${q}, NULL, '4'); ('${'y'.repeat(36)}..., 'z', '333')`);
      });

      it('one key column: no parentheses; NULL as NULL', async () => {
        const one = dialect === 'postgres' ? ONE.replace(ROWS, rows) : ONE;
        const [{ k }] = await s.query<{ k: string }>(`SELECT ${d.guards.firstKeys(Sql.verbatim(one), 1).text} AS k`);
        expect(k).toBe(`'a, b'; NULL`);
      });

      it('no rows: NULL', async () => {
        const [{ k }] = await s.query<{ k: string | null }>(`SELECT ${d.guards.firstKeys(Sql.verbatim(`SELECT k1 FROM (${rows}) t WHERE 1 = 0`), 1).text} AS k`);
        expect(k).toBeNull();
      });
    });
  });
}

describe('keyText is written with quotedText (one definition per dialect)', () => {
  it.each([
    ['postgres', "COALESCE('''' || replace(CAST(r.k1 AS text), '''', '''''') || '''', 'NULL')"],
    ['mysql', "IFNULL(CONCAT('''', REPLACE(CAST(r.k1 AS CHAR), '''', ''''''), ''''), 'NULL')"],
    ['sqlite', 'quote(CAST(r.k1 AS TEXT))'],
  ] as const)('%s', (dialect, quoted) => {
    const d = getDialect(dialect);
    expect(d.syntax.quotedText(Sql.verbatim('r.k1')).text).toBe(quoted);
    expect(d.guards.firstKeys(Sql.verbatim('SELECT 1 AS k1'), 1).text).toContain(quoted);
  });
});
