#!/usr/bin/env node
// Command-line wiring only: parse, call, print, exit code.
import { Command, Option } from 'commander';
import { PlanError } from '../plan/errors.js';
import { toolVersion } from '../paths.js';
import { resolve } from 'node:path';
import { predictCatalog } from '../compile/compile.js';
import { compileChecked } from '../compile/checked.js';
import { listProducts, loadProduct } from '../plan/load.js';
import { buildOut, checkOut } from '../compile/out.js';
import { validateAll } from '../compile/validate.js';
import { writeAtomically } from './write.js';
import type { VerifyOptions } from './verify.js';

const program = new Command('plan')
  .description('Compile declarative migration plans into guarded, re-runnable SQL')
  .version(toolVersion())
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

const collect = (v: string, prev: string[]) => [...prev, v];

program
  .command('list')
  .description('products, their versions, and the dialects each supports')
  .action(() => {
    for (const name of listProducts()) {
      const p = loadProduct(name);
      const installs = p.plans.filter((x) => x.plan.from === '0').map((x) => x.plan.to);
      console.log(`${name}  (${p.product.title})`);
      console.log(`  versions: 0, ${p.product.versions.join(', ')}`);
      console.log(`  dialects: ${p.product.dialects.join(', ')}`);
      console.log(`  install plans at: ${installs.join(', ') || 'none'}; upgrade plans: ${p.plans.length - installs.length}`);
      for (const [k, s] of Object.entries(p.product.parameters ?? {})) {
        console.log(`  --param ${k}=<${s.type}${s.values ? ': ' + s.values.join('|') : ''}> (default ${s.default ?? 'none'}): ${s.description.replace(/\s+/g, ' ')}`);
      }
    }
  });

program
  .command('compile')
  .description('SQL that takes a database from one version to another (swap the versions for the rollback; 0 is the empty database)')
  .argument('<product>')
  .argument('<from>')
  .argument('<to>')
  .addOption(new Option('-d, --dialect <dialect>', 'target dialect: postgres or mysql').makeOptionMandatory())
  .option('-p, --param <name=value>', 'a plan parameter (repeatable)', collect, [])
  .option('-o, --output <file>', 'write to a file instead of standard output (nothing is written when compilation fails)')
  .action(async (product: string, from: string, to: string, o: { dialect: string; param: string[]; output?: string }) => {
    const r = await compileChecked({ product, from, to, dialect: o.dialect, params: o.param });
    if (o.output) writeAtomically(o.output, r.sql);
    else process.stdout.write(r.sql);
  });

program
  .command('catalog')
  .description('the schema catalog the plans predict for a version (same format as the catalog queries)')
  .argument('<product>')
  .argument('<version>')
  .addOption(new Option('-d, --dialect <dialect>', 'target dialect: postgres or mysql').makeOptionMandatory())
  .option('-p, --param <name=value>', 'a plan parameter (repeatable)', collect, [])
  .action((product: string, version: string, o: { dialect: string; param: string[] }) => {
    process.stdout.write(predictCatalog({ product, version, dialect: o.dialect, params: o.param }).join('\n') + '\n');
  });

program
  .command('validate')
  .description('check every plan under plans/: schema, version chain, model rules, rollback, for every dialect and parameter choice')
  .argument('[product]')
  .option('--plans <dir>', 'the plans directory to check (default: the project\'s plans/)')
  .action(async (product: string | undefined, o: { plans?: string }) => {
    const report = await validateAll(product, o.plans === undefined ? undefined : resolve(o.plans));
    for (const line of report) console.log(line);
  });

program
  .command('build')
  .description('write out/<product>/<from>-<to>/<dialect>/{up,down}.sql for every plan')
  .action(() => {
    const r = buildOut();
    console.log(`out/: ${r.written} file${r.written === 1 ? '' : 's'} written, ${r.removed} removed, ${r.unchanged} unchanged`);
  });

program
  .command('check')
  .description('fail when out/ differs from what `plan build` would write')
  .action(() => {
    const stale = checkOut();
    if (stale.length) {
      for (const s of stale) console.error(s);
      console.error(`out/ is stale (${stale.length}); run: npx plan build`);
      process.exitCode = 1;
    } else console.log('out/ is up to date');
  });

program
  .command('verify')
  .description('apply a plan to a real engine: twice, after a crash at each sampled statement, against a fresh install, then roll it back')
  .argument('[product]')
  .argument('[from]')
  .argument('[to]')
  .addOption(new Option('-d, --dialect <dialect>', 'target dialect: postgres or mysql'))
  .option('-p, --param <name=value>', 'a plan parameter (repeatable)', collect, [])
  .option('--url <url>', 'server to work on (a scratch database is created and dropped); without it PostgreSQL runs embedded (PGlite)')
  .addOption(new Option('--client <client>', 'apply through the drivers or the command-line clients (psql, mariadb)').choices(['driver', 'cli']).default('driver'))
  .option('--exhaustive', 'crash test at every statement boundary instead of a sample')
  .option('--all', 'every plan of every product, on every dialect and engine that is reachable')
  .option('--json', 'print the result as JSON')
  .action(async (product: string | undefined, from: string | undefined, to: string | undefined, o: VerifyOptions) => {
    const { runVerify } = await import('./verify.js');
    process.exitCode = await runVerify(product, from, to, o);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof PlanError) {
    process.stderr.write(`plan: error: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}
