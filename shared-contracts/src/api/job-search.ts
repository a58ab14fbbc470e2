import * as v from 'valibot';
import { LocalizedTextSchema } from '../locale.js';

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
  workTimeRequired: 'sought.work-time.required',
  goalsTooLong: 'goals.too-long',
  benefitRequired: 'benefit.required',
  fundRequired: 'benefit.fund.required',
  dateInvalid: 'date.invalid',
  dateRange: 'date.range',
  dateBeforeJobSeeking: 'date.before-job-seeking',
  endDateRequired: 'end-date.required',
  endBeforeStart: 'end-date.before-start',
  textRequired: 'text.required',
  textTooLong: 'text.too-long',
  countryInvalid: 'country.invalid',
  reasonRequired: 'reason.required',
  answerRequired: 'answer.required',
  answerInvalid: 'answer.invalid',
} as const;
export type JobSearchError = (typeof JOB_SEARCH_ERRORS)[keyof typeof JOB_SEARCH_ERRORS];
const E = JOB_SEARCH_ERRORS;

const IsoDate = v.pipe(v.string(), v.isoDate(E.dateInvalid));
const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp());
/** A month of a work history entry: people remember months, not days. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const IsoMonth = v.pipe(v.string(), v.regex(MONTH, E.workMonthInvalid));
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (max: number, required: string, tooLong: string = required) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, required), v.maxLength(max, tooLong));
const optionalText = (max: number, tooLong: string) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, tooLong)));

// ---------------------------------------------------------------------------------------------
// Reference data

/** Education levels, roughly the Finnish education classification's top levels. */
export const EDUCATION_LEVELS = ['basic', 'upper-secondary', 'vocational', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const WORK_TIMES = ['full-time', 'part-time', 'either'] as const;
export type WorkTime = (typeof WORK_TIMES)[number];

/**
 * Unemployment benefit: none, or applied for / received from a payer. Reports of changes make a
 * notice to the payer only when this is not `none`.
 */
export const BENEFIT_STATUSES = ['none', 'applied', 'receiving'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

/** A benefit payer: Kela, or an unemployment fund (työttömyyskassa). The list is data (the reference data). */
export const PayerSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
  kind: v.picklist(['kela', 'fund']),
  name: LocalizedTextSchema,
});
export type Payer = v.InferOutput<typeof PayerSchema>;

/**
 * Who handles the person's job seeking: a TE office or a municipality (employment area), decided
 * by the home municipality from data with validity dates. Under an address block the handler would
 * reveal where the person lives, so only the national service line is given (`protected`).
 */
export const HandlerSchema = v.variant('kind', [
  v.object({
    kind: v.picklist(['te-office', 'municipality']),
    id: v.string(),
    name: LocalizedTextSchema,
    phone: v.string(),
    email: v.nullable(v.string()),
    address: v.nullable(v.string()),
    /** Opening hours or phone hours, as the handler publishes them. */
    serviceHours: v.nullable(LocalizedTextSchema),
    url: v.nullable(v.pipe(v.string(), v.url())),
  }),
  v.object({
    kind: v.literal('protected'),
    phone: v.string(),
    name: LocalizedTextSchema,
  }),
]);
export type Handler = v.InferOutput<typeof HandlerSchema>;

// ---------------------------------------------------------------------------------------------
// Registration (starting job seeking)

export const EducationSchema = v.object({
  level: v.picklist(EDUCATION_LEVELS, E.educationLevelRequired),
  /** The degree or field, e.g. "Merkonomi" or "Computer science". */
  field: text(120, E.educationFieldRequired),
  institution: optionalText(120, E.textTooLong),
  /** Year of graduation; absent while studies continue. */
  year: v.optional(v.pipe(v.number(), v.integer(E.educationYearInvalid), v.minValue(1940, E.educationYearInvalid), v.maxValue(2100, E.educationYearInvalid))),
});
export type Education = v.InferOutput<typeof EducationSchema>;

