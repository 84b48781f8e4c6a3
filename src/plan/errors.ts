import { NOT_ONE_LINE } from '../text-rules.js';
import type { SourcePos } from './types.js';

/** An error the user can act on: one line, with the file, line and column (or the parameter) it is about. */
export class PlanError extends Error {
  constructor(
    message: string,
    readonly pos?: SourcePos,
  ) {
    // The location is named once, at the start: a message that also names it inside loses that copy.
    const at = pos && `${pos.file}:${pos.line}:${pos.col}`;
    super(at ? `${at}: ${message.split(` at ${at}`).join('')}` : message);
    this.name = 'PlanError';
  }
}

/**
 * `value` as a JSON string literal that stays on one line and prints nothing raw a terminal acts on: JSON escapes C0
 * (CR, LF, ESC…) but not DEL, C1 (NEL, CSI), U+2028 and U+2029, which some terminals and editors break lines at or
 * read as escapes; those are escaped too (src/text-rules.ts).
 */
export function quoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Control characters (C0 but tab, DEL, C1: NEL U+0085 among them) and the Unicode line and paragraph separators (one
 * definition: text-rules.ts): what a path the tool prints into a script's comments or a command line may not hold (a line break there ends the comment,
 * and the rest is SQL; found by review: `-o $'/tmp/i\nDROP TABLE victim; --.sql'` put a DROP into the header).
 */
const CONTROL_OR_LINE_BREAK = NOT_ONE_LINE;

/**
 * Throws a one-line PlanError when `path` holds a control character or line break.
 * @param path the path as given
 * @param what where it was given (`-o`, `--plans`)
 * @param subject what the path is (`a plans directory's path`), and `why` it may not: where it is printed
 * @throws PlanError naming `what` and the path, quoted on one line
 */
export function refuseControlCharacters(path: string, what: string, subject: string, why: string): void {
  if (CONTROL_OR_LINE_BREAK.test(path)) throw new PlanError(`${what}: ${quoted(path)}: ${subject} may not hold control characters or line breaks (${why})`);
}

/**
 * A rollback refused by the plan itself: a step says `irreversible:` (the plan's author decided there is no way back,
 * and why). `plan validate`, `plan build` and `plan verify` take it as the plan's answer for that direction.
 */
export class IrreversibleError extends PlanError {
  constructor(message: string, pos?: SourcePos) {
    super(message, pos);
    this.name = 'IrreversibleError';
  }
}

/**
 * A parameter a script needs that has no value: none given, no default (raised where the compile reads it). A
 * rollback's compile that stops on one first asks whether the rollback is refused anyway (compile.ts), so that the DBA
 * is not asked for a value only to be told then that there is no way back.
 */
export class MissingParameterError extends PlanError {
  constructor(message: string, pos?: SourcePos) {
    // Named PlanError still: it crosses from a worker (src/cli/tasks.ts) as the PlanError it is to the user.
    super(message, pos);
  }
}

/**
 * A rollback that cannot be made: a step whose operation has no inverse the compiler can derive (a dropped column's
 * values, deleted rows) and that states none (`inverse:`) nor says it is irreversible. `plan validate` refuses the
 * plan for it, and `plan compile` refuses the rollback with the same message.
 */
export class ImpossibleRollbackError extends PlanError {
  constructor(message: string, pos?: SourcePos) {
    // Named PlanError still: it crosses from a worker (src/cli/tasks.ts) as the PlanError it is to the user.
    super(message, pos);
  }
}
