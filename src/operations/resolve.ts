// Helpers for resolving a plan step for one dialect: per-dialect overrides merged, portable types mapped,
// defaults and foreign key actions spelled as the model keeps them.
import type { ColumnSpec, DefaultSpec, FkAction as SpecAction, ForeignKeySpec, IndexColumnSpec, IndexSpec, Scalar, Step } from '../plan/types.js';
import type { Dialect } from '../dialects/dialect.js';
import { ENUM_TYPE_PREFIX, enumTypeOf, findEnumType, type Column, type ColumnDefault, type FkAction, type ForeignKey, type Index, type IndexColumn, type Model, type Table } from '../model/model.js';
import { OpError, type ParamValues } from './types.js';

/** `obj` with its `postgres:` / `mysql:` override for `d` merged over the portable fields (the overrides removed). */
export function merged<T extends object>(obj: T, d: Dialect): T {
  const o = obj as any;
  const { postgres: _p, mysql: _m, ...rest } = o;
  return { ...rest, ...(o[d.name] ?? {}) };
}

/** The model type of a portable type. @throws OpError when the dialect has no mapping for it */
export function modelType(d: Dialect, portable: string): string {
  // enum(<type>): the model's enum type of that name, made concrete for the engine when applied (concreteColumn).
  const e = /^enum\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(portable);
  if (e) return ENUM_TYPE_PREFIX + e[1];
  const t = d.syntax.columnType(portable);
  if (typeof t !== 'string') throw new OpError(t.error);
  return t;
}

/** The value of a default as written (`{ literal: v }` is v). */
export function defaultValue(v: DefaultSpec | null | undefined): ColumnDefault | null | undefined {
  if (v !== null && typeof v === 'object') return 'current_timestamp' in v ? { current_timestamp: true } : v.literal;
  return v;
}

/** A column of a plan, resolved for `d`. */
export function resolveColumn(d: Dialect, spec: ColumnSpec): Column {
  const c = merged(spec, d);
  const col: Column = { name: c.name, type: modelType(d, c.type), nullable: c.nullable ?? true };
  const value = defaultValue(c.default);
  if (value !== undefined && value !== null) col.default = value;
  if (c.identity) {
    if (!d.rules.identityColumns) throw new OpError(`column ${c.name}: no identity columns in ${d.script.engineName}; make the step postgres-only (dialects: [postgres]) or give ${d.name}: an override without identity`);
    if (c.nullable === true) throw new OpError(`column ${c.name}: an identity column is NOT NULL; leave nullable out`);
    if (col.default !== undefined) throw new OpError(`column ${c.name}: an identity column takes its values from its sequence; leave default out`);
    col.nullable = false;
    col.identity = c.identity;
  }
  return col;
}

function action(d: Dialect, a: SpecAction | undefined): FkAction {
  return d.rules.foreignKeyAction((a ?? 'no action').toUpperCase() as FkAction);
}

/** A foreign key of a plan, resolved for `d`. */
export function resolveFk(d: Dialect, spec: ForeignKeySpec): ForeignKey {
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

/** An index element of a plan ("col", "col desc", `{ column | expression, opclass?, desc? }`) as the model keeps it. */
function resolveIndexColumn(c: IndexColumnSpec): IndexColumn {
  if (typeof c === 'string') {
    const [name, dir] = c.split(' ');
    return { name, desc: (dir ?? '').toLowerCase() === 'desc' };
  }
  const out: IndexColumn = 'column' in c ? { name: c.column, desc: c.desc ?? false } : { expression: c.expression, desc: c.desc ?? false };
  if (c.opclass !== undefined) out.opclass = c.opclass;
  return out;
}

/** An index of a plan, resolved for `d` (btree, the default method, is kept as no method). */
export function resolveIndex(d: Dialect, spec: IndexSpec): Index {
  const s = merged(spec, d);
  const ix: Index = { name: s.name, unique: s.unique ?? false, columns: s.columns.map(resolveIndexColumn) };
  if (s.method !== undefined && s.method !== 'btree') ix.method = s.method;
  if (s.where !== undefined) ix.where = s.where;
  return ix;
}

/** The name a drop step gives for `d`: its override, or the portable one. */
export function nameFor(d: Dialect, args: { name: string; postgres?: { name?: string }; mysql?: { name?: string }; sqlite?: { name?: string } }): string {
  return args[d.name]?.name ?? args.name;
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

/**
 * A column as the engine holds it: a column of an enum type (`ENUM TYPE x`) names the type where the engine has enum
 * types (PostgreSQL), and holds its values where it has not (`rules.enumColumnType`: MySQL ENUM('a','b'), SQLite text).
 * @throws OpError when the model has no such enum type
 */
export function concreteColumn(d: Dialect, m: Model, c: Column): Column {
  const name = enumTypeOf(c.type);
  if (name === undefined) return c;
  const e = findEnumType(m, name);
  if (!e) throw new OpError(`column ${c.name}: no enum type ${name} (create it first with create_enum_type)`);
  return d.rules.enumColumnType ? { ...c, type: d.rules.enumColumnType(e) } : c;
}

/** `t` with its columns made concrete (see concreteColumn). */
export function concreteTable(d: Dialect, m: Model, t: Table): Table {
  return t.columns.some((c) => enumTypeOf(c.type) !== undefined) ? { ...t, columns: t.columns.map((c) => concreteColumn(d, m, c)) } : t;
}
