// Keto 0.6 → 0.7 on SQLite derives each moved tuple's shard_id from the tuple (derivedUuid of
// src/compile/derived-id.ts, the SQLite dialect's uuidFrom). The first scheme, weighted sums with weights quadratic in
// the position, gave one UUID to texts such as 'tenant-2959' and 'tenant-3688', so 5,000 sequential tuples got fewer
// than 5,000 ids and the move stopped on the primary key (shard_id, nid). Here: the move of 6,000 sequential tuples
// (sql.js, the SQLite the project runs) gives 6,000 distinct ids, each the JavaScript reference's; and the rollback
// still recognises a database the first scheme's script upgraded (its ids are derivedUuidV1's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { derivedUuid, derivedUuidV1 } from '../src/compile/derived-id.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';

afterAll(() => closeAllScratches());

const NAMESPACES = 'files:1,groups:2,folders:3';
const NETWORK = '6b65746f-0000-4000-8000-000000000001';
const script = (from: string, to: string) => compile({ product: 'keto', from, to, dialect: 'sqlite', params: [`namespaces=${NAMESPACES}`] }).sql;
const table = (ns: number) => `keto_${String(ns).padStart(10, '0')}_relation_tuples`;
const AT = '2021-06-23 16:24:17';

/** Tuple i of a namespace as Keto v0.6 stores it: file<i> / view / user<i>, every third a subject set groups:g<i>#member. */
const tuple = (i: number) => ({ object: `file${i}`, relation: 'view', subject: i % 3 === 0 ? `groups:g${i}#member` : `user${i}` });

/** The text the move derives a tuple's shard_id from: namespace id, object, relation, subject, commit time, each length-prefixed. */
const text = (ns: number, t: { object: string; relation: string; subject: string }) =>
  [String(ns), t.object, t.relation, t.subject, AT].map((p) => `${[...p].length}:${p}`).join('');

/** A database at 0.6 with counts[k] sequential tuples (i = 0, 1, …) in namespace k + 1 (one INSERT per table). */
async function at06(counts: number[]): Promise<Scratch> {
  const s = await openScratch('sqlite', {});
  await s.execScript(script('0', '0.6'));
  await s.execStatements(
    counts.map(
      (count, k) =>
        `INSERT INTO ${table(k + 1)} (shard_id, object, relation, subject, commit_time) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${count - 1}) ` +
        `SELECT 'default', 'file' || i, 'view', CASE WHEN i % 3 = 0 THEN 'groups:g' || i || '#member' ELSE 'user' || i END, '${AT}' FROM n`,
    ),
  );
  return s;
}

describe('keto 0.6 → 0.7 on SQLite: 6,000 sequential tuples', () => {
  // 5,000 in files (file0 … file4999: 4-digit numbers, where the first scheme's collisions are), 500 in each other.
  const COUNTS = [5000, 500, 500];
  const TOTAL = 6000;
  let s: Scratch;
  beforeAll(async () => {
    s = await at06(COUNTS);
  }, 600_000);
  afterAll(() => s?.close());

  it('the first scheme gave these tuples colliding ids (the fault: the move stopped on the primary key)', () => {
    const texts = COUNTS.flatMap((count, k) => Array.from({ length: count }, (_, i) => text(k + 1, tuple(i))));
    expect(texts.length).toBe(TOTAL);
    expect(new Set(texts.map(derivedUuidV1)).size).toBe(4677);
    expect(new Set(texts.map(derivedUuid)).size).toBe(TOTAL);
  });

  it('up moves every tuple, each with a distinct shard_id equal to the JavaScript reference', async () => {
    await s.execScript(script('0.6', '0.7'));
    const rows = await s.query<{ shard_id: string; namespace_id: number; object: string; relation: string; subject_id: string | null; subject_set_object: string | null; subject_set_relation: string | null }>(
      'SELECT shard_id, namespace_id, object, relation, subject_id, subject_set_object, subject_set_relation FROM keto_relation_tuples',
    );
    expect(rows.length).toBe(TOTAL);
    expect(new Set(rows.map((r) => r.shard_id)).size).toBe(TOTAL);
    for (const r of rows) {
      const subject = r.subject_id ?? `groups:${r.subject_set_object}#${r.subject_set_relation}`;
      expect(r.shard_id).toBe(derivedUuid(text(Number(r.namespace_id), { object: r.object, relation: r.relation, subject })));
    }
  }, 600_000);

  it('the rollback looks the 6,000 tuples up as one set (an EXISTS per tuple took hours) and restores 0.6', async () => {
    const started = Date.now();
    await s.execScript(script('0.7', '0.6'));
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(await s.query(`SELECT name FROM sqlite_schema WHERE name IN ('keto_relation_tuples', 'networks')`)).toEqual([]);
  }, 600_000);
});

describe('keto 0.7 → 0.6 on SQLite after an upgrade by the first scheme', () => {
  const PER = 1000;
  let s: Scratch;
  beforeAll(async () => {
    s = await at06([PER, PER, PER]);
    await s.execScript(script('0.6', '0.7'));
    // What the first scheme's script wrote: the same rows, each shard_id derivedUuidV1 of its text (these 3,000 texts
    // do not collide under it, so that script completed on them).
    const rows = await s.query<{ shard_id: string; namespace_id: number; object: string; relation: string; subject_id: string | null; subject_set_object: string | null; subject_set_relation: string | null }>(
      'SELECT shard_id, namespace_id, object, relation, subject_id, subject_set_object, subject_set_relation FROM keto_relation_tuples',
    );
    const old = rows.map((r) => ({ now: r.shard_id, then: derivedUuidV1(text(Number(r.namespace_id), { object: r.object, relation: r.relation, subject: r.subject_id ?? `groups:${r.subject_set_object}#${r.subject_set_relation}` })) }));
    expect(new Set(old.map((o) => o.then)).size).toBe(rows.length);
    await s.execStatements(old.map((o) => `UPDATE keto_relation_tuples SET shard_id = '${o.then}' WHERE shard_id = '${o.now}'`));
  }, 600_000);
  afterAll(() => s?.close());

  it('a tuple neither scheme gives still stops the rollback before any change', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    await s.execStatements([`INSERT INTO keto_relation_tuples (shard_id, nid, namespace_id, object, relation, subject_id, commit_time) VALUES ('${id}', '${NETWORK}', 1, 'new.pdf', 'view', 'eve', '${AT}')`]);
    const before = await s.catalog();
    await expect(s.execScript(script('0.7', '0.6'))).rejects.toThrow(/plan stopped: keto_relation_tuples holds rows that none of the/);
    expect(await s.catalog()).toEqual(before);
    await s.execStatements([`DELETE FROM keto_relation_tuples WHERE shard_id = '${id}'`]);
  }, 600_000);

  it('the rollback accepts the first scheme’s ids and restores 0.6', async () => {
    await s.execScript(script('0.7', '0.6'));
    expect(await s.query(`SELECT name FROM sqlite_schema WHERE name IN ('keto_relation_tuples', 'networks')`)).toEqual([]);
    const [{ n }] = await s.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${table(1)}`);
    expect(Number(n)).toBe(PER);
  }, 600_000);
});
