// Loading: YAML (with source positions) -> JSON Schema validation -> typed plans.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type * as YamlModule from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkPlan } from './checks.js';
import { PlanError, quoted } from './errors.js';
import { OP_NAMES, type OpName, type Step, type LoadedPlan, type LoadedProduct, type ParameterSpec, type PlanFile, type ProductFile, type SourcePos } from './types.js';
import { displayPath, projectRoot } from '../paths.js';
import { readCachedProduct } from './product-cache.js';
import { checkDialectVersionsDeclaration, checkStepDialects, supportsVersion } from './dialect-versions.js';
import { writtenChainFromEmpty } from './graph.js';
import { editDistance } from './text-distance.js';
import { isProductFileName, YAML_LIKE, yamlNameFor } from './file-names.js';
import { unknownType } from './column-types.js';
import { ONE_LINE_PATTERN, TEXT_PATTERN, notOneLine, notText, whatChar } from '../text-rules.js';
import { declaredParameters } from './params.js';
import { patternMatches, patternProblem } from './pattern.js';

let yamlModule: typeof YamlModule | undefined;
/** The YAML parser, loaded on first use (a run that reads no YAML never loads it). */
function yaml(): typeof YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule;
  return yamlModule;
}

/** The plan schema's pattern for a name (`$defs/identifier`): its placeholders are for_each's (src/plan/for-each.ts). */
const IDENTIFIER_PATTERN = '^([A-Za-z_]|\\{(key|value(:0[1-9][0-9]?)?)\\})([A-Za-z0-9_]|\\{(key|value(:0[1-9][0-9]?)?)\\})*$';

let validators: { plan: ValidateFunction; product: ValidateFunction } | undefined;

/**
 * The plan and product validators: Ajv standalone code generated from schemas/ by the build
 * (generated/validators.cjs, see src/build/generate.ts), loaded on first use: a run compiles no schema.
 */
function getValidators() {
  validators ??= createRequire(import.meta.url)(join(projectRoot(), 'generated', 'validators.cjs')) as { plan: ValidateFunction; product: ValidateFunction };
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
    if (yaml().isNode(n) && n.range) {
      node = n;
      break;
    }
  }
  const offset = yaml().isNode(node) && node.range ? node.range[0] : 0;
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

/**
 * Where a step writes one of its arguments: `path` into the step's arguments (OpError.at), looked up in the plan's
 * file, read again (only an error asks, so nothing is kept for it at load time, in the build's cache neither). A name
 * a dialect override gives (`{ name: x, mysql: { name: y } }`) is found under `dialect:` first. When the argument is
 * not written (a name the step leaves to its default), the nearest enclosing node that is: the entry of a list, the
 * step's arguments.
 * @returns undefined when the file is not there or no longer the one loaded (its sha256 differs): the caller keeps the
 *   step's position
 */
export function argumentPos(plan: Pick<LoadedPlan, 'file' | 'relPath' | 'sha256'>, step: { index: number; op: string }, path: readonly (string | number)[], dialect?: string): SourcePos | undefined {
  let parsed: ParsedYaml;
  try {
    const text = new TextDecoder('utf-8').decode(readFileSync(plan.file));
    if (sha256(text) !== plan.sha256) return undefined;
    const lines = new (yaml().LineCounter)();
    parsed = { doc: yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines, file: plan.relPath };
  } catch {
    return undefined;
  }
  const base = ['steps', step.index, step.op];
  if (dialect !== undefined && path.length > 0) {
    const overridden = [...base, ...path.slice(0, -1), dialect, path[path.length - 1]];
    if (yaml().isNode(parsed.doc.getIn(overridden, true))) return posOf(parsed, overridden);
  }
  return posOf(parsed, [...base, ...path]);
}

/** Largest plan or product file the loader reads; checked before the file is read. */
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;
/** Most aliases (`*name`) a file may expand: a handful saves typing, thousands are a billion-laughs bomb. */
export const MAX_ALIASES = 50;
/** Deepest nesting of mappings and lists a file may have (plans need about 10). */
export const MAX_NESTING = 64;

/** Line and column (1-based) of byte `offset` of `bytes`. */
function bytePos(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const col = offset - (before.lastIndexOf(0x0a) + 1) + 1;
  return { line, col };
}

/**
 * The text of a plan file, refused (with one located line) when it is too large, not UTF-8, or holds
 * control characters other than tab and line breaks (binary data).
 */
function readPlanText(file: string, relPath: string): string {
  const size = statSync(file).size;
  if (size > MAX_PLAN_FILE_BYTES) {
    throw new PlanError(`file is ${(size / 1024 / 1024).toFixed(1)} MB; plan files are at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`, { file: relPath, line: 1, col: 1 });
  }
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The first byte that does not decode: the longest prefix that does ends there.
    let ok = 0;
    for (let n = bytes.length; n > 0; n >>= 1) {
      while (ok + n <= bytes.length && isUtf8Prefix(bytes.subarray(0, ok + n))) ok += n;
    }
    throw new PlanError(`not UTF-8 text: byte 0x${bytes[ok].toString(16).padStart(2, '0')} at offset ${ok} (plan files are UTF-8 YAML)`, { file: relPath, ...bytePos(bytes, ok) });
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    throw new PlanError(`binary data: control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} (plan files are UTF-8 YAML text)`, { file: relPath, line, col: control.index - before.lastIndexOf('\n') });
  }
  return text;
}

