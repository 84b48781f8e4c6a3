// The physical names of one compile: a product's naming parameters (product.yaml `naming:`) read for a dialect.
// The plans keep the names of a default install; a product configured with a table-name prefix, per-table names
// or a schema has other names, derived the way the product derives them (SuperTokens: PostgreSQLConfig /
// MySQLConfig add the prefix and `_`, Utils.getConstraintName derives `<table>[_<column>]_<suffix>` from the
// prefixed name, index names are fixed strings; postgresql and mysql plugins v1.8.0 through v4.0.8).
import { identifierLength, placeNameTooLong, type Dialect } from '../dialects/dialect.js';
import { paramWord } from '../shell.js';
import { PlanError, quoted } from '../plan/errors.js';
import { aboutGivenParam, notGiven, type ParamOrigins } from '../plan/params.js';
import type { LoadedProduct, NamingDeclaration, Step } from '../plan/types.js';
import type { Naming, ParamValues } from '../operations/index.js';

/** The names of one compile: how plan names map to the database's, and the schema that qualifies them. */
export interface CompileNaming {
  /** Absent when every name is the plans' own. */
  naming?: Naming;
  /** The schema every object is qualified with; absent: unqualified names (the session's search_path). */
  schema?: string;
  /** The parameters that changed names, as name=value, for the header. */
  given: string[];
  /** Those of them that changed table names (not the schema). */
  renamedBy: string[];
  /**
   * The name the product writes for the table the plans call `table` (before the engine folds it) and the parameter
   * that made it (the prefix's, or the table's own name's); undefined when the table keeps the plans' name.
   */
  writtenBy?(table: string): { name: string; param: string } | undefined;
}

// The product writes these names into its SQL unquoted: a letter or underscore, then letters, digits, underscores.
const UNQUOTED = /^[A-Za-z_][A-Za-z0-9_]*$/;

function nameParam(params: ParamValues, param: string): string {
  const v = params[param];
  if (typeof v !== 'string') throw new PlanError(`naming: parameter ${param} must be a string parameter (product.yaml)`);
  const s = v.trim();
  if (s !== '' && !UNQUOTED.test(s)) {
    throw new PlanError(`parameter ${param}: ${quoted(v)} is not a name the product can use unquoted (a letter or _, then letters, digits or _)`);
  }
  return s;
}

/**
 * The naming of a compile of `product` for `d` with `params`.
 * - A table is named by its `table_names` parameter when that is set, else `<prefix>_<name>` (no `_` without a
 *   prefix); values are trimmed, as the products trim their configuration.
 * - A key or constraint whose name starts with its table's name and `_` follows the table's name, as written
 *   before the engine folds it (`Supertokens_key_value` + `_pkey`).
 * - Every name then becomes what the engine stores for it unquoted (`rules.unquotedName`: PostgreSQL folds it to
 *   lower case and cuts it to 63 bytes, the way the product's own statements end up).
 * - The schema qualifies every name unless it holds its parameter's default (the product then writes names
 *   unqualified too).
 * @throws PlanError for a value the product could not use unquoted, or a naming declaration that names a
 *   parameter that is not a string parameter
 */
