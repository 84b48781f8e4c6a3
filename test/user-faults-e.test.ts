// Faults a fresh user (a DBA) found (helper E's batch), each with its exact input and the right value:
// 1. after a crash, plan status's backup line named the file of the clean pre-upgrade backup (authhero-11.20-before.sql,
//    fief-0.27-before.dump): following it overwrote the only copy of the version the script started from;
// 2. AuthHero's header (and plan status) said to back up with no word on stopping the writers first;
// 3. the header's apply line said up.sql whatever -o named (-o cleanup.sql);
// 4. the header's checksum loop, run in the wrong folder, printed the digest of empty input (it looked like tampering);
// 5. a second run of AuthHero 11.20 → 11.21 on MariaDB printed "applied", where every other script says "nothing to do";
// 6. plan status --schema 'Fïef main' printed a psql command that ran the script in public.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { formatStatus } from '../src/detect/format.js';
import { status } from '../src/detect/status.js';
import { DEFAULT_STOP } from '../src/compile/header.js';
import { DEFAULT_TIMEOUTS } from '../src/dialects/dialect.js';
import { getDialect } from '../src/dialects/index.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { loadProduct } from '../src/plan/load.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const MAIN = join(projectRoot(), 'dist/src/cli/main.js');
const plan = (args: string[], cwd = projectRoot()) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const sh = (command: string, cwd: string) => {
  const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const headerOf = (sql: string) => sql.slice(0, sql.indexOf('\n\n')).split('\n');
const FIEF_WS = '08e952f1-8a79-4672-99f8-ea6919cd4692';
const temps: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'plan-faults-e-'));
  temps.push(d);
  return d;
};
const scratches: Scratch[] = [];
afterAll(async () => {
  for (const s of scratches) await s.close().catch(() => undefined);
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
/** A server URL pointing at a scratch database (its name is the database). */
const urlOf = (server: string, s: Scratch) => {
  const u = new URL(server);
  u.pathname = `/${s.name}`;
  return u.toString();
};
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Runs the first `k` statements of a script one by one (after a PostgreSQL script's transaction opening): a crash there. */
async function stopAfter(s: Scratch, r: ReturnType<typeof compile>, k: number): Promise<void> {
  const skip = r.dialect.script.transactional ? r.dialect.script.timeouts(DEFAULT_TIMEOUTS, false).transaction.length : 0;
  await s.execStatements(r.statements.slice(skip, skip + k));
}
/** The line of plan status's text output that starts with `prefix`. */
const lineOf = (out: string, prefix: string) => out.split('\n').find((l) => l.startsWith(prefix));

// 1. The repro: take the backup plan status gives at 11.20 (the header's name), crash the script half-way, run plan
// status again and follow its backup line in the same folder: the first backup must be left as it was.
describe('1. after a crash, the backup line never overwrites the backup taken before the script', async () => {
  const cases = [
    { dialect: 'mysql' as const, product: 'authhero', from: '11.20', to: '11.21', params: [] as string[], cut: 200, ext: 'sql', open: { mysqlCharacterSet: 'utf8mb3' } },
    { dialect: 'postgres' as const, product: 'fief', from: '0.27', to: '0.28', params: [`workspace_id=${FIEF_WS}`], cut: 20, ext: 'dump', open: {} },
  ];
  for (const c of cases) {
    await describeServer(`${c.product} ${c.from} → ${c.to} on ${c.dialect}, stopped after ${c.cut} statements`, c.dialect, (server) => {
      it('status names a backup of its own and says to keep the first', async () => {
        const s = await openScratch(c.dialect, { url: server, ...c.open });
        scratches.push(s);
        await s.execScript(compile({ product: c.product, from: '0', to: c.from, dialect: c.dialect, params: c.params }).sql);
        const url = urlOf(server, s);
        const paramArgs = c.params.flatMap((p) => ['--param', p]);
        const dir = tempDir();
        // Before the script: the header's backup (status gives it with the connection filled in).
        const before = plan(['status', c.product, '--url', url, ...paramArgs]);
        const clean = `${c.product}-${c.from}-before.${c.ext}`;
        const first = lineOf(before.stdout, 'backup then: ')!;
        expect(first).toContain(` && mv ${clean}.partial ${clean} `);
        expect(sh(first.slice('backup then: '.length).replace(/ {3}\(.*$/, '').replace(/^mysqldump /, 'mariadb-dump '), dir).code).toBe(0);
        const cleanSha = sha(join(dir, clean));
        // The crash half-way.
        await stopAfter(s, compile({ product: c.product, from: c.from, to: c.to, dialect: c.dialect, params: c.params }), c.cut);
        const after = plan(['status', c.product, '--url', url, ...paramArgs]);
        expect(after.stdout).toContain(`between ${c.from} and ${c.to}: resume with the ${c.from} → ${c.to} script\n`);
        const stopped = `${c.product}-between-${c.from}-${c.to}-stopped.${c.ext}`;
        const second = lineOf(after.stdout, 'backup then: ')!;
        expect(second).toContain(`--${c.dialect === 'mysql' ? 'result-file' : 'file'}=${stopped}.partial `);
        expect(second).toContain(` && mv ${stopped}.partial ${stopped} `);
        expect(second).not.toContain(clean);
        expect(lineOf(after.stdout, 'keep: ')).toBe(`keep: ${clean}, the backup taken before the script began, is the one that restores ${c.from}; the backup above, of the database as the script left it, is named apart and does not overwrite it`);
        // Followed in the same folder: both files, the first unchanged.
        expect(sh(second.slice('backup then: '.length).replace(/ {3}\(.*$/, '').replace(/^mysqldump /, 'mariadb-dump '), dir).code).toBe(0);
        expect(readdirSync(dir).sort()).toEqual([clean, stopped].sort());
        expect(sha(join(dir, clean))).toBe(cleanSha);
        const j = JSON.parse(plan(['status', c.product, '--url', url, ...paramArgs, '--json']).stdout);
        expect(j.status.keep).toEqual({ file: clean, restores: c.from });
      }, 600_000);
    });
  }
});

describe('2. every header and status: stop the writers first, then the backup', () => {
  it('AuthHero: its own stop line, before the backup, on both dialects', () => {
    for (const dialect of ['mysql', 'sqlite']) {
      const h = headerOf(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect }).sql);
      expect(h[2]).toBe('-- stop:     first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)');
      expect(h[3]).toMatch(/^-- backup: {3}then: /);
    }
  });

  it('plan status for AuthHero: the stop line, then the backup', () => {
    const detected = detect({ product: 'authhero', dialect: 'mysql', found: predictCatalog({ product: 'authhero', version: '11.20', dialect: 'mysql' }) });
    const st = status({ detected });
    const text = formatStatus(detected, st, 'mariadb 127.0.0.1:3306/auth').split('\n');
    const at = text.findIndex((l) => l.startsWith('stop first'));
    expect(text[at]).toBe('stop first, before the backup: every AuthHero process that writes to this database (its migrator must not run before this script)');
    expect(text[at + 1]).toMatch(/^backup then: mysqldump .*--result-file=authhero-11\.20-before\.sql\.partial /);
  });

  it('every product, every upgrade and rollback: a stop line, then the backup', () => {
    for (const product of ['authhero', 'fief', 'keto', 'logto', 'supertokens']) {
      const p = loadProduct(product).product;
      const [a, b] = p.versions.slice(0, 2);
      if (b === undefined) continue;
      for (const [from, to] of [[a, b], [b, a]]) {
        const params = product === 'fief' ? [`workspace_id=${FIEF_WS}`] : product === 'keto' ? ['namespaces=files:1'] : [];
        let sql: string;
        try {
          sql = compile({ product, from, to, dialect: p.dialects[0], params, examples: true }).sql;
        } catch (e) {
          if (/irreversible|IRREVERSIBLE|cannot be rolled back/i.test(String(e))) continue;
          throw e;
        }
        const h = headerOf(sql);
        const stop = h.findIndex((l) => l.startsWith('-- stop:     first, before the backup: '));
        expect(stop, `${product} ${from} → ${to}`).toBeGreaterThan(0);
        expect(h[stop + 1], `${product} ${from} → ${to}`).toMatch(/^-- backup: {3}then: /);
      }
    }
  });

  it('a product whose file names nothing to stop: the writers, in general', () => {
    // test/fixtures/plans/fixture/product.yaml has no procedure:.
    const plans = join(projectRoot(), 'test/fixtures/plans');
    expect(loadProduct('fixture', plans).product.procedure).toBeUndefined();
    const h = headerOf(compile({ product: 'fixture', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: plans }).sql);
    expect(h[2]).toBe(`-- stop:     first, before the backup: ${DEFAULT_STOP}`);
    expect(DEFAULT_STOP).toBe('every application that writes to this database (its product file names none)');
    expect(h[3]).toMatch(/^-- backup: {3}then: pg_dump /);
  });
});

describe('3. the apply line names the file -o wrote', () => {
  it('plan compile fief 0.28 0.28-cleanup … -o cleanup.sql applies cleanup.sql', () => {
    const dir = tempDir();
    const r = plan(['compile', 'fief', '0.28', '0.28-cleanup', '--dialect', 'postgres', '--param', `workspace_id=${FIEF_WS}`, '-o', 'cleanup.sql'], dir);
    expect(r.code, r.stderr).toBe(0);
    const h = headerOf(readFileSync(join(dir, 'cleanup.sql'), 'utf8'));
    expect(h.find((l) => l.startsWith('-- apply:'))).toBe('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f cleanup.sql');
  });

  it('the reverse command writes a file of its own name, which its header applies', () => {
    const dir = tempDir();
    expect(plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mysql', '-o', 'st 6.sql'], dir).code).toBe(0);
    const h = headerOf(readFileSync(join(dir, 'st 6.sql'), 'utf8'));
    expect(h.find((l) => l.startsWith('-- apply:'))).toBe("-- apply:    mysql DATABASE < 'st 6.sql'  (or: mariadb DATABASE < 'st 6.sql')");
    const reverse = h.find((l) => l.startsWith('-- reverse:'))!;
    expect(reverse).toBe("-- reverse:  npx plan compile supertokens 6.0 5.0 --dialect mysql -o 'st 6-reverse.sql'");
    // An upgrade written as down.sql: its reverse never overwrites it.
    expect(plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'mysql', '-o', 'down.sql'], dir).code).toBe(0);
    expect(headerOf(readFileSync(join(dir, 'down.sql'), 'utf8')).find((l) => l.startsWith('-- reverse:'))).toMatch(/ -o down-reverse\.sql$/);
    // The default names stay the pair they were.
    expect(plan(['compile', 'supertokens', '6.0', '5.0', '--dialect', 'mysql', '-o', join(dir, 'down.sql')], dir).code).toBe(0);
    const down = headerOf(readFileSync(join(dir, 'down.sql'), 'utf8'));
    expect(down.find((l) => l.startsWith('-- apply:'))).toBe('-- apply:    mysql DATABASE < down.sql  (or: mariadb DATABASE < down.sql)');
    expect(down.find((l) => l.startsWith('-- reverse:'))).toMatch(/ -o up\.sql$/);
  });

  it('standard output: up.sql, the same bytes as -o up.sql; out/ files name up.sql and down.sql as they are', () => {
    const r = plan(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres']);
    expect(headerOf(r.stdout).find((l) => l.startsWith('-- apply:'))).toBe('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql');
    const out = headerOf(readFileSync(join(projectRoot(), 'out/supertokens/5.0-6.0/postgres/up.sql'), 'utf8'));
    expect(out.find((l) => l.startsWith('-- apply:'))).toBe('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f up.sql');
    const outDown = headerOf(readFileSync(join(projectRoot(), 'out/supertokens/5.0-6.0/postgres/down.sql'), 'utf8'));
    expect(outDown.find((l) => l.startsWith('-- apply:'))).toBe('-- apply:    psql -v ON_ERROR_STOP=1 -d DATABASE -f down.sql');
  });
});

describe('4. the checksum recipe: its folder named, and a missing file an error with no digest', () => {
  const h = headerOf(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' }).sql);
  const files = /^-- sources \(sha256 of each file; check: (.*)\):$/.exec(h.find((l) => l.startsWith('-- sources'))!)![1];
  const chain = h.find((l) => l.startsWith('--     (check: '))!.replace(/^-- {5}\(check: (.*)\)$/, '$1');
  const digest = h.find((l) => l.startsWith('--   schema at '))!.slice(-64);

  it('the folder to run them in', () => {
    expect(h).toContain(`--   (run the checks in plan's package folder, where these plans/ are: cd "$(npm root)/plan" (a global install: cd "$(npm root -g)/plan"); a file not found there is an error, and no digest is printed)`);
  });

  it('in plan\'s folder: the digest; in another: an error and no digest', () => {
    expect(sh(chain, projectRoot())).toMatchObject({ code: 0, stdout: `${digest}  -\n` });
    const wrong = sh(chain, tempDir());
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/plans\/supertokens\/0-.*No such file or directory/);
    const each = sh(files, tempDir());
    expect(each.code).not.toBe(0);
    expect(each.stdout).toBe('');
    expect(each.stderr).toContain('plans/supertokens/product.yaml: No such file or directory');
  });
});

// 5. On MariaDB, AuthHero 11.20 → 11.21 ends with data steps (its history rows, the organizations of the tenants):
// the second run said "applied"; its rollback and every other resumable script said "nothing to do".
await describeServer('5. mysql server: AuthHero 11.20 → 11.21 run twice', 'mysql', (server) => {
  const APPLIED = 'plan: authhero 11.20 → 11.21 applied';
  const ALREADY = 'plan: authhero 11.20 → 11.21: the database was at 11.21 already: nothing to do';
  const up = compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' });
  const at1120 = async () => {
    const s = await openScratch('mysql', { url: server, mysqlCharacterSet: 'utf8mb3' });
    scratches.push(s);
    await s.execScript(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
    return s;
  };
  const run = (s: Scratch, sql: string) => {
    const u = new URL(server);
    const r = spawnSync('mariadb', ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username || 'root'), ...(u.password ? [`-p${decodeURIComponent(u.password)}`] : []), s.name], { input: sql, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  };

  it('first run: applied; second run: nothing to do', async () => {
    const s = await at1120();
    const first = run(s, up.sql);
    expect(first.status, first.out).toBe(0);
    expect(first.out).toContain(APPLIED);
    const second = run(s, up.sql);
    expect(second.status, second.out).toBe(0);
    expect(second.out).toContain(ALREADY);
    expect(second.out).not.toContain(APPLIED);
  }, 600_000);

  it('a run cut after the last change, before the data steps, then the whole file: applied (it had rows to write)', async () => {
    const s = await at1120();
    await s.execScript("INSERT INTO tenants (id, friendly_name, created_at, updated_at) VALUES ('main', 'Control plane', '2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z'), ('acme', 'Acme', '2025-06-02T09:00:00.000Z', '2025-06-02T09:00:00.000Z');");
    // The statements up to the one that deletes the old history rows: every change of the catalog, no data step.
    const at = up.statements.findIndex((x) => /DELETE FROM `kysely_migration`/.test(x));
    expect(at).toBeGreaterThan(0);
    const cut = run(s, up.statements.slice(0, at).join('\n'));
    expect(cut.out).not.toContain('plan: authhero');
    const resumed = run(s, up.sql);
    expect(resumed.status, resumed.out).toBe(0);
    expect(resumed.out).toContain(APPLIED);
    expect(resumed.out).not.toContain('nothing to do');
    expect(await s.query("SELECT name FROM organizations WHERE tenant_id = 'main'")).toEqual([{ name: 'acme' }]);
    expect(run(s, up.sql).out).toContain(ALREADY);
  }, 600_000);
});

describe('6. plan status --schema: the apply command runs the script in that schema', async () => {
  it('PostgreSQL: PGOPTIONS points search_path at the schema, quoted as an identifier, escaped for libpq', () => {
    const pg = getDialect('postgres').script;
    expect(pg.applyCommand('up.sql', { database: 'db', host: 'h', schema: 'Fïef main' })).toBe(`PGOPTIONS='-c search_path="Fïef\\ main"' psql -v ON_ERROR_STOP=1 -h h -d db -f up.sql`);
    expect(pg.applyCommand('up.sql', { database: 'db', schema: `a"b\\c` })).toBe(`PGOPTIONS='-c search_path="a""b\\\\c"' psql -v ON_ERROR_STOP=1 -d db -f up.sql`);
    expect(pg.applyCommand('up.sql', { database: 'db' })).toBe('psql -v ON_ERROR_STOP=1 -d db -f up.sql');
    // MySQL has no schemas within a database: the --url names it.
    expect(getDialect('mysql').script.applyCommand('up.sql', { database: 'db', schema: 'x' })).toBe('mysql db < up.sql  (or: mariadb db < up.sql)');
  });

  await describeServer("postgres server: fief 0.27 in schema 'Fïef main'", 'postgres', (server) => {
    it("the printed commands, run as printed, upgrade it", async () => {
      const s = await openScratch('postgres', { url: server });
      scratches.push(s);
      await s.useSchema!('Fïef main');
      await s.execScript(compile({ product: 'fief', from: '0', to: '0.27', dialect: 'postgres', params: [`workspace_id=${FIEF_WS}`] }).sql);
      const r = plan(['status', 'fief', '--url', urlOf(server, s), '--schema', 'Fïef main', '--param', `workspace_id=${FIEF_WS}`]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('best match: 0.27 (exact)');
      const commands = r.stdout.slice(r.stdout.indexOf('commands (nothing has been run):\n')).split('\n').slice(1, 3).map((l) => l.trim());
      expect(commands[1]).toMatch(/^PGOPTIONS='-c search_path="Fïef\\ main"' psql -v ON_ERROR_STOP=1 .* -f up\.sql$/);
      const dir = tempDir();
      // The compile command as printed, with this checkout's plan for npx plan.
      expect(commands[0]).toMatch(/^npx plan compile fief 0\.27 0\.28 /);
      expect(sh(commands[0].replace(/^npx plan /, `${process.execPath} ${MAIN} `), dir).code).toBe(0);
      const applied = sh(commands[1], dir);
      expect(applied.code, applied.stderr).toBe(0);
      expect(applied.stdout).toContain('plan: fief 0.27 → 0.28 applied');
      // Without it, the same script runs in public and stops at its version check.
      const plain = sh(commands[1].replace(/^PGOPTIONS='[^']*' /, ''), dir);
      expect(plain.code).not.toBe(0);
      expect(plain.stderr).toContain('schema public');
    }, 600_000);
  });
});
