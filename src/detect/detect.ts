// `plan detect`: which version of a product a database is at, from its catalog alone. Pure: it takes the
// catalog lines a database shows (read by src/engines/live.ts) and compares them with the catalog our plans
// predict for every version (and every choice of the parameters that change what compiles), and, when no
// version matches exactly, with every state a script stopped half-way leaves behind.
import type { Dialect } from '../dialects/dialect.js';
import { getDialect } from '../dialects/index.js';
import { compile, modelAt, patchModels, physicalTables, placesOf, productFor, productTables } from '../compile/compile.js';
import { checkPlaceNames, checkTableNameLengths, compileNaming, prefixCandidates, tablePrefixParameter } from '../compile/naming.js';
import { loadProduct } from '../plan/load.js';
import { PlanError } from '../plan/errors.js';
import { declaredParameters, parameterChoices, resolveParams, type ParamOrigins } from '../plan/params.js';
import type { LoadedProduct } from '../plan/types.js';
import type { Model } from '../model/model.js';
import { shellWord } from '../shell.js';
import type { VersionRowsFound } from './version-rows.js';
import { diffCatalogs, diffSize, objectKindOf, tableOf, type CatalogDiff } from './lines.js';
import { modelOfListing } from './states.js';

export interface DetectRequest {
  product: string;
  dialect: string;
  /** name=value strings (--param): they fix those parameters; the others are tried with every value. */
  params?: string[];
  plansDir?: string;
  /** The catalog lines the database shows (every table of its schema: the product's are picked here). */
  found: string[];
  /**
   * The product's locations the database was read without (their parameter not given: readablePlaces): the answer
   * stands only where no version it could be keeps anything there, else `unreadNeeded` names the first of them.
   */
  unread?: string[];
  /**
   * SQLite: the name of the database's file, without its folder. With the product's sqlite_file_name, it tells apart
   * versions whose schemas are the same (Fief 0.27's workspace file from 0.28's main database).
   */
  file?: string;
}

/** How the SQLite file's name told versions of the same schema apart (product.yaml sqlite_file_name). */
export interface FileNamed {
  /** The file's name, without its folder. */
  file: string;
  /** The parameter the name is compared with. */
  param: string;
  /** Whether the file is named after it (its value as given; not given: the name is a value of it). */
  named: boolean;
  /** The parameter's value the name gave, when the parameter was not given and the name is a value of it. */
  value?: string;
  /** The versions the schema matched, before the name told them apart. */
  versions: string[];
  /** The product's words on the file (sqlite_file_name.description). */
  description: string;
}

/** A set of versions whose predicted catalogs are identical, compared with the database. */
export interface VersionMatch {
  /** In the product's order, e.g. ["4.0", "4.1", "4.2", "4.3"]; "0" is the empty database. */
  versions: string[];
  /** "5.0", or "4.0 – 4.3 (identical schemas)". */
  label: string;
  differences: number;
  diff: CatalogDiff;
  /**
   * The parameter values under which these versions predict this catalog, when not all do (name=value lists,
   * one per choice); null when the parameters make no difference to it.
   */
  params: string[][] | null;
  /**
   * A schema of an earlier patch of the version: the patch release it is before (7.0.13: the database is at 7.0.0 …
   * 7.0.12), and what that patch added, described (plans' `since:`).
   */
  before?: { patch: string; added: string[] };
  /** The version's patch releases whose changes this schema has (the newest schema of a version that has patches). */
  patches?: string[];
}

/** A database stopped half-way through a script: the script that resumes it. */
export interface Between {
  from: string;
  to: string;
  direction: 'up' | 'down';
  /** The parameter choices (name=value lists) under which the script passes through this state; null: under all. */
  params: string[][] | null;
  /**
   * The state lies on the way of the script back as well (`to` → `from`: its rollback passes through the same schema),
   * so the reading cannot tell which of the two stopped: plan status goes by its target (found by a fresh DBA: a
   * SuperTokens 12.1 → 3.5 rollback stopped in its 12.0 → 11.4 part was read as the 11.4 → 12.0 upgrade stopped).
   */
  either?: true;
}

