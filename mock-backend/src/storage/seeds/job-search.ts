// Seed data of job seeking: the reference data (statuses, handlers and their areas, payers, the
// service-need questions) and the test persons' situations. Inserted like the rest of the seed,
// with "on conflict do nothing", so a restart changes nothing that is already there.
import type { AssessmentAnswers, RegistrationData } from '@portal/shared-contracts/job-search';
import { sql } from 'drizzle-orm';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { newCertificateReference } from '../../areas/job-search/store.js';
import {
  assessmentQuestions,
  assessments,
  benefitPayers,
  handlerAreas,
  handlers,
  jobSearchReports,
  jobSeekerStatuses,
  jobSeekingPeriods,
  payerNotices,
} from '../schema/index.js';
import type { Database } from '../storage.js';
import { UNEMPLOYMENT_FUNDS_2025 } from './data/unemployment-funds.js';
import { yrjoBusinessStart } from './startup-grant.js';

type NewHandler = typeof handlers.$inferInsert;
type NewQuestion = typeof assessmentQuestions.$inferInsert;

/**
 * Official codes of a job seeker's status (työnhakijan tila) with their names. 01–04 are situations
 * a person knows and reports themselves; the rest follow from a decision or a service and are set by
 * the office.
 */
export const SEED_JOB_SEEKER_STATUSES = [
  {
    code: '01',
    labelFi: 'Työllinen avoimilla työmarkkinoilla',
    labelSv: 'Sysselsatt på den öppna arbetsmarknaden',
    labelEn: 'Employed on the open labour market',
    selfSelectable: true,
  },
  { code: '02', labelFi: 'Työtön', labelSv: 'Arbetslös', labelEn: 'Unemployed', selfSelectable: true },
  { code: '03', labelFi: 'Lomautettu', labelSv: 'Permitterad', labelEn: 'Laid off', selfSelectable: true },
  {
    code: '04',
    labelFi: 'Lyhennetyllä työviikolla',
    labelSv: 'På förkortad arbetsvecka',
    labelEn: 'On a shortened working week',
    selfSelectable: true,
  },
  {
    code: '05',
    labelFi: 'Työvoiman ulkopuolella',
    labelSv: 'Utanför arbetskraften',
    labelEn: 'Outside the labour force',
    selfSelectable: false,
  },
  {
    code: '06',
    labelFi: 'Työllistetty tuetusti',
    labelSv: 'Sysselsatt med stöd',
    labelEn: 'In subsidised employment',
    selfSelectable: false,
  },
  {
    code: '11',
    labelFi: 'Työvoimakoulutuksessa',
    labelSv: 'I arbetskraftsutbildning',
    labelEn: 'In labour market training',
    selfSelectable: false,
  },
  { code: '12', labelFi: 'Opiskelija', labelSv: 'Studerande', labelEn: 'Student', selfSelectable: false },
] as const;

const TE_HOURS = {
  serviceHoursFi: 'Puhelinpalvelu ma–pe 9–16',
  serviceHoursSv: 'Telefontjänst mån–fre 9–16',
  serviceHoursEn: 'Telephone service Mon–Fri 9 am–4 pm',
} as const;

const AREA_HOURS = {
  serviceHoursFi: 'Asiakaspalvelu ma–pe 9–15, puhelinpalvelu ma–to 9–16',
  serviceHoursSv: 'Kundtjänst mån–fre 9–15, telefontjänst mån–tors 9–16',
  serviceHoursEn: 'Customer service Mon–Fri 9 am–3 pm, telephone Mon–Thu 9 am–4 pm',
} as const;

