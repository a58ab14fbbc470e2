import * as v from 'valibot';
import { LocalizedTextSchema } from '../locale.js';
import { Id, IsoDate, IsoTimestamp, type ErrorCodeOf } from './primitives.js';

/**
 * Labour-market training (työvoimakoulutus, seed line 11): the catalogue of trainings open for
 * application, the person's applications and their states, applying (with the commitment the seed
 * states, acknowledged explicitly) and withdrawing. `@portal/shared-contracts/training`: only the
 * training module and the backend need it.
 */
export const TRAINING_ERRORS = {
  motivationRequired: 'motivation.required',
  motivationTooLong: 'motivation.too-long',
  educationRequired: 'education.required',
  educationTooLong: 'education.too-long',
  workHistoryTooLong: 'work-history.too-long',
  availabilityRequired: 'availability.required',
  availabilityTooLong: 'availability.too-long',
  commitmentRequired: 'commitment.required',
  /** The person has an application to this training already (not withdrawn): a 409. */
  alreadyApplied: 'application.exists',
  /** The training's application period is not open today: a 409. */
  closed: 'training.closed',
  /** The application is past the point where it can be withdrawn (selected, reserve, not selected): a 409. */
  notWithdrawable: 'application.not-withdrawable',
} as const;
export type TrainingError = ErrorCodeOf<typeof TRAINING_ERRORS>;
const E = TRAINING_ERRORS;

export const MOTIVATION_MAX = 2000;
export const EDUCATION_MAX = 2000;
export const WORK_HISTORY_MAX = 2000;
export const AVAILABILITY_MAX = 500;

/** The languages a training is taught in. */
export const TRAINING_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type TrainingLanguage = (typeof TRAINING_LANGUAGES)[number];

/**
 * An application's states (DOMAIN.md, assumed): `submitted` → `in-review` → `interview` →
 * `selected` / `reserve` / `rejected`; `withdrawn` by the person before a decision.
 */
