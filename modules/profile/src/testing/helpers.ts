// The details page's fake backend and ways to read it, for its component tests.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { json } from '@portal/ui-kit/testing';

export { asPrinted } from '@portal/ui-kit/testing';
import type { ProfileApp } from '../profile-app/profile-app.js';
import { NO_STARTUP_GRANT, referenceData, tessaProfile, ullaJobSearch } from './fixtures.js';

interface MoreAnswers {
  /** GET /api/job-search; a never-registered person unless said otherwise. */
  jobSearch?: (init?: RequestInit) => Response | Promise<Response>;
  /** GET /api/job-search/reference. */
  reference?: () => Response | Promise<Response>;
  /** GET /api/training: no applications unless said otherwise. */
  training?: () => Response | Promise<Response>;
  /** GET /api/startup-grant: no applications unless said otherwise. */
  startupGrant?: () => Response | Promise<Response>;
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
    if (url === '/api/training') return (more.training ?? (() => json({ trainings: [], applications: [] })))();
    if (url === '/api/startup-grant') return (more.startupGrant ?? (() => json(NO_STARTUP_GRANT)))();
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

export const root = (el: ProfileApp) => el.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const rows = (el: ProfileApp, selector: string) => [...root(el).querySelectorAll(selector)].map((node) => text(node));
/** The value (dd) next to a label (dt) in a section. */
export function valueOf(el: ProfileApp, sectionId: string, label: string): string | undefined {
  const section = root(el).querySelector(`#${sectionId}`)!.closest('section')!;
  const dt = [...section.querySelectorAll('dt')].find((node) => text(node) === label);
  return dt ? text(dt.nextElementSibling) : undefined;
}
