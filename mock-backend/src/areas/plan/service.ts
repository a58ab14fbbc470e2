// The employment plan (seed lines 8–9): the current plan and earlier ones, accepting a proposed plan,
// reporting a task done, the front page's current items, and the export's part; the API (router.ts)
// and the legacy pages both call these. Same pattern as every report of the
// portal: the contract's schema with its codes, an Idempotency-Key (a retry gets the receipt again
// with 200, nothing done twice), the plan's row locked for the write. The legacy Oma asiointi page
// (src/legacy) accepts and reports through the same functions, on the same rows.
import { API_ERROR_CODES, parseOrThrow, type CurrentItem, type LocalizedText } from '@portal/shared-contracts';
import {
  PLAN_ERRORS as E,
  PLAN_PATHS as PATHS,
  PlanReceiptSchema,
  type Plan,
  type PlanAccept,
  type PlanOverview,
  type PlanReceipt,
  type PlanTask,
  type TaskReport,
  type TaskStatus,
} from '@portal/shared-contracts/plan';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Person } from '../profile/store.js';
import {
  acceptPlan,
  findPlan,
  findPlanByAcceptKey,
  findTask,
  findTaskByReportKey,
  listApplications,
  listPlans,
  listTasks,
  lockPlan,
  reportTask,
  supersedeAccepted,
  touchPlan,
  type PlanRow,
  type PlanTaskRow,
} from './store.js';
import { nextUpdatedAt } from '../offers/store.js';
import { toApplication } from './obligation.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';
import { isUuid } from '../../platform/uuid.js';

const AREA = 'plan';

// ---------------------------------------------------------------------------------------------
// Rules and DTOs

/** Overdue is not stored: an open task is overdue once its deadline has passed in Finland's calendar. */
export function taskStatus(task: Pick<PlanTaskRow, 'status' | 'deadline'>, today: string): TaskStatus {
  if (task.status === 'reported') return 'reported';
  return today > task.deadline ? 'overdue' : 'open';
}

function toTask(row: PlanTaskRow, today: string): PlanTask {
  return {
    id: row.id,
    description: row.description,
    deadline: row.deadline,
    status: taskStatus(row, today),
    outcome: row.outcome,
    report: row.report,
    reportedAt: row.reportedAt?.toISOString() ?? null,
  };
}

