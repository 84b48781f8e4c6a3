// The lock annotation rules (src/dialects/<d>/locks.ts), each with the exact annotation it gives, on the lock fixture
// (test/fixtures/plans-locks: one step per rule, on tables that exist and hold rows) and on hand-made cases; the
// script-level summary (compile/locks.ts). test/locks-engines.test.ts proves the same claims on the engines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { scriptLocks } from '../src/compile/locks.js';
import { getDialect } from '../src/dialects/index.js';
import { pgAddColumnRewrites, pgBinaryCoercible } from '../src/dialects/postgres/locks.js';
import { classHazards, modifyClass, onlineText } from '../src/dialects/mysql/locks.js';
import { emptyModel, type Column, type Model } from '../src/model/model.js';
import { applyOp, renderOp, type Op } from '../src/operations/index.js';
import { projectRoot } from '../src/paths.js';

const plansDir = fileURLToPath(new URL('./fixtures/plans-locks', import.meta.url));
const annotations = (dialect: string) => compile({ product: 'locks', from: '1.0', to: '1.2', dialect, plansDir }).units.flatMap((u) => u.locks.map((l) => [u.banner.replace(/^-- /, ''), l.text]));

// MySQL's foreign-key step showed three lock rows under one label: the supporting CREATE INDEX (in place, writes go
// on) read as contradicting the ADD FOREIGN KEY (a copy of the table, writes wait). Each statement of the step now
// says what it is, in the data (StatementLocks.what) and on its -- locks: line.
describe('a step of several kinds of statement: each lock annotation says which statement it is', () => {
  it('MySQL add_foreign_key: the same-named key dropped, the index the key needs, the key', () => {
    const r = compile({ product: 'locks', from: '1.0', to: '1.1', dialect: 'mysql', plansDir });
    const fk = r.locks.statements.filter((s) => s.label === '1.0 → 1.1 · 24/39 · add foreign key e_p_fkey on e');
    expect(fk.map((s) => [s.what, s.onlyOnDrift ?? false, s.online?.map((o) => o.algorithm)])).toEqual([
      ['drop foreign key e_p_fkey as it is now', true, ['INPLACE', 'INSTANT']],
      ['create index p_id, which the foreign key needs (an index on its columns)', false, ['INPLACE', 'NOCOPY']],
      ['add foreign key e_p_fkey', false, ['COPY', 'COPY']],
    ]);
    const banner = r.sql.split('\n').indexOf('-- 1.0 → 1.1 · 24/39 · add foreign key e_p_fkey on e');
    expect(r.sql.split('\n').slice(banner).filter((l) => l.startsWith('-- ')).slice(1, 4)).toEqual([
      '-- locks: drop foreign key e_p_fkey as it is now: only where the database differs from the plan here (else skipped): e: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait',
      '-- locks: create index p_id, which the foreign key needs (an index on its columns): e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait',
      '-- locks: add foreign key e_p_fkey: e: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in p | p: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait',
    ]);
  });
  it('a step of one statement (or of one kind) is not labelled', () => {
    const r = compile({ product: 'locks', from: '1.0', to: '1.1', dialect: 'mysql', plansDir });
    expect(r.locks.statements.filter((s) => !s.label.includes('foreign key')).every((s) => s.what === undefined)).toBe(true);
  });
});

