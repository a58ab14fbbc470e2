// Accessibility feedback: anyone may send it (signed in or not), it is checked field by field, the
// sender gets a reference and the day the answer is due (two weeks), the provider reads it through
// the admin API with the page it came from, and the open form cannot be used to flood the table.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ERROR_CODES, validate } from '@portal/shared-contracts';
import {
  AccessibilityFeedbackReceiptSchema,
  type AccessibilityFeedbackItem,
  type AccessibilityFeedbackListResponse,
} from '@portal/shared-contracts/accessibility-feedback';
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
// 23:30 in Helsinki on 31.12.2026: the feedback is of that day and year, not of UTC's.
const clock = new TestClock(new Date('2026-12-31T21:30:00Z'));

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

async function list(server: TestServer): Promise<AccessibilityFeedbackListResponse> {
  const response = await fetch(`${server.baseUrl}/admin-api/accessibility-feedback`, { headers: ADMIN });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return (await response.json()) as AccessibilityFeedbackListResponse;
}

describe('POST /api/accessibility-feedback and GET /admin-api/accessibility-feedback', () => {
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

  test('signed out: a receipt with a reference and the answer due in two weeks; the provider reads it with its page', async () => {
    const browser = new Browser(server.baseUrl);
    const response = await browser.fetch(
      '/api/accessibility-feedback',
      post({
        message: ' Virheilmoitusta ei lueta ruudunlukijalla. ',
        email: 'palaute@example.fi',
        page: '/job-search/change',
        language: 'fi',
      }),
    );
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('set-cookie'), null, 'no session is started for feedback');
    const receipt: unknown = await response.json();
    const checked = validate(AccessibilityFeedbackReceiptSchema, receipt);
    assert.ok(checked.ok, JSON.stringify(receipt));
    assert.match(checked.value.reference, /^SP-2026-\d{5}$/);
    assert.equal(checked.value.answerBy, '2027-01-14');

    const { items } = await list(server);
    const item = items.find((i) => i.reference === checked.value.reference);
    assert.deepEqual(item && { ...item, receivedAt: undefined }, {
      reference: checked.value.reference,
      message: 'Virheilmoitusta ei lueta ruudunlukijalla.',
      email: 'palaute@example.fi',
      page: '/job-search/change',
      language: 'fi',
      signedIn: false,
      receivedAt: undefined,
      answerBy: '2027-01-14',
      answeredAt: null,
      answeredBy: null,
      overdue: false,
    });
  });

  test('signed in: marked as from a signed-in person, without an address; references are never reused', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'sven');
    const first = (await (
      await browser.fetch('/api/accessibility-feedback', post({ message: 'Kontrasten är för svag.', email: '', language: 'sv' }))
    ).json()) as {
      reference: string;
    };
    const second = (await (
      await browser.fetch('/api/accessibility-feedback', post({ message: 'Och knappen är för liten.', language: 'sv' }))
    ).json()) as {
      reference: string;
    };
    assert.notEqual(first.reference, second.reference);
    const { items } = await list(server);
    const mine = items.filter((i) => i.reference === first.reference || i.reference === second.reference);
    assert.deepEqual(
      mine.map((i) => [i.signedIn, i.email, i.page, i.language]),
      [
        [true, null, null, 'sv'],
        [true, null, null, 'sv'],
      ],
    );
  });

  test('bad input: 400 with each field named, and nothing stored', async () => {
    const browser = new Browser(server.baseUrl);
    const before = (await list(server)).items.length;
    const response = await browser.fetch(
      '/api/accessibility-feedback',
      post({ message: '  ', email: 'not-an-address', page: 'https://elsewhere.example/', language: 'fi' }),
    );
    await expectApiError(response.clone(), 400, API_ERROR_CODES.validationFailed);
    const body = (await response.json()) as { error: { details: { path: string; message: string }[] } };
    assert.deepEqual(body.error.details.map((d) => `${d.path}=${d.message}`).sort(), [
      'email=email.invalid',
      'message=message.required',
      'page=page.invalid',
    ]);
    await expectApiError(
      await browser.fetch('/api/accessibility-feedback', post({ message: 'x'.repeat(4001), language: 'fi' })),
      400,
      API_ERROR_CODES.validationFailed,
    );
    await expectApiError(
      await browser.fetch('/api/accessibility-feedback', post({ message: 'Hei' })),
      400,
      API_ERROR_CODES.validationFailed,
    );
    assert.equal((await list(server)).items.length, before);
  });

  test('another site cannot post feedback; only operators read it', async () => {
    const crossSite = await new Browser(server.baseUrl).fetch(
      '/api/accessibility-feedback',
      post({ message: 'Hei', language: 'fi' }, { 'sec-fetch-site': 'cross-site' }),
    );
    await expectApiError(crossSite, 403, API_ERROR_CODES.forbidden);
    await expectApiError(await fetch(`${server.baseUrl}/admin-api/accessibility-feedback`), 401, API_ERROR_CODES.unauthenticated);
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    await expectApiError(await browser.fetch('/admin-api/accessibility-feedback'), 401, API_ERROR_CODES.unauthenticated);
    await expectApiError(
      await fetch(`${server.baseUrl}/admin-api/accessibility-feedback/x`, { headers: ADMIN }),
      404,
      API_ERROR_CODES.notFound,
    );
  });
});

