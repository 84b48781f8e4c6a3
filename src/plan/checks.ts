// Load-time checks of a plan that need more than its schema: every parameter reference is declared and every
// `when` compares with a value of the parameter's type; raw_sql guards cover the dialects it has text for;
// MySQL text is scanned. Collects the SQL texts of the plan (also those of inverse steps) for the PostgreSQL
// parser, which runs later and only when needed (src/plan/postgres-text.ts).
import { hasPlaceholder } from './for-each.js';
import { PlanError, quoted } from './errors.js';
import { PASTE_SAFE, patternProblem, patternUnsafeCharacter } from './pattern.js';
import { mysqlConditionProblem, mysqlDoubleQuotedName, mysqlStatementsProblem } from './mysql-text.js';
import { sqliteConditionProblem, sqliteStatementsProblem } from './sqlite-text.js';
import type { DialectName, ParameterSpec, PlanFile, Scalar, SourcePos, SqlText, RowTest, Step, ValueExpr } from './types.js';
import { OP_NAMES } from './types.js';
import { mapsType, unmappedType } from './column-types.js';

type Path = (string | number)[];

export interface PlanCheckContext {
  /** The parameters the plan may use: the product's and its own. */
  params: Record<string, ParameterSpec>;
  /** The dialects of the product. */
  dialects: DialectName[];
  /** The dialects the plan is compiled for (those that support its `to` version); default: `dialects`. */
  compiledFor?: DialectName[];
  /** The source position of a node of the plan's YAML. */
  where: (path: Path) => SourcePos;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Why `value` can never equal a value of the parameter, or undefined. */
function comparisonProblem(name: string, spec: ParameterSpec, value: Scalar): string | undefined {
  const shown = typeof value === 'string' ? quoted(value) : String(value);
  const is = (what: string, hint = '') => `${shown} is ${typeof value === 'string' ? 'a string' : `a ${typeof value}`}, but parameter "${name}" is ${what}${hint}`;
  switch (spec.type) {
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      return is('a boolean', value === 'true' || value === 'false' ? ` (write ${value} without quotes)` : '');
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : is('an integer');
    case 'enum':
      return typeof value === 'string' && spec.values!.includes(value) ? undefined : `${shown} is not a value of parameter "${name}" (${spec.values!.join(', ')})`;
    case 'identifier':
      return typeof value === 'string' && IDENT.test(value) ? undefined : is('an identifier');
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? undefined : is('a UUID in lower case (values are compared in lower case)');
    case 'string':
      return typeof value === 'string' ? undefined : is('a string');
    case 'map':
      return is('a map (name:id pairs), which a step iterates with for_each rather than compares');
    case 'table':
      return typeof value === 'string' && value.split('.').length <= 2 && value.split('.').every((p) => IDENT.test(p)) ? undefined : is('a table name');
    case 'columns':
      return is('a column mapping (key:column pairs), which an import reads rather than compares');
  }
}

/**
 * Why parameter `name` may not be printed into a manual step's text ({{name}}), or undefined. A manual step holds
 * commands a DBA pastes into a shell, a SQL prompt or a source file (AuthHero's controlPlaneTenantId:
 * "{{control_plane_tenant_id}}"), and a value is printed as it is: it may hold only PASTE_SAFE characters, which
 * quote, escape, expand or end nothing there. So only a parameter whose type allows nothing else may be printed:
 * identifier, uuid, integer, boolean, table; an enum whose values are all such; a string with a `pattern` that
 * admits only such (a value given is checked against it). A map or column mapping never (found by review: a string
 * parameter with `O'Re"il\`l$(id)y \ -- *\/ ;` was printed into `mv {{msg}} /tmp/x` as it is).
 */
function pasteProblem(name: string, spec: ParameterSpec): string | undefined {
  const safeChars = 'ASCII letters, digits and _ . : @ + / = , -';
  switch (spec.type) {
    case 'identifier':
    case 'uuid':
    case 'integer':
    case 'boolean':
    case 'table':
      return undefined;
    case 'enum': {
      const bad = spec.values!.find((v) => !PASTE_SAFE.test(v));
      return bad === undefined ? undefined : `prints parameter ${name}, whose value ${quoted(bad)} holds characters other than ${safeChars}: a manual step's text is pasted into shells and SQL prompts as it is`;
    }
    case 'string': {
      if (spec.pattern === undefined) return `prints string parameter ${name} as it is, and a manual step's text is pasted into shells and SQL prompts: give ${name} a pattern admitting only ${safeChars} (pattern: "^[A-Za-z0-9_-]+$"), or a type that does (identifier, uuid, integer, enum)`;
      const unsafe = patternUnsafeCharacter(spec.pattern);
      return unsafe === undefined ? undefined : `prints string parameter ${name}, whose pattern ${spec.pattern} admits ${unsafe}: a manual step's text is pasted into shells and SQL prompts as it is; admit only ${safeChars}`;
    }
    default:
      return `prints ${spec.type} parameter ${name}, which a manual step cannot print (only identifier, uuid, integer, boolean, table, enum and patterned string parameters)`;
  }
}

/** A default that reads like SQL: a function call (`now()`, `gen_random_uuid()`) or a SQL keyword value. */
const LOOKS_LIKE_SQL = /^\s*([A-Za-z_][A-Za-z0-9_.]*\s*\(.*\)|current_timestamp|current_date|current_time|localtimestamp|localtime|current_user)\s*$/is;

/** Checks one plan (already valid against its schema); returns its SQL texts with their positions. */
export function checkPlan(plan: PlanFile, ctx: PlanCheckContext): SqlText[] {
  const texts: SqlText[] = [];
  const declared = () => Object.keys(ctx.params).join(', ') || 'none';
  const requireParam = (name: string, path: Path) => {
    if (!(name in ctx.params)) throw new PlanError(`unknown parameter ${quoted(name)} (declared: ${declared()})`, ctx.where(path));
  };
  // The keys `{ source: key }` may read: those of the import step's columns parameter (none outside one).
  let sourceKeys: { param: string; keys: string[] } | undefined;
  const checkValue = (v: ValueExpr, path: Path): void => {
    if ('param' in v) requireParam(v.param, [...path, 'param']);
    if ('source' in v) {
      if (!sourceKeys) throw new PlanError(`{ source: ${v.source} } reads an import's source: it is for import_rows steps only`, ctx.where([...path, 'source']));
      if (!sourceKeys.keys.includes(v.source)) throw new PlanError(`source ${quoted(v.source)} is not a key of parameter "${sourceKeys.param}" (${sourceKeys.keys.join(', ')})`, ctx.where([...path, 'source']));
    }
    if ('concat' in v) v.concat.forEach((x, i) => checkValue(x, [...path, 'concat', i]));
    if ('coalesce' in v) v.coalesce.forEach((x, i) => checkValue(x, [...path, 'coalesce', i]));
    if ('derived_id' in v) checkValue(v.derived_id.of, [...path, 'derived_id', 'of']);
    if ('before' in v) checkValue(v.before.of, [...path, 'before', 'of']);
    if ('after' in v) checkValue(v.after.of, [...path, 'after', 'of']);
    if ('derived_uuid' in v) v.derived_uuid.forEach((x, i) => checkValue(x, [...path, 'derived_uuid', i]));
    if ('case' in v) {
      checkTest(v.case.when, [...path, 'case', 'when']);
      checkValue(v.case.then, [...path, 'case', 'then']);
      if (v.case.else) checkValue(v.case.else, [...path, 'case', 'else']);
    }
    if ('lower' in v) checkValue(v.lower, [...path, 'lower']);
    if ('text' in v) checkValue(v.text, [...path, 'text']);
    if ('json' in v) checkValue(v.json, [...path, 'json']);
    if ('json_object' in v) v.json_object.forEach((x, i) => (checkValue(x.key, [...path, 'json_object', i, 'key']), checkValue(x.value, [...path, 'json_object', i, 'value'])));
    if ('lookup' in v) {
      requireParam(v.lookup.param, [...path, 'lookup', 'param']);
      if (ctx.params[v.lookup.param].type !== 'map') throw new PlanError(`lookup: parameter "${v.lookup.param}" is not a map (name:id pairs)`, ctx.where([...path, 'lookup', 'param']));
      checkValue(v.lookup.of, [...path, 'lookup', 'of']);
    }
  };
  const checkTest = (t: RowTest, path: Path): void => {
    if ('all' in t) t.all.forEach((x, i) => checkTest(x, [...path, 'all', i]));
    else if ('any' in t) t.any.forEach((x, i) => checkTest(x, [...path, 'any', i]));
    else if ('not' in t) checkTest(t.not, [...path, 'not']);
    else {
      checkValue(t.value, [...path, 'value']);
      if (t.matches !== undefined) {
        const problem = patternProblem(t.matches);
        if (problem) throw new PlanError(`matches ${quoted(t.matches)}: ${problem}`, ctx.where([...path, 'matches']));
      }
    }
  };
  const checkWhere = (w: { equals?: unknown; not_equals?: unknown } | undefined, path: Path): void => {
    for (const key of ['equals', 'not_equals'] as const) {
      const v = w?.[key];
      if (v !== null && typeof v === 'object') requireParam((v as { param: string }).param, [...path, key, 'param']);
    }
  };
  const addText = (t: Omit<SqlText, 'pos'>, path: Path) => {
    const pos = ctx.where(path);
    if (t.dialect === 'mysql') {
      const problem = t.kind === 'statements' ? mysqlStatementsProblem(t.text) : mysqlConditionProblem(t.text);
      if (problem) throw new PlanError(`${t.what}: ${problem}`, pos);
    }
    if (t.dialect === 'sqlite') {
      const problem = t.kind === 'statements' ? sqliteStatementsProblem(t.text) : sqliteConditionProblem(t.text);
      if (problem) throw new PlanError(`${t.what}: ${problem}`, pos);
    }
    texts.push({ ...t, pos });
  };

  // Defaults are values, never SQL: a string that reads like SQL is almost certainly meant as SQL.
  const checkDefaults = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => checkDefaults(x, [...path, i]));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'default' && typeof value === 'string' && LOOKS_LIKE_SQL.test(value)) {
        throw new PlanError(
          `default ${quoted(value)} looks like SQL, but defaults are values, never SQL: a SQL expression default ({ expr: … }) is not supported; to mean the text, write default: { literal: ${quoted(value)} }`,
          ctx.where([...path, key]),
        );
      }
      if (key !== 'default') checkDefaults(value, [...path, key]);
    }
  };

  // Every column type maps in each dialect the step is compiled for (its override's type where it has one): said here,
  // at the type, rather than when a compile reaches the step. A column or an alter_column_type: its postgres:, mysql:
  // and sqlite: keys are its overrides.
  const checkType = (spec: object, path: Path, dialects: DialectName[]): void => {
    const o = spec as Record<string, unknown>;
    if (typeof o.type !== 'string') return;
    for (const d of dialects) {
      const own = (o[d] as { type?: unknown } | undefined)?.type;
      const [type, typePath] = typeof own === 'string' ? [own, [...path, d, 'type']] : [o.type, [...path, 'type']];
      if (!mapsType(d, type)) throw new PlanError(unmappedType(d, type), ctx.where(typePath));
    }
  };

  // {key}/{value} placeholders and { each: … } values mean something only in a step that runs per entry of a map.
  const findPlaceholder = (node: unknown, path: Path): Path | undefined => {
    if (typeof node === 'string') return hasPlaceholder(node) ? path : undefined;
    if (node === null || typeof node !== 'object') return undefined;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'each' && !Array.isArray(node) && Object.keys(node).length === 1 && (v === 'key' || v === 'value')) return [...path, k];
      const found = findPlaceholder(v, [...path, Array.isArray(node) ? Number(k) : k]);
      if (found) return found;
    }
    return undefined;
  };
  const checkStep = (step: Step, path: Path, stepDialects: DialectName[], inForEach = false): void => {
    if (step.for_each !== undefined) {
      requireParam(step.for_each, [...path, 'for_each']);
      const spec = ctx.params[step.for_each];
      if (spec.type !== 'map') throw new PlanError(`for_each: parameter "${step.for_each}" is ${spec.type === 'integer' || spec.type === 'identifier' || spec.type === 'enum' ? 'an' : 'a'} ${spec.type}, not a map (name:id pairs)`, ctx.where([...path, 'for_each']));
      inForEach = true;
    } else if (!inForEach) {
      const found = findPlaceholder(step, path);
      if (found) throw new PlanError(`${found[found.length - 1] === 'each' ? '{ each: … }' : '{key} and {value}'} stand for a map entry only in a step with for_each: <map parameter>`, ctx.where(found));
    }
    if (step.when) {
      const spec = ctx.params[step.when.param];
      requireParam(step.when.param, [...path, 'when', 'param']);
      for (const key of ['equals', 'not_equals'] as const) {
        const value = step.when[key];
        if (value === undefined) continue;
        const problem = comparisonProblem(step.when.param, spec, value);
        if (problem) throw new PlanError(`when ${key}: ${problem}`, ctx.where([...path, 'when', key]));
      }
    }
    const dialects = step.dialects ? stepDialects.filter((d) => step.dialects!.includes(d)) : stepDialects;
    const op = OP_NAMES.find((k) => k in step)!;
    const at = [...path, op];
    const compiledFor = dialects.filter((d) => (ctx.compiledFor ?? ctx.dialects).includes(d));
    if (op === 'create_table') step.create_table!.columns.forEach((c, k) => checkType(c, [...at, 'columns', k], compiledFor));
    if (op === 'add_column' || op === 'drop_leftover_column') checkType(step[op]!.column, [...at, 'column'], compiledFor);
    if (op === 'alter_column_type') checkType(step.alter_column_type!, at, compiledFor);
    // (data steps name columns as keys: a column called "default" is no default)
    if (op !== 'insert' && op !== 'copy_rows' && op !== 'import_rows' && op !== 'update') checkDefaults((step as Record<string, unknown>)[op], at);
    if (op === 'set_default' && (step.set_default!.default === null || (typeof step.set_default!.default === 'object' && 'literal' in step.set_default!.default && step.set_default!.default.literal === null))) {
      throw new PlanError('set_default to NULL: use drop_default', ctx.where([...at, 'default']));
    }
    if (op === 'insert') {
      step.insert!.rows.forEach((row, r) => {
        for (const [column, v] of Object.entries(row)) {
          if (v !== null && typeof v === 'object') requireParam(v.param, [...at, 'rows', r, column, 'param']);
        }
      });
    } else if (op === 'copy_rows') {
      for (const [column, v] of Object.entries(step.copy_rows!.values)) checkValue(v, [...at, 'values', column]);
      checkWhere(step.copy_rows!.where, [...at, 'where']);
      (step.copy_rows!.skip ?? []).forEach((s, i) => checkTest(s.when, [...at, 'skip', i, 'when']));
    } else if (op === 'import_rows') {
      const a = step.import_rows!;
      requireParam(a.from.table.param, [...at, 'from', 'table', 'param']);
      requireParam(a.from.columns.param, [...at, 'from', 'columns', 'param']);
      if (ctx.params[a.from.table.param].type !== 'table') throw new PlanError(`import_rows from: parameter "${a.from.table.param}" is not a table parameter (type: table)`, ctx.where([...at, 'from', 'table', 'param']));
      const columns = ctx.params[a.from.columns.param];
      if (columns.type !== 'columns') throw new PlanError(`import_rows from: parameter "${a.from.columns.param}" is not a column mapping (type: columns)`, ctx.where([...at, 'from', 'columns', 'param']));
      sourceKeys = { param: a.from.columns.param, keys: columns.keys ?? [] };
      (a.json_keys ?? []).forEach((k, i) => {
        if (!(columns.keys ?? []).includes(k)) throw new PlanError(`json_keys: ${quoted(k)} is not a key of parameter "${a.from.columns.param}" (${(columns.keys ?? []).join(', ')})`, ctx.where([...at, 'json_keys', i]));
      });
      try {
        for (const [column, v] of Object.entries(a.values)) checkValue(v, [...at, 'values', column]);
        checkValue(a.order_by, [...at, 'order_by']);
        (a.skip ?? []).forEach((s, i) => checkTest(s.when, [...at, 'skip', i, 'when']));
      } finally {
        sourceKeys = undefined;
      }
    } else if (op === 'update') {
      for (const [column, v] of Object.entries(step.update!.set)) checkValue(v, [...at, 'set', column]);
      checkWhere(step.update!.where, [...at, 'where']);
    } else if (op === 'delete_where') {
      checkWhere(step.delete_where!.where, [...at, 'where']);
    } else if (op === 'create_enum_type') {
      // PostgreSQL's catalog spells a label with quote_literal, a control character as it is (a line break splits the
      // catalog line), while the script writes it escaped (E'x\x0Ay'): the end check never matched, and every run
      // failed (found by review). MySQL's ENUM refuses them too. A backslash is spelt alike (E'c\\d', checked on
      // PostgreSQL 15 and PGlite).
      step.create_enum_type!.values.forEach((v, k) => {
        const c = /[\x00-\x1f\x7f]/.exec(v)?.[0];
        if (c !== undefined) throw new PlanError(`create_enum_type: the label ${quoted(v)} holds a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which the engines' catalogs spell as it is, over lines: write labels without control characters`, ctx.where([...at, 'values', k]));
      });
    } else if (op === 'manual') {
      for (const [, name] of step.manual!.text.matchAll(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g)) {
        requireParam(name, [...at, 'text']);
        const problem = pasteProblem(name, ctx.params[name]);
        if (problem) throw new PlanError(`manual step: {{${name}}} ${problem}`, ctx.where([...at, 'text']));
      }
    } else if (op === 'precondition') {
      (step.precondition!.rows ?? []).forEach((r, i) => checkWhere(r, [...at, 'rows', i]));
    } else if (op === 'create_table') {
      (step.create_table!.checks ?? []).forEach((c, k) => {
        for (const d of dialects) {
          const text = typeof c.expression === 'string' ? c.expression : c.expression[d];
          if (text === undefined) continue;
          const exprPath = [...at, 'checks', k, 'expression', ...(typeof c.expression === 'string' ? [] : [d])];
          addText({ dialect: d, kind: 'condition', what: `check ${c.name} (${d})`, text }, exprPath);
          const quoted = d === 'mysql' ? mysqlDoubleQuotedName(text) : undefined;
          if (quoted) throw new PlanError(`check ${c.name} (mysql): ${quoted}`, ctx.where(exprPath));
        }
      });
    } else if (op === 'create_index' || op === 'replace_index') {
      // Expressions and predicates are PostgreSQL text (the model refuses them for another dialect): each dialect's
      // view of the index (its override merged over the portable fields), at the position of the field it takes.
      const spec = step[op]!;
      for (const d of dialects) {
        if (d === 'sqlite') {
          // SQLite has partial indexes too (a predicate only): its text is checked as a condition.
          const own = spec.sqlite ?? {};
          const where = own.where ?? spec.where;
          if (where !== undefined) addText({ dialect: d, kind: 'condition', what: `index ${own.name ?? spec.name} where (${d})`, text: where }, own.where !== undefined ? [...at, d, 'where'] : [...at, 'where']);
        }
        if (d !== 'postgres') continue;
        const own = spec[d] ?? {};
        const columnsAt = own.columns ? [...at, d, 'columns'] : [...at, 'columns'];
        (own.columns ?? spec.columns).forEach((c, k) => {
          if (typeof c === 'object' && 'expression' in c) addText({ dialect: d, kind: 'expression', what: `index ${own.name ?? spec.name} expression (${d})`, text: c.expression }, [...columnsAt, k, 'expression']);
        });
        const where = own.where ?? spec.where;
        if (where !== undefined) addText({ dialect: d, kind: 'predicate', what: `index ${own.name ?? spec.name} where (${d})`, text: where }, own.where !== undefined ? [...at, d, 'where'] : [...at, 'where']);
      }
    } else if (op === 'raw_sql') {
      const raw = step.raw_sql!;
      for (const d of dialects) {
        if (raw[d] === undefined) continue;
        addText({ dialect: d, kind: 'statements', what: `raw_sql ${d}`, text: raw[d]!, ...(raw.guard ? { underGuard: true } : {}) }, [...at, d]);
        if (raw.guard) {
          const guard = raw.guard[d];
          if (guard === undefined) throw new PlanError(`raw_sql has ${d} text but its guard has no ${d} condition (or give unguarded: <reason>)`, ctx.where([...at, 'guard']));
          addText({ dialect: d, kind: 'condition', what: `raw_sql guard ${d}`, text: guard }, [...at, 'guard', d]);
        }
        const inverse = raw.inverse?.[d];
        if (inverse !== undefined) addText({ dialect: d, kind: 'statements', what: `raw_sql inverse ${d}`, text: inverse, ...(raw.guard ? { underGuard: true } : {}) }, [...at, 'inverse', d]);
      }
      for (const d of Object.keys(raw.guard ?? {}) as DialectName[]) {
        if (raw[d] === undefined) throw new PlanError(`raw_sql has a ${d} guard but no ${d} text`, ctx.where([...at, 'guard', d]));
      }
    }
    (step.inverse ?? []).forEach((s, j) => checkStep(s, [...path, 'inverse', j], dialects, inForEach));
  };

  plan.steps.forEach((step, i) => {
    // A patch of the version the plan goes to: 7.0.13 in the plan to 7.0 (nor in an inverse, a rollback's own step).
    if (step.since !== undefined && !(step.since.startsWith(`${plan.to}.`) && !plan.to.includes('-'))) {
      throw new PlanError(`since: ${quoted(step.since)} is not a patch release of ${plan.to}, the version this plan goes to (write ${plan.to}.<patch>)`, ctx.where(['steps', i, 'since']));
    }
    checkStep(step, ['steps', i], ctx.dialects);
  });
  return texts;
}
