// Shell words: how a value goes into a command line the tool prints for a DBA to paste (POSIX sh quoting).

/**
 * `v` as one word of a POSIX shell command: as it is when it holds only characters no shell treats specially,
 * else in single quotes (a single quote inside written '\'').
 */
export function shellWord(v: string): string {
  return /^[A-Za-z0-9_.,:=@%+\/-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

/**
 * A parameter and its value as the one shell word `--param` takes on the command line (`tier=pro`,
 * `'greeting=O'\''Brien'`): how every header line, message and printed command spells a parameter's value.
 */
export function paramWord(name: string, value: string | number | boolean | null): string {
  return shellWord(`${name}=${value}`);
}

/**
 * How every command line the tool prints for a user to run calls it: `npx plan`. That runs the plan of the project
 * it is installed in (npm exec looks for node_modules/.bin/plan from the current folder up) and a global install
 * too; a bare `plan` is found only when installed globally (npm install -g), not in a project.
 */
export const PLAN_COMMAND = 'npx plan';

/** A command line of this tool for a user to paste: PLAN_COMMAND, then each of `words` as a shell word. */
export function planCommand(words: string[]): string {
  return [PLAN_COMMAND, ...words.map(shellWord)].join(' ');
}

/**
 * A command line that writes `file` whole or not at all: `write` is given FILE.partial to write (as a shell word),
 * and FILE gets that name only once `write` succeeded (`… && mv FILE.partial FILE`). A dump that fails (a wrong
 * password, an unknown database, a lost connection) leaves no FILE that looks like a backup: mysqldump with
 * --result-file or a `>` redirect, pg_dump --file and sqlite3's .backup all leave an empty or partial one.
 */
export function writtenWhole(file: string, write: (partial: string) => string): string {
  const partial = shellWord(`${file}.partial`);
  return `${write(partial)} && mv ${partial} ${shellWord(file)}`;
}
