import { defineElement } from '@portal/shared-contracts';
import type { TermsAcknowledgementStatusInfo } from '@portal/shared-contracts/terms-words';
import { ShellTermsNotice } from './shell-terms-notice.js';

/**
 * The announcement of an upcoming version of the terms of use goes to the people who use the
 * service: signed in, on their front page and every page until they acknowledge it. The signed-out
 * front page does not carry it (its code would take it past its 32 KB of JavaScript); the terms page,
 * linked from every page's footer, lists the upcoming version for anyone.
 *
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
