// A DBA's findings on AuthHero 11.20 → 11.21 (the step that copies tenants into organizations of the control-plane
// tenant), each reproduced as it was found: the script compiled with the DBA's parameters and applied with the
// mariadb client to an 11.20 database holding the tenant 'main'.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import { describeServer } from './helpers/servers.js';

const START = `
INSERT INTO tenants (id, friendly_name, created_at, updated_at) VALUES ('main', 'Control plane', '2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z'), ('tenant-a', 'Tenant A', '2025-06-02T09:00:00.000Z', '2025-06-02T09:00:00.000Z'), ('tenant-b', NULL, '2025-06-03T09:00:00.000Z', '2025-06-03T09:00:00.000Z');
`;
const up = (params: string[] = []) => compile({ product: 'authhero', from: '11.20', to: '11.21', dialect: 'mysql', params }).sql;

await describeServer('authhero 11.20 → 11.21 on MariaDB, as the DBA applied it', 'mysql', (url) => {
  let s: Scratch;
  beforeAll(async () => {
    // AuthHero's 11.20 tables do not fit utf8mb4 (product.yaml verify_database).
    s = await openScratch('mysql', { url, mysqlCharacterSet: 'utf8mb3' });
    await s.execWithClient(compile({ product: 'authhero', from: '0', to: '11.20', dialect: 'mysql' }).sql);
    await s.execScript(START);
  }, 600_000);
  afterAll(async () => s?.close(), 120_000);
  const organizations = async () => (await s.query<{ t: string }>("SELECT CONCAT('[', tenant_id, ']') AS t FROM organizations ORDER BY name")).map((r) => r.t);

  // The finding: --param 'control_plane_tenant_id=main ' (or =Main) applied → "applied", and organizations held
  // [main ] ×3: the check found the tenant through utf8mb3_general_ci (case and trailing spaces ignored), the copy
  // wrote the parameter's spelling, which no tenant has byte for byte (AuthHero compares ids in JavaScript).
  it.each(['main ', 'Main'])("control_plane_tenant_id=%j: stops at the check before any change, as SQLite does", async (id) => {
    await expect(s.execWithClient(up([`control_plane_tenant_id=${id}`]))).rejects.toThrow(/plan stopped: the control-plane tenant \(parameter control_plane_/);
    expect(await organizations()).toEqual([]);
  });

  it("control_plane_tenant_id=main: applied, each organization on the tenant 'main' byte for byte", async () => {
    await s.execWithClient(up(['control_plane_tenant_id=main']));
    expect(await organizations()).toEqual(['[main]', '[main]']);
  });
});
