// A script carries the catalog's expected rows once (stop 36: the "at the target already" check added for a
// second run's line repeated the target's list after the version check's, and the end check a third time: out/
// grew from 42 MB to 49 MB and `plan build` slowed). Now the version check's one list has each row flagged for the
// path, the target or both (expectedRows), answers both questions in one query, and keeps the target's rows for
// the end check and the completion line (PostgreSQL: a session setting; SQLite: a TEMP table; MySQL: see below).
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { facetsOf } from '../src/compile/facets.js';
import { expectedRows, versionCheckSpec, AT_TARGET, ON_PATH } from '../src/compile/version-check.js';
import { getDialect } from '../src/dialects/index.js';
import { emptyModel } from '../src/model/model.js';
import type { DialectName } from '../src/plan/types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often the row (key, def) is written in `sql` as a list row: 'key', 'def' (MySQL's first row names its columns). */
function rowCount(sql: string, literal: (s: string) => string, key: string, def: string): number {
  const re = new RegExp(`${escape(literal(key))}(?: AS k)?, ${escape(literal(def))}(?: AS def)?(?=[,)\\s])`, 'g');
  return sql.match(re)?.length ?? 0;
}

// Scripts of one part (a later part's check lists the rest of the path again, by design), on every dialect:
// upgrades, rollbacks and installs (an install also checks the order of its objects).
const cases: [string, string, string, DialectName][] = [
  ['supertokens', '6.0', '7.0', 'postgres'],
  ['supertokens', '7.0', '6.0', 'postgres'],
  ['supertokens', '0', '6.0', 'postgres'],
  ['supertokens', '6.0', '7.0', 'mysql'],
  ['supertokens', '7.0', '6.0', 'mysql'],
  ['keto', '0.6', '0.7', 'sqlite'],
  ['keto', '0', '0.6', 'sqlite'],
  ['authhero', '11.20', '11.21', 'sqlite'],
];

describe('each expected catalog row is written once per script', () => {
  for (const [product, from, to, dialect] of cases) {
    it(`${product} ${from} → ${to} on ${dialect}`, () => {
      const r = compile({ product, from, to, dialect, examples: true });
      const sql = r.sql;
      expect(sql).not.toMatch(/part 2 of the script/);
      const literal = (s: string) => r.dialect.syntax.literal(s).text;
      // Every row of the start and of the target state, in each spelling the engine may use.
      const rows = new Map<string, [string, string]>();
      for (const m of [r.before, r.after]) for (const f of facetsOf(m).values()) for (const x of r.dialect.catalog.catalogRows(f)) for (const def of x.defs) rows.set(`${x.key}\0${def}`, [x.key, def]);
      expect(rows.size).toBeGreaterThan(10);
      // MySQL's end check still writes the target's rows out once more (MariaDB before 10.6 has no JSON_TABLE to read
      // them back from a user variable, and a TEMPORARY table needs a privilege of its own): there, a row of the
      // target is written twice (three times before: the at-target check had its own copy), one only the start has once.
      const target = new Set([...facetsOf(r.after).values()].flatMap((f) => r.dialect.catalog.catalogRows(f).flatMap((x) => x.defs.map((def) => `${x.key}\0${def}`))));
      const want = (k: string, def: string) => (dialect === 'mysql' && target.has(`${k}\0${def}`) ? 2 : 1);
      const wrong = [...rows.values()].filter(([k, def]) => rowCount(sql, literal, k, def) !== want(k, def)).map(([k, def]) => `${rowCount(sql, literal, k, def)} × ${k} = ${def}`);
      expect(wrong).toEqual([]);
    });
  }
});

describe('expectedRows', () => {
  const d = getDialect('postgres');
  const from = compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres' }).after;
  const to = compile({ product: 'supertokens', from: '6.0', to: '7.0', dialect: 'postgres' }).after;

  it('flags each row for the path, the target or both, each (object, definition) once', () => {
    const path = versionCheckSpec(d, from, [], ['zz_path_only'], 'w', 'h');
    const target = versionCheckSpec(d, to, [], [], 'w', 'h');
    const x = expectedRows({ ...path, target: { spec: target } });
    const ids = x.allowed.map(([k, def]) => `${k}\0${def}`);
    expect(new Set(ids).size).toBe(ids.length);
    // Exactly the path's rows carry ON_PATH, exactly the target's AT_TARGET.
    expect(x.allowed.filter(([, , f]) => f & ON_PATH).map(([k, def]) => [k, def])).toEqual(path.allowed);
    expect(x.allowed.filter(([, , f]) => f & AT_TARGET).map(([k, def]) => [k, def])).toEqual(target.allowed);
    expect(x.required.filter(([, , f]) => f & ON_PATH).map(([k]) => k)).toEqual(path.required);
    expect(x.required.filter(([, , f]) => f & AT_TARGET).map(([k]) => k)).toEqual(target.required);
    // What 7.0 adds is required at the target only, with its message.
    expect(x.required.filter(([, , f]) => f === AT_TARGET).length).toBeGreaterThan(0);
    expect(x.required.find(([k]) => k === 'column all_auth_recipe_users.primary_or_recipe_user_id')).toEqual(['column all_auth_recipe_users.primary_or_recipe_user_id', 'table all_auth_recipe_users has no column primary_or_recipe_user_id', AT_TARGET]);
    // A table only the path's check reads (given to it alone here) does not count against the target.
    expect(x.pathOnlyTables).toEqual(['zz_path_only']);
  });

  it('without a target, every row is the path\'s', () => {
    const path = versionCheckSpec(d, from, [], [], 'w', 'h');
    const x = expectedRows(path);
    expect(x.allowed.every(([, , f]) => f === ON_PATH)).toBe(true);
    expect(x.allowed.length).toBe(path.allowed.length);
    expect(x.targetOnlyTables).toEqual([]);
  });

  it('refuses a target that implies objects', () => {
    const path = versionCheckSpec(d, emptyModel('postgres'), [], [], 'w', 'h');
    expect(() => expectedRows({ ...path, target: { spec: { ...path, implied: [['a', 'b', 'm']] } } })).toThrow(/implies no objects/);
  });
});
