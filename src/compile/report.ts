// The report of a script's copies: the source rows a `copy_rows` with `skip:` leaves out, with the reason, as one
// read-only query a DBA runs before the script (what it will leave out) or after it (what it left out). Keto's own
// migrator logs such rows and moves on ("Skipping relation tuple, it seems to be in a broken state"); this lists them
// in a form the change ticket keeps.
import { findTable } from '../model/model.js';
import { rowKey, rowTestSql, skippedRowsSql, whereSql } from '../operations/render.js';
import type { OpOf } from '../operations/types.js';
import { Sql, joinSql, sql } from './sql.js';
import type { CompileResult } from './compile.js';
import { PlanError } from '../plan/errors.js';
import { importReportSql } from '../operations/import_rows.js';

/**
 * The report query of a compiled script (up direction): per copy with skips, the rows of its source its where
 * selects and a skip leaves out — the source table, the source row's key columns (its primary key, else every
 * column) as text, and the first reason that holds. Copies whose sources have the same key columns share one
 * SELECT … UNION ALL; others get a SELECT of their own.
 * @returns the report's text: comment lines (what, the parameters, how to read it), then the queries
 * @throws PlanError when the script leaves no row out by design (no copy with skip:)
 */
export function reportSql(r: CompileResult, title: string): string {
  const d = r.dialect;
  const s = d.syntax;
  const copies = r.direction === 'up' ? r.units.filter((u): u is typeof u & { op: OpOf<'copy_rows'> } => u.op.kind === 'copy_rows' && (u.op as OpOf<'copy_rows'>).skip !== undefined) : [];
  const imports = r.direction === 'up' ? r.units.filter((u): u is typeof u & { op: OpOf<'import_rows'> } => u.op.kind === 'import_rows') : [];
  if (copies.length === 0 && imports.length === 0) throw new PlanError(`${title} leaves out no row by design (no copy_rows step with skip:, no import_rows), so it has no report${r.direction === 'down' ? ' (a report is of the way up)' : ''}`);
  const groups = new Map<string, Sql[]>();
  for (const u of copies) {
    const op = u.op;
    const from = findTable(u.before, op.from)!;
    const key = rowKey(from) ?? from.columns.map((c) => c.name);
    const reason = sql`CASE\n    ${joinSql(op.skip!.map((x) => sql`WHEN ${rowTestSql(d, x.when, r.params, 'src')}\n      THEN ${s.literal(x.reason)}`), '\n    ')}\n  END`;
    const where = whereSql(d, op.where, 'src', r.params);
    const skipped = skippedRowsSql(d, op.skip!, 'src', r.params, '\n   OR ')!;
    const select = sql`SELECT ${s.literal(op.from)} AS source_table, ${joinSql(key.map((c) => sql`${s.asText(sql`src.${s.ident(c)}`)} AS ${s.ident(c)}`), ', ')},
  ${reason} AS reason
FROM ${s.table(op.from)} AS src
WHERE ${where ? sql`${where} AND ` : sql``}${skipped}`;
    const columns = JSON.stringify(key);
    groups.set(columns, [...(groups.get(columns) ?? []), select]);
  }
  const queries: string[] = [...groups.entries()].map(([columns, selects]) => {
    const n = (JSON.parse(columns) as string[]).length + 2;
    return `${joinSql(selects, '\nUNION ALL\n').text}\nORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')};`;
  });
  for (const u of imports) queries.push(`${importReportSql(d, u.op, u.before, r.params).text};`);
  const params = Object.entries(r.params).map(([k, v]) => `${k}=${v}`).join(' ');
  return [
    s.comment(`plan report: ${title} (${d.name}): the source rows the script leaves out, and why`).text,
    ...(params ? [s.comment(`parameters: ${params}`).text] : []),
    s.comment('read-only: run it before the script (the rows it will leave out) or after it (the rows it left out); no row means none').text,
    s.comment('each row: the table it is in, its key, the reason; see to each (recreate it through the product) once the upgrade is done').text,
    '',
    ...queries,
    '',
  ].join('\n');
}
