import { html, type TemplateResult } from 'lit';
import type { PoliteAnnouncer } from './flow.js';

/**
 * The form's one polite live region (visually hidden). It is rendered from the start, empty: a
 * live region that appears together with its text is often not announced.
 */
export function politeRegion(announcer: PoliteAnnouncer): TemplateResult {
  return html`<p class="visually-hidden" aria-live="polite" aria-atomic="true">${announcer.text}</p>`;
}
