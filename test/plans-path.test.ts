// Plans of your own: --plans on every command that reads plans, PLAN_PATH (searched in order, the bundled plans
// last), and plan init. The command line as a user runs it: node dist/src/cli/main.js (built here first).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { displayPath, projectRoot } from '../src/paths.js';
import { tempPlansDir } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');

/** Runs plan with `args` in `cwd`, PLAN_PATH set to `planPath` (unset when undefined). */
function plan(args: string[], { cwd = ROOT, planPath }: { cwd?: string; planPath?: string } = {}) {
  const env = { ...process.env };
  delete env.PLAN_PATH;
  if (planPath !== undefined) env.PLAN_PATH = planPath;
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line "plan: error: …" on stderr, containing `message`, with exit code `code`. */
function expectOneLineError(r: ReturnType<typeof plan>, code: number, message: string) {
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^plan: error: /);
  expect(r.stderr).toContain(message);
  expect(r.code).toBe(code);
}

/** A plans directory holding product `name` with one install plan 0-1.0.yaml creating table `table`. */
function productDir(name: string, table: string, dir = tempPlansDir()): string {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'product.yaml'), `product: ${name}\ntitle: ${name} from ${table}\nversions: ["1.0"]\ndialects: [postgres, mysql]\n`);
  writeFileSync(
    join(dir, name, '0-1.0.yaml'),
    `product: ${name}\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: ${table}\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n`,
  );
  return dir;
}

const FROM_A = 'CREATE TABLE table_a (';
const FROM_B = 'CREATE TABLE table_b (';


const SLOW = { timeout: 180_000 };

