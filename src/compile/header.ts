// The header that says what a script is, where it came from and how to apply it. No timestamps: the same
// plans give the same bytes.
import { stepsOf } from '../plan/for-each.js';
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { assertOneLine, type ApplyTarget, type Dialect, type RowSizeNeed } from '../dialects/dialect.js';
import { foldLines } from '../text-rules.js';
import { quoted } from '../plan/errors.js';
import type { LoadedPlan, LoadedProduct, Scalar, WhereSpec } from '../plan/types.js';
import { toolVersion } from '../paths.js';
import { plansDir as bundledPlansDir } from '../plan/load.js';
import { stepApplies, type Naming } from '../operations/index.js';
import { unguardedRawSteps } from './unguarded.js';
import { derivedPath, expandDerived } from './derived.js';

export interface HeaderInput {
  product: LoadedProduct;
  dialect: Dialect;
  /** The script's banner numbers of each plan step (stepNumbersOf its units): how the header names a step. */
  stepNumbers: StepNumbers;
  params: Record<string, Scalar>;
  /** The parameters the compile the other way reads, with their values here: what the reverse command passes. */
  reverseParams: Record<string, Scalar>;
  direction: 'up' | 'down';
  from: string;
  to: string;
  /** every plan the output depends on (the chain that builds the starting model, then the path) */
  plans: LoadedPlan[];
  pathPlans: LoadedPlan[];
  manual: { plan: string; text: string }[];
  /** The physical names of the compile, when the product's naming parameters change them. */
  naming?: Naming;
  /** Where the naming parameters put the objects, in words (absent: the plans' own names). */
  namesNote?: string;
  /** Whether the script creates tables, into a database holding product tables or into one without any. */
  newTables?: 'none' | 'fresh' | 'existing';
  /** The tables it creates or widens whose rows fit only narrower character sets (DialectRules.rowSize): the header says what is required. */
  rowSize?: RowSizeNeed[];
  /** The header's lines on the script's lock and statement timeouts (DialectScript.timeouts), each without its `-- `. */
  timeouts?: string[];
  /** What a failure leaves behind, when it is not the dialect's sentence (a script in several parts). */
  failureNote?: string;
  /** The reason the other direction is refused, when a step of the path says `irreversible:` (no reverse command). */
  irreversible?: string;
  /** The parameters that took their `example:` (out/): named as such, so nobody applies the file as it is. */
  examples?: string[];
  /** The parameters with no value that the script never read (a rollback without an import's source): named as such. */
  notGiven?: string[];
  /** An atomic script's second-run note, when not the dialect's (a script that changes no table runs again). */
  secondRunNote?: string;
  /** The product's other schemas or databases holding its objects where the script starts (for the backup line). */
  placesInUse?: string[];
  /** The dialect's lines on the script's locks (DialectLocks.headerLines), without `-- `. */
  locks?: string[];
  /** The tables and columns whose data the script destroys, one line each, without `-- DATA DROPPED: ` (data-dropped.ts). */
  dataDropped?: string[];
  /** A rollback's `ROWS DELETED:` lines (cascades.ts rollbackRowsDeleted); an upgrade's come from its plans' steps. */
  rollbackRowsDeleted?: string[];
  /**
   * The dialect's words (DialectScript.placeNote) on each schema or database outside the one the script runs in
   * where it creates or changes objects (a product's locations): one `also:` line each.
   */
  also?: string[];
  /**
   * The file the script is written to (plan compile -o): its base name is the file the apply line applies, and the
   * reverse command writes a file named after it. Absent: the default name (standard output, and plan build's out/
   * files, which are named so).
   */
  file?: string;
}

/** A value as a shell word (src/shell.ts; kept here for the header's callers). */
export { shellWord } from '../shell.js';
import { PLAN_COMMAND, paramWord, shellWord } from '../shell.js';
import { plural } from '../plural.js';

/** Text of a plan on one comment line: its line breaks folded (the schema allows no other control character). */
const oneLine = foldLines;

/**
 * The file names of a script's header (found by a fresh user: `-o cleanup.sql` wrote a header applying up.sql): the
 * file it applies (`file`'s base name; without one, up.sql for an upgrade, down.sql for a rollback) and the one its
 * reverse command writes (the other default, or for a file named otherwise, its name with `-reverse` before the
 * extension: never the script's own name). A script written to standard output is the one compile() gives without a
 * file (the same bytes, whatever the output: a note there would make `> up.sql` differ from `-o up.sql`).
 */
