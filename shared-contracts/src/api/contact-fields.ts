// The phone and e-mail fields of the forms that ask for them (registration, change of basic data):
// one definition, so the two forms accept the same values and give the same answer to the same input.
import * as v from 'valibot';

/** The longest e-mail address SMTP can deliver to (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

const PHONE = /^\+?\d[\d ()-]{5,19}$/;
// Deliberately simple: a local part, an @, and a domain of dot-separated labels; the office confirms
// the address. The labels cannot contain a dot, so each character has one place to go and the
// match is linear: `[^\s@]+\.[^\s@]+` took seconds on a long run of dots (a ReDoS).
const EMAIL = /^[^\s@]+@[^\s.@]+(?:\.[^\s.@]+)+$/;

/** A phone number: digits, spaces, brackets and dashes, an optional leading +. */
export function phoneField<TMessage extends string>(message: TMessage) {
  return v.pipe(v.string(), v.trim(), v.regex(PHONE, message));
}

/**
 * An e-mail address. The length is checked first and a too long value never reaches the pattern
 * (valibot runs the later checks of a pipe after a failed one unless told to stop).
 */
export function emailField<TMessage extends string>(message: TMessage) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.check((value) => value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value), message),
  );
}
