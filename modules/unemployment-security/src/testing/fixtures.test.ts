import { expect } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import {
  AnswerReceiptSchema,
  ClarificationRequestSchema,
  EventDetailSchema,
  EventListSchema,
} from '@portal/shared-contracts/unemployment-security';
import {
  answerReceipt,
  attachmentsRequest,
  cancelledStatement,
  eventList,
  lateRequest,
  openRequest,
  paymentNotice,
  processedRequest,
  statement,
  supplementReceipt,
} from './fixtures.js';

// Fixtures that do not fit the contract would make the component tests prove nothing: the
// components validate every answer with these same schemas and would show the failure state.
describe('fixtures', () => {
  const fits = (schema: Parameters<typeof validate>[0], value: unknown): void => {
    const result = validate(schema, value);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  };

  it('the event list fits EventListSchema', () => fits(EventListSchema, { events: eventList }));

  for (const [name, request] of Object.entries({ openRequest, lateRequest, attachmentsRequest, processedRequest })) {
    it(`${name} fits ClarificationRequestSchema and EventDetailSchema`, () => {
      fits(ClarificationRequestSchema, request);
      fits(EventDetailSchema, request);
    });
  }

  for (const [name, detail] of Object.entries({ statement, cancelledStatement, paymentNotice })) {
    it(`${name} fits EventDetailSchema`, () => fits(EventDetailSchema, detail));
  }

  it('the receipts fit AnswerReceiptSchema', () => {
    fits(AnswerReceiptSchema, answerReceipt);
    fits(AnswerReceiptSchema, supplementReceipt);
  });
});
