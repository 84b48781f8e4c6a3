// Identifiers derived from a text by SQL that every engine runs alike: `prefix` + `length` characters of [0-9a-z],
// the same for the same text on PostgreSQL, MySQL/MariaDB and SQLite (no hash function exists on all of them: the
// Debian sqlite3 and sql.js differ, MySQL's are not PostgreSQL's). A product that mints random ids of that shape
// (AuthHero's `org_` + 17 characters of nanoid's [0-9a-z] alphabet, packages/kysely/src/utils/entity-id.ts) gets ids
// that a re-run of the script finds again and a rollback deletes by.
//
// The text's UTF-8 bytes are read as hexadecimal digits v_1 … v_n (n ≤ 4096, a text of up to 2048 bytes); digit k of
// the id is ALPHABET[(Σ_i (v_i) · w_k(i) + n · D_k) mod 36] with w_k(i) = ((i · A_k + B_k) mod P) · (i + C_k) mod P,
// P = 2^31 − 1. Integer arithmetic stays below 2^63 on every engine. It is not a cryptographic hash: ids of
// different texts agree in a digit with probability about 1/36, in all 17 with about 36^-17.
import type { Dialect, DialectSyntax } from '../dialects/dialect.js';
import { Sql, sql } from './sql.js';

export const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789ABCDEF';
/** The longest text (in hexadecimal digits of its UTF-8 bytes) whose every byte counts. */
export const MAX_HEX_DIGITS = 4096;
const P = 2147483647n;

/** The constants of digit k (0-based): A_k = 16807^(k+1) mod P, B_k = 48271^(k+1) mod P, C_k, D_k. */
function constants(k: number): { a: bigint; b: bigint; c: bigint; d: bigint } {
  let a = 1n;
  let b = 1n;
  for (let j = 0; j <= k; j++) {
    a = (a * 16807n) % P;
    b = (b * 48271n) % P;
  }
  return { a, b, c: BigInt(7919 * (k + 1) + 1), d: a % 1000003n };
}

/**
 * The id `derivedIdSql` computes for `text`, in JavaScript (the reference the tests hold the engines to).
 * @throws Error for a length outside 1 … 64
 */
export function derivedId(prefix: string, length: number, text: string): string {
  checkLength(length);
  const hex = Buffer.from(text, 'utf8').toString('hex').toUpperCase().slice(0, MAX_HEX_DIGITS);
  let out = prefix;
  for (let k = 0; k < length; k++) {
    const { a, b, c, d } = constants(k);
    let sum = 0n;
    for (let i = 1; i <= hex.length; i++) {
      const v = BigInt(HEX.indexOf(hex[i - 1]));
      const w = ((((BigInt(i) * a + b) % P) * (BigInt(i) + c)) % P);
      sum += v * w;
    }
    out += ID_ALPHABET[Number((sum + BigInt(hex.length) * d) % 36n)];
  }
  return out;
}

function checkLength(length: number): void {
  if (!Number.isInteger(length) || length < 1 || length > 64) throw new Error(`a derived id has 1 to 64 characters after its prefix (got ${length})`);
}

/** 1 … 4096 as a derived table `n(i)`, from three cross-joined lists of 16 (no recursion: MySQL limits its depth). */
function numbers(): string {
  const sixteen = `(SELECT 0 AS x${Array.from({ length: 15 }, (_, j) => ` UNION ALL SELECT ${j + 1}`).join('')})`;
  return `(SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM ${sixteen} a CROSS JOIN ${sixteen} b CROSS JOIN ${sixteen} c)`;
}

/**
 * The SQL of `derivedId(prefix, length, <source>)` for dialect `d`: one scalar subquery over the source expression
 * (a column of the row being copied, say).
 * @throws Error for a length outside 1 … 64, or a prefix the dialect cannot quote
 */
export function derivedIdSql(d: Dialect, prefix: string, length: number, source: Sql): Sql {
  checkLength(length);
  const s = d.syntax;
  const hex = s.utf8Hex(source);
  const digits = Array.from({ length }, (_, k) => s.substring(s.literal(ID_ALPHABET), sql`1 + ${digitSum(s, hex, k)} % 36`, 1));
  return sql`(SELECT ${s.concat([s.literal(prefix), ...digits])} FROM ${Sql.verbatim(numbers())} n WHERE n.i <= ${s.length(hex)})`;
}

/**
 * A UUID derived from `text` by four weighted sums over the hexadecimal digits of its UTF-8 bytes (the weights of
 * derivedId's digits 0 … 3): S_k = (Σ_i v_i · w_k(i) + n · D_k) mod P, each written as 8 hexadecimal digits, in UUID
 * form 8-4-4-4-12 with the version nibble 8 (RFC 9562, "custom") and the variant (8, 9, a or b by S_0 mod 4). Four
 * sums, not one per digit: SQLite computes it per row (derivedUuidSql of the SQLite dialect, its uuidFrom), where
 * PostgreSQL and MySQL use MD5. Not a cryptographic hash: two texts agree with probability about 2^-118.
 */
export function derivedUuid(text: string): string {
  const sums = uuidSums(text);
  const h = sums.map((x) => x.toString(16).padStart(8, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${'89ab'[Number(sums[0] % 4n)]}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** The four sums of derivedUuid, each mod P. */
function uuidSums(text: string): bigint[] {
  const hex = Buffer.from(text, 'utf8').toString('hex').toUpperCase().slice(0, MAX_HEX_DIGITS);
  return [0, 1, 2, 3].map((k) => {
    const { a, b, c, d } = constants(k);
    let sum = 0n;
    for (let i = 1; i <= hex.length; i++) sum += BigInt(HEX.indexOf(hex[i - 1])) * ((((BigInt(i) * a + b) % P) * (BigInt(i) + c)) % P);
    return (sum + BigInt(hex.length) * d) % P;
  });
}

/** The constants of derivedUuid's sums (A_k, B_k, C_k, D_k for k = 0 … 3), P, and the hexadecimal digits in order. */
export const UUID_HASH = { P, HEX, lanes: [0, 1, 2, 3].map((k) => constants(k)) };

/** The weighted sum of digit k (`n.i` ranging over the hexadecimal digits `hex`), before any modulus. */
function digitSum(s: DialectSyntax, hex: Sql, k: number): Sql {
  const value = sql`(${s.position(s.substring(hex, Sql.verbatim('n.i'), 1), s.literal(HEX))} - 1)`;
  const { a, b, c, d: dk } = constants(k);
  const weight = sql`(((n.i * ${s.bigint(a)} + ${s.bigint(b)}) % ${s.bigint(P)}) * (n.i + ${s.bigint(c)}) % ${s.bigint(P)})`;
  return sql`(COALESCE(SUM(${value} * ${weight}), 0) + ${s.length(hex)} * ${s.bigint(dk)})`;
}
