import type { PlanReceipt } from '@portal/shared-contracts/plan';
import { areaEvent } from '@portal/ui-kit/page';

/**
 * The proposed plan was accepted: the receipt carries the plan as it is now. The acceptance section
 * fires it (bubbling and composed); the area's root shows the receipt and the plan in force.
 */
export const PlanAcceptedEvent = areaEvent('plan-accepted', (receipt: PlanReceipt) => ({ receipt }));
export type PlanAcceptedEvent = InstanceType<typeof PlanAcceptedEvent>;

/**
 * Accepting was refused because the proposal is no longer what the person saw (changed by the
 * office, or accepted meanwhile elsewhere: a 409 or a 404). The root reads the plan again and says so.
 */
export const PlanAcceptConflictEvent = areaEvent('plan-accept-conflict', () => ({}));
export type PlanAcceptConflictEvent = InstanceType<typeof PlanAcceptConflictEvent>;

/** A task was reported: the root reads the plan again when its front page is next shown. */
export const PlanTaskReportedEvent = areaEvent('plan-task-reported', (receipt: PlanReceipt) => ({ receipt }));
export type PlanTaskReportedEvent = InstanceType<typeof PlanTaskReportedEvent>;

/**
 * The person's own proposal was sent: the receipt carries it as the office now has it. The proposal
 * page fires it; the root reads the plans again when its front page is next shown, so the proposal
 * shows there as waiting and the links to draft another are gone.
 */
export const PlanProposalSentEvent = areaEvent('plan-proposal-sent', (receipt: PlanReceipt) => ({ receipt }));
export type PlanProposalSentEvent = InstanceType<typeof PlanProposalSentEvent>;

declare global {
  interface HTMLElementEventMap {
    'plan-accepted': PlanAcceptedEvent;
    'plan-accept-conflict': PlanAcceptConflictEvent;
    'plan-task-reported': PlanTaskReportedEvent;
    'plan-proposal-sent': PlanProposalSentEvent;
  }
}
