// A table rebuild: what an engine whose ALTER TABLE cannot make a change does instead (SQLite, "Making Other Kinds
// Of Table Schema Changes", https://sqlite.org/lang_altertable.html#otheralter): create the table as it is after
// the step under a new name, copy the columns it has both before and after, drop the old table, give the new one
// its name, and create its indexes again. The engine's foreign key enforcement is off around the script (the
// dialect's prologue), and the dialect checks the foreign keys before the script commits.
// What the model does not know goes with the old table: DROP TABLE drops its triggers (https://sqlite.org/lang_droptable.html),
// so the script stops before any change when a table it rebuilds has one (compile.ts, DialectGuards.stopIfTriggers).
// Views and other tables' triggers that name the table stay: the rename (template rebuild_rename) keeps them as
// they are rather than failing on them while the name is missing.
import type { Dialect } from '../dialects/dialect.js';
import { findTable, type Model } from '../model/model.js';
import { Sql } from '../compile/sql.js';
import { renderKit } from './render.js';
import type { Statement } from './types.js';

/**
 * The statements that rebuild `table` from its definition in `before` to the one in `after`, as one statement
 * value (its bodies run together: the script is one transaction).
 * @throws Error when the table is missing from either model
 */
export function rebuildTable(d: Dialect, table: string, before: Model, after: Model): Statement[] {
  const { body, all } = renderKit(d, before, after);
  const old = findTable(before, table);
  const next = findTable(after, table);
  if (!old || !next) throw new Error(`internal: table ${table} is not in the models of its rebuild`);
  // A name no table of the product has: the rebuild's own prefix and the table's name.
  let temp = `plan_rebuild_${table}`;
  while (after.tables.some((t) => t.name === temp) || before.tables.some((t) => t.name === temp)) temp = `${temp}_`;
  const kept = next.columns.filter((c) => old.columns.some((o) => o.name === c.name)).map((c) => c.name);
  const bodies = [
    body('create_table', { table: { ...next, name: temp, checks: next.checks.map((c) => ({ name: c.name, expression: Sql.verbatim(c.expression) })) } }),
    ...(kept.length ? [body('rebuild_copy', { into: temp, from: table, columns: kept })] : []),
    body('drop_table', { name: table }),
    body('rebuild_rename', { from: temp, to: table }),
    ...next.indexes.map((index) => body('create_index', { table, index })),
  ];
  return [{ bodies, effects: all, rebuild: { table, before, after } }];
}
