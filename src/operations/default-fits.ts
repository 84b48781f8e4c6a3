// A column's default fits its type. The engines refuse a default their type cannot hold (PostgreSQL when the
// statement runs: `invalid input syntax for type integer: "abc"`; MySQL in strict mode, which the scripts pin), so a
// plan whose default does not fit compiles into a script that stops partway; SQLite stores it whatever the declared
// type says. The model refuses it at the step, pointing at the default, with the type and what fits: in plan
// validate and plan compile alike. What each type holds is the dialect's (DialectRules.valueDomain, with the engine's
// ranges and lengths); what a value is, and the words, are here, the same for every dialect.
import type { Dialect, ValueDomain } from '../dialects/dialect.js';
import { enumTypeOf, findColumn, findEnumType, isCurrentTimestamp, type Column, type ColumnDefault, type Model, type Table } from '../model/model.js';
import type { Scalar } from '../plan/types.js';
import { quoted } from '../plan/errors.js';
import { fail } from './shared.js';
import type { ArgPath } from './types.js';

/** The largest integer a YAML number is read exactly as (Number.MAX_SAFE_INTEGER): a longer one loses digits. */
const EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** A default as a plan writes it, for a message: a string in double quotes, a number or boolean as it is. */
function shown(v: ColumnDefault): string {
  if (isCurrentTimestamp(v)) return '{ current_timestamp: true }';
  return typeof v === 'string' ? quoted(v) : String(v);
}

/** The words for a type: its enum type, or the engine's name of it ("PostgreSQL INTEGER"). */
function typeWords(d: Dialect, type: string): string {
  const e = enumTypeOf(type);
  return e !== undefined ? `enum type ${e}` : `${d.script.engineName} ${type}`;
}

