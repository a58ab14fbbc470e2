import * as v from 'valibot';
import { calendarDate } from './calendar-date.js';
import { Id, IsoDate, IsoTimestamp, type ErrorCodeOf } from './primitives.js';
import { ATTACHMENTS_PER_ANSWER_MAX, AttachmentLimitsSchema, AttachmentSchema } from './unemployment-security.js';

/**
 * The start-up grant (starttiraha, seed lines 13 and 14): the application as a task list of sections
 * done in any order, its processing on a timeline (received → in processing → supplement requested →
 * decision), and the payment applications (maksatushakemus) of a granted grant's periods, monthly in
 * arrears. Money is whole cents everywhere (integers), so sums are exact; the form reads what the
 * person types in their language's format (`parseAmount`) and shows it back with Intl.NumberFormat.
 */
export const STARTUP_GRANT_ERRORS = {
  required: 'required',
  tooLong: 'too-long',
  /** A business ID (Y-tunnus) is 7 digits, a hyphen and its check digit, and the check digit must match. */
  businessIdInvalid: 'business-id.invalid',
  dateInvalid: 'date.invalid',
  /** An amount that is not a number of euros with at most two decimals, or is negative or too large. */
  amountInvalid: 'amount.invalid',
  /** Investments and their financing must be the same sum. */
  financingUnbalanced: 'financing.unbalanced',
  /** The application is sent with sections not completed: the issues name each one. */
  sectionIncomplete: 'section.incomplete',
  attachmentsTooMany: 'attachments.too-many',
  /** An attachment id that is not the person's own pending file. */
  attachmentUnknown: 'attachment.unknown',
  /** The application, supplement request or period is not in a state that allows this. */
  stateConflict: 'state.conflict',
  /** A payment application for a period that has not ended yet: monthly in arrears. */
  periodNotEnded: 'period.not-ended',
  /** A payment application after the configured time (STARTUP_GRANT_PAYMENT_MONTHS after the period ended). */
  periodLate: 'period.late',
  /** The period has its payment application already. */
  periodApplied: 'period.applied',
  /** The first payment application of a grant carries the tax card. */
  taxCardRequired: 'tax-card.required',
} as const;
export type StartupGrantError = ErrorCodeOf<typeof STARTUP_GRANT_ERRORS>;
const E = STARTUP_GRANT_ERRORS;

export const NAME_MAX = 200;
export const FIELD_MAX = 200;
export const PLAN_TEXT_MAX = 4000;
export const SUPPLEMENT_TEXT_MAX = 8000;
export const REASON_MAX = 2000;
/** 100 million euros in cents: far above any start-up's sums, well inside a safe integer. */
export const AMOUNT_MAX_CENTS = 10_000_000_000;
/** DOMAIN.md (assumed): a payment application at the latest two months after its period ended. */
export const DEFAULT_PAYMENT_APPLICATION_MONTHS = 2;

// ---------------------------------------------------------------------------------------------
// The application's sections

export const SECTIONS = ['business', 'plan', 'profitability', 'financing', 'earlier', 'attachments'] as const;
export type Section = (typeof SECTIONS)[number];

export const BUSINESS_FORMS = ['sole-trader', 'partnership', 'limited-company', 'cooperative', 'other'] as const;
export type BusinessForm = (typeof BUSINESS_FORMS)[number];
export const WORKING_TIMES = ['full-time', 'part-time'] as const;
export type WorkingTime = (typeof WORKING_TIMES)[number];
export const APPLICATION_KINDS = ['new', 'extension'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/** Y-tunnus: weights 7, 9, 10, 5, 8, 4, 2; remainder 0 → 0, 1 → invalid, otherwise 11 − remainder. */
export function isBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const digits = match[1] ?? '';
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
}

const text = (max: number) => v.pipe(v.string(E.required), v.trim(), v.minLength(1, E.required), v.maxLength(max, E.tooLong));
const amount = v.pipe(
  v.number(E.amountInvalid),
  v.integer(E.amountInvalid),
  v.minValue(0, E.amountInvalid),
  v.maxValue(AMOUNT_MAX_CENTS, E.amountInvalid),
);

export const BusinessSectionSchema = v.object({
  name: text(NAME_MAX),
  /** Empty when the business has none yet (it is applied for before full-time business starts). */
  businessId: v.optional(
    v.pipe(
      v.string(E.businessIdInvalid),
      v.trim(),
      v.check((value) => value === '' || isBusinessId(value), E.businessIdInvalid),
    ),
    '',
  ),
  form: v.picklist(BUSINESS_FORMS, E.required),
  field: text(FIELD_MAX),
  startDate: calendarDate(E.dateInvalid),
  workingTime: v.picklist(WORKING_TIMES, E.required),
});
export type BusinessSection = v.InferOutput<typeof BusinessSectionSchema>;

