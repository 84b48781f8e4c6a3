// `plan detect` and `plan status` wiring: read the live catalog, detect, print, exit code. Engines load only here.
import { checkPlaceNameParams, detect, productEvidence, readablePlaces, unreadPlaceError, unreadPlaceHint, productTableNames, schemaOfParams, type DetectResult } from '../detect/detect.js';
import { detectJson, formatDetect, formatStatus, formatWait, type Rerun } from '../detect/format.js';
import { status, timeoutArgs } from '../detect/status.js';
import { dataStepChecksFor, dataStepsLine, skippedLine } from '../detect/data-steps.js';
import { lookupAnswer, placeLookupReads, rollbackParamReads } from '../detect/param-reads.js';
import { posix } from 'node:path';
import { planCommand } from '../shell.js';
import { dialectOfUrl, isSecretParameter, redact } from '../engines/index.js';
import { applyTargetOfUrl, readBusySessions, readLiveCatalog, sqliteFileOfUrl, type BusyRead, type LiveCatalog } from '../engines/live.js';
import { connectErrorLine } from '../engines/probe.js';
import { getDialect } from '../dialects/index.js';
import type { DialectName } from '../plan/types.js';
import { PlanError } from '../plan/errors.js';
import { namedObjectsWords, objectKindOf, tableOf } from '../detect/lines.js';
import { loadProduct } from '../plan/load.js';
import { declaredParameters, resolveParams } from '../plan/params.js';
import { versionRowChecks, versionRowsText } from '../detect/version-rows.js';
import { CheckFailed, EXIT } from './exit.js';
import { printWarnings } from './warnings.js';
import type { ParamOrigins } from '../plan/params.js';
import type { Timeouts } from '../dialects/dialect.js';
import { checkUrlNames, checkUrlReadable } from './url-names.js';
import { escapeNotOneLine, jsonText, terminalText } from '../text-rules.js';

export interface DetectOptions {
  url: string;
  param: string[];
  plansDir?: string;
  schema?: string;
  json?: boolean;
  /** Where the parameters of a --params-file were written (an error about one names its line). */
  paramOrigins?: ParamOrigins;
}


/** Where a product's tables are read: the URL's engine, the schema (PostgreSQL) and the product's places. */
interface ReadPlace {
  dialect: DialectName;
  schema?: string;
  places: Record<string, string>;
  /** The product's locations whose parameter was not given: not read (readablePlaces). */
  unread: string[];
}

/**
 * The checks made before connecting (the URL, the product's dialects, names, parameters) and where the product's
 * tables are. @throws PlanError for any of them
 */