describe('--plans DIR', SLOW, () => {
  it('every command that reads plans takes --plans', () => {
    const help = plan(['--help']).stdout;
    const section = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
    const commands = [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(help).toContain(`PLAN_PATH`);
    expect(commands).toEqual(expect.arrayContaining(['list', 'compile', 'catalog', 'validate', 'build', 'check', 'verify', 'completion', 'init']));
    for (const c of commands) expect(plan([c, '--help']).stdout, c).toContain('--plans <dir>');
  });

  it('compiles a product from a temporary directory; without --plans it is unknown', () => {
    const dir = productDir('acme', 'table_a');
    const r = plan(['compile', 'acme', '0', '1.0', '--dialect', 'postgres', '--plans', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(compile({ product: 'acme', from: '0', to: '1.0', dialect: 'postgres', plansDir: dir }).sql);
    expect(r.stdout).toContain(FROM_A);
    // The reverse command the header gives finds the plans again.
    // (as the CLI shows a path from where it runs: relative when the two share a top folder, as /tmp does for a clone there)
    expect(r.stdout).toContain(`-- reverse:  npx plan compile acme 1.0 0 --dialect postgres --plans ${displayPath(dir, ROOT)} -o down.sql\n`);
    expect(plan(['catalog', 'acme', '1.0', '--dialect', 'mysql', '--plans', dir]).stdout).toMatch(/^T table_a \| COL id bigint\(20\) NOT NULL$/m);
    expectOneLineError(plan(['compile', 'acme', '0', '1.0', '--dialect', 'postgres']), 2, 'unknown product "acme" (known: authhero, fief, keto, logto, supertokens)');
  });

  it('a --plans directory that does not exist is an error naming it', () => {
    const missing = join(tempPlansDir(), 'nope');
    expectOneLineError(plan(['compile', 'acme', '0', '1.0', '--dialect', 'postgres', '--plans', missing]), 2, `--plans: no such directory: ${missing}`);
  });
});

describe('PLAN_PATH', SLOW, () => {
  it('is searched in order: the first directory holding a product wins; list says where each product comes from', () => {
    const a = productDir('acme', 'table_a');
    const b = productDir('acme', 'table_b');
    const compiled = (planPath: string) => plan(['compile', 'acme', '0', '1.0', '-d', 'postgres'], { planPath }).stdout;
    expect(compiled(`${a}${delimiter}${b}`)).toContain(FROM_A);
    expect(compiled(`${b}${delimiter}${a}`)).toContain(FROM_B);
    const list = plan(['list'], { planPath: `${a}${delimiter}${b}` });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`acme  (acme from table_a)\n  from: ${a} (PLAN_PATH); shadows acme in ${b} (PLAN_PATH)\n`);
    expect(list.stdout).toContain(`supertokens  (SuperTokens core (PostgreSQL and MySQL plugins))\n  from: ${join(ROOT, 'plans')} (bundled)\n`);
    const json = JSON.parse(plan(['list', '--json'], { planPath: `${a}${delimiter}${b}` }).stdout);
    expect(json.products.map((p: { name: string; plansDir: string; origin: string; shadows: string[] }) => [p.name, p.plansDir, p.origin, p.shadows])).toEqual([
      ['acme', a, 'PLAN_PATH', [b]],
      ['authhero', join(ROOT, 'plans'), 'bundled', []],
      ['fief', join(ROOT, 'plans'), 'bundled', []],
      ['keto', join(ROOT, 'plans'), 'bundled', []],
      ['logto', join(ROOT, 'plans'), 'bundled', []],
      ['supertokens', join(ROOT, 'plans'), 'bundled', []],
    ]);
  });

  it('the bundled plans come last: a product of yours shadows a bundled one, and the bundled ones are still found', () => {
    const mine = productDir('supertokens', 'table_a');
    const r = plan(['compile', 'supertokens', '0', '1.0', '-d', 'postgres'], { planPath: mine });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(FROM_A);
    expect(plan(['list'], { planPath: mine }).stdout).toContain(`  from: ${mine} (PLAN_PATH); shadows supertokens in ${join(ROOT, 'plans')} (bundled)\n`);
    const other = productDir('acme', 'table_a');
    const bundled = plan(['compile', 'supertokens', '4.0', '4.1', '-d', 'postgres'], { planPath: other });
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(compile({ product: 'supertokens', from: '4.0', to: '4.1', dialect: 'postgres' }).sql);
  });

  it('--plans comes before PLAN_PATH, which is still searched', () => {
    const a = productDir('acme', 'table_a');
    const b = productDir('acme', 'table_b');
    productDir('other', 'table_b', b);
    expect(plan(['compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', a], { planPath: b }).stdout).toContain(FROM_A);
    expect(plan(['compile', 'other', '0', '1.0', '-d', 'postgres', '--plans', a], { planPath: b }).code).toBe(0);
    expect(plan(['list', '--plans', a], { planPath: b }).stdout).toContain(`  from: ${a} (--plans); shadows acme in ${b} (PLAN_PATH)\n`);
  });

  it('empty entries are ignored; a directory that does not exist is an error naming it (exit 2)', () => {
    const a = productDir('acme', 'table_a');
    expect(plan(['compile', 'acme', '0', '1.0', '-d', 'postgres'], { planPath: `${delimiter}${a}${delimiter}${delimiter}` }).stdout).toContain(FROM_A);
    const missing = join(tempPlansDir(), 'missing');
    for (const args of [['list'], ['compile', 'supertokens', '4.0', '4.1', '-d', 'postgres'], ['build', '--out', tempPlansDir()]]) {
      expectOneLineError(plan(args, { planPath: `${a}${delimiter}${missing}` }), 2, `PLAN_PATH: no such directory: ${missing}`);
    }
  });

  it('a command naming no product acts on your products only (validate, build, check), not on the bundled ones', () => {
    const a = productDir('acme', 'table_a');
    const r = plan(['validate'], { planPath: a });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^acme: 1 plan valid/)]);
    expectOneLineError(plan(['validate'], { planPath: tempPlansDir() }), 2, 'no product in ');
  });
});