describe('the annotation of every statement of the lock fixture', () => {
  it('PostgreSQL: lock mode per table, catalog-only / scan / rewrite, and what it blocks until COMMIT', () => {
    expect(annotations('postgres')).toEqual([
    ["1.0 → 1.1 · 1/40 · check: p holds the first row","p: ACCESS SHARE, read"],
    ["1.0 → 1.1 · 2/40 · add column c.n1","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 3/40 · add column c.n2","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 4/40 · add column c.seen","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 5/40 · change type of c.w to VARCHAR(20)","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 6/40 · change type of c.v to VARCHAR(80)","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 7/40 · change type of c.k to VARCHAR(128)","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 8/40 · change type of c.y to VARCHAR(100)","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 9/40 · change type of c.t to TEXT","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 10/40 · change type of c.b to BIGINT","c: ACCESS EXCLUSIVE, rewrite; rewrites table and its indexes; fails on values that do not convert; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 11/40 · set default of c.w","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 12/40 · drop default of c.d","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 13/40 · set c.w NOT NULL","c: ACCESS EXCLUSIVE, scan; scans table; fails on rows holding NULL; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 14/40 · allow NULL in c.d","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 15/40 · rename column c.nick to nickname","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 16/40 · drop column c.old","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 17/40 · create index c_v_index on c","c: SHARE, scan; builds an index (reads every row); blocks writes until COMMIT"],
    ["1.0 → 1.1 · 18/40 · create index c_w_key on c","c: SHARE, scan; builds an index (reads every row); fails on duplicate rows; blocks writes until COMMIT"],
    ["1.0 → 1.1 · 19/40 · redefine index c_k_index on c","c: ACCESS EXCLUSIVE, scan; builds an index (reads every row); blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 20/40 · drop index c_nick_index on c","c: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 21/40 · add unique e_id_u_key on e","e: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 22/40 · unique e_u_key on e becomes (u, id)","e: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 23/40 · drop unique e_id_u_key on e","e: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 24/40 · add foreign key e_p_fkey on e","drop foreign key e_p_fkey as it is now: only where the database differs from the plan here (else skipped): e: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | p: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 24/40 · add foreign key e_p_fkey on e","add foreign key e_p_fkey: e: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in p; blocks writes until COMMIT | p: SHARE ROW EXCLUSIVE, scan; read to check the rows of e; blocks writes until COMMIT"],
    ["1.0 → 1.1 · 25/40 · add foreign key e_q_fkey on e","drop foreign key e_q_fkey as it is now: only where the database differs from the plan here (else skipped): e: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | q: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 25/40 · add foreign key e_q_fkey on e","add foreign key e_q_fkey: e: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in q; blocks writes until COMMIT | q: SHARE ROW EXCLUSIVE, scan; read to check the rows of e; blocks writes until COMMIT"],
    ["1.0 → 1.1 · 26/40 · redefine foreign key e_p_fkey on e","drop foreign key e_p_fkey as it is now: e: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | p: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 26/40 · redefine foreign key e_p_fkey on e","add foreign key e_p_fkey: e: SHARE ROW EXCLUSIVE, scan; scans table; fails on rows without a match in p; blocks writes until COMMIT | p: SHARE ROW EXCLUSIVE, scan; read to check the rows of e; blocks writes until COMMIT"],
    ["1.0 → 1.1 · 27/40 · drop foreign key e_q_fkey on e","e: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT | q: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 28/40 · primary key of q becomes (id, r)","q: ACCESS EXCLUSIVE, scan; builds an index (reads every row); fails on duplicate rows; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 29/40 · create table n","n: new in this script | p: SHARE ROW EXCLUSIVE, catalog-only; blocks writes until COMMIT"],
    ["1.0 → 1.1 · 30/40 · create partition log_default of log","log_default: new in this script | log: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 31/40 · insert 1 row into c","c: ROW EXCLUSIVE, rows | p: ROW SHARE when rows are written, read"],
    ["1.0 → 1.1 · 32/40 · copy rows from c into n","n: new in this script | c: ACCESS SHARE, read; reads every row | p: ROW SHARE when rows are written, read"],
    ["1.0 → 1.1 · 33/40 · update c","c: ROW EXCLUSIVE, rows"],
    ["1.0 → 1.1 · 34/40 · delete rows of c where id matches","c: ROW EXCLUSIVE, rows"],
    ["1.0 → 1.1 · 35/40 · insert 1 row into p","p: ROW EXCLUSIVE, rows"],
    ["1.0 → 1.1 · 36/40 · insert 1 row into e","e: ROW EXCLUSIVE, rows | p: ROW SHARE when rows are written, read"],
    ["1.0 → 1.1 · 37/40 · delete rows of p where id matches","p: ROW EXCLUSIVE, rows | c: ROW SHARE when rows are written, read | e: ROW EXCLUSIVE when rows are written, rows | gone: ROW SHARE when rows are written, read | n: new in this script"],
    ["1.0 → 1.1 · 38/40 · rename table old_name to new_name","old_name: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 39/40 · drop table gone","gone: ACCESS EXCLUSIVE, catalog-only; drops the table and its rows; blocks reads and writes until COMMIT | p: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT"],
    ["1.0 → 1.1 · 40/40 · create enum type kind","no table (a type or a schema)"],
    ["1.1 → 1.2 · 1/2 · create index c_n1_index on c concurrently","no table, unless a failed concurrent build left an INVALID index of that name: then ACCESS EXCLUSIVE while it is dropped"],
    ["1.1 → 1.2 · 1/2 · create index c_n1_index on c concurrently","c: SHARE UPDATE EXCLUSIVE, scan; builds an index (reads every row twice); waits for the transactions running; a failure leaves an INVALID index, which a re-run rebuilds"],
    ["1.1 → 1.2 · 2/2 · drop index c_v_index on c concurrently","c: SHARE UPDATE EXCLUSIVE, catalog-only; waits for the transactions running"],
    ]);
  });

  it('MySQL 8 / MariaDB: the online DDL class on each engine, implicit commit and metadata-lock wait', () => {
    expect(annotations('mysql')).toEqual([
    ["1.0 → 1.1 · 1/39 · check: p holds the first row","p: read"],
    ["1.0 → 1.1 · 2/39 · add column c.n1","c: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 3/39 · add column c.n2","c: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 4/39 · add column c.seen","c: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 5/39 · change type of c.w to VARCHAR(20)","c: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 6/39 · change type of c.v to VARCHAR(80)","c: COPY LOCK=SHARED on both; copies table; blocks writes · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 7/39 · change type of c.k to VARCHAR(128)","c: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 8/39 · change type of c.y to VARCHAR(100)","c: COPY LOCK=SHARED on MySQL 8, INSTANT on MariaDB; copies table on MySQL 8; blocks writes on MySQL 8 · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 9/39 · change type of c.t to TEXT","c: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 10/39 · change type of c.b to BIGINT","c: COPY LOCK=SHARED on both; copies table; blocks writes; fails on values that do not fit · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 11/39 · set default of c.w","c: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 12/39 · drop default of c.d","c: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 13/39 · set c.w NOT NULL","c: INPLACE on both; rebuilds table; reads and writes go on; fails on rows holding NULL · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 14/39 · allow NULL in c.d","c: INPLACE on both; rebuilds table; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 15/39 · rename column c.nick to nickname","c: INSTANT on both; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 16/39 · drop column c.old","c: INSTANT on both; reads and writes go on; MySQL: one of the 64 instant row versions of a table · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 17/39 · create index c_v_index on c","only where the database differs from the plan here (else skipped): c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 17/39 · create index c_v_index on c","c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 18/39 · create index c_w_key on c","only where the database differs from the plan here (else skipped): c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 18/39 · create index c_w_key on c","c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 19/39 · redefine index c_k_index on c","c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 19/39 · redefine index c_k_index on c","only where the database differs from the plan here (else skipped): c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 20/39 · drop index c_nick_index on c","c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 21/39 · add unique e_id_u_key on e","only where the database differs from the plan here (else skipped): e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 21/39 · add unique e_id_u_key on e","e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 22/39 · unique e_u_key on e becomes (u, id)","e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 22/39 · unique e_u_key on e becomes (u, id)","only where the database differs from the plan here (else skipped): e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row); fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 23/39 · drop unique e_id_u_key on e","e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 24/39 · add foreign key e_p_fkey on e","drop foreign key e_p_fkey as it is now: only where the database differs from the plan here (else skipped): e: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 24/39 · add foreign key e_p_fkey on e","create index p_id, which the foreign key needs (an index on its columns): e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 24/39 · add foreign key e_p_fkey on e","add foreign key e_p_fkey: e: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in p | p: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 25/39 · add foreign key e_q_fkey on e","drop foreign key e_q_fkey as it is now: only where the database differs from the plan here (else skipped): e: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 25/39 · add foreign key e_q_fkey on e","create index q_id, which the foreign key needs (an index on its columns): e: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 25/39 · add foreign key e_q_fkey on e","add foreign key e_q_fkey: e: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in q | q: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 26/39 · redefine foreign key e_p_fkey on e","drop foreign key e_p_fkey as it is now: e: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | p: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 26/39 · redefine foreign key e_p_fkey on e","add foreign key e_p_fkey: e: COPY LOCK=SHARED on both; copies table; blocks writes; fails on rows without a match in p | p: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 27/39 · drop foreign key e_q_fkey on e","e: INPLACE on MySQL 8, INSTANT on MariaDB; reads and writes go on | q: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 28/39 · primary key of q becomes (id, r)","q: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 28/39 · primary key of q becomes (id, r)","only where the database differs from the plan here (else skipped): q: INPLACE on both; rebuilds table; reads and writes go on; fails on duplicate rows · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 29/39 · create table n","n: new in this script | p: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 30/39 · insert 1 row into c","c: rows; row locks until the statement ends"],
    ["1.0 → 1.1 · 31/39 · copy rows from c into n","n: new in this script | c: read"],
    ["1.0 → 1.1 · 32/39 · update c","c: rows; row locks until the statement ends"],
    ["1.0 → 1.1 · 33/39 · delete rows of c where id matches","c: rows; row locks until the statement ends"],
    ["1.0 → 1.1 · 34/39 · insert 1 row into p","p: rows; row locks until the statement ends"],
    ["1.0 → 1.1 · 35/39 · insert 1 row into e","e: rows; row locks until the statement ends"],
    ["1.0 → 1.1 · 36/39 · delete rows of p where id matches","p: rows; row locks until the statement ends"],
    ["1.0 → 1.1 · 37/39 · rename table old_name to new_name","old_name: metadata only · DDL: implicit commit, metadata lock wait"],
    ["1.0 → 1.1 · 38/39 · drop table gone","gone: metadata only; drops the table and its rows | p: metadata lock (foreign key) · DDL: implicit commit, metadata lock wait"],
    ["1.1 → 1.2 · 1/2 · create index c_n1_index on c concurrently","only where the database differs from the plan here (else skipped): c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.1 → 1.2 · 1/2 · create index c_n1_index on c concurrently","c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on; builds an index (reads every row) · DDL: implicit commit, metadata lock wait"],
    ["1.1 → 1.2 · 2/2 · drop index c_v_index on c concurrently","c: INPLACE on MySQL 8, NOCOPY on MariaDB; reads and writes go on · DDL: implicit commit, metadata lock wait"]
    ]);
  });

  it('SQLite: table rebuilds (consecutive ones of a table folded into the last), schema-only changes, rows', () => {
    expect(annotations('sqlite')).toEqual([
    ["1.0 → 1.1 · 1/39 · check: p holds the first row","p: read"],
    ["1.0 → 1.1 · 2/39 · add column c.n1","c: catalog-only"],
    ["1.0 → 1.1 · 3/39 · add column c.n2","c: catalog-only"],
    ["1.0 → 1.1 · 14/39 · allow NULL in c.d","c: table rebuild; copies every row into a new table, drops the old one, builds its indexes again"],
    ["1.0 → 1.1 · 15/39 · rename column c.nick to nickname","c: catalog-only"],
    ["1.0 → 1.1 · 16/39 · drop column c.old","c: rewrite; rewrites every row"],
    ["1.0 → 1.1 · 17/39 · create index c_v_index on c","c: scan; builds an index (reads every row)"],
    ["1.0 → 1.1 · 18/39 · create index c_w_key on c","c: scan; builds an index (reads every row); fails on duplicate rows"],
    ["1.0 → 1.1 · 19/39 · redefine index c_k_index on c","c: scan; builds an index (reads every row)"],
    ["1.0 → 1.1 · 20/39 · drop index c_nick_index on c","c: catalog-only"],
    ["1.0 → 1.1 · 27/39 · drop foreign key e_q_fkey on e","e: table rebuild; copies every row into a new table, drops the old one, builds its indexes again"],
    ["1.0 → 1.1 · 28/39 · primary key of q becomes (id, r)","q: table rebuild; copies every row into a new table, drops the old one, builds its indexes again"],
    ["1.0 → 1.1 · 29/39 · create table n","n: new in this script"],
    ["1.0 → 1.1 · 30/39 · insert 1 row into c","c: rows"],
    ["1.0 → 1.1 · 31/39 · copy rows from c into n","n: new in this script | c: read"],
    ["1.0 → 1.1 · 32/39 · update c","c: rows"],
    ["1.0 → 1.1 · 33/39 · delete rows of c where id matches","c: rows"],
    ["1.0 → 1.1 · 34/39 · insert 1 row into p","p: rows"],
    ["1.0 → 1.1 · 35/39 · insert 1 row into e","e: rows"],
    ["1.0 → 1.1 · 36/39 · delete rows of p where id matches","p: rows"],
    ["1.0 → 1.1 · 37/39 · rename table old_name to new_name","old_name: catalog-only"],
    ["1.0 → 1.1 · 38/39 · drop table gone","gone: catalog-only; drops the table and its rows"],
    ["1.1 → 1.2 · 1/2 · create index c_n1_index on c concurrently","c: scan; builds an index (reads every row)"],
    ["1.1 → 1.2 · 2/2 · drop index c_v_index on c concurrently","c: catalog-only"],
    ]);
  });

  it('every banner line of the compiled script carries the statement\'s annotation, one line each', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite']) {
      const r = compile({ product: 'locks', from: '1.0', to: '1.2', dialect, plansDir });
      const lines = r.sql.split('\n').filter((l) => /^-- locks: \S/.test(l));
      expect(lines).toEqual(r.locks.statements.map((s) => `-- locks: ${s.text}`));
      expect(r.locks.statements.length).toBe(r.units.reduce((n, u) => n + u.rendered.length, 0));
    }
  });
});