export const WorkHistorySchema = v.pipe(
  v.object({
    employer: text(120, E.employerRequired),
    title: text(120, E.jobTitleRequired),
    start: IsoMonth,
    /** Absent: still in this job. */
    end: v.optional(IsoMonth),
  }),
  v.forward(
    // Only two well-formed months can be compared; a malformed one has its own issue already.
    v.check((entry) => entry.end === undefined || !MONTH.test(entry.start) || !MONTH.test(entry.end) || entry.end >= entry.start, E.workEndBeforeStart),
    ['end'],
  ),
);
export type WorkHistory = v.InferOutput<typeof WorkHistorySchema>;

export const SoughtWorkSchema = v.object({
  /** Occupations or job titles sought, in the person's own words. */
  occupations: v.pipe(
    v.array(text(80, E.occupationsRequired, E.occupationTooLong)),
    v.minLength(1, E.occupationsRequired),
    v.maxLength(5, E.occupationsTooMany),
  ),
  /** Where: one or more municipality codes (kuntanumero) from the reference data. */
  regions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{3}$/, E.regionsRequired))), v.minLength(1, E.regionsRequired), v.maxLength(10, E.regionsRequired)),
  workTime: v.picklist(WORK_TIMES, E.workTimeRequired),
});
export type SoughtWork = v.InferOutput<typeof SoughtWorkSchema>;

export const BenefitSchema = v.pipe(
  v.object({
    status: v.picklist(BENEFIT_STATUSES, E.benefitRequired),
    /** The payer's id (PayerSchema) when status is not `none`. */
    payerId: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, E.fundRequired))),
  }),
  v.forward(
    v.check((benefit) => benefit.status === 'none' || benefit.payerId !== undefined, E.fundRequired),
    ['payerId'],
  ),
);
export type Benefit = v.InferOutput<typeof BenefitSchema>;

/** The data of a registration as sent and as stored; also the pre-fill of the next one. */
export const RegistrationDataSchema = v.object({
  /**
   * The person's situation as a job-seeker status code the reference data lists as one a person
   * may choose (02 unemployed, 03 laid off…); the office may change it later.
   */
  statusCode: v.pipe(v.string(), v.regex(/^\d{2}$/, E.statusRequired)),
  phone: v.pipe(v.string(), v.trim(), v.regex(PHONE, E.phoneInvalid)),
  email: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(254, E.emailInvalid), v.regex(EMAIL, E.emailInvalid))),
  education: v.pipe(v.array(EducationSchema), v.maxLength(10, E.educationTooMany)),
  workHistory: v.pipe(v.array(WorkHistorySchema), v.maxLength(20, E.workTooMany)),
  soughtWork: SoughtWorkSchema,
  /** The person's own goals, free text. */
  goals: v.pipe(v.string(), v.trim(), v.maxLength(2000, E.goalsTooLong)),
  benefit: BenefitSchema,
});
export type RegistrationData = v.InferOutput<typeof RegistrationDataSchema>;

/**
 * POST /api/job-search/registration body (with the Idempotency-Key header). No start date: job
 * seeking starts on the day the server receives the registration, never earlier.
 */
export const RegistrationRequestSchema = v.object({
  ...RegistrationDataSchema.entries,
  /** The job search's `updatedAt` the person saw (null if they had never registered). */
  basedOn: v.nullable(IsoTimestamp),
});
export type RegistrationRequest = v.InferOutput<typeof RegistrationRequestSchema>;

// ---------------------------------------------------------------------------------------------
// State

/** Official job-seeker status codes (01 employed, 02 unemployed, 03 laid off…); labels are data. */
export const JobSeekerStatusSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^\d{2}$/)),
  label: LocalizedTextSchema,
});
export type JobSeekerStatus = v.InferOutput<typeof JobSeekerStatusSchema>;

