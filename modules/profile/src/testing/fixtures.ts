import type { Profile } from '@portal/shared-contracts';

/** Tessa Testilä's basic data as the API gives it, for component tests. */
export const tessaProfile: Profile = {
  henkilotunnus: '010280-952L',
  firstNames: 'Tessa Maria',
  givenName: 'Tessa',
  lastName: 'Testilä',
  birthDate: '1980-02-01',
  homeMunicipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
  address: { street: 'Mannerheimintie 1 A 2', postalCode: '00100', postOffice: 'Helsinki', country: 'FI' },
  addressProtected: false,
  phone: '+358 40 123 4567',
  email: 'tessa.testila@example.fi',
  preferredLanguage: 'fi',
  contactChannel: 'email',
  updatedAt: '2025-03-12T10:00:00.000Z',
};

/** A JSON answer, as the backend gives it. */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
