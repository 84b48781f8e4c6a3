// move_tables: tables (and enum types) moved to another schema (PostgreSQL: ALTER TABLE … SET SCHEMA, ALTER TYPE …
// SET SCHEMA) or database (MySQL: RENAME TABLE db.t TO t) of the product's: a location of product.yaml, or the main
// one (`main`) the script runs in. A table keeps its rows, columns, keys and indexes; foreign keys follow it (they
// point at tables, not names). One guarded statement per object, so a crash between two leaves each either moved
// or not, and a second run moves only what is left. SQLite has no such places (one file: see the product's runbook).
import { findEnumType, findTable, ModelDraft, type EnumType, type Table } from '../model/model.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Sql } from '../compile/sql.js';
import { fail } from './shared.js';
import { fx, renderKit } from './render.js';
import { OpError, type Op, type PlanOperation, type Statement } from './types.js';

/** The location a move goes to: undefined for the main schema or database. */
const target = (to: string) => (to === 'main' ? undefined : to);

/**
 * The statement that makes the schema (PostgreSQL) or database (MySQL) of `location` where it does not exist (IF NOT
 * EXISTS: it guards itself), before a statement puts something there; none for the main one.
 */
export function placeStatement(d: Dialect, location: string | undefined, body: (name: string, ctx: Record<string, unknown>) => Sql): Statement[] {
  const place = d.placeName?.(location);
  return location === undefined || !place ? [] : [{ bodies: [body('create_place', { place })], effects: [] }];
}

export const moveTables: PlanOperation<'move_tables'> = {
  kind: 'move_tables',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "to",
      "tables"
    ],
    "properties": {
      "to": {
        "$ref": "#/$defs/identifier",
        "description": "main (the schema or database the script runs in) or a location of product.yaml (locations:)"
      },
      "tables": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "$ref": "#/$defs/identifier"
        }
      },
      "types": {
        "type": "array",
        "uniqueItems": true,
        "items": {
          "$ref": "#/$defs/identifier"
        },
        "description": "Enum types (create_enum_type) that move with the tables (PostgreSQL: their columns keep pointing at them, wherever they are)"
      }
    }
  },
  resolve(d, a) {
    if (!d.located) throw new OpError(`${d.script.engineName} has no schemas or databases to move tables between: limit the step to the dialects that have (dialects: [postgres, mysql])`);
    return { kind: 'move_tables', to: a.to, tables: [...a.tables], types: [...(a.types ?? [])] };
  },
  apply(_d, m, op) {
    const to = target(op.to);
    const draft = new ModelDraft(m);
    for (const name of op.tables) {
      const t = findTable(draft.model, name);
      if (!t) fail(`table "${name}" does not exist`);
      if (t.location === to) fail(`table "${name}" is already in ${op.to}`);
      const moved = draft.edit(t);
      if (to === undefined) delete moved.location;
      else moved.location = to;
    }
    let model = draft.model;
    for (const name of op.types) {
      const e = findEnumType(model, name);
      if (!e) fail(`enum type "${name}" does not exist`);
      if (e.location === to && !e.facetless) fail(`enum type "${name}" is already in ${op.to}`);
      const moved: EnumType = { ...e, values: [...e.values] };
      if (to === undefined || e.facetless) delete moved.location;
      else moved.location = to;
      model = { ...model, enumTypes: model.enumTypes!.map((x) => (x.name === name ? moved : x)) };
    }
    return model;
  },
  inverse(op, before) {
    // Each object back where it was: one move per place it came from.
    const back = new Map<string, { tables: string[]; types: string[] }>();
    const to = (loc: string | undefined) => {
      const k = loc ?? 'main';
      if (!back.has(k)) back.set(k, { tables: [], types: [] });
      return back.get(k)!;
    };
    for (const name of op.tables) to(findTable(before, name)!.location).tables.push(name);
    for (const name of op.types) to(findEnumType(before, name)!.location).types.push(name);
    const ops: Op[] = [...back].map(([k, v]) => ({ kind: 'move_tables', to: k, tables: v.tables, types: v.types }));
    return { ops };
  },
  rename: (op, n) => ({ ...op, tables: op.tables.map((t) => n.table(t)) }),
  describe: (op) => `move ${op.tables.length} table${op.tables.length === 1 ? '' : 's'}${op.types.length ? ` and ${op.types.length} enum type${op.types.length === 1 ? '' : 's'}` : ''} to ${op.to}`,
  render(d, op, before, after) {
    const { body } = renderKit(d, before, after);
    const to = target(op.to);
    const out: Statement[] = [...placeStatement(d, to, body)];
    const place = d.placeName?.(to);
    // The name where the object is before the move, and after it.
    const from = (name: string, loc: string | undefined) => d.nameAt!(name, loc);
    for (const name of op.tables) {
      const a: Table = findTable(after, name)!;
      const b = findTable(before, name)!;
      out.push({
        bodies: [body('move_table', { from: from(name, b.location), fromText: from(name, b.location).text, name, to: from(name, to), place, toMain: to === undefined && !place })],
        effects: [fx({ type: 'table', table: name }, { type: 'table', table: a })],
      });
    }
    for (const name of op.types) {
      const a = findEnumType(after, name)!;
      if (a.facetless) continue;
      const b = findEnumType(before, name)!;
      out.push({
        bodies: [body('move_type', { from: from(name, b.location), fromText: from(name, b.location).text, place, toMain: to === undefined && !place })],
        effects: [fx({ type: 'enum_type', table: name }, { type: 'enum_type', enumType: a })],
      });
    }
    return out;
  },
};
