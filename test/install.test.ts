// Installable like any npm CLI: pack, install the tarball into a temporary prefix (nothing builds there), and run
// `plan` from another directory with the bundled plans.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { projectRoot } from '../src/paths.js';

const ROOT = projectRoot();
const work = mkdtempSync(join(tmpdir(), 'plan-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A copy of the package's sources (what git tracks that the build reads or packs) with the project's node_modules
 * linked in: `npm pack` builds there, not in the project's dist/, generated/ and schemas/, which the other test files
 * read while this one runs (a build in the project rewrote dist/ under them).
 */
function sourceCopy(): string {
  const copy = join(work, 'package');
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'src', 'scripts', 'schemas', 'templates', 'generated', 'plans']) {
    cpSync(join(ROOT, f), join(copy, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

it('npm pack, npm install -g the tarball, plan list and compile from another directory, plans of your own', () => {
  // `npm pack` builds dist/ (prepare: tsc, the operation schema, generated/, the product cache) and packs
  // `files`: dist/src, dist/cache, generated, plans, templates, schemas, README. In a copy: nothing of the project's
  // build is rewritten (no dist/ there to start from: the pack's is the copy's own build).
  const copy = sourceCopy();
  expect(existsSync(join(copy, 'dist'))).toBe(false);
  const built = () => ['dist/src/cli/main.js', 'dist/cache/products/supertokens.json', 'generated/validators.cjs', 'schemas/plan.schema.json'].map((f) => statSync(join(ROOT, f)).mtimeMs);
  const before = built();
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], copy))[0];
  expect(built()).toEqual(before);
  const files = (packed.files as { path: string }[]).map((f) => f.path);
  expect(files).toContain('dist/src/cli/main.js');
  expect(files).toContain('plans/supertokens/product.yaml');
  expect(files).toContain('schemas/plan.schema.json');
  expect(files).toContain('templates/postgres/create_table.sql.hbs');
  // What a run loads instead of compiling: the generated validators and templates, the build's product cache.
  expect(files).toContain('generated/validators.cjs');
  expect(files).toContain('generated/templates.cjs');
  expect(files).toContain('dist/cache/products/supertokens.json');
  expect(files.filter((f) => /^(src|test|out|bench)\//.test(f) || f.endsWith('.ts'))).toEqual([]);

  // The dependencies come from npm's cache when `npm ci` filled it.
  const prefix = join(work, 'prefix');
  npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], work);
  const bin = join(prefix, 'bin', 'plan');
  const elsewhere = mkdtempSync(join(work, 'elsewhere-'));
  const run = (...args: string[]) => spawnSync(bin, args, { cwd: elsewhere, encoding: 'utf8' });

  const list = run('list');
  expect(list.stderr).toBe('');
  expect(list.status).toBe(0);
  expect(list.stdout).toMatch(/^supertokens {2}\(/m);

  const up = run('compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres');
  expect(up.stderr).toBe('');
  expect(up.status).toBe(0);
  expect(up.stdout).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' }).sql);

  // Plans of your own beside the installed package: init, compile, build into out/ of the current directory only.
  expect(run('init', 'acme').status).toBe(0);
  const install = join(elsewhere, 'plans/acme/0-1.0.yaml');
  const schema = resolve(dirname(install), /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(install, 'utf8'))?.[1] ?? 'none');
  const installed = dirname(dirname(schema)); // the installed package: the schema comment points into it
  expect(existsSync(schema)).toBe(true);
  expect(existsSync(join(installed, 'package.json'))).toBe(true);
  expect(run('compile', 'acme', '0', '1.0', '--dialect', 'mysql', '--plans', 'plans').status).toBe(0);
  const build = run('build', '--plans', 'plans');
  expect(build.stderr).toBe('');
  // up, down and review.md on 2 dialects, the catalog of 1.0 on each, and lint.txt
  expect(build.stdout).toBe('out/: 9 files written, 0 removed, 0 unchanged\n');
  expect(existsSync(join(elsewhere, 'out/acme/0-1.0/mysql/up.sql'))).toBe(true);
  expect(existsSync(join(installed, 'out'))).toBe(false);
}, 300_000);
