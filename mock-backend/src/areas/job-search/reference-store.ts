// Reads of job seeking's reference data: the payers, the job seeker's statuses, the service-need
// questions and who handles job seeking where (the municipalities are the profile's store's). Code
// tables, the same for everyone and written only by the seed; rows become contract shapes here
// (toPayer, toHandler…).
import { and, asc, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { COUNTRY_CODES } from '@portal/shared-contracts/countries';
import type { AssessmentQuestion, Handler, JobSeekerStatus, Payer, ReferenceData } from '@portal/shared-contracts/job-search';
import {
  assessmentQuestions,
  benefitPayers,
  handlerAreas,
  handlers,
  jobSeekerStatuses,
  municipalities,
} from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

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

/** The countries work abroad may be sought in: every ISO 3166-1 code but Finland's. */
export const ABROAD_COUNTRY_CODES: readonly string[] = COUNTRY_CODES.filter((code) => code !== 'FI');

/** The municipalities of the classification valid on `day`, by Finnish name. */
export async function municipalitiesValidOn(db: Database, day: string) {
  return db
    .select()
    .from(municipalities)
    .where(
      and(
        or(isNull(municipalities.validFrom), lte(municipalities.validFrom, day)),
        or(isNull(municipalities.validTo), gte(municipalities.validTo, day)),
      ),
    )
    .orderBy(asc(municipalities.nameFi));
}

/** Which of `codes` name a municipality valid on `day`: a registration may choose only those. */
export async function validMunicipalityCodes(db: Database, codes: readonly string[], day: string): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const wanted = new Set(codes);
  return new Set((await municipalitiesValidOn(db, day)).map((m) => m.code).filter((code) => wanted.has(code)));
}

/** What the registration form offers on `day` (Helsinki's): a merged municipality is no longer offered. */
export async function referenceData(db: Database, day: string): Promise<ReferenceData> {
  const [payers, statuses, places] = await Promise.all([listPayers(db), statusesByCode(db), municipalitiesValidOn(db, day)]);
  return {
    payers,
    municipalities: places.map((m) => ({ code: m.code, name: { fi: m.nameFi, sv: m.nameSv, en: m.nameEn } })),
    // Codes only: the browser names them in the person's language (Intl.DisplayNames).
    countries: [...ABROAD_COUNTRY_CODES],
    statuses: [...statuses.values()].filter((status) => status.selfSelectable).map(({ code, label }) => ({ code, label })),
  };
}

/**
 * Who handles job seeking for residents of a municipality (null: no Finnish home municipality) on a
 * given day, by the areas' validity dates. A municipality the areas do not name yet (the data names
 * the areas of some municipalities only; every one of the 308 belongs to one of the 45 employment
 * areas) falls back to the no-municipality row, the national desk: the person gets someone to call,
 * never nothing. Undefined when the data names nobody for that day.
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
  if (row) return toHandler(row.handler);
  if (municipalityCode === null) return undefined;
  // Only a municipality the areas never name falls back; a gap in the dates of one they do name is
  // a data error the answer shows (no handler), not something to paper over.
  const [named] = await db
    .select({ id: handlerAreas.id })
    .from(handlerAreas)
    .where(eq(handlerAreas.municipalityCode, municipalityCode))
    .limit(1);
  return named ? undefined : findHandlerFor(db, null, day);
}
