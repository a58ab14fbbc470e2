// The start-up grant's rules (seed lines 13 and 14): sending an application only with every section
// complete (the incomplete ones named), its timeline, answering a supplement request (late answers
// accepted and marked), the payment application of a period (monthly in arrears, on time within the
// configured months after the period, the first with the tax card), the office's moves, the front
// page's current items and the export's part. Every write of the person is idempotent by its key and
// serialised by the person's row lock.
import { API_ERROR_CODES, daysBetween, parseOrThrow, validate, type CurrentItem, type LocalizedText } from '@portal/shared-contracts';
import {
  ApplicationContentSchema,
  ApplicationReceiptSchema,
  PaymentReceiptSchema,
  SECTION_SCHEMAS,
  SECTIONS,
  STARTUP_GRANT_ERRORS as E,
  STARTUP_GRANT_PATHS as PATHS,
  STEP_KINDS,
  StartupGrantOverviewSchema,
  SupplementReceiptSchema,
  type Application,
  type ApplicationSubmit,
  type OfficeGrantDecision,
  type OfficePaymentUpdate,
  type OfficeSupplementRequest,
  type PaymentApplication,
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
  findPaymentByKey,
  insertApplication,
  insertPayment,
  insertPeriods,
  insertStep,
  insertSupplement,
  listApplications,
  listAttachments,
  listPayments,
  listPeriods,
  listSteps,
  listSupplements,
  lockApplication,
  lockPayment,
  lockSupplement,
  setApplicationState,
  setPayment,
  type ApplicationRow,
  type AttachmentRow,
  type PaymentRow,
  type PeriodRow,
} from './store.js';

const AREA = 'startup-grant';

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