/** The TE offices (until 31.12.2024) and the municipal employment areas (from 1.1.2025). */
export const SEED_HANDLERS: readonly NewHandler[] = [
  {
    id: 'te-uusimaa',
    kind: 'te-office',
    nameFi: 'Uudenmaan TE-toimisto',
    nameSv: 'Nylands arbets- och näringsbyrå',
    nameEn: 'TE Office of Uusimaa',
    phone: '0295 040 000',
    email: 'kirjaamo.uusimaa@te-toimisto.fi',
    address: 'Ratapihantie 9, 00520 Helsinki',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/uusimaa',
  },
  {
    id: 'te-keski-suomi',
    kind: 'te-office',
    nameFi: 'Keski-Suomen TE-toimisto',
    nameSv: 'Mellersta Finlands arbets- och näringsbyrå',
    nameEn: 'TE Office of Central Finland',
    phone: '0295 042 000',
    email: 'kirjaamo.keski-suomi@te-toimisto.fi',
    address: 'Kilpisenkatu 1, 40100 Jyväskylä',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/keski-suomi',
  },
  {
    id: 'te-pohjois-savo',
    kind: 'te-office',
    nameFi: 'Pohjois-Savon TE-toimisto',
    nameSv: 'Norra Savolax arbets- och näringsbyrå',
    nameEn: 'TE Office of North Savo',
    phone: '0295 043 000',
    email: 'kirjaamo.pohjois-savo@te-toimisto.fi',
    address: 'Puijonkatu 1, 70100 Kuopio',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/pohjois-savo',
  },
  {
    id: 'te-hame',
    kind: 'te-office',
    nameFi: 'Hämeen TE-toimisto',
    nameSv: 'Tavastlands arbets- och näringsbyrå',
    nameEn: 'TE Office of Häme',
    phone: '0295 044 000',
    email: 'kirjaamo.hame@te-toimisto.fi',
    address: 'Rauhankatu 10, 15110 Lahti',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/hame',
  },
  {
    id: 'te-pohjois-pohjanmaa',
    kind: 'te-office',
    nameFi: 'Pohjois-Pohjanmaan TE-toimisto',
    nameSv: 'Norra Österbottens arbets- och näringsbyrå',
    nameEn: 'TE Office of North Ostrobothnia',
    phone: '0295 056 000',
    email: 'kirjaamo.pohjois-pohjanmaa@te-toimisto.fi',
    address: 'Isokatu 22, 90100 Oulu',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/pohjois-pohjanmaa',
  },
  {
    id: 'te-pirkanmaa',
    kind: 'te-office',
    nameFi: 'Pirkanmaan TE-toimisto',
    nameSv: 'Birkalands arbets- och näringsbyrå',
    nameEn: 'TE Office of Pirkanmaa',
    phone: '0295 036 000',
    email: 'kirjaamo.pirkanmaa@te-toimisto.fi',
    address: 'Yliopistonkatu 38, 33100 Tampere',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/pirkanmaa',
  },
  {
    id: 'te-varsinais-suomi',
    kind: 'te-office',
    nameFi: 'Varsinais-Suomen TE-toimisto',
    nameSv: 'Egentliga Finlands arbets- och näringsbyrå',
    nameEn: 'TE Office of Southwest Finland',
    phone: '0295 041 000',
    email: 'kirjaamo.varsinais-suomi@te-toimisto.fi',
    address: 'Ratapihankatu 36, 20100 Turku',
    ...TE_HOURS,
    url: 'https://toimistot.te-palvelut.fi/varsinais-suomi',
  },
  {
    id: 'helsinki',
    kind: 'municipality',
    nameFi: 'Helsingin kaupungin työllisyyspalvelut',
    nameSv: 'Helsingfors stads sysselsättningstjänster',
    nameEn: 'City of Helsinki Employment Services',
    phone: '09 310 36107',
    email: 'tyollisyyspalvelut@hel.fi',
    address: 'Työpajankatu 8, 00580 Helsinki',
    ...AREA_HOURS,
    url: 'https://www.hel.fi/fi/yritykset-ja-tyo/tyollisyyspalvelut',
  },
  {
    id: 'espoon-seutu',
    kind: 'municipality',
    nameFi: 'Espoon seudun työllisyysalue',
    nameSv: 'Esboregionens sysselsättningsområde',
    nameEn: 'Espoo Region Employment Area',
    phone: '09 816 20000',
    email: 'tyollisyyspalvelut@espoo.fi',
    address: 'Kauppamiehentie 6, 02150 Espoo',
    ...AREA_HOURS,
    url: 'https://www.espoo.fi/fi/tyo-ja-yrittaminen',
  },
  {
    id: 'vantaa-kerava',
    kind: 'municipality',
    nameFi: 'Vantaa-Keravan työllisyysalue',
    nameSv: 'Vanda-Kervo sysselsättningsområde',
    nameEn: 'Vantaa-Kerava Employment Area',
    phone: '09 8392 0000',
    email: 'tyollisyyspalvelut@vantaa.fi',
    address: 'Vernissakatu 1, 01300 Vantaa',
    ...AREA_HOURS,
    url: 'https://www.vantaa.fi/fi/tyo-ja-yrittaminen',
  },
  {
    id: 'jyvaskylan-seutu',
    kind: 'municipality',
    nameFi: 'Jyväskylän seudun työllisyysalue',
    nameSv: 'Jyväskyläregionens sysselsättningsområde',
    nameEn: 'Jyväskylä Region Employment Area',
    phone: '014 266 0000',
    email: 'tyollisyyspalvelut@jyvaskyla.fi',
    address: 'Kilpisenkatu 1, 40100 Jyväskylä',
    ...AREA_HOURS,
    url: 'https://www.jyvaskyla.fi/tyo-ja-yrittajyys',
  },
  {
    id: 'kuopion-seutu',
    kind: 'municipality',
    nameFi: 'Kuopion seudun työllisyysalue',
    nameSv: 'Kuopioregionens sysselsättningsområde',
    nameEn: 'Kuopio Region Employment Area',
    phone: '017 182 000',
    email: 'tyollisyyspalvelut@kuopio.fi',
    address: 'Puijonkatu 1, 70100 Kuopio',
    ...AREA_HOURS,
    url: 'https://www.kuopio.fi/tyo-ja-yrittaminen',
  },
  {
    id: 'paijat-hame',
    kind: 'municipality',
    nameFi: 'Päijät-Hämeen työllisyysalue',
    nameSv: 'Päijänne-Tavastlands sysselsättningsområde',
    nameEn: 'Päijät-Häme Employment Area',
    phone: '03 814 2000',
    email: 'tyollisyyspalvelut@lahti.fi',
    address: 'Vapaudenkatu 10, 15110 Lahti',
    ...AREA_HOURS,
    url: 'https://www.lahti.fi/tyo-ja-yrittaminen',
  },
  {
    id: 'oulun-seutu',
    kind: 'municipality',
    nameFi: 'Oulun seudun työllisyysalue',
    nameSv: 'Uleåborgsregionens sysselsättningsområde',
    nameEn: 'Oulu Region Employment Area',
    phone: '08 558 40000',
    email: 'tyollisyyspalvelut@ouka.fi',
    address: 'Isokatu 22, 90100 Oulu',
    ...AREA_HOURS,
    url: 'https://www.ouka.fi/tyo-ja-yrittaminen',
  },
  {
    id: 'tampereen-seutu',
    kind: 'municipality',
    nameFi: 'Tampereen seudun työllisyysalue',
    nameSv: 'Tammerforsregionens sysselsättningsområde',
    nameEn: 'Tampere Region Employment Area',
    phone: '03 565 60000',
    email: 'tyollisyyspalvelut@tampere.fi',
    address: 'Kelloportinkatu 1 D, 33100 Tampere',
    ...AREA_HOURS,
    url: 'https://www.tampere.fi/tyo-ja-yrittaminen',
  },
  {
    id: 'turun-seutu',
    kind: 'municipality',
    nameFi: 'Turun seudun työllisyysalue',
    nameSv: 'Åboregionens sysselsättningsområde',
    nameEn: 'Turku Region Employment Area',
    phone: '02 262 0000',
    email: 'tyollisyyspalvelut@turku.fi',
    address: 'Puolalankatu 5, 20100 Turku',
    ...AREA_HOURS,
    url: 'https://www.turku.fi/tyo-ja-yrittaminen',
  },
];

