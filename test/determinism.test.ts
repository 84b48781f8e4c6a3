// The same plans give the same bytes, and the header says exactly where a script came from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { projectRoot, toolVersion } from '../src/paths.js';
import { chainFromEmpty } from '../src/plan/graph.js';
import type { DialectName } from '../src/plan/types.js';
import { FIXTURE } from './helpers/plans.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(join(projectRoot(), file))).digest('hex');
const header = (sql: string) => sql.slice(0, sql.indexOf('\n\n'));

const REQUESTS = [
  { product: 'supertokens', from: '0', to: '6.0' },
  { product: 'supertokens', from: '4.6', to: '5.0', params: ['access_token_signing_key_dynamic=false'] },
  { product: 'supertokens', from: '6.0', to: '3.3' },
  { ...FIXTURE, from: '0', to: '1.5' },
  { ...FIXTURE, from: '1.4', to: '1.1' },
];

describe.each(['postgres', 'mysql'] as DialectName[])('%s', (dialect) => {
  it.each(REQUESTS.map((r) => [`${r.product} ${r.from} → ${r.to}`, r] as const))('%s: compiling twice gives the same bytes, with no timestamp', (_n, r) => {
    const a = compile({ ...r, dialect }).sql;
    const b = compile({ ...r, dialect }).sql;
    expect(b).toBe(a);
    expect(a).not.toMatch(/\b\d{4}-\d{2}-\d{2}(T|\b)/); // a date
    expect(a).not.toMatch(/\b\d{1,2}:\d{2}:\d{2}\b/); // a time of day
    expect(header(a).replace(/\b[0-9a-f]{64}\b/g, '')).not.toContain(String(new Date().getFullYear()));
  });

  it('the header names product, versions, dialect, parameters, sources with their sha256, tool version and how to apply', () => {
    const r = compile({ product: 'supertokens', from: '4.0', to: '4.2', dialect });
    const h = header(r.sql).split('\n');
    expect(h[0]).toBe(`-- plan ${toolVersion()} · supertokens 4.0 → 4.2 · ${dialect} · upgrade`);
    // The parameters the script reads: none (access_token_signing_key_dynamic is read by 4.6 → 5.0 only).
    expect(h).toContain('-- parameters: (none)');
    for (const f of ['plans/supertokens/product.yaml', 'plans/supertokens/4.0-4.1.yaml', 'plans/supertokens/4.1-4.2.yaml']) {
      expect(h).toContain(`--   ${f} ${sha(f)}`);
    }
    // The plans that build the 4.0 schema, as one digest over "path sha256" lines.
    const base = chainFromEmpty(r.product, '4.0'); // in chain order: 0-3.3, 3.3-3.4 … 3.16-4.0
    expect(base).toHaveLength(15);
    const digest = createHash('sha256').update(base.map((p) => `${p.relPath} ${sha(p.relPath)}\n`).join('')).digest('hex');
    expect(h).toContain(`--   schema at 4.0 replayed from 15 plans (plans/supertokens/0-3.3.yaml …) ${digest}`);
    const apply = dialect === 'postgres' ? '-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql' : '-- apply:    mysql DATABASE < up.sql  (or: mariadb DATABASE < up.sql)';
    expect(h).toContain(apply);
    expect(h).toContain(`-- reverse:  npx plan compile supertokens 4.2 4.0 --dialect ${dialect} -o down.sql`);
  });

  it('a fresh install lists every plan it is made of; a rollback says so and applies down.sql', () => {
    const up = header(compile({ ...FIXTURE, from: '0', to: '1.2', dialect, params: ['batch=3'] }).sql);
    expect(up).toMatch(new RegExp(`^-- plan ${toolVersion().replace(/\./g, '\\.')} · fixture 0 → 1\\.2 · ${dialect} · fresh install$`, 'm'));
    // seed_rows is read by 1.2 → 1.3 only: not shown.
    // Each parameter as the shell word --param takes: the value with a quote and spaces is quoted.
    expect(up).toContain("-- parameters: batch=3 'greeting=O'\\''Brien said \\hi\\' owner_role=app_owner tenant=123e4567-e89b-12d3-a456-426614174000 tier=pro");
    for (const f of ['product.yaml', '0-1.0.yaml', '1.0-1.1.yaml', '1.1-1.2.yaml'].map((x) => `test/fixtures/plans/fixture/${x}`)) {
      expect(up).toContain(`--   ${f} ${sha(f)}`);
    }
    expect(up).not.toContain('1.2-1.3.yaml');
    const down = header(compile({ ...FIXTURE, from: '1.2', to: '1.1', dialect }).sql);
    expect(down).toMatch(/· fixture 1\.2 → 1\.1 · \w+ · rollback$/m);
    expect(down).toMatch(/^-- apply: .*down\.sql/m);
  });
});

