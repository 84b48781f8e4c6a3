// Command-line wiring only: parse, call, print, exit code.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { otherProductFolders } from '../compile/out-layout.js';
import { PlanError, refuseControlCharacters } from '../plan/errors.js';
import { displayPath, projectRoot, toolVersion } from '../paths.js';
import { PLAN_COMMAND, planCommand } from '../shell.js';
import { findProduct, hasOwnPlans, plansSearchPath, productsInScope, productsOnPath, shadowNote, type FoundProduct, type PlansDirectory } from '../plan/search-path.js';
import { loopReason, refuseSourceOutput, writeOutput } from './write.js';
import { gatherParams, type GivenParams } from './params.js';
import { printWarnings } from './warnings.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { CheckFailed, EXIT, exitOnClosedOutput } from './exit.js';
import type { VerifyOptions } from './verify.js';
import { FORMATS, formatReport, type Format } from '../lint/format.js';
import { DIALECTS, type DialectName } from '../plan/types.js';
import { parseDuration, timeoutOptions, timeoutsOf } from './timeouts.js';
import { terminalText } from '../text-rules.js';
// What a command does is imported by its action, when it runs: `--help` loads none of it, `list` no compiler, and
// build, check and validate run their work in a worker thread (tasks.ts), which loads the compiler there.

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    a check failed: out/ is stale or missing (check), a verification failed or its server is unreachable (verify),
       the database is at no version exactly (its tables under another table-name prefix, say) or cannot be
       read (detect, status), whether its data steps are done could not be read within --read-timeout (status:
       unknown), another session is changing the schema right now (status: wait), an error finding
       that is not acknowledged (lint)
  2    bad input: usage, plans, parameters, an output path
  130  interrupted (Ctrl-C, SIGTERM)
  141  standard output or standard error closed by its reader (plan … | head): a quiet stop, as other commands make

Dialects: postgres (PostgreSQL 12+), mysql (MySQL 8 and MariaDB 10.11+: one script runs on both;
"mariadb" is accepted as mysql), sqlite (SQLite 3.35+, applied with sqlite3 -bail); "postgresql" is accepted as
postgres.

