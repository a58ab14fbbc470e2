// The legacy offer report form checked with the contract's rules, with its codes, mapped to the
// form's fields.
import { validate } from '@portal/shared-contracts';
import { OFFERS_ERRORS, OfferReportSchema, type OfferReport } from '@portal/shared-contracts/offers';
import { type FieldError } from './layout.js';
import { type OfferFormInput } from './offers-pages.js';

export interface CheckedOfferInput {
  readonly errors: FieldError[];
  readonly report?: OfferReport;
  /** The hidden basedOn did not parse: treated as a conflict (the form is not this offer's). */
  readonly stale: boolean;
}

/** The contract's rules, with its codes, mapped to the form's fields. */
export function checkOfferInput(input: OfferFormInput, basedOn: string): CheckedOfferInput {
  const errors: FieldError[] = [];
  if (input.kind !== 'applied' && input.kind !== 'not-applied' && input.kind !== 'outcome') {
    errors.push({ field: 'kind', target: 'kind-applied', code: OFFERS_ERRORS.kindRequired });
    return { errors, stale: false };
  }
  const candidate =
    input.kind === 'applied'
      ? { kind: input.kind, basedOn }
      : input.kind === 'not-applied'
        ? { kind: input.kind, reason: input.reason, basedOn }
        : { kind: input.kind, outcome: input.outcome, basedOn };
  const result = validate(OfferReportSchema, candidate);
  if (result.ok) return { errors, report: result.value, stale: false };
  let stale = false;
  for (const issue of result.issues) {
    if (issue.path === 'reason') errors.push({ field: 'reason', target: 'reason', code: issue.message });
    else if (issue.path === 'outcome') errors.push({ field: 'outcome', target: 'outcome-hired', code: OFFERS_ERRORS.outcomeRequired });
    else if (issue.path === 'basedOn') stale = true;
    else errors.push({ field: 'kind', target: 'kind-applied', code: OFFERS_ERRORS.kindRequired });
  }
  return { errors, stale };
}
