// delete_rows: the undo of an insert (no plan step names it): rows deleted by their primary key.
import { checkKeyedRows, renderRows } from './insert.js';
import type { Operation } from './types.js';

export const deleteRows: Operation<'delete_rows'> = {
  kind: 'delete_rows',
  apply: (_d, m, op) => checkKeyedRows(m, op),
  inverse: (op) => ({ irreversible: `deleted rows of ${op.table} cannot be restored` }),
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `delete ${op.rows.length} row${op.rows.length > 1 ? 's' : ''} from ${op.table}`,
  render: renderRows,
};
