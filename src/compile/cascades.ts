// What deleting rows of a table does to other tables through their foreign keys (ON DELETE CASCADE deletes the rows
// that reference them, and theirs in turn; SET NULL / SET DEFAULT changes their columns): derived from the model, for
// a rollback's deletions (delete_copied, delete_imported, delete_rows, delete_where), which the header, the review and the rollback's first checks
// (refuse_referenced) say and guard. AuthHero 11.21 → 11.20: deleting the organizations the upgrade copied from the
// tenants deletes the memberships (user_organizations) and connections (organization_connections) the application
// attached to them since, through fk_user_organizations_organization and organization_connections_organization_fk.
import type { FkAction, Model } from '../model/model.js';
import type { Op, OpOf } from '../operations/types.js';

/** A foreign key of `table` onto `refTable` whose ON DELETE changes `table`'s rows when rows of `refTable` go. */
export interface CascadeEdge {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  action: Exclude<FkAction, 'RESTRICT' | 'NO ACTION'>;
}

/**
 * The foreign keys through which deleting rows of `table` reaches other tables, in the order found (breadth first):
 * those onto `table` with ON DELETE CASCADE, SET NULL or SET DEFAULT, then, past each CASCADE, those onto the table it
 * deletes from, each table followed once. A table's foreign key onto itself is left out (the rows it deletes are rows
 * of the same table).
 */
export function deleteReaches(m: Model, table: string): CascadeEdge[] {
  const out: CascadeEdge[] = [];
  const seen = new Set([table]);
  const queue = [table];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const child of m.tables) {
      if (child.name === parent) continue;
      for (const fk of child.foreignKeys) {
        if (fk.refTable !== parent || fk.onDelete === 'RESTRICT' || fk.onDelete === 'NO ACTION') continue;
        out.push({ table: child.name, name: fk.name, columns: fk.columns, refTable: parent, refColumns: fk.refColumns, action: fk.onDelete });
        if (fk.onDelete === 'CASCADE' && !seen.has(child.name)) {
          seen.add(child.name);
          queue.push(child.name);
        }
      }
    }
  }
  return out;
}

/**
 * The tables `edges` reach, in words: "the rows of user_organizations (organization_id → organizations, ON DELETE
 * CASCADE), organization_connections (…) that reference them, through their foreign keys"; undefined when none.
 */
export function reachWords(edges: CascadeEdge[]): string | undefined {
  if (!edges.length) return undefined;
  const parts = edges.map((e) => `${e.table} (${e.columns.join(', ')} → ${e.refTable}, ON DELETE ${e.action})`);
  return `the rows of ${parts.join(', ')} that reference them, through their foreign keys${edges.some((e) => e.action !== 'CASCADE') ? ' (SET NULL / SET DEFAULT: those columns emptied)' : ''}`;
}

/** The columns of table `name` in `m`, with its primary key, as one text: equal when the table is the same. */
function shape(m: Model, name: string): string | undefined {
  const t = m.tables.find((x) => x.name === name);
  return t && JSON.stringify([t.columns.map((c) => [c.name, c.type]), t.primaryKey?.columns ?? null]);
}

/** A rollback's delete that the first checks guard (refuse_referenced): of a copy's, an import's or an insert's rows, or a where's. */
export type Deletion = OpOf<'delete_copied' | 'delete_imported' | 'delete_where' | 'delete_rows'>;

/** Whether `op` is a Deletion. */
export function isDeletion(op: Op): op is Deletion {
  return op.kind === 'delete_copied' || op.kind === 'delete_imported' || op.kind === 'delete_where' || op.kind === 'delete_rows';
}

/** The table a Deletion deletes from. */
export function deletedTable(del: Deletion): string {
  return del.kind === 'delete_where' || del.kind === 'delete_rows' ? del.table : del.into;
}

/** The other tables a Deletion reads to choose its rows: a copy's source, an import's record; none for the others. */
export function deletionReads(del: Deletion): string[] {
  return del.kind === 'delete_copied' ? [del.from] : del.kind === 'delete_imported' ? [del.record] : [];
}

/** The rows a Deletion takes, in words, for the stop message. */
function deletionWords(del: Deletion, upgrade: string): string {
  switch (del.kind) {
    case 'delete_copied':
      return `the ${del.into} rows the ${upgrade} copy made from ${del.from}`;
    case 'delete_imported':
      return `the ${del.into} rows the ${upgrade} import made (those ${del.record} records)`;
    case 'delete_rows':
      return `the ${del.rows.length === 1 ? 'row' : `${del.rows.length} rows`} of ${del.table} the ${upgrade} upgrade inserted`;
    case 'delete_where':
      return `the ${del.table} rows where ${del.where.column} ${del.where.is_null === true ? 'IS NULL' : del.where.is_null === false ? 'IS NOT NULL' : del.where.in ? 'is one of the values given' : del.where.not_equals !== undefined ? 'differs from the value given' : 'has the value given'}`;
  }
}

/**
 * The first checks of a rollback (refuse_referenced) for its steps that delete rows (`entries`: the rollback's
 * operations in order, each with the model before it; a Deletion: the rows an upgrade's copy, import or insert made,
 * or those a where matches), one per foreign key of another table onto the deleted one with ON DELETE CASCADE / SET
 * NULL / SET DEFAULT (deleteReaches: only the direct ones, since a row further down is only reached through one of
 * them). Each runs before any change, on the model the rollback starts from (`start`): only where the tables it reads
 * (the deleted one, the copy's source or the import's record, the referencing one) are there the same as at the delete
 * (otherwise the check could not read what the delete will). `upgrade` names the plan ("11.20 → 11.21") in the stop
 * message.
 * @returns each check with the index in `entries` of the delete it guards
 */
