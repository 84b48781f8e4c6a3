// Guards derived from the model. A script is a sequence of statements; the state of the schema before the
// first is S0, after statement k it is Sk. Each statement declares the facets it changes (its effects), so
// every Sk is known. Statement i must run when the database is at S(i-1) — or at a drifted copy of it — and
// must not run at any later state Si … Sn (a re-run, or a run resumed after a crash). Its guard is a
// conjunction of "facet F does not have definition v" terms chosen so that it is TRUE at S(i-1) and FALSE at
// every later state that the catalog can tell apart from S(i-1). States the catalog cannot tell apart (a data
// step, whose effect is on rows) are left to the statement's own row-level condition.
//
// The statement's own facets are tried first, so a drop runs only while the object is not yet at any
// definition it takes later in the script (a same-named object the target state re-creates is left alone),
// and an add runs only while its after-definition is missing (a same-named object with another definition is
// replaced by the statement, not kept). A created table or column is guarded by its absence, never by its
// definition: replacing a table or a column would lose data.
import { and, facetIsNot, facetIs, facetKey, valueKey, type Facet, type FacetRef, type FacetValue, type Predicate } from './facets.js';

/** What the guard derivation needs of a statement. */
export interface GuardInput {
  /** The facets this statement changes, with their values after it. */
  effects: readonly Facet[];
  /** Definitions the database may hold before it for objects the model does not give it (the version check's concern). */
  tolerates?: Facet[];
}

interface Timeline {
  ref: FacetRef;
  /** facetKey(ref) */
  key: string;
  /** state index → value from that state on; the first entry is state 0. */
  states: number[];
  values: (FacetValue | null)[];
  keys: string[];
}

function valueAt(t: Timeline, state: number): { value: FacetValue | null; key: string; until: number } {
  // Binary search for the last change at or before `state`.
  let lo = 0;
  let hi = t.states.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.states[mid] <= state) lo = mid;
    else hi = mid - 1;
  }
  return { value: t.values[lo], key: t.keys[lo], until: lo + 1 < t.states.length ? t.states[lo + 1] - 1 : Infinity };
}

const TYPE_ORDER: Record<FacetRef['type'], number> = { enum_type: 0, table: 0, column: 1, primary_key: 2, unique: 3, foreign_key: 4, index: 5, check: 6 };

/**
 * The guard of every statement of a script, in order.
 * @param start the facets of the schema before the script (`facetsOf(model)`)
 * @param statements each statement's effects, in script order
 * @returns one predicate per statement: run while it holds (an empty conjunction: the catalog cannot tell)
 */
export function deriveGuards(start: Map<string, Facet>, statements: GuardInput[]): Predicate[] {
  const n = statements.length;
  const timelines = new Map<string, Timeline>();
  const timeline = (ref: FacetRef): Timeline => {
    const k = facetKey(ref);
    let t = timelines.get(k);
    if (!t) {
      const v = start.get(k)?.value ?? null;
      t = { ref, key: k, states: [0], values: [v], keys: [valueKey(v)] };
      timelines.set(k, t);
    }
    return t;
  };
  statements.forEach((s, i) => {
    for (const e of s.effects) {
      const t = timeline(e.ref);
      const vk = valueKey(e.value);
      if (t.keys[t.keys.length - 1] === vk) continue;
      t.states.push(i + 1);
      t.values.push(e.value);
      t.keys.push(vk);
    }
  });
  // Each statement's facets as timelines, tables first, then columns, keys, indexes, checks.
  const effectTimelines = statements.map((s) =>
    [...s.effects].sort((a, b) => TYPE_ORDER[a.ref.type] - TYPE_ORDER[b.ref.type]).map((e) => timelines.get(facetKey(e.ref))!),
  );
  // For each state, the index of the next statement (1-based state) that changes something.
  const changes = statements.map((s) => s.effects.length > 0);
  const nextChange: number[] = new Array(n + 2).fill(Infinity);
  for (let i = n; i >= 1; i--) nextChange[i] = changes[i - 1] ? i : nextChange[i + 1];

  const guards: Predicate[] = [];
  for (let i = 1; i <= n; i++) {
    // States i … n that differ from state i-1: from the first statement at or after i that changes a facet.
    const first = nextChange[i];
    const terms: Predicate[] = [];
    if (first <= n) {
      const uncovered = new Uint8Array(n + 1);
      let left = 0;
      for (let j = first; j <= n; j++) {
        uncovered[j] = 1;
        left++;
      }
      const seen = new Set<string>();
      const own = effectTimelines[i - 1];
      const isOwn = new Set(own.map((t) => t.key));
      // Candidates: the statement's own facets, then those of each later statement in order (at most about
      // 10,000 looked at), until every later state is told apart.
      function* candidates(): Generator<Timeline> {
        yield* own;
        let looked = own.length;
        for (let j = i + 1; j <= n && looked < 10_000; j++) {
          looked += effectTimelines[j - 1].length;
          yield* effectTimelines[j - 1];
        }
      }
      for (const t of candidates()) {
        if (left === 0) break;
        const k = t.key;
        if (seen.has(k)) continue;
        seen.add(k);
        const before = valueAt(t, i - 1);
        // A table or column this statement creates: guarded by its absence (never replaced, whatever it holds).
        if (isOwn.has(k) && before.value === null && (t.ref.type === 'table' || t.ref.type === 'column')) {
          let covered = false;
          for (let j = first; j <= n; j++) {
            if (uncovered[j] && valueAt(t, j).value !== null) {
              uncovered[j] = 0;
              left--;
              covered = true;
            }
          }
          if (covered) terms.push(facetIs(t.ref, null));
          continue;
        }
        // Values the facet takes at states still uncovered, other than its value at i-1.
        const useful = new Map<string, FacetValue | null>();
        for (let j = first; j <= n; ) {
          const at = valueAt(t, j);
          const end = Math.min(at.until, n);
          if (at.key !== before.key) {
            for (let x = j; x <= end; x++) {
              if (uncovered[x]) {
                useful.set(at.key, at.value);
                break;
              }
            }
          }
          j = end + 1;
        }
        if (useful.size === 0) continue;
        for (const [vk, v] of useful) {
          terms.push(facetIsNot(t.ref, v));
          for (let j = first; j <= n; j++) {
            if (uncovered[j] && valueAt(t, j).key === vk) {
              uncovered[j] = 0;
              left--;
            }
          }
        }
      }
    }
    guards.push(and(terms));
  }
  return guards;
}