export function compileNaming(product: LoadedProduct, d: Dialect, params: ParamValues): CompileNaming {
  const decl: NamingDeclaration | undefined = product.product.naming?.[d.name];
  if (!decl) return { given: [], renamedBy: [] };
  const given: string[] = [];
  const note = (param: string, value: string) => given.push(`${param}=${value}`);
  const prefix = decl.table_prefix ? nameParam(params, decl.table_prefix) : '';
  if (prefix) note(decl.table_prefix!, prefix);
  const own = new Map<string, string>();
  for (const [table, param] of Object.entries(decl.table_names ?? {})) {
    const v = nameParam(params, param);
    if (v) {
      own.set(table, v);
      note(param, v);
    }
  }
  let schema: string | undefined;
  if (decl.schema) {
    const v = nameParam(params, decl.schema);
    const dflt = product.product.parameters?.[decl.schema]?.default;
    if (v !== '' && v !== dflt) {
      schema = d.rules.unquotedName(v);
    }
  }
  const renamedBy = [...given];
  if (schema) note(decl.schema!, params[decl.schema!] as string);
  if (!prefix && own.size === 0) return { given, renamedBy, ...(schema ? { schema } : {}) };
  // The name as the product writes it, before the engine folds it.
  const written = (table: string) => own.get(table) ?? (prefix ? `${prefix}_${table}` : table);
  const naming: Naming = {
    table: (table) => (written(table) === table ? table : d.rules.unquotedName(written(table))),
    key: (table, name) => (name.startsWith(`${table}_`) && written(table) !== table ? d.rules.unquotedName(written(table) + name.slice(table.length)) : name),
  };
  const writtenBy = (table: string) => (own.has(table) ? { name: own.get(table)!, param: decl.table_names![table] } : prefix ? { name: written(table), param: decl.table_prefix! } : undefined);
  return { naming, given, renamedBy, writtenBy, ...(schema ? { schema } : {}) };
}

/**
 * Refuses naming parameters that make a table's name longer than the engine of `d` takes (rules.maxIdentifierLength,
 * in rules.identifierUnit): MySQL refuses such a name (error 1059), PostgreSQL cuts it short, and its keys' names,
 * which start with it, to one name. The error blames the parameter, where it was given (`--param x=…`, or a params
 * file's line: `origins`), not the plan that creates the table. `tables`: the plans' table names.
 * @throws PlanError, one line
 */
export function checkTableNameLengths(d: Dialect, names: CompileNaming, params: ParamValues, tables: readonly string[], origins?: ParamOrigins): void {
  if (!names.writtenBy) return;
  const { maxIdentifierLength: max, identifierUnit: unit, identifierLimitSource: source } = d.rules;
  for (const table of tables) {
    const w = names.writtenBy(table);
    if (!w) continue;
    const length = identifierLength(d.rules, w.name);
    if (length <= max) continue;
    const value = params[w.param] ?? '';
    // Where it was given: a params file's line, else the command line (a default or example prefix is '': no name).
    const at = origins?.[w.param];
    const where = at ? `${at.file}:${at.line}:${at.col}: parameter ${paramWord(w.param, value)}` : `--param ${paramWord(w.param, value)}`;
    const how = w.name === (typeof value === 'string' ? value.trim() : value) ? 'this name' : 'this prefix';
    throw new PlanError(`${where}: with ${how} the table name ${quoted(w.name)} (the plans' ${table}) is ${length} ${unit}, over ${d.script.engineName}'s ${max} (${source}); choose a shorter one`);
  }
}

/**
 * The parameters a header prints and its reverse command repeats: all of them, except naming parameters that
 * change no name here (the other dialect's, and those left at their default).
 */
export function shownParameters(product: LoadedProduct, params: ParamValues, names: CompileNaming): ParamValues {
  const naming = namingParameters(product);
  const given = new Set(names.given.map((g) => g.slice(0, g.indexOf('='))));
  return Object.fromEntries(Object.entries(params).filter(([k]) => !naming.has(k) || given.has(k)));
}

/** The header's words on where the naming parameters put the objects; undefined when they change nothing. */
export function namesNote(names: CompileNaming, tables: string[]): string | undefined {
  if (!names.given.length) return undefined;
  const n = names.naming;
  const renamed = n ? tables.filter((t) => n.table(t) !== t) : [];
  const parts = [
    ...(renamed.length ? [`tables named as the product names them with ${names.renamedBy.join(', ')} (e.g. ${renamed[0]} is ${n!.table(renamed[0])}; keys derived from a table's name follow it; index names stay)`] : []),
    ...(names.schema ? [`every object in schema ${names.schema}, named with it; search_path is pinned empty for the transaction`] : []),
  ];
  return parts.join('; ');
}

