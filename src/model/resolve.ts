// From a plan step (portable, with per-dialect overrides) to an Op for one dialect.
import type { ColumnSpec, DefaultSpec, FkAction as SpecAction, ForeignKeySpec, IndexSpec, LoadedStep, Scalar, Step } from '../plan/types.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Column, FkAction, ForeignKey, Index, Table } from './model.js';
import { OpError, type Op } from './operations.js';

export type ParamValues = Record<string, Scalar>;

function merged<T extends object>(obj: T, d: Dialect): T {
  const o = obj as any;
  const { postgres: _p, mysql: _m, ...rest } = o;
  return { ...rest, ...(o[d.name] ?? {}) };
}

function type(d: Dialect, portable: string): string {
  const t = d.columnType(portable);
  if (typeof t !== 'string') throw new OpError(t.error);
  return t;
}

/** The value of a default as written (`{ literal: v }` is v). */
export function defaultValue(v: DefaultSpec | null | undefined): Scalar | null | undefined {
  return v !== null && typeof v === 'object' ? v.literal : v;
}

function resolveColumn(d: Dialect, spec: ColumnSpec): Column {
  const c = merged(spec, d);
  const col: Column = { name: c.name, type: type(d, c.type), nullable: c.nullable ?? true };
  const value = defaultValue(c.default);
  if (value !== undefined && value !== null) col.default = value;
  return col;
}

function action(d: Dialect, a: SpecAction | undefined): FkAction {
  const up = (a ?? 'no action').toUpperCase() as FkAction;
  // InnoDB treats NO ACTION as RESTRICT and MariaDB reports it so; the model keeps one spelling.
  return d.name === 'mysql' && up === 'NO ACTION' ? 'RESTRICT' : up;
}

function resolveFk(d: Dialect, spec: ForeignKeySpec): ForeignKey {
  const f = merged(spec, d);
  return {
    name: f.name,
    columns: [...f.columns],
    refTable: f.references.table,
    refColumns: [...f.references.columns],
    onDelete: action(d, f.on_delete),
    onUpdate: action(d, f.on_update),
  };
}

function resolveIndex(d: Dialect, spec: IndexSpec): Index {
  const s = merged(spec, d);
  return {
    name: s.name,
    unique: s.unique ?? false,
    columns: s.columns.map((c) => {
      const [name, dir] = c.split(' ');
      return { name, desc: (dir ?? '').toLowerCase() === 'desc' };
    }),
  };
}

function nameFor(d: Dialect, args: { name: string; postgres?: { name?: string }; mysql?: { name?: string } }): string {
  return args[d.name]?.name ?? args.name;
}

/** Raw SQL as the plan gives it, ending with a semicolon so it cannot run into the statement after it. */
function terminated(sql: string): string {
  return sql.trim().replace(/;*$/, ';');
}

/** Is this step part of the compile for this dialect and these parameter values? */
export function stepApplies(step: Step, d: Dialect, params: ParamValues): boolean {
  if (step.dialects && !step.dialects.includes(d.name)) return false;
  if (step.when) {
    const v = params[step.when.param];
    if ('equals' in step.when && v !== step.when.equals) return false;
    if ('not_equals' in step.when && v === step.when.not_equals) return false;
  }
  return true;
}

export function resolveOp(d: Dialect, s: Pick<LoadedStep, 'op' | 'args'>, params: ParamValues): Op {
  const a = s.args;
  switch (s.op) {
    case 'create_table': {
      const t: Table = {
        name: a.name,
        columns: a.columns.map((c: ColumnSpec) => resolveColumn(d, c)),
        uniques: (a.unique ?? []).map((u: any) => ({ name: merged(u, d).name ?? `${a.name}_${u.columns[0]}_key`, columns: [...merged(u, d).columns] })),
        foreignKeys: (a.foreign_keys ?? []).map((f: ForeignKeySpec) => resolveFk(d, f)),
        indexes: [],
        checks: (a.checks ?? []).map((c: any) => {
          const e = typeof c.expression === 'string' ? c.expression : c.expression[d.name];
          if (e === undefined) throw new OpError(`check ${c.name} has no ${d.name} expression`);
          return { name: c.name, expression: e };
        }),
      };
      if (a.primary_key) {
        const pk = merged(a.primary_key, d) as any;
        t.primaryKey = { name: d.name === 'mysql' ? 'PRIMARY' : (pk.name ?? d.defaultPrimaryKeyName(a.name)), columns: [...pk.columns] };
      }
      return { kind: 'create_table', table: t };
    }
    case 'drop_table':
      return { kind: 'drop_table', name: a.name };
    case 'rename_table':
      return { kind: 'rename_table', from: a.from, to: a.to };
    case 'add_column':
      return { kind: 'add_column', table: a.table, column: resolveColumn(d, a.column) };
    case 'drop_column':
      return { kind: 'drop_column', table: a.table, column: a.column };
    case 'rename_column':
      return { kind: 'rename_column', table: a.table, from: a.from, to: a.to };
    case 'alter_column_type':
      return { kind: 'alter_column_type', table: a.table, column: a.column, type: type(d, a[d.name]?.type ?? a.type) };
    case 'set_default':
      return { kind: 'set_default', table: a.table, column: a.column, value: defaultValue(a.default)! };
    case 'drop_default':
    case 'set_not_null':
    case 'drop_not_null':
      return { kind: s.op, table: a.table, column: a.column };
    case 'replace_primary_key': {
      const k = merged(a, d) as any;
      return { kind: 'replace_primary_key', table: a.table, pk: { name: d.name === 'mysql' ? 'PRIMARY' : (k.name ?? d.defaultPrimaryKeyName(a.table)), columns: [...k.columns] } };
    }
    case 'add_unique':
    case 'replace_unique': {
      const k = merged(a, d) as any;
      return { kind: s.op, table: a.table, unique: { name: k.name, columns: [...k.columns] } };
    }
    case 'drop_unique':
    case 'drop_foreign_key':
    case 'drop_index':
      return { kind: s.op, table: a.table, name: nameFor(d, a) };
    case 'add_foreign_key':
    case 'replace_foreign_key':
      return { kind: s.op, table: a.table, fk: resolveFk(d, a) };
    case 'create_index':
    case 'replace_index':
      return { kind: s.op, table: a.table, index: resolveIndex(d, a) };
    case 'insert':
      return {
        kind: 'insert',
        table: a.table,
        rows: a.rows.map((r: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === 'object' ? params[(v as { param: string }).param] : v])),
        ),
      };
    case 'copy_rows':
      return { kind: 'copy_rows', into: a.into, from: a.from, values: a.values, where: a.where };
    case 'update':
      return { kind: 'update', table: a.table, set: a.set, where: a.where };
    case 'precondition':
      return { kind: 'precondition', message: a.message, tables: a.tables ?? [], columns: a.columns ?? [] };
    case 'manual':
      return { kind: 'manual', text: a.text };
    case 'raw_sql': {
      const sql = a[d.name];
      if (sql === undefined) throw new OpError(`raw_sql "${a.description}" has no ${d.name} text (limit the step with dialects:)`);
      const inv: string | undefined = a.inverse?.[d.name];
      const op: Op = { kind: 'raw_sql', description: a.description, sql: terminated(sql), inverseSql: inv === undefined ? undefined : terminated(inv) };
      // The loader made sure a guard has a condition for every dialect the step has text for.
      if (a.guard) op.guard = a.guard[d.name].trim();
      else op.unguarded = a.unguarded;
      return op;
    }
  }
}
