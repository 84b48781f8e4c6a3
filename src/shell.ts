// Shell words: how a value goes into a command line the tool prints for a DBA to paste (POSIX sh quoting).

/**
 * `v` as one word of a POSIX shell command: as it is when it holds only characters no shell treats specially,
 * else in single quotes (a single quote inside written '\'').
 */
export function shellWord(v: string): string {
  return /^[A-Za-z0-9_.,:=@%+\/-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
