import { expect } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import {
  TrainingApplicationSchema,
  TrainingDetailSchema,
  TrainingOverviewSchema,
  TrainingReceiptSchema,
} from '@portal/shared-contracts/training';
import { applicationIn, customerService, detailOf, overview, receiptOf } from './fixtures.js';

// Fixtures that do not fit the contract would make the component tests prove nothing: the
// components validate every answer with these same schemas and would show the failure state.
describe('fixtures', () => {
  const fits = (schema: Parameters<typeof validate>[0], value: unknown): void => {
    const result = validate(schema, value);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  };

  it('the overview fits TrainingOverviewSchema', () => fits(TrainingOverviewSchema, overview));
  it('a detail fits TrainingDetailSchema', () => fits(TrainingDetailSchema, detailOf(customerService, applicationIn('submitted'))));
  it('an application and a receipt fit their schemas', () => {
    fits(TrainingApplicationSchema, applicationIn('selected'));
    fits(TrainingReceiptSchema, receiptOf(applicationIn('withdrawn')));
  });
});
