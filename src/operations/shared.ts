// Helpers the operation modules share: finding what an operation names, and the validation rules several
// operations apply (names, column lists, key namespaces, foreign keys and their supporting indexes). Every rule
// that differs between engines asks the dialect's rules (`d.rules`), never the dialect's name.
import type { RowTest, ValueExpr } from '../plan/types.js';
import type { Dialect } from '../dialects/dialect.js';
import { identifierLength, sameName, type NameKind } from '../dialects/dialect.js';
import {
  findColumn, findTable, indexExtensions, indexLikeNames, indexedColumnLists, indexTexts, plainIndexColumns, sameList, startsWith,
  ModelDraft, type Column, type ForeignKey, type Index, type Model, type Table,
} from '../model/model.js';
import { OpError, type ArgPath } from './types.js';
import { plural } from '../plural.js';

/** Throws an OpError with `msg`; `at`: the argument of the step it is about (OpError.at), where it is not the step as a whole. */
export function fail(msg: string, at?: ArgPath): never {
  throw new OpError(msg, at);
}

/** The table `name` of `m`. @throws OpError when there is none */
export function table(m: Model, name: string): Table {
  return findTable(m, name) ?? fail(`table "${name}" does not exist at this point`);
}

/** The column `name` of `t`. @throws OpError when there is none */
export function column(t: Table, name: string): Column {
  return findColumn(t, name) ?? fail(`column "${t.name}.${name}" does not exist at this point`);
}

/**
 * Refuses a name longer than the engine accepts. `what` names the object for the message ("table", "index"…); `at`
 * where the step writes the name.
 */
export function checkName(d: Dialect, name: string, what: string, at?: ArgPath): void {
  const length = identifierLength(d.rules, name);
  if (length > d.rules.maxIdentifierLength) {
    fail(`${what} name "${name}" is ${length} ${d.rules.identifierUnit}; ${d.name} allows at most ${d.rules.maxIdentifierLength}`, at);
  }
  checkReservedName(d, name, what, at);
}

/**
 * Refuses a name the engine reserves for objects of its own, or would resolve to one of its own, for a new object of
 * kind `what` ('table', 'column', 'index', 'enum type'…; rules.reservedName); `at` where the step writes the name.
 */
export function checkReservedName(d: Dialect, name: string, what: string, at?: ArgPath): void {
  const why = d.rules.reservedName?.(what, name);
  if (why !== undefined) fail(`${what} name "${name}" cannot be used on ${d.name}: ${why}`, at);
}

/** Why the engine takes two names of kind `kind` that differ only in letter case for one, naming the dialect. */
function ignoresCase(d: Dialect, kind: NameKind): string {
  const where = d.rules.nameComparison[kind] === 'ignoring case on some servers' ? ' on some servers (and a plan must work on any)' : '';
  return `${d.name} (${d.script.engineName}) compares ${kind} names ignoring case${where}`;
}

/**
 * Refuses `name`, a new name of kind `kind`, when the engine would take it for one of `names` spelled in another
 * letter case (rules.nameComparison): on such an engine a second table, column, index or constraint of that name
 * fails or is skipped. `what` spells a name of that kind for the message (`table "t"`); `at` is where the step writes
 * `name` (the error points there). An exact clash is the caller's to refuse (its own words).
 */
export function checkCaseFree(d: Dialect, kind: NameKind, name: string, names: Iterable<string>, what: (name: string) => string, at?: ArgPath): void {
  for (const other of names) {
    if (other !== name && sameName(d.rules, kind, other, name)) {
      fail(`${what(name)} differs from ${what(other)} only in letter case: ${ignoresCase(d, kind)}, so the two are one name there; choose a name that differs otherwise`, at);
    }
  }
}

/**
 * Refuses renaming `from` to `to` (names of kind `kind`; `what` as checkCaseFree's) when only letter case changes and
 * the engine ignores it; `at` is where the step writes `to`.
 */
export function checkCaseOnlyRename(d: Dialect, kind: NameKind, from: string, to: string, what: (name: string) => string, at?: ArgPath): void {
  if (from !== to && sameName(d.rules, kind, from, to)) {
    fail(`renaming ${what(from)} to "${to}" changes only letter case: ${ignoresCase(d, kind)}, so the engine sees the same name (the rename would fail or do nothing there); keep the name, or give it one that differs otherwise`, at);
  }
}

/** Refuses a column list that names a column `t` does not have. */
export function checkColumnsExist(t: Table, cols: string[], what: string): void {
  for (const c of cols) if (!findColumn(t, c)) fail(`${what} uses column "${t.name}.${c}", which does not exist`);
}

