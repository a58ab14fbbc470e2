import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY_CODES, countryName, countryOptions } from './countries.js';

test('every ISO 3166-1 alpha-2 code once, named by the platform in each language', () => {
  assert.equal(COUNTRY_CODES.length, 249);
  assert.equal(new Set(COUNTRY_CODES).size, 249);
  assert.ok(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code)));
  assert.equal(countryName('SE', 'fi'), 'Ruotsi');
  assert.equal(countryName('SE', 'sv'), 'Sverige');
  assert.equal(countryName('SE', 'en'), 'Sweden');
});

test('options sort as the language sorts: Å and Ä after Z in Swedish', () => {
  const sv = countryOptions('sv').map((o) => o.label);
  assert.equal(sv.length, 249);
  assert.ok(sv.indexOf('Österrike') > sv.indexOf('Zimbabwe'));
  const some = countryOptions('fi', ['SE', 'EE', 'NO']).map((o) => o.value);
  assert.deepEqual(some, ['NO', 'SE', 'EE'], 'Norja, Ruotsi, Viro');
});
