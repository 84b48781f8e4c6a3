// Referential actions one MySQL/MariaDB script cannot rely on. MySQL 8's InnoDB rejects a table definition with
// ON DELETE SET DEFAULT or ON UPDATE SET DEFAULT; MariaDB 10.11 accepts it and keeps RESTRICT instead. Either way
// the engine does not do what the plan says, so the mysql model refuses it.
import type { ForeignKey } from '../../model/model.js';

/**
 * The problems of `fk`'s actions on MySQL/MariaDB, one sentence each.
 * @returns empty when both engines do what the foreign key says
 */
export function mysqlFkActionProblems(fk: ForeignKey): string[] {
  return (['DELETE', 'UPDATE'] as const)
    .filter((on) => (on === 'DELETE' ? fk.onDelete : fk.onUpdate) === 'SET DEFAULT')
    .map((on) => `foreign key ${fk.name} has ON ${on} SET DEFAULT, which MySQL 8 refuses and MariaDB replaces by RESTRICT: use another action on mysql (a mysql: override), or limit the step with dialects:`);
}
