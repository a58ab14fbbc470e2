import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY_CODES, countryName, countryOptions, isCountryCode } from './countries.js';

test('the ISO 3166-1 alpha-2 list: 249 codes, each once, each known to the platform', () => {
  assert.equal(COUNTRY_CODES.length, 249);
  assert.equal(new Set(COUNTRY_CODES).size, 249);
  assert.ok(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code)));
  assert.equal(countryOptions('en').length, 249);
  assert.ok(isCountryCode('NO'));
  assert.equal(isCountryCode('no'), false);
  assert.equal(isCountryCode('XX'), false);
});

test('names come from Intl in the language asked for', () => {
  assert.equal(countryName('NO', 'fi'), 'Norja');
  assert.equal(countryName('NO', 'sv'), 'Norge');
  assert.equal(countryName('NO', 'en'), 'Norway');
  // Unknown to the platform: the code itself, never an empty country.
  assert.equal(countryName('XX', 'en'), 'XX');
});

test('options are sorted by the localized name, with the language collation, and can leave out Finland', () => {
  const sv = countryOptions('sv', ['FI']);
  assert.equal(
    sv.some((o) => o.value === 'FI'),
    false,
  );
  assert.equal(sv.length, 248);
  const labels = sv.map((o) => o.label);
  assert.deepEqual(labels, [...labels].sort(new Intl.Collator('sv').compare));
  // Swedish puts Å, Ä and Ö after Z; a plain code-point sort would too, but not "Österrike" before "Åland".
  assert.ok(labels.indexOf('Zambia') < labels.indexOf('Åland'));
  assert.ok(labels.indexOf('Åland') < labels.indexOf('Österrike'));
  const fi = countryOptions('fi').map((o) => o.label);
  assert.equal(fi[0], 'Afganistan');
});