function readPlace(product: string, o: DetectOptions): ReadPlace {
  checkUrlReadable(o.url);
  let file: string | undefined;
  try {
    file = sqliteFileOfUrl(o.url);
  } catch (e) {
    throw new PlanError(`--url ${redact(o.url)}: ${(e as Error).message}`);
  }
  const dialect = file !== undefined ? 'sqlite' : dialectOfUrl(o.url);
  if (!dialect) throw new PlanError(`--url ${redact(o.url)}: expected postgres://…, mysql://… (mariadb:// is accepted) or sqlite:<file>`);
  if (o.schema !== undefined && dialect === 'sqlite') throw new PlanError('--schema is for PostgreSQL; a SQLite URL names the file');
  const dialects = loadProduct(product, o.plansDir).product.dialects;
  if (!dialects.includes(dialect)) throw new PlanError(`${product} has no ${dialect} plans (its dialects: ${dialects.join(', ')}): --url ${redact(o.url)} is a ${dialect} database`);
  if (o.schema !== undefined && dialect !== 'postgres') throw new PlanError('--schema is for PostgreSQL; on MySQL/MariaDB the URL names the database');
  // A MySQL URL must name its database (a usage error, found before connecting).
  if (dialect === 'mysql' && !applyTargetOfUrl(o.url).database) throw new PlanError(`--url ${redact(o.url)} names no database: add it, e.g. mysql://root@127.0.0.1:3306/app`);
  // Names longer than the engine takes (the URL's database, --schema, a parameter naming a schema or database):
  // refused before connecting, naming what gave them.
  checkUrlNames(dialect, o.url, o.schema);
  checkPlaceNameParams(product, dialect, o.param, o.plansDir, o.paramOrigins);
  // The product's own schema parameter says where its tables are, as it does for compile; --schema must agree.
  const named = dialect === 'postgres' ? schemaOfParams(product, dialect, o.param, o.plansDir) : undefined;
  const schemaParam = dialect === 'postgres' ? loadProduct(product, o.plansDir).product.naming?.postgres?.schema : undefined;
  const givenSchemaParam = schemaParam !== undefined ? o.param.find((g) => g.startsWith(`${schemaParam}=`)) : undefined;
  const givenSchema = givenSchemaParam?.slice(givenSchemaParam.indexOf('=') + 1);
  if (o.schema !== undefined && ((named !== undefined && o.schema !== named) || (givenSchema !== undefined && givenSchema !== o.schema))) {
    throw new PlanError(`--schema ${o.schema} and the product's schema parameter (${givenSchema ?? named}) disagree: give one of them`);
  }
  const schema = o.schema ?? named;
  const { places, unread } = readablePlaces(product, dialect, o.param, o.plansDir);
  return { dialect, ...(schema !== undefined ? { schema } : {}), places, unread };
}

/**
 * Reads the catalog and detects the version. With `data` (the parameters the scripts are compiled with), when the
 * catalog matches a version exactly, also asks in the same read-only transaction which data steps of the script into
 * it still have rows to write (src/detect/data-steps.ts): a script cut short after its last schema change; each such
 * read bounded by `data.timeoutMs` (default DATA_STEP_READ_TIMEOUT_MS; 0: none); with `data.to` below the version
 * found, the values of the parameters the rollback to it needs as the upgrade used them, from the rows that upgrade
 * made (src/detect/param-reads.ts).
 */
async function detectAt(product: string, o: DetectOptions, at: ReadPlace = readPlace(product, o), data?: { params: string[]; timeoutMs?: number; to?: string }, unreadOk = false): Promise<{ live: LiveCatalog; result: DetectResult }> {
  const { dialect, schema, places } = at;
  let live: LiveCatalog;
  let result: DetectResult | undefined;
  // SQLite: the file's name (Fief 0.27's workspace file is named after its id: product.yaml sqlite_file_name).
  const file = dialect === 'sqlite' ? posix.basename(sqliteFileOfUrl(o.url)!.replace(/\\/g, '/')) : undefined;
  const detected = (lines: string[]) => (result ??= detect({ product, dialect, params: o.param, plansDir: o.plansDir, found: lines, ...(file !== undefined ? { file } : {}), ...(at.unread.length ? { unread: at.unread } : {}) }));
  const checksOf = (lines: string[]) => dataStepChecksFor(detected(lines), data!.params, o.plansDir, data!.timeoutMs);
  // The rows the plans leave in the product's version tables at the versions the catalog matched exactly: a database
  // whose bookkeeping says otherwise is not taken for them (src/detect/version-rows.ts).
  const rowsOf = (lines: string[]) => {
    const r = detected(lines);
    if (r.outcome !== 'exact' || (r.best.versions.length === 1 && r.best.versions[0] === '0')) return undefined;
    try {
      const p = loadProduct(product, o.plansDir);
      const given = withFileParam({ param: data?.params ?? o.param }, r).param;
      const choice = r.best.params?.length === 1 ? r.best.params[0].filter((c) => !given.some((g) => g.startsWith(c.slice(0, c.indexOf('=') + 1)))) : [];
      return versionRowChecks(p, r.best.versions, getDialect(dialect), resolveParams(p, [...given, ...choice], true));
    } catch (e) {
      if (e instanceof PlanError) return undefined;
      throw e;
    }
  };
  // Parameter values read from the database: the one naming a place not read, by its lookup (detect's hint and error
  // propose it); those a rollback to data.to needs, as the upgrade used them (status takes one, says several or none).
  const paramsOf = (lines: string[]) => {
    const r = detected(lines);
    if (r.unreadNeeded !== undefined) return placeLookupReads(product, r.unreadNeeded, o.plansDir);
    return data?.to !== undefined ? rollbackParamReads(r, data.to, withFileParam({ param: data.params }, r).param, o.plansDir) : undefined;
  };
  try {
    live = await readLiveCatalog(o.url, schema, places, data ? checksOf : undefined, rowsOf, paramsOf);
  } catch (e) {
    // Cannot connect, wrong password, no such database: a check that could not be made (exit code 1).
    throw new CheckFailed(`cannot read the catalog at ${redact(o.url)}: ${await connectErrorLine(o.url, e)}`);
  }
  const read = detected(live.lines);
  const answer = live.versionRows ? { ...read, versionRows: live.versionRows } : read;
  // Read without a place whose parameter was not given, and the answer depends on it (detect's unreadNeeded).
  // (`unreadOk`: the caller says it, with what the database holds of the product: plan detect without a product.)
  if (answer.unreadNeeded !== undefined && !unreadOk) throw unreadPlaceError(product, dialect, answer.unreadNeeded, o.plansDir, lookupAnswer(live.params?.[0]));
  return { live, result: answer };
}