/** Whether year `y`, month `m`, day `day` is a day of the calendar (the proleptic Gregorian one the engines use). */
function isDay(y: number, m: number, day: number): boolean {
  if (m < 1 || m > 12 || day < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Why value `v` does not fit domain `dom`, and what does, in words after "does not fit its type …: "; undefined when
 * it fits.
 */
export function misfit(dom: ValueDomain, v: ColumnDefault): string | undefined {
  if (isCurrentTimestamp(v)) return dom.kind === 'timestamp' ? undefined : `the time of the insert fits a timestamp or datetime column only; ${fits(dom)}`;
  switch (dom.kind) {
    case 'integer': {
      if (typeof v === 'number') {
        if (!Number.isInteger(v)) return `${v} is not a whole number; ${fits(dom)}`;
        const n = BigInt(v);
        if (n > EXACT || n < -EXACT) return `a YAML number past ${EXACT} is not read exactly (it loses digits): write the number in quotes, as a string of its digits; ${fits(dom)}`;
        return n < dom.min || n > dom.max ? `${v} is out of its range; ${fits(dom)}` : undefined;
      }
      if (typeof v === 'string' && /^-?\d+$/.test(v)) {
        if (BigInt(v) < dom.min || BigInt(v) > dom.max) return `${v} is out of its range; ${fits(dom)}`;
        // The engines keep the number, not the text: MariaDB shows DEFAULT '007' as 7 and PostgreSQL '-0' as 0, so a
        // default written otherwise than the number's own digits would never match the catalog (found by review).
        const digits = BigInt(v).toString();
        return digits === v ? undefined : `the engines keep it as ${digits}: write ${quoted(digits)}`;
      }
      return fits(dom);
    }
    case 'boolean':
      return typeof v === 'boolean' ? undefined : fits(dom);
    case 'text': {
      if (typeof v !== 'string') return `${fits(dom)}: write it in quotes (${quoted(String(v))})`;
      const length = [...v].length;
      return dom.maxCharacters !== undefined && length > dom.maxCharacters ? `it is ${length} characters long; ${fits(dom)}` : undefined;
    }
    case 'bytes':
      return typeof v === 'string' ? undefined : fits(dom);
    case 'uuid':
      return typeof v === 'string' && UUID.test(v) ? undefined : fits(dom);
    case 'date': {
      const m = typeof v === 'string' ? DATE.exec(v) : null;
      if (!m || !isDay(Number(m[1]), Number(m[2]), Number(m[3]))) return fits(dom);
      return v < dom.min || v > dom.max ? `it is out of its range; ${fits(dom)}` : undefined;
    }
    case 'timestamp': {
      const m = typeof v === 'string' ? TIMESTAMP.exec(v) : null;
      if (!m || !isDay(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return fits(dom);
      const whole = (v as string).slice(0, 19);
      return whole < dom.min || whole > dom.max || (whole === dom.max && m[7] !== undefined && /[1-9]/.test(m[7])) ? `it is out of its range; ${fits(dom)}` : undefined;
    }
    case 'json': {
      if (typeof v !== 'string') return `${fits(dom)}: write the JSON in quotes (${quoted(JSON.stringify(v))})`;
      try {
        JSON.parse(v);
        return undefined;
      } catch {
        return `it is not JSON text; ${fits(dom)}`;
      }
    }
    case 'enum':
      return typeof v === 'string' && dom.values.includes(v) ? undefined : fits(dom);
  }
}

/** What fits a domain, in words ("a whole number from -2147483648 to 2147483647 fits"). */
export function fits(dom: ValueDomain): string {
  switch (dom.kind) {
    case 'integer':
      return `a whole number from ${dom.min} to ${dom.max} fits`;
    case 'boolean':
      return 'true or false fits (without quotes)';
    case 'text':
      return dom.maxCharacters === undefined ? 'a string fits' : `a string of at most ${dom.maxCharacters} character${dom.maxCharacters === 1 ? '' : 's'} fits`;
    case 'bytes':
      return 'a string fits (its UTF-8 bytes)';
    case 'uuid':
      return 'a UUID as the engine writes it fits: 32 hexadecimal digits in lower case, in groups of 8-4-4-4-12 (e.g. "123e4567-e89b-42d3-a456-426614174000")';
    case 'date':
      return `a date as YYYY-MM-DD, a day of the calendar from ${dom.min} to ${dom.max}, fits`;
    case 'timestamp':
      return `a time as "YYYY-MM-DD HH:MM:SS" (up to 6 digits of fraction) from ${dom.min} to ${dom.max}, or { current_timestamp: true }, fits`;
    case 'json':
      return 'JSON text in a string fits';
    case 'enum':
      return `one of its values fits: ${dom.values.map(quoted).join(', ')}`;
  }
}

/**
 * The domain of column type `type` in `m` for `d`: an enum type's values (the model's), else the dialect's
 * (DialectRules.valueDomain); undefined when nothing is known of it.
 */
function domainOf(d: Dialect, m: Model, type: string): ValueDomain | undefined {
  const e = enumTypeOf(type);
  if (e !== undefined) {
    const values = findEnumType(m, e)?.values;
    return values ? { kind: 'enum', values } : undefined;
  }
  return d.rules.valueDomain(type);
}

/**
 * Refuses column `c` of table `table` when its default does not fit its type (see `misfit`), at `at`: where the step
 * writes the default (or, for a type change, the type). `change`: the words for what the step changes, when the
 * default was there before and the type is new ("its new type").
 * @throws OpError naming the column, its default, its type and what fits
 */
export function checkDefaultFits(d: Dialect, m: Model, table: string, c: Pick<Column, 'name' | 'type' | 'default'>, at: ArgPath, change?: 'type'): void {
  if (c.default === undefined) return;
  const dom = domainOf(d, m, c.type);
  if (!dom) return;
  const why = misfit(dom, c.default);
  if (why === undefined) return;
  const what = change === 'type' ? `column ${table}.${c.name} has the default ${shown(c.default)}, which does not fit its new type` : `default ${shown(c.default)} of column ${table}.${c.name} does not fit its type`;
  fail(`${what} ${typeWords(d, c.type)}: ${why}${change === 'type' ? ' (change the default first: set_default, or drop_default)' : ''}`, at);
}

/**
 * Refuses value `v` that a step writes into column `column` of table `t` (an insert's row, an update's literal) when
 * it does not fit the column's type, by the rule defaults follow (see `misfit`): the engines refuse it when the
 * statement runs (PostgreSQL: invalid input syntax; MariaDB: ERROR 1406 partway through the rows), and SQLite stores
 * it whatever the declared type says. A null, and a column of a type nothing is known of, are not checked. `at` is
 * where the step writes the value.
 * @throws OpError naming the column, the value, its type and what fits
 */
export function checkValueFits(d: Dialect, m: Model, t: Table, column: string, v: Scalar | null | undefined, at: ArgPath): void {
  if (v === null || v === undefined) return;
  const c = findColumn(t, column);
  if (!c) return;
  const dom = domainOf(d, m, c.type);
  if (!dom) return;
  const why = misfit(dom, v);
  if (why !== undefined) fail(`value ${shown(v)} for column ${t.name}.${c.name} does not fit its type ${typeWords(d, c.type)}: ${why}`, at);
}
