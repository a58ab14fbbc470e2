import type { SessionInfo } from '@portal/shared-contracts';
import { setLocale } from '../i18n/locale-store.js';

/** Whose language the page has followed: the signed-in person's id, until the session ends. */
let followed: string | undefined;

/**
 * The language follows the person, not the device: when a session starts (or is first seen signed
 * in), the page switches to the language they chose for the portal, else to their service language.
 * Once per sign-in: later answers of the same session (refreshes, another tab's sign-in news) leave
 * alone a language chosen during the visit.
 */
export function followPersonLanguage(info: SessionInfo): void {
  const id = info.authenticated ? info.person.id : undefined;
  if (info.authenticated && id !== followed) setLocale(info.uiLanguage ?? info.person.preferredLanguage);
  followed = id;
}
