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

const issuesOf = (address: unknown): string[] => {
  const result = validate(ProfileChangeRequestSchema, { ...base, address });
  return result.ok ? [] : result.issues.map((i) => `${i.path}=${i.message}`).sort();
};

test('an address in Finland: with country FI, or with none (reports from before addresses abroad)', () => {
  for (const address of [
    { street: 'Mannerheimintie 1', postalCode: '00100', postOffice: 'Helsinki' },
    { street: 'Mannerheimintie 1', postalCode: '00100', postOffice: 'Helsinki', country: 'FI' },
  ]) {
    const result = validate(ProfileChangeRequestSchema, { ...base, address });
    assert.ok(result.ok, JSON.stringify(address));
    assert.deepEqual(result.ok && result.value.address, { ...address, country: 'FI' });
  }
});

test('an address abroad: Ulla in Oslo, trimmed, the country in capitals; the postal code may be left out', () => {
  const result = validate(ProfileChangeRequestSchema, {
    ...base,
    address: { street: ' Storgata 1 ', postalCode: '0155', postOffice: 'Oslo', country: 'NO' },
  });
  assert.ok(result.ok);
  assert.deepEqual(result.ok && result.value.address, { street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'NO' });
  const noCode = validate(ProfileChangeRequestSchema, {
    ...base,
    address: { street: 'Main Street 5', postOffice: 'Dublin', country: 'ie' },
  });
  assert.deepEqual(noCode.ok && noCode.value.address, { street: 'Main Street 5', postalCode: '', postOffice: 'Dublin', country: 'IE' });
  assert.deepEqual(issuesOf({ street: 'Downing Street 10', postalCode: 'SW1A 2AA', postOffice: 'London', country: 'GB' }), []);
  assert.deepEqual(issuesOf({ street: 'Rue 1', postalCode: '75-001', postOffice: 'Paris', country: 'FR' }), []);
});

test('Finnish rules stay Finnish: a postal code of five digits, given; FI cannot be used to skip them', () => {
  assert.deepEqual(issuesOf({ street: 'Katu 1', postalCode: '0155', postOffice: 'Oslo' }), ['address.postalCode=postal-code.invalid']);
  assert.deepEqual(issuesOf({ street: 'Katu 1', postalCode: '', postOffice: 'Helsinki' }), ['address.postalCode=postal-code.required']);
  // Country FI means the Finnish rules, whatever form the other fields have.
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'FI' }), [
    'address.postalCode=postal-code.invalid',
  ]);
  // Written otherwise ("fi"), Finland reaches the abroad rules, which refuse it by name.
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'fi' }), [
    'address.country=country.finland',
  ]);
});

test('an address abroad needs its city and a known country', () => {
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postalCode: '0155', postOffice: ' ', country: '' }), [
    'address.country=country.required',
    'address.postOffice=city.required',
  ]);
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postOffice: 'Oslo', country: 'XX' }), ['address.country=country.invalid']);
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postOffice: 'Oslo', country: 7 }), ['address.country=country.invalid']);
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postOffice: 'Oslo', country: 'NOR' }), ['address.country=country.invalid']);
  assert.deepEqual(issuesOf({ street: 'Storgata 1', postalCode: '0155 <script>', postOffice: 'Oslo', country: 'NO' }), [
    'address.postalCode=postal-code-abroad.invalid',
  ]);
});

test('too long is too long, not missing', () => {
  const long = 'x'.repeat(300);
  assert.deepEqual(issuesOf({ street: long, postalCode: '00100', postOffice: long }), [
    'address.postOffice=post-office.too-long',
    'address.street=street.too-long',
  ]);
  assert.deepEqual(issuesOf({ street: long, postalCode: '1'.repeat(17), postOffice: long, country: 'NO' }), [
    'address.postOffice=city.too-long',
    'address.postalCode=postal-code-abroad.too-long',
    'address.street=street.too-long',
  ]);
  // The limits themselves are allowed: 100 in Finland, one longer line abroad.
  assert.deepEqual(issuesOf({ street: 'x'.repeat(100), postalCode: '00100', postOffice: 'y'.repeat(60) }), []);
  assert.deepEqual(issuesOf({ street: 'x'.repeat(150), postOffice: 'Oslo', country: 'NO' }), []);
  assert.deepEqual(issuesOf({ street: 'x'.repeat(101), postalCode: '00100', postOffice: 'Helsinki' }), ['address.street=street.too-long']);
});