/** Does `bytes` decode as UTF-8, allowing a character cut at its end? */
function isUtf8Prefix(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The path of the first node nested deeper than MAX_NESTING, or undefined. Iterative: no stack to overflow. */
function tooDeep(data: unknown): (string | number)[] | undefined {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: data, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (path.length > MAX_NESTING) return path;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: [...path, k] });
  }
  return undefined;
}

/**
 * The offset of the first `[` or `{` nested deeper than MAX_NESTING in flow style, or undefined: a quick scan
 * before the parser, which recurses per level and would take seconds over 100,000 of them. It skips quoted
 * strings and comments; a bracket in a block scalar counts too (no plan has 64 of them nested).
 */
function deepFlow(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '"') for (i++; i < text.length && text[i] !== '"'; i++) i += text[i] === '\\' ? 1 : 0;
    else if (ch === "'") for (i++; i < text.length && text[i] !== "'"; i++);
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) while (i < text.length && text[i] !== '\n') i++;
  }
  return undefined;
}

/** The largest whole number a JavaScript number (a double) holds exactly: 2^53 - 1. */
const EXACT_WHOLE = 9007199254740991n;

/**
 * A decimal written `[-+]digits[.digits][e[-+]digits]` as sign, significant digits and exponent (`-12e3` for
 * -12000, `0e0` for any zero), so that two spellings of one number compare equal; undefined for other text.
 */
function decimalKey(s: string): string | undefined {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && !m[3])) return undefined;
  let digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  let exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  if (digits === '') return '0e0';
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exp += trailing;
  return `${m[1] === '-' ? '-' : ''}${digits}e${exp}`;
}

/**
 * Refuses a YAML number that the parser does not read exactly: a whole number past 2^53 - 1 (9007199254740993 is read
 * as 9007199254740992) or a decimal with more digits than a double keeps (0.12345678901234567890). Such a number would
 * reach the SQL (a row value, a where: condition, a default, a parameter's default…) as another number, silently:
 * this is the one place plan and product files' numbers are read, so every number a plan holds is checked here.
 * Throws a PlanError at the number (file, line, column), saying to write it in quotes.
 */
function refuseInexactNumbers(parsed: ParsedYaml, text: string): void {
  const Y = yaml();
  Y.visit(parsed.doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || !Number.isFinite(node.value) || node.type !== 'PLAIN' || !node.range) return;
      const written = text.slice(node.range[0], node.range[1]).trim();
      const at = () => {
        const { line, col } = parsed.lines.linePos(node.range![0]);
        return { file: parsed.file, line, col };
      };
      const n = node.value;
      let exact: boolean;
      if (/^[-+]?0[xo]/i.test(written)) exact = Number.isSafeInteger(n);
      else {
        const key = decimalKey(written);
        if (key === undefined) return;
        exact = key === decimalKey(String(n).replace(/e\+/, 'e'));
      }
      if (exact) return;
      if (Number.isInteger(n) && (BigInt(n) > EXACT_WHOLE || BigInt(n) < -EXACT_WHOLE) && /^[-+]?(\d+|0x[0-9a-f]+|0o[0-7]+)$/i.test(written)) {
        throw new PlanError(`the number ${written} is not read exactly: a YAML number past ${EXACT_WHOLE} loses digits (it would be read as ${BigInt(n)}): write the number in quotes, as a string of its digits ("${BigInt(written.replace(/^\+/, ''))}")`, at());
      }
      throw new PlanError(`the number ${written} is not read exactly: a YAML number keeps about 15 significant digits (it would be read as ${String(n)}): write it in quotes, or with fewer digits`, at());
    },
  });
}

function parseYaml(file: string, relPath: string): { parsed: ParsedYaml; data: unknown; text: string } {
  const text = readPlanText(file, relPath);
  const deepAt = deepFlow(text);
  if (deepAt !== undefined) {
    const before = text.slice(0, deepAt);
    throw new PlanError(`invalid YAML: nested too deeply (at most ${MAX_NESTING} levels)`, { file: relPath, line: before.split('\n').length, col: deepAt - before.lastIndexOf('\n') });
  }
  const lines = new (yaml().LineCounter)();
  let doc: Document;
  try {
    doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser recurses into nested collections: thousands of `[` exhaust its stack.
    if (e instanceof RangeError) throw new PlanError(`invalid YAML: nested too deeply (at most ${MAX_NESTING} levels)`, { file: relPath, line: 1, col: 1 });
    throw e;
  }
  const parsed = { doc, lines, file: relPath };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line, col } = lines.linePos(problemOffset(text, e.pos[0]));
    throw new PlanError(`invalid YAML: ${e.message.split('\n')[0]}`, { file: relPath, line, col });
  }
  refuseInexactNumbers(parsed, text);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof RangeError) throw new PlanError(`invalid YAML: nested too deeply (at most ${MAX_NESTING} levels)`, { file: relPath, line: 1, col: 1 });
    // yaml throws a ReferenceError for an alias bomb (and an unknown alias, which parseDocument reports first).
    throw new PlanError(`invalid YAML: ${(e as Error).message.split('\n')[0]} (at most ${MAX_ALIASES} aliases)`, { file: relPath, line: 1, col: 1 });
  }
  const deep = tooDeep(data);
  if (deep) throw new PlanError(`invalid YAML: nested too deeply (at most ${MAX_NESTING} levels)`, posOf(parsed, deep));
  return { parsed, data, text };
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

