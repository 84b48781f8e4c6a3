// The README's plan example is a real plan of the repository, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

const ROOT = projectRoot();

it('every plan the README shows as "<!-- plans/… -->" is that file', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const shown = [...readme.matchAll(/<!-- (plans\/[^ ]+\.yaml), as it is in the repository[^>]*-->\n```yaml\n([\s\S]*?)```\n/g)];
  expect(shown.length).toBeGreaterThan(0);
  for (const [, file, text] of shown) expect(text, file).toBe(readFileSync(join(ROOT, file), 'utf8'));
});
