// Unemployment-security data and answering a request for clarification: the seeded situations, the
// office's endpoint making a request, uploads judged by content (and every kind of bad upload a 4xx
// with a JSON body, never a 5xx), retries that duplicate nothing, answers and supplements moving the
// state, late answers marked late, and nothing of one person reachable by another.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import {
  ApiErrorSchema,
  CurrentItemsResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  validate,
  type ApiError,
  type CurrentItemsResponse,
} from '@portal/shared-contracts';
import {
  AnswerReceiptSchema,
  AttachmentSchema,
  ClarificationRequestSchema,
  EventDetailSchema,
  EventListSchema,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type AnswerReceipt,
  type Attachment,
  type ClarificationRequest,
  type EventDetail,
  type EventList,
  type OfficeRequestCreate,
} from '@portal/shared-contracts/unemployment-security';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { attachmentUploads } from '../../storage/schema/index.js';
import { SEED_UNEMPLOYMENT_IDS as IDS } from '../../storage/seeds/unemployment-security.js';
import {
  Browser,
  TestClock,
  TEST_CONFIG,
  assertHiddenFromOtherPerson,
  expectApiError,
  signIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';

const clock = new TestClock(new Date('2026-06-14T21:30:00Z'));
const today = (): string => helsinkiDate(clock.now());
const OFFICE_TOKEN = TEST_CONFIG.officeApiTokens[0]?.token ?? '';
const SMALL_LIMITS = { attachmentMaxBytes: 4096, answerMaxBytes: 6000 };

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now, config: SMALL_LIMITS });
});
after(() => server.close());

// Files as their first bytes make them: what the backend judges.
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);
const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);
/** A Windows executable's header, whatever its name says. */
const EXE = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0x00,
  0x03,
  0x00,
  0x00,
  0x00,
  0x04,
  0x00,
  0x00,
  0x00,
  0xff,
  0xff,
  0x00,
  0x00,
  ...new Array<number>(60).fill(0),
]);

async function signedIn(person: 'sven' | 'tessa' | 'turva'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function getOk<T>(browser: Browser, path: string, schema: Parameters<typeof validate>[0]): Promise<T> {
  const response = await browser.fetch(path);
  const text = await response.text();
  assert.equal(response.status, 200, `${path}: ${text}`);
  assert.equal(response.headers.get('cache-control'), 'no-store', path);
  const result = validate(schema, JSON.parse(text));
  assert.ok(result.ok, `${path}: ${JSON.stringify(result)}`);
  return JSON.parse(text) as T;
}

/** Uploads stored in the database (each with its chunks), whether or not an attachment refers to them. */
async function storedUploads(): Promise<number> {
  const [row] = await server.storage.db.select({ n: count() }).from(attachmentUploads);
  return row?.n ?? 0;
}

const requestOf = (browser: Browser, id: string) => getOk<ClarificationRequest>(browser, PATHS.request(id), ClarificationRequestSchema);

function upload(
  browser: Browser,
  requestId: string,
  bytes: Uint8Array,
  name: string,
  options: { key?: string | null; type?: string } = {},
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([Uint8Array.from(bytes)], { type: options.type ?? 'application/octet-stream' }), name);
  const key = options.key === undefined ? randomUUID() : options.key;
  return browser.fetch(PATHS.requestAttachments(requestId), {
    method: 'POST',
    body: form,
    headers: key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key },
  });
}

async function uploaded(response: Response, status = 201): Promise<Attachment> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(AttachmentSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as Attachment;
}

/** A refusal: the status, a JSON ApiError, and the contract's issue code at "file". */
async function refused(response: Response, status: number, issue: string): Promise<void> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const body = JSON.parse(text) as ApiError;
  assert.ok(validate(ApiErrorSchema, body).ok, text);
  assert.deepEqual(body.error.details, [{ path: 'file', message: issue }], text);
}

function answer(browser: Browser, requestId: string, body: unknown, key: string = randomUUID()): Promise<Response> {
  return browser.fetch(PATHS.answers(requestId), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key },
    body: JSON.stringify(body),
  });
}

async function receipt(response: Response, status = 201): Promise<AnswerReceipt> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(AnswerReceiptSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as AnswerReceipt;
}

const CONTACT = { name: { fi: 'TE-toimisto', sv: 'TE-byrån', en: 'TE Office' }, phone: '0295 000 000', email: null };

