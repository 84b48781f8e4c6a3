// drop_enum_type: a named enum type dropped (PostgreSQL DROP TYPE); no column may still use it. On MySQL and SQLite
// the model forgets the values (no statement).
import { enumTypeOf, findEnumType, type Model } from '../model/model.js';
import { fail } from './shared.js';
import { fx, renderKit } from './render.js';
import type { PlanOperation } from './types.js';

export const dropEnumType: PlanOperation<'drop_enum_type'> = {
  kind: 'drop_enum_type',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name"
    ],
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'drop_enum_type', name: a.name }),
  apply(_d, m, op) {
    const e = findEnumType(m, op.name);
    if (!e) fail(`enum type "${op.name}" does not exist`);
    for (const t of m.tables) for (const c of t.columns) if (enumTypeOf(c.type) === op.name) fail(`enum type "${op.name}" is the type of column ${t.name}.${c.name}`);
    return { ...m, enumTypes: (m.enumTypes ?? []).filter((x) => x.name !== op.name) } satisfies Model;
  },
  inverse: (op, before) => ({ ops: [{ kind: 'create_enum_type', type: findEnumType(before, op.name)! }] }),
  rename: (op) => op,
  describe: (op) => `drop enum type ${op.name}`,
  render(d, op, before, after) {
    const e = findEnumType(before, op.name)!;
    if (e.facetless) return [];
    return [{ bodies: [renderKit(d, before, after).body('drop_enum_type', { name: e.name })], effects: [fx({ type: 'enum_type', table: e.name }, null)] }];
  },
};
