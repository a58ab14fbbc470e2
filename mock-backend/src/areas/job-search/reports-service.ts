// The reports that change job seeking: registering (POST /api/job-search/registration), answering
// the service-need assessment, reporting a change and ending it. Each is the profile change report's
// pattern: the contract's schema with its codes, an Idempotency-Key (a retry gets the first receipt,
// one record), the person's row locked for the write, and `basedOn` against lost updates. A report
// by a person who applied for or receives benefit also makes a notice in the payer's outbox, in the
// same transaction, so there is never a report without its notice or the other way round.
import { API_ERROR_CODES } from '@portal/shared-contracts';
import {
  JOB_SEARCH_ERRORS as E,
  OTHER_FUND,
  REPORT_WINDOW_DAYS,
  checkAssessmentAnswers,
  type AssessmentAnswers,
  type ChangeReportRequest,
  type EndRequest,
  type RegistrationRequest,
  type RegistrationData,
} from '@portal/shared-contracts/job-search';
import { addDays, helsinkiDate, isCalendarDate, withinDaysOf } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import {
  completeAssessment,
  endPeriod,
  findAssessment,
  findAssessmentByKey,
  findPeriodByEndKey,
  findPeriodByKey,
  findPeriodNotice,
  findReportByKey,
  findReportNotice,
  insertAssessment,
  insertNotice,
  insertPeriod,
  insertReport,
  isActive,
  listPeriods,
  newCertificateReference,
  nextUpdatedAt,
  touchPeriod,
  type AssessmentRow,
  type PeriodRow,
  type ReportRow,
} from './store.js';
import { ABROAD_COUNTRY_CODES, findPayer, listQuestions, statusesByCode, validMunicipalityCodes } from './reference-store.js';
import type { Person } from '../profile/store.js';
import { withPersonLocked } from '../profile/changes-store.js';
import type { JobSearchReportDetails } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { type IssueDetails } from '../../platform/validation.js';
import { reportOutcome, type JobSearchReportsOptions, type Outcome, type ReportOutcome } from './reports-receipt.js';

export type { JobSearchReportsOptions, ReportOutcome };
import {
  STALE,
  assertStorable,
  conflict,
  instant,
  normalizedAnswers,
  payerDetails,
  reportDetails,
  validationFailed,
} from './reports-checks.js';

// ---------------------------------------------------------------------------------------------
// Registration

/** The benefit as stored: only what its status and payer mean (a name typed for a listed fund is no fund's). */
function storedBenefit(benefit: RegistrationRequest['benefit']): RegistrationData['benefit'] {
  // A payer named with "no benefit" is no payer: nothing will ever be sent to it.
  if (benefit.status === 'none') return { status: 'none' };
  if (benefit.payerId === OTHER_FUND) return { status: benefit.status, payerId: OTHER_FUND, otherFundName: benefit.otherFundName ?? '' };
  return { status: benefit.status, ...(benefit.payerId !== undefined ? { payerId: benefit.payerId } : {}) };
}

/** Where work is sought, without the choices that say nothing (not anywhere; any country's list). */
function storedSoughtWork(work: RegistrationRequest['soughtWork']): RegistrationData['soughtWork'] {
  return {
    occupations: work.occupations,
    regions: work.regions,
    ...(work.anywhereInFinland === true ? { anywhereInFinland: true } : {}),
    ...(work.abroad
      ? { abroad: { anyCountry: work.abroad.anyCountry, countries: work.abroad.anyCountry ? [] : work.abroad.countries } }
      : {}),
    workTime: work.workTime,
  };
}

/**
 * The registration as stored, checked against what the schema cannot know: the reference data as
 * it is on `day` (a municipality merged away is no longer a choice).
 */
