// The parameters a script reads (compile.ts parametersRead): the header, the reverse command and plan review show
// only those, a parameter given that the script does not read is warned about, and plan lint compiles a parameter
// choice only where it can change the plan's compile. Each claim that a parameter is not read is checked here by
// compiling with its other values: the script must be the same to the byte.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../src/compile/compile.js';
import { namingParameters } from '../src/compile/naming.js';
import { ProductLint, lintProduct } from '../src/lint/lint.js';
import { loadProduct } from '../src/plan/load.js';
import { IrreversibleError, PlanError } from '../src/plan/errors.js';
import { declaredParameters, notGiven } from '../src/plan/params.js';
import { projectRoot } from '../src/paths.js';
import { shellWord } from '../src/shell.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

const header = (sql: string, field: string) => sql.split('\n').find((l) => l.startsWith(`-- ${field}:`));

describe('SuperTokens: access_token_signing_key_dynamic is read by 4.6 → 5.0 only', () => {
  it('5.0 → 6.0 neither shows nor passes it: the schema at 5.0 is the same with either value', () => {
    const r = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' });
    expect(header(r.sql, 'parameters')).toBe('-- parameters: (none)');
    expect(header(r.sql, 'reverse')).toBe('-- reverse:  npx plan compile supertokens 6.0 5.0 --dialect postgres -o down.sql');
    expect(r.shownParams).toEqual({});
    expect(r.warnings).toEqual([]);
  });

  it('given anyway, it changes nothing and is warned about', () => {
    const plain = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' });
    const given = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql', params: ['access_token_signing_key_dynamic=false'] });
    expect(given.sql).toBe(plain.sql);
    expect(given.warnings).toEqual([
      '--param access_token_signing_key_dynamic does not change this script (supertokens 5.0 → 6.0): no plan on its path reads it, and the schema it starts from is the same with any value of it',
    ]);
  });

  it('4.6 → 5.0 and its rollback show it, and the scripts differ with it', () => {
    const up = compile({ product: 'supertokens', from: '4.6', to: '5.0', dialect: 'postgres', params: ['access_token_signing_key_dynamic=false'] });
    expect(header(up.sql, 'parameters')).toBe('-- parameters: access_token_signing_key_dynamic=false');
    expect(header(up.sql, 'reverse')).toBe('-- reverse:  npx plan compile supertokens 5.0 4.6 --dialect postgres --param access_token_signing_key_dynamic=false -o down.sql');
    expect(up.warnings).toEqual([]);
    expect(up.sql).not.toBe(compile({ product: 'supertokens', from: '4.6', to: '5.0', dialect: 'postgres' }).sql);
    const down = compile({ product: 'supertokens', from: '5.0', to: '4.6', dialect: 'postgres' });
    expect(header(down.sql, 'parameters')).toBe('-- parameters: access_token_signing_key_dynamic=true');
  });

  it('a chain through 4.6 → 5.0 shows it', () => {
    const r = compile({ product: 'supertokens', from: '4.6', to: '6.0', dialect: 'postgres' });
    expect(header(r.sql, 'parameters')).toBe('-- parameters: access_token_signing_key_dynamic=true');
  });

  it('the derived install 0 → 6.0 and its rollback do not: the schema they make is the same with either value', () => {
    const up = compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres' });
    expect(header(up.sql, 'parameters')).toBe('-- parameters: (none)');
    expect(compile({ product: 'supertokens', from: '0', to: '6.0', dialect: 'postgres', params: ['access_token_signing_key_dynamic=false'] }).sql).toBe(up.sql);
    expect(header(compile({ product: 'supertokens', from: '6.0', to: '0', dialect: 'postgres' }).sql, 'parameters')).toBe('-- parameters: (none)');
  });
});

