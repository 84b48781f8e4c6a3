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

/** The portable type a reader most likely means by `type` (another name of it, or a spelling at most 2 edits away). */
function closestType(type: string): string | undefined {
  const plain = type.replace(/\(\d+\)/, '(n)');
  return MEANT[type.toLowerCase()] ?? PORTABLE_TYPES.map((t) => ({ t, d: editDistance(plain.toLowerCase(), t) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d)[0]?.t;
}

/**
 * Why `type`, which the plan schema's pattern of types refuses, is no type a plan can name, in one line: a length of
 * 0 (`varchar(0)`: a length is at least 1), another spelling of a sized type (`VARCHAR(255)`, `varchar(012)`), or the
 * portable type meant (`int4`: did you mean "integer"?). `override`: the dialect whose override (`mysql: { type: … }`)
 * holds the type, where it is one: the overrides take the same plan types, so no override is advised there.
 */
export function unknownType(type: string, override?: string): string {
  const shown = JSON.stringify(type);
  const sized = /^\s*(varchar|char|tinyint)\s*\(\s*(\d+)\s*\)\s*(\[\])?\s*$/i.exec(type);
  if (sized) {
    const [name, n, array] = [sized[1].toLowerCase(), Number(sized[2]), sized[3] ?? ''];
    if (n === 0) return `type ${shown}: the length of ${name}(n) is at least 1, not 0 (a ${name} of no characters holds nothing but the empty string)`;
    return `type ${shown} is not a type of plans: did you mean ${JSON.stringify(`${name}(${n})${array}`)}? (types are written in lower case, the length in digits without a leading 0)`;
  }
  const close = closestType(type.trim());
  const where = override
    ? `a ${override}: { type: … } override takes the same plan types as the column's own type: it names another of them for ${ENGINE[override as DialectName] ?? override}`
    : "a dialect's own type goes in its postgres:, mysql: or sqlite: { type: … } override";
  return `type ${shown} is not a type of plans${close ? `: did you mean ${JSON.stringify(close)}?` : ''} (the portable types: ${PORTABLE_TYPES.join(', ')}; ${where})`;
}

/**
 * Why `type` does not map in `dialect`, in one line: the closest portable type when there is one, else the
 * portable types there are; and where a dialect's own type goes (its override).
 */
export function unmappedType(dialect: DialectName, type: string): string {
  const close = closestType(type);
  const own = /^(int|tinyint\(\d+\))$/.test(type)
    ? `${type} is a SQLite declared type: put it in a sqlite: { type: … } override`
    : type === 'jsonb' || type.endsWith('[]')
      ? `${type} is PostgreSQL's own: put it in a postgres: { type: … } override, or the step in dialects: [postgres]`
      : `a type of ${ENGINE[dialect]}'s own goes in a ${dialect}: { type: … } override`;
  return `type ${JSON.stringify(type)} has no ${ENGINE[dialect]} mapping${close ? `: did you mean ${JSON.stringify(close)}?` : ''} (${own}; the portable types: ${PORTABLE_TYPES.join(', ')})`;
}
