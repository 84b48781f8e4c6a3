// Found in review: a script's header said what its rollback would drop, and the rows it deletes (ROWS DELETED:), but
// not the tables and columns the script itself drops with their data: a DBA had to read the statements to learn that
// Fief's 0.28-cleanup drops five tables, or that an upgrade drops a column. The header now has a `DATA DROPPED:` line
// for each table or column that is in the database when the script starts and that the script drops (drop_table,
// drop_column, drop_leftover_column), derived from the script's operations (src/compile/data-dropped.ts), named as
// the database names it before the script, with the step as its banner names it. Nothing the script creates and
// drops again, and nothing a rollback's own "this rollback drops:" line says already.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import type { DialectName } from '../src/plan/types.js';
import { REAL_PLANS, tempPlansDir, writePlanFile } from './helpers/plans.js';

const headerOf = (sql: string) => sql.slice(0, sql.indexOf('\n\n'));
const droppedLines = (sql: string) => headerOf(sql).split('\n').filter((l) => l.startsWith('-- DATA DROPPED: '));

function product(): string {
  const dir = tempPlansDir();
  writePlanFile(dir, 'dd', 'product.yaml', 'product: dd\ntitle: Drops\nversions: ["1.0", "1.1", "1.2", "1.3"]\ndialects: [postgres, mysql, sqlite]\n');
  writePlanFile(dir, 'dd', '0-1.0.yaml', `product: dd
from: "0"
to: "1.0"
summary: three tables
steps:
  - create_table:
      name: users
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: legacy, type: text }
        - { name: nick, type: varchar(20) }
      primary_key: { columns: [id] }
  - create_table:
      name: old_sessions
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: user_id, type: integer }
      primary_key: { columns: [id] }
  - create_table:
      name: audit
      columns:
        - { name: id, type: integer, nullable: false }
      primary_key: { columns: [id] }
`);
  writePlanFile(dir, 'dd', '1.0-1.1.yaml', `product: dd
from: "1.0"
to: "1.1"
summary: sessions moved, legacy columns dropped
steps:
  - create_table:
      name: sessions
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: user_id, type: integer }
      primary_key: { columns: [id] }
  - copy_rows: { into: sessions, from: old_sessions, values: { id: { column: id }, user_id: { column: user_id } } }
  - drop_table: { name: old_sessions }
    irreversible: the old sessions are not kept
  - rename_table: { from: users, to: accounts }
  - rename_column: { table: accounts, from: nick, to: handle }
  - drop_column: { table: accounts, column: handle }
    inverse: [{ add_column: { table: accounts, column: { name: handle, type: varchar(20) } } }]
  - drop_leftover_column: { table: audit, column: { name: extra, type: integer } }
  - drop_column: { table: accounts, column: legacy }
    inverse: [{ add_column: { table: accounts, column: { name: legacy, type: text } } }]
  - create_table:
      name: scratch
      columns:
        - { name: id, type: integer, nullable: false }
      primary_key: { columns: [id] }
  - add_column: { table: audit, column: { name: note, type: text } }
`);
  writePlanFile(dir, 'dd', '1.1-1.2.yaml', `product: dd
from: "1.1"
to: "1.2"
summary: what 1.1 made, dropped
steps:
  - drop_table: { name: scratch }
    irreversible: scratch is gone
  - drop_column: { table: audit, column: note }
    irreversible: the notes are gone
`);
  writePlanFile(dir, 'dd', '1.2-1.3.yaml', `product: dd
from: "1.2"
to: "1.3"
summary: a table and a column added
steps:
  - create_table:
      name: tokens
      columns:
        - { name: id, type: integer, nullable: false }
      primary_key: { columns: [id] }
  - add_column: { table: audit, column: { name: at, type: text } }
`);
  return dir;
}

