// The start-up grant's rules (seed lines 13 and 14): the periods' states (monthly in arrears, on
// time within the configured months), the applications and periods as the API gives them, sending
// an application only with every section complete (the incomplete ones named), and answering a
// supplement request (late answers accepted and marked). The payment applications are payments.ts's,
// the office's moves office.ts's, the front page's items and the export current-items.ts's. Every
// write of the person is idempotent by its key and serialised by the person's row lock.
import { API_ERROR_CODES, daysBetween, parseOrThrow, validate } from '@portal/shared-contracts';
import {
  ApplicationContentSchema,
  ApplicationReceiptSchema,
  SECTION_SCHEMAS,
  SECTIONS,
  STARTUP_GRANT_ERRORS as E,
  STARTUP_GRANT_PATHS as PATHS,
  STEP_KINDS,
  StartupGrantOverviewSchema,
  SupplementReceiptSchema,
  type Application,
  type ApplicationSubmit,
  type PaymentPeriod,
  type StartupGrantOverview,
  type Supplement,
  type SupplementAnswer,
} from '@portal/shared-contracts/startup-grant';
import type { Attachment, AttachmentLimits } from '@portal/shared-contracts/unemployment-security';
import { helsinkiDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import type { WriteOutcome } from '../../platform/handlers.js';
import { unstorablePath } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { withPersonLocked } from '../profile/changes-store.js';
import type { Person } from '../profile/store.js';
import {
  answerSupplement,
  claimAttachments,
  findApplicationByKey,
  insertApplication,
  insertStep,
  listApplications,
  listAttachments,
  listPayments,
  listPeriods,
  listSteps,
  listSupplements,
  lockApplication,
  lockSupplement,
  setApplicationState,
  type ApplicationRow,
  type AttachmentRow,
  type PaymentRow,
  type PeriodRow,
} from './store.js';

export interface StartupGrantRules {
  /** Months after a period's end its payment application is on time (config STARTUP_GRANT_PAYMENT_MONTHS). */
  readonly paymentApplicationMonths: number;
  readonly limits: AttachmentLimits;
}

// ---------------------------------------------------------------------------------------------
// Rules

/** `months` calendar months after `day`, on the same day of the month or the month's last when it has fewer. */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(date, lastDay), 2)}`;
}

/** The last day a period's payment application is on time. */
export const applyByOf = (period: Pick<PeriodRow, 'endsOn'>, months: number): string => addMonths(period.endsOn, months);

export function periodStatus(period: PeriodRow, payment: PaymentRow | undefined, today: string, months: number): PaymentPeriod['status'] {
  if (payment) return 'applied';
  if (today <= period.endsOn) return 'upcoming';
  return today <= applyByOf(period, months) ? 'open' : 'lapsed';
}

export const invalid = (message: string, path: string, code: string, status = 400): never => {
  throw httpError(status, status === 409 ? API_ERROR_CODES.conflict : API_ERROR_CODES.validationFailed, message, [{ path, message: code }]);
};

// ---------------------------------------------------------------------------------------------
// As the API gives them

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
    href: PATHS.attachment(row.id),
  };
}

interface Loaded {
  readonly applications: ApplicationRow[];
  readonly steps: Awaited<ReturnType<typeof listSteps>>;
  readonly supplements: Awaited<ReturnType<typeof listSupplements>>;
  readonly periods: PeriodRow[];
  readonly payments: PaymentRow[];
  readonly attachments: AttachmentRow[];
}

export async function load(db: Database, personId: string): Promise<Loaded> {
  const applications = await listApplications(db, personId);
  const ids = applications.map((row) => row.id);
  const [steps, supplements, periods, payments, attachments] = await Promise.all([
    listSteps(db, ids),
    listSupplements(db, ids),
    listPeriods(db, ids),
    listPayments(db, personId),
    listAttachments(db, personId),
  ]);
  return { applications, steps, supplements, periods, payments, attachments };
}

export function toApplication(row: ApplicationRow, loaded: Loaded, today: string): Application {
  const supplements: Supplement[] = loaded.supplements
    .filter((supplement) => supplement.applicationId === row.id)
    .map((supplement) => ({
      id: supplement.id,
      what: supplement.what,
      deadline: supplement.deadline,
      requestedAt: supplement.requestedAt.toISOString(),
      daysLeft: daysBetween(today, supplement.deadline),
      answer:
        supplement.answeredAt !== null && supplement.answerText !== null
          ? {
              text: supplement.answerText,
              answeredAt: supplement.answeredAt.toISOString(),
              late: supplement.late === true,
              attachments: loaded.attachments.filter((file) => file.supplementId === supplement.id).map(toAttachment),
            }
          : null,
    }));
  const periods = loaded.periods.filter((period) => period.applicationId === row.id);
  const decidedAt = row.decidedAt?.toISOString();
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    submittedAt: row.submittedAt.toISOString(),
    content: row.content,
    attachments: loaded.attachments.filter((file) => file.applicationId === row.id).map(toAttachment),
    // By time; steps of the same instant (the office's system may record two at once) in the order they happen.
    timeline: loaded.steps
      .filter((step) => step.applicationId === row.id)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || STEP_KINDS.indexOf(a.kind) - STEP_KINDS.indexOf(b.kind))
      .map((step) => ({ kind: step.kind, at: step.at.toISOString() })),
    supplements,
    decision:
      decidedAt === undefined
        ? null
        : row.state === 'granted'
          ? {
              outcome: 'granted',
              decidedAt,
              periods: periods.map((period) => ({ id: period.id, startsOn: period.startsOn, endsOn: period.endsOn })),
            }
          : { outcome: 'rejected', decidedAt, reason: row.rejectionReason ?? '' },
  };
}

export function toPeriods(loaded: Loaded, today: string, months: number): PaymentPeriod[] {
  const granted = new Set(loaded.applications.filter((row) => row.state === 'granted').map((row) => row.id));
  const paymentOf = new Map(loaded.payments.map((payment) => [payment.periodId, payment]));
  // The first payment application of a grant carries the tax card: until one is sent, every open period asks for it.
  const applied = new Set(loaded.periods.filter((period) => paymentOf.has(period.id)).map((period) => period.applicationId));
  return loaded.periods
    .filter((period) => granted.has(period.applicationId))
    .map((period) => {
      const payment = paymentOf.get(period.id);
      const taxCard = payment ? loaded.attachments.find((file) => file.paymentId === payment.id) : undefined;
      return {
        id: period.id,
        applicationId: period.applicationId,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        applyBy: applyByOf(period, months),
        status: periodStatus(period, payment, today, months),
        payment: payment
          ? {
              id: payment.id,
              state: payment.state,
              submittedAt: payment.submittedAt.toISOString(),
              paymentDate: payment.paymentDate,
              taxCard: taxCard ? toAttachment(taxCard) : null,
            }
          : null,
        needsTaxCard: !applied.has(period.applicationId),
      };
    });
}

function overviewOf(loaded: Loaded, today: string, rules: StartupGrantRules): StartupGrantOverview {
  return {
    applications: loaded.applications.map((row) => toApplication(row, loaded, today)),
    periods: toPeriods(loaded, today, rules.paymentApplicationMonths),
    paymentApplicationMonths: rules.paymentApplicationMonths,
    pendingAttachments: loaded.attachments
      .filter((file) => file.applicationId === null && file.supplementId === null && file.paymentId === null)
      .map(toAttachment),
    limits: rules.limits,
  };
}

export async function startupGrantOverview(
  db: Database,
  personId: string,
  today: string,
  rules: StartupGrantRules,
): Promise<StartupGrantOverview> {
  return parseOrThrow(StartupGrantOverviewSchema, overviewOf(await load(db, personId), today, rules), `GET ${PATHS.overview}`);
}

// ---------------------------------------------------------------------------------------------
// The person's writes

function refuseUnstorable(value: unknown, message: string): void {
  const unstorable = unstorablePath(value);
  if (unstorable !== undefined) invalid(message, unstorable || 'body', E.tooLong);
}

/** Claims exactly these pending files of the person, or refuses them all (a 400 naming the field). */
export async function claimAll(
  tx: Database,
  personId: string,
  ids: readonly string[],
  owner: Parameters<typeof claimAttachments>[3],
  field: string,
): Promise<void> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const claimed = await claimAttachments(tx, personId, unique, owner);
  if (claimed.length !== unique.length) invalid('An attachment is not one of your files waiting to be sent.', field, E.attachmentUnknown);
}

/**
 * Sends an application: every section must be complete by its own schema; the incomplete ones are
 * named, each at `sections.<name>` with `section.incomplete`, followed by the field issues, in one 400.
 */
export async function submitApplication(
  db: Database,
  person: Person,
  request: ApplicationSubmit,
  key: string,
  now: Date,
): Promise<WriteOutcome> {
  const issues: { path: string; message: string }[] = [];
  const fieldIssues: { path: string; message: string }[] = [];
  const parsed: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const result = validate(SECTION_SCHEMAS[section], request.sections[section]);
    if (result.ok) parsed[section] = result.value;
    else {
      issues.push({ path: `sections.${section}`, message: E.sectionIncomplete });
      fieldIssues.push(
        ...result.issues.map((issue) => ({ path: `sections.${section}${issue.path ? `.${issue.path}` : ''}`, message: issue.message })),
      );
    }
  }
  const today = helsinkiDate(now);
  return withPersonLocked(db, person.id, async (tx): Promise<WriteOutcome> => {
    const first = await findApplicationByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', receipt: await receiptOf(tx, person.id, first.id, today) };
    if (issues.length > 0) {
      throw httpError(
        400,
        API_ERROR_CODES.validationFailed,
        `Complete these sections before sending: ${issues.map((i) => i.path.slice(9)).join(', ')}.`,
        [...issues, ...fieldIssues],
      );
    }
    const { attachments, ...rest } = parsed as { attachments: { attachmentIds: string[] } } & Record<string, unknown>;
    const content = parseOrThrow(ApplicationContentSchema, rest, 'application content');
    refuseUnstorable(content, 'The application contains characters that cannot be stored.');
    const row = await insertApplication(tx, {
      personId: person.id,
      kind: request.kind,
      state: 'submitted',
      content,
      submittedAt: now,
      idempotencyKey: key,
    });
    await insertStep(tx, row.id, 'received', now);
    await claimAll(tx, person.id, attachments.attachmentIds, { applicationId: row.id }, 'sections.attachments');
    return { kind: 'created', receipt: await receiptOf(tx, person.id, row.id, today) };
  });
}

async function receiptOf(db: Database, personId: string, applicationId: string, today: string) {
  const loaded = await load(db, personId);
  const row = loaded.applications.find((application) => application.id === applicationId);
  if (!row) throw new Error('A stored application was not found');
  return parseOrThrow(
    ApplicationReceiptSchema,
    { application: toApplication(row, loaded, today), receivedAt: row.submittedAt.toISOString() },
    `POST ${PATHS.applications}`,
  );
}

export const notFound = (what: string): never => {
  throw httpError(404, API_ERROR_CODES.notFound, `No such ${what}.`);
};

/** Answers an open supplement request; after its deadline the answer is accepted and marked late. */
export async function answerSupplementRequest(
  db: Database,
  person: Person,
  supplementId: string,
  request: SupplementAnswer,
  key: string,
  now: Date,
): Promise<WriteOutcome> {
  refuseUnstorable(request, 'The answer contains characters that cannot be stored.');
  const today = helsinkiDate(now);
  return withPersonLocked(db, person.id, async (tx): Promise<WriteOutcome> => {
    const supplement = await lockSupplement(tx, person.id, supplementId);
    if (!supplement) return notFound('supplement request');
    const receipt = async () => {
      const loaded = await load(tx, person.id);
      const application = loaded.applications.find((row) => row.id === supplement.applicationId);
      const shown = application && toApplication(application, loaded, today).supplements.find((s) => s.id === supplement.id);
      return parseOrThrow(
        SupplementReceiptSchema,
        { supplement: shown, applicationState: application?.state, receivedAt: shown?.answer?.answeredAt },
        `POST ${PATHS.supplementAnswer(':id')}`,
      );
    };
    if (supplement.answerIdempotencyKey === key) return { kind: 'replayed', receipt: await receipt() };
    if (supplement.answeredAt !== null) invalid('This supplement request has been answered already.', 'text', E.stateConflict, 409);
    const application = await lockApplication(tx, supplement.applicationId);
    if (application?.state !== 'supplement-requested')
      invalid('The application is not waiting for a supplement.', 'text', E.stateConflict, 409);
    await answerSupplement(tx, supplement.id, {
      answerText: request.text,
      answeredAt: now,
      late: today > supplement.deadline,
      answerIdempotencyKey: key,
    });
    await claimAll(tx, person.id, request.attachmentIds, { supplementId: supplement.id }, 'attachmentIds');
    // Back to the office: it goes on processing with what it now has.
    await setApplicationState(tx, supplement.applicationId, { state: 'in-processing' });
    await insertStep(tx, supplement.applicationId, 'supplement-answered', now);
    return { kind: 'created', receipt: await receipt() };
  });
}
