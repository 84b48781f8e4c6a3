// plan lint: every plan of a product compiled for each dialect and each choice of its boolean and enum parameters
// (as plan validate does), its steps handed to the rules (src/lint/rules/), the findings merged over dialects and
// parameter choices and matched with the steps' acknowledgements (`lint: { acknowledge: [{ rule, reason }] }`).
// Reads plans (through compile); writes nothing.
import { compile, explicitInverseOps, planNames, productNames, startingModel, type CompileResult } from '../compile/compile.js';
import { createdHereAt } from '../compile/created-here.js';
import { physicalVersionTables } from '../compile/finished.js';
import { facetsOf, valueKey } from '../compile/facets.js';
import { findTable } from '../model/model.js';
import { PlanError } from '../plan/errors.js';
import { dialectsAt } from '../plan/dialect-versions.js';
import { findPath } from '../plan/graph.js';
import { loadProduct } from '../plan/load.js';
import { declaredParameters, parameterChoices } from '../plan/params.js';
import type { DialectName, LoadedPlan, LoadedProduct } from '../plan/types.js';
import type { Op } from '../operations/index.js';
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
    let inverse: Op[] | undefined;
    try {
      inverse = explicitInverseOps(r, r.plans[0], u.step);
    } catch (e) {
      // (An inverse the rollback cannot resolve: the rollback's compile says so; the rules see none.)
      if (!(e instanceof PlanError)) throw e;
    }
    return {
      ...(inverse ? { inverse } : {}),
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
  return { plan: r.plans[0], dialect: r.dialect, steps, locks: r.locks, rerunStopsFirst: !!r.dialect.script.atomic && differ, versionTables: physicalVersionTables(r.product.product.version_tables ?? [], r.naming), ...(r.bytesPerCharacter !== undefined ? { bytesPerCharacter: r.bytesPerCharacter } : {}) };
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
}

const stepKey = (plan: LoadedPlan, index: number) => `${plan.relPath}\0${index}`;

/**
 * The lint of one product, plan by plan: `plan build` lints each plan as it compiles it for out/, sharing the
 * compile of the default parameter choice and holding the compiles of one plan at a time; `lintProduct` lints them
 * all. What the constructor checks (dialect, acknowledgements) is checked before any plan is compiled.
 */
export class ProductLint {
  /** The written plans to lint (derived installs have no steps of their own), in the product's order. */
  readonly plans: LoadedPlan[];
  private readonly product: LoadedProduct;
  private readonly dialects: DialectName[];
  /** Each choice of the boolean and enum parameters, as the values that differ from their defaults ([] first: all defaults). */
  private readonly choices: string[][];

  /**
   * @throws PlanError for an unknown dialect or version, an acknowledgement of an unknown rule or of the same rule
   *   twice on one step (at its position)
   */
  constructor(private readonly req: LintRequest) {
    const product = (this.product = loadProduct(req.product, req.plansDir));
    this.dialects = req.dialect ? [req.dialect] : product.product.dialects;
    if (req.dialect && !product.product.dialects.includes(req.dialect)) throw new PlanError(`${req.product} does not support ${req.dialect} (supported: ${product.product.dialects.join(', ')})`);
    let plans = product.plans.filter((p) => !p.derived);
    if (req.from !== undefined && req.to !== undefined) {
      const onPath = new Set(findPath(product, req.from, req.to).plans);
      plans = plans.filter((p) => onPath.has(p));
    }
    this.plans = plans;
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
    this.choices = parameterChoices(product).map((c) => c.filter((nv) => String(declared[nv.slice(0, nv.indexOf('='))]?.default) !== nv.slice(nv.indexOf('=') + 1)));
  }

  /**
   * Lints one plan of `plans` on each dialect that supports it, for each parameter choice.
   * @param compiled the compiles of this plan with no parameters and the examples (what out/ holds), by dialect,
   *   where the caller has made them already: used instead of compiling again
   * @returns the plan's findings (unsorted: `report` sorts), with its stale acknowledgements when every dialect is linted
   * @throws PlanError for a plan that does not compile
   */
  lintPlan(plan: LoadedPlan, compiled: ReadonlyMap<string, CompileResult> = new Map()): Finding[] {
    const one = this.startPlan(plan);
    for (const dialect of one.dialects) one.lintDialect(dialect, compiled.get(dialect));
    return one.findings();
  }

  /** The lint of one plan of `plans`, dialect by dialect (`lintPlan` in steps: a caller that compiles each dialect in turn). */
  startPlan(plan: LoadedPlan): PlanLint {
    return new PlanLint(this.req, this.product, plan, this.dialects.filter((d) => dialectsAt(this.product.product, plan.plan.to).includes(d)), this.choices, !this.req.dialect);
  }
}

/** The lint of one plan, one dialect at a time (ProductLint.startPlan). */
export class PlanLint {
  private readonly found = new Map<string, { rule: Rule; index: number; message: string; dialects: Set<string> }>();
  private readonly applied = new Set<string>();
  private readonly fired = new Set<string>();
  private readonly done = new Set<string>();
  /** How many compiles lintDialect used (given ones included), for the tests and benchmarks. */
  compiles = 0;

  /** @param dialects the dialects the plan is linted on: each must be linted before `findings` */
  constructor(
    private readonly req: LintRequest,
    private readonly product: LoadedProduct,
    private readonly plan: LoadedPlan,
    readonly dialects: DialectName[],
    private readonly choices: string[][],
    private readonly judgeStale: boolean,
  ) {}

