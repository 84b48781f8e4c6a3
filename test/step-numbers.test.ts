// A step is named as the script's banners number it, wherever a message names one (found by a fresh user: the
// header's "rows not copied" line of Keto 0.6 → 0.7 said "step 11", the step's place in its YAML file, where the
// banners and plan status said 8/11, 9/11 … for the same step; AuthHero 11.20 → 11.21's "step 239" and "step 237"
// were 99/105 and 97/105). The header, the review and status share these lines (header.ts rowsLeftOut, rowsDeleted).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { projectRoot } from '../src/paths.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
const SLOW = { timeout: 300_000 };

/** The banner numbers (`9/15`) of the operations whose banner ends with `what`, in script order. */
const bannerNumbers = (sql: string, title: string, what: RegExp) =>
  sql.split('\n').flatMap((l) => {
    const m = l.match(new RegExp(`^-- ${title.replace(/\./g, '\\.')} · (\\d+/\\d+) · (.*)$`));
    return m && what.test(m[2]) ? [m[1]] : [];
  });

describe('the header names a step as its banner numbers it', () => {
  it('keto 0.6 → 0.7, a for_each copy of three namespaces: "steps 9/15, 10/15 and 11/15 copy rows", the copies\' banners', SLOW, () => {
    const r = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: ['namespaces=files:1,groups:2,folders:3'] });
    const numbers = bannerNumbers(r.sql, '0.6 → 0.7', /^copy rows from keto_\d+_relation_tuples into keto_relation_tuples$/);
    expect(numbers).toEqual(['9/15', '10/15', '11/15']);
    const line = r.sql.split('\n').find((l) => l.startsWith('-- rows not copied: '));
    expect(line).toMatch(/^-- rows not copied: \[0\.6 → 0\.7\] steps 9\/15, 10\/15 and 11\/15 copy rows of keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples into keto_relation_tuples except /);
    expect(r.sql).not.toContain('step 11 copies');
  });

  it('keto 0.6 → 0.7, one namespace: "step 9/13 copies rows"', SLOW, () => {
    const r = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: ['namespaces=files:1'] });
    expect(bannerNumbers(r.sql, '0.6 → 0.7', /^copy rows from /)).toEqual(['9/13']);
    expect(r.sql).toContain('-- rows not copied: [0.6 → 0.7] step 9/13 copies rows of keto_0000000001_relation_tuples into keto_relation_tuples except ');
  });

  it('authhero 11.20 → 11.21 on MySQL: rows deleted at 98/105 and not copied at 97/105 (the copy comes before the history rewrite)', SLOW, () => {
    const r = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql', examples: true });
    expect(bannerNumbers(r.sql, '11.20 → 11.21', /^delete rows of kysely_migration /)).toEqual(['98/105']);
    expect(bannerNumbers(r.sql, '11.20 → 11.21', /^copy rows from tenants into organizations$/)).toEqual(['97/105']);
    expect(r.sql).toContain('-- ROWS DELETED: [11.20 → 11.21] step 98/105 deletes the rows of kysely_migration where ');
    expect(r.sql).toContain('-- rows not copied: [11.20 → 11.21] step 97/105 copies rows of tenants into organizations except ');
  });
});

describe('the review names it so too', () => {
  it('plan review keto 0.6 0.7: its lossy list says "steps 9/15, 10/15 and 11/15"', SLOW, () => {
    const r = spawnSync(process.execPath, [MAIN, 'review', 'keto', '0.6', '0.7', '--dialect', 'postgres', '--param', 'namespaces=files:1,groups:2,folders:3'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('- \\[0.6 → 0.7\\] steps 9/15, 10/15 and 11/15 copy rows of keto_0000000001_relation_tuples, ');
    expect(r.stdout).not.toMatch(/\bstep 11 copies/);
  });
});
