// `plan status` when a data step read ran longer than --read-timeout (src/detect/data-steps.ts) and none of the
// others has work left. Found by review: status said "up to date" (exit 0), taking the steps it could not ask for
// done. Pure (no server): the detection of a Keto 0.7 schema and what the reads found, as the CLI hands them over;
// status-read-timeout.test.ts holds the live reproduction (PostgreSQL, CLI, exit code).
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { detect } from '../src/detect/detect.js';
import type { DataStepsFound } from '../src/detect/data-steps.js';
import { formatStatus } from '../src/detect/format.js';
import { status } from '../src/detect/status.js';
import { getDialect } from '../src/dialects/index.js';

const NS = ['namespaces=files:1,groups:2'];
const COPY = '10/14 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)';

const at07 = () => {
  const after = compile({ product: 'keto', from: '0', to: '0.7', dialect: 'postgres', params: NS }).after;
  return detect({ product: 'keto', dialect: 'postgres', params: NS, found: getDialect('postgres').catalog.catalogLines(after) });
};
const timedOut: DataStepsFound = { version: '0.7', from: '0.6', left: [], skipped: [{ step: COPY, why: 'canceling statement due to statement timeout', timedOutMs: 10 }] };

describe('status with a data step read that timed out', () => {
  it('at the target: unknown, not up to date, no commands, the note says how to know', () => {
    const r = at07();
    expect(r.outcome).toBe('exact');
    const s = status({ detected: r, params: NS, to: '0.7', dataSteps: timedOut });
    expect(s.state).toBe('unknown');
    expect(s.unchecked).toEqual({ version: '0.7', from: '0.6', steps: [COPY] });
    expect(s.commands).toEqual([]);
    expect(s.notes[0]).toBe(
      `state unknown: the schema is at 0.7, but whether the 0.6 → 0.7 script finished its data step ${COPY} is not known (the read ran longer than --read-timeout); run status again with a longer --read-timeout (0: no limit), or run the 0.6 → 0.7 script again, which resumes them if it stopped before them and changes nothing otherwise`,
    );
    const text = formatStatus(r, s, 'x').split('\n');
    expect(text).toContain('unknown: the schema is at 0.7; whether its data steps are done could not be read in time (see the note)');
    expect(text.some((l) => l.startsWith('up to date'))).toBe(false);
  });

  it('going on past it: unknown, the commands as if its data steps were done, said so', () => {
    const s = status({ detected: at07(), params: NS, to: '0.7-cleanup', dataSteps: timedOut });
    expect(s.state).toBe('unknown');
    expect(s.from).toBe('0.7');
    expect(s.commands.length).toBeGreaterThan(0);
    expect(s.notes.find((n) => n.startsWith('state unknown:'))).toContain('the commands below assume 0.7 with its data steps done: if the script stopped before them, they do not do them');
    expect(formatStatus(at07(), s, 'x')).toContain('if it were at 0.7: 1 plan');
  });

  it('a step the engine refused (no timeout) leaves status as it was: up to date, the step named', () => {
    const refused: DataStepsFound = { version: '0.7', from: '0.6', left: [], skipped: [{ step: COPY, why: 'relation "x" does not exist' }] };
    const s = status({ detected: at07(), params: NS, to: '0.7', dataSteps: refused });
    expect(s.state).toBe('up-to-date');
    expect(s.unchecked).toBeUndefined();
  });

  it('every read answered, none with work left: up to date', () => {
    expect(status({ detected: at07(), params: NS, to: '0.7', dataSteps: { version: '0.7', from: '0.6', left: [], skipped: [] } }).state).toBe('up-to-date');
  });
});
