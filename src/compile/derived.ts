// Derived install plans (product.yaml `derived_installs:`): the install 0 → V of a version without a written
// 0-V.yaml, made from the model so that it cannot drift from the written chain. The chain 0 → … → V is replayed in
// the model (no SQL), and its data steps on the rows they meet (a fresh database holds only the rows the chain
// itself writes: the insert steps, and what copies and updates make of them). The install then creates the model
// at V directly, with the operations the plans use: each table with its final columns, primary key, unique keys,
// foreign keys and checks (tables a foreign key references first; a foreign key of a cycle added once both tables
// exist), its indexes, and its rows. The compiler applies those operations to the empty model and refuses the
// install unless it gives the chain's model exactly (compile.ts).
import { lookup, rowTestHolds, textAfter, textBefore } from './row-values.js';
import { derivedId } from './derived-id.js';
import type { Dialect } from '../dialects/dialect.js';
import { defaultAsValue, emptyModel, type Model, type Table } from '../model/model.js';
import { applyOp, type Op, type ParamValues } from '../operations/index.js';
import { facetsOf, valueKey } from './facets.js';
import type { LoadedPlan, Scalar, ValueExpr } from '../plan/types.js';
import { PlanError } from '../plan/errors.js';

/** The written plans of `plans`, each derived install replaced by the chain it is derived from. */
export function expandDerived(plans: LoadedPlan[]): LoadedPlan[] {
  return plans.flatMap((p) => (p.derived ? p.derivedFrom! : [p]));
}

/** "0 → 3.3 → 3.4 → … → 6.0": the versions a derived install is derived through. */
export function derivedPath(plan: LoadedPlan): string {
  return ['0', ...plan.derivedFrom!.map((x) => x.plan.to)].join(' → ');
}

type Row = Record<string, Scalar | null>;
type Where = { column: string; is_null?: boolean; equals?: Scalar | { param: string }; not_equals?: Scalar | { param: string }; in?: Scalar[] } | undefined;

/** One operation of the replayed chain, with the model before it (its table's columns and defaults). */
export interface ChainOp {
  op: Op;
  before: Model;
  /** Where it comes from, for messages: "5.0 → 6.0 step 4". */
  where: string;
}

