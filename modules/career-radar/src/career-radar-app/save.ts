// What the app sends and says when a questionnaire is done: saving a result (signed in, with an
// idempotency key, so a double click or a retry is one saved result) and the event for the host page.
import { fetchJson, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import {
  CAREER_RADAR_PATHS,
  QUESTIONNAIRE_VERSION,
  SavedResultSchema,
  type CareerRadarAnswers,
  type FactorScores,
  type SavedResult,
} from '@portal/shared-contracts/career-radar';
import { CareerRadarCompletedEvent } from '../events.js';

/** Saves a result for the signed-in person; the same key answers with the result saved first. */
export function saveResult(answers: CareerRadarAnswers, key: string): Promise<SavedResult> {
  return fetchJson(CAREER_RADAR_PATHS.results, SavedResultSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key },
    body: JSON.stringify({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers }),
  });
}

/** The questionnaire is done: the scores only when the host asked for them; the person's identity never. */
export function completedEvent(completedAt: string, scores: FactorScores, share: boolean): CareerRadarCompletedEvent {
  return new CareerRadarCompletedEvent({
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    completedAt,
    ...(share ? { scores: { ...scores } } : {}),
  });
}
