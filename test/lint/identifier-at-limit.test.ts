import { describe, expect, it } from 'vitest';
import { lintSteps, ruleLines } from './helpers.js';

const add = (name: string) => `  - add_column: { table: items, column: { name: ${name}, type: integer } }\n`;

describe('identifier-at-limit', () => {
  it('finds a name exactly as long as the engine allows: 63 bytes on PostgreSQL', () => {
    const name = 'c'.repeat(63);
    expect(ruleLines(lintSteps(add(name)), 'identifier-at-limit')).toEqual([`6:17 identifier-at-limit warning column items.${name} is 63 bytes long, the most PostgreSQL allows [postgres]`]);
  });

  it('64 characters on MySQL', () => {
    const name = 'c'.repeat(64);
    expect(ruleLines(lintSteps(add(name), { dialects: ['mysql'] }), 'identifier-at-limit')).toEqual([`6:17 identifier-at-limit warning column items.${name} is 64 characters long, the most MySQL 8 / MariaDB allows [mysql]`]);
  });

  it('leaves alone a shorter name', () => {
    expect(ruleLines(lintSteps(add('c'.repeat(62))), 'identifier-at-limit')).toEqual([]);
  });
});
