// Reporting a change of basic data: coded validation at the field paths, the effective-date window
// in Helsinki's calendar, pending changes that apply on their day, no lost updates (basedOn), one
// record per Idempotency-Key, and an address under an address block never shown back. And the
// history of reports (GET /api/profile/changes): newest first, current statuses, no values.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import {
  API_ERROR_CODES,
  ApiErrorSchema,
  CurrentItemsResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  validate,
  type ApiError,
  type CurrentItemsResponse,
} from '@portal/shared-contracts';
import {
  PROFILE_CHANGE_ERRORS as E,
  ProfileChangeHistorySchema,
  ProfileChangeReceiptSchema,
  type Profile,
  type ProfileChangeHistory,
  type ProfileChangeReceipt,
} from '@portal/shared-contracts/profile';
import { helsinkiDate } from '../../platform/calendar.js';
import { insertChange } from './changes-store.js';
import { persons, profileChanges } from '../../storage/schema/index.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';

const DAY = 24 * 60 * 60;
// 00:30 on 15 June in Helsinki (UTC+3), still the 14th in UTC: "today" must be Helsinki's day.
const clock = new TestClock(new Date('2026-06-14T21:30:00Z'));
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

type SeedPerson = keyof typeof SEED_PERSON_IDS;

async function signedIn(person: SeedPerson, browser = new Browser(server.baseUrl)): Promise<Browser> {
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function profileOf(browser: Browser): Promise<Profile> {
  const response = await browser.fetch('/api/profile');
  assert.equal(response.status, 200);
  return (await response.json()) as Profile;
}

async function currentItemsOf(browser: Browser): Promise<CurrentItemsResponse['items']> {
  const body: unknown = await (await browser.fetch('/api/profile/current-items')).json();
  assert.ok(validate(CurrentItemsResponseSchema, body).ok, JSON.stringify(body));
  return (body as CurrentItemsResponse).items;
}

async function historyOf(browser: Browser): Promise<{ items: ProfileChangeHistory['items']; text: string }> {
  const response = await browser.fetch('/api/profile/changes');
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body: unknown = JSON.parse(text);
  const parsed = validate(ProfileChangeHistorySchema, body);
  assert.ok(parsed.ok, text);
  return { items: (body as ProfileChangeHistory).items, text };
}

function today(offsetDays = 0): string {
  return helsinkiDate(new Date(clock.now().getTime() + offsetDays * DAY * 1000));
}

function report(
  browser: Browser,
  body: unknown,
  key: string | null = randomUUID(),
  headers: Record<string, string> = {},
): Promise<Response> {
  return browser.fetch('/api/profile/changes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function receiptOf(response: Response, status = 201): Promise<ProfileChangeReceipt> {
  const body: unknown = await response.json();
  assert.equal(response.status, status, JSON.stringify(body));
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const parsed = validate(ProfileChangeReceiptSchema, body);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return body as ProfileChangeReceipt;
}

async function expectDetails(response: Response, details: ApiError['error']['details']): Promise<void> {
  const body: unknown = await response.json();
  assert.equal(response.status, 400, JSON.stringify(body));
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as ApiError).error.code, API_ERROR_CODES.validationFailed);
  assert.deepEqual((body as ApiError).error.details, details);
}

async function storedChanges(person: SeedPerson): Promise<number> {
  const [row] = await server.storage.db
    .select({ n: count() })
    .from(profileChanges)
    .where(eq(profileChanges.personId, SEED_PERSON_IDS[person]));
  return row?.n ?? 0;
}

