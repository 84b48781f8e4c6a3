// create_table: a table with its columns, primary key, unique keys, foreign keys and checks.
import type { Dialect } from '../dialects/dialect.js';
import type { ColumnSpec, ForeignKeySpec, KeySpec } from '../plan/types.js';
import { copyTable, findTable, ModelDraft, sameList, type Model, type Table } from '../model/model.js';
import { Sql, joinSql, sql } from '../compile/sql.js';
import { checkCaseFree, checkCheckNameFree, checkColumnsExist, checkIndexNameFree, checkKeyNameFreeOfConstraints, checkName, checkNameFreeOfChecks, fail, addSupportingIndex, markPkNotNull, validateFk } from './shared.js';
import { concreteTable, merged, resolveColumn, resolveFk } from './resolve.js';
import { renderKit } from './render.js';
import { OpError, type ArgPath, type PlanOperation } from './types.js';
import { renamedTable } from './naming.js';
import { placeStatement } from './move_tables.js';
import { checkDefaultFits } from './default-fits.js';

/** Where a create_table step writes the name of each of its table's keys (the primary key's, then the unique keys'). */
const keyPaths = (t: Table): ArgPath[] => [...(t.primaryKey ? [['primary_key', 'name']] : []), ...t.uniques.map((_, i) => ['unique', i, 'name'])];

/** Refuses a new table whose names, columns or keys the engine would refuse or silently change. */
function validateTableKeys(d: Dialect, m: Model, t: Table): void {
  checkName(d, t.name, 'table', ['name']);
  // A check the catalog prints otherwise than the plan writes it fails the script's end check on every run.
  for (const [k, c] of t.checks.entries()) {
    const why = d.syntax.checkSpellingProblem?.(c.expression, (n) => t.columns.find((x) => x.name === n)?.type);
    if (why !== undefined) fail(`check ${c.name} is not written as ${d.script.engineName} prints it back (the script's end check compares the catalog's spelling, and would fail on every run): ${why}`, ['checks', k, 'expression']);
  }
  const seen = new Set<string>();
  for (const [i, c] of t.columns.entries()) {
    const at = ['columns', i, 'name'];
    checkName(d, c.name, 'column', at);
    if (seen.has(c.name)) fail(`column "${c.name}" appears twice in ${t.name}`, at);
    checkCaseFree(d, 'column', c.name, seen, (n) => `column "${t.name}.${n}"`, at);
    seen.add(c.name);
  }
  // The table's own key and constraint names, each kind in its namespace and as the engine compares it (a second
  // one fails the CREATE TABLE). Index-like names of another table are checked by the caller where they share one.
  const names = (kind: 'index' | 'constraint', list: { name: string; at: ArgPath }[], what: string) => {
    const seenNames: string[] = [];
    for (const { name: n, at } of list) {
      if (seenNames.includes(n)) fail(`${what} name "${n}" appears twice in ${t.name}`, at);
      checkCaseFree(d, kind, n, seenNames, (x) => `${what} "${x}"`, at);
      seenNames.push(n);
    }
  };
  const keys = [...(t.primaryKey ? [t.primaryKey.name] : []), ...t.uniques.map((u) => u.name)];
  names('index', keys.map((name, i) => ({ name, at: keyPaths(t)[i] })), 'key');
  names('constraint', t.foreignKeys.map((f, i) => ({ name: f.name, at: ['foreign_keys', i, 'name'] })), 'foreign key');
  names('constraint', t.checks.map((c, i) => ({ name: c.name, at: ['checks', i, 'name'] })), 'check');
  // Where keys, foreign keys and checks share the table's constraint names (PostgreSQL), one of each kind may not
  // take another's.
  for (const [i, n] of keys.entries()) checkKeyNameFreeOfConstraints(d, t, n, keyPaths(t)[i]);
  if (d.rules.foreignKeyNameScope === 'table') {
    names('constraint', [...t.foreignKeys.map((f, i) => ({ name: f.name, at: ['foreign_keys', i, 'name'] })), ...t.checks.map((c, i) => ({ name: c.name, at: ['checks', i, 'name'] }))], 'constraint');
  } else {
    // (MariaDB: a foreign key may not take a check's name either; keys are held to it above)
    for (const [i, f] of t.foreignKeys.entries()) checkNameFreeOfChecks(d, t, f.name, ['foreign_keys', i, 'name']);
  }
  if (t.primaryKey) {
    checkColumnsExist(t, t.primaryKey.columns, 'the primary key');
    checkName(d, t.primaryKey.name, 'primary key', ['primary_key', 'name']);
  }
  for (const [i, u] of t.uniques.entries()) {
    checkName(d, u.name, 'unique constraint', ['unique', i, 'name']);
    checkColumnsExist(t, u.columns, `unique constraint ${u.name}`);
    // PostgreSQL's CREATE TABLE silently keeps one of two keys on the same columns: the model would predict a
    // constraint the database does not have.
    const same = [...(t.primaryKey ? [{ name: 'the primary key', columns: t.primaryKey.columns }] : []), ...t.uniques.slice(0, i).map((x) => ({ name: `unique constraint ${x.name}`, columns: x.columns }))]
      .find((k) => sameList(k.columns, u.columns));
    if (same) fail(`unique constraint ${u.name} has the columns of ${same.name} (${u.columns.join(', ')}); PostgreSQL would not create it: leave it out`);
  }
  for (const fk of t.foreignKeys) validateFk(d, m, t, fk);
  if (t.partitionBy) {
    if (!d.rules.partitionIndexName) fail(`table ${t.name}: ${d.script.engineName} has no declarative partitioning: make the step postgres-only (dialects: [postgres])`);
    checkColumnsExist(t, t.partitionBy.columns, 'partition_by');
    // Each partition would need the keys too, under names the engine chooses; not modelled yet.
    if (t.primaryKey || t.uniques.length || t.foreignKeys.length) fail(`table ${t.name}: keys and foreign keys on a partitioned table are not supported yet`);
  }
}