/**
 * Refuses an index the engine would not build as the model keeps it: a column it does not have, what only some
 * engines have (a method, an operator class, an expression, a predicate: `rules.indexExtensions`), a direction or
 * uniqueness the access method cannot give (only btree orders and enforces uniqueness; hash takes one column),
 * an expression or predicate naming a column the table does not have (where the dialect's parser is loaded).
 */
export function checkIndex(d: Dialect, t: Table, ix: Index): void {
  const what = `index ${ix.name}`;
  const extensions = indexExtensions(ix).filter((x) => !(d.rules.indexPredicates && x === 'a where predicate'));
  if (extensions.length && !d.rules.indexExtensions) {
    const list = extensions.length > 1 ? `${extensions.slice(0, -1).join(', ')} and ${extensions[extensions.length - 1]}` : extensions[0];
    fail(`${what} has ${list}, which only PostgreSQL indexes have (this compile is for ${d.name}): put ${extensions.length > 1 ? 'them' : 'it'} under a postgres: override (the portable fields then define the index for ${d.name}), or limit the step with dialects: [postgres]`);
  }
  checkColumnsExist(t, ix.columns.flatMap((c) => (c.name !== undefined ? [c.name] : [])), what);
  const method = ix.method ?? 'btree';
  if (method !== 'btree') {
    if (ix.unique) fail(`${what}: only a btree index can be unique (method ${method})`);
    if (ix.columns.some((c) => c.desc)) fail(`${what}: a ${method} index has no order: desc is for btree`);
    if (method === 'hash' && ix.columns.length > 1) fail(`${what}: a hash index has one column`);
  }
  for (const text of indexTexts(ix)) {
    const read = d.syntax.expressionColumns?.(text);
    if (read === undefined) continue;
    checkColumnsExist(t, read, `${what} (${JSON.stringify(text)})`);
  }
}

/**
 * Refuses an index or key name already taken where the engine wants it unique (`rules.indexNameScope`), also in
 * another letter case where the engine compares index names ignoring it (`rules.nameComparison`). `replaced`: an
 * index-like name of `t` the step gives up in the same statement (a primary key replaced under its own name);
 * `at`: where the step writes `name`.
 */
export function checkIndexNameFree(d: Dialect, m: Model, t: Table, name: string, at?: ArgPath, replaced?: string): void {
  const schemaWide = d.rules.indexNameScope === 'schema';
  const own = (x: Table) => indexLikeNames(x).filter((n) => !(x.name === t.name && n === replaced));
  const names = schemaWide ? m.tables.flatMap((x) => [x.name, ...own(x)]) : own(t);
  if (names.includes(name)) {
    // Where the schema holds tables and indexes alike (PostgreSQL, SQLite), say which object holds the name.
    const holder = schemaWide ? m.tables.find((x) => x.name === name) : undefined;
    const by = schemaWide ? (holder ? ` by table ${holder.name}` : ` by an index or key of ${m.tables.find((x) => own(x).includes(name))!.name}`) : '';
    fail(`"${name}" is already used${schemaWide ? ` in this schema${by}` : ` by an index of ${t.name}`}`, at);
  }
  checkCaseFree(d, 'index', name, names, (n) => `"${n}"${schemaWide ? '' : ` (an index name of ${t.name})`}`, at);
}

/**
 * Where check names are unique across the database (`rules.checkNameScope`: MySQL 8), refuses `name` for a new check
 * when another table's check has it, also in another letter case where the engine compares constraint names ignoring
 * it. `at`: where the step writes the name.
 */
export function checkCheckNameFree(d: Dialect, m: Model, name: string, at?: ArgPath): void {
  if (d.rules.checkNameScope !== 'database') return;
  const why = `${d.name} (${d.script.engineName}) keeps check names unique across the database, not per table; choose a name no other table's check has`;
  const holder = m.tables.find((x) => x.checks.some((c) => c.name === name));
  if (holder) fail(`check name "${name}" is already used in this database, by a check of table ${holder.name}: ${why}`, at);
  for (const x of m.tables) {
    const other = x.checks.find((c) => sameName(d.rules, 'constraint', c.name, name));
    if (other) fail(`check name "${name}" differs from "${other.name}", a check of table ${x.name}, only in letter case: ${ignoresCase(d, 'constraint')}, and ${why}`, at);
  }
}

/**
 * Where a table's keys share its constraint namespace with its foreign keys and checks (`rules.foreignKeyNameScope`
 * 'table': PostgreSQL's ADD CONSTRAINT fails with 'constraint "x" for relation "t" already exists'), refuses a key
 * named like one of them (as the engine compares constraint names). `at`: where the step writes the name.
 */
