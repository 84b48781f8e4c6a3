// The path of a compile: load -> path -> replay on the model (validate, derive inverses) -> render -> assemble.
// Pure apart from reading the plans and templates: no engine, no output file.
import { expandStep, stepsOf } from '../plan/for-each.js';
import { DEFAULT_TIMEOUTS, MAX_TIMEOUT_MS, type Dialect, type NewTable, type RowSizeNeed, type Timeouts } from '../dialects/dialect.js';
import { getDialect, inSchema } from '../dialects/index.js';
import { ImpossibleRollbackError, IrreversibleError, MissingParameterError, PlanError, refuseControlCharacters } from '../plan/errors.js';
import { PLAN_COMMAND } from '../shell.js';
import { findPath, chainFromEmpty } from '../plan/graph.js';
import { argumentPos, loadProduct, stepOperation } from '../plan/load.js';
import { aboutGivenParam, declaredParameters, notGiven, resolveParams, type ParamOrigins } from '../plan/params.js';
import type { LoadedPlan, LoadedProduct, LoadedStep, Scalar, Step } from '../plan/types.js';
import { checkDialectVersions, forDialect } from '../plan/dialect-versions.js';
import { emptyModel, findTable, type Model } from '../model/model.js';
import { applyOp, describe, inverseOf, OpError, OPERATIONS, renameOp, renderOp, resolveOp, stepApplies, type Naming, type Op, type OpOf, type ParamValues, type Statement } from '../operations/index.js';
import { checkPlaceNames, checkTableNameLengths, compileNaming, namesNote, namingParameters, shownParameters } from './naming.js';
import { scriptText, wrap } from './text.js';
import { deriveGuards } from './guards.js';
import { conditionUnderMarker, finishedMarker, physicalVersionTables } from './finished.js';
import { and, facetKey, facetsOf, holdsAt, valueKey, type Predicate } from './facets.js';
import { Sql, sql } from './sql.js';
import { versionCheckSpec, type VersionCheckSpec } from './version-check.js';
import { header, paramWord, rollbackDrops, scriptCommands, stepNumbersOf, type HeaderInput } from './header.js';
import { dataDropped } from './data-dropped.js';
import { referencedChecks, rollbackRowsDeleted } from './cascades.js';
import { refuseRoundTrip, undoneTail } from './round-trips.js';
import { createdHereAt } from './created-here.js';
import { dataFitChecks } from './preflight/data-fit.js';
import { rowSizeCheck, rowSizeNeeds } from './preflight/row-size.js';
import { chainRows, derivedPath, expandDerived, installOps, modelText, type ChainOp } from './derived.js';
import { foreignReferenceCheck } from './preflight/foreign-references.js';
import { brokenForeignKeyCheck, endCheckTables, touchedTables } from './preflight/broken-foreign-keys.js';
import { indexNameCheck, indexNameSpec } from './preflight/index-names.js';
import { rebuildTable } from '../operations/rebuild.js';
import { otherCopiesColumns } from '../operations/refuse_other_copies.js';
import { manualText } from '../operations/manual.js';
import { orderManualSteps, renameStepIndex, type ManualStep } from './manual-order.js';
import { scriptLocks, type ScriptLocks, type StatementLocks } from './locks.js';

export interface CompileRequest {
  product: string;
  from: string;
  to: string;
  dialect: string;
  /** name=value strings as given on the command line */
  params?: string[];
  /** Where the parameters of a params file were written: errors and warnings about one name that place. */
  paramOrigins?: ParamOrigins;
  plansDir?: string;
  /** A parameter with no default and none given takes its `example:` (out/, validate, verify): never for a DBA's script. */
  examples?: boolean;
  /** How long the script lets a statement wait for a lock and run, in milliseconds (0: not set); default DEFAULT_TIMEOUTS. */
  timeouts?: Timeouts;
  /** The file the script is written to, for its header's apply and reverse lines (HeaderInput.file); absent: standard output or out/. */
  file?: string;
}

/** One operation of the script: its banner and its statements. */
export interface Unit {
  plan: string;
  banner: string;
  /** Its number in its plan's section of the script, as the banner writes it: `9/15`. */
  position: string;
  op: Op;
  statements: string[];
  /**
   * The bodies of the operation's statement values as the script runs them, each without its guard and outside any
   * transaction (see unwrapped.ts): what a linter that reads neither DO blocks nor a transaction's statements sees.
   */
  bodies: string[];
  /** The model just before this operation, and just after it. */
  before: Model;
  after: Model;
  /** The statement values the script runs for it, in order (none left out by a round trip or folded into a rebuild). */
  rendered: Statement[];
  /** The lock annotation of each of `rendered`, in the same order. */
  locks: StatementLocks[];
  /** The plan step it comes from (for a rollback, the step it undoes), with its YAML position. */
  step: LoadedStep;
  /**
   * Its statement values, each with the guard the model derives for it (see guards.ts: an empty conjunction when
   * the catalog cannot tell whether it ran), without those left out of the script (round trips).
   */
  values: { statement: Statement; guard: Predicate }[];
}

export interface CompileResult {
  product: LoadedProduct;
  dialect: Dialect;
  params: ParamValues;
  direction: 'up' | 'down';
  plans: LoadedPlan[];
  units: Unit[];
  /** Every statement of the script, in order, without the transaction wrapper. */
  statements: string[];
  /** The whole script (assembled when first read). */
  sql: string;
  /** Manual steps, in order, for the runbook. */
  manual: { plan: string; text: string }[];
  /** The model before and after the script. */
  before: Model;
  after: Model;
  /** What each statement locks (in the order they run) and, per transaction and table, the strongest lock held to COMMIT. */
  locks: ScriptLocks;
  /** What the script's version check accepts. */
  check: VersionCheckSpec;
  /** Every schema state of the script's path (start, then after each statement), each as a sorted facet listing. */
  states(): string[];
  /** The physical names of the script, when the product's naming parameters change them. */
  naming?: Naming;
  /** The schema every object is in, named with it (absent: unqualified names). */
  schema?: string;
  /** The product's places (location → schema or database), when it declares locations and the dialect has them. */
  places?: Record<string, string>;
  /** The parameters as the header shows them: those of another dialect's naming, not given, left out. */
  shownParams: ParamValues;
  /** What the script checks after its version check and before its first change, in words (data that must fit, foreign keys of other tables, triggers). */
  preflight: string[];
  /**
   * The tables the script creates or widens whose rows do not fit every character set (DialectRules.rowSize), each
   * with the most bytes per character it fits: what the script checks before its first change (preflight/row-size.ts).
   */
  rowSize: RowSizeNeed[];
  /**
   * The most bytes a character takes in the character set the product names for its tables (productBytesPerCharacter),
   * which the lock annotations count VARCHAR lengths in; absent: none named (the dialect's default).
   */
  bytesPerCharacter?: number;
  /** The header's lines on the script's lock and statement timeouts (without `-- `). */
  timeoutLines: string[];
  /** The lock and statement timeouts the script sets (the request's, else DEFAULT_TIMEOUTS). */
  timeouts: Timeouts;
  /** The header's backup command (absent for a fresh install) and its apply command for a file (scriptCommands). */
  commands: { backup?: string; apply(file: string): string; rename?: { step: number; plan: string; text: string } };
  /** What the command should say on stderr and go on: parameters given that this dialect's script cannot use. */
  warnings: string[];
  /** The parameters given that the script does not read (unreadParamWarnings words them), sorted. */
  unread: string[];
}

interface Entry {
  step: LoadedStep;
  plan: LoadedPlan;
  op: Op;
  before: Model;
  after: Model;
}

/**
 * Runs `fn`, an operation of `step`, giving an error the plan's location: the step's, or, for the step's own
 * operation (`own`: resolved from the step, not derived from it), the argument an OpError names (OpError.at: a name
 * that clashes with another), as `dialect` reads it (its override first).
 */
function atStep<T>(plan: LoadedPlan, step: LoadedStep | undefined, fn: () => T, own?: { dialect: string }): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof OpError || (e instanceof Error && !(e instanceof PlanError) && !(e instanceof TypeError))) {
      const at = own && step && !plan.derived && e instanceof OpError && e.at ? argumentPos(plan, step, e.at, own.dialect) : undefined;
      throw new PlanError(`${step ? step.op + ': ' : ''}${e.message}`, at ?? step?.pos ?? { file: plan.relPath, line: 1, col: 1 });
    }
    throw e;
  }
}

/**
 * Replays the steps of `plan` that apply on `model` (models are never changed: each operation makes a new one).
 * @returns the model after the plan, and (when `record`) an entry per operation with the models before and after it
 */
function replayPlan(d: Dialect, model: Model, plan: LoadedPlan, params: ParamValues, naming: Naming | undefined, record = true): { model: Model; entries: Entry[] } {
  const entries: Entry[] = [];
  for (const step of stepsOf(plan, params)) {
    if (!stepApplies(step.step, d, params)) continue;
    atStep(plan, step, () => {
      const op = resolveNamed(d, step, params, naming);
      const after = applyOp(d, model, op);
      if (record) entries.push({ step, plan, op, before: model, after });
      model = after;
    }, { dialect: d.name });
  }
  return { model, entries };
}

/**
 * The operations of a derived install (derived.ts), applied to `model` (the empty one): the written chain it is
 * derived from is replayed in the model, with its data steps on the rows they meet, and the install creates the
 * result directly. @throws PlanError unless the install gives the chain's model exactly
 */
function replayDerived(d: Dialect, model: Model, plan: LoadedPlan, params: ParamValues, naming: Naming | undefined): { model: Model; entries: Entry[] } {
  const title = `0 → ${plan.plan.to}`;
  if (model.tables.length) throw new PlanError(`the derived install ${title} starts from the empty database, not from one with tables`);
  const chain: ChainOp[] = [];
  const versions: Model[] = [];
  let m = model;
  for (const p of plan.derivedFrom!) {
    const r = replayPlan(d, m, p, params, naming);
    // A step named as the banner of its plan's script numbers it (a for_each step is several).
    r.entries.forEach((e, i) => chain.push({ op: e.op, before: e.before, where: `${p.relPath} step ${i + 1}/${r.entries.length} (${describe(e.op)})` }));
    m = r.model;
    versions.push(m);
  }
  const ops = installOps(d, m, chainRows(chain, params), versions);
  const entries: Entry[] = [];
  let now = model;
  ops.forEach((op, index) => {
    const step: LoadedStep = { index, op: op.kind as LoadedStep['op'], args: {}, step: {}, pos: { file: plan.relPath, line: 1, col: 1 } };
    atStep(plan, step, () => {
      const after = applyOp(d, now, op);
      entries.push({ step, plan, op, before: now, after });
      now = after;
    });
  });
  if (modelText(now) !== modelText(m)) {
    const [a, b] = [modelText(now).split('\n'), modelText(m).split('\n')];
    const diff = a.find((l) => !b.includes(l)) ?? b.find((l) => !a.includes(l));
    throw new PlanError(`the derived install ${title} does not give the model of its chain ${derivedPath(plan)}: ${diff}`, { file: plan.relPath, line: 1, col: 1 });
  }
  return { model: now, entries };
}

