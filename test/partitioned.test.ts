// Partitioned tables, their partitions, identity columns and indexes on partitioned tables (PostgreSQL), as
// SuperTokens core 12.0's activity_log needs them (issue #11; DDL in core SCHEMA-REWORK.md). Product:
// test/fixtures/plans-partitioned. PGlite is PostgreSQL 18 and the server 15: where they differ (a partition
// repeats its parent's identity from 17 on) the catalog listing shows what both agree on.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { closeAllScratches } from '../src/engines/index.js';
import { verify } from '../src/verify/verify.js';
import { postgres } from '../src/dialects/postgres/index.js';
import { describeEngines } from './helpers/servers.js';
import { demoProduct, planError } from './helpers/plans.js';

afterAll(() => closeAllScratches());

const plansDir = fileURLToPath(new URL('./fixtures/plans-partitioned', import.meta.url));
const up = (from = '1.0', to = '1.2') => compile({ product: 'partitioned', from, to, dialect: 'postgres', plansDir });

describe('compiled', () => {
  it('the partitioned table with its identity column, then the default partition, then the index on the parent', () => {
    const sql = up('1.0', '1.1').sql;
    expect(sql).toContain(`    CREATE TABLE event_log (
      id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
      app_id VARCHAR(64) NOT NULL DEFAULT 'public',
      payload TEXT,
      created_at BIGINT NOT NULL
    ) PARTITION BY RANGE (created_at);`);
    expect(sql).toContain('  IF to_regclass(\'event_log_default\') IS NULL THEN\n    CREATE TABLE event_log_default PARTITION OF event_log DEFAULT;');
    expect(sql).toContain("= 'CREATE INDEX event_log_created_at_index ON ONLY event_log USING btree (created_at)')");
    expect(sql).toContain('    CREATE INDEX event_log_created_at_index ON event_log (created_at);');
    // The version check knows the partition and the identity column.
    expect(sql).toContain("('table event_log_default', 'present PARTITION OF event_log DEFAULT', 3)");
    expect(sql).toContain("('column event_log.id', 'bigint NOT NULL GENERATED ALWAYS AS IDENTITY', 3)");
    expect(sql).toContain("('column event_log_default.id', 'bigint NOT NULL', 3)");
  });

  it('the model predicts the partition and the index PostgreSQL makes on it, named as PostgreSQL names it', () => {
    const lines = predictCatalog({ product: 'partitioned', version: '1.2', dialect: 'postgres', plansDir });
    expect(lines.filter((l) => l.includes('IDX'))).toEqual([
      'T event_log | IDX CREATE INDEX event_log_app_index ON ONLY event_log USING btree (app_id, created_at DESC)',
      'T event_log_default | IDX CREATE INDEX event_log_default_app_id_created_at_idx ON event_log_default USING btree (app_id, created_at DESC)',
    ]);
    expect(lines).toContain('T event_log_default | COL app_id character varying(64) NOT NULL DEFAULT \'public\'::character varying');
  });

  it('the rollback drops the partition, then the table; dropping the parent index drops the partitions\' with it', () => {
    const down = up('1.2', '1.0').sql;
    const p = down.indexOf('    DROP TABLE event_log_default;');
    const t = down.indexOf('    DROP TABLE event_log;');
    expect(p).toBeGreaterThan(-1);
    expect(t).toBeGreaterThan(p);
    expect(up('1.1', '1.2').sql).not.toContain('event_log_default_created_at_idx;');
  });
});

describe('partition index names follow PostgreSQL (ChooseRelationName)', () => {
  const name = postgres.rules.partitionIndexName!;
  const ix = (...cols: string[]) => ({ name: 'x', unique: false, columns: cols.map((c) => ({ name: c, desc: false })) });
  it('<partition>_<columns>_idx, and idx1, idx2 … while taken', () => {
    expect(name('activity_log_default', ix('created_at'), () => false)).toBe('activity_log_default_created_at_idx');
    const taken = new Set(['t_p_a_b_idx', 't_p_a_b_idx1']);
    expect(name('t_p', ix('a', 'b'), (n) => taken.has(n))).toBe('t_p_a_b_idx2');
  });
  it('too long for 63 bytes: the longer part is cut first', () => {
    // PostgreSQL 15 gives exactly this name (checked with CREATE TABLE … PARTITION OF on the server).
    const p = 'a_partition_with_a_rather_long_name_for_testing_purposes';
    expect(name(p, ix('some_fairly_long_column_name'), () => false)).toBe('a_partition_with_a_rather_long_some_fairly_long_column_name_idx');
    expect(Buffer.byteLength(name(p, ix('some_fairly_long_column_name'), () => false))).toBe(63);
  });
});

describe('refused with one clear line', () => {
  const plan = (steps: string, dialects = '') => ({
    '0-1.0.yaml': `product: demo\nfrom: "0"\nto: "1.0"\nsummary: s\nsteps:\n  - create_table:\n      name: log\n      columns:\n        - { name: id, type: bigint, identity: always }\n        - { name: at, type: bigint, nullable: false }\n      partition_by: { strategy: range, columns: [at] }\n  - create_partition: { name: log_default, of: log, bound: default }\n${steps}`,
    ...(dialects ? {} : {}),
  });
  it('MySQL: an identity column', () => {
    const dir = demoProduct(plan(''));
    expect(planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'mysql', plansDir: dir })).message).toMatch(/create_table: column id: no identity columns in MySQL 8 \/ MariaDB; make the step postgres-only \(dialects: \[postgres\]\)/);
  });
  it('an index on a partition, an index on a partitioned table built concurrently, a second default partition', () => {
    for (const [step, what] of [
      ['  - create_index: { table: log_default, name: log_default_at, columns: [at] }\n', /log_default is a partition of log: index the parent/],
      ['  - create_index: { table: log, name: log_at, columns: [at], concurrently: true }\n', /log is partitioned, and PostgreSQL cannot build an index on a partitioned table concurrently/],
      ['  - create_partition: { name: log_other, of: log, bound: default }\n', /table "log" already has a default partition/],
      ['  - add_column: { table: log, column: { name: note, type: text } }\n', /add_column: add column log.note: log is a partitioned table, and plan does not model this change on partitioned tables yet/],
      ['  - drop_not_null: { table: log_default, column: at }\n', /log_default is a partition of log, and plan does not model this change/],
    ] as const) {
      const dir = demoProduct(plan(step));
      expect(planError(() => compile({ product: 'demo', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir })).message).toMatch(what);
    }
  });
});

describe.each(['postgres'] as const)('%s', async (dialect) => {
  await describeEngines(dialect, (e) => {
    it('plan verify 0 → 1.2 and 1.0 → 1.2 pass: idempotent, resumable at every boundary, reversible, rows kept', async () => {
      for (const from of ['0', '1.0']) {
        const r = await verify({ product: 'partitioned', from, to: '1.2', dialect, url: e.url, plansDir, exhaustive: true });
        expect(r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`)).toEqual([]);
      }
    });
  });
});