/** Every parameter a product's naming declares: on `dialect`, else on any dialect. */
export function namingParameters(product: LoadedProduct, dialect?: string): Set<string> {
  const naming = product.product.naming ?? {};
  const configs = dialect === undefined ? Object.values(naming) : [naming[dialect as keyof typeof naming]];
  return new Set(configs.flatMap((n) => (n ? [n.table_prefix, n.schema, ...Object.values(n.table_names ?? {})] : [])).filter((x): x is string => x !== undefined));
}

/** The string parameter that puts a prefix on every table name on `d` (product.yaml naming: table_prefix), if any. */
export function tablePrefixParameter(product: LoadedProduct, d: Dialect): string | undefined {
  return product.product.naming?.[d.name]?.table_prefix;
}

/**
 * The prefixes that would name tables `found` as the product names its tables with a table-name prefix: for each
 * found name that is, as the engine stores it, `<prefix>_<a plan's table name>`, that prefix (as stored: PostgreSQL's
 * folded to lower case). Candidates only: a name the engine cut short gives none, and a prefix found here may name
 * one table by chance; the caller counts what each names. Sorted, each once.
 */
export function prefixCandidates(d: Dialect, planTables: Iterable<string>, found: Iterable<string>): string[] {
  const suffixes = [...new Set([...planTables].map((t) => `_${d.rules.unquotedName(t)}`))];
  const out = new Set<string>();
  for (const name of found) {
    for (const s of suffixes) {
      const prefix = name.slice(0, name.length - s.length);
      if (name.length > s.length && name.endsWith(s) && UNQUOTED.test(prefix)) out.add(prefix);
    }
  }
  return [...out].sort();
}

/**
 * The parameters of `product` whose values name a schema or a database on `d`, with what each names: its naming's
 * schema (SuperTokens' postgresql_table_schema; trimmed, as compileNaming reads it), its locations' parameters (a
 * schema or database, where `d` places tables in other ones), and those a precondition compares the database the
 * script runs in with (Fief's main_database), in the steps compiled for `d`.
 */
export function placeNameParameters(product: LoadedProduct, d: Dialect): Map<string, { what: string; trimmed: boolean }> {
  const out = new Map<string, { what: string; trimmed: boolean }>();
  const schema = product.product.naming?.[d.name]?.schema;
  if (schema) out.set(schema, { what: 'schema', trimmed: true });
  if (d.located) for (const l of Object.values(product.product.locations ?? {})) out.set(l.param, { what: d.script.placeWord, trimmed: false });
  const visit = (steps: Step[] | undefined): void => {
    for (const step of steps ?? []) {
      if (step.dialects && !step.dialects.includes(d.name)) continue;
      const database = (step as { precondition?: { database?: { param?: string } } }).precondition?.database?.param;
      if (database) out.set(database, { what: 'database', trimmed: false });
      if (Array.isArray(step.inverse)) visit(step.inverse);
    }
  };
  for (const plan of product.plans) visit(plan.plan.steps);
  return out;
}

/**
 * Refuses a parameter value (`params`, resolved) that names a schema or database longer than the engine of `d` takes
 * (placeNameParameters; the limit is the dialect's: placeNameTooLong), naming the parameter where it was given
 * (`--param x`, or a params file's line: `given` and `origins`) and the limit. A MySQL database name of 65 characters
 * was taken, and the script failed on the server (or compared with a name no database has).
 * @throws PlanError, one line
 */
export function checkPlaceNames(product: LoadedProduct, d: Dialect, params: ParamValues, given: readonly string[] = [], origins?: ParamOrigins): void {
  const missing = new Set(notGiven(params));
  const givenNames = new Set(given.map((g) => g.slice(0, g.indexOf('='))));
  for (const [name, { what, trimmed }] of placeNameParameters(product, d)) {
    if (missing.has(name) || !(name in params)) continue;
    const value = params[name];
    if (typeof value !== 'string') continue;
    const why = placeNameTooLong(d, trimmed ? value.trim() : value, what);
    if (why === undefined) continue;
    throw new PlanError(givenNames.has(name) || origins?.[name] ? aboutGivenParam(name, origins, why) : `parameter ${name} (not given: its default or example) ${why}`);
  }
}