// Models after a plan, remembered per (model before, plan, dialect and parameters): models are never changed,
// and a process that compiles many scripts of one product (build, validate, verify) replays the same chain
// from the empty database for each. Keyed weakly by the objects, so a reloaded product is replayed afresh.
const replayed = new WeakMap<Model, WeakMap<LoadedPlan, Map<string, Model>>>();
const emptyModels = new Map<string, Model>();

/** A step resolved for `d`, with the physical names of `naming`. */
function resolveNamed(d: Dialect, step: Pick<LoadedStep, 'op' | 'args'>, params: ParamValues, naming: Naming | undefined): Op {
  const op = resolveOp(d, step, params);
  return naming ? renameOp(op, naming) : op;
}

/**
 * The operations of `step`'s explicit `inverse:` as the rollback of `r`'s plan resolves them (its parameters, and the
 * product's naming: a table-name prefix), those that apply to `r`'s dialect; undefined for a step without one.
 * @throws PlanError as the rollback's compile would, for an inverse step it cannot resolve
 */
export function explicitInverseOps(r: Pick<CompileResult, 'dialect' | 'params' | 'naming'>, plan: LoadedPlan, step: LoadedStep): Op[] | undefined {
  if (!step.step.inverse) return undefined;
  return step.step.inverse.filter((s) => stepApplies(s, r.dialect, r.params)).map((s) => atStep(plan, step, () => resolveNamed(r.dialect, stepOperation(s), r.params, r.naming)));
}

// The plans of scripts' paths replayed with their entries, the most recent few (per model before, plan, dialect and
// parameters): an upgrade and its rollback replay the same plan from the same model, one after the other, and so do
// plan lint's compiles of it and the review's. Only a few are kept: entries hold every step's models, and keeping
// them for every plan of a product made validate's peak 150 → 184 MB. Entries are never changed.
const RECENT_PATHS = 8;
const recentPaths: { model: Model; plan: LoadedPlan; key: string; replayed: { model: Model; entries: Entry[] } }[] = [];

/**
 * A plan of a script's path replayed on `model` (a derived install by its chain), with its entries, a round trip in
 * them refused (refuseRoundTrip). @throws PlanError as replayPlan, replayDerived and refuseRoundTrip do
 */
function replayPath(d: Dialect, model: Model, plan: LoadedPlan, params: ParamValues, naming: Naming | undefined): { model: Model; entries: Entry[] } {
  const key = paramsKey(d, params);
  const hit = recentPaths.find((r) => r.model === model && r.plan === plan && r.key === key);
  if (hit) return hit.replayed;
  const r = plan.derived ? replayDerived(d, model, plan, params, naming) : replayPlan(d, model, plan, params, naming);
  const replayed = { model: r.model, entries: refuseRoundTrip(d.name, plan, r.entries) };
  recentPaths.unshift({ model, plan, key, replayed });
  recentPaths.length = Math.min(recentPaths.length, RECENT_PATHS);
  return replayed;
}

/** The key of a replay: the dialect's name and every parameter's value (the naming follows from them). */
function paramsKey(d: Dialect, params: ParamValues): string {
  return `${d.name}\0${JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}

// The naming of a product's compile with these parameters, remembered per (product, dialect, parameters).
const namings = new WeakMap<LoadedProduct, Map<string, ReturnType<typeof compileNaming>>>();
function namingOf(product: LoadedProduct, d: Dialect, params: ParamValues): ReturnType<typeof compileNaming> {
  let byKey = namings.get(product);
  if (!byKey) namings.set(product, (byKey = new Map()));
  const key = `${d.name}\0${JSON.stringify(params)}`;
  let n = byKey.get(key);
  if (!n) byKey.set(key, (n = compileNaming(product, d, params)));
  return n;
}

function replayChain(d: Dialect, plans: LoadedPlan[], params: ParamValues, naming: Naming | undefined, start?: Model): Model {
  let model = start ?? emptyModels.get(d.name) ?? emptyModels.set(d.name, emptyModel(d.name)).get(d.name)!;
  const key = paramsKey(d, params);
  // A derived install gives the model of the chain it is derived from (compile checks that it does).
  for (const p of expandDerived(plans)) {
    let byPlan = replayed.get(model);
    if (!byPlan) replayed.set(model, (byPlan = new WeakMap()));
    let byKey = byPlan.get(p);
    if (!byKey) byPlan.set(p, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) {
      model = known;
      continue;
    }
    const after = replayPlan(d, model, p, params, naming, false).model;
    byKey.set(key, after);
    model = after;
  }
  return model;
}

/** Patch releases (7.0.13) compared by their numbers. */
export function comparePatches(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The schemas of `version`'s earlier patches: for each patch release named by a `since:` of the plan into `version`
 * (7.0.13), the model before it (the plan's steps from that patch on left out) and what those steps do, described.
 * Empty when the plan into `version` names none (or `version` is reached by a derived install).
 * @returns in patch order, each with the steps' descriptions
 */
export function patchModels(product: LoadedProduct, version: string, d: Dialect, params: ParamValues): { before: string; model: Model; added: string[] }[] {
  const chain = chainFromEmpty(product, version);
  const last = chain[chain.length - 1];
  if (!last || last.derived || last.plan.to !== version) return [];
  const patches = [...new Set(last.steps.flatMap((s) => (s.step.since !== undefined && stepApplies(s.step, d, params) ? [s.step.since] : [])))].sort(comparePatches);
  if (patches.length === 0) return [];
  const naming = namingOf(product, d, params).naming;
  const base = replayChain(d, chain.slice(0, -1), params, naming);
  return patches.map((before) => {
    const later = (s: LoadedStep) => s.step.since !== undefined && comparePatches(s.step.since, before) >= 0;
    const model = replayPlan(d, base, { ...last, steps: last.steps.filter((s) => !later(s)) }, params, naming, false).model;
    const added = stepsOf(last, params).filter((s) => later(s) && stepApplies(s.step, d, params)).map((s) => describe(resolveNamed(d, s, params, naming)));
    return { before, model, added };
  });
}

/** The model of `version` (0 = empty), replayed from the empty database. */
export function modelAt(product: LoadedProduct, version: string, d: Dialect, params: ParamValues): Model {
  return replayChain(d, chainFromEmpty(product, version), params, namingOf(product, d, params).naming);
}

/**
 * The columns of table `from` (in `model`, where the rollback of a plan starts) that hold one value in every row by
 * the time the rollback's refuse_uncopied check runs: those the plan's `rollback_only_values` steps name (`forward`:
 * the plan's operations), which the rollback checks on every table that has them, before its first change
 * (src/compile/preflight/data-fit.ts). The check then pins them (`src.app_id = 'public'`), so that it reads the
 * source by an index that begins with them (SuperTokens 6.0's all_auth_recipe_users: (app_id, tenant_id, user_id))
 * instead of scanning it once per row of the table it checks. Pinning only narrows the rows that give one: a row
 * of the source that holds another value stops the rollback anyway.
 * @returns column name → value, empty when the plan has no such step or the table none of its columns
 */
export function pinnedSourceColumns(model: Model, forward: { op: Op }[], from: string): Record<string, Scalar> {
  const table = findTable(model, from);
  const out: Record<string, Scalar> = {};
  if (!table) return out;
  for (const { op } of forward) {
    if (op.kind !== 'rollback_only_values') continue;
    for (const [column, value] of Object.entries(op.columns)) if (table.columns.some((c) => c.name === column)) out[column] = value;
  }
  return out;
}

/**
 * Operations that undo a plan, in the order they run, with the model at each point, starting from `model` (the
 * model after the plan). @returns the entries and the model after the rollback
 */
function rollbackEntries(d: Dialect, plan: LoadedPlan, forward: Entry[], model: Model, params: ParamValues, naming: Naming | undefined): { model: Model; entries: Entry[] } {
  const createdHere = createdHereAt(forward.map((e) => e.op));
  const start = model;
  const out: Entry[] = [];
  // A table the plan creates and fills by copies goes with the rollback: first, it must hold only rows they give
  // (refuse_uncopied), or rows written since the upgrade would go without a word. Only where every copy's source is
  // still there to tell.
  const created = new Set(forward.flatMap((e) => (e.op.kind === 'create_table' ? [e.op.table.name] : [])));
  const copiesInto = new Map<string, Entry[]>();
  for (const e of forward) if (e.op.kind === 'copy_rows' && created.has(e.op.into)) copiesInto.set(e.op.into, [...(copiesInto.get(e.op.into) ?? []), e]);
  for (const [table, entries] of copiesInto) {
    if (!findTable(model, table) || entries.some((e) => !findTable(model, (e.op as OpOf<'copy_rows'>).from))) continue;
    const copies = entries.map((e) => (({ kind: _k, ...rest }) => ({ ...rest, pinned: pinnedSourceColumns(model, forward, rest.from) }))(e.op as OpOf<'copy_rows'>));
    const message = `${table} holds rows that none of the ${plan.plan.from} → ${plan.plan.to} copies into it gives (written since the upgrade): this rollback would drop them with ${table}; keep them elsewhere and delete them, or restore the backup taken before the upgrade`;
    out.push({ step: entries[0].step, plan, op: { kind: 'refuse_uncopied', table, copies, message }, before: model, after: model });
  }
  // A copy whose source the older version reads again (refuse_deleted_on_rollback): a row it wrote and the newer
  // version deleted since would come back from its source row after the rollback; it must still be in the target
  // (refuse_deleted). Only where both tables are still there to tell.
  for (const e of forward) {
    if (e.op.kind !== 'copy_rows' || !e.op.refuseDeleted || !findTable(model, e.op.into) || !findTable(model, e.op.from)) continue;
    const { kind: _k, ...copy } = e.op;
    const message = `${copy.from} holds rows that the ${plan.plan.from} → ${plan.plan.to} copy wrote into ${copy.into} and that ${copy.into} no longer has (deleted under ${plan.plan.to} since the upgrade): this rollback would bring them back, as ${plan.plan.from} reads ${copy.from} again; to keep the deletions delete those rows from ${copy.from}, or to keep the rows re-add them to ${copy.into}, then run this rollback again`;
    out.push({ step: e.step, plan, op: { kind: 'refuse_deleted', copy, message }, before: model, after: model });
  }
  // A copy the rollback undoes by its key (delete_copied), with a derived id, and a parameter in what it writes or
  // copies (AuthHero's control_plane_tenant_id): rows the upgrade made with another value of it would stay, the
  // rollback saying it applied; it stops first, naming the values it looks for (refuse_other_copies).
  for (const [i, e] of forward.entries()) {
    if (e.op.kind !== 'copy_rows' || createdHere[i].has(e.op.into) || !findTable(model, e.op.into)?.primaryKey || !findTable(model, e.op.from)) continue;
    const { kind: _k, ...copy } = e.op;
    const cols = otherCopiesColumns(copy, findTable(model, copy.into)!.primaryKey!.columns);
    if (!cols) continue;
    const given = cols.params.map((n) => paramWord(n, params[n] as string | number | boolean | null)).join(', ');
    const shaped = cols.shaped.length ? cols.shaped.join(', ') : 'source row';
    const message = `${copy.into} holds rows the ${plan.plan.from} → ${plan.plan.to} copy from ${copy.from} made with other parameter values than this rollback looks for (${given}): their ${cols.free.join(', ')} are those it gives a ${copy.from} row, their ${shaped} not the one it gives with ${given}, so this rollback would leave them; compile it with the --param values the upgrade was compiled with (it wrote ${cols.shaped.length ? cols.shaped.map((c) => `${copy.into}.${c}`).join(', ') : 'these rows'} from them: see the rows named here), then run it again`;
    out.push({ step: e.step, plan, op: { kind: 'refuse_other_copies', copy, message }, before: model, after: model });
  }
  const firstChanges = out.length;
  for (const [i, e] of [...forward.entries()].reverse()) {
    const where = `${e.step.pos.file}:${e.step.pos.line}:${e.step.pos.col}`;
    if (e.step.step.irreversible) {
      throw new IrreversibleError(`cannot roll back ${plan.plan.from} → ${plan.plan.to} through its step ${i + 1}/${forward.length} (${describe(e.op)}): irreversible: ${e.step.step.irreversible}`, e.step.pos);
    }
    let ops: Op[];
    if (e.step.step.inverse) {
      ops = explicitInverseOps({ dialect: d, params, naming }, plan, e.step)!;
    } else {
      const inv = inverseOf(e.op, e.before, e.after, createdHere[i]);
      if ('irreversible' in inv) throw new ImpossibleRollbackError(`cannot roll back ${plan.plan.from} → ${plan.plan.to} through its step ${i + 1}/${forward.length} (${describe(e.op)}) at ${where}: ${inv.irreversible}`, e.step.pos);
      ops = inv.ops;
    }
    for (const op of ops) {
      atStep(plan, e.step, () => {
        let after: Model;
        try {
          after = applyOp(d, model, op);
        } catch (err) {
          if (err instanceof OpError) throw new OpError(`rolling back (${describe(op)}): ${err.message}`);
          throw err;
        }
        out.push({ step: e.step, plan, op, before: model, after });
        model = after;
      });
    }
  }
  // A delete whose rows other tables reference through ON DELETE CASCADE / SET NULL (the application's rows written
  // since the upgrade): first, no row may reference them (refuse_referenced, src/compile/cascades.ts).
  const changes = out.slice(firstChanges);
  const checks = referencedChecks(changes, start, `${plan.plan.from} → ${plan.plan.to}`).map(({ index, op }) => ({ step: changes[index].step, plan, op, before: start, after: start }));
  out.splice(firstChanges, 0, ...checks);
  return { model, entries: out };
}

/**
 * The most bytes a character takes in the character set of the product's tables, as product.yaml names it for the
 * dialect (verify_database, the key of the dialect's row-size rule: MySQL's mysql_character_set, "utf8mb3" → 3).
 * AuthHero names utf8mb3 because its tables must be (they do not fit utf8mb4: facts/schema/README.md), so the byte
 * lengths that decide an ALTER's algorithm (a VARCHAR's length bytes) are counted at it.
 * @returns undefined where the dialect has no such rule or the product names none (or one the dialect does not
 *   know: plan validate reports that)
 */
export function productBytesPerCharacter(product: LoadedProduct, d: Dialect): number | undefined {
  const rule = d.rules.rowSize;
  const named = rule && product.product.verify_database?.[rule.verifyKey];
  return named === undefined ? undefined : rule!.charsetWidth(named);
}

/**
 * Every table name the product has at any version: created or renamed to by any of its plans; with `naming`, the
 * physical names.
 */
export function productTables(product: LoadedProduct, naming?: Naming, params: ParamValues = {}): string[] {
  const names = new Set<string>();
  for (const p of product.plans) {
    // A for_each step's tables are those of the entries of its map (none without the parameter's value).
    for (const st of p.steps.flatMap((s) => (s.step.for_each === undefined ? [s] : s.step.for_each in params ? expandStep(s, params) : []))) {
      if (st.op === 'create_table' || st.op === 'create_partition') names.add(st.args.name);
      if (st.op === 'rename_table') names.add(st.args.to);
    }
  }
  const types = product.plans.flatMap((p) => p.steps.filter((st) => st.op === 'create_enum_type').map((st) => st.args.name as string));
  // Enum types share the tables' namespace (PostgreSQL): the catalog queries read them by the same list. Not renamed.
  return [...[...names].map((t) => (naming ? naming.table(t) : t)), ...types.filter((t) => !names.has(t))];
}

/** productTables with the physical names of a compile of `product` for `d` with `params`. */
export function physicalTables(product: LoadedProduct, d: Dialect, params: ParamValues): string[] {
  return productTables(product, namingOf(product, d, params).naming, params);
}

/** The sentence that opens a version check's stop message, and what to do. */
function checkWording(product: string, from: string, to: string): { what: string; hint: string } {
  const what =
    from === '0'
      ? `this database holds ${product} tables that are neither absent nor partway through this install of ${product} ${to}`
      : to === '0'
        ? `this database is not at ${product} ${from} nor partway through this teardown`
        : `this database is not at ${product} ${from}, at ${to}, nor between them on this script's path`;
  const hint = `Compile the script for the version this database is at (${PLAN_COMMAND} compile ${product} <its version> ${to}), or run this one on the ${product} ${from === '0' ? 'empty' : from} database it was made for.`;
  return { what, hint };
}

