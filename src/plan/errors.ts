import type { SourcePos } from './types.js';

/** An error the user can act on: one line, with the file, line and column (or the parameter) it is about. */
export class PlanError extends Error {
  constructor(
    message: string,
    readonly pos?: SourcePos,
  ) {
    super(pos ? `${pos.file}:${pos.line}:${pos.col}: ${message}` : message);
    this.name = 'PlanError';
  }
}
