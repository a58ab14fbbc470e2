import { expect } from '@open-wc/testing';
import { LOCALES } from '@portal/shared-contracts';
import { JOB_SEARCH_ERRORS } from '@portal/shared-contracts/job-search';
import { addDays, deadlineOf, deadlineText, errorText, helsinkiToday, kitMessages } from './form-kit.js';

// The area's part of the form kit: its words for the contract's codes and its deadlines. The
// controls, the error summary, the step flow and sending are the UI kit's, tested in modules/ui-kit.

describe('form-kit', () => {
  describe('properties', () => {
    it('words every error code of the contract in every language', () => {
      for (const locale of LOCALES) {
        for (const code of Object.values(JOB_SEARCH_ERRORS)) {
          expect(errorText(code, locale), `${locale} ${code}`).not.to.equal(kitMessages[locale].unknownError);
        }
        expect(errorText('some.new-code', locale)).to.equal(kitMessages[locale].unknownError);
      }
      expect(errorText('phone.invalid', 'sv')).to.equal('Ange telefonnumret med siffror, till exempel 040 123 4567.');
      expect(errorText('phone.invalid', 'en', { 'phone.invalid': 'Enter the number of your work phone.' })).to.equal('Enter the number of your work phone.');
    });

    it('says how a deadline stands: days left, due today, or late by the server’s word or the calendar', () => {
      const today = helsinkiToday();
      expect(deadlineOf(addDays(today, 1), false, today)).to.deep.equal({ kind: 'left', days: 1 });
      expect(deadlineOf(today, false, today)).to.deep.equal({ kind: 'today' });
      expect(deadlineOf(addDays(today, -1), false, today)).to.deep.equal({ kind: 'late' });
      expect(deadlineOf(addDays(today, 5), true, today)).to.deep.equal({ kind: 'late' });
      expect(deadlineText({ kind: 'left', days: 2 }, 'fi')).to.equal('2 päivää aikaa');
      expect(deadlineText({ kind: 'left', days: 1 }, 'sv')).to.equal('1 dag kvar');
      expect(deadlineText({ kind: 'today' }, 'en')).to.equal('Due today');
    });
  });
});
