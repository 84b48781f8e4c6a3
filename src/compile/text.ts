// Plain-text helpers for the comments of a script.

/** Words wrapped to `width` characters a line (any run of white space, line breaks included, is one space). */
export function wrap(text: string, width: number): string[] {
  const words = text.replace(/[\s\u2028\u2029\u0085]+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The text of a script from its lines (a line may hold several, joined by line breaks): the lines joined by line
 * breaks, every run of blank lines made one, trailing white space removed, ending with one line break. The same as
 * `lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'`, in one pass and one final string: a script
 * of a long chain is megabytes, and each intermediate copy of it would be garbage of the old generation.
 */
export function scriptText(lines: readonly string[]): string {
  const out: string[] = [];
  // Line breaks seen at the end of the text so far and not written yet (a run is written when text follows it).
  let pending = 0;
  lines.forEach((line, i) => {
    if (i > 0) pending += 1;
    let start = 0;
    while (start < line.length && line.charCodeAt(start) === 10) start++;
    if (start === line.length) {
      pending += line.length;
      return;
    }
    let end = line.length;
    while (line.charCodeAt(end - 1) === 10) end--;
    const run = pending + start;
    if (run > 0) out.push(run >= 2 ? '\n\n' : '\n');
    const middle = start === 0 && end === line.length ? line : line.slice(start, end);
    out.push(middle.includes('\n\n\n') ? middle.replace(/\n{3,}/g, '\n\n') : middle);
    pending = line.length - end;
  });
  // trimEnd: the trailing run of line breaks is not written; white space before it goes too.
  while (out.length && out[out.length - 1].trimEnd() === '') out.pop();
  if (out.length) out[out.length - 1] = out[out.length - 1].trimEnd();
  out.push('\n');
  return out.join('');
}
