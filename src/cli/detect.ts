// `plan detect` and `plan status` wiring: read the live catalog, detect, print, exit code. Engines load only here.
import { detect, placesOfParams, schemaOfParams, type DetectResult } from '../detect/detect.js';
import { detectJson, formatDetect, formatStatus } from '../detect/format.js';
import { status } from '../detect/status.js';
import { dialectOfUrl, redact } from '../engines/index.js';
import { readLiveCatalog, sqliteFileOfUrl, type LiveCatalog } from '../engines/live.js';
import { PlanError } from '../plan/errors.js';
import { loadProduct } from '../plan/load.js';
import { CheckFailed, EXIT } from './exit.js';

export interface DetectOptions {
  url: string;
  param: string[];
  plansDir?: string;
  schema?: string;
  json?: boolean;
}

async function detectAt(product: string, o: DetectOptions): Promise<{ live: LiveCatalog; result: DetectResult }> {
  let file: string | undefined;
  try {
    file = sqliteFileOfUrl(o.url);
  } catch (e) {
    throw new PlanError(`--url ${redact(o.url)}: ${(e as Error).message}`);
  }
  const dialect = file !== undefined ? 'sqlite' : dialectOfUrl(o.url);
  if (!dialect) throw new PlanError(`--url ${redact(o.url)}: expected postgres://…, mysql://… (mariadb:// is accepted) or sqlite:<file>`);
  if (o.schema !== undefined && dialect === 'sqlite') throw new PlanError('--schema is for PostgreSQL; a SQLite URL names the file');
  const dialects = loadProduct(product, o.plansDir).product.dialects;
  if (!dialects.includes(dialect)) throw new PlanError(`${product} has no ${dialect} plans (its dialects: ${dialects.join(', ')}): --url ${redact(o.url)} is a ${dialect} database`);
  if (o.schema !== undefined && dialect !== 'postgres') throw new PlanError('--schema is for PostgreSQL; on MySQL/MariaDB the URL names the database');
  // The product's own schema parameter says where its tables are, as it does for compile; --schema must agree.
  const named = dialect === 'postgres' ? schemaOfParams(product, dialect, o.param, o.plansDir) : undefined;
  if (named !== undefined && o.schema !== undefined && o.schema !== named) {
    throw new PlanError(`--schema ${o.schema} and the product's schema parameter (${named}) disagree: give one of them`);
  }
  const schema = o.schema ?? named;
  const places = placesOfParams(product, dialect, o.param, o.plansDir);
  let live: LiveCatalog;
  try {
    live = await readLiveCatalog(o.url, schema, places);
  } catch (e) {
    // Cannot connect, wrong password, no such database: a check that could not be made (exit code 1).
    throw new CheckFailed(`cannot read the catalog at ${redact(o.url)}: ${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  return { live, result: detect({ product, dialect, params: o.param, plansDir: o.plansDir, found: live.lines }) };
}

/** Runs `plan detect`; returns the exit code: 0 at a version or half-way through a script, 1 at none exactly. */
export async function runDetect(product: string, o: DetectOptions): Promise<number> {
  const { live, result } = await detectAt(product, o);
  console.log(o.json ? JSON.stringify(detectJson(result, live.label), null, 2) : formatDetect(result, live.label));
  return result.outcome === 'inexact' ? EXIT.failed : EXIT.ok;
}

/** Runs `plan status`; returns the exit code: 0 when the database is at a version (or resumable), 1 otherwise. */
export async function runStatus(product: string, o: DetectOptions & { to?: string }): Promise<number> {
  const { live, result } = await detectAt(product, o);
  const database = sqliteFileOfUrl(o.url) ?? (decodeURIComponent(new URL(o.url).pathname.replace(/^\//, '')) || undefined);
  const s = status({ detected: result, to: o.to, params: o.param, plansDir: o.plansDir, database });
  console.log(o.json ? JSON.stringify({ detect: detectJson(result, live.label), status: s }, null, 2) : formatStatus(result, s, live.label));
  return result.outcome === 'inexact' ? EXIT.failed : EXIT.ok;
}
