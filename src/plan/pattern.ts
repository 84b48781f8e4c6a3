// The patterns a row test may match (`matches:`): a small part of regular expressions that PostgreSQL (ARE,
// PostgreSQL 15 manual 9.7.3), MySQL 8 (ICU, REGEXP_LIKE), MariaDB (PCRE) and JavaScript read alike, so that a
// plan means the same on every engine and in the model's replay.

/** The characters a pattern may escape with a backslash: the metacharacters, taken literally. */
const ESCAPABLE = new Set([...'$.^[]()|?*+{}\\/-']);

/**
 * Why `pattern` is not a portable pattern, or undefined when it is: anchored by ^ and $; literal characters
 * (printable ASCII or any non-ASCII letter), `.`, `\\` before a metacharacter, bracket classes of literals and
 * ranges (`[0-9a-f]`, `[./A-Za-z0-9]`, no negation), groups with `|`, and the quantifiers `?`, `*`, `+`, `{n}`,
 * `{n,}`, `{n,m}`; no back references, class shorthands (`\\d`), lookarounds or flags.
 */
export function patternProblem(pattern: string): string | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return 'a pattern must start with ^ and end with $ (it is matched against the whole value)';
  let depth = 0;
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n === undefined || !ESCAPABLE.has(n)) return `\\${n ?? ''} at character ${i + 1}: only a metacharacter may follow a backslash (class shorthands such as \\d mean different things on different engines)`;
      i++;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return `the class opened at character ${i + 1} is not closed`;
      const body = pattern.slice(i + 1, end);
      if (body.startsWith('^')) return `the class at character ${i + 1} is negated ([^…]), which the engines read differently at line ends and NULs: list what is allowed`;
      if (/[\\[]/.test(body)) return `the class at character ${i + 1} holds a backslash or a [: list its characters plainly`;
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
    } else if (c < ' ' || c === '\x7f') {
      return `a control character at character ${i + 1}`;
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

/** Whether `text` matches the portable `pattern` (as the engines match it: case counts). */
export function patternMatches(pattern: string, text: string): boolean {
  // s: . matches a line break too, as PostgreSQL's ARE does outside newline-sensitive mode.
  return new RegExp(pattern, 'su').test(text);
}
