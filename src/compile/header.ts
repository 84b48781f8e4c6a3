// The header that says what a script is, where it came from and how to apply it. No timestamps: the same
// plans give the same bytes.
import { createHash } from 'node:crypto';
import type { Dialect } from '../dialects/dialect.js';
import type { LoadedPlan, LoadedProduct, Scalar } from '../plan/types.js';
import { toolVersion } from '../paths.js';
import { unguardedRawSteps } from './unguarded.js';

export interface HeaderInput {
  product: LoadedProduct;
  dialect: Dialect;
  params: Record<string, Scalar>;
  direction: 'up' | 'down';
  from: string;
  to: string;
  /** every plan the output depends on (the chain that builds the starting model, then the path) */
  plans: LoadedPlan[];
  pathPlans: LoadedPlan[];
  manual: { plan: string; text: string }[];
}

/** A value as a shell word: plain when it is safe, single-quoted otherwise. */
function shellWord(v: string): string {
  return /^[A-Za-z0-9_.,:=@%+\/-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

/** Text of a plan on one comment line, whatever it holds. */
const oneLine = (text: string) => text.replace(/[\s\u2028\u2029]+/g, ' ').trim();

export function header(h: HeaderInput): string {
  const p = h.product.product.product;
  const base = h.plans.filter((x) => !h.pathPlans.includes(x));
  const baseDigest = createHash('sha256').update(base.map((x) => `${x.relPath} ${x.sha256}\n`).join('')).digest('hex');
  const params = Object.entries(h.params).map(([k, v]) => `${k}=${v}`).join(' ') || '(none)';
  const lines = [
    `-- plan ${toolVersion()} · ${p} ${h.from} → ${h.to} · ${h.dialect.name} · ${h.direction === 'up' ? (h.from === '0' ? 'fresh install' : 'upgrade') : 'rollback'}`,
    ...(h.direction === 'down' && h.to === '0' ? [`-- WARNING: THIS SCRIPT DROPS EVERY TABLE OF ${p.toUpperCase()} AND ALL THE DATA IN THEM.`] : []),
    `-- parameters: ${params}`,
    `-- sources (sha256):`,
    `--   ${h.product.relPath} ${h.product.sha256}`,
    ...h.pathPlans.map((x) => `--   ${x.relPath} ${x.sha256}`),
    ...(base.length ? [`--   schema at ${h.direction === 'up' ? h.from : h.to} replayed from ${base.length} plan${base.length > 1 ? 's' : ''} (${base[0].relPath} …) ${baseDigest}`] : []),
    `-- apply:    ${h.dialect.applyHint.replace(/FILE/g, h.direction === 'up' ? 'up.sql' : 'down.sql')}`,
    `-- reverse:  npx plan compile ${p} ${h.to} ${h.from} --dialect ${h.dialect.name}${Object.keys(h.params).length ? ' ' + Object.entries(h.params).map(([k, v]) => `--param ${shellWord(`${k}=${v}`)}`).join(' ') : ''}`,
    `-- Every statement is guarded: running this file again changes nothing. After a failure, fix the cause and run the whole file again.`,
    ...unguardedRawSteps(h.pathPlans, h.dialect, h.params, h.direction).map(
      (u) => `-- except (not guarded, runs on every run): ${u.plan} step ${u.step}: ${oneLine(u.description)} — ${oneLine(u.reason)}`,
    ),
    h.dialect.script.transactional
      ? `-- The script runs in one transaction: a failure leaves the database as it was.`
      : `-- ${h.dialect.name === 'mysql' ? 'MySQL commits each DDL statement' : 'DDL commits'} on its own; a re-run resumes where a failure stopped it.`,
    ...(h.manual.length
      ? [`-- MANUAL STEPS (${h.manual.length}), not done by this script:`, ...h.manual.map((m, i) => `--   ${i + 1}. [${m.plan}] ${m.text.replace(/\s+/g, ' ').trim()}`)]
      : []),
    '',
  ];
  return lines.join('\n');
}