/**
 * Prints `text` (detect's or status's answer, text or JSON) on stdout through terminalText: the text read from the
 * database was escaped where it went into a line (escapeNotOneLine); no control character reaches the terminal
 * whatever was missed (a JSON text holds none but its line feeds: jsonText).
 */
function print(text: string): void {
  console.log(terminalText(text));
}

/** detect's lines on data steps left undone (or not checked) in a database whose schema is at a version. */
function dataLines(live: LiveCatalog): string[] {
  if (!live.data) return [];
  const skipped = skippedLine(live.data);
  return [...(live.data.left.length ? [`resume: ${dataStepsLine(live.data)}`] : []), ...(skipped ? [`note: ${skipped}`] : [])];
}

/**
 * Notes on the parameters without a default that were not given and that shape the schema (a for_each step's map,
 * a naming or location parameter): their examples stood in for them. A parameter only data steps read (an import's
 * source table) changes no catalog line, and gets no note.
 */
/**
 * The options `o` with the parameter a SQLite file's name gave (DetectResult.fileNamed: Fief's workspace_id, the name
 * of a 0.27 workspace file) as if given: no example stands in for it, and status's commands name it.
 */
function withFileParam<T extends Pick<DetectOptions, 'param'>>(o: T, r: DetectResult): T {
  const f = r.fileNamed;
  return f?.value !== undefined ? { ...o, param: [...o.param, `${f.param}=${f.value}`] } : o;
}

function exampleNotes(product: string, o: Pick<DetectOptions, 'param' | 'plansDir'>, r: DetectResult): string[] {
  const { unread } = readablePlaces(product, r.dialect, o.param, o.plansDir);
  const locations = loadProduct(product, o.plansDir).product.locations ?? {};
  const d = getDialect(r.dialect);
  return [
    ...stoodIn(product, o).map(({ name, example }) => `note: --param ${name} was not given: its example (${example}) stood in for it; pass --param ${name}=… with this database's value`),
    // A place not read (its parameter not given) that the version found keeps nothing in (unreadPlacesMatter).
    ...unread.map((loc) => `note: --param ${locations[loc].param} was not given: the ${d.script.placeWord} of location ${loc} was not read (${product} ${r.best.label} keeps nothing there)`),
  ];
}

