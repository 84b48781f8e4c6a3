// Every PostgreSQL script parses with PostgreSQL's own parser (libpg-query). The body of each guard
// (DO $plan$ … $plan$) is a string to the SQL parser, so it is parsed again as PL/pgSQL, and the condition
// and statements inside it as SQL.
import { loadModule, parse, parsePlPgSQL } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { allOutputs } from './helpers/outputs.js';
import { unwrapGuard } from './helpers/sql.js';
import { reportSql } from '../src/compile/report.js';

beforeAll(async () => {
  await loadModule();
});

async function parseAll(sql: string, statements: string[]): Promise<void> {
  const tree = await parse(sql);
  expect(tree.stmts?.length).toBeGreaterThan(0);
  for (const st of statements) {
    const guard = unwrapGuard('postgres', st);
    if (!guard) continue;
    const body = /^DO (\$plan\w*\$)\n([\s\S]*)\n\1;$/.exec(st.trim())![2];
    await parsePlPgSQL(`CREATE FUNCTION plan_guard() RETURNS void LANGUAGE plpgsql AS $guard_body$\n${body}\n$guard_body$;`);
    await parse(`SELECT ${guard.cond};`);
    // A CREATE TABLE into a database holding product tables ends with a PL/pgSQL step that hands the table to
    // their owner (IF … THEN EXECUTE … END IF): its condition and its statement text are SQL expressions.
    const owner = /^([\s\S]*;)\s+IF (.*?)\s+THEN\s+EXECUTE (.*);\s+END IF;$/.exec(guard.inner.trim());
    if (owner) {
      await parse(`SELECT ${owner[2]};`);
      await parse(`SELECT ${owner[3]};`);
    }
    let inner = (owner ? owner[1] : guard.inner).trim();
    // Before a concurrent build's drop of an INVALID index, a PL/pgSQL stop when another session is building it
    // (IF … THEN RAISE … END IF;): its condition is SQL, its RAISE checked by the PL/pgSQL parse above.
    const building = /^IF ([\s\S]*?) THEN\s+RAISE EXCEPTION [\s\S]*?;\s+END IF;\s+([\s\S]*)$/.exec(inner);
    if (building) {
      await parse(`SELECT ${building[1]};`);
      inner = building[2].trim();
    }
    // PERFORM is PL/pgSQL's SELECT whose result is dropped (the version check forgets plan.at_start so): its query
    // is SQL once spelled SELECT. RAISE has no SQL form; the PL/pgSQL parse above has checked it.
    if (/^PERFORM\s/.test(inner)) await parse(inner.replace(/^PERFORM/, 'SELECT'));
    else if (!/^RAISE /.test(inner)) await parse(inner);
  }
}

describe('the parser catches what it should', () => {
  it('a broken statement', async () => {
    await expect(parse('ALTER TABLE t ADD COLUMN;')).rejects.toThrow(/syntax error/);
  });
  it('a broken guard body', async () => {
    const bad = 'DO $plan$\nBEGIN\n  IF TRUE THEN\n    ALTER TABLE t ADD COLUMN;\n  END IF;\nEND\n$plan$;';
    await parse(bad); // the body is only a string here…
    await expect(parseAll(bad, [bad])).rejects.toThrow(/syntax error/); // …and parsed on its own
  });
});

describe('every compiled PostgreSQL script parses', () => {
  const outputs = allOutputs('postgres');
  it('covers the real products and the fixture', () => {
    expect(outputs.some((o) => o.name.startsWith('supertokens 0 → 6.0'))).toBe(true);
    expect(outputs.some((o) => o.name.startsWith('fixture 0 → 1.5'))).toBe(true);
    expect(outputs.length).toBeGreaterThan(80);
  });
  it.each(outputs.map((o) => [o.name, o] as const))('%s', async (_name, o) => {
    await parseAll(o.result.sql, o.result.statements);
  });
});

describe('every PostgreSQL report query parses (a copy with skip:, src/compile/report.ts)', () => {
  const reports = allOutputs('postgres').filter((o) => o.result.direction === 'up' && o.result.units.some((u) => u.op.kind === 'copy_rows' && u.op.skip));
  it('covers Keto 0.6 → 0.7', () => {
    expect(reports.map((o) => o.name)).toContain('keto 0.6 → 0.7 (postgres)');
  });
  it.each(reports.map((o) => [o.name, o] as const))('%s', async (name, o) => {
    const tree = await parse(reportSql(o.result, name));
    expect(tree.stmts?.length).toBe(1);
  });
});
