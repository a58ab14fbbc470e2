// Seed data of offers and the employment plan, as DOMAIN.md gives the test persons' situations:
// Tessa has a proposed plan to accept, a job offer to report on by tomorrow and a training offer;
// Sven has an accepted plan (superseding an earlier one) with an overdue task and a reported one, and
// a job offer he applied for, awaiting its outcome, and two job applications reported against his
// plan's obligation (one this month, one on the plan's first day); Turva did not apply for a job offer, with a
// reason. Dated relative to the first seed's "now"; fixed ids and "on conflict do nothing" keep a
// later seed from changing anything.
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { jobApplications, jobOffers, planTasks, plans, trainingOffers } from '../schema/index.js';
import type { Database } from '../storage.js';
import { SEED_TRAINING_IDS } from './training.js';

export const SEED_OFFER_IDS = {
  tessaJob: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3001',
  tessaTraining: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3002',
  svenJob: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3003',
  turvaJob: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3004',
} as const;

export const SEED_PLAN_IDS = {
  tessaProposed: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4001',
  svenAccepted: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4002',
  svenEarlier: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c4003',
  tessaTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5001',
  svenOverdueTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5002',
  svenReportedTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5003',
  svenOpenTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5004',
  svenEarlierTask: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5005',
  svenApplicationThisMonth: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c6001',
  svenApplicationPlanStart: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c6002',
} as const;

export interface OffersAndPlansSeedPersons {
  readonly tessa: string;
  readonly sven: string;
  readonly turva: string;
}

const CONTACT = {
  fi: 'Asiantuntija soittaa sinulle kerran kuukaudessa. Voit lähettää viestin Oma asiointi -palvelussa.',
  sv: 'Experten ringer dig en gång i månaden. Du kan skicka ett meddelande i e-tjänsten.',
  en: 'Your adviser calls you once a month. You can send a message in the e-service.',
};

