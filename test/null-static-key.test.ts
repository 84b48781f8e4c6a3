// Issue #10, case x1 (test/fixtures/real-databases/x1-null-static-key/setup.sql): 4.6 → 5.0 with
// access_token_signing_key_dynamic=false on a database whose session_access_token_signing_keys holds a row with
// value NULL (the column allows it; jwt_signing_keys.key_string does not). Both engines failed (MySQL after
// use_static_key was added). A row without a key cannot sign anything: the copy skips it, and the header says so.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

const SETUP = readFileSync(new URL('./fixtures/real-databases/x1-null-static-key/setup.sql', import.meta.url), 'utf8');
const PARAMS = ['access_token_signing_key_dynamic=false'];
const req = (dialect: string, from: string, to: string) => ({ product: 'supertokens', dialect, from, to, params: PARAMS });

describe('the header of 4.6 → 5.0 (static key) says which rows are not copied', () => {
  it.each(['postgres', 'mysql'])('%s', (dialect) => {
    const { sql } = compile(req(dialect, '4.6', '5.0'));
    expect(sql).toMatch(/^-- rows not copied: \[4\.6 → 5\.0\] step 2\/4 copies rows of session_access_token_signing_keys into jwt_signing_keys except those where value IS NULL — .*cannot sign anything/m);
    // Not in a script that does not copy.
    expect(compile({ ...req(dialect, '4.6', '5.0'), params: [] }).sql).not.toMatch(/rows not copied/);
  });
});

await describeEngines('postgres', suite);
await describeEngines('mysql', suite);

function suite(e: EngineTarget): void {
  describe(`${e.title}: 4.6 → 5.0 (static key) with a NULL key`, () => {
    let s: Scratch;
    let before: Record<string, Record<string, unknown>[]>;
    beforeAll(async () => {
      s = await openScratch(e.dialect, { url: e.url });
      await s.execScript(compile(req(e.dialect, '0', '4.6')).sql);
      await s.execScript(SETUP);
      before = await s.allRows();
    }, 120_000);
    afterAll(async () => {
      await s?.close();
    });

    it('applies: the 5.0 schema, the key with a value copied, the NULL one left where it was', async () => {
      await s.execScript(compile(req(e.dialect, '4.6', '5.0')).sql);
      expect([...(await s.catalog())].sort()).toEqual([...predictCatalog({ product: 'supertokens', version: '5.0', dialect: e.dialect, params: PARAMS })].sort());
      const after = await s.allRows();
      expect(after.jwt_signing_keys).toEqual([{ algorithm: 'RS256', created_at: '1700000000000', key_id: 's-1700000000000', key_string: 'keyB' }]);
      expect(after.session_access_token_signing_keys).toEqual([
        { created_at_time: '1700000000000', value: 'keyB' },
        { created_at_time: '1710000000000', value: null },
      ]);
      // Every other table as it was, byte for byte.
      expect({ ...after, jwt_signing_keys: [] }).toEqual({ ...before, jwt_signing_keys: [] });
    }, 60_000);

    it('a re-run executes nothing', async () => {
      const evidence = await s.writeEvidence();
      await s.execScript(compile(req(e.dialect, '4.6', '5.0')).sql);
      expect(describeWrites(evidence, await s.writeEvidence())).toEqual([]);
    }, 60_000);
  });
}
