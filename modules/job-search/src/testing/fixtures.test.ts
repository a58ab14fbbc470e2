import { expect } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import { ProfileSchema } from '@portal/shared-contracts/profile';
import { CertificateSchema, JobSearchSchema, ReferenceDataSchema } from '@portal/shared-contracts/job-search';
import {
  activeWithAssessment,
  activeWithReports,
  certificate,
  ended,
  notRegistered,
  protectedActive,
  reference,
  ullaProfile,
} from './fixtures.js';

// Fixtures that do not fit the contract would make the component tests prove nothing: the
// components validate every answer with these same schemas and would show the failure state.
describe('fixtures', () => {
  const jobSearches = { notRegistered, activeWithAssessment, activeWithReports, ended, protectedActive };

  for (const [name, fixture] of Object.entries(jobSearches)) {
    it(`${name} fits JobSearchSchema`, () => {
      const result = validate(JobSearchSchema, fixture);
      expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
    });
  }

  it('the reference data, the certificate and the profile fit their schemas', () => {
    expect(validate(ReferenceDataSchema, reference).ok).to.equal(true);
    expect(validate(CertificateSchema, certificate).ok).to.equal(true);
    expect(validate(ProfileSchema, ullaProfile).ok).to.equal(true);
  });
});
