import { expect } from '@open-wc/testing';
import { ApiRequestError, defineMessages, LOCALES } from '@portal/shared-contracts';
import {
  errorsFromApiError,
  errorsFromIssues,
  errorText,
  fieldId,
  groupError,
  isConflict,
  isNotFound,
  issuesOf,
  orderedErrors,
} from './form-errors.js';
import { uiMessages } from '../i18n/kit.messages.js';

const messages = defineMessages<'text.too-long' | 'phone.invalid'>({
  fi: { 'text.too-long': 'Enintään {max} merkkiä.', 'phone.invalid': 'Anna numero.' },
  sv: { 'text.too-long': 'Högst {max} tecken.', 'phone.invalid': 'Ange numret.' },
  en: { 'text.too-long': 'At most {max} characters.', 'phone.invalid': 'Enter the number.' },
});

describe('ui-kit form-errors', () => {
  describe('properties', () => {
    it('maps issue paths to ids and keeps the first issue of each path', () => {
      expect(fieldId('education.1.field')).to.equal('education-1-field');
      expect(fieldId('')).to.equal('form');
      const errors = errorsFromIssues([
        { path: 'phone', message: 'phone.invalid' },
        { path: 'phone', message: 'text.required' },
        { path: 'education.0.level', message: 'education.level.required' },
      ]);
      expect(errors).to.deep.equal({ phone: 'phone.invalid', 'education.0.level': 'education.level.required' });
      expect(orderedErrors(errors, ['education.0.level', 'phone']).map((e) => e.path)).to.deep.equal(['education.0.level', 'phone']);
    });

    it('orders a path by its nearest listed parent, the whole form’s first', () => {
      const errors = { 'regions.2': 'a', phone: 'b', '': 'c' };
      expect(orderedErrors(errors, ['phone', 'regions']).map((e) => e.path)).to.deep.equal(['', 'phone', 'regions.2']);
      expect(groupError(errors, 'regions')).to.equal('a');
      expect(groupError({ regions: 'own', 'regions.1': 'inner' }, 'regions')).to.equal('own');
      expect(groupError(errors, 'goals')).to.equal(undefined);
    });

    it('reads the API errors: validation details, conflicts, not found', () => {
      const invalid = new ApiRequestError(400, 'validation-failed', 'x', [{ path: 'goals', message: 'goals.too-long' }]);
      expect(errorsFromApiError(invalid)).to.deep.equal({ goals: 'goals.too-long' });
      expect(issuesOf(invalid)).to.deep.equal([{ path: 'goals', message: 'goals.too-long' }]);
      expect(issuesOf(new Error('x'))).to.deep.equal([]);
      expect(errorsFromApiError(new ApiRequestError(500, 'internal-error', 'x'))).to.equal(undefined);
      expect(isConflict(new ApiRequestError(409, 'conflict', 'x'))).to.equal(true);
      expect(isConflict(new ApiRequestError(400, 'bad-request', 'x'))).to.equal(false);
      expect(isNotFound(new ApiRequestError(404, 'not-found', 'x'))).to.equal(true);
    });

    it('words a code from the area’s table, with parameters or the form’s own words; an unknown code plainly', () => {
      expect(errorText(messages, 'text.too-long', 'fi', { params: { max: 10 } })).to.equal('Enintään 10 merkkiä.');
      expect(errorText(messages, 'phone.invalid', 'en', { overrides: { 'phone.invalid': 'Enter your work phone.' } })).to.equal(
        'Enter your work phone.',
      );
      for (const locale of LOCALES) expect(errorText(messages, 'some.new-code', locale)).to.equal(uiMessages[locale].unknownError);
    });
  });
});
