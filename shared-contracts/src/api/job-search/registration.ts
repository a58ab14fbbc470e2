// Registration (starting job seeking): what the form sends and what is stored.
import * as v from 'valibot';
import { emailField, phoneField } from '../contact-fields.js';
import { JOB_SEARCH_ERRORS as E } from './errors.js';
import { IsoTimestamp, optionalText, text } from './fields.js';
import { BENEFIT_STATUSES, EDUCATION_LEVELS, OTHER_FUND, OTHER_FUND_NAME_MAX, WORK_TIMES } from './reference.js';

/** A month of a work history entry: people remember months, not days. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const IsoMonth = v.pipe(v.string(), v.regex(MONTH, E.workMonthInvalid));

export const EducationSchema = v.object({
  level: v.picklist(EDUCATION_LEVELS, E.educationLevelRequired),
  /** The degree or field, e.g. "Merkonomi" or "Computer science". */
  field: text(120, E.educationFieldRequired),
  institution: optionalText(120, E.textTooLong),
  /** Year of graduation; absent while studies continue. */
  year: v.optional(
    v.pipe(
      v.number(),
      v.integer(E.educationYearInvalid),
      v.minValue(1940, E.educationYearInvalid),
      v.maxValue(2100, E.educationYearInvalid),
    ),
  ),
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
    v.check(
      (entry) => entry.end === undefined || !MONTH.test(entry.start) || !MONTH.test(entry.end) || entry.end >= entry.start,
      E.workEndBeforeStart,
    ),
    ['end'],
  ),
);
export type WorkHistory = v.InferOutput<typeof WorkHistorySchema>;

/** At most this many municipalities, and as many countries: a search, not a list of everything. */
export const MAX_PLACES = 10;

/** Work abroad: in any country, or in the countries named (ISO 3166-1 alpha-2, never FI). */
export const AbroadSchema = v.pipe(
  v.object({
    anyCountry: v.boolean(),
    countries: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, E.countriesRequired))),
      v.maxLength(MAX_PLACES, E.countriesRequired),
    ),
  }),
  v.forward(
    v.check((abroad) => abroad.anyCountry || abroad.countries.length > 0, E.countriesRequired),
    ['countries'],
  ),
);
export type Abroad = v.InferOutput<typeof AbroadSchema>;

export const SoughtWorkSchema = v.pipe(
  v.object({
    /** Occupations or job titles sought, in the person's own words. */
    occupations: v.pipe(
      v.array(text(80, E.occupationsRequired, E.occupationTooLong)),
      v.minLength(1, E.occupationsRequired),
      v.maxLength(5, E.occupationsTooMany),
    ),
    /** Where in Finland: municipality codes (kuntanumero) from the reference data; none if anywhere or only abroad. */
    regions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{3}$/, E.regionsRequired))), v.maxLength(MAX_PLACES, E.regionsRequired)),
    /** Anywhere in Finland. Absent in registrations made before it could be chosen. */
    anywhereInFinland: v.optional(v.boolean()),
    /** Abroad too (or only); absent when not. */
    abroad: v.optional(AbroadSchema),
    workTime: v.picklist(WORK_TIMES, E.workTimeRequired),
  }),
  // Somewhere: a municipality, anywhere in Finland, or abroad. The issue is the municipalities',
  // the first of the choices on the form.
  v.forward(
    v.check((work) => work.regions.length > 0 || work.anywhereInFinland === true || work.abroad !== undefined, E.regionsRequired),
    ['regions'],
  ),
);
export type SoughtWork = v.InferOutput<typeof SoughtWorkSchema>;

export const BenefitSchema = v.pipe(
  v.object({
    status: v.picklist(BENEFIT_STATUSES, E.benefitRequired),
    /** The payer's id (PayerSchema) when status is not `none`; `other` for a fund the list does not name. */
    payerId: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, E.fundRequired))),
    /** The name of the fund when `payerId` is `other`, as the person writes it. */
    otherFundName: optionalText(OTHER_FUND_NAME_MAX, E.otherFundTooLong),
  }),
  v.forward(
    v.check((benefit) => benefit.status === 'none' || benefit.payerId !== undefined, E.fundRequired),
    ['payerId'],
  ),
  v.forward(
    v.check(
      (benefit) => benefit.status === 'none' || benefit.payerId !== OTHER_FUND || (benefit.otherFundName ?? '') !== '',
      E.otherFundRequired,
    ),
    ['otherFundName'],
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
  phone: phoneField(E.phoneInvalid),
  email: v.optional(emailField(E.emailInvalid)),
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