/** The product's tables found named with a table-name prefix: the prefix and what it names. */
export interface PrefixMatch {
  /** The prefix as the engine stores the names (PostgreSQL folds it to lower case); '' for none. */
  prefix: string;
  /** The versions (in the product's order) of which the database holds the largest share of tables so named. */
  versions: string[];
  /** Those versions as runs: "6.0", "4.0 – 4.3". */
  label: string;
  /** How many of those versions' tables the database holds named with the prefix, of how many they have. */
  tables: number;
  of: number;
}

/**
 * The product's tables are in the database under another table-name prefix than the one given, and the names given
 * match no version exactly nor half-way through a script.
 */
export interface OtherPrefix {
  /** The naming parameter that sets the prefix (SuperTokens' postgresql_table_names_prefix). */
  param: string;
  /** Its value as given (trimmed; '' when not given: no prefix). */
  given: string;
  /** Each prefix under which the database holds the product's tables, the most tables first. */
  found: PrefixMatch[];
}

export interface DetectResult {
  product: string;
  dialect: string;
  /**
   * exact: at a version (or set of identical ones); between: half-way through a script; other-prefix: at none under
   * the names given, and the product's tables are there named with another table-name prefix (otherPrefix);
   * inexact: none of these.
   */
  outcome: 'exact' | 'between' | 'inexact' | 'other-prefix';
  best: VersionMatch;
  /** The closest other set of versions. */
  runnerUp?: VersionMatch;
  between?: Between;
  /** How many catalog lines of the product's tables were compared. */
  comparedLines: number;
  /** SQLite: the versions of the same schema the file's name told apart (the best match keeps those it names). */
  fileNamed?: FileNamed;
  /**
   * SQLite: the file read is the main database beside the product's file (product.yaml sqlite_file_name.main_file:
   * Fief 0.27's fief.db, holding workspaces), not the product's file: the main tables it holds, and what to say.
   */
  mainFile?: { file: string; tables: string[]; note: string };
  /**
   * The rows the plans leave in the product's version tables at the versions of an exact match, as the database holds
   * them (src/detect/version-rows.ts, asked by the live reading): the versions they contradict.
   */
  versionRows?: VersionRowsFound;
  /** Tables of the schema the product does not own (never created by any of its plans): ignored. */
  ignoredTables: string[];
  /** Enum types of the schema (PostgreSQL) the product does not own: ignored too. */
  ignoredEnumTypes: string[];
  /** outcome other-prefix: the prefixes the product's tables are named with. */
  otherPrefix?: OtherPrefix;
  /**
   * The tables (and enum types) of the best match that the database holds, by name, and how many the best match
   * has: what `productEvidence` weighs; `enumTypes`: those of `held` that are enum types.
   */
  bestTables: { held: string[]; of: number; enumTypes: string[] };
  /**
   * A location the database was read without (DetectRequest.unread) that the answer depends on: the versions it
   * names, or one as close to the catalog read, keep something there. Its parameter must be given (unreadPlaceError).
   */
  unreadNeeded?: string;
}

/**
 * Whether `r` is evidence that the database holds the product (plan detect without a product picks among those
 * that are): at a version other than the empty one, half-way through a script, its tables named with another
 * table-name prefix, or closest to a version (rather than to the empty database) whose tables the database holds
 * most of (holdsVersion: two at least, and two thirds). A table that shares its name with one of the product's
 * (a `users` table, the product being Logto) is not (found by a fresh user: plan detect named Logto for it).
 */
export function productEvidence(r: DetectResult): boolean {
  if (r.otherPrefix || r.outcome === 'between') return true;
  if (r.best.versions.length === 1 && r.best.versions[0] === '0') return false;
  if (r.outcome === 'exact') return true;
  return holdsVersion(r.bestTables.held.length, r.bestTables.of);
}

interface Candidate {
  versions: string[];
  choices: string[][];
  lines: string[];
  before?: { patch: string; added: string[] };
  patches?: string[];
}

