// The registry of operations: one module per operation, and the functions the compiler calls, each dispatching
// on the operation's kind. The registry's type makes the compiler prove every operation is covered: a plan
// operation (OperationName) without its module, or a module without apply, inverse, describe, render, resolve or
// schema, does not compile.
import type { Dialect } from '../dialects/dialect.js';
import type { LoadedStep } from '../plan/types.js';
import type { Model } from '../model/model.js';
import { createTable } from './create_table.js';
import { createPartition } from './create_partition.js';
import { dropTable } from './drop_table.js';
import { createEnumType } from './create_enum_type.js';
import { dropEnumType } from './drop_enum_type.js';
import { moveTables } from './move_tables.js';
import { renameTable } from './rename_table.js';
import { addColumn } from './add_column.js';
import { dropColumn } from './drop_column.js';
import { dropLeftoverColumn } from './drop_leftover_column.js';
import { renameColumn } from './rename_column.js';
import { alterColumnType } from './alter_column_type.js';
import { setDefault } from './set_default.js';
import { dropDefault } from './drop_default.js';
import { setNotNull } from './set_not_null.js';
import { dropNotNull } from './drop_not_null.js';
import { replacePrimaryKey } from './replace_primary_key.js';
import { addUnique } from './add_unique.js';
import { dropUnique } from './drop_unique.js';
import { replaceUnique } from './replace_unique.js';
import { addForeignKey } from './add_foreign_key.js';
import { dropForeignKey } from './drop_foreign_key.js';
import { replaceForeignKey } from './replace_foreign_key.js';
import { createIndex } from './create_index.js';
import { dropIndex } from './drop_index.js';
import { replaceIndex } from './replace_index.js';
import { insert } from './insert.js';
import { deleteRows } from './delete_rows.js';
import { deleteCopied } from './delete_copied.js';
import { refuseUncopied } from './refuse_uncopied.js';
import { refuseDeleted } from './refuse_deleted.js';
import { refuseOtherCopies } from './refuse_other_copies.js';
import { refuseReferenced } from './refuse_referenced.js';
import { copyRows } from './copy_rows.js';
import { importRows } from './import_rows.js';
import { deleteImported } from './delete_imported.js';
import { update } from './update.js';
import { precondition } from './precondition.js';
import { manual } from './manual.js';
import { remark } from './remark.js';
import { deleteWhere } from './delete_where.js';
import { rollbackOnlyValues } from './rollback_only_values.js';
import { rawSql } from './raw_sql.js';
import { rebuildTable } from './rebuild.js';
import { findTable } from '../model/model.js';
import type { Inverse, Op, OpKind, Operation, OperationName, ParamValues, PlanOperation, Statement } from './types.js';
import { OpError } from './types.js';
import type { Naming } from './naming.js';

export { OpError, type Inverse, type Op, type OpKind, type OpOf, type OperationName, type ParamValues, type Statement } from './types.js';
export { stepApplies, defaultValue } from './resolve.js';
export { exprColumns } from './shared.js';
export type { Naming } from './naming.js';

/** Every operation a plan step can name, by name, in the order of the plan schema. */
export const OPERATIONS: { [K in OperationName]: PlanOperation<K> } = {
  create_table: createTable,
  create_partition: createPartition,
  create_enum_type: createEnumType,
  drop_enum_type: dropEnumType,
  move_tables: moveTables,
  drop_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  drop_column: dropColumn,
  drop_leftover_column: dropLeftoverColumn,
  rename_column: renameColumn,
  alter_column_type: alterColumnType,
  set_default: setDefault,
  drop_default: dropDefault,
  set_not_null: setNotNull,
  drop_not_null: dropNotNull,
  replace_primary_key: replacePrimaryKey,
  add_unique: addUnique,
  drop_unique: dropUnique,
  replace_unique: replaceUnique,
  add_foreign_key: addForeignKey,
  drop_foreign_key: dropForeignKey,
  replace_foreign_key: replaceForeignKey,
  create_index: createIndex,
  drop_index: dropIndex,
  replace_index: replaceIndex,
  insert,
  copy_rows: copyRows,
  import_rows: importRows,
  update,
  delete_where: deleteWhere,
  precondition,
  manual,
  remark,
  rollback_only_values: rollbackOnlyValues,
  raw_sql: rawSql,
};

/** Every kind of resolved operation: the plan operations, and those only the compiler makes (a rollback's delete_rows). */
const ALL: { [K in OpKind]: Operation<K> } = { ...OPERATIONS, delete_rows: deleteRows, delete_copied: deleteCopied, delete_imported: deleteImported, refuse_uncopied: refuseUncopied, refuse_deleted: refuseDeleted, refuse_other_copies: refuseOtherCopies, refuse_referenced: refuseReferenced };

