// The data steps of the script into a version that a database whose schema is at that version may still have work
// left in: a script cut short after its last schema change but before its last row copies or inserts leaves a
// catalog that matches the version exactly, while rows are missing. `plan status` and `plan detect` ask the database,
// read-only, the same row conditions the compiled script asks before each such step (the statement's own `sql`
// conditions, under the guard the model derives: src/compile/guards.ts, rendered by the dialect's DialectGuards).
//
// SQLite is left out: its scripts run as one transaction (Dialect.script.atomic), so a crash leaves the database as
// it was before the script, never with its schema done and its data steps not.
import { compile } from '../compile/compile.js';
import { and, type Predicate } from '../compile/facets.js';
import type { DetectResult } from './detect.js';
import { loadProduct } from '../plan/load.js';
import { getDialect } from '../dialects/index.js';
import type { DialectName } from '../plan/types.js';
import { durationText } from '../dialects/dialect.js';
import { PLAN_COMMAND } from '../shell.js';
import { escapeNotOneLine } from '../text-rules.js';

/**
 * How long one data step read may run when `plan status|detect --read-timeout` does not say (30 s): each read is one
 * row condition, asked on an index or a scan of the step's table; on a big table, or behind another session's lock,
 * it could run for hours with no bound (found by review). A read that runs longer leaves its step unknown, named.
 */
export const DATA_STEP_READ_TIMEOUT_MS = 30_000;

/** One data step of a script, with the read-only queries that tell whether it still has work. */
export interface DataStepCheck {
  /** The step as the script's banner names it, without its plan: `8/11 (copy rows from a into b)`. */
  step: string;
  /**
   * `SELECT CASE WHEN … THEN 1 ELSE 0 END AS work` of the catalog guard the model derives for the statement (and
   * the statement's own catalog conditions); absent when there is none (the catalog cannot tell whether it ran).
   */
  catalog?: string;
  /** The same of the statement's row conditions: 1 while it still has rows to write. */
  rows: string;
}

/** The data steps of the last plan into a version, to ask the database about. */
export interface DataStepChecks {
  /** The version whose schema the database has. */
  version: string;
  /** The version the plan into it starts from. */
  from: string;
  /** Its data steps, in the order the script runs them. */
  checks: DataStepCheck[];
  /**
   * The session settings to ask them under: the script's own (DialectScript.readSettings), then the bound of each
   * read (DialectScript.readTimeout) when `timeoutMs` is not 0.
   */
  settings: string[];
  /** How long each read may run, in milliseconds (0: no bound). */
  timeoutMs?: number;
}

/** What asking a database found (readDataSteps in src/engines/live.ts). */
export interface DataStepsFound {
  version: string;
  from: string;
  /** The steps that still have work, as DataStepCheck.step names them. */
  left: string[];
  /**
   * The steps whose conditions could not be evaluated (a table the version does not have), with the engine's first
   * line; `timedOutMs`: the read ran longer than that bound (DataStepChecks.timeoutMs) and was stopped.
   */
  skipped: { step: string; why: string; timedOutMs?: number }[];
}

const asWork = (p: string) => `SELECT CASE WHEN ${p} THEN 1 ELSE 0 END AS work`;

/**
 * The data steps of the `from` → `version` script (the last plan on the path into `version`), as the script for
 * `dialect` with `params` decides whether each still has work: every statement value that writes rows (it has
 * bodies, no stop, changes no catalog facet, and has a row condition of its own: copy_rows, insert, delete_rows,
 * update, update_from, import_rows, …). A data step before a later schema change has a catalog guard that is false
 * once that change is made; those after the last one have none, and only their row conditions tell.
 * `timeoutMs`: how long each read may run (default DATA_STEP_READ_TIMEOUT_MS; 0: no bound).
 * @returns undefined for SQLite (its scripts are one transaction), for version 0 (nothing leads into it), for the
 *   install plan of a product that installs itself (procedure.install.own_installer), or when the
 *   script cannot be compiled with the parameters given (status then says what it says without this)
 */
