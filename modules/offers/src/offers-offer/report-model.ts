import { validate } from '@portal/shared-contracts';
import { OFFERS_ERRORS as E, OfferReportSchema, type JobOfferOutcome, type OfferReport } from '@portal/shared-contracts/offers';
import { errorsFromIssues, type Validation } from '@portal/ui-kit/form';
import { ReportMode } from '../report-mode.js';

// The report forms without the DOM: what the person has chosen and typed, and the check before
// sending, by the contract's own schema so the browser and the server say the same codes.

/** The issue paths in page order: the error summary's order, and the ids of the controls. */
export const KIND_PATH = 'kind';
export const REASON_PATH = 'reason';
export const OUTCOME_PATH = 'outcome';
export const FIELD_ORDER: readonly string[] = [KIND_PATH, REASON_PATH, OUTCOME_PATH];

export type ApplyChoice = '' | 'applied' | 'not-applied';

/** What is on the form now; kept through every error and a 409. */
export type ReportInput = {
  readonly choice: ApplyChoice;
  readonly reason: string;
  readonly outcome: '' | JobOfferOutcome;
};

export const EMPTY_INPUT: ReportInput = { choice: '', reason: '', outcome: '' };

/**
 * The report the input makes for an offer in `mode`, based on the offer's `updatedAt`, or the
 * errors by path. The reason goes out trimmed (the schema's own transform).
 */
export function checkReport(mode: ReportMode, input: ReportInput, basedOn: string): Validation<OfferReport> | undefined {
  let body: Record<string, unknown>;
  if (mode === ReportMode.apply) {
    if (input.choice === '') return { ok: false, errors: { [KIND_PATH]: E.kindRequired } };
    body = input.choice === 'applied' ? { kind: 'applied', basedOn } : { kind: 'not-applied', reason: input.reason, basedOn };
  } else if (mode === ReportMode.outcome) {
    body = { kind: 'outcome', outcome: input.outcome, basedOn };
  } else {
    return undefined;
  }
  const result = validate(OfferReportSchema, body);
  return result.ok ? { ok: true, request: result.value } : { ok: false, errors: errorsFromIssues(result.issues) };
}
