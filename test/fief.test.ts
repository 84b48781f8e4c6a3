// Fief 0.27 → 0.28 (issue #13): the workspace's tables, and on PostgreSQL the enum types their columns use, move from
// the workspace's schema (PostgreSQL) or database (MySQL) into the main one; on SQLite the move is a file rename the
// DBA does (manual steps), and the script checks the renamed file. Reproductions of the faults of Fief's own guide
// (fief-dev/docs docs/migration.md, "Migrate to 0.28+"): its PostgreSQL block leaves the enum types behind, so the
// old schema cannot be dropped without CASCADE, which would drop the enum columns; its MySQL lines quote names with
// double quotes, which fail unless ANSI_QUOTES is on; nothing checks the database is the one it assumes; nothing
// can be re-run. plan verify proves every plan on PGlite, PostgreSQL 15, MariaDB and SQLite (test/verify-*.test.ts
// run --all; the full proof of each direction is here too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, locatedAt } from '../src/compile/compile.js';
import { closeAllScratches, describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { seedRows } from '../src/verify/seed.js';
import { detect, placesOfParams } from '../src/detect/detect.js';
import { status } from '../src/detect/status.js';
import { verify, withOwnPlaces } from '../src/verify/verify.js';
import { describeEngines } from './helpers/servers.js';

afterAll(() => closeAllScratches());

/** The workspace id of the guide's sample (the parameter's default; each scratch gets a fresh one, see withOwnPlaces). */
const WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';
const TABLES = 28;
const script = (from: string, to: string, dialect: string) => compile({ product: 'fief', from, to, dialect, params: [`workspace_id=${WS}`] });

describe('compiled', () => {
  it('the workspace id has no default: a script is compiled for the database at hand', () => {
    expect(() => compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'postgres' })).toThrow('parameter workspace_id has no default: pass --param workspace_id=… (the id of the workspace whose tables move)');
  });

  it('PostgreSQL: the 28 tables and the 3 enum types move, each under its own guard; preconditions come first', () => {
    const up = script('0.27', '0.28', 'postgres');
    expect(up.sql.match(/EXECUTE format\('ALTER TABLE %s SET SCHEMA %I', '"08e952f1-8a79-4672-99f8-ea6919cd4692"\.fief_\w+', current_schema\(\)\);/g)).toHaveLength(TABLES);
    for (const t of ['fief_userfieldtype', 'fief_clienttype', 'fief_acr']) {
      expect(up.sql).toContain(`EXECUTE format('ALTER TYPE %s SET SCHEMA %I', '"${WS}".${t}', current_schema());`);
    }
    const kinds = up.units.map((u) => u.op.kind);
    expect(kinds.slice(0, 3)).toEqual(['precondition', 'precondition', 'precondition']);
    expect(up.sql).toContain('plan stopped: this database must hold exactly one workspace, the one of --param workspace_id');
  });

  it('MySQL: RENAME TABLE with backticks only (any sql_mode), each guarded on information_schema', () => {
    const up = script('0.27', '0.28', 'mysql').sql;
    const renames = up.match(/'RENAME TABLE `08e952f1-8a79-4672-99f8-ea6919cd4692`\.`fief_\w+` TO `fief_\w+`'/g) ?? [];
    expect(renames).toHaveLength(TABLES);
    expect(up).not.toMatch(/RENAME TABLE "/);
    expect(up).not.toContain('CREATE TYPE');
  });

  it('the rollback moves everything back, making the workspace schema or database again if it was dropped', () => {
    const pg = script('0.28', '0.27', 'postgres').sql;
    expect(pg).toContain(`CREATE SCHEMA IF NOT EXISTS "${WS}";`);
    expect(pg).toContain(`ALTER TABLE fief_users SET SCHEMA "${WS}";`);
    expect(pg).toContain(`ALTER TYPE fief_acr SET SCHEMA "${WS}";`);
    const my = script('0.28', '0.27', 'mysql').sql;
    expect(my).toContain(`'CREATE DATABASE IF NOT EXISTS \`${WS}\`'`);
    expect(my).toContain(`'RENAME TABLE \`fief_users\` TO \`${WS}\`.\`fief_users\`'`);
  });

  it('0.28-cleanup is a stage: reached only from 0.28 by its own plan, never chained into; irreversible, said in its header', () => {
    expect(() => script('0.27', '0.28-cleanup', 'postgres')).toThrow('fief 0.28-cleanup is a stage of its own, reached only from 0.28 by its own plan: compile 0.27 → 0.28 first, and 0.28 → 0.28-cleanup when its time comes');
    expect(() => script('0', '0.28-cleanup', 'mysql')).toThrow(/is a stage of its own/);
    const cleanup = script('0.28', '0.28-cleanup', 'postgres').sql;
    expect(cleanup).toContain('\n-- IRREVERSIBLE: this script has no rollback: Fief before 0.28 kept its workspace registry and admin API keys there; 0.28 reads none of them. To go back, restore the backup taken before this script.\n');
    expect(cleanup).not.toContain('-- reverse:');
    expect(cleanup).toContain('-- start:    after applying: Fief 0.28 (');
    for (const dialect of ['postgres', 'mysql', 'sqlite']) expect(() => script('0.28-cleanup', '0.28', dialect)).toThrow(/irreversible/);
  });

  it('MySQL: the backup line dumps the workspace database too, where it holds tables', () => {
    expect(script('0.27', '0.28', 'mysql').sql).toContain(`--result-file=fief-0.27-before.sql.partial --databases DATABASE ${WS} && mv fief-0.27-before.sql.partial fief-0.27-before.sql   (MariaDB: mariadb-dump, same flags; restore: the dump re-creates these databases by name, so drop them first, then mysql < fief-0.27-before.sql; loaded over them it fails on what the script added)`);
    expect(script('0.28', '0.28-cleanup', 'mysql').sql).toContain('utf8mb4 --result-file=fief-0.28-before.sql.partial DATABASE && mv fief-0.28-before.sql.partial fief-0.28-before.sql');
  });

  it('the manual steps name this workspace: drop its emptied schema or database once 0.28 works', () => {
    expect(script('0.27', '0.28', 'postgres').sql).toContain(`drop the workspace's schema, now empty: DROP SCHEMA "${WS}"; (without CASCADE`);
    expect(script('0.27', '0.28', 'mysql').sql).toContain(`TABLE_SCHEMA = '${WS}' is 0 (MySQL drops a database with its tables, asking nothing), then DROP DATABASE \`${WS}\`;`);
  });

  it("out/ is compiled for the guide's sample id, and its headers say so", () => {
    const up = compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'postgres', examples: true }).sql;
    // (main_database is read on MySQL only, by the precondition limited to it.)
    expect(up).toContain(`-- parameters: workspace_id=${WS} (workspace_id: an example value, not a database's: compile with its own before applying)`);
  });

  it('SQLite: the rename is a manual step with the exact commands; the script only checks the renamed file', () => {
    const up = script('0.27', '0.28', 'sqlite');
    expect(up.sql).toContain(`mv ${WS} fief.db`);
    expect(up.sql).toContain('cp -p fief.db fief.db.bak');
    // The file renamed (not the workspace's, by name), then at Fief 0.27's last workspace revision.
    expect(up.units.filter((u) => u.statements.length > 0).map((u) => u.op.kind)).toEqual(['precondition', 'precondition']);
  });
});

