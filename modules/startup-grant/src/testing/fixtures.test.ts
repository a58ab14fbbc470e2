import { expect } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import { StartupGrantOverviewSchema } from '@portal/shared-contracts/startup-grant';
import { AttachmentSchema } from '@portal/shared-contracts/unemployment-security';
import { emptyOverview, file, yrjoOverview } from './fixtures.js';

// The fixtures must be what the API could answer: a test against a shape the backend never sends proves nothing.
describe('startup-grant fixtures', () => {
  it('fit the contract', () => {
    for (const [name, value] of Object.entries({ yrjoOverview, emptyOverview })) {
      const result = validate(StartupGrantOverviewSchema, value);
      expect(result.ok, `${name}: ${JSON.stringify(result.ok ? [] : result.issues)}`).to.equal(true);
    }
    expect(validate(AttachmentSchema, file).ok).to.equal(true);
  });
});