/** The parameter choices to try: every boolean/enum combination, with the given values fixed; deduplicated. */
function choicesFor(product: LoadedProduct, given: string[]): string[][] {
  const fixed = new Map(given.map((g) => [g.slice(0, g.indexOf('=')), g] as const));
  const seen = new Map<string, string[]>();
  for (const combo of parameterChoices(product)) {
    const names = new Set(combo.map((c) => c.slice(0, c.indexOf('='))));
    const merged = [...combo.map((c) => fixed.get(c.slice(0, c.indexOf('='))) ?? c), ...given.filter((g) => !names.has(g.slice(0, g.indexOf('='))))].sort();
    resolveParams(product, merged, true); // names and values are checked here, as compile would
    seen.set(merged.join('\n'), merged);
  }
  return [...seen.values()];
}

/** "5.0"; "4.0 – 4.3"; "3.5, 3.7 – 3.9" for runs that are not contiguous (`all`: the product's order). */
export function versionRuns(all: readonly string[], versions: readonly string[]): string {
  const rank = (v: string) => all.indexOf(v);
  const sorted = [...versions].sort((a, b) => rank(a) - rank(b));
  const runs: string[][] = [];
  for (const v of sorted) {
    const last = runs[runs.length - 1];
    if (last && rank(last[last.length - 1]) === rank(v) - 1) last.push(v);
    else runs.push([v]);
  }
  return runs.map((r) => (r.length === 1 ? r[0] : `${r[0]} – ${r[r.length - 1]}`)).join(', ');
}

/** "5.0"; "4.0 – 4.3 (identical schemas)"; "3.5, 3.7 – 3.9 (identical schemas)" for runs that are not contiguous. */
export function versionsLabel(all: readonly string[], versions: readonly string[]): string {
  const named = versions.length === 1 && versions[0] === '0' ? '0 (none of its tables: an empty database)' : versionRuns(all, versions);
  return versions.length > 1 ? `${named} (identical schemas)` : named;
}

/** Catalog lines in the dialect's one spelling (canonicalLine), where it has one. */
const canonicalOf = (d: Dialect, lines: string[]) => (d.catalog.canonicalLine ? lines.map((l) => d.catalog.canonicalLine!(l)) : lines);

/** Every version's predicted catalog under every parameter choice, grouped by identical catalogs. */
function candidates(product: LoadedProduct, d: Dialect, choices: string[][], all: string[]): Candidate[] {
  const groups = new Map<string, Candidate>();
  const add = (key: string, lines: string[], version: string, choice: string[], extra: Pick<Candidate, 'before' | 'patches'> = {}) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { versions: [], choices: [], lines, ...extra }));
    if (!g.versions.includes(version)) g.versions.push(version);
    if (!g.choices.some((c) => c.join('\n') === choice.join('\n'))) g.choices.push(choice);
  };
  for (const version of all) {
    for (const choice of choices) {
      const params = resolveParams(product, choice, true);
      const lines = canonicalOf(d, d.catalog.catalogLines(modelAt(product, version, d, params)));
      // A version whose plan names patch releases (since:): its schema before each is a candidate of its own.
      const patches = patchModels(product, version, d, params);
      add(lines.join('\n'), lines, version, choice, patches.length ? { patches: patches.map((p) => p.before) } : {});
      for (const p of patches) {
        const earlier = canonicalOf(d, d.catalog.catalogLines(p.model));
        // (Not where the schema is a version's own: then it is that version.)
        if (!groups.has(earlier.join('\n'))) add(`${earlier.join('\n')}\0before ${p.before}`, earlier, version, choice, { before: { patch: p.before, added: p.added } });
      }
    }
  }
  return [...groups.values()];
}

/**
 * Refuses, before anything is read, a parameter given that names a schema or database longer than the engine of
 * `dialect` takes (checkPlaceNames), or a table-name prefix that makes a table's name longer than that
 * (checkTableNameLengths), where it was given (`--param x`, or the params file's line).
 * @throws PlanError for an unknown product, parameter or value, or such a name
 */
export function checkPlaceNameParams(productName: string, dialect: string, params: string[], plansDir?: string, origins?: ParamOrigins): void {
  const product = loadProduct(productName, plansDir);
  const d = getDialect(dialect);
  const values = resolveParams(product, params, true, true, origins);
  checkPlaceNames(product, d, values, params, origins);
  // A table-name prefix that makes a table's name too long for the engine: the parameter is at fault.
  checkTableNameLengths(d, compileNaming(product, d, values), values, productTables(product, undefined, values), origins);
}

