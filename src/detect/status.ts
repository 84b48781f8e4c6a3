// `plan status`: what is pending for a database whose version `detect` found: the plans from there to a target,
// their manual steps, and the exact commands that compile and apply the script. Pure: nothing is run.
import { didYouMean, versionMeant } from '../plan/text-distance.js';
import { isStage, lastRelease } from '../plan/graph.js';
import { compile, otherDialectParams, productFor, unreadParamWarnings } from '../compile/compile.js';
import { DEFAULT_TIMEOUTS, durationText, type ApplyTarget, type Timeouts } from '../dialects/dialect.js';
import { databaseParameter, renameFirstWords } from '../compile/header.js';
import { getDialect } from '../dialects/index.js';
import { PlanError } from '../plan/errors.js';
import { declaredParameters, resolveParams, type ParamOrigins } from '../plan/params.js';
import { namingParameters } from '../compile/naming.js';
import { otherCopiesColumns } from '../operations/refuse_other_copies.js';
import { findTable } from '../model/model.js';
import { PLAN_COMMAND, planCommand, shellWord } from '../shell.js';
import { procedureSteps, rowsDeleted, rowsLeftOut, stepNumbersOf } from '../compile/header.js';
import type { Between, DetectResult } from './detect.js';
import { dataStepsLine, skippedLine, type DataStepsFound } from './data-steps.js';
import { versionRowsText } from './version-rows.js';
import type { ParamFound } from './param-reads.js';
import type { LoadedProduct } from '../plan/types.js';

export interface StatusRequest {
  detected: DetectResult;
  /** The target version (default: the newest). */
  to?: string;
  /**
   * The parameters not given whose examples stood in for them in the comparison (they shape the schema: a for_each
   * map, a naming or location parameter): differences from the nearest version are then put down to them first,
   * not to changes made by hand (found by a fresh user: keto without --param namespaces).
   */
  stoodIn?: string[];
  /** The --param values given (name=value): repeated in the compile command. */
  params?: string[];
  /** Where the parameters of a params file were written: the warnings about one name that place. */
  paramOrigins?: ParamOrigins;
  plansDir?: string;
  /**
   * The database the apply commands name, as the --url gave it (SQLite: the file): its name, host, port and user,
   * never its password. What is left out shows as the client's placeholder (DATABASE) or default.
   */
  target?: ApplyTarget;
  /** The scripts' lock and statement timeouts (default: plan compile's): repeated in the compile command when not the defaults. */
  timeouts?: Timeouts;
  /**
   * The database URL as the product's own installer is given it (procedure.install.own_installer's {url}): the --url
   * with its password as PASSWORD (never the password itself); DATABASE_URL when not given.
   */
  url?: string;
  /**
   * The data steps of the script into the version the database's schema is at that still have rows to write, as
   * read-only queries found them (src/engines/live.ts readCatalogThen): with any, the state is resume.
   */
  dataSteps?: DataStepsFound;
  /**
   * The values of parameters the rollback needs as its upgrade used them, read from the rows that upgrade made
   * (src/detect/param-reads.ts, asked by src/engines/live.ts): one value, and a parameter not given takes it; several or
   * none, a note says so and how to pick.
   */
  paramRows?: ParamFound[];
}

/** The compile options that give `t` (none for plan compile's defaults). */
export function timeoutArgs(t: Timeouts): string[] {
  const shown = (ms: number) => (ms === 0 ? '0' : durationText(ms));
  return [
    ...(t.lockMs !== DEFAULT_TIMEOUTS.lockMs ? ['--lock-timeout', shown(t.lockMs)] : []),
    ...(t.statementMs !== DEFAULT_TIMEOUTS.statementMs ? ['--statement-timeout', shown(t.statementMs)] : []),
  ];
}

export interface StatusResult {
  /**
   * up-to-date: at the target; pending: plans to apply; resume: a stopped script to finish first; unknown: no exact
   * match (and no commands when the product's tables are named with another table-name prefix: detect's other-prefix).
   */
  state: 'up-to-date' | 'pending' | 'resume' | 'unknown';
  /**
   * The data steps of the script into the version the schema is at whose reads ran longer than --read-timeout and
   * none of which was found with work left: whether that script finished them is not known, so the state is unknown
   * (never up to date). Absent when every read answered.
   */
  unchecked?: { version: string; from: string; steps: string[] };
  /**
   * The version the commands start from (the detected one; the lowest of a set of identical ones going up); the
   * target when there are no commands.
   */
  from: string;
  to: string;
  direction: 'up' | 'down' | null;
  /** Half-way through a script whose state lies on its rollback too (Between.either): the way taken, by the target. */
  between?: Between;
  /** The plans the script applies, in the order it applies them. */
  plans: { from: string; to: string; summary: string; file: string }[];
  /** Manual steps, in order: the DBA does these, the script does not. */
  manual: { plan: string; text: string }[];
  /** For a script stopped half-way that a longer one may have gone through: that its earlier plans' manual steps are not listed. */
  manualBefore?: string;
  /** For a script stopped half-way: that the script itself, run again as it is, is the resume (before the commands). */
  resumeWith?: string;
  /** Parameters the commands take the default of that the schema cannot show: the operator confirms each (before the commands). */
  confirm?: string[];
  /** The compile and apply commands, in order (none when up to date). */
  commands: string[];
  /**
   * The backup to take before the first script (none for a fresh install or when there is nothing to apply). Of a
   * database a script stopped in (resume), a file named after that script (product-between-FROM-TO-stopped), never
   * the one its header names (product-FROM-before), which holds the state before it began: see `keep`.
   */
  backup?: string;
  /**
   * For a database a script stopped in: the backup its header named, taken before it began (the only copy of the
   * version it started from, `restores`), which the DBA keeps: the backup above does not overwrite it. `longer`:
   * a script of several plans may have gone through this one, begun at an earlier version (a later one for a
   * rollback) and named its backup after that: `pattern` is that name with FROM for the version (plan status
   * proposes such scripts itself, 9.0 → 10.1 through 9.2 → 9.3; found by use: the line named only the 9.2 file).
   */
  keep?: { file: string; restores: string; longer?: { direction: 'up' | 'down'; pattern: string } };
  /**
   * What to stop before the first script, and so before the backup (a dump taken while the application still writes is
   * not the state the script starts from): the product's procedure, as the script's header says it; none for a fresh
   * install or when there is nothing to apply.
   */
  stop?: string;
  /**
   * The manual step that renames the file the first script runs on (SQLite: Fief's workspace file and fief.db), to do
   * after the stop and before the backup, which with the apply command names the file as it is after it.
   */
  rename?: string;
  /** What the scripts do to data a DBA should know before running them (rows deleted, rows a copy or import leaves out). */
  data: string[];
  /** Sentences about the assumptions made (identical versions, parameters the schema cannot show, an inexact match). */
  notes: string[];
  /**
   * What to say on stderr, in plan compile's words: parameters given that no script reads (left out of the compile
   * commands), or that only another dialect's naming reads.
   */
  warnings: string[];
  /**
   * On an empty database of a product that installs itself (procedure.install.own_installer): its installer's command
   * (also the only command) and documentation, instead of the install plan's script.
   */
  install?: { command: string; docs: string };
}


