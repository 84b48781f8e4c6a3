// Indexes built and dropped CONCURRENTLY (issue #11: SuperTokens' 12.0 schema rework and 12.1.1 index swap). On
// PostgreSQL such a statement cannot run in a transaction, so the script runs in parts: a transaction, the concurrent
// statements outside any, then a transaction again; each later part first checks that the ones before it completed.
// A failed concurrent build leaves an INVALID index, which a re-run drops and builds again. MySQL/MariaDB build
// secondary indexes in place anyway: their script is unchanged. Product: test/fixtures/plans-concurrent.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { closeAllScratches, openScratch, type Scratch } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import { loadPostgresParser } from '../src/plan/postgres-text.js';
import { describeEngines } from './helpers/servers.js';
import { planError, tempPlansDir } from './helpers/plans.js';

afterAll(() => closeAllScratches());

const plansDir = fileURLToPath(new URL('./fixtures/plans-concurrent', import.meta.url));
const up = (dialect = 'postgres') => compile({ product: 'concurrent', from: '1.0', to: '1.1', dialect, plansDir });
const indexes = async (s: Scratch) =>
  (await s.query<{ name: string; valid: boolean; def: string }>(
    `SELECT c.relname AS name, i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = to_regclass('item') AND NOT i.indisprimary ORDER BY 1`,
  )).map((r) => `${r.name}${r.valid ? '' : ' (INVALID)'}: ${r.def.replace(/ ON \S+\.item /, ' ON item ')}`);

