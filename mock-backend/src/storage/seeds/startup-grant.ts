// Seed data of the start-up grant, as DOMAIN.md gives Yrjö Yrittäjä's situation: a granted start-up
// grant paid in monthly periods, from the first day of the month three months ago: that month's
// period lapsed (never applied for in time), the next one's payment application is paid, last month's
// period is ready to apply for now, this month's and next month's are still to come; and an extension
// application (a second application, for a continuation) with an open supplement request due in a
// week. Dated relative to the first seed's "now"; fixed ids and "on conflict do nothing" keep a later
// seed from changing anything.
import { eq } from 'drizzle-orm';
import type { ApplicationContent } from '@portal/shared-contracts/startup-grant';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import {
  startupGrantApplications,
  startupGrantPayments,
  startupGrantPeriods,
  startupGrantSteps,
  startupGrantSupplements,
} from '../schema/index.js';
import type { Database } from '../storage.js';

export const SEED_STARTUP_GRANT_IDS = {
  granted: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7001',
  extension: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7002',
  supplement: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7101',
  /** The periods by month relative to now's: -3 lapsed, -2 paid, -1 ready, 0 and +1 to come. */
  periodLapsed: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7201',
  periodPaid: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7202',
  periodReady: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7203',
  periodCurrent: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7204',
  periodNext: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7205',
  paymentPaid: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7301',
} as const;

/** The first and last day of the calendar month `offset` months from `today`'s. */
function month(today: string, offset: number): { startsOn: string; endsOn: string } {
  const [year = 0, monthNumber = 1] = today.split('-').map(Number);
  const index = year * 12 + monthNumber - 1 + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { startsOn: `${y}-${mm}-01`, endsOn: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/**
 * The day Yrjö's business became full-time and his start-up grant began: the first day of the month
 * three months before `today`. His job seeking ended the day before (job-search.ts).
 */
export function yrjoBusinessStart(today: string): string {
  return month(today, -3).startsOn;
}

function content(startDate: string, plan: string): ApplicationContent {
  return {
    business: {
      name: 'Yrjön Koodipaja',
      businessId: '1572860-0',
      form: 'sole-trader',
      field: 'Ohjelmistokehitys pienyrityksille',
      startDate,
      workingTime: 'full-time',
    },
    plan: {
      idea: plan,
      customers: 'Paikalliset pienyritykset, joilla ei ole omaa IT-osaamista.',
      competence: 'Viisitoista vuotta ohjelmistokehittäjänä; yrittäjäkurssi 2024.',
    },
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
}

export async function seedStartupGrant(db: Database, persons: { readonly yrjo: string }, now: Date): Promise<void> {
  const ids = SEED_STARTUP_GRANT_IDS;
  const today = helsinkiDate(now);
  const at = (days: number, hour = 9): Date => new Date(`${addDays(today, days)}T${String(hour).padStart(2, '0')}:00:00+02:00`);
  const lapsed = month(today, -3);
  const paid = month(today, -2);
  const grantStarts = yrjoBusinessStart(today);

  await db
    .insert(startupGrantApplications)
    .values([
      {
        id: ids.granted,
        personId: persons.yrjo,
        kind: 'new',
        state: 'granted',
        content: content(grantStarts, 'Ohjelmistojen ja verkkosivujen teko pienyrityksille, ylläpito kuukausimaksulla.'),
        submittedAt: at(-150),
        idempotencyKey: `seed-${ids.granted}`,
        decidedAt: at(-110, 14),
        rejectionReason: null,
      },
      {
        id: ids.extension,
        personId: persons.yrjo,
        kind: 'extension',
        state: 'supplement-requested',
        content: content(grantStarts, 'Jatkan ohjelmistoyritystä; laajennan ylläpitopalveluihin ja palkkaan harjoittelijan.'),
        submittedAt: at(-10),
        idempotencyKey: `seed-${ids.extension}`,
        decidedAt: null,
        rejectionReason: null,
      },
    ])
    .onConflictDoNothing();

  // Only the first seed writes the rest: a later one finds the applications and leaves all as it was.
  const [existing] = await db
    .select({ id: startupGrantSteps.id })
    .from(startupGrantSteps)
    .where(eq(startupGrantSteps.applicationId, ids.granted))
    .limit(1);
  if (existing) return;

  await db.insert(startupGrantSteps).values([
    { applicationId: ids.granted, kind: 'received', at: at(-150) },
    { applicationId: ids.granted, kind: 'in-processing', at: at(-140, 10) },
    { applicationId: ids.granted, kind: 'granted', at: at(-110, 14) },
    { applicationId: ids.extension, kind: 'received', at: at(-10) },
    { applicationId: ids.extension, kind: 'in-processing', at: at(-6, 10) },
    { applicationId: ids.extension, kind: 'supplement-requested', at: at(-3, 11) },
  ]);
  await db.insert(startupGrantSupplements).values({
    id: ids.supplement,
    applicationId: ids.extension,
    personId: persons.yrjo,
    what: 'Lähetä päivitetty kannattavuuslaskelma jatkokaudelle ja verovelkatodistus (enintään kuukauden vanha).',
    deadline: addDays(today, 7),
    requestedAt: at(-3, 11),
  });
  await db.insert(startupGrantPeriods).values([
    { id: ids.periodLapsed, applicationId: ids.granted, personId: persons.yrjo, ...lapsed },
    { id: ids.periodPaid, applicationId: ids.granted, personId: persons.yrjo, ...paid },
    { id: ids.periodReady, applicationId: ids.granted, personId: persons.yrjo, ...month(today, -1) },
    { id: ids.periodCurrent, applicationId: ids.granted, personId: persons.yrjo, ...month(today, 0) },
    { id: ids.periodNext, applicationId: ids.granted, personId: persons.yrjo, ...month(today, 1) },
  ]);
  // Applied for a week after its period, paid two weeks after that.
  const appliedOn = addDays(paid.endsOn, 7);
  await db.insert(startupGrantPayments).values({
    id: ids.paymentPaid,
    periodId: ids.periodPaid,
    personId: persons.yrjo,
    state: 'paid',
    submittedAt: new Date(`${appliedOn}T10:00:00+02:00`),
    paymentDate: addDays(appliedOn, 14),
    idempotencyKey: `seed-${ids.paymentPaid}`,
  });
}
