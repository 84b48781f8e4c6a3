// `plan verify`: applies a plan to a real engine the way a DBA would, and checks what the header promises:
// re-runs change nothing, a crash at any statement can be resumed, the upgrade equals a fresh install,
// the rollback restores the old schema, and the data survives.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, locatedAt, type CompileResult } from '../compile/compile.js';
import { IrreversibleError } from '../plan/errors.js';
import { isStage } from '../plan/graph.js';
import { UUID } from '../plan/params.js';
import { compileChecked } from '../compile/checked.js';
import { databaseParameter } from '../compile/header.js';
import { joinSql, sql } from '../compile/sql.js';
import type { Timeouts } from '../dialects/dialect.js';
import { copyGapSql } from '../operations/copy_rows.js';
import { importGapSql } from '../operations/import_rows.js';
import { updateGapSql } from '../operations/update.js';
import { exprColumns, type Naming } from '../operations/index.js';
import type { Dialect } from '../dialects/dialect.js';
import { getDialect } from '../dialects/index.js';
import { describeWrites, openScratch, type Scratch, type WriteEvidence } from '../engines/index.js';
import { randomUUID } from 'node:crypto';
import { findColumn, findTable, isCurrentTimestamp, type Model } from '../model/model.js';
import { loadProduct } from '../plan/load.js';
import type { DialectName, ValueExpr } from '../plan/types.js';
import { seedRows } from './seed.js';
import { plural } from '../plural.js';
import { escapeNotOneLine } from '../text-rules.js';

export interface VerifyRequest {
  product: string;
  from: string;
  to: string;
  dialect: DialectName;
  params?: string[];
  /** Server URL; without one, PostgreSQL runs in PGlite and MySQL cannot run. */
  url?: string;
  /** Apply through the drivers (default) or through psql / mariadb. */
  client?: 'driver' | 'cli';
  /** Every statement boundary in the crash test instead of a sample. */
  exhaustive?: boolean;
  /** Boundaries sampled when not exhaustive. */
  sample?: number;
  plansDir?: string;
  /** The scripts' lock and statement timeouts (default: plan compile's). */
  timeouts?: Timeouts;
}

/** What a caller hears while verify runs (progress on a terminal, plain lines otherwise). */
export interface VerifyProgress {
  /** a check starts */
  start?(check: string): void;
  /** a check ended */
  end?(result: CheckResult): void;
  /** the crash-and-resume sweep: `done` of `total` boundaries resumed */
  step?(check: string, done: number, total: number): void;
}

export interface CheckResult {
  check: string;
  ok: boolean;
  ms: number;
  detail: string[];
}

export interface VerifyReport {
  product: string;
  from: string;
  to: string;
  dialect: DialectName;
  engine: string;
  client: 'driver' | 'cli';
  ok: boolean;
  checks: CheckResult[];
}

interface Snapshot {
  catalog: string[];
  rows: Record<string, Record<string, unknown>[]>;
}

async function snapshot(s: Scratch): Promise<Snapshot> {
  const catalog = [...(await s.catalog())].sort();
  return { catalog, rows: await s.allRows() };
}

/**
 * `s` seen without the tables `hidden` (an import's source, verify_database source_tables): its catalog lines and
 * rows left out, so that every check compares the product's tables alone.
 */
/**
 * SQLite: the name the database file has when the DBA applies `r` (the file a step's
 * check names, as its header's apply line does: Fief's 0.28 → 0.27 rollback runs on the workspace's file, renamed
 * back to its id by the manual step before it), or undefined for the scratch's own name.
 */
