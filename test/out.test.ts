// out/ holds the compiled up and down SQL of every plan, committed for review; it must be what
// `plan build` writes now (regenerate with: node dist/src/cli/main.js build).
import { describe, expect, it } from 'vitest';
import { checkOut } from '../src/compile/out.js';

describe('out/', { timeout: 300_000 }, () => {
  it('is fresh', () => {
    expect(checkOut()).toEqual([]);
  });
});

