// The DDL commands a script runs, as PostgreSQL's event triggers see them. plan verify's write evidence on
// PostgreSQL compares the catalog before and after a run, so it cannot see an object created and dropped within
// one run (MySQL's statement counters can): an event trigger on ddl_command_start logs every such command.
import { compile } from '../../src/compile/compile.js';
import { openScratch } from '../../src/engines/index.js';

/**
 * Applies `from` → `to` on a fresh PGlite scratch (brought to `from` first), then runs the same script again
 * with an event trigger logging every DDL command.
 * @returns the command tags the second run executed, in order (empty: it executed no DDL)
 */
export async function ddlOfSecondRun(req: { product: string; plansDir: string; from: string; to: string }): Promise<string[]> {
  const sql = (from: string, to: string) => compile({ product: req.product, from, to, dialect: 'postgres', plansDir: req.plansDir }).sql;
  const script = sql(req.from, req.to);
  const s = await openScratch('postgres');
  const trigger = `plan_ddl_log_${process.pid}`;
  try {
    if (req.from !== '0') await s.execScript(sql('0', req.from));
    await s.execScript(script);
    const log = `"${s.name}".plan_ddl_log`;
    await s.execScript(`CREATE TABLE ${log} (n serial, tag text);
      CREATE FUNCTION "${s.name}".plan_log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO ${log} (tag) VALUES (tg_tag); END $f$;
      CREATE EVENT TRIGGER ${trigger} ON ddl_command_start EXECUTE FUNCTION "${s.name}".plan_log_ddl();`);
    await s.execScript(script);
    await s.execScript(`DROP EVENT TRIGGER ${trigger}`);
    return (await s.query<{ tag: string }>(`SELECT tag FROM ${log} ORDER BY n`)).map((r) => r.tag).filter((t) => t !== 'DROP EVENT TRIGGER');
  } finally {
    await s.execScript(`DROP EVENT TRIGGER IF EXISTS ${trigger}`).catch(() => undefined);
    await s.close();
  }
}