/**
 * Why plan compile refuses the rollback `from` → `to` of `product` on `dialect` with the request's parameters (its
 * message without the plan file's position), or undefined when it compiles it; `examples`: the parameters not given
 * take their examples (the refusal asked is that of the path, not of a missing value).
 * @throws what compile throws that is not a PlanError (an internal error)
 */
function rollbackRefusal(product: string, dialect: string, from: string, to: string, req: Pick<StatusRequest, 'params' | 'plansDir'>, examples = false): string | undefined {
  try {
    compile({ product, from, to, dialect, params: req.params, plansDir: req.plansDir, ...(examples ? { examples: true } : {}) });
    return undefined;
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    const at = e.pos ? `${e.pos.file}:${e.pos.line}:${e.pos.col}: ` : '';
    return e.message.startsWith(at) ? e.message.slice(at.length) : e.message;
  }
}

/**
 * The note of a database whose schema is at `u.version` and whose data step reads timed out (StatusResult.unchecked):
 * what is not known, and how to find out; `onward`: the commands go on from that version (they assume it finished).
 */
function uncheckedLine(u: NonNullable<StatusResult['unchecked']>, onward: boolean): string {
  const steps = `${u.steps.length === 1 ? 'step' : 'steps'} ${u.steps.join('; ')}`;
  return `state unknown: the schema is at ${u.version}, but whether the ${u.from} → ${u.version} script finished its data ${steps} is not known (the read${u.steps.length === 1 ? '' : 's'} ran longer than --read-timeout); run status again with a longer --read-timeout (0: no limit)${onward ? `; the commands below assume ${u.version} with its data steps done: if the script stopped before them, they do not do them` : ', or run the ' + u.from + ' → ' + u.version + ' script again, which resumes them if it stopped before them and changes nothing otherwise'}`;
}

/**
 * What to do to bring the detected database to `to`.
 * @throws PlanError for an unknown target version, or one past the last version the database's dialect supports
 */
