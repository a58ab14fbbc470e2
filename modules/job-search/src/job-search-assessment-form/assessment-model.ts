import { validate } from '@portal/shared-contracts';
import {
  AssessmentRequestSchema,
  checkAssessmentAnswers,
  type AssessmentAnswers,
  type AssessmentQuestion,
  type AssessmentRequest,
} from '@portal/shared-contracts/job-search';
import { errorsFromIssues, type FieldErrors } from '@portal/ui-kit/form';
import { draftString } from '../draft-shape.js';

// The assessment's logic without the DOM. The questions are data; answers are kept as typed, by
// question id. Issue paths are the request body's (`answers.<question id>`), as the server's 400
// names them, so a question's control has the id `answers-<question id>` and both find it.

/** Answers as typed: an option id (single), option ids (multiple) or text; empty when unanswered. */
export type AnswerValues = Record<string, string | string[]>;

/** The draft's shape. */
export type AssessmentDraft = { answers: AnswerValues };

export const ANSWERS_PREFIX = 'answers.';

/** The issue path (and so the field) of a question. */
export const answerPath = (questionId: string): string => `${ANSWERS_PREFIX}${questionId}`;

/** The question an issue path names, if any. */
export function questionOfPath(questions: readonly AssessmentQuestion[], path: string): AssessmentQuestion | undefined {
  return path.startsWith(ANSWERS_PREFIX) ? questions.find((q) => q.id === path.slice(ANSWERS_PREFIX.length)) : undefined;
}

/** Nothing answered: what the form starts from. Nothing is preselected (GOV.UK). */
export function emptyAnswers(questions: readonly AssessmentQuestion[]): AnswerValues {
  return Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multiple' ? [] : '']));
}

/**
 * A saved draft over empty answers. The questions may have changed since it was saved: an answer
 * is taken only for a question that still exists, of the same kind, with options it still offers.
 */
export function restoreAnswers(
  questions: readonly AssessmentQuestion[],
  draft: Record<string, unknown>,
): { values: AnswerValues; restored: boolean } {
  const values = emptyAnswers(questions);
  const saved = draft['answers'];
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { values, restored: false };
  const answers = saved as Record<string, unknown>;
  let restored = false;
  for (const question of questions) {
    const answer = answers[question.id];
    if (question.kind === 'text') {
      // Text over the limit is kept: it shows as too long, rather than vanishing.
      const text = draftString(answer, '', question.maxLength * 2);
      if (text !== '') {
        values[question.id] = text;
        restored = true;
      }
      continue;
    }
    const options = new Set(question.options.map((o) => o.id));
    if (question.kind === 'single' && typeof answer === 'string' && options.has(answer)) {
      values[question.id] = answer;
      restored = true;
    }
    if (question.kind === 'multiple' && Array.isArray(answer)) {
      const chosen = question.options.map((o) => o.id).filter((id) => answer.includes(id));
      if (chosen.length > 0) {
        values[question.id] = chosen;
        restored = true;
      }
    }
  }
  return { values, restored };
}

/** The answers as sent: unanswered questions left out, text trimmed (as the server keeps them). */
export function answersOf(questions: readonly AssessmentQuestion[], values: AnswerValues): AssessmentAnswers {
  const answers: AssessmentAnswers = {};
  for (const question of questions) {
    const value = values[question.id];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') answers[question.id] = question.kind === 'text' ? value.trim() : value;
    } else if (value.length > 0) {
      answers[question.id] = value;
    }
  }
  return answers;
}

/**
 * Validates with the contract's own check (`checkAssessmentAnswers`, the one the server runs) and
 * the request schema, paths as the server gives them (`answers.<id>`). The check's issue comes first
 * for a question with two, as it names the question's own limit.
 */
export function validateAnswers(
  questions: readonly AssessmentQuestion[],
  values: AnswerValues,
): { ok: true; request: AssessmentRequest } | { ok: false; errors: FieldErrors } {
  const answers = answersOf(questions, values);
  const issues = checkAssessmentAnswers(questions, answers).map((issue) => ({ path: answerPath(issue.path), message: issue.message }));
  const result = validate(AssessmentRequestSchema, { answers });
  if (result.ok && issues.length === 0) return { ok: true, request: result.value };
  return { ok: false, errors: errorsFromIssues([...issues, ...(result.ok ? [] : result.issues)]) };
}
