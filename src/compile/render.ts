// Rendering one operation into statement values: the body (from the dialect's templates), the facets the
// statement changes, and any condition of its own (a row that must not exist yet, an object that must exist
// before it is repaired). The run condition of each statement is derived later from the effects of the whole
// script (guards.ts); nothing here writes a guard by hand.
import type { Dialect } from '../dialects/dialect.js';
import type { ValueExpr } from '../plan/types.js';
import { findColumn, findTable, type Model, type Table } from '../model/model.js';
import type { Op } from '../model/operations.js';
import type { ParamValues } from '../model/resolve.js';
import { and, facetChanges, facetIs, facetIsNot, type Facet, type FacetRef, type FacetValue, type Predicate } from './facets.js';
import { Sql, joinSql, sql } from './sql.js';
import { statementBody } from './templates.js';

/** One statement of a script, as data. */
export interface Statement {
  /** Bodies run together under one guard (PostgreSQL may put several in one block; MySQL holds one). */
  bodies: Sql[];
  /** The facets this statement changes, with their values after it. */
  effects: Facet[];
  /** A condition of the statement's own, beside the guard derived from the model. */
  condition?: Predicate;
  /** A check that stops the script: `bodies` is empty, `stop` the message, `condition` what must hold. */
  stop?: string;
}

/** SQL for a value expression: literal, parameter (quoted by its type), column of `alias`, concatenation. */
export function valueSql(d: Dialect, v: ValueExpr, params: ParamValues, alias?: string): Sql {
  if ('literal' in v) return d.literal(v.literal);
  if ('param' in v) {
    if (!(v.param in params)) throw new Error(`unknown parameter "${v.param}"`);
    return d.literal(params[v.param]);
  }
  if ('column' in v) return alias ? sql`${Sql.verbatim(alias)}.${d.ident(v.column)}` : d.ident(v.column);
  return d.concat(v.concat.map((p) => valueSql(d, p, params, alias)));
}

function whereSql(d: Dialect, w: { column: string; is_null?: boolean; equals?: unknown } | undefined, alias?: string): Sql | undefined {
  if (!w) return undefined;
  const col = alias ? sql`${Sql.verbatim(alias)}.${d.ident(w.column)}` : d.ident(w.column);
  if (w.is_null !== undefined) return w.is_null ? sql`${col} IS NULL` : sql`${col} IS NOT NULL`;
  return sql`${col} = ${d.literal((w.equals ?? null) as never)}`;
}

const fx = (ref: FacetRef, value: FacetValue | null): Facet => ({ ref, value });

/** The key columns of `t` matched against `values` (column → SQL). */
function keyMatch(d: Dialect, t: Table, values: (col: string) => Sql, alias?: string): Sql {
  const a = alias ? `${alias}.` : '';
  return joinSql(t.primaryKey!.columns.map((c) => sql`${Sql.verbatim(a)}${d.ident(c)} = ${values(c)}`), ' AND ');
}

/**
 * The statements of one operation.
 * @param before the model just before the operation; @param after just after it
 * @throws Error for a value a dialect cannot quote (the caller adds the plan location)
 */