  /**
   * Lints the plan on `dialect` for each parameter choice.
   * @param compiled the compile of the plan on `dialect` with no parameters and the examples, when already made
   * @throws PlanError for a plan that does not compile
   */
  lintDialect(dialect: DialectName, compiled?: CompileResult): void {
    const plan = this.plan;
    for (const params of this.choices) {
      if (params.length && this.sameAsDefaults(dialect, params)) continue;
      this.compiles++;
      const r = (params.length === 0 ? compiled : undefined) ?? compile({ product: this.req.product, from: plan.plan.from, to: plan.plan.to, dialect, params, plansDir: this.req.plansDir, examples: true });
      const lp = lintPlanOf(r);
      for (const s of lp.steps) this.applied.add(stepKey(plan, s.step.index));
      for (const { rule, hit } of checkPlan(lp)) {
        const sk = stepKey(plan, hit.step.step.index);
        this.fired.add(`${sk}\0${rule.id}`);
        const key = `${sk}\0${rule.id}\0${hit.message}`;
        const f = this.found.get(key) ?? this.found.set(key, { rule, index: hit.step.step.index, message: hit.message, dialects: new Set() }).get(key)!;
        f.dialects.add(dialect);
      }
    }
    this.done.add(dialect);
  }

  /**
   * Whether the plan compiles on `dialect` with the parameter values `params` to the same steps, statements and locks
   * as with the defaults (all the rules read), so that its findings are those of the defaults' compile: the plan
   * names none of the parameters (no condition, value or for_each reads them), nor does product.yaml outside their
   * declarations (its naming and places), and the schema
   * the plan starts from is the same (a parameter read by an earlier plan may leave it as the defaults do:
   * SuperTokens 4.6 → 5.0 adds a column with a default that depends on one, then drops the default).
   */
  private sameAsDefaults(dialect: DialectName, params: string[]): boolean {
    const names = params.map((nv) => nv.slice(0, nv.indexOf('=')));
    if (names.some((n) => productNames(this.product, n) || planNames(this.plan, n))) return false;
    const req = { product: this.req.product, from: this.plan.plan.from, to: this.plan.plan.to, dialect, plansDir: this.req.plansDir, examples: true };
    return JSON.stringify(startingModel({ ...req, params })) === JSON.stringify(startingModel(req));
  }

  /**
   * The plan's findings (unsorted: `report` sorts), with its stale acknowledgements when every dialect of the product
   * is linted.
   * @throws Error when a dialect of `dialects` was not linted
   */
  findings(): Finding[] {
    const plan = this.plan;
    const missing = this.dialects.filter((d) => !this.done.has(d));
    if (missing.length) throw new Error(`internal: ${plan.relPath} was not linted on ${missing.join(', ')}`);
    const findings: Finding[] = [];
    for (const f of this.found.values()) {
      const s = plan.steps[f.index];
      const ack = s.step.lint?.acknowledge?.find((a) => a.rule === f.rule.id);
      findings.push({
        rule: f.rule.id,
        severity: f.rule.severity,
        file: s.pos.file,
        line: s.pos.line,
        col: s.pos.col,
        message: f.message,
        fix: f.rule.fix,
        dialects: this.product.product.dialects.filter((d) => f.dialects.has(d)),
        ...(ack ? { acknowledged: ack.reason.replace(/\s+/g, ' ').trim() } : {}),
      });
    }
    // An acknowledgement of a rule that fires on its step on no dialect and no parameter choice: judged only when every
    // dialect was linted (a rule may fire on one dialect alone).
    if (this.judgeStale) {
      for (const s of plan.steps) {
        (s.step.lint?.acknowledge ?? []).forEach((a, j) => {
          const sk = stepKey(plan, s.index);
          if (this.fired.has(`${sk}\0${a.rule}`)) return;
          const at = s.ackPos?.[j] ?? s.pos;
          const why = this.applied.has(sk) ? 'which does not fire on this step on any dialect or parameter choice' : 'but the step applies on no dialect or parameter choice';
          findings.push({ rule: staleAcknowledgement.id, severity: staleAcknowledgement.severity, file: at.file, line: at.line, col: at.col, message: `acknowledges ${a.rule}, ${why}`, fix: staleAcknowledgement.fix, dialects: [...this.product.product.dialects] });
        });
      }
    }
    return findings;
  }
}

/**
 * Lints the written plans of a product (derived installs have no steps of their own).
 * @returns the findings, sorted by file, line, column, rule and message, and the counts
 * @throws PlanError for a plan that does not compile, an unknown dialect or version, an acknowledgement of an
 *   unknown rule or of the same rule twice on one step (at its position)
 */
export function lintProduct(req: LintRequest): LintReport {
  const lint = new ProductLint(req);
  return report(lint.plans.flatMap((plan) => lint.lintPlan(plan)));
}

/** `findings` sorted (file, line, column, rule, message) and counted. */
export function report(findings: Finding[]): LintReport {
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...findings].sort((a, b) => cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.col, b.col) || cmp(a.rule, b.rule) || cmp(a.message, b.message));
  const open = sorted.filter((f) => f.acknowledged === undefined);
  return { findings: sorted, errors: open.filter((f) => f.severity === 'error').length, warnings: open.filter((f) => f.severity === 'warning').length, acknowledged: sorted.length - open.length };
}
