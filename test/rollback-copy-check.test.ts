// The SuperTokens 6.0 → 5.0 rollback's copy check (refuse_uncopied, src/operations/refuse_uncopied.ts) read the
// source once per row of the table it checks without the source's columns that hold one value by then (the plan's
// rollback_only_values: app_id and tenant_id 'public'), so no index served it: quadratic (MariaDB, 10,000 users:
// 6.8 s for the check of app_id_to_user_id alone; PostgreSQL without statistics, 100,000 users: 276 s).
// The check now pins them (pinnedSourceColumns, src/compile/compile.ts); here: the exact SQL, and on the engines,
// that it still stops on a row no copy gives and lets a rollback whose rows all come back through.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile, pinnedSourceColumns } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

const ST = (from: string, to: string, dialect: DialectName, params: string[] = []) => compile({ product: 'supertokens', from, to, dialect, params });
const STOP = 'app_id_to_user_id holds rows that none of the 5.0 → 6.0 copies into it gives (written since the upgrade)';

/**
 * Runs `sql`, expecting it to stop: PostgreSQL's error message, or (through the mariadb client) the whole message
 * the MySQL script prints as a row before its error, which holds the first 64 characters only.
 */
async function stopped(s: Scratch, sql: string): Promise<string> {
  const run = s.dialect === 'postgres' ? s.execScript(sql) : s.execWithClient(sql);
  const err = await run.then(() => undefined, (e: Error & { stdout?: string }) => e);
  expect(err, 'the script should have stopped').toBeInstanceOf(Error);
  if (s.dialect === 'postgres') return err!.message;
  expect(err!.message).toMatch(/plan stopped: /);
  return err!.stdout ?? '';
}