/**
 * The schema the product's naming parameters put its tables in on `dialect` (SuperTokens' postgresql_table_schema),
 * from the given name=value strings; undefined when they leave the default (the session's current schema).
 * @throws PlanError for an unknown product, parameter or value
 */
export function schemaOfParams(productName: string, dialect: string, params: string[], plansDir?: string): string | undefined {
  const product = loadProduct(productName, plansDir);
  return compileNaming(product, getDialect(dialect), resolveParams(product, params, true)).schema;
}

/**
 * The physical names of every table of the product on `dialect` under the given name=value strings (the other
 * parameters tried with every value, as detect tries them), sorted: the tables a busy-sessions query looks at.
 * @throws PlanError for an unknown product, parameter or value
 */
export function productTableNames(productName: string, dialect: string, params: string[], plansDir?: string): string[] {
  const d = getDialect(dialect);
  const product = productFor(productName, d, plansDir, []);
  return [...new Set(choicesFor(product, params).flatMap((c) => physicalTables(product, d, resolveParams(product, c, true))))].sort();
}

/**
 * Which version the catalog lines `req.found` show.
 * @returns the best match (fewest differences; the newest versions first on a tie), the runner-up, and when no
 *   version matches exactly but a state half-way through one of the scripts next to them does, that script
 * @throws PlanError for an unknown product, dialect or parameter, or a dialect the product does not support
 */
export function detect(req: DetectRequest): DetectResult {
  const r = detectRead(req);
  const needed = req.unread?.length ? unreadNeeded(req, r) : undefined;
  return needed === undefined ? r : { ...r, unreadNeeded: needed };
}

/**
 * The first location of `req.unread` the detection `r` depends on, or undefined when it stands without them: an
 * exact match whose versions keep nothing there; half-way through a script whose two versions keep nothing there;
 * an inexact match whose versions keep nothing there and that is strictly closer than every version that keeps
 * something there, compared without what it keeps there (a 0.27 Fief database read without its workspace's schema
 * matches 0.27's main schema exactly, so it is never taken for 0.28 with drift). Fief from 0.28 keeps nothing in
 * the workspace's schema, and after 0.28-cleanup no table holds the workspace's id any more.
 */
function unreadNeeded(req: DetectRequest, r: DetectResult): string | undefined {
  const unread = req.unread!;
  if (r.outcome === 'other-prefix') return unread[0];
  const d = getDialect(req.dialect);
  const product = productFor(req.product, d, req.plansDir, []);
  const choices = choicesFor(product, req.params ?? []);
  const missing = new Set(unread);
  const models = (v: string) => choices.map((choice) => modelAt(product, v, d, resolveParams(product, choice, true)));
  const kept = (m: Model) => [...m.tables, ...(m.enumTypes ?? [])].filter((x) => x.location !== undefined && missing.has(x.location)).map((x) => x.location!);
  const keptBy = (versions: string[]) => versions.flatMap((v) => models(v).flatMap(kept));
  const named = r.outcome === 'between' ? [r.between!.from, r.between!.to] : r.best.versions;
  const there = keptBy(named);
  if (there.length) return there.sort()[0];
  if (r.outcome !== 'inexact') return undefined;
  // Every version that keeps something there, compared without it: none may be as close as the best match.
  const { found } = productLines(product, d, choices, req.found);
  for (const v of ['0', ...product.product.versions]) {
    for (const m of models(v)) {
      const k = kept(m);
      if (!k.length) continue;
      const away = (x: { location?: string }) => x.location === undefined || !missing.has(x.location);
      const lines = canonicalOf(d, d.catalog.catalogLines({ ...m, tables: m.tables.filter(away), ...(m.enumTypes ? { enumTypes: m.enumTypes.filter(away) } : {}) }));
      if (diffSize(diffCatalogs(lines, found)) <= r.best.differences) return k.sort()[0];
    }
  }
  return undefined;
}

