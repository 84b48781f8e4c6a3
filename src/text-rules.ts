// The one definition of "line break" and "control character" that every check of user text shares: the schemas'
// `$defs/one_line_text` and `$defs/text` patterns (written from here by scripts/build-schema.mjs, and read by the
// loader's messages), the parameter values' check (src/plan/params.ts), the comment writer (src/dialects/dialect.ts
// lineComment) and the script header (src/compile/header.ts). Found by a review: the schema and the parameters left
// out U+0085 (NEL) where the comment writer refused it, so a NEL reached the comment writer as an internal error;
// and YAML escapes (`"\e[31m"`) put terminal escape sequences into comments and terminal output.
//
// Pure: no imports, so the build script, the schema generator and every layer can read it.

/**
 * Control characters as a regular-expression class body: C0 but tab (U+0000–U+0008, U+000A–U+001F, so NUL, the line
 * feeds and ESC, which starts every terminal escape sequence), DEL (U+007F) and C1 (U+0080–U+009F: NEL, and CSI,
 * which some terminals take for ESC [).
 */
export const CONTROL_CLASS = '\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f';

/**
 * Line breaks as a class body: what some client, editor, terminal or engine ends a line at (LF, VT, FF, CR, NEL,
 * U+2028, U+2029). All but the last two are control characters too.
 */
export const LINE_BREAK_CLASS = '\\n\\u000b\\u000c\\r\\u0085\\u2028\\u2029';

/** The schemas' pattern for one-line text (`$defs/one_line_text`): no control character, no line break (a tab is allowed). */
export const ONE_LINE_PATTERN = `^[^${CONTROL_CLASS}\\u2028\\u2029]*$`;

/**
 * The schemas' pattern for text that may run over lines (`$defs/text`: a manual step, a remark, a reason for
 * `irreversible:`): no control character but LF and CR (and tab). Where it is printed on one line its line breaks
 * are folded into spaces (foldLines).
 */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$';

/** Any character one line of text may not hold (ONE_LINE_PATTERN's complement). */
export const NOT_ONE_LINE = new RegExp(`[${CONTROL_CLASS}\\u2028\\u2029]`);
/** Any character text over lines may not hold (TEXT_PATTERN's complement). */
export const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A line break (LINE_BREAK_CLASS). */
export const LINE_BREAK = new RegExp(`[${LINE_BREAK_CLASS}]`);

/** A character as `U+0085`. */
export function charName(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`;
}

/** Words for a character one line may not hold: "a line break (U+0085)", "a control character (U+001B)". */
export function whatChar(c: string): string {
  return `${LINE_BREAK.test(c) ? 'a line break' : 'a control character'} (${charName(c)})`;
}

/** The first character of `text` that one line may not hold, or undefined. */
export function notOneLine(text: string): string | undefined {
  return NOT_ONE_LINE.exec(text)?.[0];
}

/** The first character of `text` that text over lines may not hold, or undefined. */
export function notText(text: string): string | undefined {
  return NOT_TEXT.exec(text)?.[0];
}

/** Text over lines (TEXT_PATTERN) on one line: every run of white space and line breaks one space, trimmed. */
export function foldLines(text: string): string {
  return text.replace(new RegExp(`[\\s${LINE_BREAK_CLASS}]+`, 'g'), ' ').trim();
}

/**
 * How escapeNotOneLine (and every escaping of text that must stay one line) spells one character: a backslash
 * doubled, LF `\n`, CR `\r`, backspace `\b`, form feed `\f`, any other `\u001b` (JSON's spelling). Visible, printable,
 * and read back unambiguously once backslashes are doubled too.
 */
export function escapedChar(c: string): string {
  const short: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
  return short[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The code points escapeNotOneLine escapes (ESCAPED_IN_ONE_LINE's class), the backslash first: what each dialect's
 * DialectSyntax.shownText replaces inside the script, each by escapedChar's spelling, in this order (the backslash
 * first, so the backslashes of the spellings are not doubled again).
 */
export const ESCAPED_CODE_POINTS: readonly number[] = [0x5c, 0x0a, 0x0d, 0x08, 0x0c]
  .concat(Array.from({ length: 0xa0 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x08 && c !== 0x0c && (c < 0x20 || c >= 0x7f)))
  .concat([0x2028, 0x2029]);

/** Any character one line may not hold, or a backslash (what escapeNotOneLine escapes), every occurrence. */
export const ESCAPED_IN_ONE_LINE = new RegExp(`[\\\\${CONTROL_CLASS}\\u2028\\u2029]`, 'g');

/**
 * Every character one line may not hold, escaped as JSON spells it (`\n`, `\u001b`, `\u0085`, `\u2028`), and the
 * backslash doubled: a value of any content shown on one line, printable on a terminal, and read back unambiguously.
 * The one escaping of text read from a database (a table's or column's name, a default, a row's value, an engine's
 * message) where plan detect, status, verify and review put it into a line of their output: a name holding ESC or a
 * line feed can neither drive the DBA's terminal nor forge a line ("plan: up to date") there.
 */
export function escapeNotOneLine(text: string): string {
  return text.replace(ESCAPED_IN_ONE_LINE, escapedChar);
}

/**
 * Text printed to a terminal, over lines (LF ends a line): every control character but LF and tab, and U+2028 and
 * U+2029, as escapedChar spells it; backslashes are left alone (a printed command's shell quoting keeps its own). The
 * last guard of the text plan detect and status print, and of the messages plan prints: text read from a database
 * is escaped where it is put into a line (escapeNotOneLine), so that a line feed in it cannot forge a line; this
 * makes sure that whatever was missed reaches no terminal as a control character.
 */
export function terminalText(text: string): string {
  return text.replace(new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029]`, 'g'), escapedChar);
}

/**
 * `value` as JSON text (indented by 2), with the characters JSON.stringify leaves as they are, DEL, C1 (CSI U+009B
 * among them, which some terminals take for ESC [), U+2028 and U+2029, written `\u…` too: the same value for a JSON
 * reader, and nothing a terminal acts on (JSON.stringify already escapes the C0 characters). They occur only inside
 * strings, so the replacement keeps the JSON valid.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
