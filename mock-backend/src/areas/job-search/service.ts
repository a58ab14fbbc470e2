// Job seeking as the person sees it: the state (computed on every read from Helsinki's calendar, so
// an end date ahead ends it on its day without any timer), the assessment with its questions, one
// change report, the certificate and the front page's current items. The reports that change job
// seeking are in reports-service.ts.
import { API_ERROR_CODES, LOCALES, type CurrentItem, type Locale, type LocalizedText } from '@portal/shared-contracts';
import {
  type Assessment,
  type AssessmentState,
  type Certificate,
  type ChangeReportSummary,
  type Handler,
  type JobSearch,
  type JobSeekerStatus,
  type JobSeekingPeriod,
  type PayerNoticeSummary,
} from '@portal/shared-contracts/job-search';
import { dateAtNoon, helsinkiDate } from '../../platform/calendar.js';
import {
  findAssessment,
  findReport,
  findReportNotice,
  isActive,
  listPeriods,
  listReports,
  reportNoticesOfPeriod,
  type AssessmentRow,
  type NoticeWithPayer,
  type PeriodRow,
  type ReportRow,
} from './store.js';
import { findHandlerFor, findPayer, listQuestions, statusesByCode } from './reference-store.js';
import type { Person } from '../profile/store.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { formatDate } from '../../platform/i18n.js';
import { NATIONAL_SERVICE_LINE } from '../../platform/service-line.js';

const AREA = 'job-search';

/**
 * Under an address block the handler would tell where the person lives (it follows from the home
 * municipality), so only the national service line is given, in every answer that names a handler.
 */
export const PROTECTED_HANDLER: Handler = {
  kind: 'protected',
  phone: NATIONAL_SERVICE_LINE.phone,
  name: NATIONAL_SERVICE_LINE.name,
};

/** Who handles the person's job seeking on the given day (Helsinki's), or null if the data names nobody. */
export async function handlerOf(db: Database, person: Person, day: string): Promise<Handler | null> {
  if (person.addressProtected) return PROTECTED_HANDLER;
  return (await findHandlerFor(db, person.homeMunicipalityCode, day)) ?? null;
}

export function noticeSummary(item: NoticeWithPayer): PayerNoticeSummary {
  return { id: String(item.notice.id), payer: item.payer, createdAt: item.notice.createdAt.toISOString() };
}

export function reportSummary(report: ReportRow, notice: NoticeWithPayer | undefined): ChangeReportSummary {
  return {
    id: report.id,
    kind: report.kind,
    receivedAt: report.receivedAt.toISOString(),
    startDate: report.startDate,
    endDate: report.endDate,
    payerNotice: notice ? noticeSummary(notice) : null,
  };
}

/** Late once its due date has passed unanswered; answers are still taken then, and marked by the date. */
export function assessmentState(assessment: Pick<AssessmentRow, 'completedAt' | 'dueDate'>, today: string): AssessmentState {
  if (assessment.completedAt !== null) return 'completed';
  return assessment.dueDate < today ? 'overdue' : 'open';
}

function toPeriod(period: PeriodRow, statuses: ReadonlyMap<string, JobSeekerStatus>): JobSeekingPeriod {
  const status = statuses.get(period.statusCode);
  // The foreign key guarantees the status exists; a missing one is a broken database, not bad input.
  if (!status) throw new Error(`Job-seeker status ${period.statusCode} of period ${period.id} is missing`);
  return {
    id: period.id,
    startDate: period.startDate,
    endDate: period.endDate,
    endReason: period.endReason,
    status: { code: status.code, label: status.label },
  };
}

/** GET /api/job-search's answer, also the `jobSearch` of every receipt. `today` is Helsinki's. */
export async function toJobSearch(db: Database, person: Person, today: string): Promise<JobSearch> {
  const [periods, statuses, handler] = await Promise.all([listPeriods(db, person.id), statusesByCode(db), handlerOf(db, person, today)]);
  const [latest, ...earlier] = periods;
  if (!latest) {
    return {
      state: 'not-registered',
      period: null,
      earlierPeriods: [],
      handler,
      registration: null,
      payer: null,
      assessment: null,
      changes: [],
      updatedAt: null,
    };
  }
  const active = isActive(latest, today);
  const [assessment, reports, notices, payer] = await Promise.all([
    active ? findAssessment(db, latest.id) : undefined,
    listReports(db, latest.id),
    reportNoticesOfPeriod(db, latest.id),
    latest.benefitStatus !== 'none' && latest.payerId !== null ? findPayer(db, latest.payerId) : undefined,
  ]);
  return {
    state: active ? 'active' : 'ended',
    period: toPeriod(latest, statuses),
    earlierPeriods: earlier.map((period) => toPeriod(period, statuses)),
    handler,
    registration: latest.registration,
    payer: payer ?? null,
    assessment: assessment
      ? {
          state: assessmentState(assessment, today),
          dueDate: assessment.dueDate,
          completedAt: assessment.completedAt?.toISOString() ?? null,
        }
      : null,
    changes: reports.map((report) => reportSummary(report, notices.get(report.id))),
    updatedAt: latest.updatedAt.toISOString(),
  };
}

/** The latest period, if job seeking is valid today. */
export async function activePeriod(db: Database, personId: string, today: string): Promise<PeriodRow | undefined> {
  const [latest] = await listPeriods(db, personId);
  return latest && isActive(latest, today) ? latest : undefined;
}

// ---------------------------------------------------------------------------------------------
// Current items

