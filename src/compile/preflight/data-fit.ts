// Data that does not fit the next version. Before a step that narrows a column (a shorter VARCHAR or CHAR, TEXT
// to either), makes a column NOT NULL, adds a primary key, a unique key or a unique index, adds a foreign key, or
// rolls back past a `rollback_only_values` step, the script counts the rows that would not fit and stops, before
// its first change (MySQL has no transactional DDL), with the count, the first few keys and what to do.
//
// Every check is derived from the model: from each operation and the models before and after it (the facets it
// changes), never written per plan. A check reads the data as it is when the script starts, so it is made only
// when what it reads is that data: tables and columns the database has at the start (followed back through the
// script's renames), which no earlier step of the script writes rows into. Each check runs under the guard the
// model derives for its step (as `executable()` does for a `stop` statement): a resumed run that has passed the
// step does not check it again, and a re-run of a finished script reads no row. The rows are read only once the
// catalog also shows every table and column the check reads.
//
// A column the script adds is not start data, but what it holds in the start data's rows is known: ADD COLUMN gives
// every row the column's default (NULL without one). A unique key or foreign key on such a column is checked with it
// as that one value: a unique key on it alone needs at most one row, with start columns it needs them unique, and a
// foreign key needs the parent to hold the default.
import type { Dialect, RowCheck } from '../../dialects/dialect.js';
import { findColumn, findTable, isCurrentTimestamp, plainIndexColumns, type Column, type Model, type Table } from '../../model/model.js';
import type { Scalar } from '../../plan/types.js';
import type { Op, Statement } from '../../operations/index.js';
import { tablesWithValues } from '../../operations/rollback_only_values.js';
import type { LoadedPlan } from '../../plan/types.js';
import { and, facetIsNot, type Predicate } from '../facets.js';
import { Sql, joinSql, sql } from '../sql.js';
import { plural as counted } from '../../plural.js';

/** One operation of the script as compile() renders it. */
interface RenderedOp {
  e: { op: Op; before: Model; after: Model };
  statements: Statement[];
}

/** The checks of one step, before the script's first change: a comment and the statements. */
export interface DataFitCheck {
  comment: Sql;
  statements: Sql[];
}

/** A check found on one operation: the rows (start names), the columns it reads, and its message parts. */
interface Found {
  reads: { table: string; column: string }[];
  check: RowCheck;
  what: string;
}

/**
 * What a column added by the script holds in every row the table had at the start: the one value its ADD COLUMN
 * gives them all (its default; `now`: the time of the statement, one value too, unknown to the compiler), or null
 * (NULL in every row).
 */
interface Constant {
  constant: Scalar | 'now' | null;
}

/** Where a column's values come from at some point of the script: a column of the start data (its start name), or one value in every row. */
type Source = { start: string } | Constant;

/**
 * Names at the start of the script for the tables and columns of each point of it (null: made or written by the
 * script; a Constant: added by the script, the same value in every row of the start data).
 */
class Origins {
  private tables = new Map<string, { name: string; columns: Map<string, string | Constant | null> } | null>();

  constructor(start: Model) {
    for (const t of start.tables) this.tables.set(t.name, { name: t.name, columns: new Map(t.columns.map((c) => [c.name, c.name])) });
  }

  /** The start name of table `name` (now), when its rows are the ones the database had at the start. */
  table(name: string): string | undefined {
    return this.tables.get(name)?.name;
  }

  /** The start names of columns `cols` of table `name` (now), when each is as the database had it at the start. */
  columns(name: string, cols: string[]): string[] | undefined {
    const t = this.tables.get(name);
    if (!t) return undefined;
    const out = cols.map((c) => t.columns.get(c));
    return out.every((c): c is string => typeof c === 'string') ? out : undefined;
  }

  /**
   * Where the values of columns `cols` of table `name` (now) come from, when each is a column of the start data or
   * one value the script gave every row of it (undefined otherwise).
   */
  sources(name: string, cols: string[]): Source[] | undefined {
    const t = this.tables.get(name);
    if (!t) return undefined;
    const out: (Source | undefined)[] = cols.map((c) => {
      const o = t.columns.get(c);
      return typeof o === 'string' ? { start: o } : (o ?? undefined);
    });
    return out.every((c): c is Source => c !== undefined) ? out : undefined;
  }

