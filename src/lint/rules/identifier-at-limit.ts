// identifier-at-limit: a name a step gives (a table, column, key, foreign key, index, check or enum type) is exactly
// as long as the engine allows (the dialect's rule: PostgreSQL 63 bytes, MySQL 64 characters). Longer names are a
// compile error; one at the limit has no room left for what engines and tools derive from it (PostgreSQL's
// <table>_pkey, partition index names, a tool's prefix) and is often a longer name an engine already cut.
import { identifierLength } from '../../dialects/dialect.js';
import type { EnumType, Model, Table } from '../../model/model.js';
import type { Rule } from '../types.js';

/** Every name of a model, each as "what name": tables, columns, keys, foreign keys, indexes, checks, enum types. */
export function modelNames(m: Model): Map<string, string> {
  return namesOf(m.tables, m.enumTypes ?? []);
}

/** The names of `tables` and `enumTypes`, as modelNames gives them. */
function namesOf(tables: readonly Table[], enumTypes: readonly EnumType[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tables) {
    out.set(`table ${t.name}`, t.name);
    for (const c of t.columns) out.set(`column ${t.name}.${c.name}`, c.name);
    if (t.primaryKey?.name) out.set(`primary key ${t.primaryKey.name}`, t.primaryKey.name);
    for (const u of t.uniques) out.set(`unique key ${u.name}`, u.name);
    for (const fk of t.foreignKeys) out.set(`foreign key ${fk.name}`, fk.name);
    for (const i of t.indexes) out.set(`index ${i.name}`, i.name);
    for (const k of t.checks) out.set(`check ${k.name}`, k.name);
  }
  for (const e of enumTypes) out.set(`enum type ${e.name}`, e.name);
  return out;
}

/**
 * The names `after` has and `before` has not. Models share every table an operation did not touch (model.ts:
 * copy-on-write), and a table both share has the same names in both: only the tables that are not the very same
 * object (and the enum types, when their list changed) can hold a new name, so only those are read, and all of
 * `before` only when one of them holds a name `keep` asks about.
 */
export function newNames(before: Model, after: Model, keep: (name: string) => boolean): Map<string, string> {
  const old = new Set(before.tables);
  const changed = after.tables.filter((t) => !old.has(t));
  const candidates = [...namesOf(changed, after.enumTypes !== before.enumTypes ? after.enumTypes ?? [] : [])].filter(([, name]) => keep(name));
  if (candidates.length === 0) return new Map();
  const had = modelNames(before);
  return new Map(candidates.filter(([k]) => !had.has(k)));
}

export const identifierAtLimit: Rule = {
  id: 'identifier-at-limit',
  severity: 'warning',
  summary: "a name a step gives is exactly as long as the engine allows (the dialect's limit: PostgreSQL 63 bytes, MySQL 64 characters)",
  fix: 'choose a shorter name where the plan chooses it; where the product fixes it, check that no longer name was cut to it, then acknowledge',
  check: (p) => {
    const { maxIdentifierLength: max, identifierUnit: unit } = p.dialect.rules;
    return p.steps.flatMap((s) =>
      [...newNames(s.before, s.after, (name) => identifierLength(p.dialect.rules, name) === max)].map(([k]) => ({ step: s, message: `${k} is ${max} ${unit} long, the most ${p.dialect.script.engineName} allows` })),
    );
  },
};
