import type {
  ApplicationState,
  Training,
  TrainingApplication,
  TrainingDetail,
  TrainingOverview,
  TrainingReceipt,
} from '@portal/shared-contracts/training';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';
import { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';

export { apiError, json, restoreFetch, stubFetch, type FetchCall };

// The training area's data as the backend gives it, for component tests: a catalogue of four
// trainings (open in Helsinki in Finnish, open remote in Swedish, open in Espoo in English, closed in
// Tampere) and applications in each state. Apply-by dates are relative to today, so "3 days left"
// means the same on any day the tests run.

export const today = helsinkiToday();

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

export const ids = {
  customerService: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7002',
  marketing: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c700a',
  testing: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7005',
  welding: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7006',
  application: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7101',
} as const;

export const customerService: Training = {
  id: ids.customerService,
  name: text('Asiakaspalvelun ammattitutkinto', 'Yrkesexamen inom kundservice', 'Customer service qualification'),
  provider: 'Helsingin aikuisopisto',
  place: text('Helsinki', 'Helsingfors', 'Helsinki'),
  language: 'fi',
  startDate: '2027-01-11',
  endDate: '2027-06-30',
  applyFrom: addDays(today, -10),
  applyBy: addDays(today, 3),
  forWhom: text('Asiakaspalvelua tehneille.', 'För dem som arbetat med kundservice.', 'For those who have worked in customer service.'),
  description: text('Näyttötutkintoon valmistava koulutus.', 'En utbildning för en fristående examen.', 'Training for a qualification.'),
  open: true,
};

export const marketing: Training = {
  ...customerService,
  id: ids.marketing,
  name: text('Digitaalinen markkinointi', 'Digital marknadsföring', 'Digital marketing'),
  provider: 'Svenska handelsinstitutet',
  place: null,
  language: 'sv',
  applyBy: addDays(today, 10),
};

export const testingBootcamp: Training = {
  ...customerService,
  id: ids.testing,
  name: text('Ohjelmistotestauksen koulutus', 'Utbildning i programvarutestning', 'Software testing bootcamp'),
  provider: 'Espoo Tech Academy',
  place: text('Espoo', 'Esbo', 'Espoo'),
  language: 'en',
  applyBy: addDays(today, 20),
};

export const welding: Training = {
  ...customerService,
  id: ids.welding,
  name: text('Hitsaajan koulutus', 'Utbildning till svetsare', 'Welder training'),
  provider: 'Tampereen ammattiopisto',
  place: text('Tampere', 'Tammerfors', 'Tampere'),
  applyFrom: addDays(today, -40),
  applyBy: addDays(today, -2),
  open: false,
};

export const catalogue: Training[] = [customerService, marketing, testingBootcamp, welding];

export function applicationIn(state: ApplicationState, training: Training = customerService): TrainingApplication {
  return {
    id: ids.application,
    reference: 'TK-2026-ABCD2345',
    training,
    state,
    motivation: 'Haluan tutkinnon.',
    education: 'Merkonomi (2000)',
    workHistory: '',
    availability: 'Heti',
    submittedAt: '2026-11-20T10:00:00.000Z',
    stateChangedAt: '2026-11-22T10:00:00.000Z',
    withdrawable: state === 'submitted' || state === 'in-review' || state === 'interview',
  };
}

export const overview: TrainingOverview = { trainings: catalogue, applications: [applicationIn('in-review')] };

export function detailOf(
  training: Training,
  application: TrainingApplication | null = null,
  prefill = { education: '', workHistory: '' },
): TrainingDetail {
  return { training, application, prefill };
}

export function receiptOf(application: TrainingApplication): TrainingReceipt {
  return { application, receivedAt: '2026-11-24T10:00:00.000Z' };
}

/** The drafts API: none saved unless `draft` is given; a PUT answers what it was sent. */
export function answerDraft(call: FetchCall, key: string, draft?: Record<string, unknown>): Response | undefined {
  if (!call.url.startsWith('/api/drafts/')) return undefined;
  if (call.method === 'GET')
    return draft ? json({ key, data: draft, savedAt: '2026-11-20T10:00:00.000Z' }) : new Response(null, { status: 204 });
  if (call.method === 'PUT') return json({ key, data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
  return new Response(null, { status: 204 });
}
