// Round trips: steps that bring the schema back to a state it already had. Guards (guards.ts) tell the states of a
// script apart by the catalog alone, so two equal states are one to them: a statement that leaves a state the
// script comes back to would run again on every run from there.
//
// Within one plan that is refused (refuseRoundTrip): the plan author wrote both steps, and can leave them out or
// split them over two plans. Across the plans of a script (a table created in 1 → 2 and dropped in 2 → 3) it is
// the chain's history, and stays allowed: a script whose last schema change brings it back to where it already
// was leaves out the statements of that loop (undoneTail), which together change nothing, so that its second run
// executes nothing. Earlier loops, followed by other changes, stay in the script: a run resumed from inside one
// goes around it again, which ends where a clean run ends.
import type { Model } from '../model/model.js';
import { describe } from '../operations/index.js';
import type { Op } from '../operations/types.js';
import { PlanError } from '../plan/errors.js';
import type { LoadedPlan, LoadedStep } from '../plan/types.js';
import { facetChanges, facetKey, facetsOf, valueKey, type Facet } from './facets.js';

/**
 * The state of a model as a catalog tells it apart: every facet present, with its definition, sorted. Two
 * models with the same key are the same state to the guards.
 */
export function stateKey(m: Model): string {
  return [...facetsOf(m)].map(([k, f]) => `${k}=${valueKey(f.value)}`).sort().join('\n');
}

/** One step of a plan as replayed on the model. */
export interface ReplayedStep {
  step: LoadedStep;
  op: Op;
  before: Model;
  after: Model;
}

const where = (s: LoadedStep) => `${s.pos.file}:${s.pos.line}:${s.pos.col}`;

/**
 * Refuses a plan whose steps bring the schema (of the dialect it was replayed for) back to a state it had
 * earlier in the same plan, e.g. a column renamed and renamed back, or an index added and dropped again.
 * @param dialect the dialect's name, for the message
 * @param steps the plan's steps as replayed, in order (steps that change nothing are ignored)
 * @returns `steps`
 * @throws PlanError at the step that returns, naming the step that first left that state as the script's banner
 *   numbers it (its place among `steps`: `4/9`), with its place in the plan file
 */
export function refuseRoundTrip<S extends ReplayedStep>(dialect: string, plan: LoadedPlan, steps: S[]): S[] {
  if (steps.length < 2) return steps;
  // States are told apart by an order-independent signature kept up to date from each step's changes (cheap:
  // untouched tables are shared between models); a signature seen before is confirmed on the full state.
  const current = new Map<string, string>();
  for (const [k, f] of facetsOf(steps[0].before)) current.set(k, valueKey(f.value));
  let sig: [number, number] = [0, 0];
  const toggle = (k: string, v: string) => {
    if (v === 'absent') return;
    const [x, y] = hash2(`${k}=${v}`);
    sig = [(sig[0] ^ x) >>> 0, (sig[1] ^ y) >>> 0];
  };
  for (const [k, v] of current) toggle(k, v);
  /** signature → the state's model and the step that left it */
  const left = new Map<string, { model: Model; step: ReplayedStep }>();
  for (const s of steps) {
    const changes = facetChanges(s.before, s.after);
    if (changes.length === 0) continue;
    const from = sig.join(':');
    if (!left.has(from)) left.set(from, { model: s.before, step: s });
    for (const c of changes) {
      const k = facetKey(c.ref);
      toggle(k, current.get(k) ?? 'absent');
      const v = valueKey(c.value);
      toggle(k, v);
      if (v === 'absent') current.delete(k);
      else current.set(k, v);
    }
    const seen = left.get(sig.join(':'));
    if (seen && stateKey(seen.model) === stateKey(s.after)) {
      const earlier = seen.step;
      throw new PlanError(
        `${s.step.op}: brings the ${dialect} schema back to where it was before step ${steps.indexOf(earlier as S) + 1}/${steps.length} (${describe(earlier.op)}, at ${where(earlier.step)}) of ${plan.plan.from} → ${plan.plan.to}: ` +
          `a re-run could not tell those two states apart; leave out the steps between them, or split them over two plans`,
        s.step.pos,
      );
    }
  }
  return steps;
}

/** Where a statement of a script comes from: its operation and the plan step. */
export interface StatementOrigin {
  op: Op;
  step: LoadedStep;
}

/** Two 32-bit FNV-1a hashes of a text (different offsets), for an order-independent signature of a state. */
function hash2(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return [a, b];
}

/**
 * What makes an operation inside a loop matter beyond it, or undefined: rows or values written to a table or
 * column that existed before the loop, a table or column of that kind dropped (a clean run loses its data; a
 * script without the loop would keep it), or raw SQL (whose writes cannot be told).
 */
