// Which database engines a test can use, and the one place that decides what happens when a server is down:
// skip loudly on a workstation, fail under CI=true (a CI run that skipped its servers proves nothing).
import { afterAll, describe, it } from 'vitest';
import { hasClient, redact, serverReachable, serverUrl, type Scratch } from '../../src/engines/index.js';
import type { DialectName } from '../../src/plan/types.js';

/**
 * What the end of the client's session does on PostgreSQL, for a cut run whose scratch session stays open: a plan
 * script holds a session-level advisory lock from its first line to its last (another run stops on it, status says
 * "wait"), and a client that stops part-way (psql exiting, a killed process) lets it go with its session.
 */
export const CLIENT_GONE = 'SELECT pg_advisory_unlock_all();';

export const IN_CI = process.env.CI === 'true';

const ENV_NAME: Record<DialectName, string> = { postgres: 'PLAN_PG_URL', mysql: 'PLAN_MYSQL_URL', sqlite: '(none: SQLite is embedded)' };

/**
 * `describe(title, () => make(url))` when the server for `dialect` answers; otherwise a loud console.warn and
 * describe.skip, or under CI a suite with one failing test. Call with top-level await.
 */
export async function describeServer(title: string, dialect: DialectName, make: (url: string) => void): Promise<void> {
  const url = serverUrl(dialect);
  if (await serverReachable(url)) {
    describe(title, () => make(url));
    return;
  }
  const msg = `${title}: ${dialect} server at ${redact(url)} is unreachable`;
  if (IN_CI) {
    describe(title, () => {
      it('server is reachable (required in CI)', () => {
        throw new Error(msg);
      });
    });
  } else {
    console.warn(`\n!!! SKIPPING ${msg} (set ${ENV_NAME[dialect]} or start it)\n`);
    describe.skip(title, () => make(url));
  }
}

/** A place to run compiled SQL: PGlite in process (url undefined) or a server. */
export interface EngineTarget {
  title: string;
  dialect: DialectName;
  url?: string;
}

/**
 * One suite per engine that runs `dialect`: postgres → PGlite (always) and the PostgreSQL server;
 * mysql → the MySQL/MariaDB server; sqlite → sql.js (always). Servers go through describeServer.
 */
export async function describeEngines(dialect: DialectName, make: (e: EngineTarget) => void): Promise<void> {
  if (dialect === 'postgres') {
    describe('pglite', () => make({ title: 'pglite', dialect }));
    await describeServer('postgres server', 'postgres', (url) => make({ title: 'postgres server', dialect, url }));
  } else if (dialect === 'sqlite') {
    describe('sqlite (sql.js)', () => make({ title: 'sqlite (sql.js)', dialect }));
  } else {
    await describeServer('mysql server', 'mysql', (url) => make({ title: 'mysql server', dialect, url }));
  }
}

/**
 * `describe(title, make)` when the sqlite3 command-line client is on PATH (.ci/run installs it); otherwise a loud
 * console.warn and describe.skip, or under CI a suite with one failing test.
 */
export function describeSqliteClient(title: string, make: () => void): void {
  if (hasClient('sqlite')) {
    describe(title, make);
    return;
  }
  const msg = `${title}: the sqlite3 command-line client is not on PATH (apt-get install -y sqlite3)`;
  if (IN_CI) {
    describe(title, () => {
      it('sqlite3 is installed (required in CI)', () => {
        throw new Error(msg);
      });
    });
  } else {
    console.warn(`\n!!! SKIPPING ${msg}\n`);
    describe.skip(title, make);
  }
}

/**
 * The URL of scratch database `s` on the server at `server`: the server's URL with the scratch's name as its path
 * (what a user passes to plan status/detect --url).
 */
export function scratchUrl(server: string, s: Scratch): string {
  const u = new URL(server);
  u.pathname = `/${s.name}`;
  return u.toString();
}

/**
 * A list for the scratch databases a test file opens: each one pushed onto it is closed (dropped) after the file,
 * whether its test passed or not. Call at the top level of the file.
 */
export function scratchesClosedAfterAll(): Scratch[] {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches.splice(0)) await s.close().catch(() => undefined);
  });
  return scratches;
}