describe('a change taking effect today', () => {
  test('a new phone number applies at once; the receipt fits the contract and shows the new profile', async () => {
    const browser = await signedIn('yrjo');
    const before = await profileOf(browser);
    const receipt = await receiptOf(
      await report(browser, { effectiveDate: '2026-06-15', phone: ' +358 50 111 2222 ', basedOn: before.updatedAt }),
    );
    assert.equal(receipt.effectiveDate, '2026-06-15');
    assert.deepEqual(receipt.changed, ['phone']);
    assert.equal(receipt.receivedAt, clock.now().toISOString());
    assert.equal(receipt.profile.phone, '+358 50 111 2222', 'trimmed as the contract says');
    assert.equal(receipt.profile.updatedAt, clock.now().toISOString(), 'updatedAt moves');
    assert.equal(receipt.profile.email, before.email, 'nothing else changes');
    assert.deepEqual(await profileOf(browser), receipt.profile);
    assert.equal(await storedChanges('yrjo'), 1);
  });

  test('several fields at once; basedOn is compared as an instant, whatever its notation', async () => {
    const browser = await signedIn('tessa');
    const before = await profileOf(browser);
    // The same instant two hours ahead, as +02:00: still the profile the person saw.
    const shifted = new Date(Date.parse(before.updatedAt) + 2 * 3600 * 1000).toISOString().replace('Z', '+02:00');
    const receipt = await receiptOf(
      await report(browser, {
        effectiveDate: today(-3),
        address: { street: ' Aleksanterinkatu 1 ', postalCode: '00170', postOffice: 'Helsinki' },
        email: 'tessa@example.com',
        preferredLanguage: 'sv',
        contactChannel: 'email',
        basedOn: shifted,
      }),
    );
    assert.deepEqual(receipt.changed, ['address', 'email', 'preferredLanguage', 'contactChannel']);
    assert.deepEqual(receipt.profile.address, { street: 'Aleksanterinkatu 1', postalCode: '00170', postOffice: 'Helsinki', country: 'FI' });
    assert.equal(receipt.profile.preferredLanguage, 'sv');
    assert.equal(receipt.profile.contactChannel, 'email');
  });
});

describe('refused reports store nothing', () => {
  test('each bad field: 400 validation-failed with its code at its path', async () => {
    const browser = await signedIn('sven');
    const { updatedAt } = await profileOf(browser);
    const base = { effectiveDate: today(), basedOn: updatedAt };
    const address = { street: 'Katu 1', postalCode: '00100', postOffice: 'Helsinki' };
    const cases: [Record<string, unknown>, { path: string; message: string }[]][] = [
      [{ phone: 'call me' }, [{ path: 'phone', message: E.phoneInvalid }]],
      [{ email: 'sven@' }, [{ path: 'email', message: E.emailInvalid }]],
      [{ address: { ...address, street: '  ' } }, [{ path: 'address.street', message: E.streetRequired }]],
      [{ address: { ...address, postalCode: '1234' } }, [{ path: 'address.postalCode', message: E.postalCodeInvalid }]],
      [{ address: { ...address, postOffice: '' } }, [{ path: 'address.postOffice', message: E.postOfficeRequired }]],
      [{ phone: '+358 40 1234567', effectiveDate: '2026-13-45' }, [{ path: 'effectiveDate', message: E.effectiveDateInvalid }]],
      // The right shape but no such day: isoDate lets it through, the server must not (PostgreSQL would throw).
      [{ phone: '+358 40 1234567', effectiveDate: '2026-02-30' }, [{ path: 'effectiveDate', message: E.effectiveDateInvalid }]],
      // A NUL passes the e-mail pattern but cannot be stored: the field's code, not a 500.
      [{ email: 'sven\u0000@example.fi' }, [{ path: 'email', message: E.emailInvalid }]],
      [
        { phone: 'x', email: 'y', address: { street: '', postalCode: 'z', postOffice: 'Oulu' } },
        [
          { path: 'address.street', message: E.streetRequired },
          { path: 'address.postalCode', message: E.postalCodeInvalid },
          { path: 'phone', message: E.phoneInvalid },
          { path: 'email', message: E.emailInvalid },
        ],
      ],
    ];
    for (const [change, details] of cases) {
      await expectDetails(await report(browser, { ...base, ...change }), details);
    }
    // Issues without a code of their own come as valibot gives them, still at their paths.
    for (const [change, path] of [
      [{ preferredLanguage: 'de' }, 'preferredLanguage'],
      [{ contactChannel: 'pigeon' }, 'contactChannel'],
      [{ phone: '+358 40 1234567', basedOn: 'yesterday' }, 'basedOn'],
      [{ phone: '+358 40 1234567', effectiveDate: undefined }, 'effectiveDate'],
    ] as const) {
      const response = await report(browser, { ...base, ...change });
      const body = (await response.json()) as ApiError;
      assert.equal(response.status, 400);
      assert.deepEqual(
        body.error.details?.map((d) => d.path),
        [path],
        JSON.stringify(body),
      );
    }
    assert.equal(await storedChanges('sven'), 0);
    assert.equal((await profileOf(browser)).updatedAt, updatedAt);
  });

  test('a report that changes nothing: 400 nothing-changed', async () => {
    const browser = await signedIn('sven');
    const { updatedAt } = await profileOf(browser);
    await expectDetails(await report(browser, { effectiveDate: today(), basedOn: updatedAt }), [{ path: '', message: E.nothingChanged }]);
    assert.equal(await storedChanges('sven'), 0);
  });

  test('an effective date more than a year away either way: 400 effective-date.range', async () => {
    const browser = await signedIn('sven');
    const { updatedAt } = await profileOf(browser);
    for (const effectiveDate of [today(366), today(-366), '1999-01-01']) {
      await expectDetails(await report(browser, { effectiveDate, phone: '+358 40 1234567', basedOn: updatedAt }), [
        { path: 'effectiveDate', message: E.effectiveDateRange },
      ]);
    }
    assert.equal(await storedChanges('sven'), 0);
  });

  test('Idempotency-Key missing or malformed: 400 bad-request', async () => {
    const browser = await signedIn('sven');
    const { updatedAt } = await profileOf(browser);
    const body = { effectiveDate: today(), phone: '+358 40 1234567', basedOn: updatedAt };
    for (const key of [null, '', 'short', 'x'.repeat(101), 'has space in it', 'ääkkösiä-123']) {
      await expectApiError(await report(browser, body, key), 400, API_ERROR_CODES.badRequest);
    }
    assert.equal(await storedChanges('sven'), 0);
  });

  test('malformed JSON: 400 bad-request; a cross-site POST: 403 (CSRF)', async () => {
    const browser = await signedIn('sven');
    const { updatedAt } = await profileOf(browser);
    await expectApiError(await report(browser, '{"effectiveDate": '), 400, API_ERROR_CODES.badRequest);
    const body = { effectiveDate: today(), phone: '+358 40 1234567', basedOn: updatedAt };
    await expectApiError(await report(browser, body, randomUUID(), { 'sec-fetch-site': 'cross-site' }), 403, API_ERROR_CODES.forbidden);
    assert.equal(await storedChanges('sven'), 0);
  });

  test('signed out: 401', async () => {
    await expectApiError(
      await report(new Browser(server.baseUrl), { effectiveDate: today(), phone: '+358 40 1234567', basedOn: new Date().toISOString() }),
      401,
      API_ERROR_CODES.unauthenticated,
    );
  });
});

