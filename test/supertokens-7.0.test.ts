// SuperTokens 6.0 → 7.0 (account linking) on real engines: the back-fills, the rollback that stops while accounts
// are linked, and upstream's own 5.0.0 script (test/fixtures/upstream/pg-plugin-5.0.0.sql, verbatim), which cannot
// run twice and leaves a DEFAULT 0 the fresh 7.0 install does not have, against ours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

afterAll(closeAllScratches);

const ST = (from: string, to: string, dialect: DialectName) => compile({ product: 'supertokens', from, to, dialect }).sql;
const file = (...p: string[]) => readFileSync(join(projectRoot(), ...p), 'utf8');
const fixture = (name: string) => file('test', 'fixtures', 'real-databases', name);
const facts = (prefix: string, version: string) => file('plans', 'supertokens', 'facts', 'catalogs', `${prefix}-${version}.catalog`).split('\n').filter(Boolean).sort();
const catalog = async (s: Scratch) => [...(await s.catalog())].sort();
const state = async (s: Scratch) => ({ catalog: await catalog(s), rows: await s.allRows() });
const EP = '11111111-1111-4111-8111-000000000001';
const TP = '22222222-2222-4222-8222-000000000002';

/** A 6.0 database with the two users of seed-6.0-accounts.sql. */
async function at60(s: Scratch): Promise<void> {
  await s.execScript(ST('0', '6.0', s.dialect));
  await s.execScript(fixture('seed-6.0-accounts.sql'));
}

/** Runs `sql`, expecting it to stop: the error message (PostgreSQL) or the row the MySQL script printed. */
async function stopped(s: Scratch, sql: string): Promise<string> {
  const err = await s.execScript(sql).then(() => undefined, (e: Error) => e);
  expect(err, 'the script should have stopped').toBeInstanceOf(Error);
  if (s.dialect === 'postgres') return err!.message;
  const [{ m }] = await s.query<{ m: string }>('SELECT @plan_problem AS m');
  return String(m);
}

function cases(dialect: DialectName, url: string | undefined) {
  it('6.0 → 7.0: every user its own primary user, joined when it signed up; reset tokens take their user\'s e-mail; equals the fresh 7.0 install', async () => {
    const s = await openScratch(dialect, { url });
    try {
      await at60(s);
      await s.execScript(ST('6.0', '7.0', dialect));
      const users = await s.query<Record<string, unknown>>('SELECT user_id, primary_or_recipe_user_id, is_linked_or_is_a_primary_user, primary_or_recipe_user_time_joined FROM all_auth_recipe_users ORDER BY user_id');
      expect(users.map((r) => [r.user_id, r.primary_or_recipe_user_id, Boolean(r.is_linked_or_is_a_primary_user), Number(r.primary_or_recipe_user_time_joined)])).toEqual([
        [EP, EP, false, 1000],
        [TP, TP, false, 2000],
      ]);
      const ids = await s.query<Record<string, unknown>>('SELECT user_id, primary_or_recipe_user_id FROM app_id_to_user_id ORDER BY user_id');
      expect(ids.map((r) => [r.user_id, r.primary_or_recipe_user_id])).toEqual([[EP, EP], [TP, TP]]);
      const tokens = await s.query<Record<string, unknown>>('SELECT token, email FROM emailpassword_pswd_reset_tokens');
      expect(tokens.map((r) => [r.token, r.email])).toEqual([['reset-token-1', 'ann@example.com']]);
      expect(await catalog(s)).toEqual(facts(dialect === 'postgres' ? 'pg' : 'mysql', '7.0'));
    } finally {
      await s.close();
    }
  }, 240_000);

  it('7.0 → 6.0 with linked accounts stops before any change; once unlinked, it rolls back', async () => {
    const s = await openScratch(dialect, { url });
    try {
      await at60(s);
      await s.execScript(ST('6.0', '7.0', dialect));
      await s.execScript(fixture('link-accounts-7.0.sql'));
      const before = await state(s);
      const down = ST('7.0', '6.0', dialect);
      const message = await stopped(s, down);
      expect(message).toMatch(/plan stopped: 4 rows have is_linked_or_is_a_primary_user other than (false|FALSE), which 6\.0 cannot hold \(.*\)\. Unlink the linked accounts and turn the primary users back into plain users through SuperTokens first, or stay at 7\.0\. Nothing was changed\./);
      expect(await state(s)).toEqual(before);
      // Unlinked (as the core's unlink leaves them), the rollback runs and gives the fresh 6.0 schema back.
      await s.execScript(`UPDATE all_auth_recipe_users SET is_linked_or_is_a_primary_user = FALSE, primary_or_recipe_user_id = user_id, primary_or_recipe_user_time_joined = time_joined;
UPDATE app_id_to_user_id SET is_linked_or_is_a_primary_user = FALSE, primary_or_recipe_user_id = user_id;`);
      await s.execScript(down);
      expect(await catalog(s)).toEqual(facts(dialect === 'postgres' ? 'pg' : 'mysql', '6.0'));
    } finally {
      await s.close();
    }
  }, 240_000);
}

describe('postgres on pglite', () => {
  cases('postgres', undefined);

  it("upstream's 5.0.0 script: fails when run again, leaves DEFAULT 0 and NULL token e-mails; ours runs twice and equals the fresh 7.0 install", async () => {
    const upstream = file('test', 'fixtures', 'upstream', 'pg-plugin-5.0.0.sql');
    const theirs = await openScratch('postgres');
    const ours = await openScratch('postgres');
    try {
      await at60(theirs);
      await theirs.execScript(upstream);
      const theirCatalog = await catalog(theirs);
      expect(theirCatalog).toContain('T all_auth_recipe_users | COL primary_or_recipe_user_time_joined bigint NOT NULL DEFAULT 0');
      expect(theirCatalog).not.toEqual(facts('pg', '7.0'));
      const [{ email }] = await theirs.query<{ email: unknown }>('SELECT email FROM emailpassword_pswd_reset_tokens');
      expect(email).toBeNull();
      await expect(theirs.execScript(upstream)).rejects.toThrow(/primary_or_recipe_user_id.*already exists/);

      await at60(ours);
      const up = ST('6.0', '7.0', 'postgres');
      await ours.execScript(up);
      await ours.execScript(up);
      expect(await catalog(ours)).toEqual(facts('pg', '7.0'));
      expect(await catalog(ours)).toContain('T all_auth_recipe_users | COL primary_or_recipe_user_time_joined bigint NOT NULL');
    } finally {
      await theirs.close();
      await ours.close();
    }
  }, 240_000);
});

await describeServer('mysql server', 'mysql', (url) => cases('mysql', url));
