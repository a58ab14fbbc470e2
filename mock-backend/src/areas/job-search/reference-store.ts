// Reads of job seeking's reference data: the payers, the job seeker's statuses, the service-need
// questions and who handles job seeking where (the municipalities are the profile's store's). Code
// tables, the same for everyone and written only by the seed; rows become contract shapes here
// (toPayer, toHandler…).
import { and, asc, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { AssessmentQuestion, Handler, JobSeekerStatus, Payer, ReferenceData } from '@portal/shared-contracts/job-search';
import { assessmentQuestions, benefitPayers, handlerAreas, handlers, jobSeekerStatuses } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { listMunicipalities } from '../profile/store.js';

type PayerRow = typeof benefitPayers.$inferSelect;
type StatusRow = typeof jobSeekerStatuses.$inferSelect;
type HandlerRow = typeof handlers.$inferSelect;
type QuestionRow = typeof assessmentQuestions.$inferSelect;

export function toPayer(row: PayerRow): Payer {
  return { id: row.id, kind: row.kind, name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn } };
}

export function toStatus(row: StatusRow): JobSeekerStatus {
  return { code: row.code, label: { fi: row.labelFi, sv: row.labelSv, en: row.labelEn } };
}

export function toHandler(row: HandlerRow): Handler {
  return {
    kind: row.kind,
    id: row.id,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    phone: row.phone,
    email: row.email,
    address: row.address,
    serviceHours:
      row.serviceHoursFi !== null && row.serviceHoursSv !== null && row.serviceHoursEn !== null
        ? { fi: row.serviceHoursFi, sv: row.serviceHoursSv, en: row.serviceHoursEn }
        : null,
    url: row.url,
  };
}

function toQuestion(row: QuestionRow): AssessmentQuestion {
  const common = {
    id: row.id,
    text: { fi: row.textFi, sv: row.textSv, en: row.textEn },
    ...(row.help !== null ? { help: row.help } : {}),
    required: row.required,
  };
  // The table's check constraint guarantees the shape; the fallbacks only satisfy the types.
  if (row.kind === 'text') return { ...common, kind: 'text', maxLength: row.maxLength ?? 1 };
  return { ...common, kind: row.kind, options: row.options ?? [] };
}

/** Kela first, then the funds by name. */
export async function listPayers(db: Database): Promise<Payer[]> {
  return (await db.select().from(benefitPayers).orderBy(desc(benefitPayers.kind), asc(benefitPayers.nameFi))).map(toPayer);
}

export async function findPayer(db: Database, id: string): Promise<Payer | undefined> {
  const [row] = await db.select().from(benefitPayers).where(eq(benefitPayers.id, id));
  return row ? toPayer(row) : undefined;
}

/** Every status by code: a handful of rows, read whole. */
export async function statusesByCode(db: Database): Promise<Map<string, JobSeekerStatus & { selfSelectable: boolean }>> {
  const rows = await db.select().from(jobSeekerStatuses).orderBy(asc(jobSeekerStatuses.code));
  return new Map(rows.map((row) => [row.code, { ...toStatus(row), selfSelectable: row.selfSelectable }]));
}

export async function listQuestions(db: Database): Promise<AssessmentQuestion[]> {
  return (await db.select().from(assessmentQuestions).orderBy(asc(assessmentQuestions.position))).map(toQuestion);
}

export async function referenceData(db: Database): Promise<ReferenceData> {
  const [payers, statuses, places] = await Promise.all([listPayers(db), statusesByCode(db), listMunicipalities(db)]);
  return {
    payers,
    municipalities: places.map((m) => ({ code: m.code, name: { fi: m.nameFi, sv: m.nameSv, en: m.nameEn } })),
    statuses: [...statuses.values()].filter((status) => status.selfSelectable).map(({ code, label }) => ({ code, label })),
  };
}

/**
 * Who handles job seeking for residents of a municipality (null: no Finnish home municipality) on a
 * given day, by the areas' validity dates. Undefined when the data names nobody for that day.
 */
export async function findHandlerFor(db: Database, municipalityCode: string | null, day: string): Promise<Handler | undefined> {
  const [row] = await db
    .select({ handler: handlers })
    .from(handlerAreas)
    .innerJoin(handlers, eq(handlers.id, handlerAreas.handlerId))
    .where(
      and(
        municipalityCode === null ? isNull(handlerAreas.municipalityCode) : eq(handlerAreas.municipalityCode, municipalityCode),
        lte(handlerAreas.validFrom, day),
        or(isNull(handlerAreas.validTo), gte(handlerAreas.validTo, day)),
      ),
    )
    // Overlapping rows would be a data error; the one that began last is the newer decision.
    .orderBy(desc(handlerAreas.validFrom))
    .limit(1);
  return row ? toHandler(row.handler) : undefined;
}
