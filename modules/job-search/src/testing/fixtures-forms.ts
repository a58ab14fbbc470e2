import type { Assessment, AssessmentQuestion, JobSearch, JobSearchReceipt } from '@portal/shared-contracts/job-search';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';
import { activeWithAssessment, activeWithReports, fund, kela } from './fixtures.js';

// Fixtures of the assessment, change and end forms (beside fixtures.ts, which part 1 owns). The
// questions follow the backend's seed (mock-backend/src/storage/seeds/job-search.ts), shortened: one of
// each kind, a help text, and an optional text question with a small limit a test can exceed.

const today = helsinkiToday();

export const assessmentQuestions: AssessmentQuestion[] = [
  {
    id: 'situation',
    kind: 'single',
    text: { fi: 'Mikä kuvaa tilannettasi parhaiten?', sv: 'Vad beskriver din situation bäst?', en: 'What best describes your situation?' },
    required: true,
    options: [
      {
        id: 'unemployed-short',
        label: {
          fi: 'Olen ollut työttömänä alle 3 kuukautta',
          sv: 'Jag har varit arbetslös i mindre än 3 månader',
          en: 'I have been unemployed for less than 3 months',
        },
      },
      { id: 'laid-off', label: { fi: 'Olen lomautettuna', sv: 'Jag är permitterad', en: 'I am laid off' } },
      {
        id: 'employed',
        label: {
          fi: 'Olen työssä ja etsin uutta työtä',
          sv: 'Jag arbetar och söker nytt arbete',
          en: 'I am employed and looking for a new job',
        },
      },
    ],
  },
  {
    id: 'help-needed',
    kind: 'multiple',
    text: {
      fi: 'Missä tarvitset apua työllistymiseen?',
      sv: 'Vad behöver du hjälp med för att få arbete?',
      en: 'What do you need help with to find work?',
    },
    help: { fi: 'Valitse kaikki sopivat.', sv: 'Välj alla som passar.', en: 'Choose all that apply.' },
    required: true,
    options: [
      {
        id: 'job-search',
        label: { fi: 'Työpaikkojen etsiminen ja hakeminen', sv: 'Att hitta och söka jobb', en: 'Finding and applying for jobs' },
      },
      { id: 'cv', label: { fi: 'Ansioluettelo ja työhakemus', sv: 'Meritförteckning och arbetsansökan', en: 'CV and job applications' } },
      {
        id: 'training',
        label: { fi: 'Koulutukseen hakeutuminen', sv: 'Att söka till utbildning', en: 'Applying for training or education' },
      },
    ],
  },
  {
    id: 'own-words',
    kind: 'text',
    text: {
      fi: 'Mikä auttaisi sinua parhaiten työllistymään? Kerro omin sanoin.',
      sv: 'Vad skulle bäst hjälpa dig att få arbete? Berätta med egna ord.',
      en: 'What would help you most to find work? Tell us in your own words.',
    },
    required: false,
    maxLength: 50,
  },
];

/** Tessa's assessment: due in two days, not answered. */
export const openAssessment: Assessment = {
  state: 'open',
  dueDate: addDays(today, 2),
  completedAt: null,
  questions: assessmentQuestions,
  answers: null,
};

/** Turva's: three days late, still answerable. */
export const overdueAssessment: Assessment = { ...openAssessment, state: 'overdue', dueDate: addDays(today, -3) };

/** Sven's: answered on 10.9.2026. */
export const completedAssessment: Assessment = {
  state: 'completed',
  dueDate: '2026-09-15',
  completedAt: '2026-09-10T09:30:00.000Z',
  questions: assessmentQuestions,
  answers: { situation: 'laid-off', 'help-needed': ['cv', 'training'], 'own-words': 'Kielikurssi' },
};

/** The state after the answers: the assessment completed. */
export const assessmentReceipt: JobSearchReceipt = {
  id: 'as-1',
  kind: 'assessment',
  receivedAt: '2026-11-25T10:00:00.000Z',
  payerNotice: null,
  jobSearch: {
    ...activeWithAssessment,
    assessment: { state: 'completed', dueDate: addDays(today, 2), completedAt: '2026-11-25T10:00:00.000Z' },
    updatedAt: '2026-11-25T10:00:00.000Z',
  },
};

/** Active job seeking without a benefit payer: reports make no notice. */
export const activeWithoutPayer: JobSearch = {
  ...activeWithReports,
  registration: { ...activeWithReports.registration!, benefit: { status: 'none' } },
  payer: null,
};

/** Active job seeking whose end has already been reported (the last day ahead). */
export const activeEnding: JobSearch = {
  ...activeWithReports,
  period: { ...activeWithReports.period!, endDate: addDays(today, 10), endReason: 'employed' },
};

/** A change report received, with the notice made for Kela. */
export const changeReceipt: JobSearchReceipt = {
  id: 'ch-3',
  kind: 'change',
  receivedAt: '2026-11-25T10:00:00.000Z',
  payerNotice: { id: 'n-3', payer: kela, createdAt: '2026-11-25T10:00:01.000Z' },
  jobSearch: {
    ...activeWithReports,
    changes: [
      {
        id: 'ch-3',
        kind: 'work',
        receivedAt: '2026-11-25T10:00:00.000Z',
        startDate: today,
        endDate: null,
        payerNotice: { id: 'n-3', payer: kela, createdAt: '2026-11-25T10:00:01.000Z' },
      },
      ...activeWithReports.changes,
    ],
    updatedAt: '2026-11-25T10:00:01.000Z',
  },
};

/** Job seeking ended today, with the notice made for the fund. */
export const endReceipt: JobSearchReceipt = {
  id: 'p-tessa',
  kind: 'end',
  receivedAt: '2026-11-25T10:00:00.000Z',
  payerNotice: { id: 'n-4', payer: fund, createdAt: '2026-11-25T10:00:01.000Z' },
  jobSearch: {
    ...activeWithAssessment,
    state: 'active',
    period: { ...activeWithAssessment.period!, endDate: today, endReason: 'employed' },
    updatedAt: '2026-11-25T10:00:01.000Z',
  },
};