/** The position of key `key` itself (not its value) in the mapping at `path`, or undefined. */
function keyPosOf(p: ParsedYaml, path: (string | number)[], key: string): SourcePos | undefined {
  const map = path.length === 0 ? p.doc.contents : p.doc.getIn(path, true);
  if (!yaml().isMap(map)) return undefined;
  const pair = map.items.find((it) => yaml().isScalar(it.key) && String(it.key.value) === key);
  if (!pair || !yaml().isNode(pair.key) || !pair.key.range) return undefined;
  const { line, col } = p.lines.linePos(pair.key.range[0]);
  return { file: p.file, line, col };
}

/**
 * The unknown keys of the object at `instancePath`, which a "required" error hides: the validators stop at the first
 * error (allErrors: false), and an object that lacks a required key is reported so before its unknown keys are looked
 * at. Found by validating again with each missing key filled in (null: its own type is checked after the unknown
 * keys) until the object fails on an unknown key, or on something else (then: none found).
 * @returns the missing required keys and the unknown keys, in the file's order
 */
function hiddenUnknownKeys(v: ValidateFunction, data: unknown, instancePath: string, firstMissing: string): { missing: string[]; unknown: string[] } {
  const path = pathOf(instancePath);
  const missing = [firstMissing];
  const unknown: string[] = [];
  const copy = structuredClone(data);
  const obj = path.reduce<any>((o, k) => (o == null ? o : o[k]), copy);
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return { missing, unknown };
  obj[firstMissing] = null;
  for (let round = 0; round < 100; round++) {
    if (v(copy)) break;
    const here = (v.errors ?? []).filter((e) => e.instancePath === instancePath);
    const req = here.find((e) => e.keyword === 'required');
    const extra = here.find((e) => e.keyword === 'additionalProperties');
    if (req) {
      const m = (req.params as { missingProperty: string }).missingProperty;
      if (m in obj) break;
      missing.push(m);
      obj[m] = null;
    } else if (extra) {
      const k = (extra.params as { additionalProperty: string }).additionalProperty;
      unknown.push(k);
      delete obj[k];
    } else break;
  }
  return { missing, unknown };
}

/**
 * The unknown key to report, with the missing required key it likely misspells: the pair closest in spelling
 * (edit distance at most 2), else the only unknown key with the only missing one.
 */