/**
 * The tables `name` shares a foreign key with in `models` (each model's tables it references, then the tables that
 * reference it), itself left out, each once.
 */
function relatedTables(models: Model[], name: string): string[] {
  const out = new Set<string>();
  for (const m of models) for (const fk of findTable(m, name)?.foreignKeys ?? []) out.add(fk.refTable);
  for (const m of models) for (const t of m.tables) if (t.foreignKeys.some((fk) => fk.refTable === name)) out.add(t.name);
  out.delete(name);
  return [...out];
}


/**
 * The statements of one statement value in a script of a dialect without per-statement guards (script.atomic):
 * the script runs only from the exact state its version check proves, so the guard the model derives, and the
 * statement's own catalog condition, are evaluated here against the state the model knows at this point (`now`).
 * A statement whose condition does not hold there is left out (an empty list); a condition on rows is the engine's
 * to evaluate (`guarded` with `rows`).
 */
function atomicExecutable(d: Dialect, st: Statement, derived: Predicate, now: Map<string, string>): Sql[] {
  if (st.outsideTransaction) throw new Error('internal: a statement outside the transaction in a script that is one transaction');
  if (st.stop !== undefined) {
    const condition = st.condition ?? and([]);
    return holdsAt(condition, now) === true ? [] : d.guards.stopUnless(d.guards.predicate(condition), st.stop, undefined, st.stopDetail);
  }
  const own = st.condition ? (st.condition.kind === 'and' ? st.condition.items : [st.condition]) : [];
  if (holdsAt(and([derived, ...own.filter((p) => p.kind !== 'sql')]), now) === false) return [];
  const rows = own.filter((p) => p.kind === 'sql');
  return d.guards.guarded(undefined, st.bodies, rows.length ? d.guards.predicate(and(rows)) : undefined);
}

/** The executable statements of one statement value: its bodies under the derived guard and its own condition. */
function executable(d: Dialect, st: Statement, derived: Predicate, creates?: NewTable): Sql[] {
  // Outside a transaction nothing can wrap the statement (a DO block is a transaction): its bodies guard themselves.
  if (st.outsideTransaction) return st.bodies.map((b) => Sql.verbatim(`${b.text.trim().replace(/;*$/, '')};`));
  // Conditions on rows (and raw guards, which may read anything) are evaluated only once the catalog ones hold.
  const own = st.condition && st.stop === undefined ? (st.condition.kind === 'and' ? st.condition.items : [st.condition]) : [];
  const rows = own.filter((p) => p.kind === 'sql');
  const guard = and([derived, ...own.filter((p) => p.kind !== 'sql')]);
  const empty = guard.kind === 'and' && guard.items.length === 0;
  if (st.stop !== undefined) {
    // A check runs where the script stands before it: it stops only there, and only when its condition fails.
    const holds = d.guards.predicate(st.condition ?? and([]));
    return d.guards.stopUnless(holds, st.stop, empty ? undefined : d.guards.predicate(guard), st.stopDetail);
  }
  return d.guards.guarded(empty ? undefined : d.guards.predicate(guard), st.bodies, rows.length ? d.guards.predicate(and(rows)) : undefined, creates);
}

/**
 * A statement run outside the transaction guards itself (IF [NOT] EXISTS), not under the guard the model derives:
 * that is sound only while no later statement of the script changes what it changes (a re-run would otherwise
 * undo the later change, e.g. DROP INDEX CONCURRENTLY IF EXISTS dropping the index a later step builds again). Across
 * plans of one script such a step runs in the transaction instead (concurrentChangedLater): only one plan remains here.
 * @throws PlanError at the later step
 */
function refuseChangesAfterOutside(flat: Statement[], entryOf: (st: Statement) => Entry): void {
  flat.forEach((st, i) => {
    if (!st.outsideTransaction) return;
    const keys = new Set(st.effects.map((e) => facetKey(e.ref)));
    const later = flat.slice(i + 1).find((x) => x.effects.some((e) => keys.has(facetKey(e.ref))));
    if (!later) return;
    const [a, b] = [entryOf(st), entryOf(later)];
    throw new PlanError(
      `${describe(b.op)} changes again what ${describe(a.op)} (${a.step.pos.file}:${a.step.pos.line}) changed outside the transaction, in the same script; a statement outside the transaction guards itself only by IF [NOT] EXISTS, so a re-run of the script would undo this step: give the index another name, or leave out concurrently: true in one of the two steps`,
      b.step.pos,
    );
  });
}

/**
 * Marks in `instead` each entry whose statement runs outside the transaction while a statement of a later plan of
 * the same script changes one of the same objects (a rollback 12.1 → 11.4 rebuilds an index concurrently, then
 * drops its table): run in the transaction, under the guard the model derives, a re-run tells what is left to do.
 * Within one plan the author asked for both, and refuseChangesAfterOutside refuses it instead.
 * @returns whether an entry was newly marked (the caller renders again)
 */
function concurrentChangedLater(rendered: { sec: { plan: LoadedPlan }; ops: { e: Entry; statements: Statement[] }[] }[], instead: Map<Entry, string>): boolean {
  const all = rendered.flatMap((r) => r.ops.flatMap((o) => o.statements.map((st) => ({ st, e: o.e, plan: r.sec.plan }))));
  let marked = false;
  all.forEach(({ st, e, plan }, i) => {
    if (!st.outsideTransaction || instead.has(e)) return;
    const keys = new Set(st.effects.map((x) => facetKey(x.ref)));
    const later = all.slice(i + 1).find((x) => x.st.effects.some((y) => keys.has(facetKey(y.ref))));
    if (!later || later.plan === plan) return;
    instead.set(e, `"${describe(later.e.op)}" (${later.plan.relPath})`);
    marked = true;
  });
  return marked;
}