/** The parameters exampleNotes notes: those whose examples stood in for them, with the example. */
function stoodIn(product: string, o: Pick<DetectOptions, 'param' | 'plansDir'>): { name: string; example: string }[] {
  const given = new Set(o.param.map((g) => g.slice(0, g.indexOf('='))));
  const p = loadProduct(product, o.plansDir);
  const shaping = new Set<string>([
    ...p.plans.flatMap((pl) => pl.plan.steps.flatMap((s) => (s.for_each ? [s.for_each] : []))),
    ...Object.values(p.product.naming ?? {}).flatMap((n) => [n.table_prefix, n.schema, ...Object.values(n.table_names ?? {})].filter((x): x is string => x !== undefined)),
  ]);
  // (A location's parameter never stands in: a place whose parameter is not given is not read, and the detection
  // stands only when the version found keeps nothing there: unreadPlacesMatter, exampleNotes.)
  return Object.entries(declaredParameters(p))
    .filter(([name, spec]) => spec.default === undefined && spec.example !== undefined && !given.has(name) && shaping.has(name))
    .map(([name, spec]) => ({ name, example: String(spec.example) }));
}

/**
 * "table users" / "tables a, b, c and 4 more" / "table tenants; enum type mood": the product's tables (and enum
 * types, named so) a database holds, for the no-product line.
 */
function sharedTables(r: DetectResult): string {
  // The objects compared: those of the best match the database holds, and those only it has (its extra lines).
  const kinds = new Map<string, 'table' | 'enum type'>(r.bestTables.held.map((t) => [t, r.bestTables.enumTypes.includes(t) ? 'enum type' : 'table']));
  for (const l of r.best.diff.extra) kinds.set(tableOf(l), objectKindOf(l));
  return namedObjectsWords([...kinds].map(([name, kind]) => ({ name: escapeNotOneLine(name), kind })), 3);
}

/**
 * The exit code of a detection: 0 at a version or half-way through a script, 1 otherwise (nothing to go by, or a
 * schema at a version whose version tables' rows contradict it).
 */
const exitOf = (r: DetectResult) => ((r.outcome === 'exact' && !(r.versionRows && versionRowsText(r.versionRows, r.best.label)?.contradicts)) || r.outcome === 'between' ? EXIT.ok : EXIT.failed);

/**
 * The command that runs `plan <verb>` again as it was given (the URL without its password), with the product's
 * table-name prefix parameter at the prefix found (left out for '', none) instead of the value given.
 */
function rerunOf(verb: 'detect' | 'status', product: string, o: DetectOptions & { to?: string; timeouts?: Timeouts }, param: string | undefined): Rerun {
  const others = o.param.filter((g) => g.slice(0, g.indexOf('=')) !== param);
  return (prefix) =>
    planCommand([
      verb,
      product,
      '--url',
      commandUrl(o.url),
      ...(o.schema !== undefined ? ['--schema', o.schema] : []),
      ...[...others, ...(prefix !== '' ? [`${param}=${prefix}`] : [])].flatMap((p) => ['--param', p]),
      ...(o.to !== undefined ? ['--to', o.to] : []),
      ...(o.timeouts ? timeoutArgs(o.timeouts) : []),
      ...(o.plansDir ? ['--plans', o.plansDir] : []),
    ]);
}

/** Runs `plan detect`; returns the exit code: 0 at a version or half-way through a script, 1 otherwise. */
export async function runDetect(product: string, o: DetectOptions & { readTimeoutMs?: number }): Promise<number> {
  const { live, result } = await detectAt(product, o, undefined, { params: o.param, ...(o.readTimeoutMs !== undefined ? { timeoutMs: o.readTimeoutMs } : {}) });
  const secret = result.otherPrefix ? secretNote(o.url) : undefined;
  const notes = [...exampleNotes(product, withFileParam(o, result), result), ...(secret ? [`note: ${secret}`] : [])];
  const rerun = rerunOf('detect', product, o, result.otherPrefix?.param);
  print(o.json ? jsonText({ ...detectJson(result, live.label, rerun), dataSteps: live.data ?? null, notes }) : [formatDetect(result, live.label, rerun), ...dataLines(live), ...notes].join('\n'));
  return exitOf(result);
}

