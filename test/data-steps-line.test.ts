// Found by use (stop 38): after the Logto import ran to its end and the application then wrote more rows into the
// source table, plan detect said "the 1.41 → 1.41-imported script stopped before its data steps were done". Nothing
// had stopped. Where a step with rows left is an import, the line now says both things it can mean.
import { expect, it } from 'vitest';
import { dataStepsLine } from '../src/detect/data-steps.js';

it('an import with rows left: stopped, or its source gained rows', () => {
  expect(dataStepsLine({ version: '1.41-imported', from: '1.41', left: ['6/9 (import rows from legacy_users into users)'], skipped: [] })).toBe(
    'the schema is at 1.41-imported, but either the 1.41 → 1.41-imported script stopped before its data steps were done, or the source it imports from has gained rows since it ran: step 6/9 (import rows from legacy_users into users) still has rows to write; run the 1.41 → 1.41-imported script again (it resumes where it stopped, and imports only the rows not imported yet)',
  );
});

it('a copy with rows left: the script stopped, as before', () => {
  expect(dataStepsLine({ version: '0.7', from: '0.6', left: ['8/11 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples)'], skipped: [] })).toBe(
    'the schema is at 0.7, but the 0.6 → 0.7 script stopped before its data steps were done: step 8/11 (copy rows from keto_0000000002_relation_tuples into keto_relation_tuples) still has rows to write; run the 0.6 → 0.7 script again (it resumes where it stopped)',
  );
});
