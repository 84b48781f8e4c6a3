// plan lint: every plan of a product compiled for each dialect and each choice of its boolean and enum parameters
// (as plan validate does), its steps handed to the rules (src/lint/rules/), the findings merged over dialects and
// parameter choices and matched with the steps' acknowledgements (`lint: { acknowledge: [{ rule, reason }] }`).
// Reads plans (through compile); writes nothing.
import { compile, type CompileRequest, type CompileResult } from '../compile/compile.js';
import { createdHereAt } from '../compile/created-here.js';
import { facetsOf, valueKey } from '../compile/facets.js';
import { findTable } from '../model/model.js';
import { PlanError } from '../plan/errors.js';
import { dialectsAt } from '../plan/dialect-versions.js';
import { findPath } from '../plan/graph.js';
import { loadProduct } from '../plan/load.js';
import { declaredParameters, parameterChoices } from '../plan/params.js';
import type { DialectName, LoadedPlan } from '../plan/types.js';
import { RULES, ruleById, staleAcknowledgement } from './registry.js';
import type { Finding, Hit, LintPlan, LintReport, LintStep, Rule } from './types.js';

/**
 * The steps of a compiled single-plan upgrade (`compile` of `from` → `to` of one plan) as the rules see them.
 * @throws Error when `r` is not an upgrade of exactly one plan
 */
export function lintPlanOf(r: CompileResult): LintPlan {
  if (r.direction !== 'up' || r.plans.length !== 1) throw new Error('internal: plan lint reads the upgrade of one plan');
  const created = createdHereAt(r.units.map((u) => u.op));
  const none = new Set<string>();
  const steps: LintStep[] = r.units.map((u, i) => {
    const sofar = i > 0 ? created[i - 1] : none;
    return {
      step: u.step,
      op: u.op,
      before: u.before,
      after: u.after,
      values: u.values,
      locks: u.locks,
      existing: (name) => findTable(u.before, name) !== undefined && !sofar.has(name),
      createdHere: (table, column) => sofar.has(column === undefined ? table : `${table}.${column}`),
    };
  });
  // A script that is one transaction from one exact state stops a second run before its first statement, when the
  // schema it ends at differs from the one it starts at (compile.ts, script.atomic).
  const [a, b] = [facetsOf(r.before), facetsOf(r.after)];
  const differ = a.size !== b.size || [...a].some(([k, f]) => valueKey(b.get(k)?.value ?? null) !== valueKey(f.value));
  return { plan: r.plans[0], dialect: r.dialect, steps, locks: r.locks, rerunStopsFirst: !!r.dialect.script.atomic && differ };
}

/** Every rule's hits on one compiled plan, rule by rule in registry order. */
export function checkPlan(p: LintPlan, rules: readonly Rule[] = RULES): { rule: Rule; hit: Hit }[] {
  return rules.flatMap((rule) => rule.check(p).map((hit) => ({ rule, hit })));
}

/** What to lint: a product, optionally one dialect and the plans between two versions. */
export interface LintRequest {
  product: string;
  plansDir?: string;
  /** One dialect (default: every dialect of the product). Stale acknowledgements are judged only over all of them. */
  dialect?: DialectName;
  /** With `to`: only the plans on the path between the two versions (either order). */
  from?: string;
  to?: string;
  /** How to compile (default: `compile`): `plan build` passes one that shares the compiles it made for out/. */
  compile?: (req: CompileRequest) => CompileResult;
}

const stepKey = (plan: LoadedPlan, index: number) => `${plan.relPath}\0${index}`;

/**
 * Lints the written plans of a product (derived installs have no steps of their own).
 * @returns the findings, sorted by file, line, column, rule and message, and the counts
 * @throws PlanError for a plan that does not compile, an unknown dialect or version, an acknowledgement of an
 *   unknown rule or of the same rule twice on one step (at its position)
 */
