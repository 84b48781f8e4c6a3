// plan review: the runbook a DBA attaches to the change ticket (issue #16), from what the compiler knows: what the
// script changes (the diff of the models' catalogs), its parameters, what it checks before its first change, the
// manual steps, what each statement locks and for how long, what is irreversible or lossy, the lint findings with
// their acknowledgements, the backup, apply and rollback commands, what to check after, and the checksums of the
// files and of their sources. Pure: compiled scripts and a lint report in, a document out (Markdown or JSON).
import { createHash } from 'node:crypto';
import { physicalTables, type CompileResult } from '../compile/compile.js';
import { PLAN_COMMAND } from '../shell.js';
import { createdByUpgrade, paramWords, plansOptionOf, procedureSteps, renameFirstWords, rowsDeleted, rowsLeftOut, stepNumbersOf } from '../compile/header.js';
import { diffCatalogs, keyOf } from '../detect/lines.js';
import { timeoutArgs } from '../detect/status.js';
import { mysqlCatalogSql, pgCatalogSql, SQLITE_CATALOG_SQL } from '../engines/catalog.js';
import type { Finding, LintReport } from '../lint/types.js';
import { copyGapSql } from '../operations/copy_rows.js';
import { deleteReaches, reachWords, rollbackRowsDeleted } from '../compile/cascades.js';
import { importGapSql } from '../operations/import_rows.js';
import type { Op } from '../operations/types.js';
import { toolVersion } from '../paths.js';
import { plural } from '../plural.js';
import { ESCAPED_IN_ONE_LINE, escapedChar, escapeNotOneLine, foldLines } from '../text-rules.js';

/** One change of the schema, as the engine's catalog spells the object before and after (absent: not there). */
export interface SchemaChange {
  /** `renamed`: a table or column the script renames (its definition after it in `after`, when it changes too). */
  change: 'added' | 'dropped' | 'changed' | 'renamed';
  /** The table (a table renamed: `old → new`). */
  table: string;
  /** The object's kind and name as the catalog keys it (`COL app_id`, `IDX users__name`, `TYPE`…; a column renamed: `COL old → new`). */
  object: string;
  before?: string;
  after?: string;
}

/** A statement's locks on the tables that exist before the script (new tables are left out: nothing waits on them). */
export interface LockRow {
  statement: string;
  table: string;
  lock: string;
  effect: string;
  hazards: string[];
  /** MySQL/MariaDB: the online DDL class on each engine (`MySQL 8: INSTANT, LOCK=NONE`). */
  online?: string[];
}