/**
 * Runs `plan detect` without a product: every product of the search path with plans for the URL's engine is
 * detected on the one catalog; the answer is the product whose tables the database holds (an exact or half-way match
 * first, then the fewest differences per line compared). A product whose tables none of the database's are, or whose
 * parameters the catalog cannot answer (another schema to read: --param), is left out and said so.
 * @returns the exit code: as runDetect for the product found; 1 when no product's tables are there
 */
export async function runDetectAny(products: { name: string; plansDir?: string }[], o: Omit<DetectOptions, 'plansDir'>): Promise<number> {
  checkUrlReadable(o.url);
  let file: string | undefined;
  try {
    file = sqliteFileOfUrl(o.url);
  } catch (e) {
    throw new PlanError(`--url ${redact(o.url)}: ${(e as Error).message}`);
  }
  if (file === undefined && !dialectOfUrl(o.url)) throw new PlanError(`--url ${redact(o.url)}: expected postgres://…, mysql://… (mariadb:// is accepted) or sqlite:<file>`);
  // (options: the product's own --param values and plans directory, as it was read with)
  const results: { result: DetectResult; label: string; rerun: Rerun; options: Pick<DetectOptions, 'param' | 'plansDir'> }[] = [];
  const skipped: string[] = [];
  // Products some of whose table names the database has, without enough of their tables to be there.
  const shared: string[] = [];
  // Products whose tables are here, that keep more in a place not read for want of its parameter (Fief 0.27's
  // workspace schema, named after workspace_id): which tables, the parameter, how to find its value, the command.
  const needs: { product: string; tables: string; param: string; what?: string; lookup?: string; value?: string; words: string; placeWord: string; location: string; command: string }[] = [];
  const dialect = file !== undefined ? 'sqlite' : dialectOfUrl(o.url)!;
  // The URL's own fault is said once, not as every product's (each would be left out for it).
  checkUrlNames(dialect, o.url, o.schema);
  for (const p of products) {
    const loaded = loadProduct(p.name, p.plansDir);
    if (!loaded.product.dialects.includes(dialect)) continue;
    // Only the parameters this product declares (--param applies to whichever has it).
    const own = new Set(Object.keys(declaredParameters(loaded)));
    try {
      const po = { ...o, plansDir: p.plansDir, param: o.param.filter((g) => own.has(g.slice(0, g.indexOf('=')))) };
      const { live, result } = await detectAt(p.name, po, undefined, undefined, true);
      if (result.unreadNeeded !== undefined) {
        // Found by a fresh DBA on Fief 0.27: "no product's tables are in this database; not tried: fief (…)", while
        // its main tables were there. Now which are, and how to find the parameter that reads the rest.
        // Its lookup, asked of this database: one row, and the command carries its value.
        const hint = unreadPlaceHint(p.name, result.unreadNeeded, p.plansDir);
        const answer = lookupAnswer(live.params?.[0]);
        const command = planCommand(['detect', p.name, '--url', commandUrl(o.url), ...(o.schema !== undefined ? ['--schema', o.schema] : []), ...[...po.param, `${hint.param}=${answer.value ?? 'VALUE'}`].flatMap((x) => ['--param', x]), ...(p.plansDir ? ['--plans', p.plansDir] : [])]);
        needs.push({ product: p.name, tables: sharedTables(result), ...hint, words: `${hint.words}${answer.says}`, ...(answer.value !== undefined ? { value: answer.value } : {}), placeWord: getDialect(dialect).script.placeWord, location: result.unreadNeeded, command });
        skipped.push(`${p.name} (${unreadPlaceError(p.name, dialect, result.unreadNeeded, p.plansDir, answer).message})`);
        continue;
      }
      // Its tables under the names given, or named with another table-name prefix: enough of them to be evidence.
      if (productEvidence(result)) results.push({ result, label: live.label, rerun: rerunOf('detect', p.name, po, result.otherPrefix?.param), options: po });
      else if (result.comparedLines > 0) shared.push(`${p.name}: ${sharedTables(result)}`);
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      skipped.push(`${p.name} (${e.message})`);
    }
  }
  // At a version or half-way first, then the fewest differences per line compared, then tables named otherwise.
  const rank = (r: DetectResult) => ({ exact: 0, between: 0, inexact: 1, 'other-prefix': 2 })[r.outcome];
  const share = (r: DetectResult) => (r.comparedLines ? r.best.differences / r.comparedLines : 0);
  results.sort((a, b) => rank(a.result) - rank(b.result) || share(a.result) - share(b.result));
  const first = results[0];
  if (!first && needs.length) {
    // Tables of a product that needs a parameter to be read whole: say whose, and what to pass.
    const message = needs
      .map((n) => n.value !== undefined
        ? `${n.product}'s ${n.tables} are here, and ${n.product} keeps more tables in another ${n.placeWord} (location ${n.location}), read only with --param ${n.param}, not given (${n.words}): run ${n.command}`
        : `${n.product}'s ${n.tables} are here, and ${n.product} keeps more tables in another ${n.placeWord} (location ${n.location}), read only with --param ${n.param}, not given (${n.words}${n.lookup && !n.words.includes(', which here gives') ? ' in this database' : ''}), then run: ${n.command} (VALUE: that value)`)
      .join('; ');
    const others = skipped.filter((x) => !needs.some((n) => x.startsWith(`${n.product} (`)));
    const text = `no product at a version without more parameters: ${message}${others.length ? `; not tried: ${others.join('; ')}` : ''}${shared.length ? `; tables named as a product's, too few of its tables to be it: ${shared.join('; ')}` : ''}`;
    const secret = secretNote(o.url);
    if (o.json) print(jsonText({ product: null, otherProducts: [], skipped, needsParameter: needs, message: text, notes: secret ? [secret] : [] }));
    else print([text, ...(secret ? [`note: ${secret}`] : [])].join('\n'));
    return EXIT.failed;
  }
  if (!first) {
    const none = shared.length
      ? `no known product found in this database (tables named as a product's, too few of its tables to be it: ${shared.join('; ')})${skipped.length ? `; not tried: ${skipped.join('; ')}` : ''}`
      : `no product's tables are in this database${skipped.length ? `; not tried: ${skipped.join('; ')}` : ''}`;
    if (o.json) print(jsonText({ product: null, otherProducts: [], skipped, message: none }));
    else print(none);
    return EXIT.failed;
  }
  // Another product whose best match is the empty database shares a table name at most: not worth naming.
  const rest = results.slice(1).filter((x) => x.result.otherPrefix || !(x.result.best.versions.length === 1 && x.result.best.versions[0] === '0'));
  const others = rest.map((x) => {
    const o = x.result.otherPrefix;
    if (o) return `${x.result.product} (${o.found.map((f) => (f.prefix === '' ? 'without a table-name prefix' : `with table-name prefix ${escapeNotOneLine(f.prefix)}`)).join(', ')})`;
    return `${x.result.product} (${x.result.best.label}, ${x.result.best.differences} difference${x.result.best.differences === 1 ? '' : 's'})`;
  });
  const secret = first.result.otherPrefix || needs.length ? secretNote(o.url) : undefined;
  const firstNotes = [...exampleNotes(first.result.product, withFileParam(first.options, first.result), first.result), ...(secret ? [`note: ${secret}`] : [])];
  if (o.json) {
    print(jsonText({ ...detectJson(first.result, first.label, first.rerun), notes: firstNotes, otherProducts: rest.map((x) => ({ product: x.result.product, outcome: x.result.outcome, best: x.result.best.label, differences: x.result.best.differences })), skipped }));
  } else {
    print(`product: ${first.result.product}${others.length ? ` (also tables of: ${others.join(', ')})` : ''}${skipped.length ? `; not tried: ${skipped.join('; ')}` : ''}`);
    print([formatDetect(first.result, first.label, first.rerun), ...firstNotes].join('\n'));
  }
  return exitOf(first.result);
}

