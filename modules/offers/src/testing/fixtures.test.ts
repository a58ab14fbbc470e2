import { expect } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import { OfferListSchema, OfferReceiptSchema, OfferSchema } from '@portal/shared-contracts/offers';
import { dueOffer, offerList, receiptFor, trainingOffer } from './fixtures.js';

// Fixtures that do not fit the contract would make the component tests prove nothing: the
// components validate every answer with these same schemas and would show the failure state.
describe('fixtures', () => {
  const fits = (schema: Parameters<typeof validate>[0], value: unknown): void => {
    const result = validate(schema, value);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  };

  it('the offer list fits OfferListSchema', () => fits(OfferListSchema, { offers: offerList }));
  it('every offer fits OfferSchema', () => {
    for (const offer of [...offerList, trainingOffer]) fits(OfferSchema, offer);
  });
  it('a receipt fits OfferReceiptSchema', () => fits(OfferReceiptSchema, receiptFor(dueOffer, { state: 'applied' })));
});
