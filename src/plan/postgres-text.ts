// Checks of the PostgreSQL text a plan pastes into a script, with PostgreSQL's own parser (libpg-query).
// Loading the parser costs about 0.3 s, so it is imported only when there is PostgreSQL text to check.
import { PlanError } from './errors.js';
import type { LoadedPlan, SqlText } from './types.js';

type PgQuery = typeof import('libpg-query');

let parser: Promise<PgQuery> | undefined;
/** The parser once loaded (for the synchronous look-ups of the model: `postgresExpressionColumns`). */
let loaded: PgQuery | undefined;

/**
 * libpg-query, imported and initialised on first use.
 *
 * Its WebAssembly module (1.7 MB) is compiled by V8's baseline compiler only (`--liftoff-only` while it compiles, then
 * set back, so a WebAssembly module compiled later, such as PGlite's engine, is optimised as usual). Left to tier up,
 * V8's optimising compiler recompiles the parser's hot functions as parses come: measured on Node 20.20 with 12,000
 * parses in one process, the resident memory grew from 60 to 120 MB and the parses took 0.43 s; with the baseline
 * code alone it stays at 70 MB and they take 0.22 s (bench/RESULTS.md, "2026-12-02 (stop 32)"). That growth was most
 * of what kept `plan validate` above 150 MB.
 */
export function loadPostgresParser(): Promise<PgQuery> {
  parser ??= (async () => {
    const v8 = await import('node:v8');
    v8.setFlagsFromString('--liftoff-only');
    try {
      const pg = await import('libpg-query');
      await pg.loadModule();
      loaded = pg;
      return pg;
    } finally {
      v8.setFlagsFromString('--no-liftoff-only');
    }
  })();
  return parser;
}

/** Every ColumnRef of a parse tree: its fields' names (a qualified or starred reference has several, or none). */
function columnRefs(node: unknown, out: { names: string[]; plain: boolean }[] = []): { names: string[]; plain: boolean }[] {
  if (Array.isArray(node)) node.forEach((n) => columnRefs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'ColumnRef') {
        const fields = ((v as { fields?: unknown[] }).fields ?? []) as Record<string, any>[];
        const names = fields.map((f) => f.String?.sval).filter((s): s is string => typeof s === 'string');
        out.push({ names, plain: fields.length === 1 && names.length === 1 });
      } else columnRefs(v, out);
    }
  }
  return out;
}

/**
 * The columns a PostgreSQL expression (an index element or predicate) reads, by the parser; undefined while the
 * parser is not loaded, none when the text does not parse (the text checks report that).
 */
export function postgresExpressionColumns(text: string): string[] | undefined {
  if (!loaded) return undefined;
  // Each text is parsed once a process: a compile asks at every step that touches the index's table, and each parse
  // costs the parser's memory (every call grows what the WebAssembly heap has touched) and time (≈0.5 ms).
  let columns = expressionColumns.get(text);
  if (!columns) {
    let tree;
    try {
      tree = loaded.parseSync(`SELECT (${text})`);
    } catch {
      tree = undefined;
    }
    columns = tree === undefined ? [] : [...new Set(columnRefs(tree).filter((r) => r.plain).map((r) => r.names[0]))];
    expressionColumns.set(text, columns);
  }
  return [...columns];
}

/**
 * Why CHECK expression `text` is surely not spelled as pg_get_constraintdef prints it (the spelling the end check and
 * the guards compare), by the parse tree alone: the catalog keeps the expression after parse analysis, which gives
 * every string constant its type (`'a'` is printed `'a'::text`, or as the number it was coerced to) and casts a
 * varchar or char column wherever an operator or function reads it (PostgreSQL has text operators only:
 * `length("order")` on a varchar column is printed `length(("order")::text)`). A column under IS [NOT] NULL, or
 * cast by the text itself, is printed as it is. `columnType` gives a column's model type. Undefined when nothing is
 * seen, when the text does not parse (the text checks report that) or while the parser is not loaded. What the
 * analysis adds otherwise (parentheses around each operation, implicit casts between other types, a function's
 * canonical name) needs the catalog and is not seen here: plan verify proves it.
 * Found in review: `length("order") < 1000` on a varchar column passed plan validate and every run failed its end check.
 */