/**
 * Warnings for the parameters of `given` that only another dialect's naming reads (`postgresql_table_schema` on a
 * MySQL script): the script is the same without them, which a user who meant a setting of this dialect should hear.
 */
export function otherDialectParams(product: LoadedProduct, dialect: string, given: string[], origins?: ParamOrigins): string[] {
  if (!given.length) return [];
  const here = namingParameters(product, dialect);
  const out: string[] = [];
  for (const name of new Set(given.map((g) => g.slice(0, g.indexOf('='))))) {
    const others = Object.keys(product.product.naming ?? {}).filter((dn) => dn !== dialect && namingParameters(product, dn).has(name));
    if (!others.length || here.has(name) || product.plans.some((p) => planNames(p, name))) continue;
    out.push(aboutGivenParam(name, origins, `is read by the ${others.join(' and ')} naming only: this ${dialect} script is the same without it`));
  }
  return out;
}

// The parameters each plan names, found once per loaded plan (plans are never changed).
const planParams = new WeakMap<LoadedPlan, Set<string>>();

/**
 * Adds to `out` every parameter `node` names: the value of each `param:` (a condition, a value, an import's source)
 * and `for_each:`, and each `{{name}}` in a text (a manual step's, src/operations/manual.ts).
 */
function namedParams(node: unknown, out: Set<string>): Set<string> {
  if (typeof node === 'string') for (const m of node.matchAll(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g)) out.add(m[1]);
  else if (Array.isArray(node)) for (const n of node) namedParams(n, out);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'param' || k === 'for_each') && typeof v === 'string') out.add(v);
      else namedParams(v, out);
    }
  }
  return out;
}

/** Whether plan `plan` names parameter `name` in a step (a condition, a value, a for_each, an import's source). */
export function planNames(plan: LoadedPlan, name: string): boolean {
  let names = planParams.get(plan);
  if (!names) planParams.set(plan, (names = namedParams({ ...plan.plan, parameters: undefined }, new Set())));
  return names.has(name);
}

/**
 * Whether a compile for dialect `dialect` through plan `plan` in `direction` may read parameter `name`, step by
 * step: a step for other dialects (`dialects:`) reads none; going up, a step reads what it names outside its
 * `inverse:` (which only a rollback runs); going down (a rollback through the plan), what its effect on the schema
 * reads (stepShapes: the rollback replays the plan first), what its own `inverse:` steps name, and what its
 * operation's `rollbackReads` says its derived inverse and the rest of the rollback read (all its arguments when the
 * operation says nothing); a step that changes no schema and of which the rollback reads nothing (AuthHero's delete
 * of refresh tokens without a login, `inverse: []`) is not read, nor its condition. A superset of what the script
 * depends on: test/params-read.test.ts compiles every bundled script with other values of the parameters this
 * leaves out.
 */
export function planReads(plan: LoadedPlan, name: string, dialect: string, direction: 'up' | 'down'): boolean {
  return namesOf(plan, `${dialect} ${direction}`, (step, out) => stepReads(step, dialect, direction, out)).has(name);
}

/**
 * Whether the schema after plan `plan` on dialect `dialect` (its effect on the model, which a later plan starts
 * from) may depend on parameter `name`: what the steps for the dialect that change the schema read for it
 * (stepShapes). Keto 0.6 → 0.7's network row and the users its manual steps name shape no schema, nor does Fief
 * 0.27 → 0.28's check of main_database, a step for MySQL alone.
 */
export function planShapes(plan: LoadedPlan, name: string, dialect: string): boolean {
  return namesOf(plan, `${dialect} schema`, (step, out) => void stepShapes(step, dialect, out)).has(name);
}

/** The parameters the steps of `plan` name one way (`way`, found by `add` per step), remembered per plan. */
function namesOf(plan: LoadedPlan, way: string, add: (step: Step, out: Set<string>) => void): Set<string> {
  let byWay = planReadSets.get(plan);
  if (!byWay) planReadSets.set(plan, (byWay = new Map()));
  let names = byWay.get(way);
  if (!names) {
    names = new Set();
    for (const step of plan.plan.steps ?? []) add(step, names);
    byWay.set(way, names);
  }
  return names;
}
const planReadSets = new WeakMap<LoadedPlan, Map<string, Set<string>>>();

/** Whether `step` is one for `dialect` (no `dialects:`, or one naming it). */
const stepForDialect = (step: Step, dialect: string) => !step.dialects || step.dialects.includes(dialect as (typeof step.dialects)[number]);

/**
 * Adds to `out` the parameters the effect of `step` on the schema may read for `dialect` (its condition, for_each
 * and what its operation's `schemaReads` says), and tells whether it has one: false for a step for other dialects,
 * or one whose operation changes no schema.
 */
function stepShapes(step: Step, dialect: string, out: Set<string>): boolean {
  if (!stepForDialect(step, dialect)) return false;
  const { op, args } = stepOperation(step);
  const reads = OPERATIONS[op as keyof typeof OPERATIONS]?.schemaReads;
  const shape = reads ? reads(args) : args;
  if (shape === undefined) return false;
  namedParams(step.when, out);
  if (step.for_each) out.add(step.for_each);
  namedParams(shape, out);
  return true;
}

/** Adds to `out` the parameters `step` may read (planReads). */
function stepReads(step: Step, dialect: string, direction: 'up' | 'down', out: Set<string>): void {
  if (!stepForDialect(step, dialect)) return;
  const { inverse, ...rest } = step;
  if (direction === 'up') {
    namedParams(rest, out);
    return;
  }
  const { op, args } = stepOperation(step);
  const reads = OPERATIONS[op as keyof typeof OPERATIONS]?.rollbackReads;
  const undo = reads ? reads(args, inverse !== undefined) : args;
  const inverseSteps = (inverse ?? []).filter((s) => stepForDialect(s, dialect));
  // A step the rollback neither replays into the schema nor takes anything from: whether it ran changes nothing.
  if (!stepShapes(step, dialect, out) && undo === undefined && inverseSteps.length === 0) return;
  namedParams(step.when, out);
  if (step.for_each) out.add(step.for_each);
  for (const s of inverseSteps) stepReads(s, dialect, 'up', out);
  namedParams(undo, out);
}

/**
 * The model a compile of `req` starts its path from, replayed as compile replays it (the plans from the empty
 * database to `req.from` for an upgrade, with the request's parameters, naming and places): the schema every step
 * of an upgrade's one plan is compiled against. Remembered within a process with compile's replays.
 * @throws PlanError as compile does: an unknown product, dialect, version or parameter, a plan that does not replay
 */
export function startingModel(req: CompileRequest): Model {
  const { d, product, params, names } = compileSetting(req);
  return replayChain(d, findPath(product, req.from, req.to).base, params, names.naming);
}

/**
 * What a compile of `req` works in: its product (as the dialect sees it), the parameters' values, the product's
 * naming, and the dialect placed in the product's schema (naming) and places (locations). compile and startingModel
 * start from it, so a lint's comparison of starting models sees what the compile sees.
 * @throws PlanError for an unknown product, dialect or version, a parameter's error, a location without a name
 */
function compileSetting(req: CompileRequest): { d: Dialect; product: LoadedProduct; params: ParamValues; names: ReturnType<typeof namingOf>; places: Record<string, string> | undefined } {
  let d = getDialect(req.dialect);
  const product = productFor(req.product, d, req.plansDir, [req.from, req.to]);
  const params = toParams(product, req.params, req.examples, req.paramOrigins);
  checkPlaceNames(product, d, params, req.params, req.paramOrigins);
  const names = namingOf(product, d, params);
  checkTableNameLengths(d, names, params, productTables(product, undefined, params), req.paramOrigins);
  if (names.schema) d = inSchema(d, names.schema);
  const places = placesOf(product, d, params);
  if (places) d = d.located!(places, new Map());
  return { d, product, params, names, places };
}

/**
 * Whether product.yaml names parameter `name` outside the parameters' declarations (its naming, a location's
 * `param:`): a compile of any path may read it. A location's parameter only where the dialect places tables in
 * other schemas or databases (`located`, Dialect.located: not SQLite, where Fief's workspace_id names no schema);
 * any dialect's when `located` is not given.
 */