export function scriptFileNames(direction: 'up' | 'down', file?: string): { apply: string; reverse: string } {
  const own = direction === 'up' ? 'up.sql' : 'down.sql';
  const other = direction === 'up' ? 'down.sql' : 'up.sql';
  const base = file ? basename(file) : own;
  const dot = base.lastIndexOf('.');
  const reverse = base === own ? other : dot > 0 ? `${base.slice(0, dot)}-reverse${base.slice(dot)}` : `${base}-reverse`;
  return { apply: base, reverse };
}

/** The command that backs the database up before the script runs; a file named after its version. */
function backupCommand(d: Dialect, product: string, version: string, places: string[] = [], target: ApplyTarget = {}): string {
  return d.script.backupCommand(`${product}-${version}-before`, places, target);
}

/**
 * The database the script must run in, when a step of the path checks it (a precondition with `database:`, for this
 * dialect, whose parameter has a non-empty value: Fief 0.28 on MySQL runs in `main_database`); the header's apply and
 * backup commands then name it instead of the DATABASE placeholder. Undefined when no step says.
 */
function checkedDatabase(h: HeaderInput): ApplyTarget | undefined {
  const param = databaseParameter(h.pathPlans, h.dialect, h.params, h.direction);
  const value = param === undefined ? undefined : h.params[param];
  if (typeof value === 'string' && value !== '') return { database: value };
  // A file that must not be the one a parameter names (Fief 0.27 → 0.28 on SQLite: not the workspace's file), of a
  // product whose main file has a name (sqlite_file_name.main_file): that file, the one the manual step makes.
  const decl = h.product.product.sqlite_file_name;
  const renamed = fileRename(h.pathPlans, h.dialect, h.params, h.direction);
  return renamed?.notParam !== undefined && decl?.main_file && decl.param === renamed.notParam ? { database: decl.main_file.name } : undefined;
}

/**
 * On an engine whose database is a file (DialectScript.databaseIsFile: SQLite), the plan of the path that checks the
 * file's name (a precondition with `database:`, either way; a rollback's among its steps' `inverse:`): the script runs
 * on the file that plan's manual step names or renames. `plan`: its title as the manual steps name it (a rollback's
 * `0.28 → 0.27`); `notParam`: the parameter the file must not be named after, when the check is that one.
 */
export function fileRename(plans: LoadedPlan[], d: Dialect, params: Record<string, Scalar>, direction: 'up' | 'down'): { plan: string; notParam?: string } | undefined {
  if (!d.script.databaseIsFile) return undefined;
  type Checked = { precondition?: { database?: { param: string; is_not?: true } }; dialects?: string[] };
  const checkOf = (c: Checked | undefined) => c?.precondition?.database;
  for (const plan of plans) {
    const title = direction === 'up' ? `${plan.plan.from} → ${plan.plan.to}` : `${plan.plan.to} → ${plan.plan.from}`;
    for (const s of stepsOf(plan, params)) {
      if (!stepApplies(s.step, d, params)) continue;
      const found =
        direction === 'up'
          ? s.op === 'precondition' ? checkOf({ precondition: s.args as Checked['precondition'] }) : undefined
          : (Array.isArray((s.step as { inverse?: unknown }).inverse) ? ((s.step as { inverse: Checked[] }).inverse) : []).map((i) => (!i.dialects || i.dialects.includes(d.name) ? checkOf(i) : undefined)).find((x) => x !== undefined);
      if (found) return { plan: title, ...(found.is_not ? { notParam: found.param } : {}) };
    }
  }
  return undefined;
}

/**
 * The words that put a path's file rename (fileRename) before the backup: `n`, the manual step's number in the list
 * the reader sees (1-based), `plan` its title. Said by the header, plan review and plan status alike.
 */
export function renameFirstWords(n: number, plan: string): string {
  return `manual step ${n} ([${plan}]) renames the file this script runs on: do it after the stop and before the backup; the backup and apply commands name the file as it is after it (before it, that file is another database or none, and sqlite3 would open an empty one)`;
}