describe('plan init, then validate, compile, build, check and verify', SLOW, () => {
  it('scaffolds a product that validates and compiles as it is, with the schema comment for editors', () => {
    const cwd = tempPlansDir();
    const r = plan(['init', 'acme'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created plans/acme/product.yaml\ncreated plans/acme/0-1.0.yaml\nnext: npx plan validate acme --plans plans && npx plan compile acme 0 1.0 --dialect postgres --plans plans\n');
    const dir = join(cwd, 'plans', 'acme');
    expect(readdirSync(dir).sort()).toEqual(['0-1.0.yaml', 'product.yaml']);
    for (const [file, schema] of [['product.yaml', 'product.schema.json'], ['0-1.0.yaml', 'plan.schema.json']]) {
      const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
      const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
      expect(ref, first).toBeDefined();
      expect(resolve(dir, ref!)).toBe(join(ROOT, 'schemas', schema));
    }
    expect(readdirSync(join(cwd, 'plans'))).toEqual(['acme']); // no staging folder left

    const validate = plan(['validate', 'acme', '--plans', 'plans'], { cwd });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^acme: 1 plan valid \(4 scripts compiled across postgres, mysql/);
    for (const dialect of ['postgres', 'mysql']) {
      const c = plan(['compile', 'acme', '0', '1.0', '--dialect', dialect, '--plans', 'plans'], { cwd });
      expect(c.code).toBe(0);
      // Your plans are named relative to the current directory: the same header on every machine.
      expect(c.stdout).toContain('--   plans/acme/0-1.0.yaml ');
    }
  });

  it("the README's worked example: init, a 1.1 that adds a column, validate, compile, build, check", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /<!-- plans of your own: plans\/acme\/1\.0-1\.1\.yaml [^>]*-->\n```yaml\n([\s\S]*?)```\n/.exec(readme);
    expect(shown).not.toBeNull();
    const cwd = tempPlansDir();
    const planPath = join(cwd, 'plans');
    expect(plan(['init', 'acme'], { cwd }).code).toBe(0);
    const productFile = join(cwd, 'plans/acme/product.yaml');
    writeFileSync(productFile, readFileSync(productFile, 'utf8').replace('versions: ["1.0"]', 'versions: ["1.0", "1.1"]'));
    writeFileSync(join(cwd, 'plans/acme/1.0-1.1.yaml'), shown![1]);
    const validate = plan(['validate', 'acme'], { cwd, planPath });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^acme: 2 plans valid/);
    const up = plan(['compile', 'acme', '1.0', '1.1', '--dialect', 'mysql'], { cwd, planPath });
    expect(up.code).toBe(0);
    expect(up.stdout).toContain('ADD COLUMN `price_cents` INT NOT NULL DEFAULT 0');
    // up, down and review.md of 2 plans on 2 dialects, the catalog of 2 versions on each, and the product's lint.txt
    expect(plan(['build'], { cwd, planPath }).stdout).toBe('out/: 17 files written, 0 removed, 0 unchanged\n');
    expect(plan(['check'], { cwd, planPath }).code).toBe(0);
  });

  it("review.md of your own plans: its compile, rollback and regenerate commands find them again (--plans), and run as printed", () => {
    const cwd = tempPlansDir();
    mkdirSync(join(cwd, 'my plans'));
    expect(plan(['init', 'acme', '--plans', 'my plans'], { cwd }).code).toBe(0);
    expect(plan(['build', '--plans', 'my plans'], { cwd }).code).toBe(0);
    const review = readFileSync(join(cwd, 'out/acme/0-1.0/postgres/review.md'), 'utf8');
    const commands = [...review.matchAll(/^(npx plan compile .*) -o (up|down)\.sql$/gm)];
    expect(commands.map((m) => m[2])).toEqual(['up', 'down']);
    for (const [, command, file] of commands) {
      expect(command).toContain(" --plans 'my plans'");
      // As a shell runs it (npx plan is this checkout's CLI here).
      const out = execFileSync('sh', ['-c', command.replace(/^npx plan /, `'${process.execPath}' '${MAIN}' `)], { cwd, encoding: 'utf8' });
      expect(out).toBe(readFileSync(join(cwd, `out/acme/0-1.0/postgres/${file}.sql`), 'utf8'));
    }
    const regenerate = /regenerate it with `(npx plan review [^`]*)`/.exec(review)![1];
    expect(regenerate).toContain(" --plans 'my plans'");
    expect(execFileSync('sh', ['-c', regenerate.replace(/^npx plan /, `'${process.execPath}' '${MAIN}' `)], { cwd, encoding: 'utf8' })).toBe(review);
  });

  it('build writes into out/ of the current directory (or --out), check compares it, never the package', () => {
    const cwd = tempPlansDir();
    mkdirSync(join(cwd, 'myplans'));
    expect(plan(['init', 'acme', '--plans', 'myplans'], { cwd }).code).toBe(0);
    const build = plan(['build', '--plans', 'myplans'], { cwd });
    expect(build.stderr).toBe('');
    // up, down, review.md and catalog on 2 dialects, and lint.txt
    expect(build.stdout).toBe('out/: 9 files written, 0 removed, 0 unchanged\n');
    expect(readdirSync(join(cwd, 'out/acme/catalog'))).toEqual(['mysql', 'postgres']);
    const up = join(cwd, 'out/acme/0-1.0/postgres/up.sql');
    expect(readFileSync(up, 'utf8')).toBe(plan(['compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', 'myplans'], { cwd }).stdout);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['acme']); // only your products, not the bundled ones
    expect(plan(['check', '--plans', 'myplans'], { cwd })).toMatchObject({ code: 0, stdout: 'out/ is up to date\n' });
    // PLAN_PATH does the same as --plans.
    expect(plan(['check'], { cwd, planPath: 'myplans' }).code).toBe(0);

    writeFileSync(up, '-- edited\n');
    writeFileSync(join(cwd, 'out', 'notes.sql'), '-- not ours: never touched\n');
    const stale = plan(['check', '--plans', 'myplans'], { cwd });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe('stale:   out/acme/0-1.0/postgres/up.sql\nout/ is stale (1); run: npx plan build --plans myplans\n');
    expect(plan(['build', '--plans', 'myplans'], { cwd }).stdout).toBe('out/: 1 file written, 0 removed, 8 unchanged\n');
    expect(readFileSync(join(cwd, 'out', 'notes.sql'), 'utf8')).toBe('-- not ours: never touched\n');

    const elsewhere = join(tempPlansDir(), 'sql');
    expect(plan(['build', '--plans', 'myplans', '--out', elsewhere], { cwd }).code).toBe(0);
    expect(existsSync(join(elsewhere, 'acme/0-1.0/mysql/down.sql'))).toBe(true);
    expect(plan(['check', '--plans', 'myplans', '--out', elsewhere], { cwd }).code).toBe(0);
    expectOneLineError(plan(['build', '--plans', 'myplans', '--out', join(cwd, 'no/such/dir')], { cwd }), 2, 'does not exist');

    // From inside the package, your plans' SQL needs --out: the package's out/ is the bundled plans'.
    const before = readdirSync(join(ROOT, 'out'));
    expectOneLineError(plan(['build', '--plans', join(cwd, 'myplans')]), 2, 'pass --out DIR for the SQL of your plans');
    expect(readdirSync(join(ROOT, 'out'))).toEqual(before);
  });

  it('the commands init and check print call the tool one way (npx plan) and quote a folder as one shell word: they run as printed', () => {
    const cwd = tempPlansDir();
    const dir = "my plans's";
    const w = `'my plans'\\''s'`;
    mkdirSync(join(cwd, dir));
    const init = plan(['init', 'acme', '--plans', dir], { cwd });
    expect(init.code).toBe(0);
    const next = init.stdout.trimEnd().split('\n')[2];
    expect(next).toBe(`next: npx plan validate acme --plans ${w} && npx plan compile acme 0 1.0 --dialect postgres --plans ${w}`);
    // Pasted into sh, with `npx plan` standing for this build: each prints what it prints when run directly.
    const sh = (line: string) => spawnSync('sh', ['-c', line.replaceAll('npx plan', `'${process.execPath}' '${MAIN}'`)], { cwd, encoding: 'utf8' });
    const ran = sh(next.slice('next: '.length));
    expect(ran.status).toBe(0);
    expect(ran.stdout).toBe(plan(['validate', 'acme', '--plans', dir], { cwd }).stdout + plan(['compile', 'acme', '0', '1.0', '--dialect', 'postgres', '--plans', dir], { cwd }).stdout);
    expect(plan(['build', '--plans', dir, '--out', 'the sql'], { cwd }).code).toBe(0);
    writeFileSync(join(cwd, 'the sql/acme/0-1.0/postgres/up.sql'), '-- edited\n');
    const stale = plan(['check', '--plans', dir, '--out', 'the sql'], { cwd });
    expect(stale.code).toBe(1);
    const run = /; run: (.*)\n$/.exec(stale.stderr)?.[1];
    expect(run).toBe(`npx plan build --plans ${w} --out 'the sql'`);
    expect(sh(run!).status).toBe(0);
    expect(plan(['check', '--plans', dir, '--out', 'the sql'], { cwd }).code).toBe(0);
  });

  it('no printed command names the tool but through PLAN_COMMAND (src/shell.ts): one form everywhere', () => {
    // A command in a string that names the tool another way (`plan compile --lock-timeout`, `npx plan …` written out)
    // is refused; comments, and the plan schema's descriptions (for plan authors, in their editor), are not printed.
    const own = (f: string) => readFileSync(join(ROOT, 'src', f), 'utf8');
    const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && f !== 'shell.ts');
    const command = /npx plan|(?<![\w./-])plan (compile|build|check|status|detect|review|validate|init|catalog|list|lint) (-|<|\$\{|[a-z0-9]+ [0-9<$])/;
    const found = files.flatMap((f) => own(f).split('\n').map((l, i) => [`src/${f}:${i + 1}`, l] as const)).filter(([, l]) => !/^\s*(\/\/|\*|\/\*\*)/.test(l) && !l.includes('"description":') && command.test(l));
    expect(found.map(([at, l]) => `${at}: ${l.trim()}`)).toEqual([]);
  });

  it('init refuses an existing product and names that are not product names, writing nothing', () => {
    const cwd = tempPlansDir();
    expect(plan(['init', 'acme'], { cwd }).code).toBe(0);
    const product = readFileSync(join(cwd, 'plans/acme/product.yaml'), 'utf8');
    writeFileSync(join(cwd, 'plans/acme/0-1.0.yaml'), '# mine\n');
    expectOneLineError(plan(['init', 'acme'], { cwd }), 2, 'plans/acme exists: plan init never overwrites a product');
    expect(readFileSync(join(cwd, 'plans/acme/product.yaml'), 'utf8')).toBe(product);
    expect(readFileSync(join(cwd, 'plans/acme/0-1.0.yaml'), 'utf8')).toBe('# mine\n');
    for (const name of ['../evil', 'a/b', '..', '.hidden', 'my-app', '']) {
      expectOneLineError(plan(['init', name], { cwd }), 2, 'not a product name: ');
    }
    expect(readdirSync(join(cwd, 'plans'))).toEqual(['acme']);
    expect(readdirSync(cwd)).toEqual(['plans']);
  });

  it('init puts the product in the first PLAN_PATH directory, where the other commands find it', () => {
    const cwd = tempPlansDir();
    const mine = tempPlansDir();
    const r = plan(['init', 'null'], { cwd, planPath: `${mine}${delimiter}${tempPlansDir()}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('next: npx plan validate null && npx plan compile null 0 1.0 --dialect postgres\n');
    expect(readFileSync(join(mine, 'null/product.yaml'), 'utf8')).toContain('product: "null"\n'); // YAML would read null
    expect(plan(['compile', 'null', '0', '1.0', '-d', 'mysql'], { cwd, planPath: mine }).code).toBe(0);
  });

  it('verify --plans on the embedded PostgreSQL', () => {
    const cwd = tempPlansDir();
    expect(plan(['init', 'acme'], { cwd }).code).toBe(0);
    const r = plan(['verify', 'acme', '0', '1.0', '--dialect', 'postgres', '--plans', 'plans', '--json'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(true);
    expect(j.reports.map((x: { product: string; engine: string }) => [x.product, x.engine])).toEqual([['acme', 'pglite']]);
    const all = plan(['verify', '--all', '--dialect', 'postgres', '--json'], { cwd, planPath: join(cwd, 'plans') });
    const reports = JSON.parse(all.stdout).reports as { product: string; from: string; to: string; ok: boolean }[];
    // Only your products, every plan: here the one install plan (a reachable PostgreSQL server adds a run of it).
    expect(new Set(reports.map((x) => `${x.product} ${x.from} ${x.to}`))).toEqual(new Set(['acme 0 1.0']));
    expect(reports.every((x) => x.ok)).toBe(true);
  }, 300_000);
});

/** Every file under `dir`, relative to it, with its text. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out[join(d, e.name).slice(dir.length + 1)] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  walk(dir);
  return out;
}

// Found by a fresh user (session 33), each with the input they ran; "acme" is their product in ./plans.
describe('found by a fresh user: --plans, shadowing, what build removes, paths, check of a missing folder', SLOW, () => {
  it('--plans is repeatable, searched in the order given (then PLAN_PATH, then the bundled plans), on every command (the last one won silently)', () => {
    const cwd = tempPlansDir();
    mkdirSync(join(cwd, 'alt'));
    mkdirSync(join(cwd, 'h'));
    productDir('foo', 'table_a', join(cwd, 'alt'));
    productDir('acme', 'table_a', join(cwd, 'alt'));
    mkdirSync(join(cwd, 'h/plans'));
    productDir('acme', 'table_b', join(cwd, 'h/plans'));
    const list = plan(['list', '--plans', 'alt', '--plans', 'h/plans'], { cwd });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(`foo  (foo from table_a)\n  from: ${join(cwd, 'alt')} (--plans)\n`);
    expect(list.stdout).toContain(`acme  (acme from table_a)\n  from: ${join(cwd, 'alt')} (--plans); shadows acme in ${join(cwd, 'h/plans')} (--plans)\n`);
    // In the order given: the first that has the product wins.
    expect(plan(['compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', 'h/plans', '--plans', 'alt'], { cwd }).stdout).toContain(FROM_B);
    expect(plan(['compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', 'alt', '--plans', 'h/plans'], { cwd }).stdout).toContain(FROM_A);
    // Before PLAN_PATH.
    const later = productDir('bar', 'table_b');
    productDir('foo', 'table_b', later);
    expect(plan(['compile', 'foo', '0', '1.0', '-d', 'postgres', '--plans', 'h/plans', '--plans', 'alt'], { cwd, planPath: later }).stdout).toContain(FROM_A);
    expect(plan(['compile', 'bar', '0', '1.0', '-d', 'postgres', '--plans', 'h/plans', '--plans', 'alt'], { cwd, planPath: later }).code).toBe(0);
    // The commands acting on your products act on those of every --plans directory.
    expect(plan(['validate', '--plans', 'alt', '--plans', 'h/plans'], { cwd }).stdout).toMatch(/^acme: 1 plan valid .*\nfoo: 1 plan valid /);
    expect(plan(['build', '--plans', 'alt', '--plans', 'h/plans'], { cwd }).code).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['acme', 'foo']);
    expect(plan(['check', '--plans', 'alt', '--plans', 'h/plans'], { cwd })).toMatchObject({ code: 0, stdout: 'out/ is up to date\n' });
    // The stale message's command gives both again.
    writeFileSync(join(cwd, 'out/foo/lint.txt'), 'edited\n');
    expect(plan(['check', '--plans', 'alt', '--plans', 'h/plans'], { cwd }).stderr).toContain('run: npx plan build --plans alt --plans h/plans\n');
    // Documented: the option's help on every command that takes it, and the README.
    for (const c of ['list', 'compile', 'review', 'catalog', 'validate', 'lint', 'build', 'check', 'verify', 'detect', 'status', 'completion']) {
      expect(plan([c, '--help']).stdout.replace(/\s+/g, ' '), c).toContain('--plans <dir> a plans directory, searched first (repeatable: searched in the order given;');
    }
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('`--plans DIR` on every command that reads plans, repeatable (`--plans a --plans b`: searched in the order given)');
    // init creates in one directory: a second --plans is refused, not dropped.
    const init = plan(['init', 'baz', '--plans', 'alt', '--plans', 'h/plans'], { cwd });
    expect(init.code).toBe(2);
    expect(init.stderr).toBe('plan: error: --plans given twice (alt, h/plans): give it once (init creates the product in one directory)\n');
    expect(existsSync(join(cwd, 'alt/baz')) || existsSync(join(cwd, 'h/plans/baz'))).toBe(false);
  });

  it('a product of yours that shadows a bundled one is said on stderr by every command that reads it, not only list; never on stdout', () => {
    const cwd = tempPlansDir();
    const shadow = join(cwd, 'shadow');
    mkdirSync(shadow);
    cpSync(join(ROOT, 'plans/supertokens'), join(shadow, 'supertokens'), { recursive: true });
    cpSync(join(ROOT, 'plans/authhero'), join(shadow, 'authhero'), { recursive: true });
    const note = (p: string) => `plan: note: product ${p} comes from ${shadow}, which shadows the bundled one\n`;
    const compile = plan(['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres'], { cwd, planPath: shadow });
    expect(compile.code).toBe(0);
    expect(compile.stderr).toBe(note('supertokens'));
    const json = plan(['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres', '--json'], { cwd, planPath: shadow });
    expect(json.stderr).toBe(note('supertokens'));
    expect(JSON.parse(json.stdout).product).toBe('supertokens');
    const authhero = plan(['catalog', 'authhero', readdirSync(join(shadow, 'authhero')).filter((f) => f.startsWith('0-'))[0].slice(2, -5), '-d', 'mysql'], { cwd, planPath: shadow });
    expect(authhero.stderr).toBe(note('authhero'));
    const validate = plan(['validate', 'authhero', '--json'], { cwd, planPath: shadow });
    expect(validate.code).toBe(0);
    expect(validate.stderr).toBe(note('authhero'));
    expect(JSON.parse(validate.stdout).ok).toBe(true);
    // list says it on stdout, as before; a product that shadows none is not noted.
    expect(plan(['list'], { cwd, planPath: shadow }).stderr).toBe('');
    expect(plan(['compile', 'supertokens', '5.0', '6.0', '-d', 'postgres']).stderr).toBe('');
    // init of a bundled product's name: made (your own plans of it), with a note.
    const init = plan(['init', 'supertokens'], { cwd });
    expect(init.code).toBe(0);
    expect(init.stderr).toBe(`plan: note: product supertokens in ${join(cwd, 'plans')} shadows the bundled one where that directory is searched (--plans, PLAN_PATH); another name keeps both\n`);
    expect(existsSync(join(cwd, 'plans/supertokens/product.yaml'))).toBe(true);
    expect(plan(['init', 'acme'], { cwd }).stderr).toBe('');
  }, 300_000);

  it('build removes stale files only in the folders of the products it builds, and the folders it empties; check agrees; README lists every kind of file', () => {
    const cwd = tempPlansDir();
    expect(plan(['init', 'acme'], { cwd }).code).toBe(0);
    expect(plan(['build', '--plans', 'plans'], { cwd }).code).toBe(0);
    for (const f of ['out/foo/1-2/postgres/up.sql', 'out/acme/9-9/postgres/up.sql']) {
      mkdirSync(join(cwd, f, '..'), { recursive: true });
      writeFileSync(join(cwd, f), '-- old\n');
    }
    const note = 'plan: note: out/foo/ left alone: not a product of the plans searched\n';
    const check = plan(['check', '--plans', 'plans'], { cwd });
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(`${note}extra:   out/acme/9-9/postgres/up.sql\nout/ is stale (1); run: npx plan build --plans plans\n`);
    const build = plan(['build', '--plans', 'plans'], { cwd });
    expect(build).toMatchObject({ code: 0, stdout: 'out/: 0 files written, 1 removed, 9 unchanged\n', stderr: note });
    expect(readFileSync(join(cwd, 'out/foo/1-2/postgres/up.sql'), 'utf8')).toBe('-- old\n');
    expect(existsSync(join(cwd, 'out/acme/9-9'))).toBe(false);
    expect(readdirSync(join(cwd, 'out/acme')).sort()).toEqual(['0-1.0', 'catalog', 'lint.txt']);
    expect(plan(['check', '--plans', 'plans'], { cwd })).toMatchObject({ code: 0, stdout: 'out/ is up to date\n', stderr: note });
    // Every kind of file build writes is in README's list of what it writes or removes.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('Only files of the layout are written or removed there: `<product>/<from>-<to>/<dialect>/{up,down,report}.sql` and `review.md`, `<product>/catalog/<dialect>/<version>.txt` and `<product>/lint.txt`');
    expect(Object.keys(tree(join(cwd, 'out/acme'))).map((f) => f.replace(/^0-1\.0\/[^/]+\//, '<plan>/').replace(/^catalog\/[^/]+\/[^/]+\.txt$/, 'catalog')).sort().filter((f, i, a) => a.indexOf(f) === i)).toEqual(['<plan>/down.sql', '<plan>/review.md', '<plan>/up.sql', 'catalog', 'lint.txt']);
  });

  it('build from a subdirectory (--plans ../plans) names the plans relative to it, not absolute; the same build from two directories writes the same out/', () => {
    const cwd = tempPlansDir();
    expect(plan(['init', 'acme'], { cwd }).code).toBe(0);
    mkdirSync(join(cwd, 'sub'));
    const sub = join(cwd, 'sub');
    expect(plan(['build', '--plans', '../plans'], { cwd: sub }).code).toBe(0);
    const up = readFileSync(join(sub, 'out/acme/0-1.0/postgres/up.sql'), 'utf8');
    expect(up).not.toContain(cwd);
    expect(up).toContain('--   ../plans/acme/0-1.0.yaml ');
    expect(up).toContain('--plans ../plans -o down.sql\n');
    // From the repository and from its subdirectory, into the same out/: the same bytes (named relative to the folder holding out/).
    expect(plan(['build', '--plans', 'plans', '--out', 'out'], { cwd }).code).toBe(0);
    const fromRoot = tree(join(cwd, 'out'));
    expect(fromRoot['acme/0-1.0/postgres/up.sql']).toContain('--   plans/acme/0-1.0.yaml ');
    expect(plan(['check', '--plans', '../plans', '--out', '../out'], { cwd: sub })).toMatchObject({ code: 0, stdout: '../out/ is up to date\n' });
    expect(plan(['build', '--plans', '../plans', '--out', '../out'], { cwd: sub }).stdout).toBe('../out/: 0 files written, 0 removed, 9 unchanged\n');
    expect(tree(join(cwd, 'out'))).toEqual(fromRoot);
    // compile prints what it reads relative to the current directory, with ../.
    expect(plan(['compile', 'acme', '0', '1.0', '-d', 'postgres', '--plans', '../plans'], { cwd: sub }).stdout).toContain('--   ../plans/acme/0-1.0.yaml ');
  });

  it('check --out DIR of a folder that does not exist: one line, not a missing: line per file', () => {
    const cwd = tempPlansDir();
    expect(plan(['init', 'acme'], { cwd }).code).toBe(0);
    const r = plan(['check', '--plans', 'plans', '--out', 'DIR'], { cwd });
    expectOneLineError(r, 1, 'DIR/ does not exist: nothing is built there; run: npx plan build --plans plans --out DIR');
    expect(r.stdout).toBe('');
    expect(JSON.parse(plan(['check', '--plans', 'plans', '--out', 'DIR', '--json'], { cwd }).stdout)).toEqual({ ok: false, stale: ['missing: DIR/'] });
    // Its folder missing too: bad input, as build says.
    expectOneLineError(plan(['check', '--plans', 'plans', '--out', 'no/DIR'], { cwd }), 2, 'no/DIR/ does not exist, nor its folder no');
    expectOneLineError(plan(['build', '--plans', 'plans', '--out', 'no/DIR'], { cwd }), 2, 'does not exist');
  });

  it('plurals: "1 plan valid", "3 rows in 1 table"; verify --dialect sqlite --client cli is labelled sqlite3, not sql.js', () => {
    const cwd = tempPlansDir();
    mkdirSync(join(cwd, 'plans/acme'), { recursive: true });
    const product = (versions: string) => writeFileSync(join(cwd, 'plans/acme/product.yaml'), `product: acme\ntitle: acme\nversions: [${versions}]\ndialects: [postgres, mysql, sqlite]\n`);
    product('"1.0"');
    writeFileSync(join(cwd, 'plans/acme/0-1.0.yaml'), 'product: acme\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: items\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n');
    expect(plan(['validate', '--plans', 'plans'], { cwd }).stdout).toMatch(/^acme: 1 plan valid \(/);
    product('"1.0", "1.1"');
    writeFileSync(join(cwd, 'plans/acme/1.0-1.1.yaml'), 'product: acme\nfrom: "1.0"\nto: "1.1"\nsummary: price\nsteps:\n  - add_column:\n      table: items\n      column: { name: price_cents, type: integer, nullable: false, default: 0 }\n');
    expect(plan(['validate', '--plans', 'plans'], { cwd }).stdout).toMatch(/^acme: 2 plans valid \(/);
    const r = plan(['verify', 'acme', '1.0', '1.1', '--dialect', 'sqlite', '--client', 'cli', '--plans', 'plans'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('plan verify acme 1.0 → 1.1 · sqlite on sqlite3 via command-line client');
    expect(r.stdout).toContain('    note: 3 rows in 1 table\n');
    const driver = plan(['verify', 'acme', '1.0', '1.1', '--dialect', 'sqlite', '--plans', 'plans'], { cwd });
    expect(driver.stdout.split('\n')[0]).toBe('plan verify acme 1.0 → 1.1 · sqlite on sqlite (sql.js) via driver');
  }, 300_000);
});
