// The text and JSON shapes of `plan detect` and `plan status` (documented in README: JSON output).
import type { DetectResult, FileNamed, VersionMatch } from './detect.js';
import type { CatalogDiff } from './lines.js';
import type { StatusResult } from './status.js';
import { plural } from '../plural.js';
import { namedObjectsWords } from './lines.js';
import type { BusySession } from '../dialects/dialect.js';
import { versionRowsText } from './version-rows.js';
import { escapeNotOneLine as shown } from '../text-rules.js';
import { PLAN_COMMAND } from '../shell.js';

// Text read from the database (names, defaults, row values, values the catalog gave parameters, sessions'
// statements) goes into a line through `shown` (src/text-rules.ts escapeNotOneLine): a table named
// "x\e[2J\rplan: up to date" can neither drive the terminal nor forge a line (found by review).

const afterBar = (line: string) => line.slice(line.indexOf(' | ') + 3);

function matchText(m: VersionMatch): string {
  const params = m.params ? `, with ${m.params.map((c) => c.map(shown).join(' ')).join(' or ')}` : '';
  const identical = ' (identical schemas)';
  const label = m.label.endsWith(identical) ? m.label.slice(0, -identical.length) : m.label;
  // A version with patch releases (plans' since:): which patch's schema it is.
  const patch = m.before ? `; without what ${m.before.patch} added: ${m.before.added.join('; ')}` : m.patches ? `; with what ${m.patches.join(', ')} added` : '';
  return `${label} (${m.label === label ? '' : 'identical schemas; '}${m.differences === 0 ? 'exact' : plural(m.differences, 'difference')}${params}${patch})`;
}

/**
 * What a SQLite file's name said (DetectResult.fileNamed): "08e9… is named after workspace_id (…): 0.27, not 0.28 –
 * 0.28-cleanup, which have the same schema".
 */
export function fileNamedText(f: FileNamed): string {
  const named = f.named ? `${f.file} is named after ${f.param}${f.value !== undefined ? ` (taken as its value, not given)` : ''}` : `${f.file} is not named after ${f.param}`;
  return `${named}: the schema alone matches ${f.versions.join(', ')}; ${f.description}`;
}

/** The differences, one per line, grouped missing / extra / different. */
export function diffLines(d: CatalogDiff): string[] {
  const out: string[] = [];
  // (Each line escaped whole: the database's names and defaults, and a plan's default, may hold any character.)
  if (d.missing.length) out.push('missing (the version has it, the database does not):', ...d.missing.map((l) => `  ${shown(l)}`));
  if (d.extra.length) out.push('extra (the database has it, the version does not):', ...d.extra.map((l) => `  ${shown(l)}`));
  if (d.different.length) {
    out.push('different (same object, another definition):');
    for (const raw of d.different) {
      const x = { expected: shown(raw.expected), found: shown(raw.found) };
      // The words both lines share (at least the kind and the name) say which object; then both definitions.
      const [a, b] = [afterBar(x.expected).split(' '), afterBar(x.found).split(' ')];
      let same = 0;
      while (same < a.length && same < b.length && a[same] === b[same]) same++;
      same = Math.max(Math.min(same, a.length - 1, b.length - 1), 1);
      const table = x.expected.slice(0, x.expected.indexOf(' | '));
      out.push(`  ${table} | ${a.slice(0, same).join(' ')}: expected ${a.slice(same).join(' ')}, found ${b.slice(same).join(' ')}`);
    }
  }
  return out;
}

/**
 * The command that reads the database again with the product's table-name prefix parameter at `prefix` (left out
 * when ''), the other arguments as given: the CLI knows them.
 */
export type Rerun = (prefix: string) => string;

/**
 * The line of the other-prefix outcome: the prefixes the product's tables are named with, what each names, and the
 * command with each (without `rerun`, the --param to give).
 */
export function otherPrefixLine(r: DetectResult, rerun?: Rerun): string {
  const o = r.otherPrefix!;
  const each = o.found.map((f) => `${f.prefix === '' ? 'without a table-name prefix' : `with table-name prefix ${shown(f.prefix)}`} (${f.tables === f.of ? `all ${plural(f.of, 'table')}` : `${f.tables} of the ${f.of} tables`} of ${f.label})`);
  const commands = o.found.map((f) => (rerun ? rerun(f.prefix) : f.prefix === '' ? `leave out --param ${o.param}` : `--param ${o.param}=${shown(f.prefix)}`));
  return `${r.product}'s tables are here ${each.join(' and ')}, not ${o.given === '' ? 'without a prefix' : `with prefix ${shown(o.given)}`}: ${commands.join(', or ')}`;
}

/**
 * `plan detect` as text: where it read, the best match, the runner-up, and the differences of an inexact match; or,
 * when the product's tables are named with another table-name prefix, that (with `rerun`'s commands).
 */
