// A count and its noun, agreeing in number: "1 statement", "2 statements", "0 statements". The one helper every
// message with a count uses (found by a user: plan verify printed "(1 statements)" and "1 generated rows refused").

/**
 * `n` and the noun for that many: `one` for exactly 1, `many` (by default `one` + "s") otherwise.
 * @param n a count (a number, or the text or bigint a driver returns for one)
 */
export function plural(n: number | bigint | string, one: string, many = `${one}s`): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}
