// The reproductions of review K's findings fixed on branch fix-L, each with the input the reviewer gave.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { validateAll } from '../src/compile/validate.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { PlanError } from '../src/plan/errors.js';
import { describeServer } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

/** A plans directory holding product `name` (product.yaml with `dialects`) and its plans (file name → YAML text). */
function product(name: string, dialects: string, plans: Record<string, string>): string {
  const dir = tempPlansDir();
  writePlanFile(dir, name, 'product.yaml', `product: ${name}\ntitle: ${name}\nversions: ["1.0"]\ndialects: [${dialects}]\n`);
  for (const [f, text] of Object.entries(plans)) writePlanFile(dir, name, f, text);
  return dir;
}

/** The message of the PlanError `validateAll` throws for `name` under `dir`. */
async function validateError(name: string, dir: string): Promise<string> {
  try {
    await validateAll(name, dir);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    return (e as PlanError).message;
  }
  throw new Error('expected plan validate to refuse');
}

// 1. InnoDB's page limit: `first`, then `wide` (a BIGINT key and 40 VARCHAR(63)), fits utf8mb3 and not utf8mb4.
const INNO = {
  '0-1.0.yaml': `product: inno\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: first\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n  - create_table:\n      name: wide\n      columns:\n        - { name: id, type: bigint, nullable: false }\n${Array.from({ length: 40 }, (_, i) => `        - { name: c${i + 1}, type: "varchar(63)" }\n`).join('')}      primary_key: { columns: [id] }\n`,
};

describe("1. MySQL: InnoDB's page limit (Row size too large (> 8126)) feeds the character set check", () => {
  it('plan validate refuses the product without a verify_database character set that fits, naming wide and its bytes on the page', async () => {
    const dir = product('inno', 'mysql', INNO);
    expect(await validateError('inno', dir)).toMatch(/inno\/product\.yaml:1:1: table wide needs a character set of at most 3 bytes per character, such as utf8mb3 \(under utf8mb4 a row of it keeps up to 10,151 bytes on its page, over InnoDB's limit on a row kept on its 16 KB page \(under 8,126 bytes\)\)/);
    writePlanFile(dir, 'inno', 'product.yaml', 'product: inno\ntitle: inno\nversions: ["1.0"]\ndialects: [mysql]\nverify_database:\n  mysql_character_set: utf8mb3\n');
    expect(await validateAll('inno', dir)).toEqual([expect.stringMatching(/^inno: 1 plan valid/)]);
  });

  it('the install checks the character set before its first change', () => {
    const r = compile({ product: 'inno', from: '0', to: '1.0', dialect: 'mysql', plansDir: product('inno', 'mysql', INNO) });
    expect(r.rowSize.map((n) => [n.table, n.most])).toEqual([['wide', 3]]);
    const lines = r.sql.split('\n');
    expect(lines.findIndex((l) => l.startsWith('-- character set: table wide needs a character set of at most 3 bytes per character'))).toBeLessThan(lines.findIndex((l) => l.startsWith('-- =====')));
  });
});

await describeServer("1. InnoDB's page limit on MariaDB, through the mariadb client", 'mysql', (url) => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.close();
  }, 120_000);

  it('a utf8mb4 database: the script stops before any change (first is not created); utf8mb3: it installs', async () => {
    const sql = compile({ product: 'inno', from: '0', to: '1.0', dialect: 'mysql', plansDir: product('inno', 'mysql', INNO) }).sql;
    const s = await openScratch('mysql', { url, mysqlCharacterSet: 'utf8mb4' });
    scratches.push(s);
    const u = new URL(url);
    const run = () => spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), s.name], { input: sql, encoding: 'utf8' });
    const tables = async () => (await s.query<{ t: string }>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1')).map((x) => x.t);
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("plan stopped: utf8mb4 is too wide for table wide: table wide would take this database's default character set, utf8mb4 (4 bytes per character), under which a row of wide keeps up to 10,151 bytes on its page, over InnoDB's limit on a row kept on its 16 KB page (under 8,126 bytes) (error 1118, \"Row size too large\"); it needs utf8mb3 or a narrower one");
    expect(r.stderr).not.toMatch(/ERROR 1118/);
    expect(await tables()).toEqual([]);
    await s.query(`ALTER DATABASE \`${s.name}\` CHARACTER SET utf8mb3`);
    const again = run();
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('plan: inno 0 → 1.0 applied');
    expect(await tables()).toEqual(['first', 'wide']);
  }, 120_000);
});

// 2. A foreign key named like a CHECK of its table.
const FK = (fk: string, checks = '      checks:\n        - { name: c1, expression: "id > 0" }\n') => ({
  '0-1.0.yaml': `product: fk\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: parent\n      columns:\n        - { name: id, type: bigint, nullable: false }\n      primary_key: { columns: [id] }\n  - create_table:\n      name: child\n      columns:\n        - { name: id, type: bigint, nullable: false }\n        - { name: pid, type: bigint }\n      primary_key: { columns: [id] }\n${checks}${fk}`,
});

describe('2. a foreign key or key named like a CHECK of its table is refused at the name', () => {
  it('PostgreSQL: add_foreign_key c1 on child, whose check is c1: plan validate refuses, at the name (the script would drop the check)', async () => {
    const dir = product('fk', 'postgres', FK('  - add_foreign_key: { table: child, name: c1, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateError('fk', dir)).toMatch(/fk\/0-1\.0\.yaml:19:44: add_foreign_key: "c1" is already the name of check child\.c1: a key, a foreign key and a check of one table share its constraint names in postgres \(PostgreSQL\); choose another name$/);
    // Another name passes.
    const ok = product('fk', 'postgres', FK('  - add_foreign_key: { table: child, name: child_pid_fkey, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateAll('fk', ok)).toEqual([expect.stringMatching(/^fk: 1 plan valid/)]);
  });

  it('MySQL (MariaDB error 1826): add_foreign_key, a foreign key of create_table and add_unique named like a check, in any letter case', async () => {
    const add = product('fk', 'mysql', FK('  - add_foreign_key: { table: child, name: C1, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateError('fk', add)).toMatch(/0-1\.0\.yaml:19:44: add_foreign_key: "C1" is in another letter case \(c1\) the name of check child\.c1: MariaDB refuses a foreign key or key named like a check of its table \(error 1826, "Duplicate CHECK constraint name"\); choose another name$/);
    const inTable = product('fk', 'mysql', FK('', '      checks:\n        - { name: c1, expression: "id > 0" }\n      foreign_keys:\n        - { name: c1, columns: [pid], references: { table: parent, columns: [id] } }\n'));
    expect(await validateError('fk', inTable)).toMatch(/0-1\.0\.yaml:\d+:\d+: create_table: "c1" is already the name of check child\.c1: MariaDB refuses/);
    const unique = product('fk', 'mysql', FK('  - add_unique: { table: child, name: c1, columns: [pid] }\n'));
    expect(await validateError('fk', unique)).toMatch(/0-1\.0\.yaml:19:\d+: add_unique: "c1" is already the name of check child\.c1: MariaDB refuses/);
  });
});
