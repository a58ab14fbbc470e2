import { defineElement, validate } from '@portal/shared-contracts';
import { TermsVersionShape, type TermsAcknowledgementStatusInfo } from '@portal/shared-contracts/terms-words';
import { setAnnouncedTerms, ShellTermsNotice } from './shell-terms-notice.js';

/**
 * The front page's announcement of an upcoming version: called by the shell's start (bootstrap.ts)
 * only when GET /api/terms/announcement has one (200, not 204), so this chunk is fetched only then.
 * The element is on the signed-out front page already (shell-page), empty until defined here.
 */
export async function announceTerms(response: Response): Promise<void> {
  const checked = validate(TermsVersionShape, await response.json());
  if (!checked.ok) throw new Error('The announcement of the terms is not a version');
  setAnnouncedTerms(checked.value);
  defineElement('shell-terms-notice', ShellTermsNotice);
}

/**
 * Signed in: the notice with its button at the top of `main`, when the version to acknowledge is
 * upcoming (after `today`, a Helsinki day) and the person has not acknowledged it (on any device).
 * Called from the signed-in chunk's watch.ts with what GET /api/terms/acknowledgements answered;
 * today comes from there too, so the front page's announcement does not carry the date code.
 */
export function showAcknowledgementNotice(status: TermsAcknowledgementStatusInfo, main: HTMLElement | null, today: string): boolean {
  const { version, acknowledgedAt } = status;
  if (!version || acknowledgedAt !== null || version.effectiveFrom <= today) return false;
  defineElement('shell-terms-notice', ShellTermsNotice);
  const notice = document.createElement('shell-terms-notice');
  notice.version = version;
  notice.acknowledge = true;
  main?.prepend(notice);
  return true;
}

declare global {
  interface HTMLElementTagNameMap {
    'shell-terms-notice': ShellTermsNotice;
  }
}
