// Property tests over random plan chains (test/helpers/random-plans.ts): plans nobody wrote keep every promise
// the compiler makes. For each generated chain: every script of it compiles on both dialects and PostgreSQL's
// parser reads each PostgreSQL script; on PGlite, `plan verify` passes for 0 → the last version and for one
// plan of the chain (up, up again, second run executes nothing, the model predicts the catalog, crash and
// resume, down restores catalog and rows, down again, up after down), and an event trigger sees no DDL command
// in the second run of either script, either way. With PLAN_PROPERTY_SERVERS=1 also on the
// PostgreSQL and MariaDB servers.
//
// Seeded and reproducible: the seed is PLAN_PROPERTY_SEED (default 18) and a failure prints it, fast-check's
// path and the shrunk chain as YAML (keep it under test/fixtures/property/ with a test). PLAN_PROPERTY_RUNS
// sets the number of chains verified on engines (default 3; the compile-only property runs 10 times as many).
import fc from 'fast-check';
import { loadModule, parse } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { PlanError } from '../src/plan/errors.js';
import type { DialectName, Step } from '../src/plan/types.js';
import { verify, type VerifyReport } from '../src/verify/verify.js';
import { chainYaml, randomChain, RANDOM_PRODUCT, writeChain, type RandomChain } from './helpers/random-plans.js';
import { describeServer } from './helpers/servers.js';
import { ddlOfSecondRun } from './helpers/ddl-log.js';

const SEED = Number(process.env.PLAN_PROPERTY_SEED ?? 18);
const RUNS = Number(process.env.PLAN_PROPERTY_RUNS ?? 3);
const SERVERS = process.env.PLAN_PROPERTY_SERVERS === '1';

/** The decisions a chain is read from: fast-check shrinks them to fewer, smaller numbers. */
const choicesArb = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 0, maxLength: 400, size: 'large' });

/** Every script of a chain: each plan up and down, and 0 → last and back. */
function scriptsOf(chain: RandomChain): [string, string][] {
  const last = chain.plans[chain.plans.length - 1].to;
  return [...chain.plans.flatMap((p): [string, string][] => [[p.from, p.to], [p.to, p.from]]), ['0', last], [last, '0']];
}

function fail(chain: RandomChain, what: string, detail: string[]): never {
  throw new Error([`${what}`, ...detail.map((l) => `    ${l}`), `seed ${SEED}; the chain (shrunk when fast-check is done):`, chainYaml(chain)].join('\n'));
}

const failures = (r: VerifyReport) => r.checks.filter((c) => !c.ok).flatMap((c) => [`${c.check}:`, ...c.detail.map((l) => `  ${l}`)]);

const params = { seed: SEED, verbose: 1 as const, endOnFailure: process.env.PLAN_PROPERTY_NO_SHRINK === '1' };

beforeAll(async () => {
  await loadModule();
});

describe('random plan chains compile', () => {
  it('the generator is deterministic and builds chains that load', () => {
    const xs = Array.from({ length: 120 }, (_, i) => (i * 7919) % 1000);
    expect(chainYaml(randomChain(xs))).toBe(chainYaml(randomChain(xs)));
    const chain = randomChain(xs);
    expect(chain.plans.map((p) => `${p.from}-${p.to}`)).toEqual(['0-1.0', '1.0-1.1', '1.1-1.2']);
    expect(chain.plans.every((p) => p.steps.length > 0)).toBe(true);
  });

  it('on both dialects, every script; PostgreSQL scripts parse', async () => {
    await fc.assert(
      fc.asyncProperty(choicesArb, async (choices) => {
        const chain = randomChain(choices);
        const dir = writeChain(chain);
        for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
          for (const [from, to] of scriptsOf(chain)) {
            let sql: string;
            try {
              sql = compile({ product: RANDOM_PRODUCT, from, to, dialect, plansDir: dir }).sql;
            } catch (e) {
              fail(chain, `${dialect} ${from} → ${to} does not compile:`, [(e as Error).message]);
            }
            if (dialect === 'postgres') {
              await parse(sql).catch((e) => fail(chain, `postgres ${from} → ${to} does not parse:`, [(e as Error).message]));
            }
          }
        }
      }),
      { ...params, numRuns: RUNS * 10 },
    );
  }, 600_000);
});

/** `plan verify` from 0 to the last version and for one plan of the chain (chosen by `pick`). */
async function verifyChain(chain: RandomChain, pick: number, dialect: DialectName, url?: string): Promise<void> {
  const dir = writeChain(chain);
  const last = chain.plans[chain.plans.length - 1].to;
  const plan = chain.plans[pick % chain.plans.length];
  for (const [from, to] of [['0', last], [plan.from, plan.to]]) {
    const r = await verify({ product: RANDOM_PRODUCT, from, to, dialect, url, plansDir: dir, sample: 2 });
    if (!r.ok) fail(chain, `plan verify ${from} → ${to} on ${dialect}${url ? ' server' : ' (PGlite)'} fails:`, failures(r));
    if (dialect !== 'postgres' || url) continue;
    // PostgreSQL's write evidence cannot see an object created and dropped within one run: an event trigger can.
    for (const [a, b] of [[from, to], [to, from]]) {
      const ddl = await ddlOfSecondRun({ product: RANDOM_PRODUCT, plansDir: dir, from: a, to: b });
      if (ddl.length) fail(chain, `the second run of ${a} → ${b} on PGlite executes DDL:`, ddl);
    }
  }
}

