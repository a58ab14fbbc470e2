// Registration (starting job seeking): what the form sends and what is stored.
import * as v from 'valibot';
import { emailField, phoneField } from '../contact-fields.js';
import { JOB_SEARCH_ERRORS as E } from './errors.js';
import { IsoTimestamp, optionalText, text } from './fields.js';
import { BENEFIT_STATUSES, EDUCATION_LEVELS, WORK_TIMES } from './reference.js';

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

export const SoughtWorkSchema = v.object({
  /** Occupations or job titles sought, in the person's own words. */
  occupations: v.pipe(
    v.array(text(80, E.occupationsRequired, E.occupationTooLong)),
    v.minLength(1, E.occupationsRequired),
    v.maxLength(5, E.occupationsTooMany),
  ),
  /** Where: one or more municipality codes (kuntanumero) from the reference data. */
  regions: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^\d{3}$/, E.regionsRequired))),
    v.minLength(1, E.regionsRequired),
    v.maxLength(10, E.regionsRequired),
  ),
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
