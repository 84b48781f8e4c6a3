// Preloaded by bench/cold.mjs into a measured command (`node --require bench/maxrss.cjs …`): at exit, writes
// the process's peak resident set size (bytes) to the file named by PLAN_BENCH_MAXRSS_FILE.
'use strict';
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.PLAN_BENCH_MAXRSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