/**
 * The catalog lines `lines` of the product's tables (by the names every parameter choice gives them: a table-name
 * prefix, say), in the dialect's one spelling (MySQL 8 and MariaDB differ; canonicalLine), and the other lines.
 */
function productLines(product: LoadedProduct, d: Dialect, choices: string[][], lines: string[]): { found: string[]; ignored: string[] } {
  const owned = new Set(choices.flatMap((c) => physicalTables(product, d, resolveParams(product, c, true))));
  return { found: canonicalOf(d, lines.filter((l) => owned.has(tableOf(l)))), ignored: lines.filter((l) => !owned.has(tableOf(l))) };
}

function detectRead(req: DetectRequest): DetectResult {
  const d = getDialect(req.dialect);
  // Only the versions this dialect supports (product.yaml dialect_versions:) are candidates.
  const product = productFor(req.product, d, req.plansDir, []);
  const choices = choicesFor(product, req.params ?? []);
  // The product's tables under the names the parameters give (a table-name prefix, say).
  const { found, ignored } = productLines(product, d, choices, req.found);
  const ignoredOf = (kind: 'table' | 'enum type') => [...new Set(ignored.filter((l) => objectKindOf(l) === kind).map(tableOf))].sort();
  const ignoredTables = ignoredOf('table');
  const ignoredEnumTypes = ignoredOf('enum type');
  const all = ['0', ...product.product.versions];
  const rank = (v: string) => all.indexOf(v);
  const newest = (c: { versions: string[] }) => Math.max(...c.versions.map(rank));

  const matches = candidates(product, d, choices, all)
    .map((c) => {
      const diff = diffCatalogs(c.lines, found);
      const versions = [...c.versions].sort((a, b) => rank(a) - rank(b));
      const label = c.before ? `${versions.join(', ')} before ${c.before.patch}` : versionsLabel(all, versions);
      const match: VersionMatch = { versions, label, differences: diffSize(diff), diff, params: c.choices.length < choices.length ? c.choices : null, ...(c.before ? { before: c.before } : {}), ...(c.patches ? { patches: c.patches } : {}) };
      return { match, lines: c.lines };
    })
    .sort((a, b) => a.match.differences - b.match.differences || newest(b.match) - newest(a.match));
  const best = byFileName(product, d, req, all, matches[0].match);
  const fileNamed = best === matches[0].match ? undefined : fileNamedOf(product, req, matches[0].match.versions, best);
  // (Past the versions the file's name left out of the best match: the same schema, no other match.)
  const runnerUp = matches.find((m) => m.match.versions.some((v) => !matches[0].match.versions.includes(v)))?.match;
  const foundTables = new Set(found.map(tableOf));
  const bestTables = [...new Set(matches[0].lines.map(tableOf))];
  const mainFile = mainFileOf(product, d, req);
  const result: DetectResult = { product: product.product.product, dialect: d.name, outcome: best.differences === 0 ? 'exact' : 'inexact', best, runnerUp, ...(fileNamed ? { fileNamed } : {}), ...(mainFile ? { mainFile } : {}), comparedLines: found.length, ignoredTables, ignoredEnumTypes, bestTables: { held: bestTables.filter((t) => foundTables.has(t)).sort(), of: bestTables.length, enumTypes: [...new Set(matches[0].lines.filter((l) => objectKindOf(l) === 'enum type').map(tableOf))].filter((t) => foundTables.has(t)).sort() } };
  // None of the product's tables under the names given, or no version's: are they named with another prefix?
  const elsewhere = () => {
    const other = otherPrefix(product, d, req.params ?? [], choices, new Set(req.found.map(tableOf)));
    return other ? { ...result, outcome: 'other-prefix' as const, otherPrefix: other } : result;
  };
  if (result.outcome === 'exact') return best.versions.length === 1 && best.versions[0] === '0' ? elsewhere() : result;

  // Half-way through a script: the scripts from and to the versions of the two closest sets (a script stopped
  // half-way is closest to its from or its to version, whichever it is nearer).
  const near = new Set([best, runnerUp].flatMap((m) => m?.versions ?? []));
  const edges: [string, string][] = [];
  for (let i = 0; i + 1 < all.length; i++) if (near.has(all[i]) || near.has(all[i + 1])) edges.push([all[i], all[i + 1]]);
  for (const [low, high] of edges) {
    for (const [from, to] of [[low, high], [high, low]]) {
      const matched = choices.filter((choice) =>
        // The first and last states are `from` and `to` themselves: already compared above.
        scriptStates(req, from, to, choice).slice(1, -1).some((state) => diffSize(diffCatalogs(canonicalOf(d, d.catalog.catalogLines(modelOfListing(d.name, state))), found)) === 0),
      );
      if (matched.length) {
        const back = choices.some((choice) => scriptStates(req, to, from, choice).slice(1, -1).some((state) => diffSize(diffCatalogs(canonicalOf(d, d.catalog.catalogLines(modelOfListing(d.name, state))), found)) === 0));
        return { ...result, outcome: 'between', between: { from, to, direction: rank(from) < rank(to) ? 'up' : 'down', params: matched.length < choices.length ? matched : null, ...(back ? { either: true as const } : {}) } };
      }
    }
  }
  return elsewhere();
}

