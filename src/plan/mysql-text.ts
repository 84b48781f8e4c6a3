// Checks of the MySQL text a plan pastes into a script (raw_sql statements, their guards, check expressions).
// MySQL has no parser we can load here, so this is a scan that knows MySQL's quotes and comments: enough to
// keep the text inside its statement and out of the script's own transaction and client commands.

/** The text with quoted strings, quoted identifiers and comments blanked out, and what the scan found. */
interface MysqlScan {
  /** The code outside quotes and comments, same length as the text; executable comments (`/*! … *\/`) count as code. */
  code: string;
  /** The first problem that makes the text unsafe to paste anywhere: an unterminated quote or comment. */
  problem?: string;
  /** The text has a comment (`-- `, `#`, `/* … *\/`, also an executable one). */
  hasComment: boolean;
  /** The text ends inside a `-- ` or `#` comment, which would swallow the `;` the compiler adds after it. */
  endsInLineComment: boolean;
}

function scanMysql(text: string): MysqlScan {
  let code = '';
  let hasComment = false;
  let endsInLineComment = false;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) {
          const what = c === '`' ? 'quoted identifier' : 'quoted string';
          return { code, hasComment, endsInLineComment, problem: `unterminated ${what} (${c} at character ${i + 1})` };
        }
        if (c !== '`' && text[j] === '\\') j += 2;
        else if (text[j] === c && text[j + 1] === c) j += 2;
        else if (text[j] === c) break;
        else j++;
      }
      // Keep the quotes so that words on either side stay apart; blank what is inside.
      code += c + blank(text.slice(i + 1, j)) + c;
      i = j + 1;
    } else if (c === '#' || (c === '-' && next === '-' && (i + 2 >= text.length || /[\s\x00-\x1f]/.test(text[i + 2])))) {
      hasComment = true;
      const end = text.indexOf('\n', i);
      if (end < 0) {
        endsInLineComment = true;
        code += blank(text.slice(i));
        i = text.length;
      } else {
        code += blank(text.slice(i, end));
        i = end;
      }
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return { code, hasComment: true, endsInLineComment, problem: `unterminated /* comment (at character ${i + 1})` };
      const executable = /^\/\*M?!/.exec(text.slice(i, i + 4));
      hasComment = true;
      if (executable) {
        // MySQL and MariaDB run what is inside /*! … */ (after an optional version number): it is code.
        const body = text.slice(i + executable[0].length, end).replace(/^\d{5,6}/, (v) => ' '.repeat(v.length));
        code += ' '.repeat(executable[0].length) + body + '  ';
      } else {
        code += blank(text.slice(i, end + 2));
      }
      i = end + 2;
    } else {
      code += c;
      i++;
    }
  }
  return { code, hasComment, endsInLineComment };
}

function parenthesesProblem(code: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth < 0) return `unbalanced parentheses: ")" at character ${i + 1} closes nothing`;
  }
  return depth > 0 ? `unbalanced parentheses: ${depth} "(" not closed` : undefined;
}

/**
 * What is wrong with a MySQL boolean condition (a raw_sql guard, a check expression), or undefined: it must be
 * one expression that cannot end the statement it is pasted into — no `;`, no comment, no backslash (a mysql
 * client command), balanced quotes and parentheses.
 */
export function mysqlConditionProblem(text: string): string | undefined {
  if (text.trim() === '') return 'is empty';
  const s = scanMysql(text);
  if (s.problem) return s.problem;
  if (s.code.includes(';')) return '";" is not allowed in a condition: it would end the statement';
  if (s.hasComment || /--|#|\/\*/.test(s.code)) return 'comments (--, #, /* */) are not allowed in a condition';
  if (s.code.includes('\\')) return 'a backslash outside quotes is a mysql client command';
  return parenthesesProblem(s.code);
}

/**
 * A double-quoted text in a MySQL CHECK expression, or undefined: MySQL and MariaDB read `"order"` as a string literal
 * (unless sql_mode has ANSI_QUOTES, which the scripts do not set; MySQL 8.0 manual 11.2 "Schema Object Names"), so the
 * portable `length("order") < 1000` would check the length of the word, not of the column (found by review). Says
 * where (the character, counted from 1) and what to write instead: `order`, or 'text' for a string.
 */
export function mysqlDoubleQuotedName(text: string): string | undefined {
  const s = scanMysql(text);
  if (s.problem) return undefined; // mysqlConditionProblem says what is wrong
  const at = s.code.indexOf('"');
  if (at < 0) return undefined;
  const end = s.code.indexOf('"', at + 1);
  const quoted = text.slice(at, end + 1);
  return `${quoted} at character ${at + 1} is a string literal on MySQL and MariaDB (double quotes quote strings there, not names): write the name in backticks (\`${quoted.slice(1, -1)}\`), or give the check a mysql: expression of its own; a string is written in single quotes`;
}

// Words that control the transaction or the session the script runs in. Each implicitly commits, opens a
// transaction the script does not close, or changes how the rest of the script is read.
const FORBIDDEN_WORDS: [RegExp, string][] = [
  [/\bSTART\s+TRANSACTION\b/i, 'START TRANSACTION'],
  [/\bUNLOCK\s+TABLES?\b/i, 'UNLOCK TABLES'],
  [/\bLOCK\s+TABLES?\b/i, 'LOCK TABLES'],
  [/\bSET\b[^;]*\bautocommit\b/i, 'SET autocommit'],
  [/\bBEGIN\b/i, 'BEGIN'],
  [/\bCOMMIT\b/i, 'COMMIT'],
  [/\bROLLBACK\b/i, 'ROLLBACK'],
  [/\bSAVEPOINT\b/i, 'SAVEPOINT'],
  [/\bRELEASE\b/i, 'RELEASE'],
  [/\bDELIMITER\b/i, 'DELIMITER'],
];

// The mysql client reads these as its own commands when they start a statement (`system` runs a shell).
const CLIENT_COMMANDS = new Set([
  'charset', 'clear', 'connect', 'delimiter', 'edit', 'ego', 'exit', 'go', 'help', 'nopager', 'notee', 'nowarning',
  'pager', 'print', 'prompt', 'query_attributes', 'quit', 'rehash', 'resetconnection', 'source', 'ssl_session_data_print',
  'status', 'system', 'tee', 'use', 'warnings',
]);

/**
 * What is wrong with raw MySQL statements, or undefined: quotes and comments must be closed, the text must not
 * end in a line comment, and it must not control transactions or the session (BEGIN, START TRANSACTION,
 * COMMIT, ROLLBACK, SAVEPOINT, RELEASE, LOCK/UNLOCK TABLES, SET autocommit) nor use mysql client commands
 * (DELIMITER, a backslash, `system`, `source`, …).
 */
export function mysqlStatementsProblem(text: string): string | undefined {
  const s = scanMysql(text);
  if (s.problem) return s.problem;
  if (s.endsInLineComment) return 'ends inside a -- or # comment, which would swallow the ";" that ends the statement';
  if (s.code.replace(/;/g, '').trim() === '') return 'has no statement';
  if (s.code.includes('\\')) return 'a backslash outside quotes is a mysql client command';
  for (const [pattern, name] of FORBIDDEN_WORDS) {
    if (pattern.test(s.code)) return `${name} is not allowed: the script controls transactions and the session itself`;
  }
  for (const statement of s.code.split(';')) {
    const first = /^\s*([A-Za-z_?]+)/.exec(statement)?.[1]?.toLowerCase();
    if (first && (CLIENT_COMMANDS.has(first) || first === '?')) return `"${first}" starting a statement is a mysql client command`;
  }
  return undefined;
}