/** The review of one compiled upgrade (with its rollback when there is one), as data. */
export interface Review {
  product: string;
  from: string;
  to: string;
  dialect: string;
  tool: string;
  kind: 'install' | 'upgrade' | 'stage' | 'rollback';
  parameters: { name: string; value: string }[];
  changes: SchemaChange[];
  /** What the script checks before its first change: the version check, then each stop, in order. */
  checks: string[];
  /** The same for its rollback, when there is one (the rollback may stop where the upgrade could not: rows it cannot keep). */
  rollbackChecks?: string[];
  /** What to stop before applying and start after, from the product's procedure. */
  procedure: { stop?: string; start?: string };
  manual: { plan: string; text: string }[];
  /**
   * The manual steps of its rollback, when there is one and it has any: the DBA does them to roll back, the rollback's
   * script does not (Fief 0.28 → 0.27 on SQLite: the workspace's file renamed back, the whole of the change there).
   */
  rollbackManual?: { plan: string; text: string }[];
  locks: { statements: LockRow[]; heldToCommit: { table: string; lock: string; from: string }[]; notes: string[] };
  /** Steps that lose data or cannot be undone, and why. */
  lossy: string[];
  irreversible?: string;
  /** A rollback's review made without the upgrade that undoes it: what that upgrade's compile asks for (an import's source). */
  undoNeeds?: string;
  lint: Finding[];
  /** `undo`: the compile that undoes a rollback whose undoing needs parameters the rollback does not have (undoNeeds), without them. */
  commands: { compile: string; rename?: string; backup?: string; apply: string; rollback?: string; rollbackApply?: string; report?: string; undo?: string };
  verify: { catalogQuery: string; expectedCatalog: string[]; zeroQueries: { what: string; sql: string }[]; rowCountTables: string[] };
  checksums: { file: string; sha256: string }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The catalog query of each engine over the session's schema or database and the product's places (location →
 * schema or database), in the format of catalogLines, enum types included: the queries plan verify reads the catalog
 * with. Each lists its lines in byte order, the order of the expected lines beside it (sorted as JavaScript sorts
 * ASCII; MySQL's information_schema would sort them case-insensitively). Found at stop 32: the review printed the
 * queries of the current schema alone, without enum types, so Logto's and Fief's PostgreSQL reviews expected `E` lines
 * it never printed, and Fief's rollback on MySQL 493 lines of which it printed 54.
 */
const CATALOG_SQL: Record<string, (places: Record<string, string>) => string> = {
  postgres: (places) => pgCatalogSql(places).trim(),
  mysql: (places) => {
    const q = mysqlCatalogSql(places).trim();
    if (!q.endsWith(') s ORDER BY line')) throw new Error('internal: the MySQL catalog query no longer ends with its ORDER BY');
    return q.replace(/\) s ORDER BY line$/, ') s ORDER BY CAST(line AS BINARY)');
  },
  sqlite: () => SQLITE_CATALOG_SQL.trim(),
};

/**
 * Each engine's expression for the object a catalog line is about: `T users | COL …` → users, `E mood | ENUM …` →
 * mood (the text between the two-character kind and the first ` | `): PostgreSQL split_part, MySQL SUBSTRING_INDEX,
 * SQLite instr.
 */
const LINE_OBJECT_SQL: Record<string, string> = {
  postgres: "split_part(substr(line, 3), ' | ', 1)",
  mysql: "SUBSTRING_INDEX(SUBSTR(line, 3), ' | ', 1)",
  sqlite: "substr(line, 3, instr(line, ' | ') - 3)",
};

/**
 * `query` (a CATALOG_SQL query, ending `) s ORDER BY …` or, SQLite's, `) ORDER BY …`) reading only the lines of `objects` (the product's tables and
 * enum types, physical names): a table of the same schema or database the product does not own (the application's
 * own) is not a line of the expected catalog, and the DBA's diff of the two must be empty (found by review).
 * @throws Error when the query no longer ends as CATALOG_SQL's do (internal)
 */
export function productCatalogQuery(dialect: string, query: string, objects: string[]): string {
  const at = query.lastIndexOf(' ORDER BY ');
  const end = at < 0 ? null : /\)( s)?$/.exec(query.slice(0, at));
  if (!end) throw new Error('internal: a catalog query no longer ends with ") s ORDER BY …"');
  const names = [...new Set(objects)].sort().map((n) => `'${n.replace(/'/g, "''")}'`);
  const where = names.length ? `${LINE_OBJECT_SQL[dialect]} IN (${names.join(', ')})` : '1 = 0';
  return `${query.slice(0, end.index)}) s WHERE ${where}${query.slice(at)}`;
}

/**
 * Each engine's expression that replaces character `c` of a catalog line `l` with `by` (escapedChar's spelling, a
 * backslash then ASCII letters and digits). Written without a backslash in the SQL (MySQL's NO_BACKSLASH_ESCAPES,
 * PostgreSQL's standard_conforming_strings change what one means): the characters by their code points.
 */
const REPLACE_SQL: Record<string, (l: string, c: string, by: string) => string> = {
  postgres: (l, c, by) => `replace(${l}, chr(${c.codePointAt(0)}), ${[...by].map((x) => (x === '\\' ? 'chr(92)' : `'${x}'`)).join(' || ').replace(/' \|\| '/g, '')})`,
  mysql: (l, c, by) => `REPLACE(${l}, _utf8mb4 X'${Buffer.from(c).toString('hex').toUpperCase()}', _utf8mb4 X'${Buffer.from(by).toString('hex').toUpperCase()}')`,
  sqlite: (l, c, by) => `replace(${l}, char(${c.codePointAt(0)}), char(${[...by].map((x) => x.codePointAt(0)).join(', ')}))`,
};

/**
 * Each engine's expression for a catalog line `l` escaped as escapeCatalogLine escapes it: its backslashes doubled
 * (first), CR and LF written `\r` and `\n`, and each other character of `more` (those escapeCatalogLine escapes that
 * the expected catalog holds: a plan's default with ESC, U+2028, …) as escapedChar spells it. A default holding a line
 * break is one line of the query's output, as of the expected catalog, and the DBA's diff of the two can match
 * (found by a review: such a default split its line in two, and the code block holding it closed early); one holding
 * ESC is `\u001b` in both (found by a review: it stayed raw in review.md's expected catalog).
 */
