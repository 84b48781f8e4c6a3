// Small products for the lint rules' tests: an install 0 → 1.0 with tables holding rows at 1.0, and the upgrade
// 1.0 → 1.1 under test, written in a temporary plans directory; plan lint's findings on them, one line each.
import { findingLine } from '../../src/lint/format.js';
import { lintProduct } from '../../src/lint/lint.js';
import type { LintReport } from '../../src/lint/types.js';
import { tempPlansDir, writePlanFile } from '../helpers/plans.js';

/** The install of 1.0: items (id, name varchar(50), price integer), tags referencing items ON DELETE CASCADE, notes ON DELETE SET NULL. */
export const INSTALL = `product: demo
from: "0"
to: "1.0"
summary: install
steps:
  - create_table:
      name: items
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: name, type: varchar(50) }
        - { name: price, type: integer }
        - { name: code, type: varchar(20) }
      primary_key: { columns: [id] }
  - create_table:
      name: tags
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: item_id, type: bigint, nullable: false }
      primary_key: { columns: [id] }
      foreign_keys:
        - { name: tags_item_fk, columns: [item_id], references: { table: items, columns: [id] }, on_delete: cascade }
  - create_table:
      name: notes
      columns:
        - { name: id, type: bigint, nullable: false }
        - { name: item_id, type: bigint }
      primary_key: { columns: [id] }
      foreign_keys:
        - { name: notes_item_fk, columns: [item_id], references: { table: items, columns: [id] }, on_delete: set null }
`;

/** The first lines of the upgrade plan: its first step's operation is on line 6, column 5. */
export const UPGRADE_HEAD = `product: demo
from: "1.0"
to: "1.1"
summary: under test
steps:
`;

export interface Linted {
  report: LintReport;
  /** The upgrade's findings, each `line:col rule-id severity message [dialects]` (and its acknowledgement). */
  lines: string[];
  dir: string;
  upgradeFile: string;
}

/**
 * Lints product demo (install INSTALL, then `UPGRADE_HEAD + steps`) on `dialects`.
 * @param only lint one dialect (stale acknowledgements are then not judged)
 * @param productExtra more lines of product.yaml (verify_database: …)
 * @param versionTables the product's version_tables (product.yaml), when it declares some
 */
export function lintSteps(
  steps: string,
  { dialects = ['postgres', 'mysql', 'sqlite'], only, install = INSTALL, productExtra = '', versionTables }: { dialects?: string[]; only?: 'postgres' | 'mysql' | 'sqlite'; install?: string; productExtra?: string; versionTables?: string[] } = {},
): Linted {
  const dir = tempPlansDir();
  const declared = versionTables ? `version_tables: [${versionTables.join(', ')}]\n` : '';
  writePlanFile(dir, 'demo', 'product.yaml', `product: demo\ntitle: Demo\nversions: ["1.0", "1.1"]\ndialects: [${dialects.join(', ')}]\n${declared}${productExtra}`);
  writePlanFile(dir, 'demo', '0-1.0.yaml', install);
  const upgradeFile = writePlanFile(dir, 'demo', '1.0-1.1.yaml', UPGRADE_HEAD + steps);
  const report = lintProduct({ product: 'demo', plansDir: dir, ...(only ? { dialect: only } : {}) });
  const lines = report.findings.filter((f) => f.file === upgradeFile).map((f) => findingLine(f).slice(upgradeFile.length + 1));
  return { report, lines, dir, upgradeFile };
}

/** The findings of one rule, as lintSteps gives them. */
export function ruleLines(l: Linted, rule: string): string[] {
  return l.lines.filter((x) => x.split(' ')[1] === rule);
}