/** The last day of the TE offices; the municipal employment areas took over the next day. */
export const TE_OFFICES_UNTIL = '2024-12-31';
export const EMPLOYMENT_AREAS_FROM = '2025-01-01';
/** When the fifteen regional TE offices began (the start of the data; earlier days have no handler). */
const TE_OFFICES_FROM = '2013-01-01';

/** Municipality → [TE office until 2024, employment area from 2025]. */
const AREAS_OF_MUNICIPALITIES: readonly (readonly [code: string, teOffice: string, employmentArea: string])[] = [
  ['049', 'te-uusimaa', 'espoon-seutu'],
  ['091', 'te-uusimaa', 'helsinki'],
  ['092', 'te-uusimaa', 'vantaa-kerava'],
  ['179', 'te-keski-suomi', 'jyvaskylan-seutu'],
  ['297', 'te-pohjois-savo', 'kuopion-seutu'],
  ['398', 'te-hame', 'paijat-hame'],
  ['564', 'te-pohjois-pohjanmaa', 'oulun-seutu'],
  ['837', 'te-pirkanmaa', 'tampereen-seutu'],
  ['853', 'te-varsinais-suomi', 'turun-seutu'],
];

/**
 * Who handles persons without a Finnish home municipality (living abroad): assumed to be the Uusimaa
 * TE office and then Helsinki, as the capital's services had the international (EURES) desk. The
 * municipal pilot (kuntakokeilu, 1.3.2021–30.6.2023) moved only some customer groups, so it is left
 * out; it would be rows like these with its own dates.
 */
