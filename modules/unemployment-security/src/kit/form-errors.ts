import { formatMessage, type Locale } from '@portal/shared-contracts';
import { errorText as kitErrorText } from '@portal/ui-kit/form';
import { errorMessages, formMessages, type FormMessageKey } from './form.messages.js';

/**
 * What one of the area's error codes (the contract's and the form's own) says to the person, its
 * `{size}`/`{count}`/`{max}` filled from `params`. An unknown code (a newer server) gets the kit's
 * plain "check this item" rather than the code.
 */
export function errorText(code: string, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  return kitErrorText(errorMessages, code, locale, { params });
}

/** One of the form's own texts, or the kit's. */
export function formText(locale: Locale, key: FormMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(formMessages[locale][key], params);
}
