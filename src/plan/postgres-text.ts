// Checks of the PostgreSQL text a plan pastes into a script, with PostgreSQL's own parser (libpg-query).
// Loading the parser costs about 0.3 s, so it is imported only when there is PostgreSQL text to check.
import { PlanError } from './errors.js';
import type { LoadedPlan, SqlText } from './types.js';

type PgQuery = typeof import('libpg-query');

let parser: Promise<PgQuery> | undefined;

/** libpg-query, imported and initialised on first use. */
export function loadPostgresParser(): Promise<PgQuery> {
  parser ??= import('libpg-query').then(async (pg) => {
    await pg.loadModule();
    return pg;
  });
  return parser;
}

/** A parser message on one line. */
function oneLine(message: string): string {
  return message.replace(/[\s\u2028\u2029]+/g, ' ').trim();
}

function parseProblem(e: unknown): string {
  const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
  const at = details?.cursorPosition !== undefined ? ` (at character ${details.cursorPosition + 1})` : '';
  return `${oneLine(e instanceof Error ? e.message : String(e))}${at}`;
}

const TRANSACTION_KINDS: Record<string, string> = {
  TRANS_STMT_BEGIN: 'BEGIN',
  TRANS_STMT_START: 'START TRANSACTION',
  TRANS_STMT_COMMIT: 'COMMIT',
  TRANS_STMT_ROLLBACK: 'ROLLBACK',
  TRANS_STMT_SAVEPOINT: 'SAVEPOINT',
  TRANS_STMT_RELEASE: 'RELEASE SAVEPOINT',
  TRANS_STMT_ROLLBACK_TO: 'ROLLBACK TO SAVEPOINT',
  TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
  TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
  TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};

/** Why a parsed statement may not be part of a script that runs in one transaction, or undefined. */
function forbiddenStatement(node: Record<string, any>): string | undefined {
  const [type, body] = Object.entries(node)[0] ?? [];
  const noTransaction = (what: string) => `${what} cannot run inside a transaction, and the script runs in one`;
  switch (type) {
    case 'TransactionStmt':
      return `transaction control (${TRANSACTION_KINDS[body.kind] ?? body.kind}) is not allowed: the script runs in one transaction`;
    case 'VacuumStmt':
      return body.is_vacuumcmd ? noTransaction('VACUUM') : undefined;
    case 'IndexStmt':
      return body.concurrent ? noTransaction('CREATE INDEX CONCURRENTLY') : undefined;
    case 'DropStmt':
      return body.concurrent ? noTransaction('DROP INDEX CONCURRENTLY') : undefined;
    case 'ReindexStmt':
      return (body.params ?? []).some((p: any) => p.DefElem?.defname === 'concurrently') ? noTransaction('REINDEX CONCURRENTLY') : undefined;
    case 'CreatedbStmt':
      return noTransaction('CREATE DATABASE');
    case 'DropdbStmt':
      return noTransaction('DROP DATABASE');
    case 'AlterSystemStmt':
      return noTransaction('ALTER SYSTEM');
    case 'CreateTableSpaceStmt':
      return noTransaction('CREATE TABLESPACE');
    case 'DropTableSpaceStmt':
      return noTransaction('DROP TABLESPACE');
    default:
      return undefined;
  }
}

/** Statements that return rows: PL/pgSQL refuses them in a block ("query has no destination for result data"). */
const RETURNS_ROWS: Record<string, string> = { SelectStmt: 'SELECT (or VALUES)', ExplainStmt: 'EXPLAIN', VariableShowStmt: 'SHOW' };

function statementsProblem(pg: PgQuery, text: string, underGuard = false): string | undefined {
  let tree;
  try {
    tree = pg.parseSync(text);
  } catch (e) {
    return parseProblem(e);
  }
  if (!tree.stmts?.length) return 'has no statement';
  for (const s of tree.stmts) {
    const why = forbiddenStatement(s.stmt as Record<string, any>);
    if (why) return why;
    const type = Object.keys(s.stmt as Record<string, unknown>)[0];
    if (underGuard && RETURNS_ROWS[type]) {
      return `${RETURNS_ROWS[type]} returns rows, which a guarded step cannot: the guard runs it inside a PL/pgSQL block, where PostgreSQL refuses it ("query has no destination for result data"); write a statement that returns none, or make the step unguarded`;
    }
  }
  const tokens = pg.scanSync(text).tokens;
  if (tokens[tokens.length - 1]?.tokenName === 'SQL_COMMENT') return 'ends inside a -- comment, which would swallow the ";" that ends the statement';
  return undefined;
}

function conditionProblem(pg: PgQuery, text: string): string | undefined {
  if (text.trim() === '') return 'is empty';
  let tokens;
  try {
    tokens = pg.scanSync(text).tokens;
  } catch (e) {
    return parseProblem(e);
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT') return 'comments are not allowed in a condition';
    if (t.text === ';') return '";" is not allowed in a condition: it would end the statement';
    if (t.text === '(') depth++;
    if (t.text === ')' && --depth < 0) return `unbalanced parentheses: ")" at character ${t.start + 1} closes nothing`;
  }
  if (depth > 0) return `unbalanced parentheses: ${depth} "(" not closed`;
  let tree;
  try {
    tree = pg.parseSync(`SELECT (${text})`);
  } catch (e) {
    return oneLine(e instanceof Error ? e.message : String(e));
  }
  const select = tree.stmts?.length === 1 ? (tree.stmts[0].stmt as Record<string, any>).SelectStmt : undefined;
  const clauses = select ? Object.keys(select).filter((k) => !['targetList', 'limitOption', 'op'].includes(k)) : [];
  if (!select || select.targetList?.length !== 1 || clauses.length > 0) return 'is not one expression';
  return undefined;
}

/** What is wrong with one PostgreSQL text, or undefined. `pg` is the loaded parser. */
export function postgresTextProblem(pg: PgQuery, t: Pick<SqlText, 'kind' | 'text' | 'underGuard'>): string | undefined {
  return t.kind === 'statements' ? statementsProblem(pg, t.text, t.underGuard) : conditionProblem(pg, t.text);
}

/**
 * Parses every PostgreSQL text of `plans` (raw_sql statements and their inverses, guards, check expressions)
 * and throws a PlanError at the first that is not safe to paste into the script. Loads the parser only when
 * there is such text.
 */
export async function checkPostgresTexts(plans: LoadedPlan[]): Promise<void> {
  const texts = plans.flatMap((p) => p.sqlTexts.filter((t) => t.dialect === 'postgres'));
  if (texts.length === 0) return;
  const pg = await loadPostgresParser();
  for (const t of texts) {
    const problem = postgresTextProblem(pg, t);
    if (problem) throw new PlanError(`${t.what}: ${problem}`, t.pos);
  }
}
