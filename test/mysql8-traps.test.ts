// MySQL 8 traps. Our MySQL scripts must run on MySQL 8 as well as on MariaDB 10.11, but the only MySQL-family
// engine the tests can run is MariaDB, which accepts a superset: IF [NOT] EXISTS inside ALTER TABLE (ADD
// COLUMN IF NOT EXISTS, DROP CONSTRAINT IF EXISTS …), CREATE INDEX IF NOT EXISTS, DROP INDEX IF EXISTS,
// BEGIN NOT ATOMIC compound statements, CREATE OR REPLACE TABLE, INSERT/DELETE … RETURNING. MySQL 8 rejects
// all of them with a syntax error, so a script using them passes every engine test here and fails in
// production. SIGNAL cannot be prepared on MySQL, and DELIMITER / CREATE PROCEDURE / CREATE FUNCTION are
// client-side or stored-program machinery the scripts promise not to need (plain `mysql db < file`).
// So the text itself is checked: every statement, and every statement the guards prepare from
// SET @plan_sql = IF(…, '<statement>', …), since that text reaches the server too.
import { describe, expect, it } from 'vitest';
import { allOutputs } from './helpers/outputs.js';
import { mysqlTexts } from './helpers/sql.js';

const TRAPS: [string, RegExp][] = [
  ['ADD COLUMN IF NOT EXISTS', /\bADD\s+COLUMN\s+IF\s+NOT\s+EXISTS\b/i],
  ['IF [NOT] EXISTS inside ALTER TABLE', /\bALTER\s+TABLE\b[^;]*?\bIF\s+(NOT\s+)?EXISTS\b/i],
  ['CREATE INDEX IF NOT EXISTS', /\bCREATE\s+(UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+IF\s+NOT\s+EXISTS\b/i],
  ['DROP INDEX IF EXISTS', /\bDROP\s+INDEX\s+IF\s+EXISTS\b/i],
  ['BEGIN NOT ATOMIC', /\bBEGIN\s+NOT\s+ATOMIC\b/i],
  ['CREATE OR REPLACE TABLE', /\bCREATE\s+OR\s+REPLACE\s+TABLE\b/i],
  ['RETURNING', /\bRETURNING\b/i],
  ['SIGNAL', /\b(RE)?SIGNAL\b/i],
  ['DELIMITER', /\bDELIMITER\b/i],
  ['CREATE PROCEDURE / FUNCTION', /\bCREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?(PROCEDURE|FUNCTION)\b/i],
  // MySQL 8.0 manual 11.6: a BLOB, TEXT, GEOMETRY or JSON column takes a default only written as an expression,
  // in parentheses (error 1101 otherwise); MariaDB takes both (found at stop 33: AuthHero's TEXT DEFAULT '[]').
  // (Upper case only: the scripts write types so, and the version check's catalog spellings, text DEFAULT '[]', are
  // MariaDB's lower-case answers, not statements.)
  ['literal default on a TEXT/BLOB/JSON column', /\b(TINY|MEDIUM|LONG)?(TEXT|BLOB)\b(\s+NOT\s+NULL)?\s+DEFAULT\s+(?!\()|\bJSON\b(\s+NOT\s+NULL)?\s+DEFAULT\s+(?!\()/],
];

/** The traps in one SQL text, by name. Comments are not sent as statements' meaning, so they are dropped. */
function traps(sql: string): string[] {
  const code = sql.replace(/--[^\n]*/g, '');
  return TRAPS.filter(([, re]) => re.test(code)).map(([name]) => name);
}

describe('the trap detector', () => {
  it.each([
    ['ALTER TABLE t ADD COLUMN IF NOT EXISTS c INT', 'ADD COLUMN IF NOT EXISTS'],
    ['ALTER TABLE t DROP CONSTRAINT IF EXISTS k', 'IF [NOT] EXISTS inside ALTER TABLE'],
    ['ALTER TABLE t DROP FOREIGN KEY IF EXISTS k', 'IF [NOT] EXISTS inside ALTER TABLE'],
    ['CREATE UNIQUE INDEX IF NOT EXISTS i ON t (c)', 'CREATE INDEX IF NOT EXISTS'],
    ['DROP INDEX IF EXISTS i ON t', 'DROP INDEX IF EXISTS'],
    ["CREATE TABLE t (c TEXT NOT NULL DEFAULT '[]')", 'literal default on a TEXT/BLOB/JSON column'],
    ["ALTER TABLE t ADD COLUMN c JSON DEFAULT '{}'", 'literal default on a TEXT/BLOB/JSON column'],
    ['BEGIN NOT ATOMIC SELECT 1; END', 'BEGIN NOT ATOMIC'],
    ['CREATE OR REPLACE TABLE t (id INT)', 'CREATE OR REPLACE TABLE'],
    ['DELETE FROM t WHERE id = 1 RETURNING id', 'RETURNING'],
    ["SIGNAL SQLSTATE '45000'", 'SIGNAL'],
    ['DELIMITER //', 'DELIMITER'],
    ['CREATE DEFINER=root@localhost PROCEDURE p() SELECT 1', 'CREATE PROCEDURE / FUNCTION'],
  ])('finds %s', (sql, name) => {
    expect(traps(sql)).toContain(name);
  });

  it('finds them inside a guard, and lets MySQL 8 forms pass', () => {
    const guarded = "SET @plan_sql = IF(\n  NOT EXISTS (SELECT 1),\n  'ALTER TABLE `t`\nADD COLUMN IF NOT EXISTS `c` INT',\n  'DO 0');";
    expect(mysqlTexts([guarded]).flatMap(traps)).toContain('ADD COLUMN IF NOT EXISTS');
    expect(traps("SET @plan_sql = IF(NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS), 'ALTER TABLE `t` ADD COLUMN `c` INT', 'DO 0');")).toEqual([]);
    expect(traps('CREATE TABLE IF NOT EXISTS t (id INT); DROP TABLE IF EXISTS t;')).toEqual([]);
  });
});

// Every MySQL script of the products and the fixture (compiled once, for both checks below).
const outputs = allOutputs('mysql');

describe('every compiled MySQL script is free of them', () => {
  it('covers the real products and the fixture', () => {
    expect(outputs.some((o) => o.name.startsWith('supertokens 0 → 6.0'))).toBe(true);
    expect(outputs.some((o) => o.name.startsWith('fixture 1.5 → 0'))).toBe(true);
    expect(outputs.length).toBeGreaterThan(80);
  });
  it.each(outputs.map((o) => [o.name, o] as const))('%s', (_name, o) => {
    const found = mysqlTexts(o.result.statements).flatMap((t) => traps(t).map((trap) => `${trap}: ${t.slice(0, 160)}`));
    expect(found).toEqual([]);
    expect(traps(o.result.sql)).toEqual([]);
  });
});

// MySQL 8.0 manual 13.1.20.6 "CHECK Constraints": check constraint names are unique per schema; MariaDB keeps them
// per table, so a name two tables share passes every MariaDB test and fails on MySQL 8 (ER_CHECK_CONSTRAINT_DUP_NAME).
// The model refuses it (rules.checkNameScope, test/model-rules.test.ts); here, every state of every compiled script.
describe('every compiled MySQL script keeps check names unique in its database', () => {
  it.each(outputs.map((o) => [o.name, o] as const))('%s', (_name, o) => {
    const twice = [o.result.before, ...o.result.units.map((u) => u.after)].flatMap((m) => {
      const seen = new Map<string, string>();
      return m.tables.flatMap((t) => t.checks.flatMap((c) => {
        const key = c.name.toLowerCase();
        const other = seen.get(key);
        seen.set(key, t.name);
        return other !== undefined && other !== t.name ? [`check ${c.name} on ${other} and ${t.name}`] : [];
      }));
    });
    expect([...new Set(twice)]).toEqual([]);
  });
});
