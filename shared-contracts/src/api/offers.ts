import * as v from 'valibot';
import { IsoDate, IsoTimestamp, Id, type ErrorCodeOf } from './primitives.js';
import { LocalizedTextSchema } from '../locale.js';

/**
 * Job and training offers (työ- ja koulutustarjoukset, seed line 10). The office assigns a job offer
 * to the person, who reports whether they applied (or why not) and, later, the outcome. A training
 * offer points to a labour-market training the person may apply for. The same storage serves the
 * legacy Oma asiointi pages (/legacy/offers) and this API, so what is done in one shows in the other.
 */
export const OFFERS_ERRORS = {
  kindRequired: 'kind.required',
  reasonRequired: 'reason.required',
  reasonTooLong: 'reason.too-long',
  outcomeRequired: 'outcome.required',
  /** The report does not fit the offer's state (an outcome before applying, a second application…). */
  stateConflict: 'state.conflict',
} as const;
export type OffersError = ErrorCodeOf<typeof OFFERS_ERRORS>;
const E = OFFERS_ERRORS;

export const REASON_MAX = 2000;

/**
 * A job offer's states (DOMAIN.md, assumed): `assigned` → `applied` or `not-applied` (with a
 * reason); an applied offer gets an outcome.
 */
export const JOB_OFFER_STATES = ['assigned', 'applied', 'not-applied'] as const;
export type JobOfferState = (typeof JOB_OFFER_STATES)[number];

export const JOB_OFFER_OUTCOMES = ['hired', 'not-hired', 'no-answer'] as const;
export type JobOfferOutcome = (typeof JOB_OFFER_OUTCOMES)[number];

export const JobOfferSchema = v.object({
  id: Id,
  kind: v.literal('job'),
  offeredOn: IsoDate,
  employer: v.string(),
  jobTitle: LocalizedTextSchema,
  location: v.string(),
  /** How to apply, in the employer's words translated by the office. */
  howToApply: LocalizedTextSchema,
  /** The employer's page where the job is applied for (an absolute http(s) URL), when there is one. */
  applyUrl: v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//))),
  /** Apply by this day; the report of applying is due by it too. */
  applyBy: IsoDate,
  state: v.picklist(JOB_OFFER_STATES),
  /** Why not applied, in the person's words (state `not-applied`). */
  notAppliedReason: v.nullable(v.string()),
  outcome: v.nullable(v.picklist(JOB_OFFER_OUTCOMES)),
  /** When the person last reported on it. */
  reportedAt: v.nullable(IsoTimestamp),
  /** Bumped by every report; a report based on an older one is a 409 (another tab, the legacy page). */
  updatedAt: IsoTimestamp,
});
export type JobOffer = v.InferOutput<typeof JobOfferSchema>;

export const TrainingOfferSchema = v.object({
  id: Id,
  kind: v.literal('training'),
  offeredOn: IsoDate,
  training: LocalizedTextSchema,
  provider: v.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  applyBy: IsoDate,
  /**
   * Where the training is applied for: a page of this portal (`/training/:id/apply`, a training of
   * its catalogue) or an absolute http(s) URL of another training service.
   */
  applyUrl: v.union([v.pipe(v.string(), v.regex(/^\/(?!\/)\S*$/)), v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//))]),
});
export type TrainingOffer = v.InferOutput<typeof TrainingOfferSchema>;

export const OfferSchema = v.variant('kind', [JobOfferSchema, TrainingOfferSchema]);
export type Offer = v.InferOutput<typeof OfferSchema>;

/** `GET /api/offers`: newest first by the day offered. */
export const OfferListSchema = v.object({ offers: v.array(OfferSchema) });
export type OfferList = v.InferOutput<typeof OfferListSchema>;

/**
 * `POST /api/offers/:id/reports` with an `Idempotency-Key`: one report on a job offer. `basedOn`
 * is the offer's `updatedAt` the person saw.
 */
export const OfferReportSchema = v.variant('kind', [
  v.object({ kind: v.literal('applied'), basedOn: IsoTimestamp }),
  v.object({
    kind: v.literal('not-applied'),
    reason: v.pipe(v.string(), v.trim(), v.minLength(1, E.reasonRequired), v.maxLength(REASON_MAX, E.reasonTooLong)),
    basedOn: IsoTimestamp,
  }),
  v.object({ kind: v.literal('outcome'), outcome: v.picklist(JOB_OFFER_OUTCOMES, E.outcomeRequired), basedOn: IsoTimestamp }),
]);
export type OfferReport = v.InferOutput<typeof OfferReportSchema>;

/** The receipt of a report: the offer after it, and when the report was received. */
export const OfferReceiptSchema = v.object({ offer: JobOfferSchema, receivedAt: IsoTimestamp });
export type OfferReceipt = v.InferOutput<typeof OfferReceiptSchema>;

export const OFFERS_PATHS = {
  offers: '/api/offers',
  offer: (id: string) => `/api/offers/${encodeURIComponent(id)}`,
  reports: (id: string) => `/api/offers/${encodeURIComponent(id)}/reports`,
  currentItems: '/api/offers/current-items',
} as const;
