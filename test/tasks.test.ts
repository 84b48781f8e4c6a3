// The batch commands run their work in a worker thread with a bounded heap (src/cli/tasks.ts). What it gives must
// be what the same work gives on the main thread, errors included, and a task that outgrows the bound still runs.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkOut } from '../src/compile/out.js';
import { projectRoot } from '../src/paths.js';
import { PlanError } from '../src/plan/errors.js';
import { FIXTURE_PLANS, fixtureCopy, tempPlansDir } from './helpers/plans.js';
import { writeFileSync } from 'node:fs';

// The built module (its worker is a file of dist/): `npm test` builds first.
const tasks = () => import(pathToFileURL(join(projectRoot(), 'dist/src/cli/tasks.js')).href) as Promise<typeof import('../src/cli/tasks.js')>;

describe('tasks in a worker with a bounded heap', { timeout: 300_000 }, () => {
  it('check gives what it gives on the main thread', async () => {
    const { runBounded } = await tasks();
    const out = tempPlansDir();
    const products = [{ name: 'fixture', plansDir: FIXTURE_PLANS }];
    const stale = await runBounded({ kind: 'check', outDir: out, products });
    expect(stale.length).toBeGreaterThan(0);
    expect(stale).toEqual(checkOut(out, products));
  });

  it('a PlanError of the task is thrown as a PlanError, with its message and location', async () => {
    const { runBounded } = await tasks();
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'fixture', '1.0-1.1.yaml'), 'product: fixture\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n  - drop_table: { name: no_such_table }\n');
    const e = await runBounded({ kind: 'validate', products: [{ name: 'fixture', plansDir: dir }] }).catch((x: unknown) => x);
    // (the class of the built module, which is not the one vitest loads from src/)
    expect((e as Error).name).toBe('PlanError');
    expect((e as Error).constructor.name).toBe('PlanError');
    expect((e as Error).message).toMatch(/1\.0-1\.1\.yaml:\d+:\d+: .*no_such_table/);
    expect((e as PlanError).pos?.file).toMatch(/1\.0-1\.1\.yaml$/);
  });

  it('a task that runs out of the bounded heap runs again on the main thread, and gives the same', async () => {
    const { runBounded } = await tasks();
    const products = [{ name: 'fixture', plansDir: FIXTURE_PLANS }];
    const report = await runBounded({ kind: 'validate', products }, { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 1 });
    expect(report).toEqual(await runBounded({ kind: 'validate', products }));
    expect(report[0]).toMatch(/^fixture: \d+ plans valid/);
  });
});
