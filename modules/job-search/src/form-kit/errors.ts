import { formatMessage, type Locale } from '@portal/shared-contracts';
import { errorText as kitErrorText } from '@portal/ui-kit/form';
import { errorMessages, kitMessages, type KitMessageKey } from './form-kit.messages.js';

/**
 * What one of the area's error codes says in the person's language. A form may word a code for its
 * own context (`overrides`, by code); an unknown code (a newer server) gets the kit's plain "check
 * this item" rather than the code itself.
 */
export function errorText(code: string, locale: Locale, overrides?: Readonly<Record<string, string>>): string {
  return kitErrorText(errorMessages, code, locale, { overrides });
}

/** One of the area's shared texts, or the UI kit's. */
export function kitText(locale: Locale, key: KitMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(kitMessages[locale][key], params);
}
