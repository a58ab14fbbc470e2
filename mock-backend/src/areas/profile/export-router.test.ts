// The export of the person's own data (GET /api/profile/export): a JSON file to download, dated by
// Helsinki's calendar, with the profile, the change reports and the drafts of that person only, and
// an address under an address block left out as everywhere else.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { API_ERROR_CODES, IDEMPOTENCY_KEY_HEADER, validate } from '@portal/shared-contracts';
import { PROFILE_EXPORT_PATH, ProfileSchema, type Profile, type ProfileChangeReceipt } from '@portal/shared-contracts/profile';
import { helsinkiDate } from '../../platform/calendar.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { TrainingApplicationSchema } from '@portal/shared-contracts/training';
import { ADDRESS_HIDDEN, EXPORT_FORMAT, EXPORT_VERSION, type ProfileExport } from './export-service.js';

const DAY = 24 * 60 * 60;
// 00:30 on 15 June in Helsinki, still the 14th in UTC: the file must be named by Helsinki's day.
const clock = new TestClock(new Date('2026-06-14T21:30:00Z'));
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: keyof typeof SEED_PERSON_IDS): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

function today(offsetDays = 0): string {
  return helsinkiDate(new Date(clock.now().getTime() + offsetDays * DAY * 1000));
}

async function profileOf(browser: Browser): Promise<Profile> {
  return (await (await browser.fetch('/api/profile')).json()) as Profile;
}

