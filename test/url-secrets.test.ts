// Found by review (stop 36): passwords printed in clear. `redact` returned a URL it could not parse unchanged, and
// kept a password given as a query parameter (`?password=`); the command status prints carried `sslpassword`, the
// client key's passphrase. Each reproduction with its exact input.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSecretParameter, openScratch, redact } from '../src/engines/index.js';
import { applyTargetOfUrl } from '../src/engines/live.js';
import { projectRoot } from '../src/paths.js';
import { describeServer } from './helpers/servers.js';

const cli = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const plan = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('redact', () => {
  it('hides the password of a URL that parses, and every secret query parameter', () => {
    expect(redact('postgres://postgres:S3cretPW@127.0.0.1:5432/app')).toBe('postgres://postgres:***@127.0.0.1:5432/app');
    expect(redact('postgres://postgres@127.0.0.1:5499/h_R_x?password=S3cretPW')).toBe('postgres://postgres@127.0.0.1:5499/h_R_x?password=***');
    expect(redact('mysql://root@127.0.0.1:3306/db?password=S3cretPW2&charset=utf8mb4')).toBe('mysql://root@127.0.0.1:3306/db?password=***&charset=utf8mb4');
    expect(redact('postgres://u:pw@h/db?sslmode=disable&sslpassword=KeyS3cret')).toBe('postgres://u:***@h/db?sslmode=disable&sslpassword=***');
  });

  it('hides them in a text the URL parser does not read (a port that is not a number)', () => {
    expect(redact('postgres://postgres:S3cretPW@127.0.0.1:54x2/h_R_x')).toBe('postgres://postgres:***@127.0.0.1:54x2/h_R_x');
    expect(redact('postgres://postgres@127.0.0.1:54x2/h_R_x?password=S3cretPW')).toBe('postgres://postgres@127.0.0.1:54x2/h_R_x?password=***');
    expect(redact('mysql://root:a:b@c@[bad/db')).not.toMatch(/a:b@c/);
  });

  it('hides a password holding an unencoded /, # or ? (found by review, stop 38: printed in clear)', () => {
    expect(redact('postgres://postgres:Sup3r#Secret@127.0.0.1:5432/test')).toBe('postgres://postgres:***@127.0.0.1:5432/test');
    expect(redact('postgres://postgres:pa/ss@127.0.0.1:5432/test')).toBe('postgres://postgres:***@127.0.0.1:5432/test');
    expect(redact('mysql://root:se?cret@127.0.0.1:3306/test')).toBe('mysql://root:***@127.0.0.1:3306/test');
    for (const url of ['postgres://postgres:Sup3r#Secret@127.0.0.1:5432/test', 'postgres://postgres:pa/ss@127.0.0.1:5432/test', 'mysql://root:se?cret@127.0.0.1:3306/test']) {
      const r = plan(['detect', 'fief', '--url', url]);
      expect(r.stderr).not.toMatch(/Sup3r|Secret|pa\/ss|se\?cret/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.status).toBe(2);
    }
  });

  it('the secret parameters: libpq password, sslpassword; mysql2 password1 … 3, passphrase', () => {
    for (const k of ['password', 'sslpassword', 'password1', 'password3', 'passphrase', 'PASSWORD']) expect(isSecretParameter(k), k).toBe(true);
    for (const k of ['sslmode', 'application_name', 'charset', 'options']) expect(isSecretParameter(k), k).toBe(false);
  });

  it('the apply command status prints carries no secret parameter', () => {
    const t = applyTargetOfUrl('postgres://postgres:pw@127.0.0.1:5432/h_R_sub?sslmode=disable&sslpassword=KeyS3cret');
    expect(JSON.stringify(t)).not.toContain('KeyS3cret');
    expect(t.parameters).toEqual([['sslmode', 'disable']]);
  });
});

describe('the CLI never prints them', () => {
  it('plan detect with a URL whose port does not parse', () => {
    const r = plan(['detect', 'keto', '--url', 'postgres://postgres:S3cretPW@127.0.0.1:54x2/h_R_x']);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).not.toContain('S3cretPW');
    expect(r.stderr).toContain(':***@');
  });

  it('plan detect with ?password= at a port nothing listens on', () => {
    const r = plan(['detect', 'keto', '--url', 'postgres://postgres@127.0.0.1:5499/h_R_x?password=S3cretPW']);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).not.toContain('S3cretPW');
    expect(r.stderr).toContain('password=***');
  });
});

// Found by a fresh user: a MySQL URL's `?password=` was hidden in messages (redact) but not used to connect, so
// `mysql://root@127.0.0.1:3306/test?password=x` connected with no password and was refused; PostgreSQL's libpq-style
// URLs take it. The reproduction: a user with a password, named only by the query parameter.
await describeServer('a MySQL URL\'s ?password= is the password it connects with', 'mysql', (server) => {
  it('plan detect and plan verify connect as h_sm_pw with ?password=S3cret-pw (a user no other password lets in)', async () => {
    const mysql = (await import('mysql2/promise')).default;
    const admin = await mysql.createConnection(server);
    const hosts = ['%', 'localhost', '127.0.0.1'];
    try {
      for (const h of hosts) {
        await admin.query(`DROP USER IF EXISTS 'h_sm_pw'@'${h}'`);
        await admin.query(`CREATE USER 'h_sm_pw'@'${h}' IDENTIFIED BY 'S3cret-pw'`);
        await admin.query(`GRANT ALL ON *.* TO 'h_sm_pw'@'${h}'`);
      }
      const u = new URL(server);
      const url = `mysql://h_sm_pw@${u.host}${u.pathname}?password=S3cret-pw`;
      const r = plan(['detect', 'keto', '--url', url]);
      expect(r.stderr).not.toContain('cannot read the catalog');
      expect(r.stdout).toContain(`keto on mariadb ${u.host}${u.pathname}`);
      expect(r.stdout + r.stderr).not.toContain('S3cret-pw');
      // plan verify's scratch databases (src/engines/mysql.ts) connect the same way.
      const s = await openScratch('mysql', { url });
      try {
        expect((await s.query<{ u: string }>('SELECT CURRENT_USER() AS u'))[0].u).toMatch(/^h_sm_pw@/);
      } finally {
        await s.close();
      }
    } finally {
      for (const h of hosts) await admin.query(`DROP USER IF EXISTS 'h_sm_pw'@'${h}'`);
      await admin.end();
    }
  }, 120_000);
});
