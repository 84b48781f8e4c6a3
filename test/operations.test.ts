// Every operation on every dialect, on real engines. The fixture product (test/fixtures/plans/fixture) uses
// each operation kind of OP_NAMES at least once; here it is installed, re-applied, compared with the catalog
// the model predicts, and rolled back plan by plan to 1.0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { OP_NAMES, type DialectName } from '../src/plan/types.js';
import { FIXTURE, FIXTURE_LAST, FIXTURE_VERSIONS } from './helpers/plans.js';
import { describeEngines } from './helpers/servers.js';
import { flat, mysqlIfArgs, unwrapGuard } from './helpers/sql.js';

const DIALECTS: DialectName[] = ['postgres', 'mysql'];
const sorted = (lines: string[]) => [...lines].sort();
const predicted = (dialect: DialectName, version: string) => sorted(predictCatalog({ ...FIXTURE, version, dialect }));
const up = (dialect: DialectName) => compile({ ...FIXTURE, from: '0', to: FIXTURE_LAST, dialect });
/** The upgrade plans as [lower, higher] version pairs, in order. */
const STEPS = FIXTURE_VERSIONS.slice(1).map((v, i) => [FIXTURE_VERSIONS[i], v] as const);
/** Every rollback of one plan, from the last version down to 1.0. */
const downs = (dialect: DialectName) =>
  [...STEPS].reverse().map(([to, from]) => ({ from, to, result: compile({ ...FIXTURE, from, to, dialect }) }));

/** Operations a dialect refuses by design (PostgreSQL's declarative partitioning: create_partition.ts). */
const NOT_ON: Partial<Record<DialectName, string[]>> = { mysql: ['create_partition'] };
/**
 * move_tables needs a schema or database outside the scratch one (product.yaml locations:), which a fixture every
 * engine test shares on one server cannot have: its own fixture (test/fixtures/plans-places) proves it on every
 * engine in test/locations.test.ts, through plan verify too.
 */
const ELSEWHERE = ['move_tables', 'import_rows'];
// import_rows reads a table outside the model, named by parameters (PostgreSQL only: rules.importRows): the Logto
// product proves it on PGlite and PostgreSQL, through plan verify too (test/logto.test.ts).

describe('the fixture product', () => {
  it.each(DIALECTS)('uses every operation kind (%s)', (dialect) => {
    const used = new Set(up(dialect).units.map((u) => u.op.kind));
    expect(OP_NAMES.filter((op) => !used.has(op) && !(NOT_ON[dialect] ?? []).includes(op) && !ELSEWHERE.includes(op))).toEqual([]);
  });
  it.each(DIALECTS)('the places fixture uses move_tables (%s)', (dialect) => {
    const plansDir = new URL('./fixtures/plans-places', import.meta.url).pathname;
    const units = compile({ product: 'places', from: '0', to: '2.0', dialect, plansDir }).units;
    expect(units.map((u) => u.op.kind)).toContain('move_tables');
  });
});

// The guard each operation's SQL must use, per dialect: a statement that runs unguarded on a re-run would fail
// (or duplicate data). A statement is either natively guarded (IF [NOT] EXISTS, NOT EXISTS, IS DISTINCT FROM…)
// or wrapped: postgres in a DO $plan$ block whose IF reads the catalog, mysql in SET @plan_sql = IF(<check on
// information_schema>, '<statement>', 'DO 0') + PREPARE/EXECUTE/DEALLOCATE. Checked on the units of the
// install script and of every rollback, with runs of white space read as one space.
const MYSQL_PREPARED = ['PREPARE plan_stmt FROM @plan_sql;', 'EXECUTE plan_stmt;', 'DEALLOCATE PREPARE plan_stmt;'];

/** How one statement of an operation may look; `catalog` names what the wrapper's condition must read. */
type Form = { native: RegExp } | { catalog: RegExp; stmt: RegExp };
const anchored = (re: RegExp) => new RegExp(`^${re.source}`);
const native = (re: RegExp): Form => ({ native: anchored(re) });
const wrapped = (catalog: RegExp, stmt: RegExp): Form => ({ catalog, stmt: anchored(stmt) });

