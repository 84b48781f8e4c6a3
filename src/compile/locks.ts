// What each statement of a script locks, and for how long it may read or rewrite a table: the lock annotation of
// every statement (issue #16), computed by the dialect's rules (src/dialects/<d>/locks.ts) from the operation and
// the models just before and after it, never by reading SQL text. Pure: no engine, no I/O. The compiler prints the
// annotation in each step's banner and the summary in the header; `plan review` and `plan lint` read the data.
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../model/model.js';
import type { Op, Statement } from '../operations/types.js';
import { createdHereAt } from './created-here.js';
import { facetKey, facetsOf, facetValueIn, holdsAt, valueKey } from './facets.js';

/**
 * What a statement does to a table's data, as far as time goes:
 * - `new`: the table was created earlier in this script (or by this statement): nobody else uses it yet;
 * - `catalog-only`: the catalog changes, no row is read or written;
 * - `scan`: every row is read (a check, an index build, a foreign key validated), none rewritten;
 * - `rewrite`: every row is written again (a new copy of the table and its indexes);
 * - `rows`: a data step writes (inserts, updates, deletes) rows;
 * - `read`: rows are read (the source of a copy, a check of a precondition);
 * - `unknown`: raw SQL, whose effect the model does not know.
 */
export type LockEffect = 'new' | 'catalog-only' | 'scan' | 'rewrite' | 'rows' | 'read' | 'unknown';

/** A table a statement touches, and how. */
export interface TableLock {
  /** The table's name (as it is before the statement: a rename is annotated on its old name). */
  table: string;
  /** Created earlier in this script, or by this statement: nothing to worry about. */
  new: boolean;
  /**
   * The lock in the engine's words: a PostgreSQL table lock mode (`ACCESS EXCLUSIVE`…), `metadata lock` (MySQL), or
   * absent where the engine takes no lock of its own on the table (SQLite locks the database file as a whole).
   */
  lock?: string;
  /** The lock's place in the engine's order of modes: higher blocks more (0: none). */
  strength: number;
  /**
   * Taken only when the statement writes rows that a foreign key ties to this table (its checks and actions): a
   * statement that writes no row takes nothing here.
   */
  conditional?: true;
  effect: LockEffect;
  /** What can go wrong or wait here, in a few words each ("rewrites table", "fails on duplicate rows"…). */
  hazards: string[];
}

/** An InnoDB online DDL class on one engine (MySQL 8.0 manual 15.12.1; MariaDB KB "InnoDB Online DDL Overview"). */
export interface OnlineDdl {
  engine: 'MySQL 8' | 'MariaDB';
  /** The best ALGORITHM= the engine accepts for the statement (what it picks by default). NOCOPY: MariaDB's in place without rebuild. */
  algorithm: 'INSTANT' | 'NOCOPY' | 'INPLACE' | 'COPY';
  /** The least LOCK= it accepts with that algorithm: NONE lets reads and writes go on, SHARED lets reads go on. */
  lock: 'NONE' | 'SHARED' | 'EXCLUSIVE';
  /** The table is rebuilt (every row copied), in place or not. */
  rebuilds: boolean;
}

/** The lock annotation of one statement, as a dialect's rules give it. */
export interface LockAnnotation {
  /** The tables it touches (none: a type, a schema, or a statement that changes nothing). */
  tables: TableLock[];
  /** MySQL/MariaDB: the online DDL class of an ALTER TABLE, on each engine. */
  online?: OnlineDdl[];
  /** MySQL/MariaDB: a DDL statement, which commits the transaction implicitly and first waits for the table's metadata lock. */
  ddl?: true;
  /** SQLite: the statement is a table rebuild (Statement.rebuild): new table, copy of every row, drop, rename. */
  rebuild?: true;
  /** Ids of the rules that gave this annotation (`pg.add_column.catalog-only`…): each is tested on a real engine. */
  rules: string[];
  /** The annotation on one line, as the banner prints it after `-- locks: `. */
  text: string;
}

