import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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

let displayBase: string | undefined;

/**
 * Runs `fn` with the files of plans named relative to `base` instead of the current directory: `plan build` and
 * `plan check` name them relative to the folder holding the out directory, so that the same build run from two
 * directories (`--plans plans --out out` from the repository, `--plans ../plans --out ../out` from a subdirectory)
 * writes the same bytes.
 */
export function withDisplayBase<T>(base: string, fn: () => T): T {
  const before = displayBase;
  displayBase = base;
  try {
    return fn();
  } finally {
    displayBase = before;
  }
}

/**
 * A file as messages and headers name it: relative to the package root when inside it (the bundled plans:
 * `plans/supertokens/…` wherever the tool runs from), else relative to `base` (the current directory, or the folder
 * holding out/ in `plan build` and `plan check`: see withDisplayBase), climbing with `..` where needed (your plans,
 * run from your repository or a subdirectory of it: the same header on every machine), else, when the two share no
 * folder but the file-system root (or a drive), absolute.
 */
export function displayPath(file: string, base: string = displayBase ?? process.cwd()): string {
  const inside = (dir: string) => {
    const rel = relative(dir, file);
    return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
  };
  const top = (p: string) => resolve(p).split(sep).filter(Boolean)[0];
  const near = () => {
    const rel = relative(base, file);
    return !isAbsolute(rel) && top(base) !== undefined && top(base) === top(file) ? rel || '.' : undefined;
  };
  return (inside(projectRoot()) ?? near() ?? file).split('\\').join('/');
}
