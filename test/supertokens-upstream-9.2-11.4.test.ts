// Issue #11: where SuperTokens' published SQL for core 9.2 → 11.4 goes wrong, and that our plans do not. Each case
// runs upstream's text (test/fixtures/upstream-supertokens-9.2-11.4/, copied verbatim, sources in its README) on a
// database our plans built at the step's start, shows the failure or the drift from the fresh install
// (plans/supertokens/facts/catalogs), then runs our script for the same step from the same start and gets the
// fresh install exactly. PostgreSQL on PGlite; the MySQL case on the MySQL/MariaDB server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import type { DialectName } from '../src/plan/types.js';
import { describeServer } from './helpers/servers.js';

afterAll(closeAllScratches);

const upstream = (file: string) => readFileSync(new URL(`./fixtures/upstream-supertokens-9.2-11.4/${file}`, import.meta.url), 'utf8');
const product = loadProduct('supertokens');
const facts = (dialect: DialectName, version: string) =>
  readFileSync(join(product.dir, 'facts', 'catalogs', `${dialect === 'postgres' ? 'pg' : 'mysql'}-${version}.catalog`), 'utf8').split('\n').filter(Boolean).sort();
const script = (dialect: DialectName, from: string, to: string) => compile({ product: 'supertokens', from, to, dialect }).sql;
const sorted = async (s: Scratch) => [...(await s.catalog())].sort();
const ofTable = (lines: string[], table: string) => lines.filter((l) => l.startsWith(`T ${table} | `));
/** Upstream's statements one at a time, as psql / mysql without stop-on-error run a file: each error is kept. */
async function runEach(s: Scratch, text: string): Promise<string[]> {
  const errors: string[] = [];
  for (const st of text.split(';').map((x) => x.trim()).filter(Boolean)) {
    await s.execScript(st).catch((e: Error) => errors.push(e.message.split('\n')[0]));
  }
  return errors;
}
/** A scratch database at `version`, built by our plans (the state upstream's step starts from). */
async function at(dialect: DialectName, version: string, url?: string): Promise<Scratch> {
  const s = await openScratch(dialect, { url });
  await s.execScript(script(dialect, '0', version));
  expect(await sorted(s)).toEqual(facts(dialect, version));
  return s;
}
const T = { timeout: 180_000 };

