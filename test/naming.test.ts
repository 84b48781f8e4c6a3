// SuperTokens' table-name prefix, schema and per-table names (issue #10): the scripts use the names the core
// itself derives (postgresql/mysql plugin PostgreSQLConfig, MySQLConfig, Utils.getConstraintName, v1.8.0-v4.0.8),
// proven against the core's own statements on the server and by `plan verify` with the same parameters.
import { afterAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { verify, type VerifyReport } from '../src/verify/verify.js';
import { detect } from '../src/detect/detect.js';
import { readCatalogWith } from '../src/engines/live.js';
import { closeAllScratches, openScratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';

const runCli = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(projectRoot(), 'dist/src/cli/main.js'), ...args], { cwd: projectRoot(), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

afterAll(() => closeAllScratches());

const PG_NAMES = ['postgresql_table_names_prefix=Supertokens', 'postgresql_table_schema=auth'];
const failures = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail.join(' | ')}`);

describe('names the core derives from its configuration', () => {
  it('PostgreSQL: prefix joined with _, folded to lower case, keys after their table, index names fixed, every name qualified with the schema', () => {
    const r = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', params: PG_NAMES });
    const tables = r.after.tables.map((t) => t.name);
    expect(tables).toContain('supertokens_key_value');
    expect(tables.every((t) => t.startsWith('supertokens_'))).toBe(true);
    const kv = r.after.tables.find((t) => t.name === 'supertokens_key_value')!;
    expect(kv.primaryKey!.name).toBe('supertokens_key_value_pkey');
    expect(kv.foreignKeys.map((f) => [f.name, f.refTable])).toEqual([['supertokens_key_value_tenant_id_fkey', 'supertokens_tenants']]);
    expect(kv.indexes.map((i) => i.name)).toEqual(['key_value_tenant_id_index']);
    // Over 63 bytes: PostgreSQL keeps the first 63 of what the core wrote (Supertokens_…_third_party_id_fkey, 66).
    const clients = r.after.tables.find((t) => t.name === 'supertokens_tenant_thirdparty_provider_clients')!;
    expect(clients.foreignKeys[0].name).toBe('supertokens_tenant_thirdparty_provider_clients_third_party_id_f');
    expect(clients.foreignKeys[0].name).toHaveLength(63);
    expect(r.sql).toContain('CREATE TABLE auth.supertokens_apps (');
    expect(r.sql).toContain("SET LOCAL search_path = '';");
    expect(r.sql).toContain('-- names:    tables named as the product names them with postgresql_table_names_prefix=Supertokens');
    expect(r.sql).toContain('every object in schema auth');
    // The reverse command repeats the naming parameters; those left at their default are not printed.
    expect(r.sql).toMatch(/^-- reverse: {2}npx plan compile supertokens 6\.0 5\.0 --dialect postgres --param postgresql_table_names_prefix=Supertokens --param postgresql_table_schema=auth -o down\.sql$/m);
    expect(r.sql).not.toContain('mysql_table_names_prefix');
  });

  it('PostgreSQL: without the parameters, the scripts are what they were (unqualified, search_path not pinned)', () => {
    const r = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' });
    expect(r.sql).not.toContain('search_path');
    expect(r.sql).not.toContain('-- names:');
    expect(r.sql).toContain('CREATE TABLE apps (');
    // The schema's default is public: the core then names nothing with it either.
    expect(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', params: ['postgresql_table_schema=public'] }).sql).toBe(r.sql);
  });

  it('MySQL: the prefix keeps its case, foreign keys MySQL names after their table follow it, unique keys named after a column stay', () => {
    const r = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql', params: ['mysql_table_names_prefix=Supertokens'] });
    const users = r.after.tables.find((t) => t.name === 'Supertokens_all_auth_recipe_users')!;
    expect(users.foreignKeys.map((f) => [f.name, f.refTable])).toEqual([
      ['Supertokens_all_auth_recipe_users_ibfk_1', 'Supertokens_tenants'],
      ['Supertokens_all_auth_recipe_users_ibfk_2', 'Supertokens_app_id_to_user_id'],
    ]);
    const ep = r.after.tables.find((t) => t.name === 'Supertokens_emailpassword_user_to_tenant')!;
    expect(ep.uniques.map((u) => u.name)).toEqual(['email']);
    // PostgreSQL's parameters do nothing on MySQL.
    expect(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql', params: PG_NAMES }).sql).toBe(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'mysql' }).sql);
  });

  it("a per-table name replaces the prefixed one for that table (keys follow it), as the core's postgresql_key_value_table_name does", () => {
    const r = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', params: ['postgresql_table_names_prefix=st', 'postgresql_key_value_table_name=My_KV'] });
    const kv = r.after.tables.find((t) => t.name === 'my_kv')!;
    expect(kv.primaryKey!.name).toBe('my_kv_pkey');
    expect(kv.foreignKeys[0]).toMatchObject({ name: 'my_kv_tenant_id_fkey', refTable: 'st_tenants' });
    expect(r.after.tables.some((t) => t.name === 'st_session_info')).toBe(true);
  });

  it('the prefix is trimmed as the core trims it; a value the core could not write unquoted is refused naming the parameter', async () => {
    const a = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', params: ['postgresql_table_names_prefix= st '] });
    expect(a.after.tables[0].name.startsWith('st_')).toBe(true);
    const bad = runCli(['compile', 'supertokens', '5.0', '6.0', '--dialect', 'postgres', '--param', 'postgresql_table_names_prefix=st-1']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual(['plan: error: parameter postgresql_table_names_prefix: "st-1" is not a name the product can use unquoted (a letter or _, then letters, digits or _)']);
  });

  it('plan detect takes the same parameters: a prefixed 5.0 (PGlite) is exactly 5.0, and without them none of its tables are the product\'s', async () => {
    const s = await openScratch('postgres');
    await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect: 'postgres', params: ['postgresql_table_names_prefix=st'] }).sql);
    const found = await readCatalogWith('postgres', (q) => s.query(q));
    const named = detect({ product: 'supertokens', dialect: 'postgres', params: ['postgresql_table_names_prefix=st'], found });
    expect(named.outcome).toBe('exact');
    expect(named.best.versions).toEqual(['5.0']);
    expect(named.ignoredTables).toEqual([]);
    const plain = detect({ product: 'supertokens', dialect: 'postgres', found });
    expect(plain.ignoredTables).toContain('st_key_value');
    await s.close();
  });

  it('plan catalog takes the same parameters', () => {
    const lines = predictCatalog({ product: 'supertokens', version: '6.0', dialect: 'postgres', params: PG_NAMES });
    expect(lines).toContain('T supertokens_key_value | CON supertokens_key_value_pkey PRIMARY KEY (app_id, tenant_id, name)');
    expect(lines).toContain('T supertokens_key_value | IDX CREATE INDEX key_value_tenant_id_index ON supertokens_key_value USING btree (app_id, tenant_id)');
  });
});

// The core's own CREATE statements for three tables (postgresql plugin v4.0.8 MultitenancyQueries, written as
// the core concatenates them with postgresql_table_names_prefix=Supertokens, postgresql_table_schema=auth:
// prefix + "_" + name, Utils.getConstraintName strips "auth."), run on the server: the names PostgreSQL stores
// are the ones the model predicts.
const CORE = (t: (n: string) => string, c: (n: string) => string) => [
  `CREATE TABLE IF NOT EXISTS ${t('tenant_configs')} (connection_uri_domain VARCHAR(256) DEFAULT '',app_id VARCHAR(64) DEFAULT 'public',tenant_id VARCHAR(64) DEFAULT 'public',core_config TEXT,email_password_enabled BOOLEAN,passwordless_enabled BOOLEAN,third_party_enabled BOOLEAN,CONSTRAINT ${c('tenant_configs')}_pkey PRIMARY KEY (connection_uri_domain, app_id, tenant_id));`,
  `CREATE TABLE IF NOT EXISTS ${t('tenant_thirdparty_providers')} (connection_uri_domain VARCHAR(256) DEFAULT '',app_id VARCHAR(64) DEFAULT 'public',tenant_id VARCHAR(64) DEFAULT 'public',third_party_id VARCHAR(28) NOT NULL,name VARCHAR(64),authorization_endpoint TEXT,authorization_endpoint_query_params TEXT,token_endpoint TEXT,token_endpoint_body_params TEXT,user_info_endpoint TEXT,user_info_endpoint_query_params TEXT,user_info_endpoint_headers TEXT,jwks_uri TEXT,oidc_discovery_endpoint TEXT,require_email BOOLEAN,user_info_map_from_id_token_payload_user_id VARCHAR(64),user_info_map_from_id_token_payload_email VARCHAR(64),user_info_map_from_id_token_payload_email_verified VARCHAR(64),user_info_map_from_user_info_endpoint_user_id VARCHAR(64),user_info_map_from_user_info_endpoint_email VARCHAR(64),user_info_map_from_user_info_endpoint_email_verified VARCHAR(64),CONSTRAINT ${c('tenant_thirdparty_providers')}_pkey PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id),CONSTRAINT ${c('tenant_thirdparty_providers')}_tenant_id_fkey FOREIGN KEY(connection_uri_domain, app_id, tenant_id) REFERENCES ${t('tenant_configs')} (connection_uri_domain, app_id, tenant_id) ON DELETE CASCADE);`,
  `CREATE INDEX IF NOT EXISTS tenant_thirdparty_providers_tenant_id_index ON ${t('tenant_thirdparty_providers')} (connection_uri_domain, app_id, tenant_id);`,
  `CREATE TABLE IF NOT EXISTS ${t('tenant_thirdparty_provider_clients')} (connection_uri_domain VARCHAR(256) DEFAULT '',app_id VARCHAR(64) DEFAULT 'public',tenant_id VARCHAR(64) DEFAULT 'public',third_party_id VARCHAR(28) NOT NULL,client_type VARCHAR(64) NOT NULL DEFAULT '',client_id VARCHAR(256) NOT NULL,client_secret TEXT,scope VARCHAR(128)[],force_pkce BOOLEAN,additional_config TEXT,CONSTRAINT ${c('tenant_thirdparty_provider_clients')}_pkey PRIMARY KEY (connection_uri_domain, app_id, tenant_id, third_party_id, client_type),CONSTRAINT ${c('tenant_thirdparty_provider_clients')}_third_party_id_fkey FOREIGN KEY(connection_uri_domain, app_id, tenant_id, third_party_id) REFERENCES ${t('tenant_thirdparty_providers')} (connection_uri_domain, app_id, tenant_id, third_party_id) ON DELETE CASCADE);`,
  `CREATE INDEX IF NOT EXISTS tenant_thirdparty_provider_clients_third_party_id_index ON ${t('tenant_thirdparty_provider_clients')} (connection_uri_domain, app_id, tenant_id, third_party_id);`,
];

await describeServer('prefix and schema on the postgres server', 'postgres', (url) => {
  it("the core's own statements give the names the model predicts (folded, cut at 63 bytes, in the schema)", async () => {
    const s = await openScratch('postgres', { url });
    await s.useSchema!('auth');
    await s.execStatements(CORE((n) => `auth.Supertokens_${n}`, (n) => `Supertokens_${n}`));
    const core = (await s.catalog()).filter((l) => /^T supertokens_tenant_(configs|thirdparty)/.test(l)).sort();
    const predicted = predictCatalog({ product: 'supertokens', version: '6.0', dialect: 'postgres', params: PG_NAMES }).filter((l) => /^T supertokens_tenant_(configs|thirdparty)/.test(l)).sort();
    expect(core.length).toBeGreaterThan(40);
    expect(predicted).toEqual(core);
    // Nothing outside the schema.
    expect(await s.query(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`)).toEqual([{ n: 0 }]);
    await s.close();
  });

  it('plan verify supertokens 3.3 → 6.0 with postgresql_table_names_prefix=Supertokens, postgresql_table_schema=auth', async () => {
    const r = await verify({ product: 'supertokens', from: '3.3', to: '6.0', dialect: 'postgres', url, params: PG_NAMES, sample: 3 });
    expect(failures(r)).toEqual([]);
    expect(r.checks.find((c) => c.check.startsWith('upgrade equals fresh install'))).toMatchObject({ ok: true, detail: [] });
  });

  it('a 5.0 database in schema auth with prefixed names is at 5.0; the default script refuses it, the named one upgrades it', async () => {
    const s = await openScratch('postgres', { url });
    await s.useSchema!('auth');
    await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect: 'postgres', params: PG_NAMES }).sql);
    await expect(s.execScript(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres' }).sql)).rejects.toThrow(/plan stopped: this database is not at supertokens 5\.0/);
    await s.execScript(compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect: 'postgres', params: PG_NAMES }).sql);
    const tables = await s.query<{ t: string }>(`SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'auth' AND c.relkind = 'r' ORDER BY 1`);
    expect(tables.map((x) => x.t)).toContain('supertokens_tenants');
    expect(tables.every((x) => x.t.startsWith('supertokens_'))).toBe(true);
    await s.close();
  });

  it('plan detect and plan status read the schema the parameter names (no --schema needed); a --schema that disagrees is refused', async () => {
    const s = await openScratch('postgres', { url });
    try {
      await s.useSchema!('auth');
      await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect: 'postgres', params: PG_NAMES }).sql);
      const at = new URL(url);
      at.pathname = `/${s.name}`;
      const params = PG_NAMES.flatMap((p) => ['--param', p]);
      const found = runCli(['detect', 'supertokens', '--url', at.toString(), ...params, '--json']);
      expect(found.stderr).toBe('');
      expect(found.code).toBe(0);
      expect(JSON.parse(found.stdout)).toMatchObject({ outcome: 'exact', best: { versions: ['5.0'] }, ignoredTables: [] });
      const status = runCli(['status', 'supertokens', '--url', at.toString(), ...params, '--to', '6.0']);
      expect(status.code).toBe(0);
      expect(status.stdout).toContain('5.0 → 6.0');
      const clash = runCli(['detect', 'supertokens', '--url', at.toString(), ...params, '--schema', 'public']);
      expect(clash.code).toBe(2);
      expect(clash.stderr.trim()).toBe("plan: error: --schema public and the product's schema parameter (auth) disagree: give one of them");
      // --schema alone (the tables' prefix given): status compiles its commands for that schema, and they run.
      const others = PG_NAMES.filter((p) => !p.startsWith('postgresql_table_schema=')).flatMap((p) => ['--param', p]);
      const bySchema = runCli(['status', 'supertokens', '--url', at.toString(), ...others, '--schema', 'auth', '--to', '6.0', '--json']);
      expect(bySchema.code).toBe(0);
      const cmd = JSON.parse(bySchema.stdout).status.commands[0] as string;
      expect(cmd).toContain('--param postgresql_table_schema=auth');
      // a schema parameter given at its default and a --schema elsewhere disagree too
      const atDefault = runCli(['detect', 'supertokens', '--url', at.toString(), ...others, '--param', 'postgresql_table_schema=public', '--schema', 'auth']);
      expect([atDefault.code, atDefault.stderr.trim()]).toEqual([2, "plan: error: --schema auth and the product's schema parameter (public) disagree: give one of them"]);
    } finally {
      await s.close();
    }
  });
});

await describeServer('prefix on the mysql server', 'mysql', (url) => {
  it('plan verify supertokens 3.3 → 6.0 with mysql_table_names_prefix=supertokens', async () => {
    const r = await verify({ product: 'supertokens', from: '3.3', to: '6.0', dialect: 'mysql', url, params: ['mysql_table_names_prefix=supertokens'], sample: 3 });
    expect(failures(r)).toEqual([]);
    expect(r.checks.find((c) => c.check.startsWith('upgrade equals fresh install'))).toMatchObject({ ok: true, detail: [] });
  });
});