export const CHANGE_KINDS = ['work', 'business', 'studies', 'sickness', 'travel'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const END_REASONS = ['employed', 'business', 'studies', 'moved-abroad', 'no-need', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const ASSESSMENT_STATES = ['open', 'overdue', 'completed'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

/** A notice made for the benefit payer from a report, as the customer sees it. */
export const PayerNoticeSummarySchema = v.object({
  id: v.string(),
  payer: PayerSchema,
  createdAt: IsoTimestamp,
});
export type PayerNoticeSummary = v.InferOutput<typeof PayerNoticeSummarySchema>;

export const ChangeReportSummarySchema = v.object({
  id: v.string(),
  kind: v.picklist(CHANGE_KINDS),
  receivedAt: IsoTimestamp,
  startDate: IsoDate,
  endDate: v.nullable(IsoDate),
  payerNotice: v.nullable(PayerNoticeSummarySchema),
});
export type ChangeReportSummary = v.InferOutput<typeof ChangeReportSummarySchema>;

export const JobSeekingPeriodSchema = v.object({
  id: v.string(),
  startDate: IsoDate,
  /** Null while job seeking is valid. */
  endDate: v.nullable(IsoDate),
  endReason: v.nullable(v.picklist(END_REASONS)),
  status: JobSeekerStatusSchema,
});
export type JobSeekingPeriod = v.InferOutput<typeof JobSeekingPeriodSchema>;

/**
 * GET /api/job-search: the person's job seeking as it stands.
 * - `not-registered`: never registered (or only ended periods: then `ended`);
 * - `active`: a period without an end date, or ending in the future;
 * - `ended`: the latest period has ended.
 */
export const JobSearchSchema = v.object({
  state: v.picklist(['not-registered', 'active', 'ended']),
  /** The latest period; null when never registered. */
  period: v.nullable(JobSeekingPeriodSchema),
  /** Earlier periods, newest first. */
  earlierPeriods: v.array(JobSeekingPeriodSchema),
  /** Who handles job seeking now (from the home municipality today); null if the data has no handler. */
  handler: v.nullable(HandlerSchema),
  /** The latest registration's data, or null. A new registration is pre-filled from it. */
  registration: v.nullable(RegistrationDataSchema),
  /** The payer of the latest registration's benefit, if any. */
  payer: v.nullable(PayerSchema),
  /** The service-need assessment of the current period; null when there is none. */
  assessment: v.nullable(
    v.object({
      state: v.picklist(ASSESSMENT_STATES),
      dueDate: IsoDate,
      completedAt: v.nullable(IsoTimestamp),
    }),
  ),
  /** Reports of changes in the current or latest period, newest first. */
  changes: v.array(ChangeReportSummarySchema),
  /** Concurrency token: sent back as `basedOn`; a newer value on the server means 409. */
  updatedAt: v.nullable(IsoTimestamp),
});
export type JobSearch = v.InferOutput<typeof JobSearchSchema>;

// ---------------------------------------------------------------------------------------------
// Reports of changes and ending

const ChangeBase = {
  startDate: IsoDate,
  basedOn: IsoTimestamp,
  /** Anything else the person wants to say. */
  details: optionalText(1000, E.textTooLong),
};

/**
 * POST /api/job-search/changes body (Idempotency-Key header). `startDate` must be within a year
 * either way of today and not before job seeking started; `endDate`, where given, not before it.
 */
export const ChangeReportRequestSchema = v.pipe(
  v.variant('kind', [
    v.object({
      kind: v.literal('work'),
      ...ChangeBase,
      employer: text(120, E.employerRequired),
      /** Agreed hours a week; absent if it varies. */
      hoursPerWeek: v.optional(v.pipe(v.number(), v.minValue(0.5, E.answerInvalid), v.maxValue(80, E.answerInvalid))),
      endDate: v.optional(IsoDate),
    }),
    v.object({
      kind: v.literal('business'),
      ...ChangeBase,
      businessName: text(120, E.textRequired, E.textTooLong),
      fullTime: v.boolean(),
    }),
    v.object({
      kind: v.literal('studies'),
      ...ChangeBase,
      institution: text(120, E.textRequired, E.textTooLong),
      fullTime: v.boolean(),
      endDate: v.optional(IsoDate),
    }),
    v.object({
      kind: v.literal('sickness'),
      ...ChangeBase,
      endDate: v.optional(IsoDate),
    }),
    v.object({
      kind: v.literal('travel'),
      /** Required for travel: the day of return. */
      ...ChangeBase,
      /** ISO 3166-1 alpha-2. */
      country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, E.countryInvalid)),
      // Required, but checked below: a missing key would otherwise get valibot's English message.
      endDate: v.optional(v.pipe(v.string(), v.minLength(1, E.endDateRequired), v.isoDate(E.dateInvalid))),
    }),
  ]),
  v.forward(
    // An empty end date already has its own issue (`end-date.required`); "before the start" would be a second, wrong one.
    v.check((report) => !('endDate' in report) || !report.endDate || report.endDate >= report.startDate, E.endBeforeStart),
    ['endDate'],
  ),
  v.forward(
    v.check((report) => report.kind !== 'travel' || report.endDate !== undefined, E.endDateRequired),
    ['endDate'],
  ),
);
export type ChangeReportRequest = v.InferOutput<typeof ChangeReportRequestSchema>;

/**
 * How far from today the dates of a report of a change, or the last day of job seeking, may be,
 * either way (assumed; the office handles anything older). The form and the server both use it.
 */
export const REPORT_WINDOW_DAYS = 365;

/** POST /api/job-search/end body (Idempotency-Key header). */
export const EndRequestSchema = v.object({
  reason: v.picklist(END_REASONS, E.reasonRequired),
  /** The last day of job seeking: not before it started, within a year of today. */
  date: IsoDate,
  details: optionalText(1000, E.textTooLong),
  basedOn: IsoTimestamp,
});
export type EndRequest = v.InferOutput<typeof EndRequestSchema>;

/** The answer to a registration, a change report or an ending: what was received, and the new state. */
export const JobSearchReceiptSchema = v.object({
  id: v.string(),
  kind: v.picklist(['registration', 'change', 'end', 'assessment']),
  receivedAt: IsoTimestamp,
  /** The notice made for the benefit payer, if the person has applied for or receives benefit. */
  payerNotice: v.nullable(PayerNoticeSummarySchema),
  jobSearch: JobSearchSchema,
});
export type JobSearchReceipt = v.InferOutput<typeof JobSearchReceiptSchema>;

// ---------------------------------------------------------------------------------------------
// Service-need assessment

export const AssessmentQuestionSchema = v.variant('kind', [
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
    kind: v.picklist(['single', 'multiple']),
    text: LocalizedTextSchema,
    help: v.optional(LocalizedTextSchema),
    required: v.boolean(),
    options: v.pipe(v.array(v.object({ id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), label: LocalizedTextSchema })), v.minLength(2)),
  }),
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
    kind: v.literal('text'),
    text: LocalizedTextSchema,
    help: v.optional(LocalizedTextSchema),
    required: v.boolean(),
    maxLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
]);
export type AssessmentQuestion = v.InferOutput<typeof AssessmentQuestionSchema>;

