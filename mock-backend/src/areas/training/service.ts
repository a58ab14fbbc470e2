// Labour-market training's rules: whether a training is open for application (Finland's calendar),
// applying (one live application per training, only while the period is open, idempotent by key),
// withdrawing (only before a decision, idempotent), the office moving an application on, the
// person's education and work from their job-seeking registration for the form to start from, and
// the front page's items.
import { randomBytes } from 'node:crypto';
import { API_ERROR_CODES, parseOrThrow, type CurrentItem } from '@portal/shared-contracts';
import {
  OFFICE_TRANSITIONS,
  TRAINING_AREA as AREA,
  TRAINING_ERRORS as E,
  TRAINING_PAGES as PAGES,
  TRAINING_PATHS as PATHS,
  TrainingApplicationSchema,
  WITHDRAWABLE_STATES,
  type OfficeTrainingState,
  type Training,
  type TrainingApplication,
  type TrainingApplicationRequest,
  type TrainingDetail,
  type TrainingOverview,
  type TrainingReceipt,
} from '@portal/shared-contracts/training';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import type { WriteOutcome } from '../../platform/handlers.js';
import { unstorablePath } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { listPeriods } from '../job-search/store.js';
import { listTrainingOffers } from '../offers/store.js';
import { withPersonLocked } from '../profile/changes-store.js';
import type { Person } from '../profile/store.js';
import {
  findApplication,
  findApplicationByKey,
  findApplicationByWithdrawKey,
  findLiveApplication,
  findTraining,
  insertApplication,
  listApplications,
  listTrainings,
  lockApplicationById,
  setApplicationState,
  type ApplicationRow,
  type TrainingRow,
} from './store.js';

export function toTraining(row: TrainingRow, today: string): Training {
  return {
    id: row.id,
    name: row.name,
    provider: row.provider,
    place: row.place,
    language: row.language,
    startDate: row.startDate,
    endDate: row.endDate,
    applyFrom: row.applyFrom,
    applyBy: row.applyBy,
    forWhom: row.forWhom,
    description: row.description,
    open: row.applyFrom <= today && today <= row.applyBy,
  };
}

export function toApplication(row: ApplicationRow, training: TrainingRow, today: string): TrainingApplication {
  return {
    id: row.id,
    reference: row.reference,
    training: toTraining(training, today),
    state: row.state,
    motivation: row.motivation,
    education: row.education,
    workHistory: row.workHistory,
    availability: row.availability,
    submittedAt: row.submittedAt.toISOString(),
    stateChangedAt: row.stateChangedAt.toISOString(),
    withdrawable: WITHDRAWABLE_STATES.includes(row.state),
  };
}

/** The person's applications with their trainings, newest first. */
export async function applicationsOf(db: Database, personId: string, today: string): Promise<TrainingApplication[]> {
  const [rows, catalogue] = await Promise.all([listApplications(db, personId), listTrainings(db)]);
  const byId = new Map(catalogue.map((training) => [training.id, training]));
  return rows.flatMap((row) => {
    const training = byId.get(row.trainingId);
    return training ? [toApplication(row, training, today)] : [];
  });
}

export async function trainingOverview(db: Database, personId: string, today: string): Promise<TrainingOverview> {
  const [catalogue, applications] = await Promise.all([listTrainings(db), applicationsOf(db, personId, today)]);
  return { trainings: catalogue.map((row) => toTraining(row, today)), applications };
}

/**
 * What the person's job-seeking registration says of their education and work, one line each, for
 * the application form to start from (they check and change it there). Empty when they have not
 * registered: they type it themselves.
 */
export async function priorOf(db: Database, personId: string): Promise<TrainingDetail['prefill']> {
  const [latest] = await listPeriods(db, personId);
  const registration = latest?.registration;
  if (!registration) return { education: '', workHistory: '' };
  const education = registration.education.map(
    (item) => [item.field, item.institution].filter((part) => part !== undefined && part !== '').join(', ') + ` (${item.year ?? '–'})`,
  );
  const work = registration.workHistory.map((item) => `${item.title}, ${item.employer} (${item.start}–${item.end ?? ''})`);
  return { education: education.join('\n'), workHistory: work.join('\n') };
}

export async function trainingDetail(db: Database, personId: string, id: string, today: string): Promise<TrainingDetail | undefined> {
  const training = await findTraining(db, id);
  if (!training) return undefined;
  const [live, prefill] = await Promise.all([findLiveApplication(db, personId, training.id), priorOf(db, personId)]);
  return {
    training: toTraining(training, today),
    application: live ? toApplication(live, training, today) : null,
    prefill,
  };
}

