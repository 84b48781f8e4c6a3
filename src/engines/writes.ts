// Write evidence: the traces a script's writes leave on an engine, taken before and after a run and compared,
// so `plan verify` can prove that running a script a second time executes nothing — not only that the
// catalog and the rows read the same afterwards (a foreign key dropped and re-added reads the same).
//
// PostgreSQL (server and PGlite): the identity and row version of every catalog row of the scratch schema's
// relations (pg_class, pg_index, pg_constraint, pg_attrdef, pg_attribute: OID, xmin, relfilenode) and the
// ctid/xmin of every table row. A re-created object gets a new OID, a rewritten catalog row a new xmin, a
// rewritten table a new relfilenode, a written row a new ctid/xmin.
//
// MySQL / MariaDB: the session status counters of the statements that write (Com_alter_table, Com_insert, …)
// of the very sessions that ran the scripts. Statements run through PREPARE/EXECUTE count like direct ones;
// `DO 0` and SELECTs on information_schema count under Com_do / Com_select, which are not watched.
//
// SQLite: the database file's bytes. A transaction that changes no page writes nothing to the file (TEMP objects
// live in the connection's temp database), so a second run that executes nothing leaves the file as it was.

import { byCodeUnits } from './types.js';
import { plural } from '../plural.js';

/** One catalog row (or a group of rows describing one object), keyed in WriteEvidence by what a DBA calls it. */
export interface CatalogTrace {
  /** OID of the object (attnum for a column): a new one means the object was dropped and created again. */
  id: string;
  /** xmin of its catalog row(s): a new one means the row was rewritten (ALTER), even when the OID stays. */
  version: string;
  /** relfilenode of a table or index: a new one means its data file was rewritten. */
  file?: string;
}

export type WriteEvidence =
  | {
      engine: 'postgres';
      /** e.g. "table apps", "index apps_pkey on apps", "constraint x on t", "default of t.c", "column t.c". */
      objects: Record<string, CatalogTrace>;
      /** Per base table: the `ctid xmin` of every row, sorted. */
      rows: Record<string, string[]>;
    }
  | {
      engine: 'mysql';
      /** Statement counters that write, lower-case name → count, summed over the sessions that ran scripts. */
      counters: Record<string, number>;
    }
  | {
      engine: 'sqlite';
      /** sha256 of the database file: a run that wrote nothing leaves every byte of it. */
      file: string;
      /** `type name: sql` of every sqlite_schema row, for saying what changed. */
      schema: string[];
    };

/** Counters of statements that change a schema or rows (matched on the lower-cased Com_ name). */
const WRITING_COUNTER = /^com_(alter|create|drop|rename|insert|update|delete|replace|truncate|load|grant|revoke|call_procedure)/;

/** True for the Com_* status variables `plan verify` watches: statements that write. */
export function isWritingCounter(name: string): boolean {
  return WRITING_COUNTER.test(name.toLowerCase());
}

/**
 * The writing counters out of `SHOW SESSION STATUS` rows (any case of Variable_name / Value).
 * Returns lower-case name → number; other variables are left out.
 */
export function writingCounters(rows: { name: string; value: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { name, value } of rows) if (isWritingCounter(name)) out[name.toLowerCase()] = Number(value);
  return out;
}

/** Adds counters b into a (in place) and returns a. */
export function addCounters(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  return a;
}

// Statement names for counters whose name does not read as SQL.
const STATEMENT_OF: Record<string, string> = {
  com_insert_select: 'INSERT … SELECT',
  com_replace_select: 'REPLACE … SELECT',
  com_update_multi: 'multi-table UPDATE',
  com_delete_multi: 'multi-table DELETE',
  com_call_procedure: 'CALL',
  com_load: 'LOAD DATA',
};

function statementOf(counter: string): string {
  return STATEMENT_OF[counter] ?? counter.replace(/^com_/, '').replace(/_/g, ' ').toUpperCase();
}

/**
 * What happened between two snapshots of the same scratch, one line per object or counter, in words a DBA
 * reads, e.g. `constraint c_p_fkey on c re-created (oid 16420 → 16502)`, `default of c.v rewritten`,
 * `table c rewritten (relfilenode 16390 → 16511)`, `c: 1 row written`, `2 × ALTER TABLE executed
 * (Com_alter_table +2)`. Empty when nothing was written. Throws when the snapshots come from different engines.
 */