describe('the script in parts', () => {
  it('PostgreSQL: a transaction, the concurrent statements outside any, a transaction again; each later part opens with its check', () => {
    const r = up();
    const sql = r.sql;
    expect(sql).toContain('-- The script runs in 3 parts, in order: 1. in a transaction: the version check, the data checks and the changes up to the next part; 2. outside any transaction, from "1.0 → 1.1 · create index item_a_index on item concurrently"; 3. in a transaction, from "1.0 → 1.1 · create index item_c_index on item". A failure in a transaction part undoes that part; outside a transaction each statement stands on its own, and a concurrent index build that fails leaves an INVALID index, which a re-run drops and builds again. Run the whole file again to resume: each part first checks that the ones before it completed, and stops if not. Do not apply it with psql --single-transaction (-1): CREATE INDEX CONCURRENTLY cannot run in a transaction.');
    // In order: COMMIT, session settings, the check of part 2, the two statements unwrapped; BEGIN, the check of part 3.
    const at = (s: string, from = 0) => {
      const i = sql.indexOf(s, from);
      expect(i, s).toBeGreaterThan(-1);
      return i;
    };
    // The marker of part 2 follows part 1's COMMIT: a file cut at the marker keeps each part whole.
    const commit = at('COMMIT;\n-- part 2 of the script: outside any transaction (this statement cannot run in one); first, the parts before it must have completed\nSET standard_conforming_strings = on;');
    const check2 = at("'part 2 of this script did not start: the parts before it did not all complete (this database is not where they leave concurrent 1.0 → 1.1, nor further on its path)", commit);
    const build = at('\nCREATE INDEX CONCURRENTLY IF NOT EXISTS item_a_index ON item (a, id DESC);\n', check2);
    const drop = at('\nDROP INDEX CONCURRENTLY IF EXISTS item_b_index;\n', build);
    const begin = at('BEGIN;\nSET LOCAL standard_conforming_strings = on;', drop);
    at("'part 3 of this script did not start", begin);
    // Before the build, under the derived guard (which an INVALID index does not satisfy): whatever holds the name goes.
    expect(sql.slice(0, commit)).toMatch(/IF NOT EXISTS \(SELECT 1 FROM pg_index i JOIN pg_class c ON c\.oid = i\.indexrelid WHERE i\.indrelid = to_regclass\('item'\) AND c\.relname = 'item_a_index' AND i\.indisvalid AND [^\n]*\) THEN\n(    IF EXISTS [\s\S]*?another session is building it right now[^\n]*\n    END IF;\n)?    DROP INDEX IF EXISTS item_a_index;/);
    // Two transactions, two COMMITs.
    expect(sql.trimEnd().split('\n').filter((l) => l === 'COMMIT;')).toHaveLength(2);
  });

  it('every statement of both scripts parses with the PostgreSQL parser, and a concurrent statement stands alone', async () => {
    const pg = await loadPostgresParser();
    for (const r of [up(), compile({ product: 'concurrent', from: '1.1', to: '1.0', dialect: 'postgres', plansDir })]) {
      const parsed = await pg.parse(r.sql);
      const concurrent = (parsed.stmts ?? []).filter((s) => JSON.stringify(s.stmt).includes('"concurrent":true'));
      expect(concurrent).toHaveLength(2);
    }
  });

  it('the rollback runs the concurrent statements outside a transaction too: it rebuilds item_b_index concurrently, drops item_a_index concurrently', () => {
    const sql = compile({ product: 'concurrent', from: '1.1', to: '1.0', dialect: 'postgres', plansDir }).sql;
    expect(sql).toContain('\nCREATE INDEX CONCURRENTLY IF NOT EXISTS item_b_index ON item (b);\n');
    expect(sql).toContain('\nDROP INDEX CONCURRENTLY IF EXISTS item_a_index;\n');
    expect(sql).toMatch(/-- The script runs in 3 parts/);
  });

  it('MySQL/MariaDB: no parts, the indexes built and dropped as any other (InnoDB builds them in place, writes allowed)', () => {
    const sql = up('mysql').sql;
    expect(sql).not.toMatch(/CONCURRENTLY|runs in \d+ parts/);
    expect(sql).toContain('CREATE INDEX `item_a_index` ON `item` (`a`, `id` DESC)');
  });

  it('a concurrent step that a later plan of the same script changes again runs in the transaction instead; within one plan it is refused', async () => {
    const dir = tempPlansDir();
    mkdirSync(join(dir, 'again'));
    writeFileSync(join(dir, 'again', 'product.yaml'), 'product: again\ntitle: again\nversions: ["1.0", "1.1", "1.2", "1.3"]\ndialects: [postgres]\n');
    writeFileSync(join(dir, 'again', '0-1.0.yaml'), 'product: again\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n  - create_table: { name: t, columns: [{ name: a, type: integer, nullable: false }], primary_key: { columns: [a] } }\n');
    writeFileSync(join(dir, 'again', '1.0-1.1.yaml'), 'product: again\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n  - create_index: { table: t, name: t_a, columns: [a], concurrently: true }\n');
    writeFileSync(join(dir, 'again', '1.1-1.2.yaml'), 'product: again\nfrom: "1.1"\nto: "1.2"\nsummary: s\nsteps:\n  - replace_index: { table: t, name: t_a, columns: [a desc] }\n');
    writeFileSync(join(dir, 'again', '1.2-1.3.yaml'), 'product: again\nfrom: "1.2"\nto: "1.3"\nsummary: s\nsteps:\n  - create_index: { table: t, name: t_b, columns: [a], concurrently: true }\n  - replace_index: { table: t, name: t_b, columns: [a desc] }\n');
    // Together, 1.1-1.2 changes again what 1.0-1.1 would build outside the transaction: a re-run of the whole file
    // could not tell that CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a must not run, so t_a is built in the transaction.
    const sql = compile({ product: 'again', from: '1.0', to: '1.2', dialect: 'postgres', plansDir: dir }).sql;
    expect(sql).not.toContain('CONCURRENTLY');
    expect(sql).toMatch(/-- in the transaction, not concurrently: "redefine index t_a on t" \(\S*again\/1\.1-1\.2\.yaml\) changes this index again later in this script/);
    const r = await verify({ product: 'again', from: '1.0', to: '1.2', dialect: 'postgres', plansDir: dir, exhaustive: true });
    expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    // Within one plan the author asked for both: refused, naming the later step.
    const e = planError(() => compile({ product: 'again', from: '1.2', to: '1.3', dialect: 'postgres', plansDir: dir }));
    expect(e.message).toMatch(/redefine index t_b on t changes again what create index t_b on t concurrently \(\S*again\/1\.2-1\.3\.yaml:6\) changed outside the transaction, in the same script; a statement outside the transaction guards itself only by IF \[NOT\] EXISTS, so a re-run of the script would undo this step/);
    expect(String(e)).toContain('1.2-1.3.yaml:7');
  });
});

