// Test data and a fake backend for the area's component tests. The saved results are shaped by the
// contract (`SavedResultSchema`) and scored with the contract's own `scoreAnswers`, so the tests see
// exactly what the backend would send.
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, scoreAnswers, type FactorId, type SavedResult } from '@portal/shared-contracts/career-radar';

/** Every statement answered with `value`, or per factor as three answers (others 3). */
export function answersOf(value: number | Partial<Record<FactorId, readonly number[]>>): Record<string, number> {
  return Object.fromEntries(
    QUESTIONNAIRE.factors.flatMap((factor) =>
      factor.statements.map((statement, index) => [statement.id, typeof value === 'number' ? value : (value[factor.id]?.[index] ?? 3)]),
    ),
  );
}

/** A saved result as the backend gives it. */
export function savedResult(id: string, takenAt: string, answers: Record<string, number>): SavedResult {
  const scored = scoreAnswers(answers);
  if (!scored.ok) throw new Error(`Fixture ${id} has invalid answers`);
  return { id, takenAt, questionnaireVersion: QUESTIONNAIRE_VERSION, scores: scored.scores, answers };
}

/** Two earlier results of one person, newest first (as GET /api/career-radar/results lists them). */
export const earlierResults: SavedResult[] = [
  savedResult(
    '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b',
    '2026-02-01T10:00:00.000Z',
    answersOf({ goals: [2, 2, 2], activity: [1, 2, 1], wellbeing: [4, 4, 4] }),
  ),
  savedResult('0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', '2025-08-15T09:30:00.000Z', answersOf(2)),
];

// The fake backend (json, apiError, stubFetch…) is the kit's, as in the other areas' tests.
export { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';
