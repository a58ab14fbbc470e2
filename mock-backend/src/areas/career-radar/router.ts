// The career radar (Työelämätutka) of a signed-in person: the saved results (GET, newest first; POST
// with an Idempotency-Key) and the front page's reminder to take it again. Taking the self-assessment
// needs no identification and never reaches the server; only saving does. The scores stored are
// always the server's own, computed from the answers with the contract's `scoreAnswers`.
import { Router } from 'express';
import {
  API_ERROR_CODES,
  CurrentItemsResponseSchema,
  LOCALES,
  parseOrThrow,
  type CurrentItem,
  type CurrentItemsResponse,
  type Locale,
  type LocalizedText,
} from '@portal/shared-contracts';
import {
  CAREER_RADAR_AREA,
  CAREER_RADAR_PATHS,
  CAREER_RADAR_ROUTE,
  ResultSaveRequestSchema,
  SavedResultListSchema,
  SavedResultSchema,
  scoreAnswers,
  type SavedResult,
} from '@portal/shared-contracts/career-radar';
import { addDays, dateAtNoon, helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { findResultByKey, insertResult, latestResult, listResults, type CareerRadarResultRow } from './store.js';
import { lockPerson } from '../profile/changes-store.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { validateOrThrow } from '../../platform/validation.js';
import { formatDate } from '../../platform/i18n.js';

/** The router is mounted at /api; the contract names the full paths. */
const route = (path: string): string => path.replace(/^\/api(?=\/)/, '');

const INVALID = 'The career radar result is not valid.';

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
export function careerRadarCurrentItems(latest: Pick<CareerRadarResultRow, 'takenAt'> | undefined, now: Date, retakeDays: number): CurrentItem[] {
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
      description: Object.fromEntries(LOCALES.map((locale) => [locale, RETAKE_DESCRIPTION[locale](formatDate(date, locale))])) as LocalizedText,
      href: CAREER_RADAR_ROUTE,
      // A suggestion, not a duty: it does not count among the "tasks waiting" in the navigation.
      urgency: 'info',
    },
  ];
}

// ---------------------------------------------------------------------------------------------

export interface CareerRadarOptions {
  /** Days after the newest result when the front page suggests taking it again (CAREER_RADAR_RETAKE_DAYS). */
  readonly retakeDays: number;
}

export function careerRadarRouter(db: Database, clock: Clock, options: CareerRadarOptions): Router {
  const router = Router();

  // Every handler asks for the person first: signed out is a 401 whatever else is wrong.
  router.get(route(CAREER_RADAR_PATHS.results), async (req, res) => {
    const person = requirePerson(req);
    const body = { items: await savedResultsOf(db, person.id) };
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(SavedResultListSchema, body, `GET ${CAREER_RADAR_PATHS.results}`));
  });

  router.post(route(CAREER_RADAR_PATHS.results), async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const request = validateOrThrow(ResultSaveRequestSchema, req.body, INVALID);
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
    const now = clock();
    const outcome = await db.transaction(async (tx) => {
      // The person's row locked: two tabs sending the same key at once make one result, not a 500.
      if (!(await lockPerson(tx, person.id))) throw httpError(401, API_ERROR_CODES.sessionExpired, 'The session has ended; sign in again.');
      const first = await findResultByKey(tx, person.id, key);
      if (first) return { created: false, row: first };
      const row = await insertResult(tx, {
        personId: person.id,
        questionnaireVersion: request.questionnaireVersion,
        answers: request.answers,
        scores: scored.scores,
        takenAt: now,
        idempotencyKey: key,
      });
      if (!row) throw new Error('An idempotency key conflicted under the row lock, but no result has it');
      return { created: true, row };
    });
    res.set('Cache-Control', 'no-store');
    res.status(outcome.created ? 201 : 200).json(parseOrThrow(SavedResultSchema, toSavedResult(outcome.row), `POST ${CAREER_RADAR_PATHS.results}`));
  });

  router.get(route(CAREER_RADAR_PATHS.currentItems), async (req, res) => {
    const person = requirePerson(req);
    const body: CurrentItemsResponse = { items: careerRadarCurrentItems(await latestResult(db, person.id), clock(), options.retakeDays) };
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(CurrentItemsResponseSchema, body, `GET ${CAREER_RADAR_PATHS.currentItems}`));
  });

  return router;
}