function misspelt(missing: string[], unknown: string[]): { key: string; meant?: string } | undefined {
  if (unknown.length === 0) return undefined;
  let best: { key: string; meant: string; d: number } | undefined;
  for (const u of unknown) for (const m of missing) {
    const d = editDistance(u.toLowerCase(), m.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { key: u, meant: m, d };
  }
  if (best) return best;
  if (missing.length === 1 && unknown.length === 1) return { key: unknown[0], meant: missing[0] };
  return { key: unknown[0] };
}

/** The JSON Schemas of schemas/, by the name validate() is given (`plan`, `product file`), read on first use: errors only. */
const schemaFiles: Record<string, string> = { plan: 'plan.schema.json', 'product file': 'product.schema.json' };
const schemas = new Map<string, any>();
function schemaOf(what: string): any {
  if (!schemas.has(what)) schemas.set(what, JSON.parse(readFileSync(join(projectRoot(), 'schemas', schemaFiles[what]), 'utf8')));
  return schemas.get(what);
}

/** `node`, or the node its `$ref` (into `root`) names. */
function deref(root: any, node: any): any {
  for (let i = 0; i < 20 && typeof node?.$ref === 'string' && node.$ref.startsWith('#'); i++) node = schemaNode(root, root, node.$ref);
  return node;
}

/** The node `pointer` (`#/$defs/value/oneOf`, `#/oneOf`) names from `base`, a schema of `root` (whose `$ref`s it follows). */
function schemaNode(root: any, base: any, pointer: string): any {
  let node = base;
  for (const part of pointer.replace(/^#\/?/, '').split('/').filter((x) => x !== '')) node = deref(root, node)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(root, node);
}

/**
 * The schemas that may hold the `oneOf` rule whose error is `oneOf`. Its schemaPath is relative to the schema the
 * validator compiled as a function of its own (`#/oneOf` of op_raw_sql), which it does not name: those of the file
 * and its $defs where that path leads to a oneOf whose branches fail as the validator's errors at the object say (a
 * missing key a branch requires, a type it does not take). None when no branch failed (more than one passed).
 */
function oneOfHolders(what: string, oneOf: ErrorObject, errors: ErrorObject[]): any[] {
  const root = schemaOf(what);
  const rel = oneOf.schemaPath.replace(/\/oneOf$/, '');
  const branchErrors = errors.filter((e) => e.instancePath === oneOf.instancePath && e.schemaPath.startsWith(`${oneOf.schemaPath}/`));
  if (branchErrors.length === 0) return [];
  return [root, ...Object.values<any>(root.$defs ?? {})]
    .map((base) => schemaNode(root, base, rel))
    .filter((holder) => Array.isArray(holder?.oneOf) && branchErrors.every((e) => {
      const m = /^\/(\d+)\/(.*)$/.exec(e.schemaPath.slice(oneOf.schemaPath.length));
      const branch = m ? deref(root, holder.oneOf[Number(m[1])]) : undefined;
      if (!branch) return false;
      if (e.keyword === 'required' && m![2] === 'required') return (branch.required ?? []).includes((e.params as { missingProperty: string }).missingProperty);
      if (e.keyword === 'type' && m![2] === 'type') return branch.type !== undefined;
      return true;
    }));
}

/**
 * The unknown key of an object that a `oneOf` rule checks (a raw_sql step: guard or unguarded; a value: literal,
 * column, param, …), with the key it most likely misspells: the validators report such an object by its branches'
 * "required" (or "must be string") errors, never by the key the object has that no branch knows. Found from the
 * schema: the keys every branch allows (the object's own properties and the branch's), in the file's order, the
 * closest allowed key not there (edit distance at most 2), else the one key a single branch lacks.
 * @param oneOf the validator's oneOf error at the object, among all its `errors`
 * @returns undefined when the object has no key that no branch allows
 */
function oneOfUnknownKey(what: string, oneOf: ErrorObject, errors: ErrorObject[], value: unknown): { key: string; meant?: string; missing: string[] } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const schema = schemaOf(what);
  const keys = Object.keys(value);
  type Branch = { known: Set<string>; closed: boolean; required: string[] };
  const branchesOf = (holder: any): Branch[] =>
    (holder.oneOf as any[])
      .map((b) => deref(schema, b))
      .filter((b) => b && (b.type === 'object' || (Array.isArray(b.type) && b.type.includes('object')) || (b.type === undefined && (b.properties || b.required))))
      .map((b) => ({
        known: new Set([...Object.keys(holder.properties ?? {}), ...Object.keys(b.properties ?? {})]),
        closed: b.additionalProperties === false || holder.additionalProperties === false,
        required: [...new Set<string>([...(holder.required ?? []), ...(b.required ?? [])])],
      }));
  const unknownOf = (branches: Branch[]) => (branches.length === 0 ? keys : keys.filter((k) => branches.every((b) => b.closed && !b.known.has(k))));
  // Of the schemas the error may be about, the one that knows most of the object's keys.
  const branches = oneOfHolders(what, oneOf, errors).map(branchesOf).sort((a, b) => unknownOf(a).length - unknownOf(b).length)[0];
  if (!branches || branches.length === 0) return undefined;
  const unknown = unknownOf(branches);
  if (unknown.length === 0) return undefined;
  const allowed = [...new Set(branches.flatMap((b) => [...b.known]))].filter((k) => !keys.includes(k));
  let best: { key: string; meant: string; d: number } | undefined;
  for (const u of unknown) for (const m of allowed) {
    const d = editDistance(u.toLowerCase(), m.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { key: u, meant: m, d };
  }
  let typo: { key: string; meant?: string } = best ?? { key: unknown[0] };
  if (!best && unknown.length === 1) {
    // The one key a single branch lacks, when that branch has no other fault.
    const lacking = branches.map((b) => b.required.filter((r) => !keys.includes(r))).filter((m) => m.length === 1);
    if (lacking.length === 1) typo = { key: unknown[0], meant: lacking[0][0] };
  }
  // What the branch of the key meant still lacks, once the key is spelt right.
  const renamed = [...keys.filter((k) => k !== typo.key), ...(typo.meant ? [typo.meant] : [])];
  const branch = typo.meant === undefined ? undefined : branches.filter((b) => b.known.has(typo.meant!)).sort((a, b) => a.required.filter((r) => !renamed.includes(r)).length - b.required.filter((r) => !renamed.includes(r)).length)[0];
  return { ...typo, missing: branch ? branch.required.filter((r) => !renamed.includes(r)) : [] };
}

function validate(v: ValidateFunction, parsed: ParsedYaml, data: unknown, what: string): void {
  if (v(data)) return;
  const errors = v.errors ?? [];
  const valueAt = (instancePath: string) => pathOf(instancePath).reduce<any>((o, k) => (o == null ? o : o[k]), data);
  // Prefer the most specific error: a step's oneOf failure is explained better by its inner errors.
  let best = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  // A step without any operation fails every branch of the step's oneOf with "required" at the step itself.
  best = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === best.instancePath && /\/steps\/\d+$/.test(e.instancePath)) ?? best;
  let msg = describeAjvError(best);
  // A column type the plans do not know (int4, varchar(0)): at the type, with the type meant, not the schema's pattern.
  if (best.keyword === 'pattern' && best.schemaPath === '#/$defs/type/pattern' && typeof valueAt(best.instancePath) === 'string') {
    // (inside a dialect's override, `…/mysql/type`: the override takes the same types, so none is advised)
    const path = pathOf(best.instancePath);
    const override = path.length >= 2 && ['postgres', 'mysql', 'sqlite'].includes(String(path[path.length - 2])) ? String(path[path.length - 2]) : undefined;
    throw new PlanError(unknownType(valueAt(best.instancePath), override), posOf(parsed, path));
  }
  if (best.keyword === 'pattern') {
    const value = pathOf(best.instancePath).reduce<any>((o, k) => (o == null ? o : o[k]), data);
    const pattern = (best.params as { pattern: string }).pattern;
    // The one-line and text rules (src/text-rules.ts): the character at fault named, not the pattern.
    const bad = typeof value !== 'string' ? undefined : pattern === ONE_LINE_PATTERN ? notOneLine(value) : pattern === TEXT_PATTERN ? notText(value) : undefined;
    msg = pattern === ONE_LINE_PATTERN
      ? `${best.instancePath}: must be one line without control characters: it holds ${bad === undefined ? 'one' : whatChar(bad)} (the text is carried into a one-line SQL comment and printed on terminals)`
      : pattern === TEXT_PATTERN
      ? `${best.instancePath}: must be text without control characters other than line breaks (LF, CR) and tabs: it holds ${bad === undefined ? 'one' : whatChar(bad)} (the text is printed in SQL comments and on terminals)`
      : pattern === IDENTIFIER_PATTERN
        ? `${best.instancePath}: ${typeof value === 'string' ? quoted(value) : JSON.stringify(value)} is not a name: letters A-Z a-z, digits and _, not starting with a digit (does not match ^[A-Za-z_][A-Za-z0-9_]*$; in a for_each step {key}, {value} and {value:0N} may stand for a part)`
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
  let pos = posOf(parsed, pathOf(best.instancePath));
  // An unknown key of an object a oneOf rule checks (not a step's: its operation is said above), at the key, as any
  // other object's unknown key is: the branches' "required" errors hid it (found by a fresh user).
  const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === best.instancePath && !/\/steps\/\d+$/.test(e.instancePath));
  const oneOfTypo = oneOf && oneOfUnknownKey(what, oneOf, errors, valueAt(best.instancePath));
  if (oneOfTypo) {
    const { key, meant, missing } = oneOfTypo;
    msg = `${best.instancePath || '(document)'}: unknown key ${quoted(key)}${meant ? ` (did you mean ${quoted(meant)}?)` : ''}${missing.length ? `; missing required key${missing.length > 1 ? 's' : ''} ${missing.map((m) => quoted(m)).join(', ')}` : ''}`;
    pos = keyPosOf(parsed, pathOf(best.instancePath), key) ?? pos;
  }
  // A required key missing beside an unknown one: the unknown key is most likely the required one misspelt.
  else if (best.keyword === 'required') {
    const { missing, unknown } = hiddenUnknownKeys(v, data, best.instancePath, (best.params as { missingProperty: string }).missingProperty);
    const typo = misspelt(missing, unknown);
    if (typo) {
      const others = missing.filter((m) => m !== typo.meant);
      msg = `${best.instancePath || '(document)'}: unknown key ${quoted(typo.key)}${typo.meant ? ` (did you mean ${quoted(typo.meant)}?)` : ''}${others.length ? `; missing required key${others.length > 1 ? 's' : ''} ${others.map((m) => quoted(m)).join(', ')}` : ''}`;
      pos = keyPosOf(parsed, pathOf(best.instancePath), typo.key) ?? pos;
    }
  }
  // An unknown key is reported where the key itself is.
  if (best.keyword === 'additionalProperties') pos = keyPosOf(parsed, pathOf(best.instancePath), (best.params as { additionalProperty: string }).additionalProperty) ?? pos;
  // A list item given twice (a version listed twice): at the second one, naming where the first is.
  if (best.keyword === 'uniqueItems') {
    const { i, j } = best.params as { i: number; j: number };
    const [first, again] = [Math.min(i, j), Math.max(i, j)];
    const item = valueAt(best.instancePath)?.[again];
    const shown = typeof item === 'string' ? quoted(item) : JSON.stringify(item);
    const firstPos = posOf(parsed, [...pathOf(best.instancePath), first]);
    msg = best.instancePath === '/versions'
      ? `version ${shown} is listed twice (first at ${firstPos.line}:${firstPos.col})`
      : `${best.instancePath}/${again}: ${shown} is listed twice (first at ${firstPos.line}:${firstPos.col}, ${best.instancePath}/${first})`;
    throw new PlanError(msg, posOf(parsed, [...pathOf(best.instancePath), again]));
  }
  throw new PlanError(`${what} does not match its schema: ${msg}`, pos);
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
    // A folder holding product.yml (or product.YAML, …) is listed too: loading it says to rename it (plan files are .yaml).
    .filter((d) => d.isDirectory() && (existsSync(join(dir, d.name, 'product.yaml')) || holdsProductFile(join(dir, d.name))))
    .map((d) => d.name)
    .sort();
}

/** Does folder `pdir` hold a product file under another spelling of .yaml (product.yml, product.YAML…)? */
function holdsProductFile(pdir: string): boolean {
  try {
    return readdirSync(pdir).some(isProductFileName);
  } catch {
    return false;
  }
}

// Loaded products, keyed by folder and invalidated by any change of its files' names, sizes or times:
// one process compiles many scripts of the same product (validate, build, verify, tests).
const cache = new Map<string, { signature: string; product: LoadedProduct }>();

function signature(pdir: string): string {
  return readdirSync(pdir)
    .filter((f) => YAML_LIKE.test(f))
    .sort()
    .map((f) => {
      const st = statSync(join(pdir, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

/**
 * Refuses (PlanError) a product name that is not a plain folder name of a plans directory: a product name is a
 * folder, so no `/`, `\\`, `..`, leading dot or empty name that could lead out of it.
 */
export function checkProductName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new PlanError(`not a product name: ${quoted(name)} (letters, digits and _, not starting with a digit, as the product file's product: says; it names a folder of the plans directory)`);
}

/**
 * How many batch runs (pinProducts) hold the loaded products as they are: while one does, loadProduct returns a
 * product it has loaded without looking at its files again (a batch compiles hundreds of scripts of a product whose
 * files do not change under it; reading the folder and each file's status per compile cost ≈7 % of `plan build`).
 */
let pinned = 0;

/**
 * Runs `fn` with every product loaded during it read once: a change to a plan's file made while `fn` runs is not
 * seen until it returns (or throws). For batch commands (build, check, validate), never for a long-lived process
 * that must see edits.
 * @returns what `fn` returns
 */
export function withProductsPinned<T>(fn: () => T): T {
  pinned++;
  try {
    return fn();
  } finally {
    pinned--;
  }
}

/** {@link withProductsPinned} for an async `fn`: the products stay pinned until its promise settles. */
export async function withProductsPinnedAsync<T>(fn: () => Promise<T>): Promise<T> {
  pinned++;
  try {
    return await fn();
  } finally {
    pinned--;
  }
}

/**
 * Product `name` of plans directory `dir`: from this process's cache while its files are unchanged (or pinned), else
 * from the build's product cache when that is current, else read, parsed and validated from its files.
 * @throws PlanError naming the file, line and column of the first problem, or an unknown product
 */
export function loadProduct(name: string, dir = plansDir()): LoadedProduct {
  checkProductName(name);
  const pdir = join(dir, name);
  if (pinned > 0) {
    const held = cache.get(pdir);
    if (held) return held.product;
  }
  const sig = existsSync(pdir) ? signature(pdir) : '';
  const hit = cache.get(pdir);
  if (hit && hit.signature === sig) return hit.product;
  const product = withDerivedInstalls(readCachedProduct(name, dir, { bundledDir: plansDir() }, (path) => insidePlansDir(dir, path, displayPath(path))) ?? readProduct(name, dir));
  cache.set(pdir, { signature: sig, product });
  return product;
}

/** Refuses a file or folder that resolves (through symbolic links) outside the plans directory `dir`. */
function insidePlansDir(dir: string, path: string, relPath: string): void {
  const base = realpathSync(dir);
  const real = realpathSync(path);
  if (real !== base && !real.startsWith(base + sep)) {
    throw new PlanError(`${relPath} leads outside the plans directory (to ${real}); plans are read only from inside it`);
  }
}

/**
 * Refuses a file in a product folder whose name ends in another spelling of `.yaml` (`.yml`, `.YAML`, `.Yaml`…): the
 * loader reads `.yaml` files only, so such a plan (or product file) would otherwise be skipped silently, and the error
 * would be about the plan it seems to lack.
 * @throws PlanError naming the first such file
 */
function refuseOtherYamlSpellings(pdir: string): void {
  if (!existsSync(pdir)) return;
  const files = readdirSync(pdir);
  const file = files.filter((f) => yamlNameFor(f) !== undefined).sort()[0];
  if (file === undefined) return;
  const yamlName = yamlNameFor(file)!;
  const ext = file.slice(file.lastIndexOf('.'));
  const both = files.includes(yamlName) ? ` (${yamlName} is there too: keep one)` : '';
  throw new PlanError(`plan files are .yaml, and this one is ${ext}, so it would not be read: rename it to ${yamlName}${both}`, { file: displayPath(join(pdir, file)), line: 1, col: 1 });
}

/**
 * A product read from its files (parsed, validated against the schemas, checked), never from the build's
 * cache (src/plan/product-cache.ts): what the cache is written from.
 * @throws PlanError with the file, line and column of the first problem
 */
export function readProduct(name: string, dir: string): LoadedProduct {
  const pdir = join(dir, name);
  const file = join(pdir, 'product.yaml');
  refuseOtherYamlSpellings(pdir);
  if (!existsSync(file)) {
    const known = listProducts(dir);
    throw new PlanError(`unknown product "${name}" (known: ${known.join(', ') || 'none'})`);
  }
  const rel = displayPath;
  insidePlansDir(dir, pdir, rel(pdir));
  insidePlansDir(dir, file, rel(file));
  const { parsed, data, text } = parseYaml(file, rel(file));
  const { plan: planV, product: productV } = getValidators();
  validate(productV, parsed, data, 'product file');
  const product = data as ProductFile;
  if (product.product !== name) {
    throw new PlanError(`product file names "${product.product}" but lives in ${rel(pdir)}/`, posOf(parsed, ['product']));
  }
  checkDialectVersionsDeclaration(product, (path) => posOf(parsed, path));
  for (const [pname, spec] of Object.entries(product.parameters ?? {})) {
    const at = (key: string) => posOf(parsed, ['parameters', pname, key]);
    if (spec.type === 'columns' && !spec.keys) throw new PlanError(`parameter ${pname}: a columns parameter declares its keys (keys: [...])`, at('type'));
    if (spec.type !== 'columns' && (spec.keys || spec.required || spec.together)) throw new PlanError(`parameter ${pname}: keys, required and together are for columns parameters`, at(spec.keys ? 'keys' : spec.required ? 'required' : 'together'));
    for (const k of spec.required ?? []) if (!spec.keys!.includes(k)) throw new PlanError(`parameter ${pname}: required key ${quoted(k)} is not one of its keys`, at('required'));
    (spec.together ?? []).forEach((group, g) => {
      for (const [j, k] of group.entries()) if (!spec.keys!.includes(k)) throw new PlanError(`parameter ${pname}: together key ${quoted(k)} is not one of its keys`, posOf(parsed, ['parameters', pname, 'together', g, j]));
    });
    checkParameterPattern(pname, spec, at);
  }
  const plans: LoadedPlan[] = [];
  for (const f of readdirSync(pdir).filter((f) => f.endsWith('.yaml') && f !== 'product.yaml').sort()) {
    const full = join(pdir, f);
    insidePlansDir(dir, full, rel(full));
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
    for (const [pname, spec] of Object.entries(plan.parameters ?? {})) checkParameterPattern(pname, spec, (key) => where(['parameters', pname, key]));
    const params = { ...(product.parameters ?? {}), ...(plan.parameters ?? {}) };
    const sqlTexts = checkPlan(plan, { params, dialects: product.dialects, compiledFor: product.dialects.filter((d) => supportsVersion(product, d, plan.to)), where });
    const steps = plan.steps.map((step, index) => {
      const { op, args } = stepOperation(step);
      for (const d of step.dialects ?? []) {
        if (!product.dialects.includes(d)) throw new PlanError(`dialect ${d} is not supported by ${name}`, where(['steps', index, 'dialects']));
      }
      checkStepDialects(product, plan.to, step.dialects ?? [], where(['steps', index, 'dialects']));
      const acks = step.lint?.acknowledge ?? [];
      return { index, op, args, step, pos: where(['steps', index, op]), ...(acks.length ? { ackPos: acks.map((_, j) => where(['steps', index, 'lint', 'acknowledge', j, 'rule'])) } : {}) };
    });
    plans.push({ file: full, relPath: rel(full), sha256: sha256(p.text), plan, steps, sqlTexts });
  }
  const versionPos = product.versions.map((_, i) => posOf(parsed, ['versions', i]));
  const loaded = { dir: pdir, file, relPath: rel(file), sha256: sha256(text), product, plans, versionPos };
  checkDerivedInstalls(loaded, (path) => posOf(parsed, path));
  checkVersionTables(loaded, (path) => posOf(parsed, path));
  checkSqliteFileName(loaded, (path) => posOf(parsed, path));
  return loaded;
}

/**
 * The loader's check of a parameter's `pattern:` (positions from `at`): a string parameter's, a portable pattern
 * (src/plan/pattern.ts), which its default and example match.
 * @throws PlanError at the key that breaks a rule
 */
function checkParameterPattern(pname: string, spec: ParameterSpec, at: (key: string) => SourcePos): void {
  if (spec.pattern === undefined) return;
  if (spec.type !== 'string') throw new PlanError(`parameter ${pname}: pattern is for string parameters (this one is ${spec.type === 'integer' || spec.type === 'identifier' || spec.type === 'enum' ? 'an' : 'a'} ${spec.type}, which its type constrains)`, at('pattern'));
  const problem = patternProblem(spec.pattern);
  if (problem) throw new PlanError(`parameter ${pname}: pattern ${quoted(spec.pattern)}: ${problem}`, at('pattern'));
  for (const key of ['default', 'example'] as const) {
    const v = spec[key];
    if (v !== undefined && (typeof v !== 'string' || !patternMatches(spec.pattern, v))) throw new PlanError(`parameter ${pname}: its ${key} ${typeof v === 'string' ? quoted(v) : String(v)} does not match its pattern ${spec.pattern}`, at(key));
  }
}

/**
 * The loader's check of `sqlite_file_name:` (positions from `where`): the product runs on SQLite, its `param` is a
 * declared parameter, each of its `versions` a listed version. Unchecked, `param: nosuch` passed validate and lint
 * and only detect failed, without a location (found by review).
 * @throws PlanError at the entry that breaks a rule
 */
function checkSqliteFileName(p: LoadedProduct, where: (path: (string | number)[]) => SourcePos): void {
  const decl = p.product.sqlite_file_name;
  if (!decl) return;
  if (!p.product.dialects.includes('sqlite')) throw new PlanError(`sqlite_file_name: ${p.product.product} does not run on SQLite (dialects: ${p.product.dialects.join(', ')})`, where(['sqlite_file_name']));
  const declared = declaredParameters(p);
  if (!(decl.param in declared)) {
    const names = Object.keys(declared);
    throw new PlanError(`sqlite_file_name.param: ${decl.param} is not one of the parameters of ${p.product.product} (${names.length ? `declared: ${names.join(', ')}` : 'it declares none'})`, where(['sqlite_file_name', 'param']));
  }
  decl.versions.forEach((v, i) => {
    if (!p.product.versions.includes(v)) throw new PlanError(`sqlite_file_name.versions: "${v}" is not a listed version (versions: ${p.product.versions.join(', ')})`, where(['sqlite_file_name', 'versions', i]));
  });
}

/**
 * The loader's check of `version_tables:` (positions from `where`): each names a table a plan of the product creates
 * (create_table's name or rename_table's to, as written: a for_each name with its placeholders), so that a misspelt
 * name does not leave a script without its finished marker (src/compile/finished.ts).
 * @throws PlanError at the entry no plan creates
 */
function checkVersionTables(p: LoadedProduct, where: (path: (string | number)[]) => SourcePos): void {
  const created = new Set(
    p.plans.flatMap((x) =>
      x.steps.flatMap((st) => {
        const a = st.args as { name?: unknown; to?: unknown } | undefined;
        return st.op === 'create_table' && typeof a?.name === 'string' ? [a.name] : st.op === 'rename_table' && typeof a?.to === 'string' ? [a.to] : [];
      }),
    ),
  );
  (p.product.version_tables ?? []).forEach((t, i) => {
    if (!created.has(t)) throw new PlanError(`version_tables: "${t}" is no table the plans of ${p.product.product} create (create_table or rename_table)`, where(['version_tables', i]));
  });
}

/**
 * The loader's checks of `derived_installs:` (positions from `where`): each a listed version, without a written
 * install plan of its own, reached from the empty database by written plans.
 * @throws PlanError at the entry that breaks a rule
 */
function checkDerivedInstalls(p: LoadedProduct, where: (path: (string | number)[]) => SourcePos): void {
  (p.product.derived_installs ?? []).forEach((v, i) => {
    const at = where(['derived_installs', i]);
    if (!p.product.versions.includes(v)) throw new PlanError(`derived_installs: "${v}" is not a listed version`, at);
    const written = p.plans.find((x) => x.plan.from === '0' && x.plan.to === v);
    if (written) throw new PlanError(`derived_installs: ${v} has a written install plan (${written.relPath}); list a version either here or as a 0-<version>.yaml file, not both`, at);
    try {
      writtenChainFromEmpty(p, v);
    } catch (e) {
      if (e instanceof PlanError) throw new PlanError(`derived_installs: ${v} cannot be derived: ${e.message}`, at);
      throw e;
    }
  });
}

/**
 * The product with an install plan 0 → V for each version V of `derived_installs:` (after its written plans): no
 * steps, `derived`, and `derivedFrom` the written chain 0 → … → V it is compiled from (src/compile/derived.ts). Its
 * sha256 is that of the product file and the chain's files: it changes when any of them does.
 */
export function withDerivedInstalls(p: LoadedProduct): LoadedProduct {
  const versions = p.product.derived_installs ?? [];
  if (versions.length === 0) return p;
  const derived = versions.map((v): LoadedPlan => {
    const chain = writtenChainFromEmpty(p, v);
    const path = ['0', ...chain.map((x) => x.plan.to)];
    return {
      file: p.file,
      relPath: p.relPath,
      sha256: sha256([p.sha256, ...chain.map((x) => x.sha256)].join('\n')),
      plan: {
        product: p.product.product,
        from: '0',
        to: v,
        summary: `Fresh install of the ${v} schema, derived from the written plans ${path.length > 4 ? `${path.slice(0, 3).join(' → ')} → … → ${v}` : path.join(' → ')} (replayed in the model)`,
        steps: [],
      },
      steps: [],
      sqlTexts: [],
      derived: true,
      derivedFrom: chain,
    };
  });
  return { ...p, plans: [...p.plans, ...derived] };
}
