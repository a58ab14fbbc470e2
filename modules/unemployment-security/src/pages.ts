// The area's pages below its front page. Each is its own chunk, loaded when its route is opened:
// most visits only look at the list, and the answer form with its uploads is most of the code.
import { defineElement } from '@portal/shared-contracts';

const PAGE_LOADERS = {
  'unemployment-security-event': () => import('./unemployment-security-event/unemployment-security-event.js').then((m) => m.UnemploymentSecurityEvent),
  'unemployment-security-request': () =>
    import('./unemployment-security-request/unemployment-security-request.js').then((m) => m.UnemploymentSecurityRequest),
  'unemployment-security-answer-form': () =>
    import('./unemployment-security-answer-form/unemployment-security-answer-form.js').then((m) => m.UnemploymentSecurityAnswerForm),
} as const satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type PageElement = keyof typeof PAGE_LOADERS;

/** Every element of the area: the root and its pages. */
export const UNEMPLOYMENT_SECURITY_ELEMENTS = ['unemployment-security-app', ...(Object.keys(PAGE_LOADERS) as PageElement[])] as const;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export async function definePageElement(tag: PageElement): Promise<void> {
  if (customElements.get(tag)) return;
  defineElement(tag, await PAGE_LOADERS[tag]());
}
