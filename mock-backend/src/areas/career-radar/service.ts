// The career radar (Työelämätutka) of a signed-in person: the saved results (newest first; saving
// with an Idempotency-Key) and the front page's reminder to take it again. Taking the self-assessment
// needs no identification and never reaches the server; only saving does. The scores stored are
// always the server's own, computed from the answers with the contract's `scoreAnswers`.
import { API_ERROR_CODES, LOCALES, type CurrentItem, type Locale, type LocalizedText } from '@portal/shared-contracts';
import {
  CAREER_RADAR_AREA,
  CAREER_RADAR_ROUTE,
  scoreAnswers,
  type ResultSaveRequest,
  type SavedResult,
} from '@portal/shared-contracts/career-radar';
import { addDays, dateAtNoon, helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { findResultByKey, insertResult, listResults, type CareerRadarResultRow } from './store.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { formatDate } from '../../platform/i18n.js';

export const INVALID = 'The career radar result is not valid.';

export function toSavedResult(row: CareerRadarResultRow): SavedResult {
  return {
    id: row.id,
    takenAt: row.takenAt.toISOString(),
    questionnaireVersion: row.questionnaireVersion,
    scores: row.scores,
    answers: row.answers,
  };
}

/**
 * The person's saved results, newest first, as GET /api/career-radar/results gives them; also what
 * the file of the person's own data (GET /api/profile/export) should carry. The idempotency keys are
 * plumbing and stay out.
 */
export async function savedResultsOf(db: Database, personId: string): Promise<SavedResult[]> {
  return (await listResults(db, personId)).map(toSavedResult);
}

// ---------------------------------------------------------------------------------------------
// Current items

const RETAKE_TITLE: LocalizedText = {
  fi: 'Tee Työelämätutka uudelleen',
  sv: 'Gör Arbetslivsradarn på nytt',
  en: 'Take the Working life radar again',
};

const RETAKE_DESCRIPTION: Readonly<Record<Locale, (date: string) => string>> = {
  fi: (date) => `Teit Työelämätutkan viimeksi ${date}. Tekemällä sen uudelleen näet, mikä on muuttunut.`,
  sv: (date) => `Du gjorde Arbetslivsradarn senast ${date}. Gör den på nytt så ser du vad som har förändrats.`,
  en: (date) => `You last took the Working life radar on ${date}. Take it again to see what has changed.`,
};

/**
 * A reminder on the front page once `retakeDays` calendar days (Helsinki's) have passed since the
 * newest saved result; nothing before that, and nothing for someone who has never saved one (the
 * area is in the navigation for them, and a reminder of something never done would nag).
 */
export function careerRadarCurrentItems(
  latest: Pick<CareerRadarResultRow, 'takenAt'> | undefined,
  now: Date,
  retakeDays: number,
): CurrentItem[] {
  if (!latest) return [];
  const takenOn = helsinkiDate(latest.takenAt);
  if (addDays(takenOn, retakeDays) > helsinkiDate(now)) return [];
  const date = dateAtNoon(takenOn);
  return [
    {
      id: 'career-radar-retake',
      area: CAREER_RADAR_AREA,
      kind: 'task',
      title: RETAKE_TITLE,
      description: Object.fromEntries(
        LOCALES.map((locale) => [locale, RETAKE_DESCRIPTION[locale](formatDate(date, locale))]),
      ) as LocalizedText,
      href: CAREER_RADAR_ROUTE,
      // A suggestion, not a duty: it does not count among the "tasks waiting" in the navigation.
      urgency: 'info',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Saving

export interface SaveOutcome {
  readonly created: boolean;
  readonly row: CareerRadarResultRow;
}

/** Scores the answers as the form does and saves them once per Idempotency-Key. */
export async function saveResult(
  db: Database,
  personId: string,
  request: ResultSaveRequest,
  key: string,
  clock: Clock,
): Promise<SaveOutcome> {
  // The same check and scoring the form makes; paths name the body's place, as the schema's do.
  const scored = scoreAnswers(request.answers);
  if (!scored.ok) {
    throw httpError(
      400,
      API_ERROR_CODES.validationFailed,
      INVALID,
      scored.issues.map(({ path, message }) => ({ path: path === '' ? 'answers' : `answers.${path}`, message })),
    );
  }
  // No lock on the person's row: the unique index on (person, key) decides. Two tabs sending one key
  // at once make one result: the second insert waits for the first to commit, does nothing, and the
  // read after it finds the first's row. (Locking the person made every write of one person wait for
  // the one before, issue 19.)
  const row = await insertResult(db, {
    personId,
    questionnaireVersion: request.questionnaireVersion,
    answers: request.answers,
    scores: scored.scores,
    takenAt: clock(),
    idempotencyKey: key,
  });
  if (row) return { created: true, row };
  const first = await findResultByKey(db, personId, key);
  if (!first) throw new Error('An idempotency key conflicted, but no result has it');
  return { created: false, row: first };
}