function lineEscapeSql(dialect: string, l: string, more: readonly string[] = []): string {
  const r = REPLACE_SQL[dialect];
  let e = r(l, '\\', '\\\\');
  // (PostgreSQL's text holds no NUL, and chr(0) is an error there.)
  const others = [...new Set(more)].filter((c) => c !== '\\' && c !== '\r' && c !== '\n' && !(dialect === 'postgres' && c === '\u0000')).sort();
  for (const c of ['\r', '\n', ...others]) e = r(e, c, escapedChar(c));
  return e;
}

/**
 * A catalog line as the review's catalog query prints it (lineEscapeSql): escapeNotOneLine's escaping, backslashes
 * doubled, CR and LF as `\r` and `\n`, every other control character and U+2028/U+2029 as `\u001b` (src/text-rules.ts).
 */
export function escapeCatalogLine(line: string): string {
  return escapeNotOneLine(line);
}

/** The characters of `lines` that escapeCatalogLine escapes but a backslash, CR and LF: those the query escapes besides. */
export function escapedCharsOf(lines: readonly string[]): string[] {
  return [...new Set(lines.flatMap((l) => l.match(ESCAPED_IN_ONE_LINE) ?? []))].filter((c) => c !== '\\' && c !== '\r' && c !== '\n').sort();
}

/**
 * `query` (a productCatalogQuery, `[WITH …] SELECT line FROM (…) s WHERE … ORDER BY …`) printing each line escaped as
 * escapeCatalogLine does, in the order of the escaped lines; `more`: the characters besides a backslash, CR and LF it
 * escapes (escapedCharsOf the expected catalog).
 * @throws Error when the query no longer has that shape (internal)
 */
export function escapedCatalogQuery(dialect: string, query: string, more: readonly string[] = []): string {
  const head = 'SELECT line FROM (';
  // (SQLite's starts with a WITH clause.)
  const from = query.indexOf(head);
  const at = query.lastIndexOf(' ORDER BY ');
  if (from < 0 || at < from) throw new Error('internal: a catalog query no longer reads "SELECT line FROM (…) … ORDER BY …"');
  return `${query.slice(0, from)}${head}SELECT ${lineEscapeSql(dialect, 'line', more)} AS line FROM (${query.slice(from + head.length, at)}) e${query.slice(at)}`;
}

/** The findings a review of a script shows: those on its dialect, in `files` (its plans' files). */
export function lintOf(dialect: string, files: string[], findings: Finding[]): Finding[] {
  return findings.filter((f) => f.dialects.includes(dialect) && files.includes(f.file));
}

/**
 * The review of `up` (the compiled script reviewed: an upgrade, an install, or a rollback), with `down` the script
 * that undoes it when the plans give one (`irreversible`: why not), and the lint report of the plans on its path.
 * The files are named by direction: an upgrade is up.sql and its undoing down.sql; a rollback is down.sql and its
 * undoing (the upgrade again) up.sql, as plan build names them.
 */