export async function applicationDetail(
  db: Database,
  personId: string,
  id: string,
  today: string,
): Promise<TrainingApplication | undefined> {
  const row = await findApplication(db, personId, id);
  const training = row && (await findTraining(db, row.trainingId));
  return row && training ? toApplication(row, training, today) : undefined;
}

/** A reference the person can read out on the phone: no 0/O or 1/I. */
function newReference(now: Date): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length] ?? 'X');
  return `TK-${now.getUTCFullYear()}-${chars.join('')}`;
}

async function receiptOf(tx: Database, row: ApplicationRow, receivedAt: Date, today: string): Promise<TrainingReceipt> {
  const training = await findTraining(tx, row.trainingId);
  if (!training) throw new Error(`Application ${row.id} has no training`);
  return { application: toApplication(row, training, today), receivedAt: receivedAt.toISOString() };
}

/**
 * Applies for a training. The same key again answers the first receipt (200). An unknown training
 * is a 404; a period not open today a 409 `training.closed`; a live application to it already a 409
 * `application.exists` (the UI links to it). The person's row is locked, so two sends at once make
 * one application (and the partial unique index holds it across instances).
 */
export async function apply(
  db: Database,
  person: Person,
  request: TrainingApplicationRequest,
  key: string,
  now: Date,
): Promise<WriteOutcome> {
  const unstorable = unstorablePath(request);
  if (unstorable !== undefined) {
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The application is not valid.', [{ path: unstorable, message: 'unstorable' }]);
  }
  const today = helsinkiDate(now);
  return withPersonLocked(db, person.id, async (tx): Promise<WriteOutcome> => {
    const first = await findApplicationByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', receipt: await receiptOf(tx, first, first.submittedAt, today) };
    const training = await findTraining(tx, request.trainingId);
    if (!training) throw httpError(404, API_ERROR_CODES.notFound, 'No such training.');
    const live = await findLiveApplication(tx, person.id, training.id);
    if (live) {
      throw httpError(409, API_ERROR_CODES.conflict, 'You have already applied for this training.', [
        { path: 'trainingId', message: E.alreadyApplied },
        { path: 'application', message: live.id },
      ]);
    }
    if (!toTraining(training, today).open) {
      throw httpError(409, API_ERROR_CODES.conflict, 'The application period of this training is not open.', [
        { path: 'trainingId', message: E.closed },
      ]);
    }
    const row = await insertApplication(tx, {
      personId: person.id,
      trainingId: training.id,
      reference: newReference(now),
      state: 'submitted',
      motivation: request.motivation,
      education: request.education,
      workHistory: request.workHistory,
      availability: request.availability,
      commitmentAcknowledgedAt: now,
      submittedAt: now,
      stateChangedAt: now,
      idempotencyKey: key,
    });
    return { kind: 'created', receipt: { application: toApplication(row, training, today), receivedAt: now.toISOString() } };
  });
}

/**
 * Withdraws an application before a decision. Withdrawing again (any key) answers the withdrawn
 * application (200): the person's wish holds either way. After a decision it is a 409
 * `application.not-withdrawable`: the office advises then (a refusal may cost the benefit).
 */
export async function withdraw(db: Database, person: Person, id: string, key: string, now: Date): Promise<WriteOutcome> {
  const today = helsinkiDate(now);
  return withPersonLocked(db, person.id, async (tx): Promise<WriteOutcome> => {
    const replay = await findApplicationByWithdrawKey(tx, person.id, key);
    if (replay) return { kind: 'replayed', receipt: await receiptOf(tx, replay, replay.stateChangedAt, today) };
    const row = await findApplication(tx, person.id, id, true);
    if (!row) throw httpError(404, API_ERROR_CODES.notFound, 'No such application.');
    if (row.state === 'withdrawn') return { kind: 'replayed', receipt: await receiptOf(tx, row, row.stateChangedAt, today) };
    if (!WITHDRAWABLE_STATES.includes(row.state)) {
      throw httpError(409, API_ERROR_CODES.conflict, `An application that is ${row.state} cannot be withdrawn here.`, [
        { path: 'application', message: E.notWithdrawable },
      ]);
    }
    const withdrawn = await setApplicationState(tx, row.id, 'withdrawn', now, key);
    return { kind: 'created', receipt: await receiptOf(tx, withdrawn, now, today) };
  });
}

