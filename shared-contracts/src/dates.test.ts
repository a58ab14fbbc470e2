import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, helsinkiToday } from './dates.js';

test('today is the Finnish calendar day, not the UTC one', () => {
  // 22:30 UTC on 25 November is 00:30 on 26 November in Helsinki (UTC+2 in winter).
  assert.equal(helsinkiToday(new Date('2026-11-25T22:30:00Z')), '2026-11-26');
  assert.equal(helsinkiToday(new Date('2026-11-25T21:59:00Z')), '2026-11-25');
  // Summer time: UTC+3.
  assert.equal(helsinkiToday(new Date('2026-06-30T21:00:00Z')), '2026-07-01');
});

test('days between two calendar days, across a change of summer time and a year', () => {
  assert.equal(daysBetween('2026-11-25', '2026-11-27'), 2);
  assert.equal(daysBetween('2026-11-25', '2026-11-25'), 0);
  assert.equal(daysBetween('2026-11-25', '2026-11-24'), -1);
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
  assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
});

test('calendar days: real days only, and whole days added across months and years', async () => {
  const { addDays, isCalendarDate } = await import('./dates.js');
  assert.equal(isCalendarDate('2026-02-28'), true);
  assert.equal(isCalendarDate('2026-02-30'), false);
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('26-11-2026'), false);
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
});
