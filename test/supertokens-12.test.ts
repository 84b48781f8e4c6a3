// Issue #11: SuperTokens core 11.4 → 12.0 (the schema rework and activity_log) and 12.0 → 12.1 (12.0.9/12.0.10
// indexes, 12.1.0 session_info columns and oauth_m2m_token_stats, the 12.1.1 search indexes), PostgreSQL only.
// Where upstream's published SQL (test/fixtures/upstream-supertokens-12/, copied verbatim, sources in its README)
// goes wrong, and that ours does not; that the upgraded 12.0 is the fresh install (facts/catalogs/pg-12.0.catalog)
// and the upgraded 12.1 is the 12.0 facts plus the 12.1 changes (facts/catalogs/pg-12.1.predicted.catalog: no
// public plugin exists for 12.1, facts/core-12.1.md); and that databases the core itself brought part of the way
// (12.0.10's indexes, 12.1.0's columns, its monthly activity_log partitions) upgrade too. PGlite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';

afterAll(closeAllScratches);

const upstream = (file: string) => readFileSync(new URL(`./fixtures/upstream-supertokens-12/${file}`, import.meta.url), 'utf8');
const product = loadProduct('supertokens');
const factsFile = (file: string) => readFileSync(join(product.dir, 'facts', 'catalogs', file), 'utf8').split('\n').filter(Boolean).sort();
const FACTS_12_0 = factsFile('pg-12.0.catalog');
const PREDICTED_12_1 = factsFile('pg-12.1.predicted.catalog');
const script = (from: string, to: string) => compile({ product: 'supertokens', from, to, dialect: 'postgres' }).sql;
const sorted = async (s: Scratch) => [...(await s.catalog())].sort();
/** Upstream's statements one at a time, as psql without ON_ERROR_STOP runs a file: each error is kept. */
async function runEach(s: Scratch, text: string): Promise<string[]> {
  const errors: string[] = [];
  const statements = text.split('\n').filter((l) => !l.trimStart().startsWith('--')).join('\n').split(';').map((x) => x.trim()).filter(Boolean);
  for (const st of statements) await s.execStatements([st]).catch((e: Error) => errors.push(e.message.split('\n')[0]));
  return errors;
}
async function at(version: string): Promise<Scratch> {
  const s = await openScratch('postgres', {});
  await s.execScript(script('0', version));
  return s;
}
const invalidate = (s: Scratch, index: string) => s.execStatements([`UPDATE pg_index SET indisvalid = false WHERE indexrelid = to_regclass('${index}')`]);
const validity = async (s: Scratch, index: string) => (await s.query<{ v: boolean }>(`SELECT indisvalid AS v FROM pg_index WHERE indexrelid = to_regclass('${index}')`))[0]?.v;
const T = { timeout: 300_000 };