export function renderOp(d: Dialect, op: Op, before: Model, after: Model, params: ParamValues): Statement[] {
  const body = (name: string, ctx: Record<string, unknown>) => statementBody(d, name, ctx);
  const all = facetChanges(before, after);
  const one = (name: string, ctx: Record<string, unknown>): Statement[] => [{ bodies: [body(name, ctx)], effects: all }];
  const pg = d.name === 'postgres';
  const at = (t: string) => findTable(after, t)!;
  const bt = (t: string) => findTable(before, t)!;
  switch (op.kind) {
    case 'create_table': {
      // Check expressions are SQL the plan author wrote (checked when the plan is loaded).
      const t = at(op.table.name);
      return one('create_table', { table: { ...t, checks: t.checks.map((c) => ({ name: c.name, expression: Sql.verbatim(c.expression) })) } });
    }
    case 'drop_table':
      return one('drop_table', { name: op.name });
    case 'rename_table':
      return one('rename_table', op);
    case 'add_column':
      return one('add_column', op);
    case 'drop_column':
      return one('drop_column', op);
    case 'rename_column':
      return one('rename_column', op);
    case 'alter_column_type':
    case 'set_not_null':
    case 'drop_not_null': {
      const column = findColumn(at(op.table), op.column)!;
      // MySQL's MODIFY restates the whole column (type, NULL, default) as the model has it after the change.
      return one(pg ? op.kind : 'modify_column', { table: op.table, column });
    }
    case 'set_default':
    case 'drop_default':
      return one(op.kind, { table: op.table, column: findColumn(at(op.table), op.column)! });
    case 'replace_primary_key': {
      const old = bt(op.table).primaryKey;
      if (pg) {
        // Drop and add in one guarded block: the table is never left without a key.
        return [{ bodies: [...(old ? [body('drop_constraint', { table: op.table, name: old.name })] : []), body('add_primary_key', op)], effects: all }];
      }
      // One ALTER drops and adds while a key exists; a table without one gets it added. The effect is declared
      // on the last statement, so the first runs only while the key exists and is not yet the new one.
      const ref: FacetRef = { type: 'primary_key', table: op.table };
      return [
        { bodies: [body('replace_primary_key', op)], effects: [], condition: facetIsNot(ref, null) },
        { bodies: [body('add_primary_key', op)], effects: all, condition: facetIs(ref, null) },
      ];
    }
    case 'add_unique':
    case 'replace_unique': {
      const ref: FacetRef = { type: 'unique', table: op.table, name: op.unique.name };
      if (pg) return [{ bodies: [body('drop_constraint', { table: op.table, name: op.unique.name }), body('add_unique', op)], effects: all }];
      return [
        { bodies: [body('replace_unique', op)], effects: [], condition: facetIsNot(ref, null) },
        { bodies: [body('add_unique', op)], effects: all, condition: facetIs(ref, null) },
      ];
    }
    case 'drop_unique':
      return pg ? one('drop_constraint', { table: op.table, name: op.name }) : one('drop_index', op);
    case 'add_foreign_key':
    case 'replace_foreign_key': {
      const ref: FacetRef = { type: 'foreign_key', table: op.table, name: op.fk.name };
      // PostgreSQL: drop a same-named key (the old definition, or drift) and add, in one block.
      if (pg) return [{ bodies: [body('drop_constraint', { table: op.table, name: op.fk.name }), body('add_foreign_key', op)], effects: all }];
      // MySQL cannot drop and add a foreign key of one name in one ALTER: drop, supporting indexes, add.
      const names = new Set(bt(op.table).indexes.map((i) => i.name));
      const supporting = at(op.table).indexes.filter((i) => !names.has(i.name));
      const fkValue = all.find((f) => f.ref.type === 'foreign_key' && f.ref.name === op.fk.name)!.value;
      return [
        { bodies: [body('drop_foreign_key', { table: op.table, name: op.fk.name })], effects: [fx(ref, null)], condition: facetIsNot(ref, null) },
        ...supporting.map((index) => ({
          bodies: [body('create_index', { table: op.table, index })],
          effects: [fx({ type: 'index', table: op.table, name: index.name }, { type: 'index' as const, index })],
        })),
        { bodies: [body('add_foreign_key', op)], effects: [fx(ref, fkValue)] },
      ];
    }
    case 'drop_foreign_key':
      return pg ? one('drop_constraint', { table: op.table, name: op.name }) : one('drop_foreign_key', op);
    case 'create_index':
    case 'replace_index': {
      const ref: FacetRef = { type: 'index', table: op.table, name: op.index.name };
      if (pg) return [{ bodies: [body('drop_index', { name: op.index.name }), body('create_index', op)], effects: all }];
      // One ALTER drops and adds (a foreign key the index supports never goes unsupported).
      return [
        { bodies: [body('replace_index', op)], effects: [], condition: facetIsNot(ref, null) },
        { bodies: [body('create_index', op)], effects: all, condition: facetIs(ref, null) },
      ];
    }
    case 'drop_index':
      return one('drop_index', op);
    case 'insert':
    case 'delete_rows': {
      // Data steps also state whether they have work left, as a condition of their own: a statement with none
      // is not executed at all (MySQL counts and locks for a DELETE or UPDATE that matches no row). The body
      // keeps its own row check: MySQL refuses an INSERT that omits a NOT NULL column without a default even
      // when it would insert no row, and a later plan of the same script may have made one so.
      const t = bt(op.table);
      return op.rows.map((r) => {
        const columns = Object.keys(r);
        const key = (c: string) => d.literal(c in r ? r[c] : (findColumn(t, c)!.default ?? null));
        const match = keyMatch(d, t, key);
        const row = sql`EXISTS (SELECT 1 FROM ${d.ident(op.table)} WHERE ${match})`;
        if (op.kind === 'delete_rows') return { bodies: [body('delete_rows', { table: op.table, match })], effects: [], condition: { kind: 'sql', sql: row } };
        const values = joinSql(columns.map((c) => d.literal(r[c])), ', ');
        return { bodies: [body('insert', { table: op.table, columns, values, match })], effects: [], condition: { kind: 'sql', sql: sql`NOT ${row}` } };
      });
    }
    case 'copy_rows': {
      const into = bt(op.into);
      const targets = Object.keys(op.values);
      const select = joinSql(targets.map((c) => valueSql(d, op.values[c], params, 'src')), ', ');
      const match = keyMatch(d, into, (c) => (c in op.values ? valueSql(d, op.values[c], params, 'src') : d.literal(findColumn(into, c)!.default ?? null)), 'dst');
      const where = whereSql(d, op.where, 'src');
      const missing = sql`EXISTS (SELECT 1 FROM ${d.ident(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT EXISTS (SELECT 1 FROM ${d.ident(op.into)} AS dst WHERE ${match}))`;
      return [{ bodies: [body('copy_rows', { into: op.into, from: op.from, targets, select, where, match })], effects: [], condition: { kind: 'sql', sql: missing } }];
    }
    case 'update': {
      const sets = Object.entries(op.set).map(([c, v]) => ({ col: d.ident(c), value: valueSql(d, v, params) }));
      const setList = joinSql(sets.map((s) => sql`${s.col} = ${s.value}`), ', ');
      const changed = joinSql(sets.map((s) => d.distinct(s.col, s.value)), ' OR ');
      const where = whereSql(d, op.where);
      const pending = sql`EXISTS (SELECT 1 FROM ${d.ident(op.table)} WHERE ${where ? sql`${where} AND ` : sql``}(${changed}))`;
      return [{ bodies: [body('update', { table: op.table, sets: setList, where, changed })], effects: [], condition: { kind: 'sql', sql: pending } }];
    }
    case 'precondition': {
      const condition = and([
        ...op.tables.map((t) => facetIsNot({ type: 'table', table: t }, null)),
        ...op.columns.map((c) => facetIsNot({ type: 'column', table: c.table, column: c.column }, null)),
      ]);
      return [{ bodies: [], effects: [], condition, stop: op.message }];
    }
    case 'manual':
      return [];
    case 'raw_sql': {
            return [{
        bodies: [Sql.verbatim(op.sql)],
        effects: [],
        condition: op.guard ? { kind: 'sql', sql: Sql.verbatim(`(${op.guard})`) } : undefined,
      }];
    }
  }
}