async function officeCreates(
  request: Partial<OfficeRequestCreate> & Pick<OfficeRequestCreate, 'requiredAttachments' | 'returnDate'>,
): Promise<string> {
  const response = await fetch(`${server.baseUrl}/office-api/clarification-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${OFFICE_TOKEN}` },
    body: JSON.stringify({
      hetu: '010469-999W',
      subject: { fi: 'Selvitys', sv: 'Utredning', en: 'Clarification' },
      explain: [{ fi: 'Kerro.', sv: 'Berätta.', en: 'Tell us.' }],
      contact: CONTACT,
      ...request,
    }),
  });
  const body = (await response.json()) as { id: string; href: string };
  assert.equal(response.status, 201, JSON.stringify(body));
  assert.equal(response.headers.get('location'), PATHS.request(body.id));
  return body.id;
}

describe('the seeded events', () => {
  test('are listed newest first with their kinds and states, each person their own', async () => {
    const sven = await signedIn('sven');
    const { events } = await getOk<EventList>(sven, PATHS.events, EventListSchema);
    assert.deepEqual(
      events.map((event) => event.id),
      [
        IDS.awaitingAttachmentsRequest,
        IDS.overdueRequest,
        IDS.answeredRequest,
        IDS.negativeStatement,
        IDS.cancelledStatement,
        IDS.statement,
      ],
    );
    const byId = new Map(events.map((event) => [event.id, event]));
    assert.deepEqual(byId.get(IDS.awaitingAttachmentsRequest), {
      id: IDS.awaitingAttachmentsRequest,
      kind: 'clarification-request',
      issuedOn: addDays(today(), -12),
      subject: byId.get(IDS.awaitingAttachmentsRequest)?.subject,
      state: 'awaiting-attachments',
      returnDate: addDays(today(), 5),
    });
    const answered = byId.get(IDS.answeredRequest);
    assert.equal(answered?.kind === 'clarification-request' && answered.state, 'in-processing');
    const cancelled = byId.get(IDS.cancelledStatement);
    assert.equal(cancelled?.kind === 'statement' && cancelled.cancelledOn, addDays(today(), -40));

    const tessas = (await getOk<EventList>(await signedIn('tessa'), PATHS.events, EventListSchema)).events;
    assert.deepEqual(
      tessas.map((event) => [
        event.id,
        event.kind === 'clarification-request' && event.state,
        event.kind === 'clarification-request' && event.returnDate,
      ]),
      [[IDS.dueSoonRequest, 'awaiting-answer', addDays(today(), 2)]],
    );
    const turvas = (await getOk<EventList>(await signedIn('turva'), PATHS.events, EventListSchema)).events;
    assert.deepEqual(
      turvas.map((event) => [event.id, event.kind === 'payment-notice' && event.noticeKind]),
      [
        [IDS.trainingOtherNotice, 'other'],
        [IDS.trainingStartNotice, 'training-start'],
      ],
    );
  });

  test('a statement and a payment notice open in full; a request opens as a request', async () => {
    const sven = await signedIn('sven');
    const statement = await getOk<EventDetail>(sven, PATHS.event(IDS.negativeStatement), EventDetailSchema);
    assert.equal(statement.kind, 'statement');
    assert.ok(
      statement.kind === 'statement' && statement.legalBasis.fi.includes('1290/2002') && statement.effectiveFrom === addDays(today(), -24),
    );
    const notice = await getOk<EventDetail>(await signedIn('turva'), PATHS.event(IDS.trainingStartNotice), EventDetailSchema);
    assert.ok(notice.kind === 'payment-notice' && notice.noticeKind === 'training-start' && notice.provider === 'Testiopisto Oy');
    const request = await getOk<EventDetail>(sven, PATHS.event(IDS.overdueRequest), EventDetailSchema);
    assert.ok(request.kind === 'clarification-request' && request.daysLeft === -2 && request.canAnswer);
    const awaiting = await requestOf(sven, IDS.awaitingAttachmentsRequest);
    assert.deepEqual(
      [awaiting.canAnswer, awaiting.canSupplement, awaiting.answers.length, awaiting.requiredAttachments.length],
      [false, true, 1, 2],
    );
  });

  test('the answered request shows its answer and cannot be answered again', async () => {
    const sven = await signedIn('sven');
    const request = await requestOf(sven, IDS.answeredRequest);
    assert.equal(request.state, 'in-processing');
    assert.equal(request.answers.length, 1);
    assert.equal(request.canAnswer, false);
    assert.equal(request.canSupplement, false);
    await expectApiError(await answer(sven, IDS.answeredRequest, { text: 'Again', attachmentIds: [] }), 409, 'conflict');
    await expectApiError(await upload(sven, IDS.answeredRequest, PDF, 'late.pdf'), 409, 'conflict');
  });

  test('open requests are current items with their return dates', async () => {
    const sven = await signedIn('sven');
    const { items } = await getOk<CurrentItemsResponse>(sven, PATHS.currentItems, CurrentItemsResponseSchema);
    const requests = items.filter((item) => item.href.startsWith('/unemployment-security/requests/'));
    assert.deepEqual(
      requests.map((item) => [item.id, item.title.en, item.dueDate]).sort(),
      [
        [`request-${IDS.awaitingAttachmentsRequest}`, 'Send the missing attachments', addDays(today(), 5)],
        [`request-${IDS.overdueRequest}`, 'Answer the request for clarification', addDays(today(), -2)],
      ].sort(),
    );
    assert.ok(requests.every((item) => item.kind === 'deadline' && item.urgency === 'action'));
    const tessas = (await getOk<CurrentItemsResponse>(await signedIn('tessa'), PATHS.currentItems, CurrentItemsResponseSchema)).items;
    assert.deepEqual(
      tessas.map((item) => item.dueDate),
      [addDays(today(), 2)],
    );
  });

  test('another person reaches none of it', async () => {
    const sven = await signedIn('sven');
    const tessa = await signedIn('tessa');
    for (const path of [PATHS.event(IDS.statement), PATHS.request(IDS.overdueRequest)]) {
      await assertHiddenFromOtherPerson({ owner: sven, other: tessa, path });
    }
    await expectApiError(await upload(tessa, IDS.overdueRequest, PDF, 'a.pdf'), 404, 'not-found');
    await expectApiError(await answer(tessa, IDS.overdueRequest, { text: 'x', attachmentIds: [] }), 404, 'not-found');
    await expectApiError(await sven.fetch(PATHS.request(IDS.dueSoonRequest)), 404, 'not-found');
    await expectApiError(await tessa.fetch(PATHS.event('not-a-uuid')), 404, 'not-found');
  });

  test('signed out, nothing', async () => {
    await expectApiError(await new Browser(server.baseUrl).fetch(PATHS.events), 401, 'unauthenticated');
  });
});