export function referencedChecks(entries: { op: Op; before: Model }[], start: Model, upgrade: string): { index: number; op: OpOf<'refuse_referenced'> }[] {
  const out: { index: number; op: OpOf<'refuse_referenced'> }[] = [];
  entries.forEach((e, index) => {
    if (!isDeletion(e.op)) return;
    const del = e.op;
    const into = deletedTable(del);
    for (const edge of deleteReaches(e.before, into).filter((x) => x.refTable === into)) {
      if ([into, ...deletionReads(del), edge.table].some((t) => shape(start, t) === undefined || shape(start, t) !== shape(e.before, t))) continue;
      const fk = start.tables.find((t) => t.name === edge.table)!.foreignKeys.find((f) => f.name === edge.name);
      if (!fk || fk.refTable !== into) continue;
      const effect = edge.action === 'CASCADE' ? 'delete them too' : `set their ${edge.columns.join(', ')} to ${edge.action === 'SET NULL' ? 'NULL' : 'the default'}`;
      const message =
        `${edge.table} holds rows that reference ${deletionWords(del, upgrade)}${del.kind === 'delete_where' ? '' : ' (written since the upgrade)'}: ` +
        `this rollback deletes those ${into} rows, which would ${effect} (${edge.name}: ON DELETE ${edge.action}); ` +
        (del.kind === 'delete_where'
          ? `to let them go delete them first, to keep them restore the backup taken before the upgrade instead, then run this rollback again`
          : // Rows written since the upgrade are in no backup taken before it (found by use: the message said to restore
            // that backup to keep them).
            `to let them go delete them first, then run this rollback again; to keep them, stay at this version: the backup taken before the upgrade does not hold them either`);
      out.push({ index, op: { kind: 'refuse_referenced', del, edge, message } });
    }
  });
  return out;
}

/** A delete_where's rows in words, as the header names them: "name is \"two\"", "login_id IS NULL". */
function whereRows(w: OpOf<'delete_where'>['where']): string {
  const value = (v: unknown) => (typeof v === 'object' && v !== null && 'param' in v ? `the value of --param ${(v as { param: string }).param}` : JSON.stringify(v));
  if (w.is_null !== undefined) return `${w.column} IS ${w.is_null ? '' : 'NOT '}NULL`;
  if (w.in !== undefined) return `${w.column} is one of ${w.in.length === 1 ? '1 value' : `${w.in.length} values`}`;
  if (w.not_equals !== undefined) return `${w.column} is not ${value(w.not_equals)}`;
  return `${w.column} is ${value(w.equals ?? '')}`;
}

/**
 * The header's `ROWS DELETED:` lines of a rollback (`ops`: its operations in order, each with the model before it and
 * its banner's label): one per step that deletes rows, worded for what it deletes (a Deletion), with the tables the
 * delete reaches through foreign keys (deleteReaches) and whether the rollback's first checks stop it while rows there
 * reference them (refuse_referenced): the rows an upgrade's copy made (delete_copied), always; those an explicit
 * inverse's delete_where matches, always (rows of any time, not only the upgrade's); the rows an insert or an import
 * made (delete_rows, delete_imported), when the delete reaches other tables (their plain deletion is the upgrade's own
 * rows going: the import's is the header's `this rollback deletes:` line).
 */
export function rollbackRowsDeleted(ops: { op: Op; before: Model; label: string }[]): string[] {
  // The deletes the first checks guard, and through which foreign keys (the check holds the delete itself).
  const guarded = new Map<Op, Set<string>>();
  for (const { op } of ops) if (op.kind === 'refuse_referenced') guarded.set(op.del, (guarded.get(op.del) ?? new Set()).add(`${op.edge.table} ${op.edge.name}`));
  return ops.flatMap(({ op, before, label }) => {
    if (!isDeletion(op)) return [];
    const into = deletedTable(op);
    const edges = deleteReaches(before, into);
    if (!edges.length && (op.kind === 'delete_rows' || op.kind === 'delete_imported')) return [];
    const reach = reachWords(edges);
    const checked = edges.filter((e) => e.refTable === into && guarded.get(op)?.has(`${e.table} ${e.name}`)).map((e) => e.table);
    const rows =
      op.kind === 'delete_copied'
        ? `the ${into} rows the upgrade copied from ${op.from}`
        : op.kind === 'delete_imported'
          ? `the ${into} rows the upgrade imported (their keys are in ${op.record})`
          : op.kind === 'delete_rows'
            ? `the ${op.rows.length === 1 ? 'row' : `${op.rows.length} rows`} of ${into} the upgrade inserted`
            : `the ${into} rows where ${whereRows(op.where)} (the step's inverse: any such row, the upgrade's or not)`;
    // Rows that reference what the upgrade made were written since; a where's rows may be older, and so may theirs.
    const whose = op.kind === 'delete_where' ? '' : " (the application's, written since the upgrade)";
    return [`${rows}${reach ? `, and ${reach}` : ''}${checked.length ? `; the script stops before any change while rows of ${checked.join(', ')} reference them${whose}` : ''} (${label})`];
  });
}