  /** Follows one operation: renames carry names, creations and data steps leave nothing the start data can tell. */
  follow(op: Op): void {
    const t = (name: string) => this.tables.get(name);
    switch (op.kind) {
      case 'create_table': this.tables.set(op.table.name, null); break;
      case 'drop_table': this.tables.set(op.name, null); break;
      case 'rename_table': this.tables.set(op.to, t(op.from) ?? null); this.tables.set(op.from, null); break;
      // Every row the table has takes the new column's default (PostgreSQL, MySQL and SQLite alike), or NULL without one;
      // an identity numbers them, and a NOT NULL column without a default is the engine's own matter.
      case 'add_column': t(op.table)?.columns.set(op.column.name, addedValue(op.column)); break;
      // (a constant converted to another type is not the value the plan wrote any more)
      case 'alter_column_type': {
        const x = t(op.table);
        if (x && typeof x.columns.get(op.column) === 'object') x.columns.set(op.column, null);
        break;
      }
      case 'drop_column': t(op.table)?.columns.set(op.column, null); break;
      case 'rename_column': {
        const x = t(op.table);
        if (x) {
          x.columns.set(op.to, x.columns.get(op.from) ?? null);
          x.columns.set(op.from, null);
        }
        break;
      }
      case 'insert':
      case 'delete_rows':
      case 'delete_where':
      case 'update': this.tables.set(op.table, null); break;
      case 'copy_rows':
      case 'delete_copied': this.tables.set(op.into, null); break;
      // Raw SQL may write anything: no later check can read the start data.
      case 'raw_sql': for (const k of this.tables.keys()) this.tables.set(k, null); break;
      default: break;
    }
  }
}

/** The one value ADD COLUMN gives every existing row, or null where that is not one known kind of value. */
function addedValue(c: Column): Constant | null {
  if (c.identity) return null;
  if (c.default === undefined) return c.nullable ? { constant: null } : null;
  return { constant: isCurrentTimestamp(c.default) ? 'now' : c.default };
}

const LENGTH = /^(VARCHAR|CHAR)\((\d+)\)$/;

/** The longest value in characters a type holds (undefined: not a character type this check compares). */
function maxChars(type: string): number | undefined {
  if (type === 'TEXT') return Infinity;
  const m = LENGTH.exec(type);
  return m ? Number(m[2]) : undefined;
}

const plural = (one: string, many: string) => ({ one, many });

/**
 * Every check of the script, in the order of its steps, for the statements right after the version check.
 * @param rendered each plan of the script with its operations and their statements, in order
 * @param guardOf the derived guard of every statement the script runs
 * @param direction up or down; @param from the version the database is at (what it can stay at)
 */
export function dataFitChecks(
  d: Dialect,
  start: Model,
  rendered: { sec: { plan: LoadedPlan }; ops: RenderedOp[] }[],
  guardOf: Map<Statement, Predicate>,
  direction: 'up' | 'down',
  from: string,
): DataFitCheck[] {
  const origins = new Origins(start);
  // Columns (start names, by start table) an earlier check holds to one value: a key on them and others is as
  // unique as a key on the others alone, so what the start data's keys imply is not counted again.
  const constant = new Map<string, Set<string>>();
  const pending: { found: Found[]; guard?: Predicate }[] = [];
  const waiting: { found: Found[]; guard?: Predicate }[] = [];
  for (const { sec, ops } of rendered) {
    const target = direction === 'up' ? sec.plan.plan.to : sec.plan.plan.from;
    for (const { e, statements } of ops) {
      const run = statements.filter((st) => guardOf.has(st));
      // The guard of the next statement the script runs is the guard at this point: a step without statements
      // of its own (rollback_only_values) is checked while the database has not gone past it.
      if (run.length) for (const w of waiting.splice(0)) w.guard = guardOf.get(run[0])!;
      const found = run.length || statements.length === 0 ? derive(d, e.op, e.before, e.after, start, origins, target, from, constant) : [];
      if (found.length) {
        const item = { found, guard: run.length ? guardOf.get(run[run.length - 1]) : undefined };
        pending.push(item);
        if (!run.length) waiting.push(item);
      }
      origins.follow(e.op);
    }
  }
  const out: DataFitCheck[] = [];
  for (const { found, guard } of pending) {
    for (const f of found) {
      const reads = f.reads.map((r) => facetIsNot({ type: 'column', table: r.table, column: r.column }, null));
      const condition = and([...(guard ? [guard] : []), ...reads]);
      const empty = condition.kind === 'and' && condition.items.length === 0;
      out.push({ comment: d.syntax.comment(`data check: ${f.what}`), statements: d.guards.stopIfRows(empty ? undefined : d.guards.predicate(condition), f.check) });
    }
  }
  return out;
}

