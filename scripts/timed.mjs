#!/usr/bin/env node
// Runs commands one after another (separated by `--`), stops at the first that fails, and prints how long the
// whole run took: `npm test` ends with its own running time.
import { spawnSync } from 'node:child_process';

const [label, ...rest] = process.argv.slice(2);
const commands = [[]];
for (const a of rest) a === '--' ? commands.push([]) : commands[commands.length - 1].push(a);
const t0 = performance.now();
let code = 0;
for (const [cmd, ...args] of commands.filter((c) => c.length)) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  code = r.status ?? (r.signal === 'SIGINT' ? 130 : 1);
  if (code !== 0) break;
}
const s = Math.round((performance.now() - t0) / 1000);
console.log(`\n${label}: ${code === 0 ? 'passed' : 'FAILED'} in ${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`);
process.exit(code);
