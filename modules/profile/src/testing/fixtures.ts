import { parseOrThrow } from '@portal/shared-contracts';
import { ProfileSchema, type Profile } from '@portal/shared-contracts/profile';
import { JobSearchSchema, ReferenceDataSchema, type JobSearch, type ReferenceData } from '@portal/shared-contracts/job-search';
import { StartupGrantOverviewSchema, type Application, type StartupGrantOverview } from '@portal/shared-contracts/startup-grant';

// Every fixture goes through its contract schema when this file loads: a fixture that drifts from
// the contract fails every test at once instead of testing data the backend could never send.

/** Tessa Testilä's basic data as the API gives it, for component tests. */
export const tessaProfile: Profile = parseOrThrow(
  ProfileSchema,
  {
    henkilotunnus: '010280-952L',
    firstNames: 'Tessa Maria',
    givenName: 'Tessa',
    lastName: 'Testilä',
    birthDate: '1980-02-01',
    homeMunicipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
    address: { street: 'Mannerheimintie 1 A 2', postalCode: '00100', postOffice: 'Helsinki', country: 'FI' },
    addressProtected: false,
    phone: '+358 40 123 4567',
    email: 'tessa.testila@example.fi',
    preferredLanguage: 'fi',
    contactChannel: 'email',
    updatedAt: '2025-03-12T10:00:00.000Z',
  },
  'tessaProfile',
);

const unemployed = { code: '02', label: { fi: 'Työtön', sv: 'Arbetslös', en: 'Unemployed' } };
const employed = {
  code: '01',
  label: { fi: 'Työssä avoimilla työmarkkinoilla', sv: 'I arbete på den öppna arbetsmarknaden', en: 'Employed on the open labour market' },
};
const fund = {
  id: 'erityisalojen-kassa',
  kind: 'fund',
  name: { fi: 'Erityisalojen työttömyyskassa', sv: 'Arbetslöshetskassan för specialbranscher', en: 'Unemployment Fund for Special Fields' },
};

/**
 * Tessa Testilä: unemployed job seeker for two weeks, member of an unemployment fund, the
 * service-need assessment unfinished, two reports of changes (one made a notice to the fund), an
 * earlier period that ended when she found work.
 */
export const tessaJobSearch: JobSearch = parseOrThrow(
  JobSearchSchema,
  {
    state: 'active',
    period: { id: 'p2', startDate: '2026-11-11', endDate: null, endReason: null, status: unemployed },
    earlierPeriods: [{ id: 'p1', startDate: '2024-03-01', endDate: '2024-08-31', endReason: 'employed', status: unemployed }],
    handler: {
      kind: 'municipality',
      id: 'helsinki',
      name: { fi: 'Helsingin työllisyyspalvelut', sv: 'Helsingfors sysselsättningstjänster', en: 'Helsinki Employment Services' },
      phone: '09 310 36000',
      email: 'tyollisyyspalvelut@example.fi',
      address: 'Työpajankatu 8, 00580 Helsinki',
      serviceHours: { fi: 'ma–pe 9–16', sv: 'mån–fre 9–16', en: 'Mon–Fri 9–16' },
      url: 'https://example.fi/tyollisyyspalvelut',
    },
    registration: {
      statusCode: '02',
      phone: '+358 40 123 4567',
      email: 'tessa.testila@example.fi',
      education: [
        { level: 'vocational', field: 'Merkonomi', institution: 'Helsingin kauppaoppilaitos', year: 2000 },
        { level: 'bachelor', field: 'Tradenomi', institution: 'Haaga-Helia' },
      ],
      workHistory: [
        { employer: 'Kauppa Oy', title: 'Myyjä', start: '2019-03', end: '2024-02' },
        { employer: 'Toimisto Oy', title: 'Toimistosihteeri', start: '2024-09' },
      ],
      soughtWork: { occupations: ['Myyjä', 'Asiakaspalvelija'], regions: ['091', '049'], workTime: 'either' },
      goals: 'Haluan kokoaikatyön asiakaspalvelusta.\nOpiskelen samalla tradenomiksi.',
      benefit: { status: 'applied', payerId: 'erityisalojen-kassa' },
    },
    payer: fund,
    assessment: { state: 'open', dueDate: '2026-11-27', completedAt: null },
    changes: [
      {
        id: 'r2',
        kind: 'work',
        receivedAt: '2026-11-20T08:00:00.000Z',
        startDate: '2026-12-01',
        endDate: '2026-12-15',
        payerNotice: { id: 'n1', payer: fund, createdAt: '2026-11-20T08:00:01.000Z' },
      },
      { id: 'r1', kind: 'sickness', receivedAt: '2026-11-13T09:00:00.000Z', startDate: '2026-11-12', endDate: null, payerNotice: null },
    ],
    updatedAt: '2026-11-20T08:00:00.000Z',
  },
  'tessaJobSearch',
);

/** Ulla Ulkomaa: address abroad, has never registered as a job seeker. */
export const ullaJobSearch: JobSearch = parseOrThrow(
  JobSearchSchema,
  {
    state: 'not-registered',
    period: null,
    earlierPeriods: [],
    handler: null,
    registration: null,
    payer: null,
    assessment: null,
    changes: [],
    updatedAt: null,
  },
  'ullaJobSearch',
);

/**
 * Turva Testinen: address block (turvakielto), so the handler is only the national service line;
 * no benefit, the assessment answered.
 */
