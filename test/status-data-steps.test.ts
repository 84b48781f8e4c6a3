// `plan status` / `plan detect` on a database whose schema is at a version while the script into it stopped before
// its last data steps (a crash after its last schema change): the catalog matches the version exactly, but the
// rows the last steps copy or insert are missing. Found by a fresh user on MariaDB: status said "up to date" (exit 0)
// with Keto's namespace-2 tuples never copied and the 5 schema_migration rows missing. The steps' own row conditions,
// as the script asks them, are asked read-only: status says resume, naming the steps, and the command that re-runs
// the script; once it has run, up to date again.
//
// Keto 0.6 → 0.7 is the product with data steps after its last schema change (SuperTokens 5.0 → 6.0 has none: its
// last steps change the schema). MariaDB: the script cut at the banner of step 8/11, run by the mariadb client (each
// statement commits: a crash there leaves exactly this). PostgreSQL (PGlite): the script is one transaction, so the
// same state is made by committing its part up to step 10/14 (what a script with parts of its own, or a hand-run
// part, leaves).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { dataStepChecksFor, skippedLine, type DataStepsFound } from '../src/detect/data-steps.js';
import { formatStatus } from '../src/detect/format.js';
import { status } from '../src/detect/status.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { readCatalogThen } from '../src/engines/live.js';
import { runPlanAsync } from './helpers/cli.js';
import { cutBefore, keto06, KETO_NS } from './helpers/keto.js';
import { CLIENT_GONE, describeServer, scratchUrl } from './helpers/servers.js';

const SLOW = { timeout: 600_000 };
const NS = KETO_NS;
const plan = (...args: string[]) => runPlanAsync(args);

const NOTE_MYSQL =
  'note: the schema is at 0.7, but the 0.6 → 0.7 script stopped before its data steps were done: steps 8/11 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples); 9/11 (insert 5 rows into schema_migration) still have rows to write; run the 0.6 → 0.7 script again (it resumes where it stopped)';

describe('status and detect after a script stopped before its data steps: PGlite', SLOW, () => {
  /** detect, the data steps asked in the same read-only transaction, then status, as the CLI does them. */
  async function statusOn(s: Scratch): Promise<{ text: string; data?: DataStepsFound; state: string }> {
    let r: ReturnType<typeof detect> | undefined;
    const read = await readCatalogThen('postgres', (q) => s.query(q), undefined, {}, (lines) => dataStepChecksFor((r = detect({ product: 'keto', dialect: 'postgres', params: NS, found: lines })), NS));
    r ??= detect({ product: 'keto', dialect: 'postgres', params: NS, found: read.lines });
    const st = status({ detected: r, params: NS, ...(read.data ? { dataSteps: read.data } : {}) });
    return { text: formatStatus(r, st, 'pglite'), data: read.data, state: st.state };
  }

  it('keto 0.6 → 0.7 cut before step 10/14 (namespace 1 copied): resume, naming steps 10/14, 11/14 and 12/14; the script run again completes it: up to date', async () => {
    const s = await openScratch('postgres');
    try {
      await keto06(s, 'postgres');
      const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: NS }).sql;
      await s.execScript(`${cutBefore(up, '10/14')}\nCOMMIT;\n${CLIENT_GONE}\n`);
      const before = await statusOn(s);
      expect(before.state).toBe('resume');
      expect(before.data).toEqual({ version: '0.7', from: '0.6', left: ['10/14 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)', '11/14 (insert 5 rows into schema_migration)', '12/14 (insert 2 rows into schema_migration)'], skipped: [] });
      const lines = before.text.split('\n');
      expect(lines).toContain('best match: 0.7 (exact)');
      expect(lines).toContain('to resume and reach 0.7: 1 plan');
      expect(lines).toContain('  npx plan compile keto 0.6 0.7 --dialect postgres --param namespaces=files:1,groups:2 -o 0.6-0.7.sql');
      expect(lines).toContain(
        'note: the schema is at 0.7, but the 0.6 → 0.7 script stopped before its data steps were done: steps 10/14 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples); 11/14 (insert 5 rows into schema_migration); 12/14 (insert 2 rows into schema_migration) still have rows to write; run the 0.6 → 0.7 script again (it resumes where it stopped)',
      );
      expect(lines).not.toContain('up to date: the database is at 0.7; nothing to apply');
      // The second run of the script completes it.
      await s.execScript(up);
      expect(await s.query('SELECT count(*)::int AS n FROM keto_relation_tuples')).toEqual([{ n: 3 }]);
      const after = await statusOn(s);
      expect(after.state).toBe('up-to-date');
      expect(after.data).toEqual({ version: '0.7', from: '0.6', left: [], skipped: [] });
      expect(after.text.split('\n')).toContain('up to date: the database is at 0.7; nothing to apply');
    } finally {
      await s.close();
    }
  });

  it('a completed upgrade (the script run whole once) says up to date', async () => {
    const s = await openScratch('postgres');
    try {
      await keto06(s, 'postgres');
      await s.execScript(compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: NS }).sql);
      const r = await statusOn(s);
      expect(r.state).toBe('up-to-date');
      expect(r.data?.left).toEqual([]);
      expect(r.text.split('\n')).toContain('up to date: the database is at 0.7; nothing to apply');
    } finally {
      await s.close();
    }
  });
});

