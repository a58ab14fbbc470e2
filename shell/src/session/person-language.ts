import { fetchJson, portalBus, SessionLanguageSchema, SessionTopic, type Locale, type SessionInfo } from '@portal/shared-contracts';
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

/**
 * Saves a choice made while signed in with the person, for their next sign-in on any device. The
 * page has switched already; a failure costs only that, so it is a warning, not a notice.
 */
export function saveLanguageChoice(locale: Locale): Promise<void> {
  return fetchJson('/api/session/language', SessionLanguageSchema, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: locale }),
  }).then(
    () => undefined,
    (error: unknown) => console.warn('The language choice could not be saved for the next sign-in', error),
  );
}

/**
 * The note that the service language is another than the one chosen matters only to someone signed
 * in: its element and its texts load at the first sign-in, so the signed-out front page does not
 * carry them. It goes first in `main`, under the header's language menu.
 */
export function showLanguageNoteFromSignIn(main: HTMLElement): void {
  let shown = false;
  portalBus.subscribe(SessionTopic, ({ status }) => {
    if (status !== 'signed-in' || shown) return;
    shown = true;
    void import('../components/shell-language-note/define.js').then(({ defineLanguageNote }) => {
      defineLanguageNote();
      main.prepend(document.createElement('shell-language-note'));
    });
  });
}