/** The module of an operation kind (typed for any operation: the kinds are checked by the registry's type). */
function moduleOf(kind: OpKind): Operation<OpKind> {
  return ALL[kind] as Operation<OpKind>;
}

/**
 * A plan step resolved for `d`: overrides merged, types mapped, names defaulted, parameters substituted.
 * @throws OpError when the step has nothing for this dialect
 */
export function resolveOp(d: Dialect, s: Pick<LoadedStep, 'op' | 'args'>, params: ParamValues): Op {
  return (OPERATIONS[s.op] as PlanOperation<OperationName>).resolve(d, s.args, params);
}

/**
 * `model` with `op` applied (a new model; `model` is left as it was).
 * @throws OpError when the database would refuse the operation or it would silently lose structure
 */
export function applyOp(d: Dialect, model: Model, op: Op): Model {
  refuseOnPartitioned(model, op);
  const after = moduleOf(op.kind).apply(d, model, op);
  refuseRowsTooLarge(d, model, after);
  return after;
}

/**
 * The engine's row-size limits (DialectRules.rowSize; MySQL: 65,535 bytes, and InnoDB's page): a table the operation makes or changes
 * whose row does not fit even at one byte per character is refused at its step (no character set would let the
 * engine create it). One that fits some character sets and not others is the script's to check (preflight/row-size.ts).
 * @throws OpError for such a table
 */
function refuseRowsTooLarge(d: Dialect, before: Model, after: Model): void {
  const rule = d.rules.rowSize;
  if (!rule) return;
  // (copy-on-write: a table the operation left alone is the same object before and after it)
  const untouched = new Set(before.tables);
  for (const t of after.tables) {
    if (untouched.has(t) || rule.maxBytesPerCharacter(t) > 0) continue;
    throw new OpError(`table ${t.name}: ${rule.tooLarge(t, 1)}, so no character set lets the engine create it: ${rule.remedy(t)}`);
  }
}

/**
 * The operations the model follows on a partitioned table and its partitions: creating, indexing and dropping
 * them, and data steps (the engine routes rows). A change of columns or keys would have to be followed on every
 * partition (PostgreSQL does so): refused until it is modelled.
 * @throws OpError for another operation on such a table
 */
function refuseOnPartitioned(model: Model, op: Op): void {
  const followed = new Set<OpKind>(['create_table', 'create_partition', 'create_enum_type', 'drop_enum_type', 'drop_table', 'create_index', 'drop_index', 'insert', 'delete_rows', 'delete_copied', 'delete_imported', 'refuse_uncopied', 'refuse_deleted', 'refuse_other_copies', 'refuse_referenced', 'delete_where', 'copy_rows', 'import_rows', 'update', 'precondition', 'manual', 'remark', 'rollback_only_values', 'raw_sql']);
  if (followed.has(op.kind) || !('table' in op) || typeof op.table !== 'string') return;
  const t = model.tables.find((x) => x.name === op.table);
  if (t?.partitionBy || t?.partitionOf) throw new OpError(`${describe(op)}: ${t.name} is ${t.partitionBy ? 'a partitioned table' : `a partition of ${t.partitionOf!.parent}`}, and plan does not model this change on partitioned tables yet`);
}

/** The operations that undo `op` (see Operation.inverse). */
export function inverseOf(op: Op, before: Model, after: Model, createdHere: Set<string>): Inverse {
  return moduleOf(op.kind).inverse(op, before, after, createdHere);
}

/** A short description of an operation, for banners and messages. */
export function describe(op: Op): string {
  return moduleOf(op.kind).describe(op);
}

/**
 * The statements of one operation.
 * @param before the model just before the operation; @param after just after it
 * @throws Error for a value a dialect cannot quote (the caller adds the plan location)
 */
export function renderOp(d: Dialect, op: Op, before: Model, after: Model, params: ParamValues): Statement[] {
  // What the engine's ALTER TABLE cannot do is a table rebuild (the dialect's rule says which).
  if ('table' in op && typeof op.table === 'string' && d.rules.rebuildFor?.(op, findTable(before, op.table))) return rebuildTable(d, op.table, before, after);
  return moduleOf(op.kind).render(d, op, before, after, params);
}

/**
 * `op` with the physical names of `n` (see Operation.rename).
 * @throws OpError when the operation cannot follow them
 */
export function renameOp(op: Op, n: Naming): Op {
  return moduleOf(op.kind).rename(op, n);
}