describe('Keto: the users of the move are read by 0.6 → 0.7 only (its manual step names them)', () => {
  it('0 → 0.6 reads namespaces alone', () => {
    const r = compile({ product: 'keto', from: '0', to: '0.6', dialect: 'postgres', params: ['namespaces=a:1', 'old_user=k'] });
    expect(header(r.sql, 'parameters')).toBe('-- parameters: namespaces=a:1');
    expect(r.warnings).toEqual(['--param old_user does not change this script (keto 0 → 0.6): no plan on its path reads it, and the schema it starts from is the same with any value of it']);
  });

  it('0.6 → 0.7 shows them', () => {
    const r = compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres', params: ['namespaces=a:1', 'old_user=k', 'network_id=6b65746f-0000-4000-8000-000000000001'] });
    expect(header(r.sql, 'parameters')).toBe('-- parameters: namespaces=a:1 network_id=6b65746f-0000-4000-8000-000000000001 new_user=keto_new old_user=k');
  });
});

describe('a rollback reads what its steps read going down, a step for another dialect nothing', () => {
  it('Logto: the import reads its source, tenant and id strategy; its rollback none of them, and passes them on to its reverse command', () => {
    const given = ['tenant=acme', 'id_strategy=derive'];
    const down = compile({ product: 'logto', from: '1.41-imported', to: '1.41', dialect: 'postgres', params: given });
    expect(header(down.sql, 'parameters')).toBe('-- parameters: (none) (source_table, columns, password_method: not given; this script does not use them)');
    expect(header(down.sql, 'reverse')).toBe('-- reverse:  npx plan compile logto 1.41 1.41-imported --dialect postgres --param id_strategy=derive --param tenant=acme -o up.sql');
    expect(down.shownParams).toEqual({});
    expect(down.warnings).toEqual([
      '--param id_strategy does not change this script (logto 1.41-imported → 1.41): no plan on its path reads it, and the schema it starts from is the same with any value of it',
      '--param tenant does not change this script (logto 1.41-imported → 1.41): no plan on its path reads it, and the schema it starts from is the same with any value of it',
    ]);
    const plain = compile({ product: 'logto', from: '1.41-imported', to: '1.41', dialect: 'postgres' });
    const withoutReverse = (sql: string) => sql.split('\n').filter((l) => !l.startsWith('-- reverse:')).join('\n');
    expect(withoutReverse(down.sql)).toBe(withoutReverse(plain.sql));
    const up = compile({ product: 'logto', from: '1.41', to: '1.41-imported', dialect: 'postgres', examples: true, params: given });
    expect(Object.keys(up.shownParams).sort()).toEqual(['columns', 'id_strategy', 'password_method', 'source_table', 'tenant']);
    // The upgrade's reverse command is the rollback's: it passes none of them.
    expect(header(up.sql, 'reverse')).toBe('-- reverse:  npx plan compile logto 1.41-imported 1.41 --dialect postgres -o down.sql');
  });

  it("Keto: 0.7 → 0.6 reads the namespaces and the network it deletes, and the users its manual steps give their rights back to", () => {
    // The rollback's manual steps name both users (REASSIGN OWNED BY keto_new TO keto, the GRANT back to keto:
    // test/keto-manual-steps.test.ts), so it reads them, and its reverse command passes them on.
    const down = compile({ product: 'keto', from: '0.7', to: '0.6', dialect: 'postgres', params: ['namespaces=files:1', 'new_user=k7'] });
    expect(header(down.sql, 'parameters')).toBe('-- parameters: namespaces=files:1 network_id=6b65746f-0000-4000-8000-000000000001 new_user=k7 old_user=keto');
    expect(header(down.sql, 'reverse')).toBe('-- reverse:  npx plan compile keto 0.6 0.7 --dialect postgres --param namespaces=files:1 --param network_id=6b65746f-0000-4000-8000-000000000001 --param new_user=k7 --param old_user=keto -o up.sql');
  });

  it('AuthHero 11.20 → 11.21: refresh_tokens_without_login is read on SQLite, whose step alone names it', () => {
    expect(header(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql' }).sql, 'parameters')).toBe('-- parameters: control_plane_tenant_id=main');
    expect(header(compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'sqlite' }).sql, 'parameters')).toBe('-- parameters: control_plane_tenant_id=main refresh_tokens_without_login=delete');
  });

  it("Fief 0.27 → 0.28: main_database is read on MySQL, whose precondition alone names it", () => {
    const ws = 'workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692';
    expect(header(compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'postgres', params: [ws] }).sql, 'parameters')).toBe('-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692');
    expect(header(compile({ product: 'fief', from: '0.27', to: '0.28', dialect: 'mysql', params: [ws, 'main_database=fief'] }).sql, 'parameters')).toBe('-- parameters: main_database=fief workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692');
  });
});

