import { DEFAULT_LOCALE, isLocale, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';

const STORAGE_KEY = 'portal.locale';

/**
 * The language at start: the one the person chose earlier on this device (a preference, not
 * personal data, so localStorage and not a cookie), else Finnish, the service's first language.
 */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Locale {
  const stored = storage?.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** Switches every visible string without a reload: the shell and modules render from the bus. */
export function setLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  document.documentElement.lang = locale;
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
  portalBus.publish(LocaleTopic, { locale });
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