Plans: a product is looked for in --plans DIR (repeatable: each in the order given; given before the command name
too, then searched first), then in each directory of PLAN_PATH (separated by "${delimiter}"), then in the bundled plans;
the first directory that has it wins (a note on stderr says when it shadows a bundled product).
${PLAN_COMMAND} init <product> starts one of your own.`;

const program = new Command('plan')
  .description('Compile declarative migration plans into guarded, re-runnable SQL')
  .version(toolVersion())
  .exitOverride()
  .addHelpText('after', EXIT_CODES_HELP)
  .configureOutput({
    writeErr: (s) => process.stderr.write(s),
    // Commander's own usage errors, as one line like every other error.
    outputError: (s, write) => write(`plan: ${s.trim().replace(/\s*\n\s*/g, ' ')} (see plan --help)\n`),
  });

const collect = (v: string, prev: string[]) => [...prev, v];

/**
 * An `-o` value, refused when it holds a control character or line break: a script's header prints its name into
 * comments and commands (found by review: `-o $'/tmp/i\nDROP TABLE victim; --.sql'` put the DROP into the script).
 * @throws PlanError naming -o and the value
 */
const outputPath = (v: string) => (refuseControlCharacters(v, '-o', 'an output file name', 'a script header prints it into comments and commands'), v);

/**
 * A --dialect value, with its aliases: `mariadb` is accepted as `mysql` (one script runs on MySQL 8 and MariaDB), and
 * `postgresql`, the engine's own name (and its URL scheme, as mariadb's), as `postgres` (found by a fresh user).
 */
const DIALECT_ALIASES: Record<string, DialectName> = { mariadb: 'mysql', postgresql: 'postgres' };
const dialectName = (v: string) => DIALECT_ALIASES[v.toLowerCase()] ?? v;

const dialectOption = (required: boolean) => {
  const o = new Option('-d, --dialect <dialect>', `target dialect: postgres (postgresql is accepted as postgres), mysql (MySQL 8 and MariaDB; mariadb is accepted as mysql) or sqlite${required ? ' (required)' : ''}`).argParser(dialectName);
  return required ? o.makeOptionMandatory() : o;
};

/** `o`, marked as taking a value more than once (refuseRepeatedOptions leaves it alone). */
const repeatableOption = (o: Option): Option => (repeatable.add(o), o);

/** --param and --params-file, on every command that takes parameters. */
function withParams(c: Command): Command {
  return c
    .addOption(repeatableOption(new Option('-p, --param <name=value>', 'a plan parameter (repeatable; each name once)').argParser(collect).default([])))
    .option('--params-file <file>', 'parameters from a YAML or JSON object of name: value; --param overrides it (one file)');
}

/** The options that take a value more than once, by design (--param, the search path's --plans). */
const repeatable = new WeakSet<Option>();

/** What a second use of a single-valued option should say besides "give it once", by its long name. */
const onceAdvice: Record<string, string> = {
  '--params-file': ' (--param overrides a value of it)',
};

/**
 * Makes every option of `cmd` and its subcommands that takes a value, and is not `repeatable`, refuse a second use
 * on the command line: commander keeps the last value and drops the others silently (found by a fresh user:
 * `--dialect postgres --dialect mysql` compiled for MySQL). The refusal is a PlanError, one line and exit 2:
 * `--dialect given twice (postgres, mysql): give it once`, naming the values as they were given. A default or an
 * option's own parser (which still runs, on the first value) is unaffected.
 */
function refuseRepeatedOptions(cmd: Command): void {
  for (const o of cmd.options as readonly Option[]) {
    if (!(o.required || o.optional) || o.variadic || repeatable.has(o)) continue;
    const own = o.parseArg;
    const given: string[] = [];
    const flag = o.long ?? o.short ?? o.flags;
    const advice = cmd.name() === 'init' && flag === '--plans' ? ' (init creates the product in one directory)' : (onceAdvice[flag] ?? '');
    o.argParser((v: string, prev: unknown) => {
      given.push(v);
      if (given.length > 1) throw new PlanError(`${flag} given ${given.length === 2 ? 'twice' : `${given.length} times`} (${given.join(', ')}): give it once${advice}`);
      return own ? own.call(o, v, prev) : v;
    });
  }
  for (const c of cmd.commands) refuseRepeatedOptions(c);
}

/** --plans, repeatable: every directory given, in order (commander kept the last and dropped the others silently). */
const plansOption = () => {
  const o = new Option('--plans <dir>', 'a plans directory, searched first (repeatable: searched in the order given; then PLAN_PATH, then the bundled plans)').argParser((v: string, prev?: string[]) => [...(prev ?? []), v]);
  repeatable.add(o);
  return o;
};

/**
 * --plans before the command name (`plan --plans DIR compile …`) is read as given after it (found by a fresh user:
 * it was "unknown option '--plans'"): the program's own --plans, whose directories come first, then the command's.
 * Program options are read only before the command name (enablePositionalOptions), so the command's own --plans
 * still takes the values after it. A command of one --plans directory (init) refuses two, wherever they were given,
 * as refuseRepeatedOptions refuses a second one.
 */
program.enablePositionalOptions().addOption(plansOption());
program.hook('preAction', (_program, command) => {
  const before = (program.opts() as { plans?: string[] }).plans;
  if (before === undefined) return;
  const option = (command.options as readonly Option[]).find((o) => o.long === '--plans');
  if (option === undefined) throw new PlanError(`--plans is not an option of ${PLAN_COMMAND} ${command.name()}`);
  const after = command.getOptionValue('plans') as string[] | string | undefined;
  if (repeatable.has(option)) {
    command.setOptionValue('plans', [...before, ...((after as string[] | undefined) ?? [])]);
    return;
  }
  const given = [...before, ...(after === undefined ? [] : [after as string])];
  if (given.length > 1) throw new PlanError(`--plans given ${given.length === 2 ? 'twice' : `${given.length} times`} (${given.join(', ')}): give it once (${command.name()} creates the product in one directory)`);
  command.setOptionValue('plans', given[0]);
});

/** The search path of a command: --plans, then PLAN_PATH, then the bundled plans (a PlanError for a missing directory). */
const searchPathOf = (o: { plans?: string[] }): PlansDirectory[] => plansSearchPath(o.plans);

const noted = new Set<string>();
/**
 * `found`, after one note line on stderr for each product of them that shadows the bundled product of its name
 * (once per product): a command other than list said nothing of it (found by a fresh user).
 */
function withShadowNotes<T extends FoundProduct | FoundProduct[]>(found: T): T {
  for (const p of Array.isArray(found) ? found : [found]) {
    const note = shadowNote(p);
    if (note === undefined || noted.has(p.name)) continue;
    noted.add(p.name);
    process.stderr.write(`plan: note: ${note}\n`);
  }
  return found;
}

/** The product `product` on the search path of a command (with its shadow note). */
const foundOf = (product: string, o: { plans?: string[] }): FoundProduct => withShadowNotes(findProduct(product, searchPathOf(o)));

/** The plans directory `product` is read from, on the search path of a command. */
const productDirOf = (product: string, o: { plans?: string[] }): string => foundOf(product, o).dir;

/**
 * Where build and check put the SQL: --out; else the package's out/ for the bundled plans; else out/ of the current
 * directory, never the package's own (that would mix your plans' SQL with the bundled plans' and remove theirs).
 */
function outDirOf(o: { out?: string }, path: PlansDirectory[]): string {
  if (o.out !== undefined) {
    refuseControlCharacters(o.out, '--out', 'the folder of the SQL', 'its paths are printed');
    return usableFolder(resolve(o.out), o.out);
  }
  if (!hasOwnPlans(path)) return join(projectRoot(), 'out');
  const dir = resolve('out');
  const rel = relative(projectRoot(), dir);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    throw new PlanError(`the current directory is inside the plan package (${projectRoot()}), whose out/ holds the bundled plans' SQL: pass --out DIR for the SQL of your plans`);
  }
  return dir;
}

