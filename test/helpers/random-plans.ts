// Random plan chains for the property tests, built through the model: every candidate step is resolved and
// applied to the model of both dialects, and kept only when both accept it, so each generated step is valid
// where it stands. The generator reads its decisions from a list of numbers (fast-check generates and shrinks
// that list): fewer or smaller numbers give a shorter, simpler chain that is still valid.
//
// Beyond what the model checks, the generator keeps the data of `plan verify` in mind (seeded rows at `from`,
// rows its own steps write): keys added to existing tables contain the primary key (so seeded rows stay
// unique), NOT NULL is set only on columns that cannot hold NULL, types only widen from where a plan started,
// and every step that loses data carries the `inverse:` that restores the schema. Steps include raw_sql (guarded
// per dialect, or unguarded with a reason) and checks on new tables; no step brings a dialect's schema back to
// a state the chain already had (src/compile/round-trips.ts).
import { stringify } from 'yaml';
import { getDialect } from '../../src/dialects/index.js';
import { emptyModel, findColumn, findTable, type Model, type Table } from '../../src/model/model.js';
import { applyOp, resolveOp, stepApplies } from '../../src/operations/index.js';
import { stateKey } from '../../src/compile/round-trips.js';
import { stepOperation } from '../../src/plan/load.js';
import type { DialectName, FkAction, Scalar, Step, ValueExpr } from '../../src/plan/types.js';
import { writePlanFile, tempPlansDir } from './plans.js';

export const RANDOM_PRODUCT = 'random';
export const RANDOM_VERSIONS = ['1.0', '1.1', '1.2'];

/** The parameters of the generated product (one of every type) and the values the compile uses: the defaults. */
export const RANDOM_PARAMETERS = {
  flag: { type: 'boolean', default: true, description: 'a boolean' },
  mode: { type: 'enum', values: ['basic', 'full'], default: 'full', description: 'an enum' },
  count: { type: 'integer', default: 7, description: 'an integer' },
  label: { type: 'string', default: "O'B \\ ü", description: 'a string with a quote and a backslash' },
  who: { type: 'identifier', default: 'app_owner', description: 'an identifier' },
  tenant: { type: 'uuid', default: '123e4567-e89b-12d3-a456-426614174000', description: 'a UUID' },
} as const;
const DEFAULTS: Record<string, Scalar> = Object.fromEntries(Object.entries(RANDOM_PARAMETERS).map(([k, v]) => [k, v.default]));

export interface RandomPlan {
  from: string;
  to: string;
  steps: Step[];
}

export interface RandomChain {
  plans: RandomPlan[];
  /** The tables at the last version, with their columns (PostgreSQL's model). */
  tables: { name: string; columns: string[] }[];
}

// Names: reserved words of both engines, mixed case, and plain ones.
const TABLE_NAMES = ['user', 'order', 'select', 'group', 'accounts', 'Mixed', 'item', 'key_value', 'log'];
const COLUMN_NAMES = ['id', 'order', 'key', 'value', 'from', 'name', 'amount', 'flag', 'desc', 'check', 'note', 'Total'];
const TYPES = ['bigint', 'integer', 'smallint', 'bigint unsigned', 'integer unsigned', 'boolean', 'text', 'varchar(16)', 'varchar(40)', 'varchar(64)', 'char(16)', 'bytes'];
const INT_RANK: Record<string, number> = { smallint: 0, integer: 1, bigint: 2 };
// Short values (at most 15 characters with their counter) that exercise each dialect's quoting.
const STRINGS = ['a', "O'Brien", 'back\\slash', 'ünï✓', 'tab\tx', '%_', '$plan$', '"dq"', '`bt`', "''", 'E\'x\''];
/**
 * The strings a TEXT column's default may hold on every dialect: MySQL refuses one with a quote, a backslash,
 * a control character or a character outside the BMP where the column is made (MariaDB misreports it: README, "Text
 * cannot escape").
 */