/** `plan` as a user runs it (the built CLI, dist/: npm run build first). */
const plan = (args: string) => spawnSync(process.execPath, [join(projectRoot(), 'dist/src/cli/main.js'), ...args.split(' ')], { cwd: projectRoot(), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });

/** The script below its header (from its first line that is not a comment). */
const body = (sql: string) => sql.slice(sql.search(/^(?!--)/m));

describe('a parameter shown is one the script reads: the commands of the reported over-reports', () => {
  const ws = '--param workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692';

  it("Fief 0.28 → 0.28-cleanup on PostgreSQL: not main_database, which only 0.27 → 0.28's MySQL precondition reads", () => {
    const r = plan(`compile fief 0.28 0.28-cleanup --dialect postgres ${ws}`);
    expect(r.status).toBe(0);
    expect(header(r.stdout, 'parameters')).toBe('-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692');
    expect(r.stderr).toBe('');
    // The truth: main_database changes nothing of it; workspace_id names the workspace's schema in its checks.
    const at = (p: string) => body(plan(`compile fief 0.28 0.28-cleanup --dialect postgres ${ws} --param ${p}`).stdout);
    expect(at('main_database=fief')).toBe(body(r.stdout));
    expect(body(plan('compile fief 0.28 0.28-cleanup --dialect postgres --param workspace_id=00000000-0000-4000-8000-0000000000ff').stdout)).not.toBe(body(r.stdout));
  });

  it("Keto 0.7 → 0.7-cleanup: the namespaces alone, not the network or the users 0.6 → 0.7's rows and manual steps name", () => {
    const r = plan('compile keto 0.7 0.7-cleanup --dialect postgres --param namespaces=files:1');
    expect(r.status).toBe(0);
    expect(header(r.stdout, 'parameters')).toBe('-- parameters: namespaces=files:1');
    expect(header(r.stdout, 'reverse')).toBeUndefined(); // irreversible: no reverse command
    for (const p of ['network_id=00000000-0000-4000-8000-0000000000ff', 'new_user=k7', 'old_user=k6']) {
      const alt = plan(`compile keto 0.7 0.7-cleanup --dialect postgres --param namespaces=files:1 --param ${p}`);
      expect(body(alt.stdout), p).toBe(body(r.stdout));
      expect(alt.stderr, p).toContain(`--param ${p.slice(0, p.indexOf('='))} does not change this script (keto 0.7 → 0.7-cleanup)`);
    }
  });

  it("AuthHero 11.21 → 11.20 on SQLite: the control-plane tenant (whose organizations it deletes), not refresh_tokens_without_login (an upgrade step's condition, whose inverse is [])", () => {
    const r = plan('compile authhero 11.21 11.20 --dialect sqlite');
    expect(r.status).toBe(0);
    expect(header(r.stdout, 'parameters')).toBe('-- parameters: control_plane_tenant_id=main');
    expect(header(r.stdout, 'reverse')).toBe('-- reverse:  npx plan compile authhero 11.20 11.21 --dialect sqlite --param control_plane_tenant_id=main -o up.sql');
    expect(body(plan('compile authhero 11.21 11.20 --dialect sqlite --param refresh_tokens_without_login=refuse').stdout)).toBe(body(r.stdout));
    expect(body(plan('compile authhero 11.21 11.20 --dialect sqlite --param control_plane_tenant_id=cp').stdout)).not.toBe(body(r.stdout));
  });

  it('Fief 0 → 0.27 on SQLite: workspace_id, which names a schema or database elsewhere, is not read, and given, it is warned about', () => {
    const r = plan(`compile fief 0 0.27 --dialect sqlite ${ws}`);
    expect(r.status).toBe(0);
    expect(header(r.stdout, 'parameters')).toBe('-- parameters: (none)');
    expect(header(r.stdout, 'reverse')).toBe('-- reverse:  npx plan compile fief 0.27 0 --dialect sqlite -o down.sql');
    expect(r.stderr).toBe('plan: warning: --param workspace_id does not change this script (fief 0 → 0.27): no plan on its path reads it, and the schema it starts from is the same with any value of it\n');
    expect(r.stdout).toBe(plan('compile fief 0 0.27 --dialect sqlite').stdout.replace('-- parameters: (none) (workspace_id: not given; this script does not use it)', '-- parameters: (none)'));
    // 0.27 → 0.28 on SQLite does read it: its manual step renames the workspace's file.
    expect(header(plan(`compile fief 0.27 0.28 --dialect sqlite ${ws}`).stdout, 'parameters')).toBe('-- parameters: workspace_id=08e952f1-8a79-4672-99f8-ea6919cd4692');
  });

  it('Fief 0.28 → 0.28-cleanup needs no workspace_id (nothing is in the workspace\'s schema since 0.28); 0.27 → 0.28 does, SQLite\'s only for its manual step\'s text', () => {
    for (const dialect of ['postgres', 'mysql']) {
      const r = plan(`compile fief 0.28 0.28-cleanup --dialect ${dialect}`);
      expect(r.stderr, dialect).toBe('');
      expect(r.status, dialect).toBe(0);
      expect(header(r.stdout, 'parameters'), dialect).toBe('-- parameters: (none) (workspace_id: not given; this script does not use it)');
    }
    for (const [from, to] of [['0.27', '0.28'], ['0.28', '0.27'], ['0', '0.28']]) {
      for (const dialect of ['postgres', 'mysql', 'sqlite']) {
        const r = plan(`compile fief ${from} ${to} --dialect ${dialect}`);
        expect(r.status, `${from} → ${to} ${dialect}`).toBe(2);
        expect(r.stderr, `${from} → ${to} ${dialect}`).toBe('plan: error: parameter workspace_id has no default: pass --param workspace_id=… (the id of the workspace whose tables move)\n');
      }
    }
  });

  it('Logto 1.41 → 1.41-imported without a password column mapped still reads password_method: its value is in the import\'s SQL', () => {
    const cmd = 'compile logto 1.41 1.41-imported --dialect postgres --param source_table=legacy --param columns=id:id';
    const r = plan(cmd);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: parameter password_method has no default: pass --param password_method=/);
    // The truth: the script differs with it (the import's values and skip tests hold COALESCE(<method column>, '<password_method>')).
    const bcrypt = plan(`${cmd} --param password_method=Bcrypt`);
    expect(header(bcrypt.stdout, 'parameters')).toBe('-- parameters: columns=id:id id_strategy=keep password_method=Bcrypt source_table=legacy tenant=default');
    expect(body(plan(`${cmd} --param password_method=MD5`).stdout)).not.toBe(body(bcrypt.stdout));
  });
});

