// precondition: a check that stops the script unless tables, columns and rows exist (a row: one whose column has a
// value, which may be a parameter's: the tenant a plan makes the control plane).
import { withParamValues } from './manual.js';
import { and, facetIsNot } from '../compile/facets.js';
import { sql } from '../compile/sql.js';
import { column, table } from './shared.js';
import { whereSql } from './render.js';
import type { PlanOperation } from './types.js';

export const precondition: PlanOperation<'precondition'> = {
  kind: 'precondition',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "message"
    ],
    "properties": {
      "message": {
        "$ref": "#/$defs/one_line_text",
        "type": "string",
        "maxLength": 200,
        "description": "Why the script stops when the check fails; {{name}} stands for the value of parameter name"
      },
      "database": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "param"
        ],
        "properties": {
          "param": {
            "$ref": "#/$defs/identifier"
          },
          "is_not": {
            "const": true,
            "description": "The other way round: the script must not run in the database (SQLite: the file) this parameter names (Fief 0.27 → 0.28 on SQLite runs on the main database once the workspace's file is renamed to it, never on the file still named after the workspace)"
          }
        },
        "description": "The database the script runs in (PostgreSQL current_database(), MySQL DATABASE(), SQLite the name of its file without its folder) must be the one this string parameter names; an empty value accepts any, and so does a database without a name (SQLite in memory: nothing to compare)"
      },
      "tables": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/identifier"
        }
      },
      "no_other_tables": {
        "type": "string",
        "pattern": "^[A-Za-z0-9_*]*\\*[A-Za-z0-9_*]*$",
        "description": "A table name with * for any characters (keto_*_relation_tuples): the database (the script's schema or database) holds no table so named but the ones the schema model has at this step"
      },
      "columns": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "table",
            "column"
          ],
          "properties": {
            "table": {
              "$ref": "#/$defs/identifier"
            },
            "column": {
              "$ref": "#/$defs/identifier"
            }
          }
        }
      },
      "rows": {
        "type": "array",
        "description": "Rows that must be there: a row of table whose column equals the value (a literal, or { param: name }), or is NULL (is_null: true); with if_other_rows, only when the table has other rows; with only, and no row of another value (nor NULL)",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "table",
            "column"
          ],
          "oneOf": [
            {
              "required": [
                "equals"
              ]
            },
            {
              "required": [
                "is_null"
              ]
            }
          ],
          "properties": {
            "table": {
              "$ref": "#/$defs/identifier"
            },
            "column": {
              "$ref": "#/$defs/identifier"
            },
            "if_other_rows": {
              "type": "boolean",
              "description": "Only when the table has other rows: an empty table (a fresh install) passes"
            },
            "only": {
              "type": "boolean",
              "description": "And every row of the table has that value: a row with another value, or NULL, stops the script (with if_other_rows: every row, when there are any)"
            },
            "is_null": {
              "const": true,
              "description": "A row whose column is NULL (instead of equals)"
            },
            "equals": {
              "oneOf": [
                {
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "param"
                  ],
                  "properties": {
                    "param": {
                      "$ref": "#/$defs/identifier"
                    }
                  }
                }
              ]
            }
          }
        }
      }
    }
  },
  // {{name}} in the message stands for a parameter's value, as in a manual step's text (the tenant the check looked for).
  resolve: (_d, a, params) => ({ kind: 'precondition', message: withParamValues(a.message, params, 'precondition message'), tables: a.tables ?? [], columns: a.columns ?? [], rows: (a.rows ?? []).map((r) => ({ ...r })), ...(a.database ? { database: { ...a.database } } : {}), ...(a.no_other_tables ? { noOtherTables: a.no_other_tables } : {}) }),
  apply(_d, m, op) {
    for (const tn of op.tables) table(m, tn);
    for (const c of op.columns) column(table(m, c.table), c.column);
    for (const r of op.rows) column(table(m, r.table), r.column);
    return m;
  },
  inverse: () => ({ ops: [] }),
  // A check changes no schema and a rollback does not repeat it: a rollback reads none of its arguments.
  schemaReads: () => undefined,
  rollbackReads: () => undefined,
  rename: (op, n) => ({ ...op, tables: op.tables.map((t) => n.table(t)), columns: op.columns.map((c) => ({ ...c, table: n.table(c.table) })), rows: op.rows.map((r) => ({ ...r, table: n.table(r.table) })) }),
  describe: (op) => `check: ${op.message}`,
  render(d, op, before, _after, params) {
    const match = (r: (typeof op.rows)[number]) => whereSql(d, r.is_null ? { column: r.column, is_null: true } : { column: r.column, equals: r.equals! }, undefined, params)!;
    // A row that does not match: another value or NULL (equals), or a value (is_null).
    const other = (r: (typeof op.rows)[number]) => (r.is_null ? sql`${d.syntax.ident(r.column)} IS NOT NULL` : sql`NOT (${match(r)}) OR ${d.syntax.ident(r.column)} IS NULL`);
    const database = op.database ? params[op.database.param] : undefined;
    if (op.database && typeof database !== 'string') throw new Error(`precondition database: parameter ${op.database.param} must be a string parameter`);
    // A name pattern (* for any characters) as LIKE, `!` escaping LIKE's own wildcards.
    const like = op.noOtherTables?.replace(/[!%_]/g, (c) => `!${c}`).replace(/\*/g, '%');
    const known = before.tables.filter((t) => t.location === undefined).map((t) => t.name);
    const condition = and([
      ...(like !== undefined ? [{ kind: 'sql' as const, sql: sql`NOT ${d.guards.tablesNamedLike(like, known)}` }] : []),
      // Exactly (sameText): MySQL's `=` on DATABASE() ignores case and trailing spaces (utf8mb3_general_ci, PAD
      // SPACE), so 'H_MK_CS ' passed in h_mk_cs, where lower_case_table_names=0 keeps both apart; plan status
      // compares the names exactly (found by review).
      ...(database ? [{ kind: 'sql' as const, sql: op.database!.is_not ? sql`NOT (${d.syntax.sameText(d.syntax.currentDatabase(), d.syntax.literal(database))})` : d.syntax.sameText(d.syntax.currentDatabase(), d.syntax.literal(database)) }] : []),
      ...op.tables.map((t) => facetIsNot({ type: 'table', table: t }, null)),
      ...op.columns.map((c) => facetIsNot({ type: 'column', table: c.table, column: c.column }, null)),
      ...op.rows.flatMap((r) => [
        facetIsNot({ type: 'column', table: r.table, column: r.column }, null),
        {
          kind: 'sql' as const,
          sql: r.if_other_rows && r.only
            ? sql`NOT EXISTS (SELECT 1 FROM ${d.syntax.table(r.table)} WHERE ${other(r)})`
            : r.if_other_rows
            ? sql`(EXISTS (SELECT 1 FROM ${d.syntax.table(r.table)} WHERE ${match(r)}) OR NOT EXISTS (SELECT 1 FROM ${d.syntax.table(r.table)} WHERE ${whereSql(d, { column: r.column, not_equals: r.equals! }, undefined, params)!}))`
            : r.only
              ? sql`(EXISTS (SELECT 1 FROM ${d.syntax.table(r.table)} WHERE ${match(r)}) AND NOT EXISTS (SELECT 1 FROM ${d.syntax.table(r.table)} WHERE ${other(r)}))`
              : sql`EXISTS (SELECT 1 FROM ${d.syntax.table(r.table)} WHERE ${match(r)})`,
        },
      ]),
    ]);
    // The tables found against no_other_tables are named in the stop (which ones is what the DBA needs to know).
    const detail = like !== undefined ? { stopDetail: { label: `tables named ${op.noOtherTables}`, names: d.guards.tableNamesLike(like, known) } } : {};
    return [{ bodies: [], effects: [], condition, stop: op.message, ...detail }];
  },
};