const NO_HOME_MUNICIPALITY: readonly [teOffice: string, employmentArea: string] = ['te-uusimaa', 'helsinki'];

export const SEED_HANDLER_AREAS: readonly (typeof handlerAreas.$inferInsert)[] = [
  ...AREAS_OF_MUNICIPALITIES.flatMap(([code, teOffice, area]) => [
    { municipalityCode: code, handlerId: teOffice, validFrom: TE_OFFICES_FROM, validTo: TE_OFFICES_UNTIL },
    { municipalityCode: code, handlerId: area, validFrom: EMPLOYMENT_AREAS_FROM, validTo: null },
  ]),
  { municipalityCode: null, handlerId: NO_HOME_MUNICIPALITY[0], validFrom: TE_OFFICES_FROM, validTo: TE_OFFICES_UNTIL },
  { municipalityCode: null, handlerId: NO_HOME_MUNICIPALITY[1], validFrom: EMPLOYMENT_AREAS_FROM, validTo: null },
];

/** Kela first, then every unemployment fund (data/unemployment-funds.ts). */
export const SEED_BENEFIT_PAYERS: readonly (typeof benefitPayers.$inferInsert)[] = [
  { id: 'kela', kind: 'kela', nameFi: 'Kela', nameSv: 'FPA', nameEn: 'Kela' },
  ...UNEMPLOYMENT_FUNDS_2025.map((fund) => ({ ...fund, kind: 'fund' as const })),
];

const option = (id: string, fi: string, sv: string, en: string) => ({ id, label: { fi, sv, en } });

