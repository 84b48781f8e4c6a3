// Every lint rule has its module, its page beside it (src/lint/rules/<id>.md: id, severity, fix) and its tests
// (test/lint/<id>.test.ts), and the README lists it with a link to its page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { projectRoot } from '../../src/paths.js';

const ROOT = projectRoot();
const RULES_DIR = join(ROOT, 'src/lint/rules');

describe('lint rules: pages, tests, registry', () => {
  it('ids are kebab-case and unique; every module of rules/ is registered', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    const modules = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    expect(modules).toEqual([...ids].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its page, with its severity and fix, and its tests', (id, rule) => {
    const page = join(RULES_DIR, `${id}.md`);
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain(`**Severity:** ${rule.severity}`);
    expect(text).toContain(`**Fix:** ${rule.fix}\n`);
    for (const line of [rule.summary, rule.fix]) expect(line).not.toMatch(/\n/);
    expect(existsSync(join(ROOT, 'test/lint', `${id}.test.ts`)), `test/lint/${id}.test.ts`).toBe(true);
  });

  it('every page is a rule\'s', () => {
    const pages = readdirSync(RULES_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    expect(pages).toEqual(RULES.map((r) => r.id).sort());
  });

  it('the README lists every rule with a link to its page and its severity', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const r of RULES) expect(readme).toContain(`[\`${r.id}\`](src/lint/rules/${r.id}.md) | ${r.severity} |`);
  });
});
