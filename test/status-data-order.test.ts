// Found by use (stop 38): plan status at AuthHero 11.20 listed its data lines deletes first, then the rows left out:
// step 184/191 before step 183/191. They now come in the order the script runs them.
import { expect, it } from 'vitest';
import { predictCatalog } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';

it.each([
  ['sqlite', ['57/191', '183/191', '184/191']],
  ['mysql', ['97/105', '98/105']],
] as const)('AuthHero 11.20 → 11.21 on %s: the data lines in step order', (dialect, steps) => {
  const detected = detect({ product: 'authhero', dialect, found: predictCatalog({ product: 'authhero', version: '11.20', dialect }) });
  const data = status({ detected }).data;
  const numbers = data.map((l) => /^\[11\.20 → 11\.21\] steps? (\d+\/\d+)/.exec(l)?.[1]);
  for (const s of steps) expect(numbers).toContain(s);
  const order = numbers.map((n) => Number(n!.split('/')[0]));
  expect(order).toEqual([...order].sort((a, b) => a - b));
});
