// Issue #8: dialect knowledge lives in src/dialects/ only. The model, the compiler and the operations ask the
// dialect (its syntax, catalog, guards, script and rules), never which dialect it is: a comparison with a dialect's
// name there is a fact about an engine in the wrong place (the check: grep for name === 'mysql').
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

/** Every .ts file under `dir`, relative to the project root. */
function sources(dir: string): string[] {
  return readdirSync(join(projectRoot(), dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
}

/** `file:line: text` of each line of `files` that tests a dialect's name (=== / !== a name, or a case of one). */
function dialectNameTests(files: string[], read = (f: string) => readFileSync(join(projectRoot(), f), 'utf8')): string[] {
  const test = /[!=]==\s*['"](mysql|postgres|sqlite)['"]|['"](mysql|postgres|sqlite)['"]\s*[!=]==|case\s+['"](mysql|postgres|sqlite)['"]\s*:/;
  return files.flatMap((f) => read(f).split('\n').flatMap((line, i) => (test.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
}

describe('no dialect-name tests outside src/dialects/', () => {
  it('src/model, src/compile and src/operations hold none', () => {
    const files = ['src/model', 'src/compile', 'src/operations'].flatMap(sources);
    expect(files.length).toBeGreaterThan(40);
    expect(dialectNameTests(files)).toEqual([]);
  });

  it('the check finds the kind of line it is for (the line issue #8 found in compile.ts)', () => {
    const found = dialectNameTests(['a.ts'], () => "const w = d.name === 'mysql' ? 'database' : 'schema';\nswitch (x) {\n  case 'sqlite':\n}\nif ('postgres' !== dialect) {}\nconst ok = d.script.placeWord;\n");
    expect(found).toEqual(["a.ts:1: const w = d.name === 'mysql' ? 'database' : 'schema';", "a.ts:3: case 'sqlite':", "a.ts:5: if ('postgres' !== dialect) {}"]);
  });
});
