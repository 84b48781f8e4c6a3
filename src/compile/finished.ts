// A finished resumable script changes nothing when it runs again. The catalog guards (guards.ts) skip a data step
// once a later statement of the script has changed something the catalog shows; a data step with no such statement
// after it (its derived guard is empty) is left to its own row condition, "rows still missing in the target". That
// condition is true again once the application deletes a row the step wrote: re-running the finished Keto 0.6 → 0.7
// script on PostgreSQL or MariaDB wrote back the tuples deleted under Keto 0.7 since (found by review; the
// reproduction is test/keto-rerun-deleted.test.ts).
//
// The rule: among those data steps, the last fixed-row insert (`insert`: "the row with this key is not there") into
// one of the product's version tables (product.yaml `version_tables`: its migration bookkeeping, Keto's
// schema_migration, AuthHero's kysely_migration, Fief's alembic_version) is the script's finished marker. Its
// condition is true on every run until the insert has run, and the statements run in order, so once it is false the
// steps before it ran too: each of them runs only while the marker still has work, as well as while its own condition
// holds. Only a version table's rows are the product's own bookkeeping, which the application does not delete: an
// insert of an application row (a key_value seed row) is no marker, since once the application deletes that row a
// re-run would write back what the steps before it wrote (found by review). `plan status` reads the same conditions (src/detect/data-steps.ts), so a database whose finished
// script's earlier steps lost rows to the application is not reported as a script stopped halfway.
//
// SQLite's scripts are one transaction that stops a second run at its start (Dialect.script.atomic): the caller
// applies this only to the other dialects.
import { and, type Predicate } from './facets.js';
import type { Naming, Op, Statement } from '../operations/index.js';
import { PLACEHOLDER } from '../plan/for-each.js';

/**
 * The version tables as the script's operations name them: product.yaml `version_tables` holds the plans' names,
 * and with naming parameters (a table prefix, a table's own name) the operations of a compile carry the physical
 * ones (renameOp). Compile, lint and status (which reads the conditions compile makes) compare the operations'
 * tables with these, one notion of names: the plans' names against physical ones never matched, so with a prefix the
 * marker was lost and a re-run of a finished script ran its data steps again (found by review). A for_each
 * placeholder in a name is kept as it is (a prefix goes before it; PostgreSQL's folding leaves it as it is).
 * @param naming the compile's naming (CompileResult.naming); undefined: the plans' names are the physical ones
 */
export function physicalVersionTables(versionTables: readonly string[], naming: Naming | undefined): string[] {
  return versionTables.map((t) => (naming ? naming.table(t) : t));
}

/**
 * Whether `table` (an operation's table name, for_each steps expanded) is one of the product's version tables.
 * @param versionTables product.yaml `version_tables` in the operations' names (physicalVersionTables); a for_each placeholder in a name ({key}, {value}, {value:0N})
 *   stands for any part (Keto's keto_namespace_{value:010}_migrations is every namespace's migration table)
 */