describe('the header tells a DBA what to do, near its top', () => {
  const lines = (r: { from: string; to: string; dialect: DialectName; params?: string[] }) => header(compile({ product: 'supertokens', ...r }).sql).split('\n');
  const at = (h: string[], prefix: string) => h.findIndex((l) => l.startsWith(prefix));

  it('an upgrade: what it is, stop the writers first, then the backup, apply, start, and what the rollback would drop', () => {
    const h = lines({ from: '4.6', to: '5.0', dialect: 'postgres' });
    expect(h[1]).toBe('-- what:     this script upgrades a supertokens database from 4.6 to 5.0 on PostgreSQL (generated from the plans listed below)');
    expect(h[3]).toBe('-- backup:   then: pg_dump --format=custom --file=supertokens-4.6-before.dump.partial DATABASE && mv supertokens-4.6-before.dump.partial supertokens-4.6-before.dump   (restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-4.6-before.dump; not pg_restore --clean over this one, which fails on what the script added)');
    expect(h[2]).toBe('-- stop:     first, before the backup: every SuperTokens core that uses this database');
    expect(h[4]).toBe('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql');
    expect(h[5]).toBe('-- start:    after applying: SuperTokens core 5.0');
    expect(h[7]).toBe('-- the rollback would drop: column session_info.use_static_key, and the data in it');
    // The manual step of 4.6 → 5.0 concerns this upgrade.
    expect(h).toContainEqual(expect.stringMatching(/^-- {3}1\. \[4\.6 → 5\.0\] In config\.yaml, rename access_token_signing_key_update_interval/));
  });

  it('a stage is no upgrade, and a rollback is taken through as the product says for rollbacks (procedure.rollback)', () => {
    const fief = header(compile({ product: 'fief', from: '0.28', to: '0.28-cleanup', dialect: 'postgres', examples: true }).sql).split('\n');
    expect(fief[0]).toBe(`-- plan ${toolVersion()} · fief 0.28 → 0.28-cleanup · postgres · stage`);
    expect(fief[1]).toBe('-- what:     this script takes a fief database at 0.28 to its stage 0.28-cleanup on PostgreSQL (generated from the plans listed below)');
    const logto = (from: string, to: string) => header(compile({ product: 'logto', from, to, dialect: 'postgres', examples: true }).sql).split('\n');
    const [up, down] = [logto('1.41', '1.41-imported'), logto('1.41-imported', '1.41')];
    expect(up.filter((l) => /^-- (stop|start): /.test(l))).toEqual([
      "-- stop:     first, before the backup: the old application's sign-ups and profile changes (the import reads its user table as it is)",
      "-- start:    after applying: what was stopped before, once the report's rows are seen to",
    ]);
    expect(down.filter((l) => /^-- (stop|start): /.test(l))).toEqual([
      "-- stop:     first, before the backup: Logto's sign-ins and its admin console (the rollback deletes the users the import made)",
      "-- start:    after applying: Logto, and the old application's sign-ups if it is to keep its users",
    ]);
  });

  it('MySQL / MariaDB: mysqldump or mariadb-dump', () => {
    const h = lines({ from: '5.0', to: '6.0', dialect: 'mysql' });
    expect(h[3]).toMatch(/^-- backup: {3}then: mysqldump --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --result-file=supertokens-5\.0-before\.sql\.partial DATABASE && mv supertokens-5\.0-before\.sql\.partial supertokens-5\.0-before\.sql {3}\(MariaDB: mariadb-dump, same flags;/);
    expect(h[7]).toMatch(/^-- the rollback would drop: 9 tables apps, tenants, .*; 32 columns key_value\.app_id, .*, and the data in them$/);
  });

  it('a rollback says what it drops', () => {
    const h = lines({ from: '5.0', to: '4.6', dialect: 'mysql' });
    expect(h[3]).toMatch(/^-- backup: {3}then: mysqldump .* --result-file=supertokens-5\.0-before\.sql\.partial DATABASE && mv supertokens-5\.0-before\.sql\.partial supertokens-5\.0-before\.sql {3}\(/);
    expect(h[5]).toBe('-- start:    after applying: SuperTokens core 4.6');
    expect(h[7]).toBe('-- this rollback drops: column session_info.use_static_key, and the data in it');
  });

  it('a fresh install: no backup, no stop, no manual step that only concerns an upgrade', () => {
    const h = lines({ from: '0', to: '6.0', dialect: 'postgres' });
    expect(at(h, '-- backup:')).toBe(-1);
    expect(at(h, '-- stop:')).toBe(-1);
    expect(h[2]).toBe('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql');
    expect(h[3]).toBe('-- start:    after applying: SuperTokens core 6.0');
    expect(h[5]).toMatch(/^-- the rollback would drop: 33 tables key_value, /);
    expect(at(h, '-- MANUAL STEPS')).toBe(-1);
    // the same step on the upgrade path is listed (after the line on the foreign-key check, which an upgrade that replaces keys has)
    expect(at(lines({ from: '3.3', to: '6.0', dialect: 'postgres' }), '-- MANUAL STEPS (2)')).toBeGreaterThan(0);
  });
});
