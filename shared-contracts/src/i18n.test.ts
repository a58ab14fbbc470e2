import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatDate, formatMessage, formatMonth, formatTime } from './i18n.js';

describe('dates and times as each language writes them in Finland', () => {
  it('writes a day numerically in Finnish and Swedish, with the month name in English', () => {
    assert.equal(formatDate('2026-02-01', 'fi'), '1.2.2026');
    assert.equal(formatDate('2026-02-01', 'sv'), '1.2.2026');
    assert.equal(formatDate('2026-02-01', 'en'), '1 February 2026');
  });

  it('takes the calendar day in Helsinki, not in UTC', () => {
    // 22.30 UTC on 31 December is already New Year's Day in Helsinki.
    assert.equal(formatDate('2026-12-31T22:30:00Z', 'fi'), '1.1.2027');
    assert.equal(formatDate(new Date('2026-12-31T22:30:00Z'), 'sv'), '1.1.2027');
  });

  it('writes a month and a time of day', () => {
    assert.equal(formatMonth('2019-03', 'fi'), '3.2019');
    assert.equal(formatMonth('2019-03', 'sv'), '3.2019');
    assert.equal(formatMonth('2019-03', 'en'), 'March 2019');
    // 07.05 UTC in February is 9.05 in Helsinki (UTC+2), 10.00 UTC in July is 13.00 (UTC+3).
    assert.equal(formatTime('2026-02-01T07:05:00Z', 'fi'), '9.05');
    assert.equal(formatTime('2026-02-01T07:05:00Z', 'sv'), '9.05');
    assert.equal(formatTime('2026-02-01T07:05:00Z', 'en'), '09:05');
    assert.equal(formatTime('2026-07-01T10:00:00Z', 'fi'), '13.00');
    assert.equal(formatTime('2026-07-01T21:30:00Z', 'sv'), '0.30');
  });

  it('fills placeholders and leaves a missing one visible', () => {
    assert.equal(formatMessage('{a} ja {b}', { a: 1 }), '1 ja {b}');
  });
});
