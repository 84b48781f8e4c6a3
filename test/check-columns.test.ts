// A column a check reads is neither renamed nor dropped (src/model/check-columns.ts): PostgreSQL rewrites the
// check with the new name (or drops it with the column) while the model keeps the plan's text, so every later
// run stopped at the version check ("table a has constraint a_ck CHECK ((total <> 12345)), which no version on
// this path has"). Found while adding checks to the property generator. And MySQL's rule that a check may not
// read a column a foreign key's referential action writes (found on MariaDB by the property tests).
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { checksReading } from '../src/model/check-columns.js';
import type { Table } from '../src/model/model.js';
import { demoProduct, planError } from './helpers/plans.js';

const BASE = `product: demo
from: "0"
to: "1.0"
summary: base
steps:
  - create_table: { name: a, columns: [{ name: id, type: integer, nullable: false }, { name: amount, type: integer }, { name: note, type: "varchar(20)" }], primary_key: { columns: [id] }, checks: [{ name: a_ck, expression: { postgres: "amount <> 12345 AND note <> 'total'", mysql: "\`amount\` <> 12345 AND \`note\` <> 'total'" } }] }
`;
const upgrade = (step: string) => `product: demo\nfrom: "1.0"\nto: "1.1"\nsummary: s\nsteps:\n  - ${step}\n`;

describe('columns read by a check', () => {
  it.each(['postgres', 'mysql'])('%s: renaming one is refused at the step', (dialect) => {
    const dir = demoProduct({ '0-1.0.yaml': BASE, '1.0-1.1.yaml': upgrade('rename_column: { table: a, from: amount, to: total }') });
    const e = planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }));
    expect(e.message).toMatch(/1\.0-1\.1\.yaml:6:\d+: rename_column: column "a\.amount" is read by check a_ck, which PostgreSQL would rewrite with the new name while the model keeps the text the plan wrote \(no step can change a check\)$/);
  });

  it.each(['postgres', 'mysql'])('%s: dropping one is refused at the step', (dialect) => {
    const dir = demoProduct({ '0-1.0.yaml': BASE, '1.0-1.1.yaml': upgrade('drop_column: { table: a, column: note }\n    irreversible: test') });
    const e = planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir }));
    expect(e.message).toMatch(/drop_column: column "a\.note" is used by check a_ck: drop it first$/);
  });

  it('other columns stay free; a name inside a string literal is not a reference', () => {
    const dir = demoProduct({ '0-1.0.yaml': BASE.replace('{ name: note, type: "varchar(20)" }', '{ name: note, type: "varchar(20)" }, { name: total, type: integer }').replace("note <> 'total'", "note <> 'x'").replace("`note` <> 'total'", "`note` <> 'x'"), '1.0-1.1.yaml': upgrade('rename_column: { table: a, from: total, to: sum }') });
    for (const dialect of ['postgres', 'mysql']) compile({ product: 'demo', from: '1.0', to: '1.1', dialect, plansDir: dir });
  });

  it('MySQL: a foreign key with a referential action on a column a check reads is refused (RESTRICT is not); PostgreSQL allows it', () => {
    const parent = 'create_table: { name: p, columns: [{ name: id, type: integer, nullable: false }], primary_key: { columns: [id] } }';
    const fk = (action: string) => upgrade(`${parent}\n  - add_foreign_key: { table: a, name: a_p, columns: [amount], references: { table: p, columns: [id] }, on_update: ${action} }`);
    const dir = demoProduct({ '0-1.0.yaml': BASE, '1.0-1.1.yaml': fk('cascade') });
    compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'postgres', plansDir: dir });
    expect(planError(() => compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: dir })).message).toMatch(
      /1\.0-1\.1\.yaml:7:\d+: add_foreign_key: foreign key a_p has ON UPDATE CASCADE on column a\.amount, which check a_ck reads \(MySQL and MariaDB refuse both on one column\): give the foreign key RESTRICT or NO ACTION$/,
    );
    compile({ product: 'demo', from: '1.0', to: '1.1', dialect: 'mysql', plansDir: demoProduct({ '0-1.0.yaml': BASE, '1.0-1.1.yaml': fk('restrict') }) });
  });

  it('reads bare words in any case, "quoted" and `quoted` names exactly, and skips literals', () => {
    const t = (expression: string) => ({ name: 't', columns: [], uniques: [], foreignKeys: [], indexes: [], checks: [{ name: 'k', expression }] }) as Table;
    expect(checksReading(t('Amount > 0'), 'amount')).toEqual(['k']);
    expect(checksReading(t('"Total" > 0'), 'Total')).toEqual(['k']);
    expect(checksReading(t('"Total" > 0'), 'total')).toEqual([]);
    expect(checksReading(t('`we``ird` > 0'), 'we`ird')).toEqual(['k']);
    expect(checksReading(t("note <> 'amount' AND x <> 'it''s amount'"), 'amount')).toEqual([]);
  });
});