export function status(req: StatusRequest): StatusResult {
  const det = req.detected;
  // The versions the database's dialect supports (product.yaml dialect_versions:); a later target is refused.
  const product = productFor(det.product, getDialect(det.dialect), req.plansDir, req.to === undefined ? [] : [req.to]);
  const all = ['0', ...product.product.versions];
  const rank = (v: string) => all.indexOf(v);
  // By default the last release: a stage (0.28-cleanup) is gone to on purpose, with its own --to. A database at a
  // stage past the last release (or stopped on the way into one) stays its target: it is where the DBA took it, and
  // the release before it would be a rollback (an irreversible one for a cleanup), not something to apply.
  const last = lastRelease(all);
  const at = det.outcome === 'between' ? det.between!.to : det.outcome === 'exact' ? det.best.versions[det.best.versions.length - 1] : undefined;
  const atStage = req.to === undefined && at !== undefined && isStage(at) && rank(at) > rank(last);
  const to = req.to ?? (atStage ? at! : last);
  if (!all.includes(to)) throw new PlanError(`unknown version "${to}" of ${det.product}${didYouMean(versionMeant(to, all))} (versions: ${all.join(', ')})`);
  // The product's tables are named with another prefix: commands for the names given would install it beside them.
  if (det.outcome === 'other-prefix') return { state: 'unknown', from: to, to, direction: null, plans: [], manual: [], commands: [], data: [], notes: [], warnings: [] };
  // SQLite: the main database beside the product's file (Fief 0.27's fief.db), none of the product's tables in it: an
  // install here would put the workspace's tables beside the main ones (found by a fresh DBA: status proposed 0 → 0.28).
  if (det.mainFile && det.best.versions.length === 1 && det.best.versions[0] === '0') {
    return { state: 'unknown', from: '0', to, direction: null, plans: [], manual: [], commands: [], data: [], notes: [`no commands: ${det.mainFile.file} is not the file the scripts run on (see the note above)`], warnings: [] };
  }
  // A rollback is proposed only where plan compile makes it (a cleanup's plan is often irreversible: Keto 0.7-cleanup
  // drops the legacy tables; found by review, status said "--to 0.7 would roll it back" there): else its refusal.
  const rollback = atStage ? rollbackRefusal(det.product, det.dialect, at!, last, req) : undefined;
  const notes: string[] = atStage ? [`${to} is a stage past the last release, ${last}, that this database was taken to: the target here (${rollback === undefined ? `--to ${last} would roll it back` : `plan compile refuses the rollback to ${last}: ${rollback}`})`] : [];
  // The version tables' rows, as the live reading asked them of the versions matched (src/detect/version-rows.ts).
  const rowsSay = det.versionRows ? versionRowsText(det.versionRows, det.best.label) : undefined;
  let from: string;
  let state: StatusResult['state'];
  // The scripts to run, in order: one, or for a stopped script that must be finished first, two.
  let scripts: [string, string][];
  // The script the database stopped in (a resumable state): its backup is named apart from the one taken before it.
  let stoppedIn: [string, string] | undefined;
  // The data steps whose reads timed out, none found with work left (StatusResult.unchecked).
  let unchecked: StatusResult['unchecked'];
  let resumeWith: string | undefined;
  let taken: Between | undefined;
  if (det.outcome === 'between') {
    let b = det.between!;
    // A state on the way of both the script and its rollback: the target tells which one stopped (a rollback when it
    // is at or below the lower version; found by a fresh DBA: a stopped 12.1 → 3.5 rollback, --to 3.5, was told to
    // run the 11.4 → 12.0 upgrade first, with the upgrade's manual step).
    if (b.either) {
      const [low, high] = b.direction === 'up' ? [b.from, b.to] : [b.to, b.from];
      const { either: _, ...one } = b;
      b = rank(to) <= rank(low) ? { ...one, from: high, to: low, direction: 'down' } : { ...one, from: low, to: high, direction: 'up' };
      taken = b;
      notes.push(b.direction === 'up'
        ? `the schema half-way is the same on the ${high} → ${low} rollback: if that one stopped, run status again with --to ${low} or below`
        : `the schema half-way is the same on the ${low} → ${high} script and on its rollback: with the target ${to}, the commands take it for the rollback`);
    }
    from = b.from;
    state = 'resume';
    stoppedIn = [b.from, b.to];
    const onward = b.direction === 'up' ? rank(to) >= rank(b.to) : rank(to) <= rank(b.to);
    scripts = onward ? [[b.from, to]] : [[b.from, b.to], [b.to, to]];
    notes.push(`the database stopped half-way through the ${b.from} → ${b.to} script: ${onward ? 'the script the commands above compile resumes it where it stopped and goes on' : `finish it first (the first script the commands above compile resumes it), then the second takes it to ${to}`}`);
    if (onward) resumeWith = `the script that stopped, run again as it is (the same file, as approved), resumes where it stopped and goes on to the version it was going to: prefer it; the commands below are for when it is not at hand (they compile from ${b.from}, to a file of their own)`;
  } else {
    const vs = det.best.versions;
    const before = det.outcome === 'exact' ? det.best.before : undefined;
    if (before && rank(to) >= rank(vs[0])) {
      // A schema of an earlier patch (7.0 before 7.0.13): the script into the version brings what the patch added
      // (its version check takes the database for one on its way: what the patch added is missing, the rest there).
      from = all[rank(vs[0]) - 1];
      state = 'pending';
      scripts = [[from, to]];
      notes.push(`the database is at ${vs[0]} before ${before.patch}: the ${from} → ${vs[0]} script adds what ${before.patch} added (${before.added.join('; ')})${to === vs[0] ? '' : ` and goes on to ${to}`}, and finds the rest done`);
    } else {
      // The schema is at the target, but the script into it stopped before its last data steps (their row
      // conditions, asked read-only: src/detect/data-steps.ts): resume that script.
      const left = det.outcome === 'exact' && req.dataSteps?.left.length && vs.includes(req.dataSteps.version) ? req.dataSteps : undefined;
      // None found with work left, but some not asked to the end (their reads timed out): not known.
      const timedOut = det.outcome === 'exact' && req.dataSteps && !req.dataSteps.left.length && vs.includes(req.dataSteps.version) ? req.dataSteps.skipped.filter((x) => x.timedOutMs !== undefined) : [];
      unchecked = timedOut.length ? { version: req.dataSteps!.version, from: req.dataSteps!.from, steps: [...new Set(timedOut.map((x) => x.step))] } : undefined;
      if (left && vs.includes(to)) {
        from = left.from;
        state = 'resume';
        stoppedIn = [left.from, left.version];
        scripts = [[left.from, left.version]];
        notes.push(dataStepsLine(left));
        // The steps it could not tell (refused, or asked longer than the bound): the re-run asks them itself.
        const skipped = skippedLine(left);
        if (skipped) notes.push(skipped);
      } else if (vs.includes(to) && det.outcome === 'exact' && rowsSay?.contradicts) {
        // The schema is the target's, the version tables' rows are not: not up to date, and no script of the plans
        // starts from here (found by a fresh DBA: a Fief workspace file at a wrong revision, renamed to fief.db by
        // hand, read as 0.28-cleanup "up to date"; the 0.27 → 0.28 script's revision check, its only gate, never ran).
        return { state: 'unknown', from: to, to, direction: null, plans: [], manual: [], commands: [], data: [], notes: [...notes, `no commands: the schema is that of ${det.best.label}, but ${rowsSay.text}; find which version the product's own migrations put it at (or which file this is) before any script`], warnings: [] };
      } else if (det.outcome === 'exact' && rowsSay?.contradicts && rank(to) < rank(vs[0])) {
        // A rollback from a schema whose version tables' rows say another version (the product's own migrations ran
        // on): its checks stop on them; the way back is the backup (found by a fresh DBA: with --to, status printed
        // the rollback's commands with a note that they may stop, without it "no commands").
        return { state: 'unknown', from: vs[0], to, direction: null, plans: [], manual: [], commands: [], data: [], notes: [...notes, `no commands: the schema is that of ${det.best.label}, but ${rowsSay.text}; a rollback's checks would stop on it: to go back to ${to}, restore the backup taken before the upgrade from ${to} (${getDialect(det.dialect).script.backupFile(`${det.product}-${to}-before`)}), or find which version the product's own migrations put it at first`], warnings: [] };
      } else if (vs.includes(to) && det.outcome === 'exact') {
        const skipped = req.dataSteps ? skippedLine(req.dataSteps) : undefined;
        // A read that timed out leaves its step not known: the script may have stopped before it (found by review:
        // status said "up to date" then). Unknown, with what to run to know.
        if (unchecked) return { state: 'unknown', unchecked, from: to, to, direction: null, plans: [], manual: [], commands: [], data: [], notes: [...notes, uncheckedLine(unchecked, false), ...(skipped ? [skipped] : [])], warnings: [] };
        const stage = nextStage(det.product, det.dialect, all, to, req);
        return { state: 'up-to-date', from: to, to, direction: null, plans: [], manual: [], commands: [], data: [], notes: [...notes, ...(vs.length > 1 ? [`${det.best.label}: the schema cannot tell these versions apart`] : []), ...(skipped ? [skipped] : []), ...(stage ? [stage] : [])], warnings: [] };
      } else {
      const goingUp = rank(to) > rank(vs[vs.length - 1]);
      from = goingUp ? vs[0] : vs[vs.length - 1];
      // Rolling back from versions the reading cannot tell apart: from the newest of them whose rollback to the target
      // plan compile makes (found by a fresh DBA: a 0.28 Fief file read as 0.28 – 0.28-cleanup, --to 0.27 was refused
      // because 0.28-cleanup's rollback is irreversible), said so with what the others' refusal was.
      if (!goingUp && vs.length > 1 && rank(to) < rank(vs[0])) {
        const refused: string[] = [];
        for (const v of [...vs].reverse()) {
          const why = rollbackRefusal(det.product, det.dialect, v, to, req, true);
          if (why === undefined) {
            from = v;
            break;
          }
          refused.push(`from ${v}: ${why}`);
        }
        if (refused.length && refused.length < vs.length) {
          // What the plans past `from` did besides the schema (their manual steps): what tells the versions apart.
          const newest = vs[vs.length - 1];
          let done: string[] = [];
          try {
            done = compile({ product: det.product, from, to: newest, dialect: det.dialect, params: req.params, plansDir: req.plansDir, examples: true }).manual.map((m) => `[${m.plan}] ${m.text.replace(/\s+/g, ' ').trim()}`);
          } catch (e) {
            if (!(e instanceof PlanError)) throw e;
          }
          notes.push(`${det.best.label}: the reading cannot tell these versions apart, and plan compile refuses the rollback to ${to} ${refused.join('; ')}: the commands start from ${from}, the newest of them it rolls back from; check first that the database is at ${from}, not past it${done.length ? ` (the manual steps from ${from} to ${newest}, which a database past ${from} has had done: ${done.join(' ')})` : ''}`);
        }
      }
      state = det.outcome === 'exact' ? 'pending' : 'unknown';
      scripts = [[from, to]];
      // Near the target but not at it: no script of ours makes those differences (nor undoes them).
      if (vs.includes(to)) {
        from = to;
        scripts = [];
        const guessed = req.stoodIn ?? [];
        notes.push(guessed.length
          ? `the database is at no version exactly; the nearest, ${to}, is the target: the differences above may be those of ${guessed.map((n) => `--param ${n}`).join(', ')}, not given (an example stood in for ${guessed.length === 1 ? 'it' : 'them'}): pass this database's value${guessed.length === 1 ? '' : 's'} and run status again; differences that remain, no script of the plans changes (someone made them by hand), and a script from ${to} would stop on them, changing nothing`
          : `the database is at no version exactly; the nearest, ${to}, is the target: no script of the plans changes the differences above (someone made them by hand), and a script from ${to} would stop on them, changing nothing`);
      }
      if (vs.length > 1) notes.push(`${det.best.label}: the schema cannot tell these versions apart; the plans are listed from ${from}, skip the manual steps of those the database already has`);
      if (det.outcome === 'inexact' && scripts.length) notes.push(`the database is at no version exactly (${det.best.differences} difference${det.best.differences === 1 ? '' : 's'} from ${det.best.label}): these commands assume ${from}, and the script's version check stops, changing nothing, when the differences matter`);
      // Going on past a version whose script stopped before its data steps: the script from the version before it
      // resumes them first (its version check accepts the schema it stopped at) and goes on.
      // Going on past it with steps not known: the commands are those for the version with its data steps done.
      if (unchecked && goingUp && scripts.length) {
        state = 'unknown';
        notes.push(uncheckedLine(unchecked, true));
        const skipped = skippedLine(req.dataSteps!);
        if (skipped) notes.push(skipped);
      }
      if (left && goingUp && scripts.length) {
        from = left.from;
        state = 'resume';
        stoppedIn = [left.from, left.version];
        scripts = [[left.from, to]];
        notes.push(dataStepsLine(left));
        const skipped = skippedLine(left);
        if (skipped) notes.push(skipped);
      }
      }
    }
  }
  // A product that installs itself (Logto: its CLI seeds 60-odd tables; the install plan is the model of a few):
  // from an empty database, its own installer, then status again for what follows.
  const installer = product.product.procedure?.install?.own_installer;
  if (installer && det.outcome !== 'between' && scripts.length && scripts[0][0] === '0' && rank(scripts[0][1]) > 0) {
    const first = all[1];
    const command = installer.command.replace(/\{url\}/g, () => shellWord(req.url ?? 'DATABASE_URL'));
    notes.push(`${det.product} installs itself: its own installer creates its tables (the 0 → ${first} plan is their model, not an install); once it has run, plan status lists what follows${rank(to) > rank(first) ? ` up to ${to}` : ''}`);
    return { state, from, to, direction: 'up', plans: [], manual: [], commands: [command], data: [], notes, warnings: [], install: { command, docs: installer.docs } };
  }
  const params = [...(req.params ?? [])];
  const givenNames = params.map((g) => g.slice(0, g.indexOf('=')));
  const choices = det.outcome === 'between' ? det.between!.params : det.best.params;
  const matched = choices?.length === 1 ? choices[0] : [];
  for (const p of matched) if (!params.some((g) => g.startsWith(p.slice(0, p.indexOf('=') + 1)))) params.push(p);
  // Parameters the rollback needs with the upgrade's value, read from the rows the upgrade made: one value is taken
  // (found by a fresh DBA: status proposed AuthHero's rollback with control_plane_tenant_id's default, main, after an
  // upgrade with another); several or none are said, not guessed.
  const fromRows = req.paramRows?.length ? paramsFromRows(req.paramRows, product, params) : undefined;
  if (fromRows) {
    params.push(...fromRows.add);
    notes.push(...fromRows.notes);
  }
  const d = getDialect(det.dialect);
  const plans: StatusResult['plans'] = [];
  const manual: StatusResult['manual'] = [];
  const commands: string[] = [];
  const data: string[] = [];
  let backup: string | undefined;
  let stop: string | undefined;
  let rename: string | undefined;
  let direction: StatusResult['direction'] = null;
  const read = new Set<string>();
  // Parameters a rollback checks against the rows its upgrade made (refuse_other_copies: AuthHero's control_plane_tenant_id).
  const rowChecked = new Set<string>();
  // The parameters given that no script reads: each script's unread ones, kept while every script leaves them.
  let unread = new Set(givenNames);
  // The database the --url named, each part a shell word (the password only as "the URL has one"): the backup and
  // apply commands name it.
  const { password, ...names } = req.target ?? {};
  const target: ApplyTarget = { ...Object.fromEntries(Object.entries(names).filter(([, v]) => v !== undefined && v !== '')), ...(password ? { password } : {}) };
  for (const [a, b] of scripts) {
    const compileScript = () => compile({ product: det.product, from: a, to: b, dialect: det.dialect, params, plansDir: req.plansDir, ...(req.timeouts ? { timeouts: req.timeouts } : {}) });
    let r = compileScript();
    // An upgrade that checks the database it runs in (Fief 0.27 → 0.28 on MySQL: main_database) runs in the one the
    // --url names: that parameter takes its name, and a value given that names another is refused (the script would
    // stop at its check). Found at stop 32 by a fresh DBA: status used the parameter's default, ''.
    const checked = r.direction === 'up' && target.database !== undefined ? databaseParameter(r.plans, d, r.params) : undefined;
    if (checked !== undefined) {
      const given = params.find((g) => g.slice(0, g.indexOf('=')) === checked);
      const value = given?.slice(given.indexOf('=') + 1);
      if (value === undefined) {
        params.push(`${checked}=${target.database}`);
        notes.push(`parameter ${checked} is the database --url names, ${target.database}: the ${a} → ${b} script checks that it runs there`);
        r = compileScript();
      } else if (value !== '' && value !== target.database) {
        throw new PlanError(`--param ${checked}=${value}, but --url names database ${target.database}: the ${a} → ${b} script checks that it runs in the database ${checked} names, and would stop there; leave --param ${checked} out (it takes the --url's database) or give it that name`);
      }
    }
    // A script whose manual step renames the file it runs on (Fief 0.27 → 0.28 on SQLite: the workspace's file becomes
    // fief.db; back: fief.db becomes the workspace's file again): its backup and apply name the file after that step,
    // beside the one the --url names (found by a fresh DBA: status's apply named the file before its rename, and
    // pasted, sqlite3 made an empty one). Its name: the parameter's value going to a version whose file is named after
    // it (product.yaml sqlite_file_name), else the main file's (sqlite_file_name.main_file).
    const decl = product.product.sqlite_file_name;
    let fileTarget = target;
    if (r.commands.rename && decl && target.database !== undefined) {
      const given = params.find((g) => g.slice(0, g.indexOf('=')) === decl.param);
      const name = decl.versions.includes(b) ? given?.slice(given.indexOf('=') + 1) : decl.main_file?.name;
      if (name) {
        const at = target.database.replace(/\\/g, '/');
        const dir = at.includes('/') ? target.database.slice(0, at.lastIndexOf('/') + 1) : '';
        fileTarget = { ...target, database: `${dir}${name}` };
        if (backup === undefined) rename = `${renameFirstWords(r.commands.rename.step, r.commands.rename.plan).replace(/^manual step \d+ /, 'the manual step above ')}: here ${fileTarget.database}`;
      }
    }
    unread = new Set(r.unread.filter((n) => unread.has(n)));
    direction ??= r.direction;
    for (const p of r.direction === 'up' ? r.plans : [...r.plans].reverse()) {
      const [x, y] = r.direction === 'up' ? [p.plan.from, p.plan.to] : [p.plan.to, p.plan.from];
      plans.push({ from: x, to: y, summary: p.plan.summary.replace(/\s+/g, ' ').trim(), file: p.relPath });
    }
    // A fresh install has none of the upgrade plans' manual steps to do (the script's header leaves them out too).
    manual.push(...(a === '0' ? r.manual.filter((m) => m.plan.startsWith('0 →')) : r.manual));
    if (a !== '0') {
      // The first script's stop, as its header says it (procedureSteps), before the backup.
      if (backup === undefined) stop = procedureSteps(product, r.direction, a, b).stop;
      // A database a script stopped in is not the one its header's backup saved (the version it started from): a
      // name of its own, so that following this line never overwrites that backup, the only copy of that version
      // (found by a fresh DBA: status proposed authhero-11.20-before.sql again after a crash half-way).
      // Only the places holding something: those of the version it starts from (and, stopped half-way, of the one it
      // goes to as well). A place the product no longer uses may be gone: Fief's workspace database, dropped by the
      // 0.28 guide's last step, made the dump fail (found by a fresh DBA), as the script's header already knew.
      const used = new Set([r.before, ...(stoppedIn ? [r.after] : [])].flatMap((m) => [...m.tables, ...(m.enumTypes ?? [])].map((x) => x.location)));
      const places = Object.keys(r.places ?? {}).sort().filter((l) => used.has(l)).map((l) => r.places![l]);
      backup ??= d.script.backupCommand(stoppedIn ? `${det.product}-between-${stoppedIn[0]}-${stoppedIn[1]}-stopped` : `${det.product}-${a}-before`, places, fileTarget);
      // An upgrade's deletes and the rows it leaves out; a rollback's drops and deletes, as its header words them (an
      // import's rollback needs neither its source nor its mapping: describing the import would read them).
      // In the order the script runs them (found by use: the deletes were listed first, so step 184 came before 183).
      // (and, as its header says them, its IRREVERSIBLE and DATA DROPPED lines: found by a fresh DBA, status --to
      // 0.7-cleanup listed no data while the script drops five tables and has no rollback)
      if (r.direction === 'up') data.push(...headerLines(r.sql, a, b, /^-- (IRREVERSIBLE|DATA DROPPED): /), ...inStepOrder([...rowsDeleted(r.plans, r.dialect, r.params, stepNumbersOf(r.units)), ...rowsLeftOut(r.plans, r.dialect, r.params, stepNumbersOf(r.units))]));
      // (the rows it deletes too: the header's ROWS DELETED lines, found by use: status left them out)
      else data.push(...headerLines(r.sql, a, b, /^-- (this rollback (drops|deletes)|ROWS DELETED): /));
    }
    // A resume's script is not the one that stopped: a name of its own, never that one's up.sql or down.sql (found by
    // a fresh DBA: the commands overwrote the approved up.sql with a script from the half-way point).
    const file = scripts.length === 1 && !stoppedIn ? (r.direction === 'up' ? 'up.sql' : 'down.sql') : `${a}-${b}.sql`;
    // The parameters this script reads, as its header shows them: a value that changes nothing is not asked for.
    for (const name of Object.keys(r.shownParams)) read.add(name);
    for (const u of r.units) if (u.op.kind === 'refuse_other_copies') for (const n of otherCopiesColumns(u.op.copy, findTable(u.before, u.op.copy.into)!.primaryKey!.columns)?.params ?? []) rowChecked.add(n);
    const own = params.filter((p) => p.slice(0, p.indexOf('=')) in r.shownParams);
    commands.push(planCommand(['compile', det.product, a, b, '--dialect', d.name, ...own.flatMap((p) => ['--param', p]), ...(req.plansDir ? ['--plans', req.plansDir] : []), ...timeoutArgs(req.timeouts ?? DEFAULT_TIMEOUTS), '-o', file]));
    commands.push(d.script.applyCommand(file, fileTarget));
  }
  // Naming parameters are seen in the schema: a database named otherwise matches no version without them. Of the
  // others, those a script reads and that were not given take their default.
  const naming = namingParameters(product);
  const confirm: string[] = [];
  for (const [name, spec] of Object.entries(declaredParameters(product))) {
    if (naming.has(name) || !read.has(name) || fromRows?.said.has(name)) continue;
    // A line of its own before the commands, not a trailing note: the value changes what the script does to data
    // (found by a fresh DBA: SuperTokens' access_token_signing_key_dynamic=false keeps the static keys, true not).
    if (!params.some((g) => g.startsWith(`${name}=`))) confirm.push(`parameter ${name}: the commands use its default, ${spec.default ?? 'none'}; the schema does not show the value this database is used with: if it is another, pass --param ${name}=… to status${rowChecked.has(name) ? `; the rollback checks it against the rows the upgrade made, and stops before any change, naming the value it looked for, when the upgrade used another` : ''}`);
  }
  // SQLite: the file's name told the version (Fief 0.27's workspace file); a script that crosses from a version whose
  // file is so named to one whose is not (or back) runs on the file its manual step renames, not on this one.
  const f = det.fileNamed;
  const renamed = f && scripts.some(([a, b]) => f.named !== (product.product.sqlite_file_name?.versions.includes(b) ?? f.named));
  if (f && renamed) notes.push(`${f.file} is ${f.named ? '' : 'not '}named after ${f.param}, and the script's manual step renames the file: do that step first, then apply the script to the file it names${rename ? ', as the backup and the commands above do' : ''} (on ${f.file} the script stops, changing nothing)`);
  // Commands from versions whose rows the version tables contradict: the script's checks may stop on them.
  if (rowsSay?.contradicts && scripts.length && det.outcome === 'exact') notes.push(`${rowsSay.text}: the ${scripts[0][0]} → ${scripts[0][1]} script's checks may stop on it, changing nothing`);
  // Said as plan compile says them (the same functions), once for all the scripts; none when there is no script.
  const warnings = scripts.length ? [...otherDialectParams(product, d.name, req.params ?? [], req.paramOrigins), ...unreadParamWarnings(det.product, [...unread].sort(), scripts, req.paramOrigins)] : [];
  // Could a longer script have gone through the one it stopped in? One begun at a version before it (after it, for a
  // rollback), other than the empty database (an install takes no backup).
  const stoppedUp = stoppedIn && rank(stoppedIn[1]) > rank(stoppedIn[0]);
  const longer = stoppedIn && (stoppedUp ? rank(stoppedIn[0]) > 1 : rank(stoppedIn[0]) < all.length - 1)
    ? { direction: stoppedUp ? 'up' as const : 'down' as const, pattern: d.script.backupFile(`${det.product}-FROM-before`) }
    : undefined;
  const keep = stoppedIn && backup ? { file: d.script.backupFile(`${det.product}-${stoppedIn[0]}-before`), restores: stoppedIn[0], ...(longer ? { longer } : {}) } : undefined;
  // A longer script's plans before the one it stopped in had manual steps too, which status cannot list (it does not
  // know where that script began): found by a fresh DBA, a stopped 3.5 → 12.1 apply listed only 11.4 → 12.0's step.
  const manualBefore = longer && stoppedIn ? `these are the manual steps from ${stoppedIn[0]}; a script begun at ${longer.direction === 'up' ? 'an earlier' : 'a later'} version has those of its plans before ${stoppedIn[0]} too (its header lists them all): do the ones not yet done as it says` : undefined;
  return { state, ...(unchecked && state === 'unknown' ? { unchecked } : {}), from, to, direction, ...(taken ? { between: taken } : {}), plans, manual, ...(manualBefore ? { manualBefore } : {}), commands, ...(stop ? { stop } : {}), ...(rename ? { rename } : {}), ...(backup ? { backup } : {}), ...(keep ? { keep } : {}), ...(resumeWith && commands.length ? { resumeWith } : {}), ...(confirm.length ? { confirm } : {}), data, notes, warnings };
}