const localized = (texts: Record<Locale, (date: string) => string>, day: string): LocalizedText => {
  const date = dateAtNoon(day);
  return Object.fromEntries(LOCALES.map((locale) => [locale, texts[locale](formatDate(date, locale))])) as LocalizedText;
};

const ASSESSMENT_TITLE: Record<'open' | 'overdue', LocalizedText> = {
  open: {
    fi: 'Vastaa palvelutarvekysymyksiin',
    sv: 'Besvara frågorna om servicebehov',
    en: 'Answer the service-need questions',
  },
  overdue: {
    fi: 'Palvelutarvekysymykset ovat myöhässä – vastaa nyt',
    sv: 'Frågorna om servicebehov är försenade – svara nu',
    en: 'The service-need questions are overdue – answer now',
  },
};

// No date here: the item's dueDate is shown beside it, with the days left.
const ASSESSMENT_DESCRIPTION: Record<'open' | 'overdue', LocalizedText> = {
  open: {
    fi: 'Vastauksesi auttavat löytämään sinulle sopivat palvelut.',
    sv: 'Dina svar hjälper oss att hitta tjänster som passar dig.',
    en: 'Your answers help us find the services that suit you.',
  },
  overdue: {
    fi: 'Voit vastata vielä. Tee se mahdollisimman pian.',
    sv: 'Du kan fortfarande svara. Gör det så snart som möjligt.',
    en: 'You can still answer. Please do so as soon as possible.',
  },
};

const VALID_TITLE: LocalizedText = {
  fi: 'Työnhakusi on voimassa',
  sv: 'Ditt arbetssökande är i kraft',
  en: 'Your job seeking is valid',
};

const VALID_SINCE = {
  fi: (date: string) => `Työnhakusi alkoi ${date}.`,
  sv: (date: string) => `Ditt arbetssökande började ${date}.`,
  en: (date: string) => `Your job seeking started on ${date}.`,
} as const;

const VALID_UNTIL = {
  fi: (date: string) => `Viimeinen voimassaolopäivä on ${date}.`,
  sv: (date: string) => `Sista giltighetsdagen är ${date}.`,
  en: (date: string) => `The last day it is valid is ${date}.`,
} as const;

/**
 * What job seeking puts on the front page: an unanswered assessment as an unfinished form with its
 * deadline (the failure the seed names: a form due in two days that nobody was told about), and
 * whether job seeking is valid and since when. Nothing once it has ended or was never started.
 */
export function jobSearchCurrentItems(jobSearch: JobSearch): CurrentItem[] {
  if (jobSearch.state !== 'active' || !jobSearch.period) return [];
  const items: CurrentItem[] = [];
  const { assessment, period } = jobSearch;
  if (assessment && assessment.state !== 'completed') {
    items.push({
      id: 'job-search-assessment',
      area: AREA,
      kind: 'unfinished-form',
      title: ASSESSMENT_TITLE[assessment.state],
      description: ASSESSMENT_DESCRIPTION[assessment.state],
      dueDate: assessment.dueDate,
      href: '/job-search/assessment',
      urgency: 'action',
    });
  }
  const since = localized(VALID_SINCE, period.startDate);
  const until = period.endDate === null ? undefined : localized(VALID_UNTIL, period.endDate);
  items.push({
    id: 'job-search-valid',
    area: AREA,
    kind: 'status',
    title: VALID_TITLE,
    description: until
      ? (Object.fromEntries(LOCALES.map((locale) => [locale, `${since[locale]} ${until[locale]}`])) as LocalizedText)
      : since,
    href: '/job-search',
    urgency: 'info',
  });
  return items;
}

// ---------------------------------------------------------------------------------------------
// One thing each: the assessment, a change report, the certificate

function notFound(message: string): never {
  throw httpError(404, API_ERROR_CODES.notFound, message);
}

/** The service-need assessment of the valid period, with its questions; a 404 without one. */
export async function assessmentOf(db: Database, personId: string, today: string): Promise<Assessment> {
  const period = await activePeriod(db, personId, today);
  const assessment = period ? await findAssessment(db, period.id) : undefined;
  if (!assessment) notFound('There is no service-need assessment: job seeking is not valid.');
  return {
    state: assessmentState(assessment, today),
    dueDate: assessment.dueDate,
    completedAt: assessment.completedAt?.toISOString() ?? null,
    questions: await listQuestions(db),
    answers: assessment.answers,
  };
}

/** One change report of the person with its payer notice; a 404 otherwise. */
export async function changeReportOf(db: Database, personId: string, id: string): Promise<ChangeReportSummary> {
  // Another person's report is as absent as one that never was: its id cannot even be confirmed.
  const report = await findReport(db, personId, id);
  if (!report) notFound('No such change report.');
  return reportSummary(report, await findReportNotice(db, report.id));
}

/** The certificate of valid job seeking, issued now; a 404 when job seeking is not valid. */
export async function certificateOf(db: Database, person: Person, now: Date): Promise<Certificate> {
  const today = helsinkiDate(now);
  const period = await activePeriod(db, person.id, today);
  if (!period) notFound('Job seeking is not valid, so there is no certificate of it.');
  const status = (await statusesByCode(db)).get(period.statusCode);
  if (!status) throw new Error(`Job-seeker status ${period.statusCode} of period ${period.id} is missing`);
  return {
    // The official names, as on any certificate; the name the person goes by is not enough.
    fullName: `${person.firstNames} ${person.lastName}`,
    henkilotunnus: person.hetu,
    birthDate: person.birthDate,
    startDate: period.startDate,
    status: { code: status.code, label: status.label },
    handler: await handlerOf(db, person, today),
    issuedAt: now.toISOString(),
    reference: period.certificateReference,
  };
}