describe('concurrency and idempotency', () => {
  test('a stale basedOn: 409 conflict, nothing stored, the other tab’s change kept', async () => {
    const tab1 = await signedIn('ulla');
    const tab2 = await signedIn('ulla');
    const seen = await profileOf(tab2);
    const before = await storedChanges('ulla');
    await receiptOf(await report(tab1, { effectiveDate: today(), email: 'ulla@tab1.example', basedOn: (await profileOf(tab1)).updatedAt }));
    const conflict = await report(tab2, { effectiveDate: today(), email: 'ulla@tab2.example', basedOn: seen.updatedAt });
    await expectApiError(conflict.clone(), 409, API_ERROR_CODES.conflict);
    assert.match(((await conflict.json()) as ApiError).error.message, /changed meanwhile/);
    assert.equal(await storedChanges('ulla'), before + 1);
    assert.equal((await profileOf(tab2)).email, 'ulla@tab1.example', 'never a silent overwrite');
  });

  test('the same Idempotency-Key again: the first receipt with 200, one record, though updatedAt has moved', async () => {
    const browser = await signedIn('ulla');
    const { updatedAt } = await profileOf(browser);
    const before = await storedChanges('ulla');
    const key = randomUUID();
    const body = { effectiveDate: today(), phone: '+46 70 555 55 55', basedOn: updatedAt };
    const first = await receiptOf(await report(browser, body, key));
    assert.notEqual(first.profile.updatedAt, updatedAt, 'the first report moved updatedAt');
    clock.advance(5);
    const retry = await receiptOf(await report(browser, body, key), 200);
    assert.equal(retry.id, first.id);
    assert.equal(retry.receivedAt, first.receivedAt);
    assert.deepEqual(retry.changed, first.changed);
    assert.deepEqual(retry.profile, first.profile);
    assert.equal(await storedChanges('ulla'), before + 1);

    // Keys are per person: Yrjö may happen to use the same one.
    const yrjo = await signedIn('yrjo');
    const his = await receiptOf(
      await report(yrjo, { effectiveDate: today(), email: 'yrjo@example.fi', basedOn: (await profileOf(yrjo)).updatedAt }, key),
    );
    assert.notEqual(his.id, first.id);
  });

  test('a double click (concurrent requests with one key) makes one record', async () => {
    const browser = await signedIn('tessa');
    const { updatedAt } = await profileOf(browser);
    const before = await storedChanges('tessa');
    const key = randomUUID();
    const body = { effectiveDate: today(), phone: '+358 40 999 9999', basedOn: updatedAt };
    const responses = await Promise.all(Array.from({ length: 4 }, () => report(browser, body, key)));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 201]);
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as ProfileChangeReceipt).id)));
    assert.equal(ids.size, 1);
    assert.equal(await storedChanges('tessa'), before + 1);
  });
});