export function formatDetect(r: DetectResult, source: string, rerun?: Rerun): string {
  // The objects ignored, each named by its kind (an enum type is no table).
  const ignored = [...r.ignoredTables.map((name) => ({ name: shown(name), kind: 'table' as const })), ...(r.ignoredEnumTypes ?? []).map((name) => ({ name: shown(name), kind: 'enum type' as const }))];
  const ignoredCount = [...(r.ignoredTables.length ? [plural(r.ignoredTables.length, 'other table')] : []), ...(r.ignoredEnumTypes?.length ? [plural(r.ignoredEnumTypes.length, r.ignoredTables.length ? 'enum type' : 'other enum type')] : [])].join(' and ');
  const lines = [`${r.product} on ${source}: ${plural(r.comparedLines, 'catalog line')} of its tables compared${ignored.length ? `; ${ignoredCount} ignored (no version of ${r.product} has ${ignored.length === 1 ? 'it' : 'them'}: ${r.ignoredEnumTypes?.length ? namedObjectsWords(ignored) : r.ignoredTables.map(shown).join(', ')})` : ''}`];
  if (r.otherPrefix) {
    lines.push(otherPrefixLine(r, rerun));
    // What the names given do match, when some of the product's tables are there under them.
    if (r.comparedLines > 0) lines.push(`under the names given: best match ${matchText(r.best)}`);
    return lines.join('\n');
  }
  if (r.between) {
    const b = r.between;
    const withParams = b.params ? ` (with ${b.params.map((c) => c.map(shown).join(' ')).join(' or ')})` : '';
    lines.push(`between ${b.from} and ${b.to}: resume with the ${b.from} → ${b.to} script${b.direction === 'down' ? ' (a rollback stopped half-way)' : ''}${withParams}`);
    lines.push(`nearest versions: ${matchText(r.best)}${r.runnerUp ? `, ${matchText(r.runnerUp)}` : ''}`);
    // The same schema half-way through the script back (found by a fresh DBA: a stopped rollback read as an upgrade).
    if (b.either) lines.push(`or: half-way through the ${b.to} → ${b.from} ${b.direction === 'up' ? 'rollback' : 'script'} (the same schema on both ways): if that one stopped, resume it (${PLAN_COMMAND} status --to ${b.direction === 'up' ? `${b.from} or below` : `${b.from} or above`})`);
    return lines.join('\n');
  }
  lines.push(`best match: ${matchText(r.best)}`);
  // SQLite: the file's name told apart versions of the same schema (product.yaml sqlite_file_name).
  if (r.fileNamed) lines.push(`by the file's name: ${fileNamedText(r.fileNamed)}`);
  // SQLite: the main database beside the product's file (product.yaml sqlite_file_name.main_file).
  if (r.mainFile) lines.push(`note: ${r.mainFile.note}`);
  // The version tables' rows, asked of the versions matched (src/detect/version-rows.ts).
  const rows = r.versionRows ? versionRowsText(r.versionRows, r.best.label) : undefined;
  if (rows) lines.push(`version tables: ${rows.text}`);
  if (r.comparedLines === 0) lines.push(`note: none of ${r.product}'s tables are here: if they are in another schema or database, point --url (or --schema, or the product's schema parameter) there`);
  if (r.runnerUp) lines.push(`next:       ${matchText(r.runnerUp)}`);
  if (r.outcome === 'inexact') lines.push(...diffLines(r.best.diff));
  return lines.join('\n');
}

