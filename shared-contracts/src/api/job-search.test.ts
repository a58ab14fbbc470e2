import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import {
  AssessmentRequestSchema,
  ChangeReportRequestSchema,
  EndRequestSchema,
  HandlerSchema,
  JOB_SEARCH_ERRORS as E,
  RegistrationRequestSchema,
  checkAssessmentAnswers,
  type AssessmentQuestion,
} from './job-search.js';

const basedOn = '2026-06-01T10:00:00.000Z';

const registration = {
  statusCode: '02',
  phone: ' +358 40 123 4567 ',
  email: 'tessa@example.fi',
  education: [{ level: 'vocational', field: 'Merkonomi', year: 2000 }],
  workHistory: [{ employer: 'Kauppa Oy', title: 'Myyjä', start: '2001-03', end: '2005-08' }],
  soughtWork: { occupations: ['Myyjä'], regions: ['091'], workTime: 'full-time' },
  goals: '  Haluan töihin.  ',
  benefit: { status: 'applied', payerId: 'ytk' },
  basedOn: null,
};

/** `path=message` of every issue, sorted, or [] when valid. */
function issues(schema: Parameters<typeof validate>[0], input: unknown): string[] {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}=${i.message}`).sort();
}

test('a registration is accepted and trimmed; basedOn may be null (never registered) or a timestamp', () => {
  const result = validate(RegistrationRequestSchema, registration);
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.ok && result.value.phone, '+358 40 123 4567');
  assert.equal(result.ok && result.value.goals, 'Haluan töihin.');
  assert.deepEqual(issues(RegistrationRequestSchema, { ...registration, basedOn }), []);
  assert.deepEqual(issues(RegistrationRequestSchema, { ...registration, benefit: { status: 'none' } }), []);
});

test('a registration says what is wrong with codes at the field paths', () => {
  assert.deepEqual(
    issues(RegistrationRequestSchema, {
      ...registration,
      statusCode: '2',
      phone: 'call me',
      email: 'tessa@',
      education: [{ level: 'phd', field: ' ', year: 1900 }],
      workHistory: [
        { employer: '', title: '', start: '2020-13' },
        { employer: 'A', title: 'B', start: '2020-05', end: '2020-01' },
      ],
      soughtWork: { occupations: [], regions: ['91'], workTime: 'sometimes' },
      goals: 'x'.repeat(2001),
      benefit: { status: 'applied' },
    }),
    [
      'benefit.payerId=benefit.fund.required',
      'education.0.field=education.field.required',
      'education.0.level=education.level.required',
      'education.0.year=education.year.invalid',
      'email=email.invalid',
      'goals=goals.too-long',
      'phone=phone.invalid',
      'soughtWork.occupations=sought.occupations.required',
      'soughtWork.regions.0=sought.regions.required',
      'soughtWork.workTime=sought.work-time.required',
      'statusCode=status.required',
      'workHistory.0.employer=work.employer.required',
      'workHistory.0.start=work.month.invalid',
      'workHistory.0.title=work.title.required',
      'workHistory.1.end=work.end-before-start',
    ],
  );
  assert.deepEqual(
    issues(RegistrationRequestSchema, { ...registration, soughtWork: { ...registration.soughtWork, occupations: ['x'.repeat(81)] } }),
    ['soughtWork.occupations.0=sought.occupation.too-long'],
  );
  assert.deepEqual(
    issues(RegistrationRequestSchema, { ...registration, soughtWork: { ...registration.soughtWork, occupations: Array(6).fill('x') } }),
    ['soughtWork.occupations=sought.occupations.too-many'],
  );
  assert.deepEqual(issues(RegistrationRequestSchema, { ...registration, education: Array(11).fill(registration.education[0]) }), [
    'education=education.too-many',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, { ...registration, workHistory: Array(21).fill(registration.workHistory[0]) }), [
    'workHistory=work.too-many',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, { ...registration, benefit: { status: 'maybe', payerId: 'ytk' } }), [
    'benefit.status=benefit.required',
  ]);
});

test('sought work may be anywhere in Finland or abroad (in any country or in chosen ones) instead of municipalities', () => {
  const sought = (soughtWork: Record<string, unknown>) => ({ ...registration, soughtWork: { ...registration.soughtWork, ...soughtWork } });
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ regions: [], anywhereInFinland: true })), []);
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ regions: [], abroad: { anyCountry: false, countries: ['SE', 'NO'] } })), []);
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ regions: ['091'], abroad: { anyCountry: true, countries: [] } })), []);
  // Nowhere at all is no answer; abroad without a country (nor "any") is not either.
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ regions: [], anywhereInFinland: false })), [
    'soughtWork.regions=sought.regions.required',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ regions: [], abroad: { anyCountry: false, countries: [] } })), [
    'soughtWork.abroad.countries=sought.countries.required',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ abroad: { anyCountry: false, countries: ['Sweden'] } })), [
    'soughtWork.abroad.countries.0=sought.countries.required',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, sought({ regions: Array(11).fill('091') })), [
    'soughtWork.regions=sought.regions.required',
  ]);
});

test('a fund the list does not name is "other" with its name typed; the name is required and limited', () => {
  const benefit = (b: Record<string, unknown>) => ({ ...registration, benefit: b });
  const result = validate(RegistrationRequestSchema, benefit({ status: 'receiving', payerId: 'other', otherFundName: '  Uusi kassa  ' }));
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.ok && result.value.benefit, { status: 'receiving', payerId: 'other', otherFundName: 'Uusi kassa' });
  assert.deepEqual(issues(RegistrationRequestSchema, benefit({ status: 'applied', payerId: 'other' })), [
    'benefit.otherFundName=benefit.other-fund.required',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, benefit({ status: 'applied', payerId: 'other', otherFundName: '   ' })), [
    'benefit.otherFundName=benefit.other-fund.required',
  ]);
  assert.deepEqual(issues(RegistrationRequestSchema, benefit({ status: 'applied', payerId: 'other', otherFundName: 'x'.repeat(121) })), [
    'benefit.otherFundName=benefit.other-fund.too-long',
  ]);
});

test('a change report: each kind with its own fields', () => {
  const base = { startDate: '2026-06-01', basedOn };
  for (const report of [
    { kind: 'work', employer: 'Firma Oy', hoursPerWeek: 37.5 },
    { kind: 'work', employer: 'Firma Oy', endDate: '2026-06-30' },
    { kind: 'business', businessName: 'Toiminimi Testilä', fullTime: true },
    { kind: 'studies', institution: 'Helsingin yliopisto', fullTime: false },
    { kind: 'sickness', endDate: '2026-06-01', details: 'Flunssa' },
    { kind: 'travel', country: 'SE', endDate: '2026-06-07' },
  ]) {
    assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, ...report }), [], JSON.stringify(report));
  }
});

test('a change report says what is wrong with codes', () => {
  const base = { startDate: '2026-06-10', basedOn };
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'work', employer: ' ', hoursPerWeek: 100 }), [
    'employer=work.employer.required',
    'hoursPerWeek=answer.invalid',
  ]);
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'work', employer: 'A', endDate: '2026-06-01' }), [
    'endDate=end-date.before-start',
  ]);
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'business', businessName: '', fullTime: true }), [
    'businessName=text.required',
  ]);
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'studies', institution: 'x'.repeat(121), fullTime: true }), [
    'institution=text.too-long',
  ]);
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'sickness', details: 'x'.repeat(1001) }), ['details=text.too-long']);
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'travel', country: 'Sweden', endDate: '2026-06-12' }), [
    'country=country.invalid',
  ]);
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'sickness', startDate: '2026-13-01' }), ['startDate=date.invalid']);
  // A day that does not exist is refused by the contract itself, once, with the same code.
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, kind: 'sickness', startDate: '2026-02-30' }), ['startDate=date.invalid']);
});

test('a trip abroad needs its end date, and an empty one is only "required"', () => {
  const base = { kind: 'travel', startDate: '2026-06-10', basedOn, country: 'EE' };
  const empty = issues(ChangeReportRequestSchema, { ...base, endDate: '' });
  assert.ok(empty.includes('endDate=end-date.required'), empty.join());
  assert.ok(!empty.includes('endDate=end-date.before-start'), 'no end date is not an end date before the start');
  assert.deepEqual(issues(ChangeReportRequestSchema, { ...base, endDate: '2026-06-09' }), ['endDate=end-date.before-start']);
  assert.deepEqual(
    issues(ChangeReportRequestSchema, base).map((issue) => issue.split('=')[0]),
    ['endDate'],
  );
});

test('an unknown kind is refused at `kind`', () => {
  assert.deepEqual(
    issues(ChangeReportRequestSchema, { kind: 'holiday', startDate: '2026-06-10', basedOn }).map((issue) => issue.split('=')[0]),
    ['kind'],
  );
});

test('an ending needs a reason, a date and basedOn', () => {
  assert.deepEqual(issues(EndRequestSchema, { reason: 'employed', date: '2026-06-30', basedOn }), []);
  assert.deepEqual(issues(EndRequestSchema, { reason: 'bored', date: '30.6.2026', basedOn, details: 'x'.repeat(1001) }), [
    'date=date.invalid',
    'details=text.too-long',
    'reason=reason.required',
  ]);
  assert.deepEqual(
    issues(EndRequestSchema, { reason: 'employed', date: '2026-06-30' }).map((issue) => issue.split('=')[0]),
    ['basedOn'],
  );
});

test('assessment answers: an object of ids to text or option ids', () => {
  assert.deepEqual(issues(AssessmentRequestSchema, { answers: { situation: 'laid-off', 'help-needed': ['cv', 'training'] } }), []);
  assert.deepEqual(issues(AssessmentRequestSchema, { answers: { 'own-words': 'x'.repeat(2001) } }), ['answers.own-words=text.too-long']);
  assert.equal(validate(AssessmentRequestSchema, { answers: { Situation: 'x' } }).ok, false, 'ids are lower case');
  assert.equal(validate(AssessmentRequestSchema, { answers: { deep: [['x']] } }).ok, false);
  assert.equal(validate(AssessmentRequestSchema, { answers: ['x'] }).ok, false);
});

const label = { fi: 'a', sv: 'b', en: 'c' };
const QUESTIONS: AssessmentQuestion[] = [
  {
    id: 'situation',
    kind: 'single',
    text: label,
    required: true,
    options: [
      { id: 'a', label },
      { id: 'b', label },
    ],
  },
  {
    id: 'help',
    kind: 'multiple',
    text: label,
    required: true,
    options: [
      { id: 'x', label },
      { id: 'y', label },
      { id: 'z', label },
    ],
  },
  { id: 'own', kind: 'text', text: label, required: false, maxLength: 10 },
];

test('checkAssessmentAnswers: complete answers pass, an optional text may be left out', () => {
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: 'a', help: ['x', 'z'] }), []);
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: 'b', help: ['y'], own: ' ten chars ' }), [], 'trimmed before measuring');
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: 'a', help: ['x'], own: '   ' }), []);
});

test('checkAssessmentAnswers: answer.required and answer.invalid by question id', () => {
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, {}), [
    { path: 'situation', message: E.answerRequired },
    { path: 'help', message: E.answerRequired },
  ]);
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: ' ', help: [] }), [
    { path: 'situation', message: E.answerRequired },
    { path: 'help', message: E.answerRequired },
  ]);
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: 'c', help: ['x', 'nope'], own: 'x'.repeat(11), extra: 'a' }), [
    { path: 'extra', message: E.answerInvalid },
    { path: 'situation', message: E.answerInvalid },
    { path: 'help', message: E.answerInvalid },
    { path: 'own', message: E.answerInvalid },
  ]);
  // Shapes: a list to a single choice, one string to a multiple one, a list as text, an option twice.
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: ['a'], help: 'x', own: ['t'] }), [
    { path: 'situation', message: E.answerInvalid },
    { path: 'help', message: E.answerInvalid },
    { path: 'own', message: E.answerInvalid },
  ]);
  assert.deepEqual(checkAssessmentAnswers(QUESTIONS, { situation: 'a', help: ['x', 'x'] }), [{ path: 'help', message: E.answerInvalid }]);
});

test('a handler: an office or a municipality in full, or under an address block only the national line', () => {
  const name = { fi: 'Helsingin kaupungin työllisyyspalvelut', sv: 'Helsingfors', en: 'Helsinki' };
  assert.ok(
    validate(HandlerSchema, {
      kind: 'municipality',
      id: 'helsinki',
      name,
      phone: '09 310 36107',
      email: null,
      address: null,
      serviceHours: null,
      url: 'https://www.hel.fi/',
    }).ok,
  );
  assert.ok(validate(HandlerSchema, { kind: 'protected', phone: '0295 025 500', name }).ok);
  const leaky = validate(HandlerSchema, { kind: 'protected', phone: '0295 025 500', name, address: 'Kirkkokatu 8' });
  assert.ok(leaky.ok && !('address' in leaky.value), 'anything more is dropped from the protected variant');
  assert.equal(
    validate(HandlerSchema, {
      kind: 'te-office',
      id: 'x',
      name,
      phone: '1',
      email: null,
      address: null,
      serviceHours: null,
      url: 'not a url',
    }).ok,
    false,
  );
});

test('a trip abroad without a return day, or a malformed month in a work history, each get exactly their own code', () => {
  assert.deepEqual(issues(ChangeReportRequestSchema, { kind: 'travel', startDate: '2026-06-02', basedOn, country: 'SE' }), [
    `endDate=${E.endDateRequired}`,
  ]);
  assert.deepEqual(
    issues(RegistrationRequestSchema, {
      ...registration,
      workHistory: [{ employer: 'Kauppa Oy', title: 'Myyjä', start: '2001-13', end: '2001-01' }],
    }),
    [`workHistory.0.start=${E.workMonthInvalid}`],
  );
});