/** Product demo: 0 → 1.0 makes items; 1.0 → 1.1 reads the boolean `legacy` (`steps`); 1.1 → 1.2 adds an index, naming no parameter. */
function demo(steps: string): string {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', `product: demo\ntitle: Demo\nversions: ["1.0", "1.1", "1.2"]\ndialects: [postgres, mysql, sqlite]\nparameters:\n  legacy:\n    type: boolean\n    default: false\n    description: whether the database was made by the legacy installer\n`);
  writePlanFile(dir, 'demo', '0-1.0.yaml', `product: demo\nfrom: "0"\nto: "1.0"\nsummary: install\nsteps:\n  - create_table:\n      name: items\n      columns: [{ name: id, type: bigint, nullable: false }, { name: name, type: varchar(50) }]\n      primary_key: { columns: [id] }\n  - create_table:\n      name: tags\n      columns: [{ name: id, type: bigint, nullable: false }, { name: item_id, type: bigint }]\n      primary_key: { columns: [id] }\n`);
  writePlanFile(dir, 'demo', '1.0-1.1.yaml', `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: reads legacy\nsteps:\n${steps}`);
  writePlanFile(dir, 'demo', '1.1-1.2.yaml', `product: demo\nfrom: "1.1"\nto: "1.2"\nsummary: names no parameter\nsteps:\n  - delete_where: { table: items, where: { column: name, is_null: true } }\n    inverse: []\n`);
  return dir;
}