/** The office moves an application on (OFFICE_TRANSITIONS); the same state again is a no-op, another a 409. */
export async function officeSetState(db: Database, id: string, change: OfficeTrainingState, now: Date): Promise<TrainingApplication> {
  const today = helsinkiDate(now);
  return db.transaction(async (tx) => {
    const row = await lockApplicationById(tx, id);
    if (!row) throw httpError(404, API_ERROR_CODES.notFound, 'No such application.');
    let current = row;
    if (row.state !== change.state) {
      if (!OFFICE_TRANSITIONS[row.state].includes(change.state)) {
        throw httpError(409, API_ERROR_CODES.conflict, `An application that is ${row.state} cannot become ${change.state}.`);
      }
      current = await setApplicationState(tx, row.id, change.state, now);
    }
    const training = await findTraining(tx, current.trainingId);
    if (!training) throw new Error(`Application ${id} has no training`);
    return parseOrThrow(TrainingApplicationSchema, toApplication(current, training, today), `PATCH ${PATHS.officeState(':id')}`);
  });
}

const CHANGED_TITLE = {
  fi: 'Koulutushakemuksesi tilanne muuttui: {name}',
  sv: 'Läget för din utbildningsansökan har ändrats: {name}',
  en: 'Your training application has moved on: {name}',
};
const CHANGED_DESCRIPTION = {
  fi: 'Katso hakemuksesi tilanne.',
  sv: 'Se läget för din ansökan.',
  en: 'See where your application stands.',
};

/** How many days after a change of state the front page still tells of it. */
export const CHANGE_SHOWN_DAYS = 14;

const OFFER_TITLE = {
  fi: 'Hae sinulle tarjottuun koulutukseen: {name}',
  sv: 'Sök till utbildningen du erbjudits: {name}',
  en: 'Apply for the training offered to you: {name}',
};

/** The training of the catalogue an offer's apply link names (`/training/:id/apply`), if it is one. */
export function offeredTrainingId(applyUrl: string): string | undefined {
  const match = /^\/training\/([^/]+)\/apply$/.exec(applyUrl);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/**
 * The front page's items: a training offered to the person (the offers area's training offer) that
 * is open and not yet applied for, due by its apply-by day; and an application whose state the
 * office changed in the last two weeks.
 */
export async function trainingCurrentItems(db: Database, personId: string, today: string): Promise<CurrentItem[]> {
  const [offers, applications, catalogue] = await Promise.all([
    listTrainingOffers(db, personId),
    applicationsOf(db, personId, today),
    listTrainings(db),
  ]);
  const applied = new Set(applications.filter((a) => a.state !== 'withdrawn').map((a) => a.training.id));
  const offered = offers.flatMap((offer): CurrentItem[] => {
    const id = offeredTrainingId(offer.applyUrl);
    const training = catalogue.find((row) => row.id === id);
    if (!training || applied.has(training.id) || !toTraining(training, today).open) return [];
    const name = training.name;
    return [
      {
        id: `offer-${offer.id}`,
        area: AREA,
        kind: 'deadline',
        title: {
          fi: OFFER_TITLE.fi.replace('{name}', name.fi),
          sv: OFFER_TITLE.sv.replace('{name}', name.sv),
          en: OFFER_TITLE.en.replace('{name}', name.en),
        },
        dueDate: training.applyBy,
        href: PAGES.apply(training.id),
        urgency: 'action',
      },
    ];
  });
  return [...offered, ...changedItems(applications, today)];
}

function changedItems(applications: readonly TrainingApplication[], today: string): CurrentItem[] {
  const since = addDays(today, -CHANGE_SHOWN_DAYS);
  return applications
    .filter(
      (application) =>
        application.state !== 'submitted' &&
        application.state !== 'withdrawn' &&
        helsinkiDate(new Date(application.stateChangedAt)) >= since,
    )
    .map((application) => {
      const name = application.training.name;
      return {
        id: `application-${application.id}`,
        area: AREA,
        kind: 'status' as const,
        title: {
          fi: CHANGED_TITLE.fi.replace('{name}', name.fi),
          sv: CHANGED_TITLE.sv.replace('{name}', name.sv),
          en: CHANGED_TITLE.en.replace('{name}', name.en),
        },
        description: CHANGED_DESCRIPTION,
        href: PAGES.application(application.id),
        urgency: 'info' as const,
      };
    });
}