export function checkKeyNameFreeOfConstraints(d: Dialect, t: Table, name: string, at?: ArgPath): void {
  if (d.rules.foreignKeyNameScope !== 'table') {
    checkNameFreeOfChecks(d, t, name, at);
    return;
  }
  const other = [...t.foreignKeys.map((f) => ({ name: f.name, what: 'foreign key' })), ...t.checks.map((c) => ({ name: c.name, what: 'check' }))].find((c) => sameName(d.rules, 'constraint', c.name, name));
  if (other) fail(`"${name}" is ${other.name === name ? 'already' : `in another letter case (${other.name})`} the name of ${other.what} ${t.name}.${other.name}: a key, a foreign key and a check of one table share its constraint names in ${d.name} (${d.script.engineName})`, at);
}

/**
 * Refuses `name` for a new foreign key or key of `t` when one of `t`'s checks has it (as the engine compares
 * constraint names): PostgreSQL's one constraint namespace per table (foreignKeyNameScope 'table'), MariaDB's error
 * 1826 (rules.checkNameSharedWithKeys). On PostgreSQL the script's "drop foreign key … as it is now" would otherwise
 * find the check under that name and drop it. `at`: where the step writes the name.
 */
export function checkNameFreeOfChecks(d: Dialect, t: Table, name: string, at?: ArgPath): void {
  if (d.rules.foreignKeyNameScope !== 'table' && !d.rules.checkNameSharedWithKeys) return;
  const check = t.checks.find((c) => sameName(d.rules, 'constraint', c.name, name));
  if (!check) return;
  const why = d.rules.foreignKeyNameScope === 'table'
    ? `a key, a foreign key and a check of one table share its constraint names in ${d.name} (${d.script.engineName})`
    : `MariaDB refuses a foreign key or key named like a check of its table (error 1826, "Duplicate CHECK constraint name")`;
  fail(`"${name}" is ${check.name === name ? 'already' : `in another letter case (${check.name})`} the name of check ${t.name}.${check.name}: ${why}; choose another name`, at);
}

/** Whether `ref` has a key a foreign key to `cols` can reference (with InnoDB, any index that starts with them). */
export function referencedKeyExists(d: Dialect, ref: Table, cols: string[]): boolean {
  const keys = [...(ref.primaryKey ? [ref.primaryKey.columns] : []), ...ref.uniques.map((u) => u.columns),
    ...ref.indexes.filter((i) => i.unique).flatMap((i) => { const c = plainIndexColumns(i); return c ? [c] : []; })];
  const sameSet = (k: string[]) => k.length === cols.length && k.every((c) => cols.includes(c));
  if (keys.some((k) => sameList(k, cols) || (d.rules.referencedKeyAnyOrder && sameSet(k)))) return true;
  return d.rules.referencesIndexPrefix && indexedColumnLists(ref).some((l) => startsWith(l.columns, cols));
}

function fksReferencing(m: Model, tableName: string, cols: string[]) {
  return m.tables.flatMap((t) => t.foreignKeys.filter((fk) => fk.refTable === tableName && sameList(fk.refColumns, cols)).map((fk) => ({ t, fk })));
}

/**
 * Refuses to remove a key while foreign keys still depend on it (PostgreSQL would need CASCADE, which drops them
 * silently). `after` is the table as it would be without the key.
 */
export function checkKeyNotReferenced(d: Dialect, m: Model, t: Table, cols: string[], what: string, after: Table): void {
  const still = referencedKeyExists(d, after, cols);
  if (still) return;
  const deps = fksReferencing(m, t.name, cols);
  if (deps.length > 0) {
    fail(`${what} is referenced by foreign key${deps.length > 1 ? 's' : ''} ${deps.map((x) => `${x.t.name}.${x.fk.name}`).join(', ')}: drop or replace ${deps.length > 1 ? 'them' : 'it'} first`);
  }
}

/** Whether `t` has an index (or key) that starts with the columns of `fk`. */
function hasSupportingIndex(t: Table, fk: ForeignKey): boolean {
  return indexedColumnLists(t).some((l) => startsWith(l.columns, fk.columns));
}

/**
 * Where the engine creates an index for a foreign key (`rules.foreignKeyNeedsIndex`) and `t` has none that starts
 * with its columns, adds the one the engine creates to `t` (which the caller owns).
 */
export function addSupportingIndex(d: Dialect, t: Table, fk: ForeignKey): void {
  if (!d.rules.foreignKeyNeedsIndex || hasSupportingIndex(t, fk)) return;
  // Named as MySQL names the index it creates for an unnamed foreign key: the first column, then _2, _3…
  let name = fk.columns[0];
  const taken = (n: string) => indexLikeNames(t).some((x) => sameName(d.rules, 'index', x, n));
  for (let i = 2; taken(name); i++) name = `${fk.columns[0]}_${i}`;
  t.indexes.push({ name, columns: fk.columns.map((c) => ({ name: c, desc: false })), unique: false, supportsFk: fk.name });
}

