import { defineElement } from '@portal/shared-contracts';
import { JobSearchApp } from './job-search-app/job-search-app.js';
import { JobSearchAssessmentForm } from './job-search-assessment-form/job-search-assessment-form.js';
import { JobSearchCertificate } from './job-search-certificate/job-search-certificate.js';
import { JobSearchChangeForm } from './job-search-change-form/job-search-change-form.js';
import { JobSearchEndForm } from './job-search-end-form/job-search-end-form.js';
import { JobSearchRegistrationForm } from './job-search-registration-form/job-search-registration-form.js';

export { JOB_SEARCH_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests and for
 * pages that want them all. The federated entry (app.ts) defines only the root, and the root loads
 * each page's chunk when its route opens (pages.ts).
 */
export function defineJobSearchElements(): void {
  defineElement('job-search-app', JobSearchApp);
  defineElement('job-search-registration-form', JobSearchRegistrationForm);
  defineElement('job-search-assessment-form', JobSearchAssessmentForm);
  defineElement('job-search-change-form', JobSearchChangeForm);
  defineElement('job-search-end-form', JobSearchEndForm);
  defineElement('job-search-certificate', JobSearchCertificate);
}

declare global {
  interface HTMLElementTagNameMap {
    'job-search-app': JobSearchApp;
    'job-search-registration-form': JobSearchRegistrationForm;
    'job-search-assessment-form': JobSearchAssessmentForm;
    'job-search-change-form': JobSearchChangeForm;
    'job-search-end-form': JobSearchEndForm;
    'job-search-certificate': JobSearchCertificate;
  }
}
