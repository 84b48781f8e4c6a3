// Issue #12: ids derived from a text by SQL that every engine runs alike (src/compile/derived-id.ts), e.g. AuthHero's
// organization ids `org_` + 17 characters of [0-9a-z] derived from a tenant id: the same on sql.js, the sqlite3
// client, PGlite, PostgreSQL and MariaDB, and equal to the JavaScript reference; `now` as ISO 8601 text on each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { derivedId, derivedIdSql, derivedUuid, derivedUuidV1, UUID_MIX, uuidLanes } from '../src/compile/derived-id.js';
import { getDialect } from '../src/dialects/index.js';
import { Sql } from '../src/compile/sql.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines, describeSqliteClient } from './helpers/servers.js';

// Tenant ids as AuthHero databases hold them, and texts that try the byte handling: multi-byte and 4-byte
// characters, a quote, a text longer than a varchar(255) of ASCII, the empty text.
const TEXTS = ['main', 'tenant-a', 'breakit', 'Ünïcødé ✓ 𝄞', "O'Brien", 'x'.repeat(300), ''];

describe('the JavaScript reference', () => {
  it('has the shape AuthHero mints: prefix + 17 of [0-9a-z]', () => {
    for (const t of TEXTS) expect(derivedId('org_', 17, t)).toMatch(/^org_[0-9a-z]{17}$/);
  });
  it('is stable (these ids are in the README and in databases upgraded by the plans)', () => {
    expect(derivedId('org_', 17, 'main')).toBe('org_go13p2ye557xv22nx');
    expect(derivedId('org_', 17, 'tenant-a')).toBe('org_chzxuskrwf2mdomlf');
  });
  it('tells apart texts that differ in one character, in their order, or in their length', () => {
    const ids = new Set(['tenant-a', 'tenant-b', 'tenanta-', 'atenant-', 'tenant-a ', 'tenant-aa', 'TENANT-A'].map((t) => derivedId('org_', 17, t)));
    expect(ids.size).toBe(7);
  });
  it('derivedUuid: UUID form with version 8 and the RFC variant; stable; tells apart near texts', () => {
    for (const t of TEXTS) expect(derivedUuid(t)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedUuid('1:14:view4:anne')).toBe(derivedUuid('1:14:view4:anne'));
    expect(new Set(['tenant-a', 'tenant-b', 'tenanta-', 'atenant-', 'tenant-a ', 'tenant-aa', 'TENANT-A'].map(derivedUuid)).size).toBe(7);
  });
  it('derivedId (kept: databases hold its ids) tells apart the pair derivedUuidV1 confused, and 100,000 sequential tenant ids', () => {
    // Its digits are linear mod 36 with quadratic weights (derived-id.ts): such pairs agree in several digits, not all.
    expect(derivedId('org_', 17, 'tenant-2959')).toBe('org_wpqnf56ubkk7huizh');
    expect(derivedId('org_', 17, 'tenant-3688')).toBe('org_wpqnympdb3io2u11y');
    for (const text of [(i: number) => `tenant-${i}`, (i: number) => `${i}`]) {
      expect(new Set(Array.from({ length: 100_000 }, (_, i) => derivedId('org_', 17, text(i)))).size, text(7)).toBe(100_000);
    }
  });
  it('derivedUuid of NULL is NULL (as MD5(NULL) on PostgreSQL and MySQL), not the UUID of the empty text', () => {
    expect(derivedUuid(null)).toBeNull();
    expect(derivedUuid('')).toMatch(/^[0-9a-f]{8}-/);
  });
  it('derivedUuid keeps apart texts the first scheme (derivedUuidV1, quadratic weights) gave one UUID', () => {
    // Digits changed by -1, +3, -3, +1 at evenly spaced places cancel in every weighted sum of the first scheme.
    expect(derivedUuidV1('tenant-2959')).toBe(derivedUuidV1('tenant-3688'));
    expect(derivedUuidV1('file2959')).toBe(derivedUuidV1('file3688'));
    expect(derivedUuid('tenant-2959')).not.toBe(derivedUuid('tenant-3688'));
    expect(derivedUuid('file2959')).not.toBe(derivedUuid('file3688'));
  });
  it('derivedUuidV1 is the first scheme as it was (databases upgraded by its scripts hold these); derivedUuid is stable', () => {
    expect(derivedUuidV1('tenant-2959')).toBe('5980cab7-6de2-8f85-b1c4-82252160efa4');
    expect(derivedUuidV1('1:14:view4:anne')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedUuid('tenant-2959')).toBe('cb812198-d4ea-8c42-871e-5f4a6e4ba2dd');
    expect(derivedUuid('')).toBe('b4a8ffe4-520d-8057-8c52-c5d23d99b579');
  });
  it('derivedUuid: 60,000 sequential Keto tuples, and 60,000 tenant-N, get 60,000 distinct UUIDs each', () => {
    const at = '2021-06-23 16:24:17';
    const tuple = (i: number) => [String(1 + (i % 3)), `file${i}`, 'view', i % 4 === 0 ? `groups:g${i}#member` : `user${i}`, at].map((p) => `${[...p].length}:${p}`).join('');
    for (const text of [tuple, (i: number) => `tenant-${i}`, (i: number) => `files:file${i}#view@user${i}`]) {
      expect(new Set(Array.from({ length: 60_000 }, (_, i) => derivedUuid(text(i)))).size, text(7)).toBe(60_000);
    }
  });
  it('derivedUuid: no lane of 300,000 sequential texts of five shapes collides much more often than chance (about 10)', () => {
    const shapes = [(i: number) => `tenant-${i}`, (i: number) => `${i}`, (i: number) => `file${i}`, (i: number) => `1:1${String(i).length + 4}:file${i}4:view`, (i: number) => `u${String(i).padStart(10, '0')}`];
    for (const shape of shapes) {
      const lanes = [new Set<number>(), new Set<number>(), new Set<number>(), new Set<number>()];
      const all = new Set<string>();
      for (let i = 0; i < 300_000; i++) {
        const l = uuidLanes(Buffer.from(shape(i), 'utf8'));
        l.forEach((v, k) => lanes[k].add(v));
        all.add(l.join(','));
      }
      expect(all.size, shape(7)).toBe(300_000);
      for (const lane of lanes) expect(300_000 - lane.size, shape(7)).toBeLessThanOrEqual(20);
    }
  });
  it('UUID_MIX: every product the SQLite SQL forms stays below 2^63 (else SQLite turns it into a REAL, silently)', () => {
    // derivedUuidSql's products: per byte (xs(t, R_k) + b) · M_k with xs(t, R_k) < 2^32 and a byte b ≤ 255; at the end
    // z · F with z = (xs(t, R_k) + n) mod 2^32 < 2^32. The bounds in BigInt, exact: a constant changed to F ≥ 2^31 or
    // M_k ≥ 2^31 − 127 fails here, not on a database as a float.
    const limit = 2n ** 63n;
    const lane = 2n ** 32n - 1n;
    for (const s of UUID_MIX.seeds) expect(BigInt(s)).toBeLessThanOrEqual(lane);
    for (const m of UUID_MIX.multipliers) expect((lane + 255n) * BigInt(m), `M = ${m}`).toBeLessThan(limit);
    expect(lane * BigInt(UUID_MIX.final), `F = ${UUID_MIX.final}`).toBeLessThan(limit);
    // The lanes and sums are integers: every constant is one, below 2^32, and the shifts move bits within 32.
    for (const v of [...UUID_MIX.seeds, ...UUID_MIX.multipliers, UUID_MIX.final]) expect(Number.isSafeInteger(v) && v >= 0 && v < 2 ** 32, String(v)).toBe(true);
    for (const r of UUID_MIX.shifts) expect(Number.isInteger(r) && r > 0 && r < 32, String(r)).toBe(true);
  });
  it('refuses a length outside 1 … 64', () => {
    expect(() => derivedId('org_', 0, 'x')).toThrow(/1 to 64/);
    expect(() => derivedIdSql(getDialect('sqlite'), 'org_', 65, getDialect('sqlite').syntax.literal('x'))).toThrow(/1 to 64/);
  });
});

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

