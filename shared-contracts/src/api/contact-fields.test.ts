import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { calendarDate } from './calendar-date.js';
import { emailField, phoneField } from './contact-fields.js';

const email = emailField('email.invalid');
const phone = phoneField('phone.invalid');
const day = calendarDate('date.invalid');

describe('the fields several forms share', () => {
  it('takes an e-mail address with a dotted domain and refuses the rest with the field’s message', () => {
    for (const ok of ['maija@example.fi', 'a.b+c@sub.example.co.uk', '  x@y.fi ']) assert.ok(v.safeParse(email, ok).success, ok);
    for (const bad of ['maija', 'a@b', 'a@b.', 'a@.b', 'a@b..c', 'a b@c.fi', `${'a'.repeat(250)}@b.fi`]) {
      const result = v.safeParse(email, bad);
      assert.equal(result.success, false, bad);
      assert.deepEqual(
        result.issues?.map((issue) => issue.message),
        ['email.invalid'],
        bad,
      );
    }
  });

  it('refuses a long address built to make the pattern backtrack, at once', () => {
    for (const attack of [`a@${'.'.repeat(100_000)}@`, `a@${'a.'.repeat(50_000)}`, `${'a'.repeat(100_000)}@`]) {
      const started = performance.now();
      assert.equal(v.safeParse(email, attack).success, false);
      assert.ok(performance.now() - started < 200, `${Math.round(performance.now() - started)} ms`);
    }
  });

  it('takes a phone number of digits, spaces, brackets and dashes', () => {
    for (const ok of ['040 123 4567', '+358 (40) 123-4567']) assert.ok(v.safeParse(phone, ok).success, ok);
    for (const bad of ['12', 'abc', '+358 40 123 4567 8901 2345']) assert.equal(v.safeParse(phone, bad).success, false, bad);
  });

  it('takes only days that exist', () => {
    for (const ok of ['2026-02-28', '2028-02-29', '2026-12-31']) assert.ok(v.safeParse(day, ok).success, ok);
    for (const bad of ['2026-02-29', '2026-02-31', '2026-04-31', '2026-13-01', '2026-1-1']) {
      const result = v.safeParse(day, bad);
      assert.equal(result.success, false, bad);
      assert.ok(
        result.issues?.every((issue) => issue.message === 'date.invalid'),
        bad,
      );
    }
  });
});