/** A Fief 0.27 database with the product's rows (product.yaml verify_rows): the guide's sample workspace. */
async function at027(s: Scratch, dialect: 'postgres' | 'mysql' | 'sqlite'): Promise<void> {
  const install = script('0', '0.27', dialect);
  await s.execScript(install.sql);
  const product = loadProduct('fief');
  const d = install.places ? locatedAt(install.dialect, install.places, install.after, install.after) : install.dialect;
  const seeded = await seedRows(d, install.after, (sql) => s.execStatements([sql]).then(() => undefined, (e: Error) => e.message), undefined, product.product.verify_rows ?? {}, [...(product.product.verify_database?.only_given_rows ?? [])]);
  expect(seeded.refused).toEqual([]);
}

for (const dialect of ['postgres', 'mysql'] as const) {
  await describeEngines(dialect, (e) => {
    let s: Scratch;
    const inWs = (table: string) => (dialect === 'postgres' ? `"${WS}".${table}` : `\`${WS}\`.\`${table}\``);
    const dropWs = dialect === 'postgres' ? `DROP SCHEMA "${WS}"` : `DROP DATABASE \`${WS}\``;
    beforeAll(async () => {
      // The workspace's schema or database is this scratch's own (a fresh UUID in place of the sample id).
      s = withOwnPlaces(await openScratch(dialect, { url: e.url }), { workspace: WS });
      await at027(s, dialect);
    });
    afterAll(() => s?.close());

    it('a second workspace in the database: refused before any change, saying what to do', async () => {
      await s.execStatements([`INSERT INTO workspaces (id, name, domain, database_use_schema, database_table_prefix, alembic_revision) VALUES ('11111111-2222-4333-8444-555555555555', 'Other', 'other.example.com', FALSE, 'fief_', '6c06c7d908a7')`]);
      const before = await s.catalog();
      await expect(s.execScript(script('0.27', '0.28', dialect).sql)).rejects.toThrow(/exactly one workspace|plan stopped: this database must hold/);
      expect(await s.catalog()).toEqual(before);
      await s.execStatements([`DELETE FROM workspaces WHERE id = '11111111-2222-4333-8444-555555555555'`]);
    });

    it('a workspace on a database server of its own (database_type set): refused before any change', async () => {
      await s.execStatements([`UPDATE workspaces SET database_type = 'POSTGRESQL'`]);
      const before = await s.catalog();
      await expect(s.execScript(script('0.27', '0.28', dialect).sql)).rejects.toThrow(/database server of its own|plan stopped: the workspace keeps/);
      expect(await s.catalog()).toEqual(before);
      await s.execStatements([`UPDATE workspaces SET database_type = NULL`]);
    });

    if (dialect === 'mysql') {
      it('main_database names another database than the one the script runs in: refused before any change', async () => {
        const before = await s.catalog();
        const other = compile({ product: 'fief', from: '0.27', to: '0.28', dialect, params: [`workspace_id=${WS}`, 'main_database=fief_prod'] }).sql;
        await expect(s.execScript(other)).rejects.toThrow(/plan stopped: this script runs in another database than/);
        expect(await s.catalog()).toEqual(before);
        // Named right, it goes on (checked by the next test's script too, which leaves it empty: any database).
        const [{ db }] = await s.query<{ db: string }>('SELECT DATABASE() AS db');
        expect(compile({ product: 'fief', from: '0.27', to: '0.28', dialect, params: [`workspace_id=${WS}`, `main_database=${db}`] }).sql).toContain(`DATABASE() = ''${db}''`);
      });
    }

    it('a wrong workspace id: the version check says first that the schema or database does not exist', async () => {
      const wrong = compile({ product: 'fief', from: '0.27', to: '0.28', dialect, params: ['workspace_id=22222222-1111-4111-8111-111111111111'] }).sql;
      // (MySQL: the error names a table called after the message, cut to 64 characters; the whole message is a row printed before it.)
      await expect(s.execScript(wrong)).rejects.toThrow(dialect === 'postgres' ? "schema 22222222-1111-4111-8111-111111111111 (location workspace, --param workspace_id) does not exist: is --param workspace_id the id in this database's workspaces table (SELECT id FROM workspaces)?" : 'plan stopped: database 22222222-1111-4111-8111-111111111111 (lo');
    });

    it('detect reads the workspace place too: 0.27 exactly, and status proposes 0.27 → 0.28 (not the clean-up stage)', async () => {
      expect(() => placesOfParams('fief', dialect, [])).toThrow(`fief keeps tables in another ${dialect === 'postgres' ? 'schema' : 'database'} too (location workspace): pass --param workspace_id=… so that it is read as well`);
      const found = await s.catalog();
      const d = detect({ product: 'fief', dialect, params: [`workspace_id=${WS}`], found });
      expect([d.outcome, d.best.versions]).toEqual(['exact', ['0.27']]);
      const st = status({ detected: d, params: [`workspace_id=${WS}`] });
      expect([st.state, st.from, st.to]).toEqual(['pending', '0.27', '0.28']);
    });

    it('up moves every table with its rows; a second run writes nothing; the old place drops WITHOUT CASCADE and the enum columns keep their values', async () => {
      const rows = await s.query(`SELECT id, acr FROM ${inWs('fief_authorization_codes')} ORDER BY id`);
      const clients = await s.query(`SELECT id, client_type FROM ${inWs('fief_clients')} ORDER BY id`);
      const all = await s.allRows();
      await s.execScript(script('0.27', '0.28', dialect).sql);
      expect(await s.allRows()).toEqual(all);
      // detect reads it back as 0.28 (the workspace place read too, empty now).
      const at28 = detect({ product: 'fief', dialect, params: [`workspace_id=${WS}`], found: await s.catalog() });
      expect([at28.outcome, at28.best.versions]).toEqual(['exact', ['0.28']]);
      const again = await s.writeEvidence();
      await s.execScript(script('0.27', '0.28', dialect).sql);
      expect(describeWrites(again, await s.writeEvidence())).toEqual([]);
      await s.execStatements([dropWs]);
      expect(await s.query(`SELECT id, acr FROM fief_authorization_codes ORDER BY id`)).toEqual(rows);
      expect(await s.query(`SELECT id, client_type FROM fief_clients ORDER BY id`)).toEqual(clients);
      // The guide's sample authorization code (product.yaml verify_rows) among them, with its acr "1".
      expect(rows).toContainEqual({ id: 'cc0de636-93cf-4309-9302-0f516e846ea0', acr: '1' });
      // The enum types are the main schema's now: a value outside them is still refused.
      // (Not '2': MySQL reads a numeric string that is no member of an ENUM as the member's index.)
      await expect(s.execStatements([`UPDATE fief_authorization_codes SET acr = 'x'`])).rejects.toThrow();
    });

    it('once Fief 0.28 has migrated the database, the rollback stops before any change: restore the backup', async () => {
      await s.execStatements([`UPDATE fief_alembic_version SET version_num = '6d9fa141730c'`]);
      const before = await s.catalog();
      await expect(s.execScript(script('0.28', '0.27', dialect).sql)).rejects.toThrow(/plan stopped: Fief 0.28 has already migrated this database/);
      expect(await s.catalog()).toEqual(before);
      await s.execStatements([`UPDATE fief_alembic_version SET version_num = '6c06c7d908a7'`]);
    });

    it('down makes the workspace place again and moves everything back; up again', async () => {
      const all = await s.allRows();
      await s.execScript(script('0.28', '0.27', dialect).sql);
      expect(await s.query(`SELECT acr FROM ${inWs('fief_authorization_codes')} WHERE id = 'cc0de636-93cf-4309-9302-0f516e846ea0'`)).toEqual([{ acr: '1' }]);
      expect(await s.allRows()).toEqual(all);
      await s.execScript(script('0.27', '0.28', dialect).sql);
      expect(await s.allRows()).toEqual(all);
    });

    if (dialect === 'mysql') {
      it("under the session's ANSI_QUOTES, where the guide's double-quoted names would be names: the script runs as it is", async () => {
        await s.execScript(script('0.28', '0.27', dialect).sql);
        await s.execScript(`SET SESSION sql_mode = 'ANSI_QUOTES,STRICT_ALL_TABLES';\n${script('0.27', '0.28', dialect).sql}`);
        expect(await s.query(`SELECT acr FROM fief_authorization_codes WHERE id = 'cc0de636-93cf-4309-9302-0f516e846ea0'`)).toEqual([{ acr: '1' }]);
      });
    }

    for (const [from, to] of [['0.27', '0.28'], ['0.28', '0.27'], ['0', '0.28']] as const) {
      it(`plan verify ${from} → ${to}`, async () => {
        const r = await verify({ product: 'fief', from, to, dialect, url: e.url });
        expect(r.checks.filter((c) => !c.ok)).toEqual([]);
      }, 300_000);
    }
  });
}