export function describeWrites(before: WriteEvidence, after: WriteEvidence): string[] {
  if (before.engine === 'mysql' && after.engine === 'mysql') {
    const out: string[] = [];
    for (const name of Object.keys(after.counters).sort(byCodeUnits)) {
      const n = after.counters[name] - (before.counters[name] ?? 0);
      if (n !== 0) out.push(`${n} × ${statementOf(name)} executed (${name.replace(/^com_/, 'Com_')} +${n})`);
    }
    return out;
  }
  if (before.engine === 'postgres' && after.engine === 'postgres') return describePostgresWrites(before, after);
  if (before.engine === 'sqlite' && after.engine === 'sqlite') {
    if (before.file === after.file) return [];
    const a = new Set(before.schema);
    const b = new Set(after.schema);
    const changed = [...after.schema.filter((l) => !a.has(l)).map((l) => `${l.slice(0, l.indexOf(':'))} created or altered`), ...before.schema.filter((l) => !b.has(l)).map((l) => `${l.slice(0, l.indexOf(':'))} dropped or altered`)];
    return changed.length ? changed : ['the database file was written (rows or pages changed)'];
  }
  throw new Error(`write evidence of ${before.engine} and ${after.engine} cannot be compared`);
}

function describePostgresWrites(before: Extract<WriteEvidence, { engine: 'postgres' }>, after: Extract<WriteEvidence, { engine: 'postgres' }>): string[] {
  const objects: string[] = [];
  const defaultsWritten = new Set<string>();
  const keys = [...new Set([...Object.keys(before.objects), ...Object.keys(after.objects)])].sort(byCodeUnits);
  for (const key of keys) {
    const a = before.objects[key];
    const b = after.objects[key];
    const isDefault = key.startsWith('default of ');
    if (a && !b) objects.push(`${key} dropped`);
    else if (!a && b) objects.push(`${key} created`);
    else if (a && b && (a.id !== b.id || a.version !== b.version || a.file !== b.file)) {
      if (isDefault) objects.push(`${key} rewritten`);
      else if (a.id !== b.id) objects.push(`${key} re-created (${key.startsWith('column ') ? 'attnum' : 'oid'} ${a.id} → ${b.id})`);
      else if (a.file !== b.file) objects.push(`${key} rewritten (relfilenode ${a.file} → ${b.file})`);
      else objects.push(`${key} altered`);
    } else continue;
    if (isDefault) defaultsWritten.add(key.slice('default of '.length));
  }
  // Setting or dropping a default also rewrites the column's pg_attribute row (atthasdef): one statement, one line.
  const lines = objects.filter((l) => {
    const m = /^column (\S+) altered$/.exec(l);
    return !(m && defaultsWritten.has(m[1]));
  });
  const tables = [...new Set([...Object.keys(before.rows), ...Object.keys(after.rows)])].sort(byCodeUnits);
  for (const t of tables) {
    const a = new Set(before.rows[t] ?? []);
    const b = new Set(after.rows[t] ?? []);
    if (!before.rows[t] || !after.rows[t]) continue; // a created or dropped table is already said above
    const written = [...b].filter((r) => !a.has(r)).length;
    const gone = [...a].filter((r) => !b.has(r)).length;
    // An UPDATE leaves a new row version and removes the old one; a DELETE only removes.
    const deleted = Math.max(0, gone - written);
    const parts = [...(written ? [`${plural(written, 'row')} written`] : []), ...(deleted ? [`${plural(deleted, 'row')} deleted`] : [])];
    if (parts.length) lines.push(`${t}: ${parts.join(', ')}`);
  }
  return lines;
}

/**
 * The catalog traces of the relations in the current schema, as one query: key (what a DBA calls the object),
 * id, version, file. Runs in the scratch's schema (PGlite: after search_path points at it).
 */
export const PG_WRITE_EVIDENCE_SQL = `
SELECT key, id, version, file FROM (
  SELECT CASE WHEN c.relkind IN ('i','I') THEN format('index %s on %s', c.relname, t.relname)
              ELSE format('%s %s', CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'S' THEN 'sequence'
                                                   WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'relation' END, c.relname) END AS key,
         c.oid::text AS id, c.xmin::text || COALESCE('/' || i.xmin::text, '') AS version, c.relfilenode::text AS file
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_index i ON i.indexrelid = c.oid LEFT JOIN pg_class t ON t.oid = i.indrelid
  WHERE n.nspname = current_schema() AND c.relkind IN ('r','p','i','I','S','v','m')
  UNION ALL
  SELECT CASE WHEN k.conrelid = 0 THEN format('constraint %s', k.conname) ELSE format('constraint %s on %s', k.conname, c.relname) END,
         k.oid::text, k.xmin::text, NULL
  FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace LEFT JOIN pg_class c ON c.oid = k.conrelid
  WHERE n.nspname = current_schema()
  UNION ALL
  SELECT format('default of %s.%s', c.relname, a.attname), d.oid::text, d.xmin::text, NULL
  FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
  WHERE n.nspname = current_schema()
  UNION ALL
  SELECT format('column %s.%s', c.relname, a.attname), a.attnum::text, a.xmin::text, NULL
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('r','p') AND a.attnum > 0 AND NOT a.attisdropped
) s`;

/** Tables of the current schema that hold rows (partitioned parents hold none). */
export const PG_ROW_TABLES_SQL = `
SELECT n.nspname AS s, c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind = 'r'`;
