import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidHetu, parseHetu } from './hetu.js';

test('accepts the official test identities of the seed data', () => {
  for (const hetu of ['010280-952L', '010469-999W', '010675-9981', '040265-9985', '260991-999R', '020365-999P']) {
    assert.ok(isValidHetu(hetu), hetu);
  }
});

test('accepts the century signs added in 2023', () => {
  // Same date and number, different 1900s and 2000s signs: the check character is unchanged.
  assert.equal(parseHetu('010594Y9032')?.birthDate, '1994-05-01');
  assert.equal(parseHetu('010594-9032')?.birthDate, '1994-05-01');
  assert.equal(parseHetu('020502E902X')?.birthDate, '2002-05-02');
  assert.equal(parseHetu('020502A902X')?.birthDate, '2002-05-02');
  assert.equal(parseHetu('010100+900F')?.birthDate, '1800-01-01');
});

test('refuses a wrong check character, an impossible date and bad forms', () => {
  assert.equal(isValidHetu('010280-952K'), false);
  assert.equal(isValidHetu('310280-952L'), false);
  assert.equal(isValidHetu('300290-123F'), false);
  assert.equal(isValidHetu('010280G952L'), false);
  assert.equal(isValidHetu('010280-000L'), false);
  assert.equal(isValidHetu(''), false);
  assert.equal(isValidHetu('010280-952L '), true);
});