/**
 * The parameter naming the database a script through `plans` must run in (a precondition with `database:` and without
 * `is_not`, for dialect `d`: Fief 0.27 → 0.28 on MySQL, main_database; a rollback's, among the steps' `inverse:`,
 * Fief 0.28 → 0.27 on SQLite, workspace_id: the workspace's file), or undefined when no step checks it.
 * @param direction up (default): the upgrade's steps; down: the rollback's (the steps' inverse: lists)
 */
export function databaseParameter(plans: LoadedPlan[], d: Dialect, params: Record<string, Scalar>, direction: 'up' | 'down' = 'up'): string | undefined {
  type Checked = { precondition?: { database?: { param: string; is_not?: true } }; dialects?: string[] };
  // (A check that the script does not run in the one a parameter names names no database to run in.)
  const named = (c: Checked | undefined) => (c?.precondition?.database && !c.precondition.database.is_not ? c.precondition.database.param : undefined);
  for (const plan of plans) {
    for (const s of stepsOf(plan, params)) {
      if (!stepApplies(s.step, d, params)) continue;
      if (direction === 'up') {
        const param = s.op === 'precondition' ? named({ precondition: s.args as Checked['precondition'] }) : undefined;
        if (param !== undefined) return param;
        continue;
      }
      const inverse = (s.step as { inverse?: unknown }).inverse;
      for (const i of Array.isArray(inverse) ? (inverse as Checked[]) : []) {
        const param = !i.dialects || i.dialects.includes(d.name) ? named(i) : undefined;
        if (param !== undefined) return param;
      }
    }
  }
  return undefined;
}

/**
 * The tables and columns the path's upgrade creates (following renames, leaving out what it drops again): what a
 * rollback of it drops, with their data. Columns of tables it creates are not listed apart.
 */
export function createdByUpgrade(plans: LoadedPlan[], dialect: Dialect, params: Record<string, Scalar>): { tables: string[]; columns: string[] } {
  const tables: string[] = [];
  const columns: string[] = [];
  const rename = (list: string[], from: string, to: string) => list.forEach((x, i) => (list[i] = x === from ? to : x));
  const remove = (list: string[], x: string) => list.includes(x) && list.splice(list.indexOf(x), 1);
  for (const plan of plans) {
    for (const { op, args, step } of stepsOf(plan, params)) {
      if (!stepApplies(step, dialect, params)) continue;
      if (op === 'create_table' || op === 'create_partition') tables.push(args.name);
      else if (op === 'add_column' && !tables.includes(args.table)) columns.push(`${args.table}.${args.column.name}`);
      else if (op === 'rename_table') {
        rename(tables, args.from, args.to);
        columns.forEach((c, i) => c.startsWith(`${args.from}.`) && (columns[i] = `${args.to}.${c.slice(args.from.length + 1)}`));
      } else if (op === 'rename_column') rename(columns, `${args.table}.${args.from}`, `${args.table}.${args.to}`);
      else if (op === 'drop_table') {
        remove(tables, args.name);
        for (const c of columns.filter((c) => c.startsWith(`${args.name}.`))) remove(columns, c);
      } else if (op === 'drop_column') remove(columns, `${args.table}.${args.column}`);
    }
  }
  return { tables, columns };
}

/**
 * What the rollback of the upgrade through `pathPlans` drops, with the data in them (createdByUpgrade of their written
 * plans), with the physical names of `naming`: the header's `the rollback would drop:` / `this rollback drops:` line.
 */
export function rollbackDrops(pathPlans: LoadedPlan[], dialect: Dialect, params: Record<string, Scalar>, naming?: Naming): { tables: string[]; columns: string[] } {
  const plain = createdByUpgrade(expandDerived(pathPlans), dialect, params);
  const n = naming;
  return n ? { tables: plain.tables.map((t) => n.table(t)), columns: plain.columns.map((c) => `${n.table(c.slice(0, c.indexOf('.')))}${c.slice(c.indexOf('.'))}`) } : plain;
}

/**
 * A data step's `where:` in words: the rows it selects, or (`outside`) the rows it leaves out, which include the
 * rows whose column is NULL; a parameter's value is named with the parameter.
 */
