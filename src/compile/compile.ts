// The path of a compile: load -> path -> replay on the model (validate, derive inverses) -> render -> assemble.
// Pure apart from reading the plans and templates: no engine, no output file.
import type { Dialect } from '../dialects/dialect.js';
import { getDialect } from '../dialects/index.js';
import { PlanError } from '../plan/errors.js';
import { findPath, chainFromEmpty } from '../plan/graph.js';
import { loadProduct, stepOperation } from '../plan/load.js';
import { resolveParams } from '../plan/params.js';
import type { LoadedPlan, LoadedProduct, LoadedStep, Scalar } from '../plan/types.js';
import { cloneModel, emptyModel, type Model } from '../model/model.js';
import { apply, describe, inverse, OpError, type Op } from '../model/operations.js';
import { resolveOp, stepApplies, type ParamValues } from '../model/resolve.js';
import { renderOp, wrap, type Statement } from './render.js';
import { deriveGuards } from './guards.js';
import { and, facetIsNot, facetsOf, type Predicate } from './facets.js';
import { sql, type Sql } from './sql.js';
import { header } from './header.js';

export interface CompileRequest {
  product: string;
  from: string;
  to: string;
  dialect: string;
  /** name=value strings as given on the command line */
  params?: string[];
  plansDir?: string;
}

/** One operation of the script: its banner and its statements. */
export interface Unit {
  plan: string;
  banner: string;
  op: Op;
  statements: string[];
  /** The model just before this operation. */
  before: Model;
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
  /** The whole script. */
  sql: string;
  /** Manual steps, in order, for the runbook. */
  manual: { plan: string; text: string }[];
  /** The model before and after the script. */
  before: Model;
  after: Model;
}

interface Entry {
  step: LoadedStep;
  plan: LoadedPlan;
  op: Op;
  before: Model;
  after: Model;
}

function atStep<T>(plan: LoadedPlan, step: LoadedStep | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof OpError || (e instanceof Error && !(e instanceof PlanError) && !(e instanceof TypeError))) throw new PlanError(`${step ? step.op + ': ' : ''}${e.message}`, step?.pos ?? { file: plan.relPath, line: 1, col: 1 });
    throw e;
  }
}

function replayPlan(d: Dialect, model: Model, plan: LoadedPlan, params: ParamValues, record = true): Entry[] {
  const entries: Entry[] = [];
  // Each entry's `after` is the next one's `before`: one copy of the model per operation.
  let before = record ? cloneModel(model) : model;
  for (const step of plan.steps) {
    if (!stepApplies(step.step, d, params)) continue;
    atStep(plan, step, () => {
      const op = resolveOp(d, step, params);
      apply(d, model, op);
      if (!record) return;
      const after = cloneModel(model);
      entries.push({ step, plan, op, before, after });
      before = after;
    });
  }
  return entries;
}

function replayChain(d: Dialect, plans: LoadedPlan[], params: ParamValues, model = emptyModel(d.name)): Model {
  for (const p of plans) replayPlan(d, model, p, params, false);
  return model;
}

/** The model of `version` (0 = empty), replayed from the empty database. */
export function modelAt(product: LoadedProduct, version: string, d: Dialect, params: ParamValues): Model {
  return replayChain(d, chainFromEmpty(product, version), params);
}

