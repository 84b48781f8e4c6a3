// SQL as a value. Every piece of SQL the compiler emits is an `Sql`: text written in this code base (the
// `sql` tag's literal parts), or a value that went through a dialect's quoting function (identifier, literal,
// one-line comment). A plain string cannot stand where an `Sql` is expected: the class has a private brand,
// so TypeScript refuses `{ text: '…' }` and `'…'` alike, and the only ways in are listed here.

export class Sql {
  readonly #brand = true;
  private constructor(readonly text: string) {}

  /**
   * Text trusted as SQL as it stands. For the dialects' quoting functions (their output is SQL by
   * construction) and for raw SQL a plan author wrote and the loader checked. Never for a value.
   */
  static verbatim(text: string): Sql {
    return new Sql(text);
  }

  /** Is `x` an Sql value (and not a look-alike)? */
  static is(x: unknown): x is Sql {
    return typeof x === 'object' && x !== null && #brand in x;
  }

  /** Handlebars prints an object with toHTML as it is: a template can only print Sql values. */
  toHTML(): string {
    return this.text;
  }

  toString(): string {
    return this.text;
  }
}

/** Parts that may be interpolated into the `sql` tag: Sql values, or lists of them (joined with ", "). */
export type SqlPart = Sql | readonly Sql[];

/**
 * Builds SQL from code-written text and Sql parts: sql`ALTER TABLE ${ident} ADD ${column}`. Interpolating
 * anything else (a string, a number) is a type error, and a run-time error for callers that bypass types.
 */
export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): Sql {
  let out = strings[0];
  parts.forEach((p, i) => {
    out += partText(p) + strings[i + 1];
  });
  return Sql.verbatim(out);
}

function partText(p: SqlPart): string {
  if (Sql.is(p)) return p.text;
  if (Array.isArray(p) && p.every(Sql.is)) return p.map((x) => x.text).join(', ');
  throw new TypeError(`only Sql values can be interpolated into SQL, got ${typeof p}`);
}

/** `parts` joined with `separator` (code-written text). */
export function joinSql(parts: readonly Sql[], separator: string): Sql {
  return Sql.verbatim(parts.map((p) => p.text).join(separator));
}
