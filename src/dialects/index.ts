import type { DialectName } from '../plan/types.js';
import { PlanError } from '../plan/errors.js';
import type { Dialect } from './dialect.js';
import { postgres } from './postgres/index.js';
import { mysql } from './mysql/index.js';
import { sqlite } from './sqlite/index.js';

export const DIALECT_MODULES: Record<DialectName, Dialect> = { postgres, mysql, sqlite };

export function getDialect(name: string): Dialect {
  const d = (DIALECT_MODULES as Record<string, Dialect>)[name];
  if (!d) throw new PlanError(`unknown dialect "${name}" (known: ${Object.keys(DIALECT_MODULES).join(', ')})`);
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
