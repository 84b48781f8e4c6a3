// drop_index: an index removed (refused when a foreign key would lose its supporting index).
import { copyTable, findTable, ModelDraft, partitionsOf } from '../model/model.js';
import { checkFksSupported, fail, table, withTable } from './shared.js';
import { nameFor } from './resolve.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';
import { TABLE_AND_NAME } from './schemas.js';

/** drop_index's arguments: a table and an index name, and whether to drop it CONCURRENTLY (PostgreSQL). */
const DROP_INDEX_SCHEMA = {
  ...TABLE_AND_NAME,
  properties: {
    ...TABLE_AND_NAME.properties,
    concurrently: {
      type: 'boolean',
      description: 'PostgreSQL: DROP INDEX CONCURRENTLY, in a part of the script outside its transaction (no lock that blocks reads or writes); MySQL/MariaDB drop an index in place anyway',
    },
  },
};

export const dropIndex: PlanOperation<'drop_index'> = {
  kind: 'drop_index',
  schema: DROP_INDEX_SCHEMA,
  resolve: (d, a) => ({ kind: 'drop_index', table: a.table, name: nameFor(d, a), ...(a.concurrently ? { concurrently: true as const } : {}) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const ix = t.indexes.find((x) => x.name === op.name);
    if (!ix) fail(`index "${op.name}" does not exist on ${t.name}`);
    if (ix.partitionIndexOf) fail(`index "${op.name}" belongs to index ${ix.partitionIndexOf} of the partitioned table ${t.partitionOf?.parent}: drop that one`);
    if (ix.onPartitioned) {
      // Dropping the partitioned table's index drops each partition's with it.
      if (op.concurrently) fail(`index ${op.name}: PostgreSQL cannot drop an index of a partitioned table concurrently`);
      const draft = new ModelDraft(m);
      const w = draft.edit(t);
      w.indexes = w.indexes.filter((x) => x.name !== op.name);
      for (const p of partitionsOf(draft.model, t.name)) {
        const e = draft.edit(p);
        e.indexes = e.indexes.filter((x) => x.partitionIndexOf !== op.name);
      }
      return draft.model;
    }
    const after = copyTable(t);
    after.indexes = after.indexes.filter((x) => x.name !== op.name);
    checkFksSupported(d, after, `dropping index ${op.name}`);
    return withTable(m, t, (w) => (w.indexes = after.indexes));
  },
  inverse(op, before) {
    const old = structuredClone(findTable(before, op.table)!.indexes.find((i) => i.name === op.name)!);
    delete old.supportsFk;
    delete old.onPartitioned;
    return { ops: [{ kind: 'create_index', table: op.table, index: old, ...(op.concurrently ? { concurrently: true as const } : {}) }] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table) }),
  describe: (op) => `drop index ${op.name} on ${op.table}${op.concurrently ? ' concurrently' : ''}`,
  render(d, op, before, after) {
    const kit = renderKit(d, before, after);
    // DROP INDEX CONCURRENTLY IF EXISTS guards itself, outside the transaction.
    if (op.concurrently && d.script.outsideTransaction) return [{ bodies: [kit.body('drop_index_concurrently', op)], effects: kit.all, outsideTransaction: true }];
    return kit.one('drop_index', op);
  },
};
