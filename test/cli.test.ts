// The command line, as a user runs it: node dist/src/cli/main.js (built here first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { projectRoot } from '../src/paths.js';
import { loadProduct } from '../src/plan/load.js';
import { tempPlansDir } from './helpers/plans.js';

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist/src/cli/main.js');

function plan(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


// Each run starts node and loads the plans: give them time on a busy machine.
const SLOW = { timeout: 120_000 };

describe('commands that succeed', SLOW, () => {
  it('list: products, versions, dialects, parameters', () => {
    const r = plan('list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^supertokens {2}\(SuperTokens core/m);
    expect(r.stdout).toContain('  versions: 0, 3.3, 3.4,');
    expect(r.stdout).toContain('  dialects: postgres, mysql');
    expect(r.stdout).toMatch(/--param access_token_signing_key_dynamic=<boolean> \(default true\)/);
    // An empty default says so.
    expect(r.stdout).toMatch(/--param postgresql_table_names_prefix=<string> \(default empty\)/);
  });

  it('compile to stdout: the same bytes as the compiler', () => {
    const r = plan('compile', 'supertokens', '4.0', '4.1', '-d', 'postgres');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(compile({ product: 'supertokens', from: '4.0', to: '4.1', dialect: 'postgres' }).sql);
  });

  it('compile -o FILE writes the file and nothing to stdout; parameters are passed on', () => {
    const file = join(tempPlansDir(), 'sub', 'up.sql');
    mkdirSync(join(file, '..')); // -o creates no folders (see cli-errors.test.ts)
    const r = plan('compile', 'supertokens', '4.6', '5.0', '--dialect', 'mysql', '-p', 'access_token_signing_key_dynamic=false', '-o', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const want = compile({ product: 'supertokens', from: '4.6', to: '5.0', dialect: 'mysql', params: ['access_token_signing_key_dynamic=false'] }).sql;
    expect(readFileSync(file, 'utf8')).toBe(want);
    expect(readdirSync(join(file, '..'))).toEqual(['up.sql']); // no temporary file left beside it
  });

  it('catalog prints the predicted catalog', () => {
    const r = plan('catalog', 'supertokens', '3.3', '-d', 'mysql');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^T key_value \| COL name varchar\(128\) NOT NULL$/m);
  });

  it('validate passes on the real plans', () => {
    const r = plan('validate');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Every plan file of the product (one per version: the install plan and one upgrade into each later version).
    const plans = readdirSync(join(projectRoot(), 'plans', 'supertokens')).filter((f) => /^[\d.]+-[\d.]+\.yaml$/.test(f)).length;
    // …and the install plans derived from the model (product.yaml derived_installs:).
    const derived = loadProduct('supertokens').product.derived_installs!.length;
    expect(r.stdout).toMatch(new RegExp(`^supertokens: ${plans} plans and ${derived} derived installs valid \\(\\d+ scripts compiled across postgres, mysql \\(up to 10\\.1\\) and every parameter choice\\)$`, 'm'));
  }, 300_000);
});

describe('errors: exit code 2, one line "plan: error: …" on stderr, and with -o no file', SLOW, () => {
  it.each([
    ['unknown product', ['nope', '0', '1.0', '-d', 'postgres'], 'unknown product "nope" (known: authhero, fief, keto, logto, supertokens)'],
    ['unknown version', ['supertokens', '3.3', '9.9', '-d', 'postgres'], 'unknown version "9.9" of supertokens (versions: 0, 3.3,'],
    ['no path (same version)', ['supertokens', '3.3', '3.3', '-d', 'mysql'], 'from and to are the same version (3.3): nothing to compile'],
    ['unknown parameter', ['supertokens', '3.3', '3.4', '-d', 'postgres', '-p', 'nope=1'], 'unknown parameter "nope" for supertokens (known: access_token_signing_key_dynamic, postgresql_table_names_prefix, postgresql_table_schema, mysql_table_names_prefix, postgresql_key_value_table_name, postgresql_session_info_table_name, postgresql_emailpassword_users_table_name, postgresql_emailpassword_pswd_reset_tokens_table_name, postgresql_emailverification_tokens_table_name, postgresql_emailverification_verified_emails_table_name, postgresql_thirdparty_users_table_name, mysql_key_value_table_name, mysql_session_info_table_name, mysql_emailpassword_users_table_name, mysql_emailpassword_pswd_reset_tokens_table_name, mysql_emailverification_tokens_table_name, mysql_emailverification_verified_emails_table_name, mysql_thirdparty_users_table_name)'],
    ['ill-typed parameter', ['supertokens', '3.3', '3.4', '-d', 'postgres', '-p', 'access_token_signing_key_dynamic=maybe'], 'parameter access_token_signing_key_dynamic: "maybe" is not a boolean (true or false)'],
    ['parameter without a value', ['supertokens', '3.3', '3.4', '-d', 'postgres', '-p', 'access_token_signing_key_dynamic'], '--param "access_token_signing_key_dynamic": expected name=value'],
  ])('%s', (_name, args, message) => {
    const r = plan('compile', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan: error: /);
    expect(r.stderr).toContain(message);

    const dir = tempPlansDir();
    const withFile = plan('compile', ...args, '-o', join(dir, 'out.sql'));
    expect(withFile.code).toBe(r.code);
    expect(withFile.stderr).toBe(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('unknown dialect: refused, nothing written', () => {
    const dir = tempPlansDir();
    const r = plan('compile', 'supertokens', '3.3', '3.4', '-d', 'oracle', '-o', join(dir, 'out.sql'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^plan: error: unknown dialect "oracle" \(known: postgres, mysql, sqlite\)\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('unknown dialect: one line "plan: error: …"', () => {
    const r = plan('compile', 'supertokens', '3.3', '3.4', '-d', 'oracle');
    expect(r.stderr).toMatch(/^plan: error: .*oracle.*\n$/);
  });

  it('-o into a file that exists keeps the old content when compilation fails', () => {
    const dir = tempPlansDir();
    const file = join(dir, 'up.sql');
    expect(plan('compile', 'supertokens', '3.3', '3.4', '-d', 'postgres', '-o', file).code).toBe(0);
    const before = readFileSync(file, 'utf8');
    expect(plan('compile', 'supertokens', '3.3', '3.4', '-d', 'postgres', '-p', 'nope=1', '-o', file).code).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['up.sql']);
    expect(existsSync(file)).toBe(true);
  });
});
