// Checks of the SQLite text a plan pastes into a script (raw_sql statements, check expressions): a scan that knows
// SQLite's quotes ('…', "…", `…`, […]) and comments (-- …, /* … */), enough to keep the text inside its statement,
// out of the script's own transaction and session settings, and away from the sqlite3 client's dot-commands.

interface SqliteScan {
  /** The code outside quotes and comments, same length as the text. */
  code: string;
  problem?: string;
  hasComment: boolean;
  endsInLineComment: boolean;
}

function scanSqlite(text: string): SqliteScan {
  let code = '';
  let hasComment = false;
  let endsInLineComment = false;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const close = c === '[' ? ']' : c;
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return { code, hasComment, endsInLineComment, problem: `unterminated ${c === "'" ? 'quoted string' : 'quoted identifier'} (${c} at character ${i + 1})` };
        if (close !== ']' && text[j] === close && text[j + 1] === close) j += 2;
        else if (text[j] === close) break;
        else j++;
      }
      code += c + blank(text.slice(i + 1, j)) + close;
      i = j + 1;
    } else if (c === '-' && text[i + 1] === '-') {
      hasComment = true;
      const end = text.indexOf('\n', i);
      if (end < 0) {
        endsInLineComment = true;
        code += blank(text.slice(i));
        break;
      }
      code += blank(text.slice(i, end));
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      hasComment = true;
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return { code, hasComment, endsInLineComment, problem: `unterminated /* comment (at character ${i + 1})` };
      code += blank(text.slice(i, end + 2));
      i = end + 2;
    } else {
      code += c;
      i++;
    }
  }
  return { code, hasComment, endsInLineComment };
}

// Statements that would take the transaction or the session out of the script's hands.
const FORBIDDEN_FIRST = new Set(['begin', 'commit', 'end', 'rollback', 'savepoint', 'release', 'vacuum', 'attach', 'detach']);

/**
 * What is wrong with raw SQLite statements, or undefined: quotes and comments closed, no ending line comment, no
 * transaction control (BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE), no VACUUM, ATTACH or DETACH, no PRAGMA
 * (the script pins its own), and no line that starts with "." (a sqlite3 dot-command: `.shell` runs a program).
 */
export function sqliteStatementsProblem(text: string): string | undefined {
  const s = scanSqlite(text);
  if (s.problem) return s.problem;
  if (s.endsInLineComment) return 'ends inside a -- comment, which would swallow the ";" that ends the statement';
  if (s.code.replace(/;/g, '').trim() === '') return 'has no statement';
  if (/^\s*\./m.test(s.code)) return 'a line that starts with "." is a sqlite3 client command (a dot-command)';
  for (const statement of s.code.split(';')) {
    const first = /^\s*([A-Za-z_]+)/.exec(statement)?.[1]?.toLowerCase();
    if (first && FORBIDDEN_FIRST.has(first)) return `${first.toUpperCase()} is not allowed: the script controls its transaction itself`;
    if (first === 'pragma') return 'PRAGMA is not allowed: the script pins the session settings it needs (foreign_keys) itself';
  }
  return undefined;
}

/** What is wrong with a SQLite expression pasted into a statement (a check), or undefined: one expression, no ";", no comment. */
export function sqliteConditionProblem(text: string): string | undefined {
  const s = scanSqlite(text);
  if (s.problem) return s.problem;
  if (s.hasComment) return 'a comment is not allowed in an expression';
  if (s.code.includes(';')) return 'a ";" would end the statement the expression is pasted into';
  if (/^\s*\./m.test(s.code)) return 'a line that starts with "." is a sqlite3 client command (a dot-command)';
  if (s.code.trim() === '') return 'is empty';
  return undefined;
}