export function productNames(product: LoadedProduct, name: string, located?: boolean): boolean {
  const key = located === false ? 'unlocated' : 'any';
  let byKey = productParams.get(product.product);
  if (!byKey) productParams.set(product.product, (byKey = new Map()));
  let names = byKey.get(key);
  // (sqlite_file_name names a parameter only detection reads, from a SQLite file's name: never a script.)
  if (!names) byKey.set(key, (names = namedParams({ ...product.product, parameters: undefined, sqlite_file_name: undefined, ...(located === false ? { locations: undefined } : {}) }, new Set([...namingParameters(product)]))));
  return names.has(name);
}
const productParams = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The declared parameters a compile of `path` reads, so the script may differ with their values (`read`), and those
 * the compile of the same path the other way reads (`readBack`: what its header's reverse command passes on): each
 * that product.yaml names outside the declarations (naming, and places where the dialect has them: productNames);
 * each that a written plan of the path may read going that way (planReads); each that a derived install of the path
 * may read (its chain's plans going up: the install and its rollback are made from the chain's schema and rows),
 * when, for some value, its operations differ (a boolean or an enum: each other value tried with the other
 * parameters as they are; a parameter of another type counts as read); and each that only a plan before the path
 * reads for the schema it leaves (planShapes) when, for some value, the schema the path starts from differs (the
 * same values tried, replayed from the first plan shaped by it; a parameter of another type shaping it counts as
 * read). SuperTokens' access_token_signing_key_dynamic is read by 4.6 → 5.0 and by the scripts through it, not by
 * 5.0 → 6.0 nor by the derived install 0 → 6.0: the column it chooses the default of is left without one. Logto's
 * tenant is read by the import, not by its rollback, which deletes the users whose ids the import recorded.
 * @param base the model the path starts from (replayChain of path.base with `params`)
 */
function parametersRead(product: LoadedProduct, d: Dialect, params: ParamValues, given: string[], examples: boolean | undefined, path: { base: LoadedPlan[]; plans: LoadedPlan[]; direction: 'up' | 'down' }, base: Model): { read: Set<string>; readBack: Set<string> } {
  const written = path.plans.filter((p) => !p.derived);
  const derived = path.plans.filter((p) => p.derived);
  const before = expandDerived(path.base);
  const back = path.direction === 'up' ? 'down' : 'up';
  const located = d.located !== undefined;
  const naming = namingOf(product, d, params).naming;
  const read = new Set<string>();
  const readBack = new Set<string>();
  let baseText: string | undefined;
  const installText = new Map<LoadedPlan, string>();
  for (const [name, spec] of Object.entries(declaredParameters(product))) {
    const values = spec.type === 'boolean' ? ['true', 'false'] : spec.type === 'enum' ? spec.values! : undefined;
    const others = given.filter((g) => g.slice(0, g.indexOf('=')) !== name);
    /** `same` for each other value of the parameter (the others as given); a value that does not compile differs. */
    const sameWithEach = (same: (alt: ParamValues) => boolean): boolean =>
      values !== undefined &&
      values.every((v) => {
        if (String(params[name]) === v) return true;
        try {
          return same(toParams(product, [...others, `${name}=${v}`], examples));
        } catch (e) {
          if (!(e instanceof PlanError)) throw e;
          return false;
        }
      });
    const byProduct = productNames(product, name, located);
    const byDerived = !byProduct && derived.some((p) => {
      if (!p.derivedFrom!.some((c) => planReads(c, name, d.name, 'up'))) return false;
      const ops = (ps: ParamValues, n: Naming | undefined) => JSON.stringify(replayPath(d, replayChain(d, [], ps, n), p, ps, n).entries.map((e) => e.op));
      if (!installText.has(p)) installText.set(p, ops(params, naming));
      return !sameWithEach((alt) => ops(alt, namingOf(product, d, alt).naming) === installText.get(p));
    });
    const there = byProduct || byDerived || written.some((p) => planReads(p, name, d.name, path.direction));
    const thereBack = byProduct || byDerived || written.some((p) => planReads(p, name, d.name, back));
    if (there) read.add(name);
    if (thereBack) readBack.add(name);
    if (there && thereBack) continue;
    const first = before.findIndex((p) => planShapes(p, name, d.name));
    if (first < 0) continue;
    const upTo = values && replayChain(d, before.slice(0, first), params, naming);
    baseText ??= JSON.stringify(base);
    if (!sameWithEach((alt) => JSON.stringify(replayChain(d, before.slice(first), alt, namingOf(product, d, alt).naming, upTo)) === baseText)) {
      read.add(name);
      readBack.add(name);
    }
  }
  return { read, readBack };
}

/**
 * The parameters given that the script does not read (parametersRead), other than naming parameters
 * (otherDialectParams speaks of those): the script, its header and its reverse command are the same without them.
 */
function unreadParams(product: LoadedProduct, given: Set<string>, read: Set<string>): string[] {
  const naming = namingParameters(product);
  return [...given].filter((n) => !read.has(n) && !naming.has(n)).sort();
}

/**
 * The warnings for parameters given that a script does not read (CompileResult.unread), each naming where it was
 * given (`--param x`, or the params file's line): plan compile's and review's for their script, plan status's for
 * those none of its scripts reads (`scripts`, in the order they run).
 */
export function unreadParamWarnings(product: string, names: string[], scripts: [string, string][], origins?: ParamOrigins): string[] {
  const one = scripts.length === 1;
  const which = `${product} ${scripts.map(([a, b]) => `${a} → ${b}`).join(', ')}`;
  return names.map((n) =>
    aboutGivenParam(n, origins, one
      ? `does not change this script (${which}): no plan on its path reads it, and the schema it starts from is the same with any value of it`
      : `does not change these scripts (${which}): no plan on their paths reads it, and the schemas they start from are the same with any value of it`),
  );
}

/** The parameters of a compile; one with no value (and no example) raises its error only where the script reads it. */
function toParams(product: LoadedProduct, given: string[] | undefined, examples = false, origins?: ParamOrigins): ParamValues {
  return resolveParams(product, given ?? [], examples, true, origins) as Record<string, Scalar>;
}

/**
 * The product `name` as dialect `d` sees it (dialect-versions.ts: its versions and plans up to the dialect's
 * limit), after checking that it supports the dialect and each of `versions`.
 * @throws PlanError for an unknown product, a dialect it does not support, or a version past the dialect's limit
 */
export function productFor(name: string, d: Dialect, plansDir: string | undefined, versions: string[]): LoadedProduct {
  const product = loadProduct(name, plansDir);
  if (!product.product.dialects.includes(d.name)) {
    throw new PlanError(`${product.product.product} does not support ${d.name} (supported: ${product.product.dialects.join(', ')})`);
  }
  checkDialectVersions(product.product, d.name, versions);
  return forDialect(product, d.name);
}

/**
 * The tables of `start` that a statement of the script rebuilds (Statement.rebuild), by their names in `start` (a
 * rename earlier in the script is followed back; a table dropped, or created by the script, is none of them), sorted.
 */
export function rebuiltFromStart(start: Model, statements: { statement: Statement; op: Op }[]): string[] {
  const startName = new Map(start.tables.map((t) => [t.name, t.name]));
  const found = new Set<string>();
  for (const { statement, op } of statements) {
    if (statement.rebuild && startName.has(statement.rebuild.table)) found.add(startName.get(statement.rebuild.table)!);
    if (op.kind === 'rename_table' && startName.has(op.from)) {
      startName.set(op.to, startName.get(op.from)!);
      startName.delete(op.from);
    } else if (op.kind === 'drop_table') startName.delete(op.name);
  }
  return [...found].sort();
}

export function compile(req: CompileRequest): CompileResult {
  // The file's name is printed into the header's apply and reverse lines, which are comments.
  if (req.file !== undefined) refuseControlCharacters(req.file, 'the output file', 'a script file name', 'the header prints it into SQL comments and commands');
  try {
    return compileScript(req);
  } catch (e) {
    if (e instanceof MissingParameterError && !req.examples) throw rollbackRefusal(req) ?? e;
    throw e;
  }
}

/**
 * Why the rollback `req` asks for is refused whatever the parameters' values, if it is: its compile with each
 * parameter not given taking its `example:` (as plan validate compiles it) stops at a step with no way back (a step
 * that says `irreversible:`, or one whose operation has no inverse and that states none). A rollback refused so is
 * refused before a parameter it would read is asked for: plan validate refuses the plan with that message, and plan
 * compile said "parameter … has no default" instead, so that a DBA who gave the value was then told there is no
 * rollback (found by review).
 * @returns undefined for an upgrade, or a rollback that compiles with the examples (or fails for another reason)
 */
function rollbackRefusal(req: CompileRequest): PlanError | undefined {
  try {
    const product = productFor(req.product, getDialect(req.dialect), req.plansDir, [req.from, req.to]);
    if (findPath(product, req.from, req.to).direction !== 'down') return undefined;
    compileScript({ ...req, examples: true });
    return undefined;
  } catch (e) {
    if (e instanceof IrreversibleError || e instanceof ImpossibleRollbackError) return e;
    return undefined;
  }
}

function compileScript(req: CompileRequest): CompileResult {
  getDialect(req.dialect); // an unknown dialect is named before a timeout's error, as it always was
  const limits = req.timeouts ?? DEFAULT_TIMEOUTS;
  for (const [name, ms] of Object.entries(limits)) {
    if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIMEOUT_MS) throw new PlanError(`timeout ${name}: ${ms} is not a whole number of milliseconds from 0 to ${MAX_TIMEOUT_MS}`);
  }
  const { d, product, params, names, places } = compileSetting(req);
  const naming = names.naming;
  // What opens each part of the script, with its bounds (after the dialect knows its schema: it pins search_path).
  const bounds = d.script.timeouts(limits, false);
  const path = findPath(product, req.from, req.to);
  let model = replayChain(d, path.base, params, naming);
  const { read, readBack } = parametersRead(product, d, params, req.params ?? [], req.examples, path, model);
  // The schema the script starts from: `from` (for a rollback, the model after replaying the path forward).
  let start = model;
  const units: Unit[] = [];
  const manual: { plan: string; text: string }[] = [];
  const sections: { plan: LoadedPlan; entries: Entry[] }[] = [];

  if (path.direction === 'up') {
    for (const plan of path.plans) {
      const replayed = replayPath(d, model, plan, params, naming);
      sections.push({ plan, entries: replayed.entries });
      model = replayed.model;
    }
  } else {
    const forward = path.plans.map((plan) => {
      const replayed = replayPath(d, model, plan, params, naming);
      model = replayed.model;
      return { plan, entries: replayed.entries };
    });
    start = model;
    for (const { plan, entries } of forward.reverse()) {
      const rolled = rollbackEntries(d, plan, entries, model, params, naming);
      sections.push({ plan, entries: rolled.entries });
      model = rolled.model;
    }
  }

  if (places) checkPlacesKnown(product, places, params, [start, ...sections.flatMap((sec) => sec.entries.map((e) => e.after))]);
  // Every operation's statements, with the facets each changes; then the guards, derived from all of them.
  // A concurrent index step whose index a later plan of the same script changes again (a rollback chain that
  // rebuilds an index, then drops its table) runs in the transaction instead (see concurrentChangedLater).
  const inTransactionInstead = new Map<Entry, string>();
  const renderAll = () => sections.map((sec) => ({
    sec,
    ops: sec.entries.map((e) => {
      const op = inTransactionInstead.has(e) && 'concurrently' in e.op ? (({ concurrently: _c, ...rest }) => rest as Op)(e.op) : e.op;
      return { e, op, statements: atStep(sec.plan, e.step, () => renderOp(places ? locatedAt(d, places, e.before, e.after) : d, op, e.before, e.after, params)) };
    }),
  }));
  let rendered = renderAll();
  for (let more = concurrentChangedLater(rendered, inTransactionInstead); more; more = concurrentChangedLater(rendered, inTransactionInstead)) rendered = renderAll();
  // A script whose last change comes back to a state it had leaves that loop out (round-trips.ts).
  const origin = new Map(rendered.flatMap((r) => r.ops.flatMap((o) => o.statements.map((st) => [st, o.e] as const))));
  const undone = undoneTail(facetsOf(start), [...origin.keys()], (st) => origin.get(st)!, `${req.from} → ${req.to}`);
  const flat = [...origin.keys()].filter((st) => !undone.has(st));
  // The tables and columns whose data the script destroys, for its header (data-dropped.ts): each operation with its
  // banner's label; a rollback's drops of what its upgrade created are said by the header's rollback line already.
  const scriptOps = rendered.flatMap(({ sec, ops }) => {
    const [a, b] = path.direction === 'up' ? [sec.plan.plan.from, sec.plan.plan.to] : [sec.plan.plan.to, sec.plan.plan.from];
    return ops.map(({ e, statements: sts }, i) => ({ op: e.op, before: e.before, label: `${a} → ${b} · ${i + 1}/${sec.entries.length} · ${describe(e.op)}`, runs: sts.length === 0 || sts.some((st) => !undone.has(st)) }));
  });
  const dropped = dataDropped(start, scriptOps, path.direction === 'down' ? rollbackDrops(path.plans, d, params, naming) : undefined);
  // A rollback's deletions of the rows its upgrade copied, with what they reach through foreign keys (cascades.ts).
  const cascadeLines = path.direction === 'down' ? rollbackRowsDeleted(scriptOps) : [];
  const guards = deriveGuards(facetsOf(start), flat);
  const guardOf = new Map(flat.map((st, i) => [st, guards[i]]));
  // A finished script changes nothing (finished.ts): the data steps the catalog cannot tell done run only while the
  // script's finished marker still has work, not again once the application deleted rows they wrote. (A script
  // that is one transaction stops a second run at its start.)
  if (!d.script.atomic) {
    const marker = finishedMarker(flat, guards, (st) => origin.get(st)!.op, physicalVersionTables(product.product.version_tables ?? [], naming));
    if (marker) for (const st of marker.guarded) st.condition = conditionUnderMarker(st, marker);
  }
  refuseChangesAfterOutside(flat, (st) => origin.get(st)!);

  const body: string[] = [];
  const statements: string[] = [];
  const emit = (list: Sql[]) => {
    for (const x of list) statements.push(x.text);
    body.push(...list.map((x) => x.text));
  };
  const productName = product.product.product;
  const tables = productTables(product, naming, params);
  const wording = checkWording(productName, req.from, req.to);
  // An install or a teardown also checks the order its statements create or drop objects in (version-check.ts).
  const ordered = req.from === '0' || req.to === '0';
  /** The completion line: what a run that reached the target prints last. */
  const appliedMessage = `plan: ${productName} ${req.from} → ${req.to} applied`;
  // The state the script ends at, which the completion line (and an atomic script, before its COMMIT) looks for.
  const targetSpec = versionCheckSpec(d, model, [], tables, '', '');
  const atomic = d.script.atomic;
  let checkSpec: VersionCheckSpec;
  let secondRunNote: string | undefined;
  /** The completion line of a run that found the database at the target as it started (resumable scripts). */
  let alreadyMessage: string | undefined;
  /** The second run's stop message of a script that is one transaction (its version check stops such a run first). */
  let appliedStop: string | undefined;
  /** The row conditions of the data steps a run that starts at the target may still have to do (workLeftAtTarget). */
  let workLeft: Predicate[][] | undefined;
  if (atomic) {
    // One transaction from one exact state: a script already applied stops first, saying so (only when the target
    // differs from the start in the catalog: a script of data steps alone runs again, its steps finding nothing to do).
    const startFacets = facetsOf(start);
    const endFacets = facetsOf(model);
    const differ = startFacets.size !== endFacets.size || [...startFacets].some(([k, f]) => valueKey(endFacets.get(k)?.value ?? null) !== valueKey(f.value));
    if (!differ) secondRunNote = 'this script changes no table, so nothing marks it as applied: a second run makes its checks again and changes nothing.';
    if (differ) {
      body.push(d.syntax.comment(`a second run: the database is at ${req.to} already, so there is nothing to do`).text);
      appliedStop = `plan: ${productName} ${req.from} → ${req.to} is already applied (the database is at ${req.to === '0' ? 'the empty state' : req.to}): nothing to do. Nothing was changed.`;
    }
    body.push(d.syntax.comment(`check that the database is at ${req.from === '0' ? 'the empty state' : req.from}: this script is one transaction and runs only from there`).text);
    const what = req.from === '0' ? `this database holds ${productName} tables: it is not empty` : `this database is not at ${productName} ${req.from}`;
    checkSpec = versionCheckSpec(d, start, [], tables, what, wording.hint, false);
  } else {
    body.push(d.syntax.comment(`check that the database is at ${req.from}, at ${req.to}, or between them on this script's path (a resumed run)`).text);
    checkSpec = versionCheckSpec(d, start, flat, tables, wording.what, wording.hint, ordered);
    // With data steps after the last change (AuthHero's history rows on MySQL), a run that starts at the target says
    // so when none of them has rows left to write (found by a fresh DBA: its second run printed "applied").
    workLeft = d.guards.startAtTarget ? workLeftAtTarget(start, model, flat, (st) => guardOf.get(st)!) : undefined;
    if (workLeft) alreadyMessage = `plan: ${productName} ${req.from} → ${req.to}: the database was at ${req.to === '0' ? 'the empty state' : req.to} already: nothing to do`;
  }
  if (places) {
    // A place the path keeps objects in, missing: most likely the wrong name (a location parameter's value).
    const inUse = new Set([start, ...flat.map((st) => origin.get(st)!.after)].flatMap((m) => [...m.tables.map((t) => t.location), ...(m.enumTypes ?? []).map((e) => e.location)]).filter((l): l is string => l !== undefined));
    const decl = product.product.locations ?? {};
    checkSpec = { ...checkSpec, places: [...inUse].sort().map((l) => ({ name: places[l], message: `${d.script.placeWord} ${places[l]} (location ${l}, --param ${decl[l].param}) does not exist${decl[l].missing ? `: ${decl[l].missing}` : ''}` })) };
  }
  if (names.schema) {
    // The schema every object is in (a naming parameter's value): no step creates it, so it must exist at the start.
    const param = product.product.naming?.[d.name]?.schema;
    checkSpec = { ...checkSpec, schema: { name: names.schema, message: `${d.script.placeWord} "${names.schema}" (--param ${param}) does not exist` } };
  }
  // One query, one list of expected rows, answers both "is the database on the path" and "is it at the target": a
  // second run stops (atomic scripts) or ends with its own line (found by a fresh user: it said "applied" as the
  // first run did); the end check and the completion line may read the target's rows it kept (version-check.ts).
  emit(d.guards.versionCheck({ ...checkSpec, target: { spec: targetSpec, already: atomic ? appliedStop : alreadyMessage } }));
  // (the data steps after the last change: the at-start line only when none has rows left to write)
  if (alreadyMessage !== undefined && workLeft?.length) emit(d.guards.forgetAtStartIfWorkLeft!(workLeft.map((rows) => d.guards.predicate(and(rows)))));
  const preflight: string[] = [];
  const words = (comment: string) => comment.replace(/^--\s*/, '');
  // Tables whose rows fit some character sets only (MySQL's row size limit): their character set, before any change.
  const rowSizeNeedList = rowSizeNeeds(d, start, rendered, guardOf, (after, name) => relatedTables([after, model], name));
  const rowSize = rowSizeCheck(d, rowSizeNeedList, { product: productName, from: req.from });
  if (rowSize) body.push(d.syntax.comment(rowSize.comment).text), emit(rowSize.statements), preflight.push(rowSize.comment);
  for (const c of dataFitChecks(d, start, rendered, guardOf, path.direction, req.from)) body.push(c.comment.text), emit(c.statements), preflight.push(words(c.comment.text));
  const refs = foreignReferenceCheck(d, start, model, flat.map((st) => ({ effects: st.effects, op: origin.get(st)!.op })), productName, `${productName} ${req.from} → ${req.to}`);
  emit(refs.statements);
  // (listed after the plans' steps done before the script, and before the others: manual-order.ts)
  const atRun: ManualStep[] = refs.manual ? [{ plan: `${req.from} → ${req.to}`, text: refs.manual }] : [];
  if (refs.statements.length) preflight.push(`foreign keys of tables outside ${productName} onto the keys this script drops or replaces: the script stops, naming them, when there are any`);
  // An index name an object outside the product holds, where index names are schema- or database-wide
  // (preflight/index-names.ts): the script stops before it would drop or collide with what it does not own.
  const indexNames = indexNameCheck(d, indexNameSpec(d, [start, ...flat.map((st) => origin.get(st)!.after)], flat, productName, `${productName} ${req.from} → ${req.to}`));
  if (indexNames.comment) body.push(d.syntax.comment(indexNames.comment).text), emit(indexNames.statements), preflight.push(indexNames.comment);
  // A table rebuild drops the old table, and with it what the model does not know of it (its triggers): the script
  // stops first when a table it rebuilds has any as it starts (rebuild.ts).
  const rebuilt = rebuiltFromStart(start, flat.map((st) => ({ statement: st, op: origin.get(st)!.op })));
  if (rebuilt.length) {
    if (!d.guards.stopIfTriggers) throw new Error(`internal: ${d.name} rebuilds tables but cannot check them for triggers`);
    body.push(d.syntax.comment(`the tables this script rebuilds must have no triggers: the rebuild would drop them with the old table`).text);
    preflight.push(`the tables this script rebuilds (${rebuilt.join(', ')}) must have no triggers: the rebuild would drop them with the old table`);
    emit(d.guards.stopIfTriggers(rebuilt, `${productName} ${req.from} → ${req.to}`));
  }
  // Rows that break the foreign keys the end check proves, there before the script (SQLite does not enforce them):
  // the script stops before any change, naming them by their keys (preflight/broken-foreign-keys.ts).
  const broken = brokenForeignKeyCheck(d, start, model, flat.map((st) => ({ effects: st.effects, op: origin.get(st)!.op })), `${productName} ${req.from} → ${req.to}`, `${productName} ${req.from === '0' ? 'the empty state' : req.from}`);
  if (broken) body.push(d.syntax.comment(broken.comment).text), emit(broken.statements), preflight.push(broken.comment);
  // What the tables this script creates take from the product tables already there (owner, character set…).
  const existing = start.tables.map((t) => t.name);
  const createsTables = flat.some((st) => st.createsTable !== undefined);
  const beforeNew = createsTables ? d.script.beforeNewTables(existing) : [];
  if (beforeNew.length) body.push('', d.syntax.comment('what the tables this script creates take from the product tables already here (see the header)').text);
  emit(beforeNew);
  body.push('');
  // Parts: a statement that cannot run in a transaction ends the one open and runs in a part of its own; the next
  // statement that can opens a new one. Each later part first checks, as the version check does, that the database
  // is where the parts before it leave it or further on the path: after a part that failed, nothing else runs.
  const outside = d.script.outsideTransaction;
  const parts: string[] = ['in a transaction: the version check, the data checks and the changes up to the next part'];
  let inTransaction = true;
  const openPart = (st: Statement, e: Entry, first: Statement, title: string) => {
    const leaving = inTransaction;
    inTransaction = !st.outsideTransaction;
    const n = parts.length + 1;
    parts.push(`${inTransaction ? 'in a transaction' : 'outside any transaction'}, from "${title} · ${describe(e.op)}"`);
    // The part before ends first (its COMMIT), so that the marker starts the part: a file cut at it keeps both whole.
    if (leaving) emit(d.script.epilogue);
    body.push(d.syntax.comment(`part ${n} of the script: ${inTransaction ? 'a transaction' : 'outside any transaction (this statement cannot run in one)'}; first, the parts before it must have completed`).text);
    emit(inTransaction ? bounds.transaction : bounds.outside);
    const what = `part ${n} of this script did not start: the parts before it did not all complete (this database is not where they leave ${productName} ${req.from} → ${req.to}, nor further on its path)`;
    emit(d.guards.versionCheck(versionCheckSpec(d, e.before, flat.slice(flat.indexOf(first)), tables, what, 'Find why the part before it failed (above), fix the cause, then run the whole file again: it resumes where it stopped.', ordered)));
    if (inTransaction) emit(beforeNew);
  };
  // The state the model knows before each statement (atomic scripts evaluate their guards against it).
  const now = new Map([...facetsOf(start)].map(([k, f]) => [k, valueKey(f.value)]));
  // Consecutive rebuilds of one table in one plan (a run of type changes, say) are one rebuild in a script that is
  // one transaction: the table is copied once, from its definition before the first to the one after the last.
  const sectionOf = new Map(rendered.flatMap((r) => r.ops.flatMap((o) => o.statements.map((st) => [st, r.sec] as const))));
  const foldedIntoNext = new Set<Statement>();
  const foldedFrom = new Map<Statement, Model>();
  if (atomic) {
    for (let i = 0; i + 1 < flat.length; i++) {
      const [a, b] = [flat[i], flat[i + 1]];
      if (a.rebuild && b.rebuild && a.rebuild.table === b.rebuild.table && sectionOf.get(a) === sectionOf.get(b)) {
        foldedIntoNext.add(a);
        foldedFrom.set(b, foldedFrom.get(a) ?? a.rebuild.before);
      }
    }
  }
  // The lock annotation of every statement the script runs, computed from the operations and their models.
  const stepTitle = (s: { plan: LoadedPlan }) => (path.direction === 'up' ? `${s.plan.plan.from} → ${s.plan.plan.to}` : `${s.plan.plan.to} → ${s.plan.plan.from}`);
  const lockSteps = rendered.flatMap(({ sec: s, ops }) =>
    ops.map(({ e, op, statements: sts }, i) => ({ op, before: e.before, after: e.after, statements: sts.filter((st) => !undone.has(st) && !foldedIntoNext.has(st)), label: `${stepTitle(s)} · ${i + 1}/${s.entries.length} · ${describe(e.op)}` })),
  );
  const bytesPerCharacter = productBytesPerCharacter(product, d);
  const locks = atStep(rendered[0]?.sec.plan ?? path.plans[0], undefined, () => scriptLocks(d, lockSteps, bytesPerCharacter));
  const lockOf = new Map<Statement, StatementLocks>();
  {
    let k = 0;
    for (const step of lockSteps) for (const st of step.statements) lockOf.set(st, locks.statements[k++]);
  }
  for (const { sec: s, ops } of rendered) {
    const [a, b] = path.direction === 'up' ? [s.plan.plan.from, s.plan.plan.to] : [s.plan.plan.to, s.plan.plan.from];
    const title = `${a} → ${b}`;
    const rule = d.syntax.comment('='.repeat(96)).text;
    body.push(rule, d.syntax.comment(`${product.product.product} ${title}${path.direction === 'down' ? ' (rollback)' : ''}: ${s.plan.plan.summary.replace(/\s+/g, ' ').trim()}`).text, ...(s.plan.derived ? [d.syntax.comment(`source: derived from the written plans ${derivedPath(s.plan)} (${s.plan.derivedFrom![0].relPath} …), replayed in the model; ${s.plan.relPath} derived_installs`).text] : [d.syntax.comment(`source: ${s.plan.relPath}`).text]), rule);
    ops.forEach(({ e, statements: sts }, i) => {
      const banner = d.syntax.comment(`${title} · ${i + 1}/${s.entries.length} · ${describe(e.op)}`).text;
      const note = e.step.step.note && path.direction === 'up' ? d.syntax.comment(`why: ${e.step.step.note.replace(/\s+/g, ' ').trim()}`).text : undefined;
      const unitStatements: string[] = [];
      const unitBodies: string[] = [];
      body.push(banner, ...(note ? [note] : []));
      if (e.op.kind === 'manual') {
        const text = withScriptVersion(manualText(e.op, params), req.to, b);
        manual.push({ plan: title, text });
        body.push(d.syntax.comment('MANUAL STEP (not done by this script):').text, ...wrap(text, 96).map((l) => d.syntax.comment(`  ${l}`).text));
      }
      if (e.op.kind === 'remark') body.push(d.syntax.comment('REMARK (no statement):').text, ...wrap(e.op.text, 96).map((l) => d.syntax.comment(`  ${l}`).text));
      const instead = inTransactionInstead.get(e);
      if (instead) body.push(d.syntax.comment(`in the transaction, not concurrently: ${instead} changes this index again later in this script, and a statement outside the transaction could not tell on a re-run`).text);
      if (sts.some((st) => undone.has(st))) body.push(d.syntax.comment("left out: part of a round trip across this script's plans that ends where it started (together they change nothing)").text);
      const first = sts.find((x) => !undone.has(x));
      for (const st of sts) {
        if (undone.has(st)) continue;
        if (outside && !st.eitherPart && !!st.outsideTransaction === inTransaction) openPart(st, e, first!, title);
        const derived = guardOf.get(st)!;
        const creates = st.createsTable === undefined ? undefined : { name: st.createsTable, related: relatedTables([e.after, model], st.createsTable), existing };
        if (foldedIntoNext.has(st)) {
          body.push(d.syntax.comment(`rebuilt together with the next step (one copy of ${st.rebuild!.table})`).text);
          for (const x of st.effects) now.set(facetKey(x.ref), valueKey(x.value));
          continue;
        }
        const folded = foldedFrom.get(st);
        body.push(d.syntax.comment(`locks: ${lockOf.get(st)!.text}`).text);
        const one = folded ? { ...st, bodies: rebuildTable(d, st.rebuild!.table, folded, st.rebuild!.after)[0].bodies } : st;
        if (folded) body.push(d.syntax.comment(`one rebuild of ${st.rebuild!.table} for this step and the ones before it that say so`).text);
        const unbounded = atStep(s.plan, e.step, () => (atomic ? atomicExecutable(d, one, derived, now) : executable(d, st, derived, creates)));
        // (a statement timeout that bounds the changes alone: their guards' catalog reads run without it)
        const list = bounds.boundChanges ? bounds.boundChanges(unbounded, inTransaction) : unbounded;
        for (const x of st.effects) now.set(facetKey(x.ref), valueKey(x.value));
        unitStatements.push(...list.map((x) => x.text));
        if (list.length) unitBodies.push(...one.bodies.map((b) => b.text));
        emit(list);
      }
      const run = sts.filter((st) => !undone.has(st) && !foldedIntoNext.has(st));
      units.push({ plan: title, banner, position: `${i + 1}/${s.entries.length}`, op: e.op, statements: unitStatements, bodies: unitBodies, before: e.before, after: e.after, rendered: run, locks: run.map((st) => lockOf.get(st)!), step: e.step, values: sts.filter((st) => !undone.has(st)).map((st) => ({ statement: st, guard: guardOf.get(st)! })) });
      body.push('');
    });
  }
  // The end check's stop message, the same words on every dialect: the product and version, what happened, what to do.
  const endAt = req.to === '0' ? 'the empty state' : req.to;
  const endWhat = `the database is not at ${productName} ${endAt} at the end of this script (a statement did not do what its plan says)`;
  const endHint = `Nothing in the plans accounts for this difference: report it with the script. ${PLAN_COMMAND} detect ${productName} names every difference.`;
  if (atomic) {
    // The foreign keys to check before COMMIT: of the tables the script changed (their definitions or their rows),
    // and of those that reference them.
    // (preflight/broken-foreign-keys.ts: the same tables as the check before any change, each named by its key)
    const fkTables = endCheckTables(model, touchedTables(flat.map((st) => ({ effects: st.effects, op: origin.get(st)!.op }))));
    body.push(d.syntax.comment(`before COMMIT: the database is at ${endAt} and its foreign keys hold, or everything this run did is rolled back`).text);
    emit(atomic.beforeCommit(targetSpec, fkTables, endWhat, endHint));
  } else if (d.guards.endCheck) {
    // (rolled back only where the script is in a transaction that holds its DDL: not MySQL, whose DDL commits itself)
    const rolledBack = inTransaction && d.script.transactional;
    body.push(d.syntax.comment(`the end: the database is at ${endAt}, or the script stops here${rolledBack ? ' and everything this run did is rolled back' : ' with an error'}`).text);
    emit(d.guards.endCheck(targetSpec, endWhat, endHint, rolledBack, appliedMessage));
  }
  // A step that says irreversible: the other direction is refused (header: no reverse command, the reason instead).
  const irreversible = path.direction === 'up' ? path.plans.flatMap((pl) => stepsOf(pl, params).filter((s) => s.step.irreversible !== undefined && stepApplies(s.step, d, params)).map((s) => s.step.irreversible!))[0] : undefined;
  // The parameters that took their example (out/): no default and none given.
  const givenNames = new Set((req.params ?? []).map((g) => g.slice(0, g.indexOf('='))));
  const unread = unreadParams(product, givenNames, read);
  const examples = req.examples ? Object.entries(declaredParameters(product)).filter(([k, spec]) => spec.default === undefined && !givenNames.has(k) && read.has(k)).map(([k]) => k) : [];
  // Only the parameters the script reads: a DBA is not asked for a value that changes nothing (nor is the rollback).
  const shown = Object.entries(shownParameters(product, params, names));
  const shownParams = Object.fromEntries(shown.filter(([k]) => read.has(k)));
  // The reverse command passes on what the compile the other way reads, of what this one reads or was given: a
  // default this compile neither read nor was given is not the DBA's value (an import's tenant, seen from its
  // rollback), so the other direction's compile takes its own, or asks for it.
  const reverseParams = Object.fromEntries(shown.filter(([k]) => readBack.has(k) && (read.has(k) || givenNames.has(k))));
  const timeoutLines = d.script.timeouts(limits, parts.length > 1).header;
  const also = places && d.script.placeNote ? placesOutside(flat.map((st) => origin.get(st)!), product, places, params).map((x) => d.script.placeNote!(x)) : [];
  // The one order the header, the review and status number and list the manual steps in (manual-order.ts).
  const planManual = manual.splice(0);
  manual.push(...orderManualSteps(planManual, atRun, renameStepIndex(planManual, path.plans, d, params, path.direction, path.direction === 'up' && req.from === '0')));
  const headerInput: HeaderInput = { product, dialect: d, stepNumbers: stepNumbersOf(units), params: shownParams, reverseParams, naming, namesNote: names.given.length ? namesNote(names, productTables(product)) : undefined, direction: path.direction, from: req.from, to: req.to, plans: [...path.base, ...path.plans], pathPlans: path.plans, manual, newTables: createsTables ? (existing.length ? 'existing' : 'fresh') : 'none', ...(rowSizeNeedList.length ? { rowSize: rowSizeNeedList } : {}), timeouts: timeoutLines, ...(parts.length > 1 ? { failureNote: outside!.failureNote(parts) } : {}), ...(irreversible !== undefined ? { irreversible } : {}), ...(examples.length ? { examples } : {}), ...(notGiven(params).length ? { notGiven: notGiven(params) } : {}), locks: d.locks.headerLines(locks), ...(secondRunNote ? { secondRunNote } : {}), ...(dropped.length ? { dataDropped: dropped } : {}), ...(cascadeLines.length ? { rollbackRowsDeleted: cascadeLines } : {}), ...(also.length ? { also } : {}), ...(places ? { placesInUse: [...new Set([...start.tables.map((t) => t.location), ...(start.enumTypes ?? []).map((e) => e.location)].filter((l): l is string => l !== undefined))].sort().map((l) => places[l]) } : {}) };
  if (req.file !== undefined) headerInput.file = req.file;
  const head = header(headerInput);
  const prologue = bounds.transaction.map((x) => x.text);
  // A script that ends outside a transaction has none to commit; the session's own bounds come back first.
  const epilogue = [...bounds.restore.map((x) => x.text), ...(inTransaction ? d.script.epilogue.map((x) => x.text) : [])];
  // Once, before the first part: PostgreSQL's lock that stops a second run while this one goes on (script-lock.ts).
  const first = (d.script.first ?? []).map((x) => x.text);
  statements.unshift(...first, ...prologue);
  // The last line a client prints, and only when the catalog shows the `to` state: a run cut short (or one
  // that a client carried past an error) does not claim success.
  const done = d.guards.completion(targetSpec, appliedMessage, alreadyMessage).map((x) => x.text);
  // The session's settings the text itself is read with come back after the last line (the message's literal needs them).
  const last = (d.script.finally ?? []).map((x) => x.text);
  statements.push(...epilogue, ...done, ...last);
  const lines = [head, ...first, ...prologue, '', ...body, ...epilogue, '', d.syntax.comment('printed only when the database is now at the target state').text, ...done, ...last];
  // The text is assembled when it is first read: validate compiles hundreds of scripts and reads none of them.
  let sql: string | undefined;
  const states = () => {
    const now = new Map([...facetsOf(start)].map(([k, f]) => [k, valueKey(f.value)]));
    const listing = () => [...now].filter(([, v]) => v !== 'absent').map(([k, v]) => `${k}=${v}`).sort().join('\n');
    const out = new Set([listing()]);
    for (const st of flat) {
      for (const e of st.effects) now.set(facetKey(e.ref), valueKey(e.value));
      out.add(listing());
    }
    return [...out];
  };
  return { product, dialect: d, params, direction: path.direction, plans: path.plans, units, statements, get sql() { return (sql ??= scriptText(lines)); }, commands: scriptCommands(headerInput), manual, before: start, after: model, locks, check: checkSpec, states, ...(naming ? { naming } : {}), ...(names.schema ? { schema: names.schema } : {}), ...(places ? { places } : {}), shownParams, timeoutLines, timeouts: limits, preflight, rowSize: rowSizeNeedList, ...(bytesPerCharacter !== undefined ? { bytesPerCharacter } : {}), warnings: [...otherDialectParams(product, d.name, req.params ?? [], req.paramOrigins), ...unreadParamWarnings(product.product.product, unread, [[req.from, req.to]], req.paramOrigins)], unread };
}