const verifyProperty = (dialect: DialectName, url?: string) =>
  fc.assert(
    fc.asyncProperty(choicesArb, fc.nat(), async (choices, pick) => verifyChain(randomChain(choices), pick, dialect, url)),
    { ...params, numRuns: RUNS, interruptAfterTimeLimit: 600_000, markInterruptAsFailure: false },
  );

describe('random plan chains keep every promise on PGlite', () => {
  it('plan verify: 0 → last and one plan of the chain', () => verifyProperty('postgres'), 900_000);
});

if (SERVERS) {
  await describeServer('random plan chains on the PostgreSQL server', 'postgres', (url) => {
    it('plan verify: 0 → last and one plan of the chain', () => verifyProperty('postgres', url), 1_800_000);
  });
  await describeServer('random plan chains on the MariaDB server', 'mysql', (url) => {
    it('plan verify: 0 → last and one plan of the chain', () => verifyProperty('mysql', url), 1_800_000);
  });
}

// Invalid plans: a valid chain with one step appended to its last plan that is wrong in one way (a wrong type,
// an unknown name, a dangling reference, a duplicate, a step the model contradicts). Each is refused with one
// located line, never a stack trace or a TypeError.
const BROKEN: ((table: string, column: string) => Step)[] = [
  (t) => ({ create_table: { name: t, columns: [{ name: 'id', type: 'integer' }] } }), // a duplicate table
  () => ({ drop_table: { name: 'nope' } }), // an unknown table
  (t) => ({ add_column: { table: t, column: { name: 'x', type: 'number' } } }) as Step, // an unknown type
  (t) => ({ add_column: { table: t, column: { name: 'x', type: 'varchar(0)' } } }), // a type out of range
  (t) => ({ add_column: { table: t, column: { name: 'x', type: 'integer', nullable: 'yes' } } }) as unknown as Step, // a wrong type
  (t, c) => ({ add_column: { table: t, column: { name: c, type: 'integer' } } }), // a duplicate column
  (t) => ({ add_column: { table: t, column: { name: 'x', type: 'integer', nullable: false } } }), // NOT NULL without a default
  (t) => ({ add_foreign_key: { table: t, name: 'fk_nowhere', columns: ['id'], references: { table: 'nowhere', columns: ['id'] } } }), // dangling
  (t, c) => ({ create_index: { table: t, name: 'ix_bad', columns: [c, 'missing'] } }), // an unknown column
  (t) => ({ drop_index: { table: t, name: 'no_such_index' } }),
  (t) => ({ drop_unique: { table: t, name: 'no_such_unique' } }),
  (t, c) => ({ rename_column: { table: t, from: c, to: c } }), // onto itself
  (t) => ({ insert: { table: t, rows: [{ id: { param: 'undeclared' } }] } }), // an undeclared parameter
  (t) => ({ drop_default: { table: t, column: 'missing' } }),
  (t) => ({ manual: { text: 'x' }, when: { param: 'flag', equals: 'yes' }, note: t }), // a value of the wrong type
  (t) => ({ set_default: { table: t, column: 'id', default: { sql: 'now()' } } }) as unknown as Step, // SQL, not a value
  (t) => ({ [`drop_tabel`]: { name: t } }) as unknown as Step, // an unknown operation
];

describe('random invalid plans are refused with one located line', () => {
  it('a broken step appended to a valid chain', () => {
    fc.assert(
      fc.property(choicesArb, fc.nat(BROKEN.length - 1), (choices, which) => {
        const chain = randomChain(choices);
        const last = chain.plans[chain.plans.length - 1];
        const t = chain.tables[chain.tables.length - 1];
        if (!t) return;
        last.steps.push(BROKEN[which](t.name, t.columns[0]));
        const dir = writeChain(chain);
        let error: unknown;
        try {
          for (const dialect of ['postgres', 'mysql']) compile({ product: RANDOM_PRODUCT, from: '0', to: last.to, dialect, plansDir: dir });
        } catch (e) {
          error = e;
        }
        if (!(error instanceof PlanError) || !/^\S+\.yaml:\d+:\d+: [^\n]+$/.test(error.message)) {
          fail(chain, `broken step ${which} was not refused with one located line:`, [error instanceof Error ? `${error.name}: ${error.message}` : String(error)]);
        }
      }),
      { ...params, numRuns: RUNS * 10 },
    );
  }, 600_000);
});