describe('11.4 → 12.0', () => {
  it('the script is in two parts, a transaction and the concurrent builds, and says so', () => {
    const sql = script('11.4', '12.0');
    expect(sql).toMatch(/-- The script runs in 2 parts, in order: 1\. in a transaction: [^\n]*; 2\. outside any transaction, from "11\.4 → 12\.0 · create index app_id_to_user_id_pagination_index1 on app_id_to_user_id concurrently"\./);
    expect(sql).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS app_id_to_user_id_pagination_index1 ON app_id_to_user_id (app_id, primary_or_recipe_user_time_joined DESC, primary_or_recipe_user_id DESC);');
    expect(sql).toContain(') PARTITION BY RANGE (created_at);');
    expect(sql).toContain('CREATE TABLE activity_log_default PARTITION OF activity_log DEFAULT;');
  });

  it('upgraded from 11.4, the schema is the fresh 12.0 install; a second run executes nothing', T, async () => {
    const s = await at('11.4');
    await s.execScript(script('11.4', '12.0'));
    expect(await sorted(s)).toEqual(FACTS_12_0);
    await s.execScript(script('11.4', '12.0'));
    expect(await sorted(s)).toEqual(FACTS_12_0);
  });

  it("an INVALID pagination index (a concurrent build that failed) stays INVALID under upstream's IF NOT EXISTS; ours rebuilds it", T, async () => {
    const s = await at('11.4');
    const rework = upstream('core-12.0.0-schema-rework.pg.sql');
    // Upstream's block has a bare COMMIT between the transactional DDL and the concurrent builds.
    // (Run a statement at a time, the bare COMMIT is only a warning.)
    expect(await runEach(s, rework)).toEqual([]);
    await invalidate(s, 'app_id_to_user_id_pagination_index2');
    expect(await validity(s, 'app_id_to_user_id_pagination_index2')).toBe(false);
    await runEach(s, rework);
    expect(await validity(s, 'app_id_to_user_id_pagination_index2')).toBe(false);
    await runEach(s, upstream('core-12.0.3-activity-log.pg.sql'));
    expect(await sorted(s)).toContain('T app_id_to_user_id | IDX CREATE INDEX app_id_to_user_id_pagination_index2 ON app_id_to_user_id USING btree (app_id, primary_or_recipe_user_time_joined, primary_or_recipe_user_id DESC) (INVALID)');
    // Upstream's end state is otherwise the fresh install: our script accepts it and repairs the index.
    await s.execScript(script('11.4', '12.0'));
    expect(await validity(s, 'app_id_to_user_id_pagination_index2')).toBe(true);
    expect(await sorted(s)).toEqual(FACTS_12_0);
  });

  it("the core's monthly activity_log partitions are its own: the scripts run past them, and the rollback takes them with the table", T, async () => {
    const s = await at('12.0');
    await s.execStatements(['CREATE TABLE activity_log_2026_12 PARTITION OF activity_log FOR VALUES FROM (1764547200000) TO (1767225600000)',
      "INSERT INTO activity_log (event_type, created_at) VALUES ('SIGN_IN', 1764600000000), ('SIGN_IN', 1)"]);
    const extra = (lines: string[]) => lines.filter((l) => l.startsWith('T activity_log_2026_12 |'));
    expect(extra(await sorted(s))).toHaveLength(12);
    await s.execScript(script('11.4', '12.0'));
    await s.execScript(script('12.0', '12.1'));
    expect((await sorted(s)).filter((l) => !l.startsWith('T activity_log_2026_12 |'))).toEqual(PREDICTED_12_1);
    await s.execScript(script('12.1', '11.4'));
    expect(extra(await sorted(s))).toEqual([]);
    await s.execScript(script('11.4', '12.1'));
    expect(await sorted(s)).toEqual(PREDICTED_12_1);
  });
});

describe('12.0 → 12.1', () => {
  it('upgraded from 12.0, the schema is the 12.0 facts plus the 12.1 changes; a second run executes nothing', T, async () => {
    const s = await at('12.0');
    expect(await sorted(s)).toEqual(FACTS_12_0);
    await s.execScript(script('12.0', '12.1'));
    expect(await sorted(s)).toEqual(PREDICTED_12_1);
    await s.execScript(script('12.0', '12.1'));
    expect(await sorted(s)).toEqual(PREDICTED_12_1);
  });

  it("12.1.0's session_info columns: upstream's ALTERs fail on a second run; ours runs twice", T, async () => {
    const s = await at('12.0');
    expect(await runEach(s, upstream('core-12.1.0.pg.sql'))).toEqual([]);
    expect(await runEach(s, upstream('core-12.1.0.pg.sql'))).toEqual([
      'column "prev_refresh_token_hash_2" of relation "session_info" already exists',
      'column "refresh_token_rotated_at" of relation "session_info" already exists',
    ]);
    // A 12.1.0 database (the columns by hand, the stats table by the core) is on our path: the script completes it.
    await s.execScript(script('12.0', '12.1'));
    expect(await sorted(s)).toEqual(PREDICTED_12_1);
  });

  it("a 12.0.10 database (the core's start-up indexes, built with a lock) is on the path: the script completes it", T, async () => {
    const s = await at('12.0');
    expect(await runEach(s, upstream('core-12.0.9-12.0.10.pg.sql'))).toEqual([]);
    await s.execScript(script('12.0', '12.1'));
    expect(await sorted(s)).toEqual(PREDICTED_12_1);
  });

  it("12.1.1: upstream's swap and ours end alike; an INVALID successor stays INVALID under upstream's IF NOT EXISTS, ours rebuilds it", T, async () => {
    const s = await at('12.0');
    await s.execScript(script('12.0', '12.1'));
    await invalidate(s, 'idx_recipe_user_tenants_search_domain');
    expect(await runEach(s, upstream('core-12.1.1.pg.sql'))).toEqual([]);
    expect(await validity(s, 'idx_recipe_user_tenants_search_domain')).toBe(false);
    await s.execScript(script('12.0', '12.1'));
    expect(await validity(s, 'idx_recipe_user_tenants_search_domain')).toBe(true);
    expect(await sorted(s)).toEqual(PREDICTED_12_1);
  });
});
