// The text functions of data steps (`before`, `after`, `occurrences`, `lookup`) and row tests, in JavaScript: what
// the dialects' SQL computes (src/dialects/*: before, after, occurrences, lookup), for the derived installs that
// replay data steps in the model and for the tests that hold the engines to it.
import { mapEntries } from '../plan/params.js';
import { patternMatches } from '../plan/pattern.js';
import type { RowTest, Scalar } from '../plan/types.js';

/** The part of `text` before the first `separator`: all of it when it has none. */
export function textBefore(text: string, separator: string): string {
  const at = text.indexOf(separator);
  return at < 0 ? text : text.slice(0, at);
}

/** The part of `text` after the first `separator`; null when it has none. */
export function textAfter(text: string, separator: string): string | null {
  const at = text.indexOf(separator);
  return at < 0 ? null : text.slice(at + separator.length);
}

/** How many times `needle` occurs in `text`, without overlaps. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The id the map parameter's value `map` gives `name`; null when it has no such name. */
export function lookup(name: string, map: Scalar): number | null {
  return mapEntries(map).find((e) => e.key === name)?.value ?? null;
}

/** The length of a text in characters (code points), as the engines count them. */
export function characters(text: string): number {
  return [...text].length;
}

/**
 * Whether `test` holds, given how to evaluate a value (`value`) on the row at hand. A comparison with NULL is not
 * true (SQL's three-valued logic, folded to false at the top: a row is left out only when a test is true).
 */
export function rowTestHolds(test: RowTest, value: (e: Extract<RowTest, { value: unknown }>['value']) => Scalar | null): boolean {
  const three = (t: RowTest): boolean | null => {
    if ('all' in t) {
      const r = t.all.map(three);
      return r.includes(false) ? false : r.includes(null) ? null : true;
    }
    if ('any' in t) {
      const r = t.any.map(three);
      return r.includes(true) ? true : r.includes(null) ? null : false;
    }
    if ('not' in t) {
      const r = three(t.not);
      return r === null ? null : !r;
    }
    const v = value(t.value);
    if (t.is_null !== undefined) return t.is_null ? v === null : v !== null;
    if (v === null) return null;
    if (t.occurrences) return occurrences(String(v), t.occurrences.of) === t.occurrences.equals;
    if (t.longer_than !== undefined) return characters(String(v)) > t.longer_than;
    if (t.equals !== undefined) return v === t.equals || String(v) === String(t.equals);
    if (t.in !== undefined) return t.in.some((x) => v === x || String(v) === String(x));
    if (t.matches !== undefined) return patternMatches(t.matches, String(v));
    if (t.is_json_object !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(v));
      } catch {
        return null;
      }
      return (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) === t.is_json_object;
    }
    return null;
  };
  return three(test) === true;
}