/**
 * `dir` (given as `given`), checked to be a folder or a place one can be made: a file in the way, a part of the path
 * that is a file, a symbolic link to nothing, or a symbolic link loop (the path itself or a part of it) is one line, exit 2 (found by a fresh user: each was an internal error,
 * ENOTDIR or ENOENT, from deep in the build). A folder that does not exist yet is for the caller (build makes it).
 */
function usableFolder(dir: string, given: string): string {
  const cannot = (why: string) => new PlanError(`--out ${given}: ${why}`);
  let st;
  try {
    st = lstatSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw cannot('a part of the path is a file, not a folder');
    if (code === 'ELOOP') throw cannot(loopReason(given) ?? 'a symbolic link on its path is a loop');
    if (code !== 'ENOENT') throw cannot((e as Error).message.split('\n')[0]);
    for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
      if (existsSync(up)) {
        if (!statSync(up).isDirectory()) throw cannot(`${displayPath(up)} is a file, not a folder`);
        break;
      }
    }
    return dir;
  }
  if (st.isSymbolicLink() && !existsSync(dir)) throw cannot(loopReason(given) ?? 'it is a symbolic link to nothing');
  if (!statSync(dir).isDirectory()) throw cannot('it is a file, not a folder');
  return dir;
}

const outOption = () => new Option('--out <dir>', "the folder of the SQL (default: out/ of the current directory for your plans, the package's out/ for the bundled plans)");

interface ParamOptions {
  param: string[];
  paramsFile?: string;
}

/**
 * The parameters of a command on `product` (plans from `plansDir`): --params-file's, then --param's. Those of a
 * params file are checked against the product's parameters here, so that an unknown name or a bad value is
 * reported at its line of the file, whichever command reads it first.
 */
async function paramsFor(o: ParamOptions, product: string, plansDir: string): Promise<GivenParams> {
  const given = gatherParams(o);
  if (Object.keys(given.origins).length) {
    const [{ loadProduct }, { resolveParams }] = await Promise.all([import('../plan/load.js'), import('../plan/params.js')]);
    resolveParams(loadProduct(product, plansDir), given.params, true, true, given.origins);
  }
  return given;
}

/** --lock-timeout and --statement-timeout, as given (checked by their parsers). */
interface TimeoutOptions {
  lockTimeout?: string;
  statementTimeout?: string;
}

