// `plan status` asks the data steps of the script into the version it finds (src/detect/data-steps.ts) with a
// statement timeout: found by review, a status call on a big database (or one whose table another session holds
// locked) ran a data step's row condition for hours, with nothing bounding it. The reads now run under status's (and
// detect's) --read-timeout (default DATA_STEP_READ_TIMEOUT_MS; not --statement-timeout, the script's, which status
// passes on to the compile command it prints: a fresh DBA's --statement-timeout 2s for the reads gave a script that
// stopped every statement at 2 s), PostgreSQL statement_timeout, MariaDB
// max_statement_time, MySQL 8 max_execution_time (the reads are read-only SELECTs, which it bounds); when it fires,
// status names the step it could not tell and why, and goes on.
//
// The reproduction: Keto 0.6 → 0.7 cut before its data steps (status-data-steps.test.ts), and another session holding
// the table the first data step reads locked (a lock wait is what a statement timeout bounds on both engines).
import type { Connection } from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { DATA_STEP_READ_TIMEOUT_MS, skippedLine } from '../src/detect/data-steps.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { runPlanAsync } from './helpers/cli.js';
import { cutBefore, keto06, KETO_NS } from './helpers/keto.js';
import { CLIENT_GONE, describeServer, scratchUrl } from './helpers/servers.js';

const SLOW = { timeout: 600_000 };
/** The CLI, killed after `limitMs` (a hang: code null and `killed`). */
const plan = (limitMs: number, ...args: string[]) => runPlanAsync(args, { timeoutMs: limitMs });
const NS = KETO_NS;

/**
 * Runs `body` on a MariaDB scratch of `server` holding Keto 0.6 (keto06), with `holder`: another session on it, to
 * lock its tables. Afterwards (whatever `body` did) the locks are released, the session ended and the scratch dropped.
 */
async function onKeto06WithHolder(server: string, body: (s: Scratch, url: string, holder: Connection) => Promise<void>): Promise<void> {
  const s = await openScratch('mysql', { url: server });
  const url = scratchUrl(server, s);
  const mysql = (await import('mysql2/promise')).default;
  const holder = await mysql.createConnection(url);
  try {
    await keto06(s, 'mysql');
    await body(s, url, holder);
  } finally {
    await holder.query('UNLOCK TABLES').catch(() => undefined);
    await holder.end();
    await s.close();
  }
}

describe('the default bound of a data step read', () => {
  it('is a minute at most: a status call ends', () => {
    expect(DATA_STEP_READ_TIMEOUT_MS).toBeGreaterThan(0);
    expect(DATA_STEP_READ_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
  });
  it('a step that timed out is named with why, apart from the steps the engine refused', () => {
    expect(skippedLine({ version: '0.7', from: '0.6', left: [], skipped: [{ step: '8/11 (copy rows from a into b)', why: 'canceling statement due to statement timeout', timedOutMs: 2000 }] })).toBe(
      'not checked (asking took longer than the statement timeout, 2s: --read-timeout <duration> gives it longer, 0 no limit): 8/11 (copy rows from a into b)',
    );
  });
});

// PostgreSQL: a lock another session holds on a product table is a migration in progress there (status waits:
// status-busy.test.ts), so the PostgreSQL reproduction is a big table instead: 300,000 rows copied (the script cut
// before step 11/14, after the copy), so the copy's row condition reads them all to find none left, asked under a
// bound shorter than that takes.
await describeServer('status on a big table: PostgreSQL server (the reproduction)', 'postgres', (server) => {
  it('keto 0.6 → 0.7 cut before step 11/14, 300,000 namespace-2 tuples copied: status --read-timeout 10ms names the step it could not tell', SLOW, async () => {
    const s = await openScratch('postgres', { url: server });
    const url = scratchUrl(server, s);
    try {
      await keto06(s, 'postgres');
      await s.execStatements([
        "INSERT INTO keto_0000000002_relation_tuples (shard_id, object, relation, subject, commit_time) SELECT '', 'g' || i, 'm', 'u1', '2024-01-02 03:04:05' FROM generate_series(2, 300000) AS i",
      ]);
      const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: NS }).sql;
      // The script is one transaction: its part before step 11/14, committed (what a part of its own leaves).
      await s.execScript(`${cutBefore(up, '11/14')}\nCOMMIT;\n${CLIENT_GONE}`);
      const st = await plan(120_000, 'status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7', '--read-timeout', '10ms');
      expect(st.killed ?? false).toBe(false);
      expect(st.stderr).toBe('');
      expect(st.stdout).toContain('best match: 0.7 (exact)');
      expect(st.code).toBe(0);
      const note = st.stdout.split('\n').find((l) => l.startsWith('note: not checked (asking took longer than the statement timeout, 10ms'));
      expect(note).toContain('10/14 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)');
    } finally {
      await s.close();
    }
  });
});

