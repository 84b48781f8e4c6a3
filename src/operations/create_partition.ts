// create_partition: a partition of a partitioned table (PostgreSQL: CREATE TABLE … PARTITION OF … DEFAULT). The
// partition takes the parent's columns (with their defaults and NOT NULL; an identity stays the parent's) and
// an index of its own for each of the parent's, named by the engine.
import { findTable, ModelDraft, type Table } from '../model/model.js';
import { addPartitionIndex, checkCaseFree, checkIndexNameFree, checkName, fail, table } from './shared.js';
import { renderKit } from './render.js';
import type { PlanOperation } from './types.js';

export const createPartition: PlanOperation<'create_partition'> = {
  kind: 'create_partition',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "of",
      "bound"
    ],
    "description": "A partition of a partitioned table (create_table with partition_by), PostgreSQL only: it takes the parent's columns, and the engine gives it an index of its own for each of the parent's (named <partition>_<columns>_idx). bound: default, the partition that takes the rows no other partition takes.",
    "properties": {
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "of": {
        "$ref": "#/$defs/identifier"
      },
      "bound": {
        "enum": [
          "default"
        ]
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'create_partition', name: a.name, of: a.of, bound: a.bound }),
  apply(d, m, op) {
    if (!d.rules.partitionIndexName) fail(`${d.script.engineName} has no declarative partitioning: make the step postgres-only (dialects: [postgres])`);
    const parent = table(m, op.of);
    if (!parent.partitionBy) fail(`table "${parent.name}" is not partitioned (create it with partition_by)`);
    if (findTable(m, op.name)) fail(`table "${op.name}" already exists`, ['name']);
    checkCaseFree(d, 'table', op.name, m.tables.map((x) => x.name), (n) => `table "${n}"`, ['name']);
    // A partition is a table: where indexes share the schema's namespace with tables (PostgreSQL), an index's name is taken too.
    if (d.rules.indexNameScope === 'schema') checkIndexNameFree(d, m, parent, op.name, ['name']);
    checkName(d, op.name, 'table', ['name']);
    if (op.bound === 'default' && m.tables.some((t) => t.partitionOf?.parent === parent.name && t.partitionOf.bound === 'default')) {
      fail(`table "${parent.name}" already has a default partition`);
    }
    const p: Table = {
      name: op.name,
      columns: parent.columns.map(({ identity: _identity, ...c }) => ({ ...c })),
      uniques: [],
      foreignKeys: [],
      indexes: [],
      checks: [],
      partitionOf: { parent: parent.name, bound: op.bound },
    };
    const draft = new ModelDraft(m);
    draft.add(p);
    for (const ix of parent.indexes) addPartitionIndex(d, draft.model, p, ix);
    return draft.model;
  },
  inverse: (op) => ({ ops: [{ kind: 'drop_table', name: op.name }] }),
  rename: (op, n) => ({ ...op, name: n.table(op.name), of: n.table(op.of) }),
  describe: (op) => `create partition ${op.name} of ${op.of}`,
  render(d, op, before, after) {
    const [st] = renderKit(d, before, after).one('create_partition', { name: op.name, parent: op.of });
    return [{ ...st, createsTable: op.name }];
  },
};
