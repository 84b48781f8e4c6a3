// What an operation is once a plan step has been resolved for one dialect (`Op`), and what each operation
// module provides (`Operation`): apply to the model, inverse, description and rendering, plus — for the
// operations a plan can name — resolve and the schema fragment of its step.
import type { Dialect, StopDetail } from '../dialects/dialect.js';
import type { Operations, OpName, RowTest, Scalar, UniqueEntries, ValueExpr } from '../plan/types.js';
import type { Column, ColumnDefault, EnumType, ForeignKey, Index, Model, PrimaryKey, Table, Unique } from '../model/model.js';
import type { Facet, Predicate } from '../compile/facets.js';
import type { Sql } from '../compile/sql.js';
import type { CascadeEdge } from '../compile/cascades.js';
import type { Naming } from './naming.js';

/** The name of an operation a plan step can use (`create_table`, `add_column`, …). */
export type OperationName = OpName;

/** Parameter values of a compile, by parameter name. */
export type ParamValues = Record<string, Scalar>;

/** A source row a copy leaves out, and why (the report's words). */
export type Skip = { when: RowTest; reason: string };

export type Where = { column: string; is_null?: boolean; equals?: Scalar | { param: string }; not_equals?: Scalar | { param: string }; in?: Scalar[] };

/** An operation with every dialect choice made: types mapped, overrides merged, names defaulted. */
export type Op =
  | { kind: 'create_table'; table: Table }
  | { kind: 'create_partition'; name: string; of: string; bound: 'default' }
  | { kind: 'create_enum_type'; type: EnumType }
  | { kind: 'drop_enum_type'; name: string }
  | { kind: 'move_tables'; to: string; tables: string[]; types: string[] }
  | { kind: 'drop_table'; name: string }
  | { kind: 'rename_table'; from: string; to: string }
  | { kind: 'add_column'; table: string; column: Column }
  | { kind: 'drop_column'; table: string; column: string }
  | { kind: 'drop_leftover_column'; table: string; column: Column }
  | { kind: 'rename_column'; table: string; from: string; to: string }
  | { kind: 'alter_column_type'; table: string; column: string; type: string }
  | { kind: 'set_default'; table: string; column: string; value: ColumnDefault }
  | { kind: 'drop_default'; table: string; column: string }
  | { kind: 'set_not_null'; table: string; column: string }
  | { kind: 'drop_not_null'; table: string; column: string }
  | { kind: 'replace_primary_key'; table: string; pk: PrimaryKey }
  | { kind: 'add_unique'; table: string; unique: Unique }
  | { kind: 'replace_unique'; table: string; unique: Unique }
  | { kind: 'drop_unique'; table: string; name: string }
  | { kind: 'add_foreign_key'; table: string; fk: ForeignKey }
  | { kind: 'replace_foreign_key'; table: string; fk: ForeignKey }
  | { kind: 'drop_foreign_key'; table: string; name: string }
  | { kind: 'create_index'; table: string; index: Index; concurrently?: true }
  | { kind: 'replace_index'; table: string; index: Index; concurrently?: true }
  | { kind: 'drop_index'; table: string; name: string; concurrently?: true }
  | { kind: 'insert'; table: string; rows: Record<string, Scalar | null>[] }
  | { kind: 'delete_rows'; table: string; rows: Record<string, Scalar | null>[] }
  | { kind: 'copy_rows'; into: string; from: string; values: Record<string, ValueExpr>; where?: Where; skip?: Skip[]; key?: string[]; refuseDeleted?: true }
  /** The undo of a copy_rows with a key (no plan step names it): the target rows whose primary key and key have the values the copy gives a source row. */
  | { kind: 'delete_copied'; into: string; from: string; values: Record<string, ValueExpr>; where?: Where; skip?: Skip[]; key: string[] }
  /**
   * The first check of a rollback that drops `table`, which its plan created and filled by `copies` (no plan step
   * names it): it stops, with `message`, when the table holds a row none of them gives (one written since).
   * A copy's `pinned`: columns of its source with the one value every row holds by the time the check runs (the
   * plan's `rollback_only_values`, checked before it): the check reads the source through them, by its index.
   */
  | { kind: 'refuse_uncopied'; table: string; copies: (Omit<OpOf<'copy_rows'>, 'kind'> & { pinned: Record<string, Scalar> })[]; message: string }
  /** A rollback's check (no plan step names it) that every source row `copy` copied still has its row in `copy.into`. */
  | { kind: 'refuse_deleted'; copy: Omit<OpOf<'copy_rows'>, 'kind'>; message: string }
  /**
   * A rollback's first check (no plan step names it) that `copy.into` holds no row the copy made with other parameter
   * values than the rollback's: a row with what the copy gives a source row in the columns no parameter shapes (a
   * derived id among them) that the rollback's delete_copied would not delete (src/operations/refuse_other_copies.ts).
   */
  | { kind: 'refuse_other_copies'; copy: Omit<OpOf<'copy_rows'>, 'kind'>; message: string }
  /**
   * A rollback's first check (no plan step names it) that no row of `edge.table` references, through the foreign key
   * `edge` (ON DELETE CASCADE / SET NULL / SET DEFAULT), a row the rollback's delete `del` will delete (the rows a
   * copy, an import or an insert made, or those a where matches): it stops with `message`.
   */
  | { kind: 'refuse_referenced'; del: OpOf<'delete_copied' | 'delete_imported' | 'delete_where' | 'delete_rows'>; edge: CascadeEdge; message: string }
  /**
   * Rows of a table outside the model (`from`, a table parameter's value; `mapping`: its columns by key, from a
   * columns parameter) inserted into `into`, each unless a skip, a unique key of `into` or an earlier source row
   * stands in its way; the primary key of each row made goes into `record` (src/operations/import_rows.ts).
   */
  | { kind: 'import_rows'; into: string; from: string; mapping: Record<string, string>; params: { table: string; columns: string }; values: Record<string, ValueExpr>; skip?: Skip[]; orderBy: ValueExpr; record: string; compareLower: string[]; jsonKeys: string[]; uniqueEntries: UniqueEntries[]; /** The parameter it was resolved without (its source unknown): rendering it raises that parameter's error. */ unbound?: string }
  /** The undo of an import_rows (no plan step names it): the rows of `into` whose primary key `record` holds. */
  | { kind: 'delete_imported'; into: string; record: string }
  | { kind: 'update'; table: string; set: Record<string, ValueExpr>; where?: Where; from?: { table: string; on: Record<string, string> } }
  | { kind: 'precondition'; message: string; tables: string[]; columns: { table: string; column: string }[]; rows: { table: string; column: string; equals?: Scalar | { param: string }; is_null?: true; if_other_rows?: boolean; only?: boolean }[]; database?: { param: string; is_not?: true }; noOtherTables?: string }
  | { kind: 'manual'; text: string; /** parameters not given whose {{name}} the text still holds (see manual.ts) */ unfilled?: string[] }
  | { kind: 'remark'; text: string }
  | { kind: 'delete_where'; table: string; where: Where }
  /** `rollingBack`: the inverse, the check a rollback makes (the step itself changes nothing going up). */
  | { kind: 'rollback_only_values'; columns: Record<string, Scalar>; hint: string; rollingBack: boolean }
  | {
      kind: 'raw_sql';
      description: string;
      sql: string;
      inverseSql?: string;
      /** This dialect's condition that is TRUE while the statement still has to run (the renderer wraps the statement in it). */
      guard?: string;
      /** Why the statement runs unguarded, on every run; set when `guard` is not. */
      unguarded?: string;
    };

