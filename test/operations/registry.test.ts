// The operation registry covers every operation a plan can name, and schemas/plan.schema.json is what the
// operation modules' schema fragments make it (scripts/build-schema.mjs, run by npm run build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/operations/index.js';
import { planSchemaFromOperations, planSchemaText } from '../../src/operations/schema.js';
import { OP_NAMES } from '../../src/plan/types.js';
import { projectRoot } from '../../src/paths.js';

const schemaFile = join(projectRoot(), 'schemas', 'plan.schema.json');
const committed = readFileSync(schemaFile, 'utf8');
const schema = JSON.parse(committed);

describe('operation registry', () => {
  it('has one module for every operation a plan step can name, each under its own name', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual([...OP_NAMES].sort());
    for (const [name, op] of Object.entries(OPERATIONS)) expect(op.kind).toBe(name);
  });

  it('every operation has its definition in the plan schema, and the schema has no other', () => {
    const defs = Object.keys(schema.$defs).filter((k) => k.startsWith('op_')).map((k) => k.slice(3));
    expect(defs.sort()).toEqual([...OP_NAMES].sort());
    const step = schema.$defs.step;
    expect(step.oneOf.map((b: { required: string[] }) => b.required[0]).sort()).toEqual([...OP_NAMES].sort());
    for (const n of OP_NAMES) expect(step.properties[n]).toEqual({ $ref: `#/$defs/op_${n}` });
  });

  it('schemas/plan.schema.json is up to date with the modules (else: npm run build)', () => {
    expect(planSchemaText(schema)).toBe(committed);
  });

  it('a changed fragment shows in the generated schema (the staleness check can fail)', () => {
    const stale = structuredClone(schema);
    stale.$defs.op_drop_table.required = ['nothing'];
    delete stale.$defs.op_manual;
    const made = planSchemaFromOperations(stale);
    expect(made.$defs.op_drop_table).toEqual(OPERATIONS.drop_table.schema);
    expect(made.$defs.op_manual).toEqual(OPERATIONS.manual.schema);
    expect(planSchemaText(stale)).toBe(committed);
  });
});