export function postgresCheckSpellingProblem(text: string, columnType: (name: string) => string | undefined): string | undefined {
  if (!loaded) return undefined;
  let tree;
  try {
    tree = loaded.parseSync(`SELECT (${text})`);
  } catch {
    return undefined;
  }
  let problem: string | undefined;
  const walk = (node: unknown, parent: string): void => {
    if (problem !== undefined) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, parent));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node as Record<string, any>)) {
      if (k === 'A_Const' && v && typeof v === 'object' && v.sval !== undefined && parent !== 'TypeCast') {
        problem = `the string constant '${v.sval.sval ?? ''}' is printed with its type by PostgreSQL ('…'::text, or the number it is taken for)`;
        return;
      }
      if (k === 'ColumnRef' && parent !== 'TypeCast' && parent !== 'NullTest') {
        const fields = (v?.fields ?? []) as Record<string, any>[];
        const name = fields.length === 1 ? fields[0].String?.sval : undefined;
        const type = typeof name === 'string' ? columnType(name) : undefined;
        if (type !== undefined && /^(varchar|char|character)\b/i.test(type)) {
          problem = `column "${name}" is ${type}, which PostgreSQL prints cast where an operator or function reads it: write ("${name}")::text`;
          return;
        }
      }
      walk(v, k === 'arg' ? parent : k);
    }
  };
  walk(tree, '');
  return problem;
}

/** postgresExpressionColumns by text: the answer of the one parser this process loads. */
const expressionColumns = new Map<string, string[]>();

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

function conditionProblem(pg: PgQuery, text: string, noun = 'a condition'): string | undefined {
  if (text.trim() === '') return 'is empty';
  let tokens;
  try {
    tokens = pg.scanSync(text).tokens;
  } catch (e) {
    return parseProblem(e);
  }
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT') return `comments are not allowed in ${noun}`;
    if (t.text === ';') return `";" is not allowed in ${noun}: it would end the statement`;
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

/** The one statement `text` parses to, or a problem. */
function parseOne(pg: PgQuery, text: string): Record<string, any> | string {
  try {
    const tree = pg.parseSync(text);
    if (tree.stmts?.length !== 1) return 'is not one expression';
    return tree.stmts[0].stmt as Record<string, any>;
  } catch (e) {
    return parseProblem(e);
  }
}

/**
 * What is wrong with an index element or a partial index's predicate, or undefined: it must be one expression
 * (no ";", no comment, balanced parentheses), name columns alone (no table, no *), and stand in CREATE INDEX as
 * written: an element that is not a function call in parentheses (as pg_get_indexdef spells it), with no
 * operator class or direction of its own (those are fields), and not a bare column (`column:`).
 */
function indexTextProblem(pg: PgQuery, kind: 'expression' | 'predicate', text: string): string | undefined {
  const problem = conditionProblem(pg, text, kind === 'expression' ? 'an index expression' : 'an index predicate');
  if (problem) return problem;
  const select = parseOne(pg, `SELECT (${text})`);
  if (typeof select === 'string') return select;
  const refs = columnRefs(select);
  const odd = refs.find((r) => !r.plain);
  if (odd) return `names ${odd.names.length ? odd.names.join('.') : '*'}: an index ${kind} names its table's columns alone (no table, no *)`;
  if (JSON.stringify(select).includes('"SubLink"')) return `holds a subquery, which PostgreSQL refuses in an index ${kind}`;
  if (kind === 'predicate') {
    const stmt = parseOne(pg, `CREATE INDEX i ON t (c) WHERE ${text}`);
    if (typeof stmt === 'string') return stmt;
    return stmt.IndexStmt?.whereClause ? undefined : 'is not one expression';
  }
  const stmt = parseOne(pg, `CREATE INDEX i ON t (${text})`);
  if (typeof stmt === 'string' || stmt.IndexStmt?.indexParams?.length !== 1) {
    return 'cannot stand as an index element as written: an expression that is not a function call is written in parentheses, as pg_get_indexdef spells it (e.g. "((a + b))", "((v)::character varying(3))")';
  }
  const elem = stmt.IndexStmt.indexParams[0].IndexElem ?? {};
  if (!elem.expr) return 'is a bare column: write { column: … } for a column';
  if (elem.opclass?.length) return 'ends with an operator class: give it as opclass:';
  if (elem.ordering && elem.ordering !== 'SORTBY_DEFAULT') return 'ends with a direction: give desc: true';
  if (elem.nulls_ordering && elem.nulls_ordering !== 'SORTBY_NULLS_DEFAULT') return 'NULLS FIRST/LAST is not supported';
  if (elem.expr.ColumnRef) return 'is a bare column: write { column: … } for a column';
  return undefined;
}

/** What is wrong with one PostgreSQL text, or undefined. `pg` is the loaded parser. */
export function postgresTextProblem(pg: PgQuery, t: Pick<SqlText, 'kind' | 'text' | 'underGuard'>): string | undefined {
  if (t.kind === 'expression' || t.kind === 'predicate') return indexTextProblem(pg, t.kind, t.text);
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
