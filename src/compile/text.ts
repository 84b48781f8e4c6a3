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
