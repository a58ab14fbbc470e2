// The service-need assessment: its questions (data), the answers, and the one check of both.
import * as v from 'valibot';
import { LocalizedTextSchema } from '../../locale.js';
import { JOB_SEARCH_ERRORS as E, type JobSearchError } from './errors.js';
import { IsoDate, IsoTimestamp } from './fields.js';
import { ASSESSMENT_STATES } from './state.js';

export const AssessmentQuestionSchema = v.variant('kind', [
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
    kind: v.picklist(['single', 'multiple']),
    text: LocalizedTextSchema,
    help: v.optional(LocalizedTextSchema),
    required: v.boolean(),
    options: v.pipe(
      v.array(v.object({ id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), label: LocalizedTextSchema })),
      v.minLength(2),
    ),
  }),
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
    kind: v.literal('text'),
    text: LocalizedTextSchema,
    help: v.optional(LocalizedTextSchema),
    required: v.boolean(),
    maxLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
]);
export type AssessmentQuestion = v.InferOutput<typeof AssessmentQuestionSchema>;

/** Answers by question id: an option id (single), option ids (multiple) or text. */
export const AssessmentAnswersSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/), v.maxLength(60)),
  v.union([v.pipe(v.string(), v.maxLength(2000, E.textTooLong)), v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(20))]),
);
export type AssessmentAnswers = v.InferOutput<typeof AssessmentAnswersSchema>;

/** GET /api/job-search/assessment: the questions (data, fi/sv/en), the deadline and any answers sent. */
export const AssessmentSchema = v.object({
  state: v.picklist(ASSESSMENT_STATES),
  dueDate: IsoDate,
  completedAt: v.nullable(IsoTimestamp),
  questions: v.array(AssessmentQuestionSchema),
  /** What was sent, once completed. */
  answers: v.nullable(AssessmentAnswersSchema),
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

/** POST /api/job-search/assessment body (Idempotency-Key header). */
export const AssessmentRequestSchema = v.object({ answers: AssessmentAnswersSchema });
export type AssessmentRequest = v.InferOutput<typeof AssessmentRequestSchema>;

/**
 * Checks answers against the questions, for the form and the server alike: issues by question id,
 * with `answer.required` or `answer.invalid` (an unknown option, a second option to a single
 * question, text over the question's limit). Unknown question ids are invalid too.
 */
export function checkAssessmentAnswers(
  questions: readonly AssessmentQuestion[],
  answers: AssessmentAnswers,
): { path: string; message: JobSearchError }[] {
  const issues: { path: string; message: JobSearchError }[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) issues.push({ path: id, message: E.answerInvalid });
  for (const question of questions) {
    const answer = answers[question.id];
    const empty = answer === undefined || (typeof answer === 'string' ? answer.trim() === '' : answer.length === 0);
    if (empty) {
      if (question.required) issues.push({ path: question.id, message: E.answerRequired });
      continue;
    }
    if (question.kind === 'text') {
      if (typeof answer !== 'string' || answer.trim().length > question.maxLength)
        issues.push({ path: question.id, message: E.answerInvalid });
      continue;
    }
    const options = new Set(question.options.map((o) => o.id));
    const chosen = typeof answer === 'string' ? [answer] : answer;
    const wrongShape = question.kind === 'single' ? typeof answer !== 'string' : !Array.isArray(answer);
    if (wrongShape || chosen.some((id) => !options.has(id)) || new Set(chosen).size !== chosen.length) {
      issues.push({ path: question.id, message: E.answerInvalid });
    }
  }
  return issues;
}