describe('DATA DROPPED: lines in the header', () => {
  const dir = product();

  const upLines = [
    '-- DATA DROPPED: table old_sessions, with its rows (copied into sessions first, but for the rows any "rows not copied" line names) (1.0 → 1.1 · 3/10 · drop table old_sessions)',
    '-- DATA DROPPED: column users.nick, with its values, named accounts.handle by then (1.0 → 1.1 · 6/10 · drop column accounts.handle)',
    '-- DATA DROPPED: column audit.extra, with its values, where this database holds it (1.0 → 1.1 · 7/10 · drop leftover column audit.extra where the database holds it)',
    '-- DATA DROPPED: column users.legacy, with its values, named accounts.legacy by then (1.0 → 1.1 · 8/10 · drop column accounts.legacy)',
  ];

  it('an upgrade: each table and column of the database it drops, by its name there, with its step', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite'] as DialectName[]) {
      const sql = compile({ product: 'dd', plansDir: dir, from: '1.0', to: '1.1', dialect }).sql;
      expect(droppedLines(sql), dialect).toEqual(upLines);
      // The step each line names is a banner of the script.
      for (const l of droppedLines(sql)) expect(sql).toContain(`-- ${/\(([^()]*)\)$/.exec(l)![1]}\n`);
      // After the rollback's line: the two are not the same thing.
      const header = headerOf(sql).split('\n');
      expect(header.findIndex((l) => l.startsWith('-- DATA DROPPED: '))).toBeGreaterThan(header.findIndex((l) => l.startsWith('-- IRREVERSIBLE: ')));
    }
  });

  it('what the script made itself and drops again held none of the database\'s data; what it finds there did', () => {
    expect(droppedLines(compile({ product: 'dd', plansDir: dir, from: '1.0', to: '1.2', dialect: 'postgres' }).sql)).toEqual(upLines);
    expect(droppedLines(compile({ product: 'dd', plansDir: dir, from: '1.1', to: '1.2', dialect: 'postgres' }).sql)).toEqual([
      '-- DATA DROPPED: table scratch, with its rows (1.1 → 1.2 · 1/2 · drop table scratch)',
      '-- DATA DROPPED: column audit.note, with its values (1.1 → 1.2 · 2/2 · drop column audit.note)',
    ]);
  });

  it('an upgrade that drops nothing of the database, and a fresh install, have none', () => {
    for (const [from, to] of [['1.2', '1.3'], ['0', '1.3']]) {
      const sql = compile({ product: 'dd', plansDir: dir, from, to, dialect: 'postgres' }).sql;
      expect(droppedLines(sql)).toEqual([]);
    }
  });

  it('a rollback: what it drops of its upgrade\'s making is its "this rollback drops:" line, said once', () => {
    const sql = compile({ product: 'dd', plansDir: dir, from: '1.3', to: '1.2', dialect: 'postgres' }).sql;
    expect(headerOf(sql)).toContain('-- this rollback drops: table tokens; column audit.at, and the data in them\n');
    expect(droppedLines(sql)).toEqual([]);
    const teardown = compile({ product: 'dd', plansDir: dir, from: '1.0', to: '0', dialect: 'postgres' }).sql;
    expect(headerOf(teardown)).toContain('-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF DD AND ALL THE DATA IN THEM.');
    expect(droppedLines(teardown)).toEqual([]);
  });

  it('the bundled Fief 0.28-cleanup lists the five old tables it drops', () => {
    const sql = compile({ product: 'fief', plansDir: REAL_PLANS, from: '0.28', to: '0.28-cleanup', dialect: 'postgres', examples: true }).sql;
    expect(droppedLines(sql)).toEqual([
      '-- DATA DROPPED: table workspace_users, with its rows (0.28 → 0.28-cleanup · 2/7 · drop table workspace_users)',
      '-- DATA DROPPED: table admin_api_key, with its rows (0.28 → 0.28-cleanup · 3/7 · drop table admin_api_key)',
      '-- DATA DROPPED: table admin_session_tokens, with its rows (0.28 → 0.28-cleanup · 4/7 · drop table admin_session_tokens)',
      '-- DATA DROPPED: table workspaces, with its rows (0.28 → 0.28-cleanup · 5/7 · drop table workspaces)',
      '-- DATA DROPPED: table alembic_version, with its rows (0.28 → 0.28-cleanup · 6/7 · drop table alembic_version)',
    ]);
  });
});