/**
 * Whether a resumable script finds nothing left to run once the catalog is at its target: the target differs from
 * the start (a script of data steps alone starts at its target and runs them every time), and no statement that
 * runs anything (bodies) comes at or after the first point where the statements' effects reach the target (a data
 * step after the last change, which a run cut short between them has still to do). Then a run that starts at the
 * target says so rather than "applied".
 * @param start the model the script starts from; `end` the one it ends at; `statements` its statements, in order
 */
export function nothingLeftAtTarget(start: Model, end: Model, statements: readonly Statement[]): boolean {
  const at = targetReachedAt(start, end, statements);
  return at !== undefined && statements.slice(at).every((st) => st.bodies.length === 0);
}

/**
 * The index of the first statement after the point where the effects of `statements` (in order) bring the catalog
 * from `start` to `end`; undefined when `start` is `end` already (a script of data steps alone) or they never do.
 */
function targetReachedAt(start: Model, end: Model, statements: readonly Statement[]): number | undefined {
  const target = new Map([...facetsOf(end)].map(([k, f]) => [k, valueKey(f.value)]));
  const now = new Map([...facetsOf(start)].map(([k, f]) => [k, valueKey(f.value)]));
  const absent = valueKey(null);
  let differing = 0;
  for (const k of new Set([...target.keys(), ...now.keys()])) if ((now.get(k) ?? absent) !== (target.get(k) ?? absent)) differing++;
  if (differing === 0) return undefined;
  let i = 0;
  for (; i < statements.length && differing > 0; i++) {
    for (const e of statements[i].effects) {
      const k = facetKey(e.ref);
      const want = target.get(k) ?? absent;
      const was = (now.get(k) ?? absent) === want;
      const v = valueKey(e.value);
      now.set(k, v);
      const is = v === want;
      if (was && !is) differing++;
      if (!was && is) differing--;
    }
  }
  return differing === 0 ? i : undefined;
}