describe('status after a completed upgrade whose copied rows the application deleted since: PGlite', SLOW, () => {
  it('a tuple deleted through Keto 0.7 (a revoked permission) is not work left: up to date, not resume (running the script again would write it back)', async () => {
    const s = await openScratch('postgres');
    try {
      await keto06(s, 'postgres');
      await s.execScript(compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: NS }).sql);
      await s.execScript(`DELETE FROM keto_relation_tuples WHERE object = 'g1'`);
      let r: ReturnType<typeof detect> | undefined;
      const read = await readCatalogThen('postgres', (q) => s.query(q), undefined, {}, (lines) => dataStepChecksFor((r = detect({ product: 'keto', dialect: 'postgres', params: NS, found: lines })), NS));
      r ??= detect({ product: 'keto', dialect: 'postgres', params: NS, found: read.lines });
      const st = status({ detected: r, params: NS, ...(read.data ? { dataSteps: read.data } : {}) });
      expect(st.state).toBe('up-to-date');
      expect(read.data?.left).toEqual([]);
      expect(formatStatus(r, st, 'pglite').split('\n')).toContain('up to date: the database is at 0.7; nothing to apply');
    } finally {
      await s.close();
    }
  });
});

// On the PostgreSQL server through the pg driver, as plan status connects (PGlite's scratch rolls a transaction back
// on any error, which a real session does not: there the failed query leaves the transaction aborted until the
// savepoint is rolled back to).
await describeServer('a data step whose condition the engine refuses: PostgreSQL server', 'postgres', (server) => {
  it('is skipped and named, inside a savepoint: the next step is still asked, and status says it', async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      const read = await readCatalogThen('postgres', async (q) => (await client.query(q)).rows, undefined, {}, () => ({
        version: '0.7',
        from: '0.6',
        settings: [],
        checks: [
          { step: '1/2 (copy rows from gone into here)', rows: 'SELECT CASE WHEN EXISTS (SELECT 1 FROM h_p_no_such_table) THEN 1 ELSE 0 END AS work' },
          { step: '2/2 (insert 1 row into here)', catalog: 'SELECT CASE WHEN 1 = 1 THEN 1 ELSE 0 END AS work', rows: 'SELECT CASE WHEN 1 = 1 THEN 1 ELSE 0 END AS work' },
        ],
      }));
      expect(read.data!.left).toEqual(['2/2 (insert 1 row into here)']);
      expect(read.data!.skipped).toEqual([{ step: '1/2 (copy rows from gone into here)', why: 'relation "h_p_no_such_table" does not exist' }]);
      expect(skippedLine(read.data!)).toBe('not checked (their conditions cannot be evaluated read-only on this database): 1/2 (copy rows from gone into here) (relation "h_p_no_such_table" does not exist)');
    } finally {
      await client.end();
    }
  });
});

await describeServer('status and detect after a script stopped before its data steps: MariaDB (the reproduction)', 'mysql', (server) => {
  it('keto 0.6 → 0.7 cut before step 8/11: status says resume (exit 0) naming steps 8/11 and 9/11, detect says so too; the script run again completes it: up to date', SLOW, async () => {
    const s = await openScratch('mysql', { url: server });
    try {
      await keto06(s, 'mysql');
      const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'mysql', params: NS }).sql;
      await s.execWithClient(cutBefore(up, '8/11'));
      const url = scratchUrl(server, s);
      const st = await plan('status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7');
      expect(st.code).toBe(0);
      const lines = st.stdout.split('\n');
      expect(lines).toContain('best match: 0.7 (exact)');
      expect(lines).toContain('to resume and reach 0.7: 1 plan');
      expect(lines).toContain('  npx plan compile keto 0.6 0.7 --dialect mysql --param namespaces=files:1,groups:2 -o 0.6-0.7.sql');
      expect(lines).toContain(NOTE_MYSQL);
      expect(lines).not.toContain('up to date: the database is at 0.7; nothing to apply');
      const json = JSON.parse((await plan('status', 'keto', '--url', url, '--param', NS[0], '--json')).stdout);
      expect(json.status.state).toBe('resume');
      const det = await plan('detect', 'keto', '--url', url, '--param', NS[0]);
      expect(det.code).toBe(0);
      expect(det.stdout.split('\n')).toContain(`resume: ${NOTE_MYSQL.slice('note: '.length)}`);
      // Nothing was written by status or detect: the rows are as the cut script left them.
      expect(Number((await s.query('SELECT COUNT(*) AS n FROM keto_relation_tuples'))[0].n)).toBe(2);
      // The second run of the script completes it.
      await s.execWithClient(up);
      expect(Number((await s.query('SELECT COUNT(*) AS n FROM keto_relation_tuples'))[0].n)).toBe(3);
      const again = await plan('status', 'keto', '--url', url, '--param', NS[0]);
      expect(again.code).toBe(0);
      expect(again.stdout.split('\n')).toContain('up to date: the database is at 0.7; nothing to apply');
      expect((await plan('detect', 'keto', '--url', url, '--param', NS[0])).stdout).not.toContain('resume:');
    } finally {
      await s.close();
    }
  });
});