export function reviewOf(up: CompileResult, down: CompileResult | undefined, irreversible: string | undefined, lint: LintReport, from: string, to: string, undoNeeds?: string): Review {
  const d = up.dialect;
  const product = up.product.product.product;
  const kind = from === '0' ? 'install' : up.direction === 'down' ? 'rollback' : /-/.test(to) ? 'stage' : 'upgrade';
  // The catalogs the model predicts before and after, in the engine's spelling: what changes, object by object.
  // (Each line escaped as the review's catalog query prints it: a default's line break is `\n` here too.)
  const before = d.catalog.catalogLines(up.before).map(escapeCatalogLine).sort();
  const after = d.catalog.catalogLines(up.after).map(escapeCatalogLine).sort();
  const diff = diffCatalogs(before, after);
  const keyed = (line: string) => {
    const k = keyOf(line);
    const rest = line.slice(line.indexOf(' | ') + 3);
    // A column's or constraint's definition without its kind and name, which the object column gives.
    const def = /^(COL|CON) /.test(rest) ? rest.split(' ').slice(2).join(' ') : rest;
    return { table: k.table, object: k.key.slice(k.table.length + 1), def };
  };
  const changes: SchemaChange[] = withRenames(up.units, [
    ...diff.extra.map((l) => ({ change: 'added' as const, table: keyed(l).table, object: keyed(l).object, after: keyed(l).def })),
    ...diff.missing.map((l) => ({ change: 'dropped' as const, table: keyed(l).table, object: keyed(l).object, before: keyed(l).def })),
    ...diff.different.map((x) => ({ change: 'changed' as const, table: keyed(x.expected).table, object: keyed(x.expected).object, before: keyed(x.expected).def, after: keyed(x.found).def })),
  ]).sort((a, b) => (a.table === b.table ? (a.object < b.object ? -1 : a.object > b.object ? 1 : 0) : a.table < b.table ? -1 : 1));

  const checksOf = (r: CompileResult, a: string, b: string) => [
    `the version check: the database is at ${product} ${a}${a === b ? '' : `, at ${b}, or on this script's path between them (a resumed run)`}; otherwise the script stops before any change, naming the first difference`,
    ...r.preflight,
    ...r.units.flatMap((u) => {
      const label = u.banner.replace(/^-- /, '');
      return u.rendered.filter((s) => s.stop !== undefined).map((s) => (label.endsWith(s.stop!) ? label : `${label}: ${s.stop}`));
    }),
  ];
  const checks = checksOf(up, from, to);

  const statements: LockRow[] = up.locks.statements.flatMap((s) =>
    s.tables
      .filter((t) => !t.new)
      .map((t) => ({
        // (A statement the plan's path skips, which runs only on a database that differs: the script's own words.)
        // (Where the step runs statements of different kinds, each row says which it is: a foreign key's supporting index.)
        statement: `${s.label}${s.what !== undefined ? ` · ${s.what}` : ''}${s.onlyOnDrift ? ' (only where the database differs from the plan here; else skipped)' : ''}`,
        table: t.table,
        lock: t.lock ?? '',
        effect: t.effect,
        hazards: t.hazards,
        ...(s.online ? { online: s.online.map((o) => `${o.engine}: ${o.algorithm}, LOCK=${o.lock}${o.rebuilds ? ', rebuilds' : ''}`) } : {}),
      })),
  );
  const heldToCommit = up.locks.summary.map((t) => ({ table: t.table, lock: t.lock, from: t.label }));
  // The script's own bounds first (what it sets its lock timeout to), then the dialect's notes on its locks.
  const lockNotes = [...up.timeoutLines.map((l) => l.replace(/^timeouts?:\s*/, '')), ...d.locks.headerLines(up.locks).filter((l) => !l.startsWith('  ')).map((l) => l.replace(/^locks:\s*/, ''))];

  const created = createdByUpgrade(up.plans, d, up.params);
  const lossy = [
    ...up.units.filter((u) => u.op.kind === 'drop_table' || u.op.kind === 'drop_column' || u.op.kind === 'delete_where' || u.op.kind === 'delete_rows' || u.op.kind === 'delete_copied' || u.op.kind === 'delete_imported').map((u) => `${u.banner.replace(/^-- /, '')}: its data goes with it${reachOf(u)}${u.step.step.irreversible ? ` (irreversible: ${u.step.step.irreversible.replace(/\s+/g, ' ').trim()})` : u.step.step.inverse ? ' (the plan gives an inverse)' : ''}`),
    // What the rollback's deletions of copied rows reach through foreign keys (the application's rows since).
    ...(down && up.direction === 'up' ? rollbackRowsDeleted(down.units.map((u) => ({ op: u.op, before: u.before, label: u.banner.replace(/^-- /, '') }))).map((l) => `the rollback deletes ${l}`) : []),
    // What the path's upgrade deletes or leaves out on purpose: a rollback runs none of those steps.
    ...(up.direction === 'up' ? [...rowsDeleted(up.plans, d, up.params, stepNumbersOf(up.units)), ...rowsLeftOut(up.plans, d, up.params, stepNumbersOf(up.units))] : []),
    ...(down && (created.tables.length || created.columns.length) ? [`the rollback drops ${[...created.tables.map((t) => `table ${t}`), ...created.columns.map((c) => `column ${c}`)].join(', ')}, with the data written there since`] : []),
    ...(down ? up.units.filter((u) => u.op.kind === 'import_rows').map((u) => `the rollback deletes the ${(u.op as { into: string }).into} rows the import made, and what the product attached to them since`) : []),
  ];

  // The parameters as the header shows them (another dialect's naming parameters, not given, are left out).
  // The rollback's compile reads its own parameters (an import's rollback none of the import's source).
  // Plans of your own are found again with --plans, as the header's reverse command finds them.
  // The script's timeouts when not compile's defaults (plan review --lock-timeout …): the command makes the same script.
  const timeoutWords = timeoutArgs(up.timeouts).map((w) => ` ${w}`).join('');
  const compileWords = (a: string, b: string, shown = up.shownParams) => `${PLAN_COMMAND} compile ${product} ${a} ${b} --dialect ${d.name}${plansOptionOf(up.product)}${paramWords(shown)}${timeoutWords}`;
  const hasReport = up.units.some((u) => (u.op.kind === 'copy_rows' && (u.op as { skip?: unknown }).skip) || u.op.kind === 'import_rows');
  const [file, undoFile] = up.direction === 'up' ? ['up.sql', 'down.sql'] : ['down.sql', 'up.sql'];
  const commands = {
    compile: `${compileWords(from, to)} -o ${file}`,
    // The header's own backup and apply commands (the product's other databases, the database a step checks).
    // As shell lines (a note after #): the JSON's commands run as they are, as the Markdown's blocks do.
    // The manual step that renames the file the script runs on, after the stop and before the backup (header.ts).
    ...(up.commands.rename ? { rename: `${renameFirstWords(up.commands.rename.step, up.commands.rename.plan)}: ${up.commands.rename.text.replace(/\s+/g, ' ').trim()}` } : {}),
    ...(up.commands.backup !== undefined ? { backup: shellLine(up.commands.backup) } : {}),
    apply: shellLine(up.commands.apply(file)),
    ...(down ? { rollback: `${compileWords(to, from, down.shownParams)} -o ${undoFile}`, rollbackApply: shellLine(down.commands.apply(undoFile)) } : {}),
    // The report is compiled, then run as any script is (it only reads).
    ...(hasReport ? { report: `${compileWords(from, to)} --report -o report.sql\n${shellLine(up.commands.apply('report.sql'))}` } : {}),
    // Its parameters are the upgrade's own, which the rollback does not have: the command without them.
    ...(undoNeeds ? { undo: compileWords(to, from, {}) } : {}),
  };

  // After the script: the catalog must read as the model predicts `to`; copies and imports must have left nothing
  // undone; tables the script does not write keep their row counts.
  const zeroQueries = up.units.flatMap((u) =>
    u.op.kind === 'copy_rows' ? [{ what: `${u.banner.replace(/^-- /, '')}: source rows not copied`, sql: copyGapSql(d, u.op, u.before, up.params) }] : u.op.kind === 'import_rows' ? [{ what: `${u.banner.replace(/^-- /, '')}: source rows the import should have made`, sql: importGapSql(d, u.op, u.before, up.params) }] : [],
  );
  const written = new Set(up.units.flatMap((u) => ('table' in u.op && typeof u.op.table === 'string' && ['insert', 'update', 'delete_where', 'delete_rows'].includes(u.op.kind) ? [u.op.table] : 'into' in u.op ? [u.op.into] : [])));
  const rowCountTables = up.before.tables.filter((t) => up.after.tables.some((x) => x.name === t.name) && !written.has(t.name)).map((t) => t.name).sort();

  return {
    product,
    from,
    to,
    dialect: d.name,
    tool: toolVersion(),
    kind,
    parameters: Object.entries(up.shownParams).map(([name, v]) => ({ name, value: String(v) })),
    changes,
    checks,
    ...(down ? { rollbackChecks: checksOf(down, to, from) } : {}),
    procedure: procedureSteps(up.product, up.direction, from, to),
    manual: up.manual,
    ...(down && down.manual.length ? { rollbackManual: down.manual } : {}),
    locks: { statements, heldToCommit, notes: lockNotes },
    lossy,
    ...(irreversible !== undefined ? { irreversible } : {}),
    lint: lintOf(d.name, up.plans.map((p) => p.relPath), lint.findings),
    commands,
    verify: { catalogQuery: escapedCatalogQuery(d.name, productCatalogQuery(d.name, CATALOG_SQL[d.name](up.places ?? {}), [...physicalTables(up.product, d, up.params), ...up.before.tables.map((t) => t.name), ...up.after.tables.map((t) => t.name)]), escapedCharsOf(d.catalog.catalogLines(up.after))), expectedCatalog: after, zeroQueries, rowCountTables },
    checksums: [
      { file, sha256: sha256(up.sql) },
      ...(down ? [{ file: undoFile, sha256: sha256(down.sql) }] : []),
      { file: up.product.relPath, sha256: up.product.sha256 },
      ...up.plans.map((p) => ({ file: p.relPath, sha256: p.sha256 })),
    ],
  };
}