/** The statements of one unit, mysql wrapper groups (SET/PREPARE/EXECUTE/DEALLOCATE) joined into one. */
function guardedUnits(dialect: DialectName, statements: string[]): string[] {
  if (dialect === 'postgres') return statements.map(flat);
  const out: string[] = [];
  for (let i = 0; i < statements.length; i++) {
    if (statements[i].startsWith('SET @plan_sql')) {
      expect(statements.slice(i + 1, i + 4)).toEqual(MYSQL_PREPARED);
      out.push(flat(statements[i]));
      i += 3;
    } else out.push(flat(statements[i]));
  }
  return out;
}

function matchesForm(dialect: DialectName, st: string, f: Form): boolean {
  const g = unwrapGuard(dialect, st);
  const w = g && { cond: g.cond, inner: flat(g.inner) };
  // A natively guarded statement may still sit in a wrapper (e.g. one that checks that its table exists).
  if ('native' in f) return f.native.test(st) || (w !== undefined && f.native.test(w.inner));
  return w !== undefined && f.catalog.test(w.cond) && f.stmt.test(w.inner);
}

// Guards are derived from the model (src/compile/guards.ts): every statement that changes the schema sits in a
// wrapper whose condition reads the catalog; data statements also carry their own row check, and may run
// without a wrapper where the catalog cannot tell whether they are done.
const PG_CATALOG = /pg_attribute|pg_constraint|pg_index|pg_type|to_regclass\(/;
const MY_CATALOG = /information_schema\.(TABLES|COLUMNS|STATISTICS|REFERENTIAL_CONSTRAINTS|KEY_COLUMN_USAGE)/;
// MySQL data steps run in two prepared stages: the catalog condition prepares the row check into @plan_go, then
// @plan_go chooses the statement.
const MY_ROWS = /^@plan_go$/;
const pgDdl = (stmt: RegExp) => [wrapped(PG_CATALOG, stmt)];
const myDdl = (stmt: RegExp) => [wrapped(MY_CATALOG, stmt)];
const data = (catalog: RegExp, stmt: RegExp) => [native(stmt), wrapped(catalog, stmt)];

const FORMS: Record<DialectName, Record<string, Form[]>> = {
  postgres: {
    create_table: pgDdl(/CREATE TABLE \S+ /),
    create_partition: pgDdl(/CREATE TABLE \w+ PARTITION OF \w+ DEFAULT;$/),
    create_enum_type: pgDdl(/CREATE TYPE \w+ AS ENUM \(/),
    drop_enum_type: pgDdl(/DROP TYPE \w+;$/),
    drop_table: pgDdl(/DROP TABLE \w+;$/),
    rename_table: pgDdl(/ALTER TABLE \w+ RENAME TO \w+;$/),
    add_column: pgDdl(/ALTER TABLE \S+ ADD COLUMN /),
    drop_column: pgDdl(/ALTER TABLE \S+ DROP COLUMN \w+;$/),
    drop_leftover_column: pgDdl(/ALTER TABLE \S+ DROP COLUMN \w+;$/),
    rename_column: pgDdl(/ALTER TABLE \S+ RENAME COLUMN \w+ TO \w+;$/),
    alter_column_type: [wrapped(/format_type\(a\.atttypid, a\.atttypmod\)( END FROM pg_type ty WHERE ty\.oid = a\.atttypid\))? = '/, /ALTER TABLE \S+ ALTER COLUMN \w+ TYPE /)],
    set_default: pgDdl(/ALTER TABLE \S+ ALTER COLUMN \w+ SET DEFAULT /),
    drop_default: pgDdl(/ALTER TABLE \S+ ALTER COLUMN \w+ DROP DEFAULT;$/),
    set_not_null: [wrapped(/attnotnull/, /ALTER TABLE \S+ ALTER COLUMN \w+ SET NOT NULL;$/)],
    drop_not_null: [wrapped(/attnotnull/, /ALTER TABLE \S+ ALTER COLUMN \w+ DROP NOT NULL;$/)],
    replace_primary_key: [wrapped(/pg_constraint .*contype = 'p'.* pg_get_constraintdef\(oid\) = 'PRIMARY KEY \(/, /(ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+; )?ALTER TABLE \S+ ADD CONSTRAINT \w+ PRIMARY KEY /)],
    add_unique: [wrapped(/pg_get_constraintdef\(oid\) = 'UNIQUE \(/, /ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+; ALTER TABLE \S+ ADD CONSTRAINT \w+ UNIQUE /)],
    drop_unique: pgDdl(/ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+;$/),
    replace_unique: [wrapped(/pg_get_constraintdef\(oid\) = 'UNIQUE \(/, /ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+; ALTER TABLE \S+ ADD CONSTRAINT \w+ UNIQUE /)],
    // The same-named key dropped where it is there (a statement of its own: DROP CONSTRAINT locks the table even when
    // there is nothing to drop), then the key added.
    add_foreign_key: [wrapped(/pg_get_constraintdef\(oid\) = 'FOREIGN KEY \(/, /ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+;$/), wrapped(/pg_get_constraintdef\(oid\) = 'FOREIGN KEY \(/, /ALTER TABLE \S+ ADD CONSTRAINT \w+ FOREIGN KEY /)],
    drop_foreign_key: pgDdl(/ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+;$/),
    replace_foreign_key: [wrapped(/pg_get_constraintdef\(oid\) = 'FOREIGN KEY \(/, /ALTER TABLE \S+ DROP CONSTRAINT IF EXISTS \w+;$/), wrapped(/pg_get_constraintdef\(oid\) = 'FOREIGN KEY \(/, /ALTER TABLE \S+ ADD CONSTRAINT \w+ FOREIGN KEY /)],
    create_index: [wrapped(/pg_get_indexdef\(i\.indexrelid\)/, /DROP INDEX IF EXISTS \w+; CREATE (UNIQUE )?INDEX \w+ ON /)],
    drop_index: pgDdl(/DROP INDEX IF EXISTS \w+;$/),
    replace_index: [wrapped(/pg_get_indexdef\(i\.indexrelid\)/, /DROP INDEX IF EXISTS \w+; CREATE (UNIQUE )?INDEX \w+ ON /)],
    insert: data(PG_CATALOG, /INSERT INTO .* WHERE NOT EXISTS \( ?SELECT 1 FROM \S+ WHERE .*\);$/),
    delete_rows: data(PG_CATALOG, /DELETE FROM \S+ WHERE /),
    delete_where: data(PG_CATALOG, /DELETE FROM \S+ WHERE /),
    copy_rows: data(PG_CATALOG, /INSERT INTO .* NOT EXISTS \( ?SELECT 1 FROM \S+ AS dst WHERE .*\);$/),
    update: data(PG_CATALOG, /UPDATE .* WHERE .*IS DISTINCT FROM /),
    // The check, read only where the derived guard holds (a nested IF: it may name a table that exists only there).
    precondition: [wrapped(/(to_regclass|pg_attribute)/, /RAISE EXCEPTION '%', 'plan stopped: /)],
    // A rollback's check that no row of another table references the rows it deletes through ON DELETE CASCADE
    // (src/compile/cascades.ts): stops, naming them, while such a row exists (under the state it belongs to).
    refuse_referenced: [wrapped(/EXISTS \(SELECT 1 FROM \S+ AS c WHERE EXISTS/, /RAISE EXCEPTION '%', 'plan stopped: /)],
    raw_sql: data(/.*/, /(COMMENT ON TABLE team IS .*|DELETE FROM audit WHERE detail LIKE 'user %');$/),
  },
  mysql: {
    create_table: myDdl(/CREATE TABLE `\w+` /),
    // MySQL has no enum types of its own: the values go into the columns (ENUM('a','b')), and the steps write nothing.
    create_enum_type: [],
    drop_enum_type: [],
    drop_table: myDdl(/DROP TABLE `\w+`$/),
    rename_table: myDdl(/RENAME TABLE `\w+` TO `\w+`$/),
    add_column: [wrapped(/NOT EXISTS \(SELECT 1 FROM information_schema\.COLUMNS /, /ALTER TABLE \S+ ADD COLUMN /)],
    drop_column: myDdl(/ALTER TABLE \S+ DROP COLUMN \S+$/),
    drop_leftover_column: myDdl(/ALTER TABLE \S+ DROP COLUMN \S+$/),
    rename_column: myDdl(/ALTER TABLE \S+ RENAME COLUMN \S+ TO \S+$/),
    alter_column_type: [wrapped(/COLUMN_TYPE IN \(/, /ALTER TABLE \S+ MODIFY COLUMN /)],
    set_default: myDdl(/ALTER TABLE \S+ ALTER COLUMN \S+ SET DEFAULT /),
    drop_default: myDdl(/ALTER TABLE \S+ ALTER COLUMN \S+ DROP DEFAULT$/),
    set_not_null: [wrapped(/IS_NULLABLE = 'NO'/, /ALTER TABLE \S+ MODIFY COLUMN .* NOT NULL/)],
    drop_not_null: [wrapped(/IS_NULLABLE = 'YES'/, /ALTER TABLE \S+ MODIFY COLUMN /)],
    replace_primary_key: [wrapped(/information_schema\.STATISTICS .*INDEX_NAME = 'PRIMARY'/, /ALTER TABLE \S+ (DROP PRIMARY KEY, )?ADD PRIMARY KEY /)],
    add_unique: myDdl(/ALTER TABLE \S+ (DROP INDEX \S+, )?ADD CONSTRAINT \S+ UNIQUE /),
    drop_unique: myDdl(/ALTER TABLE \S+ DROP INDEX \S+$/),
    replace_unique: myDdl(/ALTER TABLE \S+ (DROP INDEX \S+, )?ADD CONSTRAINT \S+ UNIQUE /),
    add_foreign_key: myDdl(/(ALTER TABLE \S+ (ADD CONSTRAINT \S+ FOREIGN KEY |DROP FOREIGN KEY \S+$)|CREATE INDEX )/),
    drop_foreign_key: myDdl(/ALTER TABLE \S+ DROP FOREIGN KEY \S+$/),
    replace_foreign_key: myDdl(/(ALTER TABLE \S+ (ADD CONSTRAINT \S+ FOREIGN KEY |DROP FOREIGN KEY \S+$)|CREATE INDEX )/),
    create_index: myDdl(/(ALTER TABLE \S+ DROP INDEX \S+, ADD|CREATE) (UNIQUE )?INDEX /),
    drop_index: myDdl(/ALTER TABLE \S+ DROP INDEX \S+$/),
    replace_index: myDdl(/(ALTER TABLE \S+ DROP INDEX \S+, ADD|CREATE) (UNIQUE )?INDEX /),
    insert: [wrapped(MY_ROWS, /INSERT INTO .* FROM DUAL WHERE NOT EXISTS \( ?SELECT 1 FROM \S+ WHERE .*\);?$/)],
    delete_rows: [wrapped(MY_ROWS, /DELETE FROM \S+ WHERE /)],
    delete_where: [wrapped(MY_ROWS, /DELETE FROM \S+ WHERE /)],
    copy_rows: [wrapped(MY_ROWS, /INSERT INTO .* NOT EXISTS \( ?SELECT 1 FROM \S+ AS dst WHERE .*\);?$/)],
    update: [wrapped(MY_ROWS, /UPDATE .* WHERE .*NOT \(\S+ <=> /)],
    precondition: [], // the stop form, checked in expectGuarded
    refuse_referenced: [], // the stop form too, its message built by a prepared query (the rows it names)
    raw_sql: [native(/(ALTER TABLE team COMMENT = .*|DELETE FROM audit WHERE detail LIKE 'user %');?$/), wrapped(/.*/, /(ALTER TABLE team COMMENT = .*|DELETE FROM audit WHERE detail LIKE 'user %');?$/)],
  },
};

function expectGuarded(dialect: DialectName, kind: string, statements: string[]): void {
  if (kind === 'manual' || kind === 'remark' || kind === 'rollback_only_values' || (dialect !== 'postgres' && (kind === 'create_enum_type' || kind === 'drop_enum_type'))) {
    // manual and remark: comments in the script, nothing to run; rollback_only_values: its check runs before the script's
    // first change, with the other data checks (test/data-fit.test.ts)
    expect(statements).toEqual([]);
    return;
  }
  const forms = FORMS[dialect][kind];
  const units = guardedUnits(dialect, statements);
  expect(units.length).toBeGreaterThan(0);
  for (const st of units) {
    // The first stage of a MySQL data step: the catalog condition chooses whether to compute the row check.
    const stage = dialect === 'mysql' ? mysqlIfArgs(st) : undefined;
    if (stage && stage[2] === "'SET @plan_go = FALSE'") {
      expect(stage[0]).toMatch(/^@plan_ok/);
      expect(stage[1]).toMatch(/^'SET @plan_go = /);
      continue;
    }
    if (dialect === 'mysql' && (kind === 'precondition' || kind === 'refuse_referenced')) {
      // The check into @plan_hold (reading the catalog), the whole message printed when it fails, the flag every later
      // statement needs cleared, then IF(@plan_hold, 'DO 0', 'SELECT 1 FROM `plan stopped: …`'): a query that fails.
      if (st === 'SET @plan_hold = TRUE;') continue;
      if (st.startsWith('SET @plan_hold = ')) {
        expect(st).toMatch(MY_CATALOG);
        continue;
      }
      const stage = mysqlIfArgs(st);
      if (stage && stage[1].startsWith("'SET @plan_hold = IFNULL((")) {
        // Where the state the check belongs to holds (the derived guard), the check is prepared and read.
        expect(stage[0]).toMatch(MY_CATALOG);
        expect(stage[2]).toBe("'DO 0'");
        continue;
      }
      if (stage && stage[0] === 'NOT @plan_hold') {
        // (refuse_referenced) the message with the rows it names, printed when the check fails.
        expect(stage[1]).toMatch(/^'SELECT CONCAT\(''plan stopped: .* AS plan FROM DUAL'$/);
        expect(stage[2]).toBe("'DO 0'");
        continue;
      }
      if (st.startsWith('SELECT ')) {
        expect(st).toMatch(/^SELECT 'plan stopped: .*' AS plan FROM DUAL WHERE NOT @plan_hold;$/);
        continue;
      }
      if (st.startsWith('SET @plan_ok')) {
        expect(st).toBe('SET @plan_ok = @plan_ok AND @plan_hold;');
        continue;
      }
      const [cond, then, otherwise] = mysqlIfArgs(st) ?? [];
      expect(cond).toBe('@plan_hold');
      expect(then).toBe("'DO 0'");
      expect(otherwise).toMatch(/^'SELECT 1 FROM `plan stopped: [^`]*[^ `]`'$/);
      continue;
    }
    const ok = forms.some((f) => matchesForm(dialect, st, f));
    expect(ok, `${kind} statement is not in an expected guarded form:\n${st}`).toBe(true);
  }
}

describe.each(DIALECTS)('guard forms (%s)', (dialect) => {
  const units = [...up(dialect).units, ...downs(dialect).flatMap((d) => d.result.units)];
  const kinds = [...new Set(units.map((u) => u.op.kind))].sort();
  it.each(kinds)('%s', (kind) => {
    for (const u of units.filter((x) => x.op.kind === kind)) expectGuarded(dialect, kind, u.statements);
  });
  it('every kind has an expectation', () => {
    expect(kinds.filter((k) => k !== 'manual' && k !== 'remark' && k !== 'rollback_only_values' && !FORMS[dialect][k])).toEqual([]);
  });
});

for (const dialect of DIALECTS) {
  await describeEngines(dialect, (engine) => {
    describe(`${dialect} on ${engine.title}`, () => {
      let s: Scratch;
      beforeAll(async () => {
        s = await openScratch(dialect, { url: engine.url });
      }, 120_000);
      afterAll(async () => {
        await s?.close();
      });

      it(`0 → ${FIXTURE_LAST} applies, re-applies without change, and matches the predicted catalog`, async () => {
        const script = up(dialect).sql;
        await s.execScript(script);
        const catalog = await s.catalog();
        expect(sorted(catalog)).toEqual(predicted(dialect, FIXTURE_LAST));
        const data = await s.fingerprint();
        await s.execScript(script);
        expect(await s.catalog()).toEqual(catalog);
        expect(await s.fingerprint()).toEqual(data);
      });

      it('rolls back plan by plan to 1.0, each rollback re-runnable and matching the predicted catalog', async () => {
        for (const d of downs(dialect)) {
          await s.execScript(d.result.sql);
          const catalog = await s.catalog();
          expect(sorted(catalog), `${d.from} → ${d.to}`).toEqual(predicted(dialect, d.to));
          await s.execScript(d.result.sql);
          expect(await s.catalog(), `${d.from} → ${d.to} again`).toEqual(catalog);
        }
      });

      it('upgrades plan by plan from 1.0 again, matching each predicted catalog', async () => {
        for (const [from, to] of STEPS) {
          await s.execScript(compile({ ...FIXTURE, from, to, dialect }).sql);
          expect(sorted(await s.catalog()), `${from} → ${to}`).toEqual(predicted(dialect, to));
        }
      });
    });
  });
}

// SQLite (issue #12): the script is one transaction that runs only from the exact state it starts from; the compiler
// evaluates the derived guards against that state, so statements are written as they are, and what ALTER TABLE cannot
// do is a table rebuild. A second run stops at its first check ("is already applied") and changes nothing.
describe('sqlite', () => {
  const REBUILT = ['set_not_null', 'drop_not_null', 'set_default', 'drop_default', 'alter_column_type', 'replace_primary_key', 'add_unique', 'drop_unique', 'replace_unique', 'add_foreign_key', 'drop_foreign_key', 'replace_foreign_key'];
  const units = [...up('sqlite').units, ...downs('sqlite').flatMap((d) => d.result.units)];
  it('the fixture uses every operation kind but partitioning (PostgreSQL only), up or in a rollback (raw SQL)', () => {
    const used = new Set(units.map((u) => u.op.kind));
    expect(OP_NAMES.filter((op) => !used.has(op) && op !== 'create_partition' && !ELSEWHERE.includes(op))).toEqual([]);
  });
  it.each(REBUILT)('%s is a table rebuild: create under a new name, copy, drop, rename, indexes again', (kind) => {
    // A rebuild followed by another of the same table is folded into it (one copy): its unit then has no statement.
    expect(units.some((u) => u.op.kind === kind)).toBe(true);
    const mine = units.filter((u) => u.op.kind === kind && u.statements.length > 0);
    for (const u of mine) {
      const s = u.statements.map(flat);
      const temp = /^CREATE TABLE "(plan_rebuild_[^"]+)" \(/.exec(s[0])?.[1];
      expect(temp, s[0]).toBeDefined();
      const table = temp!.slice('plan_rebuild_'.length);
      expect(s).toContain(`DROP TABLE "${table}";`);
      // The rename keeps views and other tables' triggers that name the table (SQLite 3.26+ refuses it otherwise).
      const rename = `PRAGMA legacy_alter_table = ON; ALTER TABLE "${temp}" RENAME TO "${table}"; PRAGMA legacy_alter_table = OFF;`;
      expect(s).toContain(rename);
      expect(s.indexOf(`DROP TABLE "${table}";`)).toBeLessThan(s.indexOf(rename));
    }
  });
  it('no statement is wrapped: no DO block, no PREPARE, no IF', () => {
    for (const u of units) for (const st of u.statements) expect(st).not.toMatch(/^(DO |SET @plan_sql|PREPARE )/);
  });
  it('the script opens with the client\'s .bail on, its lock wait bound and foreign keys off before its transaction, and ends with them on after it', () => {
    const sql = up('sqlite').statements;
    expect(sql.slice(0, 5)).toEqual(['.bail on', '.timeout 5000', 'PRAGMA foreign_keys = OFF;', 'BEGIN IMMEDIATE;', 'CREATE TEMP TABLE IF NOT EXISTS plan_stop (n INTEGER);']);
    const commit = sql.indexOf('COMMIT;');
    expect(sql[commit + 1]).toBe('PRAGMA foreign_keys = ON;');
  });
});

await describeEngines('sqlite', (engine) => {
  describe(`sqlite on ${engine.title}`, () => {
    let s: Scratch;
    beforeAll(async () => {
      s = await openScratch('sqlite', { url: engine.url });
    });
    afterAll(async () => s?.close());
    const again = async (sql: string) => {
      await expect(s.execScript(sql)).rejects.toThrow(/is already applied \(the database is at /);
    };
    it(`0 → ${FIXTURE_LAST} applies, stops on a second run without a change, and matches the predicted catalog`, async () => {
      const script = up('sqlite').sql;
      await s.execScript(script);
      const catalog = await s.catalog();
      expect(sorted(catalog)).toEqual(predicted('sqlite', FIXTURE_LAST));
      const data = await s.fingerprint();
      await again(script);
      expect(await s.catalog()).toEqual(catalog);
      expect(await s.fingerprint()).toEqual(data);
    });
    it('rolls back plan by plan to 1.0, each rollback stopping on a second run, matching the predicted catalog', async () => {
      for (const d of downs('sqlite')) {
        await s.execScript(d.result.sql);
        const catalog = await s.catalog();
        expect(sorted(catalog), `${d.from} → ${d.to}`).toEqual(predicted('sqlite', d.to));
        await again(d.result.sql);
        expect(await s.catalog(), `${d.from} → ${d.to} again`).toEqual(catalog);
      }
    });
    it('upgrades plan by plan from 1.0 again, matching each predicted catalog', async () => {
      for (const [from, to] of STEPS) {
        await s.execScript(compile({ ...FIXTURE, from, to, dialect: 'sqlite' }).sql);
        expect(sorted(await s.catalog()), `${from} → ${to}`).toEqual(predicted('sqlite', to));
      }
    });
  });
});
