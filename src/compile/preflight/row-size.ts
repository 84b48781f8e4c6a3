// Tables whose rows do not fit every character set. Where the engine limits the bytes a row declares by the character
// set of its text columns (DialectRules.rowSize: MySQL's 65,535 bytes, a VARCHAR(n) counting n × the character set's
// bytes per character), a table the script creates or widens may fit a utf8mb3 database and not a utf8mb4 one. The
// engine finds out only at that statement (MySQL: error 1118), after every statement before it has committed
// (AuthHero 0 → 11.20 stopped at its 105th statement, resource_servers, with 104 committed). So the script checks,
// before its first change, the character set each such table will take (or has), and stops naming the table, the
// bytes its row would declare, the character set and the ones that fit.
//
// Derived from the model, never from a product's flag: for every operation, each table of the model after it that
// differs from the model before it (any operation: create_table, add_column, alter_column_type, a rebuild…) and whose
// row fits fewer bytes per character than before (or that is new) is a need, checked under the guard of the
// operation's last statement (a resumed run past it, or a finished script run again, does not check it).
//
// Where the table's character set comes from when the script runs:
// - a table the script creates takes what its creating statement gives it (DialectGuards.guarded with `creates`): on
//   MySQL the character set of the product's tables already there (those it shares a foreign key with first) or, on a
//   fresh install, the database's default;
// - a table the database has when the script starts keeps its own character set, and a column the script adds or
//   re-declares (ADD COLUMN, MODIFY) takes the table's default, not the database's: the check reads the table's own
//   (information_schema.TABLES.TABLE_COLLATION), and counts every text column of the table at its bytes per character
//   (the product's plans made them all with the table's default; a column someone converted apart is not modelled).
import { plural } from '../../plural.js';
import type { Dialect, NewTable, RowSizeNeed, RowSizeSpec } from '../../dialects/dialect.js';
import { findTable, type Model } from '../../model/model.js';
import type { Op, Statement } from '../../operations/index.js';
import type { Predicate } from '../facets.js';
import type { Sql } from '../sql.js';

/** One operation of the script as compile() renders it. */
interface RenderedOp {
  e: { op: Op; before: Model; after: Model };
  statements: Statement[];
}

/** The check before the script's first change: the statements, the comment above them, and the needs (for the header). */
export interface RowSizeCheck {
  needs: RowSizeNeed[];
  comment: string;
  statements: Sql[];
}

/**
 * Every table the script creates or widens that does not fit the engine's widest character set, in the order of its
 * steps (none where the dialect has no row-size rule).
 * @param rendered each plan of the script with its operations and their statements, in order
 * @param guardOf the derived guard of every statement the script runs (one absent: left out of the script)
 * @param relatedOf the tables a new table shares a foreign key with, as the creating statement reads them (NewTable)
 */
export function rowSizeNeeds(
  d: Dialect,
  start: Model,
  rendered: { ops: RenderedOp[] }[],
  guardOf: Map<Statement, Predicate>,
  relatedOf: (after: Model, name: string) => string[],
): RowSizeNeed[] {
  const rule = d.rules.rowSize;
  if (!rule) return [];
  const existing = start.tables.map((t) => t.name);
  // The name each table has at the start of the script, by its name now (null: the script made it).
  const startName = new Map<string, string | null>(start.tables.map((t) => [t.name, t.name]));
  const needs: RowSizeNeed[] = [];
  for (const { ops } of rendered) {
    for (const { e, statements } of ops) {
      const run = statements.filter((st) => guardOf.has(st));
      if (run.length) {
        for (const ta of e.after.tables) {
          const renamedFrom = e.op.kind === 'rename_table' && e.op.to === ta.name ? e.op.from : ta.name;
          const tb = findTable(e.before, renamedFrom);
          if (tb === ta) continue;
          // (not just the widest: a table may fit utf8mb4 and not utf8mb3 or latin1, InnoDB's page: row-size.ts)
          const fits = rule.fittingWidths(ta);
          if (fits.length >= rule.widest) continue;
          // A table the operation changed that fits every width it did before (or more) needs no new check.
          if (tb) {
            const had = rule.fittingWidths(tb);
            if (had.every((w) => fits.includes(w))) continue;
          }
          const most = rule.maxBytesPerCharacter(ta);
          const origin = startName.has(renamedFrom) ? startName.get(renamedFrom)! : null;
          const source: RowSizeNeed['source'] =
            origin !== null && tb ? { own: origin } : { creates: { name: ta.name, related: relatedOf(e.after, ta.name), existing } satisfies NewTable };
          const location = origin !== null && tb ? findTable(start, origin)?.location : ta.location;
          needs.push({
            table: ta.name,
            ...(location !== undefined ? { location } : {}),
            source,
            most,
            fits,
            bytes: Array.from({ length: rule.widest }, (_, i) => rule.rowBytes(ta, i + 1)),
            over: Array.from({ length: rule.widest }, (_, i) => rule.overLimit(ta, i + 1)?.words ?? ''),
            // (the limit of the widest width it does not fit)
            limit: rule.overLimit(ta, Math.max(...Array.from({ length: rule.widest }, (_, i) => i + 1).filter((w) => !fits.includes(w))))!.limit,
            when: guardOf.get(run[run.length - 1]),
          });
        }
      }
      follow(startName, e.op);
    }
  }
  return needs;
}

/** Follows one operation's effect on the names of the tables the script started with. */
function follow(startName: Map<string, string | null>, op: Op): void {
  switch (op.kind) {
    case 'create_table': startName.set(op.table.name, null); break;
    case 'drop_table': startName.delete(op.name); break;
    case 'rename_table': startName.set(op.to, startName.get(op.from) ?? null); startName.delete(op.from); break;
    default: break;
  }
}

/** The check of `needs`, for the statements right after the version check; undefined when there is none. */
export function rowSizeCheck(d: Dialect, needs: RowSizeNeed[], spec: Omit<RowSizeSpec, 'needs'>): RowSizeCheck | undefined {
  if (!needs.length) return undefined;
  if (!d.guards.rowSizeFits) throw new Error(`internal: ${d.name} limits rows by character set but cannot check one`);
  // Each table's own figure (the fewest bytes per character any of its needs allows): one figure for all would
  // understate what the others allow (found by review: "tables items, other need … at most 2" where items takes 3).
  const most = new Map<string, number>();
  for (const n of needs) most.set(n.table, Math.min(n.most, most.get(n.table) ?? n.most));
  const limits = [...new Set(needs.map((n) => n.limit))].join('; ');
  const [[table, m]] = most;
  const comment = !needs.every((n) => n.fits.every((w, i) => w === i + 1))
    ? `character set: ${most.size === 1 ? `table ${table} fits` : `tables ${[...most.keys()].join(', ')} fit`} some character sets only (${limits}): the script stops before any change when ${most.size === 1 ? 'it would take' : 'one would take'} one that does not fit`
    : most.size === 1
      ? `character set: table ${table} needs a character set of at most ${plural(m, 'byte')} per character for its row to fit (${limits}): the script stops before any change when it would take a wider one`
      : `character set: for their rows to fit (${limits}), ${[...most].map(([t, n]) => `table ${t} needs a character set of at most ${plural(n, 'byte')} per character`).join(', ')}: the script stops before any change when one would take a wider one`;
  return {
    needs,
    comment,
    statements: d.guards.rowSizeFits({ ...spec, needs }),
  };
}