/** The header lines of `sql` that `re` matches, without their `-- `, each prefixed with its script's `[a → b]`. */
function headerLines(sql: string, a: string, b: string, re: RegExp): string[] {
  const lines: string[] = [];
  for (const l of sql.split('\n')) {
    if (!l.startsWith('--')) break;
    if (re.test(l)) lines.push(`[${a} → ${b}] ${l.slice(3)}`);
  }
  return lines;
}

/**
 * The note of a database up to date at `to` when the version after it is a stage (Fief 0.28-cleanup, Keto
 * 0.7-cleanup): that it exists, what it does, its manual steps, that it is not required; undefined when there is none
 * or plan compile does not make its script.
 * @throws what compile throws that is not a PlanError
 */
function nextStage(product: string, dialect: string, all: string[], to: string, req: Pick<StatusRequest, 'params' | 'plansDir'>): string | undefined {
  const stage = all[all.indexOf(to) + 1];
  if (stage === undefined || !isStage(stage)) return undefined;
  try {
    const r = compile({ product, from: to, to: stage, dialect, params: req.params, plansDir: req.plansDir, examples: true });
    const what = r.plans.map((p) => p.plan.summary.replace(/\s+/g, ' ').trim()).join('; ');
    // The stage's own steps (not the foreign-key check's "Only if this script stops …", which every dropping script has).
    const manual = r.manual.map((m) => m.text.replace(/\s+/g, ' ').trim()).filter((t) => !t.startsWith('Only if this script stops at its check'));
    const irreversible = headerLines(r.sql, to, stage, /^-- IRREVERSIBLE: /).length > 0;
    return `a further stage, ${stage}, is not applied: ${what}${manual.length ? ` (manual step${manual.length === 1 ? '' : 's'}: ${manual.join(' ')})` : ''}; optional, not required${irreversible ? ', and it has no rollback' : ''}: ${PLAN_COMMAND} status --to ${stage} lists its commands`;
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return undefined;
  }
}

