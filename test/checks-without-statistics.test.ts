// The Keto 0.7 → 0.6 rollback on PostgreSQL 15 with no table statistics (a database just restored or loaded, before
// autovacuum analyzed it) took 154 s for 10,000 tuples; after ANALYZE, 0.1 s (bench/RESULTS.md, stop 36). Its
// check that the legacy tables hold no row keto_relation_tuples no longer has (refuse_deleted) was a NOT EXISTS per
// legacy row, which PostgreSQL turned into an anti join; without statistics it estimated the legacy rows its filter
// keeps at a handful and ran a nested loop over all of keto_relation_tuples for each one, the derived shard_id (md5
// of the tuple) in the Join Filter: quadratic. The check now compares the two key sets (DialectRules.compareKeySets).
// Here, on the reproduction's database (tuples in namespace 1, the 0.6 → 0.7 upgrade, no ANALYZE): that no check of
// the rollback is planned as a nested loop with the derived key in its join filter, that the tables had no
// statistics when planned, and that the rollback still applies (its checks true) and still stops, naming the
// rows, when a tuple was deleted under 0.7.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const params = ['namespaces=files:1,groups:2'];
const script = (from: string, to: string) => compile({ product: 'keto', from, to, dialect: 'postgres', params }).sql;
const FILES = 'keto_0000000001_relation_tuples';
const TUPLES = 2000;

/** The conditions of the script's checks: each `IF NOT (<condition>) THEN` on one line, with the table its stop names. */
function checks(down: string): { stops: string; condition: string; message: string }[] {
  const lines = down.split('\n');
  const out: { stops: string; condition: string; message: string }[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*IF NOT \((.*)\) THEN$/.exec(line);
    const stop = /RAISE EXCEPTION '%', ('plan stopped: (\S+) holds rows.*)$/.exec(lines[i + 1] ?? '');
    if (m && stop) out.push({ stops: stop[2], condition: m[1], message: stop[1] });
  });
  return out;
}

interface PlanNode {
  'Node Type': string;
  'Join Filter'?: string;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  Plans?: PlanNode[];
}
/** Every node of an EXPLAIN (FORMAT JSON) plan, depth first. */
function nodes(n: PlanNode): PlanNode[] {
  return [n, ...(n.Plans ?? []).flatMap(nodes)];
}

