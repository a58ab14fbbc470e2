import type { Plan, PlanOverview, PlanReceipt, PlanTask } from '@portal/shared-contracts/plan';
import type {
  JobApplication,
  JobApplicationReceipt,
  JobSearchObligation,
  ObligationPeriod,
} from '@portal/shared-contracts/plan-obligation';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';
import { json, type FetchCall } from '@portal/ui-kit/testing';

// Fixtures for component tests, after the seed (DOMAIN.md): Tessa's proposed plan to accept, and
// Sven's accepted plan with a reported task, an overdue one and an open one, superseding an earlier
// plan whose task he reported. Deadlines are relative to today in Finland, so a test means the same
// on any day; the ids are the seed's. fixtures.test.ts checks every one against the contract's schemas.

export const today = helsinkiToday();

export const ids = {
  tessaPlan: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4001',
  svenPlan: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4002',
  svenEarlier: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4003',
  tessaTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5001',
  overdue: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5002',
  reported: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5003',
  open: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5004',
  earlierTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5005',
} as const;

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const contact = text(
  'Asiantuntija soittaa sinulle kerran kuukaudessa. Voit lähettää viestin Oma asiointi -palvelussa.',
  'Experten ringer dig en gång i månaden. Du kan skicka ett meddelande i Mina ärenden.',
  'The expert calls you once a month. You can send a message in My e-services.',
);

export const tessaTask: PlanTask = {
  id: ids.tessaTask,
  description: text(
    'Päivitä ansioluettelosi Työmarkkinatorille.',
    'Uppdatera ditt CV på Jobbmarknad Finland.',
    'Update your CV on Job Market Finland.',
  ),
  deadline: addDays(today, 14),
  status: 'open',
  outcome: null,
  report: null,
  reportedAt: null,
};

/** Tessa: a plan the office proposed, waiting for her acceptance. */
export const proposedPlan: Plan = {
  id: ids.tessaPlan,
  type: 'employment',
  state: 'proposed',
  madeBy: 'office',
  proposedOn: '2026-11-23',
  acceptedAt: null,
  validFrom: '2026-11-23',
  validUntil: '2027-02-21',
  goals: text(
    'Löytää kokoaikainen työ myynnin tai asiakaspalvelun tehtävistä pääkaupunkiseudulta.',
    'Att hitta heltidsarbete inom försäljning eller kundservice i huvudstadsregionen.',
    'To find full-time work in sales or customer service in the Helsinki region.',
  ),
  actions: text(
    'Haen aktiivisesti avoimia työpaikkoja ja päivitän ansioluetteloni.',
    'Jag söker aktivt lediga jobb och uppdaterar mitt CV.',
    'I apply actively for open jobs and update my CV.',
  ),
  servicesAgreed: [text('Työnhakuvalmennus', 'Jobbsökarträning', 'Job-search coaching')],
  contact,
  jobSearchObligation: { applicationsPerPeriod: 4, reviewPeriod: 'calendar-month' },
  tasks: [tessaTask],
  message: null,
  officeComments: null,
  updatedAt: '2026-11-23T08:00:00.000Z',
};

export const reportedTask: PlanTask = {
  id: ids.reported,
  description: text('Osallistu rekrytointitapahtumaan.', 'Delta i ett rekryteringsevenemang.', 'Take part in a recruitment event.'),
  deadline: addDays(today, -10),
  status: 'reported',
  outcome: 'done',
  report: 'Kävin Otaniemen rekrytointipäivässä.',
  reportedAt: '2026-11-16T09:00:00.000Z',
};

export const overdueTask: PlanTask = {
  id: ids.overdue,
  description: text(
    'Varaa aika ammatillisen kuntoutuksen kartoitukseen.',
    'Boka tid för kartläggningen av yrkesinriktad rehabilitering.',
    'Book an appointment for the vocational rehabilitation assessment.',
  ),
  deadline: addDays(today, -3),
  status: 'overdue',
  outcome: null,
  report: null,
  reportedAt: null,
};

export const openTask: PlanTask = {
  id: ids.open,
  description: text('Hae neljää työpaikkaa tässä kuussa.', 'Sök fyra jobb den här månaden.', 'Apply for four jobs this month.'),
  deadline: addDays(today, 20),
  status: 'open',
  outcome: null,
  report: null,
  reportedAt: null,
};

