// `npm run bench:apply` is not a test, but its fill and its four timed applies must not rot: run the bench at a
// tiny size on the PostgreSQL server (skipped loudly when unreachable, a failure under CI=true) and check the
// rows it filled and that every timing was produced. RESULTS.md is left alone.
import { expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations (bench/ is not part of the tsc project)
import { runBench } from '../bench/apply.mjs';
import { describeServer } from './helpers/servers.js';

const USERS = 2000;

interface BenchResult {
  engine: string;
  users: number;
  sessions: number;
  rows: Record<string, number>;
  timings: Record<string, number | undefined>;
  ratios: Record<string, number | undefined>;
  rowsAfterVendor?: number;
  rowsAfterUp?: number;
  rowsAfterDown?: number;
  skippedTables: string[];
}

await describeServer('bench:apply smoke', 'postgres', (url) => {
  it(`fills ${USERS} users and times vendor, up, up again and down`, async () => {
    const [r] = (await runBench({ users: USERS, engines: ['postgres'], pgUrl: url, write: false, quiet: true })) as BenchResult[];
    expect(r.engine).toBe('postgres');
    expect(r.skippedTables).toEqual([]);
    // i % 10: 0-4 emailpassword, 5-7 thirdparty, 8-9 passwordless; every user in all_auth_recipe_users.
    expect(r.rows).toMatchObject({
      all_auth_recipe_users: USERS,
      emailpassword_users: USERS / 2,
      thirdparty_users: (USERS * 3) / 10,
      passwordless_users: USERS / 5,
      session_info: USERS / 5,
      emailverification_verified_emails: (USERS * 6) / 10,
      user_roles: USERS / 4 + USERS / 50,
      user_metadata: USERS / 5,
      userid_mapping: USERS / 20,
      totp_users: USERS / 50,
      totp_user_devices: USERS / 50,
      totp_used_codes: USERS / 25,
      roles: 5,
    });
    expect(r.rows.emailpassword_users + r.rows.thirdparty_users + r.rows.passwordless_users).toBe(r.rows.all_auth_recipe_users);
    for (const k of ['vendor', 'up', 'upAgain', 'down']) {
      expect(r.timings[k], k).toBeTypeOf('number');
      expect(r.timings[k]!, k).toBeGreaterThan(0);
    }
    expect(r.ratios.upAgainOverUp).toBeGreaterThan(0);
    expect(r.ratios.upOverVendor).toBeGreaterThan(0);
    expect([r.rowsAfterVendor, r.rowsAfterUp, r.rowsAfterDown]).toEqual([USERS, USERS, USERS]);
  }, 180_000);
});