describe('sqlite', () => {
  let s: Scratch;
  beforeAll(async () => {
    s = await openScratch('sqlite', {});
    await at027(s, 'sqlite');
  });
  afterAll(() => s?.close());

  it('the workspace file, renamed: the script passes, and again', async () => {
    await s.execScript(script('0.27', '0.28', 'sqlite').sql);
    await s.execScript(script('0.27', '0.28', 'sqlite').sql);
  });

  it('a file of another revision is refused, naming the revision', async () => {
    await s.execStatements([`UPDATE fief_alembic_version SET version_num = '6d9fa141730c'`]);
    await expect(s.execScript(script('0.27', '0.28', 'sqlite').sql)).rejects.toThrow(/this file is not at Fief 0.27's last workspace revision \(fief_alembic_version is not 6c06c7d908a7\): start Fief 0.27 on it once/);
    await s.execStatements([`UPDATE fief_alembic_version SET version_num = '6c06c7d908a7'`]);
  });

  it("the main file (workspaces and the admin tables) is refused: it is not the workspace's", async () => {
    const main = await openScratch('sqlite', {});
    try {
      await main.execStatements(['CREATE TABLE workspaces (id CHAR(36) NOT NULL PRIMARY KEY)', 'CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)']);
      await expect(main.execScript(script('0.27', '0.28', 'sqlite').sql)).rejects.toThrow(/this database is not at fief 0\.27: table (alembic_version|workspaces) exists/);
    } finally {
      await main.close();
    }
  });

  for (const [from, to] of [['0.27', '0.28'], ['0.28', '0.27'], ['0', '0.27']] as const) {
    it(`plan verify ${from} → ${to}`, async () => {
      const r = await verify({ product: 'fief', from, to, dialect: 'sqlite' });
      expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    }, 300_000);
  }
});
