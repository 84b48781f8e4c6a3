// Names a --url (and --schema) gives, checked against the engine's limits before anything connects.
import { placeNameTooLong } from '../dialects/dialect.js';
import { getDialect } from '../dialects/index.js';
import { redact } from '../engines/index.js';
import { applyTargetOfUrl } from '../engines/live.js';
import { PlanError } from '../plan/errors.js';
import type { DialectName } from '../plan/types.js';

/**
 * Refuses (one line, before connecting) a database or schema name longer than the engine of `dialect` takes: the
 * database of a postgres:// or mysql:// `url` (plan detect, status, verify), and `schema` (--schema). The limit is the dialect's (placeNameTooLong).
 * @throws PlanError naming --url or --schema and the limit
 */
export function checkUrlNames(dialect: DialectName, url: string, schema?: string): void {
  if (dialect === 'sqlite') return;
  const d = getDialect(dialect);
  const database = applyTargetOfUrl(url).database;
  const tooLong = database !== undefined ? placeNameTooLong(d, database, 'database') : undefined;
  if (tooLong) throw new PlanError(`--url ${redact(url)}: its database name ${tooLong}`);
  const schemaTooLong = schema !== undefined ? placeNameTooLong(d, schema, 'schema') : undefined;
  if (schemaTooLong) throw new PlanError(`--schema ${schema}: the name ${schemaTooLong}`);
}