const TEXT_DEFAULTS = STRINGS.filter((v) => !/['\\\x00-\x1f\x7f\u{10000}-\u{10FFFF}]/u.test(v));
const ACTIONS: FkAction[] = ['cascade', 'restrict', 'no action', 'set null', 'set default'];

/**
 * ON DELETE / ON UPDATE of a generated foreign key; SET DEFAULT (which MySQL 8 refuses and MariaDB turns into
 * RESTRICT: the mysql model refuses it) gets a mysql override with RESTRICT.
 */
function fkActions(c: Choices, actions: FkAction[]) {
  const spec: Record<string, unknown> = { on_delete: c.pick(actions), on_update: c.pick(actions) };
  const mysql = (a: unknown) => (a === 'set default' ? 'restrict' : a);
  if (spec.on_delete === 'set default' || spec.on_update === 'set default') spec.mysql = { on_delete: mysql(spec.on_delete), on_update: mysql(spec.on_update) };
  return spec;
}

const keyable = (type: string) => type !== 'text' && type !== 'bytes';
const uniqueable = (type: string) => keyable(type) && type !== 'boolean';
const isInt = (type: string) => /^(bigint|integer|smallint)/.test(type);
const isString = (type: string) => /^(text|varchar|char)/.test(type);
const width = (type: string) => Number(/\((\d+)\)/.exec(type)?.[1] ?? 10_000);

/** Reads decisions from a list of numbers; past its end every decision is 0. */
class Choices {
  private i = 0;
  constructor(private readonly xs: number[]) {}
  get done(): boolean {
    return this.i >= this.xs.length;
  }
  next(n: number): number {
    return n <= 1 ? 0 : (this.xs[this.i++] ?? 0) % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next(xs.length)];
  }
  chance(percent: number): boolean {
    return this.next(100) < percent;
  }
}

/** The generator's state: the models of both dialects and what the data of `plan verify` allows. */
class Builder {
  models: Record<DialectName, Model> = { postgres: emptyModel('postgres'), mysql: emptyModel('mysql') };
  /** Every schema state each dialect had so far in the chain (src/compile/round-trips.ts stateKey). */
  states: Record<DialectName, Set<string>> = { postgres: new Set([stateKey(emptyModel('postgres'))]), mysql: new Set([stateKey(emptyModel('mysql'))]) };
  /** Portable type of every column, keyed "table.column" (the models keep dialect types). */
  types = new Map<string, string>();
  /** Tables whose rows a step wrote (insert, copy): no foreign key may be added to them later. */
  wroteRows = new Set<string>();
  /** Tables a backfill (update) wrote: no rows are inserted or copied into them later (verify checks a table's last backfill at the end). */
  backfilled = new Set<string>();
  counter = 0;
  // Per plan:
  createdTables = new Set<string>();
  createdColumns = new Set<string>();
  /** Columns that may hold NULL (seeded NULLs at `from`, columns added without a default…). */
  nullRisk = new Set<string>();
  /** Portable type of each column when the plan started (seeded values have that type's extremes). */
  startTypes = new Map<string, string>();

  constructor(readonly c: Choices) {}

  get pg(): Model {
    return this.models.postgres;
  }
  table(name: string): Table {
    return findTable(this.pg, name)!;
  }
  type(t: string, c: string): string {
    return this.types.get(`${t}.${c}`)!;
  }

  startPlan() {
    this.createdTables.clear();
    this.createdColumns.clear();
    this.nullRisk.clear();
    this.startTypes.clear();
    for (const t of this.pg.tables) {
      for (const col of t.columns) {
        if (col.nullable) this.nullRisk.add(`${t.name}.${col.name}`);
        this.startTypes.set(`${t.name}.${col.name}`, this.type(t.name, col.name));
      }
    }
  }

  /**
   * Applies `step` to both models when both accept it (and its `when` holds with the defaults); false when
   * refused. Also refused: a step that brings either dialect's schema back to a state the chain already had.
   * Within a plan the compiler refuses that (src/compile/round-trips.ts); across plans it leaves the loop out of
   * a script that ends on it, or refuses the script when a data step in the loop outlives it. Each dialect is
   * checked on its own: a step can change one dialect's schema and not the other's.
   */
  tryStep(step: Step): boolean {
    const next: Record<DialectName, Model> = { ...this.models };
    const states: Partial<Record<DialectName, string>> = {};
    try {
      for (const dn of ['postgres', 'mysql'] as DialectName[]) {
        const d = getDialect(dn);
        if (!stepApplies(step, d, DEFAULTS)) continue;
        next[dn] = applyOp(d, next[dn], resolveOp(d, stepOperation(step), DEFAULTS));
        const state = stateKey(next[dn]);
        if (state !== stateKey(this.models[dn]) && this.states[dn].has(state)) return false;
        states[dn] = state;
      }
    } catch {
      return false;
    }
    this.models = next;
    for (const dn of ['postgres', 'mysql'] as DialectName[]) if (states[dn] !== undefined) this.states[dn].add(states[dn]);
    return true;
  }

  uniqueName(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  /** A value of `type` no other generated row has (for key columns), short enough for every generated width. */
  freshValue(type: string): Scalar {
    const n = ++this.counter;
    if (isInt(type)) return 100 + n;
    if (type === 'boolean') return n % 2 === 0;
    return `${this.c.pick(STRINGS)}${n}`;
  }

  /** A value of `type` for a default or a literal. */
  anyValue(type: string): Scalar {
    if (isInt(type)) return this.c.pick([0, 1, 42, 127, type.includes('unsigned') ? 5 : -5]);
    if (type === 'boolean') return this.c.chance(50);
    return this.c.pick(STRINGS);
  }

  tablesWithPk(): Table[] {
    return this.pg.tables.filter((t) => t.primaryKey);
  }
}

function columnSpec(b: Builder, name: string, type: string, opts: { nullable?: boolean; noDefault?: boolean } = {}) {
  const nullable = opts.nullable ?? b.c.chance(50);
  const spec: Record<string, unknown> = { name, type, nullable };
  if (!opts.noDefault && type !== 'text' && type !== 'bytes' && b.c.chance(40)) spec.default = b.anyValue(type);
  return spec;
}

function genCreateTable(b: Builder): Step | undefined {
  const c = b.c;
  const name = c.pick(TABLE_NAMES);
  if (findTable(b.pg, name) || findTable(b.models.mysql, name)) return undefined;
  const columns: Record<string, any>[] = [];
  const pk: string[] = [];
  const fks: Record<string, unknown>[] = [];
  const unique: Record<string, unknown>[] = [];
  // The key: its own, or the types of another table's key (a target for copy_rows).
  const like = c.chance(30) ? c.pick(b.tablesWithPk()) : undefined;
  if (like) {
    for (const k of like.primaryKey!.columns) {
      columns.push({ name: k, type: b.type(like.name, k), nullable: false });
      pk.push(k);
    }
  } else {
    columns.push({ name: 'id', type: c.pick(TYPES.filter(uniqueable)), nullable: false });
    pk.push('id');
  }
  const more = c.next(4);
  for (let i = 0; i < more; i++) {
    const n = c.pick(COLUMN_NAMES);
    if (columns.some((x) => x.name === n)) continue;
    columns.push(columnSpec(b, n, c.pick(TYPES)));
  }
  // A foreign key to a table with a primary key, through new columns of the same types.
  const parent = c.chance(40) ? c.pick(b.tablesWithPk()) : undefined;
  if (parent) {
    const nullable = c.chance(50);
    const cols = parent.primaryKey!.columns.map((k) => {
      const col = { name: b.uniqueName('ref'), type: b.type(parent.name, k), nullable };
      columns.push(col);
      return col.name;
    });
    const actions = ACTIONS.filter((a) => nullable || a !== 'set null');
    fks.push({ name: b.uniqueName(`${name}_fk`), columns: cols, references: { table: parent.name, columns: parent.primaryKey!.columns }, ...fkActions(c, actions) });
  }
  const candidates = columns.filter((x) => uniqueable(x.type) && !pk.includes(x.name));
  if (candidates.length && c.chance(40)) unique.push({ name: b.uniqueName(`${name}_uq`), columns: [...pk, c.pick(candidates).name] });
  if (c.chance(20)) pk.push(...columns.filter((x) => uniqueable(x.type) && !pk.includes(x.name) && x.nullable === false).slice(0, 1).map((x) => x.name));
  const spec: Record<string, unknown> = { name, columns, primary_key: { columns: pk } };
  // A check on an integer column, written as PostgreSQL prints it back (the model compares the text).
  const checkable = columns.filter((x) => isInt(x.type) && PLAIN_NAME.test(x.name));
  if (checkable.length && c.chance(30)) spec.checks = [checkSpec(b, c.pick(checkable).name)];
  if (unique.length) spec.unique = unique;
  if (fks.length) spec.foreign_keys = fks;
  return { create_table: spec as any };
}

/** Column names PostgreSQL prints unquoted in a check (lower case, no keyword it quotes). */
const PLAIN_NAME = /^(?!(order|from|desc|check|user|select|group|key|value|name)$)[a-z_][a-z0-9_]*$/;

/** A check that every generated value passes (generated integers are small; seeded ones are 0 and the extremes). */
function checkSpec(b: Builder, column: string) {
  return { name: b.uniqueName('ck'), expression: { postgres: `${column} <> 12345`, mysql: `\`${column}\` <> 12345` } };
}

/** The columns of `t` its checks read (each check of a generated table reads one, named first). */
function checkedColumns(t: Table): string[] {
  return t.checks.map((k) => k.expression.split(' ')[0]);
}

/**
 * A raw_sql step on table `T`: a comment on it, guarded on each dialect by the comment it sets (and undone by
 * an explicit inverse, guarded the same way), or a statement that writes nothing, unguarded with its
 * reason. Sometimes for one dialect only. The guards read the catalog through the table's name as text, so they
 * stay false (and harmless) once a later step renames or drops the table.
 */
function genRawSql(b: Builder, T: string): Step {
  const c = b.c;
  const only = c.pick([undefined, undefined, 'postgres', 'mysql'] as const);
  const per = (pg: string, my: string) => (only === 'postgres' ? { postgres: pg } : only === 'mysql' ? { mysql: my } : { postgres: pg, mysql: my });
  const dialects = only ? { dialects: [only] } : {};
  if (c.chance(30)) {
    return {
      // Not SELECT on PostgreSQL: inside the compiler's guard block (PL/pgSQL) a SELECT needs a destination.
      raw_sql: { description: 'a statement that writes nothing', ...per('NOTIFY plan_random', 'DO 0'), inverse: per('NOTIFY plan_random_undo', 'DO 1'), unguarded: 'it writes nothing: running it again is harmless' },
      ...dialects,
    } as Step;
  }
  const text = `plan ${b.uniqueName('comment ')} 'q'`;
  const lit = `'${text.replace(/'/g, "''")}'`;
  const pgRel = `to_regclass('"${T}"')`;
  const myTable = `SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${T}'`;
  return {
    raw_sql: {
      description: `comment on table ${T}`,
      ...per(`COMMENT ON TABLE "${T}" IS ${lit}`, `ALTER TABLE \`${T}\` COMMENT = ${lit}`),
      guard: per(`${pgRel} IS NOT NULL AND obj_description(${pgRel}, 'pg_class') IS DISTINCT FROM ${lit}`, `EXISTS (${myTable} AND table_comment <> ${lit})`),
    },
    inverse: [{
      raw_sql: {
        description: `remove the comment on table ${T}`,
        ...per(`COMMENT ON TABLE "${T}" IS NULL`, `ALTER TABLE \`${T}\` COMMENT = ''`),
        guard: per(`obj_description(${pgRel}, 'pg_class') IS NOT NULL`, `EXISTS (${myTable} AND table_comment <> '')`),
      },
      ...dialects,
    }],
    ...dialects,
  } as Step;
}

function afterCreateTable(b: Builder, step: Step) {
  const spec = step.create_table!;
  b.createdTables.add(spec.name);
  for (const col of spec.columns) {
    b.types.set(`${spec.name}.${col.name}`, col.type);
    b.createdColumns.add(`${spec.name}.${col.name}`);
  }
}

/** A column of `t` that no key, index or foreign key uses (either side). */
function freeColumns(b: Builder, t: Table): string[] {
  const used = new Set<string>([
    ...(t.primaryKey?.columns ?? []),
    ...t.uniques.flatMap((u) => u.columns),
    ...t.indexes.flatMap((i) => i.columns.map((x) => x.name)),
    ...t.foreignKeys.flatMap((f) => f.columns),
    ...b.pg.tables.flatMap((x) => x.foreignKeys.filter((f) => f.refTable === t.name).flatMap((f) => f.refColumns)),
  ]);
  const my = findTable(b.models.mysql, t.name)!;
  for (const i of my.indexes) for (const x of i.columns) used.add(x.name);
  return t.columns.map((x) => x.name).filter((x) => !used.has(x));
}

/** A step, and what to record when the models accept it. */
type Candidate = { step: Step; after?: () => void };

function genStep(b: Builder): Candidate | undefined {
  const c = b.c;
  const tables = b.pg.tables;
  if (tables.length === 0 || c.chance(12)) {
    const step = genCreateTable(b);
    return step && { step, after: () => afterCreateTable(b, step) };
  }
  const t = c.pick(tables);
  const T = t.name;
  const col = c.pick(t.columns);
  const key = `${T}.${col.name}`;
  const type = b.type(T, col.name);
  const free = freeColumns(b, t);
  const pk = t.primaryKey?.columns ?? [];
  switch (c.next(23)) {
    case 0: {
      // drop_table, restored by its inverse: only tables with nothing but columns, keys and uniques.
      const my = findTable(b.models.mysql, T)!;
      if (t.foreignKeys.length || t.indexes.length || my.indexes.length || t.checks.length || !t.primaryKey) return undefined;
      // CREATE TABLE keeps one of two keys on the same columns (the model refuses such a create): not re-creatable.
      const keys = [t.primaryKey.columns, ...t.uniques.map((u) => u.columns)].map((k) => k.join(','));
      if (new Set(keys).size !== keys.length) return undefined;
      if (b.pg.tables.some((x) => x.foreignKeys.some((f) => f.refTable === T))) return undefined;
      const create = {
        name: T,
        columns: t.columns.map((x) => ({ name: x.name, type: b.type(T, x.name), nullable: x.nullable, ...(x.default !== undefined ? { default: x.default } : {}) })),
        primary_key: { name: t.primaryKey.name, columns: t.primaryKey.columns },
        ...(t.uniques.length ? { unique: t.uniques.map((u) => ({ name: u.name, columns: u.columns })) } : {}),
      };
      return { step: { drop_table: { name: T }, inverse: [{ create_table: create as any }] } };
    }
    case 1: {
      const to = c.pick(TABLE_NAMES);
      return {
        step: { rename_table: { from: T, to } },
        after: () => renameTable(b, T, to),
      };
    }
    case 2:
    case 3: {
      const name = c.chance(70) ? c.pick(COLUMN_NAMES) : b.uniqueName('c');
      // Sometimes the type of another table's key column (for a foreign key later).
      const keyed = c.chance(30) ? c.pick(b.tablesWithPk()) : undefined;
      const ty = keyed ? b.type(keyed.name, keyed.primaryKey!.columns[0]) : c.pick(TYPES);
      const spec = columnSpec(b, name, ty);
      // (a BYTES default is any string, its UTF-8 bytes written as hexadecimal on every dialect: quotes and backslashes too)
      if (spec.nullable === false && spec.default === undefined) spec.default = ty === 'text' ? c.pick(TEXT_DEFAULTS) : ty === 'bytes' ? c.pick(STRINGS) : b.anyValue(ty);
      if (spec.default === undefined && (ty === 'text' || ty === 'bytes')) spec.nullable = true;
      return {
        step: { add_column: { table: T, column: spec as any } },
        after: () => {
          b.types.set(`${T}.${name}`, ty);
          b.createdColumns.add(`${T}.${name}`);
          if (spec.default === undefined) b.nullRisk.add(`${T}.${name}`);
        },
      };
    }
    case 4: {
      // drop_column, restored by its inverse (the model refuses a NOT NULL column without a default there).
      if ((!col.nullable && col.default === undefined) || checkedColumns(t).includes(col.name)) return undefined;
      const spec = { name: col.name, type, nullable: col.nullable, ...(col.default !== undefined ? { default: col.default } : {}) };
      return { step: { drop_column: { table: T, column: col.name }, inverse: [{ add_column: { table: T, column: spec as any } }] } };
    }
    case 5: {
      // Not a column a check reads (the model refuses it: src/model/check-columns.ts).
      if (checkedColumns(t).includes(col.name)) return undefined;
      const to = c.chance(60) ? c.pick(COLUMN_NAMES) : b.uniqueName('c');
      return { step: { rename_column: { table: T, from: col.name, to } }, after: () => renameColumn(b, T, col.name, to) };
    }
    case 6: {
      // Type changes that every value of the column fits: integers widen from the plan's start, strings stay
      // at least as wide as at the start, and never to text where an index or a default needs a width.
      if (checkedColumns(t).includes(col.name)) return undefined;
      const inFk = t.foreignKeys.some((f) => f.columns.includes(col.name)) || b.pg.tables.some((x) => x.foreignKeys.some((f) => f.refTable === T && f.refColumns.includes(col.name)));
      if (inFk) return undefined;
      const start = b.startTypes.get(key) ?? type;
      let to: string | undefined;
      if (type in INT_RANK) {
        const floor = start in INT_RANK ? INT_RANK[start] : 0;
        to = c.pick(Object.keys(INT_RANK).filter((x) => INT_RANK[x] >= floor && x !== type));
      } else if (/^varchar/.test(type)) {
        const floor = Math.max(16, /^varchar/.test(start) ? width(start) : 16);
        const options = [16, 24, 40, 64].filter((w) => w >= floor && `varchar(${w})` !== type).map((w) => `varchar(${w})`);
        // TEXT has no default in MySQL 8 and no index without a prefix length.
        if (col.default === undefined && free.includes(col.name)) options.push('text');
        to = options.length ? c.pick(options) : undefined;
      } else if (type === 'text') {
        // Back to a width only where no seeded value can be longer: the plan's start width, or a column it created.
        to = /^varchar/.test(start) ? start : b.startTypes.has(key) ? undefined : 'varchar(64)';
      }
      if (!to) return undefined;
      const target = to;
      return { step: { alter_column_type: { table: T, column: col.name, type: target } }, after: () => b.types.set(key, target) };
    }
    case 7: {
      if (type === 'text' || type === 'bytes') return undefined;
      return { step: { set_default: { table: T, column: col.name, default: b.anyValue(type) } } };
    }
    case 8:
      return col.default === undefined ? undefined : { step: { drop_default: { table: T, column: col.name } } };
    case 9: {
      if (!col.nullable || b.nullRisk.has(key) || type === 'bytes') return undefined;
      return { step: { set_not_null: { table: T, column: col.name } } };
    }
    case 10:
      if (col.nullable || pk.includes(col.name)) return undefined;
      return { step: { drop_not_null: { table: T, column: col.name } }, after: () => b.nullRisk.add(key) };
    case 11: {
      // A new primary key: the old one plus a NOT NULL column (seeded rows stay unique).
      if (!t.primaryKey) return undefined;
      const extra = t.columns.filter((x) => !x.nullable && uniqueable(b.type(T, x.name)) && !pk.includes(x.name));
      if (!extra.length) return undefined;
      const cols = shuffled(c, [...pk, c.pick(extra).name]);
      return { step: { replace_primary_key: { table: T, columns: cols } } };
    }
    case 12: {
      if (!t.primaryKey) return undefined;
      const extra = t.columns.filter((x) => uniqueable(b.type(T, x.name)) && !pk.includes(x.name));
      if (!extra.length) return undefined;
      const cols = shuffled(c, [...pk, c.pick(extra).name]);
      if (t.uniques.length && c.chance(40)) return { step: { replace_unique: { table: T, name: c.pick(t.uniques).name, columns: cols } } };
      return { step: { add_unique: { table: T, name: b.uniqueName(`${T}_uq`), columns: cols } } };
    }
    case 13:
      return t.uniques.length ? { step: { drop_unique: { table: T, name: c.pick(t.uniques).name } } } : undefined;
    case 14:
    case 15: {
      // A foreign key from existing columns whose types match a parent's primary key.
      if (b.wroteRows.has(T)) return undefined;
      const parent = c.pick(b.tablesWithPk());
      if (!parent || parent.name === T) return undefined;
      const used = new Set<string>();
      const cols: string[] = [];
      for (const k of parent.primaryKey!.columns) {
        const match = t.columns.find((x) => !used.has(x.name) && b.type(T, x.name) === b.type(parent.name, k));
        if (!match) return undefined;
        used.add(match.name);
        cols.push(match.name);
      }
      const nullable = cols.every((x) => findColumn(t, x)!.nullable);
      const actions = ACTIONS.filter((a) => nullable || a !== 'set null');
      const existing = t.foreignKeys.find((f) => f.refTable === parent.name);
      const fk = { name: existing && c.chance(50) ? existing.name : b.uniqueName(`${T}_fk`), columns: cols, references: { table: parent.name, columns: parent.primaryKey!.columns }, ...fkActions(c, actions) };
      return { step: existing && fk.name === existing.name ? { replace_foreign_key: { table: T, ...fk } } : { add_foreign_key: { table: T, ...fk } } };
    }
    case 16:
      return t.foreignKeys.length ? { step: { drop_foreign_key: { table: T, name: c.pick(t.foreignKeys).name } } } : undefined;
    case 17: {
      const cols = t.columns.filter((x) => keyable(b.type(T, x.name)));
      if (!cols.length) return undefined;
      const unique = !!t.primaryKey && c.chance(30);
      const chosen = unique ? shuffled(c, [...pk, ...cols.slice(0, 1).map((x) => x.name).filter((x) => !pk.includes(x))]) : [c.pick(cols).name, ...(c.chance(40) ? [c.pick(cols).name] : [])];
      const spec = { table: T, name: b.uniqueName(`${T}_ix`), columns: [...new Set(chosen)].map((x) => (c.chance(40) ? `${x} desc` : x)), ...(unique ? { unique: true } : {}) };
      // Replacing an index keeps its name; its new columns follow the same rules.
      if (t.indexes.length && c.chance(30)) return { step: { replace_index: { ...spec, name: c.pick(t.indexes).name } } };
      return { step: { create_index: spec } };
    }
    case 18:
      return t.indexes.length ? { step: { drop_index: { table: T, name: c.pick(t.indexes).name } } } : undefined;
    case 19: {
      // insert: fresh values for every column but bytes, into a table without foreign keys.
      if (!t.primaryKey || t.foreignKeys.length || b.backfilled.has(T)) return undefined;
      const rows = Array.from({ length: 1 + c.next(2) }, () => {
        const r: Record<string, Scalar | { param: string }> = {};
        for (const x of t.columns) {
          const ty = b.type(T, x.name);
          if (ty === 'bytes') continue;
          if (!pk.includes(x.name) && isString(ty) && width(ty) >= 16 && c.chance(15)) r[x.name] = { param: 'label' };
          else r[x.name] = b.freshValue(ty);
        }
        return r;
      });
      if (t.columns.some((x) => b.type(T, x.name) === 'bytes' && !x.nullable && x.default === undefined)) return undefined;
      return { step: { insert: { table: T, rows: rows as any } }, after: () => b.wroteRows.add(T) };
    }
    case 20: {
      // copy_rows into a table this plan created, keyed like its source.
      const into = [...b.createdTables].map((n) => findTable(b.pg, n)).find((x) => x && x.name !== T && x.primaryKey && !x.foreignKeys.length);
      if (!into || !t.primaryKey || into.primaryKey!.columns.length !== pk.length || b.backfilled.has(into.name)) return undefined;
      const intoPk = into.primaryKey!.columns;
      if (!intoPk.every((k, i) => b.type(into.name, k) === b.type(T, pk[i]))) return undefined;
      if ([...into.uniques.map((u) => u.columns), ...into.indexes.filter((i) => i.unique).map((i) => i.columns.map((x) => x.name))].some((u) => !intoPk.every((k) => u.includes(k)))) return undefined;
      const values: Record<string, ValueExpr> = {};
      intoPk.forEach((k, i) => (values[k] = { column: pk[i] }));
      for (const x of into.columns) {
        if (x.name in values) continue;
        const ty = b.type(into.name, x.name);
        if (ty === 'bytes') continue;
        if (x.nullable && x.default !== undefined && !c.chance(50)) continue;
        if (ty === 'text' && c.chance(50)) values[x.name] = { concat: [{ literal: 'copy:' }, { param: 'label' }] };
        else if (isInt(ty) && c.chance(30)) values[x.name] = { param: 'count' };
        else values[x.name] = { literal: b.anyValue(ty) };
      }
      if (into.columns.some((x) => !(x.name in values) && !x.nullable && x.default === undefined)) return undefined;
      const where = c.chance(30) ? { column: pk[0], equals: b.anyValue(b.type(T, pk[0])) } : undefined;
      return {
        step: { copy_rows: { into: into.name, from: T, values, ...(where && c.chance(50) ? { where } : {}) } },
        after: () => {
          b.wroteRows.add(into.name);
          for (const x of into.columns) if (!(x.name in values) && x.default === undefined) b.nullRisk.add(`${into.name}.${x.name}`);
        },
      };
    }
    case 21: {
      // update (backfill) of a column no key or index uses; an existing column's old values are not restored.
      const target = free.length ? c.pick(free) : undefined;
      if (!target) return undefined;
      const ty = b.type(T, target);
      if (ty === 'bytes') return undefined;
      const value: ValueExpr = ty === 'text' && c.chance(40)
        ? { concat: [{ column: c.pick(t.columns.filter((x) => isString(b.type(T, x.name)))).name }, { literal: "-'\\" }] }
        : ty === 'boolean' && c.chance(40) ? { param: 'flag' } : { literal: b.anyValue(ty) };
      const whereCol = c.pick(t.columns).name;
      const where = c.chance(50) ? { column: whereCol, is_null: true } : undefined;
      const reversible = b.createdTables.has(T) || b.createdColumns.has(`${T}.${target}`);
      return {
        step: { update: { table: T, set: { [target]: value }, ...(where ? { where } : {}) }, ...(reversible ? {} : { inverse: [] }) },
        after: () => {
          b.backfilled.add(T);
          if (!where || whereCol === target) b.nullRisk.delete(`${T}.${target}`);
        },
      };
    }
    case 22:
      return { step: genRawSql(b, T) };
  }
  return undefined;
}

function shuffled<T>(c: Choices, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = c.next(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function renameKeys<V>(m: Map<string, V>, from: string, to: string, table = true) {
  for (const [k, v] of [...m]) {
    const [t, col] = k.split('.');
    const nk = table ? (t === from ? `${to}.${col}` : k) : k === from ? to : k;
    if (nk !== k) {
      m.delete(k);
      m.set(nk, v);
    }
  }
}
function renameSet(s: Set<string>, map: (k: string) => string) {
  const next = [...s].map(map);
  s.clear();
  for (const k of next) s.add(k);
}

function renameTable(b: Builder, from: string, to: string) {
  renameKeys(b.types, from, to);
  renameKeys(b.startTypes, from, to);
  const f = (k: string) => (k === from ? to : k.startsWith(`${from}.`) ? `${to}${k.slice(from.length)}` : k);
  // The compiler's rollback follows renames of what a plan created (src/compile/created-here.ts): so does this.
  for (const s of [b.nullRisk, b.wroteRows, b.backfilled, b.createdTables, b.createdColumns]) renameSet(s, f);
}

function renameColumn(b: Builder, table: string, from: string, to: string) {
  renameKeys(b.types, `${table}.${from}`, `${table}.${to}`, false);
  renameKeys(b.startTypes, `${table}.${from}`, `${table}.${to}`, false);
  const f = (k: string) => (k === `${table}.${from}` ? `${table}.${to}` : k);
  renameSet(b.nullRisk, f);
  renameSet(b.createdColumns, f);
}

/** Optional extras of a step: a `when` that holds with the defaults, a note. */
function decorate(c: Choices, step: Step): Step {
  const r = c.next(10);
  if (r === 0) return { ...step, when: { param: 'flag', equals: true } };
  if (r === 1) return { ...step, when: { param: 'mode', not_equals: 'basic' } };
  if (r === 2) return { ...step, when: { param: 'count', equals: 7 } };
  if (r === 3) return { ...step, note: "why: it's \\ needed -- really /* no */" };
  return step;
}

/**
 * A chain of plans 0 → 1.0 → 1.1 → 1.2 read off `choices`: each plan takes up to `stepsPerPlan` candidate
 * steps, keeping those both models accept.
 */
export function randomChain(choices: number[], stepsPerPlan = 8): RandomChain {
  const c = new Choices(choices);
  const b = new Builder(c);
  const plans: RandomPlan[] = [];
  const versions = ['0', ...RANDOM_VERSIONS];
  for (let v = 1; v < versions.length; v++) {
    b.startPlan();
    const steps: Step[] = [];
    const n = 1 + c.next(stepsPerPlan);
    // Candidates until the plan has its steps (or the decisions run out: past them every candidate is the same).
    for (let tries = 0; steps.length < n && tries < 10 * n && !c.done; tries++) {
      const cand = genStep(b);
      if (!cand) continue;
      const step = decorate(c, cand.step);
      if (b.tryStep(step)) {
        steps.push(step);
        cand.after?.();
      }
    }
    // Steps that hold only for other parameter values, and steps that change nothing.
    if (c.chance(30)) steps.push({ manual: { text: 'Tell the on-call team: "quotes" \' and \\ are fine' }, when: { param: 'flag', equals: false } });
    if (b.pg.tables.length && c.chance(30)) {
      const t = c.pick(b.pg.tables);
      steps.push({ precondition: { message: `table ${t.name} is there (100% sure)`, tables: [t.name], columns: [{ table: t.name, column: t.columns[0].name }] } });
    }
    if (steps.length === 0) {
      // Every plan changes something: a table of its own.
      const name = b.uniqueName('t');
      const step: Step = { create_table: { name, columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: { columns: ['id'] } } };
      b.tryStep(step);
      afterCreateTable(b, step);
      steps.push(step);
    }
    plans.push({ from: versions[v - 1], to: versions[v], steps });
  }
  return { plans, tables: b.pg.tables.map((t) => ({ name: t.name, columns: t.columns.map((x) => x.name) })) };
}

/** The product file of the generated product. */
export function productYaml(): string {
  return stringify({ product: RANDOM_PRODUCT, title: 'Random plans', versions: RANDOM_VERSIONS, dialects: ['postgres', 'mysql'], parameters: RANDOM_PARAMETERS });
}

/** One plan as the YAML file a plan author would write. */
export function planYaml(p: RandomPlan): string {
  return stringify({ product: RANDOM_PRODUCT, from: p.from, to: p.to, summary: `random plan ${p.from} to ${p.to}`, steps: p.steps });
}

/** The whole chain as YAML documents, for a failure message or a regression fixture. */
export function chainYaml(chain: RandomChain): string {
  return [`# product.yaml\n${productYaml()}`, ...chain.plans.map((p) => `# ${p.from}-${p.to}.yaml\n${planYaml(p)}`)].join('---\n');
}

/** Writes the chain as plans/random/ of a fresh temporary plans directory; returns that directory. */
export function writeChain(chain: RandomChain, dir = tempPlansDir()): string {
  writePlanFile(dir, RANDOM_PRODUCT, 'product.yaml', productYaml());
  for (const p of chain.plans) writePlanFile(dir, RANDOM_PRODUCT, `${p.from}-${p.to}.yaml`, planYaml(p));
  return dir;
}
