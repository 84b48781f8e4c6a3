// The state listings of a script read back as models (src/detect/states.ts) for every facet type: a named enum type's
// line and a table in another place of the product's (`present in <location>`) crashed `plan detect` without a product
// ("internal: unknown facet type in a state listing: enum_type users_password_encryption_method") on any PostgreSQL
// database with an enum type and a product's tables: Logto's tables (with enum types) were then compared half-way
// through its scripts. Reproduced on PGlite, and through the CLI on the PostgreSQL server.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { detectJson, formatDetect } from '../src/detect/format.js';
import { listing, modelOfListing } from '../src/detect/states.js';
import { closePglite, openScratch, type Scratch } from '../src/engines/index.js';
import { readCatalogWith } from '../src/engines/live.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
const SLOW = { timeout: 600_000 };

afterAll(() => closePglite());

function plan(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The reproduction: an enum type of the user's, and (with `supertokens`) SuperTokens 6.0 installed by our script. */
async function withMood(s: Scratch, supertokens: boolean): Promise<void> {
  await s.execScript(`CREATE TYPE mood AS ENUM ('a', 'b');`);
  if (supertokens) await s.execScript(compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres' }).sql);
}

describe('state listings read back as models, every facet type', () => {
  it('Logto 0 → 1.41 (named enum types): every state reads back as the same listing', () => {
    const states = compile({ product: 'logto', from: '0', to: '1.41', dialect: 'postgres', examples: true }).states();
    expect(states.some((s) => /^enum_type users_password_encryption_method=/m.test(s))).toBe(true);
    for (const s of states) {
      const m = modelOfListing('postgres', s);
      expect(listing(m)).toBe(s.split('\n').sort().join('\n'));
    }
    // The enum type is in the model with its values, not dropped.
    const last = modelOfListing('postgres', states[states.length - 1]);
    const e = last.enumTypes?.find((t) => t.name === 'users_password_encryption_method');
    expect(e?.values.length).toBeGreaterThan(0);
  });

  it('Fief 0 → 0.28 (tables and enum types in another schema): every state reads back, locations kept', () => {
    const states = compile({ product: 'fief', from: '0', to: '0.28', dialect: 'postgres', examples: true }).states();
    expect(states.some((s) => /=present in /.test(s))).toBe(true);
    for (const s of states) expect(listing(modelOfListing('postgres', s))).toBe(s.split('\n').sort().join('\n'));
    const placed = states.map((s) => modelOfListing('postgres', s)).flatMap((m) => m.tables).find((t) => t.location !== undefined);
    expect(placed?.location).toBe('workspace');
  });

  it('a facet type no reader knows is still refused by name', () => {
    expect(() => modelOfListing('postgres', 'sequence t=present')).toThrow('internal: unknown facet type in a state listing: sequence t');
  });
});

describe('pglite: a database with an enum type', () => {
  it('and SuperTokens 6.0: SuperTokens is at 6.0, and Logto (whose scripts have enum types) is compared without a crash', SLOW, async () => {
    const s = await openScratch('postgres');
    try {
      await withMood(s, true);
      const found = await readCatalogWith('postgres', (q) => s.query(q));
      expect(found).toContain("E mood | ENUM ('a', 'b')");
      const st = detect({ product: 'supertokens', dialect: 'postgres', found });
      expect([st.outcome, st.best.label]).toEqual(['exact', '6.0']);
      // An enum type, named so: it was counted and named as a table ("1 other table ignored (…: mood)").
      expect([st.ignoredTables, st.ignoredEnumTypes]).toEqual([[], ['mood']]);
      expect(formatDetect(st, 'here').split('\n')[0]).toBe(`supertokens on here: ${st.comparedLines} catalog lines of its tables compared; 1 other enum type ignored (no version of supertokens has it: enum type mood)`);
      expect(detectJson(st, 'here')).toMatchObject({ ignoredTables: [], ignoredEnumTypes: ['mood'] });
      // Logto shares SuperTokens' table name "tenants": no version matches, and every state of its scripts was read.
      const lt = detect({ product: 'logto', dialect: 'postgres', found });
      expect(lt.outcome).toBe('inexact');
      expect(lt.best.versions).toEqual(['0']);
      expect(lt.best.diff.extra.every((l) => l.startsWith('T tenants | '))).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('alone: every product with PostgreSQL plans sees the empty database', SLOW, async () => {
    const s = await openScratch('postgres');
    try {
      await withMood(s, false);
      const found = await readCatalogWith('postgres', (q) => s.query(q));
      expect(found).toEqual(["E mood | ENUM ('a', 'b')"]);
      for (const product of ['supertokens', 'logto']) {
        const r = detect({ product, dialect: 'postgres', found });
        expect([product, r.outcome, r.best.versions, r.comparedLines]).toEqual([product, 'exact', ['0'], 0]);
      }
    } finally {
      await s.close();
    }
  });
});

await describeServer('postgres server: plan detect without a product, a database with an enum type', 'postgres', (server) => {
  const urlOf = (s: Scratch) => {
    const u = new URL(server);
    u.pathname = `/${s.name}`;
    return u.toString();
  };

  it('and SuperTokens 6.0: the answer is SuperTokens at 6.0, exit 0, no internal error', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    try {
      await withMood(s, true);
      const r = plan('detect', '--url', urlOf(s));
      expect(r.stderr).not.toContain('internal');
      expect(r.stdout).toContain('product: supertokens');
      expect(r.stdout).toContain('best match: 6.0 (exact)');
      expect(r.code).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('alone: no product\'s tables, exit 1, no internal error', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    try {
      await withMood(s, false);
      const r = plan('detect', '--url', urlOf(s));
      expect(r.stderr).not.toContain('internal');
      expect(r.stdout).toMatch(/^no product's tables are in this database/);
      expect(r.code).toBe(1);
      // With a product: the enum type is named as one, not as "table mood"; status says the same.
      for (const command of ['detect', 'status']) {
        const one = plan(command, 'supertokens', '--url', urlOf(s));
        expect(one.stdout.split('\n')[0]).toMatch(/: 0 catalog lines of its tables compared; 1 other enum type ignored \(no version of supertokens has it: enum type mood\)$/);
      }
    } finally {
      await s.close();
    }
  });

  it('a product\'s table and enum type, too few to be it: each named by its kind on the no-product line', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    try {
      await s.execScript(`CREATE TYPE users_password_encryption_method AS ENUM ('Argon2i'); CREATE TABLE tenants (x integer);`);
      const r = plan('detect', '--url', urlOf(s));
      expect(r.stdout).toContain('logto: table tenants and enum type users_password_encryption_method; supertokens: table tenants');
      expect(r.code).toBe(1);
    } finally {
      await s.close();
    }
  });
});
