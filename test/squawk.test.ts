// squawk (the squawk-cli package, a dev dependency) as an oracle over the PostgreSQL SQL of out/, offline: its rules
// are the field's common knowledge of what locks and what cannot be re-run. Two readings (issue 16):
// - the scripts as compiled: no require-lock-timeout finding anywhere (the scripts bound every lock wait), and every
//   other finding pinned per file in test/fixtures/squawk/compiled.json, so that a change is visible in review;
// - the statements unwrapped (src/compile/unwrapped.ts: each statement value's body without its guard, outside any
//   transaction, after the session settings a part outside a transaction sets), which is what lets squawk see our
//   SQL at all (it reads neither DO bodies nor, for prefer-robust-stmts, statements inside BEGIN … COMMIT): every
//   finding pinned per rule, per script and per statement banner in test/fixtures/squawk/unwrapped.json, for the
//   lint rules to be matched against. Nothing is written: the SQL reaches squawk on its standard input.
// Run with `npx vitest run test/squawk.test.ts -u` to write the expectation files again after a deliberate change,
// and look at their diff.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { unwrappedStatements } from '../src/compile/unwrapped.js';
import { DEFAULT_TIMEOUTS } from '../src/dialects/dialect.js';
import { postgres } from '../src/dialects/postgres/index.js';
import { projectRoot } from '../src/paths.js';

const ROOT = projectRoot();
const OUT = join(ROOT, 'out');
const SQUAWK = join(ROOT, 'node_modules/.bin/squawk');
const CONFIG = join(ROOT, 'test/fixtures/squawk/squawk.toml');

interface Finding {
  file: string;
  line: number;
  rule_name: string;
}

/** squawk's findings (its JSON reporter) for `files`, or for `stdin` reported as `name`. */
function squawk(files: string[], stdin?: { name: string; text: string }): Finding[] {
  const args = ['-c', CONFIG, '--reporter', 'json', ...(stdin ? ['--stdin-filepath', stdin.name] : files)];
  const r = spawnSync(SQUAWK, args, { cwd: ROOT, encoding: 'utf8', input: stdin?.text, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  // 0: no finding, 1: findings; anything else (or no JSON) is squawk failing.
  if (r.status !== 0 && r.status !== 1) throw new Error(`squawk exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Finding[];
}

/** Every PostgreSQL plan directory of out/: out/<product>/<from>-<to>/postgres, with the scripts it holds. */
function postgresPlans(): { product: string; from: string; to: string; dir: string; scripts: ('up' | 'down')[] }[] {
  const out = [];
  for (const product of readdirSync(OUT).sort()) {
    for (const step of readdirSync(join(OUT, product)).sort()) {
      const dir = join(OUT, product, step, 'postgres');
      const m = /^(.+?)-(.+)$/.exec(step);
      if (!m || !existsSync(join(dir, 'up.sql'))) continue;
      out.push({ product, from: m[1], to: m[2], dir, scripts: (['up', 'down'] as const).filter((s) => existsSync(join(dir, `${s}.sql`))) });
    }
  }
  return out;
}

/** { key: { rule: count } } of findings grouped by `key`, keys and rules sorted. */
function countBy(findings: Finding[], key: (f: Finding) => string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const f of findings) {
    const k = key(f);
    out[k] ??= {};
    out[k][f.rule_name] = (out[k][f.rule_name] ?? 0) + 1;
  }
  return sorted(out);
}

/** An object with its keys sorted, at every level (stable JSON). */
function sorted<T>(o: T): T {
  if (Array.isArray(o) || o === null || typeof o !== 'object') return o;
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted((o as Record<string, unknown>)[k])])) as T;
}

const plans = postgresPlans();

describe('squawk over out/ (PostgreSQL)', { timeout: 600_000 }, () => {
  it('finds the PostgreSQL scripts of out/', () => {
    // Every product of out/ with a PostgreSQL plan, and both directions of most.
    expect(plans.length).toBeGreaterThan(30);
    expect(plans.some((p) => p.product === 'supertokens' && p.from === '5.0' && p.to === '6.0')).toBe(true);
  });

  it('as compiled: no require-lock-timeout finding; the other findings are pinned per file', async () => {
    // Relative to the project (squawk's working directory): squawk reports them as given.
    const files = plans.flatMap((p) => p.scripts.map((s) => relative(ROOT, join(p.dir, `${s}.sql`))));
    const findings = squawk(files);
    const lockless = findings.filter((f) => f.rule_name === 'require-lock-timeout' || f.rule_name === 'require-timeout-settings');
    expect(lockless.map((f) => `${f.file}:${f.line + 1} ${f.rule_name}`)).toEqual([]);
    const byFile = countBy(findings, (f) => f.file);
    await expect(`${JSON.stringify(byFile, null, 2)}\n`).toMatchFileSnapshot('./fixtures/squawk/compiled.json');
  });

  it('the oracle can fail: a compiled script without its lock bound gets require-lock-timeout', () => {
    // The 11.4 → 12.0 script has a part outside the transaction (CREATE INDEX CONCURRENTLY), which squawk reads.
    const sql = compile({ product: 'supertokens', from: '11.4', to: '12.0', dialect: 'postgres', examples: true, timeouts: { lockMs: 0, statementMs: 0 } }).sql;
    expect(squawk([], { name: 'no-lock-timeout.sql', text: sql }).map((f) => f.rule_name)).toContain('require-lock-timeout');
  });

  it('unwrapped statements: every finding pinned per rule, script and statement', async () => {
    // What a part outside a transaction sets first (the script's own session settings and bounds), then each body.
    const settings = postgres.script.timeouts(DEFAULT_TIMEOUTS, true).outside.map((x) => x.text);
    const byRule: Record<string, Record<string, string[]>> = {};
    let statements = 0;
    for (const p of plans) {
      for (const direction of p.scripts) {
        const [from, to] = direction === 'up' ? [p.from, p.to] : [p.to, p.from];
        const r = compile({ product: p.product, from, to, dialect: 'postgres', examples: true });
        const lines = [...settings, ''];
        const owner: (string | undefined)[] = lines.map(() => undefined);
        for (const st of unwrappedStatements(r)) {
          const text = [`-- ${st.banner}`, ...st.body.split('\n'), ''];
          lines.push(...text);
          owner.push(...text.map(() => st.banner));
          statements++;
        }
        const script = `${p.product} ${from} → ${to}`;
        for (const f of squawk([], { name: `${p.product}/${p.from}-${p.to}/postgres/${direction}.unwrapped.sql`, text: lines.join('\n') })) {
          const banner = owner[f.line] ?? '(the session settings)';
          ((byRule[f.rule_name] ??= {})[script] ??= []).push(banner);
        }
      }
    }
    expect(statements).toBeGreaterThan(1000);
    // A statement with several findings of one rule is listed once, with the count.
    const pinned = sorted(Object.fromEntries(Object.entries(byRule).map(([rule, scripts]) => [rule, Object.fromEntries(Object.entries(scripts).map(([s, banners]) => [s, [...new Set(banners)].map((b) => { const n = banners.filter((x) => x === b).length; return n > 1 ? `${b} (×${n})` : b; })]))])));
    // squawk reads the unwrapped SQL: what it says about it is there (a script that gave squawk nothing to read would pin nothing).
    expect(Object.keys(pinned)).toContain('prefer-robust-stmts');
    await expect(`${JSON.stringify(pinned, null, 2)}\n`).toMatchFileSnapshot('./fixtures/squawk/unwrapped.json');
  });
});