/** The service-need questions (palvelutarvekysymykset), in the order they are asked. */
export const SEED_ASSESSMENT_QUESTIONS: readonly NewQuestion[] = [
  {
    id: 'situation',
    position: 1,
    kind: 'single',
    textFi: 'Mikä kuvaa tilannettasi parhaiten?',
    textSv: 'Vad beskriver din situation bäst?',
    textEn: 'What best describes your situation?',
    required: true,
    options: [
      option(
        'unemployed-short',
        'Olen ollut työttömänä alle 3 kuukautta',
        'Jag har varit arbetslös i mindre än 3 månader',
        'I have been unemployed for less than 3 months',
      ),
      option(
        'unemployed-long',
        'Olen ollut työttömänä 3–12 kuukautta',
        'Jag har varit arbetslös i 3–12 månader',
        'I have been unemployed for 3–12 months',
      ),
      option(
        'unemployed-very-long',
        'Olen ollut työttömänä yli vuoden',
        'Jag har varit arbetslös i över ett år',
        'I have been unemployed for over a year',
      ),
      option('laid-off', 'Olen lomautettuna', 'Jag är permitterad', 'I am laid off'),
      option(
        'graduating',
        'Olen valmistumassa tai juuri valmistunut',
        'Jag håller på att utexamineras eller har just utexaminerats',
        'I am graduating or have just graduated',
      ),
      option(
        'employed',
        'Olen työssä ja etsin uutta työtä',
        'Jag arbetar och söker nytt arbete',
        'I am employed and looking for a new job',
      ),
    ],
  },
  {
    id: 'help-needed',
    position: 2,
    kind: 'multiple',
    textFi: 'Missä tarvitset apua työllistymiseen?',
    textSv: 'Vad behöver du hjälp med för att få arbete?',
    textEn: 'What do you need help with to find work?',
    help: { fi: 'Valitse kaikki sopivat.', sv: 'Välj alla som passar.', en: 'Choose all that apply.' },
    required: true,
    options: [
      option('job-search', 'Työpaikkojen etsiminen ja hakeminen', 'Att hitta och söka jobb', 'Finding and applying for jobs'),
      option('cv', 'Ansioluettelo ja työhakemus', 'Meritförteckning och arbetsansökan', 'CV and job applications'),
      option(
        'career-planning',
        'Ammatinvalinta ja urasuunnittelu',
        'Yrkesval och karriärplanering',
        'Choosing an occupation and career planning',
      ),
      option('training', 'Koulutukseen hakeutuminen', 'Att söka till utbildning', 'Applying for training or education'),
      option('business', 'Yrityksen perustaminen', 'Att starta företag', 'Starting a business'),
      option('wellbeing', 'Jaksaminen ja terveys', 'Ork och hälsa', 'Coping and health'),
      option('language', 'Suomen tai ruotsin kielen taito', 'Kunskaper i finska eller svenska', 'Finnish or Swedish language skills'),
      option('none', 'En tarvitse apua juuri nyt', 'Jag behöver ingen hjälp just nu', 'I do not need help right now'),
    ],
  },
  {
    id: 'full-time',
    position: 3,
    kind: 'single',
    textFi: 'Voitko ottaa vastaan kokoaikatyötä heti?',
    textSv: 'Kan du ta emot heltidsarbete genast?',
    textEn: 'Could you start full-time work right away?',
    required: true,
    options: [
      option('yes', 'Kyllä', 'Ja', 'Yes'),
      option('part-time', 'Vain osa-aikatyötä', 'Endast deltidsarbete', 'Only part-time work'),
      option('not-yet', 'En vielä', 'Inte ännu', 'Not yet'),
    ],
  },
  {
    id: 'health',
    position: 4,
    kind: 'single',
    textFi: 'Rajoittaako terveydentilasi työntekoa?',
    textSv: 'Begränsar ditt hälsotillstånd ditt arbete?',
    textEn: 'Does your health limit your ability to work?',
    help: {
      fi: 'Vastauksesi auttaa löytämään sinulle sopivat palvelut. Terveystietoja ei tarvitse kertoa tarkemmin.',
      sv: 'Ditt svar hjälper oss att hitta tjänster som passar dig. Du behöver inte berätta närmare om din hälsa.',
      en: 'Your answer helps find services that suit you. You do not need to give details of your health.',
    },
    required: true,
    options: [
      option('no', 'Ei', 'Nej', 'No'),
      option('somewhat', 'Jonkin verran', 'I viss mån', 'Somewhat'),
      option('significantly', 'Merkittävästi', 'Betydligt', 'Significantly'),
      option('prefer-not-to-say', 'En halua kertoa', 'Jag vill inte säga', 'I prefer not to say'),
    ],
  },
  {
    id: 'training',
    position: 5,
    kind: 'single',
    textFi: 'Tarvitsetko lisää koulutusta työllistyäksesi?',
    textSv: 'Behöver du mer utbildning för att få arbete?',
    textEn: 'Do you need more training to find work?',
    required: true,
    options: [
      option('no', 'En', 'Nej', 'No'),
      option(
        'supplementary',
        'Täydennyskoulutusta omalle alalle',
        'Kompletterande utbildning inom min bransch',
        'Further training in my own field',
      ),
      option('new-field', 'Koulutusta uudelle alalle', 'Utbildning för en ny bransch', 'Training for a new field'),
      option('unsure', 'En osaa sanoa', 'Jag vet inte', 'I do not know'),
    ],
  },
  {
    id: 'own-words',
    position: 6,
    kind: 'text',
    textFi: 'Mikä auttaisi sinua parhaiten työllistymään? Kerro omin sanoin.',
    textSv: 'Vad skulle bäst hjälpa dig att få arbete? Berätta med egna ord.',
    textEn: 'What would help you most to find work? Tell us in your own words.',
    required: false,
    maxLength: 2000,
  },
];

