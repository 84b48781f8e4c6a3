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