describe('uploads', () => {
  test('a PDF, a PNG and a JPEG are accepted by content, and come back to their owner only as downloads', async () => {
    const sven = await signedIn('sven');
    const tessa = await signedIn('tessa');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 10) });
    // Declared types and names are ignored: the content decides.
    const pdf = await uploaded(await upload(sven, requestId, PDF, 'Työsopimus ä.pdf', { type: 'image/png' }));
    const png = await uploaded(await upload(sven, requestId, PNG, 'kuva.bin'));
    const jpeg = await uploaded(await upload(sven, requestId, JPEG, 'photo.jpg'));
    assert.deepEqual([pdf.mediaType, png.mediaType, jpeg.mediaType], ['application/pdf', 'image/png', 'image/jpeg']);
    assert.equal(pdf.fileName, 'Työsopimus ä.pdf');
    assert.equal(pdf.size, PDF.byteLength);

    const download = await sven.fetch(pdf.href);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.match(
      download.headers.get('content-disposition') ?? '',
      /^attachment; filename="Ty.*"; filename\*=UTF-8''Ty%C3%B6sopimus%20%C3%A4\.pdf$/,
    );
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), PDF);
    await assertHiddenFromOtherPerson({ owner: sven, other: tessa, path: png.href, methods: ['GET', 'DELETE'] });

    const request = await requestOf(sven, requestId);
    // The test's clock stands still, so the three share one upload time: compare as sets.
    assert.deepEqual(request.pendingAttachments.map((file) => file.id).sort(), [pdf.id, png.id, jpeg.id].sort());
    // The name is the person's, its extension the one of the content's type.
    assert.deepEqual([png.fileName, jpeg.fileName], ['kuva.png', 'photo.jpg']);
  });

  test('a retried upload with the same key stores nothing twice', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 10) });
    const key = randomUUID();
    const first = await uploaded(await upload(sven, requestId, PDF, 'a.pdf', { key }));
    const files = await storedUploads();
    const again = await uploaded(await upload(sven, requestId, PDF, 'a.pdf', { key }), 200);
    assert.equal(again.id, first.id);
    assert.equal(await storedUploads(), files, 'the retry left no second file');
    assert.equal((await requestOf(sven, requestId)).pendingAttachments.length, 1);
  });

  test('bad uploads are refused with a reason, and nothing is stored', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 10) });
    const before = await storedUploads();
    await refused(await upload(sven, requestId, EXE, 'hakemus.pdf', { type: 'application/pdf' }), 415, E.fileType);
    await refused(await upload(sven, requestId, new TextEncoder().encode('just text'), 'notes.png'), 415, E.fileType);
    await refused(await upload(sven, requestId, new Uint8Array(), 'empty.pdf'), 400, E.fileEmpty);
    const big = new Uint8Array(SMALL_LIMITS.attachmentMaxBytes + 1);
    big.set(PDF);
    await refused(await upload(sven, requestId, big, 'big.pdf'), 413, E.fileTooLarge);
    await refused(await upload(sven, requestId, PDF, '../../etc/passwd.pdf'), 400, E.fileName);
    await refused(await upload(sven, requestId, PDF, 'C:\\Users\\sven\\a.pdf'), 400, E.fileName);
    await refused(await upload(sven, requestId, PDF, 'a'.repeat(201) + '.pdf'), 400, E.fileName);

    const boundary = '----portal-broken';
    const broken = await sven.fetch(PATHS.requestAttachments(requestId), {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut off here`,
    });
    await refused(broken, 400, E.fileMissing);
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([PDF]), 'a.pdf');
    twoFiles.append('file', new Blob([PDF]), 'b.pdf');
    await refused(
      await sven.fetch(PATHS.requestAttachments(requestId), {
        method: 'POST',
        body: twoFiles,
        headers: { [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
      }),
      400,
      E.fileMissing,
    );
    const json = await sven.fetch(PATHS.requestAttachments(requestId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
      body: '{}',
    });
    await refused(json, 415, E.fileMissing);
    await expectApiError(await upload(sven, requestId, PDF, 'a.pdf', { key: null }), 400, 'bad-request');

    assert.equal(await storedUploads(), before, 'no refused file was kept');
    assert.deepEqual((await requestOf(sven, requestId)).pendingAttachments, []);
  });

  test("an answer's files together stay within the per-answer limit", async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 10) });
    const file = new Uint8Array(3500);
    file.set(PDF);
    await uploaded(await upload(sven, requestId, file, 'one.pdf'));
    await refused(await upload(sven, requestId, file, 'two.pdf'), 413, E.answerTooLarge);
  });

  test('a pending file can be removed, then it is gone; a sent one cannot be', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 10) });
    const file = await uploaded(await upload(sven, requestId, PDF, 'wrong.pdf'));
    const storedBefore = await storedUploads();
    assert.equal((await sven.fetch(file.href, { method: 'DELETE' })).status, 204);
    // A retried removal finds nothing: 404, which the form takes as removed.
    await expectApiError(await sven.fetch(file.href, { method: 'DELETE' }), 404, 'not-found');
    assert.equal(await storedUploads(), storedBefore - 1);
    await expectApiError(await sven.fetch(file.href), 404, 'not-found');

    const kept = await uploaded(await upload(sven, requestId, PDF, 'right.pdf'));
    await receipt(await answer(sven, requestId, { text: 'Here.', attachmentIds: [kept.id] }));
    await expectApiError(await sven.fetch(kept.href, { method: 'DELETE' }), 409, 'conflict');
    assert.equal((await sven.fetch(kept.href)).status, 200, 'a sent file stays downloadable');
  });
});

test('a failed upload is removed by its key, whether or not it reached the server', async () => {
  const sven = await signedIn('sven');
  const tessa = await signedIn('tessa');
  const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 10) });
  const key = randomUUID();
  // Stored, though the browser never heard so.
  await uploaded(await upload(sven, requestId, PDF, 'lost.pdf', { key }));
  const storedBefore = await storedUploads();
  await expectApiError(await tessa.fetch(PATHS.upload(key), { method: 'DELETE' }), 404, 'not-found');
  assert.equal((await sven.fetch(PATHS.upload(key), { method: 'DELETE' })).status, 204);
  assert.equal(await storedUploads(), storedBefore - 1);
  assert.deepEqual((await requestOf(sven, requestId)).pendingAttachments, []);
  // Never arrived, or removed already: nothing under that key.
  await expectApiError(await sven.fetch(PATHS.upload(key), { method: 'DELETE' }), 404, 'not-found');
  await expectApiError(await sven.fetch(PATHS.upload('bad key!'), { method: 'DELETE' }), 404, 'not-found');
  // Sent with an answer: it stays.
  const sentKey = randomUUID();
  const sent = await uploaded(await upload(sven, requestId, PDF, 'sent.pdf', { key: sentKey }));
  await receipt(await answer(sven, requestId, { text: 'Here.', attachmentIds: [sent.id] }));
  await expectApiError(await sven.fetch(PATHS.upload(sentKey), { method: 'DELETE' }), 409, 'conflict');
});

describe('answers', () => {
  test('an answer with a PDF and a PNG sends both, and with every required file the request goes to processing', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({
      requiredAttachments: [
        { fi: 'Tuloslaskelma', sv: 'Resultaträkning', en: 'Income statement' },
        { fi: 'Kaupparekisteriote', sv: 'Handelsregisterutdrag', en: 'Trade register extract' },
      ],
      returnDate: addDays(today(), 2),
    });
    const pdf = await uploaded(await upload(sven, requestId, PDF, 'tulos.pdf'));
    const png = await uploaded(await upload(sven, requestId, PNG, 'ote.png'));
    const key = randomUUID();
    const first = await receipt(
      await answer(sven, requestId, { text: '  Teen töitä yrityksessä 5 h viikossa.  ', attachmentIds: [pdf.id, png.id] }, key),
    );
    assert.equal(first.requestState, 'in-processing');
    assert.equal(first.answer.kind, 'answer');
    assert.equal(first.answer.text, 'Teen töitä yrityksessä 5 h viikossa.');
    assert.equal(first.answer.late, false);
    assert.deepEqual(first.answer.attachments.map((file) => file.fileName).sort(), ['ote.png', 'tulos.pdf']);
    // The receipt again for a retry of the same send; no second answer.
    const again = await receipt(await answer(sven, requestId, { text: 'different', attachmentIds: [] }, key), 200);
    assert.deepEqual(again, first);
    const request = await requestOf(sven, requestId);
    assert.equal(request.answers.length, 1);
    assert.deepEqual(request.pendingAttachments, []);
    assert.equal(request.state, 'in-processing');
  });

  test('the text is required, and files must be this request’s pending uploads', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 5) });
    const other = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 5) });
    const elsewhere = await uploaded(await upload(sven, other, PDF, 'x.pdf'));
    const error = async (response: Response, path: string, issue: string) => {
      const body = (await response.json()) as ApiError;
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.deepEqual(body.error.details?.[0], { path, message: issue });
    };
    await error(await answer(sven, requestId, { text: '   ', attachmentIds: [] }), 'text', E.textRequired);
    await error(await answer(sven, requestId, { text: 'x'.repeat(8001), attachmentIds: [] }), 'text', E.textTooLong);
    await error(await answer(sven, requestId, { text: 'ok', attachmentIds: [elsewhere.id] }), 'attachmentIds.0', E.attachmentUnknown);
    await error(await answer(sven, requestId, { text: 'ok', attachmentIds: [randomUUID()] }), 'attachmentIds.0', E.attachmentUnknown);
    const bad = await answer(sven, requestId, { text: 'ok', attachmentIds: 'nope' });
    assert.equal(bad.status, 400);
    assert.ok(validate(ApiErrorSchema, await bad.json()).ok);
    assert.equal((await requestOf(sven, requestId)).answers.length, 0, 'nothing was stored');
  });

  test('an answer after the return date is accepted and marked late', async () => {
    const sven = await signedIn('sven');
    const request = await requestOf(sven, IDS.overdueRequest);
    assert.equal(request.daysLeft, -2);
    assert.equal(request.canAnswer, true);
    const sent = await receipt(await answer(sven, IDS.overdueRequest, { text: 'Opiskelen 5 op lukukaudessa.', attachmentIds: [] }));
    assert.equal(sent.answer.late, true);
    // Past the date, the office decides on what it has, though a required file is missing.
    assert.equal(sent.requestState, 'in-processing');
    const { items } = await getOk<CurrentItemsResponse>(sven, PATHS.currentItems, CurrentItemsResponseSchema);
    assert.ok(!items.some((item) => item.id === `request-${IDS.overdueRequest}`));
  });

  test('missing files are sent later as a supplement while the request awaits them', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({
      requiredAttachments: [
        { fi: 'A', sv: 'A', en: 'A' },
        { fi: 'B', sv: 'B', en: 'B' },
      ],
      returnDate: addDays(today(), 7),
    });
    const a = await uploaded(await upload(sven, requestId, PDF, 'a.pdf'));
    const sent = await receipt(await answer(sven, requestId, { text: 'A now, B later.', attachmentIds: [a.id] }));
    assert.equal(sent.requestState, 'awaiting-attachments');
    let request = await requestOf(sven, requestId);
    assert.deepEqual([request.canAnswer, request.canSupplement], [false, true]);
    const { items } = await getOk<CurrentItemsResponse>(sven, PATHS.currentItems, CurrentItemsResponseSchema);
    assert.equal(items.find((item) => item.id === `request-${requestId}`)?.title.en, 'Send the missing attachments');

    const empty = await answer(sven, requestId, { attachmentIds: [] });
    assert.equal(empty.status, 400);
    assert.deepEqual(((await empty.json()) as ApiError).error.details?.[0], { path: 'attachmentIds', message: E.attachmentsRequired });
    const b = await uploaded(await upload(sven, requestId, PNG, 'b.png'));
    const supplement = await receipt(await answer(sven, requestId, { text: 'ignored', attachmentIds: [b.id] }));
    assert.equal(supplement.answer.kind, 'supplement');
    assert.equal(supplement.answer.text, null);
    assert.equal(supplement.requestState, 'in-processing');
    request = await requestOf(sven, requestId);
    assert.deepEqual(
      request.answers.map((item) => [item.kind, item.attachments.length]),
      [
        ['answer', 1],
        ['supplement', 1],
      ],
    );
  });

  test('a request awaiting attachments goes to processing when its return date passes', async () => {
    let sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [{ fi: 'A', sv: 'A', en: 'A' }], returnDate: addDays(today(), 1) });
    assert.equal(
      (await receipt(await answer(sven, requestId, { text: 'No file yet.', attachmentIds: [] }))).requestState,
      'awaiting-attachments',
    );
    clock.advance(2 * 24 * 3600);
    try {
      sven = await signedIn('sven');
      const request = await requestOf(sven, requestId);
      assert.equal(request.state, 'in-processing');
      assert.equal(request.canSupplement, false);
      await expectApiError(await upload(sven, requestId, PDF, 'late.pdf'), 409, 'conflict');
    } finally {
      clock.advance(-2 * 24 * 3600);
    }
  });
});

describe('the office API', () => {
  test('needs its token and a valid request', async () => {
    const url = `${server.baseUrl}/office-api/clarification-requests`;
    assert.equal((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 401);
    const post = (body: unknown) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${OFFICE_TOKEN}` },
        body: JSON.stringify(body),
      });
    await expectApiError(await post({ hetu: '010469-999W' }), 400, 'validation-failed');
    const valid = {
      subject: { fi: 'S', sv: 'S', en: 'S' },
      explain: [{ fi: 'E', sv: 'E', en: 'E' }],
      requiredAttachments: [],
      returnDate: addDays(today(), 3),
      contact: CONTACT,
    };
    await expectApiError(await post({ ...valid, hetu: '010101-123N' }), 404, 'not-found');
    await expectApiError(await post(valid), 400, 'validation-failed');
  });

  test('records the office’s decision', async () => {
    const sven = await signedIn('sven');
    const requestId = await officeCreates({ requiredAttachments: [], returnDate: addDays(today(), 3) });
    const patch = (id: string, body: unknown) =>
      fetch(`${server.baseUrl}/office-api/clarification-requests/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${OFFICE_TOKEN}` },
        body: JSON.stringify(body),
      });
    assert.equal((await patch(requestId, { state: 'processed' })).status, 204);
    assert.equal((await requestOf(sven, requestId)).state, 'processed');
    await expectApiError(await patch(requestId, { state: 'awaiting-answer' }), 400, 'validation-failed');
    await expectApiError(await patch(randomUUID(), { state: 'processed' }), 404, 'not-found');
  });
});
