// add_foreign_key: a foreign key added to a table (with the supporting index the engine may create for it).
import type { Dialect } from '../dialects/dialect.js';
import { findTable, type Model } from '../model/model.js';
import { facetIsNot, type FacetRef } from '../compile/facets.js';
import { addSupportingIndex, checkCaseFree, checkNameFreeOfChecks, fail, table, validateFk, withTable } from './shared.js';
import { resolveFk } from './resolve.js';
import { fx, renderKit } from './render.js';
import type { Op, OpOf, ParamValues, PlanOperation, Statement } from './types.js';
import { renamedForeignKey } from './naming.js';

/** The inverse's tail for a foreign key added or redefined: the supporting indexes made for it are dropped too. */
export function dropSupportingIndexes(table: string, before: Model, after: Model): Op[] {
  const beforeIdx = new Set(findTable(before, table)!.indexes.map((i) => i.name));
  return findTable(after, table)!.indexes.filter((ix) => !beforeIdx.has(ix.name)).map((ix) => ({ kind: 'drop_index', table, name: ix.name }));
}

/**
 * The statements that give a table foreign key `op.fk`, replacing a same-named one (add_foreign_key and
 * replace_foreign_key render alike: the guards tell which runs).
 */
export function renderForeignKey(d: Dialect, op: OpOf<'add_foreign_key' | 'replace_foreign_key'>, before: Model, after: Model, _params?: ParamValues): Statement[] {
  const { body, all } = renderKit(d, before, after);
  const ref: FacetRef = { type: 'foreign_key', table: op.table, name: op.fk.name };
  // A same-named key (the old definition, or drift) is dropped by a statement of its own, guarded by its presence, then
  // the engine's supporting indexes (MySQL), then the key is added: where the key is absent, only ADD FOREIGN KEY
  // runs. (PostgreSQL's DROP CONSTRAINT takes ACCESS EXCLUSIVE on the table even when IF EXISTS finds nothing, and
  // holds it to COMMIT: in one block with the add, a new foreign key blocked reads of its table all the same, where
  // ADD FOREIGN KEY alone takes SHARE ROW EXCLUSIVE. MySQL cannot drop and add a key of one name in one ALTER.)
  const names = new Set(findTable(before, op.table)!.indexes.map((i) => i.name));
  const supporting = findTable(after, op.table)!.indexes.filter((i) => !names.has(i.name));
  const fkValue = all.find((f) => f.ref.type === 'foreign_key' && f.ref.name === op.fk.name)!.value;
  // Each statement says what it is: their lock annotations differ (MySQL: the index is built in place, the key added
  // by a copy of the table), and under the step's one banner they read as contradicting each other.
  return [
    { bodies: [body(d.rules.keysAreConstraints ? 'drop_constraint' : 'drop_foreign_key', { table: op.table, name: op.fk.name })], effects: [fx(ref, null)], condition: facetIsNot(ref, null), what: `drop foreign key ${op.fk.name} as it is now` },
    ...supporting.map((index) => ({
      bodies: [body('create_index', { table: op.table, index })],
      effects: [fx({ type: 'index', table: op.table, name: index.name }, { type: 'index' as const, index })],
      what: `create index ${index.name}, which the foreign key needs (an index on its columns)`,
    })),
    { bodies: [body('add_foreign_key', op)], effects: [fx(ref, fkValue)], what: `add foreign key ${op.fk.name}` },
  ];
}

export const addForeignKey: PlanOperation<'add_foreign_key'> = {
  kind: 'add_foreign_key',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "name",
      "columns",
      "references"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "columns": {
        "$ref": "#/$defs/columns"
      },
      "references": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "table",
          "columns"
        ],
        "properties": {
          "table": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          }
        }
      },
      "on_delete": {
        "enum": [
          "cascade",
          "restrict",
          "no action",
          "set null",
          "set default"
        ]
      },
      "on_update": {
        "enum": [
          "cascade",
          "restrict",
          "no action",
          "set null",
          "set default"
        ]
      },
      "postgres": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          },
          "references": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "table",
              "columns"
            ],
            "properties": {
              "table": {
                "$ref": "#/$defs/identifier"
              },
              "columns": {
                "$ref": "#/$defs/columns"
              }
            }
          },
          "on_delete": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          },
          "on_update": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          }
        }
      },
      "mysql": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          },
          "references": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "table",
              "columns"
            ],
            "properties": {
              "table": {
                "$ref": "#/$defs/identifier"
              },
              "columns": {
                "$ref": "#/$defs/columns"
              }
            }
          },
          "on_delete": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          },
          "on_update": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          }
        }
      },
      "sqlite": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          },
          "columns": {
            "$ref": "#/$defs/columns"
          },
          "references": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "table",
              "columns"
            ],
            "properties": {
              "table": {
                "$ref": "#/$defs/identifier"
              },
              "columns": {
                "$ref": "#/$defs/columns"
              }
            }
          },
          "on_delete": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          },
          "on_update": {
            "enum": [
              "cascade",
              "restrict",
              "no action",
              "set null",
              "set default"
            ]
          }
        }
      },
      "table": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve: (d, a) => ({ kind: 'add_foreign_key', table: a.table, fk: resolveFk(d, a) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    // Where foreign keys share the table's constraint namespace (PostgreSQL), a key's name is taken too.
    const keyNamed = d.rules.foreignKeyNameScope === 'table' && (t.uniques.some((u) => u.name === op.fk.name) || t.primaryKey?.name === op.fk.name);
    const at = ['name'];
    if (t.foreignKeys.some((f) => f.name === op.fk.name) || keyNamed) fail(`constraint "${op.fk.name}" already exists on ${t.name}`, at);
    if (d.rules.foreignKeyNameScope === 'database' && m.tables.some((x) => x.foreignKeys.some((f) => f.name === op.fk.name))) fail(`foreign key name "${op.fk.name}" is already used in this database`, at);
    // The same, in another letter case where the engine compares constraint names ignoring it.
    const scope = d.rules.foreignKeyNameScope === 'database'
      ? m.tables.flatMap((x) => x.foreignKeys.map((f) => f.name))
      : [...t.foreignKeys.map((f) => f.name), ...t.uniques.map((u) => u.name), ...(t.primaryKey ? [t.primaryKey.name] : [])];
    checkCaseFree(d, 'constraint', op.fk.name, scope, (n) => `constraint "${n}"`, at);
    // A check of the table under that name (PostgreSQL: the script's drop of the key "as it is now" would drop it).
    checkNameFreeOfChecks(d, t, op.fk.name, at);
    validateFk(d, m, t, op.fk);
    return withTable(m, t, (w) => {
      w.foreignKeys.push({ ...op.fk, columns: [...op.fk.columns], refColumns: [...op.fk.refColumns] });
      addSupportingIndex(d, w, op.fk);
    });
  },
  inverse: (op, before, after) => ({ ops: [{ kind: 'drop_foreign_key', table: op.table, name: op.fk.name }, ...dropSupportingIndexes(op.table, before, after)] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table), fk: renamedForeignKey(n, op.table, op.fk) }),
  describe: (op) => `add foreign key ${op.fk.name} on ${op.table}`,
  render: renderForeignKey,
};
