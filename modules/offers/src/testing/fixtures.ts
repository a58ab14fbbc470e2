import type { JobOffer, Offer, OfferReceipt, TrainingOffer } from '@portal/shared-contracts/offers';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';

// Fixtures for component tests, after the seed (DOMAIN.md): Tessa's job offer to report on by
// tomorrow, one whose apply-by date has passed, one applied and waiting for its outcome, two done,
// and a labour-market training offer. Apply-by dates of open offers are relative to today in
// Finland, so a test means the same on any day; the rest are fixed. fixtures.test.ts checks every
// one against the contract's schemas.

export const today = helsinkiToday();

export const ids = {
  due: '0e000000-0000-4000-8000-000000000001',
  late: '0e000000-0000-4000-8000-000000000002',
  applied: '0e000000-0000-4000-8000-000000000003',
  done: '0e000000-0000-4000-8000-000000000004',
  notApplied: '0e000000-0000-4000-8000-000000000005',
  training: '0f000000-0000-4000-8000-000000000001',
} as const;

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const howToApply = text(
  'Hae työpaikkaa osoitteessa rekry.example.fi viimeistään hakupäivänä. Liitä mukaan CV.',
  'Sök jobbet på rekry.example.fi senast sista ansökningsdagen. Bifoga ditt CV.',
  'Apply at rekry.example.fi by the closing date. Attach your CV.',
);

/** Tessa: a job offer to report on by tomorrow. */
export const dueOffer: JobOffer = {
  id: ids.due,
  kind: 'job',
  offeredOn: '2026-11-20',
  employer: 'Kahvila Aamu Oy',
  jobTitle: text('Kahvilatyöntekijä', 'Kaféanställd', 'Café worker'),
  location: 'Helsinki',
  howToApply,
  applyUrl: 'https://rekry.example.fi/myyja',
  applyBy: addDays(today, 1),
  state: 'assigned',
  notAppliedReason: null,
  outcome: null,
  reportedAt: null,
  updatedAt: '2026-11-20T08:00:00.000Z',
};

export const lateOffer: JobOffer = {
  ...dueOffer,
  id: ids.late,
  offeredOn: '2026-11-05',
  employer: 'Varasto Oy',
  jobTitle: text('Varastotyöntekijä', 'Lagerarbetare', 'Warehouse worker'),
  location: 'Vantaa',
  applyBy: addDays(today, -2),
};

export const appliedOffer: JobOffer = {
  ...dueOffer,
  id: ids.applied,
  offeredOn: '2026-10-15',
  employer: 'Ohjelmisto Oy',
  jobTitle: text('Ohjelmistokehittäjä', 'Programutvecklare', 'Software developer'),
  location: 'Espoo',
  applyBy: '2026-10-30',
  state: 'applied',
  reportedAt: '2026-10-20T09:30:00.000Z',
  updatedAt: '2026-10-20T09:30:00.000Z',
};

export const doneOffer: JobOffer = {
  ...appliedOffer,
  id: ids.done,
  offeredOn: '2026-09-01',
  employer: 'Kauppa Oy',
  jobTitle: text('Myyjä', 'Försäljare', 'Sales assistant'),
  location: 'Helsinki',
  applyBy: '2026-09-15',
  outcome: 'not-hired',
  reportedAt: '2026-10-01T12:00:00.000Z',
  updatedAt: '2026-10-01T12:00:00.000Z',
};

export const notAppliedOffer: JobOffer = {
  ...dueOffer,
  id: ids.notApplied,
  offeredOn: '2026-08-15',
  employer: 'Rakennus Oy',
  jobTitle: text('Rakennusmies', 'Byggarbetare', 'Construction worker'),
  location: 'Tampere',
  applyBy: '2026-08-30',
  state: 'not-applied',
  notAppliedReason: 'Työmatka olisi ollut liian pitkä.',
  reportedAt: '2026-08-20T10:00:00.000Z',
  updatedAt: '2026-08-20T10:00:00.000Z',
};

export const trainingOffer: TrainingOffer = {
  id: ids.training,
  kind: 'training',
  offeredOn: '2026-11-10',
  training: text('Ohjelmistokehittäjän koulutus', 'Utbildning för programutvecklare', 'Software developer training'),
  provider: 'Koulutus Oy',
  startDate: '2027-01-11',
  endDate: '2027-05-28',
  applyBy: addDays(today, 10),
  applyUrl: 'https://koulutukset.example.fi/haku/12345',
};

/** The offers as the server gives them (its order does not matter to the list: it sorts). */
export const offerList: Offer[] = [appliedOffer, dueOffer, notAppliedOffer, trainingOffer, doneOffer, lateOffer];

export const receivedAt = '2026-11-25T10:00:00.000Z';

/** The receipt of a report on `offer`: the offer after it. */
export function receiptFor(offer: JobOffer, change: Partial<JobOffer>): OfferReceipt {
  return { offer: { ...offer, ...change, reportedAt: receivedAt, updatedAt: receivedAt }, receivedAt };
}

// A fake backend -----------------------------------------------------------------------------------

// The fake backend is the kit's (the same for every area).
export { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';