program
  .command('list')
  .description('products (or the one named), their versions, and the dialects each supports')
  .argument('[product]')
  .addOption(plansOption())
  .option('--json', 'print the products as JSON (see README: JSON output)')
  .action(async (only: string | undefined, o: { plans?: string[]; json?: boolean }) => {
    const [{ loadProduct }, { declaredParameters }, { dialectLimit, dialectsAt, versionRuns }, { firstGap }] = await Promise.all([import('../plan/load.js'), import('../plan/params.js'), import('../plan/dialect-versions.js'), import('../plan/graph.js')]);
    const products: unknown[] = [];
    const errors: string[] = [];
    const path = searchPathOf(o);
    // One broken product does not hide the others: it is reported and the exit code says so.
    for (const { name, dir, origin, shadows } of only === undefined ? productsOnPath(path) : [findProduct(only, path)]) {
      let p;
      try {
        p = loadProduct(name, dir);
      } catch (e) {
        if (!(e instanceof PlanError)) throw e;
        errors.push(`${name}: ${e.message}`);
        continue;
      }
      const installs = p.plans.filter((x) => x.plan.from === '0').map((x) => x.plan.to);
      const params = declaredParameters(p);
      // A version listed without the plan into it (cheap to see: no compile): listed, and an error.
      const gap = firstGap(p);
      if (gap) errors.push(`${name}: ${gap.message}`);
      products.push({
        name,
        title: p.product.title,
        plansDir: dir,
        origin,
        shadows: shadows.map((s) => s.dir),
        versions: ['0', ...p.product.versions],
        dialects: p.product.dialects,
        versionDialects: Object.fromEntries(['0', ...p.product.versions].map((v) => [v, dialectsAt(p.product, v)])),
        installPlansAt: installs,
        derivedInstallsAt: p.plans.filter((x) => x.derived).map((x) => x.plan.to),
        upgradePlans: p.plans.length - installs.length,
        parameters: Object.fromEntries(Object.entries(params).map(([k, s]) => [k, { type: s.type, ...(s.values ? { values: s.values } : {}), default: s.default ?? null, ...(s.example !== undefined ? { example: s.example } : {}), description: s.description.replace(/\s+/g, ' ').trim() }])),
      });
      if (o.json) continue;
      console.log(`${name}  (${p.product.title})`);
      console.log(`  from: ${dir} (${origin})${shadows.length ? `; shadows ${name} in ${shadows.map((s) => `${s.dir} (${s.origin})`).join(', ')}` : ''}`);
      console.log(`  versions: 0, ${p.product.versions.join(', ')}`);
      console.log(`  dialects: ${p.product.dialects.join(', ')}`);
      // Which dialects support each version (product.yaml dialect_versions:), and why a dialect stops early.
      const span = (vs: string[]) => (vs.length === 1 ? vs[0] : `${vs[0]} – ${vs[vs.length - 1]}`);
      console.log(`  by version: ${versionRuns(p.product).map((r) => `${span(r.versions)}: ${r.dialects.join(', ')}`).join('; ')}`);
      for (const d of p.product.dialects) {
        const limit = dialectLimit(p.product, d);
        if (limit) console.log(`  ${d}: not past ${limit.until} (${limit.reason})`);
      }
      if (gap) console.log(`  gap: ${gap.pos ? gap.message.slice(`${gap.pos.file}:${gap.pos.line}:${gap.pos.col}: `.length) : gap.message}`);
      const derivedAt = new Set(p.plans.filter((x) => x.derived).map((x) => x.plan.to));
      console.log(`  install plans at: ${installs.map((v) => (derivedAt.has(v) ? `${v} (derived)` : v)).join(', ') || 'none'}; upgrade plans: ${p.plans.length - installs.length}`);
      for (const [k, s] of Object.entries(params)) {
        console.log(`  --param ${k}=<${s.type}${s.values ? ': ' + s.values.join('|') : ''}> (default ${s.default === '' ? 'empty' : s.default ?? 'none'}): ${s.description.replace(/\s+/g, ' ')}`);
      }
    }
    if (o.json) console.log(JSON.stringify({ ok: errors.length === 0, products, errors }, null, 2));
    for (const e of errors) process.stderr.write(`plan: error: ${e}\n`);
    if (errors.length) process.exitCode = EXIT.badInput;
  });

withParams(
  program
    .command('compile')
    .description('SQL that takes a database from one version to another (swap the versions for the rollback; 0 is the empty database)')
    .argument('<product>')
    .argument('<from>')
    .argument('<to>')
    .addOption(dialectOption(true)),
)
  .option('-o, --output <file>', 'write to this file (atomically: nothing is written when compilation fails; its folder must exist); - is standard output', outputPath)
  .option('--json', 'print what was compiled as JSON (product, versions, parameters, plans with sha256, statement count); the SQL goes to -o, or into the JSON without -o')
  .option('--report', 'instead of the script, a read-only query listing the source rows the script leaves out (a copy step\'s skip:), with the reason')
  .addOption(timeoutOptions()[0])
  .addOption(timeoutOptions()[1])
  .addOption(plansOption())
  .action(async (product: string, from: string, to: string, o: ParamOptions & TimeoutOptions & { dialect: string; output?: string; json?: boolean; report?: boolean; plans?: string[] }) => {
    if (o.report && o.json) throw new PlanError('--report and --json: choose one (the report is SQL)');
    const plansDir = productDirOf(product, o);
    const [{ compileChecked }, { reportSql }, { findPath }, { expandDerived }] = await Promise.all([import('../compile/checked.js'), import('../compile/report.js'), import('../plan/graph.js'), import('../compile/derived.js')]);
    const given = await paramsFor(o, product, plansDir);
    // The header's apply line names the file written (-o), or says what to save standard output as.
    const r = await compileChecked({ product, from, to, dialect: o.dialect, params: given.params, paramOrigins: given.origins, plansDir, timeouts: timeoutsOf(o), ...(namesScriptFile(o.output) ? { file: o.output } : {}) });
    refuseSourceOutput(o.output, [r.product.file, ...r.product.plans.filter((x) => !x.derived).map((x) => x.file)]);
    printWarnings(r.warnings);
    if (o.report) return writeOutput(o.output, reportSql(r, `${product} ${from} → ${to}`));
    if (!o.json) return writeOutput(o.output, r.sql);
    const toStdout = o.output === undefined || o.output === '-';
    if (!toStdout) await writeOutput(o.output, r.sql);
    const path = findPath(r.product, from, to);
    const plan = (x: { relPath: string; sha256: string }) => ({ file: x.relPath, sha256: x.sha256 });
    const meta = {
      product,
      from,
      to,
      direction: r.direction,
      dialect: r.dialect.name,
      // The parameters the script reads, as its header's `parameters:` line lists them (a given one it does not read
      // is a warning on stderr, not a value of this script).
      params: r.shownParams,
      productFile: plan(r.product),
      // A derived install (product.yaml derived_installs:) is made from the written plans of its chain: those are listed.
      plans: expandDerived(path.plans).map(plan),
      ...(path.plans.some((x) => x.derived) ? { derivedInstall: path.plans.filter((x) => x.derived).map((x) => x.plan.to)[0] } : {}),
      basePlans: expandDerived(path.base).map(plan),
      statements: r.statements.length,
      manualSteps: r.manual.length,
      sha256: createHashHex(r.sql),
      output: toStdout ? null : o.output,
      ...(toStdout ? { sql: r.sql } : {}),
    };
    console.log(JSON.stringify(meta, null, 2));
  });

