import { expect, fixture } from '@open-wc/testing';
import { daysLeftUntil, deadlineTag, deadlineText, type DeadlineKey } from './deadline.js';

const words: Record<DeadlineKey, string> = {
  daysLeft: '{count} days left',
  daysLeftOne: '1 day left',
  dueToday: 'Last day today',
  deadlinePassed: 'Passed',
};
const text = (key: DeadlineKey, params?: { count: number }): string => words[key].replace('{count}', String(params?.count ?? ''));

describe('ui-kit deadline', () => {
  describe('properties', () => {
    it('counts days left from a given today in Finland', () => {
      expect(daysLeftUntil('2026-12-03', '2026-12-01')).to.equal(2);
      expect(daysLeftUntil('2026-11-30', '2026-12-01')).to.equal(-1);
    });

    it('words days left, the last day and a passed day', () => {
      expect([3, 1, 0, -1].map((days) => deadlineText(days, text))).to.deep.equal([
        '3 days left',
        '1 day left',
        'Last day today',
        'Passed',
      ]);
    });

    it('draws a grey tag while there is time and a red one once passed', async () => {
      const due = await fixture<HTMLElement>(deadlineTag(0, text));
      const late = await fixture<HTMLElement>(deadlineTag(-2, text));
      expect(due.className).to.equal('tag due');
      expect(late.className).to.equal('tag late');
      expect(late.textContent).to.equal('Passed');
    });
  });
});
