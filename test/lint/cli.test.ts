// plan lint on the command line: the three formats, the exit codes (0: no unacknowledged error, 1: one, 2: bad
// input), the filters, and the bundled plans (exit 0; out/<product>/lint.txt is what plan lint <product> prints).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { lintSteps, UPGRADE_HEAD } from './helpers.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');

function plan(args: string[]) {
  const env = { ...process.env };
  delete env.PLAN_PATH;
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


const SLOW = { timeout: 180_000 };
const DROP = `  - drop_table: { name: notes }\n    irreversible: notes are gone in 1.1\n`;
const UNGUARDED = `  - raw_sql:
      description: mark every item
      postgres: "UPDATE items SET code = 'x' WHERE code IS NULL"
      mysql: "UPDATE items SET code = 'x' WHERE code IS NULL"
      sqlite: "UPDATE items SET code = 'x' WHERE code IS NULL"
      unguarded: it finds nothing to do the second time
      inverse:
        postgres: "UPDATE items SET code = NULL WHERE code = 'x'"
        mysql: "UPDATE items SET code = NULL WHERE code = 'x'"
        sqlite: "UPDATE items SET code = NULL WHERE code = 'x'"
`;

describe('plan lint', SLOW, () => {
  it('text: a line per finding and the counts; warnings alone exit 0', () => {
    const { dir, upgradeFile } = lintSteps(DROP);
    const r = plan(['lint', 'demo', '--plans', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${upgradeFile}:6:17 drop-table warning drops table notes with every row it holds [postgres, mysql, sqlite]\n1 finding: 0 errors, 1 warning, 0 acknowledged\n`);
    expect(r.code).toBe(0);
  });

  it('an unacknowledged error exits 1; acknowledged, 0', () => {
    const { dir, upgradeFile } = lintSteps(UNGUARDED);
    const r = plan(['lint', 'demo', '--plans', dir]);
    expect(r.stdout).toContain(`${upgradeFile}:7:7 raw-sql-unguarded error raw SQL "mark every item" runs on every run of the script`);
    expect(r.code).toBe(1);
    writeFileSync(join(dir, 'demo', '1.0-1.1.yaml'), `${UPGRADE_HEAD}${UNGUARDED}    lint: { acknowledge: [{ rule: raw-sql-unguarded, reason: its WHERE finds nothing the second time }] }\n`);
    const ok = plan(['lint', 'demo', '--plans', dir]);
    expect(ok.stdout).toContain('· acknowledged: its WHERE finds nothing the second time');
    expect(ok.code).toBe(0);
  });

  it('json and github formats', () => {
    const { dir, upgradeFile } = lintSteps(DROP);
    const j = JSON.parse(plan(['lint', 'demo', '--plans', dir, '--format', 'json']).stdout);
    expect(j).toEqual({
      ok: true, errors: 0, warnings: 1, acknowledged: 0,
      findings: [{ rule: 'drop-table', severity: 'warning', file: upgradeFile, line: 6, col: 17, message: 'drops table notes with every row it holds', fix: expect.any(String), dialects: ['postgres', 'mysql', 'sqlite'] }],
    });
    const g = plan(['lint', 'demo', '--plans', dir, '--format', 'github']);
    expect(g.stdout.split('\n')[0]).toBe(`::warning file=${upgradeFile},line=6,col=17,title=drop-table::drops table notes with every row it holds [postgres, mysql, sqlite]. Fix: make sure nothing reads the table any more and its rows are kept elsewhere (the backup), then acknowledge with the reason`);
    expect(g.code).toBe(0);
  });

  it('--dialect and the versions narrow what is linted', () => {
    const { dir } = lintSteps(`  - create_index: { table: items, name: items_name_idx, columns: [name] }\n`);
    expect(plan(['lint', 'demo', '--plans', dir, '--dialect', 'mysql']).stdout).toBe('0 findings: 0 errors, 0 warnings, 0 acknowledged\n');
    expect(plan(['lint', 'demo', '1.0', '1.1', '--plans', dir, '--dialect', 'postgres']).stdout).toMatch(/index-without-concurrently warning builds index items_name_idx .* \[postgres\]\n1 finding/);
    expect(plan(['lint', 'demo', '0', '1.0', '--plans', dir]).stdout).toBe('0 findings: 0 errors, 0 warnings, 0 acknowledged\n');
  });

  it('bad input: one line, exit 2', () => {
    const { dir, upgradeFile } = lintSteps(DROP);
    writeFileSync(join(dir, 'demo', '1.0-1.1.yaml'), `${UPGRADE_HEAD}${DROP}    lint: { acknowledge: [{ rule: drop-tables, reason: x }] }\n`);
    const r = plan(['lint', 'demo', '--plans', dir]);
    expect(r.stderr).toMatch(new RegExp(`^plan: error: ${upgradeFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:35: lint: acknowledge: unknown rule "drop-tables" \\(rules: .*\\)\n$`));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(plan(['lint', 'demo', '1.0', '--plans', dir]).code).toBe(2);
    const f = plan(['lint', 'demo', '--plans', dir, '--format', 'xml']);
    expect(f.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(f.code).toBe(2);
  });

  it('the bundled plans exit 0, and out/<product>/lint.txt is what plan lint <product> prints', () => {
    // plan build lints plan by plan as it compiles them (sharing the compile of the default choice); plan lint
    // lints the product whole: the two agree for every product.
    for (const product of readdirSync(join(ROOT, 'out'))) {
      const r = plan(['lint', product]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, `out/${product}/lint.txt`), 'utf8'));
    }
    const all = plan(['lint']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^\d+ findings: 0 errors, \d+ warnings, \d+ acknowledged$/m);
    expect(all.stdout).not.toMatch(/stale-acknowledgement/);
  });
});
