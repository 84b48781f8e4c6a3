// scriptText (src/compile/text.ts) assembles every script in one pass: it must give exactly what the plain
// join-and-collapse does, for any lines, blank runs and trailing white space included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptText } from '../src/compile/text.js';

const reference = (lines: string[]) => lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';

describe('scriptText', () => {
  it('is the lines joined, blank runs made one, trailing white space removed, one final line break', () => {
    const piece = fc.constantFrom('', '\n', '\n\n', '\n\n\n', ' ', '\t', '\u00a0', '\u2028', 'a', 'SELECT 1;', '-- x →', 'b\n\n\nc', '\n\nd\n');
    const line = fc.array(piece, { maxLength: 5 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      expect(scriptText(lines)).toBe(reference(lines));
    }), { numRuns: 5000 });
  });

  it('cases by hand', () => {
    for (const lines of [[], [''], ['\n\n'], ['a', '', '', 'b'], ['a\n', '\n', 'b'], ['a ', '  ', '\n'], ['\n\n\na'], ['a', 'b\n\n\n\nc', ' ']]) {
      expect(scriptText(lines)).toBe(reference(lines));
    }
  });
});
