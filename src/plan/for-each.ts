// Steps that run once per entry of a map parameter (`for_each: namespaces`): Ory Keto v0.6 keeps one table per
// namespace, named after the namespace's id in Keto's configuration (`keto_%010d_relation_tuples`), so which tables
// the product has depends on the parameter's value. A for_each step stands for one step per entry, in the order of
// the ids; in it, `{key}` is the entry's name, `{value}` its id, `{value:0N}` the id zero-padded to N digits (Go's
// `%0Nd`), and the value `{ each: key }` / `{ each: value }` either as a literal.
import { mapEntries, type MapEntry } from './params.js';
import type { LoadedPlan, LoadedStep, Scalar, Step } from './types.js';

/** A placeholder of a for_each step's names. */
export const PLACEHOLDER = /\{(key|value)(?::0([1-9][0-9]?))?\}/g;

/** Whether `text` holds a placeholder of a for_each step. */
export function hasPlaceholder(text: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(text);
}

/** `text` with its placeholders replaced by the entry's name or id. */
export function fillPlaceholders(text: string, e: MapEntry): string {
  return text.replace(PLACEHOLDER, (_m, which: string, width?: string) => (which === 'key' ? e.key : String(e.value).padStart(width ? Number(width) : 0, '0')));
}

function fill(node: unknown, e: MapEntry): unknown {
  if (typeof node === 'string') return fillPlaceholders(node, e);
  if (Array.isArray(node)) return node.map((x) => fill(x, e));
  if (node === null || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'each' && (o.each === 'key' || o.each === 'value')) return { literal: (o.each === 'key' ? e.key : e.value) as Scalar };
  return Object.fromEntries(keys.map((k) => [fill(k, e) as string, fill(o[k], e)]));
}

/** The steps a loaded step stands for with these parameter values: itself, or one per entry of its for_each map. */
export function expandStep(st: LoadedStep, params: Record<string, Scalar>): LoadedStep[] {
  const name = st.step.for_each;
  if (name === undefined) return [st];
  const value = params[name];
  // An unknown or non-map parameter is refused when the plan is loaded (checks.ts); a missing value by resolveParams.
  if (value === undefined) throw new Error(`for_each: parameter "${name}" has no value`);
  return mapEntries(value).map((e) => {
    const { for_each: _drop, ...rest } = st.step;
    const step = fill(rest, e) as Step;
    return { ...st, step, args: (step as Record<string, unknown>)[st.op] };
  });
}

/** The steps of `plan` with its for_each steps expanded for these parameter values. */
export function stepsOf(plan: Pick<LoadedPlan, 'steps'>, params: Record<string, Scalar>): LoadedStep[] {
  return plan.steps.some((s) => s.step.for_each !== undefined) ? plan.steps.flatMap((s) => expandStep(s, params)) : plan.steps;
}