/** `plan status` as text: the detection, then what is pending and the commands, then `firstNotes` and the status's notes. */
export function formatStatus(r: DetectResult, s: StatusResult, source: string, rerun?: Rerun, firstNotes: string[] = []): string {
  // Named with another prefix: its line says what to run; no commands here.
  if (r.otherPrefix) return [formatDetect(r, source, rerun), ...firstNotes.map((n) => `note: ${n}`)].join('\n');
  // A half-way state on both ways: the line names the way status took (by its target).
  const lines = [formatDetect(s.between ? { ...r, between: s.between } : r, source), ''];
  if (s.state === 'up-to-date') lines.push(`up to date: the database is at ${s.to}; nothing to apply`);
  else if (s.unchecked && s.commands.length === 0) lines.push(`unknown: the schema is at ${s.unchecked.version}; whether its data steps are done could not be read in time (see the note)`);
  else if (s.commands.length === 0) lines.push('no script of the plans to apply (see the note)');
  else if (s.install) {
    lines.push(`${s.from} → ${s.to}: ${r.product} is installed by its own installer, not by a script of these plans (${s.install.docs})`);
    lines.push('commands (nothing has been run):', ...s.commands.map((c) => `  ${c}`));
  }
  else {
    lines.push(`${s.state === 'unknown' ? 'if it were at ' + s.from : s.state === 'resume' ? 'to resume and reach ' + s.to : s.from + ' → ' + s.to}: ${plural(s.plans.length, 'plan')}${s.direction === 'down' ? ' (rolled back)' : ''}`);
    for (const p of s.plans) lines.push(`  ${p.from} → ${p.to}  ${p.summary}`);
    if (s.manual.length) {
      lines.push(`manual steps (${s.manual.length}; the script does not do them):`);
      for (const m of s.manual) lines.push(`  ${m.plan}: ${m.text.replace(/\s+/g, ' ').trim()}`);
    } else lines.push('manual steps: none');
    if (s.manualBefore) lines.push(`  and: ${s.manualBefore}`);
    if (s.data.length) lines.push(`data (${s.data.length}):`, ...s.data.map((x) => `  ${x.replace(/\s+/g, ' ').trim()}`));
    // The writers stop before the backup: a dump taken while they write is not the state the script starts from.
    if (s.stop) lines.push(`stop first, before the backup: ${s.stop}`);
    if (s.rename) lines.push(`rename then, before the backup: ${s.rename}`);
    if (s.backup) lines.push(`backup ${s.stop || s.rename ? 'then' : 'first'}: ${s.backup}`);
    // A script stopped half-way: the backup taken before it began is the only copy of where it started.
    if (s.keep) {
      const k = s.keep;
      // The pattern first when a longer script may have named it (found by a fresh DBA: the line led with a file
      // that did not exist).
      if (k.longer) lines.push(`keep: ${k.longer.pattern}, FROM being the version the script that stopped began at (its header names the file: ${k.file} if it began at ${k.restores}, ${k.longer.direction === 'up' ? 'an earlier' : 'a later'} version's for a longer ${k.longer.direction === 'up' ? 'script' : 'rollback'}), the backup taken before it began: the only copy of FROM; the backup above, of the database as the script left it, is named apart and does not overwrite it`);
      else lines.push(`keep: ${k.file}, the backup taken before the script began, is the one that restores ${k.restores}; the backup above, of the database as the script left it, is named apart and does not overwrite it`);
    }
    for (const c of s.confirm ?? []) lines.push(`confirm first: ${c}`);
    if (s.resumeWith) lines.push(`resume: ${s.resumeWith}`);
    lines.push('commands (nothing has been run):', ...s.commands.map((c) => `  ${c}`));
  }
  for (const n of [...firstNotes, ...s.notes]) lines.push(`note: ${n}`);
  return lines.join('\n');
}

/** A statement on one line, at most `max` characters (… when cut). */
const oneLine = (text: string, max = 200) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * `plan status` when another session is changing the schema right now: "wait", each session (its id, what it does,
 * the locks that make it one, its statement), and the command to run once it has ended (`again`).
 */
export function formatWait(product: string, source: string, sessions: readonly BusySession[], again: string): string {
  return [
    `${product} on ${source}: wait: ${sessions.length === 1 ? 'another session is' : `${sessions.length} other sessions are`} changing the schema right now (a migration in progress?): nothing is proposed`,
    ...sessions.map((x) => `  session ${shown(x.session)} (${[x.state, x.holds && `holds ${x.holds}`].filter(Boolean).map((t) => shown(t)).join('; ') || 'no state shown'}): ${x.runs ? shown(oneLine(x.runs)) : '(no statement shown)'}`),
    `until ${sessions.length === 1 ? 'it ends' : 'they end'} (committed, or rolled back) the catalog shows the schema without ${sessions.length === 1 ? 'its change' : 'their changes'}, and a script run now would queue behind ${sessions.length === 1 ? 'it' : 'them'}; then run: ${again}`,
  ].join('\n');
}

const matchJson = (m: VersionMatch | undefined) =>
  m && { versions: m.versions, label: m.label, differences: m.differences, params: m.params, before: m.before ?? null, patches: m.patches ?? null, missing: m.diff.missing, extra: m.diff.extra, different: m.diff.different };

/** `plan detect --json` (otherPrefix's commands from `rerun`, null without it). */
export function detectJson(r: DetectResult, source: string, rerun?: Rerun): object {
  const other = r.otherPrefix;
  return {
    product: r.product,
    dialect: r.dialect,
    database: source,
    outcome: r.outcome,
    best: matchJson(r.best),
    runnerUp: matchJson(r.runnerUp) ?? null,
    between: r.between ?? null,
    comparedLines: r.comparedLines,
    ignoredTables: r.ignoredTables,
    ignoredEnumTypes: r.ignoredEnumTypes ?? [],
    fileNamed: r.fileNamed ?? null,
    mainFile: r.mainFile ?? null,
    versionRows: r.versionRows ?? null,
    otherPrefix: other ? { param: other.param, given: other.given, found: other.found.map((f) => ({ ...f, command: rerun ? rerun(f.prefix) : null })) } : null,
  };
}
