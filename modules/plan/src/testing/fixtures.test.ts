import { expect } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import { PlanOverviewSchema, PlanReceiptSchema } from '@portal/shared-contracts/plan';
import { JobApplicationReceiptSchema, JobSearchObligationSchema } from '@portal/shared-contracts/plan-obligation';
import {
  acceptedPlan,
  acceptReceipt,
  applicationReceipt,
  ids,
  lastMonth,
  noObligation,
  noPlans,
  reportReceipt,
  svenObligation,
  svenOverview,
  ownReturnedLatest,
  proposalReceipt,
  svenReturned,
  svenWithProposals,
  tessaOverview,
  today,
} from './fixtures.js';

// Fixtures that do not fit the contract would make the component tests prove nothing: the
// components validate every answer with these same schemas and would show the failure state.
describe('fixtures', () => {
  const fits = (schema: Parameters<typeof validate>[0], value: unknown): void => {
    const result = validate(schema, value);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  };

  it('every overview fits PlanOverviewSchema', () => {
    for (const overview of [tessaOverview, svenOverview, svenWithProposals, svenReturned, noPlans]) fits(PlanOverviewSchema, overview);
    expect(ownReturnedLatest.state).to.equal('returned');
  });
  it('the receipts fit PlanReceiptSchema', () => {
    fits(PlanReceiptSchema, acceptReceipt());
    fits(PlanReceiptSchema, reportReceipt(acceptedPlan, ids.overdue, 'not-done', 'Sairastuin.'));
    fits(PlanReceiptSchema, proposalReceipt({ goal: 'Hitsaajaksi.', tasks: [{ description: 'Kurssi', targetDate: today }], message: '' }));
  });
  it('the obligations and their receipts fit the plan-obligation schemas', () => {
    for (const obligation of [svenObligation(), svenObligation(0, []), noObligation]) fits(JobSearchObligationSchema, obligation);
    const report = { employer: 'Oy Ab', job: 'Asentaja', method: 'phone' } as const;
    fits(JobApplicationReceiptSchema, applicationReceipt({ ...report, appliedOn: svenObligation().current!.start }));
    fits(JobApplicationReceiptSchema, applicationReceipt({ ...report, appliedOn: lastMonth.start }, true));
  });
});
