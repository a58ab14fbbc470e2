// The person's own data as a file (GET /api/profile/export), put together from every area's
// service: the right of access (GDPR art. 15) in a machine-readable form. Everything held on the
// person — the profile, every change report with what was reported, the drafts, job seeking with
// what was sent to benefit payers — except what an address block keeps from everyone, the person too.
import { parseOrThrow } from '@portal/shared-contracts';
import { PROFILE_EXPORT_PATH, ProfileSchema, type Profile } from '@portal/shared-contracts/profile';
import {
  type AssessmentAnswers,
  type BenefitStatus,
  type ChangeKind,
  type EndReason,
  type Handler,
  type JobSeekerStatus,
  type Payer,
  type PayerNotice,
  type RegistrationData,
} from '@portal/shared-contracts/job-search';
import { helsinkiDate } from '../../platform/calendar.js';
import { listDrafts } from '../drafts/store.js';
import { findAssessment, listNoticesOfPerson, listPeriods, listReports, type PeriodRow } from '../job-search/store.js';
import { listPayers, statusesByCode } from '../job-search/reference-store.js';
import type { Person } from './store.js';
import { changeStatus, listChanges, type ProfileChangeRow } from './changes-store.js';
import type { JobSearchReportDetails, ProfileChangeFields } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { savedResultsOf } from '../career-radar/service.js';
import { handlerOf } from '../job-search/service.js';
import { offersExport } from '../offers/service.js';
import { planExport } from '../plan/service.js';
import { toProfile } from './service.js';
import { applicationsOf } from '../training/service.js';
import { unemploymentSecurityExport } from '../unemployment-security/service.js';
import { startupGrantExport } from '../startup-grant/current-items.js';
import { termsAcknowledgementsExport } from '../terms/service.js';

/** Names the file's layout, so a reader of an old file knows which layout it has. */
export const EXPORT_FORMAT = 'tyomarkkinatori-omat-tiedot';
/**
 * 2: `jobSeeking` added. 3: `unemploymentSecurity` and `careerRadar` added. 4: `offers` and `plan`
 * added. 5: `training` added. 6: `startupGrant` added. 7: `termsOfUse` added.
 */
export const EXPORT_VERSION = 7;

/**
 * What stands in a change report for a reported address under an address block. A marker rather
 * than leaving the field out, so the file still shows that an address was reported, and why it is
 * not there.
 */
export const ADDRESS_HIDDEN = 'hidden (address block)';

type ExportedChanges = Omit<ProfileChangeFields, 'address'> & { address?: ProfileChangeFields['address'] | typeof ADDRESS_HIDDEN };

export interface ProfileExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly person: Profile;
  readonly changeReports: readonly {
    readonly id: string;
    readonly receivedAt: string;
    readonly effectiveDate: string;
    readonly status: 'applied' | 'pending';
    readonly changes: ExportedChanges;
  }[];
  readonly drafts: readonly { readonly key: string; readonly savedAt: string; readonly data: Record<string, unknown> }[];
  readonly jobSeeking: JobSeekingExport;
  /** Statements, requests for clarification with the person's answers and files, payment notices. */
  readonly unemploymentSecurity: Awaited<ReturnType<typeof unemploymentSecurityExport>>;
  /** Saved Työelämätutka results, newest first. */
  readonly careerRadar: { readonly results: Awaited<ReturnType<typeof savedResultsOf>> };
  /** Job and training offers as the API gives them, and every report the person made on one. */
  readonly offers: Awaited<ReturnType<typeof offersExport>>;
  /** Every plan, current and earlier, with its tasks and the person's reports on them. */
  readonly plan: Awaited<ReturnType<typeof planExport>>;
  /** Labour-market training applications, newest first, with their trainings, as the API gives them. */
  readonly training: { readonly applications: Awaited<ReturnType<typeof applicationsOf>> };
  /** Start-up grant applications with their timelines, the granted periods and their payment applications. */
  readonly startupGrant: Awaited<ReturnType<typeof startupGrantExport>>;
  /** The versions of the terms of use the person has acknowledged (dismissed the notice of), and when. */
  readonly termsOfUse: { readonly acknowledgements: Awaited<ReturnType<typeof termsAcknowledgementsExport>> };
}

export interface ExportOptions {
  /** The rule in force for when a period's payment application is late (config STARTUP_GRANT_PAYMENT_MONTHS). */
  readonly startupGrantPaymentMonths: number;
}

/** Job seeking in the export: every period with what was registered, answered and reported, and the payers' notices. */
export interface JobSeekingExport {
  /** Who handles job seeking now, as GET /api/job-search says it: the national line under an address block. */
  readonly handler: Handler | null;
  /** Newest first. */
  readonly periods: readonly {
    readonly id: string;
    readonly receivedAt: string;
    readonly startDate: string;
    readonly endDate: string | null;
    readonly endReason: EndReason | null;
    readonly endDetails: string | null;
    readonly endReceivedAt: string | null;
    readonly status: JobSeekerStatus;
    readonly registration: RegistrationData;
    readonly benefit: { readonly status: BenefitStatus; readonly payer: Payer | null };
    readonly certificateReference: string;
    readonly assessment: {
      readonly dueDate: string;
      readonly completedAt: string | null;
      readonly answers: AssessmentAnswers | null;
    } | null;
    /** Newest first. */
    readonly changeReports: readonly {
      readonly id: string;
      readonly kind: ChangeKind;
      readonly receivedAt: string;
      readonly startDate: string;
      readonly endDate: string | null;
      readonly details: JobSearchReportDetails;
    }[];
  }[];
  /** What was sent to whom, newest first: exactly the notice as the payer reads it, less the person's own identity. */
  readonly payerNotices: readonly {
    readonly id: string;
    readonly createdAt: string;
    readonly payer: Payer;
    readonly event: PayerNotice['event'];
    readonly startDate: string;
    readonly endDate: string | null;
    readonly details: PayerNotice['details'];
  }[];
}

