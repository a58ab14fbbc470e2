import * as v from 'valibot';
import { IsoTimestamp, Id, type ErrorCodeOf } from './primitives.js';
import type { LocalizedText } from '../locale.js';
// The questionnaire's words are data: statements, scale, factors and suggestions in fi/sv/en, checked
// against the shapes below by career-radar.test.ts (a JSON import is typed only as its literal shape).
import QUESTIONNAIRE_CONTENT from './career-radar/questionnaire.json' with { type: 'json' };

/**
 * Työelämätutka / Arbetslivsradarn / Working life radar: a self-assessment of what helps or hinders
 * finding work or training (DOMAIN.md). The questionnaire is data, versioned, in three languages;
 * the scoring is one pure function the module and the backend share, so a saved result's scores are
 * always computed by the server from the answers and never taken from the client.
 *
 * A subpath of the contracts (`@portal/shared-contracts/career-radar`), like job-search: only this
 * area's module and the backend bundle it. As elsewhere, issue messages are codes the UI says in the
 * person's language and the API returns in its error details.
 */
export const CAREER_RADAR_ERRORS = {
  /** A statement of the questionnaire has no answer. */
  answerRequired: 'answer.required',
  /** Not a whole number from 1 to 5. */
  answerInvalid: 'answer.invalid',
  /** An answer to a statement the questionnaire does not have. */
  answerUnknown: 'answer.unknown',
  /** Answers of a questionnaire version this server does not score. */
  versionUnsupported: 'questionnaire.unsupported',
} as const;
export type CareerRadarError = ErrorCodeOf<typeof CAREER_RADAR_ERRORS>;
const E = CAREER_RADAR_ERRORS;

/**
 * The version of the statements in career-radar/questionnaire.json. A change to what is asked (a
 * statement added, removed or reworded so that its meaning changes) is a new version: saved results
 * keep the version they were answered in, and the backend scores only the current one.
 */
export const QUESTIONNAIRE_VERSION = '2026-1';

/** The answer scale: 1 "strongly disagree" … 5 "strongly agree". Every statement says something that helps, so higher is better. */
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;
export const ANSWER_VALUES = [1, 2, 3, 4, 5] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** What each point of the scale means, for the labels at both ends and for screen readers at every point. */
export const SCALE_LABELS: Readonly<Record<AnswerValue, LocalizedText>> = QUESTIONNAIRE_CONTENT.scaleLabels;

export const FACTOR_IDS = [
  'goals',
  'confidence',
  'activity',
  'flexibility',
  'competence',
  'wellbeing',
  'support',
  'circumstances',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export interface Statement {
  /** Stable within a questionnaire version; the key of the answer. */
  readonly id: string;
  readonly text: LocalizedText;
}

export interface Factor {
  readonly id: FactorId;
  /** The factor's name, as a step's heading and a row of the result table. */
  readonly name: LocalizedText;
  /** A word or two, for the chart's axes where the full name does not fit. */
  readonly shortName: LocalizedText;
  /** One sentence on what the factor is about, under the step's heading. */
  readonly description: LocalizedText;
  readonly statements: readonly Statement[];
}

export interface Questionnaire {
  readonly version: string;
  readonly factors: readonly Factor[];
}

/** The questionnaire: eight factors of three statements each. */
export const QUESTIONNAIRE: Questionnaire = {
  version: QUESTIONNAIRE_VERSION,
  factors: QUESTIONNAIRE_CONTENT.factors as readonly Factor[],
};

/** Every statement id of the questionnaire, in order. */
export function statementIds(questionnaire: Questionnaire = QUESTIONNAIRE): string[] {
  return questionnaire.factors.flatMap((factor) => factor.statements.map((statement) => statement.id));
}

export function factorOf(id: FactorId, questionnaire: Questionnaire = QUESTIONNAIRE): Factor | undefined {
  return questionnaire.factors.find((factor) => factor.id === id);
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** Statement id → 1–5. */
export type CareerRadarAnswers = Readonly<Record<string, number>>;
/** Factor id → the mean of its statements' answers, 1–5, to two decimals. */
export type FactorScores = Readonly<Record<FactorId, number>>;

export interface ScoreIssue {
  /** The statement's id; empty for the answers as a whole. */
  readonly path: string;
  readonly message: CareerRadarError;
}

export type ScoreResult =
  { readonly ok: true; readonly scores: FactorScores } | { readonly ok: false; readonly issues: readonly ScoreIssue[] };

function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= ANSWER_MIN && value <= ANSWER_MAX;
}

/**
 * Scores a complete set of answers: each factor's score is the mean of its statements' answers,
 * rounded to two decimals (means of three answers stay distinct). Pure, and the one scoring there
 * is: the form shows the result with it, the backend computes what it stores with it.
 *
 * Checks as it goes, so a caller cannot score what it did not validate: every statement answered
 * with a whole number 1–5 (`answer.required`, `answer.invalid`), nothing else answered
 * (`answer.unknown`). Issues are by statement id, in the questionnaire's order.
 */
export function scoreAnswers(answers: unknown, questionnaire: Questionnaire = QUESTIONNAIRE): ScoreResult {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return { ok: false, issues: [{ path: '', message: E.answerInvalid }] };
  }
  const given = answers as Readonly<Record<string, unknown>>;
  const issues: ScoreIssue[] = [];
  const known = new Set(statementIds(questionnaire));
  const scores: Partial<Record<FactorId, number>> = {};
  for (const factor of questionnaire.factors) {
    let sum = 0;
    for (const statement of factor.statements) {
      const value = Object.hasOwn(given, statement.id) ? given[statement.id] : undefined;
      if (value === undefined || value === null) issues.push({ path: statement.id, message: E.answerRequired });
      else if (!isAnswerValue(value)) issues.push({ path: statement.id, message: E.answerInvalid });
      else sum += value;
    }
    scores[factor.id] = Math.round((sum / factor.statements.length) * 100) / 100;
  }
  for (const id of Object.keys(given)) if (!known.has(id)) issues.push({ path: id, message: E.answerUnknown });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, scores: scores as FactorScores };
}