describe('operators mark feedback answered', () => {
  let storage: Storage;
  let server: TestServer;
  const now = new TestClock(new Date('2026-12-01T10:00:00Z'));
  before(async () => {
    storage = await openMigratedTestStorage();
    server = await startTestServer({ storage, clock: now.now });
  });
  after(async () => {
    await server.close();
    await storage.close();
  });

  const mark = (reference: string, method: 'PUT' | 'DELETE', headers: Record<string, string> = ADMIN) =>
    fetch(`${server.baseUrl}/admin-api/accessibility-feedback/${encodeURIComponent(reference)}/answered`, { method, headers });

  test('marked once (when and by whom), again without change, taken back; open ones first, overdue after two weeks', async () => {
    const browser = new Browser(server.baseUrl);
    const send = async (message: string) =>
      ((await (await browser.fetch('/api/accessibility-feedback', post({ message, language: 'fi' }))).json()) as { reference: string })
        .reference;
    const first = await send('Ensimmäinen');
    const second = await send('Toinen');

    const marked = await mark(first, 'PUT');
    assert.equal(marked.status, 200);
    const item = (await marked.json()) as AccessibilityFeedbackItem;
    assert.deepEqual(
      [item.reference, item.answeredAt, item.answeredBy, item.overdue],
      [first, '2026-12-01T10:00:00.000Z', 'tester', false],
    );
    now.advance(3600);
    const again = (await (await mark(first, 'PUT')).json()) as AccessibilityFeedbackItem;
    assert.equal(again.answeredAt, '2026-12-01T10:00:00.000Z', 'the first mark stays');

    // The open one comes first; `?open` lists only it.
    assert.deepEqual(
      (await list(server)).items.map((i) => i.reference),
      [second, first],
    );
    const open = (await (await fetch(`${server.baseUrl}/admin-api/accessibility-feedback?open`, { headers: ADMIN })).json()) as {
      items: AccessibilityFeedbackItem[];
    };
    assert.deepEqual(
      open.items.map((i) => i.reference),
      [second],
    );

    // Past its answer day (received 1.12., due 15.12.) the open one is overdue; the answered one is not.
    now.advance(15 * 24 * 3600);
    const late = (await list(server)).items;
    assert.deepEqual(
      late.map((i) => [i.reference, i.overdue]),
      [
        [second, true],
        [first, false],
      ],
    );

    // A mark given by mistake is taken back.
    const undone = (await (await mark(first, 'DELETE')).json()) as AccessibilityFeedbackItem;
    assert.deepEqual([undone.answeredAt, undone.answeredBy, undone.overdue], [null, null, true]);
  });

  test('an unknown or malformed reference, or no token: a 4xx JSON error, nothing marked', async () => {
    await expectApiError(await mark('SP-2026-99999', 'PUT'), 404, API_ERROR_CODES.notFound);
    // The right number in the wrong year is not that feedback.
    const reference = (
      (await (await new Browser(server.baseUrl).fetch('/api/accessibility-feedback', post({ message: 'Hei', language: 'fi' }))).json()) as {
        reference: string;
      }
    ).reference;
    await expectApiError(await mark(reference.replace(/^SP-\d{4}/, 'SP-2019'), 'PUT'), 404, API_ERROR_CODES.notFound);
    await expectApiError(await mark('42', 'PUT'), 400, API_ERROR_CODES.validationFailed);
    await expectApiError(await mark('SP-2026-<script>', 'DELETE'), 400, API_ERROR_CODES.validationFailed);
    await expectApiError(await mark(reference, 'PUT', {}), 401, API_ERROR_CODES.unauthenticated);
    const item = (await list(server)).items.find((i) => i.reference === reference);
    assert.equal(item?.answeredAt, null);
  });
});

describe('accessibility feedback is rate-limited per client', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { feedbackRateLimit: 2, feedbackRateWindowSeconds: 60 } });
  });
  after(() => server.close());

  test('past the limit a client gets 429 JSON with Retry-After, and nothing more is stored', async () => {
    const browser = new Browser(server.baseUrl);
    for (let i = 0; i < 2; i++) {
      assert.equal((await browser.fetch('/api/accessibility-feedback', post({ message: `Palaute ${i}`, language: 'fi' }))).status, 201);
    }
    const refused = await browser.fetch('/api/accessibility-feedback', post({ message: 'Kolmas', language: 'fi' }));
    await expectApiError(refused, 429, API_ERROR_CODES.tooManyRequests);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await list(server)).items.length, 2);
  });
});