test('the unique constraint keeps one record per person and key, whatever gets past the row lock', async () => {
  const change = {
    personId: SEED_PERSON_IDS.yrjo,
    idempotencyKey: randomUUID(),
    receivedAt: clock.now(),
    effectiveDate: today(30),
    changes: { phone: '+358 50 000 0000' },
  };
  const first = await insertChange(server.storage.db, change);
  assert.ok(first);
  assert.equal(await insertChange(server.storage.db, change), undefined, 'the second insert is a no-op, not an error');
  assert.equal(
    (await server.storage.db.select().from(profileChanges).where(eq(profileChanges.idempotencyKey, change.idempotencyKey))).length,
    1,
  );
  await server.storage.db.delete(profileChanges).where(eq(profileChanges.id, first.id));
});

describe('an address abroad', () => {
  const oslo = { street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'NO' };

  test('Ulla moves from Stockholm to Oslo: stored with its country, in the receipt and the profile', async () => {
    const browser = await signedIn('ulla');
    const before = await profileOf(browser);
    assert.equal(before.address?.country, 'SE');
    const receipt = await receiptOf(
      await report(browser, {
        effectiveDate: today(),
        address: { ...oslo, street: ' Storgata 1 ', country: 'no' },
        basedOn: before.updatedAt,
      }),
    );
    assert.deepEqual(receipt.changed, ['address']);
    assert.deepEqual(receipt.profile.address, oslo);
    assert.deepEqual((await profileOf(browser)).address, oslo);
    const [row] = await server.storage.db.select().from(persons).where(eq(persons.id, SEED_PERSON_IDS.ulla));
    assert.equal(row?.country, 'NO');
    const [change] = await server.storage.db.select().from(profileChanges).where(eq(profileChanges.id, receipt.id));
    assert.deepEqual(change?.changes.address, oslo, 'the report keeps the country too');

    // No postal code abroad is no postal code, not a missing one.
    const dublin = { street: 'Main Street 5', postOffice: 'Dublin', country: 'IE' };
    const second = await receiptOf(await report(browser, { effectiveDate: today(), address: dublin, basedOn: receipt.profile.updatedAt }));
    assert.deepEqual(second.profile.address, { ...dublin, postalCode: '' });
  });

  test('bad addresses: 400 with the code of the real problem at its path, nothing stored', async () => {
    const browser = await signedIn('ulla');
    const { updatedAt } = await profileOf(browser);
    const stored = await storedChanges('ulla');
    const base = { effectiveDate: today(), basedOn: updatedAt };
    const cases: [unknown, { path: string; message: string }[]][] = [
      [
        { ...oslo, postOffice: ' ', country: '' },
        [
          { path: 'address.postOffice', message: E.cityRequired },
          { path: 'address.country', message: E.countryRequired },
        ],
      ],
      [{ ...oslo, country: 'XX' }, [{ path: 'address.country', message: E.countryInvalid }]],
      [{ ...oslo, country: 'fi' }, [{ path: 'address.country', message: E.countryFinland }]],
      // FI is Finland by Finnish rules: Oslo's postal code is not a Finnish one.
      [{ ...oslo, country: 'FI' }, [{ path: 'address.postalCode', message: E.postalCodeInvalid }]],
      [{ ...oslo, street: 'x'.repeat(300) }, [{ path: 'address.street', message: E.streetTooLong }]],
      [{ street: 'x'.repeat(300), postalCode: '00100', postOffice: 'Helsinki' }, [{ path: 'address.street', message: E.streetTooLong }]],
      [{ ...oslo, postalCode: '0155\u0000' }, [{ path: 'address.postalCode', message: E.postalCodeAbroadInvalid }]],
      [{ ...oslo, postOffice: 'Oslo\u0000' }, [{ path: 'address.postOffice', message: E.textCharacters }]],
      // A NUL in a Finnish street: a character that cannot be stored, not a missing street.
      [{ street: 'Katu\u0000 1', postalCode: '00100', postOffice: 'Helsinki' }, [{ path: 'address.street', message: E.textCharacters }]],
      [{ ...oslo, country: 47 }, [{ path: 'address.country', message: E.countryInvalid }]],
    ];
    for (const [address, details] of cases) {
      await expectDetails(await report(browser, { ...base, address }), details);
    }
    assert.equal(await storedChanges('ulla'), stored);
  });

  test('no input makes a 5xx: every odd address is a 400 with a JSON error body', async () => {
    const browser = await signedIn('ulla');
    const { updatedAt } = await profileOf(browser);
    const odd: unknown[] = [
      null,
      [],
      'Oslo',
      { country: null },
      { ...oslo, country: ['NO'] },
      { ...oslo, country: { toString: 'NO' } },
      { ...oslo, postalCode: null },
      { ...oslo, postalCode: 155 },
      { ...oslo, street: '\ud800' },
      { ...oslo, postOffice: '\u0000' },
      { ...oslo, country: '\u0000\u0000' },
      { ...oslo, country: 'NOR' },
      { ...oslo, postalCode: '0'.repeat(10_000) },
    ];
    for (const address of odd) {
      const response = await report(browser, { effectiveDate: today(), basedOn: updatedAt, address });
      const body: unknown = await response.json();
      assert.equal(response.status, 400, `${JSON.stringify(address)} → ${JSON.stringify(body)}`);
      assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
    }
  });

  test('a report stored before addresses abroad (no country) applies as an address in Finland', async () => {
    const browser = await signedIn('ulla');
    await insertChange(server.storage.db, {
      personId: SEED_PERSON_IDS.ulla,
      idempotencyKey: randomUUID(),
      receivedAt: clock.now(),
      effectiveDate: today(),
      // As stored by the earlier contract, which had no country: the type now says there is one.
      changes: { address: { street: 'Kotikatu 2', postalCode: '00100', postOffice: 'Helsinki' } as never },
    });
    assert.deepEqual((await profileOf(browser)).address, {
      street: 'Kotikatu 2',
      postalCode: '00100',
      postOffice: 'Helsinki',
      country: 'FI',
    });
  });
});