export const createTable: PlanOperation<'create_table'> = {
  kind: 'create_table',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "columns"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "columns": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/$defs/column"
        }
      },
      "primary_key": {
        "$ref": "#/$defs/key"
      },
      "unique": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/key"
        }
      },
      "foreign_keys": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/foreign_key"
        }
      },
      "checks": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/check"
        }
      },
      "location": {
        "$ref": "#/$defs/identifier",
        "description": "A location of product.yaml (locations:) the table is in, when not the main schema or database (PostgreSQL schema, MySQL database; SQLite: the main file)"
      },
      "partition_by": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "strategy",
          "columns"
        ],
        "description": "PostgreSQL only: a partitioned table (CREATE TABLE … PARTITION BY <strategy> (<columns>)); its rows live in its partitions (create_partition). Keys and foreign keys on a partitioned table are not supported yet.",
        "properties": {
          "strategy": {
            "enum": [
              "range",
              "list",
              "hash"
            ]
          },
          "columns": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/identifier"
            }
          }
        }
      }
    }
  },
  resolve(d, a) {
    const t: Table = {
      name: a.name,
      columns: a.columns.map((c: ColumnSpec) => resolveColumn(d, c)),
      uniques: (a.unique ?? []).map((u: KeySpec) => ({ name: merged(u, d).name ?? `${a.name}_${u.columns[0]}_key`, columns: [...merged(u, d).columns] })),
      foreignKeys: (a.foreign_keys ?? []).map((f: ForeignKeySpec) => resolveFk(d, f)),
      indexes: [],
      checks: (a.checks ?? []).map((c) => {
        const e = typeof c.expression === 'string' ? c.expression : c.expression[d.name];
        if (e === undefined) throw new OpError(`check ${c.name} has no ${d.name} expression`);
        return { name: c.name, expression: e };
      }),
    };
    if (a.location !== undefined && d.located) t.location = a.location;
    if (a.partition_by) t.partitionBy = { strategy: a.partition_by.strategy, columns: [...a.partition_by.columns] };
    if (a.primary_key) {
      const pk = merged(a.primary_key, d);
      t.primaryKey = { name: d.rules.primaryKeyName(a.name, pk.name), columns: [...pk.columns] };
    }
    return { kind: 'create_table', table: t };
  },
  apply(d, m, op) {
    if (findTable(m, op.table.name)) fail(`table "${op.table.name}" already exists`, ['name']);
    checkCaseFree(d, 'table', op.table.name, m.tables.map((x) => x.name), (n) => `table "${n}"`, ['name']);
    // Where indexes share the schema's namespace with tables (PostgreSQL, SQLite), an index's name is taken too.
    if (d.rules.indexNameScope === 'schema') checkIndexNameFree(d, m, op.table, op.table.name, ['name']);
    // Each default against its column's type, before the enum types are made concrete (their values are the model's).
    for (const [i, c] of op.table.columns.entries()) checkDefaultFits(d, m, op.table.name, c, ['columns', i, 'default']);
    const t = concreteTable(d, m, copyTable(op.table));
    validateTableKeys(d, { ...m, tables: [...m.tables, t] }, t);
    // A new table's own key names can clash with another table's only where they share one namespace.
    if (d.rules.indexNameScope === 'schema') {
      [...(t.primaryKey ? [t.primaryKey.name] : []), ...t.uniques.map((u) => u.name)].forEach((n, i) => checkIndexNameFree(d, m, t, n, keyPaths(t)[i]));
    }
    // Where foreign key names are unique across the database (InnoDB), the other tables' take theirs.
    if (d.rules.foreignKeyNameScope === 'database') {
      const others = m.tables.flatMap((x) => x.foreignKeys.map((f) => f.name));
      for (const [i, fk] of t.foreignKeys.entries()) {
        const at = ['foreign_keys', i, 'name'];
        if (others.includes(fk.name)) fail(`foreign key name "${fk.name}" is already used in this database`, at);
        checkCaseFree(d, 'constraint', fk.name, others, (n) => `foreign key "${n}"`, at);
      }
    }
    // Where check names are unique across the database (MySQL 8), the other tables' take theirs.
    for (const [i, c] of t.checks.entries()) checkCheckNameFree(d, m, c.name, ['checks', i, 'name']);
    markPkNotNull(d, t);
    for (const fk of t.foreignKeys) addSupportingIndex(d, t, fk);
    const draft = new ModelDraft(m);
    draft.add(t);
    return draft.model;
  },
  inverse: (op) => ({ ops: [{ kind: 'drop_table', name: op.table.name }] }),
  rename: (op, n) => ({ ...op, table: renamedTable(n, op.table) }),
  describe: (op) => `create table ${op.table.name}`,
  render(d, op, before, after) {
    // Check expressions are SQL the plan author wrote (checked when the plan is loaded).
    const t = findTable(after, op.table.name)!;
    const partitionBy = t.partitionBy
      ? sql`${Sql.verbatim(t.partitionBy.strategy.toUpperCase())} (${joinSql(t.partitionBy.columns.map((c) => d.syntax.ident(c)), ', ')})`
      : undefined;
    const kit = renderKit(d, before, after);
    const place = placeStatement(d, t.location, kit.body);
    const [st] = kit.one('create_table', { table: { ...t, checks: t.checks.map((c) => ({ name: c.name, expression: Sql.verbatim(c.expression) })) }, partitionBy });
    return [...place, { ...st, createsTable: t.name }];
  },
};
