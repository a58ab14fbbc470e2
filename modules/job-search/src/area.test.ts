import { expect } from '@open-wc/testing';
import { formatMessage, LOCALES, type Locale } from '@portal/shared-contracts';
import { JOB_SEARCH_ERRORS } from '@portal/shared-contracts/job-search';
import { errorText } from '@portal/ui-kit/form';
import { addDays, helsinkiToday, uiMessages } from '@portal/ui-kit/page';
import { areaMessages, errorMessages, withAreaMessages, type AreaMessageKey } from './area.js';
import { deadlineOf, deadlineText } from './deadlines.js';

// The area's own words: for the contract's codes and its deadlines. The controls, the error
// summary, the step flow and sending are the UI kit's, tested in modules/ui-kit.

describe('area', () => {
  describe('properties', () => {
    it('words every error code of the contract in every language', () => {
      for (const locale of LOCALES) {
        for (const code of Object.values(JOB_SEARCH_ERRORS)) {
          expect(errorText(errorMessages, code, locale), `${locale} ${code}`).not.to.equal(uiMessages[locale].unknownError);
        }
        expect(errorText(errorMessages, 'some.new-code', locale)).to.equal(uiMessages[locale].unknownError);
      }
      expect(errorText(errorMessages, 'phone.invalid', 'sv')).to.equal('Ange telefonnumret med siffror, till exempel 040 123 4567.');
      expect(
        errorText(errorMessages, 'phone.invalid', 'en', { overrides: { 'phone.invalid': 'Enter the number of your work phone.' } }),
      ).to.equal('Enter the number of your work phone.');
    });

    it('says how a deadline stands: days left, due today, or late by the server’s word or the calendar', () => {
      const today = helsinkiToday();
      expect(deadlineOf(addDays(today, 1), false, today)).to.deep.equal({ kind: 'left', days: 1 });
      expect(deadlineOf(today, false, today)).to.deep.equal({ kind: 'today' });
      expect(deadlineOf(addDays(today, -1), false, today)).to.deep.equal({ kind: 'late' });
      expect(deadlineOf(addDays(today, 5), true, today)).to.deep.equal({ kind: 'late' });
      const t = (locale: Locale) => (key: AreaMessageKey, params?: Record<string, number>) =>
        formatMessage(areaMessages[locale][key], params);
      expect(deadlineText({ kind: 'left', days: 2 }, t('fi'))).to.equal('2 päivää aikaa');
      expect(deadlineText({ kind: 'left', days: 1 }, t('sv'))).to.equal('1 dag kvar');
      expect(deadlineText({ kind: 'today' }, t('en'))).to.equal('Due today');
    });

    it('gives every element the area’s shared words beside its own, its own winning a clash', () => {
      const merged = withAreaMessages({
        fi: { own: 'oma', late: 'Myöhään' },
        sv: { own: 'egen', late: 'Sent' },
        en: { own: 'own', late: 'Late!' },
      });
      expect(merged.fi['changeKind.work']).to.equal('Työn aloittaminen');
      expect(merged.sv.own).to.equal('egen');
      expect(merged.en.late).to.equal('Late!');
    });
  });
});
