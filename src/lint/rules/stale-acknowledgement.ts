// stale-acknowledgement: a step acknowledges a rule that does not fire on it (any more): the acknowledgement would
// silence a future finding nobody has looked at. Found by the lint run itself (src/lint/lint.ts), over every
// dialect of the product and every choice of its boolean and enum parameters, not by a check of one compiled plan.
import type { Rule } from '../types.js';

export const staleAcknowledgement: Rule = {
  id: 'stale-acknowledgement',
  severity: 'error',
  summary: 'a step acknowledges a rule that does not fire on it on any dialect or parameter choice',
  fix: 'remove the acknowledgement (or move it to the step the rule fires on)',
  check: () => [],
};