withParams(
  program
    .command('review')
    .description('the runbook for the change ticket (Markdown, or --format json): what changes, parameters, checks, manual steps, locks, what is lossy, lint findings, backup/apply/rollback commands, what to verify after, checksums')
    .argument('<product>')
    .argument('<from>')
    .argument('<to>')
    .addOption(dialectOption(true)),
)
  .option('-o, --output <file>', 'write to this file (atomically; its folder must exist); - is standard output', outputPath)
  .addOption(new Option('--format <format>', 'markdown (default) or json').choices(['markdown', 'json']))
  // compile's options that change the script: the review describes (and checksums) the script compile makes with them.
  .addOption(timeoutOptions()[0])
  .addOption(timeoutOptions()[1])
  .addOption(plansOption())
  .action(async (product: string, from: string, to: string, o: ParamOptions & TimeoutOptions & { dialect: string; output?: string; format?: string; plans?: string[] }) => {
    const format = o.format ?? 'markdown';
    const { reviewFor } = await import('../review/run.js');
    const { reviewMarkdown } = await import('../review/review.js');
    const plansDir = productDirOf(product, o);
    const given = await paramsFor(o, product, plansDir);
    const { warnings, ...r } = await reviewFor({ product, from, to, dialect: o.dialect, params: given.params, paramOrigins: given.origins, plansDir, timeouts: timeoutsOf(o) });
    const loaded = (await import('../plan/load.js')).loadProduct(product, plansDir);
    refuseSourceOutput(o.output, [loaded.file, ...loaded.plans.filter((x) => !x.derived).map((x) => x.file)]);
    printWarnings(warnings);
    await writeOutput(o.output, format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : reviewMarkdown(r));
  });

withParams(
  program
    .command('catalog')
    .description('the schema catalog the plans predict for a version (same format as the catalog queries)')
    .argument('<product>')
    .argument('<version>')
    .addOption(dialectOption(true)),
)
  .addOption(plansOption())
  .action(async (product: string, version: string, o: ParamOptions & { dialect: string; plans?: string[] }) => {
    const { predictCatalog } = await import('../compile/compile.js');
    const plansDir = productDirOf(product, o);
    process.stdout.write(predictCatalog({ product, version, dialect: o.dialect, params: (await paramsFor(o, product, plansDir)).params, plansDir }).join('\n') + '\n');
  });

program
  .command('validate')
  .description('check every plan (of your plans directories, else the bundled ones): schema, version chain, model rules, rollback, for every dialect and parameter choice')
  .argument('[product]')
  .addOption(plansOption())
  .option('--json', 'print the result as JSON (see README: JSON output)')
  .action(async (product: string | undefined, o: { plans?: string[]; json?: boolean }) => {
    try {
      const path = searchPathOf(o);
      const products = withShadowNotes(product === undefined ? productsInScope(path) : [findProduct(product, path)]).map((p) => ({ name: p.name, plansDir: p.dir }));
      const { runBounded } = await import('./tasks.js');
      const report = await runBounded({ kind: 'validate', products });
      if (o.json) console.log(JSON.stringify({ ok: true, products: report, error: null }, null, 2));
      else for (const line of report) console.log(line);
    } catch (e) {
      if (!(o.json && e instanceof PlanError)) throw e;
      console.log(JSON.stringify({ ok: false, products: [], error: e.message }, null, 2));
      process.exitCode = EXIT.badInput;
    }
  });

program
  .command('lint')
  .description('check the plans (of your plans directories, else the bundled ones) against the lint rules: destructive steps, re-run hygiene, dialect traps, locks; exit code 1 on an error not acknowledged')
  .argument('[product]')
  .argument('[from]', 'with <to>: only the plans between the two versions')
  .argument('[to]')
  .addOption(dialectOption(false))
  .addOption(plansOption())
  .addOption(new Option('--format <format>', 'text (file:line:col rule-id severity message), json, or github (workflow annotations)').choices(FORMATS).default('text'))
  .action(async (product: string | undefined, from: string | undefined, to: string | undefined, o: { dialect?: string; plans?: string[]; format: Format }) => {
    if (from !== undefined && to === undefined) throw new PlanError(`${PLAN_COMMAND} lint <product> <from> <to>: give both versions, or neither`);
    if (o.dialect !== undefined && !(DIALECTS as readonly string[]).includes(o.dialect)) throw (await import('../dialects/index.js')).unknownDialect(o.dialect);
    const { lintProduct, report } = await import('../lint/lint.js');
    const path = searchPathOf(o);
    const products = withShadowNotes(product === undefined ? productsInScope(path) : [findProduct(product, path)]);
    const r = report(products.flatMap((p) => lintProduct({ product: p.name, plansDir: p.dir, dialect: o.dialect as DialectName | undefined, from, to }).findings));
    process.stdout.write(formatReport(r, o.format));
    if (r.errors > 0) process.exitCode = EXIT.failed;
  });

