// The operations' part of schemas/plan.schema.json, made from the registry: `$defs/op_<name>` is each module's
// `schema` fragment, and `$defs/step` lists every operation (a property referring to its definition, and a
// `oneOf` branch requiring it). scripts/build-schema.mjs writes the file; a test checks it is not stale.
import { OPERATIONS } from './index.js';
import { ONE_LINE_PATTERN, TEXT_PATTERN } from '../text-rules.js';

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

/**
 * The schemas' definitions of text (`$defs/one_line_text`, `$defs/text`), from src/text-rules.ts: the patterns the
 * parameter checks and the comment writer share, so that the schemas cannot allow a character they refuse.
 */
export const TEXT_DEFS: Json = {
  one_line_text: {
    type: 'string',
    pattern: ONE_LINE_PATTERN,
    description: 'One line of text without control characters: it is carried into a single-line -- SQL comment and printed on terminals, where a line break (CR, LF, VT, FF, NEL, U+2028, U+2029) would turn the rest into a statement and a control character (ESC, NUL…) would be a terminal escape',
  },
  text: {
    type: 'string',
    pattern: TEXT_PATTERN,
    description: 'Text that may run over lines: no control character other than LF, CR and tab (it is printed in SQL comments, where its lines are folded into one, and on terminals, where ESC would be a terminal escape)',
  },
};

/** `base` with its text definitions those of TEXT_DEFS (in place of the ones it has, else first among its `$defs`). */
export function withTextDefs(base: Json): Json {
  const defs: Json = {};
  for (const key of Object.keys(TEXT_DEFS)) if (!(key in base.$defs)) defs[key] = TEXT_DEFS[key];
  for (const [key, value] of Object.entries(base.$defs as Json)) defs[key] = key in TEXT_DEFS ? TEXT_DEFS[key] : value;
  return { ...base, $defs: defs };
}

/** The text of schemas/plan.schema.json for `base`: JSON with two-space indentation and a final newline. */
export function planSchemaText(base: Json): string {
  return JSON.stringify(withTextDefs(planSchemaFromOperations(base)), null, 2) + '\n';
}

/** The text of schemas/product.schema.json for `base` (its text definitions TEXT_DEFS'), as planSchemaText writes. */
export function productSchemaText(base: Json): string {
  return JSON.stringify(withTextDefs(base), null, 2) + '\n';
}