describe('a parameter read by an earlier plan', () => {
  it('is read by a later plan when the schema it starts from differs with it', () => {
    const plansDir = demo(`  - add_foreign_key: { table: tags, name: tags_item_fk, columns: [item_id], references: { table: items, columns: [id] }, on_delete: cascade }\n    when: { param: legacy, equals: true }\n`);
    for (const dialect of ['postgres', 'mysql']) {
      const r = compile({ product: 'demo', from: '1.1', to: '1.2', dialect, plansDir });
      expect(header(r.sql, 'parameters')).toBe('-- parameters: legacy=false');
      expect(r.sql).not.toBe(compile({ product: 'demo', from: '1.1', to: '1.2', dialect, plansDir, params: ['legacy=true'] }).sql);
    }
    // plan lint compiles 1.1 → 1.2 with legacy=true too: only there does the delete cascade into tags.
    const findings = lintProduct({ product: 'demo', plansDir }).findings.filter((f) => f.rule === 'cascade-drops-more');
    expect(findings.map((f) => `${f.file.split('/').pop()} ${f.message} [${f.dialects.join(', ')}]`)).toEqual([
      '1.1-1.2.yaml deleting rows of items also deletes the rows of tags that reference them (tags_item_fk ON DELETE CASCADE) [postgres, mysql, sqlite]',
    ]);
  });

  it('is not, when the schema comes out the same with each value', () => {
    const plansDir = demo(
      `  - add_column: { table: items, column: { name: seen, type: boolean, nullable: false, default: true } }\n    when: { param: legacy, equals: true }\n` +
        `  - add_column: { table: items, column: { name: seen, type: boolean, nullable: false, default: false } }\n    when: { param: legacy, equals: false }\n` +
        `  - drop_default: { table: items, column: seen }\n`,
    );
    const r = compile({ product: 'demo', from: '1.1', to: '1.2', dialect: 'postgres', plansDir });
    expect(header(r.sql, 'parameters')).toBe('-- parameters: (none)');
    expect(compile({ product: 'demo', from: '1.1', to: '1.2', dialect: 'postgres', plansDir, params: ['legacy=true'] }).sql).toBe(r.sql);
    expect(header(compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir }).sql, 'parameters')).toBe('-- parameters: legacy=false');
    // plan lint: 1.0 → 1.1 is compiled with each value, 1.1 → 1.2 once per dialect.
    const lint = new ProductLint({ product: 'demo', plansDir });
    const compiles = lint.plans.map((plan) => {
      const one = lint.startPlan(plan);
      for (const d of one.dialects) one.lintDialect(d);
      one.findings();
      return `${plan.plan.from}-${plan.plan.to} ${one.compiles}`;
    });
    expect(compiles).toEqual(['0-1.0 3', '1.0-1.1 6', '1.1-1.2 3']);
  });
});

