import { DEFAULT_LOCALE, isLocale, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';

const STORAGE_KEY = 'portal.locale';

/** Where the language at start is looked for; the page's own by default, given by the tests. */
export interface LocaleSources {
  readonly url?: URL;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  readonly languages?: readonly string[];
}

/**
 * The language at start, before anyone is signed in (a session then decides, see
 * session/person-language.ts): `?lang=` in the address (a link from another service, remembered as
 * this device's choice and taken out of the address, so a bookmark does not carry it), else the
 * choice made earlier on this device (a preference, not personal data, so localStorage and not a
 * cookie), else the first of the browser's languages the portal has, else Finnish.
 */
export function initialLocale({
  url = new URL(window.location.href),
  storage = safeStorage(),
  languages = navigator.languages,
}: LocaleSources = {}): Locale {
  const asked = url.searchParams.get('lang');
  if (isLocale(asked)) {
    rememberLocale(asked, storage);
    url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return asked;
  }
  const stored = storage?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  // "sv-FI", "en-GB": the primary subtag is what the portal's languages are named by.
  return languages.map((tag) => tag.split('-')[0]?.toLowerCase()).find(isLocale) ?? DEFAULT_LOCALE;
}

/** Switches every visible string without a reload: the shell and modules render from the bus. */
export function setLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  portalBus.publish(LocaleTopic, { locale });
}

/**
 * Keeps a choice the person made (the language menu, `?lang=`) for the next visit on this device.
 * Only a choice: the language a session brought is the person's, and stays with them, not with a
 * shared computer.
 */
export function rememberLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
