import { expect } from '@open-wc/testing';
import { addDays, daysBetween, formatDateTime, helsinkiToday } from './dates.js';

describe('ui-kit dates', () => {
  describe('properties', () => {
    it('counts calendar days in Finland', () => {
      expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
      expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
      expect(helsinkiToday(new Date('2026-11-24T22:30:00Z'))).to.equal('2026-11-25');
    });

    it('states a moment in Helsinki time, whatever the browser’s zone', () => {
      const fi = formatDateTime('2026-11-25T10:00:00.000Z', 'fi');
      expect(fi).to.contain('2026');
      expect(fi).to.contain('12.00');
      expect(formatDateTime(new Date('2026-11-25T10:00:00.000Z'), 'en')).to.contain('12:00');
    });
  });
});
