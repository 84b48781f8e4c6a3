// The operations' part of schemas/plan.schema.json, made from the registry: `$defs/op_<name>` is each module's
// `schema` fragment, and `$defs/step` lists every operation (a property referring to its definition, and a
// `oneOf` branch requiring it). scripts/build-schema.mjs writes the file; a test checks it is not stale.
import { OPERATIONS } from './index.js';

type Json = { [key: string]: any };

const isOperationDef = (key: string) => key.startsWith('op_');

/**
 * The plan schema `base` (schemas/plan.schema.json as parsed) with its operation definitions replaced by the
 * registry's: everything else, and the position of every key, is kept.
 * @throws Error when `base` has no `$defs.step` to list the operations in
 */
export function planSchemaFromOperations(base: Json): Json {
  const names = Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[];
  const defs: Json = {};
  let placed = false;
  const placeOperations = () => {
    if (placed) return;
    placed = true;
    for (const n of names) defs[`op_${n}`] = OPERATIONS[n].schema;
  };
  for (const [key, value] of Object.entries(base.$defs as Json)) {
    if (isOperationDef(key)) placeOperations();
    else defs[key] = value;
  }
  placeOperations();
  const step = defs.step as Json | undefined;
  if (!step) throw new Error('the plan schema has no $defs.step');
  const properties: Json = {};
  const isOperation = new Set<string>(names);
  let listed = false;
  const listOperations = () => {
    if (listed) return;
    listed = true;
    for (const n of names) properties[n] = { $ref: `#/$defs/op_${n}` };
  };
  for (const [key, value] of Object.entries(step.properties as Json)) {
    if (isOperation.has(key) || (base.$defs[`op_${key}`] !== undefined)) listOperations();
    else properties[key] = value;
  }
  listOperations();
  defs.step = { ...step, properties, oneOf: names.map((n) => ({ required: [n] })) };
  return { ...base, $defs: defs };
}

/** The text of schemas/plan.schema.json for `base`: JSON with two-space indentation and a final newline. */
export function planSchemaText(base: Json): string {
  return JSON.stringify(planSchemaFromOperations(base), null, 2) + '\n';
}