function outlives(born: Set<string>, op: Op): string | undefined {
  const table = (t: string) => born.has(t);
  const column = (t: string, c: string) => born.has(t) || born.has(`${t}.${c}`);
  switch (op.kind) {
    case 'insert':
    case 'delete_rows':
      return table(op.table) ? undefined : `writes rows of ${op.table}, which outlives them`;
    case 'copy_rows':
      return table(op.into) ? undefined : `writes rows of ${op.into}, which outlives them`;
    case 'update':
      return Object.keys(op.set).every((c) => column(op.table, c)) ? undefined : `writes values of ${op.table}, which outlive them`;
    case 'drop_table':
      return table(op.name) ? undefined : `drops ${op.name}, which existed before them, with its rows`;
    case 'drop_column':
      return column(op.table, op.column) ? undefined : `drops ${op.table}.${op.column}, which existed before them, with its values`;
    case 'raw_sql':
      return 'runs SQL whose writes cannot be told';
    default:
      return undefined;
  }
}

/**
 * The statements to leave out of a script whose last schema change brings it back to a state it already had
 * (the loop from the first time it was in that state): together they change nothing the catalog shows.
 * Data steps inside the loop are left out with it when what they write lives only inside the loop (a table or
 * a column created there, followed through renames); one that writes or drops something that outlives the
 * loop, or a raw_sql step (whose writes cannot be told), makes the script impossible as one piece.
 * @param start the facets before the script
 * @param statements every statement of the script, in order, each with the facets it changes
 * @param origin where a statement comes from
 * @param path "<from> → <to>", for the message
 * @returns the statements to leave out; empty when the last change reaches a new state
 * @throws PlanError at such a data step, when the loop cannot be left out
 */
export function undoneTail<S extends { effects: readonly Facet[] }>(start: Map<string, Facet>, statements: S[], origin: (st: S) => StatementOrigin, path: string): Set<S> {
  const now = new Map<string, string>();
  let sig: [number, number] = [0, 0];
  const toggle = (k: string, v: string) => {
    if (v === 'absent') return;
    const [x, y] = hash2(`${k}=${v}`);
    sig = [(sig[0] ^ x) >>> 0, (sig[1] ^ y) >>> 0];
  };
  for (const [k, f] of start) {
    now.set(k, valueKey(f.value));
    toggle(k, valueKey(f.value));
  }
  const sigs: string[] = [sig.join(':')];
  let last = -1;
  statements.forEach((st, i) => {
    let changed = false;
    for (const e of st.effects) {
      const k = facetKey(e.ref);
      const v = valueKey(e.value);
      const old = now.get(k) ?? 'absent';
      if (old === v) continue;
      toggle(k, old);
      toggle(k, v);
      now.set(k, v);
      changed = true;
    }
    sigs.push(sig.join(':'));
    if (changed) last = i;
  });
  if (last < 0) return new Set();
  const final = sigs[last + 1];
  const listingAt = (n: number) => {
    const m = new Map([...start].map(([k, f]) => [k, valueKey(f.value)]));
    for (const st of statements.slice(0, n)) for (const e of st.effects) m.set(facetKey(e.ref), valueKey(e.value));
    return [...m].filter(([, v]) => v !== 'absent').map(([k, v]) => `${k}=${v}`).sort().join('\n');
  };
  let from = -1;
  for (let k = 0; k <= last && from < 0; k++) {
    // The signature is a hash: equal states are confirmed by their listings.
    if (sigs[k] === final && listingAt(k) === listingAt(last + 1)) from = k;
  }
  if (from < 0) return new Set();

  // Statements from..last: what lives only inside the loop, followed through renames.
  const born = new Set<string>();
  const out = new Set<S>();
  let seen: Op | undefined;
  for (let i = from; i <= last; i++) {
    const { op, step } = origin(statements[i]);
    out.add(statements[i]);
    if (op === seen) continue;
    seen = op;
    const why = outlives(born, op);
    if (why) {
      const back = origin(statements[last]);
      const first = origin(statements[from]);
      throw new PlanError(
        `${step.op}: cannot compile ${path} as one script: ${describe(back.op)} (at ${where(back.step)}) brings the schema back to where it was before ${describe(first.op)} (at ${where(first.step)}), ` +
          `and this step between them ${why}, so the steps between cannot be left out: apply the plans of this path one at a time`,
        step.pos,
      );
    }
    follow(born, op);
  }
  return out;
}

/** Keeps `born` (tables and "table.column"s created inside a loop) up to date through one operation. */
function follow(born: Set<string>, op: Op): void {
  const renameTable = (from: string, to: string) => {
    for (const k of [...born]) {
      if (k === from) {
        born.delete(k);
        born.add(to);
      } else if (k.startsWith(`${from}.`)) {
        born.delete(k);
        born.add(`${to}${k.slice(from.length)}`);
      }
    }
  };
  switch (op.kind) {
    case 'create_table':
      born.add(op.table.name);
      for (const c of op.table.columns) born.add(`${op.table.name}.${c.name}`);
      return;
    case 'create_partition':
      born.add(op.name);
      return;
    case 'add_column':
      born.add(`${op.table}.${op.column.name}`);
      return;
    case 'rename_table':
      renameTable(op.from, op.to);
      return;
    case 'rename_column':
      if (born.delete(`${op.table}.${op.from}`)) born.add(`${op.table}.${op.to}`);
      return;
    case 'drop_table':
      for (const k of [...born]) if (k === op.name || k.startsWith(`${op.name}.`)) born.delete(k);
      return;
  }
}
