// Reading the compiler's SQL back: the guard wrappers of both dialects, taken apart.
import type { DialectName } from '../../src/plan/types.js';

/** Runs of white space (the formatter's line breaks and indentation) as one space. */
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The arguments of MySQL's IF(a, b, c) in `SET @plan_sql = IF(…);`, split outside strings and parentheses. */
export function mysqlIfArgs(statement: string): string[] | undefined {
  const st = statement.trim();
  const head = 'SET @plan_sql = IF(';
  if (!st.startsWith(head) || !st.endsWith(');')) return undefined;
  return splitArgs(st.slice(head.length, -2));
}

/**
 * The statement a branch of the IF prepares: a string literal as it stands, or the literal a CREATE TABLE's
 * `CONCAT('<statement>', <table options read at run time>)` starts with.
 */
export function mysqlStatementArg(arg: string): string {
  const a = arg.trim();
  if (!a.startsWith('CONCAT(') || !a.endsWith(')')) return a;
  return splitArgs(a.slice('CONCAT('.length, -1))[0];
}

function splitArgs(body: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "'" || ch === '`') {
      for (i++; i < body.length; i++) {
        if (ch === "'" && body[i] === '\\') i++;
        else if (body[i] === ch && body[i + 1] === ch) i++;
        else if (body[i] === ch) break;
      }
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      args.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(body.slice(start).trim());
  return args;
}

/** The text of a MySQL string literal ('…' with '' and backslash escapes), or undefined for anything else. */
export function mysqlString(lit: string): string | undefined {
  if (!/^'.*'$/s.test(lit)) return undefined;
  return lit.slice(1, -1).replace(/\\(.)|''/gs, (m: string, c: string | undefined) => (m === "''" ? "'" : c!));
}

/** A guard wrapper's condition and the statement(s) it runs, or undefined when `statement` is not one. */
export function unwrapGuard(dialect: DialectName, statement: string): { cond: string; inner: string } | undefined {
  if (dialect === 'postgres') {
    const m = /^DO (\$plan\w*\$)\s+BEGIN\s+IF (.*)\s+END IF;\s+END\s+\1;$/s.exec(statement.trim());
    if (!m) return undefined;
    const outer = splitIf(m[2]);
    if (!outer) return undefined;
    // A row condition sits in an IF of its own inside the catalog one (planned only once the catalog one holds).
    const nestedIf = /^IF (.*)\s+END IF;$/s.exec(outer.then.trim());
    const nested = nestedIf ? splitIf(nestedIf[1]) : undefined;
    return nested ? { cond: `${outer.cond} AND ${nested.cond}`, inner: nested.then } : { cond: outer.cond, inner: outer.then };
  }
  const args = mysqlIfArgs(statement);
  if (!args || args.length !== 3 || args[2] !== "'DO 0'") return undefined;
  const inner = mysqlString(mysqlStatementArg(args[1]));
  return inner === undefined ? undefined : { cond: args[0], inner };
}

/** Every SQL text MySQL will see from a script's statements: the statements, and the statements they prepare. */
export function mysqlTexts(statements: string[]): string[] {
  const out: string[] = [];
  for (const st of statements) {
    out.push(st);
    for (const arg of mysqlIfArgs(st)?.slice(1) ?? []) {
      const s = mysqlString(mysqlStatementArg(arg));
      if (s !== undefined) out.push(s);
    }
  }
  return out;
}

/** `cond THEN rest` split at the first THEN outside parentheses and quotes (a condition may hold CASE … THEN). */
function splitIf(text: string): { cond: string; then: string } | undefined {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "'") quote = false;
      continue;
    }
    if (c === "'") quote = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && /\s/.test(c) && /^\s+THEN\s/.test(text.slice(i))) {
      const m = /^\s+THEN\s+/.exec(text.slice(i))!;
      return { cond: text.slice(0, i), then: text.slice(i + m[0].length) };
    }
  }
  return undefined;
}
