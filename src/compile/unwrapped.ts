// Each statement of a compiled script as its body alone, for tools that read SQL text but not our guards.
import type { CompileResult } from './compile.js';

/** One statement value of a script, unwrapped. */
export interface UnwrappedStatement {
  /** The plan it comes from, as the script's sections name it (`5.0 → 6.0`). */
  plan: string;
  /** The banner of its operation in the script, without `-- ` (`5.0 → 6.0 · 3/12 · add column …`). */
  banner: string;
  /** The statement, ending with `;`: the body the script runs under its guard. */
  body: string;
}

/**
 * The statements of a compiled script, each as the body the script runs (`Statement.bodies`), without its guard (the
 * DO block or prepared statement that runs it only while it is needed), outside any transaction (no BEGIN/COMMIT and
 * no session settings), in the order the script runs them; the checks that only stop a script (no body) and the
 * statements a round trip leaves out are not there. A linter that reads neither DO bodies (squawk) nor, for some of
 * its rules, the statements inside BEGIN … COMMIT sees the script's SQL this way.
 * @returns one entry per body (a statement value may have several, run under one guard on PostgreSQL)
 */
export function unwrappedStatements(r: CompileResult): UnwrappedStatement[] {
  // A body that is a PL/pgSQL IF (PostgreSQL's stop before dropping an INVALID index another session is still
  // building: create_index.ts) is a check run under the guard, not a statement: no SQL statement begins with IF.
  return r.units.flatMap((u) => u.bodies.filter((b) => !/^\s*IF\b/.test(b)).map((b) => ({ plan: u.plan, banner: u.banner.replace(/^-- /, ''), body: `${b.trim().replace(/;*$/, '')};` })));
}
