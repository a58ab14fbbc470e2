// Job and training offers (seed line 10): the list, one offer, a report on a job offer (applied, not
// applied with a reason, the outcome), the front page's current items, and the export's part; the
// API (router.ts) and the legacy pages both call these. The report is the portal's form pattern: the contract's schema with its codes, an Idempotency-Key (a retry gets the first
// receipt with 200, one record), the offer's row locked for the write, and `basedOn` against lost
// updates — the legacy Oma asiointi page (src/legacy) reports through the same function, so a report
// made there is seen here and the other way round.
import { API_ERROR_CODES, parseOrThrow, type CurrentItem, type LocalizedText } from '@portal/shared-contracts';
import {
  OFFERS_ERRORS as E,
  OFFERS_PATHS as PATHS,
  OfferReceiptSchema,
  type JobOffer,
  type JobOfferState,
  type Offer,
  type OfferReceipt,
  type OfferReport,
  type TrainingOffer,
} from '@portal/shared-contracts/offers';
import {
  findJobOffer,
  findOfferReportByKey,
  findTrainingOffer,
  insertOfferReport,
  listJobOffers,
  listOfferReports,
  listTrainingOffers,
  lockJobOffer,
  nextUpdatedAt,
  updateJobOffer,
  type JobOfferReportRow,
  type JobOfferRow,
  type TrainingOfferRow,
} from './store.js';
import type { Person } from '../profile/store.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';
import { isUuid } from '../../platform/uuid.js';

const AREA = 'offers';

// ---------------------------------------------------------------------------------------------
// DTOs

