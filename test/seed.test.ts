// plan verify's seed rows (issue #10): NULL wherever a column allows it — unique keys and foreign keys too — and
// strings at full width (the narrowest width the column has on the way verified), ASCII in one row and multi-byte
// with quotes and a backslash in another.
import { describe, expect, it } from 'vitest';
import { seedRows } from '../src/verify/seed.js';
import { getDialect } from '../src/dialects/index.js';
import type { Model } from '../src/model/model.js';

const model: Model = {
  dialect: 'postgres',
  tables: [
    {
      name: 'parent',
      columns: [
        { name: 'id', type: 'VARCHAR(8)', nullable: false },
        { name: 'code', type: 'VARCHAR(20)', nullable: true },
      ],
      primaryKey: { name: 'parent_pkey', columns: ['id'] },
      uniques: [{ name: 'parent_code_key', columns: ['code'] }],
      foreignKeys: [],
      indexes: [],
      checks: [],
    },
    {
      name: 'child',
      columns: [
        { name: 'id', type: 'CHAR(6)', nullable: false },
        { name: 'parent_id', type: 'VARCHAR(8)', nullable: true },
        { name: 'note', type: 'TEXT', nullable: false },
      ],
      primaryKey: { name: 'child_pkey', columns: ['id'] },
      uniques: [],
      foreignKeys: [{ name: 'child_parent_id_fkey', columns: ['parent_id'], refTable: 'parent', refColumns: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' }],
      indexes: [],
      checks: [],
    },
  ],
};

async function seeded(narrowest?: (t: string, c: string) => number | undefined): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  await seedRows(getDialect('postgres'), model, async (sql) => {
    const t = /INSERT INTO (\w+)/.exec(sql)![1];
    (out[t] ??= []).push(sql);
    return undefined;
  }, narrowest);
  return out;
}

describe('seed rows', () => {
  it('row 1 holds NULL in every nullable column, a unique key and a foreign key included', async () => {
    const rows = await seeded();
    expect(rows.parent[1]).toMatch(/VALUES \(.*, NULL\);$/);
    expect(rows.child[1]).toMatch(/VALUES \(E?'(?:[^']|'')*', NULL, /);
    // The other rows point at a parent.
    expect(rows.child[0]).not.toMatch(/NULL/);
  });

  it('strings are at full width, in ASCII (row 0) and in multi-byte characters with a quote and a backslash (row 1)', async () => {
    const rows = await seeded();
    expect(rows.parent[0]).toMatch(/VALUES \('0idxxxxx', '0codxxxxxxxxxxxxxxxx'\);$/);
    const child1 = /VALUES \(E?'((?:[^']|'')*)'/.exec(rows.child[1])![1];
    expect([...child1.replace(/''/g, "'").replace(/\\\\/g, '\\')]).toHaveLength(6);
    expect(rows.child[1]).toMatch(/E'1O''Reilly \\\\ ✓ not✓+'\);$/);
  });

  it('full width is the narrowest the column has on the way verified', async () => {
    const rows = await seeded((t, c) => (t === 'parent' && c === 'code' ? 5 : undefined));
    expect(rows.parent[0]).toMatch(/VALUES \('0idxxxxx', '0codx'\);$/);
  });
});