export function isVersionTable(table: string, versionTables: readonly string[]): boolean {
  return versionTables.some((name) => {
    const parts = name.split(new RegExp(PLACEHOLDER.source));
    // split with the placeholder's two groups: every third part is literal text.
    const literal = parts.filter((_, i) => i % 3 === 0).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${literal.join('.+')}$`).test(table);
  });
}

/** Whether `op` inserts fixed rows into one of the product's version tables (a finished marker's operation). */
const isMarkerInsert = (op: Op, versionTables: readonly string[]) => op.kind === 'insert' && isVersionTable(op.table, versionTables);

/** The statement's own conditions on rows (its `sql` conditions, as the script evaluates them after the catalog ones). */
export function rowConditions(st: Statement): Predicate[] {
  if (!st.condition) return [];
  return (st.condition.kind === 'and' ? st.condition.items : [st.condition]).filter((p) => p.kind === 'sql');
}

const isEmpty = (p: Predicate) => p.kind === 'and' && p.items.length === 0;

/**
 * The tables whose rows `op` may add or change (a row the marker looks for could appear), or undefined when that
 * cannot be told (raw SQL, an operation this list does not know). Deletions add no row: an empty list.
 */
function mayAddRowsTo(op: Op): string[] | undefined {
  switch (op.kind) {
    case 'insert':
    case 'update':
      return [op.table];
    case 'copy_rows':
      return [op.into];
    case 'import_rows':
      return [op.into, op.record];
    case 'delete_rows':
    case 'delete_where':
    case 'delete_copied':
    case 'delete_imported':
    case 'manual':
    case 'remark':
      return [];
    default:
      return undefined;
  }
}

/** The finished marker of a script and the data statements it guards (finishedMarker). */
export interface FinishedMarker {
  /** The marker: the last fixed-row insert into a version table among the data statements the catalog cannot tell done. */
  marker: Statement;
  /** Its row condition ("its row is not there yet"). */
  rows: Predicate[];
  /** The data statements before it that run only while it still has work, in script order. */
  guarded: Statement[];
}

/**
 * Whether `st` is a data statement the catalog cannot tell done: it changes rows only (no catalog effect, not a stop),
 * has row conditions of its own, and `guard`, the guard the model derives for it, is empty.
 */
export function isTailData(st: Statement, guard: Predicate): boolean {
  return st.stop === undefined && st.bodies.length > 0 && st.effects.length === 0 && isEmpty(guard) && rowConditions(st).length > 0;
}

/**
 * The finished marker of a resumable script (see the head of this file), or undefined when it has none: no data
 * statement the catalog cannot tell done (every data step has a later schema change that guards it), or no fixed-row
 * insert into a version table among them.
 * A statement before the marker is guarded by it only when nothing between the script's first such data statement
 * and it may add the marker's row (an update, copy or import into the marker's table, raw SQL, another insert of the
 * same row): the marker's condition must hold there on a first run. The data statements after the marker are left to
 * their own conditions (nothing after them tells that they ran).
 * @param statements the script's statements in order, `guards[i]` the guard the model derives for `statements[i]`
 *   (deriveGuards), `opOf` the operation each statement renders, `versionTables` the product's version tables
 *   (product.yaml `version_tables`, see isVersionTable)
 */
export function finishedMarker(statements: readonly Statement[], guards: readonly Predicate[], opOf: (st: Statement) => Op, versionTables: readonly string[]): FinishedMarker | undefined {
  const isData = (st: Statement, i: number) => isTailData(st, guards[i]);
  const data = statements.map((st, i) => (isData(st, i) ? i : -1)).filter((i) => i >= 0);
  const at = [...data].reverse().find((i) => isMarkerInsert(opOf(statements[i]), versionTables));
  if (at === undefined) return undefined;
  const marker = statements[at];
  const rows = rowConditions(marker);
  const table = (opOf(marker) as Extract<Op, { kind: 'insert' }>).table;
  const same = JSON.stringify(rows);
  const guarded: Statement[] = [];
  for (let i = data[0]; i < at; i++) {
    const st = statements[i];
    if (data.includes(i)) guarded.push(st);
    if (st.bodies.length === 0) continue;
    const op = opOf(st);
    const adds = mayAddRowsTo(op);
    const addsMarkerRow = adds === undefined || (op.kind === 'insert' ? op.table === table && JSON.stringify(rowConditions(st)) === same : adds.includes(table));
    // This statement itself ran before it could add the row; the ones after it may find the row there on a first run.
    if (addsMarkerRow) break;
  }
  return guarded.length ? { marker, rows, guarded } : undefined;
}

/**
 * `st` with the marker's row condition put before its own conditions (read first: a re-run of the finished script
 * reads the marker's row by its key, and the step's scan not at all).
 */
export function conditionUnderMarker(st: Statement, m: FinishedMarker): Predicate {
  return and([...m.rows, ...(st.condition ? [st.condition] : [])]);
}

/**
 * The data statements of a resumable script that a re-run of the finished script runs again whenever their own row
 * condition holds again (the application deleted a row a copy wrote, wrote a row a deletion removes): data statements
 * the catalog cannot tell done (isTailData) that are neither the finished marker nor guarded by it, in script order.
 * An import (import_rows) is left out: its record names the rows it made, and it does not make them again; so is raw
 * SQL (raw_sql), whose guard is its author's own statement of when it has work (the raw-sql lint rules read it).
 * An insert into a table that is not a version table is such a data statement like any other.
 * @param statements, guards, opOf, versionTables as finishedMarker takes them
 */
export function unmarkedData(statements: readonly Statement[], guards: readonly Predicate[], opOf: (st: Statement) => Op, versionTables: readonly string[]): Statement[] {
  const guarded = new Set(finishedMarker(statements, guards, opOf, versionTables)?.guarded ?? []);
  const data = statements.filter((st, i) => isTailData(st, guards[i]));
  // The last fixed-row insert into a version table is the marker, also when there is nothing before it for it to guard.
  const marker = [...data].reverse().find((st) => isMarkerInsert(opOf(st), versionTables));
  return data.filter((st) => st !== marker && !guarded.has(st) && !['import_rows', 'raw_sql'].includes(opOf(st).kind));
}
