// The TE office's moves on a start-up grant application (/office-api, operators/office-api/), each
// on the locked application: into processing, a request for a supplement, the decision (granted with
// its periods, or rejected with the reason), and a payment application processed and paid.
import { API_ERROR_CODES } from '@portal/shared-contracts';
import {
  STARTUP_GRANT_ERRORS as E,
  type OfficeGrantDecision,
  type OfficePaymentUpdate,
  type OfficeSupplementRequest,
} from '@portal/shared-contracts/startup-grant';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import {
  insertPeriods,
  insertStep,
  insertSupplement,
  lockApplication,
  lockPayment,
  setApplicationState,
  setPayment,
  type ApplicationRow,
} from './store.js';

const notFound = (what: string): never => {
  throw httpError(404, API_ERROR_CODES.notFound, `No such ${what}.`);
};

const invalid = (message: string, path: string, code: string, status = 400): never => {
  throw httpError(status, status === 409 ? API_ERROR_CODES.conflict : API_ERROR_CODES.validationFailed, message, [{ path, message: code }]);
};

function refuseUnstorable(value: unknown, message: string): void {
  const unstorable = unstorablePath(value);
  if (unstorable !== undefined) invalid(message, unstorable || 'body', E.tooLong);
}

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