/** Answers by question id: an option id (single), option ids (multiple) or text. */
export const AssessmentAnswersSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/), v.maxLength(60)),
  v.union([v.pipe(v.string(), v.maxLength(2000, E.textTooLong)), v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(20))]),
);
export type AssessmentAnswers = v.InferOutput<typeof AssessmentAnswersSchema>;

/** GET /api/job-search/assessment: the questions (data, fi/sv/en), the deadline and any answers sent. */
export const AssessmentSchema = v.object({
  state: v.picklist(ASSESSMENT_STATES),
  dueDate: IsoDate,
  completedAt: v.nullable(IsoTimestamp),
  questions: v.array(AssessmentQuestionSchema),
  /** What was sent, once completed. */
  answers: v.nullable(AssessmentAnswersSchema),
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

/** POST /api/job-search/assessment body (Idempotency-Key header). */
export const AssessmentRequestSchema = v.object({ answers: AssessmentAnswersSchema });
export type AssessmentRequest = v.InferOutput<typeof AssessmentRequestSchema>;

/**
 * Checks answers against the questions, for the form and the server alike: issues by question id,
 * with `answer.required` or `answer.invalid` (an unknown option, a second option to a single
 * question, text over the question's limit). Unknown question ids are invalid too.
 */
export function checkAssessmentAnswers(
  questions: readonly AssessmentQuestion[],
  answers: AssessmentAnswers,
): { path: string; message: JobSearchError }[] {
  const issues: { path: string; message: JobSearchError }[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) issues.push({ path: id, message: E.answerInvalid });
  for (const question of questions) {
    const answer = answers[question.id];
    const empty = answer === undefined || (typeof answer === 'string' ? answer.trim() === '' : answer.length === 0);
    if (empty) {
      if (question.required) issues.push({ path: question.id, message: E.answerRequired });
      continue;
    }
    if (question.kind === 'text') {
      if (typeof answer !== 'string' || answer.trim().length > question.maxLength) issues.push({ path: question.id, message: E.answerInvalid });
      continue;
    }
    const options = new Set(question.options.map((o) => o.id));
    const chosen = typeof answer === 'string' ? [answer] : answer;
    const wrongShape = question.kind === 'single' ? typeof answer !== 'string' : !Array.isArray(answer);
    if (wrongShape || chosen.some((id) => !options.has(id)) || new Set(chosen).size !== chosen.length) {
      issues.push({ path: question.id, message: E.answerInvalid });
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Certificate and the payer's side

/** GET /api/job-search/certificate: a certificate of valid job seeking (404 `not-found` when not valid). */
export const CertificateSchema = v.object({
  fullName: v.string(),
  henkilotunnus: v.nullable(v.string()),
  birthDate: v.nullable(IsoDate),
  startDate: IsoDate,
  status: JobSeekerStatusSchema,
  handler: v.nullable(HandlerSchema),
  issuedAt: IsoTimestamp,
  /** A code a payer or employer can quote when asking the office to confirm the certificate. */
  reference: v.pipe(v.string(), v.regex(/^[A-Z0-9-]{8,20}$/)),
});
export type Certificate = v.InferOutput<typeof CertificateSchema>;

/**
 * GET /payer-api/notices (payer-facing, `Authorization: Bearer <payer token>`): the outbox of
 * notices made for that payer, oldest first from `after` (a notice id cursor).
 */
export const PayerNoticeSchema = v.object({
  id: v.string(),
  createdAt: IsoTimestamp,
  payerId: v.string(),
  /** The payer identifies its customer by the henkilötunnus (null for an eIDAS user). */
  henkilotunnus: v.nullable(v.string()),
  fullName: v.string(),
  event: v.picklist(['registration', ...CHANGE_KINDS, 'end']),
  startDate: IsoDate,
  endDate: v.nullable(IsoDate),
  /** The report's details as the payer needs them (employer, hours, country, reason…). */
  details: v.record(v.string(), v.union([v.string(), v.number(), v.boolean()])),
});
export type PayerNotice = v.InferOutput<typeof PayerNoticeSchema>;
export const PayerNoticesResponseSchema = v.object({ items: v.array(PayerNoticeSchema) });
export type PayerNoticesResponse = v.InferOutput<typeof PayerNoticesResponseSchema>;

/**
 * GET /api/job-search/reference: what the registration form offers: the payers, the municipalities
 * for the "where" of the sought work, and the statuses a person may choose for themselves.
 */
export const ReferenceDataSchema = v.object({
  payers: v.array(PayerSchema),
  municipalities: v.array(v.object({ code: v.pipe(v.string(), v.regex(/^\d{3}$/)), name: LocalizedTextSchema })),
  statuses: v.array(JobSeekerStatusSchema),
});
export type ReferenceData = v.InferOutput<typeof ReferenceDataSchema>;

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