// Found by review: status asked the data steps under the server's session settings, while the script pins its own
// (MySQL time_zone '+00:00'; PostgreSQL DateStyle): Keto's derived shard_id holds the commit time's text, so on a
// server whose time zone is not UTC every copy looked undone. The reads now run under the script's settings
// (DialectScript.readSettings). The reproduction: a MariaDB session at '+05:00', the script cut before its last data
// step (every copy done): only 9/11 has work.
await describeServer('status asks the data steps under the script\'s session settings: MariaDB at time zone +05:00', 'mysql', (server) => {
  it('keto 0.6 → 0.7 cut before step 9/11: only 9/11 has work, whatever the session\'s time zone', SLOW, async () => {
    const s = await openScratch('mysql', { url: server });
    const mysql = (await import('mysql2/promise')).default;
    const conn = await mysql.createConnection(scratchUrl(server, s));
    try {
      await keto06(s, 'mysql');
      const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'mysql', params: NS }).sql;
      await s.execWithClient(cutBefore(up, '9/11'));
      await conn.query("SET SESSION time_zone = '+05:00'");
      const query = async (q: string) => (await conn.query(q))[0] as Record<string, unknown>[];
      const read = await readCatalogThen('mysql', query, undefined, {}, (lines) => dataStepChecksFor(detect({ product: 'keto', dialect: 'mysql', params: NS, found: lines }), NS));
      expect(read.data?.left).toEqual(['9/11 (insert 5 rows into schema_migration)']);
    } finally {
      await conn.end();
      await s.close();
    }
  });
});

// Found by review: AuthHero 11.20 → 11.21 on MariaDB with one tenant (the control plane's, the usual install), the
// script stopped after the 181 old kysely_migration rows were deleted and before the two new ones were inserted:
// status said "up to date" with kysely_migration empty, because its rule was "the last data step has no work: the
// script finished", and the last step then, the copy of tenants into organizations, had nothing to copy. The history
// insert is now the script's last data step, its finished marker (src/compile/finished.ts), and status names every
// step with work.
await describeServer('status after an AuthHero script stopped before its history insert: MariaDB (the review\'s reproduction)', 'mysql', (server) => {
  it('authhero 11.20 → 11.21 cut before the kysely_migration insert, one tenant: resume, naming the insert', SLOW, async () => {
    const s = await openScratch('mysql', { url: server, mysqlCharacterSet: 'utf8mb3' });
    try {
      await s.execWithClient(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
      await s.execScript("INSERT INTO tenants (id, friendly_name, created_at, updated_at) VALUES ('main', 'Control plane', '2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z')");
      const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' });
      const insert = up.units.find((u) => u.op.kind === 'insert' && u.banner.includes('kysely_migration'))!;
      const at = up.sql.indexOf(insert.banner);
      expect(at).toBeGreaterThan(0);
      await s.execWithClient(up.sql.slice(0, at));
      expect(Number((await s.query('SELECT COUNT(*) AS n FROM kysely_migration'))[0].n)).toBe(0);
      const st = await plan('status', 'authhero', '--url', scratchUrl(server, s));
      const lines = st.stdout.split('\n');
      expect(lines).not.toContain('up to date: the database is at 11.21; nothing to apply');
      const step = insert.banner.replace(/^-- 11\.20 → 11\.21 · /, '').replace(' · ', ' (') + ')';
      expect(lines).toContain(`note: the schema is at 11.21, but the 11.20 → 11.21 script stopped before its data steps were done: step ${step} still has rows to write; run the 11.20 → 11.21 script again (it resumes where it stopped)`);
      // The script run again completes it, and status then says up to date.
      await s.execWithClient(up.sql);
      expect(Number((await s.query('SELECT COUNT(*) AS n FROM kysely_migration'))[0].n)).toBe(2);
      expect((await plan('status', 'authhero', '--url', scratchUrl(server, s))).stdout.split('\n')).toContain('up to date: the database is at 11.21; nothing to apply');
    } finally {
      await s.close();
    }
  });
});
