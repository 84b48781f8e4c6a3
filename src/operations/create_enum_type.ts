// create_enum_type: a named enum type (PostgreSQL CREATE TYPE … AS ENUM), in the main schema or a location. MySQL
// and SQLite have no such object: there the step writes nothing and the model keeps the values, which the columns
// of type enum(<name>) take (MySQL ENUM('a','b'); SQLite text of the longest value, as SQLAlchemy declares them).
import { findEnumType, findTable, type EnumType, type Model } from '../model/model.js';
import { checkReservedName, fail } from './shared.js';
import { fx, renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { placeStatement } from './move_tables.js';

/** `m` with `e` added to its enum types (a new model). */
export function withEnumType(m: Model, e: EnumType): Model {
  return { ...m, enumTypes: [...(m.enumTypes ?? []), e] };
}

export const createEnumType: PlanOperation<'create_enum_type'> = {
  kind: 'create_enum_type',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "values"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63
        },
        "description": "The labels, in order (PostgreSQL: at most 63 bytes each)"
      },
      "location": {
        "$ref": "#/$defs/identifier",
        "description": "A location of product.yaml (locations:) the type is in, when not in the main schema (PostgreSQL; elsewhere the type is no object)"
      }
    }
  },
  resolve(d, a) {
    const type: EnumType = { name: a.name, values: [...a.values] };
    if (d.rules.enumColumnType) type.facetless = true;
    else if (a.location !== undefined && d.located) type.location = a.location;
    return { kind: 'create_enum_type', type };
  },
  apply(d, m, op) {
    if (findEnumType(m, op.type.name)) fail(`enum type "${op.type.name}" already exists`);
    checkReservedName(d, op.type.name, 'enum type', ['name']);
    const bad = d.rules.enumLabelProblem?.(op.type.values);
    if (bad) fail(`enum type ${op.type.name}: label ${JSON.stringify(op.type.values[bad.index])} ${bad.why}`, ['values', bad.index]);
    if (!op.type.facetless && findTable(m, op.type.name)) fail(`"${op.type.name}" is the name of a table (PostgreSQL gives each table a type of its name)`);
    return withEnumType(m, { ...op.type, values: [...op.type.values] });
  },
  inverse: (op) => ({ ops: [{ kind: 'drop_enum_type', name: op.type.name }] }),
  rename: (op) => op,
  describe: (op) => `create enum type ${op.type.name}`,
  render(d, op, before, after) {
    if (op.type.facetless) return [];
    const { body } = renderKit(d, before, after);
    const e = findEnumTypeOrFail(after, op.type.name);
    return [
      ...placeStatement(d, e.location, body),
      { bodies: [body('create_enum_type', { name: e.name, values: e.values })], effects: [fx({ type: 'enum_type', table: e.name }, { type: 'enum_type', enumType: e })] },
    ];
  },
};

function findEnumTypeOrFail(m: Model, name: string): EnumType {
  const e = findEnumType(m, name);
  if (!e) throw new Error(`internal: no enum type ${name}`);
  return e;
}