/** A command with its note (`cmd  (or: …)`, `cmd   (restore: …)`) as a shell line: the note after `#`. */
function shellLine(cmd: string): string {
  const m = /^(.*?\S)\s{2,}\((.*)\)$/.exec(cmd);
  return m ? `${m[1]}   # ${m[2]}` : cmd;
}

/**
 * For a unit that deletes rows: ", and with them, through foreign keys, the rows of … that reference them" when the
 * deletion reaches other tables (ON DELETE CASCADE / SET NULL / SET DEFAULT in the model before it), else ''.
 */
function reachOf(u: CompileResult['units'][number]): string {
  const table = u.op.kind === 'delete_copied' || u.op.kind === 'delete_imported' ? u.op.into : u.op.kind === 'delete_where' || u.op.kind === 'delete_rows' ? u.op.table : undefined;
  const words = table === undefined ? undefined : reachWords(deleteReaches(u.before, table));
  return words ? `, and ${words}` : '';
}

/**
 * Text as Markdown prose on one line: line breaks folded, and every character Markdown or HTML gives a meaning to
 * (emphasis, links, code, tags, entities, table pipes) backslash-escaped, so that a plan's text or a parameter's value
 * reads as written and cannot add a heading, a link, an image or HTML to the review (found by a review: a manual step
 * holding `<img onerror=…>` rendered it).
 */
