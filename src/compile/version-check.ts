// The version check: before its first change, a script establishes from the catalog that the database is at
// `from`, at `to`, or at a state between them on this very script's path (a resumed run). It compares every
// object of the product's tables by definition: each object the database has must have a definition some
// state of the path gives it, each object every state has must be there, and a product table may hold no
// object that no state knows. Objects the script itself re-creates or repairs (keys, foreign keys, indexes)
// may have any definition: their drift is repaired by the guards, not a reason to stop.
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../model/model.js';
import { facetKey, facetsOf, valueKey, type Facet, type FacetValue } from './facets.js';
import type { GuardInput } from './guards.js';

/** What the dialect needs to write the check (and the completion line). */
export interface VersionCheckSpec {
  /** The tables to look at: every table of the product, at any version, and every table of the path. */
  tables: string[];
  /** The tables some state of the script's path has (by the names the catalog shows them under), sorted. */
  pathTables: string[];
  /** (object, definition) rows a database on this path may show, in every spelling the engine may use. */
  allowed: [string, string][];
  /** Objects every state of the path has. */
  required: string[];
  /** Objects the script re-creates or repairs: any definition is accepted. */
  repairable: string[];
  /**
   * (if, then, message): when object `if` exists, object `then` must exist too, else the check stops with
   * `message`. The objects a script creates and never drops again appear in the order of its statements: a run
   * cut short has created a prefix of them, all the objects of one statement (a table with its columns and keys)
   * or none. So a database holding some of them but not one created with or before them is on no state of the
   * path (an earlier version of the product, whose tables are a subset of the new ones, say). Likewise the
   * objects a script drops for good: one still there implies those it drops with or after it. Installs and
   * teardowns only (versionCheckSpec `ordered`); empty for other scripts.
   */
  implied: [string, string, string][];
  /** The sentence that opens the stop message, e.g. "this database is not at supertokens 5.0, 6.0 or between them". */
  what: string;
  /** What to do, for the stop message. */
  hint: string;
  /**
   * The product's places some state of the path keeps objects in (schema or database name, and what its absence
   * means): when the check fails and such a place does not exist, its message comes first (a wrong id, most likely).
   */
  places?: { name: string; message: string }[];
  /**
   * The schema every object of the script is in, named by a parameter (product.yaml naming `schema:`, e.g.
   * SuperTokens' postgresql_table_schema), and the message for its absence: no script creates it, so the check
   * stops with that message first, whatever else it finds, when it does not exist.
   */
  schema?: { name: string; message: string };
  /**
   * The state the script ends at (a spec of it alone: versionCheckSpec(d, end, [], …)), answered by the same query
   * from the same list of expected rows (expectedRows: each row flagged for the path, the target or both), so that a
   * script carries the catalog expectation once. With `already`, a database found at the target as the script starts
   * is a second run: a dialect with `script.atomic` stops with that line before anything else, the others remember it
   * for `completion`. A dialect may also keep the target's rows for its end check and completion line (SQLite: a TEMP
   * table). Its `implied` must be empty (a single state implies nothing).
   */
  target?: { spec: VersionCheckSpec; already?: string };
}

/** A row of expectedRows that the version check accepts (path) or that the target state has (target). */
export const ON_PATH = 1;
export const AT_TARGET = 2;

/** The expected catalog rows of a version check and of its target, merged into one flagged list (see expectedRows). */
export interface ExpectedRows {
  /** (object, definition, flags): ON_PATH the path's check accepts it, AT_TARGET the target has it; by object, definition. */
  allowed: [string, string, number][];
  /** (object, its missing message, flags): ON_PATH every state of the path has it, AT_TARGET the target has it. */
  required: [string, string, number][];
  /** Every table either check reads, sorted. */
  tables: string[];
  /** Tables the path's check reads and the target's does not (their objects do not count against the target). */
  pathOnlyTables: string[];
  /** Tables the target's check reads and the path's does not. */
  targetOnlyTables: string[];
  /** Objects the target's check accepts at any definition. */
  targetRepairable: string[];
}

