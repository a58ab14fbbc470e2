import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { LOCALES } from '../locale.js';
import CONTENT from './career-radar/questionnaire.json' with { type: 'json' };
import { validate } from '../validate.js';
import {
  CAREER_RADAR_ERRORS as E,
  FACTOR_IDS,
  QUESTIONNAIRE,
  QUESTIONNAIRE_VERSION,
  ResultSaveRequestSchema,
  SCALE_LABELS,
  SUGGESTIONS,
  SavedResultListSchema,
  SavedResultSchema,
  STRENGTH_SCORE,
  scoreAnswers,
  statementIds,
  suggestionsFor,
  unansweredStatements,
  weakestFactors,
  type FactorId,
} from './career-radar.js';

/** Every statement answered with `value`, or by factor. */
function answersOf(value: number | Partial<Record<FactorId, readonly number[]>>): Record<string, number> {
  return Object.fromEntries(
    QUESTIONNAIRE.factors.flatMap((factor) =>
      factor.statements.map((statement, index) => [statement.id, typeof value === 'number' ? value : (value[factor.id]?.[index] ?? 3)]),
    ),
  );
}

/** `path=message` of every issue, sorted, or [] when valid. */
function issues(schema: Parameters<typeof validate>[0], input: unknown): string[] {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}=${i.message}`).sort();
}

test('the questionnaire: eight factors in the agreed order, three statements each, unique ids, every text in three languages', () => {
  assert.equal(QUESTIONNAIRE.version, QUESTIONNAIRE_VERSION);
  assert.deepEqual(
    QUESTIONNAIRE.factors.map((f) => f.id),
    [...FACTOR_IDS],
  );
  const ids = statementIds();
  assert.equal(ids.length, 24);
  assert.equal(new Set(ids).size, ids.length);
  for (const factor of QUESTIONNAIRE.factors) {
    assert.equal(factor.statements.length, 3, factor.id);
    for (const text of [factor.name, factor.shortName, factor.description, ...factor.statements.map((s) => s.text)]) {
      for (const locale of LOCALES) assert.ok(text[locale].trim().length > 0, `${factor.id} ${locale}`);
      // A copy-paste of one language into another would pass the check above.
      assert.notEqual(text.fi, text.en, `${factor.id}: ${text.fi}`);
    }
    for (const statement of factor.statements) assert.match(statement.id, new RegExp(`^${factor.id}-\\d$`));
  }
  for (const label of Object.values(SCALE_LABELS)) for (const locale of LOCALES) assert.ok(label[locale].length > 0);
});

test('questionnaire.json has exactly the shapes the contract gives it, every text in fi, sv and en', () => {
  // The contract types the JSON by assertion (Questionnaire, Suggestion); this is what makes that true.
  const Text = v.strictObject({
    fi: v.pipe(v.string(), v.minLength(1)),
    sv: v.pipe(v.string(), v.minLength(1)),
    en: v.pipe(v.string(), v.minLength(1)),
  });
  const Factor = v.picklist(FACTOR_IDS);
  const Content = v.strictObject({
    scaleLabels: v.strictObject({ 1: Text, 2: Text, 3: Text, 4: Text, 5: Text }),
    factors: v.array(
      v.strictObject({
        id: Factor,
        name: Text,
        shortName: Text,
        description: Text,
        statements: v.array(v.strictObject({ id: v.string(), text: Text })),
      }),
    ),
    suggestions: v.array(v.strictObject({ factor: Factor, text: Text, link: v.strictObject({ text: Text, href: v.string() }) })),
  });
  const result = v.safeParse(Content, CONTENT);
  assert.ok(result.success, JSON.stringify(result.issues?.map((issue) => [v.getDotPath(issue), issue.message])));
});

test('scoreAnswers: the mean of each factor, to two decimals', () => {
  const result = scoreAnswers(answersOf({ goals: [1, 2, 2], confidence: [5, 5, 5], activity: [1, 1, 1], support: [4, 5, 5] }));
  assert.ok(result.ok);
  assert.deepEqual(result.ok && result.scores, {
    goals: 1.67,
    confidence: 5,
    activity: 1,
    flexibility: 3,
    competence: 3,
    wellbeing: 3,
    support: 4.67,
    circumstances: 3,
  });
});

test('scoreAnswers refuses what it cannot score: missing, out of range, not whole, unknown, not an object', () => {
  const answers: Record<string, unknown> = answersOf(3);
  delete answers['goals-2'];
  answers['wellbeing-1'] = 6;
  answers['support-3'] = 2.5;
  answers['circumstances-1'] = '4';
  answers['extra-1'] = 3;
  const result = scoreAnswers(answers);
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.issues, [
    { path: 'goals-2', message: E.answerRequired },
    { path: 'wellbeing-1', message: E.answerInvalid },
    { path: 'support-3', message: E.answerInvalid },
    { path: 'circumstances-1', message: E.answerInvalid },
    { path: 'extra-1', message: E.answerUnknown },
  ]);
  for (const input of [null, [], 'x', 3])
    assert.deepEqual(scoreAnswers(input), { ok: false, issues: [{ path: '', message: E.answerInvalid }] });
  // An inherited property is not an answer.
  assert.equal(scoreAnswers(Object.create(answersOf(3) as object)).ok, false);
});

test('unansweredStatements names the statements of one step still without a 1–5 answer', () => {
  const goals = QUESTIONNAIRE.factors[0]!;
  assert.deepEqual(unansweredStatements(goals, {}), ['goals-1', 'goals-2', 'goals-3']);
  assert.deepEqual(unansweredStatements(goals, { 'goals-1': 4, 'goals-3': 0 }), ['goals-2', 'goals-3']);
  assert.deepEqual(unansweredStatements(goals, { 'goals-1': 1, 'goals-2': 5, 'goals-3': 3 }), []);
});

test('weakestFactors: lowest first, at most three, strengths never, ties in the questionnaire order', () => {
  const scores = {
    goals: 2,
    confidence: 4.5,
    activity: 1.33,
    flexibility: 2,
    competence: 3.67,
    wellbeing: 2,
    support: 4,
    circumstances: 5,
  };
  assert.deepEqual(weakestFactors(scores), ['activity', 'goals', 'flexibility']);
  assert.deepEqual(weakestFactors(scores, 5), ['activity', 'goals', 'flexibility', 'wellbeing', 'competence']);
  assert.deepEqual(weakestFactors({ ...scores, activity: 4, goals: STRENGTH_SCORE, flexibility: 5, wellbeing: 4.33, competence: 4 }), []);
});

test('every factor has suggestions, in three languages, linking to a portal path or a public https site', () => {
  for (const factor of FACTOR_IDS) assert.ok(suggestionsFor(factor).length >= 1, factor);
  for (const suggestion of SUGGESTIONS) {
    for (const locale of LOCALES) {
      assert.ok(suggestion.text[locale].length > 0);
      assert.ok(suggestion.link.text[locale].length > 0);
    }
    assert.match(suggestion.link.href, /^(\/[a-z][a-z0-9/-]*|https:\/\/[a-z0-9.-]+\.fi(\/.*)?)$/, suggestion.link.href);
  }
});

test('the save request: the current version and well-formed answers; the scores are not the client’s to send', () => {
  const request = { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(4) };
  assert.deepEqual(issues(ResultSaveRequestSchema, request), []);
  // Extra keys (scores the client computed) are dropped, never trusted.
  const parsed = validate(ResultSaveRequestSchema, { ...request, scores: { goals: 5 } });
  assert.ok(parsed.ok && !('scores' in parsed.value));
  assert.deepEqual(
    issues(ResultSaveRequestSchema, {
      questionnaireVersion: '1999-1',
      answers: { 'goals-1': 0, 'goals-2': 2.5, 'Bad Key': 3, 'goals-3': '3' },
    }),
    [
      'answers.Bad Key=answer.unknown',
      'answers.goals-1=answer.invalid',
      'answers.goals-2=answer.invalid',
      'answers.goals-3=answer.invalid',
      'questionnaireVersion=questionnaire.unsupported',
    ],
  );
  assert.deepEqual(
    issues(ResultSaveRequestSchema, { questionnaireVersion: QUESTIONNAIRE_VERSION }).map((line) => line.split('=')[0]),
    ['answers'],
  );
});

test('a saved result and the list fit their schemas; scores outside 1–5 do not', () => {
  const result = scoreAnswers(answersOf(2));
  assert.ok(result.ok);
  const saved = {
    id: '0b7e5f7e-9a4f-4c55-9d43-6f0d3f7f2a11',
    takenAt: '2026-06-01T10:00:00.000Z',
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    scores: result.scores,
    answers: answersOf(2),
  };
  assert.deepEqual(issues(SavedResultSchema, saved), []);
  assert.deepEqual(issues(SavedResultListSchema, { items: [saved, saved] }), []);
  assert.notDeepEqual(issues(SavedResultSchema, { ...saved, scores: { goals: 7 } }), []);
  assert.notDeepEqual(issues(SavedResultSchema, { ...saved, id: 'x' }), []);
});
