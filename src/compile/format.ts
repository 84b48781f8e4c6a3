// Formatting through sql-formatter. Guard bodies (DO blocks, prepared statement text) are string literals to
// the formatter and keep the layout the templates gave them.
import { format } from 'sql-formatter';
import type { Dialect } from '../dialects/dialect.js';

// The same statements recur across the scripts of one run (every compile replays its base chain).
const memo = new Map<string, string>();

export function formatStatement(d: Dialect, sql: string): string {
  const key = `${d.formatterLanguage}\0${sql}`;
  let out = memo.get(key);
  if (out === undefined) {
    out = format(sql, { language: d.formatterLanguage, keywordCase: 'upper', tabWidth: 2, linesBetweenQueries: 1, expressionWidth: 200 }).trim();
    memo.set(key, out);
  }
  return out;
}
