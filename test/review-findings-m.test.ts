// Faults a review of the stop-34 changes found (each with the input it was shown with):
// - a --url whose parts are not valid percent-encoding, or that is no URL, was an internal error (exit 1);
// - `-o /dev/stdout` into a pipe whose reader stops early was an error line and exit 2, where `-o -` stops quietly (141);
// - the row-size check's comment gave one figure for all its tables;
// - numbers in scripts were grouped by toLocaleString, whose output depends on the ICU data Node was built with.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { grouped } from '../src/plural.js';
import { projectRoot } from '../src/paths.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

const CLI = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('a --url that cannot be read: one line naming the part, exit 2, nothing connected', () => {
  const cases: [string, string][] = [
    ['postgres://postgres@127.0.0.1:5432/%E0%A4', 'plan: error: --url postgres://postgres@127.0.0.1:5432/%E0%A4: its database name is not valid percent-encoding (each % starts an escape %XX of UTF-8 bytes; a % itself is written %25)\n'],
    ['postgres://po%zzstgres@127.0.0.1:5432/test', 'plan: error: --url postgres://po%zzstgres@127.0.0.1:5432/test: its user name is not valid percent-encoding (each % starts an escape %XX of UTF-8 bytes; a % itself is written %25)\n'],
    // (the password is hidden in the message)
    ['mysql://root:a%b@127.0.0.1:3306/x', 'plan: error: --url mysql://root:***@127.0.0.1:3306/x: its password is not valid percent-encoding (each % starts an escape %XX of UTF-8 bytes; a % itself is written %25)\n'],
    ['postgres://postgres@[bad:5432/test', 'plan: error: --url postgres://postgres@[bad:5432/test: not a URL the WHATWG URL parser reads (expected postgres://user@host:5432/db, mysql://user@host:3306/db or sqlite:<file>; in a password, write / ? # @ : % as %2F %3F %23 %40 %3A %25)\n'],
    ['sqlite:/tmp/%E0%A4.db', 'plan: error: --url sqlite:/tmp/%E0%A4.db: its file name is not valid percent-encoding (each % starts an escape %XX of UTF-8 bytes; a % itself is written %25)\n'],
  ];
  for (const [url, message] of cases) {
    it(`${url}: detect <product>, detect, status and verify`, () => {
      for (const args of [['detect', 'supertokens', '--url', url], ['detect', '--url', url], ['status', 'supertokens', '--url', url], ['verify', 'supertokens', '5.0', '6.0', '--url', url]]) {
        const r = plan(...args);
        expect({ args, stderr: r.stderr, status: r.status }).toEqual({ args, stderr: message, status: 2 });
        expect(r.stdout).toBe('');
      }
    });
  }
});

describe('-o naming standard output itself (/dev/stdout) is written as -o - is', () => {
  it('a reader that stops early: a quiet stop with 141, as -o - gives', () => {
    for (const o of ['/dev/stdout', '-']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" compile supertokens 0 11.3 --dialect postgres -o ${o} | head -c 10; echo " status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      expect({ o, stdout: r.stdout, stderr: r.stderr }).toEqual({ o, stdout: '-- plan 0. status=141\n', stderr: '' });
    }
  });

  it('a reader that reads it all gets the same bytes as without -o', () => {
    const whole = plan('compile', 'supertokens', '0', '11.3', '--dialect', 'postgres').stdout;
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" compile supertokens 0 11.3 --dialect postgres -o /dev/stdout | cat`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(whole);
  });
});

describe("the row-size check's comment: each table's own figure", () => {
  it('items (fits 3 bytes per character) and other (fits 2): the comment says so for each', () => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'w2', 'product.yaml', 'product: w2\ntitle: w2\nversions: ["1.0", "1.1"]\ndialects: [postgres, mysql]\nverify_database: { mysql_character_set: ucs2 }\n');
    const col = (name: string, type: string) => `        - { name: ${name}, type: "${type}" }\n`;
    writePlanFile(dir, 'w2', '0-1.0.yaml', `product: w2\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: items\n      columns:\n        - { name: id, type: bigint, nullable: false }\n${col('a', 'varchar(5000)')}${col('b', 'varchar(5000)')}${col('c', 'varchar(5000)')}      primary_key: { columns: [id] }\n`);
    writePlanFile(dir, 'w2', '1.0-1.1.yaml', `product: w2\nfrom: "1.0"\nto: "1.1"\nsummary: up\nsteps:\n  - add_column:\n      table: items\n      column: { name: e, type: "varchar(2000)" }\n  - create_table:\n      name: other\n      columns:\n        - { name: id, type: bigint, nullable: false }\n${col('a', 'varchar(12000)')}${col('b', 'varchar(12000)')}      primary_key: { columns: [id] }\n`);
    const { sql } = compile({ product: 'w2', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir });
    expect(sql).toContain(
      "-- character set: for their rows to fit (MySQL's row size limit of 65,535 bytes), table items needs a character set of at most 3 bytes per character, table other needs a character set of at most 2 bytes per character: the script stops before any change when one would take a wider one\n",
    );
  });
});

describe('numbers grouped by thousands, the same on every machine', () => {
  it('grouped: by hand, not by the ICU data Node was built with', () => {
    expect([0, 7, 999, 1000, 65535, 76939, 1234567, -65535].map(grouped)).toEqual(['0', '7', '999', '1,000', '65,535', '76,939', '1,234,567', '-65,535']);
    expect(grouped(10n ** 12n)).toBe('1,000,000,000,000');
  });

  it('no source file formats or orders by locale (toLocaleString, localeCompare, Intl)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) readFileSync(p, 'utf8').split('\n').forEach((line, i) => /toLocale\w*String|localeCompare|\bIntl\./.test(line) && offenders.push(`${p}:${i + 1}`));
      }
    };
    walk(join(projectRoot(), 'src'));
    expect(offenders).toEqual([]);
  });
});