export function dataStepChecks(req: { product: string; dialect: string; version: string; versions: string[]; params?: string[]; plansDir?: string; timeoutMs?: number }): DataStepChecks | undefined {
  // A dialect whose scripts are one transaction (SQLite: see the head of this file): nothing half-done to find.
  if (getDialect(req.dialect as DialectName).script.atomic) return undefined;
  const at = req.versions.indexOf(req.version);
  if (at <= 0) return undefined;
  const from = req.versions[at - 1];
  // A product that installs itself (procedure.install.own_installer): its install plan is the model of what its
  // installer makes, not a script that ran here, so its data steps are not ours to ask about.
  if (from === '0' && loadProduct(req.product, req.plansDir).product.procedure?.install?.own_installer) return undefined;
  let r;
  try {
    r = compile({ product: req.product, from, to: req.version, dialect: req.dialect, params: req.params, plansDir: req.plansDir });
  } catch {
    return undefined;
  }
  if (r.direction !== 'up') return undefined;
  const d = r.dialect;
  const checks: DataStepCheck[] = [];
  for (const u of r.units) {
    // `8/11 (copy rows from a into b)`: the banner's words without the plan (the line names it).
    const [, number, what] = u.banner.replace(/^--\s*/, '').slice(u.plan.length).match(/^ · (\S+) · (.*)$/s) ?? [undefined, '?', u.banner];
    const step = `${number} (${what})`;
    for (const { statement: st, guard } of u.values) {
      if (st.stop !== undefined || st.bodies.length === 0 || st.effects.length > 0 || !st.condition) continue;
      const own: Predicate[] = st.condition.kind === 'and' ? st.condition.items : [st.condition];
      const rows = own.filter((p) => p.kind === 'sql');
      if (!rows.length) continue;
      const catalog = and([guard, ...own.filter((p) => p.kind !== 'sql')]);
      const empty = catalog.kind === 'and' && catalog.items.length === 0;
      checks.push({ step, ...(empty ? {} : { catalog: asWork(d.guards.predicate(catalog).text) }), rows: asWork(d.guards.predicate(and(rows)).text) });
    }
  }
  const timeoutMs = req.timeoutMs ?? DATA_STEP_READ_TIMEOUT_MS;
  const settings = [...d.script.readSettings, ...(timeoutMs > 0 ? d.script.readTimeout(timeoutMs) : [])].map((x) => x.text);
  return checks.length ? { version: req.version, from, checks, settings, timeoutMs } : undefined;
}

/**
 * dataStepChecks for the version detection `r` puts the database at exactly (exactVersion), with the parameters the
 * scripts are compiled with and the bound of each read (`timeoutMs`, as dataStepChecks); undefined when it is at none exactly, or as dataStepChecks.
 */
export function dataStepChecksFor(r: DetectResult, params: string[] | undefined, plansDir?: string, timeoutMs?: number): DataStepChecks | undefined {
  const version = exactVersion(r);
  if (version === undefined) return undefined;
  return dataStepChecks({ product: r.product, dialect: r.dialect, version, versions: ['0', ...loadProduct(r.product, plansDir).product.versions], params, plansDir, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
}

/**
 * The version a detection puts the database at exactly, when it does: the version whose data steps to ask about.
 * Undefined for any other outcome, for an earlier patch's schema, and for a set of identical versions (the data
 * steps of the plan into the highest are the difference between them: work left there is the lower version, not a
 * stopped script).
 */
export function exactVersion(r: DetectResult): string | undefined {
  return r.outcome === 'exact' && !r.best.before && r.best.versions.length === 1 ? r.best.versions[0] : undefined;
}

/** The sentence that names the steps with work left (status's note, detect's line). */
export function dataStepsLine(f: DataStepsFound): string {
  const steps = [...new Set(f.left)];
  // An import's source is the application's own table, which may gain rows after the script ran to its end: then
  // nothing stopped (found by use: Logto's detect said the script had stopped when the source had new rows).
  const imports = steps.some((s) => / \(import rows from /.test(s));
  const why = imports ? `either the ${f.from} → ${f.version} script stopped before its data steps were done, or the source it imports from has gained rows since it ran` : `the ${f.from} → ${f.version} script stopped before its data steps were done`;
  return `the schema is at ${f.version}, but ${why}: ${steps.length === 1 ? 'step' : 'steps'} ${steps.join('; ')} still ${steps.length === 1 ? 'has' : 'have'} rows to write; run the ${f.from} → ${f.version} script again (it resumes where it stopped${imports ? ', and imports only the rows not imported yet' : ''})`;
}

/**
 * The sentence on the steps whose conditions could not be evaluated, or undefined when there are none: those the
 * engine refused, with its first line, then those whose read ran longer than its bound, with the bound and the option
 * that sets it.
 */
export function skippedLine(f: DataStepsFound): string | undefined {
  if (!f.skipped.length) return undefined;
  // (A step with several reads is named once.)
  const once = <T extends { step: string }>(xs: T[]) => xs.filter((x, i) => xs.findIndex((y) => y.step === x.step) === i);
  const refused = once(f.skipped.filter((s) => s.timedOutMs === undefined));
  const timedOut = once(f.skipped.filter((s) => s.timedOutMs !== undefined));
  const parts = [
    ...(refused.length ? [`not checked (their conditions cannot be evaluated read-only on this database): ${refused.map((s) => `${s.step} (${escapeNotOneLine(s.why)})`).join('; ')}`] : []),
    ...(timedOut.length ? [`not checked (asking took longer than the statement timeout, ${durationText(timedOut[0].timedOutMs!)}: --read-timeout <duration> gives it longer, 0 no limit): ${timedOut.map((s) => s.step).join('; ')}`] : []),
  ];
  return parts.join('; ');
}