await describeEngines('postgres', (e) => engineCases(e.dialect, e.title, e.url));
await describeEngines('mysql', (e) => engineCases(e.dialect, e.title, e.url));
await describeEngines('sqlite', (e) => engineCases(e.dialect, e.title, e.url));

function engineCases(dialect: DialectName, title: string, url: string | undefined): void {
  describe(title, () => {
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch(dialect, { url });
    });
    afterAll(async () => s?.close());
    it('computes the reference id of every text', async () => {
      const d = getDialect(dialect);
      for (const t of TEXTS) {
        const [row] = await s.query<{ id: unknown }>(`SELECT ${derivedIdSql(d, 'org_', 17, d.syntax.literal(t)).text} AS id`);
        expect(String(row.id), JSON.stringify(t)).toBe(derivedId('org_', 17, t));
      }
    });
    it('uuidFrom: a UUID of the text, the same on every run (PostgreSQL, MySQL: the MD5 of its UTF-8 bytes; SQLite: derivedUuid)', async () => {
      const d = getDialect(dialect);
      for (const t of [...TEXTS, 'y'.repeat(3000)]) {
        const [row] = await s.query<{ id: unknown }>(`SELECT ${d.syntax.uuidFrom(d.syntax.literal(t)).text} AS id`);
        const md5 = createHash('md5').update(t, 'utf8').digest('hex');
        const want = dialect === 'sqlite' ? derivedUuid(t) : `${md5.slice(0, 8)}-${md5.slice(8, 12)}-${md5.slice(12, 16)}-${md5.slice(16, 20)}-${md5.slice(20)}`;
        expect(String(row.id), JSON.stringify(t)).toBe(want);
      }
    });
    it('uuidFrom of a NULL text is NULL, a literal NULL and a NULL column beside a text (review: SQLite gave the UUID of the empty text)', async () => {
      const d = getDialect(dialect);
      const [lit] = await s.query<{ id: unknown }>(`SELECT ${d.syntax.uuidFrom(Sql.verbatim('NULL')).text} AS id`);
      expect(lit.id).toBeNull();
      const rows = await s.query<{ k: unknown; id: unknown }>(`SELECT r.k, ${d.syntax.uuidFrom(Sql.verbatim('r.c')).text} AS id FROM (SELECT 1 AS k, NULL AS c UNION ALL SELECT 2, 'main') r ORDER BY r.k`);
      const md5 = createHash('md5').update('main', 'utf8').digest('hex');
      const main = dialect === 'sqlite' ? derivedUuid('main') : `${md5.slice(0, 8)}-${md5.slice(8, 12)}-${md5.slice(12, 16)}-${md5.slice(16, 20)}-${md5.slice(20)}`;
      expect(rows.map((r) => (r.id === null ? null : String(r.id)))).toEqual([null, main]);
    });
    if (dialect === 'sqlite') {
      it('uuidFrom equals derivedUuid, and uuidFromEarlier derivedUuidV1, over arbitrary Unicode texts (empty, astral, NUL)', async () => {
        const d = getDialect('sqlite');
        // The text as SQLite holds it: its UTF-8 bytes as a blob cast to text (a literal cannot hold a NUL).
        const check = async (t: string) => {
          const text = Sql.verbatim(`CAST(X'${Buffer.from(t, 'utf8').toString('hex')}' AS TEXT)`);
          const [row] = await s.query<{ a: unknown; b: unknown }>(`SELECT ${d.syntax.uuidFrom(text).text} AS a, ${d.syntax.uuidFromEarlier!(text)[0].text} AS b`);
          expect([String(row.a), String(row.b)], JSON.stringify(t)).toEqual([derivedUuid(t), derivedUuidV1(t)]);
        };
        for (const t of ['', '\0', 'a\0b', '\0\0', '𝄞', 'tenant-2959', 'tenant-3688']) await check(t);
        await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), check), { numRuns: 300, seed: 18 });
      });
    }
    it('writes now as ISO 8601 UTC with milliseconds', async () => {
      const d = getDialect(dialect);
      const [row] = await s.query<{ t: unknown }>(`SELECT ${d.syntax.nowIso().text} AS t`);
      expect(String(row.t)).toMatch(ISO);
      expect(Math.abs(Date.parse(String(row.t)) - Date.now())).toBeLessThan(120_000);
    });
  });
}

