// Keto 0.6 → 0.7 cut before its data steps, for the tests of what status and detect say of a script that stopped
// there (status-data-steps.test.ts) and of reads that take too long there (status-read-timeout.test.ts).
import { compile } from '../../src/compile/compile.js';
import type { Scratch } from '../../src/engines/index.js';

/** The namespaces parameter of these tests: two namespaces, so 0.6 has two legacy tuple tables. */
export const KETO_NS = ['namespaces=files:1,groups:2'];

/**
 * The text of a Keto 0.6 → 0.7 script before the banner of its step `step` (e.g. `8/11`).
 * @throws Error when the script has no such banner
 */
export function cutBefore(script: string, step: string): string {
  const at = script.indexOf(`-- 0.6 → 0.7 · ${step} · `);
  if (at < 0) throw new Error(`no banner ${step}`);
  return script.slice(0, at);
}

/** Installs Keto 0.6 (KETO_NS) on scratch `s`, with tuples in both namespaces' legacy tables. */
export async function keto06(s: Scratch, dialect: 'postgres' | 'mysql'): Promise<void> {
  await s.execScript(compile({ product: 'keto', from: '0', to: '0.6', dialect, params: KETO_NS }).sql);
  const now = "'2024-01-02 03:04:05'";
  await s.execStatements([
    `INSERT INTO keto_0000000001_relation_tuples (shard_id, object, relation, subject, commit_time) VALUES ('', 'o1', 'r', 'u1', ${now}), ('', 'o2', 'r', 'u2', ${now})`,
    `INSERT INTO keto_0000000002_relation_tuples (shard_id, object, relation, subject, commit_time) VALUES ('', 'g1', 'm', 'u1', ${now})`,
  ]);
}
