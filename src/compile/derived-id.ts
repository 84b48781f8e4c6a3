// Identifiers derived from a text by SQL that every engine runs alike: `prefix` + `length` characters of [0-9a-z],
// the same for the same text on PostgreSQL, MySQL/MariaDB and SQLite (no hash function exists on all of them: the
// Debian sqlite3 and sql.js differ, MySQL's are not PostgreSQL's). A product that mints random ids of that shape
// (AuthHero's `org_` + 17 characters of nanoid's [0-9a-z] alphabet, packages/kysely/src/utils/entity-id.ts) gets ids
// that a re-run of the script finds again and a rollback deletes by.
//
// The text's UTF-8 bytes are read as hexadecimal digits v_1 … v_n (n ≤ 4096, a text of up to 2048 bytes); digit k of
// the id is ALPHABET[(Σ_i (v_i) · w_k(i) + n · D_k) mod 36] with w_k(i) = ((i · A_k + B_k) mod P) · (i + C_k) mod P,
// P = 2^31 − 1. Integer arithmetic stays below 2^63 on every engine. It is not a cryptographic hash, and its digits
// are not independent: each is linear in the v_i mod 36, and w_k(i) is a quadratic in i mod P, so texts whose digits
// differ by -1, +3, -3, +1 at evenly spaced places ('tenant-2959' and 'tenant-3688') agree in far more digits than
// chance gives (measured on 3,000 such pairs: up to 9 of 17 digits, each digit in 1 of 25 to 2 of 5 pairs against 1
// of 36 by chance; digit k agrees when the multiples of P its reductions take off cancel mod 36). The other digits
// still differ: 100,000 sequential texts ('N', 'aN', 't-N', 'orgN', 'tenant-N', 'tenant-0N') gave 100,000 distinct
// ids each, and AuthHero's tenants and Logto's imported ids number far fewer. The ids are kept as they are: databases
// upgraded by the plans hold them and their rollbacks delete by them (authhero 11.20 → 11.21, logto
// 1.41-imported). derivedUuid, whose values must be unique per Keto tuple, mixes its bytes instead.
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
 * A UUID derived from `text`: four 32-bit lanes t_0 … t_3 that take in every UTF-8 byte of the text, each byte x as
 * t_k ← ((xs(t_k, R_k) + x) · M_k) mod 2^32 with xs(t, r) = t XOR (t >> r), from the seeds UUID_MIX.seeds; then each
 * lane, with the byte count n, as xs(((xs(t_k, R_k) + n) mod 2^32 · F) mod 2^32, 16); written as 8 hexadecimal digits
 * each, in UUID form 8-4-4-4-12 with the version nibble 8 (RFC 9562, "custom") and the variant (8, 9, a or b by lane 0
 * mod 4). Every byte changes every later lane state through a multiplication (bits move up) and a shift (bits move
 * down), so no set of byte changes cancels out as it did in the weighted sums of derivedUuidV1 (quadratic weights:
 * changes of -1, +3, -3, +1 at evenly spaced digits cancel, 'tenant-2959' and 'tenant-3688' got one UUID). Lanes below
 * 2^32 plus a byte, times multipliers below 2^31 − 127: every product stays below 2^63, so SQLite's 64-bit integers
 * compute it exactly (derivedUuidSql of the SQLite dialect, its uuidFrom), where PostgreSQL and MySQL use MD5. Not a
 * cryptographic hash: it keeps apart the texts a database holds (60,000 and 300,000 sequential texts of several
 * shapes: every UUID distinct), not texts made to collide.
 */
export function derivedUuid(text: string): string;
/** NULL for NULL (as the SQL of every dialect gives: MD5(NULL) is NULL, derivedUuidSql of NULL too). */
export function derivedUuid(text: string | null): string | null;
export function derivedUuid(text: string | null): string | null {
  return text === null ? null : uuidForm(uuidLanes(Buffer.from(text, 'utf8')));
}

/** The four final lanes of derivedUuid (each below 2^32) for the bytes of a text. */
export function uuidLanes(bytes: Uint8Array): number[] {
  const { seeds, multipliers: m, shifts: r, final: f } = UUID_MIX;
  const t: number[] = [...seeds];
  const xs = (v: number, shift: number) => (v ^ (v >>> shift)) >>> 0;
  // Math.imul multiplies mod 2^32 (its operands taken mod 2^32 too): the low 32 bits of SQLite's exact product.
  for (const x of bytes) for (let k = 0; k < 4; k++) t[k] = Math.imul(xs(t[k], r[k]) + x, m[k]) >>> 0;
  return t.map((v, k) => xs(Math.imul(xs(v, r[k]) + bytes.length, f) >>> 0, 16));
}

