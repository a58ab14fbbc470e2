// The employment plan and its tasks. Writes (accepting, reporting a task) lock the plan row, so an
// acceptance and a task report of one plan, from the API or the legacy page, happen one at a time.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '@portal/shared-contracts';
import type { TaskOutcome } from '@portal/shared-contracts/plan';
import { jobApplications, planTasks, plans } from '../../storage/schema/index.js';
import { findByKey, findOwn, insertOnce, listBy, listOwn } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';

export type PlanRow = typeof plans.$inferSelect;
export type PlanTaskRow = typeof planTasks.$inferSelect;
export type JobApplicationRow = typeof jobApplications.$inferSelect;

/** The person's plans, newest first by the day proposed. */
export async function listPlans(db: Database, personId: string): Promise<PlanRow[]> {
  return listOwn(db, plans, personId, [desc(plans.proposedOn), desc(plans.updatedAt)]);
}

/** The tasks of the given plans, in their agreed order. */
export async function listTasks(db: Database, planIds: readonly string[]): Promise<PlanTaskRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planTasks)
    .where(inArray(planTasks.planId, [...planIds]))
    .orderBy(asc(planTasks.position), asc(planTasks.id));
}

/** Locks the person's plan until the transaction ends; another person's id finds nothing. */
export async function lockPlan(tx: Database, personId: string, id: string): Promise<PlanRow | undefined> {
  return findOwn(tx, plans, personId, id, { lock: true });
}

/** The person's task by id (another person's finds nothing). */
export async function findTask(db: Database, personId: string, id: string): Promise<PlanTaskRow | undefined> {
  return findOwn(db, planTasks, personId, id);
}

/**
 * The person's other accepted plans (and, with `alsoProposed`, the office's proposals still waiting):
 * superseded by the one just accepted.
 */
export async function supersedeAccepted(tx: Database, personId: string, exceptId: string, now: Date, alsoProposed = false): Promise<void> {
  const accepted = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.personId, personId), inArray(plans.state, alsoProposed ? ['accepted', 'proposed'] : ['accepted'])));
  const ids = accepted.map((row) => row.id).filter((id) => id !== exceptId);
  if (ids.length > 0) await tx.update(plans).set({ state: 'superseded', updatedAt: now }).where(inArray(plans.id, ids));
}

export async function acceptPlan(tx: Database, id: string, fields: { acceptedAt: Date; key: string; updatedAt: Date }): Promise<PlanRow> {
  const [row] = await tx
    .update(plans)
    .set({ state: 'accepted', acceptedAt: fields.acceptedAt, acceptIdempotencyKey: fields.key, updatedAt: fields.updatedAt })
    .where(eq(plans.id, id))
    .returning();
  if (!row) throw new Error(`Plan ${id} vanished under its row lock`);
  return row;
}

export async function touchPlan(tx: Database, id: string, updatedAt: Date): Promise<void> {
  await tx.update(plans).set({ updatedAt }).where(eq(plans.id, id));
}

export async function reportTask(
  tx: Database,
  id: string,
  fields: { outcome: TaskOutcome; report: string; reportedAt: Date; key: string },
): Promise<PlanTaskRow> {
  const [row] = await tx
    .update(planTasks)
    .set({
      status: 'reported',
      outcome: fields.outcome,
      report: fields.report,
      reportedAt: fields.reportedAt,
      reportIdempotencyKey: fields.key,
    })
    .where(eq(planTasks.id, id))
    .returning();
  if (!row) throw new Error(`Task ${id} vanished under its plan's row lock`);
  return row;
}

/** One plan by id, whoever's: for reading back a row the caller has locked. */
export async function findPlan(db: Database, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

/** The person's plan accepted with this Idempotency-Key, if any. */
export async function findPlanByAcceptKey(db: Database, personId: string, key: string): Promise<PlanRow | undefined> {
  return findByKey(db, plans, plans.acceptIdempotencyKey, personId, key);
}

/** The person's task reported with this Idempotency-Key, if any. */
export async function findTaskByReportKey(db: Database, personId: string, key: string): Promise<PlanTaskRow | undefined> {
  return findByKey(db, planTasks, planTasks.reportIdempotencyKey, personId, key);
}

/** The applications reported against a plan's obligation, oldest day first. */
export async function listApplications(db: Database, planId: string): Promise<JobApplicationRow[]> {
  return listBy(db, jobApplications, jobApplications.planId, planId, [asc(jobApplications.appliedOn), asc(jobApplications.reportedAt)]);
}

/** The person's application reported with this Idempotency-Key, if any. */
export async function findApplicationByKey(db: Database, personId: string, key: string): Promise<JobApplicationRow | undefined> {
  return findByKey(db, jobApplications, jobApplications.idempotencyKey, personId, key);
}

/** Stores an application once per (person, key); undefined when the key was used already. */
export async function insertApplication(db: Database, row: typeof jobApplications.$inferInsert): Promise<JobApplicationRow | undefined> {
  return insertOnce(db, jobApplications, row);
}

/** The person's own proposal submitted with this Idempotency-Key, if any. */
export async function findPlanBySubmitKey(db: Database, personId: string, key: string): Promise<PlanRow | undefined> {
  return findByKey(db, plans, plans.submitIdempotencyKey, personId, key);
}

/** Locks a plan by its id alone, whoever's: the office's side names plans by id. */
export async function lockPlanById(tx: Database, id: string): Promise<PlanRow | undefined> {
  const [row] = await tx.select().from(plans).where(eq(plans.id, id)).for('update');
  return row;
}

/** Stores a plan and its tasks (in the order given), in the caller's transaction. */
export async function insertPlanWithTasks(
  tx: Database,
  plan: typeof plans.$inferInsert,
  tasks: readonly { description: LocalizedText; deadline: string }[],
): Promise<PlanRow> {
  const [row] = await tx.insert(plans).values(plan).returning();
  if (!row) throw new Error('Storing a plan returned no row');
  await tx.insert(planTasks).values(
    tasks.map((task, index) => ({
      planId: row.id,
      personId: row.personId,
      position: index + 1,
      description: task.description,
      deadline: task.deadline,
      status: 'open' as const,
    })),
  );
  return row;
}

/** The office's decision on a proposal: its new state and what goes with it. */
export async function decidePlan(
  tx: Database,
  id: string,
  fields: Partial<Pick<PlanRow, 'acceptedAt' | 'validFrom' | 'applicationsPerPeriod' | 'officeComments'>> &
    Pick<PlanRow, 'state' | 'updatedAt'>,
): Promise<PlanRow> {
  const [row] = await tx.update(plans).set(fields).where(eq(plans.id, id)).returning();
  if (!row) throw new Error(`Plan ${id} vanished under its row lock`);
  return row;
}
