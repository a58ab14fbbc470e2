// The job-search obligation (työnhakuvelvollisuus) of the plan in force: its review periods (calendar
// months cut to the plan's validity, in Finland's calendar), the applications reported in each, what
// is still due, reporting one (idempotent by key, the plan's row locked), and the front page's item.
// The number required per period is the plan's data (`applications_per_period`), never code.
import { API_ERROR_CODES, parseOrThrow, type CurrentItem } from '@portal/shared-contracts';
import { PLAN_ERRORS as E, PLAN_PATHS as PATHS, type PlanOverview } from '@portal/shared-contracts/plan';
import {
  JobApplicationReceiptSchema,
  JobSearchObligationSchema,
  type JobApplication,
  type JobApplicationReceipt,
  type JobApplicationReport,
  type JobSearchObligation,
  type ObligationPeriod,
} from '@portal/shared-contracts/plan-obligation';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import type { Person } from '../profile/store.js';
import {
  findApplicationByKey,
  findPlan,
  insertApplication,
  listApplications,
  listPlans,
  lockPlan,
  type JobApplicationRow,
  type PlanRow,
} from './store.js';

const AREA = 'plan';
/** Where the person reports an application: the module's page, and the legacy page at the same URL. */
export const OBLIGATION_HREF = `/${AREA}/job-search`;

interface Period {
  readonly start: string;
  readonly end: string;
}

/** The calendar month of a yyyy-mm-dd day. */
export function monthOf(day: string): Period {
  const start = `${day.slice(0, 7)}-01`;
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  // Day 0 of the next month is the last day of this one.
  const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { start, end };
}

/** The review period holding `day`: its calendar month, cut to the plan's validity. */
export function periodOf(plan: Pick<PlanRow, 'validFrom' | 'validUntil'>, day: string): Period {
  const month = monthOf(day);
  const start = month.start < plan.validFrom ? plan.validFrom : month.start;
  const end = plan.validUntil !== null && plan.validUntil < month.end ? plan.validUntil : month.end;
  return { start, end };
}

/** Every review period of the plan from its first day to today (or its last day, if that came first), oldest first. */
export function periodsUpTo(plan: Pick<PlanRow, 'validFrom' | 'validUntil'>, today: string): Period[] {
  const last = plan.validUntil !== null && plan.validUntil < today ? plan.validUntil : today;
  const periods: Period[] = [];
  for (let day = plan.validFrom; day <= last; day = addDays(monthOf(day).end, 1)) periods.push(periodOf(plan, day));
  return periods;
}

/** The plan whose obligation applies: the accepted one (a proposal or a returned draft binds nobody). */
function planInForce(plans: readonly PlanRow[]): PlanRow | undefined {
  return plans.find((plan) => plan.state === 'accepted');
}

/** An application as the API and the own-data export give it. */
export function toApplication(row: JobApplicationRow): JobApplication {
  return {
    id: row.id,
    employer: row.employer,
    job: row.job,
    appliedOn: row.appliedOn,
    method: row.method,
    reportedAt: row.reportedAt.toISOString(),
    late: row.late,
  };
}

/** What the obligation needs of its plan: a row, or the overview's DTO of it. */
type ObligationPlan = Pick<PlanRow, 'id' | 'validFrom' | 'validUntil' | 'applicationsPerPeriod'>;

function obligationOf(plan: ObligationPlan | undefined, rows: readonly JobApplicationRow[], today: string): JobSearchObligation {
  if (!plan) return { planId: null, applicationsPerPeriod: 0, current: null, earlier: [] };
  const required = plan.applicationsPerPeriod;
  const periods = periodsUpTo(plan, today).map((period): ObligationPeriod => {
    // Newest first within the period, as every list of the portal.
    const applications = rows
      .filter((row) => row.appliedOn >= period.start && row.appliedOn <= period.end)
      .map(toApplication)
      .sort((a, b) => b.appliedOn.localeCompare(a.appliedOn) || b.reportedAt.localeCompare(a.reportedAt));
    const reported = applications.length;
    return { ...period, required, reported, due: Math.max(0, required - reported), closed: today > period.end, applications };
  });
  const last = periods.at(-1);
  const current = last && !last.closed ? last : null;
  const earlier = periods.filter((period) => period !== current).reverse();
  return parseOrThrow(
    JobSearchObligationSchema,
    { planId: plan.id, applicationsPerPeriod: required, current, earlier },
    `GET ${PATHS.obligation}`,
  );
}

/**
 * The obligation of the plan in force among an overview's plans, without reading the plans again
 * (the front page's current items have the overview already).
 */
export async function obligationOfOverview(db: Database, overview: PlanOverview, today: string): Promise<JobSearchObligation> {
  const inForce = [overview.current, ...overview.earlier].find((plan) => plan?.state === 'accepted') ?? undefined;
  const plan = inForce && {
    id: inForce.id,
    validFrom: inForce.validFrom,
    validUntil: inForce.validUntil,
    applicationsPerPeriod: inForce.jobSearchObligation.applicationsPerPeriod,
  };
  return obligationOf(plan, plan ? await listApplications(db, plan.id) : [], today);
}

