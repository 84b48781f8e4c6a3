// Cold start (issue 8): what a run loads and what the build generated for it. The figures are in
// bench/RESULTS.md (`npm run bench`); these tests prove the mechanisms, not the times.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleGeneratedFiles, generatedFiles } from '../src/build/generate.js';
import { checkTemplate } from '../src/compile/template-check.js';
import { readProduct } from '../src/plan/load.js';
import { readCachedProduct, writeProductCache } from '../src/plan/product-cache.js';
import { projectRoot } from '../src/paths.js';
import { REAL_PLANS } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'plan-cold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generated code (npm run build)', () => {
  it('generated/ matches schemas/ and templates/ (npm run build rewrites them; commit the result)', () => {
    expect(staleGeneratedFiles()).toEqual([]);
  });

  it('a stale file is named: an edited template', () => {
    const copy = join(work, 'stale');
    for (const d of ['schemas', 'templates', 'generated']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
    appendFileSync(join(copy, 'templates/shared/drop_table.sql.hbs'), ' CASCADE');
    expect(staleGeneratedFiles(copy)).toEqual(['generated/templates.cjs']);
  });

  it('templates print only through quoting helpers: a raw mustache fails with file:line:col', () => {
    expect(() => checkTemplate('DROP TABLE {{{table}}}', 'templates/x/t.sql.hbs')).toThrow('templates/x/t.sql.hbs:1:12: {{{…}}} prints without quoting');
    expect(() => checkTemplate('DROP TABLE\n  {{table}}', 'templates/x/t.sql.hbs')).toThrow('templates/x/t.sql.hbs:2:3: {{table}} is not a quoting helper call');
    expect(() => checkTemplate('{{#with t}}{{id name}}{{/with}}', 'f')).toThrow('block helper #with is not allowed');
    expect(() => checkTemplate('DROP TABLE {{id table}}', 'f')).not.toThrow();
  });

  it('every dialect gets every shared template unless it has its own', () => {
    const text = generatedFiles().find((f) => f.path === 'generated/templates.cjs')!.text;
    expect(text).toContain('"drop_table": "templates/shared/drop_table.sql.hbs"');
    expect(text).toContain('"create_table": "templates/postgres/create_table.sql.hbs"');
    expect(text).toContain('"create_table": "templates/mysql/create_table.sql.hbs"');
  });
});

describe('the build cache of the bundled products', () => {
  const plans = join(work, 'plans');
  const cache = join(work, 'cache');
  beforeAll(() => {
    cpSync(join(REAL_PLANS, 'supertokens'), join(plans, 'supertokens'), { recursive: true });
    writeProductCache('supertokens', plans, readProduct('supertokens', plans), cache);
  });
  const where = () => ({ bundledDir: plans, cacheDir: cache });
  const inside = () => undefined;

  it('gives exactly what the loader gives', () => {
    const cached = readCachedProduct('supertokens', plans, where(), inside);
    expect(cached).toBeDefined();
    expect(cached).toEqual(readProduct('supertokens', plans));
  });

  it('is not used for an edited plan, a new file, another loader, a broken entry or another directory', () => {
    const file = join(plans, 'supertokens/5.0-6.0.yaml');
    const text = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, text.replace('summary:', 'summary: ') );
      expect(readCachedProduct('supertokens', plans, where(), inside)).toBeUndefined();
    } finally {
      writeFileSync(file, text);
    }
    expect(readCachedProduct('supertokens', plans, where(), inside)).toBeDefined();

    const extra = join(plans, 'supertokens/6.0-6.1.yaml');
    writeFileSync(extra, 'product: supertokens\n');
    expect(readCachedProduct('supertokens', plans, where(), inside)).toBeUndefined();
    rmSync(extra);

    const entry = join(cache, 'supertokens.json');
    const json = readFileSync(entry, 'utf8');
    writeFileSync(entry, json.replace(/"loader":"[0-9a-f]+"/, `"loader":"${'0'.repeat(64)}"`));
    expect(readCachedProduct('supertokens', plans, where(), inside)).toBeUndefined();
    writeFileSync(entry, json.slice(0, 100));
    expect(readCachedProduct('supertokens', plans, where(), inside)).toBeUndefined();
    writeFileSync(entry, json);

    expect(readCachedProduct('supertokens', REAL_PLANS, where(), inside)).toBeUndefined();
    expect(readCachedProduct('supertokens', plans, where(), inside)).toBeDefined();
  });

  it('still runs the symbolic-link check on every file', () => {
    const link = join(plans, 'supertokens/zz-link.yaml');
    symlinkSync('/etc/hostname', link);
    try {
      // The link changes the set of files, so the entry is not used whatever the check says...
      expect(readCachedProduct('supertokens', plans, where(), inside)).toBeUndefined();
      // ...and an entry written with it is refused by the check.
      let checked: string[] = [];
      const seen = (p: string) => void checked.push(p);
      rmSync(link);
      expect(readCachedProduct('supertokens', plans, where(), seen)).toBeDefined();
      expect(checked).toContain(join(plans, 'supertokens/5.0-6.0.yaml'));
      checked = [];
      expect(readCachedProduct('supertokens', plans, where(), () => { throw new Error('outside'); })).toBeUndefined();
    } finally {
      rmSync(link, { force: true });
    }
  });
});

describe('what a cold run loads', { timeout: 180_000 }, () => {

  /** The CommonJS modules a `plan` run required (our lazy loads go through createRequire), relative to the root. */
  function loaded(...args: string[]): string[] {
    return loadedSaying('', ...args);
  }
  /** loaded, for a run whose stderr is `stderr` (a note). */
  function loadedSaying(stderr: string, ...args: string[]): string[] {
    const hook = join(work, 'modules.cjs');
    const out = join(work, `modules-${args.join('_').replace(/\W/g, '')}.json`);
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const r = spawnSync(process.execPath, ['--require', hook, MAIN, ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(0);
    return (JSON.parse(readFileSync(out, 'utf8')) as string[]).map((f) => f.slice(ROOT.length + 1));
  }
  const heavy = (files: string[]) => files.filter((f) => f === 'generated/validators.cjs' || /^node_modules\/(yaml|ajv|handlebars)\//.test(f));

  it('--help and list load no validator, no YAML parser, no template engine', () => {
    expect(heavy(loaded('--help'))).toEqual([]);
    expect(heavy(loaded('list'))).toEqual([]);
  });

  it('compile of a bundled product reads the cache: no validator, no YAML parser; templates from the runtime only', () => {
    const files = loaded('compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres');
    expect(files.filter((f) => f === 'generated/validators.cjs' || /^node_modules\/(yaml|ajv)\//.test(f))).toEqual([]);
    expect(files).toContain('generated/templates.cjs');
    expect(files.some((f) => f.startsWith('node_modules/handlebars/dist/cjs/handlebars.runtime'))).toBe(true);
    expect(files.some((f) => f.startsWith('node_modules/handlebars/dist/cjs/handlebars/compiler'))).toBe(false);
  });

  it('plans outside the bundle are parsed and validated (the check above can fail)', () => {
    const dir = join(work, 'own');
    cpSync(join(REAL_PLANS, 'supertokens'), join(dir, 'supertokens'), { recursive: true });
    // (A copy of a bundled product: every command but list says that it shadows the bundled one.)
    const files = loadedSaying(`plan: note: product supertokens comes from ${dir}, which shadows the bundled one\n`, 'compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--plans', dir);
    expect(files).toContain('generated/validators.cjs');
    expect(files.some((f) => f.startsWith('node_modules/yaml/'))).toBe(true);
  });
});