function whereWords(w: WhereSpec, params: Record<string, Scalar>, outside: boolean): string {
  // A parameter's value as --param takes it (paramWord), the one spelling the header's parameters line uses too.
  // A value of any content (a row's text may hold line breaks and control characters) escaped onto one line (quoted).
  const value = (v: Scalar | { param: string }) => (typeof v === 'object' ? `the value of ${paramWord(v.param, params[v.param])}` : typeof v === 'string' ? quoted(v) : JSON.stringify(v));
  const orNull = outside ? ' (or is NULL)' : '';
  if (w.is_null !== undefined) return `${w.column} IS ${w.is_null === outside ? 'NOT ' : ''}NULL`;
  if (w.not_equals !== undefined) return `${w.column} is ${outside ? '' : 'not '}${value(w.not_equals)}${orNull}`;
  if (w.in !== undefined) return `${w.column} is ${outside ? 'none' : 'one'} of ${plural(w.in.length, 'value')}${orNull}`;
  return `${w.column} is ${outside ? 'not ' : ''}${value(w.equals ?? '')}${orNull}`;
}

/**
 * The banner numbers (`9/15`) of the operations a script runs for one plan step: `title` is the plan's section
 * title as the banners write it (`0.6 → 0.7`; a rollback's `0.7 → 0.6`), `index` the step's 0-based place in its
 * plan file; several for a for_each step or an inverse of several operations, none for a step the script leaves out.
 */
export type StepNumbers = (title: string, index: number) => string[];

/**
 * StepNumbers of a compiled script, from its units (compile.ts Unit: the plan's title, the step, its position): a
 * message names a step as the script's banners and plan status do (found by a fresh user: the header's "rows not
 * copied" line said "step 11", the YAML step's place, where the banners said 8/11 and 9/11 … for the same step).
 */
export function stepNumbersOf(units: readonly { plan: string; step: { index: number }; position: string }[]): StepNumbers {
  const byStep = new Map<string, string[]>();
  for (const u of units) {
    const key = `${u.plan}\0${u.step.index}`;
    byStep.set(key, [...(byStep.get(key) ?? []), u.position]);
  }
  return (title, index) => byStep.get(`${title}\0${index}`) ?? [];
}

/**
 * `step 9/15` or `steps 9/15, 10/15 and 11/15`: the script's operations of step `index` of the plan `title`, as its
 * banners number them (StepNumbers); `many` when there are several, for the verb after it. A step the script has no
 * operation of (none: not expected) is named by its place in its plan file.
 */
export function stepWords(numbers: StepNumbers, title: string, index: number): { words: string; many: boolean } {
  const n = numbers(title, index);
  if (n.length === 0) return { words: `step ${index + 1} of the plan file`, many: false };
  if (n.length === 1) return { words: `step ${n[0]}`, many: false };
  return { words: `steps ${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`, many: true };
}

/**
 * Copies of the path that leave rows out on purpose (`copy_rows` with a `where:`): the rows not copied, with the
 * step's note (why), one line each. An upgrade only: a rollback copies nothing back.
 */
export function rowsLeftOut(plans: LoadedPlan[], dialect: Dialect, params: Record<string, Scalar>, numbers: StepNumbers): string[] {
  const out: string[] = [];
  for (const plan of plans) {
    const title = `${plan.plan.from} → ${plan.plan.to}`;
    // A for_each step is one line: its tables listed.
    const byStep = new Map<number, { froms: string[]; line: (froms: string) => string }>();
    for (const { op, args, step, index } of stepsOf(plan, params)) {
      const { words, many } = stepWords(numbers, title, index);
      if (op === 'import_rows' && stepApplies(step, dialect, params)) {
        out.push(`[${title}] ${words} ${many ? 'import' : 'imports'} rows of the source table named by ${paramWord(args.from.table.param, params[args.from.table.param])} into ${args.into} except those a unique key of ${args.into}${args.unique_entries ? `, an entry of ${(args.unique_entries as { column: string }[]).map((u) => `${args.into}.${u.column}`).join(', ')} another row has` : ''} or an earlier source row stands in the way of, those too long for a column, and those it skips (${(args.skip as { reason: string }[] | undefined ?? []).map((s) => oneLine(s.reason)).join('; ')})`);
        continue;
      }
      if (op !== 'copy_rows' || !(args.where || args.skip) || !stepApplies(step, dialect, params)) continue;
      const left = [...(args.where ? [`those where ${whereWords(args.where, params, true)}`] : []), ...(args.skip ? [`those it skips (${(args.skip as { reason: string }[]).map((s) => oneLine(s.reason)).join('; ')})`] : [])].join(' and ');
      const known = byStep.get(index);
      if (known) known.froms.push(args.from);
      else byStep.set(index, { froms: [args.from], line: (froms) => `[${title}] ${words} ${many ? 'copy' : 'copies'} rows of ${froms} into ${args.into} except ${left}${step.note ? ` — ${oneLine(step.note)}` : ''}` });
    }
    for (const { froms, line } of byStep.values()) out.push(line(froms.join(', ')));
  }
  return out;
}

