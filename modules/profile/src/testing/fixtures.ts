import { parseOrThrow } from '@portal/shared-contracts';
import { ProfileSchema, type Profile } from '@portal/shared-contracts/profile';
import { JobSearchSchema, ReferenceDataSchema, type JobSearch, type ReferenceData } from '@portal/shared-contracts/job-search';

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
