// Which checks of a table read a column. A check's expression is SQL the plan wrote, kept as text by the model
// (its definition as the catalog prints it); PostgreSQL rewrites a check when a column it reads is renamed and
// drops it with such a column, which the text cannot follow. So the model refuses both.
import type { Table } from './model.js';

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