/**
 * The --url as the `plan` commands detect and status print give it: without its password and its secret query
 * parameters (isSecretParameter), which plan then reads as the clients do, from PGPASSWORD / MYSQL_PWD (secretNote
 * says so). Found by review: they were masked (user:***@, ?password=***), and the commands failed as pasted.
 */
export function commandUrl(url: string): string {
  if (sqliteFileOfUrl(url) !== undefined) return url;
  try {
    const u = new URL(url);
    u.password = '';
    for (const k of [...new Set(u.searchParams.keys())]) if (isSecretParameter(k)) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return redact(url);
  }
}

/**
 * The note that goes with commands printed for `url` (commandUrl's, the backup and apply commands, and with
 * `installer`, the product's installer given installerUrl's): where the password they leave out comes from, and what
 * to add back. Undefined when the URL holds no secret.
 */
export function secretNote(url: string, installer = false): string | undefined {
  if (sqliteFileOfUrl(url) !== undefined) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const secret = [...new Set(u.searchParams.keys())].filter(isSecretParameter);
  const password = u.password !== '' || secret.includes('password');
  const others = secret.filter((k) => k !== 'password');
  if (!password && !others.length) return undefined;
  const mysql = dialectOfUrl(url) === 'mysql';
  const env = mysql ? 'MYSQL_PWD' : 'PGPASSWORD';
  const parts = [
    ...(password
      ? [mysql
        ? `the commands leave out the --url's password: set it in the environment before running them, export MYSQL_PWD='…' (plan reads it, as the mysql client does; mysql and mysqldump -p ask for it)`
        : `the commands leave out the --url's password: set it in the environment before running them, export PGPASSWORD='…' (plan, psql and pg_dump read it; or a ~/.pgpass line)`]
      : []),
    ...(others.length ? [`${password ? 'and' : 'the commands leave out'} the --url's ${others.join(', ')} (not read from the environment): add ${others.map((k) => `${k}=…`).join('&')} back to the --url of the plan commands`] : []),
    ...(installer && (password || others.length) ? [`the installer's --db-url holds ${[...(password ? ['PASSWORD'] : []), ...others.map((k) => k.toUpperCase())].join(', ')} where the --url's ${password ? 'password' : 'values'} go${password && !others.length ? 'es' : ''}: put ${password && !others.length ? 'it' : 'them'} there, percent-encoded as in the --url (${env} is not read there)`] : []),
  ];
  return parts.join('; ');
}