describe('address block (turvakielto)', () => {
  test('an address change is stored and applied but never shown back: not in the receipt, the profile or the current items', async () => {
    const browser = await signedIn('turva');
    const { updatedAt } = await profileOf(browser);
    const response = await report(browser, {
      effectiveDate: today(),
      address: { street: 'Salainen polku 7', postalCode: '90570', postOffice: 'Oulu' },
      basedOn: updatedAt,
    });
    const text = await response.clone().text();
    const receipt = await receiptOf(response);
    assert.deepEqual(receipt.changed, ['address']);
    assert.equal(receipt.profile.address, null);
    assert.equal(receipt.profile.homeMunicipality, null);
    assert.equal(receipt.profile.addressProtected, true);
    assert.doesNotMatch(text, /Salainen|90570|Kirkkokatu|90100/);
    assert.doesNotMatch(JSON.stringify(await profileOf(browser)), /Salainen|90570/);
    assert.doesNotMatch(JSON.stringify(await currentItemsOf(browser)), /Salainen|90570/);
    const history = await historyOf(browser);
    assert.deepEqual(history.items.find((item) => item.id === receipt.id)?.changed, ['address']);
    assert.doesNotMatch(history.text, /Salainen|90570/);

    const [row] = await server.storage.db.select().from(persons).where(eq(persons.id, SEED_PERSON_IDS.turva));
    assert.equal(row?.street, 'Salainen polku 7', 'the register has it');
    const [change] = await server.storage.db.select().from(profileChanges).where(eq(profileChanges.id, receipt.id));
    assert.equal(change?.changes.address?.postalCode, '90570');
  });
});

