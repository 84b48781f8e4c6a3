// The patterns a row test may match (`matches:`): a small part of regular expressions that PostgreSQL (ARE,
// PostgreSQL 15 manual 9.7.3), MySQL 8 (ICU, REGEXP_LIKE), MariaDB (PCRE) and JavaScript read alike, so that a
// plan means the same on every engine and in the model's replay. (PCRE reads two things apart at line breaks: its
// `.` matches no LF, and its `$` matches before a final LF too; MySQL has no `matches` until that is dealt with.)

/** The characters a pattern may escape with a backslash: the metacharacters, taken literally. */
const ESCAPABLE = new Set([...'$.^[]()|?*+{}\\/-']);

/**
 * The character escapes a pattern may write, in and outside a bracket class: tab, line feed, carriage return (a
 * plan's text holds no line break itself). PostgreSQL reads them as character-entry escapes, in bracket expressions
 * too (PostgreSQL 15 manual 9.7.3.3, Table 9.20); ICU (MySQL 8), PCRE (MariaDB) and JavaScript alike. Checked on
 * PostgreSQL 15 and MariaDB 10.11 by test/pattern.test.ts.
 */
const CHARACTER_ESCAPES = new Set([...'tnr']);

/**
 * Why `pattern` is not a portable pattern, or undefined when it is: anchored by ^ and $; literal characters
 * (printable ASCII or any non-ASCII letter), `.`, `\\` before a metacharacter, the character escapes `\\t`, `\\n`
 * and `\\r` (tab, line feed, carriage return), bracket classes of literals, those escapes and ranges (`[0-9a-f]`,
 * `[./A-Za-z0-9]`, `[ \\t\\r\\n]`; no negation, no escape as a range's end), groups with `|`, and the quantifiers
 * `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`; no control character written as itself, back references, class shorthands
 * (`\\d`), lookarounds or flags.
 * @param pattern the text of a row test's `matches:`
 * @returns the problem, worded for the plan's author (positions 1-based), or undefined
 */
export function patternProblem(pattern: string): string | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return 'a pattern must start with ^ and end with $ (it is matched against the whole value)';
  let depth = 0;
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n === undefined || !(ESCAPABLE.has(n) || CHARACTER_ESCAPES.has(n))) return `\\${n ?? ''} at character ${i + 1}: only a metacharacter, or t, n or r (tab, line feed, carriage return), may follow a backslash (class shorthands such as \\d mean different things on different engines)`;
      i++;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return `the class opened at character ${i + 1} is not closed`;
      const problem = classProblem(pattern, i, end);
      if (problem) return problem;
      i = end;
    } else if (c === '{') {
      const m = /^\{(\d{1,3})(,(\d{1,3})?)?\}/.exec(pattern.slice(i));
      if (!m) return `the { at character ${i + 1} is not a quantifier {n}, {n,} or {n,m}`;
      if (m[3] !== undefined && Number(m[3]) < Number(m[1])) return `the quantifier ${m[0]} at character ${i + 1} has its bounds reversed`;
      i += m[0].length - 1;
    } else if (c === '(') {
      if (pattern[i + 1] === '?') return `the group at character ${i + 1} is a (?…) construct, which the engines do not share`;
      depth++;
    } else if (c === ')') {
      if (--depth < 0) return `the ) at character ${i + 1} closes no group`;
    } else if (c === '^' || c === '$') {
      return `the anchor ${c} at character ${i + 1} is inside the pattern: escape it (\\${c}) to mean the character`;
    } else if (isControl(c)) {
      return controlProblem(i);
    }
  }
  if (depth !== 0) return 'a group is not closed';
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

const isControl = (c: string) => c < ' ' || c === '\x7f';
const controlProblem = (i: number) => `a control character at character ${i + 1}: write a tab, line feed or carriage return as \\t, \\n or \\r`;

