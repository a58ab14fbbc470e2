import { test } from 'node:test';
import assert from 'node:assert/strict';
import { helsinkiDate } from './calendar.js';

test("helsinkiDate: Helsinki's day, also when asked again within a minute on either side of midnight and across the clock changes", () => {
  // Midnight in Helsinki in winter (UTC+2) and in summer (UTC+3); the kept answer of one minute never
  // leaks into the next, whichever order they are asked in.
  const cases: [string, string][] = [
    ['2026-01-14T21:59:59.999Z', '2026-01-14'],
    ['2026-01-14T22:00:00.000Z', '2026-01-15'],
    ['2026-01-14T21:59:30.000Z', '2026-01-14'],
    ['2026-03-28T22:00:30.000Z', '2026-03-29'],
    ['2026-07-01T20:59:59.000Z', '2026-07-01'],
    ['2026-07-01T21:00:00.000Z', '2026-07-02'],
    ['2026-07-01T21:00:59.000Z', '2026-07-02'],
    ['2026-10-24T20:59:59.000Z', '2026-10-24'],
    ['2026-10-24T21:00:00.000Z', '2026-10-25'],
  ];
  for (const [instant, day] of cases) assert.equal(helsinkiDate(new Date(instant)), day, instant);
});
