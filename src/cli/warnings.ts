// Warnings: what a command says on stderr before it goes on (exit code unchanged).
import { terminalText } from '../text-rules.js';

/**
 * Writes each warning as one line on stderr, `plan: warning: <text>` (compile, review and status alike); a control
 * character in it (an engine's message, read from the database) escaped (terminalText).
 */
export function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`plan: warning: ${terminalText(w)}\n`);
}
