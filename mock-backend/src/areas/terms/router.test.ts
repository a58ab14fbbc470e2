// The terms of use in versions: which is in effect and which upcoming follows the (test) clock, in
// Helsinki days; operators add versions (4xx JSON for bad input, never a 5xx); a signed-in person's
// acknowledgement is recorded once per person and version, on any device; signed out is a 401.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '@portal/shared-contracts';
import {
  TermsAcknowledgementSchema,
  TermsAcknowledgementStatusSchema,
  TermsListSchema,
  TermsVersionCreateSchema,
  TermsVersionSchema,
  TermsVersionSummarySchema,
  type TermsAdminListResponse,
  type TermsList,
} from '@portal/shared-contracts/terms';
import type { Storage } from '../../storage/storage.js';
import {
  Browser,
  TestClock,
  expectApiError,
  openMigratedTestStorage,
  signIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';

const ADMIN = { authorization: 'Bearer test-admin-token' };
// 23:30 in Helsinki on 31.1.2027 (21:30 UTC): an hour later it is 1.2.2027 in Helsinki, still 31.1 in UTC.
const clock = new TestClock(new Date('2027-01-31T21:30:00Z'));

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const text = (heading: string) => ({ sections: [{ heading, paragraphs: ['Uusi ehto.'] }] });
const newVersion = (version: string, effectiveFrom: string) => ({
  version,
  effectiveFrom,
  summary: { fi: `Muutos ${version}.`, sv: `Ändring ${version}.`, en: `Change ${version}.` },
  text: { fi: text('Käyttöehdot'), sv: text('Användarvillkor'), en: text('Terms of use') },
});

async function list(server: TestServer): Promise<TermsList> {
  const response = await fetch(`${server.baseUrl}/api/terms`);
  assert.equal(response.status, 200);
  const body: unknown = await response.json();
  const checked = validate(TermsListSchema, body);
  assert.ok(checked.ok, JSON.stringify(body));
  return checked.value;
}

describe('/api/terms and /admin-api/terms', () => {
  let storage: Storage;
  let server: TestServer;
  before(async () => {
    storage = await openMigratedTestStorage();
    server = await startTestServer({ storage, clock: clock.now });
  });
  after(async () => {
    await server.close();
    await storage.close();
  });

  test('the seed: the terms of 15.3.2023 in effect with their text in fi/sv/en, nothing upcoming or announced', async () => {
    const terms = await list(server);
    assert.equal(terms.current?.version, '15.3.2023');
    assert.equal(terms.current?.effectiveFrom, '2023-03-15');
    assert.equal(terms.current?.effectiveUntil, null);
    // The development seed's 15.1.2027 is not in a test server (development: false).
    assert.deepEqual(terms.upcoming, []);
    assert.deepEqual(terms.earlier, []);
    const response = await fetch(`${server.baseUrl}/api/terms/versions/15.3.2023`);
    assert.equal(response.status, 200);
    const version: unknown = await response.json();
    const checked = validate(TermsVersionSchema, version);
    assert.ok(checked.ok, JSON.stringify(version).slice(0, 500));
    assert.equal(checked.value.status, 'current');
    assert.equal(checked.value.text.fi.sections[0]?.heading, 'Palvelun kuvaus');
    assert.equal(checked.value.text.sv.sections[0]?.heading, 'Beskrivning av tjänsten');
    assert.equal(checked.value.text.en.sections.at(-1)?.heading, 'Entry into force of these terms');
    assert.equal((await fetch(`${server.baseUrl}/api/terms/announcement`)).status, 204);
    await expectApiError(await fetch(`${server.baseUrl}/api/terms/versions/1.1.1999`), 404, 'not-found');
  });

  test('operators: a bad version is a 400 with the issues, a day not after today or a taken name a 409, no token a 401', async () => {
    const post = (body: unknown, headers = ADMIN) => fetch(`${server.baseUrl}/admin-api/terms`, json(body, headers));
    await expectApiError(await post(newVersion('1.3.2027', '2027-03-01'), {} as typeof ADMIN), 401, 'unauthenticated');
    const bad = await post({ ...newVersion('../x', '2027-02-30'), summary: { fi: '', sv: 'x', en: 'x' } });
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as { error: { code: string; details: { path: string }[] } };
    assert.equal(body.error.code, 'validation-failed');
    const paths = body.error.details.map((detail) => detail.path).sort();
    assert.deepEqual(paths, ['effectiveFrom', 'summary.fi', 'version']);
    const notJson = await fetch(`${server.baseUrl}/admin-api/terms`, {
      method: 'POST',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: '{',
    });
    await expectApiError(notJson, 400, 'bad-request');
    // Today (Helsinki) is 31.1.2027: a version must take effect from tomorrow on.
    await expectApiError(await post(newVersion('31.1.2027', '2027-01-31')), 409, 'conflict');
    await expectApiError(await post(newVersion('15.3.2023', '2027-06-01')), 409, 'conflict');
    assert.deepEqual((await list(server)).upcoming, [], 'nothing was added by the refusals');
  });

  test('operators add two upcoming versions: the soonest is announced; days move them into effect by the clock', async () => {
    const added = await fetch(`${server.baseUrl}/admin-api/terms`, json(newVersion('1.2.2027', '2027-02-01'), ADMIN));
    assert.equal(added.status, 201);
    const summary: unknown = await added.json();
    assert.ok(validate(TermsVersionSummarySchema, summary).ok, JSON.stringify(summary));
    assert.equal((await fetch(`${server.baseUrl}/admin-api/terms`, json(newVersion('1.6.2027', '2027-06-01'), ADMIN))).status, 201);
    await expectApiError(
      await fetch(`${server.baseUrl}/admin-api/terms`, json(newVersion('2.6.2027', '2027-06-01'), ADMIN)),
      409,
      'conflict',
    );

    let terms = await list(server);
    assert.equal(terms.current?.version, '15.3.2023');
    assert.equal(terms.current?.effectiveUntil, '2027-01-31');
    assert.deepEqual(
      terms.upcoming.map((v) => [v.version, v.effectiveUntil]),
      [
        ['1.2.2027', '2027-05-31'],
        ['1.6.2027', null],
      ],
    );
    const announcement = await fetch(`${server.baseUrl}/api/terms/announcement`);
    assert.equal(announcement.status, 200);
    assert.equal(((await announcement.json()) as { version: string }).version, '1.2.2027');

    // 00:30 on 1.2.2027 in Helsinki (still 31.1 in UTC): the new terms are in effect.
    clock.advance(3600);
    terms = await list(server);
    assert.equal(terms.current?.version, '1.2.2027');
    assert.deepEqual(
      terms.earlier.map((v) => v.version),
      ['15.3.2023'],
    );
    assert.deepEqual(
      terms.upcoming.map((v) => v.version),
      ['1.6.2027'],
    );
    const earlier = (await (await fetch(`${server.baseUrl}/api/terms/versions/15.3.2023`)).json()) as { status: string };
    assert.equal(earlier.status, 'earlier');

    const admin = await fetch(`${server.baseUrl}/admin-api/terms`, { headers: ADMIN });
    assert.equal(admin.status, 200);
    assert.equal(admin.headers.get('cache-control'), 'no-store');
    const { items } = (await admin.json()) as TermsAdminListResponse;
    assert.deepEqual(
      items.map((v) => v.version),
      ['15.3.2023', '1.2.2027', '1.6.2027'],
    );
  });

  test('acknowledgements: 401 signed out; recorded once per person and version, on any device; per person', async () => {
    const signedOut = new Browser(server.baseUrl);
    await expectApiError(await signedOut.fetch('/api/terms/acknowledgements'), 401, 'unauthenticated');
    await expectApiError(await signedOut.fetch('/api/terms/acknowledgements', json({ version: '1.6.2027' })), 401, 'unauthenticated');

    const tessa = new Browser(server.baseUrl);
    await signIn(tessa, 'tessa');
    const status = async (browser: Browser) => {
      const response = await browser.fetch('/api/terms/acknowledgements');
      assert.equal(response.status, 200);
      const body: unknown = await response.json();
      const checked = validate(TermsAcknowledgementStatusSchema, body);
      assert.ok(checked.ok, JSON.stringify(body));
      return checked.value;
    };
    const before = await status(tessa);
    assert.equal(before.version?.version, '1.6.2027', 'the upcoming version is the one to acknowledge');
    assert.equal(before.acknowledgedAt, null);

    await expectApiError(await tessa.fetch('/api/terms/acknowledgements', json({ version: '' })), 400, 'validation-failed');
    await expectApiError(await tessa.fetch('/api/terms/acknowledgements', json({ version: '9.9.2099' })), 404, 'not-found');
    await expectApiError(await tessa.fetch('/api/terms/acknowledgements', json({ version: '15.3.2023' })), 409, 'conflict');

    const first = await tessa.fetch('/api/terms/acknowledgements', json({ version: '1.6.2027' }));
    assert.equal(first.status, 201);
    const record: unknown = await first.json();
    const checked = validate(TermsAcknowledgementSchema, record);
    assert.ok(checked.ok, JSON.stringify(record));
    assert.equal(checked.value.acknowledgedAt, clock.now().toISOString());

    // Later, on another device: the same record, not a second one.
    clock.advance(60);
    const otherDevice = new Browser(server.baseUrl);
    await signIn(otherDevice, 'tessa');
    assert.equal((await status(otherDevice)).acknowledgedAt, checked.value.acknowledgedAt);
    const again = await otherDevice.fetch('/api/terms/acknowledgements', json({ version: '1.6.2027' }));
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), record);

    // Sven has not acknowledged anything.
    const sven = new Browser(server.baseUrl);
    await signIn(sven, 'sven');
    assert.equal((await status(sven)).acknowledgedAt, null);

    const { items } = (await (await fetch(`${server.baseUrl}/admin-api/terms`, { headers: ADMIN })).json()) as TermsAdminListResponse;
    assert.equal(items.find((v) => v.version === '1.6.2027')?.acknowledgements, 1);
  });
});

