import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import { AccessibilityFeedbackReceiptSchema, AccessibilityFeedbackSchema, FEEDBACK_MESSAGE_MAX } from './accessibility-feedback.js';

const issuesOf = (input: unknown) => {
  const result = validate(AccessibilityFeedbackSchema, input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}=${issue.message}`).sort();
};

test('feedback: a message in a language, with or without an address and the page it is about', () => {
  const result = validate(AccessibilityFeedbackSchema, {
    message: '  Lomakkeen virheilmoitusta ei lueta ruudunlukijalla.  ',
    email: ' tessa@example.fi ',
    page: '/job-search/change?step=2',
    language: 'fi',
  });
  assert.ok(result.ok);
  assert.equal(result.ok && result.value.message, 'Lomakkeen virheilmoitusta ei lueta ruudunlukijalla.');
  assert.equal(result.ok && result.value.email, 'tessa@example.fi');
  assert.ok(validate(AccessibilityFeedbackSchema, { message: 'Kontrasten är för svag.', email: '', language: 'sv' }).ok);
  assert.ok(validate(AccessibilityFeedbackSchema, { message: 'Too small text.', language: 'en' }).ok);
});

test('feedback: says what is wrong, field by field', () => {
  assert.deepEqual(issuesOf({ message: '   ', email: 'tessa@', page: 'https://evil.example/', language: 'fi' }), [
    'email=email.invalid',
    'message=message.required',
    'page=page.invalid',
  ]);
  assert.deepEqual(issuesOf({ message: 'x'.repeat(FEEDBACK_MESSAGE_MAX + 1), language: 'fi' }), ['message=message.too-long']);
  assert.deepEqual(issuesOf({ message: 'Hei', page: '//evil.example/path', language: 'fi' }), ['page=page.invalid']);
  assert.equal(validate(AccessibilityFeedbackSchema, { message: 'Hei', language: 'de' }).ok, false);
});

test('receipt: a reference of the year and the day the answer is due', () => {
  assert.ok(
    validate(AccessibilityFeedbackReceiptSchema, {
      reference: 'SP-2026-00042',
      receivedAt: '2026-12-08T10:00:00.000Z',
      answerBy: '2026-12-22',
    }).ok,
  );
  assert.equal(
    validate(AccessibilityFeedbackReceiptSchema, { reference: '42', receivedAt: '2026-12-08T10:00:00.000Z', answerBy: '2026-12-22' }).ok,
    false,
  );
});
