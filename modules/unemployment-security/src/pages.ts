// The area's pages below its front page. Each is its own chunk, loaded when its route is opened:
// most visits only look at the list, and the answer form with its uploads is most of the code.
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('unemployment-security-app', {
  'unemployment-security-event': () =>
    import('./unemployment-security-event/unemployment-security-event.js').then((m) => m.UnemploymentSecurityEvent),
  'unemployment-security-request': () =>
    import('./unemployment-security-request/unemployment-security-request.js').then((m) => m.UnemploymentSecurityRequest),
  'unemployment-security-answer-form': () =>
    import('./unemployment-security-answer-form/unemployment-security-answer-form.js').then((m) => m.UnemploymentSecurityAnswerForm),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const UNEMPLOYMENT_SECURITY_ELEMENTS = pages.elements;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
