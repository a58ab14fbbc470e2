// The details page's fake backend and ways to read it, for its component tests.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { json } from '@portal/ui-kit/testing';
import type { ProfileApp } from '../profile-app/profile-app.js';
import { referenceData, tessaProfile, ullaJobSearch } from './fixtures.js';

interface MoreAnswers {
  /** GET /api/job-search; a never-registered person unless said otherwise. */
  jobSearch?: (init?: RequestInit) => Response | Promise<Response>;
  /** GET /api/job-search/reference. */
  reference?: () => Response | Promise<Response>;
}

/**
 * Answers /api/profile with the given response, the change history and the job seeking (each by
 * its own URL, so each can fail alone); returns the calls made.
 */
export function stubFetch(
  respond: () => Response | Promise<Response>,
  history: () => Response = () => json({ items: [] }),
  more: MoreAnswers = {},
): string[] {
  const calls: string[] = [];
  // The raw fetch, not the kit's stub: the hanging job-search answer needs the request's signal.
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    if (url === '/api/profile/changes') return history();
    if (url === '/api/job-search') return (more.jobSearch ?? (() => json(ullaJobSearch)))(init);
    if (url === '/api/job-search/reference') return (more.reference ?? (() => json(referenceData)))();
    return respond();
  };
  return calls;
}

/** The page with the profile and the given job seeking, once both have arrived. */
export async function pageWith(
  jobSearch: () => Response | Promise<Response>,
  reference?: () => Response,
): Promise<{ el: ProfileApp; calls: string[] }> {
  const calls = stubFetch(() => json(tessaProfile), undefined, { jobSearch, reference });
  const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
  await waitUntil(() => el.state === 'loaded' && el.jobSearch !== undefined);
  await el.updateComplete;
  return { el, calls };
}

/**
 * Shows the element as printed; returns how to undo it. Chromium emulates print media. Firefox
 * through WebDriver BiDi cannot (the command fails on the server, with a stack trace in the
 * output), so there the component's own `@media print` rules are adopted as plain rules: the same
 * rules, checked the same way.
 */
export async function asPrinted(el: ProfileApp): Promise<() => Promise<void>> {
  if (!navigator.userAgent.includes('Firefox')) {
    await emulateMedia({ media: 'print' });
    return () => emulateMedia({ media: 'screen' });
  }
  const shadow = el.shadowRoot!;
  const before = shadow.adoptedStyleSheets;
  const printRules = before
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
    .join('\n');
  expect(printRules, 'the component has print rules').not.to.equal('');
  const print = new CSSStyleSheet();
  print.replaceSync(printRules);
  shadow.adoptedStyleSheets = [...before, print];
  return async () => {
    shadow.adoptedStyleSheets = before;
  };
}

export const root = (el: ProfileApp) => el.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const rows = (el: ProfileApp, selector: string) => [...root(el).querySelectorAll(selector)].map((node) => text(node));
/** The value (dd) next to a label (dt) in a section. */
export function valueOf(el: ProfileApp, sectionId: string, label: string): string | undefined {
  const section = root(el).querySelector(`#${sectionId}`)!.closest('section')!;
  const dt = [...section.querySelectorAll('dt')].find((node) => text(node) === label);
  return dt ? text(dt.nextElementSibling) : undefined;
}
