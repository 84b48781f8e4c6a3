// `plan verify` wiring: which runs to make, progress, printing, exit code. Engines load only here, never to compile.
import { PlanError } from '../plan/errors.js';
import { getDialect } from '../dialects/index.js';
import { loadProduct } from '../plan/load.js';
import { checkDialectVersions, planDialects } from '../plan/dialect-versions.js';
import { findProduct, productsInScope, type PlansDirectory } from '../plan/search-path.js';
import type { DialectName } from '../plan/types.js';
import type { Timeouts } from '../dialects/dialect.js';
import { verify, formatReport, type CheckResult, type VerifyProgress, type VerifyReport, type VerifyRequest } from '../verify/verify.js';
import { closeAllScratches, closePglite, dialectOfUrl, serverReachable, serverUrl, redact } from '../engines/index.js';
import { connectErrorLine } from '../engines/probe.js';
import { EXIT, onInterrupt, wasInterrupted } from './exit.js';
import { checkUrlNames, checkUrlReadable } from './url-names.js';
import { jsonText, terminalText } from '../text-rules.js';

export interface VerifyOptions {
  dialect?: DialectName;
  param: string[];
  url?: string;
  client: 'driver' | 'cli';
  exhaustive?: boolean;
  all?: boolean;
  json?: boolean;
  /** The scripts' lock and statement timeouts (plan compile's --lock-timeout, --statement-timeout). */
  timeouts?: Timeouts;
}

/**
 * Every (plan, dialect, engine) run `--all` makes, for the products of the search path `path` in scope (your plans
 * directories', else the bundled ones): PGlite always, the servers when they answer.
 */
async function allRuns(o: VerifyOptions, path: PlansDirectory[]): Promise<{ runs: VerifyRequest[]; skipped: string[] }> {
  const runs: VerifyRequest[] = [];
  const skipped: string[] = [];
  const urls: Record<DialectName, (string | undefined)[]> = { postgres: [undefined], mysql: [], sqlite: [undefined] };
  for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
    const url = o.url && dialectOfUrl(o.url) === dialect ? o.url : serverUrl(dialect);
    if (await serverReachable(url)) urls[dialect].push(url);
    else skipped.push(`${dialect} server ${redact(url)} is not reachable: not verified there`);
  }
  for (const { name, dir: plansDir } of productsInScope(path)) {
    const p = loadProduct(name, plansDir);
    // Each plan on the dialects that support its versions (product.yaml dialect_versions:).
    for (const { plan, dialect } of planDialects(p)) {
      if (o.dialect && o.dialect !== dialect) continue;
      for (const url of urls[dialect]) {
        runs.push({ product: name, from: plan.plan.from, to: plan.plan.to, dialect, url, params: o.param, client: o.client, exhaustive: o.exhaustive, plansDir, ...(o.timeouts ? { timeouts: o.timeouts } : {}) });
      }
    }
  }
  return { runs, skipped };
}

/** The dialect of a single run: --dialect, or the scheme of --url; both must agree. */
function dialectOf(o: VerifyOptions): DialectName {
  if (o.url !== undefined) checkUrlReadable(o.url);
  const fromUrl = o.url === undefined ? undefined : dialectOfUrl(o.url);
  if (o.url !== undefined && !fromUrl) throw new PlanError(`--url ${redact(o.url)}: expected postgres://… or mysql://… (mariadb:// is accepted)`);
  if (o.dialect) getDialect(o.dialect);
  if (o.dialect && fromUrl && o.dialect !== fromUrl) throw new PlanError(`--url ${redact(o.url!)} is a ${fromUrl} URL, but --dialect is ${o.dialect}`);
  const d = o.dialect ?? fromUrl;
  if (!d) throw new PlanError('verify needs --dialect postgres|mysql|sqlite (or a --url, whose scheme says it)');
  // A database name longer than the engine takes: one line, before connecting.
  if (o.url !== undefined && fromUrl) checkUrlNames(fromUrl, o.url);
  return d;
}