const same = (a: Scalar | null | undefined, b: Scalar | null | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function matches(row: Row, w: Where, params: ParamValues): boolean {
  if (!w) return true;
  const v = row[w.column] ?? null;
  if (w.is_null !== undefined) return w.is_null ? v === null : v !== null;
  const value = (x: Scalar | { param: string } | undefined) => (x !== null && typeof x === 'object' ? params[x.param] : x);
  if (w.not_equals !== undefined) return v !== null && !same(v, value(w.not_equals));
  if (w.in !== undefined) return v !== null && w.in.some((x) => same(v, x));
  return v !== null && same(v, value(w.equals));
}

/** A value of a data step on `row` (the engines' rules: a concatenation with a NULL part is NULL). */
function evaluate(e: ValueExpr, row: Row, params: ParamValues, where: string): Scalar | null {
  if ('literal' in e) return e.literal;
  if ('column' in e) return row[e.column] ?? null;
  if ('param' in e) return params[e.param] ?? null;
  if ('coalesce' in e) return e.coalesce.map((x) => evaluate(x, row, params, where)).find((v) => v !== null) ?? null;
  if ('derived_id' in e) {
    const of = evaluate(e.derived_id.of, row, params, where);
    return of === null ? null : derivedId(e.derived_id.prefix, e.derived_id.length, String(of));
  }
  if ('now' in e) throw new PlanError(`a derived install cannot replay ${where}: it writes the time it runs, which the model cannot know`);
  if ('derived_uuid' in e) throw new PlanError(`a derived install cannot replay ${where}: its derived UUID is each engine's own (MD5 or derived-id.ts)`);
  if ('each' in e) throw new Error(`{ each: ${e.each} } outside a for_each step at ${where}`);
  const text = (x: ValueExpr): string | null => {
    const v = evaluate(x, row, params, where);
    return v === null ? null : String(v);
  };
  if ('before' in e) {
    const v = text(e.before.of);
    return v === null ? null : textBefore(v, e.before.separator);
  }
  if ('after' in e) {
    const v = text(e.after.of);
    return v === null ? null : textAfter(v, e.after.separator);
  }
  if ('lookup' in e) {
    const v = text(e.lookup.of);
    return v === null ? null : lookup(v, params[e.lookup.param]);
  }
  if ('text' in e) {
    const v = evaluate(e.text, row, params, where);
    if (typeof v === 'boolean') throw new PlanError(`a derived install cannot replay ${where}: it writes a boolean as text, which the engines spell differently`);
    return v === null ? null : String(v);
  }
  if ('lower' in e) {
    const v = text(e.lower);
    return v === null ? null : v.toLowerCase();
  }
  if ('json' in e || 'json_object' in e) throw new PlanError(`a derived install cannot replay ${where}: it writes JSON, whose text each engine spells its own way`);
  if ('source' in e) throw new Error(`{ source: ${e.source} } outside an import_rows step at ${where}`);
  if ('case' in e) {
    return rowTestHolds(e.case.when, (x) => evaluate(x, row, params, where)) ? evaluate(e.case.then, row, params, where) : e.case.else ? evaluate(e.case.else, row, params, where) : null;
  }
  const parts = e.concat.map((x) => evaluate(x, row, params, where));
  if (parts.some((p) => p === null)) return null;
  if (parts.some((p) => typeof p === 'boolean')) throw new PlanError(`a derived install cannot replay ${where}: it concatenates a boolean, which the engines spell differently`);
  return parts.join('');
}

/**
 * The rows the chain leaves in each table of a fresh database: its data steps replayed on the rows of the steps
 * before them, a table's rows following it through renames, new columns filled with their default.
 * @returns rows by table, in the order the chain writes them, each with every column of its table
 * @throws PlanError for a step whose effect on rows the model cannot know (raw_sql)
 */
export function chainRows(chain: ChainOp[], params: ParamValues): Map<string, Row[]> {
  const rows = new Map<string, Row[]>();
  const keyOf = (m: Model, table: string, r: Row) => {
    const t = m.tables.find((x) => x.name === table)!;
    return JSON.stringify((t.primaryKey?.columns ?? t.columns.map((c) => c.name)).map((c) => r[c] ?? null));
  };
  const full = (t: Table, given: Row): Row => Object.fromEntries(t.columns.map((c) => [c.name, c.name in given ? given[c.name] : defaultAsValue(c)]));
  const add = (m: Model, table: string, r: Row) => {
    const t = m.tables.find((x) => x.name === table)!;
    const list = rows.get(table)!;
    const row = full(t, r);
    // As the statement does: a row whose key is there already is not written again.
    if (!list.some((x) => keyOf(m, table, x) === keyOf(m, table, row))) list.push(row);
  };
  for (const { op, before, where } of chain) {
    switch (op.kind) {
      case 'create_table':
        rows.set(op.table.name, []);
        break;
      case 'create_partition':
        rows.set(op.name, []);
        break;
      case 'drop_table':
        rows.delete(op.name);
        break;
      case 'rename_table':
        rows.set(op.to, rows.get(op.from)!);
        rows.delete(op.from);
        break;
      case 'add_column':
        for (const r of rows.get(op.table)!) r[op.column.name] = defaultAsValue(op.column);
        break;
      case 'drop_column':
      case 'drop_leftover_column': {
        const name = op.kind === 'drop_column' ? op.column : op.column.name;
        for (const r of rows.get(op.table)!) delete r[name];
        break;
      }
      case 'rename_column':
        for (const r of rows.get(op.table)!) {
          r[op.to] = r[op.from];
          delete r[op.from];
        }
        break;
      case 'insert':
        for (const r of op.rows) add(before, op.table, r);
        break;
      case 'delete_where':
        rows.set(op.table, rows.get(op.table)!.filter((x) => !matches(x, op.where, params)));
        break;
      case 'delete_rows':
        rows.set(op.table, rows.get(op.table)!.filter((x) => !op.rows.some((r) => keyOf(before, op.table, { ...x, ...r }) === keyOf(before, op.table, x))));
        break;
      case 'copy_rows':
        for (const src of [...rows.get(op.from)!]) {
          if (!matches(src, op.where, params)) continue;
          if ((op.skip ?? []).some((s) => rowTestHolds(s.when, (x) => evaluate(x, src, params, where)))) continue;
          const row: Row = Object.fromEntries(Object.entries(op.values).map(([c, e]) => [c, evaluate(e, src, params, where)]));
          // As the statement does: a row whose key (op.key, else the primary key) is there already is not copied.
          if (op.key && rows.get(op.into)!.some((x) => op.key!.every((c) => same(x[c], row[c])))) continue;
          add(before, op.into, row);
        }
        break;
      case 'update':
        for (const r of rows.get(op.table)!) {
          if (!matches(r, op.where, params)) continue;
          let src: Row | undefined = r;
          if (op.from) {
            const on = Object.entries(op.from.on);
            src = rows.get(op.from.table)!.find((x) => on.every(([mine, theirs]) => r[mine] !== null && same(r[mine], x[theirs])));
            if (!src) continue;
          }
          const values = Object.entries(op.set).map(([c, e]) => [c, evaluate(e, src, params, where)] as const);
          for (const [c, v] of values) r[c] = v;
        }
        break;
      case 'raw_sql':
        throw new PlanError(`a derived install cannot replay ${where} (raw_sql: the model does not know what it does to the schema or the rows); write the install plan 0-<version>.yaml by hand, or leave the version out of derived_installs`);
      default:
        break;
    }
  }
  return rows;
}

/**
 * The operations of the install that creates `final` (the model at V) in an empty database, with `rows` (chainRows).
 * Tables in the order of `final`, each after the tables its foreign keys reference; a foreign key that closes a
 * cycle is added once every table exists. A table's indexes follow it; where foreign keys need an index
 * (`rules.foreignKeyNeedsIndex`: MySQL) they are part of its CREATE TABLE, as the engine would otherwise make one
 * of its own. Rows follow their table, every column given.
 */
export function installOps(d: Dialect, final: Model, rows: Map<string, Row[]>, earlier: Model[] = []): Op[] {
  // The schemas of earlier versions that are a part of this one (each object at its final definition): a run of
  // the install cut short must never leave one of them, or its version check could not tell that version's
  // database from a partial install. The table made last, or changed last, leads then (after the tables it
  // references, or before them with its foreign keys to them added at the end), so every part of the install
  // holds something none of them has.
  const listing = (m: Model) => new Set([...facetsOf(m)].filter(([, f]) => f.value !== null).map(([k, f]) => `${k}=${valueKey(f.value)}`));
  const all = listing(final);
  const parts = earlier.map(listing).filter((x) => x.size > 0 && x.size < all.size && [...x].every((k) => all.has(k)));
  const first = orderedOps(d, final, rows);
  if (parts.length === 0) return first;
  const leaves = (ops: Op[]) => {
    let m: Model = emptyModel(final.dialect);
    for (const op of ops) {
      m = applyOp(d, m, op);
      const now = listing(m);
      if (parts.some((x) => x.size === now.size && [...now].every((k) => x.has(k)))) return true;
    }
    return false;
  };
  if (!leaves(first)) return first;
  const missingEverywhere = (t: Table) => {
    const own = listing({ ...final, tables: [t] });
    return parts.every((x) => [...own].some((k) => !x.has(k)));
  };
  for (const lead of [...final.tables].reverse().filter(missingEverywhere)) {
    for (const deferLead of [false, true]) {
      const ops = orderedOps(d, final, rows, lead.name, deferLead);
      if (!leaves(ops)) return ops;
    }
  }
  return first;
}

/** installOps in one order: `lead` first (after the tables it references, or with its foreign keys to them deferred). */
function orderedOps(d: Dialect, final: Model, rows: Map<string, Row[]>, lead?: string, deferLead = false): Op[] {
  const byName = new Map(final.tables.map((t) => [t.name, t]));
  const order: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const deferred: { table: string; fk: Table['foreignKeys'][number] }[] = [];
  const visit = (t: Table): void => {
    // A partition comes with its parent (see below).
    if (t.partitionOf) return visit(byName.get(t.partitionOf.parent)!);
    if (state.get(t.name)) return;
    state.set(t.name, 'visiting');
    if (!(deferLead && t.name === lead)) {
      for (const fk of t.foreignKeys) {
        const ref = byName.get(fk.refTable);
        if (ref && ref !== t && state.get(ref.name) !== 'visiting') visit(ref);
      }
    }
    state.set(t.name, 'done');
    order.push(t);
  };
  if (lead) visit(byName.get(lead)!);
  for (const t of final.tables) visit(t);
  const created = new Set<string>();
  const ops: Op[] = [];
  for (const t of order) {
    if (t.partitionOf) continue;
    const now = t.foreignKeys.filter((fk) => fk.refTable === t.name || created.has(fk.refTable));
    for (const fk of t.foreignKeys) if (!now.includes(fk)) deferred.push({ table: t.name, fk });
    const inline = d.rules.foreignKeyNeedsIndex;
    ops.push({ kind: 'create_table', table: { ...t, foreignKeys: now, indexes: inline ? t.indexes : [] } });
    created.add(t.name);
    // A partitioned table's partitions follow it, then its indexes (ON ONLY the table; each partition gets its own,
    // named by the engine, as in the chain).
    for (const p of final.tables.filter((x) => x.partitionOf?.parent === t.name)) {
      ops.push({ kind: 'create_partition', name: p.name, of: t.name, bound: p.partitionOf!.bound });
      created.add(p.name);
    }
    if (!inline) {
      for (const { onPartitioned: _only, ...ix } of t.indexes) ops.push({ kind: 'create_index', table: t.name, index: ix });
    }
    const list = rows.get(t.name) ?? [];
    if (list.length) ops.push({ kind: 'insert', table: t.name, rows: list.map((r) => Object.fromEntries(t.columns.map((c) => [c.name, r[c.name] ?? null]))) });
  }
  for (const { table, fk } of deferred) ops.push({ kind: 'add_foreign_key', table, fk });
  return ops;
}

/** A model as text for comparing two models exactly: its tables by name, each as JSON. */
export function modelText(m: Model): string {
  return [...m.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((t) => JSON.stringify(t)).join('\n');
}