program
  .command('build')
  .description('write out/<product>/…: {up,down}.sql, report.sql, review.md, catalog/*.txt and lint.txt for every plan (of your plans directories, else the bundled ones); stale files are removed only in the folders of those products')
  .addOption(plansOption())
  .addOption(outOption())
  .action(async (o: { plans?: string[]; out?: string }) => {
    const path = searchPathOf(o);
    const outDir = outDirOf(o, path);
    const products = withShadowNotes(productsInScope(path));
    noteOtherProducts(outDir, products);
    const { runBounded } = await import('./tasks.js');
    const r = await runBounded({ kind: 'build', outDir, products: products.map((p) => ({ name: p.name, plansDir: p.dir })) });
    console.log(`${displayPath(outDir)}/: ${r.written} file${r.written === 1 ? '' : 's'} written, ${r.removed} removed, ${r.unchanged} unchanged`);
  });

/**
 * One note line on stderr naming the folders of `outDir` that hold SQL of products other than `products`: build
 * leaves them alone and check does not count them.
 */
function noteOtherProducts(outDir: string, products: FoundProduct[]): void {
  const others = otherProductFolders(outDir, products.map((p) => p.name));
  if (others.length === 0) return;
  const folders = others.map((p) => `${displayPath(join(outDir, p))}/`).join(', ');
  process.stderr.write(`plan: note: ${folders} left alone: ${others.length === 1 ? 'not a product' : 'not products'} of the plans searched\n`);
}

program
  .command('check')
  .description('fail (exit code 1) when out/ differs from what `plan build` would write (or does not exist)')
  .addOption(plansOption())
  .addOption(outOption())
  .option('--json', 'print the result as JSON: { "ok": …, "stale": [...] }')
  .action(async (o: { plans?: string[]; out?: string; json?: boolean }) => {
    const path = searchPathOf(o);
    const outDir = outDirOf(o, path);
    const products = withShadowNotes(productsInScope(path));
    const shown = displayPath(outDir);
    const rebuild = planCommand(['build', ...(o.plans ?? []).flatMap((d) => ['--plans', d]), ...(o.out === undefined ? [] : ['--out', o.out])]);
    // A folder that does not exist: one line, not a missing: line per file (found by a fresh user). Stale (1) when
    // build would create it; bad input (2), as build says, when its parent does not exist either.
    if (!existsSync(outDir)) {
      if (!existsSync(dirname(outDir))) throw new PlanError(`${shown}/ does not exist, nor its folder ${displayPath(dirname(outDir))}`);
      if (o.json) console.log(JSON.stringify({ ok: false, stale: [`missing: ${shown}/`] }, null, 2));
      else process.stderr.write(`plan: error: ${shown}/ does not exist: nothing is built there; run: ${rebuild}\n`);
      process.exitCode = EXIT.failed;
      return;
    }
    noteOtherProducts(outDir, products);
    const { runBounded } = await import('./tasks.js');
    const stale = await runBounded({ kind: 'check', outDir, products: products.map((p) => ({ name: p.name, plansDir: p.dir })) });
    if (o.json) console.log(JSON.stringify({ ok: stale.length === 0, stale }, null, 2));
    else if (stale.length) {
      for (const s of stale) console.error(s);
      console.error(`${shown}/ is stale (${stale.length}); run: ${rebuild}`);
    } else console.log(`${shown}/ is up to date`);
    if (stale.length) process.exitCode = EXIT.failed;
  });