const seconds = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s` : `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s`);

/**
 * Progress on stderr: each check as it starts and ends. On a terminal the running check is one line rewritten in
 * place, with a bar, counts and an estimate during the crash sweep; otherwise plain lines (the sweep at most
 * every tenth of the way).
 */
function progressPrinter(label: string): VerifyProgress {
  const tty = process.stderr.isTTY === true;
  const out = (s: string) => {
    if (!wasInterrupted()) process.stderr.write(s);
  };
  let sweepStart = 0;
  let lastTenth = -1;
  return {
    start(check) {
      sweepStart = 0;
      lastTenth = -1;
      out(tty ? `\r\x1b[K${label} · ${check} …` : `${label} · start ${check}\n`);
    },
    step(check, done, total) {
      if (done === 0) sweepStart = performance.now();
      if (tty) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        const left = done > 0 ? ` · ~${seconds(((performance.now() - sweepStart) / done) * (total - done))} left` : '';
        out(`\r\x1b[K${label} · crash and resume [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${left}`);
      } else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth) out(`${label} · ${check}: ${done}/${total}\n`);
        lastTenth = tenth;
      }
    },
    end(r: CheckResult) {
      out(`${tty ? '\r\x1b[K' : ''}${label} · ${r.ok ? 'ok  ' : 'FAIL'} ${r.check} (${seconds(r.ms)})\n`);
    },
  };
}

/**
 * Runs `plan verify`, reading plans from the search path `path` (see src/plan/search-path.ts); returns the exit code
 * (0 verified, 1 a failure or an unreachable server, 130 interrupted).
 */
export async function runVerify(product: string | undefined, from: string | undefined, to: string | undefined, o: VerifyOptions, path: PlansDirectory[]): Promise<number> {
  let runs: VerifyRequest[];
  let skipped: string[] = [];
  if (o.all) {
    if (o.url) dialectOf({ ...o, dialect: undefined });
    ({ runs, skipped } = await allRuns(o, path));
  } else {
    if (!product || !from || !to) throw new PlanError('verify needs <product> <from> <to> (or --all)');
    const dialect = dialectOf(o);
    const plansDir = findProduct(product, path).dir;
    // A version the dialect does not support is bad input, whatever the engine (product.yaml dialect_versions:).
    checkDialectVersions(loadProduct(product, plansDir).product, getDialect(dialect).name, [from, to]);
    if (dialect === 'mysql' && !o.url) {
      throw new PlanError('there is no embedded MySQL: pass --url mysql://user:password@host:port/database (a scratch database is created there and dropped)');
    }
    runs = [{ product, from, to, dialect, url: o.url, params: o.param, client: o.client, exhaustive: o.exhaustive, plansDir, ...(o.timeouts ? { timeouts: o.timeouts } : {}) }];
  }
  const reports: VerifyReport[] = [];
  const errors: string[] = [];
  // Ctrl-C (or a CI timeout) must not leave plan_verify_* databases behind.
  onInterrupt(closeAllScratches);
  try {
    for (const [i, r] of runs.entries()) {
      const label = `${r.product} ${r.from} → ${r.to} · ${r.dialect}${r.url ? ' on ' + redact(r.url) : r.dialect === 'postgres' ? ' on pglite' : ''}${runs.length > 1 ? ` (${i + 1}/${runs.length})` : ''}`;
      let report: VerifyReport;
      try {
        report = await verify(r, o.json ? {} : progressPrinter(label));
      } catch (e) {
        if (wasInterrupted()) break;
        if (e instanceof PlanError) throw e;
        // Cannot connect, wrong password, a server that went away: one line, exit code 1.
        const line = `cannot verify ${label}: ${r.url ? await connectErrorLine(r.url, e) : String((e as Error).message ?? e).split('\n')[0]}`;
        errors.push(line);
        if (!o.json) process.stderr.write(`plan: error: ${terminalText(line)}\n`);
        continue;
      }
      if (wasInterrupted()) break;
      reports.push(report);
      // (terminalText: an engine's message, a catalog line of the scratch database, may hold any character.)
      if (!o.json) console.log(terminalText(formatReport(report)) + '\n');
    }
  } finally {
    await closePglite();
  }
  // The interruption handler drops the scratch databases and exits 130; print nothing as if it were a result.
  if (wasInterrupted()) return new Promise<number>(() => undefined);
  for (const s of skipped) console.error(`plan: warning: ${s}`);
  const ok = errors.length === 0 && reports.every((r) => r.ok);
  if (o.json) console.log(jsonText({ ok, skipped, errors, reports }));
  else if (runs.length > 1) console.log(`${reports.filter((r) => r.ok).length} of ${runs.length} verified`);
  return ok && (skipped.length === 0 || !process.env.CI) ? EXIT.ok : EXIT.failed;
}
