// Parameter values: parsed from the command line, checked against their declared type.
import { MissingParameterError, PlanError, quoted } from './errors.js';
import type { LoadedProduct, ParameterSpec, Scalar, SourcePos } from './types.js';
import { notOneLine, whatChar } from '../text-rules.js';
import { patternMatches } from './pattern.js';

/**
 * Where each parameter read from a `--params-file` was written (its key's file, line and column); a name that is not
 * in it was given with `--param` (which overrides the file's value, and its place with it).
 */
export type ParamOrigins = Readonly<Record<string, SourcePos>>;

/**
 * A message about parameter `name` as the user gave it, opening with where that was: `--param name <rest>` for the
 * command line, `file:line:col: parameter name <rest>` for a params file (the place its other errors name).
 */
export function aboutGivenParam(name: string, origins: ParamOrigins | undefined, rest: string): string {
  const at = origins?.[name];
  return at ? `${at.file}:${at.line}:${at.col}: parameter ${name} ${rest}` : `--param ${name} ${rest}`;
}

/** A UUID as a parameter value takes it (any case; values are lower-cased). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function declaredParameters(p: LoadedProduct): Record<string, ParameterSpec> {
  const all: Record<string, ParameterSpec> = { ...(p.product.parameters ?? {}) };
  for (const plan of p.plans) Object.assign(all, plan.plan.parameters ?? {});
  return all;
}


function coerce(name: string, spec: ParameterSpec, raw: string | Scalar): Scalar {
  const bad = (why: string) => new PlanError(`parameter ${name}: ${typeof raw === 'string' ? quoted(raw) : JSON.stringify(raw)} is not ${why}`);
  const s = String(raw);
  // Every value is echoed in the script's header (`-- parameters: …`), where a line break would end the comment, and
  // in messages, review.md and the commands printed to a terminal, where a control character (ESC) would be a
  // terminal escape: one line without control characters (src/text-rules.ts, the comments' own rule).
  const c = notOneLine(s);
  if (c !== undefined) throw new PlanError(`parameter ${name}: the value ${quoted(s)} has ${whatChar(c)}; a value is one line without control characters (no CR, LF, NEL, U+2028, U+2029, ESC, NUL…): values are echoed in a one-line SQL comment and on the terminal`);
  switch (spec.type) {
    case 'boolean':
      if (s === 'true' || s === 'false') return s === 'true';
      throw bad('a boolean (true or false)');
    case 'integer':
      if (/^-?\d+$/.test(s) && Number.isSafeInteger(Number(s))) return Number(s);
      // Digits past 2^53 - 1 would be read as the nearest double (9007199254740993 as 9007199254740992): say so.
      if (/^-?\d+$/.test(s)) throw new PlanError(`parameter ${name}: ${quoted(s)} is a whole number past ${Number.MAX_SAFE_INTEGER} (or below -${Number.MAX_SAFE_INTEGER}), which is not read exactly (it would lose digits): an integer parameter takes a number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`);
      throw bad('an integer');
    case 'enum':
      if (spec.values!.includes(s)) return s;
      throw bad(`one of ${spec.values!.join(', ')}`);
    case 'identifier':
      if (IDENT.test(s)) return s;
      throw bad('an identifier (letters, digits, underscores; at most 63 characters; not starting with a digit)');
    case 'uuid':
      if (UUID.test(s)) return s.toLowerCase();
      throw bad('a UUID');
    case 'map':
      return canonicalMap(name, s);
    case 'table':
      if (s.split('.').length <= 2 && s.split('.').every((part) => IDENT.test(part))) return s;
      throw bad('a table name: an identifier (letters, digits, underscores; at most 63 characters; not starting with a digit), or two joined by "." (schema.table)');
    case 'columns':
      return canonicalColumns(name, spec, s);
    case 'string':
      // (No line break nor control character: refused above for every type.)
      if (spec.pattern !== undefined && !patternMatches(spec.pattern, s)) throw bad(`a string matching ${spec.pattern}`);
      if (s.length <= 4096) return s;
      throw bad('a string of at most 4096 characters');
  }
}

/**
 * A name of a map entry: what a product's configuration allows for one (Keto's namespace names: `files`, `my-app.docs`)
 * short of the separators of the map and of Keto's subject sets (`,` `:` `#`), spaces and control characters. Names
 * reach SQL only as quoted literals; one that a for_each step puts into a table name is quoted as an identifier.
 */