export const APPLICATION_STATES = ['submitted', 'in-review', 'interview', 'selected', 'reserve', 'rejected', 'withdrawn'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** The states the person can still withdraw from: before the office has decided. */
export const WITHDRAWABLE_STATES: readonly ApplicationState[] = ['submitted', 'in-review', 'interview'];

/**
 * The state changes the office makes (`/office-api`): in review, an interview, a decision; a
 * reserve may still be selected or not. Withdrawn is the person's, and a decision is final.
 */
export const OFFICE_TRANSITIONS: Readonly<Record<ApplicationState, readonly ApplicationState[]>> = {
  submitted: ['in-review', 'interview', 'selected', 'reserve', 'rejected'],
  'in-review': ['interview', 'selected', 'reserve', 'rejected'],
  interview: ['selected', 'reserve', 'rejected'],
  reserve: ['selected', 'rejected'],
  selected: [],
  rejected: [],
  withdrawn: [],
};

/** One training of the catalogue. */
export const TrainingSchema = v.object({
  id: Id,
  name: LocalizedTextSchema,
  provider: v.string(),
  /** Where it is taught; null when it is taught remotely. */
  place: v.nullable(LocalizedTextSchema),
  language: v.picklist(TRAINING_LANGUAGES),
  startDate: IsoDate,
  endDate: IsoDate,
  applyFrom: IsoDate,
  applyBy: IsoDate,
  /** Who it is for. */
  forWhom: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Open for application today (Finland's calendar): between `applyFrom` and `applyBy`. */
  open: v.boolean(),
});
export type Training = v.InferOutput<typeof TrainingSchema>;

/** An application as the person sees it, with the training it is for. */
export const TrainingApplicationSchema = v.object({
  id: Id,
  /** The reference the receipt gives, to quote to the office. */
  reference: v.string(),
  training: TrainingSchema,
  state: v.picklist(APPLICATION_STATES),
  motivation: v.string(),
  education: v.string(),
  workHistory: v.string(),
  availability: v.string(),
  submittedAt: IsoTimestamp,
  stateChangedAt: IsoTimestamp,
  /** It may still be withdrawn (`WITHDRAWABLE_STATES`). */
  withdrawable: v.boolean(),
});
export type TrainingApplication = v.InferOutput<typeof TrainingApplicationSchema>;

/** `GET /api/training`: the catalogue (the first day to apply by first) and the person's applications, newest first. */
export const TrainingOverviewSchema = v.object({
  trainings: v.array(TrainingSchema),
  applications: v.array(TrainingApplicationSchema),
});
export type TrainingOverview = v.InferOutput<typeof TrainingOverviewSchema>;

/**
 * `GET /api/training/trainings/:id`: one training, the person's live application to it (not
 * withdrawn) if any, and what the person's data says of their education and work, for the
 * application form to start from (empty when the data has none).
 */
export const TrainingDetailSchema = v.object({
  training: TrainingSchema,
  application: v.nullable(TrainingApplicationSchema),
  prefill: v.object({ education: v.string(), workHistory: v.string() }),
});
export type TrainingDetail = v.InferOutput<typeof TrainingDetailSchema>;

const text = (max: number, required: string, tooLong: string) =>
  v.pipe(v.string(required), v.trim(), v.minLength(1, required), v.maxLength(max, tooLong));

/**
 * `POST /api/training/applications` with an `Idempotency-Key`. `commitment` is the person's explicit
 * acknowledgement of the commitment of applying (the seed's words): it must be `true`.
 */
export const TrainingApplicationRequestSchema = v.object({
  trainingId: Id,
  motivation: text(MOTIVATION_MAX, E.motivationRequired, E.motivationTooLong),
  education: text(EDUCATION_MAX, E.educationRequired, E.educationTooLong),
  workHistory: v.optional(v.pipe(v.string(E.workHistoryTooLong), v.trim(), v.maxLength(WORK_HISTORY_MAX, E.workHistoryTooLong)), ''),
  availability: text(AVAILABILITY_MAX, E.availabilityRequired, E.availabilityTooLong),
  commitment: v.literal(true, E.commitmentRequired),
});
export type TrainingApplicationRequest = v.InferOutput<typeof TrainingApplicationRequestSchema>;

/** The receipt of an application or of withdrawing one. */
export const TrainingReceiptSchema = v.object({ application: TrainingApplicationSchema, receivedAt: IsoTimestamp });
export type TrainingReceipt = v.InferOutput<typeof TrainingReceiptSchema>;

/**
 * `POST /api/training/applications/:id/withdraw` with an `Idempotency-Key`: the person confirmed
 * having read what withdrawing means. Withdrawing a withdrawn application again answers its receipt.
 */
export const TrainingWithdrawSchema = v.object({ confirmed: v.literal(true) });
export type TrainingWithdraw = v.InferOutput<typeof TrainingWithdrawSchema>;

/** `PATCH /office-api/training-applications/:id`: the office moves an application on (OFFICE_TRANSITIONS). */
export const OfficeTrainingStateSchema = v.strictObject({
  state: v.picklist(['in-review', 'interview', 'selected', 'reserve', 'rejected']),
});
export type OfficeTrainingState = v.InferOutput<typeof OfficeTrainingStateSchema>;

export const TRAINING_AREA = 'training';
export const TRAINING_ROUTE = '/training';

export const TRAINING_PATHS = {
  overview: '/api/training',
  training: (id: string) => `/api/training/trainings/${encodeURIComponent(id)}`,
  applications: '/api/training/applications',
  application: (id: string) => `/api/training/applications/${encodeURIComponent(id)}`,
  withdraw: (id: string) => `/api/training/applications/${encodeURIComponent(id)}/withdraw`,
  currentItems: '/api/training/current-items',
  officeState: (id: string) => `/office-api/training-applications/${encodeURIComponent(id)}`,
} as const;

/** The portal's pages of the area, for links from other areas (an offer, a payment notice). */
export const TRAINING_PAGES = {
  training: (id: string) => `${TRAINING_ROUTE}/${encodeURIComponent(id)}`,
  apply: (id: string) => `${TRAINING_ROUTE}/${encodeURIComponent(id)}/apply`,
  application: (id: string) => `${TRAINING_ROUTE}/applications/${encodeURIComponent(id)}`,
} as const;
