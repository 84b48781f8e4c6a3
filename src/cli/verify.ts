// `plan verify` wiring: which runs to make, printing, exit code. Engines load only here, never to compile.
import { PlanError } from '../plan/errors.js';
import { getDialect } from '../dialects/index.js';
import { listProducts, loadProduct } from '../plan/load.js';
import type { DialectName } from '../plan/types.js';
import { verify, formatReport, type VerifyReport, type VerifyRequest } from '../verify/verify.js';
import { closeAllScratches, closePglite, serverReachable, serverUrl, redact } from '../engines/index.js';

export interface VerifyOptions {
  dialect?: DialectName;
  param: string[];
  url?: string;
  client: 'driver' | 'cli';
  exhaustive?: boolean;
  all?: boolean;
  json?: boolean;
}

/** Every (plan, dialect, engine) run `--all` makes: PGlite always, the servers when they answer. */
async function allRuns(o: VerifyOptions): Promise<{ runs: VerifyRequest[]; skipped: string[] }> {
  const runs: VerifyRequest[] = [];
  const skipped: string[] = [];
  const urls: Record<DialectName, (string | undefined)[]> = { postgres: [undefined], mysql: [] };
  for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
    const url = o.url && (o.url.startsWith('mysql') === (dialect === 'mysql')) ? o.url : serverUrl(dialect);
    if (await serverReachable(url)) urls[dialect].push(url);
    else skipped.push(`${dialect} server ${redact(url)} is not reachable: not verified there`);
  }
  for (const name of listProducts()) {
    const p = loadProduct(name);
    for (const plan of p.plans) {
      for (const dialect of p.product.dialects) {
        if (o.dialect && o.dialect !== dialect) continue;
        for (const url of urls[dialect]) {
          runs.push({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, url, params: o.param, client: o.client, exhaustive: o.exhaustive });
        }
      }
    }
  }
  return { runs, skipped };
}

export async function runVerify(product: string | undefined, from: string | undefined, to: string | undefined, o: VerifyOptions): Promise<number> {
  let runs: VerifyRequest[];
  let skipped: string[] = [];
  if (o.all) {
    ({ runs, skipped } = await allRuns(o));
  } else {
    if (!product || !from || !to) throw new PlanError('verify needs <product> <from> <to> (or --all)');
    if (!o.dialect) throw new PlanError('verify needs --dialect postgres|mysql');
    getDialect(o.dialect);
    if (o.dialect === 'mysql' && !o.url) {
      throw new PlanError('there is no embedded MySQL: pass --url mysql://user:password@host:port/database (a scratch database is created there and dropped)');
    }
    runs = [{ product, from, to, dialect: o.dialect, url: o.url, params: o.param, client: o.client, exhaustive: o.exhaustive }];
  }
  const reports: VerifyReport[] = [];
  // Ctrl-C (or a CI timeout) must not leave plan_verify_* databases behind.
  const interrupted = (signal: NodeJS.Signals) => {
    process.stderr.write(`plan: ${signal}: dropping scratch databases\n`);
    void closeAllScratches().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    for (const r of runs) {
      const report = await verify(r);
      reports.push(report);
      if (!o.json) console.log(formatReport(report) + '\n');
    }
  } finally {
    await closePglite();
  }
  for (const s of skipped) console.error(`plan: warning: ${s}`);
  if (o.json) console.log(JSON.stringify({ ok: reports.every((r) => r.ok), skipped, reports }, null, 2));
  else if (reports.length > 1) console.log(`${reports.filter((r) => r.ok).length} of ${reports.length} verified`);
  return reports.every((r) => r.ok) && (skipped.length === 0 || !process.env.CI) ? 0 : 1;
}