const MAP_KEY = /^[^\s,:#\x00-\x1f\x7f\u0085\u2028\u2029]{1,64}$/u;

/** One entry of a map parameter's value: a name and its integer id. */
export interface MapEntry {
  key: string;
  value: number;
}

/**
 * A map parameter's value `name:id,name:id` (spaces around either ignored) in its canonical form: entries ordered by
 * id, no spaces. Every name is an identifier, every id a non-negative integer; no name nor id twice.
 * @throws PlanError naming the parameter and the entry (1-based) at fault
 */
function canonicalMap(name: string, s: string): string {
  const entries = s.split(',').map((raw, i) => {
    const at = `parameter ${name}: entry ${i + 1} (${quoted(raw.trim())})`;
    const colon = raw.indexOf(':');
    if (colon < 0) throw new PlanError(`${at} is not name:id (write the map as name:id,name:id, e.g. files:1,groups:2)`);
    const key = raw.slice(0, colon).trim();
    const id = raw.slice(colon + 1).trim();
    if (!MAP_KEY.test(key)) throw new PlanError(`${at}: the name ${quoted(key)} is not a name of 1 to 64 characters without spaces, control characters, ",", ":" or "#"`);
    if (!/^\d+$/.test(id) || !Number.isSafeInteger(Number(id)) || Number(id) > 2147483647) throw new PlanError(`${at}: the id ${quoted(id)} is not an integer from 0 to 2147483647`);
    return { key, value: Number(id) };
  });
  for (let i = 0; i < entries.length; i++) {
    for (let j = 0; j < i; j++) {
      if (entries[j].key === entries[i].key) throw new PlanError(`parameter ${name}: entries ${j + 1} and ${i + 1} both name ${quoted(entries[i].key)}`);
      if (entries[j].value === entries[i].value) throw new PlanError(`parameter ${name}: entries ${j + 1} and ${i + 1} both have id ${entries[i].value}`);
    }
  }
  return entries.sort((a, b) => a.value - b.value).map((e) => `${e.key}:${e.value}`).join(',');
}

/**
 * A columns parameter's value `key:column,key:column` (spaces around either ignored) in its canonical form: entries
 * in the order of the declared keys, no spaces. Every key one the parameter declares, each at most once, every
 * required key given, each `together` group given whole or not at all; every column an identifier.
 * @throws PlanError naming the parameter and the entry (1-based) at fault, or the keys missing
 */
function canonicalColumns(name: string, spec: ParameterSpec, s: string): string {
  const keys = spec.keys ?? [];
  const given = new Map<string, string>();
  s.split(',').forEach((raw, i) => {
    const at = `parameter ${name}: entry ${i + 1} (${quoted(raw.trim())})`;
    const colon = raw.indexOf(':');
    if (colon < 0) throw new PlanError(`${at} is not key:column (write the mapping as key:column,key:column, e.g. ${keys.slice(0, 2).map((k) => `${k}:${k}`).join(',')})`);
    const key = raw.slice(0, colon).trim();
    const col = raw.slice(colon + 1).trim();
    if (!keys.includes(key)) throw new PlanError(`${at}: ${quoted(key)} is not one of the keys ${keys.join(', ')}`);
    if (given.has(key)) throw new PlanError(`${at}: ${quoted(key)} is mapped twice`);
    if (!IDENT.test(col)) throw new PlanError(`${at}: the column ${quoted(col)} is not an identifier (letters, digits, underscores; at most 63 characters; not starting with a digit)`);
    given.set(key, col);
  });
  for (const k of spec.required ?? []) if (!given.has(k)) throw new PlanError(`parameter ${name}: the key ${quoted(k)} must be mapped (required: ${(spec.required ?? []).join(', ')})`);
  for (const group of spec.together ?? []) {
    const mapped = group.filter((k) => given.has(k));
    const unmapped = group.filter((k) => !given.has(k));
    if (mapped.length && unmapped.length) {
      const names = (ks: string[]) => (ks.length === 1 ? quoted(ks[0]) : `${ks.slice(0, -1).map(quoted).join(', ')} and ${quoted(ks[ks.length - 1])}`);
      throw new PlanError(`parameter ${name}: ${names(mapped)} ${mapped.length > 1 ? 'are' : 'is'} mapped but ${names(unmapped)} ${unmapped.length > 1 ? 'are' : 'is'} not: map them together or not at all (together: ${group.join(', ')})`);
    }
  }
  return keys.filter((k) => given.has(k)).map((k) => `${k}:${given.get(k)}`).join(',');
}

/** The mapping of a columns parameter's (canonical) value: key → column. */
export function columnMapping(value: Scalar): Map<string, string> {
  return new Map(
    String(value)
      .split(',')
      .map((e) => [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)] as [string, string]),
  );
}