/**
 * One list for both questions a version check with `spec.target` answers: is the database on the path, and is it at
 * the target. Each (object, definition) pair and each required object appears once, with the flags of the checks it
 * belongs to; without `spec.target` every row is ON_PATH alone.
 * @throws Error when the target's spec implies objects (it is one state: it never does)
 */
export function expectedRows(spec: VersionCheckSpec): ExpectedRows {
  const t = spec.target?.spec;
  if (t && t.implied.length) throw new Error('internal: a target state implies no objects');
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const allowed = new Map<string, [string, string, number]>();
  const mark = (k: string, def: string, flag: number) => {
    const id = `${k}\0${def}`;
    const row = allowed.get(id);
    if (row) row[2] |= flag;
    else allowed.set(id, [k, def, flag]);
  };
  for (const [k, def] of spec.allowed) mark(k, def, ON_PATH);
  for (const [k, def] of t?.allowed ?? []) mark(k, def, AT_TARGET);
  const required = new Map<string, number>();
  for (const k of spec.required) required.set(k, ON_PATH);
  for (const k of t?.required ?? []) required.set(k, (required.get(k) ?? 0) | AT_TARGET);
  const pathTables = new Set(spec.tables);
  const targetTables = new Set(t?.tables ?? spec.tables);
  return {
    allowed: [...allowed.values()].sort((a, b) => byText(a[0], b[0]) || byText(a[1], b[1])),
    required: [...required].sort((a, b) => byText(a[0], b[0])).map(([k, f]) => [k, missingMessage(k), f]),
    tables: [...new Set([...pathTables, ...targetTables])].sort(byText),
    pathOnlyTables: t ? [...pathTables].filter((x) => !targetTables.has(x)).sort(byText) : [],
    targetOnlyTables: [...targetTables].filter((x) => !pathTables.has(x)).sort(byText),
    targetRepairable: t?.repairable ?? [],
  };
}

/**
 * The check's specification for a script.
 * @param d the dialect (it spells each object's rows)
 * @param start the model the script starts from
 * @param statements the script's statements, with their effects, in order
 * @param productTables every table name the product has at any version
 * @param ordered whether the order of the script's statements is checked too (`implied`): for an install or a
 *   teardown (from or to the empty database), where only this script makes or drops the product's tables; an
 *   upgrade also finishes what another tool's run of the same step left half done, object by object
 */
