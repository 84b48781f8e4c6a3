// Loading: YAML (with source positions) -> JSON Schema validation -> typed plans.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkPlan } from './checks.js';
import { PlanError, quoted } from './errors.js';
import { OP_NAMES, type OpName, type Step, type LoadedPlan, type LoadedProduct, type PlanFile, type ProductFile, type SourcePos } from './types.js';
import { displayPath, projectRoot } from '../paths.js';

/** The schemas' pattern for one-line text (`$defs/one_line_text`). */
const ONE_LINE_PATTERN = '^[^\\r\\n\\u2028\\u2029]*$';

let validators: { plan: ValidateFunction; product: ValidateFunction } | undefined;

function getValidators() {
  if (!validators) {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true });
    const load = (f: string) => JSON.parse(readFileSync(join(projectRoot(), 'schemas', f), 'utf8'));
    validators = { plan: ajv.compile(load('plan.schema.json')), product: ajv.compile(load('product.schema.json')) };
  }
  return validators;
}

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  file: string;
}

function posOf(p: ParsedYaml, path: (string | number)[]): SourcePos {
  // Walk down to the deepest node that exists on the path.
  let node: unknown = p.doc.contents;
  for (let i = path.length; i >= 0; i--) {
    const n = i === 0 ? p.doc.contents : p.doc.getIn(path.slice(0, i), true);
    if (isNode(n) && n.range) {
      node = n;
      break;
    }
  }
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  const { line, col } = p.lines.linePos(offset);
  return { file: p.file, line, col };
}

/**
 * Where a YAML error is: the parser reports some (a bad indentation) at the indentation before the offending
 * item; the problem is the item, so the column skips those spaces. A tab is itself the problem and stays put.
 */
function problemOffset(text: string, offset: number): number {
  let i = offset;
  while (text[i] === ' ') i++;
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? offset : i;
}

function parseYaml(file: string, relPath: string): { parsed: ParsedYaml; data: unknown; text: string } {
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const parsed = { doc, lines, file: relPath };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line, col } = lines.linePos(problemOffset(text, e.pos[0]));
    throw new PlanError(`invalid YAML: ${e.message.split('\n')[0]}`, { file: relPath, line, col });
  }
  return { parsed, data: doc.toJS(), text };
}