describe('PostgreSQL rules read off the models', () => {
  it('a type change needs no rewrite only when the old type is binary coercible to the new (ALTER TABLE, Notes)', () => {
    expect(pgBinaryCoercible('VARCHAR(10)', 'VARCHAR(20)')).toBe(true);
    expect(pgBinaryCoercible('VARCHAR(10)', 'VARCHAR(10)')).toBe(true);
    expect(pgBinaryCoercible('VARCHAR(10)', 'TEXT')).toBe(true);
    expect(pgBinaryCoercible('VARCHAR(20)', 'VARCHAR(10)')).toBe(false);
    expect(pgBinaryCoercible('TEXT', 'VARCHAR(10)')).toBe(false);
    expect(pgBinaryCoercible('CHAR(10)', 'CHAR(20)')).toBe(false);
    expect(pgBinaryCoercible('CHAR(36)', 'VARCHAR(36)')).toBe(false);
    expect(pgBinaryCoercible('INTEGER', 'BIGINT')).toBe(false);
    expect(pgBinaryCoercible('VARCHAR(10)[]', 'VARCHAR(20)[]')).toBe(false);
  });

  it('ADD COLUMN rewrites only an identity column; a constant default and now() (STABLE) are stored in the catalog', () => {
    const c = (x: Partial<Column>): Column => ({ name: 'x', type: 'BIGINT', nullable: true, ...x });
    expect(pgAddColumnRewrites(c({ identity: 'always' }))).toBe(true);
    expect(pgAddColumnRewrites(c({ default: 5, nullable: false }))).toBe(false);
    expect(pgAddColumnRewrites(c({ type: 'TIMESTAMPTZ', default: { current_timestamp: true } }))).toBe(false);
  });
});

