// Exit codes and interruption, the same for every command (documented in `plan --help` and the README).

/** The only exit codes `plan` uses. */
export const EXIT = {
  /** the command did what it was asked */
  ok: 0,
  /** a check that failed: stale out/, a verify failure, an unreachable server */
  failed: 1,
  /** bad input: usage, plans, parameters, an output path */
  badInput: 2,
  /** interrupted (Ctrl-C, SIGTERM) */
  interrupted: 130,
  /** standard output or standard error closed by its reader (`plan … | head`): 128 + SIGPIPE, what a shell reports for other commands */
  outputClosed: 141,
} as const;

/** A check that failed (exit code 1), as opposed to bad input (a PlanError, exit code 2). One line. */
export class CheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailed';
  }
}

let cleanup: (() => Promise<void>) | undefined;
let interrupted = false;

/** True once SIGINT or SIGTERM arrived: a command stops printing results, which would be the interruption's. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/** What to undo when interrupted (e.g. drop scratch databases) before exiting with 130. */
export function onInterrupt(fn: () => Promise<void>): void {
  cleanup = fn;
}

/** Ctrl-C and SIGTERM: one line "plan: interrupted", the registered clean-up, exit code 130. */
export function handleInterrupts(): void {
  const handler = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`plan: interrupted (${signal})${cleanup ? ': dropping scratch databases' : ''}\n`);
    void (cleanup ? cleanup() : Promise.resolve()).catch(() => undefined).finally(() => process.exit(EXIT.interrupted));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/**
 * Standard output's or standard error's reader went away (`plan list | head -1`, `plan list 2>&1 | head -1`): stop
 * quietly, as commands killed by SIGPIPE do (Node ignores the signal, so the write fails with EPIPE instead), after
 * the registered clean-up, with exit code 141. Any other error of either stream is rethrown. (Found by a fresh user:
 * an error line written into a closed pipe on stderr was an uncaught exception, exit code 1.)
 */
export function exitOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      if (interrupted) return;
      interrupted = true;
      void (cleanup ? cleanup() : Promise.resolve()).catch(() => undefined).finally(() => process.exit(EXIT.outputClosed));
    });
  }
}