/**
 * Whether the SQLite file `req.file` is named after the parameter of the product's sqlite_file_name: its value as
 * given (--param), or, not given, a value the parameter takes (a workspace's id). Undefined when the product or the
 * dialect has no such names, or no file was named.
 * @returns named, and the value the name gave when the parameter was not given
 */
function fileNameSays(product: LoadedProduct, d: Dialect, req: DetectRequest): { named: boolean; value?: string } | undefined {
  const decl = product.product.sqlite_file_name;
  if (!decl || d.name !== 'sqlite' || req.file === undefined || req.file === '') return undefined;
  if (!(decl.param in declaredParameters(product))) throw new PlanError(`${product.product.product}: product.yaml sqlite_file_name.param: ${decl.param} is not one of its parameters`);
  const given = (req.params ?? []).find((g) => g.slice(0, g.indexOf('=')) === decl.param);
  if (given !== undefined) return { named: given.slice(given.indexOf('=') + 1) === req.file };
  try {
    resolveParams(product, [`${decl.param}=${req.file}`], true);
    return { named: true, value: req.file };
  } catch {
    return { named: false };
  }
}

/**
 * The best match `m`, its versions narrowed to those the SQLite file's name says (product.yaml sqlite_file_name: a
 * file named after the parameter is at the versions it lists, one named otherwise at the others): Fief 0.27's
 * workspace file and 0.28's main database have the same schema (found by a fresh DBA: status called an untouched
 * 0.27 workspace file 0.28-cleanup). `m` itself when the name tells nothing more.
 */
function byFileName(product: LoadedProduct, d: Dialect, req: DetectRequest, all: string[], m: VersionMatch): VersionMatch {
  const says = m.versions.length > 1 ? fileNameSays(product, d, req) : undefined;
  if (!says) return m;
  const listed = product.product.sqlite_file_name!.versions;
  const versions = m.versions.filter((v) => listed.includes(v) === says.named);
  if (versions.length === 0 || versions.length === m.versions.length) return m;
  return { ...m, versions, label: versionsLabel(all, versions) };
}

/**
 * Whether the SQLite file read is the main database beside the product's file (product.yaml
 * sqlite_file_name.main_file): it holds two of the main database's tables at least (or all, when it has one), by any
 * name the catalog shows them (found by a fresh DBA: Fief 0.27's fief.db read as version 0, with no word of the
 * workspace's file). Undefined otherwise, and on other dialects.
 */
function mainFileOf(product: LoadedProduct, d: Dialect, req: DetectRequest): DetectResult['mainFile'] {
  const main = product.product.sqlite_file_name?.main_file;
  if (!main || d.name !== 'sqlite') return undefined;
  const seen = new Set(req.found.map(tableOf));
  const held = main.tables.filter((t) => seen.has(t));
  if (held.length < Math.min(2, main.tables.length)) return undefined;
  const file = req.file !== undefined && req.file !== '' ? req.file : main.name;
  return { file, tables: held, note: main.note.replace(/\s+/g, ' ').trim().replace(/\{file\}/g, () => shellWord(file)) };
}