/** Sven: the plan in force, with a reported task, an overdue one and an open one. */
export const acceptedPlan: Plan = {
  ...proposedPlan,
  id: ids.svenPlan,
  state: 'accepted',
  proposedOn: '2026-10-25',
  acceptedAt: '2026-10-26T10:00:00.000Z',
  validFrom: '2026-10-26',
  validUntil: '2027-01-24',
  goals: text(
    'Löytää työ koneasentajana tai kunnossapidon tehtävistä Espoosta.',
    'Att hitta arbete som maskinmontör eller inom underhåll i Esbo.',
    'To find work as a machine fitter or in maintenance in Espoo.',
  ),
  servicesAgreed: [],
  jobSearchObligation: { applicationsPerPeriod: 0, reviewPeriod: 'calendar-month' },
  tasks: [reportedTask, overdueTask, openTask],
  message: null,
  officeComments: null,
  updatedAt: '2026-11-16T09:00:00.000Z',
};

/** Sven's earlier plan, superseded by the one in force, with its task reported not done. */
export const earlierPlan: Plan = {
  ...acceptedPlan,
  id: ids.svenEarlier,
  type: 'activation',
  state: 'superseded',
  proposedOn: '2026-09-01',
  acceptedAt: '2026-09-02T10:00:00.000Z',
  validFrom: '2026-09-02',
  validUntil: '2026-10-25',
  tasks: [
    {
      id: ids.earlierTask,
      description: text('Ilmoittaudu työnhakijaksi.', 'Anmäl dig som arbetssökande.', 'Register as a job seeker.'),
      deadline: '2026-09-10',
      status: 'reported',
      outcome: 'not-done',
      report: 'Olin sairaana.',
      reportedAt: '2026-09-09T10:00:00.000Z',
    },
  ],
  message: null,
  officeComments: null,
  updatedAt: '2026-10-26T10:00:00.000Z',
};