describe('every bundled script: a parameter its header leaves out does not change it, one it shows does', () => {
  // For each script of out/ (upgrades and rollbacks), each declared boolean or enum parameter the header does not
  // show is compiled with each other value, and each other parameter with its example where that differs from
  // its default: the script must come out byte for byte the same, but for its reverse command. That passes on the
  // parameters the compile of the other direction shows that this one shows (or was given), no more and no fewer.
  // Each parameter the header shows (a naming parameter aside) is compiled with the same other values: with one of
  // them at least, the script must differ in more than the header lines that repeat the parameters (or not compile).
  const out = join(projectRoot(), 'out');
  for (const product of readdirSync(out).filter((p) => !p.includes('.'))) {
    it(product, () => {
      const specs = declaredParameters(loadProduct(product));
      const naming = namingParameters(loadProduct(product));
      let checked = 0;
      for (const pair of readdirSync(join(out, product)).filter((d) => d.includes('-') && d !== 'lint.txt')) {
        const [from, to] = splitPair(pair);
        for (const dialect of readdirSync(join(out, product, pair))) {
          const shown = new Map<string, CompileResult['shownParams']>();
          for (const [a, b] of [[from, to], [to, from]]) {
            let base: CompileResult;
            try {
              base = compile({ product, from: a, to: b, dialect, examples: true });
            } catch (e) {
              if (e instanceof IrreversibleError) continue; // a plan whose author refused its rollback has none
              throw e;
            }
            shown.set(`${a} ${b}`, base.shownParams);
            if (shown.has(`${b} ${a}`)) {
              // (Nothing given here: each reverse command passes what both directions read.)
              const words = (p: CompileResult['shownParams'], also: CompileResult['shownParams']) => Object.entries(p).filter(([k]) => k in also).map(([k, v]) => ` --param ${shellWord(`${k}=${v}`)}`).join('');
              const other = shown.get(`${b} ${a}`)!;
              expect(header(base.sql, 'reverse'), `${product} ${a} → ${b} ${dialect}: its reverse command`).toBe(`-- reverse:  npx plan compile ${product} ${b} ${a} --dialect ${dialect}${words(other, base.shownParams)} -o up.sql`);
              const upSql = compile({ product, from: b, to: a, dialect, examples: true }).sql;
              expect(header(upSql, 'reverse'), `${product} ${b} → ${a} ${dialect}: its reverse command`).toBe(`-- reverse:  npx plan compile ${product} ${a} ${b} --dialect ${dialect}${words(base.shownParams, other)} -o down.sql`);
            }
            for (const [name, spec] of Object.entries(specs)) {
              // A naming parameter is shown only when given (naming.test.ts), whether or not the script reads it.
              if (notGiven(base.params).includes(name) || naming.has(name)) continue;
              const others = spec.type === 'boolean' ? ['true', 'false'] : spec.type === 'enum' ? spec.values! : [...(spec.example !== undefined ? [String(spec.example)] : []), ...(OTHER[spec.type] ?? [])];
              if (name in base.shownParams) {
                const differs = others.filter((v) => v !== String(base.params[name])).some((v) => {
                  try {
                    return butShown(compile({ product, from: a, to: b, dialect, examples: true, params: [`${name}=${v}`] }).sql) !== butShown(base.sql);
                  } catch (e) {
                    if (e instanceof PlanError && e.message.includes(`parameter ${name}`)) return false; // not a value it takes
                    if (e instanceof PlanError) return true; // it compiles with one value, not with the other
                    throw e;
                  }
                });
                expect(differs, `${product} ${a} → ${b} ${dialect} shows ${name}, but the script is the same with ${others.join(', ')}`).toBe(true);
                checked++;
                continue;
              }
              for (const v of others.filter((v) => v !== String(base.params[name]))) {
                let alt: CompileResult;
                try {
                  alt = compile({ product, from: a, to: b, dialect, examples: true, params: [`${name}=${v}`] });
                } catch (e) {
                  if (e instanceof PlanError && e.message.includes(`parameter ${name}`)) continue; // not a value it takes
                  throw e;
                }
                // The same script but for its reverse command, which passes on what the other direction reads.
                const what = `${product} ${a} → ${b} ${dialect} with ${name}=${v}`;
                expect(butReverse(alt.sql), what).toBe(butReverse(base.sql));
                const reverse = header(alt.sql, 'reverse')!;
                if (reverse !== header(base.sql, 'reverse')) expect(reverse, what).toContain(` --param ${name}=${v}`);
                checked++;
              }
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

/** A script without its header's reverse command. */
const butReverse = (sql: string) => sql.split('\n').filter((l) => !l.startsWith('-- reverse:')).join('\n');

/**
 * A script without the header lines that repeat the parameters it shows: the parameters, the reverse command and the
 * report's command.
 */
const butShown = (sql: string) => sql.split('\n').filter((l) => !/^-- (parameters|reverse|report):/.test(l)).join('\n');

/** A value of each type other than any default or example of the bundled products. */
const OTHER: Record<string, string[]> = { string: ['zz_other'], identifier: ['zz_other'], uuid: ['00000000-0000-4000-8000-0000000000ff'], integer: ['987'], table: ['zz_other.zz_users'], columns: ['id:zz_id'], map: ['zz:9'] };

/** A pair directory of out/ (`5.0-6.0`, `0.28-0.28-cleanup`, `1.41-1.41-imported`) as its two versions. */
function splitPair(pair: string): [string, string] {
  const m = /^(\d+(?:\.\d+)*)-(.+)$/.exec(pair);
  if (!m) throw new Error(`not a pair: ${pair}`);
  return [m[1], m[2]];
}
