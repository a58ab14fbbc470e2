// The area's pages below its front page. Each is its own chunk, loaded when its route is opened:
// the forms are most of the area's code, and most visits only look at the front page.
import { defineElement } from '@portal/shared-contracts';

const PAGE_LOADERS = {
  'job-search-registration-form': () =>
    import('./job-search-registration-form/job-search-registration-form.js').then((m) => m.JobSearchRegistrationForm),
  'job-search-assessment-form': () =>
    import('./job-search-assessment-form/job-search-assessment-form.js').then((m) => m.JobSearchAssessmentForm),
  'job-search-change-form': () => import('./job-search-change-form/job-search-change-form.js').then((m) => m.JobSearchChangeForm),
  'job-search-end-form': () => import('./job-search-end-form/job-search-end-form.js').then((m) => m.JobSearchEndForm),
  'job-search-certificate': () => import('./job-search-certificate/job-search-certificate.js').then((m) => m.JobSearchCertificate),
} as const satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type PageElement = keyof typeof PAGE_LOADERS;

/** Every element of the area: the root and its pages. */
export const JOB_SEARCH_ELEMENTS = ['job-search-app', ...(Object.keys(PAGE_LOADERS) as PageElement[])] as const;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export async function definePageElement(tag: PageElement): Promise<void> {
  if (customElements.get(tag)) return;
  defineElement(tag, await PAGE_LOADERS[tag]());
}
