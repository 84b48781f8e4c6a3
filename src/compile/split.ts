// Splits SQL text into statements at top-level semicolons, respecting quotes, dollar quoting and comments.
// Used to give each guarded statement its own boundary (verify applies scripts one statement at a time).

/** `backslashEscapes`: MySQL treats \ in a string literal as an escape; PostgreSQL (standard strings) does not. */
export function splitStatements(sql: string, backslashEscapes: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i];
    if (ch === '-' && sql[i + 1] === '-') {
      const e = sql.indexOf('\n', i);
      i = e < 0 ? n : e + 1;
    } else if (ch === '/' && sql[i + 1] === '*') {
      const e = sql.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i++;
      while (i < n) {
        if (sql[i] === '\\' && ch === "'" && backslashEscapes) i += 2;
        else if (sql[i] === ch && sql[i + 1] === ch) i += 2;
        else if (sql[i] === ch) break;
        else i++;
      }
      i++;
    } else if (ch === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const e = sql.indexOf(m[0], i + m[0].length);
        i = e < 0 ? n : e + m[0].length;
      } else i++;
    } else if (ch === ';') {
      push(sql.slice(start, i + 1));
      i++;
      start = i;
    } else i++;
  }
  push(sql.slice(start));
  return out;

  function push(s: string) {
    const t = s.trim();
    // A chunk holding only comments is not a statement.
    if (t && t.replace(/--[^\n]*\n?/g, '').trim()) out.push(t);
  }
}