describe('MySQL 8 / MariaDB: MODIFY COLUMN classes from the column before and after', () => {
  const col = (type: string, nullable = true, dflt?: string): Column => ({ name: 'x', type, nullable, ...(dflt !== undefined ? { default: dflt } : {}) });
  const cls = (a: Column, b: Column) => {
    const m = modifyClass(a, b);
    return `${m.rule}: ${onlineText(m.online)}`;
  };
  it('a VARCHAR extended: MySQL in place while its length bytes stay (utf8mb4: up to 63 characters one byte), MariaDB instant unless it grows from 128-255 bytes past 255', () => {
    expect(cls(col('VARCHAR(10)'), col('VARCHAR(63)'))).toBe('mysql.varchar-extend.inplace.mariadb-instant: INPLACE on MySQL 8, INSTANT on MariaDB');
    expect(cls(col('VARCHAR(31)'), col('VARCHAR(32)'))).toBe('mysql.varchar-extend.inplace.mariadb-instant: INPLACE on MySQL 8, INSTANT on MariaDB');
    expect(cls(col('VARCHAR(10)'), col('VARCHAR(64)'))).toBe('mysql.varchar-extend.copy.mariadb-instant: COPY LOCK=SHARED on MySQL 8, INSTANT on MariaDB');
    expect(cls(col('VARCHAR(32)'), col('VARCHAR(64)'))).toBe('mysql.varchar-extend.copy.mariadb-copy: COPY LOCK=SHARED on both');
    expect(cls(col('VARCHAR(63)'), col('VARCHAR(64)'))).toBe('mysql.varchar-extend.copy.mariadb-copy: COPY LOCK=SHARED on both');
    expect(cls(col('VARCHAR(64)'), col('VARCHAR(128)'))).toBe('mysql.varchar-extend.inplace.mariadb-instant: INPLACE on MySQL 8, INSTANT on MariaDB');
  });
  it('other type changes copy the table; ENUM values appended at the end are instant', () => {
    expect(cls(col('VARCHAR(20)'), col('VARCHAR(10)'))).toBe('mysql.modify-type.copy: COPY LOCK=SHARED on both');
    expect(cls(col('INT'), col('BIGINT'))).toBe('mysql.modify-type.copy: COPY LOCK=SHARED on both');
    expect(cls(col("ENUM('a','b')"), col("ENUM('a','b','c')"))).toBe('mysql.enum-append: INSTANT on both');
    expect(cls(col("ENUM('a','b')"), col("ENUM('b','a','c')"))).toBe('mysql.modify-type.copy: COPY LOCK=SHARED on both');
  });
  it('NOT NULL and NULL rebuild in place; a default alone is instant', () => {
    expect(cls(col('INT'), col('INT', false))).toBe('mysql.not-null.rebuild: INPLACE on both');
    expect(modifyClass(col('INT'), col('INT', false)).hazards).toEqual(['fails on rows holding NULL']);
    expect(cls(col('INT', false), col('INT'))).toBe('mysql.null.rebuild: INPLACE on both');
    expect(cls(col('INT', true, '1'), col('INT', true, '2'))).toBe('mysql.default.instant: INSTANT on both');
  });
  it('the hazards of a class say what it does to the table and to writes, on which engine', () => {
    expect(classHazards(modifyClass(col('VARCHAR(10)'), col('VARCHAR(64)')).online)).toEqual(['copies table on MySQL 8', 'blocks writes on MySQL 8']);
    expect(classHazards(modifyClass(col('INT'), col('INT', false)).online)).toEqual(['rebuilds table', 'reads and writes go on']);
    expect(classHazards(modifyClass(col('INT'), col('BIGINT')).online)).toEqual(['copies table', 'blocks writes']);
  });
});

