// The committed content of a SQLite database file, read without writing anything: the main file's bytes, with the
// original pages of an interrupted write put back from its rollback journal, or the committed frames of its
// write-ahead log laid over them. What a SQLite connection would see, for `plan detect`/`plan status`, which read
// the file in memory (sql.js) and must neither roll a journal back nor checkpoint a log themselves.
//
// Formats: https://www.sqlite.org/fileformat2.html, sections 1.3 ("The database header"), 4 ("The Rollback Journal")
// and 4.1-4.3 of "The WAL file format" (wal header, frames, checksums).
import { existsSync, readFileSync } from 'node:fs';

/** What was laid over the main file's bytes, for the label of what was read. */
export type Recovered = 'journal' | 'wal' | undefined;

const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

/** The page size a database header gives (bytes 16-17; 1 means 65536), or undefined for a file too short to have one. */
function headerPageSize(db: Buffer): number | undefined {
  if (db.length < 100) return undefined;
  const n = db.readUInt16BE(16);
  return n === 1 ? 65536 : n;
}

/** `db` resized to `pages` pages of `pageSize` bytes (cut, or padded with zeros). */
function resized(db: Buffer, pages: number, pageSize: number): Buffer {
  const size = pages * pageSize;
  if (db.length === size) return db;
  if (db.length > size) return db.subarray(0, size);
  return Buffer.concat([db, Buffer.alloc(size - db.length)]);
}

/**
 * `db` as it was before the write the rollback journal `journal` belongs to: each original page put back, then the
 * file cut to the size it had. Records whose checksum does not hold (not yet written when the writer stopped) end a
 * segment, as SQLite's own rollback does. A journal whose header is zeroed or absent (a committed transaction, in
 * PERSIST or TRUNCATE mode) changes nothing.
 */
export function rolledBack(db: Buffer, journal: Buffer): Buffer {
  if (journal.length < 28 || !journal.subarray(0, 8).equals(JOURNAL_MAGIC)) return db;
  let out: Buffer = Buffer.from(db);
  let offset = 0;
  let first = true;
  let originalPages = 0;
  let pageSize = 0;
  while (offset + 28 <= journal.length && journal.subarray(offset, offset + 8).equals(JOURNAL_MAGIC)) {
    const records = journal.readUInt32BE(offset + 8);
    const nonce = journal.readUInt32BE(offset + 12);
    const initialPages = journal.readUInt32BE(offset + 16);
    const sector = journal.readUInt32BE(offset + 20) || 512;
    pageSize = journal.readUInt32BE(offset + 24) || pageSize;
    if (pageSize < 512 || pageSize > 65536 || sector < 32) break;
    if (first) (originalPages = initialPages), (first = false);
    let at = offset + sector;
    const recordSize = 4 + pageSize + 4;
    // -1 (or 0 in a hot journal): the records run to the end of the file.
    const count = records === 0xffffffff || records === 0 ? Math.floor((journal.length - at) / recordSize) : records;
    for (let i = 0; i < count && at + recordSize <= journal.length; i++, at += recordSize) {
      const page = journal.readUInt32BE(at);
      const data = journal.subarray(at + 4, at + 4 + pageSize);
      let sum = nonce;
      for (let x = pageSize - 200; x >= 0; x -= 200) sum = (sum + data[x]) >>> 0;
      if (sum !== journal.readUInt32BE(at + 4 + pageSize) || page === 0) break;
      const start = (page - 1) * pageSize;
      if (out.length < start + pageSize) out = resized(out, page, pageSize);
      data.copy(out, start);
    }
    // The next segment starts at the next sector boundary.
    offset = Math.ceil(at / sector) * sector;
  }
  return pageSize ? resized(out, originalPages, pageSize) : out;
}

/** The cumulative WAL checksum of `data` (a multiple of 8 bytes) from (s0, s1), in the log's byte order. */
function walChecksum(data: Buffer, s0: number, s1: number, bigEndian: boolean): [number, number] {
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const a = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const b = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * `db` with the committed frames of the write-ahead log `wal` laid over it: frames are taken while their salts match
 * the log's header and their cumulative checksums hold, up to the last commit frame (one that gives the database's
 * size in pages), and the file takes that size. A log with a bad header, or no commit, changes nothing.
 */
export function withWal(db: Buffer, wal: Buffer): Buffer {
  if (wal.length < 32) return db;
  const magic = wal.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return db;
  const bigEndian = magic === 0x377f0683;
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let [s0, s1] = walChecksum(wal.subarray(0, 24), 0, 0, bigEndian);
  if (s0 !== wal.readUInt32BE(24) || s1 !== wal.readUInt32BE(28) || pageSize < 512 || pageSize > 65536) return db;
  const frames: { page: number; data: Buffer }[] = [];
  let committed: { count: number; pages: number } | undefined;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    [s0, s1] = walChecksum(wal.subarray(at, at + 8), s0, s1, bigEndian);
    [s0, s1] = walChecksum(wal.subarray(at + 24, at + 24 + pageSize), s0, s1, bigEndian);
    if (s0 !== wal.readUInt32BE(at + 16) || s1 !== wal.readUInt32BE(at + 20)) break;
    frames.push({ page: wal.readUInt32BE(at), data: wal.subarray(at + 24, at + 24 + pageSize) });
    const size = wal.readUInt32BE(at + 4);
    if (size > 0) committed = { count: frames.length, pages: size };
  }
  if (!committed) return db;
  let out: Buffer = resized(Buffer.from(db), committed.pages, pageSize);
  for (const f of frames.slice(0, committed.count)) {
    if (f.page === 0 || f.page > committed.pages) continue;
    f.data.copy(out, (f.page - 1) * pageSize);
  }
  out = resized(out, committed.pages, pageSize);
  return out;
}

/**
 * The committed content of the SQLite database `file`, and what was laid over its bytes: its rollback journal
 * (`file-journal`: a write that was interrupted, or is under way, is undone in the copy) or its write-ahead log
 * (`file-wal`: commits not yet checkpointed into the file are added). Nothing is written.
 * @throws Error from reading the file
 */
export function committedImage(file: string): { bytes: Buffer; recovered: Recovered } {
  const db = readFileSync(file);
  const journalFile = `${file}-journal`;
  if (existsSync(journalFile)) {
    const journal = readFileSync(journalFile);
    if (journal.length >= 8 && journal.subarray(0, 8).equals(JOURNAL_MAGIC)) return { bytes: rolledBack(db, journal), recovered: 'journal' };
  }
  const walFile = `${file}-wal`;
  // (Bytes 18-19 of the header are 2 in WAL mode.)
  if (existsSync(walFile) && (db.length === 0 || (headerPageSize(db) !== undefined && db[18] === 2))) {
    const wal = readFileSync(walFile);
    const bytes = withWal(db, wal);
    if (bytes !== db) return { bytes, recovered: 'wal' };
  }
  return { bytes: db, recovered: undefined };
}