describeSqliteClient('the sqlite3 client (Debian)', () => {
  it('computes the reference id of every text', () => {
    const d = getDialect('sqlite');
    const script = TEXTS.map((t) => `SELECT ${derivedIdSql(d, 'org_', 17, d.syntax.literal(t)).text};`).join('\n');
    const out = execFileSync('sqlite3', ['-bail', ':memory:'], { input: script, encoding: 'utf8' }).trim().split('\n');
    expect(out).toEqual(TEXTS.map((t) => derivedId('org_', 17, t)));
  });
  it('computes the reference UUID of every text (uuidFrom)', () => {
    const d = getDialect('sqlite');
    const script = TEXTS.map((t) => `SELECT ${d.syntax.uuidFrom(d.syntax.literal(t)).text};`).join('\n');
    const out = execFileSync('sqlite3', ['-bail', ':memory:'], { input: script, encoding: 'utf8' }).trim().split('\n');
    expect(out).toEqual(TEXTS.map((t) => derivedUuid(t)));
  });
  it('uuidFrom of NULL is NULL (review: hex(NULL) is the empty text, whose UUID it gave)', () => {
    const d = getDialect('sqlite');
    const script = `SELECT quote(${d.syntax.uuidFrom(Sql.verbatim('NULL')).text});\nSELECT quote(${d.syntax.uuidFrom(Sql.verbatim('r.c')).text}) FROM (SELECT 1 AS k, NULL AS c UNION ALL SELECT 2, 'main') r ORDER BY r.k;`;
    const out = execFileSync('sqlite3', ['-bail', ':memory:'], { input: script, encoding: 'utf8' }).trim().split('\n');
    expect(out).toEqual(['NULL', 'NULL', `'${derivedUuid('main')}'`]);
  });
  it('uuidFrom equals derivedUuid over arbitrary Unicode texts (empty, astral, NUL)', () => {
    const d = getDialect('sqlite');
    const texts = ['', '\0', 'a\0b', ...fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), { numRuns: 300, seed: 18 })];
    const script = texts.map((t) => `SELECT ${d.syntax.uuidFrom(Sql.verbatim(`CAST(X'${Buffer.from(t, 'utf8').toString('hex')}' AS TEXT)`)).text};`).join('\n');
    const out = execFileSync('sqlite3', ['-bail', ':memory:'], { input: script, encoding: 'utf8' }).trim().split('\n');
    expect(out).toEqual(texts.map((t) => derivedUuid(t)));
  });
});
