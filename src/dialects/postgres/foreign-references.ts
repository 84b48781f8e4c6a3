// The check for foreign keys of other tables onto keys the script drops or replaces (src/compile/preflight/
// foreign-references.ts), as PostgreSQL reads them: pg_constraint rows of type 'f' whose referenced relation is
// a product table and whose referenced columns (confkey, as a set: PostgreSQL matches them against a primary or
// unique key in any order) are those of a key that goes. The commands come from the catalog: the table as regclass
// prints it (schema-qualified when it is not on the search path) and pg_get_constraintdef().
import type { ForeignReferenceSpec } from '../../compile/preflight/foreign-references.js';
import type { Predicate } from '../../compile/facets.js';

export interface PgHelpers {
  predicate(p: Predicate): string;
  literal(v: string): string;
  /** to_regclass(…) of a table of the current schema */
  rel(table: string): string;
  /** DialectSyntax.shownText: each name the message and its commands read from the catalog, control characters spelled. */
  shown(text: string): string;
}

/** The body of a DO block that raises with the list and the commands when there is any such foreign key. */
export function foreignReferencesBody(spec: ForeignReferenceSpec, h: PgHelpers): string {
  const L = h.literal;
  const array = (cols: string[]) => `ARRAY[${cols.map(L).join(', ')}]::text[]`;
  const when = spec.targets
    .map((t) => `WHEN k.confrelid = ${h.rel(t.table)}${t.columns ? ` AND k.colset @> ${array(t.columns)} AND k.colset <@ ${array(t.columns)}` : ''}\n          AND ${h.predicate(t.pending).split('\n').join('\n          ')}\n        THEN ${L(t.after)}`)
    .join('\n        ');
  const tables = [...new Set(spec.targets.map((t) => t.table))];
  const known = spec.known.length
    ? `AND NOT EXISTS (SELECT 1 FROM (VALUES ${spec.known.map(([t, n]) => `(${h.rel(t)}, ${L(n)})`).join(', ')}) kn(r, n) WHERE kn.r = k.conrelid AND kn.n = k.conname)`
    : '';
  const what = `foreign keys of tables outside ${spec.product} reference keys that ${spec.script} drops or replaces, and PostgreSQL refuses to drop a key while a foreign key depends on it`;
  return `DECLARE
  refs text;
  drops text;
  creates text;
  notes text;
BEGIN
  SELECT string_agg(${h.shown("format('%s.%I -> %s (%s)', f.conrelid::regclass, f.conname, f.confrelid::regclass, f.cols)")}, '; ' ORDER BY f.conrelid::regclass::text, f.conname),
         string_agg(${h.shown("format('ALTER TABLE %s DROP CONSTRAINT %I;', f.conrelid::regclass, f.conname)")}, chr(10) ORDER BY f.conrelid::regclass::text, f.conname),
         string_agg(${h.shown("format('ALTER TABLE %s ADD CONSTRAINT %I %s;', f.conrelid::regclass, f.conname, pg_get_constraintdef(f.oid))")}, chr(10) ORDER BY f.conrelid::regclass::text, f.conname),
         string_agg(DISTINCT f.note, chr(10))
    INTO refs, drops, creates, notes
    FROM (
      SELECT k.*, CASE
        ${when}
        END AS note
      FROM (
        SELECT c.oid, c.conname, c.conrelid, c.confrelid,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) x(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS colset,
          (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS cols
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid IN (${tables.map(h.rel).join(', ')})
      ) k
      WHERE TRUE ${known}
    ) f
    WHERE f.note IS NOT NULL;
  IF refs IS NOT NULL THEN
    RAISE EXCEPTION 'plan stopped: %', ${L(what + ': ')} || refs || '. Nothing was changed.'
      USING DETAIL = 'Drop them before running this script:' || chr(10) || drops || chr(10) || 'and re-create them once it has run:' || chr(10) || creates || chr(10) || notes,
            HINT = ${L('Run the DROP commands, then this script, then the re-create commands (changed as the notes say where a key changed its columns).')};
  END IF;
END`;
}