/** Operations that undo a plan, in the order they run, with the model at each point. */
function rollbackEntries(d: Dialect, plan: LoadedPlan, forward: Entry[], model: Model, params: ParamValues): Entry[] {
  const createdHere = new Set<string>();
  for (const e of forward) {
    if (e.op.kind === 'create_table') createdHere.add(e.op.table.name);
    if (e.op.kind === 'add_column') createdHere.add(`${e.op.table}.${e.op.column.name}`);
  }
  const out: Entry[] = [];
  let before = cloneModel(model);
  for (const e of [...forward].reverse()) {
    const where = `${e.step.pos.file}:${e.step.pos.line}:${e.step.pos.col}`;
    if (e.step.step.irreversible) {
      throw new PlanError(`cannot roll back ${plan.plan.from} → ${plan.plan.to} through step ${e.step.index + 1} (${describe(e.op)}): irreversible: ${e.step.step.irreversible}`, e.step.pos);
    }
    let ops: Op[];
    if (e.step.step.inverse) {
      ops = e.step.step.inverse
        .filter((s) => stepApplies(s, d, params))
        .map((s) => atStep(plan, e.step, () => resolveOp(d, stepOperation(s), params)));
    } else {
      const inv = inverse(e.op, e.before, e.after, createdHere);
      if ('irreversible' in inv) throw new PlanError(`cannot roll back ${plan.plan.from} → ${plan.plan.to} through step ${e.step.index + 1} (${describe(e.op)}) at ${where}: ${inv.irreversible}`, e.step.pos);
      ops = inv.ops;
    }
    for (const op of ops) {
      atStep(plan, e.step, () => {
        try {
          apply(d, model, op);
        } catch (err) {
          if (err instanceof OpError) throw new OpError(`rolling back (${describe(op)}): ${err.message}`);
          throw err;
        }
        const after = cloneModel(model);
        out.push({ step: e.step, plan, op, before, after });
        before = after;
      });
    }
  }
  return out;
}

/**
 * Stops the script before any change when the database is at none of the versions it spans: every column
 * that exists at each of them must be there. A first run finds `from`, a re-run finds `to`, a resumed run
 * something in between; all of them pass.
 */
function versionCheck(d: Dialect, product: string, from: string, to: string, models: Model[]): Sql[] {
  const key = (t: string, c: string) => `${t}\0${c}`;
  let shared: Set<string> | undefined;
  for (const m of models) {
    const here = new Set(m.tables.flatMap((t) => t.columns.map((c) => key(t.name, c.name))));
    shared = shared ? new Set([...shared].filter((k) => here.has(k))) : here;
  }
  const pairs = [...(shared ?? [])].sort().map((k) => k.split('\0') as [string, string]);
  if (pairs.length === 0) return [];
  const present = and(pairs.map(([table, column]) => facetIsNot({ type: 'column', table, column }, null)));
  return d.stopUnless(d.predicate(present), `database is not at ${product} ${from} or ${to}`);
}

/** The executable statements of one statement value: its bodies under the derived guard and its own condition. */
function executable(d: Dialect, st: Statement, derived: Predicate): Sql[] {
  const guard = and([derived, ...(st.condition && st.stop === undefined ? [st.condition] : [])]);
  const empty = guard.kind === 'and' && guard.items.length === 0;
  if (st.stop !== undefined) {
    // A check runs where the script stands before it: it stops only there, and only when its condition fails.
    const holds = d.predicate(st.condition ?? and([]));
    return d.stopUnless(empty ? holds : sql`NOT (${d.predicate(guard)})\n    OR (${holds})`, st.stop);
  }
  return d.guarded(empty ? undefined : d.predicate(guard), st.bodies);
}

function toParams(product: LoadedProduct, given: string[] | undefined): ParamValues {
  return resolveParams(product, given ?? []) as Record<string, Scalar>;
}

