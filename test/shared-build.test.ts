// The test files run side by side (vitest: a process per file, files in parallel) and share the project's build:
// dist/ (the CLI they spawn, the product cache), generated/, schemas/ and out/. Found in a full `npm test` run:
// user-faults-j failed with "Cannot find module …/dist/src/cli/main.js" while spawning the CLI, because
// cli-errors' beforeAll ran `tsc -p .` (as did eight other files; cold-start also rewrote dist/cache, install's
// `npm pack` ran the whole build in the project). `npm test` builds first; test/helpers/built.ts (vitest's global
// setup) builds once, before any file, when dist/ is stale; a test of a build step builds in a copy of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

const TEST = join(projectRoot(), 'test');
/** The one file that may build: the global setup, which runs before the test files. */
const SETUP = 'helpers/built.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(path);
    return /\.(ts|mts|mjs|js)$/.test(e.name) ? [path] : [];
  });
}

/** What runs a build step: tsc, the build's scripts, npm run build, npm pack (its prepare builds) in the project. */
const BUILDS: [string, RegExp][] = [
  ['runs tsc', /typescript\/bin\/tsc\b|['"`]tsc['"`]/],
  ['runs a build script of dist/ or scripts/', /dist\/src\/build\/[\w-]+\.js|scripts\/build-schema\.mjs/],
  ['runs npm run build', /['"`]run['"`],\s*['"`]build['"`]|npm run build['"`]/],
  ['runs npm pack in the project (its prepare builds there)', /\[\s*['"`]pack['"`][^\n]*\b(ROOT|projectRoot\(\))/],
];

it('no test file runs a build step in the project while the others run', () => {
  const found: string[] = [];
  for (const file of sources(TEST)) {
    const name = relative(TEST, file);
    if (name === SETUP || name === 'shared-build.test.ts') continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const [what, re] of BUILDS) if (re.test(line)) found.push(`test/${name}:${i + 1}: ${what}`);
    });
  }
  expect(found).toEqual([]);
});
