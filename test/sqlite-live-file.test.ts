// plan detect/status on a SQLite file read what a SQLite connection would see (src/engines/sqlite-file.ts), without
// writing anything: commits still in the write-ahead log (WAL mode, a reader holding the file open, so nothing
// checkpoints them into the file), and a write interrupted mid-way (its rollback journal left hot: the main file's
// pages half rewritten, which sql.js read as "database disk image is malformed"). Found by a fresh DBA run of AuthHero
// 11.20 → 11.21: detect said 11.20 after the upgrade in WAL mode, and "malformed" after a kill -9.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { readLiveCatalog } from '../src/engines/live.js';
import { committedImage } from '../src/engines/sqlite-file.js';
import { sqlJs } from '../src/engines/sqlite.js';
import { SQLITE_CATALOG_SQL } from '../src/engines/catalog.js';
import { describeSqliteClient } from './helpers/servers.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-sqlite-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sqlite = (db: string, sql: string) => spawnSync('sqlite3', ['-bail', db], { input: sql, encoding: 'utf8' });
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const detected = async (db: string) => {
  const live = await readLiveCatalog(`sqlite:${db}`);
  const r = detect({ product: 'authhero', dialect: 'sqlite', found: live.lines });
  return { label: live.label, outcome: r.outcome, versions: r.best.versions };
};
/** The versions sql.js finds in the main file's bytes alone (what detect read before), or its error. */
const mainFileOnly = async (db: string) => {
  try {
    const conn = new (await sqlJs()).Database(readFileSync(db));
    const [res] = conn.exec(SQLITE_CATALOG_SQL);
    conn.close();
    return detect({ product: 'authhero', dialect: 'sqlite', found: (res?.values ?? []).map((r) => String(r[0])) }).best.versions;
  } catch (e) {
    return (e as Error).message;
  }
};
const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(ok()).toBe(true);
};

describeSqliteClient('plan detect reads a SQLite file as a connection would, writing nothing', () => {
  const install = compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql;
  const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql;
  let holder: ChildProcess | undefined;
  afterAll(() => holder?.kill('SIGKILL'));

  it('WAL mode, a reader holding the file open: the upgrade is still in the -wal file, and read there (11.21, not 11.20)', async () => {
    const db = join(dir, 'wal.db');
    expect(sqlite(db, `PRAGMA journal_mode=WAL;\n${install}`).status).toBe(0);
    holder = spawn('sqlite3', [db], { stdio: ['pipe', 'ignore', 'ignore'] });
    holder.stdin!.write('SELECT count(*) FROM sqlite_master;\n');
    await new Promise((r) => setTimeout(r, 300));
    const r = sqlite(db, up);
    expect([r.stderr, r.status]).toEqual(['', 0]);
    expect(statSync(`${db}-wal`).size).toBeGreaterThan(0);
    expect(await mainFileOnly(db)).toEqual(['11.20']);
    const before = [sha(db), sha(`${db}-wal`)];
    expect(await detected(db)).toEqual({ label: `sqlite ${db} (with the commits of ${db}-wal)`, outcome: 'exact', versions: ['11.21'] });
    expect([sha(db), sha(`${db}-wal`)]).toEqual(before);
    holder.kill('SIGKILL');
  });

  it('a write killed half-way (its journal hot, the main file half rewritten): read as before it, not "malformed"', async () => {
    const db = join(dir, 'hot.db');
    expect(sqlite(db, install).status).toBe(0);
    // A one-page cache makes SQLite write changed pages into the file before COMMIT, their originals in the journal.
    const writer = spawn('sqlite3', [db], { stdio: ['pipe', 'ignore', 'ignore'] });
    const size = statSync(db).size;
    writer.stdin!.write(`PRAGMA cache_size=1;\nBEGIN;\nCREATE TABLE plan_half(x);\nUPDATE tenants SET name = name;\nWITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000) INSERT INTO plan_half SELECT randomblob(900) FROM c;\nSELECT 1;\n`);
    await waitFor(() => existsSync(`${db}-journal`) && statSync(db).size > size * 2);
    writer.kill('SIGKILL');
    await new Promise((r) => writer.once('exit', r));
    expect(existsSync(`${db}-journal`)).toBe(true);
    const before = [sha(db), sha(`${db}-journal`)];
    // The main file alone is no database state at all (what detect read before).
    expect(await mainFileOnly(db)).not.toEqual(['11.20']);
    expect(committedImage(db).recovered).toBe('journal');
    expect(await detected(db)).toEqual({ label: `sqlite ${db} (as before the write ${db}-journal holds: interrupted, or still under way)`, outcome: 'exact', versions: ['11.20'] });
    // Nothing written: the journal is still there for SQLite's own rollback.
    expect([sha(db), sha(`${db}-journal`)]).toEqual(before);
    // And SQLite's own rollback (the next connection) agrees with the copy read.
    expect(sqlite(db, 'PRAGMA integrity_check;').stdout.trim()).toBe('ok');
    expect(existsSync(`${db}-journal`)).toBe(false);
    expect(await detected(db)).toEqual({ label: `sqlite ${db}`, outcome: 'exact', versions: ['11.20'] });
  });
});
