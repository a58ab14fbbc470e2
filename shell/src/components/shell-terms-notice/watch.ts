import { fetchJson, helsinkiToday } from '@portal/shared-contracts';
import { TERMS_PATHS, TermsAcknowledgementStatusShape } from '@portal/shared-contracts/terms-words';

let started = false;

/**
 * Part of the signed-in chunk (src/signed-in.ts), called at the first sign-in: asks whether the person has
 * acknowledged the upcoming terms; only when not is the notice's code (with its words in three
 * languages) fetched and the notice put at the top of `main`. Once per page.
 */
export function watchTermsAcknowledgement(main = document.getElementById('main')): void {
  if (started) return;
  started = true;
  void fetchJson(TERMS_PATHS.acknowledgements, TermsAcknowledgementStatusShape)
    .then(async (status) => {
      const today = helsinkiToday();
      if (!status.version || status.acknowledgedAt !== null || status.version.effectiveFrom <= today) return;
      const { showAcknowledgementNotice } = await import('./define.js');
      showAcknowledgementNotice(status, main, today);
    })
    // Without the notice the pages still work; the upcoming version is on the terms page too.
    .catch((error: unknown) => console.warn('Whether the terms were acknowledged could not be checked', error));
}