export const PlanSectionSchema = v.object({
  idea: text(PLAN_TEXT_MAX),
  customers: text(PLAN_TEXT_MAX),
  competence: text(PLAN_TEXT_MAX),
});
export type PlanSection = v.InferOutput<typeof PlanSectionSchema>;

/** The costs of a month, by kind, in the profitability calculation. */
export const COST_KINDS = ['purchases', 'premises', 'vehicle', 'insurance', 'marketing', 'other'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** The profitability calculation per month: expected sales and costs by kind; the result is computed. */
export const ProfitabilitySectionSchema = v.object({
  sales: amount,
  costs: v.object(Object.fromEntries(COST_KINDS.map((kind) => [kind, amount])) as Record<CostKind, typeof amount>),
});
export type ProfitabilitySection = v.InferOutput<typeof ProfitabilitySectionSchema>;

export const INVESTMENT_KINDS = ['machinery', 'premises', 'stock', 'other'] as const;
export type InvestmentKind = (typeof INVESTMENT_KINDS)[number];
export const FINANCING_KINDS = ['own', 'loan', 'other'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

/** The financing calculation: the investments and how they are financed; both sums must be equal. */
export const FinancingSectionSchema = v.pipe(
  v.object({
    investments: v.object(Object.fromEntries(INVESTMENT_KINDS.map((kind) => [kind, amount])) as Record<InvestmentKind, typeof amount>),
    financing: v.object(Object.fromEntries(FINANCING_KINDS.map((kind) => [kind, amount])) as Record<FinancingKind, typeof amount>),
  }),
  v.check((value) => financingBalance(value) === 0, E.financingUnbalanced),
);
export type FinancingSection = v.InferOutput<typeof FinancingSectionSchema>;

export const EarlierSectionSchema = v.variant('hasEarlier', [
  v.object({ hasEarlier: v.literal(false) }),
  v.object({ hasEarlier: v.literal(true), description: text(PLAN_TEXT_MAX) }),
]);
export type EarlierSection = v.InferOutput<typeof EarlierSectionSchema>;

/** Attachment ids of the person's pending files (the tax-debt certificate, a balance sheet…); none is allowed. */
export const AttachmentsSectionSchema = v.object({
  attachmentIds: v.pipe(v.array(Id), v.maxLength(ATTACHMENTS_PER_ANSWER_MAX, E.attachmentsTooMany)),
});
export type AttachmentsSection = v.InferOutput<typeof AttachmentsSectionSchema>;

export const SECTION_SCHEMAS = {
  business: BusinessSectionSchema,
  plan: PlanSectionSchema,
  profitability: ProfitabilitySectionSchema,
  financing: FinancingSectionSchema,
  earlier: EarlierSectionSchema,
  attachments: AttachmentsSectionSchema,
} as const;

/** Sales less the costs of a month, in cents (negative is a loss). */
export function profitabilityResult(section: { readonly sales: number; readonly costs: Readonly<Record<CostKind, number>> }): number {
  return section.sales - COST_KINDS.reduce((sum, kind) => sum + section.costs[kind], 0);
}

export function investmentsTotal(section: { readonly investments: Readonly<Record<InvestmentKind, number>> }): number {
  return INVESTMENT_KINDS.reduce((sum, kind) => sum + section.investments[kind], 0);
}

export function financingTotal(section: { readonly financing: Readonly<Record<FinancingKind, number>> }): number {
  return FINANCING_KINDS.reduce((sum, kind) => sum + section.financing[kind], 0);
}

/** Financing less investments, in cents: 0 when it balances, negative when money is missing. */
export function financingBalance(section: Parameters<typeof investmentsTotal>[0] & Parameters<typeof financingTotal>[0]): number {
  return financingTotal(section) - investmentsTotal(section);
}

/**
 * An amount typed in the person's language, in cents: "1 234,50" (fi, sv: spaces or no-break spaces
 * between thousands, a comma for decimals) or "1,234.50" (en). Also a bare "1234.5" in fi/sv, since
 * a dot is no thousands separator there. Undefined when it is not a plain non-negative amount with
 * at most two decimals. Empty is 0: an empty row costs nothing.
 */
export function parseAmount(typed: string, language: 'fi' | 'sv' | 'en'): number | undefined {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (compact === '') return 0;
  const normalized =
    language === 'en' ? (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(compact) ? compact.replace(/,/g, '') : compact) : compact.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return undefined;
  const [whole = '0', fraction = ''] = normalized.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) && cents <= AMOUNT_MAX_CENTS ? cents : undefined;
}

/** `POST /api/startup-grant/applications` with an `Idempotency-Key`: every section, completed. */
export const ApplicationSubmitSchema = v.object({
  kind: v.optional(v.picklist(APPLICATION_KINDS), 'new'),
  /** Each section as the form holds it; the service checks each and names the incomplete ones. */
  sections: v.object(
    Object.fromEntries(SECTIONS.map((section) => [section, v.optional(v.unknown())])) as Record<
      Section,
      v.OptionalSchema<v.UnknownSchema, undefined>
    >,
  ),
});
export type ApplicationSubmit = v.InferOutput<typeof ApplicationSubmitSchema>;

/** The application as sent: every section valid. */
export const ApplicationContentSchema = v.object({
  business: BusinessSectionSchema,
  plan: PlanSectionSchema,
  profitability: ProfitabilitySectionSchema,
  financing: FinancingSectionSchema,
  earlier: EarlierSectionSchema,
});
export type ApplicationContent = v.InferOutput<typeof ApplicationContentSchema>;

// ---------------------------------------------------------------------------------------------
// Processing, the timeline, the decision and the payments

/** DOMAIN.md (assumed); `draft` lives in the drafts area until it is sent. */
export const APPLICATION_STATES = ['submitted', 'supplement-requested', 'in-processing', 'granted', 'rejected'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const STEP_KINDS = ['received', 'in-processing', 'supplement-requested', 'supplement-answered', 'granted', 'rejected'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const TimelineStepSchema = v.object({ kind: v.picklist(STEP_KINDS), at: IsoTimestamp });
export type TimelineStep = v.InferOutput<typeof TimelineStepSchema>;

export const SupplementSchema = v.object({
  id: Id,
  /** What the office asks for, in its own words. */
  what: v.string(),
  deadline: IsoDate,
  requestedAt: IsoTimestamp,
  /** Days from today (Helsinki) to the deadline; negative when it has passed. */
  daysLeft: v.number(),
  answer: v.nullable(v.object({ text: v.string(), answeredAt: IsoTimestamp, late: v.boolean(), attachments: v.array(AttachmentSchema) })),
});
export type Supplement = v.InferOutput<typeof SupplementSchema>;

export const PeriodSchema = v.object({ id: Id, startsOn: IsoDate, endsOn: IsoDate });
export type Period = v.InferOutput<typeof PeriodSchema>;

export const DecisionSchema = v.variant('outcome', [
  v.object({ outcome: v.literal('granted'), decidedAt: IsoTimestamp, periods: v.array(PeriodSchema) }),
  v.object({ outcome: v.literal('rejected'), decidedAt: IsoTimestamp, reason: v.string() }),
]);
export type Decision = v.InferOutput<typeof DecisionSchema>;

export const ApplicationSchema = v.object({
  id: Id,
  kind: v.picklist(APPLICATION_KINDS),
  state: v.picklist(APPLICATION_STATES),
  submittedAt: IsoTimestamp,
  content: ApplicationContentSchema,
  attachments: v.array(AttachmentSchema),
  /** Oldest first, each with its date. */
  timeline: v.array(TimelineStepSchema),
  /** Every supplement request, oldest first; at most one is open. */
  supplements: v.array(SupplementSchema),
  decision: v.nullable(DecisionSchema),
});
export type Application = v.InferOutput<typeof ApplicationSchema>;

/** A payment application's own states; `lapsed` is a period never applied for in time. */
export const PAYMENT_STATES = ['submitted', 'in-processing', 'paid'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/**
 * Where a granted period stands: `upcoming` (not ended: monthly in arrears), `open` (ended, within
 * the time allowed, not applied for), `lapsed` (not applied for in time), `applied` (its payment
 * application's state in `payment`).
 */
export const PERIOD_STATUSES = ['upcoming', 'open', 'lapsed', 'applied'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const PaymentSchema = v.object({
  id: Id,
  state: v.picklist(PAYMENT_STATES),
  submittedAt: IsoTimestamp,
  /** Set when paid. */
  paymentDate: v.nullable(IsoDate),
  /** The tax card sent with it (the grant's first payment application carries one). */
  taxCard: v.nullable(AttachmentSchema),
});
export type Payment = v.InferOutput<typeof PaymentSchema>;

export const PaymentPeriodSchema = v.object({
  ...PeriodSchema.entries,
  applicationId: Id,
  /** The last day a payment application is on time (the period's end + the configured months). */
  applyBy: IsoDate,
  status: v.picklist(PERIOD_STATUSES),
  payment: v.nullable(PaymentSchema),
  /** This period's application would be the grant's first: it carries the tax card. */
  needsTaxCard: v.boolean(),
});
export type PaymentPeriod = v.InferOutput<typeof PaymentPeriodSchema>;

/** `GET /api/startup-grant`: the person's applications newest first, and the periods of granted ones. */
export const StartupGrantOverviewSchema = v.object({
  applications: v.array(ApplicationSchema),
  periods: v.array(PaymentPeriodSchema),
  /** The rule in force (configuration): months after a period's end a payment application is on time. */
  paymentApplicationMonths: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Files uploaded and not yet sent with anything. */
  pendingAttachments: v.array(AttachmentSchema),
  limits: AttachmentLimitsSchema,
});
export type StartupGrantOverview = v.InferOutput<typeof StartupGrantOverviewSchema>;

export const ApplicationReceiptSchema = v.object({ application: ApplicationSchema, receivedAt: IsoTimestamp });
export type ApplicationReceipt = v.InferOutput<typeof ApplicationReceiptSchema>;

/** `POST /api/startup-grant/supplements/:id/answer` with an `Idempotency-Key`. */
export const SupplementAnswerSchema = v.object({
  text: text(SUPPLEMENT_TEXT_MAX),
  attachmentIds: v.pipe(v.array(Id), v.maxLength(ATTACHMENTS_PER_ANSWER_MAX, E.attachmentsTooMany)),
});
export type SupplementAnswer = v.InferOutput<typeof SupplementAnswerSchema>;

export const SupplementReceiptSchema = v.object({
  supplement: SupplementSchema,
  applicationState: v.picklist(APPLICATION_STATES),
  receivedAt: IsoTimestamp,
});
export type SupplementReceipt = v.InferOutput<typeof SupplementReceiptSchema>;

/** `POST /api/startup-grant/payments` with an `Idempotency-Key`: the payment application of one period. */
export const PaymentApplicationSchema = v.object({
  periodId: Id,
  /** The tax card, for the grant's first payment application: one pending file. */
  taxCardAttachmentId: v.optional(Id),
});
export type PaymentApplication = v.InferOutput<typeof PaymentApplicationSchema>;

export const PaymentReceiptSchema = v.object({ period: PaymentPeriodSchema, receivedAt: IsoTimestamp });
export type PaymentReceipt = v.InferOutput<typeof PaymentReceiptSchema>;

// ---------------------------------------------------------------------------------------------
// The office side, mocked (/office-api)

export const OfficeSupplementRequestSchema = v.strictObject({
  what: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(REASON_MAX)),
  deadline: IsoDate,
});
export type OfficeSupplementRequest = v.InferOutput<typeof OfficeSupplementRequestSchema>;

export const OfficeGrantDecisionSchema = v.variant('outcome', [
  v.strictObject({
    outcome: v.literal('granted'),
    periods: v.pipe(v.array(v.strictObject({ startsOn: IsoDate, endsOn: IsoDate })), v.minLength(1), v.maxLength(24)),
  }),
  v.strictObject({ outcome: v.literal('rejected'), reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(REASON_MAX)) }),
]);
export type OfficeGrantDecision = v.InferOutput<typeof OfficeGrantDecisionSchema>;

export const OfficePaymentUpdateSchema = v.variant('state', [
  v.strictObject({ state: v.literal('in-processing') }),
  v.strictObject({ state: v.literal('paid'), paymentDate: IsoDate }),
]);
export type OfficePaymentUpdate = v.InferOutput<typeof OfficePaymentUpdateSchema>;

export const STARTUP_GRANT_DRAFT_KEY = 'startup-grant.application';

const enc = encodeURIComponent;
export const STARTUP_GRANT_PATHS = {
  overview: '/api/startup-grant',
  applications: '/api/startup-grant/applications',
  supplementAnswer: (id: string) => `/api/startup-grant/supplements/${enc(id)}/answer`,
  payments: '/api/startup-grant/payments',
  /** POST multipart (field "file") with an Idempotency-Key: a pending attachment of the person. */
  attachments: '/api/startup-grant/attachments',
  /** GET downloads it (owner only); DELETE removes a pending one. */
  attachment: (id: string) => `/api/startup-grant/attachments/${enc(id)}`,
  currentItems: '/api/startup-grant/current-items',
} as const;

export const STARTUP_GRANT_OFFICE_PATHS = {
  processing: (id: string) => `/office-api/startup-grant/applications/${enc(id)}/processing`,
  supplementRequest: (id: string) => `/office-api/startup-grant/applications/${enc(id)}/supplement-requests`,
  decision: (id: string) => `/office-api/startup-grant/applications/${enc(id)}/decision`,
  payment: (id: string) => `/office-api/startup-grant/payments/${enc(id)}`,
} as const;