export function toPlan(row: PlanRow, tasks: readonly PlanTaskRow[], today: string): Plan {
  return {
    id: row.id,
    type: row.type,
    state: row.state,
    madeBy: row.madeBy,
    proposedOn: row.proposedOn,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    goals: row.goals,
    actions: row.actions,
    servicesAgreed: row.servicesAgreed,
    contact: row.contact,
    jobSearchObligation: { applicationsPerPeriod: row.applicationsPerPeriod, reviewPeriod: 'calendar-month' },
    tasks: tasks.filter((task) => task.planId === row.id).map((task) => toTask(task, today)),
    message: row.message,
    officeComments: row.officeComments,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A proposal of the person's own, not yet made the plan in force (submitted, or returned to them). */
export function isOwnProposal(row: Pick<PlanRow, 'madeBy' | 'state'>): boolean {
  return row.madeBy === 'person' && (row.state === 'submitted' || row.state === 'returned');
}

/**
 * The current plan is the newest one not superseded; the rest are earlier ones, newest first. The
 * person's own proposals not yet accepted are apart (proposals.ts): neither in force nor history.
 */
export async function planOverview(db: Database, personId: string, today: string): Promise<PlanOverview> {
  const rows = await listPlans(db, personId);
  const tasks = await listTasks(
    db,
    rows.map((row) => row.id),
  );
  const all = rows.filter((row) => !isOwnProposal(row)).map((row) => toPlan(row, tasks, today));
  const current = all.find((plan) => plan.state !== 'superseded') ?? null;
  const ownProposals = rows.filter(isOwnProposal).map((row) => toPlan(row, tasks, today));
  return { current, earlier: all.filter((plan) => plan !== current), ownProposals };
}

async function planOf(db: Database, row: PlanRow, today: string): Promise<Plan> {
  return toPlan(row, await listTasks(db, [row.id]), today);
}

export interface PlanOutcome {
  readonly kind: 'created' | 'replayed';
  readonly receipt: PlanReceipt;
}

function stateConflict(message: string, path: string): never {
  throw httpError(409, API_ERROR_CODES.conflict, message, [{ path, message: E.stateConflict }]);
}

function receipt(plan: Plan, receivedAt: Date, what: string): PlanReceipt {
  return parseOrThrow(PlanReceiptSchema, { plan, receivedAt: receivedAt.toISOString() }, what);
}

/**
 * Accepts the person's proposed plan; the accepted plan before it is superseded, in the same
 * transaction. The same key again gets the receipt again (200); a plan accepted already with another
 * key, or not proposed, is a 409 `state.conflict`; one changed since `basedOn` is a 409.
 */
export async function acceptProposedPlan(db: Database, person: Person, request: PlanAccept, key: string, now: Date): Promise<PlanOutcome> {
  const today = helsinkiDate(now);
  return db.transaction(async (tx): Promise<PlanOutcome> => {
    const plan = isUuid(request.planId) ? await lockPlan(tx, person.id, request.planId) : undefined;
    if (!plan) throw httpError(404, API_ERROR_CODES.notFound, 'No such plan.');
    if (plan.acceptIdempotencyKey === key && plan.acceptedAt) {
      return { kind: 'replayed', receipt: receipt(await planOf(tx, plan, today), plan.acceptedAt, `POST ${PATHS.accept}`) };
    }
    const other = await findPlanByAcceptKey(tx, person.id, key);
    if (other) throw httpError(409, API_ERROR_CODES.conflict, 'This Idempotency-Key was used to accept another plan.');
    if (plan.state !== 'proposed') stateConflict(`Only a proposed plan can be accepted; this one is ${plan.state}.`, 'planId');
    if (Date.parse(request.basedOn) !== plan.updatedAt.getTime()) {
      throw httpError(409, API_ERROR_CODES.conflict, 'The proposal has changed meanwhile. Read it again before accepting it.');
    }
    await supersedeAccepted(tx, person.id, plan.id, now);
    const accepted = await acceptPlan(tx, plan.id, { acceptedAt: now, key, updatedAt: nextUpdatedAt(plan.updatedAt, now) });
    return { kind: 'created', receipt: receipt(await planOf(tx, accepted, today), now, `POST ${PATHS.accept}`) };
  });
}

/**
 * Reports a task of the person's accepted plan done (how) or not done (why). The same key again gets
 * the receipt again; a task reported already (another key), or one of a plan not in force, is a 409
 * `state.conflict`.
 */
export async function reportPlanTask(
  db: Database,
  person: Person,
  taskId: string,
  { outcome, text }: TaskReport,
  key: string,
  now: Date,
): Promise<PlanOutcome> {
  if (unstorablePath(text) !== undefined) {
    const code = outcome === 'not-done' ? E.reasonRequired : E.reportRequired;
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The report is not valid.', [{ path: 'text', message: code }]);
  }
  const today = helsinkiDate(now);
  const found = isUuid(taskId) ? await findTask(db, person.id, taskId) : undefined;
  if (!found) throw httpError(404, API_ERROR_CODES.notFound, 'No such task.');
  return db.transaction(async (tx): Promise<PlanOutcome> => {
    const plan = await lockPlan(tx, person.id, found.planId);
    const task = plan ? await findTask(tx, person.id, taskId) : undefined;
    if (!plan || !task) throw httpError(404, API_ERROR_CODES.notFound, 'No such task.');
    const what = `POST ${PATHS.taskReport(taskId)}`;
    if (task.reportIdempotencyKey === key && task.reportedAt)
      return { kind: 'replayed', receipt: receipt(await planOf(tx, plan, today), task.reportedAt, what) };
    const other = await findTaskByReportKey(tx, person.id, key);
    if (other) throw httpError(409, API_ERROR_CODES.conflict, 'This Idempotency-Key was used to report another task.');
    if (plan.state !== 'accepted') stateConflict(`Tasks are reported on the plan in force; this plan is ${plan.state}.`, 'text');
    if (task.status === 'reported') stateConflict('The task has already been reported.', 'text');
    await reportTask(tx, task.id, { outcome, report: text, reportedAt: now, key });
    await touchPlan(tx, plan.id, nextUpdatedAt(plan.updatedAt, now));
    const after = await findPlan(tx, plan.id);
    if (!after) throw new Error(`Plan ${plan.id} vanished under its row lock`);
    return { kind: 'created', receipt: receipt(await planOf(tx, after, today), now, what) };
  });
}

// ---------------------------------------------------------------------------------------------
// Current items

const TITLES = {
  accept: { fi: 'Hyväksy ehdotettu suunnitelma', sv: 'Godkänn den föreslagna planen', en: 'Accept the proposed plan' },
  task: {
    fi: 'Kerro suunnitelman tehtävän toteutumisesta',
    sv: 'Berätta hur uppgiften i planen har genomförts',
    en: 'Report on a task in your plan',
  },
  overdue: {
    fi: 'Suunnitelman tehtävän määräaika on mennyt',
    sv: 'Tidsfristen för en uppgift i planen har gått ut',
    en: 'A task in your plan is overdue',
  },
} as const satisfies Record<string, LocalizedText>;

/** A proposed plan to accept; the open and overdue tasks of the plan in force, due on their deadlines. */
export function planCurrentItems(overview: PlanOverview): CurrentItem[] {
  const items: CurrentItem[] = [];
  for (const plan of [overview.current, ...overview.earlier]) {
    if (!plan) continue;
    if (plan.state === 'proposed')
      items.push({ id: `plan-${plan.id}`, area: AREA, kind: 'task', title: TITLES.accept, href: `/${AREA}`, urgency: 'action' });
    if (plan.state !== 'accepted') continue;
    for (const task of plan.tasks) {
      if (task.status === 'reported') continue;
      items.push({
        id: `task-${task.id}`,
        area: AREA,
        kind: 'deadline',
        title: task.status === 'overdue' ? TITLES.overdue : TITLES.task,
        description: task.description,
        dueDate: task.deadline,
        href: `/${AREA}/tasks/${task.id}`,
        urgency: 'action',
      });
    }
  }
  return items;
}

/** Every plan and own proposal with its tasks and the person's reports, and the job applications reported, for the own-data export. */
export async function planExport(db: Database, personId: string, today: string) {
  const { current, earlier, ownProposals } = await planOverview(db, personId, today);
  const plans = [...(current ? [current] : []), ...earlier, ...ownProposals];
  const applications = await Promise.all(plans.map((plan) => listApplications(db, plan.id)));
  return {
    plans,
    jobApplications: applications.flat().map((row) => ({ planId: row.planId, ...toApplication(row) })),
  };
}