export const prose = (text: string) =>
  foldLines(text)
    .replace(/[\\`*[\]<>&|~]/g, (c) => `\\${c}`)
    // (`_` between two letters or digits, as in a name, neither opens nor closes emphasis: left as it is, readable.)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');

/** The longest run of backticks in `text` (0: none). */
const longestBackticks = (text: string) => Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));

/** Text as a Markdown code span on one line: delimited by more backticks than any run inside it (CommonMark), padded when it starts or ends with one. */
export const codeSpan = (text: string) => {
  const t = foldLines(text);
  const ticks = '`'.repeat(longestBackticks(t) + 1);
  const pad = /^`|`$/.test(t) ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
};

/**
 * A fenced code block of `lines`: its fence longer than any run of backticks in them (at least three), so that no
 * line of the content (a value's text in a statement) can close it (found by a review: a default holding a line of
 * three backticks closed the expected catalog's block, and the Markdown after it rendered).
 */
export const fenced = (lang: string, lines: string[]): string[] => {
  const fence = '`'.repeat(Math.max(3, longestBackticks(lines.join('\n')) + 1));
  return [`${fence}${lang}`, ...lines, fence];
};

/** Text for a Markdown table cell: line breaks folded, pipes escaped (in a code span too: GFM reads its cells first); prose escaped, or a code span when asked. */
const cell = (text: string, code = false) => {
  const t = foldLines(text);
  return !t ? '' : code ? codeSpan(t).replace(/\|/g, '\\|') : prose(t);
};

/** The review as Markdown a ticket system renders: headings, tables, and fenced commands and queries. */
export function reviewMarkdown(r: Review): string {
  const out: string[] = [];
  const table = (head: string[], rows: string[][]) => {
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((x) => `| ${x.join(' | ')} |`), '');
  };
  out.push(`# Review: ${prose(`${r.product} ${r.from} → ${r.to} (${r.dialect})`)}`, '');
  out.push(`Generated by plan ${r.tool} from the plans whose checksums are at the end; regenerate it with ${codeSpan(r.commands.compile.replace(`${PLAN_COMMAND} compile `, `${PLAN_COMMAND} review `).replace(/ -o (up|down)\.sql$/, ''))}. ${/^[aeiou]/.test(r.kind) ? 'An' : 'A'} ${r.kind}.`, '');

  out.push('## Parameters', '');
  if (r.parameters.length) table(['parameter', 'value'], r.parameters.map((p) => [cell(p.name, true), cell(p.value, true)]));
  else out.push('None.', '');

  out.push('## What changes', '');
  if (r.changes.length) table(['change', 'table', 'object', 'before', 'after'], r.changes.map((c) => [c.change, cell(c.table, true), cell(c.object, true), cell(c.before ?? '', true), cell(c.after ?? '', true)]));
  else out.push('No table, column, key or index changes (data only).', '');

  out.push('## Checked before the first change', '');
  out.push(...r.checks.map((c, i) => `${i + 1}. ${prose(c)}`), '');
  if (r.rollbackChecks) {
    out.push(`The rollback (${prose(`${r.to} → ${r.from}`)}) checks, before its first change:`, '');
    out.push(...r.rollbackChecks.map((c, i) => `${i + 1}. ${prose(c)}`), '');
  }

  out.push('## Manual steps', '');
  const manualList = (steps: { plan: string; text: string }[]) => steps.map((m, i) => `${i + 1}. ${prose(`[${m.plan}] ${m.text}`)}`);
  if (r.manual.length) out.push(...manualList(r.manual), '');
  else out.push('None.', '');
  // The rollback's own (found by a fresh DBA: Fief's SQLite rollback is a file renamed back, which the review left out).
  if (r.rollbackManual) out.push(`The rollback (${prose(`${r.to} → ${r.from}`)}), by hand (its script does not do these):`, '', ...manualList(r.rollbackManual), '');

  out.push('## Locks', '');
  out.push(...r.locks.notes.map((n) => prose(n.replace(/:$/, '.'))), '');
  if (r.locks.heldToCommit.length) {
    out.push('Strongest lock per existing table, held from the statement named to the end of its transaction:', '');
    table(['table', 'lock', 'from'], r.locks.heldToCommit.map((h) => [cell(h.table, true), cell(h.lock), cell(h.from)]));
  }
  if (r.locks.statements.length) table(['statement', 'table', 'lock', 'effect', 'hazards'], r.locks.statements.map((s) => [cell(s.statement), cell(s.table, true), cell([s.lock, ...(s.online ?? [])].filter(Boolean).join('; ')), cell(s.effect), cell(s.hazards.join('; '))]));
  else out.push('No statement touches a table that existed before the script.', '');

  out.push('## Irreversible or lossy', '');
  if (r.irreversible !== undefined) out.push(`**No rollback:** ${prose(r.irreversible)}`, '');
  if (r.lossy.length) out.push(...r.lossy.map((l) => `- ${prose(l)}`), '');
  else if (r.irreversible === undefined) out.push('Nothing: the rollback restores the schema and keeps the data.', '');

  out.push('## Lint', '');
  if (r.lint.length) table(['rule', 'severity', 'where', 'finding', 'acknowledged'], r.lint.map((f) => [cell(f.rule, true), cell(f.severity), cell(`${f.file}:${f.line}:${f.col}`), cell(f.message), cell(f.acknowledged ?? 'no')]));
  else out.push('No findings.', '');

  out.push('## Commands', '');
  // Each block pastes into a shell as it is: a command's note in parentheses becomes a comment.
  const block = (title: string, cmd: string | undefined) => cmd && out.push(`${title}:`, '', ...fenced('sh', cmd.split('\n')), '');
  block('Compile the script (the same parameters as this review)', r.commands.compile);
  // The writers stop before the backup: a dump taken while they still write is not the state the script starts from.
  if (r.procedure.stop) out.push(`First, stop: ${prose(r.procedure.stop)}.`, '');
  if (r.commands.rename) out.push(`Then, before the backup, the rename: ${prose(r.commands.rename)}`, '');
  block(r.procedure.stop || r.commands.rename ? 'Then, the backup' : 'First, the backup', r.commands.backup);
  block('The rows the script leaves out, before and after it (read-only)', r.commands.report);
  block('Apply', r.commands.apply);
  if (r.procedure.start) out.push(`After it: start ${prose(r.procedure.start)}.`, '');
  if (r.commands.rollback && r.rollbackManual) out.push(`To roll back, by hand as well (the rollback's script does not do these; each says when):`, '', ...manualList(r.rollbackManual), '');
  block('Roll back (compile, then apply)', r.commands.rollback && `${r.commands.rollback}\n${r.commands.rollbackApply}`);
  if (r.undoNeeds && r.commands.undo) out.push(`Undo it (the upgrade again): ${codeSpan(r.commands.undo)} with the upgrade's own parameters (${prose(r.undoNeeds)}).`, '');

  out.push('## After: verify', '');
  out.push(`The catalog query below must print exactly the ${r.verify.expectedCatalog.length === 1 ? 'line that follows' : `${plural(r.verify.expectedCatalog.length, 'line')} that follow`} it (the schema the model predicts at ${prose(r.to)}).`, '');
  out.push(...fenced('sql', r.verify.catalogQuery.split('\n')), '');
  out.push('<details><summary>expected catalog</summary>', '', ...fenced('', r.verify.expectedCatalog), '', '</details>', '');
  for (const q of r.verify.zeroQueries) out.push(`${prose(q.what)}: must be 0.`, '', ...fenced('sql', `${q.sql};`.split('\n')), '');
  if (r.verify.rowCountTables.length) out.push(`Row counts that must be the same before and after (the script writes no row there): ${r.verify.rowCountTables.map(codeSpan).join(', ')}.`, '');

  out.push('## Checksums (sha256)', '');
  table(['file', 'sha256'], r.checksums.map((c) => [cell(c.file, true), codeSpan(c.sha256)]));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The catalog diff with the script's renames put back together (found by a fresh user: a column renamed showed as
 * `dropped COL name` and `added COL title`, which reads like data loss). The renames come from the operations on the
 * path, in order (a table renamed carries its columns with it; a table or column dropped or created on the way is
 * not the one before it): a column renamed becomes one `renamed` row `COL old → new` (its definition before and
 * after), and a table renamed one row `old → new`, its objects that kept their name and definition left out and
 * those that did not shown as changed.
 */
