// A PostgreSQL script sent through a driver runs as one multi-statement query, which PostgreSQL runs in one implicit
// transaction block; CREATE/DROP INDEX CONCURRENTLY refuses to run in one ("cannot run inside a transaction block",
// PostgreSQL manual, CREATE INDEX and the frontend/backend protocol's "Multiple Statements in a Simple Query"). Such a
// script is sent one statement at a time, as psql sends a file, split where PostgreSQL's own parser ends each one.
import { loadPostgresParser } from '../plan/postgres-text.js';

/** Whether `script` may hold a statement that cannot run inside a transaction block (checked on its words only). */
export function needsStatementByStatement(script: string): boolean {
  return /\bconcurrently\b/i.test(script);
}

/**
 * The statements of a PostgreSQL script, in order, each as its text (comments between them left out).
 * @throws the parser's error for text PostgreSQL cannot parse
 */
export async function postgresStatements(script: string): Promise<string[]> {
  const pg = await loadPostgresParser();
  const bytes = Buffer.from(script, 'utf8');
  const parsed = await pg.parse(script);
  // Locations and lengths are byte offsets into the UTF-8 text; a missing location is 0, a missing length "to the end".
  return (parsed.stmts ?? []).map((s) => {
    const at = s.stmt_location ?? 0;
    return bytes.subarray(at, s.stmt_len ? at + s.stmt_len : bytes.length).toString('utf8').trim();
  }).filter(Boolean);
}
