// Parameters: typed, coerced, defaulted, checked, and written into SQL only as quoted literals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { notGiven, resolveParams } from '../src/plan/params.js';
import { PlanError } from '../src/plan/errors.js';
import type { DialectName } from '../src/plan/types.js';
import { demoProduct, FIXTURE, FIXTURE_LAST, FIXTURE_PLANS, planError } from './helpers/plans.js';
import { describeEngines } from './helpers/servers.js';
import { mysqlTexts } from './helpers/sql.js';

const fixture = () => loadProduct('fixture', FIXTURE_PLANS);
const resolve = (...given: string[]) => resolveParams(fixture(), given);

describe('types, coercion and defaults', () => {
  it('every declared parameter gets its default, coerced to its type, sorted by name', () => {
    expect(resolve()).toEqual({
      batch: 7,
      greeting: "O'Brien said \\hi\\",
      owner_role: 'app_owner',
      seed_rows: true,
      tenant: '123e4567-e89b-12d3-a456-426614174000', // the default is upper case; uuids are kept in lower case
      tier: 'pro',
    });
    expect(Object.keys(resolve())).toEqual(['batch', 'greeting', 'owner_role', 'seed_rows', 'tenant', 'tier']);
  });

  it('given values are coerced: integer, boolean, enum, identifier, uuid, string', () => {
    const v = resolve('batch=-42', 'seed_rows=false', 'tier=free', 'owner_role=_Root9', 'tenant=AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE', 'greeting=a=b');
    expect(v).toMatchObject({ batch: -42, seed_rows: false, tier: 'free', owner_role: '_Root9', tenant: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', greeting: 'a=b' });
  });

  it('an empty string is a string', () => {
    expect(resolve('greeting=').greeting).toBe('');
  });

  it('the last of repeated values wins', () => {
    expect(resolve('batch=1', 'batch=2').batch).toBe(2);
  });

  it('a parameter with no value, deferred: absent from the entries, declared (in), and its error raised when read', () => {
    const p = loadProduct('logto');
    expect(() => resolveParams(p, [])).toThrow(/^parameter source_table has no default/);
    const v = resolveParams(p, ['password_method=MD5'], false, true);
    expect(v).toEqual({ id_strategy: 'keep', password_method: 'MD5', tenant: 'default' });
    expect(JSON.stringify(v)).toBe('{"id_strategy":"keep","password_method":"MD5","tenant":"default"}');
    expect(['source_table' in v, 'columns' in v, 'nothing' in v]).toEqual([true, true, false]);
    expect(() => v.columns).toThrow(new PlanError('parameter columns has no default: pass --param columns=… (which column of the source table gives each field of Logto\'s users, written key:column,key:column (id:user_id,primary_email:email))'));
    expect(notGiven(v)).toEqual(['source_table', 'columns']);
    expect(notGiven(resolveParams(p, [], true, true))).toEqual([]);
    // The description's first clause, cut outside parentheses (found at stop 32: cut at the "; " inside them, the
    // message left a parenthesis open).
    const w = resolveParams(p, ['source_table=legacy', 'columns=id:id'], false, true);
    expect(() => w.password_method).toThrow(new PlanError("parameter password_method has no default: pass --param password_method=… (how the source's password hashes are made, one of Logto's users_password_encryption_method values (MD5, SHA1 and SHA256 are unsalted hex digests; Legacy is Logto's JSON form for any other scheme))"));
  });
});

describe('refused values', () => {
  it('an unknown parameter, naming the known ones', () => {
    expect(planError(() => resolve('colour=red')).message).toBe(
      'unknown parameter "colour" for fixture (known: greeting, seed_rows, batch, tier, owner_role, tenant)',
    );
  });

  it('a value without a name', () => {
    expect(planError(() => resolve('=1')).message).toMatch(/--param "=1": expected name=value/);
    expect(planError(() => resolve('batch')).message).toMatch(/--param "batch": expected name=value/);
  });

  it.each([
    ['batch=1.5', /parameter batch: "1\.5" is not an integer/],
    ['batch=12abc', /parameter batch: "12abc" is not an integer/],
    ['batch=99999999999999999999', /parameter batch: "99999999999999999999" is a whole number past 9007199254740991 .*which is not read exactly/],
    ['seed_rows=yes', /parameter seed_rows: "yes" is not a boolean \(true or false\)/],
    ['seed_rows=TRUE', /is not a boolean/],
    ['tier=gold', /parameter tier: "gold" is not one of free, pro/],
    ['owner_role=1abc', /parameter owner_role: "1abc" is not an identifier/],
    ['owner_role=a-b', /is not an identifier/],
    [`owner_role=${'x'.repeat(64)}`, /is not an identifier/],
    ['tenant=123e4567-e89b-12d3-a456-42661417400', /parameter tenant: ".*" is not a UUID/],
    ['tenant=zzzzzzzz-e89b-12d3-a456-426614174000', /is not a UUID/],
    [`greeting=${'x'.repeat(4097)}`, /is not a string of at most 4096 characters/],
    ['greeting=a\0b', /^parameter greeting: the value "a\\u0000b" has a control character \(U\+0000\); a value is one line without control characters/],
    // A line break would end the header comment that echoes the value and start a statement.
    ['greeting=x\nDROP TABLE team; --', /^parameter greeting: the value "x\\nDROP TABLE team; --" has a line break/],
    ['greeting=x\rDROP TABLE team; --', /^parameter greeting: the value "x\\rDROP TABLE team; --" has a line break/],
  ])('%s', (given, message) => {
    expect(planError(() => resolve(given)).message).toMatch(message);
  });

  it('a parameter without a default must be given', () => {
    const dir = demoProduct({}, 'parameters:\n  region: { type: string, description: where }\n');
    const p = loadProduct('demo', dir);
    expect(planError(() => resolveParams(p, [])).message).toBe('parameter region has no default: pass --param region=… (where)');
    expect(resolveParams(p, ['region=eu'])).toEqual({ region: 'eu' });
  });

  it("an example stands in for a missing value in the review and the proofs only (resolveParams' examples)", () => {
    const dir = demoProduct({}, 'parameters:\n  region: { type: string, example: eu-west, description: "the region: SELECT region FROM config" }\n');
    const p = loadProduct('demo', dir);
    expect(planError(() => resolveParams(p, [])).message).toBe('parameter region has no default: pass --param region=… (the region)');
    expect(resolveParams(p, [], true)).toEqual({ region: 'eu-west' });
    expect(resolveParams(p, ['region=us'], true)).toEqual({ region: 'us' });
  });

  it('compile refuses them too, before doing anything else', () => {
    expect(planError(() => compile({ ...FIXTURE, from: '0', to: '1.0', dialect: 'postgres', params: ['batch=x'] })).message).toMatch(/parameter batch/);
  });
});

describe('when: steps chosen by parameter values', () => {
  const titles = (params: string[]) => compile({ ...FIXTURE, from: '1.2', to: '1.3', dialect: 'postgres', params }).units.filter((u) => u.op.kind === 'insert').map((u) => (u.op as { rows: { code?: unknown }[] }).rows[0].code);
  it('equals and not_equals', () => {
    expect(titles([])).toEqual(['three', 'four']);
    expect(titles(['seed_rows=false'])).toEqual(['four']);
    expect(titles(['tier=free'])).toEqual(['three']);
    expect(titles(['seed_rows=false', 'tier=free'])).toEqual([]);
  });
});

// Values with every character that could end a literal or a guard wrapper early: a quote, backslashes, the
// dollar-quote tag of the PostgreSQL guards, a statement separator and a comment start.
const NASTY = `O'Brien \\ "q" \\' $plan$ ;-- end\\`;
const PARAMS = [`greeting=${NASTY}`, 'batch=12345', 'tier=free', 'owner_role=Root_1', 'tenant=AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE'];

describe('values reach SQL only as quoted literals', () => {
  it.each(['postgres', 'mysql'] as DialectName[])('%s', (dialect) => {
    const { statements } = compile({ ...FIXTURE, from: '0', to: FIXTURE_LAST, dialect, params: PARAMS });
    // PostgreSQL: E'…' with backslashes doubled (the same with standard_conforming_strings on or off);
    // MySQL: a hexadecimal utf8mb4 literal (no backslash anywhere, the same with or without NO_BACKSLASH_ESCAPES).
    const value = NASTY;
    const lit = dialect === 'postgres' ? `E'O''Brien \\\\ "q" \\\\'' $plan$ ;-- end\\\\'` : `_utf8mb4 X'${Buffer.from(value).toString('hex').toUpperCase()}'`;
    // MySQL: also the statements the guards prepare, taken out of their own literal.
    const texts = (dialect === 'mysql' ? mysqlTexts(statements) : statements).filter((t) => !t.startsWith('SET @plan_sql'));
    const holding = texts.filter((t) => t.includes(lit));
    expect(holding.length).toBe(2); // the two team rows
    for (const t of holding) expect(t).toContain(lit);
  });
});

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (engine) => {
    describe(`${dialect} on ${engine.title}: values read back`, () => {
      let s: Scratch;
      beforeAll(async () => {
        s = await openScratch(dialect, { url: engine.url });
        await s.execScript(compile({ ...FIXTURE, from: '0', to: FIXTURE_LAST, dialect, params: PARAMS }).sql);
      }, 120_000);
      afterAll(async () => {
        await s?.close();
      });

      it('string (insert and insert with when), uuid in lower case, enum', async () => {
        const teams = await s.query<{ code: string; title: string; tenant: string | null }>("SELECT code, title, tenant FROM team WHERE code IN ('core', 'three', 'four') ORDER BY code");
        // tier=free: the row "four" (when tier not_equals free) is not inserted.
        expect(teams.map((t) => [t.code, t.title, t.tenant?.trim() ?? null])).toEqual([
          ['core', NASTY, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'],
          ['three', NASTY, null],
        ]);
        expect((await s.query<{ code: string }>("SELECT code FROM team WHERE id = 2"))[0].code).toBe('free');
      });

      it('integer, identifier, and a parameter inside a copy_rows concatenation', async () => {
        const q = dialect === 'postgres' ? 'SELECT "order" AS o, name FROM "user" WHERE id = 1' : 'SELECT `order` AS o, name FROM `user` WHERE id = 1';
        const [u] = await s.query<{ o: unknown; name: string }>(q);
        expect([Number(u.o), u.name]).toEqual([12345, 'Root_1']);
        const [a] = await s.query<{ detail: string }>('SELECT detail FROM audit WHERE id = 1');
        expect(a.detail).toBe('user Root_1 free');
      });
    });
  });
}
