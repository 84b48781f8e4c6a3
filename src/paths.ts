import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root (where package.json, plans/, templates/ and schemas/ live), from src/ or dist/src/. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('plan: cannot find the package root');
    dir = up;
  }
  root = dir;
  return dir;
}

export function toolVersion(): string {
  return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version;
}

/**
 * A file as messages and headers name it: relative to the package root when inside it (the bundled plans:
 * `plans/supertokens/…` wherever the tool runs from), else relative to the current directory when inside it (your
 * plans, run from your repository: the same header on every machine), else absolute.
 */
export function displayPath(file: string): string {
  const inside = (base: string) => {
    const rel = relative(base, file);
    return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
  };
  return (inside(projectRoot()) ?? inside(process.cwd()) ?? file).split('\\').join('/');
}
