import type { JobOffer } from '@portal/shared-contracts/offers';

/**
 * What the person can report on a job offer now: whether they applied (assigned), the outcome
 * (applied, no outcome yet), or nothing (not applied, or the outcome is in). The same rule as the
 * backend's, so the page never offers a report the server would answer with `state.conflict`.
 */
export const ReportMode = { apply: 'apply', outcome: 'outcome', done: 'done' } as const;
export type ReportMode = (typeof ReportMode)[keyof typeof ReportMode];

export function reportModeOf(offer: Pick<JobOffer, 'state' | 'outcome'>): ReportMode {
  if (offer.state === 'assigned') return ReportMode.apply;
  return offer.state === 'applied' && offer.outcome === null ? ReportMode.outcome : ReportMode.done;
}