// Found by review: on a database the script finished, reads that timed out were taken for steps done, and status
// said "up to date", exit 0. Not known: state unknown, exit 1 (README: exit codes). The reproduction: Keto 0.6 → 0.7
// run to its end on MariaDB, and another session holding schema_migration (the finished marker's table, which every
// step's read asks first) and a legacy table locked.
await describeServer('status when the reads time out on a database the script finished: MariaDB (the reproduction)', 'mysql', (server) => {
  it('keto 0.6 → 0.7 run to its end, its tables locked by another session: status --read-timeout 1s says unknown, not up to date, exit 1', SLOW, async () => {
    await onKeto06WithHolder(server, async (s, url, holder) => {
      await s.execWithClient(compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'mysql', params: NS }).sql);
      await holder.query('LOCK TABLES keto_0000000002_relation_tuples WRITE, schema_migration WRITE');
      const st = await plan(120_000, 'status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7', '--read-timeout', '1s');
      expect(st.killed ?? false).toBe(false);
      expect(st.stderr).toBe('');
      expect(st.stdout).toContain('best match: 0.7 (exact)');
      expect(st.stdout).not.toContain('up to date');
      const lines = st.stdout.split('\n');
      expect(lines).toContain('unknown: the schema is at 0.7; whether its data steps are done could not be read in time (see the note)');
      const note = lines.find((l) => l.startsWith('note: state unknown: the schema is at 0.7, but whether the 0.6 → 0.7 script finished its data steps '));
      expect(note).toContain('8/11 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)');
      expect(note).toContain('run status again with a longer --read-timeout (0: no limit), or run the 0.6 → 0.7 script again');
      // Each step named once, though it has several reads.
      const skipped = lines.find((l) => l.startsWith('note: not checked'))!;
      expect(skipped.split('9/11 (insert 5 rows into schema_migration)').length).toBe(2);
      expect(st.code).toBe(1);
      // JSON says the same: state unknown, the steps not known.
      const json = await plan(120_000, 'status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7', '--read-timeout', '1s', '--json');
      expect(json.code).toBe(1);
      const shown = JSON.parse(json.stdout).status;
      expect(shown.state).toBe('unknown');
      expect(shown.unchecked.steps).toContain('8/11 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)');
      // Once the lock is gone every read answers: up to date, exit 0.
      await holder.query('UNLOCK TABLES');
      const free = await plan(120_000, 'status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7', '--read-timeout', '1s');
      expect(free.stdout).toContain('up to date: the database is at 0.7; nothing to apply');
      expect(free.code).toBe(0);
    });
  });
});

await describeServer('status while a data step\'s table is locked: MariaDB (the reproduction)', 'mysql', (server) => {
  it('keto 0.6 → 0.7 cut before step 8/11, keto_0000000002_relation_tuples locked by another session: status --read-timeout 2s ends, naming the step it could not tell', SLOW, async () => {
    await onKeto06WithHolder(server, async (s, url, holder) => {
      const up = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'mysql', params: NS }).sql;
      await s.execWithClient(cutBefore(up, '8/11'));
      await holder.query('LOCK TABLES keto_0000000002_relation_tuples WRITE');
      const st = await plan(60_000, 'status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7', '--read-timeout', '2s');
      expect(st.killed ?? false).toBe(false);
      expect(st.stderr).toBe('');
      expect(st.stdout).toContain('best match: 0.7 (exact)');
      expect(st.code).toBe(0);
      const lines = st.stdout.split('\n');
      const note = lines.find((l) => l.startsWith('note: not checked (asking took longer than the statement timeout, 2s'));
      expect(note).toContain('8/11 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)');
      // The read bound is status's own: the compile command it prints carries no statement timeout (fresh DBA).
      expect(lines.filter((l) => l.startsWith('  npx plan compile keto'))).toEqual([`  npx plan compile keto 0.6 0.7 --dialect mysql --param ${NS[0]} -o 0.6-0.7.sql`]);
      // And the script's --statement-timeout goes to the compile command, not to the reads (which then wait for the
      // default bound, 30 s: the lock is released first).
      await holder.query('UNLOCK TABLES');
      const script = await plan(60_000, 'status', 'keto', '--url', url, '--param', NS[0], '--to', '0.7', '--statement-timeout', '2s');
      expect(script.stdout.split('\n').filter((l) => l.startsWith('  npx plan compile keto'))).toEqual([`  npx plan compile keto 0.6 0.7 --dialect mysql --param ${NS[0]} --statement-timeout 2s -o 0.6-0.7.sql`]);
      expect(script.stdout).not.toContain('not checked');
    });
  });
});
