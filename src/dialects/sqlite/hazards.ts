// What some changes do to a SQLite table that holds rows (plan lint; see DialectHazards). A SQLite script is one
// transaction that holds the database's write lock from its first change to COMMIT (https://sqlite.org/lockingv3.html),
// so no statement locks more than another; what ALTER TABLE cannot do is a table rebuild (Statement.rebuild),
// which plan lint reports as such. DDL is transactional (https://sqlite.org/lang_transaction.html).
import type { DialectHazards } from '../dialect.js';

export const sqliteHazards: DialectHazards = {
  ddlCommitsImplicitly: false,
};
