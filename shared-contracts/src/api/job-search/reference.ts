// Reference data: the lists a form offers and the parties it names (payers, handlers, statuses).
import * as v from 'valibot';
import { LocalizedTextSchema } from '../../locale.js';

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

/**
 * The payer id of "another unemployment fund", one the list does not name (a new fund, a merger
 * the data has not caught up with): the person types its name (`otherFundName`). Never a row of
 * the payers, so nothing is ever sent to it automatically.
 */
export const OTHER_FUND = 'other';
export const OTHER_FUND_NAME_MAX = 120;

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

/** Official job-seeker status codes (01 employed, 02 unemployed, 03 laid off…); labels are data. */
export const JobSeekerStatusSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^\d{2}$/)),
  label: LocalizedTextSchema,
});
export type JobSeekerStatus = v.InferOutput<typeof JobSeekerStatusSchema>;

/**
 * GET /api/job-search/reference: what the registration form offers: the payers, the municipalities
 * valid today for the "where" of the sought work, the countries for work abroad (codes only: the
 * browser names them, `countryName`), and the statuses a person may choose for themselves.
 */
export const ReferenceDataSchema = v.object({
  payers: v.array(PayerSchema),
  municipalities: v.array(v.object({ code: v.pipe(v.string(), v.regex(/^\d{3}$/)), name: LocalizedTextSchema })),
  countries: v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  statuses: v.array(JobSeekerStatusSchema),
});
export type ReferenceData = v.InferOutput<typeof ReferenceDataSchema>;