/** Four lanes (each below 2^32) in UUID form: version nibble 8, variant 8, 9, a or b by lane 0 mod 4. */
function uuidForm(lanes: number[]): string {
  const h = lanes.map((x) => x.toString(16).padStart(8, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${'89ab'[lanes[0] % 4]}${h.slice(17, 20)}-${h.slice(20)}`;
}

/**
 * The constants of derivedUuid: lane seeds (below 2^32: FNV-1a's offset basis, the golden ratio's 0x9e3779b9,
 * MurmurHash3's two fmix constants), per-byte multipliers M_k and the final multiplier F (odd, below 2^31 − 127), and
 * shifts R_k. A lane's quality depends on its M_k and R_k together: some pairs (FNV's prime with 15, for one) let
 * 300,000 sequential texts collide in that lane 3 to 10 times as often as chance (about 10 times: a lane is 32 bits);
 * these pairs were measured on five such sets ('tenant-N', 'N', 'fileN', Keto-like 'N:…', zero-padded 'uNNNNNNNNNN'):
 * at most 13 collisions in a lane (test/derived-id.test.ts). Uniqueness rests on the four lanes together.
 */
export const UUID_MIX = {
  seeds: [0x811c9dc5, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35],
  multipliers: [0x3243f6a9, 0x6c8e9cf5, 0x27d4eb2d, 0x165667b1],
  shifts: [15, 13, 16, 11],
  final: 0x7feb352d,
} as const;

/**
 * The UUID the compiler derived from `text` on SQLite before derivedUuid (databases it upgraded hold it: a rollback
 * accepts it too, uuidFromEarlier of the SQLite dialect): four weighted sums over the hexadecimal digits of the text's
 * UTF-8 bytes (its first MAX_HEX_DIGITS), S_k = (Σ_i v_i · w_k(i) + n · D_k) mod P with derivedId's weights w_k of
 * digits 0 … 3, in the UUID form of derivedUuid (variant by S_0 mod 4). Weak: w_k is a quadratic in i mod P, so changes
 * of -1, +3, -3, +1 at evenly spaced digits cancel in all four sums ('tenant-2959' and 'tenant-3688' agree); 5,000
 * sequential Keto tuples got 3,677 to 4,086 distinct UUIDs. Kept only to recognise what it wrote.
 */
export function derivedUuidV1(text: string): string {
  const hex = Buffer.from(text, 'utf8').toString('hex').toUpperCase().slice(0, MAX_HEX_DIGITS);
  const sums = [0, 1, 2, 3].map((k) => {
    const { a, b, c, d } = constants(k);
    let sum = 0n;
    for (let i = 1; i <= hex.length; i++) sum += BigInt(HEX.indexOf(hex[i - 1])) * ((((BigInt(i) * a + b) % P) * (BigInt(i) + c)) % P);
    return (sum + BigInt(hex.length) * d) % P;
  });
  return uuidForm(sums.map(Number));
}

/** The constants of derivedUuidV1's sums (A_k, B_k, C_k, D_k for k = 0 … 3), P, and the hexadecimal digits in order. */
export const UUID_V1_HASH = { P, HEX, lanes: [0, 1, 2, 3].map((k) => constants(k)) };

/** The weighted sum of digit k (`n.i` ranging over the hexadecimal digits `hex`), before any modulus. */
function digitSum(s: DialectSyntax, hex: Sql, k: number): Sql {
  const value = sql`(${s.position(s.substring(hex, Sql.verbatim('n.i'), 1), s.literal(HEX))} - 1)`;
  const { a, b, c, d: dk } = constants(k);
  const weight = sql`(((n.i * ${s.bigint(a)} + ${s.bigint(b)}) % ${s.bigint(P)}) * (n.i + ${s.bigint(c)}) % ${s.bigint(P)})`;
  return sql`(COALESCE(SUM(${value} * ${weight}), 0) + ${s.length(hex)} * ${s.bigint(dk)})`;
}
