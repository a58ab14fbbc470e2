/** The API paths, so the module and the backend name them once. */
export const JOB_SEARCH_PATHS = {
  jobSearch: '/api/job-search',
  registration: '/api/job-search/registration',
  assessment: '/api/job-search/assessment',
  /** POST a report; GET `${changes}/:id` one report (404 for another person's id). */
  changes: '/api/job-search/changes',
  end: '/api/job-search/end',
  certificate: '/api/job-search/certificate',
  reference: '/api/job-search/reference',
  currentItems: '/api/job-search/current-items',
  payerNotices: '/payer-api/notices',
} as const;