async function report(browser: Browser, change: Record<string, unknown>): Promise<ProfileChangeReceipt> {
  const response = await browser.fetch('/api/profile/changes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
    body: JSON.stringify({ ...change, basedOn: (await profileOf(browser)).updatedAt }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as ProfileChangeReceipt;
}

async function saveDraft(browser: Browser, key: string, data: Record<string, unknown>): Promise<string> {
  const response = await browser.fetch(`/api/drafts/${key}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  assert.equal(response.status, 200);
  return ((await response.json()) as { savedAt: string }).savedAt;
}

/** The export's response checked as a download, and its body (with the text, for leak checks). */
async function exportOf(browser: Browser): Promise<{ body: ProfileExport; text: string }> {
  const response = await browser.fetch(PROFILE_EXPORT_PATH);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(response.headers.get('content-disposition'), `attachment; filename="omat-tiedot-${today()}.json"`);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body = JSON.parse(text) as ProfileExport;
  assert.equal(text, `${JSON.stringify(body, null, 2)}\n`, 'pretty-printed with two spaces');
  return { body, text };
}

test('signed out: 401', async () => {
  await expectApiError(await new Browser(server.baseUrl).fetch(PROFILE_EXPORT_PATH), 401, API_ERROR_CODES.unauthenticated);
});

describe("Tessa's export", () => {
  let tessa: Browser;
  let applied: ProfileChangeReceipt;
  let pending: ProfileChangeReceipt;
  let draftSavedAt: string;
  let svensChange: ProfileChangeReceipt;
  const draft = { effectiveDate: '2026-07-01', phone: '+358 40 000 1111', note: 'kesken' };

  before(async () => {
    tessa = await signedIn('tessa');
    // Sven has data of his own in the same tables: none of it may end up in Tessa's file.
    const sven = await signedIn('sven');
    svensChange = await report(sven, { effectiveDate: today(), email: 'sven.secret@example.se' });
    await saveDraft(sven, 'profile.change', { street: 'Svens hemliga gata 9' });

    applied = await report(tessa, { effectiveDate: today(), email: 'tessa.uusi@example.fi' });
    clock.advance(60);
    pending = await report(tessa, { effectiveDate: today(7), phone: '+358 40 222 3333', contactChannel: 'phone' });
    draftSavedAt = await saveDraft(tessa, 'profile.change', draft);
  });

  test('a dated attachment, no-store, with the profile, the change reports (newest first, with values) and the drafts', async () => {
    const { body } = await exportOf(tessa);
    assert.deepEqual(Object.keys(body), [
      'format',
      'version',
      'exportedAt',
      'person',
      'changeReports',
      'drafts',
      'jobSeeking',
      'unemploymentSecurity',
      'careerRadar',
      'offers',
      'plan',
      'training',
      'startupGrant',
      'termsOfUse',
    ]);
    assert.equal(body.format, EXPORT_FORMAT);
    assert.equal(body.format, 'tyomarkkinatori-omat-tiedot');
    assert.equal(body.version, EXPORT_VERSION);
    assert.equal(body.exportedAt, clock.now().toISOString());
    assert.equal(today(), '2026-06-15', 'the filename checked above has Helsinki’s day, not UTC’s');
    assert.ok(validate(ProfileSchema, body.person).ok);
    assert.deepEqual(body.person, await profileOf(tessa), 'the profile exactly as GET /api/profile gives it');
    assert.equal(body.person.email, 'tessa.uusi@example.fi');
    assert.deepEqual(body.changeReports, [
      {
        id: pending.id,
        receivedAt: pending.receivedAt,
        effectiveDate: today(7),
        status: 'pending',
        changes: { phone: '+358 40 222 3333', contactChannel: 'phone' },
      },
      {
        id: applied.id,
        receivedAt: applied.receivedAt,
        effectiveDate: today(),
        status: 'applied',
        changes: { email: 'tessa.uusi@example.fi' },
      },
    ]);
    assert.deepEqual(body.drafts, [{ key: 'profile.change', savedAt: draftSavedAt, data: draft }]);
  });

  test("another person's data is never in it, and the other way round", async () => {
    const { text } = await exportOf(tessa);
    assert.doesNotMatch(text, new RegExp(`${svensChange.id}|${SEED_PERSON_IDS.sven}|sven|Svens hemliga|010469-999W|Testsson`, 'i'));
    const { text: svens, body } = await exportOf(await signedIn('sven'));
    assert.equal(body.changeReports.length, 1);
    assert.equal(body.changeReports[0]?.id, svensChange.id);
    assert.deepEqual(
      body.drafts.map((d) => d.data),
      [{ street: 'Svens hemliga gata 9' }],
    );
    assert.doesNotMatch(svens, new RegExp(`${applied.id}|${pending.id}|tessa|000 1111|222 3333|010280-952L`, 'i'));
  });
});

test("Turva's reported address is not in the export: her address block holds there too", async () => {
  const turva = await signedIn('turva');
  const change = await report(turva, {
    effectiveDate: today(),
    address: { street: 'Salainen polku 7', postalCode: '90570', postOffice: 'Oulu' },
    phone: '+358 44 000 7777',
  });
  const { body, text } = await exportOf(turva);
  assert.doesNotMatch(text, /Salainen|90570|Oulu|Kirkkokatu|90100/);
  assert.deepEqual(body.changeReports, [
    {
      id: change.id,
      receivedAt: change.receivedAt,
      effectiveDate: today(),
      status: 'applied',
      // Which fields she reported is her data and stays; only the address itself is withheld.
      changes: { address: ADDRESS_HIDDEN, phone: '+358 44 000 7777' },
    },
  ]);
  assert.equal(body.person.address, null);
  assert.equal(body.person.homeMunicipality, null);
  assert.equal(body.person.addressProtected, true);
  // Job seeking is hers to see, but its handler would say where she lives: only the national line.
  assert.equal(body.jobSeeking.handler?.kind, 'protected');
  assert.equal(body.jobSeeking.periods.length, 1);
  assert.doesNotMatch(text, /oulun-seutu|pohjois-pohjanmaa|Uleåborg/);
});

test('job seeking in the export: each period with its registration, answers and reports, and what was sent to which payer', async () => {
  const { body, text } = await exportOf(await signedIn('sven'));
  assert.equal(body.version, 7);
  const { jobSeeking } = body;
  assert.equal(jobSeeking.handler?.kind === 'municipality' && jobSeeking.handler.id, 'espoon-seutu');
  assert.equal(jobSeeking.periods.length, 1);
  const [period] = jobSeeking.periods;
  assert.equal(period?.startDate, today(-60));
  assert.equal(period?.endDate, null);
  assert.equal(period?.status.code, '03');
  assert.equal(period?.registration.soughtWork.occupations[0], 'Maskinmontör');
  assert.equal(period?.benefit.status, 'receiving');
  assert.equal(period?.benefit.payer?.id, 'kela');
  assert.match(period?.certificateReference ?? '', /^[A-Z0-9-]{8,20}$/);
  assert.equal(period?.assessment?.answers?.['situation'], 'laid-off');
  // The report with the person's own words; the payer's notice of it without them.
  assert.deepEqual(
    period?.changeReports.map((report) => [report.kind, report.startDate, report.endDate, report.details]),
    [['sickness', today(-21), today(-14), { details: 'Influensa, läkarintyg finns.' }]],
  );
  assert.deepEqual(
    jobSeeking.payerNotices.map((notice) => [notice.payer.id, notice.event, notice.details]),
    [
      ['kela', 'sickness', {}],
      ['kela', 'registration', { statusCode: '03', benefitStatus: 'receiving', workTime: 'full-time' }],
    ],
  );
  assert.doesNotMatch(text, /idempotency|seed-/i, 'keys are plumbing');

  const yrjo = (await exportOf(await signedIn('yrjo'))).body.jobSeeking;
  assert.equal(yrjo.periods[0]?.endReason, 'business');
  assert.match(yrjo.periods[0]?.endDetails ?? '', /yritystoiminnan/);
  assert.deepEqual(yrjo.payerNotices, [], 'no benefit, nothing sent');
  assert.deepEqual((await exportOf(await signedIn('ulla'))).body.jobSeeking.periods, []);
});

// Last: moves the shared clock by days.
test('a change whose day has come is applied before the export, and the file carries the new day', async () => {
  clock.advance(7 * DAY);
  const { body } = await exportOf(await signedIn('tessa'));
  assert.ok(body.changeReports.length > 0);
  assert.deepEqual(
    body.changeReports.map((c) => c.status),
    body.changeReports.map(() => 'applied'),
  );
  assert.equal(body.person.phone, '+358 40 222 3333');
  assert.equal(body.person.contactChannel, 'phone');
});

test('unemployment security and saved career-radar results are in the export too', async () => {
  const { body } = await exportOf(await signedIn('sven'));
  const events = body.unemploymentSecurity.events;
  assert.equal(events.length, 6, 'every seeded event');
  const answered = events.find(
    (event) => event.kind === 'clarification-request' && event.subject.fi === 'Selvitys lomautuksen alkamisesta',
  );
  assert.ok(answered && answered.kind === 'clarification-request');
  assert.equal(answered.answers.length, 1);
  assert.match(answered.answers[0]?.text ?? '', /Lomautukseni alkoi/);
  assert.ok(!('limits' in answered) && !('canAnswer' in answered), 'only the data, not what the form needs');
  const statement = events.find((event) => event.kind === 'statement' && event.cancelledOn === null);
  assert.ok(statement && statement.kind === 'statement' && statement.legalBasis.fi.includes('1290/2002'));
  assert.deepEqual(body.careerRadar, { results: [] });
});

test('training applications are in the export: Turva’s selected one with its training, no keys', async () => {
  const { body, text } = await exportOf(await signedIn('turva'));
  assert.deepEqual(
    body.training.applications.map((application) => [application.training.name.en, application.state, application.reference]),
    [['Logistics basics', 'selected', 'TK-2026-000101']],
  );
  assert.ok(validate(TrainingApplicationSchema, body.training.applications[0]).ok);
  assert.doesNotMatch(text, /idempotency|seed-turva/i, 'keys are plumbing');
  assert.deepEqual((await exportOf(await signedIn('ulla'))).body.training, { applications: [] });
});

test("the start-up grant is in the export: Yrjö's applications with their timelines, the periods and their payments", async () => {
  const { body } = await exportOf(await signedIn('yrjo'));
  const { applications, periods, pendingAttachments } = body.startupGrant;
  assert.deepEqual(
    applications.map((application) => [application.kind, application.state]),
    [
      ['extension', 'supplement-requested'],
      ['new', 'granted'],
    ],
  );
  assert.equal(applications[0]?.content.business.name, 'Yrjön Koodipaja');
  assert.ok(applications[0]?.supplements[0]?.what.includes('kannattavuuslaskelma'));
  assert.deepEqual(
    periods.map((period) => period.status),
    ['lapsed', 'applied', 'open', 'upcoming', 'upcoming'],
  );
  assert.deepEqual(pendingAttachments, []);
  assert.ok(!('limits' in body.startupGrant), 'only the data, not what the forms need');
});

test('the terms of use the person acknowledged are in the export, with the version, its day and when; nobody else’s', async () => {
  const added = await fetch(`${server.baseUrl}/admin-api/terms`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
    body: JSON.stringify({
      version: '1.9.2026',
      effectiveFrom: '2026-09-01',
      summary: { fi: 'Muutos.', sv: 'Ändring.', en: 'Change.' },
      text: Object.fromEntries(['fi', 'sv', 'en'].map((locale) => [locale, { sections: [{ heading: 'Ehdot', paragraphs: ['Ehto.'] }] }])),
    }),
  });
  assert.equal(added.status, 201);
  const ulla = await signedIn('ulla');
  const acknowledged = await ulla.fetch('/api/terms/acknowledgements', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: '1.9.2026' }),
  });
  assert.equal(acknowledged.status, 201);
  const { body } = await exportOf(ulla);
  assert.equal(body.version, 7);
  assert.deepEqual(body.termsOfUse.acknowledgements, [
    { version: '1.9.2026', effectiveFrom: '2026-09-01', acknowledgedAt: clock.now().toISOString() },
  ]);
  const { body: svens } = await exportOf(await signedIn('sven'));
  assert.deepEqual(svens.termsOfUse.acknowledgements, []);
});
