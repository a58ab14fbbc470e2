/**
 * Job seeking (työnhaku): registering, the service-need assessment, reports of changes and ending.
 * As with the profile change report, issue messages are codes (`goals.too-long`…) that the UI says
 * in the person's language next to the field and the API returns in its error details.
 */
export const JOB_SEARCH_ERRORS = {
  phoneInvalid: 'phone.invalid',
  emailInvalid: 'email.invalid',
  statusRequired: 'status.required',
  educationLevelRequired: 'education.level.required',
  educationFieldRequired: 'education.field.required',
  educationYearInvalid: 'education.year.invalid',
  educationTooMany: 'education.too-many',
  employerRequired: 'work.employer.required',
  jobTitleRequired: 'work.title.required',
  workMonthInvalid: 'work.month.invalid',
  workEndBeforeStart: 'work.end-before-start',
  workTooMany: 'work.too-many',
  occupationsRequired: 'sought.occupations.required',
  occupationTooLong: 'sought.occupation.too-long',
  occupationsTooMany: 'sought.occupations.too-many',
  regionsRequired: 'sought.regions.required',
  countriesRequired: 'sought.countries.required',
  workTimeRequired: 'sought.work-time.required',
  goalsTooLong: 'goals.too-long',
  benefitRequired: 'benefit.required',
  fundRequired: 'benefit.fund.required',
  otherFundRequired: 'benefit.other-fund.required',
  otherFundTooLong: 'benefit.other-fund.too-long',
  dateInvalid: 'date.invalid',
  dateRange: 'date.range',
  dateBeforeJobSeeking: 'date.before-job-seeking',
  endDateRequired: 'end-date.required',
  endBeforeStart: 'end-date.before-start',
  textRequired: 'text.required',
  textTooLong: 'text.too-long',
  countryInvalid: 'country.invalid',
  reasonRequired: 'reason.required',
  /** Ending for "another reason" says which in the details. */
  otherReasonRequired: 'details.other-reason.required',
  answerRequired: 'answer.required',
  answerInvalid: 'answer.invalid',
} as const;
export type JobSearchError = (typeof JOB_SEARCH_ERRORS)[keyof typeof JOB_SEARCH_ERRORS];
