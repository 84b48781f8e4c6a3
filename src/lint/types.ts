// What a plan lint rule is, and what it sees: one plan compiled for one dialect, its steps as resolved operations
// with the models before and after each (src/compile/compile.ts `Unit`). Rules are pure: data in, findings out.
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../model/model.js';
import type { Op, Statement } from '../operations/index.js';
import type { Predicate } from '../compile/facets.js';
import type { ScriptLocks, StatementLocks } from '../compile/locks.js';
import type { LoadedPlan, LoadedStep } from '../plan/types.js';

/** How serious a finding is: an error fails `plan lint` (exit code 1) unless acknowledged; a warning does not. */
export type Severity = 'error' | 'warning';

/** One step of a plan as one dialect compiles it, with what the rules ask about its tables. */
export interface LintStep {
  step: LoadedStep;
  op: Op;
  /** The models just before and just after the step. */
  before: Model;
  after: Model;
  /** Its statements, each with the guard the model derives for it (empty conjunction: the catalog cannot tell). */
  values: { statement: Statement; guard: Predicate }[];
  /** The lock annotation of each statement the script runs for it (src/compile/locks.ts). */
  locks: StatementLocks[];
  /**
   * Whether table `name` (as named at this step) holds rows from before the plan: it is in the model before the step
   * and no step of this plan up to here created it (src/compile/created-here.ts, renames followed).
   */
  existing(name: string): boolean;
  /** Whether column `table.column` was created by this plan, up to and including this step. */
  createdHere(table: string, column?: string): boolean;
  /**
   * The operations of the step's explicit `inverse:`, resolved as the rollback resolves them (parameters, and the
   * product's naming: the prefixed table names the models hold); undefined without one, or when they do not resolve.
   */
  inverse?: Op[];
}

/** One plan compiled for one dialect (one choice of the parameters), as the rules see it. */
export interface LintPlan {
  plan: LoadedPlan;
  dialect: Dialect;
  /** The steps that apply to this dialect and these parameters, in order. */
  steps: LintStep[];
  /** The script's lock annotations: every statement in order, and per transaction and table the strongest lock held to COMMIT. */
  locks: ScriptLocks;
  /**
   * A second run of the whole script is stopped before its first statement (a dialect whose script is one
   * transaction from one exact state, SQLite, when the script changes the schema): no statement's guard runs again.
   */
  rerunStopsFirst: boolean;
  /** The most bytes a character of the product's tables takes (CompileResult.bytesPerCharacter); undefined: the dialect's default. */
  bytesPerCharacter?: number;
  /** The product's version tables (product.yaml `version_tables`) as the steps' operations name them (physicalVersionTables): an insert into one of them is a finished marker. */
  versionTables: readonly string[];
}

/** What a rule found on one step: the step and the message (one line). */
export interface Hit {
  step: LintStep;
  message: string;
}

/** A plan lint rule: one module under src/lint/rules/, with its page beside it (<id>.md). */
export interface Rule {
  /** Stable id, kebab-case; plans acknowledge findings by it. */
  id: string;
  severity: Severity;
  /** What the rule finds, in one line (the README's list). */
  summary: string;
  /** What to do about a finding, in one line. */
  fix: string;
  /** The findings of the rule on one compiled plan, in step order. */
  check(plan: LintPlan): Hit[];
}

/** A finding as plan lint reports it, merged over dialects and parameter choices. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** The plan file as the loader names it (relative to the package root or the current directory), and the step's position. */
  file: string;
  line: number;
  col: number;
  message: string;
  fix: string;
  /** The dialects it was found on, in the product's order. */
  dialects: string[];
  /** Set when the step acknowledges the rule: the reason it gives. */
  acknowledged?: string;
}

/** The result of linting: every finding in file, line, column and rule order, and whether any error is unacknowledged. */
export interface LintReport {
  findings: Finding[];
  /** Unacknowledged errors (exit code 1 when > 0). */
  errors: number;
  warnings: number;
  acknowledged: number;
}