/**
 * What a resumable script may still have to do once the catalog is at its target, for the line of a run that starts
 * there (dialect guards.startAtTarget): the row conditions (a statement's own `sql` conditions, which together hold
 * when it has rows to write) of each data step after the point where the statements' effects reach the target,
 * whose catalog guard (`guardOf`, and its own catalog conditions) holds at the target; none when no statement runs
 * anything there (nothingLeftAtTarget). Undefined when such a run cannot be told from one with work left: the target
 * is the start (a script of data steps alone), or a statement there runs whatever the rows (no row condition, or
 * outside a transaction), or its catalog guard cannot be decided from the model.
 * @param start the model the script starts from; `end` the one it ends at; `statements` its statements, in order
 */
export function workLeftAtTarget(start: Model, end: Model, statements: readonly Statement[], guardOf: (st: Statement) => Predicate): Predicate[][] | undefined {
  const at = targetReachedAt(start, end, statements);
  if (at === undefined) return undefined;
  const target = new Map([...facetsOf(end)].map(([k, f]) => [k, valueKey(f.value)]));
  const left: Predicate[][] = [];
  for (const st of statements.slice(at)) {
    // A check (stop) writes nothing.
    if (st.bodies.length === 0 || st.stop !== undefined) continue;
    if (st.outsideTransaction) return undefined;
    const own = st.condition ? (st.condition.kind === 'and' ? st.condition.items : [st.condition]) : [];
    const runs = holdsAt(and([guardOf(st), ...own.filter((p) => p.kind !== 'sql')]), target);
    if (runs === false) continue;
    const rows = own.filter((p) => p.kind === 'sql');
    if (runs === undefined || rows.length === 0) return undefined;
    left.push(rows);
  }
  return left;
}

