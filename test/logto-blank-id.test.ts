// Found by a fresh DBA: Logto's import with --param id_strategy=derive made a user 000000000000 of a source row whose
// id was '' (the derived id of the empty text: every sum 0), and would have made it of any such row alike; with
// keep, that row stayed out with a reason. An id that is empty or only blanks (spaces, tabs, CRs, LFs) is no id, with
// either strategy: the row stays out with the reason of a NULL id, and the report (plan compile --report) lists it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { derivedId } from '../src/compile/derived-id.js';
import { reportSql } from '../src/compile/report.js';
import { openScratch, type Scratch } from '../src/engines/index.js';

const LOGTO_DDL = readFileSync(new URL('./fixtures/logto/logto-1.42-users.sql', import.meta.url), 'utf8');
const NO_ID = 'no id (the mapped id column is NULL, empty, or only spaces, tabs and line breaks)';
const ROWS: [string | null, string][] = [['', 'empty'], ['  ', 'spaces'], ['\t\r\n', 'blanks'], [null, 'nobody'], ['alice', 'alice']];

describe('Logto import: an empty or blank source id is no id, with id_strategy derive and keep (PGlite)', { timeout: 600_000 }, () => {
  let s: Scratch;
  let source: string;
  beforeAll(async () => {
    s = await openScratch('postgres');
    await s.execScript(LOGTO_DDL);
    source = `${s.name}_legacy.accounts`;
    await s.execStatements([
      `CREATE SCHEMA ${s.name}_legacy`,
      `CREATE TABLE ${source} (user_id text, login text)`,
      ...ROWS.map(([id, login]) => `INSERT INTO ${source} VALUES (${id === null ? 'NULL' : `E'${id.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`}, '${login}')`),
    ]);
  }, 600_000);
  afterAll(async () => {
    await s?.execStatements([`DROP SCHEMA IF EXISTS ${s.name}_legacy CASCADE`]).catch(() => undefined);
    await s?.close();
  });
  const params = (strategy: string) => [`source_table=${source}`, 'columns=id:user_id,username:login', 'password_method=Bcrypt', `id_strategy=${strategy}`];
  const up = (strategy: string) => compile({ product: 'logto', from: '1.41', to: '1.41-imported', dialect: 'postgres', params: params(strategy) });
  const down = (strategy: string) => compile({ product: 'logto', from: '1.41-imported', to: '1.41', dialect: 'postgres', params: params(strategy) });
  const users = async () => s.query<{ id: string; username: string }>('SELECT id, username FROM users ORDER BY username');
  const report = async (strategy: string) =>
    (await s.query<{ source_row: string | null; reason: string }>(reportSql(up(strategy), 'logto').split('\n').filter((l) => !l.startsWith('--')).join('\n')))
      .map((l) => [l.source_row, l.reason])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const expected = [['', NO_ID], ['\t\r\n', NO_ID], ['  ', NO_ID], [null, NO_ID]].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it.each(['derive', 'keep'])('id_strategy=%s: only alice is imported; the report lists the empty, blank and NULL ids as no id', async (strategy) => {
    expect(await report(strategy)).toEqual(expected);
    await s.execScript(up(strategy).sql);
    expect(await users()).toEqual([{ id: strategy === 'derive' ? derivedId('', 12, 'alice') : 'alice', username: 'alice' }]);
    expect((await users()).some((u) => u.id === '000000000000')).toBe(false);
    expect(await report(strategy)).toEqual(expected);
    await s.execScript(down(strategy).sql);
    expect(await users()).toEqual([]);
  });
});