function exportedChanges(change: ProfileChangeRow, person: Person): ExportedChanges {
  const { address, ...rest } = change.changes;
  if (address === undefined) return rest;
  // Decided by the block as it stands now, whenever the address was reported: the file may be
  // opened, forwarded or left on a shared computer, like any other answer of this backend.
  return { ...rest, address: person.addressProtected ? ADDRESS_HIDDEN : address };
}

async function exportedPeriod(
  db: Database,
  period: PeriodRow,
  statuses: ReadonlyMap<string, JobSeekerStatus>,
  payers: ReadonlyMap<string, Payer>,
): Promise<JobSeekingExport['periods'][number]> {
  const [assessment, reports] = await Promise.all([findAssessment(db, period.id), listReports(db, period.id)]);
  const status = statuses.get(period.statusCode);
  if (!status) throw new Error(`Job-seeker status ${period.statusCode} of period ${period.id} is missing`);
  return {
    id: period.id,
    receivedAt: period.receivedAt.toISOString(),
    startDate: period.startDate,
    endDate: period.endDate,
    endReason: period.endReason,
    endDetails: period.endDetails,
    endReceivedAt: period.endReceivedAt?.toISOString() ?? null,
    status: { code: status.code, label: status.label },
    registration: period.registration,
    benefit: { status: period.benefitStatus, payer: period.payerId === null ? null : (payers.get(period.payerId) ?? null) },
    certificateReference: period.certificateReference,
    assessment: assessment
      ? { dueDate: assessment.dueDate, completedAt: assessment.completedAt?.toISOString() ?? null, answers: assessment.answers }
      : null,
    changeReports: reports.map((report) => ({
      id: report.id,
      kind: report.kind,
      receivedAt: report.receivedAt.toISOString(),
      startDate: report.startDate,
      endDate: report.endDate,
      details: report.details,
    })),
  };
}

/**
 * Job seeking of the person. Nothing in it tells where a person under an address block lives: the
 * handler is the national line then, and the notices carry no address (payers never get one).
 * Idempotency keys are plumbing and stay out.
 */
export async function jobSeekingExport(db: Database, person: Person, today: string): Promise<JobSeekingExport> {
  const [periods, notices, statuses, payers, handler] = await Promise.all([
    listPeriods(db, person.id),
    listNoticesOfPerson(db, person.id),
    statusesByCode(db),
    listPayers(db),
    handlerOf(db, person, today),
  ]);
  const payerById = new Map(payers.map((payer) => [payer.id, payer]));
  return {
    handler,
    periods: await Promise.all(periods.map((period) => exportedPeriod(db, period, statuses, payerById))),
    payerNotices: notices.reverse().map(({ notice, payer }) => ({
      id: String(notice.id),
      createdAt: notice.createdAt.toISOString(),
      payer,
      event: notice.event,
      startDate: notice.startDate,
      endDate: notice.endDate,
      details: notice.details,
    })),
  };
}

export async function profileExport(db: Database, person: Person, now: Date, options: ExportOptions): Promise<ProfileExport> {
  const [changes, drafts, jobSeeking, unemploymentSecurity, careerRadarResults, offers, plan, trainingApplications, startupGrant, terms] =
    await Promise.all([
      listChanges(db, person.id),
      listDrafts(db, person.id),
      jobSeekingExport(db, person, helsinkiDate(now)),
      unemploymentSecurityExport(db, person.id, helsinkiDate(now)),
      savedResultsOf(db, person.id),
      offersExport(db, person.id),
      planExport(db, person.id, helsinkiDate(now)),
      applicationsOf(db, person.id, helsinkiDate(now)),
      startupGrantExport(db, person.id, helsinkiDate(now), options.startupGrantPaymentMonths),
      termsAcknowledgementsExport(db, person.id),
    ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // Exactly what GET /api/profile gives: toProfile already leaves out a blocked address and home
    // municipality, and the schema drops anything that is not in the contract.
    person: parseOrThrow(ProfileSchema, await toProfile(db, person), `GET ${PROFILE_EXPORT_PATH}`),
    // Only the record of what the person reported: the idempotency key and person id are plumbing.
    changeReports: changes.map((change) => ({
      id: change.id,
      receivedAt: change.receivedAt.toISOString(),
      effectiveDate: change.effectiveDate,
      status: changeStatus(change),
      changes: exportedChanges(change, person),
    })),
    // As stored, as GET /api/drafts/:key gives them back: what the person's own browser saved.
    drafts: drafts.map((draft) => ({ key: draft.key, savedAt: draft.savedAt.toISOString(), data: draft.data })),
    jobSeeking,
    unemploymentSecurity,
    careerRadar: { results: careerRadarResults },
    offers,
    plan,
    training: { applications: trainingApplications },
    startupGrant,
    termsOfUse: { acknowledgements: terms },
  };
}
