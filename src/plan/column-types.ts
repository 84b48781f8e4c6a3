// Which portable column types each dialect maps (what src/dialects/<d>/ columnType accepts), for the loader's check
// that every column type of a plan maps in every dialect its step is compiled for: at load time, at the type itself,
// rather than at compile time at the step. test/column-types.test.ts keeps this table equal to the dialects' own.
import type { DialectName } from './types.js';
import { editDistance } from './text-distance.js';

/** The portable types every dialect maps, as the README lists them. */
export const PORTABLE_TYPES = ['bigint', 'bigint unsigned', 'integer', 'integer unsigned', 'smallint', 'boolean', 'text', 'bytes', 'uuid', 'timestamptz', 'timestamp', 'datetime', 'json', 'date', 'varchar(n)', 'char(n)', 'enum(<type>)'];

const ENGINE: Record<DialectName, string> = { postgres: 'PostgreSQL', mysql: 'MySQL', sqlite: 'SQLite' };
const SIZED = /^(varchar|char)\([1-9][0-9]*\)$/;
const ENUM = /^enum\([A-Za-z_][A-Za-z0-9_]*\)$/;
/** A SQLite declared type as its columnType keeps it (src/dialects/sqlite/syntax.ts MODEL_TYPE). */
const SQLITE_DECLARED = /^[a-z][a-z0-9_]*( [a-z][a-z0-9_]*){0,2}( ?\(\d+(, ?\d+)?\))?$/;

/** Does `dialect` map the portable type `type`? */
export function mapsType(dialect: DialectName, type: string): boolean {
  if (PORTABLE_TYPES.includes(type) || SIZED.test(type) || ENUM.test(type)) return true;
  if (dialect === 'postgres') return type === 'jsonb' || /^varchar\([1-9][0-9]*\)\[\]$/.test(type);
  if (dialect === 'sqlite') return SQLITE_DECLARED.test(type.trim().toLowerCase());
  return false;
}

/** Types a reader may mean by another name. */
const MEANT: Record<string, string> = { int: 'integer', int4: 'integer', int8: 'bigint', int2: 'smallint', bool: 'boolean', string: 'text', blob: 'bytes', bytea: 'bytes' };

/**
 * Why `type` does not map in `dialect`, in one line: the closest portable type when there is one, else the
 * portable types there are; and where a dialect's own type goes (its override).
 */
export function unmappedType(dialect: DialectName, type: string): string {
  const plain = type.replace(/\(\d+\)/, '(n)');
  const close = MEANT[type.toLowerCase()] ?? PORTABLE_TYPES.map((t) => ({ t, d: editDistance(plain.toLowerCase(), t) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d)[0]?.t;
  const own = /^(int|tinyint\(\d+\))$/.test(type)
    ? `${type} is a SQLite declared type: put it in a sqlite: { type: … } override`
    : type === 'jsonb' || type.endsWith('[]')
      ? `${type} is PostgreSQL's own: put it in a postgres: { type: … } override, or the step in dialects: [postgres]`
      : `a type of ${ENGINE[dialect]}'s own goes in a ${dialect}: { type: … } override`;
  return `type ${JSON.stringify(type)} has no ${ENGINE[dialect]} mapping${close ? `: did you mean ${JSON.stringify(close)}?` : ''} (${own}; the portable types: ${PORTABLE_TYPES.join(', ')})`;
}
