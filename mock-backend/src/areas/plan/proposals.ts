// The person's own proposal of a plan (seed line 8, "laatia oman suunnitelmaehdotuksen"): drafted in
// the form with the drafts API as they type, submitted here (idempotent, one waiting at a time), and
// answered by the TE office through /office-api: accepted, when it becomes the plan in force, or
// returned with comments. Until decided it is neither the plan in force nor history: the overview
// lists it apart (`ownProposals`).
import { API_ERROR_CODES, parseOrThrow, type CurrentItem, type LocalizedText } from '@portal/shared-contracts';
import { OBLIGATION_MAX, PLAN_ERRORS as E, PLAN_PATHS as PATHS, PlanSchema, type Plan } from '@portal/shared-contracts/plan';
import { type OfficePlanDecision, type PlanProposal } from '@portal/shared-contracts/plan-proposals';
import { helsinkiDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';
import { isUuid } from '../../platform/uuid.js';
import type { Database } from '../../storage/storage.js';
import { withPersonLocked } from '../profile/changes-store.js';
import type { Person } from '../profile/store.js';
import { nextUpdatedAt } from '../offers/store.js';
import { toPlan, type PlanOutcome } from './service.js';
import {
  decidePlan,
  findPlanBySubmitKey,
  insertPlanWithTasks,
  listPlans,
  listTasks,
  lockPlanById,
  supersedeAccepted,
  type PlanRow,
} from './store.js';

/** The person's words, shown as they wrote them whatever the language of the page. */
const asWritten = (text: string): LocalizedText => ({ fi: text, sv: text, en: text });

/** What an own proposal says of the person's actions and of contact: the tasks are theirs, the office answers. */
const OWN_ACTIONS: LocalizedText = {
  fi: 'Teen ehdottamani tehtävät niiden tavoitepäiviin mennessä.',
  sv: 'Jag gör uppgifterna jag föreslår senast deras måldagar.',
  en: 'I do the tasks I propose by their target dates.',
};
const OWN_CONTACT: LocalizedText = {
  fi: 'Asiantuntija käsittelee ehdotuksesi ja vastaa sinulle tässä palvelussa.',
  sv: 'Experten behandlar ditt förslag och svarar dig i den här tjänsten.',
  en: 'Your adviser handles your proposal and answers you in this service.',
};

/** Applications per period under the Nordic labour market service model, unless the office sets another number. */
const USUAL_OBLIGATION = OBLIGATION_MAX;

async function planOf(db: Database, row: PlanRow, today: string): Promise<Plan> {
  return toPlan(row, await listTasks(db, [row.id]), today);
}

function receipt(plan: Plan, receivedAt: Date) {
  return { plan, receivedAt: receivedAt.toISOString() };
}

/**
 * Submits the person's own proposal. A target date before today is a 400 on its task; a proposal of
 * theirs already waiting for the office is a 409 `proposal.pending`; the same key again gets the
 * receipt again (200). The person's row is locked, so two submissions at once make one proposal.
 */
export async function submitProposal(db: Database, person: Person, request: PlanProposal, key: string, now: Date): Promise<PlanOutcome> {
  const unstorable = unstorablePath(request);
  if (unstorable !== undefined) {
    const code = unstorable === 'message' ? E.messageTooLong : unstorable === 'goal' ? E.goalRequired : E.taskDescriptionRequired;
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The proposal is not valid.', [{ path: unstorable, message: code }]);
  }
  const today = helsinkiDate(now);
  const past = request.tasks.findIndex((task) => task.targetDate < today);
  return withPersonLocked(db, person.id, async (tx): Promise<PlanOutcome> => {
    const first = await findPlanBySubmitKey(tx, person.id, key);
    if (first) return { kind: 'replayed', receipt: receipt(await planOf(tx, first, today), first.submittedAt ?? first.updatedAt) };
    if (past >= 0) {
      throw httpError(400, API_ERROR_CODES.validationFailed, 'The proposal is not valid.', [
        { path: `tasks.${past}.targetDate`, message: E.targetDatePast },
      ]);
    }
    const plans = await listPlans(tx, person.id);
    if (plans.some((plan) => plan.madeBy === 'person' && plan.state === 'submitted')) {
      throw httpError(409, API_ERROR_CODES.conflict, 'Your earlier proposal is still with the office: wait for its answer.', [
        { path: 'goal', message: E.proposalPending },
      ]);
    }
    const inForce = plans.find((plan) => plan.state === 'accepted');
    const row = await insertPlanWithTasks(
      tx,
      {
        personId: person.id,
        type: 'employment',
        state: 'submitted',
        madeBy: 'person',
        proposedOn: today,
        validFrom: today,
        validUntil: null,
        goals: asWritten(request.goal),
        actions: OWN_ACTIONS,
        servicesAgreed: [],
        contact: OWN_CONTACT,
        applicationsPerPeriod: inForce?.applicationsPerPeriod ?? USUAL_OBLIGATION,
        message: request.message === '' ? null : request.message,
        submittedAt: now,
        submitIdempotencyKey: key,
        updatedAt: now,
      },
      request.tasks.map((task) => ({ description: asWritten(task.description), deadline: task.targetDate })),
    );
    return { kind: 'created', receipt: receipt(await planOf(tx, row, today), now) };
  });
}

/**
 * The office's answer to a proposal waiting for it: accepted (the plan in force from today, the one
 * before it superseded) or returned with comments. A plan that is not a waiting own proposal is a
 * 409; an unknown id a 404.
 */
export async function decideProposal(db: Database, id: string, decision: OfficePlanDecision, now: Date): Promise<Plan> {
  if (unstorablePath(decision) !== undefined) {
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The decision contains characters that cannot be stored.');
  }
  const today = helsinkiDate(now);
  return db.transaction(async (tx) => {
    const plan = isUuid(id) ? await lockPlanById(tx, id) : undefined;
    if (!plan) throw httpError(404, API_ERROR_CODES.notFound, 'No such plan.');
    if (plan.madeBy !== 'person' || plan.state !== 'submitted') {
      throw httpError(409, API_ERROR_CODES.conflict, `Only a proposal waiting for the office can be decided; this plan is ${plan.state}.`);
    }
    const updatedAt = nextUpdatedAt(plan.updatedAt, now);
    // The person's own plan in force replaces the one before it, and any proposal of the office's
    // still waiting: both were answers to the same question.
    if (decision.decision === 'accept') await supersedeAccepted(tx, plan.personId, plan.id, now, true);
    const decided = await decidePlan(
      tx,
      plan.id,
      decision.decision === 'accept'
        ? {
            state: 'accepted',
            acceptedAt: now,
            validFrom: today,
            applicationsPerPeriod: decision.applicationsPerPeriod ?? plan.applicationsPerPeriod,
            updatedAt,
          }
        : { state: 'returned', officeComments: decision.comments, updatedAt },
    );
    return parseOrThrow(PlanSchema, await planOf(tx, decided, today), `POST ${PATHS.officeDecision(':id')}`);
  });
}

const RETURNED = {
  title: {
    fi: 'Ehdotuksesi suunnitelmaksi palautettiin',
    sv: 'Ditt förslag till plan returnerades',
    en: 'Your proposed plan was returned',
  },
  description: {
    fi: 'Lue asiantuntijan kommentit ja tee tarvittaessa uusi ehdotus.',
    sv: 'Läs expertens kommentarer och gör vid behov ett nytt förslag.',
    en: 'Read your adviser’s comments and make a new proposal if needed.',
  },
};

/** The front page's item: the newest own proposal, when the office returned it (and no newer one waits). */
export function proposalCurrentItems(ownProposals: readonly Plan[]): CurrentItem[] {
  const newest = ownProposals[0];
  if (newest?.state !== 'returned') return [];
  return [{ id: `proposal-${newest.id}`, area: 'plan', kind: 'task', ...RETURNED, href: '/plan', urgency: 'action' }];
}
