#!/usr/bin/env node
// The entry point: installs the interrupt handler (./signals.ts), then loads the commands (./program.ts). The handler
// comes first because a static import graph is all loaded before any of it runs: installed by program.ts, it came
// ≈0.5 s after start, and a SIGTERM before that ended the process with 143, not the documented 130 (found by review).
import './signals.js';

await import('./program.js');
