// The values PostgreSQL's column types hold (DialectRules.valueDomain), for the model's rule that a column's default
// fits its type (src/operations/default-fits.ts). Sources: PostgreSQL 15 manual, 8.1.1 "Integer Types" (smallint,
// integer, bigint: 2, 4 and 8 bytes, signed), 8.3 "Character Types" (character varying(n) and character(n) hold at
// most n characters; text any), 8.5.1 "Date/Time Input" (dates and timestamps from 4713 BC on: a default written as
// YYYY-MM-DD, as the model takes it, spans years 0001 to 9999), 8.12 "UUID Type" (output: lower-case hexadecimal
// digits in groups of 8-4-4-4-12, how the catalog shows a default), 8.14 "JSON Types" (json and jsonb take valid JSON
// text only). An array type is left to the engine (undefined); an enum type's values are the model's (default-fits.ts).
import { signedRange, type ValueDomain } from '../dialect.js';

const FIXED: Record<string, ValueDomain> = {
  SMALLINT: { kind: 'integer', ...signedRange(16) },
  INTEGER: { kind: 'integer', ...signedRange(32) },
  BIGINT: { kind: 'integer', ...signedRange(64) },
  BOOLEAN: { kind: 'boolean' },
  TEXT: { kind: 'text' },
  BYTEA: { kind: 'bytes' },
  UUID: { kind: 'uuid' },
  DATE: { kind: 'date', min: '0001-01-01', max: '9999-12-31' },
  TIMESTAMP: { kind: 'timestamp', min: '0001-01-01 00:00:00', max: '9999-12-31 23:59:59' },
  TIMESTAMPTZ: { kind: 'timestamp', min: '0001-01-01 00:00:00', max: '9999-12-31 23:59:59' },
  JSON: { kind: 'json' },
  JSONB: { kind: 'json' },
};

/** The domain of a PostgreSQL model type (see DialectRules.valueDomain). */
export function postgresValueDomain(modelType: string): ValueDomain | undefined {
  const sized = /^(VARCHAR|CHAR)\((\d+)\)$/.exec(modelType);
  if (sized) return { kind: 'text', maxCharacters: Number(sized[2]) };
  return FIXED[modelType];
}
