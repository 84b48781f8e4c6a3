// The check for foreign keys of other tables onto keys the script drops or replaces (src/compile/preflight/
// foreign-references.ts), as MySQL and MariaDB show them: KEY_COLUMN_USAGE rows whose referenced table is a
// product table of this database and whose referenced columns, in order, are the leading columns of an index
// that goes (InnoDB lets a foreign key use any index that starts with them). The commands are rebuilt from
// KEY_COLUMN_USAGE and REFERENTIAL_CONSTRAINTS; a table of another database is named with its database.
import type { ForeignReferenceSpec } from '../../compile/preflight/foreign-references.js';
import type { Predicate } from '../../compile/facets.js';

export interface MysqlHelpers {
  predicate(p: Predicate): string;
  literal(v: string): string;
  /** DialectSyntax.shownText: the message spells the control characters of the names it reads. */
  shown(text: string): string;
}

/** An identifier quoted at run time (backticks doubled): the script itself holds no backslash. */
const qi = (expr: string) => `CONCAT(CHAR(96), REPLACE(${expr}, CHAR(96), CONCAT(CHAR(96), CHAR(96))), CHAR(96))`;

/**
 * An expression that is the whole stop message (without "plan stopped: ") when there is any such foreign key,
 * NULL otherwise. One line: the mysql client prints a line break of a result row as two characters.
 */
export function foreignReferencesMessage(spec: ForeignReferenceSpec, h: MysqlHelpers): string {
  const L = h.literal;
  const when = spec.targets
    .map((t) => `WHEN f.rt = ${L(t.table)}${t.columns ? ` AND f.rcols = ${L(t.columns.join(','))}` : ''}\n          AND ${h.predicate(t.pending).split('\n').join('\n          ')}\n        THEN ${L(t.after)}`)
    .join('\n        ');
  const tables = [...new Set(spec.targets.map((t) => t.table))];
  const known = spec.known.length ? `AND (f.s <> DATABASE() OR (f.t, f.n) NOT IN (${spec.known.map(([t, n]) => `(${L(t)}, ${L(n)})`).join(', ')}))` : '';
  const what = `foreign keys of tables outside ${spec.product} reference keys that ${spec.script} drops or replaces, and InnoDB refuses to drop a key a foreign key needs (errno 150, half-way through the script)`;
  const table = `CONCAT(IF(x.s = DATABASE(), '', CONCAT(${qi('x.s')}, '.')), ${qi('x.t')})`;
  const refTable = `CONCAT(IF(x.s = DATABASE(), '', CONCAT(${qi('DATABASE()')}, '.')), ${qi('x.rt')})`;
  return h.shown(`(SELECT CONCAT(${L(what + ': ')},
      GROUP_CONCAT(CONCAT(${table}, '.', ${qi('x.n')}, ' -> ', x.rt, ' (', x.rcols, ')') ORDER BY x.s, x.t, x.n SEPARATOR '; '),
      '. Nothing was changed. Drop them before running this script: ',
      GROUP_CONCAT(CONCAT('ALTER TABLE ', ${table}, ' DROP FOREIGN KEY ', ${qi('x.n')}, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
      ' Re-create them once it has run: ',
      GROUP_CONCAT(CONCAT('ALTER TABLE ', ${table}, ' ADD CONSTRAINT ', ${qi('x.n')}, ' FOREIGN KEY (', x.qcols, ') REFERENCES ', ${refTable}, ' (', x.qrcols, ') ON DELETE ', x.del, ' ON UPDATE ', x.upd, ';') ORDER BY x.s, x.t, x.n SEPARATOR ' '),
      ' Note: ', GROUP_CONCAT(DISTINCT x.note ORDER BY x.note SEPARATOR '; '), '.')
    FROM (
      SELECT f.*, CASE
        ${when}
        END AS note
      FROM (
        SELECT k.TABLE_SCHEMA AS s, k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS n, MAX(k.REFERENCED_TABLE_NAME) AS rt,
          GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') AS rcols,
          GROUP_CONCAT(${qi('k.COLUMN_NAME')} ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qcols,
          GROUP_CONCAT(${qi('k.REFERENCED_COLUMN_NAME')} ORDER BY k.ORDINAL_POSITION SEPARATOR ', ') AS qrcols,
          MAX(r.DELETE_RULE) AS del, MAX(r.UPDATE_RULE) AS upd
        FROM information_schema.KEY_COLUMN_USAGE k
        JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
        WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IN (${tables.map(L).join(', ')})
        GROUP BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME
      ) f
      WHERE TRUE ${known}
    ) x
    WHERE x.note IS NOT NULL)`);
}
