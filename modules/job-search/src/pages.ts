// The area's pages below its front page. Each is its own chunk, loaded when its route is opened:
// the forms are most of the area's code, and most visits only look at the front page.
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('job-search-app', {
  'job-search-registration-form': () =>
    import('./job-search-registration-form/job-search-registration-form.js').then((m) => m.JobSearchRegistrationForm),
  'job-search-assessment-form': () =>
    import('./job-search-assessment-form/job-search-assessment-form.js').then((m) => m.JobSearchAssessmentForm),
  'job-search-change-form': () => import('./job-search-change-form/job-search-change-form.js').then((m) => m.JobSearchChangeForm),
  'job-search-end-form': () => import('./job-search-end-form/job-search-end-form.js').then((m) => m.JobSearchEndForm),
  'job-search-certificate': () => import('./job-search-certificate/job-search-certificate.js').then((m) => m.JobSearchCertificate),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const JOB_SEARCH_ELEMENTS = pages.elements;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