/** The entries of a map parameter's (canonical) value, ordered by id. */
export function mapEntries(value: Scalar): MapEntry[] {
  return String(value)
    .split(',')
    .map((e) => {
      const colon = e.indexOf(':');
      return { key: e.slice(0, colon), value: Number(e.slice(colon + 1)) };
    });
}

/** The names of the parameters a compile was not given and that have no default (deferred: see resolveParams). */
const NOT_GIVEN = Symbol('parameters not given');

/**
 * The first clause of a description, on one line: up to its first `; ` or `: ` outside parentheses (one inside them
 * cut Logto's password_method description before its closing parenthesis).
 */
export function firstClause(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    const c = t[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ';' || c === ':') && t[i + 1] === ' ' && depth === 0) return t.slice(0, i);
  }
  return t;
}

/** The error of a parameter with no value, raised where a script needs it. */
function noValue(name: string, spec: ParameterSpec): PlanError {
  return new MissingParameterError(`parameter ${name} has no default: pass --param ${name}=… (${firstClause(spec.description)})`);
}

/**
 * The parameters of `params` that were not given and have no default, when resolveParams deferred them (else none):
 * an operation whose model change does not depend on such a parameter, only its own statements, may resolve without
 * it (import_rows: its rollback deletes what the record names, whatever the source was).
 */
export function notGiven(params: object): string[] {
  return (params as { [NOT_GIVEN]?: string[] })[NOT_GIVEN] ?? [];
}

/**
 * `given` as name=value strings; returns every declared parameter with its value (given, else its default, else with
 * `examples` its example: the review and the proofs, never a script a DBA applies).
 *
 * With `deferMissing`, a parameter with no value is not an error yet: it is left out of the result's entries, and
 * reading it (`params.name`) raises the error then, so a script that never reads it (a rollback that does not need an
 * import's source) compiles without it, and one that does fails as before; `name in params` stays true, as for a
 * declared parameter. notGiven() names them.
 * @param origins where the parameters of a params file were written: an error about one of them names that place
 * @throws PlanError for an unknown name, a value of the wrong type, or (without deferMissing) a parameter with no value
 */
export function resolveParams(p: LoadedProduct, given: string[], examples = false, deferMissing = false, origins?: ParamOrigins): Record<string, Scalar> {
  const specs = declaredParameters(p);
  const out: Record<string, Scalar> = {};
  for (const g of given) {
    const eq = g.indexOf('=');
    if (eq < 1) throw new PlanError(`--param ${quoted(g)}: expected name=value`);
    const name = g.slice(0, eq);
    const spec = specs[name];
    const at = origins?.[name];
    if (!spec) throw new PlanError(`unknown parameter ${quoted(name)} for ${p.product.product} (known: ${Object.keys(specs).join(', ') || 'none'})`, at);
    try {
      out[name] = coerce(name, spec, g.slice(eq + 1));
    } catch (e) {
      // A bad value of a params file: located at its key, as the file's other errors are.
      if (at && e instanceof PlanError && !e.pos) throw new PlanError(e.message, at);
      throw e;
    }
  }
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    if (!(name in out)) {
      const value = spec.default ?? (examples ? spec.example : undefined);
      if (value === undefined) {
        if (!deferMissing) throw noValue(name, spec);
        missing.push(name);
        continue;
      }
      out[name] = coerce(name, spec, value);
    }
  }
  const values: Record<string, Scalar> = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
  if (!missing.length) return values;
  const names = new Set(missing);
  return new Proxy(values, {
    get: (t, k) => {
      if (k === NOT_GIVEN) return missing;
      if (typeof k === 'string' && names.has(k)) throw noValue(k, specs[k]);
      return Reflect.get(t, k);
    },
    has: (t, k) => (typeof k === 'string' && names.has(k)) || Reflect.has(t, k),
  });
}

/** Every combination of the boolean and enum parameters, as name=value lists (the ones that change what compiles). */
export function parameterChoices(p: LoadedProduct): string[][] {
  let combos: string[][] = [[]];
  for (const [name, spec] of Object.entries(declaredParameters(p))) {
    const values = spec.type === 'boolean' ? ['true', 'false'] : spec.type === 'enum' ? spec.values! : [];
    if (values.length) combos = combos.flatMap((c) => values.map((v) => [...c, `${name}=${v}`]));
  }
  return combos;
}
