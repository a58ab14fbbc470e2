import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import { effectiveDateInWindow, ProfileChangeRequestSchema } from './profile-change.js';

const base = { effectiveDate: '2026-12-01', basedOn: '2026-11-01T10:00:00.000Z' };

test('accepts a change of any one field, trimmed', () => {
  const result = validate(ProfileChangeRequestSchema, { ...base, phone: ' +358 40 123 4567 ' });
  assert.ok(result.ok);
  assert.equal(result.ok && result.value.phone, '+358 40 123 4567');
  assert.ok(validate(ProfileChangeRequestSchema, { ...base, contactChannel: 'letter' }).ok);
  assert.ok(
    validate(ProfileChangeRequestSchema, { ...base, address: { street: 'Katu 1', postalCode: '00100', postOffice: 'Helsinki' } }).ok,
  );
});

test('says what is wrong with codes at the field paths', () => {
  const result = validate(ProfileChangeRequestSchema, {
    ...base,
    effectiveDate: '2026-13-45',
    phone: 'call me',
    email: 'tessa@',
    address: { street: ' ', postalCode: '1234', postOffice: '' },
  });
  assert.equal(result.ok, false);
  const issues = result.ok ? [] : result.issues.map((i) => `${i.path}=${i.message}`);
  assert.deepEqual(issues.sort(), [
    'address.postOffice=post-office.required',
    'address.postalCode=postal-code.invalid',
    'address.street=street.required',
    'effectiveDate=effective-date.invalid',
    'email=email.invalid',
    'phone=phone.invalid',
  ]);
});

test('refuses a report that changes nothing', () => {
  const result = validate(ProfileChangeRequestSchema, base);
  assert.equal(result.ok, false);
  assert.deepEqual(result.ok ? [] : result.issues.map((i) => i.message), ['nothing-changed']);
});

test('the effective date stays within a year of today', () => {
  assert.ok(effectiveDateInWindow('2026-11-25', '2026-11-25'));
  assert.ok(effectiveDateInWindow('2025-11-26', '2026-11-25'));
  assert.equal(effectiveDateInWindow('2025-11-01', '2026-11-25'), false);
  assert.equal(effectiveDateInWindow('2028-01-01', '2026-11-25'), false);
});

test('a draft is an object of fields, not an array', async () => {
  const { DraftInputSchema } = await import('./drafts.js');
  assert.ok(validate(DraftInputSchema, { data: { phone: '040' } }).ok);
  assert.equal(validate(DraftInputSchema, { data: ['040'] }).ok, false);
});