export const turvaJobSearch: JobSearch = parseOrThrow(
  JobSearchSchema,
  {
    state: 'active',
    period: { id: 't1', startDate: '2026-09-01', endDate: null, endReason: null, status: unemployed },
    earlierPeriods: [],
    handler: {
      kind: 'protected',
      phone: '0295 025 500',
      name: {
        fi: 'Työllisyyspalvelujen valtakunnallinen palvelunumero',
        sv: 'Sysselsättningstjänsternas riksomfattande servicenummer',
        en: 'National employment services helpline',
      },
    },
    registration: {
      statusCode: '02',
      phone: '+358 40 999 0000',
      education: [],
      workHistory: [],
      soughtWork: { occupations: ['Varastotyöntekijä'], regions: ['091'], workTime: 'full-time' },
      goals: '',
      benefit: { status: 'none' },
    },
    payer: null,
    assessment: { state: 'completed', dueDate: '2026-09-15', completedAt: '2026-09-10T12:00:00.000Z' },
    changes: [],
    updatedAt: '2026-09-10T12:00:00.000Z',
  },
  'turvaJobSearch',
);

/** Tessa's job seeking after she ended it on finding work. */
export const endedJobSearch: JobSearch = parseOrThrow(
  JobSearchSchema,
  {
    ...tessaJobSearch,
    state: 'ended',
    period: { id: 'p2', startDate: '2026-11-11', endDate: '2026-11-30', endReason: 'employed', status: employed },
    assessment: null,
  },
  'endedJobSearch',
);

/** The job-search reference data, as far as the profile uses it (municipality names). */
export const referenceData: ReferenceData = parseOrThrow(
  ReferenceDataSchema,
  {
    payers: [fund],
    municipalities: [
      { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
      { code: '049', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } },
    ],
    statuses: [unemployed, employed],
    countries: ['SE', 'NO'],
  },
  'referenceData',
);

const grantLimits = {
  maxFileBytes: 10485760,
  maxAnswerBytes: 26214400,
  maxFiles: 20,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

/** A person with no start-up grant: the page has no section for it. */
export const NO_STARTUP_GRANT: StartupGrantOverview = parseOrThrow(
  StartupGrantOverviewSchema,
  { applications: [], periods: [], paymentApplicationMonths: 2, pendingAttachments: [], limits: grantLimits },
  'NO_STARTUP_GRANT',
);

const grantedApplication: Application = {
  id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7001',
  kind: 'new',
  state: 'granted',
  submittedAt: '2026-06-01T09:00:00.000Z',
  content: {
    business: {
      name: 'Yrjön Koodipaja',
      businessId: '1572860-0',
      form: 'sole-trader',
      field: 'Ohjelmistokehitys',
      startDate: '2026-08-01',
      workingTime: 'full-time',
    },
    plan: { idea: 'Ohjelmistoja pienyrityksille.', customers: 'Pienyritykset.', competence: '15 vuotta.' },
    profitability: { sales: 450000, costs: { purchases: 0, premises: 0, vehicle: 0, insurance: 0, marketing: 0, other: 0 } },
    financing: { investments: { machinery: 0, premises: 0, stock: 0, other: 0 }, financing: { own: 0, loan: 0, other: 0 } },
    earlier: { hasEarlier: false },
  },
  attachments: [],
  timeline: [
    { kind: 'received', at: '2026-06-01T09:00:00.000Z' },
    { kind: 'granted', at: '2026-07-01T09:00:00.000Z' },
  ],
  supplements: [],
  decision: {
    outcome: 'granted',
    decidedAt: '2026-07-01T09:00:00.000Z',
    periods: [
      { id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7202', startsOn: '2026-08-01', endsOn: '2026-08-31' },
      { id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7203', startsOn: '2026-09-01', endsOn: '2026-09-30' },
    ],
  },
};

/** Yrjö's start-up grant, as the profile uses it: a granted one with a paid period and one open, and a second application without a business ID, in processing. */
export const yrjoStartupGrant: StartupGrantOverview = parseOrThrow(
  StartupGrantOverviewSchema,
  {
    applications: [
      {
        ...grantedApplication,
        id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7002',
        kind: 'extension',
        state: 'in-processing',
        submittedAt: '2026-10-15T09:00:00.000Z',
        content: { ...grantedApplication.content, business: { ...grantedApplication.content.business, businessId: '' } },
        timeline: [{ kind: 'received', at: '2026-10-15T09:00:00.000Z' }],
        decision: null,
      },
      grantedApplication,
    ],
    periods: [
      {
        id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7202',
        applicationId: grantedApplication.id,
        startsOn: '2026-08-01',
        endsOn: '2026-08-31',
        applyBy: '2026-10-31',
        status: 'applied',
        payment: {
          id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7301',
          state: 'paid',
          submittedAt: '2026-09-05T09:00:00.000Z',
          paymentDate: '2026-09-20',
          taxCard: null,
        },
        needsTaxCard: false,
      },
      {
        id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7203',
        applicationId: grantedApplication.id,
        startsOn: '2026-09-01',
        endsOn: '2026-09-30',
        applyBy: '2026-11-30',
        status: 'open',
        payment: null,
        needsTaxCard: false,
      },
    ],
    paymentApplicationMonths: 2,
    pendingAttachments: [],
    limits: grantLimits,
  },
  'yrjoStartupGrant',
);