export async function seedOffersAndPlans(db: Database, persons: OffersAndPlansSeedPersons, now: Date): Promise<void> {
  const ids = SEED_OFFER_IDS;
  const planIds = SEED_PLAN_IDS;
  const today = helsinkiDate(now);
  const day = (offset: number): string => addDays(today, offset);
  const instant = (offset: number): Date => new Date(now.getTime() + offset * 86_400_000);

  await db
    .insert(jobOffers)
    .values([
      {
        // Tessa: to report on by tomorrow.
        id: ids.tessaJob,
        personId: persons.tessa,
        offeredOn: day(-6),
        employer: 'Kauppakeskus Keskipiste Oy',
        jobTitle: { fi: 'Myyjä', sv: 'Försäljare', en: 'Sales assistant' },
        location: 'Helsinki',
        howToApply: {
          fi: 'Hae työpaikkaa työnantajan verkkosivuilla ja mainitse hakemuksessa työllisyyspalveluiden työtarjous.',
          sv: 'Sök jobbet på arbetsgivarens webbplats och nämn sysselsättningstjänsternas jobberbjudande i ansökan.',
          en: 'Apply on the employer’s website and mention the employment services’ job offer in your application.',
        },
        // The `.example` domain is reserved (RFC 2606): a link that works as a link and goes nowhere real.
        applyUrl: 'https://keskipiste.example/tyopaikat/myyja',
        applyBy: day(1),
        state: 'assigned',
        notAppliedReason: null,
        outcome: null,
        reportedAt: null,
        updatedAt: instant(-6),
      },
      {
        // Sven: applied, awaiting the outcome.
        id: ids.svenJob,
        personId: persons.sven,
        offeredOn: day(-20),
        employer: 'Esbo Maskinteknik Ab',
        jobTitle: { fi: 'Koneasentaja', sv: 'Maskinmontör', en: 'Machine fitter' },
        location: 'Espoo',
        howToApply: {
          fi: 'Lähetä hakemus ja ansioluettelo sähköpostitse osoitteeseen rekry@example.fi.',
          sv: 'Skicka ansökan och CV per e-post till rekry@example.fi.',
          en: 'Send your application and CV by email to rekry@example.fi.',
        },
        applyUrl: null,
        applyBy: day(-10),
        state: 'applied',
        notAppliedReason: null,
        outcome: null,
        reportedAt: instant(-12),
        updatedAt: instant(-12),
      },
      {
        // Turva: not applied, with a reason.
        id: ids.turvaJob,
        personId: persons.turva,
        offeredOn: day(-30),
        employer: 'Suomen Logistiikka Oy',
        jobTitle: { fi: 'Varastotyöntekijä', sv: 'Lagerarbetare', en: 'Warehouse worker' },
        // Not her home town: under an address block nothing of hers may say where she lives (the
        // export test holds this), so the seeded offer is remote work.
        location: 'Etätyö / distansarbete / remote',
        howToApply: {
          fi: 'Soita työnantajalle numeroon 040 000 0000 arkisin klo 9–15.',
          sv: 'Ring arbetsgivaren på 040 000 0000 vardagar kl. 9–15.',
          en: 'Call the employer on 040 000 0000 on weekdays 9–15.',
        },
        applyUrl: null,
        applyBy: day(-16),
        state: 'not-applied',
        notAppliedReason: 'Olen valittu työvoimakoulutukseen, joka alkaa samaan aikaan.',
        outcome: null,
        reportedAt: instant(-20),
        updatedAt: instant(-20),
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(trainingOffers)
    .values([
      {
        id: ids.tessaTraining,
        personId: persons.tessa,
        offeredOn: day(-3),
        training: {
          fi: 'Asiakaspalvelun ja myynnin ammattitutkinto',
          sv: 'Yrkesexamen inom kundservice och försäljning',
          en: 'Vocational qualification in customer service and sales',
        },
        provider: 'Helsingin aikuisopisto',
        startDate: day(30),
        endDate: day(210),
        applyBy: day(14),
        // A training of the portal's catalogue (seeds/training.ts): applied for on its page here.
        applyUrl: `/training/${SEED_TRAINING_IDS.customerService}/apply`,
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(plans)
    .values([
      {
        id: planIds.tessaProposed,
        personId: persons.tessa,
        type: 'employment',
        state: 'proposed',
        proposedOn: day(-2),
        validFrom: day(-2),
        validUntil: day(90),
        goals: {
          fi: 'Löytää kokoaikainen työ myynnin tai asiakaspalvelun tehtävistä pääkaupunkiseudulta.',
          sv: 'Att hitta heltidsarbete inom försäljning eller kundservice i huvudstadsregionen.',
          en: 'To find full-time work in sales or customer service in the Helsinki region.',
        },
        actions: {
          fi: 'Haen aktiivisesti avoimia työpaikkoja ja päivitän ansioluetteloni.',
          sv: 'Jag söker aktivt lediga jobb och uppdaterar mitt CV.',
          en: 'I apply actively for open jobs and update my CV.',
        },
        servicesAgreed: [{ fi: 'Työnhakuvalmennus', sv: 'Jobbsökarträning', en: 'Job-search coaching' }],
        contact: CONTACT,
        applicationsPerPeriod: 4,
        acceptedAt: null,
        updatedAt: instant(-2),
      },
      {
        id: planIds.svenEarlier,
        personId: persons.sven,
        type: 'employment',
        state: 'superseded',
        proposedOn: day(-58),
        validFrom: day(-58),
        validUntil: day(-31),
        goals: {
          fi: 'Palata lomautuksen jälkeen omaan työhön tai löytää uusi työ.',
          sv: 'Att återgå till det egna arbetet efter permitteringen eller hitta ett nytt.',
          en: 'To return to his own job after the layoff, or find a new one.',
        },
        actions: { fi: 'Haen työpaikkoja.', sv: 'Jag söker jobb.', en: 'I apply for jobs.' },
        servicesAgreed: [],
        contact: CONTACT,
        applicationsPerPeriod: 2,
        acceptedAt: instant(-57),
        updatedAt: instant(-30),
      },
      {
        id: planIds.svenAccepted,
        personId: persons.sven,
        type: 'employment',
        state: 'accepted',
        proposedOn: day(-31),
        validFrom: day(-30),
        validUntil: day(60),
        goals: {
          fi: 'Löytää työ koneasentajana tai kunnossapidon tehtävistä Espoosta.',
          sv: 'Att hitta arbete som maskinmontör eller inom underhåll i Esbo.',
          en: 'To find work as a machine fitter or in maintenance in Espoo.',
        },
        actions: {
          fi: 'Haen neljää työpaikkaa kuukaudessa ja käyn rekrytointitapahtumissa.',
          sv: 'Jag söker fyra jobb i månaden och deltar i rekryteringsevenemang.',
          en: 'I apply for four jobs a month and go to recruitment events.',
        },
        servicesAgreed: [
          {
            fi: 'Ammatillinen kuntoutus -kartoitus',
            sv: 'Kartläggning av yrkesinriktad rehabilitering',
            en: 'Vocational rehabilitation assessment',
          },
          { fi: 'Työkokeilu', sv: 'Arbetsprövning', en: 'Work trial' },
        ],
        contact: CONTACT,
        applicationsPerPeriod: 4,
        acceptedAt: instant(-30),
        updatedAt: instant(-9),
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(planTasks)
    .values([
      {
        id: planIds.tessaTask,
        planId: planIds.tessaProposed,
        personId: persons.tessa,
        position: 1,
        description: {
          fi: 'Päivitä ansioluettelosi Työmarkkinatorille.',
          sv: 'Uppdatera ditt CV på Jobbmarknad Finland.',
          en: 'Update your CV on Job Market Finland.',
        },
        deadline: day(14),
        status: 'open',
        report: null,
        reportedAt: null,
      },
      {
        id: planIds.svenReportedTask,
        planId: planIds.svenAccepted,
        personId: persons.sven,
        position: 1,
        description: {
          fi: 'Osallistu rekrytointitapahtumaan.',
          sv: 'Delta i ett rekryteringsevenemang.',
          en: 'Take part in a recruitment event.',
        },
        deadline: day(-10),
        status: 'reported',
        outcome: 'done',
        report: 'Jag deltog i rekryteringsdagen i Otnäs.',
        reportedAt: instant(-9),
      },
      {
        id: planIds.svenOverdueTask,
        planId: planIds.svenAccepted,
        personId: persons.sven,
        position: 2,
        description: {
          fi: 'Varaa aika ammatillisen kuntoutuksen kartoitukseen.',
          sv: 'Boka tid för kartläggningen av yrkesinriktad rehabilitering.',
          en: 'Book an appointment for the vocational rehabilitation assessment.',
        },
        deadline: day(-3),
        status: 'open',
        report: null,
        reportedAt: null,
      },
      {
        id: planIds.svenOpenTask,
        planId: planIds.svenAccepted,
        personId: persons.sven,
        position: 3,
        description: {
          fi: 'Hae neljää työpaikkaa tässä kuussa.',
          sv: 'Sök fyra jobb den här månaden.',
          en: 'Apply for four jobs this month.',
        },
        deadline: day(20),
        status: 'open',
        report: null,
        reportedAt: null,
      },
      {
        id: planIds.svenEarlierTask,
        planId: planIds.svenEarlier,
        personId: persons.sven,
        position: 1,
        description: { fi: 'Ilmoittaudu työnhakijaksi.', sv: 'Anmäl dig som arbetssökande.', en: 'Register as a job seeker.' },
        deadline: day(-50),
        status: 'reported',
        outcome: 'done',
        report: 'Klart.',
        reportedAt: instant(-55),
      },
    ])
    .onConflictDoNothing();
  // Sven's job-search obligation: one application on the first day of this month (so always in the
  // current period), one on his plan's first day.
  await db
    .insert(jobApplications)
    .values([
      {
        id: planIds.svenApplicationThisMonth,
        personId: persons.sven,
        planId: planIds.svenAccepted,
        employer: 'Konepaja Nieminen Oy',
        job: 'Koneasentaja',
        appliedOn: `${today.slice(0, 7)}-01`,
        method: 'online',
        reportedAt: now,
        late: false,
        idempotencyKey: 'seed-sven-application-1',
      },
      {
        id: planIds.svenApplicationPlanStart,
        personId: persons.sven,
        planId: planIds.svenAccepted,
        employer: 'Espoon Kunnossapito Ab',
        job: 'Underhållsmontör',
        appliedOn: day(-30),
        method: 'email',
        reportedAt: instant(-29),
        // Late when reported in a later month than the one applied in (its period had ended).
        late: helsinkiDate(instant(-29)).slice(0, 7) > day(-30).slice(0, 7),
        idempotencyKey: 'seed-sven-application-2',
      },
    ])
    .onConflictDoNothing();
}