export function withRenames(units: readonly { op: Op }[], changes: SchemaChange[]): SchemaChange[] {
  // What each table and column now in the model was called before the script (null: made by it).
  const tableWas = new Map<string, string | null>();
  const columnWas = new Map<string, { table: string; column: string } | null>();
  const key = (table: string, column: string) => `${table}\u0000${column}`;
  const tableBefore = (t: string) => (tableWas.has(t) ? tableWas.get(t)! : t);
  for (const { op } of units) {
    if (op.kind === 'rename_table') {
      tableWas.set(op.to, tableBefore(op.from));
      tableWas.delete(op.from);
      for (const [k, v] of [...columnWas]) {
        const [t, c] = k.split('\u0000');
        if (t === op.from) {
          columnWas.delete(k);
          columnWas.set(key(op.to, c), v);
        }
      }
    } else if (op.kind === 'rename_column') {
      const k = key(op.table, op.from);
      const before = columnWas.has(k) ? columnWas.get(k)! : tableBefore(op.table) === null ? null : { table: tableBefore(op.table)!, column: op.from };
      columnWas.delete(k);
      columnWas.set(key(op.table, op.to), before);
    } else if (op.kind === 'create_table') {
      tableWas.set(op.table.name, null);
    } else if (op.kind === 'drop_table') {
      tableWas.set(op.name, null);
    } else if (op.kind === 'drop_column' || op.kind === 'add_column') {
      const name = op.kind === 'drop_column' ? op.column : op.column.name;
      columnWas.set(key(op.table, name), null);
    }
  }
  let out = [...changes];
  const take = (change: SchemaChange['change'], table: string, object: string) => {
    const i = out.findIndex((c) => c.change === change && c.table === table && c.object === object);
    return i === -1 ? undefined : out.splice(i, 1)[0];
  };
  const renamed: SchemaChange[] = [];
  for (const [k, was] of columnWas) {
    const [table, column] = k.split('\u0000');
    if (was === null || (was.table === table && was.column === column)) continue;
    const dropped = take('dropped', was.table, `COL ${was.column}`);
    const added = take('added', table, `COL ${column}`);
    if (dropped && added) renamed.push({ change: 'renamed', table, object: `COL ${was.column} → ${column}`, before: dropped.before, after: added.after });
    else out.push(...[dropped, added].filter((c): c is SchemaChange => c !== undefined));
  }
  for (const [table, was] of tableWas) {
    if (was === null || was === table) continue;
    const droppedHere = out.filter((c) => c.change === 'dropped' && c.table === was);
    if (!droppedHere.length && !out.some((c) => c.change === 'added' && c.table === table)) continue;
    renamed.push({ change: 'renamed', table: `${was} → ${table}`, object: 'TABLE', before: was, after: table });
    for (const d of droppedHere) {
      const a = out.find((c) => c.change === 'added' && c.table === table && c.object === d.object);
      if (!a) continue;
      out = out.filter((c) => c !== d && c !== a);
      if (a.after !== d.before) out.push({ change: 'changed', table, object: d.object, before: d.before, after: a.after });
    }
    // A column renamed in a table renamed: its row names the new table.
    for (const r of renamed) if (r.table === was) r.table = table;
  }
  return [...out, ...renamed];
}