/** What the file's name told (DetectResult.fileNamed), once byFileName narrowed `versions` to `best`'s. */
function fileNamedOf(product: LoadedProduct, req: DetectRequest, versions: string[], best: VersionMatch): FileNamed {
  const decl = product.product.sqlite_file_name!;
  const given = (req.params ?? []).some((g) => g.slice(0, g.indexOf('=')) === decl.param);
  const named = best.versions.every((v) => decl.versions.includes(v));
  return { file: req.file!, param: decl.param, named, ...(named && !given ? { value: req.file! } : {}), versions, description: decl.description.replace(/\s+/g, ' ').trim() };
}

/** A clear majority of a version's tables: at least two of them (one may share its name by chance) and two thirds. */
const holdsVersion = (tables: number, of: number) => tables >= 2 && 3 * tables >= 2 * of;

/**
 * The table-name prefixes other than the given one under which the database holds the product's tables: those with
 * which, for some version, it holds a clear majority of that version's tables (holdsVersion), under one of the
 * parameter choices. The given per-table names (SuperTokens' postgresql_key_value_table_name) are kept.
 * @param given the --param values (name=value); the prefix among them is the one the database was read with
 * @param tables every table (and enum type) name the database shows, the product's or not
 * @returns undefined when the product has no table-name prefix on `d`, or no other prefix names its tables
 */
function otherPrefix(product: LoadedProduct, d: Dialect, given: string[], choices: string[][], tables: Set<string>): OtherPrefix | undefined {
  const param = tablePrefixParameter(product, d);
  if (!param) return undefined;
  const values = resolveParams(product, given, true);
  const namesWith = (prefix: string) => compileNaming(product, d, { ...values, [param]: prefix }).naming;
  const givenPrefix = String(values[param] ?? '').trim();
  const planNames = productTables(product, undefined, values);
  const named = (prefix: string) => {
    const n = namesWith(prefix);
    return planNames.map((t) => (n ? n.table(t) : t));
  };
  const givenNames = named(givenPrefix).join('\n');
  const candidates = [...prefixCandidates(d, planNames, tables), ...(givenPrefix !== '' ? [''] : [])].filter((p) => {
    try {
      const names = named(p);
      // Another prefix than the given one (PostgreSQL: another once folded), naming two tables here at least.
      return names.join('\n') !== givenNames && names.filter((t) => tables.has(t)).length >= 2;
    } catch (e) {
      if (e instanceof PlanError) return false; // not a name the product could use
      throw e;
    }
  });
  if (!candidates.length) return undefined;
  // Each version's tables under each parameter choice, by the plans' own names (no naming parameter set).
  const blank = new Set([param, ...Object.values(product.product.naming?.[d.name]?.table_names ?? {})]);
  const sets = new Map<string, { tables: string[]; versions: string[] }>();
  for (const version of product.product.versions) {
    for (const choice of choices) {
      const own = modelAt(product, version, d, resolveParams(product, [...choice.filter((c) => !blank.has(c.slice(0, c.indexOf('=')))), ...[...blank].map((b) => `${b}=`)], true)).tables.map((t) => t.name).sort();
      const key = own.join('\n');
      const set = sets.get(key) ?? sets.set(key, { tables: own, versions: [] }).get(key)!;
      if (!set.versions.includes(version)) set.versions.push(version);
    }
  }
  const all = product.product.versions;
  const found: PrefixMatch[] = [];
  for (const prefix of candidates) {
    const n = namesWith(prefix);
    // The versions of which the database holds the largest share of tables (then the most of them).
    let best: PrefixMatch | undefined;
    for (const set of sets.values()) {
      const of = set.tables.length;
      const held = set.tables.filter((t) => tables.has(n ? n.table(t) : t)).length;
      if (!holdsVersion(held, of)) continue;
      const order = best ? held * best.of - best.tables * of || held - best.tables : 1;
      if (order > 0) best = { prefix, versions: [...set.versions], label: '', tables: held, of };
      else if (order === 0) best!.versions.push(...set.versions.filter((v) => !best!.versions.includes(v)));
    }
    if (best) found.push({ ...best, versions: best.versions.sort((a, b) => all.indexOf(a) - all.indexOf(b)), label: versionRuns(all, best.versions) });
  }
  if (!found.length) return undefined;
  return { param, given: givenPrefix, found: found.sort((a, b) => b.tables - a.tables || (a.prefix < b.prefix ? -1 : 1)) };
}