export function versionCheckSpec(d: Dialect, start: Model, statements: GuardInput[], productTables: Iterable<string>, what: string, hint: string, ordered = false): VersionCheckSpec {
  // Every value each facet takes along the path (null: absent at some state).
  const values = new Map<string, { facet: Facet; seen: Map<string, FacetValue | null> }>();
  const note = (f: Facet) => {
    const k = facetKey(f.ref);
    let e = values.get(k);
    if (!e) values.set(k, (e = { facet: f, seen: new Map() }));
    e.seen.set(valueKey(f.value), f.value);
  };
  const initial = facetsOf(start);
  for (const f of initial.values()) note(f);
  const changed = new Set<string>();
  for (const s of statements) {
    // What an earlier upstream script may have left: accepted at that definition, and absent (never required).
    for (const f of s.tolerates ?? []) {
      if (!values.has(facetKey(f.ref))) note({ ref: f.ref, value: null });
      note(f);
    }
    for (const e of s.effects) {
      const k = facetKey(e.ref);
      if (!initial.has(k) && !values.has(k)) note({ ref: e.ref, value: null });
      note(e);
      changed.add(k);
    }
  }
  const allowed = new Map<string, [string, string]>();
  const required = new Set<string>();
  const repairable = new Set<string>();
  const tables = new Set<string>(productTables);
  const pathTables = new Set<string>();
  for (const [k, { facet, seen }] of values) {
    tables.add(facet.ref.table);
    if (facet.ref.type === 'table' && [...seen.values()].some((v) => v !== null)) pathTables.add(facet.ref.table);
    const rowSets = [...seen].map(([vk, v]) => (v === null ? null : rowsOf(d, k, vk, { ref: facet.ref, value: v })));
    for (const rows of rowSets) for (const r of rows ?? []) for (const def of r.defs) allowed.set(`${r.key}\0${def}`, [r.key, def]);
    if (!rowSets.includes(null)) {
      const keys = rowSets.map((rows) => new Set(rows!.map((r) => r.key)));
      for (const key of keys[0]) if (keys.every((s) => s.has(key))) required.add(key);
    }
    if (changed.has(k) && facet.ref.type !== 'table' && facet.ref.type !== 'column') {
      for (const rows of rowSets) for (const r of rows ?? []) repairable.add(r.key);
    }
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const implied = ordered ? impliedObjects(d, initial, statements, repairable) : [];
  return {
    tables: [...tables].sort(byText),
    pathTables: [...pathTables].sort(byText),
    allowed: [...allowed.values()].sort((a, b) => byText(a[0], b[0]) || byText(a[1], b[1])),
    required: [...required].sort(byText),
    repairable: [...repairable].sort(byText),
    implied,
    what,
    hint,
  };
}

/** The catalog rows of each definition, by the dialect's catalogRows and `${facetKey}\0${valueKey}`. */
const catalogRowsSeen = new WeakMap<Dialect['catalog']['catalogRows'], Map<string, { key: string; defs: string[] }[]>>();

/** At most this many definitions are remembered per dialect (a build of every bundled product sees ≈10,000). */
const CATALOG_ROWS_KEPT = 50_000;

/**
 * `d.catalog.catalogRows(f)`, computed once per definition: a function of the facet alone (its key `k` and the text
 * of its value `vk`), asked again by every compile that passes through the same state of a product.
 */
function rowsOf(d: Dialect, k: string, vk: string, f: Facet): { key: string; defs: string[] }[] {
  let seen = catalogRowsSeen.get(d.catalog.catalogRows);
  if (!seen) catalogRowsSeen.set(d.catalog.catalogRows, (seen = new Map()));
  const id = `${k}\0${vk}`;
  let rows = seen.get(id);
  if (!rows) {
    if (seen.size >= CATALOG_ROWS_KEPT) seen.clear();
    seen.set(id, (rows = d.catalog.catalogRows(f)));
  }
  return rows;
}

/** "table t" / "column c of table t": an object's key in words. */
function objectWords(key: string): string {
  const [kind, rest] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
  if (kind === 'table') return key;
  const dot = rest.indexOf('.');
  return `${kind.replace('_', ' ')} ${rest.slice(dot + 1)} of table ${rest.slice(0, dot)}`;
}

/**
 * The order in which a script creates the objects it creates for good (absent where it starts, present from one
 * statement on to its end), and drops those it drops for good, as implications. Each statement's objects have an
 * anchor (its table when it creates one): the anchor and each other object imply each other, and the anchor implies
 * the anchor of the statement before (and the objects of statements between them that have none). Their transitive
 * closure is "an object implies every object created with or before it" (dropped: "with or after it"); each pair is
 * checked on its own, so some pair fails whenever that does. An object the script repairs implies nothing (its name
 * may be held by something else: the index a failed build left), so a statement of such objects only has none.
 */
function impliedObjects(d: Dialect, initial: Map<string, Facet>, statements: GuardInput[], repairable: Set<string>): [string, string, string][] {
  const keysOf = (f: Facet) => (f.value ? d.catalog.catalogRows(f).map((r) => r.key) : []);
  const current = new Map<string, string[]>();
  const count = new Map<string, number>();
  const bump = (keys: string[], by: number) => keys.forEach((k) => count.set(k, (count.get(k) ?? 0) + by));
  for (const [k, f] of initial) {
    current.set(k, keysOf(f));
    bump(current.get(k)!, 1);
  }
  const atStart = new Set([...count].filter(([, n]) => n > 0).map(([k]) => k));
  const first = new Map<string, number>();
  const dropped = new Set<string>();
  // Objects there at the start that a statement drops (and none brings back): by the statement that drops them.
  const gone = new Map<string, number>();
  const back = new Set<string>();
  statements.forEach((s, i) => {
    const touched = new Set<string>();
    for (const e of s.effects) {
      const k = facetKey(e.ref);
      const old = current.get(k) ?? [];
      const now = keysOf(e);
      bump(old, -1);
      bump(now, 1);
      current.set(k, now);
      for (const x of [...old, ...now]) touched.add(x);
    }
    for (const x of touched) {
      if (atStart.has(x)) {
        if ((count.get(x) ?? 0) === 0) {
          if (!gone.has(x)) gone.set(x, i);
        } else if (gone.has(x)) back.add(x);
        continue;
      }
      if ((count.get(x) ?? 0) > 0) {
        if (!first.has(x)) first.set(x, i);
      } else if (first.has(x)) dropped.add(x);
    }
  });
  const out: [string, string, string][] = [];
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Groups in the order the objects' presence is implied: `order` sorts statement indexes so that an object of a
  // group implies the objects of every group before it. An object the script repairs (any definition accepted)
  // implies nothing: a same-named object left by something else (an index a failed build left) may hold its name.
  const chain = (by: Map<string, number>, skip: Set<string>, order: (a: number, b: number) => number, together: string, before: (k: string, anchor: string) => string) => {
    const groups = new Map<number, string[]>();
    for (const [k, i] of by) if (!skip.has(k)) (groups.get(i) ?? groups.set(i, []).get(i)!).push(k);
    let pending: string[] = [];
    for (const i of [...groups.keys()].sort(order)) {
      const keys = groups.get(i)!.sort(byText);
      const free = keys.filter((k) => !repairable.has(k));
      const anchor = free.find((k) => k.startsWith('table ')) ?? free[0];
      if (anchor === undefined) {
        pending.push(...keys);
        continue;
      }
      for (const k of keys) {
        if (k === anchor) continue;
        out.push([anchor, k, `${missingMessage(k)}, which this script ${together} ${objectWords(anchor)}`]);
        if (!repairable.has(k)) out.push([k, anchor, `${missingMessage(anchor)}, which this script ${together} ${objectWords(k)}`]);
      }
      for (const k of pending) out.push([anchor, k, `${missingMessage(k)}, which ${before(k, anchor)}`]);
      pending = [anchor];
    }
  };
  // Created: an object implies those the script creates with or before it.
  chain(first, dropped, (a, b) => a - b, 'creates together with', (_k, anchor) => `this script creates before ${objectWords(anchor)}`);
  // Dropped: an object still there implies those the script drops with or after it.
  chain(gone, back, (a, b) => b - a, 'drops together with', (_k, anchor) => `this script drops only after ${objectWords(anchor)} (still there)`);
  return out;
}

/** "table t is missing" / "table t has no column c": the stop message for a required object. */
export function missingMessage(key: string): string {
  const [kind, rest] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
  if (kind === 'table') return `table ${rest} is missing`;
  if (kind === 'enum_type') return `enum type ${rest} is missing`;
  const dot = rest.indexOf('.');
  return `table ${rest.slice(0, dot)} has no ${kind.replace('_', ' ')} ${rest.slice(dot + 1)}`;
}

/**
 * The check evaluated on a model instead of a database (the same rules the dialect's SQL applies to the catalog,
 * with the engine's first spelling): the first object that matches no state of `spec`, or undefined.
 */
export function firstMismatch(d: Dialect, spec: VersionCheckSpec, m: Model): string | undefined {
  const tables = new Set(spec.tables);
  const allowed = new Set(spec.allowed.map(([k, def]) => `${k}\0${def}`));
  const repairable = new Set(spec.repairable);
  const found = new Map<string, string>();
  for (const f of facetsOf(m).values()) {
    if (!tables.has(f.ref.table)) continue;
    for (const r of d.catalog.catalogRows(f)) found.set(r.key, r.defs[0]);
  }
  const problems: string[] = [];
  for (const [k, def] of [...found].sort()) if (!repairable.has(k) && !allowed.has(`${k}\0${def}`)) problems.push(`${k} is ${def}, which no version on this path has`);
  // A missing table (or enum type) is named before what it would have held, as the SQL orders them.
  const missing = spec.required.filter((k) => !found.has(k)).map(missingMessage);
  problems.push(...missing.filter((m) => m.endsWith(' is missing')).sort(), ...missing.filter((m) => !m.endsWith(' is missing')).sort());
  // The SQL orders the messages of a kind by their text: so does this, to name the same one first.
  const implied = spec.implied.filter(([a, b]) => found.has(a) && !found.has(b)).map(([, , m]) => m).sort();
  problems.push(...implied);
  return problems[0];
}
