import { CustomerTopic, fetchJson, LocaleTopic, portalBus, SessionTopic, type Locale } from '@portal/shared-contracts';
import { SessionLanguageSchema } from '@portal/shared-contracts/session-language';
import { LocaleSelectEvent } from '../events.js';

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

let started = false;

let noteAdded = false;

/**
 * The note under the header (first in `main`), added the first time the pages are in another
 * language than the person's service language: its code (words in three languages) is a chunk of
 * its own, which most people, reading in their service language, never download. Once added, the
 * note itself follows the language and the person.
 */
function addNoteWhenNeeded(main: HTMLElement | null): void {
  const check = (): void => {
    const locale = portalBus.current(LocaleTopic)?.locale;
    const service = portalBus.current(CustomerTopic)?.customer?.preferredLanguage;
    if (noteAdded || locale === undefined || service === undefined || locale === service) return;
    noteAdded = true;
    void import('../components/shell-language-note/define.js').then(({ defineLanguageNote }) => {
      defineLanguageNote();
      main?.prepend(document.createElement('shell-language-note'));
    });
  };
  portalBus.subscribe(LocaleTopic, check);
  portalBus.subscribe(CustomerTopic, check);
}

/**
 * What a signed-in person's language choice adds to the shell's own (switch at once, remember on
 * this device): it is saved with them, and a note says when the pages are in another language than
 * their service language. Once per page, whoever signs in.
 */
export function startLanguageChoice(main = document.getElementById('main')): void {
  if (started) return;
  started = true;
  document.addEventListener(LocaleSelectEvent.eventName, ({ locale }) => {
    if (portalBus.current(SessionTopic)?.status === 'signed-in') void saveLanguageChoice(locale);
  });
  addNoteWhenNeeded(main);
}