/** The schema states of the from → to script; none when it cannot be compiled (a rollback through an irreversible step). */
function scriptStates(req: DetectRequest, from: string, to: string, params: string[]): string[] {
  try {
    return compile({ product: req.product, from, to, dialect: req.dialect, params, plansDir: req.plansDir, examples: true }).states();
  } catch (e) {
    if (e instanceof PlanError) return [];
    throw e;
  }
}

/**
 * The product's places on `dialect` (location → schema or database) from the given name=value strings, for reading a
 * live database: a location's parameter must be given (its example names no real database). Empty for a product
 * without locations or a dialect without places.
 * @throws PlanError naming the parameter to pass when a location's parameter is not given
 */
export function placesOfParams(productName: string, dialect: string, params: string[], plansDir?: string): Record<string, string> {
  const { places, unread } = readablePlaces(productName, dialect, params, plansDir);
  if (unread.length) throw unreadPlaceError(productName, dialect, unread[0], plansDir);
  return places;
}

/**
 * The product's places on `dialect` that the given name=value strings name (placesOfParams), and the locations whose
 * parameter was not given (`unread`): a live database is then read without them, and only a version that keeps
 * nothing there can be its answer (unreadPlacesMatter).
 * @throws PlanError for an unknown product or parameter
 */
export function readablePlaces(productName: string, dialect: string, params: string[], plansDir?: string): { places: Record<string, string>; unread: string[] } {
  const product = loadProduct(productName, plansDir);
  const locations = product.product.locations ?? {};
  const d = getDialect(dialect);
  if (!d.located || Object.keys(locations).length === 0) return { places: {}, unread: [] };
  const given = new Set(params.map((p) => p.slice(0, p.indexOf('='))));
  const unread = Object.keys(locations).filter((loc) => !given.has(locations[loc].param)).sort();
  // (placesOf leaves out the locations whose parameter was not given: resolveParams defers them.)
  return { places: placesOf(product, d, resolveParams(product, params, false, true)) ?? {}, unread };
}

/**
 * The error of a live database read without location `loc` (its parameter not given) whose catalog does not show a
 * version keeping nothing there: the parameter must be given. `found`: what the parameter's lookup gave in this
 * database (param-reads.ts lookupAnswer): one value is proposed, what else it gave is said.
 */
export function unreadPlaceError(productName: string, dialect: string, loc: string, plansDir?: string, found?: { value?: string; says: string }): PlanError {
  const product = loadProduct(productName, plansDir);
  const d = getDialect(dialect);
  const hint = unreadPlaceHint(productName, loc, plansDir);
  const pass = `--param ${hint.param}=${found?.value !== undefined ? shellWord(found.value) : '…'}`;
  return new PlanError(`${product.product.product} keeps tables in another ${d.script.placeWord} too (location ${loc}): pass ${pass} so that it is read as well (${hint.words}${found?.says ?? ''})`);
}

/**
 * How to find the value of the parameter that names location `loc`, from the product's declaration of it: what the
 * value is (the first clause of its description) and, from its `lookup:`, where to read it (Fief's
 * `SELECT id FROM workspaces`); `words`: both in one phrase.
 */
export function unreadPlaceHint(productName: string, loc: string, plansDir?: string): { param: string; what?: string; lookup?: string; words: string } {
  const product = loadProduct(productName, plansDir);
  const param = product.product.locations![loc].param;
  const spec = declaredParameters(product)[param];
  const what = spec?.description.replace(/\s+/g, ' ').trim().split(/[:;.](?:\s|$)/)[0] || undefined;
  const lookup = spec?.lookup?.replace(/\s+/g, ' ').trim() || undefined;
  const words = lookup ? `${what ? `${what}: ` : ''}find it with ${lookup}` : (what ?? `the value of ${param}`);
  return { param, ...(what ? { what } : {}), ...(lookup ? { lookup } : {}), words };
}