/** The rows the path's upgrade deletes on purpose (`delete_where`), with the step's note (why), one line each. */
export function rowsDeleted(plans: LoadedPlan[], dialect: Dialect, params: Record<string, Scalar>, numbers: StepNumbers): string[] {
  const out: string[] = [];
  for (const plan of plans) {
    const title = `${plan.plan.from} → ${plan.plan.to}`;
    for (const { op, args, step, index } of stepsOf(plan, params)) {
      if (op !== 'delete_where' || !stepApplies(step, dialect, params)) continue;
      const which = whereWords(args.where, params, false);
      const { words, many } = stepWords(numbers, title, index);
      out.push(`[${title}] ${words} ${many ? 'delete' : 'deletes'} the rows of ${args.table} where ${which}${step.note ? ` — ${oneLine(step.note)}` : ''}`);
    }
  }
  return out;
}

/** "tables a, b; columns t.c" or "nothing", on one line. */
function dropList(created: { tables: string[]; columns: string[] }): string {
  const parts = [
    ...(created.tables.length ? [`${created.tables.length === 1 ? 'table' : `${created.tables.length} tables`} ${created.tables.join(', ')}`] : []),
    ...(created.columns.length ? [`${created.columns.length === 1 ? 'column' : `${created.columns.length} columns`} ${created.columns.join(', ')}`] : []),
  ];
  return parts.length ? `${parts.join('; ')}, and the data in ${created.tables.length + created.columns.length === 1 ? 'it' : 'them'}` : 'no table or column';
}

/**
 * The header of a script: near the top what it is, the backup to take first, the product's stop/start procedure,
 * how to apply it and what its rollback drops (or, for a rollback, what it drops); then parameters, sources, the
 * re-run promise and its exceptions, and the manual steps. No timestamps: the same plans give the same bytes.
 */
/**
 * What a script says to stop, when the product's `procedure:` names nothing: the writers stop before the backup
 * whatever the product (found by a fresh DBA: AuthHero's header said to back up, its stop was manual step 2).
 */
export const DEFAULT_STOP = 'every application that writes to this database (its product file names none)';

/**
 * What to stop before applying a script and start after it, from the product's `procedure:` (a rollback takes
 * `procedure.rollback`, a fresh install `procedure.install`, where the product gives one): nothing to stop before a
 * fresh install, nothing to start after a teardown; `{version}` in the start line is the release the script reaches.
 * Every other script has a stop line: the product's, else DEFAULT_STOP.
 */
export function procedureSteps(product: LoadedProduct, direction: 'up' | 'down', from: string, to: string): { stop?: string; start?: string } {
  const declared = product.product.procedure ?? {};
  const fresh = direction === 'up' && from === '0';
  const procedure = direction === 'down' && declared.rollback ? declared.rollback : fresh && declared.install ? { ...declared, ...declared.install } : declared;
  return {
    ...(!fresh ? { stop: procedure.stop_before ?? DEFAULT_STOP } : {}),
    // A stage (0.28-cleanup) runs on the release it is a stage of.
    ...(procedure.start_after && to !== '0' ? { start: procedure.start_after.replace(/\{version\}/g, to.replace(/-.*$/, '')) } : {}),
  };
}

/**
 * The ` --plans DIR` a printed command needs to find `product` again: its plans directory as the sources name it,
 * or nothing for the bundled plans (found without it).
 */
export function plansOptionOf(product: LoadedProduct): string {
  return dirname(product.dir) === bundledPlansDir() ? '' : ` --plans ${shellWord(dirname(dirname(product.relPath)))}`;
}

/** A parameter's value as the shell word `--param` takes (src/shell.ts; kept here for the header's callers). */
export { paramWord } from '../shell.js';

