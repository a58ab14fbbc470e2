import type { Profile } from '@portal/shared-contracts/profile';
import type { Certificate, Handler, JobSearch, Payer, ReferenceData, RegistrationData } from '@portal/shared-contracts/job-search';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';

// Fixtures for component tests, after the seed's test persons (DOMAIN.md). Dates that a test reads
// as "days left" are relative to today in Finland, so a test means the same on any day; the rest
// are fixed. fixtures.test.ts checks every one against the contract's schema.

const today = helsinkiToday();

export const kela: Payer = { id: 'kela', kind: 'kela', name: { fi: 'Kela', sv: 'FPA', en: 'Kela' } };
export const fund: Payer = {
  id: 'erko',
  kind: 'fund',
  name: { fi: 'Erityisalojen työttömyyskassa ERKO', sv: 'Arbetslöshetskassan för specialbranscher ERKO', en: 'ERKO Unemployment Fund' },
};

export const reference: ReferenceData = {
  payers: [
    kela,
    fund,
    {
      id: 'ytk',
      kind: 'fund',
      name: { fi: 'Yleinen työttömyyskassa YTK', sv: 'Allmänna arbetslöshetskassan YTK', en: 'YTK Unemployment Fund' },
    },
  ],
  countries: ['SE', 'NO', 'EE', 'DE', 'ES'],
  municipalities: [
    { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
    { code: '049', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } },
    { code: '092', name: { fi: 'Vantaa', sv: 'Vanda', en: 'Vantaa' } },
    { code: '837', name: { fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere' } },
    { code: '853', name: { fi: 'Turku', sv: 'Åbo', en: 'Turku' } },
  ],
  statuses: [
    { code: '02', label: { fi: 'Työtön', sv: 'Arbetslös', en: 'Unemployed' } },
    { code: '03', label: { fi: 'Lomautettu', sv: 'Permitterad', en: 'Laid off' } },
    {
      code: '01',
      label: {
        fi: 'Työssä avoimilla työmarkkinoilla',
        sv: 'Anställd på den öppna arbetsmarknaden',
        en: 'Employed on the open labour market',
      },
    },
  ],
};

const unemployed = reference.statuses[0]!;
const laidOff = reference.statuses[1]!;

export const officeHandler: Handler = {
  kind: 'municipality',
  id: 'helsinki',
  name: { fi: 'Helsingin työllisyyspalvelut', sv: 'Helsingfors stads sysselsättningstjänster', en: 'City of Helsinki Employment Services' },
  phone: '09 310 12345',
  email: 'tyollisyyspalvelut@example.fi',
  address: 'Esimerkkikatu 1, 00100 Helsinki',
  serviceHours: { fi: 'ma–pe klo 9–16', sv: 'mån–fre kl. 9–16', en: 'Mon–Fri 9 am – 4 pm' },
  url: 'https://www.example.fi/tyollisyyspalvelut',
};

export const protectedHandler: Handler = {
  kind: 'protected',
  phone: '0295 020 700',
  name: {
    fi: 'Työllisyyspalvelujen valtakunnallinen palvelunumero',
    sv: 'Sysselsättningstjänsternas riksomfattande servicenummer',
    en: 'National service line of the employment services',
  },
};

/** Tessa's registration: what a new registration is pre-filled from. */
export const tessaRegistration: RegistrationData = {
  statusCode: '02',
  phone: '+358 40 123 4567',
  email: 'tessa.testila@example.fi',
  education: [
    { level: 'vocational', field: 'Merkonomi', institution: 'Stadin ammatti- ja aikuisopisto', year: 2001 },
    { level: 'bachelor', field: 'Tradenomi', institution: 'Haaga-Helia', year: 2008 },
  ],
  workHistory: [
    { employer: 'Esimerkki Oy', title: 'Asiakaspalvelusihteeri', start: '2008-09', end: '2024-12' },
    { employer: 'Kauppa Ab', title: 'Myyjä', start: '2001-06', end: '2008-08' },
  ],
  soughtWork: { occupations: ['Asiakaspalvelu', 'Toimistotyö'], regions: ['091', '049'], workTime: 'full-time' },
  goals: 'Haluan palata asiakaspalvelutyöhön.',
  benefit: { status: 'applied', payerId: 'erko' },
};

export const notRegistered: JobSearch = {
  state: 'not-registered',
  period: null,
  earlierPeriods: [],
  handler: officeHandler,
  registration: null,
  payer: null,
  assessment: null,
  changes: [],
  updatedAt: null,
};

/** Tessa: unemployed for two weeks, the service-need assessment due in two days and not answered. */
export const activeWithAssessment: JobSearch = {
  state: 'active',
  period: { id: 'p-tessa', startDate: addDays(today, -14), endDate: null, endReason: null, status: unemployed },
  earlierPeriods: [],
  handler: officeHandler,
  registration: tessaRegistration,
  payer: fund,
  assessment: { state: 'open', dueDate: addDays(today, 2), completedAt: null },
  changes: [],
  updatedAt: '2026-11-11T08:00:00.000Z',
};

/** Sven: laid off, benefit from Kela, the assessment done, two reports (one with a notice to Kela). */
export const activeWithReports: JobSearch = {
  state: 'active',
  period: { id: 'p-sven', startDate: '2026-09-01', endDate: null, endReason: null, status: laidOff },
  earlierPeriods: [],
  handler: officeHandler,
  registration: {
    ...tessaRegistration,
    statusCode: '03',
    phone: '+358 50 765 4321',
    email: 'sven.testsson@example.fi',
    benefit: { status: 'receiving', payerId: 'kela' },
  },
  payer: kela,
  assessment: { state: 'completed', dueDate: '2026-09-15', completedAt: '2026-09-10T09:30:00.000Z' },
  changes: [
    {
      id: 'ch-2',
      kind: 'travel',
      receivedAt: '2026-11-02T10:15:00.000Z',
      startDate: '2026-12-01',
      endDate: '2026-12-08',
      payerNotice: { id: 'n-2', payer: kela, createdAt: '2026-11-02T10:15:01.000Z' },
    },
    { id: 'ch-1', kind: 'sickness', receivedAt: '2026-10-05T07:00:00.000Z', startDate: '2026-10-03', endDate: null, payerNotice: null },
  ],
  updatedAt: '2026-11-02T10:15:01.000Z',
};

/** An ended job seeking: the person found work. */
export const ended: JobSearch = {
  state: 'ended',
  period: { id: 'p-old', startDate: '2025-03-01', endDate: '2025-10-31', endReason: 'employed', status: unemployed },
  earlierPeriods: [],
  handler: officeHandler,
  registration: tessaRegistration,
  payer: fund,
  assessment: null,
  changes: [],
  updatedAt: '2025-10-20T12:00:00.000Z',
};

/** Turva: an address block, so the handler is not shown; the assessment is late. */
export const protectedActive: JobSearch = {
  ...activeWithAssessment,
  period: { id: 'p-turva', startDate: addDays(today, -20), endDate: null, endReason: null, status: unemployed },
  handler: protectedHandler,
  assessment: { state: 'overdue', dueDate: addDays(today, -3), completedAt: null },
};

export const certificate: Certificate = {
  fullName: 'Tessa Maria Testilä',
  henkilotunnus: '010280-952L',
  birthDate: '1980-02-01',
  startDate: '2026-11-11',
  status: unemployed,
  handler: officeHandler,
  issuedAt: '2026-11-25T10:00:00.000Z',
  reference: 'TMT-2026-7Q4K9',
};

/** Ulla's basic data: never registered, so the registration form takes her phone and email from here. */
export const ullaProfile: Profile = {
  henkilotunnus: '040265-9985',
  firstNames: 'Ulla',
  givenName: 'Ulla',
  lastName: 'Ulkomaa',
  birthDate: '1965-02-04',
  homeMunicipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
  address: null,
  addressProtected: false,
  phone: '+358 44 987 6543',
  email: 'ulla.ulkomaa@example.com',
  preferredLanguage: 'en',
  contactChannel: 'email',
  updatedAt: '2026-01-10T10:00:00.000Z',
};

// The fake backend is the kit's (the same for every area).
export { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';