/** One statement of a script with its annotation. */
export interface StatementLocks extends LockAnnotation {
  /** The index of its step (operation) among the script's steps, from 0. */
  step: number;
  /** The index of the statement among its step's statements, from 0. */
  index: number;
  /** The step's label as its banner names it (`5.0 → 6.0 · 14/153 · add column key_value.app_id`). */
  label: string;
  /**
   * What the statement is, where its step runs statements of different kinds (Statement.what: `create index a_id, which the
   * foreign key needs (an index on its columns)`); `text` opens with it.
   */
  what?: string;
  /** The part of the script it runs in, from 1 (PostgreSQL scripts with statements outside the transaction have several). */
  part: number;
  /** It runs inside the script's transaction: its locks are held until that transaction's COMMIT. */
  inTransaction: boolean;
  /**
   * The model just before it already has every effect it makes (a same-named foreign key dropped before one is added,
   * where the plan has none): its guard is false on the plan's path, and it runs, and locks, only on a database that
   * differs from the model there (drift, an object made by hand). Left out of the summary; its text says so.
   */
  onlyOnDrift?: true;
}

/** The strongest lock a transaction of the script takes on one existing table, and where it is first taken. */
export interface TableSummary {
  table: string;
  /** The part of the script (its transaction) that holds it. */
  part: number;
  lock: string;
  strength: number;
  /** The first statement (index into ScriptLocks.statements) that takes it. */
  from: number;
  /** That statement's step label. */
  label: string;
  /** The first statement of the transaction that locks the table at all, and its lock (the same as above when it is the strongest). */
  first: { from: number; label: string; lock: string };
}

/** The lock annotations of a whole script and, per transaction and table, the strongest lock held until its COMMIT. */
export interface ScriptLocks {
  statements: StatementLocks[];
  /**
   * Per transaction part and existing table, the strongest lock taken in that transaction (ties: the first
   * statement that takes it), in the order of the statements that first take them. Only for a dialect whose
   * statements hold their locks until COMMIT (DialectLocks.heldToCommit); empty otherwise.
   */
  summary: TableSummary[];
  /** The bytes a character was counted at (scriptLocks' bytesPerCharacter); absent: the dialect's default. */
  bytesPerCharacter?: number;
}

/** What a dialect's rules are given for one statement. */
export interface LockInput {
  op: Op;
  /** The model just before the operation, and just after it. */
  before: Model;
  after: Model;
  /** The statement (one of the operation's), with its effects and flags. */
  statement: Statement;
  /** The index of the statement among its operation's statements. */
  index: number;
  /** Whether a table was created earlier in this script, or by this operation. */
  isNew(table: string): boolean;
  /** The statement runs inside the script's transaction (false: in a part of its own, PostgreSQL CONCURRENTLY). */
  inTransaction: boolean;
  /**
   * The most bytes a character takes in the character set of the product's tables, where the product names one
   * (MySQL: product.yaml verify_database.mysql_character_set); undefined: the dialect's default.
   */
  bytesPerCharacter?: number;
}

/** A dialect's lock rules (src/dialects/<d>/locks.ts). */
export interface DialectLocks {
  /** The annotation of one statement. Pure. */
  annotate(input: LockInput): LockAnnotation;
  /** Locks are held until the transaction's COMMIT (PostgreSQL): the script's summary lists the strongest per table. */
  heldToCommit: boolean;
  /** The header's lines on the script's locks (without `-- `), from its annotations and summary. */
  headerLines(locks: ScriptLocks): string[];
}

/** One step (operation) of a script as the lock rules see it: the statements it runs, in order. */
export interface LockStep {
  op: Op;
  before: Model;
  after: Model;
  /** The statements the script runs for it (left out: those a round trip undoes, or folded into the next rebuild). */
  statements: Statement[];
  label: string;
}

/**
 * The lock annotations of a script's steps, in order, and the per-table summary of what each transaction holds.
 * A table is new when a step earlier in the script (or the step itself) created it, following renames
 * (created-here.ts). Parts follow the compiler's: a statement that cannot run in a transaction starts a part of its
 * own, and the next one that can opens a new transaction (Statement.outsideTransaction, eitherPart).
 * @param d the dialect (its `locks` rules and whether it has statements outside the transaction)
 * @param steps the script's steps in the order they run
 * @param bytesPerCharacter the most bytes a character of the product's tables takes (LockInput.bytesPerCharacter)
 * @returns per statement its annotation, and the summary (empty unless d.locks.heldToCommit)
 */