withParams(
  program
    .command('verify')
    .description('apply a plan to a real engine: twice, after a crash at each sampled statement, against a fresh install, then roll it back')
    .argument('[product]')
    .argument('[from]')
    .argument('[to]')
    .addOption(dialectOption(false)),
)
  .option('--url <url>', 'server to work on (postgres://… or mysql://…, which also sets --dialect; a scratch database is created and dropped); without it PostgreSQL runs embedded (PGlite) and SQLite on scratch files (sql.js)')
  .addOption(new Option('--client <client>', 'apply through the drivers or the command-line clients (psql, mariadb, sqlite3 -bail)').choices(['driver', 'cli']).default('driver'))
  .option('--exhaustive', 'crash test at every statement boundary instead of a sample')
  .option('--all', 'every plan of every product, on every dialect and engine that is reachable')
  .option('--json', 'print the result as JSON (no progress lines)')
  .addOption(timeoutOptions()[0])
  .addOption(timeoutOptions()[1])
  .addOption(plansOption())
  .action(async (product: string | undefined, from: string | undefined, to: string | undefined, o: Omit<VerifyOptions, 'timeouts'> & ParamOptions & TimeoutOptions & { plans?: string[] }) => {
    const path = searchPathOf(o);
    const { runVerify } = await import('./verify.js');
    const param = product === undefined ? gatherParams(o).params : (await paramsFor(o, product, withShadowNotes(findProduct(product, path)).dir)).params;
    if (product === undefined && o.all) withShadowNotes(productsInScope(path));
    process.exitCode = await runVerify(product, from, to, { ...o, param, timeouts: timeoutsOf(o) }, path);
  });

for (const name of ['detect', 'status'] as const) {
  const c = withParams(
    program
      .command(name)
      .description(name === 'detect'
        ? "which version of <product> the database at --url is at, from its catalog (read-only): best match, runner-up, differences"
        : "detect, then what is pending up to --to (default: the newest version): plans, manual steps, the compile and apply commands; changes nothing")
      .argument(name === 'detect' ? '[product]' : '<product>', name === 'detect' ? 'the product (default: every product with plans for the engine: the one whose tables the database holds)' : 'the product')
      .requiredOption('--url <url>', 'the database: postgres://user@host:5432/db, mysql://user@host:3306/db (read-only: catalog queries in a read-only transaction) or sqlite:<file> (read into memory)'),
  )
    .option('--schema <schema>', 'PostgreSQL: the schema holding the tables (default: the schema parameter of the product, else the current schema, usually public)')
    .addOption(plansOption())
    .option('--json', 'print the result as JSON (see README: JSON output)')
    .option('--read-timeout <duration>', `how long each of ${name}'s reads of a data step may run, e.g. 30s, 2min (default: 30s; 0: no limit); a read that runs longer leaves its step not checked, named`);
  if (name === 'status') c.option('--to <version>', 'the target version (default: the newest)').addOption(timeoutOptions()[0]).addOption(timeoutOptions()[1]);
  c.action(async (product: string | undefined, o: ParamOptions & TimeoutOptions & { url: string; schema?: string; plans?: string[]; json?: boolean; to?: string; readTimeout?: string }) => {
    const { runDetect, runDetectAny, runStatus } = await import('./detect.js');
    if (product === undefined) {
      process.exitCode = await runDetectAny(withShadowNotes(productsOnPath(searchPathOf(o))).map((p) => ({ name: p.name, plansDir: p.origin === 'bundled' ? undefined : p.dir })), { url: o.url, param: gatherParams(o).params, schema: o.schema, json: o.json });
      return;
    }
    const found = foundOf(product, o);
    // The bundled plans need no --plans in the commands status prints.
    const given = await paramsFor(o, product, found.dir);
    // detect's and status's own reads of the data steps run under --read-timeout (default DATA_STEP_READ_TIMEOUT_MS);
    // --lock-timeout and --statement-timeout are the script's, passed on to the compile command status prints (a
    // fresh DBA's status --statement-timeout 2s, meant for the reads, gave a script stopping every statement at 2 s).
    const readTimeoutMs = o.readTimeout === undefined ? undefined : parseDuration(o.readTimeout, '--read-timeout');
    const opts = { url: o.url, param: given.params, paramOrigins: given.origins, plansDir: found.origin === 'bundled' ? undefined : found.dir, schema: o.schema, json: o.json, to: o.to, timeouts: timeoutsOf(o), ...(readTimeoutMs !== undefined ? { readTimeoutMs } : {}) };
    process.exitCode = name === 'detect' ? await runDetect(product, opts) : await runStatus(product, opts);
  });
}

program
  .command('completion')
  .description(`print a shell completion script for the command plan (its first line says where it goes; installed in a project, also a shell function plan that runs ${PLAN_COMMAND})`)
  .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
  .addOption(plansOption())
  .action((shell: Shell, o: { plans?: string[] }) => {
    process.stdout.write(completionScript(program, shell, productsOnPath(searchPathOf(o)).map((p) => p.name)));
  });

program
  .command('init')
  .description('scaffold a product of your own: <plans>/<product>/product.yaml and an install plan 0-1.0.yaml that validate and compile as they are')
  .argument('<product>')
  .option('--plans <dir>', 'the plans directory to create it in (default: the first directory of PLAN_PATH, else plans/ of the current directory); one directory')
  .action(async (product: string, o: { plans?: string }) => {
    // Loaded here: it needs the YAML library, which no other command's start-up loads.
    const { initProduct } = await import('./init.js');
    for (const line of initProduct(product, o.plans)) console.log(line);
  });