// The VARCHAR rules count bytes, and the bytes of a character are the character set's: the annotations assumed
// utf8mb4 (4 bytes) for every product, and AuthHero's tables are utf8mb3 (product.yaml verify_database, its row
// size). organizations.created_at VARCHAR(35) → VARCHAR(256) was annotated COPY on MariaDB (140 bytes at 4 a
// character, in 128-255, grown past 255); at 3 bytes it is 105 (under 128) and MariaDB 10.11 makes it INSTANT
// (measured: ALTER TABLE … MODIFY created_at VARCHAR(256), ALGORITHM=INSTANT accepted on a utf8mb3 table, refused
// on a utf8mb4 one; 42 → 256 characters accepted, 43 → 256 and 85 → 86 refused at utf8mb3).
describe("MySQL 8 / MariaDB: a VARCHAR's bytes at the product's character set", () => {
  const col = (type: string): Column => ({ name: 'x', type, nullable: true });
  const cls = (a: string, b: string, w?: number) => {
    const m = modifyClass(col(a), col(b), w);
    return `${m.rule}: ${onlineText(m.online)}`;
  };
  it('at 3 bytes a character (utf8mb3) one length byte holds up to 85 characters, and MariaDB copies only from 43-85 past 85', () => {
    expect(cls('VARCHAR(60)', 'VARCHAR(85)', 3)).toBe('mysql.varchar-extend.inplace.mariadb-instant: INPLACE on MySQL 8, INSTANT on MariaDB');
    expect(cls('VARCHAR(60)', 'VARCHAR(85)')).toBe('mysql.varchar-extend.copy.mariadb-copy: COPY LOCK=SHARED on both');
    expect(cls('VARCHAR(85)', 'VARCHAR(86)', 3)).toBe('mysql.varchar-extend.copy.mariadb-copy: COPY LOCK=SHARED on both');
    expect(cls('VARCHAR(42)', 'VARCHAR(256)', 3)).toBe('mysql.varchar-extend.copy.mariadb-instant: COPY LOCK=SHARED on MySQL 8, INSTANT on MariaDB');
    expect(cls('VARCHAR(43)', 'VARCHAR(256)', 3)).toBe('mysql.varchar-extend.copy.mariadb-copy: COPY LOCK=SHARED on both');
  });
  it('AuthHero 11.20 → 11.21 (utf8mb3): organizations.created_at VARCHAR(35) → VARCHAR(256) is INSTANT on MariaDB, COPY on MySQL 8', () => {
    const r = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' });
    const s = r.locks.statements.find((x) => x.label.endsWith('change type of organizations.created_at to VARCHAR(256)'))!;
    expect(s.online?.map((o) => `${o.engine}: ${o.algorithm}`)).toEqual(['MySQL 8: COPY', 'MariaDB: INSTANT']);
    expect(s.text).toBe('organizations: COPY LOCK=SHARED on MySQL 8, INSTANT on MariaDB; copies table on MySQL 8; blocks writes on MySQL 8 · DDL: implicit commit, metadata lock wait');
    expect(r.bytesPerCharacter).toBe(3);
  });
});

