// create_index: an index on a table.
import type { Dialect } from '../dialects/dialect.js';
import { findTable, ModelDraft, partitionsOf, type Index, type Model } from '../model/model.js';
import { facetIs, facetIsNot, type FacetRef } from '../compile/facets.js';
import { addPartitionIndex, checkIndex, checkIndexNameFree, checkName, fail, table, withTable } from './shared.js';
import { resolveIndex } from './resolve.js';
import { fx, renderKit } from './render.js';
import type { OpOf, ParamValues, PlanOperation, Statement } from './types.js';
import { renamedIndex } from './naming.js';

/** A copy of an index that shares nothing with it. */
export const copyIndex = (ix: Index): Index => ({ ...ix, columns: ix.columns.map((c) => ({ ...c })) });

/**
 * The statements that give a table index `op.index`, replacing a same-named one (create_index and
 * replace_index render alike: the guards tell which runs).
 */
export function renderIndex(d: Dialect, op: OpOf<'create_index' | 'replace_index'>, before: Model, after: Model, _params?: ParamValues): Statement[] {
  const { body, all } = renderKit(d, before, after);
  const ref: FacetRef = { type: 'index', table: op.table, name: op.index.name };
  if (op.concurrently && d.script.outsideTransaction) {
    // Built outside the transaction (CREATE INDEX CONCURRENTLY … IF NOT EXISTS guards itself). First, under the
    // guard the model derives (the index is not yet at its definition: absent, another definition, or INVALID
    // after a failed concurrent build), whatever holds the name is dropped, so IF NOT EXISTS builds it afresh.
    // Replacing an index the model has (replace_index), the drop's effect is its absence: the parts after it start
    // from a database without it.
    const had = findTable(before, op.table)?.indexes.some((i) => i.name === op.index.name);
    return [
      // An INVALID index another session is still building is not a failed build's leftover: the script stops there.
      { bodies: [...(d.guards.stopIfIndexBeingBuilt ? [d.guards.stopIfIndexBeingBuilt(op.table, op.index.name)] : []), body('drop_index', { name: op.index.name })], effects: had ? [fx(ref, null)] : [], eitherPart: true },
      { bodies: [body('create_index_concurrently', op)], effects: all, outsideTransaction: true },
    ];
  }
  if (d.rules.severalStatementsPerGuard) return [{ bodies: [body('drop_index', { name: op.index.name }), body('create_index', op)], effects: all }];
  // One ALTER drops and adds (a foreign key the index supports never goes unsupported).
  return [
    { bodies: [body('replace_index', op)], effects: [], condition: facetIsNot(ref, null) },
    { bodies: [body('create_index', op)], effects: all, condition: facetIs(ref, null) },
  ];
}

export const createIndex: PlanOperation<'create_index'> = {
  kind: 'create_index',
  schema: {
    "$ref": "#/$defs/index"
  },
  resolve: (d, a) => ({ kind: 'create_index', table: a.table, index: resolveIndex(d, a), ...(a.concurrently ? { concurrently: true as const } : {}) }),
  apply(d, m, op) {
    const t = table(m, op.table);
    checkName(d, op.index.name, 'index', ['name']);
    checkIndex(d, t, op.index);
    checkIndexNameFree(d, m, t, op.index.name, ['name']);
    if (t.partitionOf) fail(`${t.name} is a partition of ${t.partitionOf.parent}: index the parent (each partition gets its own index)`);
    if (!t.partitionBy) return withTable(m, t, (w) => w.indexes.push(copyIndex(op.index)));
    // PostgreSQL: an index on a partitioned table (ON ONLY …) and one on each partition, attached to it; the
    // engine cannot build it CONCURRENTLY (PostgreSQL 15 manual, CREATE INDEX: "Concurrent builds for indexes on
    // partitioned tables are currently not supported").
    if (op.concurrently) fail(`index ${op.index.name}: ${t.name} is partitioned, and PostgreSQL cannot build an index on a partitioned table concurrently`);
    const draft = new ModelDraft(m);
    draft.edit(t).indexes.push({ ...copyIndex(op.index), onPartitioned: true });
    for (const p of partitionsOf(draft.model, t.name)) addPartitionIndex(d, draft.model, draft.edit(p), op.index);
    return draft.model;
  },
  inverse: (op) => ({ ops: [{ kind: 'drop_index', table: op.table, name: op.index.name, ...(op.concurrently ? { concurrently: true as const } : {}) }] }),
  rename: (op, n) => ({ ...op, table: n.table(op.table), index: renamedIndex(n, op.table, op.index) }),
  describe: (op) => `create index ${op.index.name} on ${op.table}${op.concurrently ? ' concurrently' : ''}`,
  render: renderIndex,
};
