// replace_index: an index given another definition (refused when a foreign key would lose its supporting index).
import { copyTable, findTable } from '../model/model.js';
import { checkFksSupported, checkIndex, fail, table, withTable } from './shared.js';
import { resolveIndex } from './resolve.js';
import { indexKey } from '../compile/facets.js';
import { copyIndex, createIndex, renderIndex } from './create_index.js';
import type { PlanOperation } from './types.js';
import { renamedIndex } from './naming.js';

export const replaceIndex: PlanOperation<'replace_index'> = {
  kind: 'replace_index',
  schema: createIndex.schema,
  resolve: (d, a) => ({ kind: 'replace_index', table: a.table, index: resolveIndex(d, a), ...(a.concurrently ? { concurrently: true as const } : {}) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    const i = t.indexes.findIndex((x) => x.name === op.index.name);
    if (i < 0) fail(`index "${op.index.name}" does not exist on ${t.name}`);
    if (t.partitionBy || t.partitionOf) fail(`index ${op.index.name}: redefining an index of a partitioned table or a partition is not supported yet (drop_index, then create_index)`);
    checkIndex(d, t, op.index);
    if (indexKey(t.indexes[i]) === indexKey(op.index)) fail(`index "${op.index.name}" already has this definition in ${d.name} (limit the step with dialects:)`);
    const after = copyTable(t);
    after.indexes[i] = copyIndex(op.index);
    checkFksSupported(d, after, `replacing index ${op.index.name}`);
    return withTable(m, t, (w) => (w.indexes[i] = copyIndex(op.index)));
  },
  inverse(op, before) {
    const old = structuredClone(findTable(before, op.table)!.indexes.find((i) => i.name === op.index.name)!);
    delete old.supportsFk;
    return { ops: [{ kind: 'replace_index', table: op.table, index: old, ...(op.concurrently ? { concurrently: true as const } : {}) }] };
  },
  rename: (op, n) => ({ ...op, table: n.table(op.table), index: renamedIndex(n, op.table, op.index) }),
  describe: (op) => `redefine index ${op.index.name} on ${op.table}${op.concurrently ? ' concurrently' : ''}`,
  render: renderIndex,
};