describe('the compiled check pins the source columns rollback_only_values fixes', () => {
  it('postgres: all_auth_recipe_users is read by its pinned columns, its rows grouped with those of app_id_to_user_id (compareKeySets)', () => {
    const down = ST('6.0', '5.0', 'postgres').sql;
    // The source read where the pinned columns hold their value (its primary key's index serves it); the target's
    // rows and the values the copy gives grouped by the target's primary key: no SubPlan or anti join, whose plan
    // work_mem and the statistics choose (bench/RESULTS.md, stop 36).
    expect(down).toContain(
      "NOT EXISTS (SELECT 1 FROM (SELECT plan_keys.plan_v1 AS k1, plan_keys.plan_v2 AS k2 FROM (SELECT dst.app_id AS plan_v1, dst.user_id AS plan_v2, 0 AS plan_in_source FROM app_id_to_user_id AS dst UNION ALL SELECT 'public', src.user_id, 1 FROM all_auth_recipe_users AS src WHERE src.app_id = 'public' AND src.tenant_id = 'public') AS plan_keys GROUP BY plan_keys.plan_v1, plan_keys.plan_v2 HAVING MAX(plan_keys.plan_in_source) = 0) AS dst)",
    );
    // A target column filled from a pinned one is given as the value, not as the source's column (in the EXISTS
    // form, dst.app_id = src.app_id had PostgreSQL merge-join on app_id, one value: every row with every row, 396 s
    // at 100,000 users without statistics).
    expect(down).toContain("SELECT 'public', 'public', src.user_id, 1 FROM emailpassword_users AS src WHERE src.app_id = 'public') AS plan_keys");
  });

  it('mysql: the same, in the quoted statement the script prepares', () => {
    const down = ST('6.0', '5.0', 'mysql').sql;
    expect(down).toContain("NOT EXISTS (SELECT 1 FROM `app_id_to_user_id` AS dst WHERE NOT (EXISTS (SELECT 1 FROM `all_auth_recipe_users` AS src WHERE src.`app_id` = ''public'' AND src.`tenant_id` = ''public'' AND dst.`app_id` = ''public'' AND dst.`user_id` = src.`user_id`)))");
  });

  it('follows the naming parameters (a prefixed table in a schema of its own)', () => {
    const down = ST('6.0', '5.0', 'postgres', ['postgresql_table_names_prefix=st', 'postgresql_table_schema=auth']).sql;
    expect(down).toContain("FROM auth.st_app_id_to_user_id AS dst UNION ALL SELECT 'public', src.user_id, 1 FROM auth.st_all_auth_recipe_users AS src WHERE src.app_id = 'public' AND src.tenant_id = 'public') AS plan_keys");
  });

  it('pins nothing where the plan has no rollback_only_values (Keto 0.7 → 0.6)', () => {
    const down = compile({ product: 'keto', from: '0.7', to: '0.6', dialect: 'postgres', params: ['namespaces=files:1,groups:2'] }).sql;
    const lines = down.split('\n');
    const check = lines.find((l, i) => /^\s*IF NOT \(/.test(l) && /plan stopped: keto_relation_tuples holds rows that none of/.test(lines[i + 1] ?? ''));
    expect(check).toBeDefined();
    expect(check).not.toMatch(/AS src WHERE src\./);
  });

  it('pinnedSourceColumns: the columns of rollback_only_values the source table has, with their values', () => {
    const r = ST('5.0', '6.0', 'postgres');
    const forward = [{ op: { kind: 'rollback_only_values' as const, columns: { app_id: 'public', tenant_id: 'public' }, hint: 'h', rollingBack: false } }];
    expect(pinnedSourceColumns(r.after, forward, 'all_auth_recipe_users')).toEqual({ app_id: 'public', tenant_id: 'public' });
    expect(pinnedSourceColumns(r.after, forward, 'emailpassword_users')).toEqual({ app_id: 'public' });
    expect(pinnedSourceColumns(r.after, [], 'all_auth_recipe_users')).toEqual({});
    expect(pinnedSourceColumns(r.after, forward, 'no_such_table')).toEqual({});
  });
});

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (engine: EngineTarget) => {
    describe(`6.0 → 5.0 with users (${engine.title})`, () => {
      let s: Scratch;
      beforeEach(async () => {
        s = await openScratch(dialect, { url: engine.url });
        await s.execScript(ST('0', '5.0', dialect).sql);
        for (const [i, id] of ['0b8f5a1c-0000-4000-8000-000000000001', '0b8f5a1c-0000-4000-8000-000000000002', '0b8f5a1c-0000-4000-8000-000000000003'].entries()) {
          await s.execScript(`INSERT INTO all_auth_recipe_users (user_id, recipe_id, time_joined) VALUES ('${id}', 'emailpassword', ${1600000000000 + i});
INSERT INTO emailpassword_users (user_id, email, password_hash, time_joined) VALUES ('${id}', 'u${i}@example.com', 'hash', ${1600000000000 + i});`);
        }
        await s.execScript(ST('5.0', '6.0', dialect).sql);
      }, 600_000);
      afterEach(async () => {
        await s.close();
      });

      it('stops, naming the table and the row, when app_id_to_user_id holds a row no copy gives; nothing is changed', async () => {
        await s.execScript("INSERT INTO app_id_to_user_id (app_id, user_id, recipe_id) VALUES ('public', 'written-since-the-upgrade', 'emailpassword')");
        const before = await s.catalog();
        const message = await stopped(s, ST('6.0', '5.0', dialect).sql);
        expect(message).toContain(`plan stopped: ${STOP}`);
        expect(message).toContain(`or restore the backup taken before the upgrade (the first of them by (app_id, user_id): ('public', 'written-since-the-upgrade'))`);
        expect(await s.catalog()).toEqual(before);
      }, 600_000);

      it('stops when the only source row of a user is in another tenant (the pinned columns narrow what gives a row)', async () => {
        // A user signed up since, in tenant t2 only: its app_id_to_user_id row has no source row in tenant
        // 'public'. The rollback refuses the tenant (rollback_only_values) before the copy check, with its own
        // message; nothing is changed.
        await s.execScript(`INSERT INTO tenants (app_id, tenant_id, created_at_time) VALUES ('public', 't2', 0);
INSERT INTO app_id_to_user_id (app_id, user_id, recipe_id) VALUES ('public', 'in-t2', 'emailpassword');
INSERT INTO all_auth_recipe_users (app_id, tenant_id, user_id, recipe_id, time_joined) VALUES ('public', 't2', 'in-t2', 'emailpassword', 0);`);
        const before = await s.catalog();
        expect(await stopped(s, ST('6.0', '5.0', dialect).sql)).toMatch(/plan stopped: .*tenant_id other than 'public'/);
        expect(await s.catalog()).toEqual(before);
      }, 600_000);

      it('rolls back when every row comes from a copy', async () => {
        await s.execScript(ST('6.0', '5.0', dialect).sql);
        expect((await s.rows('all_auth_recipe_users')).length).toBe(3);
        expect((await s.catalog()).some((l) => l.includes('app_id_to_user_id'))).toBe(false);
      }, 600_000);
    });
  });
}