/** The catalog the model predicts for `version`, in the format of the catalog queries. */
export function predictCatalog(req: { product: string; version: string; dialect: string; params?: string[]; plansDir?: string }): string[] {
  const d = getDialect(req.dialect);
  const product = productFor(req.product, d, req.plansDir, [req.version]);
  // The catalog of a version for review: a parameter no default answers takes its example.
  const params = toParams(product, req.params, true);
  checkPlaceNames(product, d, params, req.params);
  checkTableNameLengths(d, namingOf(product, d, params), params, productTables(product, undefined, params));
  return d.catalog.catalogLines(modelAt(product, req.version, d, params));
}

/**
 * The schemas or databases outside the main one where the steps of `entries` (the script's, in order) put or change
 * objects: for each location (sorted) that a table or enum type is in before or after a step, its physical name
 * (`places`), which location and parameter name it, and whether a step puts an object there that was not there
 * before it (the script then creates the place when it is missing: move_tables' placeStatement).
 */
export function placesOutside(entries: readonly Entry[], product: LoadedProduct, places: Record<string, string>, params: ParamValues): { name: string; source: string; creates: boolean }[] {
  const at = (m: Model) => [...m.tables.map((t) => ({ name: t.name, location: t.location })), ...(m.enumTypes ?? []).map((e) => ({ name: `type ${e.name}`, location: e.location }))];
  const touched = new Map<string, boolean>();
  for (const e of entries) {
    const before = new Set(at(e.before).map((x) => `${x.location ?? ''}\u0000${x.name}`));
    for (const x of at(e.after)) if (x.location !== undefined) touched.set(x.location, (touched.get(x.location) ?? false) || !before.has(`${x.location}\u0000${x.name}`));
    for (const x of at(e.before)) if (x.location !== undefined && !touched.has(x.location)) touched.set(x.location, false);
  }
  const decl = product.product.locations ?? {};
  return [...touched].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([l, creates]) => ({ name: places[l], source: `location ${l}: --param ${paramWord(decl[l].param, params[decl[l].param] ?? '')}`, creates }));
}

/**
 * The places of a product's locations for `d` (location → the schema or database its parameter names), or undefined
 * when the product declares none or the engine has no such places (SQLite).
 * @throws PlanError when a location's parameter is not set to a name
 */
export function placesOf(product: LoadedProduct, d: Dialect, params: ParamValues): Record<string, string> | undefined {
  const locations = product.product.locations;
  if (!d.located) return undefined;
  // Named enum types are read by the catalog queries of a located dialect too (a product without locations: no places).
  if (!locations || Object.keys(locations).length === 0) return product.plans.some((p) => p.steps.some((s) => s.op === 'create_enum_type')) ? {} : undefined;
  // A location whose parameter was not given (and has no default) is left out: a script that puts nothing there and
  // finds nothing there does not need it (Fief 0.28 → 0.28-cleanup: the workspace's schema is empty since 0.28);
  // checkPlacesKnown raises the parameter's error when the script does.
  const missing = new Set(notGiven(params));
  return Object.fromEntries(
    Object.entries(locations).filter(([, spec]) => !missing.has(spec.param)).map(([loc, spec]) => {
      const v = params[spec.param];
      if (typeof v !== 'string' || v === '') throw new PlanError(`location ${loc}: parameter ${spec.param} must name a schema or database (product.yaml locations:)`);
      return [loc, v];
    }),
  );
}

/**
 * Raises the missing parameter's error when a table or enum type of one of `models` is in a location placesOf left
 * out (its parameter not given).
 * @throws MissingParameterError (through reading the parameter) for such a location
 */
function checkPlacesKnown(product: LoadedProduct, places: Record<string, string>, params: ParamValues, models: readonly Model[]): void {
  const decl = product.product.locations ?? {};
  for (const m of models) {
    for (const x of [...m.tables, ...(m.enumTypes ?? [])]) {
      if (x.location !== undefined && !(x.location in places)) void params[decl[x.location].param];
    }
  }
}

/** `d` naming each table and enum type where the model has it around one operation (`after` first, then `before`). */
export function locatedAt(d: Dialect, places: Record<string, string>, before: Model, after: Model): Dialect {
  const at = new Map<string, string>();
  for (const m of [before, after]) {
    for (const t of m.tables) if (t.location) at.set(t.name, t.location);
    for (const e of m.enumTypes ?? []) if (e.location) at.set(e.name, e.location);
  }
  for (const t of after.tables) if (!t.location) at.delete(t.name);
  for (const e of after.enumTypes ?? []) if (!e.location) at.delete(e.name);
  for (const t of after.tables) if (t.location) at.set(t.name, t.location);
  return d.located!(places, at);
}

/**
 * A manual step's text with each `{version}` replaced by the release the script reaches (`to`, a stage without its
 * label, as procedureSteps does for the start line): the core or service the DBA starts after this script, which in a
 * chain or a rollback past several plans is not the version of the plan that wrote the step (SuperTokens 4.6 → 5.0's
 * "before starting core {version}" in a 5.0 → 3.5 rollback names 3.5, not 4.6; found by a fresh DBA). A teardown
 * (`to` 0) starts nothing: the plan's own end (`planEnd`) is named then, as the plan wrote it. Pure.
 */
export function withScriptVersion(text: string, to: string, planEnd: string): string {
  const version = (to === '0' ? planEnd : to).replace(/-.*$/, '');
  return text.replace(/\{version\}/g, version);
}