/** The person's own proposal, waiting for the office: a goal, one task with its target date and a message. */
export const ownSubmitted: Plan = {
  ...acceptedPlan,
  id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4011',
  state: 'submitted',
  madeBy: 'person',
  proposedOn: '2026-11-20',
  acceptedAt: null,
  validFrom: '2026-11-20',
  validUntil: null,
  goals: text('Haluan kouluttautua hitsaajaksi.', 'Haluan kouluttautua hitsaajaksi.', 'Haluan kouluttautua hitsaajaksi.'),
  tasks: [
    {
      id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5011',
      description: text('Selvitä hitsauskurssit.', 'Selvitä hitsauskurssit.', 'Selvitä hitsauskurssit.'),
      deadline: '2026-12-31',
      status: 'open',
      outcome: null,
      report: null,
      reportedAt: null,
    },
  ],
  message: 'Voisimmeko puhua tästä seuraavassa tapaamisessa?',
  officeComments: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

/** An earlier own proposal the office returned with its comments. */
export const ownReturned: Plan = {
  ...ownSubmitted,
  id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4012',
  state: 'returned',
  proposedOn: '2026-11-02',
  validFrom: '2026-11-02',
  message: null,
  officeComments: 'Lisää ehdotukseen, milloin aloitat kurssin.',
  tasks: [{ ...ownSubmitted.tasks[0]!, id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5012' }],
  updatedAt: '2026-11-05T10:00:00.000Z',
};

/**
 * The person's latest own proposal, returned by the office, as the start of a new one: one task
 * whose target date is still ahead and one whose date has passed (left empty when prefilled).
 */
export const ownReturnedLatest: Plan = {
  ...ownReturned,
  id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4013',
  message: 'Kurssi alkaa keväällä.',
  tasks: [
    { ...ownReturned.tasks[0]!, id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5013', deadline: addDays(today, 30) },
    {
      ...ownReturned.tasks[0]!,
      id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5014',
      description: text('Hae hitsauskurssille.', 'Hae hitsauskurssille.', 'Hae hitsauskurssille.'),
      deadline: addDays(today, -5),
    },
  ],
};

/** Sven with his own proposal returned by the office, and none waiting: he can draft a new one. */
export const svenReturned: PlanOverview = { current: acceptedPlan, earlier: [earlierPlan], ownProposals: [ownReturnedLatest] };

export const svenWithProposals: PlanOverview = { current: acceptedPlan, earlier: [earlierPlan], ownProposals: [ownSubmitted, ownReturned] };

export const tessaOverview: PlanOverview = { current: proposedPlan, earlier: [], ownProposals: [] };
export const svenOverview: PlanOverview = { current: acceptedPlan, earlier: [earlierPlan], ownProposals: [] };
export const noPlans: PlanOverview = { current: null, earlier: [], ownProposals: [] };

export const receivedAt = '2026-11-25T10:00:00.000Z';

/** The receipt of an acceptance: the plan accepted. */
export function acceptReceipt(plan: Plan = proposedPlan): PlanReceipt {
  return { plan: { ...plan, state: 'accepted', acceptedAt: receivedAt, updatedAt: receivedAt }, receivedAt };
}

/** The receipt of a task report: the plan with the task reported. */
export function reportReceipt(plan: Plan, taskId: string, outcome: 'done' | 'not-done', report: string): PlanReceipt {
  const tasks = plan.tasks.map((task) =>
    task.id === taskId ? { ...task, status: 'reported' as const, outcome, report, reportedAt: receivedAt } : task,
  );
  return { plan: { ...plan, tasks, updatedAt: receivedAt }, receivedAt };
}

/** The receipt of an own proposal: it as the office now has it, waiting (`submitted`), made of what was sent. */
export function proposalReceipt(proposal: {
  goal: string;
  tasks: readonly { description: string; targetDate: string }[];
  message?: string;
}): PlanReceipt {
  const tasks = proposal.tasks.map((task, i) => ({
    ...ownSubmitted.tasks[0]!,
    id: `6b1e0f0a-0000-4c51-9a55-0a1f6b3c70${String(i).padStart(2, '0')}`,
    description: text(task.description, task.description, task.description),
    deadline: task.targetDate,
  }));
  const plan: Plan = {
    ...ownSubmitted,
    id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4020',
    proposedOn: today,
    validFrom: today,
    goals: text(proposal.goal, proposal.goal, proposal.goal),
    tasks,
    message: proposal.message ? proposal.message : null,
    updatedAt: receivedAt,
  };
  return { plan, receivedAt };
}

/**
 * The drafts API for a fake backend: answers `call` when it is one (GET gives `draft` as saved, or
 * 204 No Content; PUT echoes what was saved; DELETE a 204), undefined for any other call.
 */
export function answerDraft(call: FetchCall, key: string, draft?: Record<string, unknown>): Response | undefined {
  if (!call.url.startsWith('/api/drafts/')) return undefined;
  if (call.method === 'GET')
    return draft ? json({ key, data: draft, savedAt: '2026-11-20T10:00:00.000Z' }) : new Response(null, { status: 204 });
  if (call.method === 'PUT') return json({ key, data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
  return new Response(null, { status: 204 });
}

// The job-search obligation (plan-obligation contract), after the seed: Sven's plan in force asks for
// 4 applications a calendar month; one reported on this month's first day, one in the month before
// (reported late). Periods are the calendar months around today, so a test means the same on any day.

const monthStartOf = (day: string): string => `${day.slice(0, 7)}-01`;
const monthEndOf = (day: string): string => {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

export const thisMonth = { start: monthStartOf(today), end: monthEndOf(today) };
export const lastMonth = { start: monthStartOf(addDays(thisMonth.start, -1)), end: addDays(thisMonth.start, -1) };

export const applicationIds = {
  thisMonth: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c6001',
  lastMonth: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c6002',
  sent: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c6003',
} as const;

export const thisMonthApplication: JobApplication = {
  id: applicationIds.thisMonth,
  employer: 'Konepaja Nieminen Oy',
  job: 'Koneasentaja',
  appliedOn: thisMonth.start,
  method: 'online',
  reportedAt: `${thisMonth.start}T08:00:00.000Z`,
  late: false,
};

export const lateApplication: JobApplication = {
  id: applicationIds.lastMonth,
  employer: 'Espoon Kunnossapito Ab',
  job: 'Underhållsmontör',
  appliedOn: addDays(lastMonth.end, -3),
  method: 'email',
  reportedAt: `${thisMonth.start}T09:00:00.000Z`,
  late: true,
};

const period = (
  range: { start: string; end: string },
  required: number,
  applications: JobApplication[],
  closed: boolean,
): ObligationPeriod => ({
  ...range,
  required,
  reported: applications.length,
  due: Math.max(0, required - applications.length),
  closed,
  applications,
});

/** Sven's obligation: 4 a month; 1 reported this month (3 due), 1 last month (reported late). */
export function svenObligation(required = 4, current: JobApplication[] = [thisMonthApplication]): JobSearchObligation {
  return {
    planId: ids.svenPlan,
    applicationsPerPeriod: required,
    current: period(thisMonth, required, current, false),
    earlier: [period(lastMonth, required, [lateApplication], true)],
  };
}

export const noObligation: JobSearchObligation = { planId: null, applicationsPerPeriod: 0, current: null, earlier: [] };

/** The receipt of a reported application: it, and the obligation with it in its period. */
export function applicationReceipt(
  report: Pick<JobApplication, 'employer' | 'job' | 'appliedOn' | 'method'>,
  late = false,
): JobApplicationReceipt {
  const application: JobApplication = { ...report, id: applicationIds.sent, reportedAt: receivedAt, late };
  const before = svenObligation();
  const obligation = late
    ? { ...before, earlier: [period(lastMonth, 4, [application, lateApplication], true)] }
    : svenObligation(4, [application, thisMonthApplication]);
  return { application, obligation, receivedAt };
}

// The fake backend is the kit's (the same for every area).
export { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';