// ---------------------------------------------------------------------------------------------
// The test persons' situations (DOMAIN.md). Fixed ids, so a restart finds them and inserts nothing;
// dates relative to the first seed, so a fresh database always has "two weeks ago" and "in two days".

export const SEED_JOB_SEEKING_IDS = {
  tessaPeriod: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0001',
  tessaAssessment: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0101',
  svenPeriod: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0002',
  svenAssessment: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0102',
  svenSickness: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0202',
  yrjoPeriod: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0003',
  yrjoAssessment: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0103',
  turvaPeriod: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0005',
  turvaAssessment: '7a0b5e1c-2f4d-4e8a-9b1c-0d2e3f4a0105',
} as const;

const TESSA_REGISTRATION: RegistrationData = {
  statusCode: '02',
  phone: '+358 40 123 4567',
  email: 'tessa.testila@example.fi',
  education: [
    { level: 'vocational', field: 'Merkonomi', institution: 'Helsingin kauppaoppilaitos', year: 2000 },
    { level: 'bachelor', field: 'Tradenomi, markkinointi', institution: 'Haaga-Helia ammattikorkeakoulu', year: 2008 },
  ],
  workHistory: [
    { employer: 'Kauppahuone Aalto Oy', title: 'Myyjä', start: '2001-03', end: '2005-08' },
    { employer: 'Asiakaspalvelu Kumpu Oy', title: 'Asiakaspalvelupäällikkö', start: '2008-09', end: '2025-01' },
  ],
  soughtWork: {
    occupations: ['Asiakaspalvelupäällikkö', 'Myyntipäällikkö', 'Tiiminvetäjä'],
    regions: ['091', '049', '092'],
    workTime: 'full-time',
  },
  goals: 'Haluan palata esihenkilötehtäviin asiakaspalvelussa. Olen kiinnostunut myös digitaalisen myynnin koulutuksesta.',
  benefit: { status: 'applied', payerId: 'ytk' },
};

const SVEN_REGISTRATION: RegistrationData = {
  statusCode: '03',
  phone: '+358 50 234 5678',
  email: 'sven.testsson@example.fi',
  education: [
    { level: 'vocational', field: 'Grundexamen inom teknik, maskinmontör', institution: 'Yrkesinstitutet Prakticum', year: 1988 },
  ],
  workHistory: [
    { employer: 'Metallverkstad Nyberg Ab', title: 'Maskinmontör', start: '1988-08', end: '1999-12' },
    { employer: 'Esbo Maskin Oy', title: 'Montör, arbetsledare', start: '2000-01' },
  ],
  soughtWork: { occupations: ['Maskinmontör', 'Arbetsledare inom industrin'], regions: ['049', '091'], workTime: 'full-time' },
  goals: 'Jag är permitterad tills vidare och vill ha tillfälligt arbete tills jag kan återgå till min arbetsgivare.',
  benefit: { status: 'receiving', payerId: 'kela' },
};

const YRJO_REGISTRATION: RegistrationData = {
  statusCode: '02',
  phone: '+358 50 765 4321',
  email: 'yrjo.yrittaja@example.fi',
  education: [{ level: 'master', field: 'Tietotekniikka', institution: 'Tampereen yliopisto', year: 2001 }],
  workHistory: [{ employer: 'Ohjelmistotalo Kivi Oy', title: 'Ohjelmistokehittäjä', start: '2001-06', end: '2023-10' }],
  soughtWork: { occupations: ['Ohjelmistokehittäjä', 'Yrittäjä'], regions: ['837'], workTime: 'either' },
  goals: 'Suunnittelen oman ohjelmistoyrityksen perustamista ja haen starttirahaa.',
  benefit: { status: 'none' },
};

