// plan review (issue #16): the runbook a DBA attaches to the change ticket, made of what the compiler knows. Each
// section is held to the compiled scripts and models it comes from, not to fixed text.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { displayPath, projectRoot } from '../src/paths.js';
import { reviewFor } from '../src/review/run.js';
import { reviewMarkdown } from '../src/review/review.js';
import { REAL_PLANS, tempPlansDir, writePlanFile } from './helpers/plans.js';
import { shellWord } from '../src/shell.js';
import { describeEngines } from './helpers/servers.js';
import { openScratch } from '../src/engines/index.js';
import { withOwnPlaces } from '../src/verify/verify.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { cwd: projectRoot(), encoding: 'utf8', timeout: 120_000 });
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

const FIEF_WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';

describe('supertokens 5.0 → 6.0 on PostgreSQL', async () => {
  const r = await reviewFor({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' });
  const up = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' });
  const down = compile({ product: 'supertokens', from: '6.0', to: '5.0', dialect: 'postgres' });
  const md = reviewMarkdown(r);

  it('what changes: the diff of the two catalogs, object by object, as the engine spells them', () => {
    expect(r.changes).toContainEqual({ change: 'added', table: 'key_value', object: 'COL app_id', after: "character varying(64) NOT NULL DEFAULT 'public'::character varying" });
    expect(r.changes).toContainEqual({ change: 'dropped', table: 'emailpassword_users', object: 'CON emailpassword_users_email_key', before: 'UNIQUE (email)' });
    expect(r.changes).toContainEqual({ change: 'changed', table: 'dashboard_users', object: 'CON dashboard_users_pkey', before: 'PRIMARY KEY (user_id)', after: 'PRIMARY KEY (app_id, user_id)' });
    // Every line of the 6.0 catalog that 5.0 lacks is an added or changed object.
    const before = new Set(up.dialect.catalog.catalogLines(up.before));
    const newLines = up.dialect.catalog.catalogLines(up.after).filter((l) => !before.has(l));
    expect(r.changes.filter((c) => c.change !== 'dropped')).toHaveLength(newLines.length);
  });

  it('locks: every statement on an existing table with its lock and effect, and the strongest lock per table held to COMMIT', () => {
    expect(r.locks.statements).toContainEqual(expect.objectContaining({ table: 'key_value', lock: 'ACCESS EXCLUSIVE', effect: 'catalog-only', statement: expect.stringContaining('add column key_value.app_id') }));
    expect(r.locks.heldToCommit.map((h) => h.table)).toEqual(up.locks.summary.map((s) => s.table));
    expect(r.locks.statements.every((s) => !up.locks.statements.some((x) => x.label === s.statement && x.tables.some((t) => t.table === s.table && t.new)))).toBe(true);
    expect(md).toContain('| `session_info` | ACCESS EXCLUSIVE | 5.0 → 6.0 · 35/153 · add column session_info.app_id |');
  });

  it('checksums: of the very scripts plan compile writes, and of each source plan', () => {
    expect(r.checksums).toEqual([
      { file: 'up.sql', sha256: sha(up.sql) },
      { file: 'down.sql', sha256: sha(down.sql) },
      { file: 'plans/supertokens/product.yaml', sha256: up.product.sha256 },
      { file: 'plans/supertokens/5.0-6.0.yaml', sha256: up.plans[0].sha256 },
    ]);
  });

  it('commands: the backup first, apply, and the rollback with the same parameters', () => {
    expect(r.commands.backup).toBe('pg_dump --format=custom --file=supertokens-5.0-before.dump.partial DATABASE && mv supertokens-5.0-before.dump.partial supertokens-5.0-before.dump   # restore into a new, empty database: createdb NEW_DATABASE && pg_restore --exit-on-error --single-transaction --dbname=NEW_DATABASE supertokens-5.0-before.dump; not pg_restore --clean over this one, which fails on what the script added');
    expect(r.commands.apply).toBe('psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql');
    // The parameters as the header shows them: PostgreSQL's naming parameters, not given, are left out, and so is
    // access_token_signing_key_dynamic, which only 4.6 → 5.0 reads (the schema at 5.0 is the same with either value).
    expect(r.commands.rollback).toBe('npx plan compile supertokens 6.0 5.0 --dialect postgres -o down.sql');
    expect(r.commands.compile).toBe('npx plan compile supertokens 5.0 6.0 --dialect postgres -o up.sql');
    expect(r.parameters).toEqual([]);
    expect(r.procedure).toEqual({ stop: 'every SuperTokens core that uses this database', start: 'SuperTokens core 6.0' });
  });

  it('the lint findings of the plan on this dialect, with their acknowledgement', () => {
    expect(r.lint.length).toBeGreaterThan(0);
    expect(r.lint.every((f) => f.file === 'plans/supertokens/5.0-6.0.yaml' && f.dialects.includes('postgres'))).toBe(true);
    expect(r.lint.map((f) => f.rule)).toContain('index-without-concurrently');
  });

  it('after: the catalog the model predicts at 6.0, and the tables whose row counts must not change', () => {
    expect(r.verify.expectedCatalog).toEqual(up.dialect.catalog.catalogLines(up.after).sort());
    expect(r.verify.rowCountTables).toContain('session_info');
    expect(r.verify.rowCountTables).not.toContain('app_id_to_user_id');
    expect(r.verify.zeroQueries.length).toBe(up.units.filter((u) => u.op.kind === 'copy_rows').length);
  });

  it('the Markdown has every section, in the runbook order', () => {
    const order = ['## Parameters', '## What changes', '## Checked before the first change', '## Manual steps', '## Locks', '## Irreversible or lossy', '## Lint', '## Commands', '## After: verify', '## Checksums (sha256)'];
    const at = order.map((h) => md.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('other products and dialects', () => {
  it('MySQL: each ALTER with its online DDL class on MySQL 8 and on MariaDB', async () => {
    const r = await reviewFor({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' });
    expect(r.locks.statements.some((s) => s.online?.some((o) => o.startsWith('MySQL 8: ')) && s.online?.some((o) => o.startsWith('MariaDB: ')))).toBe(true);
  });

  it('an irreversible stage says there is no rollback, and why; the drop is listed as lossy', async () => {
    const r = await reviewFor({ product: 'keto', from: '0.7', to: '0.7-cleanup', dialect: 'postgres', params: ['namespaces=files:1'] });
    expect(r.irreversible).toMatch(/the v0\.6 tuple tables are dropped with their rows/);
    expect(r.commands.rollback).toBeUndefined();
    expect(r.lossy.some((l) => l.includes('drop table keto_0000000001_relation_tuples'))).toBe(true);
    expect(reviewMarkdown(r)).toContain('**No rollback:**');
  });

  it('the review of a rollback names its files as plan build does: the rollback down.sql, the upgrade that undoes it up.sql (found by a fresh DBA: they were swapped)', async () => {
    const r = await reviewFor({ product: 'keto', from: '0.7', to: '0.6', dialect: 'postgres', params: ['namespaces=files:1'] });
    // (the users too: the rollback's manual steps give them their rights back, test/keto-manual-steps.test.ts)
    expect(r.commands.compile).toMatch(/^npx plan compile keto 0\.7 0\.6 .* -o down\.sql$/);
    expect(r.commands.apply).toContain('-f down.sql');
    expect(r.commands.rollback).toMatch(/^npx plan compile keto 0\.6 0\.7 .* -o up\.sql$/);
    expect(r.commands.rollbackApply).toContain('-f up.sql');
    expect(reviewMarkdown(r)).toContain('regenerate it with `npx plan review keto 0.7 0.6 --dialect postgres --param namespaces=files:1 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=keto_new --param old_user=keto`');
  });

  it("the review of an import's rollback is made without the import's parameters, and says what the import's compile asks for (found by a fresh DBA: it stopped on source_table)", async () => {
    const r = await reviewFor({ product: 'logto', from: '1.41-imported', to: '1.41', dialect: 'postgres' });
    expect(r.commands.compile).toBe('npx plan compile logto 1.41-imported 1.41 --dialect postgres -o down.sql');
    expect(r.commands.rollback).toBeUndefined();
    expect(r.undoNeeds).toMatch(/^parameter source_table has no default/);
    // What the import leaves out is not the rollback's: its lossy lines are its own deletes and drops.
    expect(r.lossy).toEqual(['1.41-imported → 1.41 · 1/3 · delete the rows plan_imported_users records from users: its data goes with it', '1.41-imported → 1.41 · 2/3 · drop table plan_imported_users: its data goes with it']);
    expect(reviewMarkdown(r)).toContain('Undo it (the upgrade again): `npx plan compile logto 1.41 1.41-imported --dialect postgres` with the upgrade\'s own parameters (parameter source_table has no default: ');
  });

  it("the review of an import's rollback, of plans of your own: its 'Undo it' command carries --plans (found at stop 31: it named the compile without it)", async () => {
    const dir = tempPlansDir();
    cpSync(join(REAL_PLANS, 'logto'), join(dir, 'logto'), { recursive: true });
    const r = await reviewFor({ product: 'logto', from: '1.41-imported', to: '1.41', dialect: 'postgres', plansDir: dir });
    expect(r.commands.undo).toBe(`npx plan compile logto 1.41 1.41-imported --dialect postgres --plans ${shellWord(displayPath(dir))}`);
    expect(reviewMarkdown(r)).toContain(`Undo it (the upgrade again): \`npx plan compile logto 1.41 1.41-imported --dialect postgres --plans ${shellWord(displayPath(dir))}\` with the upgrade's own parameters (parameter source_table has no default: `);
  });

  it("an import: its report command, what its rollback deletes, and the query that must find nothing left to import", async () => {
    const r = await reviewFor({ product: 'logto', from: '1.41', to: '1.41-imported', dialect: 'postgres', params: ['source_table=legacy_users', 'columns=id:id', 'password_method=Bcrypt'] });
    // Compiled, then run (found by a fresh DBA: the review said how to compile the report, not how to run it).
    expect(r.commands.report).toMatch(/ --report -o report\.sql\npsql -v ON_ERROR_STOP=1 -d DATABASE -f report\.sql$/);
    expect(r.lossy).toContain('the rollback deletes the users rows the import made, and what the product attached to them since');
    expect(r.verify.zeroQueries).toHaveLength(1);
    expect(r.verify.zeroQueries[0].sql).toMatch(/^WITH plan_values AS \(\n/);
    expect(r.changes).toContainEqual({ change: 'added', table: 'plan_imported_users', object: 'COL id', after: 'character varying(12) NOT NULL' });
  });
});

describe('renames: one row each in "What changes" (found by a fresh user: a rename read as a drop and an add)', () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'acme', 'product.yaml', 'product: acme\ntitle: Acme\nversions: ["1.0", "1.1", "1.2"]\ndialects: [postgres, mysql]\n');
  writePlanFile(dir, 'acme', '0-1.0.yaml', `product: acme
from: "0"
to: "1.0"
summary: items
steps:
  - create_table:
      name: items
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: name, type: "varchar(50)" }
      primary_key: { columns: [id] }
`);
  writePlanFile(dir, 'acme', '1.0-1.1.yaml', `product: acme
from: "1.0"
to: "1.1"
summary: name becomes title
steps:
  - rename_column: { table: items, from: name, to: title }
`);
  writePlanFile(dir, 'acme', '1.1-1.2.yaml', `product: acme
from: "1.1"
to: "1.2"
summary: items become goods, title becomes label and longer
steps:
  - rename_table: { from: items, to: goods }
  - rename_column: { table: goods, from: title, to: label }
  - alter_column_type: { table: goods, column: label, type: "varchar(80)" }
`);
  for (const dialect of ['postgres', 'mysql']) {
    it(`${dialect}: a column renamed is one row, its definition before and after`, async () => {
      const r = await reviewFor({ product: 'acme', from: '1.0', to: '1.1', dialect, plansDir: dir });
      expect(r.changes).toEqual([expect.objectContaining({ change: 'renamed', table: 'items', object: 'COL name → title' })]);
      expect(r.changes[0].before).toBe(r.changes[0].after);
      expect(reviewMarkdown(r)).toMatch(/\| renamed \| `items` \| `COL name → title` \|/);
      // And back: the rollback's review.
      const back = await reviewFor({ product: 'acme', from: '1.1', to: '1.0', dialect, plansDir: dir });
      expect(back.changes.map((c) => [c.change, c.table, c.object])).toEqual([['renamed', 'items', 'COL title → name']]);
    });

    it(`${dialect}: a table renamed is one row; its column renamed and retyped names the new table; its unchanged objects are not listed`, async () => {
      const r = await reviewFor({ product: 'acme', from: '1.0', to: '1.2', dialect, plansDir: dir });
      const rows = r.changes.map((c) => [c.change, c.table, c.object]);
      expect(rows).toContainEqual(['renamed', 'items → goods', 'TABLE']);
      expect(rows).toContainEqual(['renamed', 'goods', 'COL name → label']);
      expect(rows.filter(([c]) => c === 'dropped' || c === 'added').map(([, , o]) => o).filter((o) => /^COL /.test(o))).toEqual([]);
      const label = r.changes.find((c) => c.object === 'COL name → label')!;
      expect(label.before).toMatch(/50/);
      expect(label.after).toMatch(/80/);
    });
  }
});

it('MySQL: a create index whose repair statement (a same-named index of another definition, rebuilt) is skipped on the plan\'s path says so in the locks table (found by a fresh user: two identical rows)', async () => {
  const dir = tempPlansDir();
  writePlanFile(dir, 'acme', 'product.yaml', 'product: acme\ntitle: Acme\nversions: ["1.0", "1.1"]\ndialects: [mysql]\n');
  writePlanFile(dir, 'acme', '0-1.0.yaml', 'product: acme\nfrom: "0"\nto: "1.0"\nsummary: items\nsteps:\n  - create_table:\n      name: items\n      columns:\n        - { name: id, type: integer, nullable: false }\n        - { name: title, type: "varchar(50)" }\n      primary_key: { columns: [id] }\n');
  writePlanFile(dir, 'acme', '1.0-1.1.yaml', 'product: acme\nfrom: "1.0"\nto: "1.1"\nsummary: an index\nsteps:\n  - create_index: { table: items, name: items_title_idx, columns: [title] }\n');
  const r = await reviewFor({ product: 'acme', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir });
  expect(r.locks.statements.map((s) => s.statement)).toEqual([
    '1.0 → 1.1 · 1/1 · create index items_title_idx on items (only where the database differs from the plan here; else skipped)',
    '1.0 → 1.1 · 1/1 · create index items_title_idx on items',
  ]);
});

describe('the backup and apply commands are the header\'s', () => {
  it('fief 0.27 → 0.28 on MySQL: the backup takes the workspace database too (found at stop 32: the review backed up the main database alone, without the workspace\'s tables that move)', async () => {
    const r = await reviewFor({ product: 'fief', from: '0.27', to: '0.28', dialect: 'mysql', params: [`workspace_id=${FIEF_WS}`] });
    expect(r.commands.backup).toMatch(new RegExp(`--result-file=fief-0\\.27-before\\.sql\\.partial --databases DATABASE ${FIEF_WS} && mv `));
    expect(r.commands.apply).toBe('mysql DATABASE < up.sql   # or: mariadb DATABASE < up.sql');
  });

  it('fief 0.27 → 0.28 on MySQL with --param main_database: the header and the review name that database, as a shell word, where they said DATABASE; the rollback, which does not check it, keeps the placeholder', async () => {
    const params = [`workspace_id=${FIEF_WS}`, 'main_database=fief db'];
    const up = compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'mysql', params });
    expect(up.sql).toContain(`--databases 'fief db' ${FIEF_WS} && mv fief-0.27-before.sql.partial fief-0.27-before.sql`);
    expect(up.sql).toContain("\n-- apply:    mysql 'fief db' < up.sql  (or: mariadb 'fief db' < up.sql)\n");
    const r = await reviewFor({ product: 'fief', from: '0.27', to: '0.28', dialect: 'mysql', params });
    expect(r.commands.apply).toBe("mysql 'fief db' < up.sql   # or: mariadb 'fief db' < up.sql");
    expect(r.commands.backup).toContain(`--databases 'fief db' ${FIEF_WS} && mv `);
    expect(r.commands.rollbackApply).toBe('mysql DATABASE < down.sql   # or: mariadb DATABASE < down.sql');
    // Every command of the review's JSON is shell text as it is (found at stop 32: a note in parentheses after it).
    for (const [name, cmd] of Object.entries(r.commands)) expect(spawnSync('bash', ['-n'], { input: cmd }).status, `${name}: ${cmd}`).toBe(0);
    const down = compile({ product: 'fief', from: '0.28', to: '0.27', dialect: 'mysql', params: [`workspace_id=${FIEF_WS}`] });
    expect(down.sql).toContain('\n-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)\n');
  });

  it('every review.md in out/: its backup and apply commands are those of the header of the script it reviews', () => {
    const out = join(projectRoot(), 'out');
    let compared = 0;
    for (const product of readdirSync(out)) {
      if (!statSync(join(out, product)).isDirectory()) continue;
      for (const pair of readdirSync(join(out, product))) {
        if (!statSync(join(out, product, pair)).isDirectory()) continue;
        for (const dialect of readdirSync(join(out, product, pair))) {
          const dir = join(out, product, pair, dialect);
          if (!existsSync(join(dir, 'review.md'))) continue;
          const review = readFileSync(join(dir, 'review.md'), 'utf8');
          const script = readFileSync(join(dir, 'up.sql'), 'utf8');
          // The header's command, up to its note in parentheses; the review's, up to its note as a shell comment.
          const headerLine = (key: string) => script.match(new RegExp(`^-- ${key}:\\s+(?:first: |then: )?(.*)$`, 'm'))?.[1].split(/ {2,3}\(/)[0];
          const block = (title: string) => review.split(`\n${title}\n\n\`\`\`sh\n`)[1]?.split('\n')[0].split(/ {2,3}# /)[0];
          expect(block('Apply:'), `${dir}: apply`).toBe(headerLine('apply'));
          expect(block('First, the backup:') ?? block('Then, the backup:'), `${dir}: backup`).toBe(headerLine('backup'));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(90);
  });
});

describe('the command line', () => {
  it('plan review … > REVIEW.md, and --format json', () => {
    const md = plan(['review', 'keto', '0.6', '0.7', '--dialect', 'sqlite', '--param', 'namespaces=files:1,groups:2']);
    expect(md.status).toBe(0);
    expect(md.stdout.startsWith('# Review: keto 0.6 → 0.7 (sqlite)\n')).toBe(true);
    const json = plan(['review', 'keto', '0.6', '0.7', '--dialect', 'sqlite', '--param', 'namespaces=files:1,groups:2', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ product: 'keto', from: '0.6', to: '0.7', dialect: 'sqlite', kind: 'upgrade' });
  });

  it('a bad --format: one line, exit code 2, no file', () => {
    const file = join(tempPlansDir(), 'REVIEW.md');
    const r = plan(['review', 'keto', '0.6', '0.7', '--dialect', 'sqlite', '--param', 'namespaces=files:1', '--format', 'html', '-o', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("plan: error: option '--format <format>' argument 'html' is invalid. Allowed choices are markdown, json. (see plan --help)\n");
    expect(existsSync(file)).toBe(false);
  });
});

// Found by a fresh DBA run of the MySQL change ticket: commands that did not paste into a shell ("(or: mariadb …)"),
// no stop/start, no compile command, the other dialect's parameters, the script's own lock timeout not said, a
// statement that runs only on drift shown as a plain one, and the rollback's data check missing.
describe('supertokens 7.0 → 9.0 on MySQL: the ticket as a DBA follows it', async () => {
  const r = await reviewFor({ product: 'supertokens', from: '7.0', to: '9.0', dialect: 'mysql' });
  const md = reviewMarkdown(r);

  it('every command block pastes into a shell: a note in parentheses is a comment', () => {
    const blocks = [...md.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBe(4);
    for (const b of blocks) expect(spawnSync('bash', ['-n'], { input: b, encoding: 'utf8' }).stderr).toBe('');
    expect(md).toContain('```sh\nmysql DATABASE < up.sql   # or: mariadb DATABASE < up.sql\n```');
    expect(md).toContain('```sh\nnpx plan compile supertokens 7.0 9.0 --dialect mysql -o up.sql\n```');
  });

  it('what to stop before and start after; the lock timeout the script sets', () => {
    // The writers stop before the backup is taken (a dump taken while they write is not the state restored to).
    expect(md).toContain('First, stop: every SuperTokens core that uses this database.\n\nThen, the backup:\n\n```sh\nmysqldump ');
    expect(md).toContain('After it: start SuperTokens core 9.0.');
    expect(r.locks.notes[0]).toMatch(/^lock: +lock_wait_timeout = 5 and innodb_lock_wait_timeout = 5 seconds, for this session/);
  });

  it("a statement that runs only where the database differs says so; the rollback's own checks are listed", () => {
    expect(r.locks.statements.map((x) => x.statement)).toContain('7.0 → 8.0 · 4/4 · add foreign key user_roles_ibfk_1 on user_roles · drop foreign key user_roles_ibfk_1 as it is now (only where the database differs from the plan here; else skipped)');
    expect(r.rollbackChecks).toContain('data check: every user_roles row has its roles row (7.0 foreign key user_roles_ibfk_1)');
    expect(md).toContain('The rollback (9.0 → 7.0) checks, before its first change:');
  });
});

// The catalog query plan review prints must list, on the engine, exactly the expected lines beside it and in their
// order, so that a DBA's diff of the two is empty (MySQL's information_schema sorts case-insensitively, with _ after
// the letters: user_last_active came after userid_mapping there, before it in the expected lines).
for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) {
  await describeEngines(dialect, (e) => {
    it(`${e.title}: the review's catalog query prints the expected catalog, line for line, after the install`, async () => {
      const product = dialect === 'sqlite' ? 'authhero' : 'supertokens';
      const version = dialect === 'sqlite' ? '11.20' : '9.0';
      const r = await reviewFor({ product, from: '0', to: version, dialect, examples: true });
      if (dialect === 'mysql') expect(r.verify.catalogQuery.endsWith('ORDER BY CAST(line AS BINARY)')).toBe(true);
      const s = await openScratch(dialect, { url: e.url });
      try {
        await s.execScript(compile({ product, from: '0', to: version, dialect, examples: true }).sql);
        const lines = (await s.query<{ line: string }>(r.verify.catalogQuery)).map((x) => String(x.line));
        expect(lines).toEqual(r.verify.expectedCatalog);
        if (dialect === 'mysql') {
          const [a, b] = [lines.indexOf('T user_last_active | PK (app_id, user_id)'), lines.indexOf('T userid_mapping | PK (app_id, supertokens_user_id, external_user_id)')];
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThan(b);
        }
      } finally {
        await s.close();
      }
    });

    // Found by review: the query listed every table of the schema or database, so one the product does not own (the
    // application's own table beside it) was a line the expected catalog does not have. It lists the product's tables.
    it(`${e.title}: the review's catalog query leaves out a table of the same schema the product does not own`, async () => {
      const product = dialect === 'sqlite' ? 'authhero' : 'supertokens';
      const version = dialect === 'sqlite' ? '11.20' : '9.0';
      const r = await reviewFor({ product, from: '0', to: version, dialect, examples: true });
      const s = await openScratch(dialect, { url: e.url });
      try {
        await s.execScript(compile({ product, from: '0', to: version, dialect, examples: true }).sql);
        await s.execStatements(['CREATE TABLE app_notes (id INTEGER PRIMARY KEY, note VARCHAR(100))']);
        const lines = (await s.query<{ line: string }>(r.verify.catalogQuery)).map((x) => String(x.line));
        expect(lines.filter((l) => l.includes('app_notes'))).toEqual([]);
        expect(lines).toEqual(r.verify.expectedCatalog);
      } finally {
        await s.close();
      }
    });

    // Found at stop 32 by a fresh DBA: the query read the current schema or database alone, without enum types, so
    // the reviews of Logto and Fief expected lines (`E …`, `T … | IN workspace`) it could not print.
    const cases: [string, string, string[]][] = dialect === 'sqlite' ? [] : [
      ['fief', '0.27', [`workspace_id=${FIEF_WS}`]],
      ...(dialect === 'postgres' ? ([['logto', '1.41', []]] as [string, string, string[]][]) : []),
    ];
    for (const [product, version, params] of cases) {
      it(`${e.title}: ${product} 0 → ${version}: the query also lists the enum types and the tables of the product's other ${dialect === 'postgres' ? 'schemas' : 'databases'}`, async () => {
        const r = await reviewFor({ product, from: '0', to: version, dialect, params, examples: true });
        const s = withOwnPlaces(await openScratch(dialect, { url: e.url }), product === 'fief' ? { workspace: FIEF_WS } : {});
        try {
          await s.execScript(compile({ product, from: '0', to: version, dialect, params, examples: true }).sql);
          const lines = (await s.query<{ line: string }>(r.verify.catalogQuery)).map((x) => String(x.line));
          expect(lines).toEqual(r.verify.expectedCatalog);
          if (dialect === 'postgres') expect(lines.some((l) => l.startsWith('E '))).toBe(true);
          if (product === 'fief') expect(lines.filter((l) => / \| IN workspace$/.test(l)).length).toBeGreaterThan(20);
        } finally {
          await s.close();
        }
      });
    }
  });
}

// MySQL's foreign-key step runs three statements: a same-named key dropped (only where the database differs), the
// index MySQL needs on the key's columns built in place (reads and writes go on), the key added by a copy of the table
// (writes wait). Under the step's one label the three rows read as contradicting each other; each now says which
// statement it is.
describe('supertokens 5.0 → 6.0 on MySQL: each lock row of a foreign key step says what its statement is', async () => {
  const r = await reviewFor({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' });
  const md = reviewMarkdown(r);
  const step = '5.0 → 6.0 · 75/127 · add foreign key passwordless_codes_ibfk_1 on passwordless_codes';

  it('the drop, the supporting index and the key, each by name, with its own lock', () => {
    expect(r.locks.statements.filter((x) => x.statement.startsWith(step)).map((x) => [x.statement.slice(step.length), x.table, x.effect, x.online])).toEqual([
      [' · drop foreign key passwordless_codes_ibfk_1 as it is now (only where the database differs from the plan here; else skipped)', 'passwordless_codes', 'catalog-only', ['MySQL 8: INPLACE, LOCK=NONE', 'MariaDB: INSTANT, LOCK=NONE']],
      [' · create index app_id, which the foreign key needs (an index on its columns)', 'passwordless_codes', 'scan', ['MySQL 8: INPLACE, LOCK=NONE', 'MariaDB: NOCOPY, LOCK=NONE']],
      [' · add foreign key passwordless_codes_ibfk_1', 'passwordless_codes', 'rewrite', ['MySQL 8: COPY, LOCK=SHARED, rebuilds', 'MariaDB: COPY, LOCK=SHARED, rebuilds']],
      [' · add foreign key passwordless_codes_ibfk_1', 'passwordless_devices', 'catalog-only', ['MySQL 8: COPY, LOCK=SHARED, rebuilds', 'MariaDB: COPY, LOCK=SHARED, rebuilds']],
    ]);
    expect(md).toContain(`| ${step} · create index app_id, which the foreign key needs (an index on its columns) | \`passwordless_codes\` | metadata lock; MySQL 8: INPLACE, LOCK=NONE; MariaDB: NOCOPY, LOCK=NONE | scan | reads and writes go on; builds an index (reads every row) |`);
  });

  it('a step of one statement keeps its label alone', () => {
    expect(r.locks.statements.map((x) => x.statement)).toContain('5.0 → 6.0 · 76/127 · add column thirdparty_users.app_id');
  });
});