/** ` --param name=value` for each parameter, each a shell word (paramWord): the parameters of a printed compile command. */
export function paramWords(params: Record<string, Scalar>): string {
  return Object.entries(params).map(([k, v]) => ` --param ${paramWord(k, v)}`).join('');
}

/**
 * The commands a script is backed up and applied with, as its header gives them (review.md gives the same): the
 * backup names the product's other schemas or databases in use, and both name the database a step checks the script
 * runs in (else the DATABASE placeholder).
 * @returns `backup` (absent for a fresh install: there is nothing to back up) and `apply`, given the script's file name
 */
export function scriptCommands(h: HeaderInput): { backup?: string; apply(file: string): string; rename?: { step: number; plan: string; text: string } } {
  const fresh = h.direction === 'up' && h.from === '0';
  // An upgrade's checks, or a rollback's own (its steps' inverse: lists; the upgrade's preconditions it does not run).
  const target = checkedDatabase(h);
  // The manual step that renames the file the script runs on: before the backup (found by a fresh DBA: the rollback's
  // header backed up the workspace's file before the rename that makes it).
  const renamed = fresh ? undefined : fileRename(h.pathPlans, h.dialect, h.params, h.direction);
  const step = renamed ? h.manual.findIndex((m) => m.plan === renamed.plan) : -1;
  return {
    ...(step >= 0 ? { rename: { step: step + 1, plan: renamed!.plan, text: h.manual[step].text } } : {}),
    ...(fresh ? {} : { backup: backupCommand(h.dialect, h.product.product.product, h.from, h.placesInUse, target) }),
    apply: (file) => (target ? h.dialect.script.applyCommand(file, target) : h.dialect.script.applyHint.replace(/FILE/g, () => file)),
  };
}

/**
 * The header's `sources` lines: the sha256 of each file the script is made from (the product file, then the plans of
 * its path), and of the plans that build its starting schema as one digest; with the commands that recompute them,
 * so that a DBA can check a script against the plans it names. Each file's sha256 is that of its bytes
 * (`sha256sum FILE`); the digest is the sha256 of the lines `FILE SHA256` (one space, a newline after each) of those
 * plans in chain order. The paths are as the compile named them: the bundled plans/ from plan's own folder, else
 * from the folder it ran in (src/paths.ts displayPath); the commands run there, in a POSIX shell, and a line says
 * which folder that is. A file missing there (the wrong folder) is an error with no digest: `sha256sum` says so
 * itself, and the chain's digest first reads every file with `cat` (found by a fresh user: the loop printed the
 * digest of empty input, which looked like tampering).
 */
export function sourceLines(product: LoadedProduct, pathSources: LoadedPlan[], base: LoadedPlan[], baseDigest: string, at: string): string[] {
  const files = [product.relPath, ...new Set(pathSources.map((x) => x.relPath))].map(shellWord);
  const chain = base.map((x) => shellWord(x.relPath)).join(' ');
  return [
    `-- sources (sha256 of each file; check: sha256sum ${files.join(' ')}):`,
    `--   (run the checks ${dirname(product.dir) === bundledPlansDir() ? `in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan")` : 'in the folder plan compile ran in, which these paths start from'}; a file not found there is an error, and no digest is printed)`,
    `--   ${product.relPath} ${product.sha256}`,
    ...pathSources.map((x) => `--   ${x.relPath} ${x.sha256}`),
    ...(base.length
      ? [
          `--   schema at ${at} replayed from ${base.length} plan${base.length > 1 ? 's' : ''} (${base[0].relPath} …) ${baseDigest}`,
          `--     (check: cat ${chain} > /dev/null && for f in ${chain}; do printf '%s %s\\n' "$f" "$(sha256sum < "$f" | cut -c1-64)"; done | sha256sum)`,
        ]
      : []),
  ];
}

