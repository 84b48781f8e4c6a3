import type { DialectName } from '../plan/types.js';
import { PlanError } from '../plan/errors.js';
import { didYouMean, nearestName } from '../plan/text-distance.js';
import type { Dialect } from './dialect.js';
import { postgres } from './postgres/index.js';
import { mysql } from './mysql/index.js';
import { sqlite } from './sqlite/index.js';

export const DIALECT_MODULES: Record<DialectName, Dialect> = { postgres, mysql, sqlite };

/**
 * Short names users give the engines a dialect covers, for a "did you mean" hint only (the command line accepts
 * postgresql and mariadb themselves: src/cli/program.ts).
 */
const DIALECT_ALIASES: Record<string, DialectName> = { pg: 'postgres', psql: 'postgres', my: 'mysql', sqlite3: 'sqlite' };

/**
 * The error for a dialect name that is none: `unknown dialect "postgress": did you mean "postgres"? (known: …)`, the
 * hint from another name of the engine (DIALECT_ALIASES) or the nearest spelling (nearestName).
 * @returns the PlanError, to throw
 */
export function unknownDialect(name: string): PlanError {
  const known = Object.keys(DIALECT_MODULES);
  const meant = DIALECT_ALIASES[name.toLowerCase()] ?? nearestName(name, known);
  return new PlanError(`unknown dialect "${name}"${didYouMean(meant)} (known: ${known.join(', ')})`);
}

/** The dialect named `name`. @throws PlanError (unknownDialect) for another name */
export function getDialect(name: string): Dialect {
  const d = (DIALECT_MODULES as Record<string, Dialect>)[name];
  if (!d) throw unknownDialect(name);
  return d;
}

/**
 * `d` with the product's objects in `schema`.
 * @throws PlanError when the dialect has no schemas to put them in
 */
export function inSchema(d: Dialect, schema: string): Dialect {
  if (!d.inSchema) throw new PlanError(`${d.name} has no schemas: a product's naming cannot declare one for it`);
  return d.inSchema(schema);
}