/** The --url as a product's own installer is given it: its password as PASSWORD (status never prints a password). */
function installerUrl(url: string): string {
  if (sqliteFileOfUrl(url) !== undefined) return url;
  const u = new URL(url);
  if (u.password) u.password = 'PASSWORD';
  for (const k of [...new Set(u.searchParams.keys())]) if (isSecretParameter(k)) u.searchParams.set(k, k.toUpperCase());
  return u.toString();
}

/**
 * Runs `plan status`; returns the exit code: 0 when the database is at a version (or resumable), 1 otherwise (at
 * none, or the product's tables named with another table-name prefix: no commands then; or its state unknown, a data
 * step read having run longer than `readTimeoutMs` with none found undone; or another session changing
 * the schema right now, Dialect.catalog.busySessionsSql: "wait", the sessions named, nothing read nor proposed).
 * `readTimeoutMs`: how long each read of a data step may run (--read-timeout; default DATA_STEP_READ_TIMEOUT_MS).
 */
export async function runStatus(product: string, o: DetectOptions & { to?: string; timeouts?: Timeouts; readTimeoutMs?: number }): Promise<number> {
  const at = readPlace(product, o);
  // Another session changing the schema right now (a migration in progress): wait for it, propose nothing. Its
  // change is not committed, so the catalog would show the version before it (and on MySQL, reading the catalog
  // would queue behind its metadata lock).
  const busySql = getDialect(at.dialect).catalog.busySessionsSql;
  if (busySql) {
    const scope = { tables: productTableNames(product, at.dialect, o.param, o.plansDir), places: Object.values(at.places) };
    let busy: BusyRead;
    try {
      busy = await readBusySessions(o.url, busySql(scope), at.schema);
      // Refused as a whole (MySQL: performance_schema needs a privilege the PROCESSLIST does not): the sessions'
      // statements alone, said so, rather than no check at all (found by a fresh DBA).
      if (busy.unreadable !== undefined) {
        const statementsOnly = await readBusySessions(o.url, busySql({ ...scope, metadataLocks: false }), at.schema);
        if (statementsOnly.unreadable === undefined) {
          printWarnings([`could not read who holds the tables' metadata locks (${busy.unreadable}): checked the sessions' statements only`]);
          busy = statementsOnly;
        }
      }
    } catch (e) {
      throw new CheckFailed(`cannot read the catalog at ${redact(o.url)}: ${await connectErrorLine(o.url, e)}`);
    }
    if (busy.unreadable !== undefined) printWarnings([`could not check whether another session is changing the schema (${busy.unreadable}): going on as if none were`]);
    if (busy.sessions.length) {
      const secret = secretNote(o.url);
      print(o.json ? jsonText({ detect: null, status: { state: 'wait', database: busy.label, sessions: busy.sessions, notes: secret ? [secret] : [] } }) : [formatWait(product, busy.label, busy.sessions, rerunOf('status', product, o, undefined)('')), ...(secret ? [`note: ${secret}`] : [])].join('\n'));
      return EXIT.failed;
    }
  }
  const target = applyTargetOfUrl(o.url);
  // --schema names where the tables are: the scripts must be compiled for it (the product's schema parameter).
  const schemaParam = at.dialect === 'postgres' ? loadProduct(product, o.plansDir).product.naming?.postgres?.schema : undefined;
  const param = o.schema !== undefined && schemaParam !== undefined && !o.param.some((g) => g.startsWith(`${schemaParam}=`)) ? [...o.param, `${schemaParam}=${o.schema}`] : o.param;
  // A product without a schema parameter names its objects unqualified: the apply command points search_path at the
  // schema --schema names (the engine's dialect says how; found by a fresh DBA: Fief in 'Fïef main' ran in public).
  if (o.schema !== undefined && schemaParam === undefined) target.schema = o.schema;
  const { live, result } = await detectAt(product, o, at, { params: param, ...(o.readTimeoutMs !== undefined ? { timeoutMs: o.readTimeoutMs } : {}), ...(o.to !== undefined ? { to: o.to } : {}) });
  const examples = stoodIn(product, withFileParam(o, result)).map((x) => x.name);
  const s = status({ detected: result, to: o.to, ...(live.data ? { dataSteps: live.data } : {}), ...(live.params ? { paramRows: live.params } : {}), params: withFileParam({ param }, result).param, paramOrigins: o.paramOrigins, plansDir: o.plansDir, target, url: installerUrl(o.url), ...(o.timeouts ? { timeouts: o.timeouts } : {}), ...(examples.length ? { stoodIn: examples } : {}) });
  // The commands leave the URL's password out: where it comes from (the installer's URL: what to put in).
  const secret = result.otherPrefix || s.commands.length || s.backup ? secretNote(o.url, s.install !== undefined) : undefined;
  const notes = [...exampleNotes(product, withFileParam(o, result), result), ...(secret ? [`note: ${secret}`] : [])];
  // On stderr, as plan compile prints them (not in the JSON, as compile --json leaves them out too).
  printWarnings(s.warnings);
  const { warnings: _, ...shown } = s;
  const rerun = rerunOf('status', product, o, result.otherPrefix?.param);
  print(o.json ? jsonText({ detect: { ...detectJson(result, live.label, rerun), notes }, status: shown }) : formatStatus(result, s, live.label, rerun, notes.map((n) => n.replace(/^note: /, ''))));
  // A state not known (a data step read that timed out, say) is a check that could not be made, as at no version.
  return s.state === 'unknown' ? EXIT.failed : exitOf(result);
}
