// Warnings: what a command says on stderr before it goes on (exit code unchanged).

/** Writes each warning as one line on stderr, `plan: warning: <text>` (compile, review and status alike). */
export function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`plan: warning: ${w}\n`);
}
