import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CurrentItemsResponseSchema, validate, type CurrentItemsResponse } from '@portal/shared-contracts';
import { ProfileSchema, type Profile } from '@portal/shared-contracts/profile';
import { findPerson } from './store.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { profileCurrentItems, toProfile } from './service.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function signedIn(person: Parameters<typeof signIn>[1]): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  const steps = await signIn(browser, person);
  assert.equal(steps.callback.status, 303);
  return browser;
}

test('signed out: the profile and its current items answer 401 with the error body', async () => {
  const browser = new Browser(server.baseUrl);
  for (const path of ['/api/profile', '/api/profile/current-items']) {
    await expectApiError(await browser.fetch(path), 401, 'unauthenticated');
  }
});

test("Tessa's profile matches the contract and the customer information system", async () => {
  const browser = await signedIn('tessa');
  const response = await browser.fetch('/api/profile');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body: unknown = await response.json();
  const parsed = validate(ProfileSchema, body);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  const profile = body as Profile;
  assert.equal(profile.henkilotunnus, '010280-952L');
  assert.equal(profile.givenName, 'Tessa');
  assert.equal(profile.lastName, 'Testilä');
  assert.equal(profile.birthDate, '1980-02-01');
  assert.deepEqual(profile.homeMunicipality, { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } });
  assert.deepEqual(profile.address, { street: 'Mannerheimintie 12 A 5', postalCode: '00100', postOffice: 'Helsinki', country: 'FI' });
  assert.equal(profile.addressProtected, false);
  assert.equal(profile.email, 'tessa.testila@example.fi');
  assert.equal(profile.preferredLanguage, 'fi');
});

test("Turva's address block: no address (nor home municipality), addressProtected true", async () => {
  const browser = await signedIn('turva');
  const profile = (await (await browser.fetch('/api/profile')).json()) as Profile;
  assert.ok(validate(ProfileSchema, profile).ok);
  assert.equal(profile.address, null);
  assert.equal(profile.homeMunicipality, null);
  assert.equal(profile.addressProtected, true);
  assert.doesNotMatch(JSON.stringify(profile), /Kirkkokatu|90100/);
});

test('Ulla lives abroad', async () => {
  const ulla = (await (await (await signedIn('ulla')).fetch('/api/profile')).json()) as Profile;
  assert.ok(validate(ProfileSchema, ulla).ok);
  assert.equal(ulla.homeMunicipality, null);
  assert.equal(ulla.address?.country, 'SE');
});

test("the eIDAS user's profile (no henkilötunnus) fits the contract, though she cannot sign in here", async () => {
  // The portal refuses identities without a henkilötunnus (identity/auth/router.ts), so only the mapping is tested.
  const erika = await findPerson(server.storage.db, SEED_PERSON_IDS.erika);
  assert.ok(erika);
  const profile = await toProfile(server.storage.db, erika);
  assert.ok(validate(ProfileSchema, profile).ok);
  assert.equal(profile.henkilotunnus, null);
  assert.equal(profile.address?.country, 'DE');
});

test('current items: a task for Sven (no phone), a status with the update date for Tessa', async () => {
  const sven = await (await (await signedIn('sven')).fetch('/api/profile/current-items')).json();
  assert.ok(validate(CurrentItemsResponseSchema, sven).ok);
  const [task] = (sven as CurrentItemsResponse).items;
  assert.equal(task?.kind, 'task');
  assert.equal(task?.urgency, 'action');
  assert.equal(task?.area, 'profile');
  assert.equal(task?.href, '/profile');
  assert.equal(task?.title.sv, 'Lägg till telefonnummer');

  const tessa = await (await (await signedIn('tessa')).fetch('/api/profile/current-items')).json();
  assert.ok(validate(CurrentItemsResponseSchema, tessa).ok);
  const [status] = (tessa as CurrentItemsResponse).items;
  assert.equal(status?.kind, 'status');
  assert.equal(status?.urgency, 'info');
  assert.equal(status?.title.fi, 'Tarkista, että yhteystietosi ovat ajan tasalla');
  assert.match(status?.description?.fi ?? '', /12\.3\.2025/);
  assert.match(status?.description?.sv ?? '', /12\.3\.2025/);
  assert.match(status?.description?.en ?? '', /12 March 2025/);
});

test('with neither phone nor email, the task asks for both', () => {
  const [item] = profileCurrentItems({ phone: null, email: null, updatedAt: new Date() } as never);
  assert.equal(item?.title.fi, 'Lisää puhelinnumero ja sähköpostiosoite');
  assert.equal(item?.title.en, 'Add your phone number and email address');
});