/** The obligation of the person's plan in force, as of `today` (Finland's calendar). */
export async function jobSearchObligation(db: Database, personId: string, today: string): Promise<JobSearchObligation> {
  const plan = planInForce(await listPlans(db, personId));
  return obligationOf(plan, plan ? await listApplications(db, plan.id) : [], today);
}

export interface ApplicationOutcome {
  readonly kind: 'created' | 'replayed';
  readonly receipt: JobApplicationReceipt;
}

function invalid(path: string, code: string): never {
  throw httpError(400, API_ERROR_CODES.validationFailed, 'The application is not valid.', [{ path, message: code }]);
}

/**
 * Reports one job applied for, against the plan in force. A day in a period that has ended is
 * accepted and marked late; a day after today, or outside the plan, is a 400 naming the field. The
 * same key again gets the receipt again (200); with no plan in force it is a 409.
 */
export async function reportJobApplication(
  db: Database,
  person: Person,
  request: JobApplicationReport,
  key: string,
  now: Date,
): Promise<ApplicationOutcome> {
  for (const field of ['employer', 'job'] as const) {
    if (unstorablePath(request[field]) !== undefined) invalid(field, field === 'employer' ? E.employerRequired : E.jobRequired);
  }
  const today = helsinkiDate(now);
  const what = `POST ${PATHS.jobApplications}`;
  const receiptOf = async (tx: Database, plan: PlanRow, row: JobApplicationRow): Promise<JobApplicationReceipt> =>
    parseOrThrow(
      JobApplicationReceiptSchema,
      {
        application: toApplication(row),
        obligation: obligationOf(plan, await listApplications(tx, plan.id), today),
        receivedAt: row.reportedAt.toISOString(),
      },
      what,
    );
  // A retry gets its receipt whatever happened to the plan since.
  const earlier = await findApplicationByKey(db, person.id, key);
  const earlierPlan = earlier && (await findPlan(db, earlier.planId));
  if (earlier && earlierPlan) return { kind: 'replayed', receipt: await receiptOf(db, earlierPlan, earlier) };
  const inForce = planInForce(await listPlans(db, person.id));
  if (!inForce) {
    throw httpError(409, API_ERROR_CODES.conflict, 'There is no plan in force, so no job-search obligation to report against.', [
      { path: 'appliedOn', message: E.noObligation },
    ]);
  }
  return db.transaction(async (tx): Promise<ApplicationOutcome> => {
    // One write per plan at a time: a report, an acceptance or a task report of the same plan.
    const plan = await lockPlan(tx, person.id, inForce.id);
    if (!plan) throw httpError(409, API_ERROR_CODES.conflict, 'The plan changed meanwhile; read it again.');
    // The same key sent twice at once: the second waited for the lock and finds the first.
    const first = await findApplicationByKey(tx, person.id, key);
    if (first) return { kind: 'replayed', receipt: await receiptOf(tx, plan, first) };
    if (plan.state !== 'accepted') throw httpError(409, API_ERROR_CODES.conflict, 'The plan is no longer in force; read it again.');
    if (request.appliedOn > today) invalid('appliedOn', E.appliedOnFuture);
    if (request.appliedOn < plan.validFrom || (plan.validUntil !== null && request.appliedOn > plan.validUntil)) {
      invalid('appliedOn', E.appliedOnOutsidePlan);
    }
    const row = await insertApplication(tx, {
      personId: person.id,
      planId: plan.id,
      employer: request.employer,
      job: request.job,
      appliedOn: request.appliedOn,
      method: request.method,
      reportedAt: now,
      late: today > periodOf(plan, request.appliedOn).end,
      idempotencyKey: key,
    });
    // The row lock makes a race with the same key impossible; undefined would mean the lock failed.
    if (!row) throw new Error('A job application with this key appeared under the plan’s row lock');
    return { kind: 'created', receipt: await receiptOf(tx, plan, row) };
  });
}

const TITLE = { fi: 'Ilmoita hakemasi työpaikat', sv: 'Anmäl de jobb du har sökt', en: 'Report the jobs you have applied for' };

/** The front page's item: what is still due in the current period, due on its last day. */
export function obligationCurrentItems(obligation: JobSearchObligation): CurrentItem[] {
  const period = obligation.current;
  if (!period || period.due === 0) return [];
  const { due, required } = period;
  return [
    {
      id: `obligation-${period.start}`,
      area: AREA,
      kind: 'deadline',
      title: TITLE,
      description: {
        fi: `Tällä jaksolla vielä ${due}/${required} hakemusta ilmoittamatta.`,
        sv: `Under den här perioden återstår ${due} av ${required} ansökningar att anmäla.`,
        en: `${due} of ${required} applications still to report in this period.`,
      },
      dueDate: period.end,
      href: OBLIGATION_HREF,
      urgency: 'action',
    },
  ];
}
