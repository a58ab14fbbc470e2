import { DEFAULT_LOCALE, formatMessage, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';
import { shellMessages, type ShellMessageKey } from './messages.js';

export function currentLocale(): Locale {
  return portalBus.current(LocaleTopic)?.locale ?? DEFAULT_LOCALE;
}

/** A shell string in the current (or the given) language. */
export function t(key: ShellMessageKey, params?: Record<string, string>, locale: Locale = currentLocale()): string {
  return formatMessage(shellMessages[locale][key], params);
}