/** Where foreign keys need an index (`rules.foreignKeyNeedsIndex`), refuses a table `after` that leaves one without. */
export function checkFksSupported(d: Dialect, after: Table, what: string): void {
  if (!d.rules.foreignKeyNeedsIndex) return;
  for (const fk of after.foreignKeys) {
    if (!hasSupportingIndex(after, fk)) fail(`${what} would leave foreign key ${after.name}.${fk.name} without a supporting index (MySQL refuses): drop that foreign key first`);
  }
}

/** Refuses a foreign key of `t` whose columns or referenced key do not exist. */
export function validateFk(d: Dialect, m: Model, t: Table, fk: ForeignKey): void {
  checkName(d, fk.name, 'foreign key');
  for (const why of d.rules.foreignKeyProblems(t, fk)) fail(why);
  checkColumnsExist(t, fk.columns, `foreign key ${fk.name}`);
  const ref = fk.refTable === t.name ? t : table(m, fk.refTable);
  checkColumnsExist(ref, fk.refColumns, `foreign key ${fk.name}`);
  if (fk.columns.length !== fk.refColumns.length) fail(`foreign key ${fk.name} has ${plural(fk.columns.length, 'column')} but references ${fk.refColumns.length}`);
  if (!referencedKeyExists(d, ref, fk.refColumns)) {
    fail(`foreign key ${fk.name} references ${ref.name} (${fk.refColumns.join(', ')}), which is not a primary key or unique constraint there`);
  }
}

/** Makes the primary key's columns NOT NULL where the engine does (`rules.primaryKeyNotNull`; `t` is owned by the caller). */
export function markPkNotNull(d: Dialect, t: Table): void {
  if (!d.rules.primaryKeyNotNull) return;
  for (const c of t.primaryKey?.columns ?? []) column(t, c).nullable = false;
}

/** The source columns a value expression reads. */
export function exprColumns(v: ValueExpr): string[] {
  if ('column' in v) return [v.column];
  if ('concat' in v) return v.concat.flatMap(exprColumns);
  if ('coalesce' in v) return v.coalesce.flatMap(exprColumns);
  if ('derived_id' in v) return exprColumns(v.derived_id.of);
  if ('before' in v) return exprColumns(v.before.of);
  if ('after' in v) return exprColumns(v.after.of);
  if ('lookup' in v) return exprColumns(v.lookup.of);
  if ('derived_uuid' in v) return v.derived_uuid.flatMap(exprColumns);
  if ('case' in v) return [...testColumns(v.case.when), ...exprColumns(v.case.then), ...(v.case.else ? exprColumns(v.case.else) : [])];
  if ('lower' in v) return exprColumns(v.lower);
  if ('text' in v) return exprColumns(v.text);
  if ('json' in v) return exprColumns(v.json);
  if ('json_object' in v) return v.json_object.flatMap((x) => [...exprColumns(x.key), ...exprColumns(x.value)]);
  return [];
}

/** The source columns a row test reads. */
export function testColumns(t: RowTest): string[] {
  if ('all' in t) return t.all.flatMap(testColumns);
  if ('any' in t) return t.any.flatMap(testColumns);
  if ('not' in t) return testColumns(t.not);
  return exprColumns(t.value);
}

/** `m` with the column `name` of `t` (a table of `m`) changed by `change`, copy-on-write. */
export function withColumn(m: Model, t: Table, name: string, change: (c: Column) => void): Model {
  const draft = new ModelDraft(m);
  change(column(draft.edit(t), name));
  return draft.model;
}

/** `m` with `t` (a table of `m`) changed by `change`, copy-on-write. */
export function withTable(m: Model, t: Table, change: (t: Table) => void): Model {
  const draft = new ModelDraft(m);
  change(draft.edit(t));
  return draft.model;
}

/** Is `name` taken in the schema's relation namespace (tables, indexes, key constraints)? */
export const relationNameTaken = (m: Model) => (name: string): boolean => m.tables.some((x) => x.name === name || indexLikeNames(x).includes(name));

/**
 * Gives partition `p` (a table of draft `m`, editable) the index the engine makes on it for `index` of its
 * parent, named as the engine names it.
 * @throws OpError when the dialect has no partitioning
 */
export function addPartitionIndex(d: Dialect, m: Model, p: Table, index: Index): void {
  const name = d.rules.partitionIndexName;
  if (!name) fail(`${d.script.engineName} has no declarative partitioning`);
  // The same definition (every field the parent's index has: method, elements…) on the partition itself.
  const { onPartitioned: _only, supportsFk: _fk, ...definition } = structuredClone(index);
  p.indexes.push({ ...definition, name: name(p.name, index, relationNameTaken(m)), partitionIndexOf: index.name });
}
