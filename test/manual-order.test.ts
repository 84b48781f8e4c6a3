// The order of a script's manual steps, as the header, review.md and plan status number or list them (found by a
// reviewer: AuthHero 11.20 → 11.21's header listed as step 1 the manual step the compiler adds for its check of
// foreign keys of other tables, "Only if this script stops at its check …", and as step 2 the plan's own "Before this
// script: stop every AuthHero process …"; a DBA does them in the order they are numbered, and stopping the application
// comes first). The plan's steps that say they come before the script (or rollback) are listed first, then the steps
// the compiler adds for what the script may stop on when it runs, then the plan's other steps, in the plan's order.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { orderManualSteps, saysBeforeScript } from '../src/compile/manual-order.js';
import { openScratch } from '../src/engines/index.js';
import { projectRoot } from '../src/paths.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js'); // built by `npm test` (or npm run build) before vitest
const SLOW = { timeout: 300_000 };
const plan = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });

/** The header's numbered manual steps, as `N. [plan] first words`. */
const headerSteps = (sql: string) => sql.split('\n').flatMap((l) => (/^-- {3}\d+\. \[/.test(l) ? [l.replace(/^-- {3}/, '').slice(0, 61)] : []));

describe('authhero 11.20 → 11.21: the plan\'s "Before this script: stop …" is step 1, the conditional foreign-key step 2', () => {
  for (const dialect of ['sqlite', 'mysql'] as const) {
    it(`${dialect}: compile's list and the header`, SLOW, () => {
      const r = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect, examples: true });
      expect(r.manual.map((m) => m.text.slice(0, 40))).toEqual([
        'Before this script: stop every AuthHero ',
        'Only if this script stops at its check f',
        'Configure multi-tenancy with the control',
        'Update the client applications (React Ad',
        'If a tenant is to move to a database of ',
      ]);
      expect(headerSteps(r.sql)).toEqual([
        '1. [11.20 → 11.21] Before this script: stop every AuthHero pr',
        '2. [11.20 → 11.21] Only if this script stops at its check for',
        '3. [11.20 → 11.21] Configure multi-tenancy with the control-p',
        '4. [11.20 → 11.21] Update the client applications (React Admi',
        '5. [11.20 → 11.21] If a tenant is to move to a database of it',
      ]);
    });
  }

  it('the rollback: its two "Before this rollback" steps, then the conditional one, then "After this rollback"', SLOW, () => {
    const r = compile({ product: 'authhero', from: '11.21', to: '11.20', dialect: 'sqlite', examples: true });
    expect(headerSteps(r.sql)).toEqual([
      '1. [11.21 → 11.20] Before this rollback: switch the client ap',
      '2. [11.21 → 11.20] Before this rollback: take the multi-tenan',
      '3. [11.21 → 11.20] Only if this script stops at its check for',
      '4. [11.21 → 11.20] After this rollback (with every AuthHero p',
    ]);
  });

  it('plan review numbers them so, the rollback\'s too', SLOW, () => {
    const r = plan('review', 'authhero', '11.20', '11.21', '--dialect', 'sqlite', '--param', 'control_plane_tenant_id=main');
    expect([r.status, r.stderr]).toEqual([0, '']);
    const md = r.stdout.slice(r.stdout.indexOf('## Manual steps'));
    expect(md).toMatch(/^## Manual steps\n\n1\. \\\[11\.20 → 11\.21\\\] Before this script: stop every AuthHero process[^\n]*\n2\. \\\[11\.20 → 11\.21\\\] Only if this script stops at its check for foreign keys[^\n]*\n3\. \\\[11\.20 → 11\.21\\\] Configure multi-tenancy/);
    expect(md).toMatch(/\n1\. \\\[11\.21 → 11\.20\\\] Before this rollback: switch[^\n]*\n2\. \\\[11\.21 → 11\.20\\\] Before this rollback: take[^\n]*\n3\. \\\[11\.21 → 11\.20\\\] Only if this script stops[^\n]*\n4\. \\\[11\.21 → 11\.20\\\] After this rollback/);
  });

  it('plan status lists them in that order', SLOW, async () => {
    const s = await openScratch('sqlite', {});
    try {
      await s.execScript(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'sqlite' }).sql);
      const r = plan('status', 'authhero', '--url', `sqlite:${s.file}`, '--to', '11.21', '--json');
      expect(r.stderr).toBe('');
      const manual: { plan: string; text: string }[] = JSON.parse(r.stdout).status.manual;
      expect(manual.map((m) => `${m.plan} ${m.text.slice(0, 30)}`)).toEqual([
        '11.20 → 11.21 Before this script: stop every',
        '11.20 → 11.21 Only if this script stops at i',
        '11.20 → 11.21 Configure multi-tenancy with t',
        '11.20 → 11.21 Update the client applications',
        '11.20 → 11.21 If a tenant is to move to a da',
      ]);
      const text = plan('status', 'authhero', '--url', `sqlite:${s.file}`, '--to', '11.21').stdout;
      expect(text).toMatch(/\nmanual steps \(5; the script does not do them\):\n {2}11\.20 → 11\.21: Before this script: stop[^\n]*\n {2}11\.20 → 11\.21: Only if this script stops/);
    } finally {
      await s.close();
    }
  });
});

describe('a plan without steps before the script: the conditional step comes first, before what is done after the script', () => {
  it('supertokens 5.0 → 6.0 (no manual step of its own): the conditional step is step 1', SLOW, () => {
    const r = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' });
    expect(headerSteps(r.sql)[0]).toMatch(/^1\. \[5\.0 → 6\.0\] Only if this script stops/);
  });
});

describe('orderManualSteps', () => {
  const step = (text: string) => ({ plan: 'A → B', text });
  it('before-steps (and the rename) first, then the conditional ones, then the rest, each group in its order', () => {
    const plan = [step('Configure X'), step('before the script: revoke'), step('SQLite: mv a b'), step('Before this rollback: y'), step('after the script: start')];
    expect(orderManualSteps(plan, [step('Only if this script stops …')], 2).map((m) => m.text)).toEqual(['before the script: revoke', 'SQLite: mv a b', 'Before this rollback: y', 'Only if this script stops …', 'Configure X', 'after the script: start']);
    expect(orderManualSteps(plan, []).map((m) => m.text)).toEqual(['before the script: revoke', 'Before this rollback: y', 'Configure X', 'SQLite: mv a b', 'after the script: start']);
  });
  it('"before starting" or "Before 0.28" is not "before the script"', () => {
    expect([saysBeforeScript('before starting core 5.0'), saysBeforeScript('Before 0.28 runs'), saysBeforeScript('  Before this script: stop'), saysBeforeScript('BEFORE THE ROLLBACK')]).toEqual([false, false, true, true]);
  });
  it('fief 0.27 → 0.28 on SQLite: the rename is still manual step 1, as the header names it', SLOW, () => {
    const r = compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'sqlite', examples: true });
    expect(r.sql).toContain('-- rename:   then: MANUAL STEP 1 ([0.27 → 0.28]) renames the file');
    expect(headerSteps(r.sql)[0]).toMatch(/^1\. \[0\.27 → 0\.28\] SQLite: the workspace's data is a file/);
  });
});