function describeAjvError(e: ErrorObject): string {
  const where = e.instancePath || '(document)';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${where}: missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where}: ${e.message}`;
  }
}

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function validate(v: ValidateFunction, parsed: ParsedYaml, data: unknown, what: string): void {
  if (v(data)) return;
  const errors = v.errors ?? [];
  // Prefer the most specific error: a step's oneOf failure is explained better by its inner errors.
  let best = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  // A step without any operation fails every branch of the step's oneOf with "required" at the step itself.
  best = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === best.instancePath && /\/steps\/\d+$/.test(e.instancePath)) ?? best;
  let msg = describeAjvError(best);
  if (best.keyword === 'pattern') {
    const value = pathOf(best.instancePath).reduce<any>((o, k) => (o == null ? o : o[k]), data);
    const pattern = (best.params as { pattern: string }).pattern;
    msg = pattern === ONE_LINE_PATTERN
      ? `${best.instancePath}: must be one line: CR, LF, U+2028 and U+2029 are not allowed (the text is carried into a one-line SQL comment)`
      : `${best.instancePath}: ${typeof value === 'string' ? quoted(value) : JSON.stringify(value)} does not match ${pattern}`;
  }
  // A raw_sql step must say how a re-run is kept safe: a guard, or why it needs none.
  const rawSql = /\/raw_sql$/.test(best.instancePath) && errors.find((e) => e.keyword === 'oneOf' && e.instancePath === best.instancePath);
  if (rawSql) {
    const both = (rawSql.params as { passingSchemas?: number[] | null }).passingSchemas;
    msg = both
      ? `${best.instancePath}: give guard or unguarded, not both`
      : `${best.instancePath}: a raw_sql step needs guard (per dialect, a condition that is TRUE while the step still has to run) or unguarded: <why it needs none>`;
  }
  if (best.keyword === 'oneOf' && /\/steps\/\d+$/.test(best.instancePath)) {
    const step = pathOf(best.instancePath).reduce<any>((o, k) => (o == null ? o : o[k]), data);
    const ops = Object.keys(step ?? {}).filter((k) => (OP_NAMES as string[]).includes(k));
    msg = ops.length === 0
      ? `${best.instancePath}: a step needs one operation (${OP_NAMES.join(', ')}); found ${Object.keys(step ?? {}).join(', ') || 'nothing'}`
      : `${best.instancePath}: a step has exactly one operation, found ${ops.join(', ')}`;
  }
  throw new PlanError(`${what} does not match its schema: ${msg}`, posOf(parsed, pathOf(best.instancePath)));
}

/** The one operation of a step (the schema guarantees there is exactly one). */
export function stepOperation(step: Step): { op: OpName; args: any } {
  const op = OP_NAMES.find((k) => k in step)!;
  return { op, args: (step as any)[op] };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The plans directory of the project (plans/<product>/product.yaml + <from>-<to>.yaml). */
export function plansDir(): string {
  return join(projectRoot(), 'plans');
}

export function listProducts(dir = plansDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'product.yaml')))
    .map((d) => d.name)
    .sort();
}

// Loaded products, keyed by folder and invalidated by any change of its files' names, sizes or times:
// one process compiles many scripts of the same product (validate, build, verify, tests).
const cache = new Map<string, { signature: string; product: LoadedProduct }>();

function signature(pdir: string): string {
  return readdirSync(pdir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const st = statSync(join(pdir, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

export function loadProduct(name: string, dir = plansDir()): LoadedProduct {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw new PlanError(`not a product name: ${JSON.stringify(name)}`);
  const pdir = join(dir, name);
  const sig = existsSync(pdir) ? signature(pdir) : '';
  const hit = cache.get(pdir);
  if (hit && hit.signature === sig) return hit.product;
  const product = readProduct(name, dir);
  cache.set(pdir, { signature: sig, product });
  return product;
}

function readProduct(name: string, dir: string): LoadedProduct {
  const pdir = join(dir, name);
  const file = join(pdir, 'product.yaml');
  if (!existsSync(file)) {
    const known = listProducts(dir);
    throw new PlanError(`unknown product "${name}" (known: ${known.join(', ') || 'none'})`);
  }
  const rel = displayPath;
  const { parsed, data, text } = parseYaml(file, rel(file));
  const { plan: planV, product: productV } = getValidators();
  validate(productV, parsed, data, 'product file');
  const product = data as ProductFile;
  if (product.product !== name) {
    throw new PlanError(`product file names "${product.product}" but lives in plans/${name}/`, posOf(parsed, ['product']));
  }
  const plans: LoadedPlan[] = [];
  for (const f of readdirSync(pdir).filter((f) => f.endsWith('.yaml') && f !== 'product.yaml').sort()) {
    const full = join(pdir, f);
    const p = parseYaml(full, rel(full));
    validate(planV, p.parsed, p.data, 'plan');
    const plan = p.data as PlanFile;
    const where = (path: (string | number)[]) => posOf(p.parsed, path);
    if (plan.product !== name) throw new PlanError(`plan is for product "${plan.product}", expected "${name}"`, where(['product']));
    if (f !== `${plan.from}-${plan.to}.yaml`) {
      throw new PlanError(`file name must be ${plan.from}-${plan.to}.yaml for from "${plan.from}" to "${plan.to}"`, where(['from']));
    }
    for (const v of [plan.from, plan.to]) {
      if (v !== '0' && !product.versions.includes(v)) {
        throw new PlanError(`version "${v}" is not listed in ${rel(file)}`, where([v === plan.from ? 'from' : 'to']));
      }
    }
    if (plan.from !== '0' && product.versions.indexOf(plan.to) !== product.versions.indexOf(plan.from) + 1) {
      throw new PlanError(`an upgrade plan goes from one version to the next listed one; "${plan.to}" does not follow "${plan.from}"`, where(['to']));
    }
    const params = { ...(product.parameters ?? {}), ...(plan.parameters ?? {}) };
    const sqlTexts = checkPlan(plan, { params, dialects: product.dialects, where });
    const steps = plan.steps.map((step, index) => {
      const { op, args } = stepOperation(step);
      for (const d of step.dialects ?? []) {
        if (!product.dialects.includes(d)) throw new PlanError(`dialect ${d} is not supported by ${name}`, where(['steps', index, 'dialects']));
      }
      return { index, op, args, step, pos: where(['steps', index, op]) };
    });
    plans.push({ file: full, relPath: rel(full), sha256: sha256(p.text), plan, steps, sqlTexts });
  }
  return { dir: pdir, file, relPath: rel(file), sha256: sha256(text), product, plans };
}
