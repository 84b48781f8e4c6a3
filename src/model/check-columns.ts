// Which checks of a table read a column. A check's expression is SQL the plan wrote, kept as text by the model
// (its definition as the catalog prints it); PostgreSQL rewrites a check when a column it reads is renamed and
// drops it with such a column, which the text cannot follow. So the model refuses both.
import { indexTexts, type ForeignKey, type Table } from './model.js';

/**
 * The identifiers an SQL expression names: bare words, "quoted" (PostgreSQL) and `quoted` (MySQL) names;
 * string literals are skipped. Bare words are returned as written (keywords and function names included).
 */
function identifiers(expression: string): { name: string; quoted: boolean }[] {
  const out: { name: string; quoted: boolean }[] = [];
  for (let i = 0; i < expression.length; ) {
    const ch = expression[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      let text = '';
      while (j < expression.length) {
        if (expression[j] === ch && expression[j + 1] === ch) {
          text += ch;
          j += 2;
        } else if (expression[j] === ch) break;
        else if (ch === "'" && expression[j] === '\\') {
          text += expression[j + 1] ?? '';
          j += 2;
        } else text += expression[j++];
      }
      if (ch !== "'") out.push({ name: text, quoted: true });
      i = j + 1;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(expression.slice(i))!;
      out.push({ name: m[0], quoted: false });
      i += m[0].length;
    } else i++;
  }
  return out;
}

/**
 * The names of the checks of `t` whose expression names `column` (quoted exactly, or bare in any case: a bare
 * word that only looks like the column counts too, which errs on the side of refusing).
 * @returns check names, in the table's order
 */
export function checksReading(t: Table, column: string): string[] {
  return t.checks
    .filter((k) => identifiers(k.expression).some((id) => (id.quoted ? id.name === column : id.name.toLowerCase() === column.toLowerCase())))
    .map((k) => k.name);
}

/**
 * The names of the indexes of `t` whose expressions or predicate name `column` (as `checksReading` decides):
 * PostgreSQL rewrites them when the column is renamed and drops them with it, which the model's text cannot follow.
 */
export function indexesReading(t: Table, column: string): string[] {
  return t.indexes
    .filter((ix) => indexTexts(ix).some((text) => identifiers(text).some((id) => (id.quoted ? id.name === column : id.name.toLowerCase() === column.toLowerCase()))))
    .map((ix) => ix.name);
}

const ACTIONS_MYSQL_REFUSES = new Set(['CASCADE', 'SET NULL', 'SET DEFAULT']);

/**
 * MySQL and MariaDB refuse a check on a column that a foreign key with a referential action (CASCADE, SET NULL,
 * SET DEFAULT on delete or update) writes, either way round: the problems of `fk` on table `t`, one sentence each.
 * @returns empty when `fk` and the checks of `t` can live together
 */
export function fkActionsOnCheckedColumns(t: Table, fk: ForeignKey): string[] {
  const actions = [fk.onDelete, fk.onUpdate].filter((a) => ACTIONS_MYSQL_REFUSES.has(a));
  if (!actions.length) return [];
  return fk.columns.flatMap((c) =>
    checksReading(t, c).map((k) => `foreign key ${fk.name} has ON ${fk.onDelete === actions[0] ? 'DELETE' : 'UPDATE'} ${actions[0]} on column ${t.name}.${c}, which check ${k} reads (MySQL and MariaDB refuse both on one column): give the foreign key RESTRICT or NO ACTION`),
  );
}
