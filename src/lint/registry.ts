// The registry of plan lint rules: one module per rule under rules/, each with its page beside it (rules/<id>.md).
import type { Rule } from './types.js';
import { dropTable } from './rules/drop-table.js';
import { dropColumn } from './rules/drop-column.js';
import { renameTable } from './rules/rename-table.js';
import { renameColumn } from './rules/rename-column.js';
import { dataDeletion } from './rules/data-deletion.js';
import { cascadeDropsMore } from './rules/cascade-drops-more.js';
import { rawSqlUnguarded } from './rules/raw-sql-unguarded.js';
import { rawSqlNoInverse } from './rules/raw-sql-no-inverse.js';
import { dataStepRerunScan } from './rules/data-step-rerun-scan.js';
import { dataTailWithoutMarker } from './rules/data-tail-without-marker.js';
import { implicitCommit } from './rules/implicit-commit.js';
import { tableRebuild } from './rules/table-rebuild.js';
import { identifierAtLimit } from './rules/identifier-at-limit.js';
import { indexWithoutConcurrently } from './rules/index-without-concurrently.js';
import { uniqueOnExistingTable } from './rules/unique-on-existing-table.js';
import { constraintWithoutNotValid } from './rules/constraint-without-not-valid.js';
import { setNotNullScan } from './rules/set-not-null-scan.js';
import { typeChangeRewrite } from './rules/type-change-rewrite.js';
import { onlineDdlCopy } from './rules/online-ddl-copy.js';
import { lockHeldToCommit } from './rules/lock-held-to-commit.js';
import { staleAcknowledgement } from './rules/stale-acknowledgement.js';

export { staleAcknowledgement };

/** Every rule, in the order the README lists them: destructive, plan hygiene, dialect traps, locks; then the run's own. */
export const RULES: readonly Rule[] = [
  dropTable,
  dropColumn,
  renameTable,
  renameColumn,
  dataDeletion,
  cascadeDropsMore,
  rawSqlUnguarded,
  rawSqlNoInverse,
  dataStepRerunScan,
  dataTailWithoutMarker,
  implicitCommit,
  tableRebuild,
  identifierAtLimit,
  indexWithoutConcurrently,
  uniqueOnExistingTable,
  constraintWithoutNotValid,
  setNotNullScan,
  typeChangeRewrite,
  onlineDdlCopy,
  lockHeldToCommit,
  staleAcknowledgement,
];

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
