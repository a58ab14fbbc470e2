import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import {
  BusinessSectionSchema,
  EarlierSectionSchema,
  FinancingSectionSchema,
  OfficeGrantDecisionSchema,
  ProfitabilitySectionSchema,
  STARTUP_GRANT_ERRORS as E,
  SupplementAnswerSchema,
  financingBalance,
  isBusinessId,
  parseAmount,
  profitabilityResult,
} from './startup-grant.js';

test('a business ID is checked by its check digit', () => {
  assert.ok(isBusinessId('0737546-2'));
  assert.ok(isBusinessId('1572860-0'));
  assert.equal(isBusinessId('0737546-3'), false);
  assert.equal(isBusinessId('737546-2'), false);
  assert.equal(isBusinessId('0737546 2'), false);
});

test("amounts are read in the person's language, in cents, and nonsense is refused", () => {
  assert.equal(parseAmount('1 234,50', 'fi'), 123450);
  assert.equal(parseAmount('1\u00a0234,5', 'sv'), 123450);
  assert.equal(parseAmount('1234.5', 'fi'), 123450);
  assert.equal(parseAmount('1,234.50', 'en'), 123450);
  assert.equal(parseAmount('1234.50', 'en'), 123450);
  assert.equal(parseAmount('  ', 'en'), 0);
  assert.equal(parseAmount('12 €', 'fi'), 1200);
  assert.equal(parseAmount('1,234,50', 'en'), undefined, 'en uses a dot for decimals');
  assert.equal(parseAmount('1,5', 'en'), undefined);
  assert.equal(parseAmount('-5', 'fi'), undefined);
  assert.equal(parseAmount('1,234', 'fi'), undefined, 'three decimals');
  assert.equal(parseAmount('abc', 'fi'), undefined);
  assert.equal(parseAmount('999999999999', 'fi'), undefined, 'above the maximum');
});

const business = { name: 'Yrjön Puutyö', form: 'sole-trader', field: 'Puusepäntyöt', startDate: '2026-03-01', workingTime: 'full-time' };

test('the business section: a business ID is optional but checked, the form and working time from their lists', () => {
  assert.ok(validate(BusinessSectionSchema, business).ok);
  assert.ok(validate(BusinessSectionSchema, { ...business, businessId: '0737546-2' }).ok);
  const badId = validate(BusinessSectionSchema, { ...business, businessId: '0737546-3' });
  assert.ok(!badId.ok && badId.issues[0]?.message === E.businessIdInvalid);
  const noName = validate(BusinessSectionSchema, { ...business, name: '  ' });
  assert.ok(!noName.ok && noName.issues[0]?.message === E.required);
  assert.equal(validate(BusinessSectionSchema, { ...business, form: 'empire' }).ok, false);
  assert.equal(validate(BusinessSectionSchema, { ...business, startDate: '2026-02-30' }).ok, false);
});

const costs = { purchases: 50000, premises: 30000, vehicle: 0, insurance: 5000, marketing: 0, other: 1000 };

test('profitability: whole cents, the result sales less every cost', () => {
  assert.ok(validate(ProfitabilitySectionSchema, { sales: 400000, costs }).ok);
  assert.equal(profitabilityResult({ sales: 400000, costs }), 314000);
  assert.equal(profitabilityResult({ sales: 0, costs }), -86000);
  const fraction = validate(ProfitabilitySectionSchema, { sales: 1.5, costs });
  assert.ok(!fraction.ok && fraction.issues[0]?.message === E.amountInvalid);
  assert.equal(validate(ProfitabilitySectionSchema, { sales: -1, costs }).ok, false);
});

test('financing must balance, and says so with its own code', () => {
  const investments = { machinery: 500000, premises: 0, stock: 100000, other: 0 };
  const balanced = { investments, financing: { own: 200000, loan: 400000, other: 0 } };
  assert.ok(validate(FinancingSectionSchema, balanced).ok);
  assert.equal(financingBalance(balanced), 0);
  const short = { investments, financing: { own: 200000, loan: 300000, other: 0 } };
  assert.equal(financingBalance(short), -100000);
  const result = validate(FinancingSectionSchema, short);
  assert.ok(!result.ok && result.issues[0]?.message === E.financingUnbalanced);
});

test('earlier entrepreneurship: a description only when there was some', () => {
  assert.ok(validate(EarlierSectionSchema, { hasEarlier: false }).ok);
  assert.equal(validate(EarlierSectionSchema, { hasEarlier: true, description: '' }).ok, false);
  assert.ok(validate(EarlierSectionSchema, { hasEarlier: true, description: 'Toiminimi 2010–2014' }).ok);
});

test('a supplement answer needs text; an office decision grants periods or rejects with a reason', () => {
  assert.equal(validate(SupplementAnswerSchema, { text: ' ', attachmentIds: [] }).ok, false);
  assert.ok(validate(SupplementAnswerSchema, { text: 'Liitteenä', attachmentIds: [] }).ok);
  assert.ok(validate(OfficeGrantDecisionSchema, { outcome: 'granted', periods: [{ startsOn: '2026-01-01', endsOn: '2026-01-31' }] }).ok);
  assert.equal(validate(OfficeGrantDecisionSchema, { outcome: 'granted', periods: [] }).ok, false);
  assert.equal(validate(OfficeGrantDecisionSchema, { outcome: 'rejected' }).ok, false);
});