export function lintProduct(req: LintRequest): LintReport {
  const product = loadProduct(req.product, req.plansDir);
  const dialects = req.dialect ? [req.dialect] : product.product.dialects;
  if (req.dialect && !product.product.dialects.includes(req.dialect)) throw new PlanError(`${req.product} does not support ${req.dialect} (supported: ${product.product.dialects.join(', ')})`);
  let plans = product.plans.filter((p) => !p.derived);
  if (req.from !== undefined && req.to !== undefined) {
    const onPath = new Set(findPath(product, req.from, req.to).plans);
    plans = plans.filter((p) => onPath.has(p));
  }
  // Acknowledgements name known rules, each once per step.
  for (const plan of plans) {
    for (const s of plan.steps) {
      const seen = new Set<string>();
      (s.step.lint?.acknowledge ?? []).forEach((a, j) => {
        const at = s.ackPos?.[j] ?? s.pos;
        if (!ruleById(a.rule) || a.rule === staleAcknowledgement.id) throw new PlanError(`lint: acknowledge: unknown rule "${a.rule}" (rules: ${RULES.filter((r) => r !== staleAcknowledgement).map((r) => r.id).join(', ')})`, at);
        if (seen.has(a.rule)) throw new PlanError(`lint: acknowledge: rule ${a.rule} is acknowledged twice on this step`, at);
        seen.add(a.rule);
      });
    }
  }
  // Each choice of the boolean and enum parameters, given as the values that differ from their defaults (the choice
  // of all defaults is the compile of no parameters, which out/ makes too).
  const declared = declaredParameters(product);
  const choices = parameterChoices(product).map((c) => c.filter((nv) => String(declared[nv.slice(0, nv.indexOf('='))]?.default) !== nv.slice(nv.indexOf('=') + 1)));
  const found = new Map<string, { rule: Rule; plan: LoadedPlan; index: number; message: string; dialects: Set<string> }>();
  const applied = new Set<string>();
  const fired = new Set<string>();
  for (const dialect of dialects) {
    for (const plan of plans) {
      if (!dialectsAt(product.product, plan.plan.to).includes(dialect)) continue;
      for (const params of choices) {
        const r = (req.compile ?? compile)({ product: req.product, from: plan.plan.from, to: plan.plan.to, dialect, params, plansDir: req.plansDir, examples: true });
        const lp = lintPlanOf(r);
        for (const s of lp.steps) applied.add(stepKey(plan, s.step.index));
        for (const { rule, hit } of checkPlan(lp)) {
          const sk = stepKey(plan, hit.step.step.index);
          fired.add(`${sk}\0${rule.id}`);
          const key = `${sk}\0${rule.id}\0${hit.message}`;
          const f = found.get(key) ?? found.set(key, { rule, plan, index: hit.step.step.index, message: hit.message, dialects: new Set() }).get(key)!;
          f.dialects.add(dialect);
        }
      }
    }
  }
  const findings: Finding[] = [];
  for (const f of found.values()) {
    const s = f.plan.steps[f.index];
    const ack = s.step.lint?.acknowledge?.find((a) => a.rule === f.rule.id);
    findings.push({
      rule: f.rule.id,
      severity: f.rule.severity,
      file: s.pos.file,
      line: s.pos.line,
      col: s.pos.col,
      message: f.message,
      fix: f.rule.fix,
      dialects: product.product.dialects.filter((d) => f.dialects.has(d)),
      ...(ack ? { acknowledged: ack.reason.replace(/\s+/g, ' ').trim() } : {}),
    });
  }
  // An acknowledgement of a rule that fires on its step on no dialect and no parameter choice: judged only when every
  // dialect was linted (a rule may fire on one dialect alone).
  if (!req.dialect) {
    for (const plan of plans) {
      for (const s of plan.steps) {
        (s.step.lint?.acknowledge ?? []).forEach((a, j) => {
          const sk = stepKey(plan, s.index);
          if (fired.has(`${sk}\0${a.rule}`)) return;
          const at = s.ackPos?.[j] ?? s.pos;
          const why = applied.has(sk) ? 'which does not fire on this step on any dialect or parameter choice' : 'but the step applies on no dialect or parameter choice';
          findings.push({ rule: staleAcknowledgement.id, severity: staleAcknowledgement.severity, file: at.file, line: at.line, col: at.col, message: `acknowledges ${a.rule}, ${why}`, fix: staleAcknowledgement.fix, dialects: [...dialects] });
        });
      }
    }
  }
  return report(findings);
}

/** `findings` sorted (file, line, column, rule, message) and counted. */
export function report(findings: Finding[]): LintReport {
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...findings].sort((a, b) => cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.col, b.col) || cmp(a.rule, b.rule) || cmp(a.message, b.message));
  const open = sorted.filter((f) => f.acknowledged === undefined);
  return { findings: sorted, errors: open.filter((f) => f.severity === 'error').length, warnings: open.filter((f) => f.severity === 'warning').length, acknowledged: sorted.length - open.length };
}
