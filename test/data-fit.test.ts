// Data that does not fit the next version (issue #10, "Real SuperTokens databases"): before a step that narrows a
// column, adds NOT NULL, a key or a foreign key, or rolls back past rollback_only_values, the script counts the
// rows that would not fit and stops before any change, with the count, the first keys and what to do. The checks
// are derived from the model (src/compile/preflight/data-fit.ts); here: where they sit in every script of every
// plan, and the cases of the issue on PGlite, the PostgreSQL server and MariaDB, each with its setup copied into
// test/fixtures/real-databases/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { forDialect } from '../src/plan/dialect-versions.js';
import type { DialectName } from '../src/plan/types.js';
import { projectRoot } from '../src/paths.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';

const DIALECTS: DialectName[] = ['postgres', 'mysql'];
const ST = (from: string, to: string, dialect: DialectName) => compile({ product: 'supertokens', from, to, dialect });
const fixture = (name: string) => readFileSync(join(projectRoot(), 'test', 'fixtures', 'real-databases', name), 'utf8');

/** The data checks of a script, in order: the text of each `-- data check:` comment. */
const checksOf = (r: CompileResult) => r.sql.split('\n').filter((l) => l.startsWith('-- data check: ')).map((l) => l.slice('-- data check: '.length));

describe('where the data checks are', () => {
  const product = loadProduct('supertokens');
  // Each dialect's plans (product.yaml dialect_versions: MySQL stops at 10.1).
  const pairsOf = (dialect: DialectName) => forDialect(product, dialect).plans.filter((p) => p.plan.from !== '0').flatMap((p) => [[p.plan.from, p.plan.to], [p.plan.to, p.plan.from]]);
  it.each(DIALECTS)('every script of every plan (%s): all checks after the version check, before the first change', (dialect) => {
    let total = 0;
    for (const [from, to] of pairsOf(dialect)) {
      const r = ST(from, to, dialect);
      const lines = r.sql.split('\n');
      const firstRule = lines.findIndex((l) => l.startsWith('-- ====='));
      const version = lines.findIndex((l) => l.startsWith('-- check that the database is at'));
      lines.forEach((l, i) => {
        if (!l.startsWith('-- data check: ')) return;
        total++;
        expect(i, `${from} → ${to}: ${l}`).toBeGreaterThan(version);
        expect(i, `${from} → ${to}: ${l}`).toBeLessThan(firstRule);
      });
      // The checks read nothing until the version check passed (MySQL: its flag; PostgreSQL: it raised before).
      if (dialect === 'mysql') {
        for (const st of r.statements.filter((s) => s.includes('SET @plan_rows = (SELECT COUNT(*)'))) expect(st).toMatch(/^SET @plan_sql = IF\(\n {2}@plan_ok\n/);
        // The session is strict before any check or change: a value that does not fit is an error, never cut.
        const strict = r.statements.findIndex((s) => s.startsWith("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,"));
        expect(strict).toBeGreaterThanOrEqual(0);
        expect(strict).toBeLessThan(r.statements.findIndex((s) => s.startsWith('SET @plan_ok = FALSE')));
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it.each(DIALECTS)('4.0 → 3.16 checks both narrowed columns; 3.16 → 4.0 (widening) checks nothing (%s)', (dialect) => {
    expect(checksOf(ST('4.0', '3.16', dialect))).toEqual(['emailpassword_users.password_hash fits varchar(128) (3.16)', 'thirdparty_users.third_party_user_id fits varchar(128) (3.16)']);
    expect(checksOf(ST('3.16', '4.0', dialect))).toEqual([]);
  });

  it.each(DIALECTS)('3.5 → 3.4 checks the user ids that go back to char(36) (%s)', (dialect) => {
    const checks = checksOf(ST('3.5', '3.4', dialect));
    expect(checks).toContain('emailverification_verified_emails.user_id fits char(36) (3.4)');
    expect(checks).toContain('emailverification_tokens.user_id fits char(36) (3.4)');
  });

  it('3.5 → 3.6 on PostgreSQL checks the ids narrowed from 255 to 128 (the plan note says it fails otherwise)', () => {
    expect(checksOf(ST('3.5', '3.6', 'postgres')).sort()).toEqual(['emailverification_tokens.user_id fits varchar(128) (3.6)', 'emailverification_verified_emails.user_id fits varchar(128) (3.6)']);
    expect(checksOf(ST('3.5', '3.6', 'mysql'))).toEqual([]);
  });

  it.each(DIALECTS)('6.0 → 5.0 first refuses other apps and tenants, then checks the keys 6.0 holds per tenant only (%s)', (dialect) => {
    const checks = checksOf(ST('6.0', '5.0', dialect));
    expect(checks[0]).toBe("rows that 5.0 cannot hold: app_id other than 'public' or tenant_id other than 'public'");
    // What 6.0's keys already give once every row is app public, tenant public (all_auth_recipe_users.user_id
    // unique, sessions' handles…) is not counted again; what 6.0 keeps per tenant elsewhere is.
    expect(checks.slice(1).map((c) => c.replace(/ \(5\.0 .*\)$/, ''))).toEqual([
      '(third_party_id, third_party_user_id) unique in thirdparty_users',
      'phone_number unique in passwordless_users',
      'email unique in passwordless_users',
      'email unique in emailpassword_users',
      'every userid_mapping row has its all_auth_recipe_users row',
    ]);
  });

  it.each(DIALECTS)('5.0 → 6.0 checks nothing: every key and foreign key it adds is on columns or tables it creates (%s)', (dialect) => {
    expect(checksOf(ST('5.0', '6.0', dialect))).toEqual([]);
  });

  it('a check runs under the guard of its step: the column not yet at its narrower definition', () => {
    const r = ST('4.0', '3.16', 'postgres');
    const block = r.statements.find((s) => s.includes('CHAR_LENGTH(x.password_hash) > 128'))!;
    expect(block).toMatch(/IF NOT EXISTS \(SELECT 1 FROM pg_attribute a LEFT JOIN pg_attrdef d .* a\.attname = 'password_hash' .* format_type\(a\.atttypid, a\.atttypmod\) = 'character varying\(128\)'/);
  });
});

/** Everything a test compares: the catalog and every row of every table. */
async function state(s: Scratch) {
  return { catalog: [...(await s.catalog())].sort(), rows: await s.allRows() };
}

/** Runs `sql`, expecting it to stop: the error message (PostgreSQL) or the row the MySQL script printed. */
async function stopped(s: Scratch, sql: string): Promise<string> {
  const err = await s.execScript(sql).then(() => undefined, (e: Error) => e);
  expect(err, 'the script should have stopped').toBeInstanceOf(Error);
  if (s.dialect === 'postgres') return err!.message;
  expect(err!.message).toMatch(/plan stopped: /);
  const [{ m }] = await s.query<{ m: string }>('SELECT @plan_problem AS m');
  return String(m);
}

for (const dialect of DIALECTS) {
  await describeEngines(dialect, (engine: EngineTarget) => {
    describe(`${dialect} on ${engine.title}`, () => {
      let s: Scratch;
      beforeEach(async () => {
        s = await openScratch(dialect, { url: engine.url });
      }, 120_000);
      afterEach(async () => {
        await s?.close();
      });

      it('06: 4.0 → 3.16 with a 199-character third-party id and a 204-character hash stops before any change', async () => {
        await s.execScript(ST('0', '4.0', dialect).sql);
        await s.execScript(fixture('06-nonstrict-rollback-truncates.setup.sql'));
        const before = await state(s);
        const down = ST('4.0', '3.16', dialect).sql;
        // Case 06 runs the rollback in a session with sql_mode = '' (non-strict: MySQL would cut the values).
        if (dialect === 'mysql') await s.execScript("SET SESSION sql_mode = ''");
        const message = await stopped(s, down);
        expect(message).toContain(
          "plan stopped: 1 row of emailpassword_users has password_hash longer than 128 characters, which 3.16 cannot hold (first keys: '77777777-7777-4777-8777-000000000002'). Shorten or remove them, or stay at 4.0. Nothing was changed.",
        );
        expect(await state(s)).toEqual(before);
        const lengths = await s.query<{ a: unknown; b: unknown }>('SELECT (SELECT CHAR_LENGTH(third_party_user_id) FROM thirdparty_users) AS a, (SELECT CHAR_LENGTH(password_hash) FROM emailpassword_users) AS b');
        expect(lengths.map((r) => [Number(r.a), Number(r.b)])).toEqual([[199, 204]]);
        if (dialect === 'mysql') {
          // The prologue pinned a strict sql_mode before the check (the stop leaves it so in this session).
          const [{ m }] = await s.query<{ m: string }>('SELECT @@SESSION.sql_mode AS m');
          expect(String(m)).toMatch(/STRICT_TRANS_TABLES/);
        }
        // With the hash shortened, the next check names the third-party id.
        await s.execScript("UPDATE emailpassword_users SET password_hash = 'short'");
        expect(await stopped(s, down)).toContain(
          "plan stopped: 1 row of thirdparty_users has third_party_user_id longer than 128 characters, which 3.16 cannot hold (first keys (third_party_id, third_party_user_id): ('apple', '001234.a1b2c3d4a1b2c3d4a1b2c3d4a1b2c...)). Shorten or remove them, or stay at 4.0. Nothing was changed.",
        );
        // Once every value fits, the rollback runs, and running it again executes nothing.
        await s.execScript('DELETE FROM thirdparty_users');
        await s.execScript(down);
        expect((await s.catalog()).join('\n')).toMatch(/third_party_user_id (character varying|varchar)\(128\)/);
      }, 240_000);

      if (dialect === 'mysql') {
        it("06 through the mariadb client, in a session with sql_mode = '': stops, nothing cut", async () => {
          await s.execScript(ST('0', '4.0', dialect).sql);
          await s.execScript(fixture('06-nonstrict-rollback-truncates.setup.sql'));
          const before = await state(s);
          const err = await s.execWithClient(`SET SESSION sql_mode = '';\n${ST('4.0', '3.16', dialect).sql}`).then(() => undefined, (e: Error) => e);
          expect(err?.message).toMatch(/plan stopped: 1 row of emailpassword_users has password_hash lon/);
          expect(await state(s)).toEqual(before);
        }, 240_000);
      }

      it('07: 6.0 → 5.0 with a second tenant refuses before any change, names the tenant, and so does a second try', async () => {
        await s.execScript(ST('0', '5.0', dialect).sql);
        const up = ST('5.0', '6.0', dialect).sql;
        await s.execScript(up);
        await s.execScript(fixture('07-rollback-second-tenant.setup.sql'));
        const before = await state(s);
        const down = ST('6.0', '5.0', dialect).sql;
        const expected =
          "plan stopped: 3 rows have app_id other than 'public' or tenant_id other than 'public', which 5.0 cannot hold (first app_id, tenant_id: ('public', 'customer1')). Delete the other apps and tenants (and the users, sessions and settings they hold) through SuperTokens first, or stay at 6.0. Nothing was changed.";
        expect(await stopped(s, down)).toContain(expected);
        expect(await state(s)).toEqual(before);
        expect(await stopped(s, down)).toContain(expected);
        expect(await state(s)).toEqual(before);
        // Going back up is a finished script: it changes nothing.
        await s.execScript(up);
        expect(await state(s)).toEqual(before);
      }, 240_000);

      it('a resumed rollback that has passed the tenant check does not check again', async () => {
        await s.execScript(ST('0', '5.0', dialect).sql);
        await s.execScript(ST('5.0', '6.0', dialect).sql);
        const down = ST('6.0', '5.0', dialect);
        // A run cut short after its first change (the checks passed then: one tenant, public)…
        // (the first unit that changes something: the checks before it come first)
        const firstChange = down.units.find((u) => u.statements.length > 0 && u.op.kind !== 'refuse_uncopied' && u.op.kind !== 'precondition')!;
        const head = down.statements.slice(0, down.statements.indexOf(firstChange.statements[0]) + firstChange.statements.length);
        await s.execStatements(dialect === 'postgres' ? head.filter((x) => !/^(BEGIN|COMMIT);$/.test(x)) : head);
        // …then a tenant appears: the resumed run is past the point the check guards, so it does not stop there.
        await s.execScript("INSERT INTO tenants (app_id, tenant_id, created_at_time) VALUES ('public', 'late', 1)");
        await s.execScript(down.sql);
        expect((await s.catalog()).some((l) => /\btenants\b/.test(l.split('|')[0]))).toBe(false);
      }, 240_000);

      if (dialect === 'postgres') {
        it('repro-multitenant-down: a 5.0 database upgraded, a customer1 tenant with a user and a session: the rollback refuses', async () => {
          await s.execScript(ST('0', '5.0', dialect).sql);
          await s.execScript(fixture('seed-5.0.sql'));
          await s.execScript(ST('5.0', '6.0', dialect).sql);
          await s.execScript(fixture('repro-multitenant-down.sql'));
          const before = await state(s);
          const message = await stopped(s, ST('6.0', '5.0', dialect).sql);
          expect(message).toMatch(/^plan stopped: \d+ rows have app_id other than 'public' or tenant_id other than 'public', which 5\.0 cannot hold \(first app_id, tenant_id: \('public', 'customer1'\)\)\. .* or stay at 6\.0\. Nothing was changed\./);
          expect(await state(s)).toEqual(before);
        }, 240_000);
      }
    });
  });
}