/** The sha256 of a text, in hex. */
function createHashHex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * `plan <command> … --version` prints the version, as `plan --version` does (found by a fresh user: the program's
 * own --version is read only before the command name, so after it the command said "required option '--dialect'
 * not specified", or "unknown option '--version'"). Each command gets commander's own version option, whose
 * listener prints and exits 0 as soon as it is parsed, before any other check of the command line.
 */
function versionOnEveryCommand(cmd: Command): void {
  for (const c of cmd.commands) {
    c.version(toolVersion());
    versionOnEveryCommand(c);
  }
}

/** A command's required options the command line left out, reported by deferRequiredOptions' hook. */
const missingOptions = new Map<Command, Option[]>();

/**
 * The product and versions `command`'s arguments name (its <product>, <from>, <to> or <version>, and status's --to),
 * checked as the command would: an unknown name is a PlanError with its did-you-mean hint. Nothing is checked when
 * the command names no product.
 * @throws PlanError for an unknown product or version (or a plans directory that cannot be read)
 */
async function checkNamed(command: Command): Promise<void> {
  const names = command.registeredArguments.map((a) => a.name());
  const args = (command as unknown as { processedArgs: unknown[] }).processedArgs;
  const arg = (name: string) => {
    const i = names.indexOf(name);
    return i < 0 || typeof args[i] !== 'string' ? undefined : (args[i] as string);
  };
  const product = arg('product');
  if (product === undefined) return;
  const opts = command.opts() as { plans?: string[]; to?: unknown };
  const found = findProduct(product, searchPathOf(opts));
  const versions = [arg('from'), arg('to'), arg('version'), typeof opts.to === 'string' ? opts.to : undefined].filter((v): v is string => v !== undefined);
  if (!versions.length) return;
  const [{ loadProduct }, { checkVersion }] = await Promise.all([import('../plan/load.js'), import('../plan/graph.js')]);
  const p = loadProduct(product, found.dir);
  for (const v of versions) checkVersion(p, v);
}

/**
 * Reports a missing required option (--dialect, --url) after the product and versions the command names are known
 * to exist (found by a fresh user: `plan compile supertoken 5.0 6.0` said "required option '--dialect' not
 * specified", and only once that was given, that the product was unknown). Commander checks required options before
 * the action; here its report is held back until a preAction hook has checked the names (checkNamed), then made as
 * commander makes it (one line, exit 2). verify, whose --dialect may come from --url, checks the names first too.
 */
function deferRequiredOptions(cmd: Command): void {
  for (const c of cmd.commands) {
    // Commander's own (not in its typings): called for each required option left out, it reports and exits.
    const own = c as unknown as { missingMandatoryOptionValue: (o: Option) => void };
    const report = own.missingMandatoryOptionValue.bind(c);
    own.missingMandatoryOptionValue = (o: Option) => void missingOptions.set(c, [...(missingOptions.get(c) ?? []), o]);
    c.hook('preAction', async (_c, command) => {
      const missing = missingOptions.get(command);
      if (missing === undefined && command.name() !== 'verify') return;
      await checkNamed(command);
      if (missing !== undefined) report(missing[0]);
    });
    deferRequiredOptions(c);
  }
}

// A reader that goes away (`plan compile … | head`): a quiet stop with 141, as other commands give.
exitOnClosedOutput();
try {
  refuseRepeatedOptions(program);
  versionOnEveryCommand(program);
  deferRequiredOptions(program);
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // --help and --version exit 0; every usage error (already printed by commander) exits 2.
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  } else if (e instanceof PlanError) {
    // (terminalText: a message may carry an engine's or a database's text, ESC or CR in a name: none reaches the terminal.)
    process.stderr.write(`plan: error: ${terminalText(e.message)}\n`);
    process.exitCode = EXIT.badInput;
  } else if (e instanceof CheckFailed) {
    process.stderr.write(`plan: error: ${terminalText(e.message)}\n`);
    process.exitCode = EXIT.failed;
  } else {
    // A bug of ours: still one line (PLAN_DEBUG=1 shows the stack).
    const err = e as Error;
    process.stderr.write(`plan: internal error: ${terminalText(String(err?.message ?? err).split('\n')[0])}${process.env.PLAN_DEBUG ? '\n' + err?.stack : ' (PLAN_DEBUG=1 shows the stack)'}\n`);
    process.exitCode = EXIT.failed;
  }
}

/**
 * Whether `-o` names a file the script is saved as, for its header's apply and reverse lines: not standard output
 * (`-`, /dev/stdout, no -o) nor a pipe or device already there (a FIFO a reader takes the script from): those get the
 * bytes compile() gives without a file, the default names.
 */
function namesScriptFile(output: string | undefined): output is string {
  if (output === undefined || output === '-' || output === '/dev/stdout') return false;
  try {
    return statSync(output).isFile();
  } catch {
    return true; // a file -o will create
  }
}