const ident = (d: Dialect, alias: string, name: string) => sql`${Sql.verbatim(alias)}.${d.syntax.ident(name)}`;
const keyList = (d: Dialect, alias: string, cols: string[]) => joinSql(cols.map((c, i) => sql`${ident(d, alias, c)} AS ${Sql.verbatim(`k${i + 1}`)}`), ', ');
/** The start names among `sources`, in order. */
const startNames = (sources: Source[]) => sources.flatMap((s) => ('start' in s ? [s.start] : []));
/** The columns of `cols` whose values are one value in every row, with it. */
const constantsOf = (cols: string[], sources: Source[]) => cols.flatMap((c, i) => (!('start' in sources[i]) ? [[c, sources[i] as Constant] as const] : []));
/** A constant as the messages show it. */
const shown = (v: Constant) => (v.constant === 'now' ? 'the time of the statement' : v.constant === null ? 'NULL' : typeof v.constant === 'string' ? `'${v.constant}'` : String(v.constant));
const list = (cols: string[]) => (cols.length === 1 ? cols[0] : `(${cols.join(', ')})`);

/** What names a row of `t` (start names): its primary key, else its first unique key, else `fallback`. */
function rowKey(t: Table, fallback: string[]): string[] {
  return t.primaryKey?.columns ?? t.uniques[0]?.columns ?? t.indexes.filter((i) => i.unique).map(plainIndexColumns).find(Boolean) ?? fallback;
}