for (const dialect of ['postgres', 'mysql'] as const) {
  await describeEngines(dialect, (e) => {
    it('plan verify passes: idempotent, resumable at every boundary, reversible', async () => {
      const r = await verify({ product: 'concurrent', from: '1.0', to: '1.1', dialect, url: e.url, plansDir, exhaustive: true });
      expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
    });

    if (dialect !== 'postgres') return;

    it('an INVALID index left by a failed concurrent build is dropped and built again by a re-run', async () => {
      const s = await openScratch('postgres', { url: e.url });
      try {
        await s.execScript(compile({ product: 'concurrent', from: '0', to: '1.0', dialect: 'postgres', plansDir }).sql);
        await s.execStatements(['INSERT INTO item (id, a, b) VALUES (1, 7, NULL), (2, 7, NULL)']);
        if (e.url) {
          // A real failed build: a unique index over duplicate values, under the name the script builds.
          await expect(s.execStatements(['CREATE UNIQUE INDEX CONCURRENTLY item_a_index ON item (a)'])).rejects.toThrow(/could not create unique index "item_a_index"/);
        } else {
          // PGlite: the state such a build leaves (the catalog flag), as PostgreSQL records it.
          await s.execStatements(['CREATE UNIQUE INDEX item_a_index ON item (id)', "UPDATE pg_index SET indisvalid = false WHERE indexrelid = to_regclass('item_a_index')"]);
        }
        expect((await indexes(s)).find((x) => x.startsWith('item_a_index'))).toMatch(/^item_a_index \(INVALID\): CREATE UNIQUE INDEX/);
        // The catalog listing (plan detect, plan verify) shows it as INVALID.
        expect((await s.catalog()).filter((l) => l.includes('item_a_index'))).toEqual([expect.stringMatching(/^T item \| IDX CREATE UNIQUE INDEX item_a_index ON item USING btree \(.+\) \(INVALID\)$/)]);
        await s.execScript(up().sql);
        expect(await indexes(s)).toEqual(['item_a_index: CREATE INDEX item_a_index ON item USING btree (a, id DESC)', 'item_c_index: CREATE INDEX item_c_index ON item USING btree (c)']);
        expect(await s.query('SELECT id, a FROM item ORDER BY id')).toEqual([{ id: 1, a: 7 }, { id: 2, a: 7 }]);
      } finally {
        await s.close();
      }
    });

    it('a part whose earlier parts did not complete stops before any change (here: part 2 run on a 1.0 database)', async () => {
      const s = await openScratch('postgres', { url: e.url });
      try {
        await s.execScript(compile({ product: 'concurrent', from: '0', to: '1.0', dialect: 'postgres', plansDir }).sql);
        const sql = up().sql;
        const part2 = sql.slice(sql.indexOf('-- part 2 of the script'));
        await expect(s.execScript(part2.slice(part2.indexOf('SET standard_conforming_strings')))).rejects.toThrow(
          /plan stopped: part 2 of this script did not start: the parts before it did not all complete \(this database is not where they leave concurrent 1\.0 → 1\.1, nor further on its path\): table item has no column c\. Nothing was changed\./,
        );
        expect(await indexes(s)).toEqual(['item_b_index: CREATE INDEX item_b_index ON item USING btree (b)']);
      } finally {
        await s.close();
      }
    });
  });
}