export type OpKind = Op['kind'];

/** The resolved operation of one kind. */
export type OpOf<K extends OpKind> = Extract<Op, { kind: K }>;

/**
 * Where in a step's arguments, as the plan writes them, a problem is: keys and list indexes (`['columns', 1, 'name']`:
 * the name of the step's second column). A name a dialect override may give (`mysql: { name: … }` beside the portable
 * one) is written as the portable path; the caller looks for the override first.
 */
export type ArgPath = readonly (string | number)[];

/**
 * A model-level problem with an operation; the caller adds the plan location: the step's, or, with `at`, that of the
 * argument the problem is about (a name that clashes with another), when the operation is the step's own.
 */
export class OpError extends Error {
  constructor(
    message: string,
    readonly at?: ArgPath,
  ) {
    super(message);
  }
}

/** How to undo an operation: the operations that do it, or why it cannot be done. */
export type Inverse = { ops: Op[] } | { irreversible: string };

/** One statement of a script, as data. */
export interface Statement {
  /** Bodies run together under one guard (PostgreSQL may put several in one block; MySQL holds one). */
  bodies: Sql[];
  /** The facets this statement changes, with their values after it. */
  effects: readonly Facet[];
  /** A condition of the statement's own, beside the guard derived from the model. */
  condition?: Predicate;
  /**
   * Definitions the database may hold before this statement for objects the model does not give it (a column an
   * earlier upstream script left behind): the version check accepts them as well as their absence.
   */
  tolerates?: Facet[];
  /** A check that stops the script: `bodies` is empty, `stop` the message, `condition` what must hold. */
  stop?: string;
  /** With `stop`: what the check found, added to its message (DialectGuards.stopUnless `detail`). */
  stopDetail?: StopDetail;
  /** The table `bodies` create (the dialect may add what a new table takes from the existing ones). */
  createsTable?: string;
  /**
   * The statement cannot run inside a transaction (PostgreSQL's CREATE/DROP INDEX CONCURRENTLY): it runs in a part of
   * the script of its own, unwrapped, so its bodies guard themselves (IF [NOT] EXISTS) and no later statement of the
   * script may change what it changes. Only the dialects with `script.outsideTransaction` give such statements.
   */
  outsideTransaction?: true;
  /** The statement runs as well outside a transaction as in one (a DO block): it never starts a part of its own. */
  eitherPart?: true;
  /** The statement is a table rebuild (rebuild.ts): the table and the models just before and after it. */
  rebuild?: { table: string; before: Model; after: Model };
  /**
   * What the statement is, in a few words, where its operation runs statements of different kinds (a foreign key's: a
   * same-named key dropped, the index the engine needs built, the key added): its lock annotation is labelled with
   * it, so the rows of one step do not read as contradicting each other.
   */
  what?: string;
}