/** The checks one operation needs, in start names (none when what it reads is not the start data). */
function derive(d: Dialect, op: Op, before: Model, after: Model, start: Model, origins: Origins, target: string, from: string, constant: Map<string, Set<string>>): Found[] {
  const found: Found[] = [];
  const stay = `or stay at ${from}.`;
  if (op.kind === 'rollback_only_values') {
    if (!op.rollingBack) return [];
    const cols = Object.keys(op.columns);
    const parts: Sql[] = [];
    const reads: Found['reads'] = [];
    for (const name of tablesWithValues(before, op)) {
      const t = findTable(before, name)!;
      const table = origins.table(name);
      const have = cols.filter((c) => findColumn(t, c));
      const mapped = table ? origins.columns(name, have) : undefined;
      if (!table || !mapped) continue;
      const at = new Map(have.map((c, i) => [c, mapped[i]]));
      const value = (c: string) => (at.has(c) ? ident(d, 'x', at.get(c)!) : d.syntax.literal(op.columns[c]));
      const differs = joinSql(have.map((c) => d.syntax.distinct(value(c), d.syntax.literal(op.columns[c]))), ' OR ');
      parts.push(sql`SELECT ${joinSql(cols.map((c, i) => sql`${value(c)} AS ${Sql.verbatim(`k${i + 1}`)}`), ', ')} FROM ${d.syntax.table(table)} x WHERE ${differs}`);
      reads.push(...mapped.map((column) => ({ table, column })));
      for (const c of mapped) constant.set(table, (constant.get(table) ?? new Set()).add(c));
    }
    if (!parts.length) return [];
    const values = Object.entries(op.columns).map(([c, v]) => `${c} other than ${typeof v === 'string' ? `'${v}'` : String(v)}`).join(' or ');
    found.push({
      reads,
      what: `rows that ${target} cannot hold: ${values}`,
      check: {
        rows: joinSql(parts, '\nUNION ALL '),
        keys: cols.length,
        ...plural(`row has ${values}, which ${target} cannot hold`, `rows have ${values}, which ${target} cannot hold`),
        label: `first ${cols.join(', ')}`,
        hint: `${op.hint.replace(/[.\s]+$/, '')}, ${stay}`,
      },
    });
    return found;
  }
  for (const ta of after.tables) {
    const tb = findTable(before, ta.name);
    if (!tb || tb === ta) continue;
    const table = origins.table(ta.name);
    if (!table) continue;
    const startTable = findTable(start, table)!;
    const startKey = (fallback: string[]) => rowKey(startTable, fallback);
    for (const ca of ta.columns) {
      const cb = findColumn(tb, ca.name);
      if (!cb) continue;
      const [column] = origins.columns(ta.name, [ca.name]) ?? [];
      if (!column) continue;
      const key = startKey([column]);
      const col = ident(d, 'x', column);
      const was = maxChars(cb.type);
      const now = maxChars(ca.type);
      if (was !== undefined && now !== undefined && now < was) {
        found.push({
          reads: [...new Set([...key, column])].map((c) => ({ table, column: c })),
          what: `${table}.${column} fits ${ca.type.toLowerCase()} (${target})`,
          check: {
            rows: sql`SELECT ${keyList(d, 'x', key)} FROM ${d.syntax.table(table)} x WHERE CHAR_LENGTH(${col}) > ${d.syntax.literal(now)}`,
            keys: key.length,
            ...plural(`row of ${table} has ${column} longer than ${counted(now, 'character')}, which ${target} cannot hold`, `rows of ${table} have ${column} longer than ${counted(now, 'character')}, which ${target} cannot hold`),
            label: `first keys${key.length > 1 ? ` ${list(key)}` : ''}`,
            hint: `Shorten or remove them, ${stay}`,
          },
        });
      }
      if (cb.nullable && !ca.nullable) {
        found.push({
          reads: [...new Set([...key, column])].map((c) => ({ table, column: c })),
          what: `${table}.${column} holds no NULL (${target})`,
          check: {
            rows: sql`SELECT ${keyList(d, 'x', key)} FROM ${d.syntax.table(table)} x WHERE ${col} IS NULL`,
            keys: key.length,
            ...plural(`row of ${table} has no ${column} (NULL), which ${target} requires`, `rows of ${table} have no ${column} (NULL), which ${target} requires`),
            label: `first keys${key.length > 1 ? ` ${list(key)}` : ''}`,
            hint: `Fill in ${column} or remove those rows, ${stay}`,
          },
        });
      }
    }
    // Keys that make rows unique: new ones, unless the table already had one on some of their columns.
    const uniqueSets = (t: Table) => [
      ...(t.primaryKey ? [{ name: t.primaryKey.name, columns: t.primaryKey.columns, what: 'primary key' }] : []),
      ...t.uniques.map((u) => ({ name: u.name, columns: u.columns, what: 'unique key' })),
      ...t.indexes.filter((i) => i.unique && plainIndexColumns(i)).map((i) => ({ name: i.name, columns: plainIndexColumns(i)!, what: 'unique index' })),
    ];
    const had = uniqueSets(tb);
    const fixed = constant.get(table) ?? new Set<string>();
    for (const u of uniqueSets(ta)) {
      if (had.some((h) => h.columns.every((c) => u.columns.includes(c)))) continue;
      const sources = origins.sources(ta.name, u.columns);
      if (!sources) continue;
      const cols = startNames(sources);
      const added = constantsOf(u.columns, sources);
      // A column NULL in every row: no two rows hold one key (NULLs are distinct in a unique key on every engine).
      if (added.some(([, c]) => c.constant === null)) continue;
      // A key of the start data on these columns and columns held to one value makes them unique already.
      if (uniqueSets(startTable).some((h) => h.columns.every((c) => cols.includes(c) || fixed.has(c)))) continue;
      const requires = `${target} requires to be unique (${u.what} ${u.name})`;
      if (added.length === 0) {
        // One row per value held more than once (one pass over the table, whatever the engine's plan for a join).
        const names = joinSql(cols.map((c) => ident(d, 'x', c)), ', ');
        found.push({
          reads: cols.map((c) => ({ table, column: c })),
          what: `${list(cols)} unique in ${table} (${target} ${u.what} ${u.name})`,
          check: {
            rows: sql`SELECT ${keyList(d, 'x', cols)} FROM ${d.syntax.table(table)} x WHERE ${joinSql(cols.map((c) => sql`${ident(d, 'x', c)} IS NOT NULL`), ' AND ')} GROUP BY ${names} HAVING COUNT(*) > 1`,
            keys: cols.length,
            ...plural(`${list(cols)} value of ${table} is held by more than one row, which ${requires}`, `${list(cols)} values of ${table} are each held by more than one row, which ${requires}`),
            label: `first ${list(cols)}`,
            hint: `Make them unique or remove the extra rows, ${stay}`,
          },
        });
        continue;
      }
      // Columns the script adds with one value for every row (a default): the key is unique only where the start
      // data's other columns of it are (an index build fails half-way through a MySQL script otherwise).
      const gives = `the script gives every row the same ${added.map(([c, v]) => `${c} (${shown(v)})`).join(' and ')}`;
      if (cols.length) {
        const names = joinSql(cols.map((c) => ident(d, 'x', c)), ', ');
        found.push({
          reads: cols.map((c) => ({ table, column: c })),
          what: `${list(cols)} unique in ${table} (${target} ${u.what} ${u.name} on ${list(u.columns)}; ${gives})`,
          check: {
            rows: sql`SELECT ${keyList(d, 'x', cols)} FROM ${d.syntax.table(table)} x WHERE ${joinSql(cols.map((c) => sql`${ident(d, 'x', c)} IS NOT NULL`), ' AND ')} GROUP BY ${names} HAVING COUNT(*) > 1`,
            keys: cols.length,
            ...plural(
              `${list(cols)} value of ${table} is held by more than one row, and ${gives}: ${list(u.columns)} is what ${requires}`,
              `${list(cols)} values of ${table} are each held by more than one row, and ${gives}: ${list(u.columns)} is what ${requires}`,
            ),
            label: `first ${list(cols)}`,
            hint: `Make them unique or remove the extra rows, ${stay}`,
          },
        });
      } else {
        const key = startKey(startTable.columns.slice(0, 1).map((c) => c.name));
        found.push({
          reads: key.map((c) => ({ table, column: c })),
          what: `${table} has at most one row (${target} ${u.what} ${u.name} on ${list(u.columns)}; ${gives})`,
          check: {
            rows: sql`SELECT ${keyList(d, 'x', key)} FROM ${d.syntax.table(table)} x WHERE (SELECT COUNT(*) FROM ${d.syntax.table(table)} y) > 1`,
            keys: key.length,
            ...plural(
              `row of ${table}, with ${gives}, would hold one ${list(u.columns)} with another, which ${requires}`,
              `rows of ${table} would all hold one ${list(u.columns)}, which ${requires}: ${gives}`,
            ),
            label: `first keys${key.length > 1 ? ` ${list(key)}` : ''}`,
            hint: `Keep at most one row in ${table}, ${stay}`,
          },
        });
      }
    }
    // Foreign keys that are new (or point elsewhere): every row must find its parent.
    // (an existing foreign key whose actions change holds already)
    const fkKey = (fk: Table['foreignKeys'][number]) => JSON.stringify([fk.columns, fk.refTable, fk.refColumns]);
    const hadFks = new Set(tb.foreignKeys.map(fkKey));
    for (const fk of ta.foreignKeys) {
      if (hadFks.has(fkKey(fk))) continue;
      const sources = origins.sources(ta.name, fk.columns);
      const parent = origins.table(fk.refTable);
      const refs = parent ? origins.columns(fk.refTable, fk.refColumns) : undefined;
      if (!sources || !parent || !refs) continue;
      const cols = startNames(sources);
      const added = constantsOf(fk.columns, sources);
      // A column NULL in every row needs no parent (MATCH SIMPLE); the statement's time is a value the compiler does not know.
      if (added.some(([, c]) => c.constant === null || c.constant === 'now')) continue;
      // A foreign key of the start data that pairs the same columns, and otherwise only columns held to one value
      // on both sides, makes every row find its parent already.
      const fixedParent = constant.get(parent) ?? new Set<string>();
      const pairs = cols.map((c, i) => `${c}>${refs[i]}`);
      const implied = added.length === 0 && startTable.foreignKeys.some(
        (f) => f.refTable === parent && pairs.every((p) => f.columns.some((c, i) => `${c}>${f.refColumns[i]}` === p)) && f.columns.every((c, i) => pairs.includes(`${c}>${f.refColumns[i]}`) || (fixed.has(c) && fixedParent.has(f.refColumns[i]))),
      );
      if (implied) continue;
      const key = startKey(cols.length ? cols : startTable.columns.slice(0, 1).map((c) => c.name));
      const present = cols.length ? joinSql(cols.map((c) => sql`${ident(d, 'x', c)} IS NOT NULL`), ' AND ') : sql`1 = 1`;
      const match = joinSql(sources.map((s, i) => sql`${ident(d, 'p', refs[i])} = ${'start' in s ? ident(d, 'x', s.start) : d.syntax.literal(s.constant as Scalar)}`), ' AND ');
      const gives = added.length ? `, with the same ${added.map(([c, v]) => `${c} (${shown(v)})`).join(' and ')} the script gives every row,` : '';
      found.push({
        reads: [...[...new Set([...key, ...cols])].map((c) => ({ table, column: c })), ...refs.map((c) => ({ table: parent, column: c }))],
        what: `every ${table} row has its ${parent} row (${target} foreign key ${fk.name}${added.length ? ` on ${list(fk.columns)}` : ''})`,
        check: {
          rows: sql`SELECT ${keyList(d, 'x', key)} FROM ${d.syntax.table(table)} x WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${d.syntax.table(parent)} p WHERE ${match})`,
          keys: key.length,
          ...plural(
            `row of ${table}${gives} has a ${list(fk.columns)} that ${parent} does not have, which ${target} requires (foreign key ${fk.name})`,
            `rows of ${table}${gives} have a ${list(fk.columns)} that ${parent} does not have, which ${target} requires (foreign key ${fk.name})`,
          ),
          label: `first keys${key.length > 1 ? ` ${list(key)}` : ''}`,
          hint: `Add the missing ${parent} rows or remove these, ${stay}`,
        },
      });
    }
  }
  return found;
}