describe('PostgreSQL (PGlite)', () => {
  it('plugin 8.0.0 (core 9.3 → 10.0): the block starts with a stray quote, so it runs nothing; ours reaches the fresh 10.0', T, async () => {
    const s = await at('postgres', '9.3');
    await expect(s.execScript(upstream('pg-8.0.0.sql'))).rejects.toThrow(/unterminated quoted identifier/);
    expect(await sorted(s)).toEqual(facts('postgres', '9.3'));
    expect(ofTable(facts('postgres', '10.0'), 'bulk_import_users')).not.toEqual([]);
    await s.execScript(script('postgres', '9.3', '10.0'));
    expect(await sorted(s)).toEqual(facts('postgres', '10.0'));
  });

  it("plugin 8.0.0's same-name redefinition: an upgraded database keeps all_auth_recipe_user_id_index (app_id, user_id); ours ends with (user_id)", T, async () => {
    const s = await at('postgres', '9.3');
    // Upstream's path to 10.0.x: the clean core 10.0.0 copy of the 8.0.0 block, 8.0.1, and even the 8.0.0
    // start-up statements (CREATE INDEX IF NOT EXISTS, which keep an existing index whatever it indexes).
    await s.execScript(upstream('core-10.0.0.pg.sql'));
    await s.execScript(upstream('pg-8.0.1.sql'));
    await s.execScript(upstream('pg-8.0.0.startup-indexes.sql'));
    const name = (lines: string[]) => lines.filter((l) => l.includes(' all_auth_recipe_user_id_index '));
    expect(name(await sorted(s))).toEqual(['T all_auth_recipe_users | IDX CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (app_id, user_id)']);
    expect(name(facts('postgres', '10.0'))).toEqual(['T all_auth_recipe_users | IDX CREATE INDEX all_auth_recipe_user_id_index ON all_auth_recipe_users USING btree (user_id)']);
    expect(await sorted(s)).not.toEqual(facts('postgres', '10.0'));

    const ours = await at('postgres', '9.3');
    await ours.execScript(script('postgres', '9.3', '10.0'));
    expect(name(await sorted(ours))).toEqual(name(facts('postgres', '10.0')));
    expect(await sorted(ours)).toEqual(facts('postgres', '10.0'));
  });

  it('plugin 8.1.0 (core 10.0 → 10.1): webauthn_credentials is created before webauthn_users and fails with its index; ours creates it, also on the half-done database', T, async () => {
    const s = await at('postgres', '10.0');
    const errors = await runEach(s, upstream('pg-8.1.0.sql'));
    expect(errors).toEqual(['relation "webauthn_users" does not exist', 'relation "webauthn_credentials" does not exist']);
    expect(ofTable(await sorted(s), 'webauthn_credentials')).toEqual([]);
    // Ours finishes that half-done database (every state upstream left is on our script's path).
    await s.execScript(script('postgres', '10.0', '10.1'));
    expect(ofTable(await sorted(s), 'webauthn_credentials')).toEqual(ofTable(facts('postgres', '10.1'), 'webauthn_credentials'));
    expect(await sorted(s)).toEqual(facts('postgres', '10.1'));
  });

  it('plugin 7.2.0 (core 9.2 → 9.3): oauth_clients lacks client_secret and enable_refresh_token_rotation, and the OAuth keys get other names; ours has none of that drift', T, async () => {
    const s = await at('postgres', '9.2');
    await s.execScript(upstream('pg-7.2.0.sql'));
    const got = await sorted(s);
    const missing = facts('postgres', '9.3').filter((l) => !got.includes(l));
    expect(missing).toEqual(expect.arrayContaining([
      'T oauth_clients | COL client_secret text',
      'T oauth_clients | COL enable_refresh_token_rotation boolean NOT NULL',
      'T oauth_sessions | CON oauth_sessions_client_id_fkey FOREIGN KEY (app_id, client_id) REFERENCES oauth_clients(app_id, client_id) ON DELETE CASCADE',
    ]));
    expect(got.filter((l) => l.includes('oauth_sessions_app_id_client_id_fkey'))).toHaveLength(1);
    // Ours does not take such a database for 9.3: its version check stops, naming the first difference.
    await expect(s.execScript(script('postgres', '9.2', '9.3'))).rejects.toThrow(/not at supertokens 9\.2, at 9\.3, nor between them on this script's path: .*Nothing was changed/);

    const ours = await at('postgres', '9.2');
    await ours.execScript(script('postgres', '9.2', '9.3'));
    expect(await sorted(ours)).toEqual(facts('postgres', '9.3'));
  });

  it('PostgreSQL plugin 9.3.0 (core 11.2 → 11.3): the CHANGELOG at tag v9.3.0 indexes expires_at, which its tables lack; ours creates the fresh 11.3', T, async () => {
    const s = await at('postgres', '11.2');
    await expect(s.execScript(upstream('pg-9.3.0.at-tag-v9.3.0.sql'))).rejects.toThrow(/column "expires_at" does not exist/);
    expect(await sorted(s)).toEqual(facts('postgres', '11.2'));
    // The later text has the columns, but saml_relay_state.state NOT NULL where the plugin has it nullable.
    await s.execScript(upstream('pg-9.3.0.sql'));
    expect((await sorted(s)).filter((l) => l.startsWith('T saml_relay_state | COL state '))).toEqual(['T saml_relay_state | COL state text NOT NULL']);
    expect(facts('postgres', '11.3').filter((l) => l.startsWith('T saml_relay_state | COL state '))).toEqual(['T saml_relay_state | COL state text']);

    const ours = await at('postgres', '11.2');
    await ours.execScript(script('postgres', '11.2', '11.3'));
    expect(await sorted(ours)).toEqual(facts('postgres', '11.3'));
  });
});

await describeServer('MySQL/MariaDB server', 'mysql', (url) => {
  it('MySQL plugin 8.1.0 (core 10.0 → 10.1): webauthn_credentials before webauthn_users fails, with its index; ours creates the fresh 10.1', T, async () => {
    const s = await at('mysql', '10.0', url);
    const errors = await runEach(s, upstream('mysql-8.1.0.sql'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/webauthn_credentials|errno: 150|Foreign key constraint is incorrectly formed|Failed to open the referenced table 'webauthn_users'/);
    expect(errors[1]).toMatch(/webauthn_credentials.*doesn't exist/);
    expect(ofTable(await sorted(s), 'webauthn_credentials')).toEqual([]);
    const ours = await at('mysql', '10.0', url);
    await ours.execScript(script('mysql', '10.0', '10.1'));
    expect(await sorted(ours)).toEqual(facts('mysql', '10.1'));
  });
});
