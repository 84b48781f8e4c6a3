// Found in review: `plan validate` refuses a plan whose rollback is impossible (a step with no inverse the compiler
// can derive, which states none: "cannot roll back 1.0 → 1.1 through its step 2/2 (drop column t.c): dropping column t.c
// loses its values; …"), but `plan compile demo 1.1 1.0` of the same plans said "parameter owner has no default: pass
// --param owner=…" when the plan also reads a parameter with no default: the DBA was asked for a value, only to be
// told, once it was given, that there is no rollback. A rollback refused whatever the parameters' values is now
// refused first, with validate's one line (file:line:column), exit code 2 and no file written with -o. The same for a
// step that says `irreversible:` (validate takes that as the plan's answer for that direction; compile refuses it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');

function plan(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


const PRODUCT = `product: demo
title: Demo
versions: ["1.0", "1.1"]
dialects: [postgres, mysql, sqlite]
parameters:
  owner:
    type: string
    example: alice
    description: the owner of the row
`;
const INSTALL = `product: demo
from: "0"
to: "1.0"
summary: t
steps:
  - create_table:
      name: t
      columns:
        - { name: id, type: integer, nullable: false }
        - { name: c, type: text }
      primary_key: { columns: [id] }
`;

/** A product whose 1.0 → 1.1 inserts a row with the parameter `owner` (no default), then `drop` (a step's YAML). */
function product(drop: string): { dir: string; file: string } {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', PRODUCT);
  writePlanFile(dir, 'demo', '0-1.0.yaml', INSTALL);
  const file = writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: drop c\nsteps:\n  - insert: { table: t, rows: [{ id: 1, c: { param: owner } }] }\n${drop}`);
  return { dir, file };
}

describe('plan compile refuses an impossible rollback as plan validate does', { timeout: 240_000 }, () => {
  const cases: [string, string, (file: string) => string][] = [
    [
      'a step with no inverse (drop_column)',
      '  - drop_column: { table: t, column: c }\n',
      (file) => `plan: error: ${file}:7:18: cannot roll back 1.0 → 1.1 through its step 2/2 (drop column t.c): dropping column t.c loses its values; give the step an inverse or mark it irreversible\n`,
    ],
    [
      'a step whose inverse cannot restore the data (delete_where)',
      '  - delete_where: { table: t, where: { column: id, equals: 1 } }\n',
      (file) => `plan: error: ${file}:7:19: cannot roll back 1.0 → 1.1 through its step 2/2 (delete rows of t where id matches): rows deleted from t cannot be restored: give the step an inverse: (the rows to insert again, or [] when none can come back)\n`,
    ],
  ];
  for (const [name, drop, message] of cases) {
    it(name, () => {
      const { dir, file } = product(drop);
      const validate = plan(['validate', '--plans', dir]);
      expect(validate.stderr).toBe(message(file));
      expect(validate.code).toBe(2);
      for (const dialect of ['postgres', 'mysql', 'sqlite']) {
        const out = join(tempPlansDir(), 'down.sql');
        // Without the parameter (it was: "parameter owner has no default"), and with it: the same line.
        for (const extra of [[], ['--param', 'owner=bob']]) {
          const r = plan(['compile', 'demo', '1.1', '1.0', '--plans', dir, '--dialect', dialect, ...extra, '-o', out]);
          expect(r.stderr).toBe(message(file));
          expect(r.code).toBe(2);
          expect(r.stdout).toBe('');
          expect(existsSync(out)).toBe(false);
        }
      }
      // The upgrade still asks for the parameter it reads.
      const up = plan(['compile', 'demo', '1.0', '1.1', '--plans', dir, '--dialect', 'postgres']);
      expect(up.stderr).toBe('plan: error: parameter owner has no default: pass --param owner=… (the owner of the row)\n');
      expect(up.code).toBe(2);
    });
  }

  it('a step that says irreversible: validate takes it as the plan\'s answer, compile refuses the rollback with it first', () => {
    const { dir, file } = product('  - drop_column: { table: t, column: c }\n    irreversible: the values of c are gone\n');
    const validate = plan(['validate', '--plans', dir]);
    expect(validate.code).toBe(0);
    const out = join(tempPlansDir(), 'down.sql');
    const r = plan(['compile', 'demo', '1.1', '1.0', '--plans', dir, '--dialect', 'postgres', '-o', out]);
    expect(r.stderr).toBe(`plan: error: ${file}:7:18: cannot roll back 1.0 → 1.1 through its step 2/2 (drop column t.c): irreversible: the values of c are gone\n`);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('a rollback that is possible still asks for the parameter it reads', () => {
    const { dir } = product('  - drop_column: { table: t, column: c }\n    inverse: [{ add_column: { table: t, column: { name: c, type: text } } }]\n');
    expect(plan(['validate', '--plans', dir]).code).toBe(0);
    const r = plan(['compile', 'demo', '1.1', '1.0', '--plans', dir, '--dialect', 'postgres']);
    // The rollback replays the upgrade first (its insert reads owner): the question stays the parameter's.
    expect(r.stderr).toBe('plan: error: parameter owner has no default: pass --param owner=… (the owner of the row)\n');
    expect(r.code).toBe(2);
  });
});