export function toJobOffer(row: JobOfferRow): JobOffer {
  return {
    id: row.id,
    kind: 'job',
    offeredOn: row.offeredOn,
    employer: row.employer,
    jobTitle: row.jobTitle,
    location: row.location,
    howToApply: row.howToApply,
    applyUrl: row.applyUrl,
    applyBy: row.applyBy,
    state: row.state,
    notAppliedReason: row.notAppliedReason,
    outcome: row.outcome,
    reportedAt: row.reportedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTrainingOffer(row: TrainingOfferRow): TrainingOffer {
  return {
    id: row.id,
    kind: 'training',
    offeredOn: row.offeredOn,
    training: row.training,
    provider: row.provider,
    startDate: row.startDate,
    endDate: row.endDate,
    applyBy: row.applyBy,
    applyUrl: row.applyUrl,
  };
}

/** Job and training offers together, newest first by the day offered. */
export async function listOffers(db: Database, personId: string): Promise<Offer[]> {
  const [jobs, trainings] = await Promise.all([listJobOffers(db, personId), listTrainingOffers(db, personId)]);
  const offers: Offer[] = [...jobs.map(toJobOffer), ...trainings.map(toTrainingOffer)];
  // A stable sort: on one day, job offers stay before training offers.
  return offers.sort((a, b) => (a.offeredOn < b.offeredOn ? 1 : a.offeredOn > b.offeredOn ? -1 : 0));
}

/** The person's offer of either kind, or undefined (another person's id included). */
export async function findOffer(db: Database, personId: string, id: string): Promise<Offer | undefined> {
  if (!isUuid(id)) return undefined;
  const job = await findJobOffer(db, personId, id);
  if (job) return toJobOffer(job);
  const training = await findTrainingOffer(db, personId, id);
  return training ? toTrainingOffer(training) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rules

/** Which reports fit which state: applying (or not) only once, from assigned; the outcome only after applying. */
export function reportFits(state: JobOfferState, outcomeKnown: boolean, kind: OfferReport['kind']): boolean {
  if (kind === 'outcome') return state === 'applied' && !outcomeKnown;
  return state === 'assigned';
}

const STALE = 'The offer has changed meanwhile (in another tab or on the legacy page). Fetch it again, check, and send the report again.';

export interface ReportOutcome {
  readonly kind: 'created' | 'replayed';
  readonly receipt: OfferReceipt;
}

function receiptOf(row: JobOfferReportRow): OfferReceipt {
  return parseOrThrow(
    OfferReceiptSchema,
    { offer: row.offerAfter, receivedAt: row.receivedAt.toISOString() },
    `POST ${PATHS.reports(row.offerId)}`,
  );
}

/**
 * One report on one job offer, in one transaction with the offer locked. Throws the HttpError the
 * API answers with: 404 for an offer that is not the person's job offer, 409 for a stale `basedOn`
 * (no details) or a report that does not fit the state (`state.conflict` on `kind`), 400 for text
 * PostgreSQL cannot store. A key used before gets the first receipt, whatever the offer is now.
 */
export async function reportOnOffer(
  db: Database,
  person: Person,
  offerId: string,
  report: OfferReport,
  key: string,
  now: Date,
): Promise<ReportOutcome> {
  if (report.kind === 'not-applied' && unstorablePath(report.reason) !== undefined) {
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The report is not valid.', [{ path: 'reason', message: E.reasonRequired }]);
  }
  return db.transaction(async (tx): Promise<ReportOutcome> => {
    // The key first: the retry of a report that went through must get its receipt, though that
    // report itself changed the state the rules below look at.
    const first = await findOfferReportByKey(tx, person.id, key);
    if (first) {
      if (first.offerId !== offerId)
        throw httpError(409, API_ERROR_CODES.conflict, 'This Idempotency-Key was used for a report on another offer.');
      return { kind: 'replayed', receipt: receiptOf(first) };
    }
    const offer = isUuid(offerId) ? await lockJobOffer(tx, person.id, offerId) : undefined;
    if (!offer) throw httpError(404, API_ERROR_CODES.notFound, 'No such job offer.');
    if (Date.parse(report.basedOn) !== offer.updatedAt.getTime()) throw httpError(409, API_ERROR_CODES.conflict, STALE);
    if (!reportFits(offer.state, offer.outcome !== null, report.kind)) {
      throw httpError(
        409,
        API_ERROR_CODES.conflict,
        `A report "${report.kind}" does not fit an offer in state "${offer.state}"${offer.outcome ? ` with an outcome` : ''}.`,
        [{ path: 'kind', message: E.stateConflict }],
      );
    }
    const updated = await updateJobOffer(tx, offer.id, {
      state: report.kind === 'outcome' ? offer.state : report.kind,
      notAppliedReason: report.kind === 'not-applied' ? report.reason : offer.notAppliedReason,
      outcome: report.kind === 'outcome' ? report.outcome : offer.outcome,
      reportedAt: now,
      updatedAt: nextUpdatedAt(offer.updatedAt, now),
    });
    const inserted = await insertOfferReport(tx, {
      offerId: offer.id,
      personId: person.id,
      idempotencyKey: key,
      kind: report.kind,
      reason: report.kind === 'not-applied' ? report.reason : null,
      outcome: report.kind === 'outcome' ? report.outcome : null,
      receivedAt: now,
      offerAfter: toJobOffer(updated),
    });
    // Only if the row lock were bypassed (the same key on two offers at once): refuse, roll back.
    if (!inserted) throw httpError(409, API_ERROR_CODES.conflict, 'This Idempotency-Key is being used for another report.');
    return { kind: 'created', receipt: receiptOf(inserted) };
  });
}

// ---------------------------------------------------------------------------------------------
// Current items

const TITLES = {
  report: {
    fi: 'Ilmoita, haitko tarjottua työpaikkaa',
    sv: 'Meddela om du sökte det erbjudna jobbet',
    en: 'Report whether you applied for the offered job',
  },
  outcome: {
    fi: 'Ilmoita työtarjouksen tulos, kun saat sen',
    sv: 'Meddela resultatet av jobberbjudandet när du får det',
    en: 'Report the job offer’s outcome when you hear it',
  },
} as const satisfies Record<string, LocalizedText>;

function offerDescription(offer: JobOfferRow): LocalizedText {
  return {
    fi: `${offer.jobTitle.fi}, ${offer.employer}`,
    sv: `${offer.jobTitle.sv}, ${offer.employer}`,
    en: `${offer.jobTitle.en}, ${offer.employer}`,
  };
}

/** An unreported job offer is a deadline on its apply-by day; an applied one without an outcome, a reminder. */
export function offerCurrentItems(offers: readonly JobOfferRow[]): CurrentItem[] {
  return offers.flatMap((offer): CurrentItem[] => {
    const href = `/${AREA}/${offer.id}`;
    if (offer.state === 'assigned') {
      return [
        {
          id: `offer-${offer.id}`,
          area: AREA,
          kind: 'deadline',
          title: TITLES.report,
          description: offerDescription(offer),
          dueDate: offer.applyBy,
          href,
          urgency: 'action',
        },
      ];
    }
    if (offer.state === 'applied' && offer.outcome === null) {
      return [
        {
          id: `offer-${offer.id}-outcome`,
          area: AREA,
          kind: 'task',
          title: TITLES.outcome,
          description: offerDescription(offer),
          href,
          urgency: 'info',
        },
      ];
    }
    return [];
  });
}

/** Offers in the own-data export: every offer as the API gives it, and every report made on one. */
export async function offersExport(db: Database, personId: string) {
  const [offers, reports] = await Promise.all([listOffers(db, personId), listOfferReports(db, personId)]);
  return {
    offers,
    // The report as received; the key and the stored receipt are plumbing.
    reports: reports.map((report) => ({
      id: report.id,
      offerId: report.offerId,
      kind: report.kind,
      reason: report.reason,
      outcome: report.outcome,
      receivedAt: report.receivedAt.toISOString(),
    })),
  };
}