/** A query counting the source rows of a copy that are missing from its target (0 when the copy is complete). */
export function copyGapSql(d: Dialect, op: Extract<Op, { kind: 'copy_rows' }>, before: Model, params: ParamValues): string {
  const into = findTable(before, op.into)!;
  const match = keyMatch(d, into, (c) => (c in op.values ? valueSql(d, op.values[c], params, 'src') : d.literal(findColumn(into, c)!.default ?? null)), 'dst');
  const where = whereSql(d, op.where, 'src');
  return sql`SELECT COUNT(*) AS n FROM ${d.ident(op.from)} AS src WHERE ${where ? sql`${where} AND ` : sql``}NOT EXISTS (SELECT 1 FROM ${d.ident(op.into)} AS dst WHERE ${match})`.text;
}

/** A query counting the rows a backfill should have written and did not (0 when it is complete). */
export function updateGapSql(d: Dialect, op: Extract<Op, { kind: 'update' }>, _before: Model, params: ParamValues): string {
  const changed = joinSql(Object.entries(op.set).map(([c, v]) => d.distinct(d.ident(c), valueSql(d, v, params))), ' OR ');
  const where = whereSql(d, op.where);
  return sql`SELECT COUNT(*) AS n FROM ${d.ident(op.table)} WHERE ${where ? sql`${where} AND ` : sql``}(${changed})`.text;
}


/** Words wrapped to `width` characters a line (any run of white space, line breaks included, is one space). */
export function wrap(text: string, width: number): string[] {
  const words = text.replace(/[\s\u2028\u2029\u0085]+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}
