import { defineElement } from '@portal/shared-contracts';
import { JobSearchApp } from './job-search-app/job-search-app.js';
import { JobSearchCertificate } from './job-search-certificate/job-search-certificate.js';
import { JobSearchRegistrationForm } from './job-search-registration-form/job-search-registration-form.js';

// The forms of the assessment, a change report and ending (`job-search-assessment-form`,
// `job-search-change-form`, `job-search-end-form`) join this list and the tag map below when they
// are written; the area page already renders them at /assessment, /change and /end.
export const JOB_SEARCH_ELEMENTS = ['job-search-app', 'job-search-registration-form', 'job-search-certificate'] as const;

export function defineJobSearchElements(): void {
  defineElement('job-search-app', JobSearchApp);
  defineElement('job-search-registration-form', JobSearchRegistrationForm);
  defineElement('job-search-certificate', JobSearchCertificate);
}

declare global {
  interface HTMLElementTagNameMap {
    'job-search-app': JobSearchApp;
    'job-search-registration-form': JobSearchRegistrationForm;
    'job-search-certificate': JobSearchCertificate;
  }
}