export function compile(req: CompileRequest): CompileResult {
  const d = getDialect(req.dialect);
  const product = loadProduct(req.product, req.plansDir);
  if (!product.product.dialects.includes(d.name)) {
    throw new PlanError(`${product.product.product} does not support ${d.name} (supported: ${product.product.dialects.join(', ')})`);
  }
  const params = toParams(product, req.params);
  const path = findPath(product, req.from, req.to);
  const model = replayChain(d, path.base, params);
  // The schema the script starts from: `from` (for a rollback, the model after replaying the path forward).
  let start = cloneModel(model);
  const units: Unit[] = [];
  const manual: { plan: string; text: string }[] = [];
  const sections: { plan: LoadedPlan; entries: Entry[] }[] = [];
  const models: Model[] = [start];

  if (path.direction === 'up') {
    for (const plan of path.plans) {
      sections.push({ plan, entries: replayPlan(d, model, plan, params) });
      models.push(cloneModel(model));
    }
  } else {
    const forward = path.plans.map((plan) => ({ plan, entries: replayPlan(d, model, plan, params) }));
    start = cloneModel(model);
    for (const { plan, entries } of forward.reverse()) {
      models.push(cloneModel(model));
      sections.push({ plan, entries: rollbackEntries(d, plan, entries, model, params) });
    }
  }

  // Every operation's statements, with the facets each changes; then the guards, derived from all of them.
  const rendered = sections.map((sec) => ({
    sec,
    ops: sec.entries.map((e) => ({ e, statements: atStep(sec.plan, e.step, () => renderOp(d, e.op, e.before, e.after, params)) })),
  }));
  const flat = rendered.flatMap((r) => r.ops.flatMap((o) => o.statements));
  const guards = deriveGuards(facetsOf(start), flat);
  const guardOf = new Map(flat.map((st, i) => [st, guards[i]]));

  const body: string[] = [];
  const statements: string[] = [];
  const emit = (list: Sql[]) => {
    for (const x of list) statements.push(x.text);
    body.push(...list.map((x) => x.text));
  };
  const check = versionCheck(d, product.product.product, req.from, req.to, path.direction === 'up' ? models : [...models, cloneModel(model)]);
  if (check.length) {
    body.push(d.comment(`check that the database is at ${req.from}, at ${req.to}, or between them (a resumed run)`).text);
    emit(check);
    body.push('');
  }
  for (const { sec: s, ops } of rendered) {
    const [a, b] = path.direction === 'up' ? [s.plan.plan.from, s.plan.plan.to] : [s.plan.plan.to, s.plan.plan.from];
    const title = `${a} → ${b}`;
    const rule = d.comment('='.repeat(96)).text;
    body.push(rule, d.comment(`${product.product.product} ${title}${path.direction === 'down' ? ' (rollback)' : ''}: ${s.plan.plan.summary.replace(/\s+/g, ' ').trim()}`).text, d.comment(`source: ${s.plan.relPath}`).text, rule);
    ops.forEach(({ e, statements: sts }, i) => {
      const banner = d.comment(`${title} · ${i + 1}/${s.entries.length} · ${describe(e.op)}`).text;
      const note = e.step.step.note && path.direction === 'up' ? d.comment(`why: ${e.step.step.note.replace(/\s+/g, ' ').trim()}`).text : undefined;
      const unitStatements: string[] = [];
      body.push(banner, ...(note ? [note] : []));
      if (e.op.kind === 'manual') {
        manual.push({ plan: title, text: e.op.text });
        body.push(d.comment('MANUAL STEP (not done by this script):').text, ...wrap(e.op.text, 96).map((l) => d.comment(`  ${l}`).text));
      }
      for (const st of sts) {
        const derived = guardOf.get(st)!;
        const list = atStep(s.plan, e.step, () => executable(d, st, derived));
        unitStatements.push(...list.map((x) => x.text));
        emit(list);
      }
      units.push({ plan: title, banner, op: e.op, statements: unitStatements, before: e.before });
      body.push('');
    });
  }
  const head = header({ product, dialect: d, params, direction: path.direction, from: req.from, to: req.to, plans: [...path.base, ...path.plans], pathPlans: path.plans, manual });
  const prologue = d.script.prologue.map((x) => x.text);
  const epilogue = d.script.epilogue.map((x) => x.text);
  statements.unshift(...prologue);
  statements.push(...epilogue);
  const sql = [head, ...prologue, '', ...body, ...epilogue].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  return { product, dialect: d, params, direction: path.direction, plans: path.plans, units, statements, sql, manual, before: start, after: cloneModel(model) };
}

/** The catalog the model predicts for `version`, in the format of the catalog queries. */
export function predictCatalog(req: { product: string; version: string; dialect: string; params?: string[]; plansDir?: string }): string[] {
  const d = getDialect(req.dialect);
  const product = loadProduct(req.product, req.plansDir);
  return d.catalogLines(modelAt(product, req.version, d, toParams(product, req.params)));
}
