import { checkOut } from './dist/src/compile/out.js';
import { withProductsPinned } from './dist/src/plan/load.js';
const t = performance.now();
const r = withProductsPinned(() => checkOut());
console.error('stale', r.length, Math.round(performance.now() - t), 'ms');