// She registered as unemployed; the office has since set her status to 11 (in training). Her sought
// regions are places she would work in, not where she lives, which her address block hides.
const TURVA_REGISTRATION: RegistrationData = {
  statusCode: '02',
  phone: '+358 44 987 6543',
  email: 'turva.testinen@example.fi',
  education: [{ level: 'upper-secondary', field: 'Ylioppilas', year: 2010 }],
  workHistory: [{ employer: 'Logistiikka Laine Oy', title: 'Varastotyöntekijä', start: '2012-05', end: '2024-09' }],
  soughtWork: { occupations: ['Logistiikkasuunnittelija', 'Varastoesihenkilö'], regions: ['091', '837'], workTime: 'full-time' },
  goals: 'Suoritan logistiikan työvoimakoulutusta ja haen sen jälkeen suunnittelutehtäviä.',
  benefit: { status: 'receiving', payerId: 'kela' },
};

const COMPLETED_ANSWERS: Record<'sven' | 'yrjo' | 'turva', AssessmentAnswers> = {
  sven: { situation: 'laid-off', 'help-needed': ['job-search'], 'full-time': 'yes', health: 'no', training: 'supplementary' },
  yrjo: {
    situation: 'unemployed-short',
    'help-needed': ['business'],
    'full-time': 'yes',
    health: 'no',
    training: 'no',
    'own-words': 'Neuvoja yrityksen perustamiseen.',
  },
  turva: {
    situation: 'unemployed-long',
    'help-needed': ['training', 'career-planning'],
    'full-time': 'yes',
    health: 'prefer-not-to-say',
    training: 'new-field',
  },
};

export interface SeedPersonIds {
  readonly tessa: string;
  readonly sven: string;
  readonly yrjo: string;
  readonly turva: string;
}

function at(now: Date, daysAgo: number): Date {
  return new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000);
}

