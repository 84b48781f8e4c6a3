// The values the declared types of SQLite columns hold (DialectRules.valueDomain), for the model's rule that a
// column's default fits its type (src/operations/default-fits.ts). SQLite stores any value in any column (type
// affinity: https://sqlite.org/datatype3.html) and enforces no length; a plan's portable types are held here to what
// they declare all the same, since the same plan compiles for the engines that enforce them, and the rows an
// application writes follow the declared type: the types syntax.ts maps the portable ones to (an INTEGER is 8 bytes,
// signed, whichever integer name it has). A declared type of a plan's own (a sqlite: { type: … } override other than
// those) is SQLite's to take (undefined). Dates and times are text in the forms of SQLite's date and time functions
// (https://sqlite.org/lang_datefunc.html: years 0000 to 9999; the model's form spans 0001 to 9999).
import { signedRange, type ValueDomain } from '../dialect.js';

const FIXED: Record<string, ValueDomain> = {
  smallint: { kind: 'integer', ...signedRange(64) },
  integer: { kind: 'integer', ...signedRange(64) },
  bigint: { kind: 'integer', ...signedRange(64) },
  boolean: { kind: 'boolean' },
  text: { kind: 'text' },
  blob: { kind: 'bytes' },
  date: { kind: 'date', min: '0001-01-01', max: '9999-12-31' },
  timestamp: { kind: 'timestamp', min: '0001-01-01 00:00:00', max: '9999-12-31 23:59:59' },
  datetime: { kind: 'timestamp', min: '0001-01-01 00:00:00', max: '9999-12-31 23:59:59' },
  json: { kind: 'json' },
};

/** The domain of a SQLite declared type as the model keeps it (see DialectRules.valueDomain). */
export function sqliteValueDomain(modelType: string): ValueDomain | undefined {
  const sized = /^(varchar|char)\((\d+)\)$/.exec(modelType);
  if (sized) return { kind: 'text', maxCharacters: Number(sized[2]) };
  return FIXED[modelType];
}
