// The training catalogue and the persons' applications. Writes to a person's applications happen
// with the person's row locked (withPersonLocked), so an application and a withdrawal of one person
// happen one at a time; the office's changes lock the application's row.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { ApplicationState } from '@portal/shared-contracts/training';
import { trainingApplications, trainings } from '../../storage/schema/index.js';
import { findByKey, findOwn, listOwn, newestFirst } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';
import { isUuid } from '../../platform/uuid.js';

export type TrainingRow = typeof trainings.$inferSelect;
export type ApplicationRow = typeof trainingApplications.$inferSelect;

/** The whole catalogue, the nearest apply-by day first. */
export async function listTrainings(db: Database): Promise<TrainingRow[]> {
  return db.select().from(trainings).orderBy(asc(trainings.applyBy), asc(trainings.id));
}

export async function findTraining(db: Database, id: string): Promise<TrainingRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(trainings).where(eq(trainings.id, id));
  return row;
}

/** The person's applications, newest first. */
export async function listApplications(db: Database, personId: string): Promise<ApplicationRow[]> {
  return listOwn(db, trainingApplications, personId, newestFirst(trainingApplications.submittedAt, trainingApplications.id));
}

/** The person's application by id (another person's finds nothing); `lock` holds it until the transaction ends. */
export async function findApplication(db: Database, personId: string, id: string, lock = false): Promise<ApplicationRow | undefined> {
  return findOwn(db, trainingApplications, personId, id, { lock });
}

/** The person's live (not withdrawn) application to a training, if any. */
export async function findLiveApplication(db: Database, personId: string, trainingId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(trainingApplications)
    .where(
      and(
        eq(trainingApplications.personId, personId),
        eq(trainingApplications.trainingId, trainingId),
        ne(trainingApplications.state, 'withdrawn'),
      ),
    );
  return row;
}

export async function findApplicationByKey(db: Database, personId: string, key: string): Promise<ApplicationRow | undefined> {
  return findByKey(db, trainingApplications, trainingApplications.idempotencyKey, personId, key);
}

export async function findApplicationByWithdrawKey(db: Database, personId: string, key: string): Promise<ApplicationRow | undefined> {
  return findByKey(db, trainingApplications, trainingApplications.withdrawIdempotencyKey, personId, key);
}

export async function insertApplication(tx: Database, row: typeof trainingApplications.$inferInsert): Promise<ApplicationRow> {
  const [inserted] = await tx.insert(trainingApplications).values(row).returning();
  if (!inserted) throw new Error('Storing an application returned no row');
  return inserted;
}

/** A new state, with when it changed (and the key of the person's withdrawal, for its replays). */
export async function setApplicationState(
  tx: Database,
  id: string,
  state: ApplicationState,
  at: Date,
  withdrawKey?: string,
): Promise<ApplicationRow> {
  const [row] = await tx
    .update(trainingApplications)
    .set({ state, stateChangedAt: at, ...(withdrawKey === undefined ? {} : { withdrawIdempotencyKey: withdrawKey }) })
    .where(eq(trainingApplications.id, id))
    .returning();
  if (!row) throw new Error(`Application ${id} vanished under its row lock`);
  return row;
}

/** An application by id alone, locked, whoever's: the office's side names applications by id. */
export async function lockApplicationById(tx: Database, id: string): Promise<ApplicationRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(trainingApplications).where(eq(trainingApplications.id, id)).for('update');
  return row;
}
