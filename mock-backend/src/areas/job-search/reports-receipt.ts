// What a job-seeking report answers: the receipt with the payer's notice and the job seeking as it
// stands after the commit, checked against the contract like any answer.
import { parseOrThrow } from '@portal/shared-contracts';
import { JobSearchReceiptSchema, type JobSearchReceipt } from '@portal/shared-contracts/job-search';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Database } from '../../storage/storage.js';
import type { Person } from '../profile/store.js';
import { PATH, type Kind } from './reports-checks.js';
import { noticeSummary, toJobSearch } from './service.js';
import type { NoticeWithPayer } from './store.js';

export type Outcome<T> = { readonly kind: 'created' | 'replayed'; readonly record: T };

export interface ReceiptFields {
  readonly kind: Kind;
  readonly id: string;
  readonly receivedAt: Date;
  readonly notice: NoticeWithPayer | undefined;
}

async function receipt(db: Database, person: Person, now: Date, fields: ReceiptFields): Promise<JobSearchReceipt> {
  const body: JobSearchReceipt = {
    id: fields.id,
    kind: fields.kind,
    receivedAt: fields.receivedAt.toISOString(),
    payerNotice: fields.notice ? noticeSummary(fields.notice) : null,
    // Job seeking as it stands now, read after the commit, as on any GET.
    jobSearch: await toJobSearch(db, person, helsinkiDate(now)),
  };
  return parseOrThrow(JobSearchReceiptSchema, body, `POST ${PATH[fields.kind]}`);
}

export interface JobSearchReportsOptions {
  /** Days from registration to the assessment's deadline (config ASSESSMENT_DUE_DAYS). */
  readonly assessmentDueDays: number;
}

export interface ReportOutcome {
  readonly kind: 'created' | 'replayed';
  readonly receipt: JobSearchReceipt;
}

/**
 * What a report answers, new or repeated alike: the outcome's kind and the receipt of the record it
 * stored or found, read after the transaction has committed.
 */
export async function reportOutcome<T>(
  db: Database,
  person: Person,
  now: Date,
  outcome: Outcome<T>,
  fields: (record: T) => Promise<ReceiptFields> | ReceiptFields,
): Promise<ReportOutcome> {
  return { kind: outcome.kind, receipt: await receipt(db, person, now, await fields(outcome.record)) };
}
