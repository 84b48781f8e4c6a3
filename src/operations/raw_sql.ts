// raw_sql: SQL the plan gives per dialect, run under its own guard (or unguarded, with a reason).
import { Sql } from '../compile/sql.js';
import { OpError, type OpOf, type PlanOperation } from './types.js';

/** Raw SQL as the plan gives it, ending with a semicolon so it cannot run into the statement after it. */
function terminated(sql: string): string {
  return sql.trim().replace(/;*$/, ';');
}

export const rawSql: PlanOperation<'raw_sql'> = {
  kind: 'raw_sql',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "description"
    ],
    "properties": {
      "description": {
        "$ref": "#/$defs/one_line_text"
      },
      "postgres": {
        "type": "string"
      },
      "mysql": {
        "type": "string"
      },
      "sqlite": {
        "type": "string"
      },
      "guard": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "postgres": {
            "type": "string",
            "minLength": 1
          },
          "mysql": {
            "type": "string",
            "minLength": 1
          },
          "sqlite": {
            "type": "string",
            "minLength": 1
          }
        },
        "description": "Per dialect: a SQL boolean condition that is TRUE while the step still has to run; the statement runs only then"
      },
      "unguarded": {
        "$ref": "#/$defs/one_line_text",
        "type": "string",
        "minLength": 1,
        "description": "Why this step needs no guard: it runs on every run of the script, and the header says so"
      },
      "inverse": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "postgres": {
            "type": "string"
          },
          "mysql": {
            "type": "string"
          },
          "sqlite": {
            "type": "string"
          }
        }
      }
    },
    "oneOf": [
      {
        "required": [
          "guard"
        ]
      },
      {
        "required": [
          "unguarded"
        ]
      }
    ]
  },
  resolve(d, a) {
    const sql = a[d.name];
    if (sql === undefined) throw new OpError(`raw_sql "${a.description}" has no ${d.name} text (limit the step with dialects:)`);
    const inv: string | undefined = a.inverse?.[d.name];
    const op: OpOf<'raw_sql'> = { kind: 'raw_sql', description: a.description, sql: terminated(sql), inverseSql: inv === undefined ? undefined : terminated(inv) };
    // The loader made sure a guard has a condition for every dialect the step has text for.
    if (a.guard) op.guard = a.guard[d.name]!.trim();
    else op.unguarded = a.unguarded;
    return op;
  },
  apply: (_d, m) => m,
  // The undo has to run while the step's effect is there: while its guard is not TRUE.
  inverse: (op) =>
    op.inverseSql !== undefined
      ? { ops: [{ kind: 'raw_sql', description: `undo: ${op.description}`, sql: op.inverseSql, inverseSql: op.sql, ...(op.guard !== undefined ? { guard: `(${op.guard}) IS NOT TRUE` } : { unguarded: op.unguarded }) }] }
      : { irreversible: `raw_sql "${op.description}" states no inverse` },
  // Raw SQL names its tables itself: it cannot follow a product's naming parameters.
  rename: (op) => {
    throw new OpError(`raw_sql "${op.description}" names its tables itself, so it cannot follow the table-name parameters given (prefix, schema or per-table names); compile without them or write the step with operations`);
  },
  describe: (op) => op.description,
  render(d, op) {
    // A script without per-statement guards (SQLite) cannot put a condition on rows around a statement: the raw text
    // must guard itself (INSERT … WHERE NOT EXISTS, CREATE … IF NOT EXISTS) and say so with unguarded:.
    if (op.guard !== undefined && d.script.atomic) throw new OpError(`raw_sql "${op.description}": ${d.script.engineName} cannot run a statement under a condition on rows, so the guard cannot be applied; give ${d.name} its own step (dialects: [${d.name}]) whose SQL guards itself, with unguarded: <why it needs no guard>`);
    return [{
      bodies: [Sql.verbatim(op.sql)],
      effects: [],
      condition: op.guard ? { kind: 'sql', sql: Sql.verbatim(`(${op.guard})`) } : undefined,
    }];
  },
};