describe('scriptLocks: new tables, parts and the per-table summary', () => {
  it('a table the script created (then renamed) is new in this script for every later statement; one that was there is not', () => {
    const d = getDialect('postgres');
    const t = (name: string) => ({ name, columns: [{ name: 'id', type: 'INTEGER', nullable: false }], uniques: [], foreignKeys: [], indexes: [], checks: [] });
    let m: Model = applyOp(d, emptyModel('postgres'), { kind: 'create_table', table: t('old') });
    const ops: Op[] = [
      { kind: 'create_table', table: t('made') },
      { kind: 'rename_table', from: 'made', to: 'kept' },
      { kind: 'add_column', table: 'kept', column: { name: 'a', type: 'INTEGER', nullable: true } },
      { kind: 'add_column', table: 'old', column: { name: 'a', type: 'INTEGER', nullable: true } },
    ];
    const steps = ops.map((op, i) => {
      const after = applyOp(d, m, op);
      const step = { op, before: m, after, statements: renderOp(d, op, m, after, {}), label: `step ${i + 1}` };
      m = after;
      return step;
    });
    const locks = scriptLocks(d, steps);
    expect(locks.statements.map((s) => s.text)).toEqual([
      'made: new in this script',
      'made: new in this script',
      'kept: new in this script',
      'old: ACCESS EXCLUSIVE, catalog-only; blocks reads and writes until COMMIT',
    ]);
    expect(locks.summary).toEqual([{ table: 'old', part: 1, lock: 'ACCESS EXCLUSIVE', strength: 8, from: 3, label: 'step 4', first: { from: 3, label: 'step 4', lock: 'ACCESS EXCLUSIVE' } }]);
  });

  it('PostgreSQL: per existing table the strongest lock of the transaction and the step that takes it (and the first lock before it); statements outside the transaction are in a part of their own and not in the summary', () => {
    const r = compile({ product: 'locks', from: '1.0', to: '1.2', dialect: 'postgres', plansDir });
    const summary = Object.fromEntries(r.locks.summary.map((t) => [t.table, `${t.lock} from ${t.label}${t.first.from !== t.from ? ` (${t.first.lock} from ${t.first.label})` : ''}`]));
    expect(summary).toEqual({
      p: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 26/40 · redefine foreign key e_p_fkey on e (ACCESS SHARE from 1.0 → 1.1 · 1/40 · check: p holds the first row)',
      c: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 2/40 · add column c.n1',
      e: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 21/40 · add unique e_id_u_key on e',
      q: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 27/40 · drop foreign key e_q_fkey on e (SHARE ROW EXCLUSIVE from 1.0 → 1.1 · 25/40 · add foreign key e_q_fkey on e)',
      log: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 30/40 · create partition log_default of log',
      gone: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 39/40 · drop table gone (ROW SHARE from 1.0 → 1.1 · 37/40 · delete rows of p where id matches)',
      old_name: 'ACCESS EXCLUSIVE from 1.0 → 1.1 · 38/40 · rename table old_name to new_name',
    });
    const outside = r.locks.statements.filter((s) => !s.inTransaction);
    expect(outside.map((s) => [s.part, s.label])).toEqual([
      [2, '1.1 → 1.2 · 1/2 · create index c_n1_index on c concurrently'],
      [2, '1.1 → 1.2 · 2/2 · drop index c_v_index on c concurrently'],
    ]);
    expect(r.sql).toContain('-- locks:    held until COMMIT, so each table below stays locked from the step named to the end of its transaction');
    expect(r.sql).toContain('--   c: ACCESS EXCLUSIVE from 1.0 → 1.1 · 2/40 · add column c.n1 — blocks reads and writes\n');
  });

  it('MySQL and SQLite hold no lock to COMMIT: no summary; the header says what each engine does instead', () => {
    const my = compile({ product: 'locks', from: '1.0', to: '1.1', dialect: 'mysql', plansDir });
    expect(my.locks.summary).toEqual([]);
    expect(my.sql).toContain('lock_wait_timeout (31536000 s = 1 year by default on MySQL 8, 86400 s on MariaDB)');
    expect(my.sql).toContain('--   7 statements copy a table and block writes to it meanwhile (ALGORITHM=COPY) on one engine or both: c, e\n');
    const lite = compile({ product: 'locks', from: '1.0', to: '1.1', dialect: 'sqlite', plansDir });
    expect(lite.locks.summary).toEqual([]);
    expect(lite.sql).toContain('Tables rebuilt (every row copied): c, e, q.');
  });

  it('a fresh install takes no lock on an existing table: every table is new', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite']) {
      const r = compile({ product: 'locks', from: '0', to: '1.0', dialect, plansDir });
      expect(r.locks.statements.flatMap((s) => s.tables).filter((t) => !t.new)).toEqual([]);
      expect(r.locks.summary).toEqual([]);
    }
  });
});

describe('README', () => {
  it('the lock annotations the README quotes are lines of out/supertokens/5.0-6.0/{postgres,mysql}/up.sql, each block of the file it names', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Reading the lock annotations'), readme.indexOf('## SQLite: one transaction'));
    const blocks = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => ({ at: m.index!, lines: m[1].split('\n').filter((l) => l.startsWith('-- ')) }));
    expect(blocks.map((b) => b.lines.length)).toEqual([4, 4]);
    for (const b of blocks) {
      // The dialect the prose just before the block names (`out/supertokens/5.0-6.0/mysql/`), else PostgreSQL's.
      const dialect = /out\/supertokens\/5\.0-6\.0\/mysql\/[^\n]*\n*$/.test(section.slice(0, b.at)) ? 'mysql' : 'postgres';
      const out = readFileSync(join(projectRoot(), `out/supertokens/5.0-6.0/${dialect}/up.sql`), 'utf8').split('\n');
      for (const l of b.lines) expect(out, l).toContain(l);
    }
  });
});
