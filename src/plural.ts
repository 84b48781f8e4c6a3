// A count and its noun, agreeing in number: "1 statement", "2 statements", "0 statements". The one helper every
// message with a count uses (found by a user: plan verify printed "(1 statements)" and "1 generated rows refused").

/**
 * `n` and the noun for that many: `one` for exactly 1, `many` (by default `one` + "s") otherwise.
 * @param n a count (a number, or the text or bigint a driver returns for one)
 */
export function plural(n: number | bigint | string, one: string, many = `${one}s`): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}

/**
 * A whole number with its thousands grouped by commas ("76,939"), the same on every machine: written by hand, not
 * with the locale formatting of Number, whose output depends on the ICU data Node was built with (a build without Intl writes
 * "76939", and the same plans would then compile to other bytes). @param n an integer
 */
export function grouped(n: number | bigint): string {
  const digits = String(n < 0 ? -BigInt(n) : BigInt(n));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
