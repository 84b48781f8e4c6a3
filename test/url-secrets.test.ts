// Found by review (stop 36): passwords printed in clear. `redact` returned a URL it could not parse unchanged, and
// kept a password given as a query parameter (`?password=`); the command status prints carried `sslpassword`, the
// client key's passphrase. Each reproduction with its exact input.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSecretParameter, redact } from '../src/engines/index.js';
import { applyTargetOfUrl } from '../src/engines/live.js';
import { projectRoot } from '../src/paths.js';

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