describe('the history of reports', () => {
  test('newest first with current statuses: a change dated ahead is pending, one taking effect today applied', async () => {
    // Yrjö has reports from the tests above; the clock moves on so these two are the newest.
    const browser = await signedIn('yrjo');
    clock.advance(60);
    const first = await receiptOf(
      await report(browser, { effectiveDate: today(), email: 'yrjo@history.example', basedOn: (await profileOf(browser)).updatedAt }),
    );
    clock.advance(60);
    const second = await receiptOf(
      await report(browser, {
        effectiveDate: today(5),
        phone: '+358 50 765 0000',
        preferredLanguage: 'sv',
        basedOn: (await profileOf(browser)).updatedAt,
      }),
    );
    const { items, text } = await historyOf(browser);
    assert.deepEqual(items.slice(0, 2), [
      { id: second.id, receivedAt: second.receivedAt, effectiveDate: today(5), changed: ['phone', 'preferredLanguage'], status: 'pending' },
      { id: first.id, receivedAt: first.receivedAt, effectiveDate: today(), changed: ['email'], status: 'applied' },
    ]);
    assert.equal(items.length, await storedChanges('yrjo'));
    const times = items.map((item) => Date.parse(item.receivedAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first throughout',
    );
    // Field names only: none of the reported values, in any field the contract might grow.
    assert.doesNotMatch(text, /history\.example|765 0000|111 2222|"sv"/);
    for (const item of JSON.parse(text).items as object[]) {
      assert.deepEqual(Object.keys(item).sort(), ['changed', 'effectiveDate', 'id', 'receivedAt', 'status']);
    }
  });

  test('only the signed-in person’s reports', async () => {
    const his = (await historyOf(await signedIn('yrjo'))).items.map((item) => item.id);
    const all = await server.storage.db.select({ id: profileChanges.id, personId: profileChanges.personId }).from(profileChanges);
    assert.ok(
      all.some((row) => row.personId !== SEED_PERSON_IDS.yrjo),
      'others have reports too',
    );
    assert.deepEqual(new Set(his), new Set(all.filter((row) => row.personId === SEED_PERSON_IDS.yrjo).map((row) => row.id)));
  });

  test('signed out: 401', async () => {
    await expectApiError(await new Browser(server.baseUrl).fetch('/api/profile/changes'), 401, API_ERROR_CODES.unauthenticated);
  });
});

// Last: moves the shared clock by days.
describe('a change dated ahead', () => {
  test('is pending (the profile unchanged, a current item says when) and applies when its day comes', async () => {
    let browser = await signedIn('sven');
    const before = await profileOf(browser);
    assert.equal(before.phone, null);
    const effectiveDate = today(10);
    const receipt = await receiptOf(await report(browser, { effectiveDate, phone: '+358 40 765 4321', basedOn: before.updatedAt }));
    assert.deepEqual(receipt.changed, ['phone']);
    assert.deepEqual(receipt.profile, before, 'the profile shows the old data until then');
    assert.deepEqual(await profileOf(browser), before);
    const pending = (await currentItemsOf(browser)).find((item) => item.id === 'profile-change-pending');
    assert.equal(pending?.title.fi, `Ilmoittamasi muutos tietoihisi tulee voimaan 25.6.2026`);
    assert.equal(pending?.title.en, 'The change to your details you reported takes effect on 25 June 2026');

    // The day before, still pending; Helsinki's midnight, not UTC's, brings it into effect.
    const statusIn = async (b: Browser) => (await historyOf(b)).items.find((item) => item.id === receipt.id)?.status;
    assert.equal(await statusIn(browser), 'pending');
    clock.advance(9 * DAY);
    browser = await signedIn('sven', new Browser(server.baseUrl));
    assert.equal(await statusIn(browser), 'pending');
    assert.equal((await profileOf(browser)).phone, null);
    clock.advance(DAY);
    assert.equal(today(), effectiveDate);
    assert.notEqual(clock.now().toISOString().slice(0, 10), effectiveDate, 'UTC is still on the day before');
    browser = await signedIn('sven', new Browser(server.baseUrl));
    // The history is the first read on the day: it applies the change itself rather than showing it stale.
    assert.equal(await statusIn(browser), 'applied');
    const after = await profileOf(browser);
    assert.equal(after.phone, '+358 40 765 4321');
    assert.equal(after.updatedAt, clock.now().toISOString(), 'updatedAt moves when it is applied');
    const items = await currentItemsOf(browser);
    assert.equal(
      items.find((item) => item.id === 'profile-change-pending'),
      undefined,
    );
    assert.equal(
      items.find((item) => item.id === 'profile-contact-details-missing'),
      undefined,
      'he has a phone now',
    );
    const [row] = await server.storage.db.select().from(profileChanges).where(eq(profileChanges.id, receipt.id));
    assert.equal(row?.appliedAt?.toISOString(), clock.now().toISOString());

    // The applied change moved updatedAt: a report based on what was seen before is stale.
    await expectApiError(
      await report(browser, { effectiveDate: today(), email: 'sven@example.fi', basedOn: before.updatedAt }),
      409,
      API_ERROR_CODES.conflict,
    );
  });
});