export function header(h: HeaderInput): string {
  const p = h.product.product.product;
  // A rollback is taken through as the product says for rollbacks, where it says (procedure.rollback).
  const steps = procedureSteps(h.product, h.direction, h.from, h.to);
  // A derived install stands for the written plans it is derived from: they are the sources.
  const base = expandDerived(h.plans.filter((x) => !h.pathPlans.includes(x)));
  const pathSources = expandDerived(h.pathPlans);
  const baseDigest = createHash('sha256').update(base.map((x) => `${x.relPath} ${x.sha256}\n`).join('')).digest('hex');
  const params =
    // Each as the shell word `--param` takes (a value with a space or a quote is quoted), so the list reads unambiguously.
    (Object.entries(h.params).map(([k, v]) => paramWord(k, v)).join(' ') || '(none)') +
    (h.examples?.length ? ` (${h.examples.join(', ')}: an example value, not a database's: compile with its own before applying)` : '') +
    (h.notGiven?.length ? ` (${h.notGiven.join(', ')}: not given; this script does not use ${h.notGiven.length === 1 ? 'it' : 'them'})` : '');
  const fresh = h.direction === 'up' && h.from === '0';
  // A stage (a version named after the release it is a stage of: 0.28-cleanup, 1.41-imported) is reached from that
  // release by its own plan, which is no upgrade to a later release: what it does is its plan's summary, below.
  const stage = h.direction === 'up' && !fresh && h.to.includes('-');
  const kind = h.direction === 'up' ? (fresh ? 'fresh install' : stage ? 'stage' : 'upgrade') : 'rollback';
  const engine = h.dialect.script.engineName;
  const what = fresh
    ? `creates the ${p} schema at ${h.to} in an empty ${engine} database`
    : stage
      ? `takes ${/^[aeiou]/i.test(p) ? 'an' : 'a'} ${p} database at ${h.from} to its stage ${h.to} on ${engine}`
      : h.direction === 'up'
      ? `upgrades ${/^[aeiou]/i.test(p) ? 'an' : 'a'} ${p} database from ${h.from} to ${h.to} on ${engine}`
      : `rolls ${/^[aeiou]/i.test(p) ? 'an' : 'a'} ${p} database back from ${h.from} to ${h.to} on ${engine}`;
  const created = rollbackDrops(h.pathPlans, h.dialect, h.params, h.naming);
  const n = h.naming;
  const plansOption = plansOptionOf(h.product);
  const commands = scriptCommands(h);
  // The parameters the other direction reads, as given to this compile (a rollback that ignores the import's source
  // passes it on); one it reads that this compile was not given nor has a default for, its compile asks for.
  // It writes the file the other direction's apply line reads (-o: a failed compile leaves no file), ready to paste.
  const names = scriptFileNames(h.direction, h.file);
  const reverse = `${PLAN_COMMAND} compile ${p} ${h.to} ${h.from} --dialect ${h.dialect.name}${plansOption}${paramWords(h.reverseParams)} -o ${shellWord(names.reverse)}`;
  // Imports of the path (their rollback deletes the rows they made).
  const imports = h.pathPlans.flatMap((pl) => stepsOf(pl, h.params).filter((s) => s.op === 'import_rows' && stepApplies(s.step, h.dialect, h.params)).map((s) => ({ into: n ? n.table(s.args.into) : s.args.into, record: n ? n.table(s.args.record) : s.args.record })));
  // Rows a copy skips on purpose are listed by the report (report.ts): the command that prints it.
  const skips = h.direction === 'up' && h.pathPlans.some((pl) => stepsOf(pl, h.params).some((s) => ((s.op === 'copy_rows' && s.args.skip) || s.op === 'import_rows') && stepApplies(s.step, h.dialect, h.params)));
  const report = `${PLAN_COMMAND} compile ${p} ${h.from} ${h.to} --dialect ${h.dialect.name}${plansOption}${paramWords(h.params)} --report -o report.sql`;
  // Manual steps of upgrade plans (a configuration key renamed, …) do not concern a fresh install.
  const manual = fresh ? h.manual.filter((m) => m.plan.startsWith('0 →')) : h.manual;
  const lines = [
    `-- plan ${toolVersion()} · ${p} ${h.from} → ${h.to} · ${h.dialect.name} · ${kind}`,
    `-- what:     this script ${what} (generated from the plans listed below)`,
    ...(h.direction === 'down' && h.to === '0' ? [`-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF ${p.toUpperCase()} AND ALL THE DATA IN THEM.`] : []),
    // The writers stop first, then the backup: a dump taken while the application still writes is not the state
    // the script starts from, nor the one a restore would bring back.
    ...(steps.stop ? [`-- stop:     first, before the backup: ${steps.stop}`] : []),
    ...(commands.rename ? [`-- rename:   then: ${renameFirstWords(commands.rename.step, commands.rename.plan).replace(/^manual step/, 'MANUAL STEP')}`] : []),
    ...(commands.backup !== undefined ? [`-- backup:   then: ${commands.backup}`] : []),
    ...(h.also ?? []).map((l) => `-- also:     ${oneLine(l)}`),
    `-- apply:    ${commands.apply(shellWord(names.apply))}`,
    ...(steps.start ? [`-- start:    after applying: ${steps.start}`] : []),
    ...(h.irreversible !== undefined
      ? [`-- IRREVERSIBLE: this script has no rollback: ${oneLine(h.irreversible)}`]
      : [
          `-- reverse:  ${reverse}`,
          h.direction === 'up' ? `-- the rollback would drop: ${dropList(created)}` : `-- this rollback drops: ${dropList(created)}`,
          // An import's rows go row by row, by its record: the rows it made, and no other.
          ...imports.map((i) => `-- ${h.direction === 'up' ? 'the rollback would delete' : 'this rollback deletes'}: the ${i.into} rows the import made (their keys are in ${i.record}), and nothing else of ${i.into}`),
        ]),
    // What this script itself destroys (a rollback's drops of what its upgrade created are the line above).
    ...(h.dataDropped ?? []).map((l) => `-- DATA DROPPED: ${l}`),
    `-- parameters: ${params}`,
    ...(h.namesNote ? [`-- names:    ${h.namesNote}`] : []),
    ...sourceLines(h.product, pathSources, base, baseDigest, h.direction === 'up' ? h.from : h.to),
    ...h.pathPlans.filter((x) => x.derived).map((x) =>
      h.direction === 'up'
        ? `-- derived:  the install 0 → ${x.plan.to} is derived from the chain ${derivedPath(x)}: those plans are replayed in the model (no SQL) and the install creates their result directly (tables, keys, indexes, rows), checked by the compiler to equal the chain's model`
        : `-- derived:  the install 0 → ${x.plan.to} undone here is derived from the chain ${derivedPath(x)} (replayed in the model); its rollback drops what it creates`,
    ),
    h.dialect.script.atomic ? `-- ${h.secondRunNote ?? h.dialect.script.atomic.secondRunNote}` : `-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.`,
    ...unguardedRawSteps(h.pathPlans, h.dialect, h.params, h.direction).map(
      (u) => `-- except (not guarded, runs on every run): ${u.plan} ${stepWords(h.stepNumbers, u.plan, u.index).words}: ${oneLine(u.description)} — ${oneLine(u.reason)}`,
    ),
    `-- ${h.failureNote ?? h.dialect.script.failureNote}`,
    ...(h.timeouts ?? []).map((l) => `-- ${l}`),
    ...(h.newTables && h.newTables !== 'none'
      ? [`-- ${h.dialect.script.newTablesNote(h.newTables === 'fresh', h.rowSize)}`]
      : h.rowSize?.length && h.dialect.script.rowSizeNote
        ? [`-- ${h.dialect.script.rowSizeNote(h.rowSize)}`]
        : []),
    ...(h.locks ?? []).map((l) => h.dialect.syntax.comment(l).text),
    ...(h.direction === 'up' ? rowsLeftOut(h.pathPlans, h.dialect, h.params, h.stepNumbers).map((l) => `-- rows not copied: ${l}`) : []),
    ...(skips ? [`-- report:   the rows skipped, with the reason (read-only; before or after this script): ${report}`] : []),
    ...(h.direction === 'up' ? rowsDeleted(h.pathPlans, h.dialect, h.params, h.stepNumbers) : (h.rollbackRowsDeleted ?? [])).map((l) => `-- ROWS DELETED: ${l}`),
    ...(manual.length
      ? [`-- MANUAL STEPS (${manual.length}), not done by this script:`, ...manual.map((m, i) => `--   ${i + 1}. [${m.plan}] ${oneLine(m.text)}`)]
      : []),
    '',
  ];
  // Each line a comment of one line, checked as the dialect's comment() checks its text (src/text-rules.ts): the
  // header is written without comment(), and a line break would end its comment (a review found U+0085 raw in it).
  for (const l of lines) assertOneLine(l, 'a header line');
  return lines.join('\n');
}
