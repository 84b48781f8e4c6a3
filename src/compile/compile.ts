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
import { renderOp } from './render.js';
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
    if (e instanceof OpError) throw new PlanError(`${step ? step.op + ': ' : ''}${e.message}`, step?.pos ?? { file: plan.relPath, line: 1, col: 1 });
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
function versionCheck(d: Dialect, product: string, from: string, to: string, models: Model[]): string | undefined {
  const key = (t: string, c: string) => `${t}\0${c}`;
  let shared: Set<string> | undefined;
  for (const m of models) {
    const here = new Set(m.tables.flatMap((t) => t.columns.map((c) => key(t.name, c.name))));
    shared = shared ? new Set([...shared].filter((k) => here.has(k))) : here;
  }
  const pairs = [...(shared ?? [])].sort().map((k) => k.split('\0') as [string, string]);
  if (pairs.length === 0) return undefined;
  return d.stopUnless(d.guards.columnsExist(pairs), `database is not at ${product} ${from} or ${to}`);
}

/**
 * The names a table or column created by `op` takes later in the same script. A re-run finds it under its
 * last name, and must not create it again under the first.
 */
function renamedLater(op: Op, all: Entry[], self: Entry): string[] {
  if (op.kind !== 'create_table' && op.kind !== 'add_column') return [];
  const names: string[] = [];
  let table = op.kind === 'create_table' ? op.table.name : op.table;
  let column = op.kind === 'add_column' ? op.column.name : undefined;
  for (const e of all.slice(all.indexOf(self) + 1)) {
    if (e.op.kind === 'rename_table' && e.op.from === table) {
      table = e.op.to;
      if (!column) names.push(table);
    } else if (column && e.op.kind === 'rename_column' && e.op.table === table && e.op.from === column) {
      column = e.op.to;
      names.push(column);
    }
  }
  return names;
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
  const start = cloneModel(model);
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
    for (const { plan, entries } of forward.reverse()) {
      models.push(cloneModel(model));
      sections.push({ plan, entries: rollbackEntries(d, plan, entries, model, params) });
    }
  }

  const body: string[] = [];
  const statements: string[] = [];
  const check = versionCheck(d, product.product.product, req.from, req.to, path.direction === 'up' ? models : [...models, cloneModel(model)]);
  if (check) {
    body.push(`-- check that the database is at ${req.from}, at ${req.to}, or between them (a resumed run)`, check, '');
    statements.push(check);
  }
  const allEntries = sections.flatMap((x) => x.entries);
  for (const s of sections) {
    const [a, b] = path.direction === 'up' ? [s.plan.plan.from, s.plan.plan.to] : [s.plan.plan.to, s.plan.plan.from];
    const title = `${a} → ${b}`;
    body.push(`-- ${'='.repeat(96)}`, `-- ${product.product.product} ${title}${path.direction === 'down' ? ' (rollback)' : ''}: ${s.plan.plan.summary.replace(/\s+/g, ' ').trim()}`, `-- source: ${s.plan.relPath}`, `-- ${'='.repeat(96)}`);
    s.entries.forEach((e, i) => {
      const laterNames = renamedLater(e.op, allEntries, e);
      const banner = `-- ${title} · ${i + 1}/${s.entries.length} · ${describe(e.op)}`;
      const note = e.step.step.note && path.direction === 'up' ? e.step.step.note.replace(/\s+/g, ' ').trim() : undefined;
      const rendered = atStep(s.plan, e.step, () => renderOp(d, e.op, e.before, e.after, params, { laterNames }));
      const stmts = e.op.kind === 'manual' ? [] : rendered;
      if (e.op.kind === 'manual') manual.push({ plan: title, text: e.op.text });
      units.push({ plan: title, banner, op: e.op, statements: stmts, before: e.before });
      statements.push(...stmts);
      body.push(banner, ...(note ? [`-- why: ${note}`] : []), ...rendered, '');
    });
  }
  const head = header({ product, dialect: d, params, direction: path.direction, from: req.from, to: req.to, plans: [...path.base, ...path.plans], pathPlans: path.plans, manual });
  const tx = d.transaction;
  const sql = [head, ...(tx ? [tx.begin, ''] : []), ...body, ...(tx ? [tx.commit] : [])].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  return { product, dialect: d, params, direction: path.direction, plans: path.plans, units, statements, sql, manual, before: start, after: cloneModel(model) };
}

/** The catalog the model predicts for `version`, in the format of the catalog queries. */
export function predictCatalog(req: { product: string; version: string; dialect: string; params?: string[]; plansDir?: string }): string[] {
  const d = getDialect(req.dialect);
  const product = loadProduct(req.product, req.plansDir);
  return d.catalogLines(modelAt(product, req.version, d, toParams(product, req.params)));
}
