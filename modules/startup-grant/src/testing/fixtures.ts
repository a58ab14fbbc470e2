import type {
  Application,
  ApplicationContent,
  PaymentPeriod,
  StartupGrantOverview,
  Supplement,
} from '@portal/shared-contracts/startup-grant';
import type { Attachment } from '@portal/shared-contracts/unemployment-security';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';
import { json, type FetchCall } from '@portal/ui-kit/testing';

export { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';

// Fixtures for component tests, after the seed (DOMAIN.md): Yrjö's granted start-up grant with its
// periods (lapsed, paid, ready, to come) and his extension application with an open request for a
// supplement due in a week. Dates are relative to today in Finland, so a test means the same on any
// day; the ids are the seed's. fixtures.test.ts checks every one against the contract's schemas.

export const today = helsinkiToday();

export const ids = {
  granted: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7001',
  extension: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7002',
  supplement: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7101',
  periodLapsed: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7201',
  periodPaid: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7202',
  periodReady: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7203',
  periodNext: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7204',
  payment: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7301',
  file: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7401',
} as const;

const at = (days: number): string => `${addDays(today, days)}T09:00:00.000Z`;

export const content: ApplicationContent = {
  business: {
    name: 'Yrjön Koodipaja',
    businessId: '1572860-0',
    form: 'sole-trader',
    field: 'Ohjelmistokehitys',
    startDate: addDays(today, -120),
    workingTime: 'full-time',
  },
  plan: { idea: 'Ohjelmistoja pienyrityksille.', customers: 'Pienyritykset.', competence: '15 vuotta.' },
  profitability: {
    sales: 450000,
    costs: { purchases: 20000, premises: 45000, vehicle: 30000, insurance: 8000, marketing: 15000, other: 12000 },
  },
  financing: {
    investments: { machinery: 350000, premises: 0, stock: 0, other: 50000 },
    financing: { own: 150000, loan: 250000, other: 0 },
  },
  earlier: { hasEarlier: false },
};

export const openSupplement: Supplement = {
  id: ids.supplement,
  what: 'Lähetä päivitetty kannattavuuslaskelma ja verovelkatodistus.',
  deadline: addDays(today, 7),
  requestedAt: at(-3),
  daysLeft: 7,
  answer: null,
};

export const extension: Application = {
  id: ids.extension,
  kind: 'extension',
  state: 'supplement-requested',
  submittedAt: at(-10),
  content,
  attachments: [],
  timeline: [
    { kind: 'received', at: at(-10) },
    { kind: 'in-processing', at: at(-6) },
    { kind: 'supplement-requested', at: at(-3) },
  ],
  supplements: [openSupplement],
  decision: null,
};

export const granted: Application = {
  id: ids.granted,
  kind: 'new',
  state: 'granted',
  submittedAt: at(-150),
  content,
  attachments: [],
  timeline: [
    { kind: 'received', at: at(-150) },
    { kind: 'in-processing', at: at(-140) },
    { kind: 'granted', at: at(-110) },
  ],
  supplements: [],
  decision: {
    outcome: 'granted',
    decidedAt: at(-110),
    periods: [
      { id: ids.periodLapsed, startsOn: addDays(today, -120), endsOn: addDays(today, -91) },
      { id: ids.periodPaid, startsOn: addDays(today, -90), endsOn: addDays(today, -61) },
      { id: ids.periodReady, startsOn: addDays(today, -30), endsOn: addDays(today, -1) },
      { id: ids.periodNext, startsOn: today, endsOn: addDays(today, 29) },
    ],
  },
};

const period = (id: string, startsOn: string, endsOn: string, applyBy: string, status: PaymentPeriod['status']): PaymentPeriod => ({
  id,
  applicationId: ids.granted,
  startsOn,
  endsOn,
  applyBy,
  status,
  payment: null,
  needsTaxCard: false,
});

export const readyPeriod = period(ids.periodReady, addDays(today, -30), addDays(today, -1), addDays(today, 59), 'open');
export const lapsedPeriod = period(ids.periodLapsed, addDays(today, -120), addDays(today, -91), addDays(today, -31), 'lapsed');
export const upcomingPeriod = period(ids.periodNext, today, addDays(today, 29), addDays(today, 89), 'upcoming');
export const paidPeriod: PaymentPeriod = {
  ...period(ids.periodPaid, addDays(today, -90), addDays(today, -61), addDays(today, -1), 'applied'),
  payment: { id: ids.payment, state: 'paid', submittedAt: at(-55), paymentDate: addDays(today, -40), taxCard: null },
};

const limits = {
  maxFileBytes: 10485760,
  maxAnswerBytes: 26214400,
  maxFiles: 20,
  mediaTypes: ['application/pdf' as const, 'image/jpeg' as const, 'image/png' as const],
};

export const yrjoOverview: StartupGrantOverview = {
  applications: [extension, granted],
  periods: [lapsedPeriod, paidPeriod, readyPeriod, upcomingPeriod],
  paymentApplicationMonths: 2,
  pendingAttachments: [],
  limits,
};

export const emptyOverview: StartupGrantOverview = {
  applications: [],
  periods: [],
  paymentApplicationMonths: 2,
  pendingAttachments: [],
  limits,
};

export const file: Attachment = {
  id: ids.file,
  fileName: 'verovelkatodistus.pdf',
  mediaType: 'application/pdf',
  size: 12000,
  uploadedAt: at(0),
  href: `/api/startup-grant/attachments/${ids.file}`,
};

/** The drafts API for `key`: the draft given (else none), a save answered with what was saved. */
export function answerDraft(call: FetchCall, key: string, draft?: Record<string, unknown>): Response | undefined {
  if (!call.url.startsWith('/api/drafts/')) return undefined;
  if (call.method === 'GET') return draft ? json({ key, data: draft, savedAt: at(-1) }) : new Response(null, { status: 204 });
  if (call.method === 'PUT') return json({ key, data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
  return new Response(null, { status: 204 });
}