/**
 * The statements of one factor that are not answered with 1–5: what the form's error summary lists
 * when the person presses Next. By statement id, in order.
 */
export function unansweredStatements(factor: Factor, answers: Readonly<Record<string, number | undefined>>): string[] {
  return factor.statements.filter((statement) => !isAnswerValue(answers[statement.id])).map((statement) => statement.id);
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** At most this many of the weakest factors get suggestions: more would be a list nobody reads. */
export const WEAKEST_FACTOR_COUNT = 3;
/** A factor scoring this or more is a strength, not something to work on, however it ranks. */
export const STRENGTH_SCORE = 4;

export interface Suggestion {
  readonly factor: FactorId;
  readonly text: LocalizedText;
  readonly link: {
    readonly text: LocalizedText;
    /** An absolute path of the portal (`/job-search`) or an https URL of a public service. */
    readonly href: string;
  };
}

/** What to look at next, per factor: services of the portal and public services elsewhere. */
export const SUGGESTIONS: readonly Suggestion[] = QUESTIONNAIRE_CONTENT.suggestions as readonly Suggestion[];

/**
 * The factors to work on: the lowest scores first, at most `count`, none scoring `STRENGTH_SCORE`
 * or more. Ties keep the questionnaire's order, so the same scores always give the same list.
 */
export function weakestFactors(scores: Readonly<Partial<Record<FactorId, number>>>, count: number = WEAKEST_FACTOR_COUNT): FactorId[] {
  return FACTOR_IDS.map((id, index) => ({ id, index, score: scores[id] }))
    .filter(
      (entry): entry is { id: FactorId; index: number; score: number } => typeof entry.score === 'number' && entry.score < STRENGTH_SCORE,
    )
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.id);
}

export function suggestionsFor(factor: FactorId): Suggestion[] {
  return SUGGESTIONS.filter((suggestion) => suggestion.factor === factor);
}

// ---------------------------------------------------------------------------------------------
// API DTOs

const Slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/), v.maxLength(60));

/** One answer: a whole number 1–5. */
export const AnswerValueSchema = v.pipe(
  v.number(E.answerInvalid),
  v.integer(E.answerInvalid),
  v.minValue(ANSWER_MIN, E.answerInvalid),
  v.maxValue(ANSWER_MAX, E.answerInvalid),
);

/**
 * Answers by statement id. The shape only: whether every statement is answered, and only those, is
 * `scoreAnswers`'s check, against the questionnaire of the request's version.
 */
export const CareerRadarAnswersSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, E.answerUnknown), v.maxLength(60, E.answerUnknown)), AnswerValueSchema),
  // A bound before anything iterates it; the questionnaire has 24 statements.
  v.check((answers) => Object.keys(answers).length <= 100, E.answerUnknown),
);

/** Factor id → score 1–5. Keys are not limited to today's factors: a result keeps its version's. */
export const FactorScoresSchema = v.record(Slug, v.pipe(v.number(), v.minValue(ANSWER_MIN), v.maxValue(ANSWER_MAX)));

/**
 * POST /api/career-radar/results body, with the `Idempotency-Key` header. No scores: the server
 * computes them from the answers.
 */
export const ResultSaveRequestSchema = v.object({
  questionnaireVersion: v.literal(QUESTIONNAIRE_VERSION, E.versionUnsupported),
  answers: CareerRadarAnswersSchema,
});
export type ResultSaveRequest = v.InferOutput<typeof ResultSaveRequestSchema>;

/** A saved result: the answer to the POST (201, or 200 for a retry with the same key) and an item of the list. */
export const SavedResultSchema = v.object({
  id: Id,
  /** When the server received it. */
  takenAt: IsoTimestamp,
  questionnaireVersion: v.pipe(v.string(), v.minLength(1)),
  scores: FactorScoresSchema,
  answers: v.record(Slug, AnswerValueSchema),
});
export type SavedResult = v.InferOutput<typeof SavedResultSchema>;

/** GET /api/career-radar/results: the signed-in person's own results, newest first. */
export const SavedResultListSchema = v.object({ items: v.array(SavedResultSchema) });
export type SavedResultList = v.InferOutput<typeof SavedResultListSchema>;

/** The area, its route in the portal and its API paths, so the module and the backend name them once. */
export const CAREER_RADAR_AREA = 'career-radar';
export const CAREER_RADAR_ROUTE = '/career-radar';
export const CAREER_RADAR_PATHS = {
  /** GET: own results, newest first; POST: save one (Idempotency-Key). */
  results: '/api/career-radar/results',
  /** GET: the front page's items (a reminder to take it again when the last result is old). */
  currentItems: '/api/career-radar/current-items',
} as const;