async function checkedRegistration(db: Database, request: RegistrationRequest, day: string): Promise<RegistrationData> {
  const data: RegistrationData = {
    statusCode: request.statusCode,
    phone: request.phone,
    ...(request.email !== undefined ? { email: request.email } : {}),
    education: request.education,
    workHistory: request.workHistory,
    soughtWork: storedSoughtWork(request.soughtWork),
    goals: request.goals,
    benefit: storedBenefit(request.benefit),
  };
  assertStorable('registration', data);

  // The references the schema cannot know: they are data (reference data of the form).
  const payerId = data.benefit.payerId;
  const [statuses, known, payer] = await Promise.all([
    statusesByCode(db),
    validMunicipalityCodes(db, data.soughtWork.regions, day),
    payerId !== undefined && payerId !== OTHER_FUND ? findPayer(db, payerId) : undefined,
  ]);
  const issues: IssueDetails = [];
  if (!statuses.get(data.statusCode)?.selfSelectable) issues.push({ path: 'statusCode', message: E.statusRequired });
  data.soughtWork.regions.forEach((code, index) => {
    if (!known.has(code)) issues.push({ path: `soughtWork.regions.${index}`, message: E.regionsRequired });
  });
  data.soughtWork.abroad?.countries.forEach((code, index) => {
    if (!ABROAD_COUNTRY_CODES.includes(code)) issues.push({ path: `soughtWork.abroad.countries.${index}`, message: E.countriesRequired });
  });
  if (data.benefit.status !== 'none' && payerId !== OTHER_FUND && !payer) issues.push({ path: 'benefit.payerId', message: E.fundRequired });
  if (issues.length > 0) validationFailed('registration', issues);
  return data;
}

interface RegistrationWrite {
  readonly person: Person;
  readonly key: string;
  readonly data: RegistrationData;
  readonly basedOn: number | null;
  readonly now: Date;
  readonly assessmentDueDays: number;
}

async function recordRegistration(
  db: Database,
  { person, key, data, basedOn, now, assessmentDueDays }: RegistrationWrite,
): Promise<Outcome<PeriodRow>> {
  // Job seeking starts on the day the registration arrives, in Finland's calendar; never earlier.
  const today = helsinkiDate(now);
  return withPersonLocked(db, person.id, async (tx): Promise<Outcome<PeriodRow>> => {
    // The key first: the retry of a registration that went through must get its receipt, though
    // that registration itself made job seeking active.
    const first = await findPeriodByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', record: first };
    const [latest] = await listPeriods(tx, person.id);
    if (latest && isActive(latest, today)) conflict('Job seeking is already valid; a new registration can be made once it has ended.');
    if ((latest?.updatedAt.getTime() ?? null) !== basedOn) conflict(STALE);
    const period = await insertPeriod(tx, {
      personId: person.id,
      idempotencyKey: key,
      receivedAt: now,
      startDate: today,
      statusCode: data.statusCode,
      registration: data,
      benefitStatus: data.benefit.status,
      // An "other" fund is no payer row: the name is kept, and no notice is made (nobody reads it).
      payerId: data.benefit.status === 'none' || data.benefit.payerId === OTHER_FUND ? null : (data.benefit.payerId ?? null),
      otherFundName: data.benefit.payerId === OTHER_FUND ? (data.benefit.otherFundName ?? null) : null,
      certificateReference: newCertificateReference(),
      // Later than the ended period's token, so a form based on that one cannot pass for current.
      updatedAt: nextUpdatedAt(latest?.updatedAt, now),
    });
    if (!period) {
      // Only if the row lock were bypassed: the unique key refused a second record; its receipt is the answer.
      const winner = await findPeriodByKey(tx, person.id, key);
      if (!winner) throw new Error('An idempotency key conflicted, but no period has it');
      return { kind: 'replayed', record: winner };
    }
    await insertAssessment(tx, period.id, addDays(today, assessmentDueDays));
    if (period.payerId !== null) {
      await insertNotice(tx, {
        personId: person.id,
        periodId: period.id,
        payerId: period.payerId,
        event: 'registration',
        startDate: period.startDate,
        endDate: null,
        details: { statusCode: data.statusCode, benefitStatus: data.benefit.status, workTime: data.soughtWork.workTime },
        createdAt: now,
      });
    }
    return { kind: 'created', record: period };
  });
}

