import type { DialectName } from '../plan/types.js';
import { PlanError } from '../plan/errors.js';
import type { Dialect } from './dialect.js';
import { postgres } from './postgres/index.js';
import { mysql } from './mysql/index.js';

export const DIALECT_MODULES: Record<DialectName, Dialect> = { postgres, mysql };

export function getDialect(name: string): Dialect {
  const d = (DIALECT_MODULES as Record<string, Dialect>)[name];
  if (!d) throw new PlanError(`unknown dialect "${name}" (known: ${Object.keys(DIALECT_MODULES).join(', ')})`);
  return d;
}