export async function seedJobSearch(db: Database, persons: SeedPersonIds, now: Date): Promise<void> {
  await db
    .insert(jobSeekerStatuses)
    .values([...SEED_JOB_SEEKER_STATUSES])
    .onConflictDoNothing();
  await db
    .insert(handlers)
    .values([...SEED_HANDLERS])
    .onConflictDoNothing();
  await db
    .insert(handlerAreas)
    .values([...SEED_HANDLER_AREAS])
    .onConflictDoNothing();
  await db
    .insert(benefitPayers)
    .values([...SEED_BENEFIT_PAYERS])
    // Names follow the data (a fund renames itself: Yleinen työttömyyskassa YTK is YTK Työttömyyskassa
    // since 2022); the id, which notices and tokens use, stays.
    .onConflictDoUpdate({
      target: benefitPayers.id,
      set: { nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv`, nameEn: sql`excluded.name_en` },
    });
  await db
    .insert(assessmentQuestions)
    .values([...SEED_ASSESSMENT_QUESTIONS])
    .onConflictDoNothing();

  const ids = SEED_JOB_SEEKING_IDS;
  const day = (daysAgo: number) => helsinkiDate(at(now, daysAgo));
  const today = helsinkiDate(now);
  const yrjoEndReported = new Date(`${addDays(yrjoBusinessStart(today), -8)}T10:00:00+02:00`);
  const period = (id: string, personId: string, daysAgo: number, registration: RegistrationData) => ({
    id,
    personId,
    idempotencyKey: `seed-${id}`,
    receivedAt: at(now, daysAgo),
    startDate: day(daysAgo),
    statusCode: registration.statusCode,
    registration,
    benefitStatus: registration.benefit.status,
    payerId: registration.benefit.status === 'none' ? null : (registration.benefit.payerId ?? null),
    certificateReference: newCertificateReference(),
    updatedAt: at(now, daysAgo),
  });

  // Periods first: the rest refers to them. A period already there (the database was seeded before)
  // keeps its dates; so do the rows below, which conflict on their fixed ids.
  await db
    .insert(jobSeekingPeriods)
    .values([
      // Tessa: unemployed two weeks, a member of YTK who has applied for earnings-related benefit.
      period(ids.tessaPeriod, persons.tessa, 14, TESSA_REGISTRATION),
      // Sven: laid off for two months, basic benefit from Kela; reported a sickness in between.
      { ...period(ids.svenPeriod, persons.sven, 60, SVEN_REGISTRATION), updatedAt: at(now, 20) },
      // Yrjö: applied for the start-up grant while a job seeker; his job seeking ended the day before
      // his business became full-time, the grant's first day (startup-grant.ts), reported a week ahead.
      {
        ...period(ids.yrjoPeriod, persons.yrjo, 540, YRJO_REGISTRATION),
        endDate: addDays(yrjoBusinessStart(today), -1),
        endReason: 'business' as const,
        endDetails: 'Aloitin päätoimisen yritystoiminnan (Yrjön Koodipaja).',
        endReceivedAt: yrjoEndReported,
        endIdempotencyKey: `seed-end-${ids.yrjoPeriod}`,
        updatedAt: yrjoEndReported,
      },
      // Turva: in labour market training (status set by the office), benefit from Kela.
      { ...period(ids.turvaPeriod, persons.turva, 100, TURVA_REGISTRATION), statusCode: '11', updatedAt: at(now, 40) },
    ])
    .onConflictDoNothing();

  await db
    .insert(assessments)
    .values([
      // Tessa's is not answered yet, and due in two days: the front page must say so.
      { id: ids.tessaAssessment, periodId: ids.tessaPeriod, dueDate: addDays(day(0), 2) },
      {
        id: ids.svenAssessment,
        periodId: ids.svenPeriod,
        dueDate: addDays(day(60), 14),
        completedAt: at(now, 55),
        answers: COMPLETED_ANSWERS.sven,
        idempotencyKey: `seed-${ids.svenAssessment}`,
      },
      {
        id: ids.yrjoAssessment,
        periodId: ids.yrjoPeriod,
        dueDate: addDays(day(540), 14),
        completedAt: at(now, 535),
        answers: COMPLETED_ANSWERS.yrjo,
        idempotencyKey: `seed-${ids.yrjoAssessment}`,
      },
      {
        id: ids.turvaAssessment,
        periodId: ids.turvaPeriod,
        dueDate: addDays(day(100), 14),
        completedAt: at(now, 98),
        answers: COMPLETED_ANSWERS.turva,
        idempotencyKey: `seed-${ids.turvaAssessment}`,
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(jobSearchReports)
    .values({
      id: ids.svenSickness,
      personId: persons.sven,
      periodId: ids.svenPeriod,
      idempotencyKey: `seed-${ids.svenSickness}`,
      kind: 'sickness',
      startDate: day(21),
      endDate: day(14),
      details: { details: 'Influensa, läkarintyg finns.' },
      receivedAt: at(now, 20),
    })
    .onConflictDoNothing();

  // The notices those events made for the payers, oldest first as the outbox numbers them. No ids to
  // conflict on: the unique (period, event) and source report constraints keep a restart from adding
  // them again.
  await db
    .insert(payerNotices)
    .values([
      {
        personId: persons.turva,
        periodId: ids.turvaPeriod,
        payerId: 'kela',
        event: 'registration',
        startDate: day(100),
        endDate: null,
        details: { statusCode: '02', benefitStatus: 'receiving', workTime: 'full-time' },
        createdAt: at(now, 100),
      },
      {
        personId: persons.sven,
        periodId: ids.svenPeriod,
        payerId: 'kela',
        event: 'registration',
        startDate: day(60),
        endDate: null,
        details: { statusCode: '03', benefitStatus: 'receiving', workTime: 'full-time' },
        createdAt: at(now, 60),
      },
      {
        personId: persons.sven,
        periodId: ids.svenPeriod,
        payerId: 'kela',
        event: 'sickness',
        startDate: day(21),
        endDate: day(14),
        details: {},
        createdAt: at(now, 20),
        sourceReportId: ids.svenSickness,
      },
      {
        personId: persons.tessa,
        periodId: ids.tessaPeriod,
        payerId: 'ytk',
        event: 'registration',
        startDate: day(14),
        endDate: null,
        details: { statusCode: '02', benefitStatus: 'applied', workTime: 'full-time' },
        createdAt: at(now, 14),
      },
    ])
    .onConflictDoNothing();
}
