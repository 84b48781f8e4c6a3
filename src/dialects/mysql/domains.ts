// The values MySQL's and MariaDB's column types hold (DialectRules.valueDomain), for the model's rule that a column's
// default fits its type (src/operations/default-fits.ts). The scripts run in strict mode (sql_mode pinned), where a
// default outside the type is an error, not a value cut to fit. Sources: MySQL 8.0 manual, 11.1.2 "Integer Types"
// (SMALLINT, INT, BIGINT: 2, 4 and 8 bytes, signed or UNSIGNED), 11.3.2 "The CHAR and VARCHAR Types" (M characters),
// 11.2.2 "The DATE, DATETIME, and TIMESTAMP Types" (DATE '1000-01-01' to '9999-12-31', DATETIME '1000-01-01 00:00:00'
// to '9999-12-31 23:59:59', TIMESTAMP '1970-01-01 00:00:01' to '2038-01-19 03:14:07' UTC, the script's time_zone),
// 11.5 "The JSON Data Type" (valid JSON only); BOOLEAN is TINYINT(1), which plans give true or false; ENUM('a','b')
// takes one of its values (11.3.5). A UUID is CHAR(36) here, and TEXT's limit is in bytes (65,535), which the
// character set decides: neither says more than its text.
import { signedRange, unsignedRange, type ValueDomain } from '../dialect.js';

const FIXED: Record<string, ValueDomain> = {
  SMALLINT: { kind: 'integer', ...signedRange(16) },
  INT: { kind: 'integer', ...signedRange(32) },
  'INT UNSIGNED': { kind: 'integer', ...unsignedRange(32) },
  BIGINT: { kind: 'integer', ...signedRange(64) },
  'BIGINT UNSIGNED': { kind: 'integer', ...unsignedRange(64) },
  BOOLEAN: { kind: 'boolean' },
  TEXT: { kind: 'text' },
  BLOB: { kind: 'bytes' },
  DATE: { kind: 'date', min: '1000-01-01', max: '9999-12-31' },
  DATETIME: { kind: 'timestamp', min: '1000-01-01 00:00:00', max: '9999-12-31 23:59:59' },
  TIMESTAMP: { kind: 'timestamp', min: '1970-01-01 00:00:01', max: '2038-01-19 03:14:07' },
  JSON: { kind: 'json' },
};

/** The domain of a MySQL model type (see DialectRules.valueDomain). */
export function mysqlValueDomain(modelType: string): ValueDomain | undefined {
  const sized = /^(VARCHAR|CHAR)\((\d+)\)$/.exec(modelType);
  if (sized) return { kind: 'text', maxCharacters: Number(sized[2]) };
  // ENUM('a','it''s'): the values as mysqlEnumColumnType writes them (quotes doubled, no backslash).
  if (modelType.startsWith("ENUM('")) return { kind: 'enum', values: [...modelType.slice(5, -1).matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'")) };
  return FIXED[modelType];
}
