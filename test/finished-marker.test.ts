// The finished marker of a resumable script (src/compile/finished.ts): which data steps run only while the last
// fixed-row insert into a version table after the last schema change still has work, and which are left to their own
// row conditions.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { and, type Predicate } from '../src/compile/facets.js';
import { conditionUnderMarker, finishedMarker, isVersionTable, rowConditions } from '../src/compile/finished.js';
import { Sql } from '../src/compile/sql.js';
import type { Op, Statement } from '../src/operations/index.js';

const rows = (text: string): Predicate => ({ kind: 'sql', sql: Sql.verbatim(text) });
const data = (name: string, condition: string): Statement => ({ bodies: [Sql.verbatim(name)], effects: [], condition: rows(condition) });
const schema = (name: string): Statement => ({ bodies: [Sql.verbatim(name)], effects: [{ ref: { type: 'table', table: name }, value: { type: 'table', table: { name } } } as never] });
const NONE = and([]);
const CATALOG: Predicate = { kind: 'facet', ref: { type: 'table', table: 't' }, value: null, negate: true };

function marker(list: [Statement, Op, Predicate?][]) {
  const ops = new Map(list.map(([st, op]) => [st, op]));
  return finishedMarker(
    list.map(([st]) => st),
    list.map(([, , g]) => g ?? NONE),
    (st) => ops.get(st)!,
    ['versions'],
  );
}

const copy = (into: string): Op => ({ kind: 'copy_rows', into, from: 'src', values: {} });
const insert = (table: string): Op => ({ kind: 'insert', table, rows: [{ id: 1 }] });

describe('finishedMarker', () => {
  it('the copies before the last insert run only while it has work; a data step the catalog guards is left alone', () => {
    const early = data('early copy', 'A missing');
    const [c1, c2, v1, v2] = [data('copy 1', 'rows 1 missing'), data('copy 2', 'rows 2 missing'), data('version 1', 'NOT v1'), data('version 2', 'NOT v2')];
    const m = marker([[early, copy('t'), CATALOG], [schema('t'), { kind: 'create_table' } as Op, CATALOG], [c1, copy('t')], [c2, copy('t')], [v1, insert('versions')], [v2, insert('versions')]]);
    expect(m?.marker).toBe(v2);
    expect(m?.guarded).toEqual([c1, c2, v1]);
    expect(rowConditions({ ...c1, condition: conditionUnderMarker(c1, m!) }).map((p) => (p.kind === 'sql' ? p.sql.text : ''))).toEqual(['NOT v2', 'rows 1 missing']);
  });

  it('no fixed-row insert among them: no marker (a lone copy is left to its own condition)', () => {
    expect(marker([[data('copy', 'rows missing'), copy('t')]])).toBeUndefined();
  });

  it('a step that may write the marker row stops the guarding after it (it could make the marker say done on a first run)', () => {
    const [c1, u, c2, v] = [data('copy 1', 'rows 1 missing'), data('update versions', 'stale'), data('copy 2', 'rows 2 missing'), data('version', 'NOT v')];
    const m = marker([[c1, copy('t')], [u, { kind: 'update', table: 'versions', set: {} }], [c2, copy('t')], [v, insert('versions')]]);
    expect(m?.guarded).toEqual([c1, u]);
    // A deletion from the marker's table adds no row: it does not stop the guarding.
    const d = data('delete old versions', 'old there');
    expect(marker([[d, { kind: 'delete_where', table: 'versions', where: {} as never }], [c2, copy('t')], [v, insert('versions')]])?.guarded).toEqual([d, c2]);
  });

  // Found by review: an insert of an application row (a key_value seed row) after a copy was taken for the marker;
  // once the application deleted that row, a re-run of the finished script copied back rows it had deleted since.
  it('an insert into a table that is not a version table is no marker', () => {
    const [c, seed] = [data('copy', 'rows missing'), data('seed row', 'NOT seed')];
    expect(marker([[c, copy('t')], [seed, insert('key_value')]])).toBeUndefined();
    // The last insert into a version table is the marker, an application row's insert after it is not.
    const v = data('version', 'NOT v');
    const m = marker([[c, copy('t')], [v, insert('versions')], [seed, insert('key_value')]]);
    expect(m?.marker).toBe(v);
    expect(m?.guarded).toEqual([c]);
  });

  it('a version table name with a for_each placeholder stands for every entry', () => {
    expect(isVersionTable('keto_namespace_0000000003_migrations', ['keto_namespace_{value:010}_migrations'])).toBe(true);
    expect(isVersionTable('keto_0000000003_relation_tuples', ['keto_namespace_{value:010}_migrations'])).toBe(false);
    expect(isVersionTable('schema_migration', ['schema_migration'])).toBe(true);
    expect(isVersionTable('schema_migrations', ['schema_migration'])).toBe(false);
  });

  it('the steps after the marker are left to their own conditions', () => {
    const [v, c] = [data('version', 'NOT v'), data('copy', 'rows missing')];
    expect(marker([[data('x', 'x missing'), copy('t')], [v, insert('versions')], [c, copy('t')]])?.guarded.includes(c)).toBe(false);
  });
});

describe('compiled scripts', () => {
  const params = ['namespaces=files:1,groups:2'];
  it('Keto 0.6 → 0.7 on PostgreSQL and MySQL: each copy asks the last schema_migration row first; SQLite (one transaction) does not', () => {
    for (const [dialect, last] of [['postgres', '20210623162417000003'], ['mysql', '20210623162417000001']] as const) {
      const r = compile({ product: 'keto', from: '0.6', to: '0.7', dialect, params });
      const copies = r.units.filter((u) => u.op.kind === 'copy_rows');
      expect(copies.length).toBe(2);
      for (const u of copies) expect(u.statements.join('\n')).toContain(last);
    }
    const lite = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'sqlite', params });
    for (const u of lite.units.filter((x) => x.op.kind === 'copy_rows')) expect(u.statements.join('\n')).not.toContain('20210623162417000003');
  });
});