/** Why the bracket class of `pattern` from `open` (its [) to `close` (its ]) is not portable, or undefined. */
function classProblem(pattern: string, open: number, close: number): string | undefined {
  if (pattern[open + 1] === '^') return `the class at character ${open + 1} is negated ([^…]), which the engines read differently at line ends and NULs: list what is allowed`;
  // Each member: a character, or an escape (its backslash's position).
  const members: { at: number; escape: boolean; c: string }[] = [];
  for (let j = open + 1; j < close; j++) {
    const c = pattern[j];
    if (c === '[') return `the class at character ${open + 1} holds a [: list its characters plainly`;
    if (c === '\\') {
      const n = pattern[j + 1];
      if (j + 1 >= close || !CHARACTER_ESCAPES.has(n)) return `the class at character ${open + 1} holds \\${j + 1 < close ? n : ''} at character ${j + 1}: a class may escape only t, n and r (tab, line feed, carriage return); list other characters plainly`;
      members.push({ at: j, escape: true, c: n });
      j++;
    } else if (isControl(c)) {
      return controlProblem(j);
    } else {
      members.push({ at: j, escape: false, c });
    }
  }
  for (let k = 1; k < members.length - 1; k++) {
    const m = members[k];
    if (!m.escape && m.c === '-' && (members[k - 1].escape || members[k + 1].escape)) return `the range at character ${members[k - 1].at + 1} has an escape as an end: list \\t, \\n and \\r one by one`;
  }
  return undefined;
}

/** Whether `text` matches the portable `pattern` (as the engines match it: case counts). */
export function patternMatches(pattern: string, text: string): boolean {
  // s: . matches a line break too, as PostgreSQL's ARE does outside newline-sensitive mode.
  return new RegExp(pattern, 'su').test(text);
}

/**
 * The characters a parameter's value may hold where a plan prints it into a manual step's text (`{{name}}`), which a
 * DBA pastes into a shell, a SQL prompt or a source file: letters and digits (ASCII), and `_ . : @ + / = , -`. None
 * of them quotes, escapes, expands, comments out or ends a command in a POSIX shell, in SQL (a literal or a quoted
 * name) or in a JavaScript string; no space, no control, no non-ASCII character (bidirectional controls, look-alikes).
 */
export const PASTE_SAFE = /^[A-Za-z0-9_.:@+/=,-]*$/;

/**
 * A character a match of the portable `pattern` (patternProblem finds nothing in it) may hold that is not PASTE_SAFE,
 * as words (`' (U+0027)`, `any character (.)`), or undefined when every match is made of PASTE_SAFE characters.
 */
export function patternUnsafeCharacter(pattern: string): string | undefined {
  const safe = (c: string) => PASTE_SAFE.test(c);
  const shown = (c: string) => `${c < ' ' || c === '\x7f' ? '' : `${c} `}(U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  const escaped = (n: string) => (n === 't' ? '\t' : n === 'n' ? '\n' : n === 'r' ? '\r' : n);
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = escaped(pattern[++i]);
      if (!safe(n)) return shown(n);
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      const members: string[] = [];
      for (let j = i + 1; j < end; j++) members.push(pattern[j] === '\\' ? escaped(pattern[++j]) : pattern[j]);
      for (let k = 0; k < members.length; k++) {
        if (members[k + 1] === '-' && k + 2 < members.length) {
          const [from, to] = [members[k].codePointAt(0)!, members[k + 2].codePointAt(0)!];
          for (let cp = from; cp <= to; cp++) if (!safe(String.fromCodePoint(cp))) return `${shown(String.fromCodePoint(cp))} in the range ${members[k]}-${members[k + 2]}`;
          k += 2;
        } else if (!safe(members[k])) return shown(members[k]);
      }
      i = end;
    } else if (c === '{') {
      i = pattern.indexOf('}', i);
    } else if (c === '.') {
      return 'any character (.)';
    } else if (!'()|?*+'.includes(c) && !safe(c)) {
      return shown(c);
    }
  }
  return undefined;
}
