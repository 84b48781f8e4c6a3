// Guards compare definitions, not names: a foreign key re-created without its ON DELETE CASCADE (the case of
// ../shared/cases/guards/repro-fk-drift.sql, copied here) is repaired by a re-run of the 5.0 → 6.0 script,
// and nothing else is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, predictCatalog } from '../src/compile/compile.js';
import { openScratch, type Scratch } from '../src/engines/index.js';
import type { DialectName } from '../src/plan/types.js';
import { describeEngines } from './helpers/servers.js';

const sorted = (l: string[]) => [...l].sort();

/** The repro's drift: key_value's foreign key to tenants re-created without ON DELETE CASCADE. */
const DRIFT: Record<DialectName, string> = {
  postgres: `ALTER TABLE key_value DROP CONSTRAINT key_value_tenant_id_fkey;
ALTER TABLE key_value ADD CONSTRAINT key_value_tenant_id_fkey FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id);`,
  mysql: `ALTER TABLE key_value DROP FOREIGN KEY key_value_ibfk_1;
ALTER TABLE key_value ADD CONSTRAINT key_value_ibfk_1 FOREIGN KEY (app_id, tenant_id) REFERENCES tenants (app_id, tenant_id);`,
};

for (const dialect of ['postgres', 'mysql'] as DialectName[]) {
  await describeEngines(dialect, (target) => {
    describe(`${target.title}: drift inside an object the script defines is repaired by a re-run`, () => {
      let s: Scratch;
      const up = compile({ product: 'supertokens', from: '5.0', to: '6.0', dialect });
      const expected = sorted(predictCatalog({ product: 'supertokens', version: '6.0', dialect }));
      beforeAll(async () => {
        s = await openScratch(dialect, { url: target.url });
        await s.execScript(compile({ product: 'supertokens', from: '0', to: '5.0', dialect }).sql);
        await s.execScript(up.sql);
      }, 300_000);
      afterAll(async () => {
        await s?.close();
      });

      it('a foreign key that lost ON DELETE CASCADE gets it back; the rest is left alone', async () => {
        expect(sorted(await s.catalog())).toEqual(expected);
        await s.execScript(DRIFT[dialect]);
        const drifted = sorted(await s.catalog());
        const lost = expected.filter((l) => !drifted.includes(l));
        expect(lost).toHaveLength(1);
        expect(lost[0]).toMatch(/key_value.*(key_value_tenant_id_fkey|key_value_ibfk_1).*ON DELETE CASCADE/);
        await s.execScript(up.sql);
        expect(sorted(await s.catalog())).toEqual(expected);
      });
    });
  });
}