export function scriptLocks(d: Dialect, steps: LockStep[], bytesPerCharacter?: number): ScriptLocks {
  // The catalog state of a model as facet key → valueKey, for conditions (made once per model, when one is asked).
  const states = new Map<Model, Map<string, string>>();
  const stateOf = (m: Model) => {
    let st = states.get(m);
    if (!st) states.set(m, (st = new Map([...facetsOf(m)].map(([k, f]) => [k, valueKey(f.value)]))));
    return st;
  };
  const created = createdHereAt(steps.map((s) => s.op));
  const statements: StatementLocks[] = [];
  let part = 1;
  let inTransaction = true;
  const outside = d.script.outsideTransaction !== undefined;
  steps.forEach((s, stepIndex) => {
    // Created before this step, or by it (a table renamed or dropped here is named as it was before).
    const [earlier, now] = [stepIndex > 0 ? created[stepIndex - 1] : new Set<string>(), created[stepIndex]];
    const isNew = (table: string) => earlier.has(table) || now.has(table);
    s.statements.forEach((st, index) => {
      if (outside && !st.eitherPart && !!st.outsideTransaction === inTransaction) {
        part++;
        inTransaction = !st.outsideTransaction;
      }
      const a = d.locks.annotate({ op: s.op, before: s.before, after: s.after, statement: st, index, isNew, inTransaction, ...(bytesPerCharacter !== undefined ? { bytesPerCharacter } : {}) });
      // Skipped on the plan's path: what it makes is there already, or its own condition on the catalog does not
      // hold there (a same-named index with another definition rebuilt: found by a fresh user, listed as if it ran).
      const drift =
        (st.effects.length > 0 && st.effects.every((e) => valueKey(facetValueIn(s.before, e.ref)) === valueKey(e.value))) ||
        (st.condition !== undefined && st.stop === undefined && holdsAt(st.condition, stateOf(s.before)) === false);
      const text = `${st.what !== undefined ? `${st.what}: ` : ''}${drift ? 'only where the database differs from the plan here (else skipped): ' : ''}${a.text}`;
      statements.push({ ...a, ...(drift ? { onlyOnDrift: true as const } : {}), ...(st.what !== undefined ? { what: st.what } : {}), text, step: stepIndex, index, label: s.label, part, inTransaction });
    });
  });
  return { statements, summary: d.locks.heldToCommit ? summarize(statements) : [], ...(bytesPerCharacter !== undefined ? { bytesPerCharacter } : {}) };
}

/** Per transaction part and existing table, the strongest lock and the first statement that takes it. */
function summarize(statements: StatementLocks[]): TableSummary[] {
  const out: TableSummary[] = [];
  const byKey = new Map<string, TableSummary>();
  statements.forEach((st, i) => {
    if (!st.inTransaction || st.onlyOnDrift) return;
    for (const t of st.tables) {
      if (t.new || t.lock === undefined || t.strength === 0) continue;
      const key = `${st.part}\0${t.table}`;
      const known = byKey.get(key);
      if (known && known.strength >= t.strength) continue;
      const first = known ? known.first : { from: i, label: st.label, lock: t.lock };
      const entry = { table: t.table, part: st.part, lock: t.lock, strength: t.strength, from: i, label: st.label, first };
      if (known) out.splice(out.indexOf(known), 1, entry);
      else out.push(entry);
      byKey.set(key, entry);
    }
  });
  return out;
}

/** A table touched by a statement, new when the script created it: the shape every dialect's rules build. */
export function tableLock(table: string, isNew: boolean, lock: string | undefined, strength: number, effect: LockEffect, hazards: string[] = [], conditional = false): TableLock {
  if (isNew) return { table, new: true, strength: 0, effect: 'new', hazards: [] };
  return { table, new: false, ...(lock !== undefined ? { lock } : {}), strength, ...(conditional ? { conditional: true as const } : {}), effect, hazards };
}

/** The tables of a list, each once: the strongest entry of a table kept (the first of equals), in first-seen order. */
export function strongestPerTable(tables: TableLock[]): TableLock[] {
  const out: TableLock[] = [];
  for (const t of tables) {
    const i = out.findIndex((x) => x.table === t.table);
    if (i < 0) out.push(t);
    else if (!out[i].new && (t.strength > out[i].strength || (out[i].conditional && !t.conditional && t.strength === out[i].strength))) out[i] = t;
  }
  return out;
}