function clientFileName(d: Dialect, r: CompileResult): string | undefined {
  if (d.name !== 'sqlite') return undefined;
  const param = databaseParameter(r.plans, d, r.params, r.direction);
  const value = param === undefined ? undefined : r.params[param];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function withoutTables(s: Scratch, hidden: string[]): Scratch {
  if (!hidden.length) return s;
  const shown = (line: string) => !hidden.some((t) => line.startsWith(`T ${t} |`));
  const rowsOf = <T>(all: Record<string, T>) => Object.fromEntries(Object.entries(all).filter(([t]) => !hidden.includes(t)));
  return {
    ...s,
    dialect: s.dialect,
    label: s.label,
    name: s.name,
    execScript: (sql, fileName) => s.execScript(sql, fileName),
    execStatements: (list, fileName) => s.execStatements(list, fileName),
    execWithClient: (sql, fileName) => s.execWithClient(sql, fileName),
    query: (sql) => s.query(sql),
    catalog: async () => (await s.catalog()).filter(shown),
    rows: (table) => s.rows(table),
    allRows: async () => rowsOf(await s.allRows()),
    fingerprint: async () => rowsOf(await s.fingerprint()),
    writeEvidence: () => s.writeEvidence(),
    close: () => s.close(),
    ...(s.useSchema ? { useSchema: (name: string) => s.useSchema!(name) } : {}),
    ...(s.usePlaces ? { usePlaces: (p: Record<string, string>) => s.usePlaces!(p) } : {}),
  };
}

/**
 * Lines in one catalog and not the other: `-` expected only, `+` found only; each escaped (escapeNotOneLine: a
 * default or a name holding ESC or a line feed, the engine's or the plan's, stays one visible line of the report).
 */
export function catalogDiff(expected: string[], actual: string[]): string[] {
  const a = new Set(actual);
  const e = new Set(expected);
  return [...expected.filter((l) => !a.has(l)).map((l) => `- ${escapeNotOneLine(l)}`), ...actual.filter((l) => !e.has(l)).map((l) => `+ ${escapeNotOneLine(l)}`)].sort((x, y) => (x.slice(2) < y.slice(2) ? -1 : x.slice(2) > y.slice(2) ? 1 : 0));
}

/**
 * Tables whose rows differ between two snapshots, leaving out the columns of `volatile` ("table.column": values a
 * script writes from the clock, which two runs write differently).
 */
function dataDiff(before: Snapshot, after: Snapshot, tables: string[], volatile: Set<string> = new Set()): string[] {
  const out: string[] = [];
  const rows = (s: Snapshot, t: string) => {
    const list = s.rows[t] ?? [];
    if (![...volatile].some((v) => v.startsWith(`${t}.`))) return list;
    return list.map((r) => Object.fromEntries(Object.entries(r).filter(([c]) => !volatile.has(`${t}.${c}`)))).map((r) => JSON.stringify(r)).sort();
  };
  for (const t of tables) {
    const a = JSON.stringify(rows(before, t));
    const b = JSON.stringify(rows(after, t));
    if (a !== b) out.push(`${t}: rows differ (${(before.rows[t] ?? []).length} → ${(after.rows[t] ?? []).length})`);
  }
  return out;
}

/** Rows of `before` projected on `columns`, each still present in `after` (as a multiset when `exact`). */
function rowsKept(before: Record<string, unknown>[], after: Record<string, unknown>[], columns: string[], exact: boolean): string | undefined {
  const key = (r: Record<string, unknown>) => JSON.stringify(columns.map((c) => r[c] ?? null));
  const pool = new Map<string, number>();
  for (const r of after) pool.set(key(r), (pool.get(key(r)) ?? 0) + 1);
  let missing = 0;
  for (const r of before) {
    const k = key(r);
    const n = pool.get(k) ?? 0;
    if (n === 0) missing++;
    else pool.set(k, n - 1);
  }
  if (missing) return `${missing} of ${plural(before.length, 'row')} lost or changed in (${columns.join(', ')})`;
  if (exact && after.length !== before.length) return `${plural(before.length, 'row')} before, ${after.length} after`;
  return undefined;
}

/** Evidence taken around the second run of a script; `after` is missing when that run failed. */
interface SecondRun {
  before?: WriteEvidence;
  after?: WriteEvidence;
}

/**
 * The check "second run executes nothing": what the second run of `script` wrote, one line per object or
 * counter (describeWrites), or why it cannot be told. Empty when the run wrote nothing. MySQL's counters say
 * how many statements of each kind ran but not which, so when they moved, the script runs once more through
 * the driver, one operation at a time, and each operation that writes gets a line of its own.
 */
async function secondRunWrites(run: SecondRun, s: Scratch, script: CompileResult): Promise<string[]> {
  if (!run.before || !run.after) return ['the second run did not complete (see the check above): nothing to compare'];
  const writes = describeWrites(run.before, run.after);
  if (!writes.length || run.after.engine !== 'mysql') return writes;
  try {
    return [...writes, ...(await writesPerOperation(s, script))];
  } catch (e) {
    return [...writes, `note: the operations that wrote cannot be named: running them once more failed: ${errorLine(e)}`];
  }
}

/** Runs each operation of `script` on its own and says which ones wrote, e.g. `5.0 → 6.0 · 4/126 · drop … : 1 × ALTER TABLE`. */
async function writesPerOperation(s: Scratch, script: CompileResult): Promise<string[]> {
  const out: string[] = [];
  for (const unit of script.units) {
    if (!unit.statements.length) continue;
    const before = await s.writeEvidence();
    await s.execStatements(unit.statements);
    const writes = describeWrites(before, await s.writeEvidence()).map((l) => l.replace(/ executed \(.*\)$/, ''));
    if (writes.length) out.push(`${unit.banner.replace(/^-- /, '')}: ${writes.join(', ')}`);
  }
  return out;
}

/**
 * The product's fresh-install catalog of `version` (facts/catalogs), with the physical names of `naming`, sorted;
 * `predicted` when it is a predicted listing (no public fresh install exists). Undefined when there is neither.
 */
export function factsCatalog(productDir: string, d: Dialect, version: string, naming: Naming | undefined): { lines: string[]; predicted: boolean } | undefined {
  // A version without a public fresh install (SuperTokens 12.1) may have a predicted listing: the last known one
  // plus the changes its sources define (facts/catalogs/<prefix>-<version>.predicted.catalog).
  const dir = join(productDir, 'facts', 'catalogs');
  const found = [`${d.catalog.factsPrefix}-${version}.catalog`, `${d.catalog.factsPrefix}-${version}.predicted.catalog`].find((f) => existsSync(join(dir, f)));
  if (!found) return undefined;
  const lines = readFileSync(join(dir, found), 'utf8').split('\n').filter(Boolean);
  return { lines: (naming ? lines.map((l) => d.catalog.renameLine(l, naming)) : lines).sort(), predicted: found.endsWith('.predicted.catalog') };
}

/** The line of an engine or client error that says what went wrong (clients print the statement first). */
function errorLine(e: unknown): string {
  const lines = (e as Error).message.split('\n').map((l) => l.trim()).filter((l) => l && !/^-+$/.test(l));
  return lines.find((l) => /ERROR/.test(l)) ?? lines[0] ?? String(e);
}

function boundaries(n: number, exhaustive: boolean, sample: number): number[] {
  const all = Array.from({ length: Math.max(0, n - 1) }, (_, i) => i + 1);
  if (exhaustive || all.length <= sample) return all;
  return [...new Set(Array.from({ length: sample }, (_, j) => Math.round(((j + 1) * n) / (sample + 1))))].filter((k) => k >= 1 && k < n);
}

export async function verify(req: VerifyRequest, progress: VerifyProgress = {}): Promise<VerifyReport> {
  const client = req.client ?? 'driver';
  // A parameter only a real database answers (no default) takes its example: each scratch is its own database.
  const base = { product: req.product, dialect: getDialect(req.dialect).name, params: req.params, plansDir: req.plansDir, examples: true, ...(req.timeouts ? { timeouts: req.timeouts } : {}) };
  // Checked as plan compile checks it: the plans' SQL texts parsed (PostgreSQL), which the model then reads too
  // (the columns an index expression names).
  const up = await compileChecked({ ...base, from: req.from, to: req.to });
  // The dialect as the scripts use it: with the product's schema set, table names are qualified with it.
  const d = up.dialect;
  // A plan with an irreversible step has no rollback, by its author's decision: the checks of the way back are one
  // note saying why.
  let down: CompileResult | undefined;
  let noWayBack: string | undefined;
  try {
    down = compile({ ...base, from: req.to, to: req.from });
  } catch (e) {
    if (!(e instanceof IrreversibleError)) throw e;
    noWayBack = e.message;
  }
  const toBuild = req.from === '0' ? undefined : compile({ ...base, from: '0', to: req.from });
  // A stage (0.28-cleanup) has no install of its own: it is reached from its release only.
  const fresh = req.to === '0' || isStage(req.to) ? undefined : compile({ ...base, from: '0', to: req.to });
  const product = loadProduct(req.product, req.plansDir);
  const fromModel = up.before;
  const toModel = up.after;

  // A string seeded at `from` must still fit when the plan narrows its column (e.g. VARCHAR(255) → (128)).
  const narrowest = (t: string, c: string) => {
    const widths = [fromModel, toModel]
      .map((m) => findTable(m, t))
      .map((x) => (x ? /\((\d+)\)/.exec(findColumn(x, c)?.type ?? '')?.[1] : undefined))
      .filter((w): w is string => w !== undefined)
      .map(Number);
    return widths.length ? Math.min(...widths) : undefined;
  };
  // Foreign keys the upgrade adds between existing columns: the product keeps its data consistent with them
  // already (otherwise the upgrade itself must clean up first), so the seeded rows do too.
  const seedModel = structuredClone(fromModel);
  for (const t of seedModel.tables) {
    const later = findTable(toModel, t.name);
    for (const fk of later?.foreignKeys ?? []) {
      const ref = findTable(seedModel, fk.refTable);
      if (t.foreignKeys.some((f) => f.name === fk.name) || !ref) continue;
      if (fk.columns.every((c) => findColumn(t, c)) && fk.refColumns.every((c) => findColumn(ref, c))) t.foreignKeys.push(structuredClone(fk));
    }
  }

  const checks: CheckResult[] = [];
  const scratches: Scratch[] = [];
  const open = async () => {
    const opened = withoutTables(await openScratch(d.name, { url: req.url, mysqlCharacterSet: product.product.verify_database?.mysql_character_set }), Object.keys(product.product.verify_database?.source_tables ?? {}));
    // A product with places (other schemas or databases: product.yaml locations) gets places of its own on each
    // scratch, seen through the compile's names (see withOwnPlaces).
    const s = up.places ? withOwnPlaces(opened, up.places) : opened;
    scratches.push(s);
    // The product's schema (a naming parameter) is made in the scratch database, as a DBA makes it before the
    // product's first start; the harness then reads that schema.
    if (up.schema) {
      if (!s.useSchema) throw new Error(`the ${up.schema} schema needs a database of its own: verify with --url on a PostgreSQL server (${s.label} keeps every scratch in one database)`);
      await s.useSchema(up.schema);
    }
    return s;
  };
  const applyScript = (s: Scratch, r: CompileResult | string) => {
    const sql = typeof r === 'string' ? r : r.sql;
    // The file's name the DBA gives it for this script (a manual step's rename), on SQLite.
    const fileName = typeof r === 'string' ? undefined : clientFileName(d, r);
    return client === 'cli' ? s.execWithClient(sql, fileName) : s.execScript(sql, fileName);
  };
  // A run of a script the database has already had: a script that is one transaction from one exact state
  // (script.atomic) stops at its first check, saying it has nothing to do, and that is the run succeeding.
  const applyAgain = async (s: Scratch, r: CompileResult) => {
    try {
      await applyScript(s, r);
    } catch (e) {
      const marker = d.script.atomic?.appliedMarker;
      if (marker === undefined || !(e as Error).message.includes(marker)) throw e;
    }
  };
  // Rows the engine refuses (a CHECK the generator cannot read, a parent row refused before) are left out,
  // the same ones every time; the report says how many.
  const sources = Object.entries(product.product.verify_database?.source_tables ?? {});
  const makeSources = async (s: Scratch) => {
    // An import's source: a table of the operator's, made as it is given (the checks read the product's tables only).
    for (const [name, t] of sources) {
      const type = (portable: string) => {
        const m = d.syntax.columnType(portable);
        if (typeof m !== 'string') throw new Error(`verify_database source_tables ${name}: ${m.error}`);
        return d.syntax.type(m);
      };
      const columns = t.columns.map((c) => sql`${d.syntax.ident(c.name)} ${type(c.type)}`);
      await s.execStatements([
        sql`CREATE TABLE ${d.syntax.ident(name)} (${joinSql(columns, ', ')})`.text,
        ...t.rows.map((r) => sql`INSERT INTO ${d.syntax.ident(name)} (${joinSql(Object.keys(r).map((c) => d.syntax.ident(c)), ', ')}) VALUES (${joinSql(Object.values(r).map((v) => d.syntax.literal(v)), ', ')})`.text),
      ]);
    }
  };
  // A copy's source that the newer version never writes (copy_rows refuse_deleted_on_rollback: Keto's legacy tuple
  // tables) holds, at a version past the copy, only rows the copy copied, each with its row in the target: the rows
  // seeded there are copied as the upgrade copied its own (the copy's bodies, which add only the rows missing), or a
  // rollback's check (refuse_deleted) would take each for a row deleted since.
  const recopy = (toBuild?.units ?? []).filter((u) => u.op.kind === 'copy_rows' && u.op.refuseDeleted);
  const buildFrom = async (s: Scratch) => {
    if (toBuild) await applyScript(s, toBuild);
    await makeSources(s);
    const seeded = await seedRows(up.places ? locatedAt(d, up.places, seedModel, seedModel) : d, seedModel, (sql) => s.execStatements([sql]).then(() => undefined, errorLine), narrowest, product.product.verify_rows ?? {}, product.product.verify_database?.only_given_rows ?? []);
    for (const u of recopy) await s.execStatements(u.bodies);
    return seeded;
  };
  let failed = false;
  // A failed `fatal` check (building the start state, the first apply) leaves nothing to check after it.
  // A `separate` check (a scenario of its own, on a database of its own) runs whatever failed before it.
  const check = async (name: string, fn: () => Promise<string[] | void>, fatal = false, separate = false): Promise<boolean> => {
    const t0 = performance.now();
    let detail: string[] = [];
    let ok = true;
    if (failed && !separate) {
      checks.push({ check: name, ok: false, ms: 0, detail: ['not run: an earlier check failed'] });
      progress.end?.(checks[checks.length - 1]);
      return false;
    }
    progress.start?.(name);
    try {
      detail = (await fn()) ?? [];
      ok = detail.length === 0 || detail.every((l) => l.startsWith('note: '));
    } catch (e) {
      ok = false;
      detail = [(e as Error).message.split('\n').slice(0, 6).join('\n  ')];
    }
    checks.push({ check: name, ok, ms: Math.round(performance.now() - t0), detail });
    progress.end?.(checks[checks.length - 1]);
    if (!ok && fatal) failed = true;
    return ok;
  };

  // Tables whose rows a step of this plan adds to, or whose rows a rollback keeps on purpose.
  const dataTargets = new Set(up.units.flatMap((u) => (u.op.kind === 'copy_rows' ? [u.op.into] : u.op.kind === 'import_rows' ? [u.op.into, u.op.record] : u.op.kind === 'insert' || u.op.kind === 'update' || u.op.kind === 'delete_where' ? [u.op.table] : [])));
  // Columns the plan rewrites on purpose (backfills) are not compared; nor is what it drops, which a
  // rollback can recreate but not refill.
  const rewritten = new Set(up.units.flatMap(({ op }) => (op.kind === 'update' ? Object.keys(op.set).map((c) => `${op.table}.${c}`) : [])));
  const droppedTables = new Set(up.units.flatMap((u) => (u.op.kind === 'drop_table' ? [u.op.name] : [])));
  const droppedColumns = new Set(up.units.flatMap((u) => (u.op.kind === 'drop_column' ? [`${u.op.table}.${u.op.column}`] : [])));
  // Columns the plan writes from the clock (`now`): two runs write them differently, so re-runs do not compare them.
  const usesNow = (v: ValueExpr): boolean => 'now' in v || ('concat' in v && v.concat.some(usesNow)) || ('coalesce' in v && v.coalesce.some(usesNow));
  // Values the engine's clock writes: copies and updates of now, a column added with the insert's time as its default
  // (every existing row takes the time of the ALTER), and such a column an insert leaves to its default.
  const clockColumns = (table: string, m: Model, given: string[]) => (findTable(m, table)?.columns ?? []).filter((c) => isCurrentTimestamp(c.default) && !given.includes(c.name)).map((c) => `${table}.${c.name}`);
  // (The install of `from` too: each scratch runs it at its own time.)
  const volatile = new Set([...(toBuild?.units ?? []), ...up.units].flatMap(({ op, before }) => (op.kind === 'import_rows' ? clockColumns(op.into, before, Object.keys(op.values)) : op.kind === 'copy_rows' ? Object.entries(op.values).filter(([, v]) => usesNow(v)).map(([c]) => `${op.into}.${c}`) : op.kind === 'update' ? Object.entries(op.set).filter(([, v]) => usesNow(v)).map(([c]) => `${op.table}.${c}`) : op.kind === 'add_column' && isCurrentTimestamp(op.column.default) ? [`${op.table}.${op.column.name}`] : op.kind === 'insert' ? clockColumns(op.table, before, [...new Set(op.rows.flatMap((r) => Object.keys(r)))]) : [])));
  const compared = (table: string, cols: string[]) => cols.filter((c) => !rewritten.has(`${table}.${c}`) && !droppedColumns.has(`${table}.${c}`) && !volatile.has(`${table}.${c}`));
  // Rows the plan deletes on purpose (delete_where), as the engine's text renderings of the start rows show them.
  const deletes = up.units.flatMap((u) => (u.op.kind === 'delete_where' ? [u.op] : []));
  const text = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  const paramText = (v: unknown) => text(v !== null && typeof v === 'object' && 'param' in v ? up.params[(v as { param: string }).param] : v);
  const deleted = (table: string, r: Record<string, unknown>) =>
    deletes.some((op) => {
      if (op.table !== table) return false;
      const v = text(r[op.where.column]);
      const w = op.where;
      if (w.is_null !== undefined) return w.is_null ? v === null : v !== null;
      if (w.in) return v !== null && w.in.some((x) => text(x) === v);
      if (w.not_equals !== undefined) return v !== null && v !== paramText(w.not_equals);
      return v !== null && v === paramText(w.equals);
    });
  // Rows a rollback deletes by key on purpose (delete_rows, the undo of an insert: the version rows a plan records).
  const keyDeletes = up.units.flatMap((u) => (u.op.kind === 'delete_rows' ? [u.op] : []));
  const deletedByKey = (table: string, r: Record<string, unknown>) => keyDeletes.some((op) => op.table === table && op.rows.some((k) => Object.entries(k).every(([c, v]) => text(r[c]) === text(v))));
  const kept = (table: string, rows: Record<string, unknown>[], byKeyToo = true) => rows.filter((r) => !deleted(table, r) && !(byKeyToo && deletedByKey(table, r)));
  let engine = '';
  try {
    const main = await open();
    // The sqlite3 command-line client applies the scripts with --client cli (sql.js only reads the files back).
    engine = client === 'cli' && d.name === 'sqlite' ? 'sqlite3' : main.label;
    let s0!: Snapshot;
    let s1!: Snapshot;
    await check(`from: 0 → ${req.from}, rows seeded`, async () => {
      const seeded = await buildFrom(main);
      s0 = await snapshot(main);
      const n = Object.values(seeded.rows).reduce((a, b) => a + b, 0);
      const tables = Object.values(seeded.rows).filter(Boolean).length;
      return [`note: ${plural(n, 'row')} in ${plural(tables, 'table')}`, ...(seeded.refused.length ? [`note: ${plural(seeded.refused.length, 'generated row')} refused by the engine, e.g. ${seeded.refused[0]}`] : [])];
    }, true);
    await check(`up: ${req.from} → ${req.to} (${plural(up.statements.length, 'statement')})`, async () => {
      await applyScript(main, up);
      s1 = await snapshot(main);
    }, true);
    // The second run is watched twice: what it leaves (catalog, rows) and what it writes on the way.
    const upAgain: SecondRun = {};
    await check('up again changes nothing', async () => {
      upAgain.before = await main.writeEvidence();
      await applyAgain(main, up);
      upAgain.after = await main.writeEvidence();
      const s = await snapshot(main);
      return [...catalogDiff(s1.catalog, s.catalog), ...dataDiff(s1, s, Object.keys(s1.rows), volatile)];
    });
    await check('second run executes nothing', () => secondRunWrites(upAgain, main, up));
    await check(`model predicts the engine's catalog at ${req.to}`, async () => catalogDiff(d.catalog.catalogLines(toModel).sort(), s1.catalog));
    await check(`data kept by up`, async () => {
      const out: string[] = [];
      for (const t of fromModel.tables) {
        const after = findTable(toModel, t.name);
        if (!after) continue;
        const cols = compared(t.name, t.columns.map((c) => c.name).filter((c) => findColumn(after, c)));
        const why = rowsKept(kept(t.name, s0.rows[t.name] ?? []), s1.rows[t.name] ?? [], cols, !dataTargets.has(t.name));
        if (why) out.push(`${t.name}: ${why}`);
      }
      // Copies and backfills, checked against their source once the whole script has run — where what the
      // check reads is still there at the end: a later step of the script may drop or rename it.
      const survives = (table: string, cols: string[]) => {
        const t = findTable(toModel, table);
        return !!t && cols.every((c) => findColumn(t, c)) && !up.units.some((v) => (v.op.kind === 'rename_table' && v.op.from === table) || (v.op.kind === 'rename_column' && v.op.table === table && cols.includes(v.op.from)));
      };
      const read = (values: Record<string, ValueExpr>) => Object.values(values).flatMap(exprColumns);
      for (const u of up.units) {
        if (u.op.kind === 'copy_rows' && !(survives(u.op.into, Object.keys(u.op.values)) && survives(u.op.from, [...read(u.op.values), ...(u.op.where ? [u.op.where.column] : [])]))) continue;
        if (u.op.kind === 'update' && !survives(u.op.table, [...Object.keys(u.op.set), ...read(u.op.set), ...(u.op.where ? [u.op.where.column] : [])])) continue;
        if (u.op.kind === 'import_rows') {
          const [{ n }] = await main.query<{ n: unknown }>(importGapSql(d, u.op, u.before, up.params));
          if (Number(n) !== 0) out.push(`${u.op.from} → ${u.op.into}: ${plural(String(n), 'source row')} the import should have made ${Number(n) === 1 ? 'is' : 'are'} missing`);
        } else if (u.op.kind === 'copy_rows') {
          const [{ n }] = await main.query<{ n: unknown }>(copyGapSql(d, u.op, u.before, up.params));
          if (Number(n) !== 0) out.push(`${u.op.from} → ${u.op.into}: ${plural(String(n), 'source row')} not copied`);
        } else if (u.op.kind === 'update') {
          // Only the last backfill of a table is checked: an earlier one may be overwritten on purpose.
          const table = u.op.table;
          if (up.units.some((v) => v !== u && v.op.kind === 'update' && v.op.table === table && up.units.indexOf(v) > up.units.indexOf(u))) continue;
          const [{ n }] = await main.query<{ n: unknown }>(updateGapSql(d, u.op, u.before, up.params));
          if (Number(n) !== 0) out.push(`${u.op.table}: ${plural(String(n), 'row')} not backfilled`);
        }
      }
      return out;
    });

    const ks = boundaries(up.statements.length, req.exhaustive ?? false, req.sample ?? 6);
    const crashCheck = `crash and resume at ${ks.length} of ${plural(Math.max(0, up.statements.length - 1), 'statement boundary', 'statement boundaries')}`;
    await check(crashCheck, async () => {
      const out: string[] = [];
      for (const [done, k] of ks.entries()) {
        progress.step?.(crashCheck, done, ks.length);
        const s = await open();
        try {
          await buildFrom(s);
          const prefix = up.statements.slice(0, k);
          // (Under the file's name the DBA gives it for the script, as applyScript runs it.)
          if (client === 'cli') await s.execWithClient(prefix.join('\n\n') + '\n', clientFileName(d, up));
          else await s.execStatements(prefix, clientFileName(d, up));
          try {
            await applyAgain(s, up);
          } catch (e) {
            out.push(`after statement ${k}: resuming fails: ${errorLine(e)}`);
            continue;
          }
          const snap = await snapshot(s);
          const diff = [...catalogDiff(s1.catalog, snap.catalog), ...dataDiff(s1, snap, Object.keys(s1.rows), volatile)];
          if (diff.length) out.push(`after statement ${k}: result differs from a clean apply: ${diff.slice(0, 3).join('; ')}`);
        } finally {
          await s.close();
          scratches.splice(scratches.indexOf(s), 1);
        }
      }
      return out;
    });

    await check(`upgrade equals fresh install of ${req.to}`, async () => {
      const out: string[] = [];
      if (fresh && req.from !== '0') {
        const s = await open();
        await applyScript(s, fresh);
        const cat = [...(await s.catalog())].sort();
        out.push(...catalogDiff(cat, s1.catalog).map((l) => `drift vs 0 → ${req.to}: ${l}`));
      }
      const facts = factsCatalog(product.dir, d, req.to, up.naming);
      if (facts) {
        const what = facts.predicted ? 'predicted listing (no fresh-install facts)' : 'fresh-install facts';
        const drift = catalogDiff(facts.lines, s1.catalog).map((l) => `drift vs ${req.product} ${req.to} ${what}: ${l}`);
        out.push(...drift);
        if (facts.predicted && drift.length === 0) out.push(`note: no fresh-install facts for ${req.to}; compared with its predicted listing (facts/catalogs/${d.catalog.factsPrefix}-${req.to}.predicted.catalog)`);
      } else if (req.from === '0') out.push(`note: no fresh-install facts for ${req.to}; compared with nothing`);
      return out;
    });

    if (!down) {
      await check(`down: ${req.to} → ${req.from} refused by the plan`, async () => [`note: ${noWayBack}`]);
      return { product: req.product, from: req.from, to: req.to, dialect: d.name, engine, client, ok: checks.every((c) => c.ok), checks };
    }
    let s2!: Snapshot;
    await check(`down: ${req.to} → ${req.from} (${plural(down.statements.length, 'statement')}) restores the schema`, async () => {
      await applyScript(main, down);
      s2 = await snapshot(main);
      return catalogDiff(s0.catalog, s2.catalog);
    }, true);
    await check('data after down', async () => {
      const out: string[] = [];
      for (const t of fromModel.tables) {
        if (droppedTables.has(t.name)) {
          out.push(`note: ${t.name} was dropped by the upgrade; its rows cannot come back`);
          continue;
        }
        // (Rows deleted by key come back with the insert they undid.)
        const why = rowsKept(kept(t.name, s0.rows[t.name] ?? [], false), s2.rows[t.name] ?? [], compared(t.name, t.columns.map((c) => c.name)), !dataTargets.has(t.name));
        if (why) out.push(`${t.name}: ${why}`);
      }
      return out;
    });
    const downAgain: SecondRun = {};
    await check('down again changes nothing', async () => {
      downAgain.before = await main.writeEvidence();
      await applyAgain(main, down);
      downAgain.after = await main.writeEvidence();
      const s = await snapshot(main);
      return [...catalogDiff(s2.catalog, s.catalog), ...dataDiff(s2, s, Object.keys(s2.rows), volatile)];
    });
    await check('down: second run executes nothing', () => secondRunWrites(downAgain, main, down!));
    await check('up after down', async () => {
      await applyScript(main, up);
      return catalogDiff(s1.catalog, [...(await main.catalog())].sort());
    });

    // A separate scenario (issue #10): rows seeded at `to` itself, which the earlier version may not hold (a second
    // tenant, a value wider than the old column, a NULL in a column that was NOT NULL). The rollback either keeps
    // them, or its data checks refuse before any change, a second try too; any other failure, or a refusal after a
    // change, fails the check. Rolling back an install (to 0) drops everything by design, so it has no such check.
    if (req.from !== '0') {
      await check(`down with rows only ${req.to} can hold: refused before any change, or kept`, async () => {
        // `to` as this plan makes it (from the empty database to `from`, then up), with no rows before the seeding.
        const s = await open();
        if (toBuild) await applyScript(s, toBuild);
        await makeSources(s);
        await applyScript(s, up);
        const seeded = await seedRows(up.places ? locatedAt(d, up.places, toModel, toModel) : d, toModel, (q) => s.execStatements([q]).then(() => undefined, errorLine));
        const before = await snapshot(s);
        const n = Object.values(seeded.rows).reduce((a, b) => a + b, 0);
        const out: string[] = [];
        for (const attempt of ['first try', 'second try']) {
          let refusal: string | undefined;
          try {
            await applyScript(s, down!);
          } catch (e) {
            refusal = errorLine(e);
          }
          if (refusal === undefined) {
            // Kept: what the rollback then leaves is checked by the main scenario's checks on the same script. Rows
            // of the tables `from` does not have go with them, as planned (the header of the upgrade says so).
            const gone = toModel.tables.filter((t) => !findTable(fromModel, t.name) && (seeded.rows[t.name] ?? 0) > 0);
            const lost = gone.reduce((a, t) => a + seeded.rows[t.name], 0);
            out.push(`note: the rollback accepted the ${plural(n, 'row')} seeded at ${req.to}${gone.length ? `: it kept ${n - lost}, and dropped ${lost} with ${gone.map((t) => t.name).join(', ')} (${gone.length === 1 ? 'a table' : 'tables'} ${req.from} does not have, as planned)` : ''}`);
            break;
          }
          if (!refusal.includes('plan stopped: ')) {
            out.push(`${attempt}: the rollback failed without a data check: ${refusal}`);
            break;
          }
          const after = await snapshot(s);
          const changed = [...catalogDiff(before.catalog, after.catalog), ...dataDiff(before, after, Object.keys(before.rows))];
          if (changed.length) {
            out.push(`${attempt}: the rollback refused, but after changing the database: ${changed.slice(0, 3).join('; ')}`);
            break;
          }
          if (attempt === 'first try') out.push(`note: refused, nothing changed (${plural(n, 'row')} seeded at ${req.to}): ${refusal.slice(refusal.indexOf('plan stopped: '))}`);
        }
        return out;
      }, false, true);
    }
  } finally {
    for (const s of scratches.reverse()) await s.close().catch(() => undefined);
  }
  return { product: req.product, from: req.from, to: req.to, dialect: d.name, engine, client, ok: checks.every((c) => c.ok), checks };
}

export function formatReport(r: VerifyReport): string {
  const w = Math.max(...r.checks.map((c) => c.check.length), 5);
  const lines = [`plan verify ${r.product} ${r.from} → ${r.to} · ${r.dialect} on ${r.engine || '(no engine)'} via ${r.client === 'cli' ? 'command-line client' : 'driver'}`, ''];
  lines.push(`${'check'.padEnd(w)}  result  time`);
  for (const c of r.checks) {
    lines.push(`${c.check.padEnd(w)}  ${c.ok ? 'ok    ' : 'FAIL  '}  ${(c.ms / 1000).toFixed(2)}s`);
    for (const dl of c.detail.slice(0, 20)) lines.push(`    ${dl}`);
    if (c.detail.length > 20) lines.push(`    … ${c.detail.length - 20} more`);
  }
  lines.push('', r.ok ? 'verified' : `FAILED: ${r.checks.filter((c) => !c.ok).map((c) => c.check).join('; ')}`);
  return lines.join('\n');
}


/**
 * `s` with places of its own: each place of the compile (`places`: location → the schema or database its parameter
 * names) becomes a fresh one on this scratch, so that scratches open at once on one server (a crash sweep beside
 * the main run) do not share a schema or database. What goes in (scripts, statements, queries) has the compile's
 * names replaced by the scratch's; what comes out (rows, query results, catalog lines) has them replaced back, so
 * every scratch reads as the compile wrote it. The names are UUIDs, which appear nowhere else in a script.
 * @throws Error for a place whose name is not a UUID (another name could also be a value or a word of the script)
 */
export function withOwnPlaces(s: Scratch, places: Record<string, string>): Scratch {
  const pairs = Object.values(places).map((p) => {
    if (!UUID.test(p)) throw new Error(`plan verify gives each scratch database places of its own, named by a fresh UUID: the location parameter's value ${JSON.stringify(p)} must be a UUID`);
    return [p, randomUUID()] as const;
  });
  const into = (t: string) => pairs.reduce((x, [mine, own]) => x.replaceAll(mine, own), t);
  const back = (t: string) => pairs.reduce((x, [mine, own]) => x.replaceAll(own, mine), t);
  const backValue = (v: unknown): unknown => (typeof v === 'string' ? back(v) : Array.isArray(v) ? v.map(backValue) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, backValue(x)])) : v);
  s.usePlaces?.(Object.fromEntries(Object.entries(places).map(([loc, p]) => [loc, into(p)])));
  return {
    ...s,
    dialect: s.dialect,
    label: s.label,
    name: s.name,
    execScript: (sql, fileName) => s.execScript(into(sql), fileName === undefined ? undefined : into(fileName)).catch((e: Error) => Promise.reject(Object.assign(e, { message: back(e.message) }))),
    execStatements: (list, fileName) => s.execStatements(list.map(into), fileName === undefined ? undefined : into(fileName)).catch((e: Error) => Promise.reject(Object.assign(e, { message: back(e.message) }))),
    execWithClient: (sql, fileName) => s.execWithClient(into(sql), fileName === undefined ? undefined : into(fileName)).catch((e: Error) => Promise.reject(Object.assign(e, { message: back(e.message) }))),
    query: async <T = Record<string, unknown>>(sql: string) => backValue(await s.query<T>(into(sql))) as T[],
    catalog: async () => (await s.catalog()).map(back),
    rows: async (table) => backValue(await s.rows(table)) as Record<string, unknown>[],
    allRows: async () => backValue(await s.allRows()) as Record<string, Record<string, unknown>[]>,
    fingerprint: () => s.fingerprint(),
    writeEvidence: () => s.writeEvidence(),
    close: () => s.close(),
    ...(s.useSchema ? { useSchema: (name: string) => s.useSchema!(name) } : {}),
  };
}