/**
 * What the database says of the parameters the rollback needs (StatusRequest.paramRows), for `params` (the name=value
 * list status compiles with): `add`, the name=value of each parameter not given for which it holds one value the
 * parameter takes; `notes`, one line per parameter read (the value taken; or why none was: several values, none, a
 * value the parameter does not take, a query the engine refused, each with how to pick); `said`, the parameters those
 * lines are about (status's note on defaults leaves them out).
 * @throws PlanError when a value given with --param is not the one value the rows an upgrade made hold (the rollback
 *   would stop at its check), naming both; and when a parameter without a default cannot be read (its lookup gives
 *   several values, none, or fails), saying what it gave and what to pass
 */
function paramsFromRows(found: ParamFound[], product: LoadedProduct, params: string[]): { add: string[]; notes: string[]; said: Set<string> } {
  const add: string[] = [];
  const notes: string[] = [];
  const said = new Set<string>();
  const specs = declaredParameters(product);
  for (const name of [...new Set(found.map((f) => f.param))]) {
    const reads = found.filter((f) => f.param === name);
    const copies = reads.flatMap((f) => (f.from.kind === 'copy' ? [f.from] : []));
    const lookup = reads.flatMap((f) => (f.from.kind === 'lookup' ? [f.from.query] : []))[0];
    // Where the values come from, as the lines say it.
    const rows = lookup !== undefined ? lookup : copies.map((f) => `the ${f.table} rows the ${f.upgrade} upgrade copied from ${f.source}`).join(' and ');
    const where = [...new Set(copies.map((f) => `${f.table}.${f.column}`))].join(', ');
    const given = params.find((g) => g.slice(0, g.indexOf('=')) === name);
    const value = given?.slice(given.indexOf('=') + 1);
    const spec = specs[name];
    const dflt = spec?.default;
    const commands = value !== undefined ? `the commands use --param ${shellWord(`${name}=${value}`)}` : `the commands use its default${dflt !== undefined ? ` (${dflt})` : ''}`;
    const what = spec?.description.replace(/\s+/g, ' ').trim().split(/[:;.](?:\s|$)/)[0];
    const pass = lookup !== undefined
      ? `pass --param ${name}=… to status${what ? ` (${what})` : ''}`
      : `pass --param ${name}=… to status with the value the upgrade was compiled with (its script's header, line parameters:)`;
    // A parameter without a default that cannot be read: the scripts cannot be compiled; said as one error.
    const cannot = (why: string) => {
      if (value === undefined && dflt === undefined) throw new PlanError(`parameter ${name} has no default, and ${why}: ${pass}`);
      notes.push(`parameter ${name}: ${why}; ${value === undefined ? `${pass}; until then ${commands}` : commands}`);
    };
    said.add(name);
    const refused = reads.find((f) => f.unreadable !== undefined);
    if (refused) {
      cannot(`its value could not be read from this database with ${rows} (${refused.unreadable})`);
      continue;
    }
    // The values over every read of the parameter, with their rows.
    const counts = new Map<string, number>();
    for (const f of reads) for (const v of f.values) counts.set(v.value, (counts.get(v.value) ?? 0) + v.rows);
    const values = [...counts.keys()].sort();
    const held = lookup !== undefined ? values.join(', ') : values.map((v) => `${v}: ${counts.get(v)} row${counts.get(v) === 1 ? '' : 's'}`).join('; ');
    if (lookup !== undefined) {
      if (values.length !== 1 || counts.get(values[0]) !== 1) {
        cannot(values.length ? `${lookup} gives ${values.length === 1 ? `${held} in several rows` : `several values`} in this database${values.length === 1 ? '' : ` (${held})`}, so status cannot tell which` : `${lookup} gives no row in this database`);
        continue;
      }
    } else if (values.length === 0) {
      notes.push(`parameter ${name}: this database holds none of ${rows}, so the rollback deletes none of them whatever its value; ${commands}`);
      continue;
    } else if (values.length > 1) {
      notes.push(`parameter ${name}: ${rows} hold several values in ${where} (${held}), so status cannot tell which the upgrade used; the rollback deletes those of the value it is compiled with and stops before any change while rows with another are there (naming them): see to those first, then ${value === undefined ? `${pass}; until then ${commands}` : `run it; ${commands}`}`);
      continue;
    } else if (value !== undefined) {
      if (value !== values[0]) {
        throw new PlanError(`--param ${shellWord(`${name}=${value}`)}, but ${rows} hold ${values[0]} in ${where} (${held}): a rollback compiled with ${shellWord(value)} would stop before any change at its check; leave --param ${name} out (status reads it from those rows) or give it ${shellWord(values[0])}`);
      }
      continue;
    }
    try {
      resolveParams(product, [`${name}=${values[0]}`], false, true);
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      cannot(`${lookup !== undefined ? `${lookup} gives` : `${rows} hold`} ${values[0]}${where ? ` in ${where}` : ''}, a value the parameter does not take (${e.message})`);
      continue;
    }
    add.push(`${name}=${values[0]}`);
    notes.push(lookup !== undefined
      ? `parameter ${name} is ${values[0]}, read from this database: ${lookup} gives that one row`
      : `parameter ${name} is ${values[0]}, read from this database: ${rows} hold it in ${where} (${held}), and the rollback deletes those with the value it is compiled with`);
  }
  return { add, notes, said };
}

/**
 * Data lines in the order of the first step each names (`[a → b] step 183/191 …`, `steps 7/11 and 8/11 …`), by plan
 * as they come; a line naming no step keeps its place before the numbered ones of its plan.
 */
function inStepOrder(lines: string[]): string[] {
  const at = (l: string) => {
    const m = /^\[([^\]]*)\] steps? (\d+)\//.exec(l);
    return { plan: m?.[1] ?? /^\[([^\]]*)\]/.exec(l)?.[1] ?? '', step: m ? Number(m[2]) : 0 };
  };
  const plans = [...new Set(lines.map((l) => at(l).plan))];
  return lines
    .map((l, i) => ({ l, i, ...at(l) }))
    .sort((a, b) => plans.indexOf(a.plan) - plans.indexOf(b.plan) || a.step - b.step || a.i - b.i)
    .map((x) => x.l);
}