/** A JSON-schema fragment (draft 2020-12), as it appears in schemas/plan.schema.json. */
export type SchemaFragment = { readonly [key: string]: unknown };

/** Everything the compiler knows about one kind of resolved operation. */
export interface Operation<K extends OpKind> {
  kind: K;
  /**
   * Applies `op` to `model`, refusing anything the database would refuse or that would silently lose structure.
   * Copy-on-write: returns a new model; `model` and every table in it are left as they were.
   * @throws OpError naming the problem (the caller adds the plan location)
   */
  apply(d: Dialect, model: Model, op: OpOf<K>): Model;
  /**
   * The operations that undo `op`, read off the model as it was before it (`before`) and after it (`after`).
   * `createdHere` holds the tables and "table.column"s the same plan creates: data written only there
   * disappears when the rollback drops them, so nothing else is needed to undo it.
   */
  inverse(op: OpOf<K>, before: Model, after: Model, createdHere: Set<string>): Inverse;
  /**
   * `op` with physical names: every table name the plans use through `n.table`, every key or constraint name
   * through `n.key` (index names stay). Called only when a product's naming parameters change a name.
   * @throws OpError when the operation cannot follow them (raw SQL names its tables itself)
   */
  rename(op: OpOf<K>, n: Naming): OpOf<K>;
  /** A short description, for banners and messages. */
  describe(op: OpOf<K>): string;
  /**
   * The statements of the operation: bodies from the dialect's templates, the facets each changes, and any
   * condition of its own. @param before the model just before the operation; @param after just after it
   * @throws Error for a value a dialect cannot quote (the caller adds the plan location)
   */
  render(d: Dialect, op: OpOf<K>, before: Model, after: Model, params: ParamValues): Statement[];
}

/** An operation a plan step can name: also how its step is resolved for a dialect, and its schema fragment. */
export interface PlanOperation<K extends OperationName> extends Operation<K> {
  /**
   * The step's arguments (portable, with per-dialect overrides) resolved for `d`.
   * @throws OpError when the step has nothing for this dialect (no mapping for a type, no raw SQL text…)
   */
  resolve(d: Dialect, args: Operations[K], params: ParamValues): OpOf<K>;
  /** The JSON schema of the step's arguments: `$defs/op_<name>` of schemas/plan.schema.json. */
  schema: SchemaFragment;
  /**
   * The part of a step's arguments its effect on the schema (the model `apply` makes) depends on, or undefined when
   * it leaves the schema as it is (it writes or checks rows, or prints a step): then neither its arguments nor
   * whether it ran (its `when:`, its `for_each:`) shape the schema a later plan starts from. All of them when
   * absent (compile.ts planShapes, planReads).
   * @param args the step's arguments, as written
   * @returns a part of `args` (any shape: its parameter references are what count), or undefined for no effect
   */
  schemaReads?(args: Operations[K]): unknown;
  /**
   * The part of a step's arguments a rollback through the step reads besides its effect on the schema (schemaReads;
   * the parameters they name are those the rollback asks for): when the step writes no `inverse:` of its own, what
   * its derived inverse depends on, and whatever else a rollback takes from the step. All of them when absent
   * (compile.ts planReads). A step that changes no schema and of which a rollback reads nothing (undefined), with
   * no inverse step for the dialect, is not read by a rollback at all, nor is its condition.
   * @param args the step's arguments, as written
   * @param explicitInverse whether the step gives its own `inverse:` (its derived inverse is then not used)
   * @returns a part of `args` (any shape: its parameter references are what count), or undefined for none
   */
  rollbackReads?(args: Operations[K], explicitInverse: boolean): unknown;
}
