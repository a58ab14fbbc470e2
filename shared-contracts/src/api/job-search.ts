// The job-search subpath (`@portal/shared-contracts/job-search`): its one entry point, with the
// contract split by concern in the files of ./job-search/. Their shared field schemas
// (job-search/fields.ts) stay out of it on purpose.
export * from './job-search/errors.js';
export * from './job-search/reference.js';
export * from './job-search/registration.js';
export * from './job-search/state.js';
export * from './job-search/changes.js';
export * from './job-search/assessment.js';
export * from './job-search/certificate.js';
export * from './job-search/paths.js';
