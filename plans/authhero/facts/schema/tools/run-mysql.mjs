// Runs AuthHero's own migrateToLatest against MariaDB/MySQL.
// With --rename-dup-fk: when CREATE TABLE fails with errno 121 (duplicate foreign-key
// constraint name, MySQL/MariaDB scope FK names per database), the statement is retried once
// with the colliding constraint renamed to `<table>_<name>`; every rename is printed.
import { Kysely, MysqlDialect } from "kysely";
import { createPool } from "mysql2";
const [v, dbname, flag] = process.argv.slice(2);
const rename = flag === "--rename-dup-fk";
const m = await import(`./bundle-${v}.mjs`);
const pool = createPool({ host: "127.0.0.1", port: 3306, user: "root", database: dbname, connectionLimit: 4 });
if (rename) {
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (cb) => getConnection((err, conn) => {
    if (err) return cb(err);
    if (!conn.__wrapped) {
      const query = conn.query.bind(conn);
      if (process.env.FK_CHECKS_OFF) query("set session foreign_key_checks = 0", [], () => {});
      conn.query = (sqlText, params, qcb) => query(sqlText, params, (e, ...rest) => {
        if (e && e.errno === 1005 && /errno: 121/.test(e.sqlMessage) && /^create table/i.test(sqlText)) {
          const table = sqlText.match(/^create table `([^`]+)`/i)[1];
          const names = [...sqlText.matchAll(/constraint `([^`]+)` foreign key/g)].map((x) => x[1]);
          let fixed = sqlText;
          for (const n of names) fixed = fixed.replace(`constraint \`${n}\` foreign key`, `constraint \`${table}_${n}\` foreign key`);
          // only rename names that already exist in the database
          return query(`select constraint_name from information_schema.table_constraints where constraint_schema = database() and constraint_type = 'FOREIGN KEY'`, [], (e2, rows) => {
            if (e2) return qcb(e, ...rest);
            const taken = new Set(rows.map((r) => r.constraint_name ?? r.CONSTRAINT_NAME));
            let sql2 = sqlText;
            for (const n of names) if (taken.has(n)) { sql2 = sql2.replace(`constraint \`${n}\` foreign key`, `constraint \`${table}_${n}\` foreign key`); console.log(`RENAMED FK ${n} -> ${table}_${n} (create table ${table})`); }
            query(sql2, params, qcb);
          });
        }
        if (e && e.errno === 1064 && /^drop index `[^`]+`$/i.test(sqlText.trim())) {
          const idx = sqlText.trim().match(/^drop index `([^`]+)`$/i)[1];
          return query(`select distinct table_name as t from information_schema.statistics where table_schema = database() and index_name = ?`, [idx], (e2, rows) => {
            if (e2 || rows.length !== 1) { console.log(`DROP INDEX ${idx}: no single table holds it (${rows?.length})`); return qcb(e, ...rest); }
            console.log(`DROP INDEX ${idx} retried with ON \`${rows[0].t}\``);
            query(`drop index \`${idx}\` on \`${rows[0].t}\``, params, qcb);
          });
        }
        if (e && (e.errno === 1832 || e.errno === 1833) && /^alter table `([^`]+)` modify column `([^`]+)`/i.test(sqlText)) {
          const [, t, c] = sqlText.match(/^alter table `([^`]+)` modify column `([^`]+)`/i);
          const q = (s, p = []) => new Promise((res, rej) => query(s, p, (err, r) => err ? rej(err) : res(r)));
          return (async () => {
            const fks = await q(`select k.constraint_name n, k.table_name t, group_concat(concat('\`',k.column_name,'\`') order by k.ordinal_position) cols, k.referenced_table_name rt, group_concat(concat('\`',k.referenced_column_name,'\`') order by k.ordinal_position) rcols, r.delete_rule dr, r.update_rule ur from information_schema.key_column_usage k join information_schema.referential_constraints r on r.constraint_schema=k.constraint_schema and r.constraint_name=k.constraint_name and r.table_name=k.table_name where k.table_schema=database() and k.referenced_table_name is not null and k.constraint_name in (select constraint_name from information_schema.key_column_usage where table_schema=database() and ((table_name=? and column_name=?) or (referenced_table_name=? and referenced_column_name=?))) group by k.constraint_name, k.table_name, k.referenced_table_name, r.delete_rule, r.update_rule`, [t, c, t, c]);
            for (const f of fks) { console.log(`FK ${f.n} on ${f.t} dropped around: ${sqlText}`); await q(`alter table \`${f.t}\` drop foreign key \`${f.n}\``); }
            const r = await q(sqlText, params);
            for (const f of fks) { const ddl = `alter table \`${f.t}\` add constraint \`${f.n}\` foreign key (${f.cols}) references \`${f.rt}\` (${f.rcols}) on delete ${f.dr} on update ${f.ur}`; await q(ddl); console.log(`  re-added: ${ddl}`); }
            return r;
          })().then((r) => qcb(null, r), (err) => qcb(err));
        }
        if (e && e.errno === 1068 && / primary key$/i.test(sqlText) && /^alter table `[^`]+` modify column/i.test(sqlText)) {
          const sql2 = sqlText.replace(/ primary key$/i, "");
          console.log(`MULTIPLE PK: retried without PRIMARY KEY: ${sql2}`);
          return query(sql2, params, qcb);
        }
        qcb(e, ...rest);
      });
      conn.__wrapped = true;
    }
    cb(null, conn);
  });
}
const db = new Kysely({ dialect: new MysqlDialect({ pool }) });
let failed = false;
try {
  await m.migrateToLatest(db, false);
} catch (e) { failed = true; console.log("FAILED:", e.message, e.sql ?? ""); }
const rows = await db.selectFrom("kysely_migration").select(["name", "timestamp"]).execute();
console.log("recorded", rows.length, rows[0]?.name, rows.at(-1)?.name);
await db.destroy();
process.exit(failed ? 1 : 0);
