import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import {
  OFFICE_TRANSITIONS,
  OfficeTrainingStateSchema,
  TRAINING_ERRORS as E,
  TRAINING_PAGES,
  TRAINING_PATHS,
  TrainingApplicationRequestSchema,
  TrainingSchema,
  TrainingWithdrawSchema,
  WITHDRAWABLE_STATES,
} from './training.js';

const training = {
  id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c7001',
  name: { fi: 'a', sv: 'b', en: 'c' },
  provider: 'Testiopisto Oy',
  place: null,
  language: 'fi',
  startDate: '2026-12-01',
  endDate: '2027-03-01',
  applyFrom: '2026-10-01',
  applyBy: '2026-11-20',
  forWhom: { fi: 'a', sv: 'b', en: 'c' },
  description: { fi: 'a', sv: 'b', en: 'c' },
  open: true,
};

const request = {
  trainingId: training.id,
  motivation: ' Haluan logistiikka-alalle. ',
  education: 'Ylioppilas 2010',
  workHistory: '',
  availability: 'Heti',
  commitment: true,
};

const issue = (value: unknown): [string | undefined, string | undefined] | undefined => {
  const result = validate(TrainingApplicationRequestSchema, value);
  return result.ok ? undefined : [result.issues[0]?.path, result.issues[0]?.message];
};

test('a training fits, remote (no place) or in a place; a language outside fi/sv/en does not', () => {
  assert.ok(validate(TrainingSchema, training).ok);
  assert.ok(validate(TrainingSchema, { ...training, place: { fi: 'Oulu', sv: 'Uleåborg', en: 'Oulu' } }).ok);
  assert.equal(validate(TrainingSchema, { ...training, language: 'de' }).ok, false);
  assert.equal(validate(TrainingSchema, { ...training, applyBy: '2026-02-30' }).ok, false);
});

test('an application: trimmed texts, work history optional, each problem under its own code and path', () => {
  const ok = validate(TrainingApplicationRequestSchema, request);
  assert.ok(ok.ok && ok.value.motivation === 'Haluan logistiikka-alalle.');
  const noWork = validate(TrainingApplicationRequestSchema, { ...request, workHistory: undefined });
  assert.ok(noWork.ok && noWork.value.workHistory === '');
  assert.deepEqual(issue({ ...request, motivation: '  ' }), ['motivation', E.motivationRequired]);
  assert.deepEqual(issue({ ...request, motivation: 'x'.repeat(2001) }), ['motivation', E.motivationTooLong]);
  assert.deepEqual(issue({ ...request, education: '' }), ['education', E.educationRequired]);
  assert.deepEqual(issue({ ...request, workHistory: 'x'.repeat(2001) }), ['workHistory', E.workHistoryTooLong]);
  assert.deepEqual(issue({ ...request, availability: '' }), ['availability', E.availabilityRequired]);
  assert.deepEqual(issue({ ...request, trainingId: 'x' })?.[0], 'trainingId');
});

test('the commitment must be acknowledged explicitly: only `true` will do', () => {
  assert.deepEqual(issue({ ...request, commitment: false }), ['commitment', E.commitmentRequired]);
  assert.deepEqual(issue({ ...request, commitment: 'true' }), ['commitment', E.commitmentRequired]);
  const { commitment: _omitted, ...without } = request;
  // A missing key is refused too (valibot words it itself); a form always sends the field.
  assert.equal(issue(without)?.[0], 'commitment');
});

test('withdrawing is confirmed; only before a decision', () => {
  assert.ok(validate(TrainingWithdrawSchema, { confirmed: true }).ok);
  assert.equal(validate(TrainingWithdrawSchema, {}).ok, false);
  assert.deepEqual([...WITHDRAWABLE_STATES], ['submitted', 'in-review', 'interview']);
});

test('the office moves an application on, never back to submitted nor to withdrawn; a decision is final', () => {
  assert.ok(validate(OfficeTrainingStateSchema, { state: 'in-review' }).ok);
  assert.equal(validate(OfficeTrainingStateSchema, { state: 'withdrawn' }).ok, false);
  assert.equal(validate(OfficeTrainingStateSchema, { state: 'submitted' }).ok, false);
  assert.equal(validate(OfficeTrainingStateSchema, { state: 'selected', extra: 1 }).ok, false);
  assert.deepEqual(OFFICE_TRANSITIONS.selected, []);
  assert.ok(OFFICE_TRANSITIONS.reserve.includes('selected'));
});

test('paths encode their ids', () => {
  assert.equal(TRAINING_PATHS.withdraw('a/b'), '/api/training/applications/a%2Fb/withdraw');
  assert.equal(TRAINING_PAGES.apply('a/b'), '/training/a%2Fb/apply');
  assert.equal(TRAINING_PATHS.officeState('x'), '/office-api/training-applications/x');
});
