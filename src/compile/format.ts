// Formatting through sql-formatter. Guard bodies (DO blocks, prepared statement text) are string literals to
// the formatter and keep the layout the templates gave them.
import { format } from 'sql-formatter';
import type { Dialect } from '../dialects/dialect.js';

export function formatStatement(d: Dialect, sql: string): string {
  return format(sql, { language: d.formatterLanguage, keywordCase: 'upper', tabWidth: 2, linesBetweenQueries: 1 }).trim();
}