/** Registering as a job seeker (POST /api/job-search/registration). */
export async function register(
  db: Database,
  person: Person,
  request: RegistrationRequest,
  key: string,
  clock: Clock,
  options: JobSearchReportsOptions,
): Promise<ReportOutcome> {
  const now = clock();
  const data = await checkedRegistration(db, request, helsinkiDate(now));
  const basedOn = instant('registration', request.basedOn);
  const outcome = await recordRegistration(db, { person, key, data, basedOn, now, assessmentDueDays: options.assessmentDueDays });

  return reportOutcome(db, person, now, outcome, async (period) => ({
    kind: 'registration',
    id: period.id,
    receivedAt: period.receivedAt,
    notice: await findPeriodNotice(db, period.id, 'registration'),
  }));
}

// ---------------------------------------------------------------------------------------------
// The service-need assessment

/** Answering the service-need questions (POST /api/job-search/assessment). */
export async function answerAssessment(
  db: Database,
  person: Person,
  sent: AssessmentAnswers,
  key: string,
  clock: Clock,
): Promise<ReportOutcome> {
  // The same check the form makes, against the questions as they are now; paths name the body's
  // place (`answers.<question>`), as the schema's own issues do.
  const issues = checkAssessmentAnswers(await listQuestions(db), sent);
  if (issues.length > 0)
    validationFailed(
      'assessment',
      issues.map(({ path, message }) => ({ path: `answers.${path}`, message })),
    );
  const answers = normalizedAnswers(sent);
  assertStorable('assessment', { answers });

  const now = clock();
  const today = helsinkiDate(now);
  const outcome = await withPersonLocked(db, person.id, async (tx): Promise<Outcome<AssessmentRow>> => {
    const first = await findAssessmentByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', record: first };
    const [latest] = await listPeriods(tx, person.id);
    const assessment = latest && isActive(latest, today) ? await findAssessment(tx, latest.id) : undefined;
    if (!assessment) throw httpError(404, API_ERROR_CODES.notFound, 'There is no service-need assessment: job seeking is not valid.');
    if (assessment.completedAt !== null) conflict('The service-need questions have already been answered.');
    const completed = await completeAssessment(tx, assessment.id, { answers, completedAt: now, idempotencyKey: key });
    if (!completed) throw new Error('An open assessment could not be completed under the row lock');
    return { kind: 'created', record: completed };
  });

  return reportOutcome(db, person, now, outcome, (assessment) => ({
    kind: 'assessment',
    id: assessment.id,
    receivedAt: assessment.completedAt ?? now,
    // The answers are for the office, not the payer.
    notice: undefined,
  }));
}

// ---------------------------------------------------------------------------------------------
// A change

async function recordChange(
  db: Database,
  person: Person,
  key: string,
  request: ChangeReportRequest,
  checked: { readonly details: JobSearchReportDetails; readonly basedOn: number | null; readonly now: Date },
): Promise<Outcome<ReportRow>> {
  const { details, basedOn, now } = checked;
  const today = helsinkiDate(now);
  return withPersonLocked(db, person.id, async (tx): Promise<Outcome<ReportRow>> => {
    const first = await findReportByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', record: first };
    const [period] = await listPeriods(tx, person.id);
    if (!period || !isActive(period, today)) conflict('Job seeking is not valid, so there is nothing to report a change to.');
    if (period.updatedAt.getTime() !== basedOn) conflict(STALE);
    if (request.startDate < period.startDate) validationFailed('change', [{ path: 'startDate', message: E.dateBeforeJobSeeking }]);
    const report = await insertReport(tx, {
      personId: person.id,
      periodId: period.id,
      idempotencyKey: key,
      kind: request.kind,
      startDate: request.startDate,
      endDate: 'endDate' in request ? (request.endDate ?? null) : null,
      details,
      receivedAt: now,
    });
    if (!report) {
      const winner = await findReportByKey(tx, person.id, key);
      if (!winner) throw new Error('An idempotency key conflicted, but no report has it');
      return { kind: 'replayed', record: winner };
    }
    if (period.benefitStatus !== 'none' && period.payerId !== null) {
      await insertNotice(tx, {
        personId: person.id,
        periodId: period.id,
        payerId: period.payerId,
        event: report.kind,
        startDate: report.startDate,
        endDate: report.endDate,
        details: payerDetails(request),
        createdAt: now,
        sourceReportId: report.id,
      });
    }
    await touchPeriod(tx, period.id, now);
    return { kind: 'created', record: report };
  });
}

