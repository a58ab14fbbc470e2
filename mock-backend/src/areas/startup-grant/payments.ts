// The payment application (maksatushakemus) of a granted period: monthly in arrears, so only after
// the period has ended, and on time within the configured months after it; the grant's first one
// carries the tax card (one of the person's pending files). Idempotent by the client's key and
// serialised by the person's row lock, like every write of the person.
import { parseOrThrow } from '@portal/shared-contracts';
import {
  PaymentReceiptSchema,
  STARTUP_GRANT_ERRORS as E,
  STARTUP_GRANT_PATHS as PATHS,
  type PaymentApplication,
} from '@portal/shared-contracts/startup-grant';
import { helsinkiDate } from '../../platform/calendar.js';
import type { WriteOutcome } from '../../platform/handlers.js';
import type { Database } from '../../storage/storage.js';
import { withPersonLocked } from '../profile/changes-store.js';
import type { Person } from '../profile/store.js';
import { claimAll, invalid, load, notFound, toPeriods, type StartupGrantRules } from './service.js';
import { findPaymentByKey, insertPayment } from './store.js';

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