await describeEngines('postgres', (e) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await openScratch('postgres', e.url ? { url: e.url } : {});
    await s.execScript(script('0', '0.6'));
    // autovacuum's ANALYZE would give the tables statistics: off for these (the check below says none were taken).
    await s.execStatements([
      `ALTER TABLE ${FILES} SET (autovacuum_enabled = off)`,
      `INSERT INTO ${FILES} SELECT '', 'obj' || g, 'viewer', 'user' || g, '2021-01-01 00:00:00' FROM generate_series(1, ${TUPLES}) g`,
    ]);
    await s.execScript(script('0.6', '0.7'));
    await s.execStatements(['ALTER TABLE keto_relation_tuples SET (autovacuum_enabled = off)']);
  }, 600_000);
  afterAll(() => s?.close());

  it('no check of the 0.7 → 0.6 rollback is a nested loop with the derived shard_id in its join filter, without statistics', async () => {
    const found = checks(script('0.7', '0.6'));
    // refuse_uncopied (keto_relation_tuples), then refuse_deleted for each legacy table.
    expect(found.map((c) => c.stops)).toEqual(['keto_relation_tuples', FILES, 'keto_0000000002_relation_tuples']);
    for (const { stops, condition } of found) {
      const [{ 'QUERY PLAN': plan }] = await s.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (COSTS OFF, FORMAT JSON) SELECT ${condition}`);
      const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
      const loops = nodes(parsed[0].Plan).filter((n) => n['Node Type'] === 'Nested Loop' && /md5/.test(n['Join Filter'] ?? ''));
      expect(loops, `the check of ${stops}: ${JSON.stringify(parsed[0].Plan)}`).toEqual([]);
    }
    const [{ n }] = await s.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename IN ('${FILES}', 'keto_relation_tuples')`,
    );
    expect(n).toBe(0);
  }, 600_000);

  // The rollback's first check (refuse_uncopied: keto_relation_tuples holds only rows the copies give) was
  // COALESCE((dst.shard_id) IN (SELECT <derived> …), FALSE) per copy, a SubPlan. PostgreSQL hashes its set only when
  // it estimates the set fits in work_mem (times hash_mem_multiplier), and a hashed SubPlan does not spill; otherwise
  // it rescans the set for every target row: quadratic (300,000 tuples after ANALYZE at work_mem 64kB: cancelled
  // after 60 s; at 4MB in the review's reproduction; bench/RESULTS.md, stop 36). Here, 2,000 tuples, the old plan
  // was a hashed SubPlan (the set estimated small); this checks that the check has no SubPlan at all: it now groups
  // the target's rows with the copies' rows (DialectRules.compareKeySets), aggregates that spill.
  it('the refuse_uncopied check of the 0.7 → 0.6 rollback is no SubPlan or nested loop at work_mem 64kB, with or without statistics; a tuple written under 0.7 still stops it, named', async () => {
    const down = script('0.7', '0.6');
    const uncopied = checks(down).filter((c) => /^'plan stopped: keto_relation_tuples holds rows that none of the 0\.6 → 0\.7 copies into it gives/.test(c.message));
    expect(uncopied.map((c) => c.stops)).toEqual(['keto_relation_tuples']);
    for (const statistics of [false, true]) {
      if (statistics) await s.execStatements([`ANALYZE ${FILES}`, 'ANALYZE keto_0000000002_relation_tuples', 'ANALYZE keto_relation_tuples']);
      const [{ n }] = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename IN ('${FILES}', 'keto_relation_tuples')`);
      expect(n > 0).toBe(statistics);
      for (const { condition } of uncopied) {
        // The scratch's one session: SET holds for the two queries after it.
        await s.execStatements([`SET work_mem = '64kB'`]);
        const [{ 'QUERY PLAN': plan }] = await s.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (COSTS OFF, FORMAT JSON) SELECT ${condition}`);
        const [{ ok }] = await s.query<{ ok: boolean }>(`SELECT ${condition} AS ok`);
        await s.execStatements(['RESET work_mem']);
        const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
        // No SubPlan at all: a hashed one is chosen by the set's estimated size and does not spill; a plain one is
        // rescanned for each row (EXPLAIN's JSON names both "SubPlan n"). Nor a nested loop.
        const rescans = nodes(parsed[0].Plan).filter((x) => x['Node Type'] === 'Nested Loop' || x['Parent Relationship'] === 'SubPlan');
        expect(rescans, `statistics ${statistics}: ${JSON.stringify(parsed[0].Plan)}`).toEqual([]);
        expect(ok).toBe(true);
      }
    }
    const written = "('00000000-0000-4000-8000-0000000000aa', '6b65746f-0000-4000-8000-000000000001', 1, 'written', 'viewer', 'user-0.7', NULL, NULL, NULL, '2022-01-01 00:00:00')";
    await s.execStatements([`INSERT INTO keto_relation_tuples VALUES ${written}`]);
    const err = await s.execScript(down).then(() => undefined, (x: Error) => x);
    expect(err?.message).toContain(
      `plan stopped: keto_relation_tuples holds rows that none of the 0.6 → 0.7 copies into it gives (written since the upgrade): this rollback would drop them with keto_relation_tuples; keep them elsewhere and delete them, or restore the backup taken before the upgrade (the first of them by (shard_id, nid): ('00000000-0000-4000-8000-0000000000aa', '6b65746f-0000-4000-8000-000000000001'))`,
    );
    await s.execStatements([`DELETE FROM keto_relation_tuples WHERE shard_id = '00000000-0000-4000-8000-0000000000aa'`]);
  }, 600_000);

  it('a tuple deleted under 0.7 still stops the rollback, named; with it deleted from the legacy table too, the rollback applies', async () => {
    await s.execStatements([`DELETE FROM keto_relation_tuples WHERE object IN ('obj7', 'obj1500')`]);
    const err = await s.execScript(script('0.7', '0.6')).then(() => undefined, (x: Error) => x);
    expect(err?.message).toMatch(/plan stopped: keto_0000000001_relation_tuples holds rows that the 0\.6 → 0\.7 copy wrote into keto_relation_tuples and that keto_relation_tuples no longer has/);
    expect(err?.message).toMatch(/\(the first of them by \(shard_id, object, relation, subject, commit_time\): \('', 'obj1500', 'viewer', 'user1500', '2021-01-01 00:00:00'\), \('', 'obj7', 'viewer', 'user7', '2021-01-01 00:00:00'\)\)/);
    await s.execStatements([`DELETE FROM ${FILES} WHERE object IN ('obj7', 'obj1500')`]);
    await s.execScript(script('0.7', '0.6'));
    expect((await s.rows(FILES)).length).toBe(TUPLES - 2);
    expect((await s.catalog()).some((l) => /\bketo_relation_tuples\b/.test(l))).toBe(false);
  }, 600_000);
});
