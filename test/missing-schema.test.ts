// A PostgreSQL script compiled with --param postgresql_table_schema=<name> (SuperTokens' naming schema), run where
// that schema does not exist: no script creates it, so the version check stops first, before any change, in one
// line naming the schema and the parameter. Before, an install (0 → 6.0) failed half-way through its transaction on
// PostgreSQL's own `schema "x" does not exist` at the first CREATE TABLE, and an upgrade (5.0 → 6.0) stopped
// saying "table all_auth_recipe_users is missing", as if the database were at another version.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

const MISSING = 'h_f_no_such_schema';
const ST = (from: string, to: string, params: string[] = []) => compile({ product: 'supertokens', from, to, dialect: 'postgres', params });
const STOP = `plan stopped: schema "${MISSING}" (--param postgresql_table_schema) does not exist. Nothing was changed.`;

describe('the compiled check', () => {
  it('reads pg_namespace for the schema first, in the version check, before any change', () => {
    const lines = ST('0', '6.0', [`postgresql_table_schema=${MISSING}`]).sql.split('\n');
    const check = lines.findIndex((l) => l.includes(`IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${MISSING}') THEN`));
    expect(check).toBeGreaterThan(0);
    // The database's name goes through shownText (control characters spelled out: stop-message-escape.test.ts).
    expect(lines[check + 1]).toMatch(/^    RAISE EXCEPTION 'plan stopped: %', 'schema "[^"]*" \(--param postgresql_table_schema\) does not exist\. Nothing was changed\.' USING DETAIL = format\('Checked: database %s\.', \(SELECT COALESCE\(string_agg\(.* FROM \(SELECT CAST\(quote_ident\(current_database\(\)\) AS text\) AS t\) AS v .*\)\);$/);
    expect(lines[check + 1]).toContain(`'schema "${MISSING}" (--param postgresql_table_schema) does not exist. Nothing was changed.'`);
    expect(check).toBeLessThan(lines.findIndex((l) => l.includes('CREATE TABLE')));
  });

  it('a name given in capitals is the folded one PostgreSQL looks up, as every name of the script', () => {
    expect(ST('5.0', '6.0', ['postgresql_table_schema=H_F_Auth']).sql).toContain(`'plan stopped: %', 'schema "h_f_auth" (--param postgresql_table_schema) does not exist. Nothing was changed.'`);
  });

  it('no check without the parameter (or at its default, public: names unqualified)', () => {
    for (const params of [[], ['postgresql_table_schema=public']]) expect(ST('5.0', '6.0', params).sql).not.toContain('(--param postgresql_table_schema) does not exist');
  });
});

await describeEngines('postgres', (engine: EngineTarget) => {
  describe(`a schema that does not exist (${engine.title})`, () => {
    let s: Scratch;
    beforeEach(async () => {
      s = await openScratch('postgres', { url: engine.url });
    });
    afterEach(async () => {
      await s.close();
    });
    const stop = async (sql: string) => (await s.execScript(sql).then(() => undefined, (e: Error) => e))?.message ?? '';

    it('0 → 6.0 stops first, naming the schema and the parameter; nothing is made', async () => {
      const before = await s.catalog();
      expect((await stop(ST('0', '6.0', [`postgresql_table_schema=${MISSING}`]).sql)).split('\n')[0]).toBe(STOP);
      expect(await s.catalog()).toEqual(before);
    });

    it('5.0 → 6.0 on a 5.0 database whose tables are elsewhere stops the same way, not "table … is missing"', async () => {
      await s.execScript(ST('0', '5.0').sql);
      const before = await s.catalog();
      expect((await stop(ST('5.0', '6.0', [`postgresql_table_schema=${MISSING}`]).sql)).split('\n')[0]).toBe(STOP);
      expect(await s.catalog()).toEqual(before);
    });

    it('a schema that exists: the install runs', async () => {
      // PGlite: the scratch is a schema of its own; a server: a schema made in the scratch database.
      const schema = s.useSchema ? 'h_f_present' : s.name;
      if (s.useSchema) await s.useSchema(schema);
      await s.execScript(ST('0', '6.0', [`postgresql_table_schema=${schema}`]).sql);
      expect((await s.catalog()).some((l) => l.startsWith('T all_auth_recipe_users | COL user_id '))).toBe(true);
    });
  });
});
