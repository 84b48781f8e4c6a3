import fc from 'fast-check';
import { it } from 'vitest';
import { randomChain } from './helpers/random-plans.js';
it('x', () => {
  const samples = fc.sample(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 0, maxLength: 400, size: 'large' }), { seed: 18, numRuns: 40 });
  for (const s of samples) randomChain(s);
  console.log((globalThis as any).__reasons);
});
it('y', () => {
  const samples = fc.sample(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 0, maxLength: 400, size: 'large' }), { seed: 18, numRuns: 40 });
  const counts: Record<string, number> = {};
  for (const s of samples) for (const p of randomChain(s).plans) for (const st of p.steps) { const k = Object.keys(st).find(k => !['when','note','inverse','dialects'].includes(k))!; counts[k] = (counts[k] ?? 0) + 1; }
  console.log(counts, samples.map(s=>s.length).join(','));
});