test('the seeded versions have the same sections, bullets and links in every language', async () => {
  const { SEED_TERMS_VERSIONS, DEVELOPMENT_TERMS_VERSIONS } = await import('../../storage/seeds/terms.js');
  for (const row of [...SEED_TERMS_VERSIONS, ...DEVELOPMENT_TERMS_VERSIONS]) {
    // A forgotten or half-translated section shows up as a count that differs from Finnish.
    const shape = (locale: 'fi' | 'sv' | 'en') =>
      row.text[locale].sections.map((section) => ({
        paragraphs: section.paragraphs?.length ?? 0,
        list: section.list?.map((item) => (typeof item === 'string' ? 0 : item.notes.length)) ?? [],
        links: section.links?.map((link) => link.href) ?? [],
      }));
    for (const locale of ['sv', 'en'] as const) assert.deepEqual(shape(locale), shape('fi'), `${row.version}/${locale}`);
    const checked = validate(TermsVersionCreateSchema, {
      version: row.version,
      effectiveFrom: row.effectiveFrom,
      summary: row.summary,
      text: row.text,
    });
    assert.ok(checked.ok, `${row.version} is valid as an operator's version`);
  }
  assert.equal(DEVELOPMENT_TERMS_VERSIONS[0]?.text.fi.sections.length, (SEED_TERMS_VERSIONS[0]?.text.fi.sections.length ?? 0) + 1);
});
