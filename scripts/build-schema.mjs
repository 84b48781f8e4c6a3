// Writes the operations' part of schemas/plan.schema.json from the operation modules (src/operations/<name>.ts,
// each with its `schema` fragment), and both schemas' text definitions from src/text-rules.ts. Runs after tsc (it
// reads dist/); `npm run build` and `prepare` run it. test/operations/registry.test.ts and test/text-rules.test.ts fail
// when a committed file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Both schemas take their text definitions ($defs/one_line_text, $defs/text) from src/text-rules.ts.
const { planSchemaText, productSchemaText } = await import(pathToFileURL(join(root, 'dist/src/operations/schema.js')).href);
for (const [name, text, what] of [
  ['plan', planSchemaText, 'operation and text definitions rewritten from src/operations/ and src/text-rules.ts'],
  ['product', productSchemaText, 'text definitions rewritten from src/text-rules.ts'],
]) {
  const file = join(root, `schemas/${name}.schema.json`);
  const before = readFileSync(file, 'utf8');
  const after = text(JSON.parse(before));
  if (after !== before) {
    writeFileSync(file, after);
    // stderr: the build runs inside `npm pack --json`, whose stdout is JSON.
    console.error(`schemas/${name}.schema.json: ${what}`);
  }
}
