// Which protocol a server speaks, asked when a connection failed: a PostgreSQL URL at a MySQL/MariaDB server's port
// gave the driver's "Received unexpected copyData message from backend.", and a MySQL URL at a PostgreSQL server's
// port waited out its connect timeout (ETIMEDOUT) (found by a fresh user).
import { connect } from 'node:net';
import { dialectOfUrl } from './index.js';

/** How long the probe waits for the server's answer. */
const PROBE_MS = 2000;

/**
 * What the server at `host`:`port` speaks, by its first bytes.
 * - MySQL and MariaDB speak first: a packet (3-byte length, sequence number 0) whose payload starts with protocol
 *   version 10 and the server version, NUL-terminated, or with 0xff, an error packet (MySQL 8 reference manual,
 *   Client/Server Protocol, "Protocol::HandshakeV10" and "ERR_Packet").
 * - PostgreSQL waits for the client: to an SSLRequest (length 8, code 80877103) it answers one byte, S or N
 *   (PostgreSQL 15 manual 55.2.10 "SSL Session Encryption").
 * @returns the server's kind ('mysql' with the version it gave, when it gave one; 'postgres'), or undefined when it
 *   answers neither way, does not answer within PROBE_MS, or cannot be reached. Never throws.
 */
export function probeServer(host: string, port: number): Promise<{ kind: 'mysql'; version?: string } | { kind: 'postgres' } | undefined> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    let got = Buffer.alloc(0);
    let asked = false;
    const finish = (r: { kind: 'mysql'; version?: string } | { kind: 'postgres' } | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      done(r);
    };
    const timer = setTimeout(() => finish(undefined), PROBE_MS);
    socket.on('error', () => finish(undefined));
    socket.on('close', () => finish(undefined));
    // A server that says nothing first (PostgreSQL) is asked whether it takes SSL, after a moment for a greeting.
    const ask = setTimeout(() => {
      if (got.length || socket.destroyed) return;
      asked = true;
      socket.write(Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]));
    }, 300);
    socket.on('close', () => clearTimeout(ask));
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (asked) {
        clearTimeout(ask);
        return finish(got.length === 1 && (got[0] === 0x53 || got[0] === 0x4e) ? { kind: 'postgres' } : undefined);
      }
      if (got.length < 5) return;
      clearTimeout(ask);
      const length = got[0] | (got[1] << 8) | (got[2] << 16);
      if (got[3] !== 0 || length < 1) return finish(undefined);
      if (got[4] === 0xff) return finish({ kind: 'mysql' });
      if (got[4] !== 0x0a) return finish(undefined);
      const end = got.indexOf(0, 5);
      if (end < 0 && got.length < 4 + length) return;
      const version = got.subarray(5, end < 0 ? got.length : end).toString('latin1').replace(/^5\.5\.5-/, '');
      finish({ kind: 'mysql', ...(/^[\x20-\x7e]{1,80}$/.test(version) ? { version } : {}) });
    });
  });
}

/** The line saying that the server at `at` (host:port) speaks PostgreSQL, not the MySQL protocol a URL asked for. */
const postgresNotMysql = (at: string) => `the server at ${at} did not answer as MySQL/MariaDB: it is PostgreSQL; for it use a postgres:// URL (postgres://user@${at}/database)`;

/** A connection refused before its timeout because the server speaks the other protocol (its message: the line). */
export class WrongServerError extends Error {}

/** How long a MySQL connection may go without the server's greeting before the server is probed. */
const GREETING_MS = 500;

/**
 * `connecting`, a connection attempt to the MySQL/MariaDB server at `host`:`port` (`shownHost` as its URL writes
 * the host), unless the server has not greeted it within GREETING_MS and probeServer finds PostgreSQL there: then
 * `abandon` ends the attempt and the promise fails at once with a WrongServerError (found by a fresh user: a
 * mysql:// URL at PostgreSQL's port waited out the 10 s connect timeout, as PostgreSQL waits for the client to speak
 * first while MySQL waits for the server's greeting). A MySQL or MariaDB server greets as it accepts the connection,
 * so a connection that succeeds is never probed, unless the network is slower than GREETING_MS.
 * @returns what `connecting` gives
 * @throws WrongServerError for a PostgreSQL server; else what `connecting` throws
 */
export function unlessPostgres<T>(host: string, port: number, shownHost: string, connecting: Promise<T>, abandon: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(async () => {
      const found = await probeServer(host, port);
      if (settled || found?.kind !== 'postgres') return;
      settled = true;
      abandon();
      reject(new WrongServerError(postgresNotMysql(`${shownHost}:${port}`)));
    }, GREETING_MS);
    connecting.then(
      (v) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(e);
      },
    );
  });
}

/**
 * The first line of a failed connection's error `e` to the server `url` names, or, when the server at its host and
 * port speaks the other protocol (probeServer), a line saying so and which URL to use: `the server at
 * 127.0.0.1:3306 did not answer as PostgreSQL: it is MySQL/MariaDB (10.11.6-MariaDB); for it use a mysql:// URL (…)`.
 */
export async function connectErrorLine(url: string, e: unknown): Promise<string> {
  const first = String((e as Error)?.message ?? e).split('\n')[0];
  if (e instanceof WrongServerError) return first;
  const dialect = dialectOfUrl(url);
  if (dialect === undefined) return first;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return first;
  }
  // A server that answered with its own error (a SQLSTATE, a MySQL error number) speaks the protocol asked for.
  const err = e as { code?: unknown; errno?: unknown; sqlState?: unknown; severity?: unknown };
  if (err?.severity !== undefined || err?.sqlState !== undefined) return first;
  const host = u.hostname.replace(/^\[|\]$/g, '') || (dialect === 'mysql' ? '127.0.0.1' : 'localhost');
  const port = Number(u.port || (dialect === 'mysql' ? 3306 : 5432));
  const found = await probeServer(host, port);
  const at = `${u.hostname || host}:${port}`;
  if (dialect === 'postgres' && found?.kind === 'mysql') {
    return `the server at ${at} did not answer as PostgreSQL: it is MySQL/MariaDB${found.version ? ` (${found.version})` : ''}; for it use a mysql:// URL (mysql://user@${at}/database)`;
  }
  if (dialect === 'mysql' && found?.kind === 'postgres') {
    return postgresNotMysql(at);
  }
  return first;
}
