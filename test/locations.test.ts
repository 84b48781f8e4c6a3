// Tables in another schema (PostgreSQL) or database (MySQL) of a product, moved into the main one with their enum
// types: the shape of Fief 0.27 → 0.28 (issue #13), in a small fixture product (test/fixtures/plans-places).
// Proven on each engine: the install puts the space's tables and enum type in the space's schema or database; the
// upgrade moves them (rows, keys, indexes and enum columns intact) and a second run writes nothing; the old schema
// then drops WITHOUT CASCADE and the enum column keeps its values (Fief's own guide leaves the types behind, so
// DROP SCHEMA … CASCADE would drop those columns); the rollback makes the schema again and moves everything back;
// a database holding a second space is refused before any change.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { closeAllScratches, describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { loadPostgresParser } from '../src/plan/postgres-text.js';
import { describeEngines } from './helpers/servers.js';

afterAll(() => closeAllScratches());

const plansDir = fileURLToPath(new URL('./fixtures/plans-places', import.meta.url));
const script = (from: string, to: string, dialect: string, space: string) => compile({ product: 'places', from, to, dialect, plansDir, params: [`space_id=${space}`] }).sql;

describe('compiled', () => {
  const SPACE = '5b5e1c2a-0d6f-4c1e-9a57-6a3f0e2b7c41';
  it('PostgreSQL: the space schema is made when missing; each table and type moves under its own guard, to the current schema', async () => {
    const install = script('0', '1.0', 'postgres', SPACE);
    expect(install).toContain(`CREATE SCHEMA IF NOT EXISTS "${SPACE}";`);
    expect(install).toContain(`CREATE TYPE "${SPACE}".x_kind AS ENUM ('0', '1', 'it''s')`);
    expect(install).toContain(`CREATE TABLE "${SPACE}".x_items (`);
    expect(install).toContain(`kind "${SPACE}".x_kind NOT NULL DEFAULT '1'`);
    expect(install).toContain('created_at TIMESTAMPTZ NOT NULL DEFAULT now()');
    const up = script('1.0', '2.0', 'postgres', SPACE);
    expect(up).toContain(`  IF NOT (to_regclass('x_items') IS NOT NULL AND to_regclass('"${SPACE}".x_items') IS NULL) THEN\n    EXECUTE format('ALTER TABLE %s SET SCHEMA %I', '"${SPACE}".x_items', current_schema());`);
    expect(up).toContain(`EXECUTE format('ALTER TYPE %s SET SCHEMA %I', '"${SPACE}".x_kind', current_schema());`);
    const down = script('2.0', '1.0', 'postgres', SPACE);
    expect(down).toContain(`ALTER TABLE x_items SET SCHEMA "${SPACE}";`);
    const pg = await loadPostgresParser();
    for (const sql of [install, up, down]) expect((await pg.parse(sql)).stmts?.length).toBeGreaterThan(3);
  });

  it('MySQL: RENAME TABLE across databases with backticks (any sql_mode: no double quotes); ENUM columns hold the values', () => {
    const up = script('1.0', '2.0', 'mysql', SPACE);
    expect(up).toContain(`'RENAME TABLE \`${SPACE}\`.\`x_items\` TO \`x_items\`'`);
    expect(up).not.toMatch(/RENAME TABLE "/);
    const install = script('0', '1.0', 'mysql', SPACE);
    expect(install).toContain("`kind` ENUM(''0'',''1'',''it''''s'') NOT NULL DEFAULT ''1''");
    expect(install).toContain('`created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP');
    expect(install).not.toContain('CREATE TYPE');
  });

  it('the predicted catalog spells where each table and type is', () => {
    const at1 = predictCatalog({ product: 'places', version: '1.0', dialect: 'postgres', plansDir, params: [`space_id=${SPACE}`] });
    expect(at1).toContain('T x_items | IN space');
    expect(at1).toContain("E x_kind | ENUM ('0', '1', 'it''s') IN space");
    expect(at1).toContain("T x_items | COL kind x_kind NOT NULL DEFAULT '1'::x_kind");
    const at2 = predictCatalog({ product: 'places', version: '2.0', dialect: 'postgres', plansDir, params: [`space_id=${SPACE}`] });
    expect(at2.filter((l) => l.includes(' IN '))).toEqual([]);
  });
});

for (const dialect of ['postgres', 'mysql'] as const) {
  await describeEngines(dialect, (e) => {
    // A space id of its own per run: a schema or database outside the scratch one is shared by every run on a server.
    const space = randomUUID();
    let s: Scratch;
    const place = dialect === 'postgres' ? `"${space}"` : `\`${space}\``;
    const inPlace = (table: string) => `${place}.${dialect === 'postgres' ? table : `\`${table}\``}`;
    const dropPlace = () => (dialect === 'postgres' ? `DROP SCHEMA IF EXISTS "${space}"` : `DROP DATABASE IF EXISTS \`${space}\``);
    beforeAll(async () => {
      s = await openScratch(dialect, { url: e.url });
      await s.execScript(script('0', '1.0', dialect, space));
      await s.execStatements([
        `INSERT INTO spaces (id, kind) VALUES ('${space}', 'LARGE')`,
        `INSERT INTO ${inPlace('x_items')} (id, kind, data) VALUES ('00000000-0000-4000-8000-000000000001', 'it''s', '{"a": 1}'), ('00000000-0000-4000-8000-000000000002', '0', NULL)`,
        `INSERT INTO ${inPlace('x_links')} (id, item_id) VALUES ('00000000-0000-4000-8000-0000000000aa', '00000000-0000-4000-8000-000000000001')`,
      ]);
    });
    afterAll(async () => {
      await s?.execStatements([dialect === 'postgres' ? `DROP SCHEMA IF EXISTS "${space}" CASCADE` : dropPlace()]).catch(() => undefined);
      await s?.close();
    });

    it('a second space in the database stops the upgrade before any change, saying what to do', async () => {
      await s.execStatements([`INSERT INTO spaces (id) VALUES ('00000000-0000-4000-8000-00000000beef')`]);
      await expect(s.execScript(script('1.0', '2.0', dialect, space))).rejects.toThrow(/exactly the space/);
      await s.execStatements([`DELETE FROM spaces WHERE id = '00000000-0000-4000-8000-00000000beef'`]);
      expect(await s.query(`SELECT kind FROM ${inPlace('x_items')} ORDER BY id`)).toEqual([{ kind: "it's" }, { kind: '0' }]);
    });

    it('up moves the tables with their rows and enum columns; a second run writes nothing; the old place drops without CASCADE', async () => {
      await s.execScript(script('1.0', '2.0', dialect, space));
      expect(await s.query(`SELECT i.kind, l.id FROM x_items i JOIN x_links l ON l.item_id = i.id`)).toEqual([{ kind: "it's", id: '00000000-0000-4000-8000-0000000000aa' }]);
      const predicted = predictCatalog({ product: 'places', version: '2.0', dialect, plansDir, params: [`space_id=${space}`] });
      expect([...(await s.catalog())].sort()).toEqual([...predicted].sort());
      const before = await s.writeEvidence();
      await s.execScript(script('1.0', '2.0', dialect, space));
      expect(describeWrites(before, await s.writeEvidence())).toEqual([]);
      // The space's schema or database is empty now: it drops without CASCADE, and the enum column stays.
      await s.execStatements([dropPlace()]);
      expect(await s.query(`SELECT kind FROM x_items ORDER BY id`)).toEqual([{ kind: "it's" }, { kind: '0' }]);
      await expect(s.execStatements([`INSERT INTO x_items (id, kind) VALUES ('00000000-0000-4000-8000-000000000003', 'nope')`])).rejects.toThrow();
    });

    it('down makes the place again and moves everything back', async () => {
      await s.execScript(script('2.0', '1.0', dialect, space));
      expect(await s.query(`SELECT kind FROM ${inPlace('x_items')} ORDER BY id`)).toEqual([{ kind: "it's" }, { kind: '0' }]);
      const lost = await s.query(dialect === 'postgres' ? `SELECT to_regclass('x_items') AS t` : `SELECT COUNT(*) AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'x_items'`);
      expect(lost[0].t === null || Number(lost[0].t) === 0).toBe(true);
      // And up again from there.
      await s.execScript(script('1.0', '2.0', dialect, space));
      expect(await s.query(`SELECT kind FROM x_items ORDER BY id`)).toEqual([{ kind: "it's" }, { kind: '0' }]);
    });
  });
}
