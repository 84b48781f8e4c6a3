// Writes the operations' part of schemas/plan.schema.json from the operation modules (src/operations/<name>.ts,
// each with its `schema` fragment). Runs after tsc (it reads dist/); `npm run build` and `prepare` run it.
// test/operations/registry.test.ts fails when the committed file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { planSchemaText } = await import(pathToFileURL(join(root, 'dist/src/operations/schema.js')).href);
const file = join(root, 'schemas/plan.schema.json');
const before = readFileSync(file, 'utf8');
const after = planSchemaText(JSON.parse(before));
if (after !== before) {
  writeFileSync(file, after);
  // stderr: the build runs inside `npm pack --json`, whose stdout is JSON.
  console.error('schemas/plan.schema.json: operation definitions rewritten from src/operations/');
}