/** Reporting a change of job seeking (POST /api/job-search/changes). */
export async function reportChange(
  db: Database,
  person: Person,
  request: ChangeReportRequest,
  key: string,
  clock: Clock,
): Promise<ReportOutcome> {
  const now = clock();
  const today = helsinkiDate(now);
  // isoDate checks only the shape ("2026-02-30" passes); PostgreSQL would refuse the day with a 500.
  const issues: IssueDetails = [];
  if (!isCalendarDate(request.startDate)) issues.push({ path: 'startDate', message: E.dateInvalid });
  else if (!withinDaysOf(request.startDate, today, REPORT_WINDOW_DAYS)) issues.push({ path: 'startDate', message: E.dateRange });
  if ('endDate' in request && request.endDate !== undefined && !isCalendarDate(request.endDate)) {
    issues.push({ path: 'endDate', message: E.dateInvalid });
  }
  if (issues.length > 0) validationFailed('change', issues);
  const details = reportDetails(request);
  assertStorable('change', details);
  const basedOn = instant('change', request.basedOn);

  const outcome = await recordChange(db, person, key, request, { details, basedOn, now });

  return reportOutcome(db, person, now, outcome, async (report) => ({
    kind: 'change',
    id: report.id,
    receivedAt: report.receivedAt,
    notice: await findReportNotice(db, report.id),
  }));
}

// ---------------------------------------------------------------------------------------------
// The end

/** Ending job seeking (POST /api/job-search/end). */
export async function endJobSeeking(db: Database, person: Person, request: EndRequest, key: string, clock: Clock): Promise<ReportOutcome> {
  const now = clock();
  const today = helsinkiDate(now);
  if (!isCalendarDate(request.date)) validationFailed('end', [{ path: 'date', message: E.dateInvalid }]);
  if (!withinDaysOf(request.date, today, REPORT_WINDOW_DAYS)) validationFailed('end', [{ path: 'date', message: E.dateRange }]);
  assertStorable('end', { details: request.details });
  const basedOn = instant('end', request.basedOn);

  const outcome = await withPersonLocked(db, person.id, async (tx): Promise<Outcome<PeriodRow>> => {
    const first = await findPeriodByEndKey(tx, person.id, key);
    if (first) return { kind: 'replayed', record: first };
    const [period] = await listPeriods(tx, person.id);
    if (!period || !isActive(period, today)) conflict('Job seeking is not valid, so it cannot be ended.');
    // An end date ahead keeps job seeking valid until then; moving it is for the office to do.
    if (period.endDate !== null) conflict('The end of job seeking has already been reported.');
    if (period.updatedAt.getTime() !== basedOn) conflict(STALE);
    if (request.date < period.startDate) validationFailed('end', [{ path: 'date', message: E.endBeforeStart }]);
    const ended = await endPeriod(tx, period.id, {
      endDate: request.date,
      endReason: request.reason,
      endDetails: request.details || null,
      endReceivedAt: now,
      endIdempotencyKey: key,
    });
    if (!ended) throw new Error('A period could not be ended under the row lock');
    if (ended.benefitStatus !== 'none' && ended.payerId !== null) {
      // The period as the payer needs it: from its start to its last day, and why it ended.
      await insertNotice(tx, {
        personId: person.id,
        periodId: ended.id,
        payerId: ended.payerId,
        event: 'end',
        startDate: ended.startDate,
        endDate: request.date,
        details: { reason: request.reason },
        createdAt: now,
      });
    }
    return { kind: 'created', record: ended };
  });

  return reportOutcome(db, person, now, outcome, async (period) => ({
    kind: 'end',
    id: period.id,
    receivedAt: period.endReceivedAt ?? now,
    notice: await findPeriodNotice(db, period.id, 'end'),
  }));
}