const invalid = (message: string, path: string, code: string, status = 400): never => {
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

async function load(db: Database, personId: string): Promise<Loaded> {
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

function toApplication(row: ApplicationRow, loaded: Loaded, today: string): Application {
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

function toPeriods(loaded: Loaded, today: string, months: number): PaymentPeriod[] {
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
async function claimAll(
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

const notFound = (what: string): never => {
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

/** The payment application of a granted period that has ended, on time; the grant's first carries the tax card. */
export async function submitPayment(
  db: Database,
  person: Person,
  request: PaymentApplication,
  key: string,
  now: Date,
  rules: StartupGrantRules,
): Promise<WriteOutcome> {
  const today = helsinkiDate(now);
  const months = rules.paymentApplicationMonths;
  return withPersonLocked(db, person.id, async (tx): Promise<WriteOutcome> => {
    const receipt = async (periodId: string) => {
      const period = toPeriods(await load(tx, person.id), today, months).find((p) => p.id === periodId);
      return parseOrThrow(PaymentReceiptSchema, { period, receivedAt: period?.payment?.submittedAt }, `POST ${PATHS.payments}`);
    };
    const first = await findPaymentByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', receipt: await receipt(first.periodId) };
    const loaded = await load(tx, person.id);
    const period = toPeriods(loaded, today, months).find((p) => p.id === request.periodId.toLowerCase());
    if (!period) return notFound('payment period');
    if (period.status === 'applied') invalid('This period has its payment application already.', 'periodId', E.periodApplied, 409);
    if (period.status === 'upcoming') {
      invalid(`A payment application is made after the period has ended (${period.endsOn}).`, 'periodId', E.periodNotEnded, 409);
    }
    if (period.status === 'lapsed') {
      invalid(
        `The time to apply for this period ended on ${period.applyBy} (${months} months after the period). Contact the office to ask what can still be done.`,
        'periodId',
        E.periodLate,
        409,
      );
    }
    if (period.needsTaxCard && request.taxCardAttachmentId === undefined) {
      invalid('The first payment application carries the tax card.', 'taxCardAttachmentId', E.taxCardRequired);
    }
    const payment = await insertPayment(tx, {
      periodId: period.id,
      personId: person.id,
      state: 'submitted',
      submittedAt: now,
      idempotencyKey: key,
    });
    if (request.taxCardAttachmentId !== undefined) {
      await claimAll(tx, person.id, [request.taxCardAttachmentId], { paymentId: payment.id }, 'taxCardAttachmentId');
    }
    return { kind: 'created', receipt: await receipt(period.id) };
  });
}

// ---------------------------------------------------------------------------------------------
// The office's moves (/office-api), each on the locked application

async function officeApplication(tx: Database, id: string): Promise<ApplicationRow> {
  const row = await lockApplication(tx, id);
  return row ?? notFound('application');
}

const conflict = (message: string): never => invalid(message, 'state', E.stateConflict, 409);

export async function officeStartProcessing(db: Database, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await officeApplication(tx, id);
    if (row.state !== 'submitted' && row.state !== 'supplement-requested') conflict(`The application is ${row.state}.`);
    await setApplicationState(tx, id, { state: 'in-processing' });
    await insertStep(tx, id, 'in-processing', now);
  });
}

export async function officeRequestSupplement(db: Database, id: string, request: OfficeSupplementRequest, now: Date): Promise<string> {
  refuseUnstorable(request, 'The request contains characters that cannot be stored.');
  return db.transaction(async (tx) => {
    const row = await officeApplication(tx, id);
    if (row.state !== 'submitted' && row.state !== 'in-processing') conflict(`The application is ${row.state}.`);
    const supplement = await insertSupplement(tx, {
      applicationId: id,
      personId: row.personId,
      what: request.what,
      deadline: request.deadline,
      requestedAt: now,
    });
    await setApplicationState(tx, id, { state: 'supplement-requested' });
    await insertStep(tx, id, 'supplement-requested', now);
    return supplement.id;
  });
}

export async function officeDecide(db: Database, id: string, decision: OfficeGrantDecision, now: Date): Promise<void> {
  refuseUnstorable(decision, 'The decision contains characters that cannot be stored.');
  if (decision.outcome === 'granted') {
    const bad = decision.periods.findIndex((period) => period.startsOn > period.endsOn);
    if (bad >= 0) invalid('A period ends before it starts.', `periods.${bad}`, E.dateInvalid);
  }
  await db.transaction(async (tx) => {
    const row = await officeApplication(tx, id);
    if (row.state === 'granted' || row.state === 'rejected') conflict('The application has been decided already.');
    if (decision.outcome === 'granted') {
      await setApplicationState(tx, id, { state: 'granted', decidedAt: now });
      await insertPeriods(
        tx,
        decision.periods.map((period) => ({ applicationId: id, personId: row.personId, ...period })),
      );
    } else {
      await setApplicationState(tx, id, { state: 'rejected', decidedAt: now, rejectionReason: decision.reason });
    }
    await insertStep(tx, id, decision.outcome, now);
  });
}

export async function officeUpdatePayment(db: Database, id: string, update: OfficePaymentUpdate): Promise<void> {
  await db.transaction(async (tx) => {
    const row = (await lockPayment(tx, id)) ?? notFound('payment application');
    if (row.state === 'paid') conflict('The payment application has been paid already.');
    await setPayment(tx, id, { state: update.state, paymentDate: update.state === 'paid' ? update.paymentDate : null });
  });
}

// ---------------------------------------------------------------------------------------------
// The front page and the export

const SUPPLEMENT_ITEM: { title: LocalizedText; description: LocalizedText } = {
  title: {
    fi: 'Täydennä starttirahahakemustasi',
    sv: 'Komplettera din ansökan om startpeng',
    en: 'Supplement your start-up grant application',
  },
  description: {
    fi: 'TE-toimisto pyytää lisätietoja hakemukseesi.',
    sv: 'TE-byrån ber om mer information om din ansökan.',
    en: 'The office asks for more information on your application.',
  },
};

const PAYMENT_ITEM: { title: LocalizedText; description: LocalizedText } = {
  title: { fi: 'Hae starttirahan maksua', sv: 'Ansök om utbetalning av startpeng', en: 'Apply for your start-up grant payment' },
  description: {
    fi: 'Maksukausi on päättynyt: tee maksatushakemus määräaikaan mennessä.',
    sv: 'Utbetalningsperioden har gått ut: ansök om utbetalning före tidsfristen.',
    en: 'A payment period has ended: apply for its payment by the deadline.',
  },
};

export function currentItems(overview: StartupGrantOverview): CurrentItem[] {
  const supplements = overview.applications.flatMap((application) =>
    application.state === 'supplement-requested'
      ? application.supplements
          .filter((supplement) => supplement.answer === null)
          .map((supplement): CurrentItem => ({
            id: `supplement-${supplement.id}`,
            area: AREA,
            kind: 'deadline',
            ...SUPPLEMENT_ITEM,
            dueDate: supplement.deadline,
            href: `/startup-grant/supplements/${supplement.id}`,
            urgency: 'action',
          }))
      : [],
  );
  const payments = overview.periods
    .filter((period) => period.status === 'open')
    .map((period): CurrentItem => ({
      id: `payment-${period.id}`,
      area: AREA,
      kind: 'deadline',
      ...PAYMENT_ITEM,
      dueDate: period.applyBy,
      href: `/startup-grant/payments/${period.id}`,
      urgency: 'action',
    }));
  return [...supplements, ...payments];
}

/**
 * The export's part (the profile's JSON download and print view): every application with its
 * timeline, supplements and decision, every granted period with its payment application, and the
 * files not yet sent.
 */
export async function startupGrantExport(db: Database, personId: string, today: string, paymentApplicationMonths: number) {
  const loaded = await load(db, personId);
  return {
    applications: loaded.applications.map((row) => toApplication(row, loaded, today)),
    periods: toPeriods(loaded, today, paymentApplicationMonths),
    pendingAttachments: loaded.attachments
      .filter((file) => file.applicationId === null && file.supplementId === null && file.paymentId === null)
      .map(toAttachment),
  };
}
