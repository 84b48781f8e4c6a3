// Found by use (stop 38): plan status --to 11.20 on an AuthHero 11.21 database listed under "data" only the logs
// columns the rollback drops, not the organizations rows it deletes (and those their foreign keys take with them),
// which the rollback's header says on its ROWS DELETED line. Status now lists every data line of the header.
import { expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import { formatStatus } from '../src/detect/format.js';
import { status } from '../src/detect/status.js';

it.each(['mysql', 'sqlite'] as const)('AuthHero 11.21 → 11.20 on %s: status lists the rows the rollback deletes, as its header does', (dialect) => {
  const detected = detect({ product: 'authhero', dialect, found: predictCatalog({ product: 'authhero', version: '11.21', dialect }) });
  const st = status({ detected, to: '11.20' });
  const header = compile({ product: 'authhero', from: '11.21', to: '11.20', dialect }).sql.split('\n').filter((l) => l.startsWith('-- ROWS DELETED: '));
  expect(header.length).toBeGreaterThan(0);
  expect(header[0]).toMatch(/^-- ROWS DELETED: the organizations rows the upgrade copied from tenants, and the rows of organization_connections/);
  for (const l of header) expect(st.data).toContain(`[11.21 → 11.20] ${l.slice(3)}`);
  expect(formatStatus(detected, st, 'x')).toContain(`  [11.21 → 11.20] ${header[0].slice(3)}`);
});
