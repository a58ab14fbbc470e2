// Feedback on the service's accessibility (Act 306/2019, beside the accessibility statement):
// POST /api/accessibility-feedback from the statement's form (anyone, signed in or not), and
// GET /admin-api/accessibility-feedback for the provider (bearer token), who marks each answered.
import { Router, type RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import {
  ACCESSIBILITY_FEEDBACK_ADMIN_PATH,
  ACCESSIBILITY_FEEDBACK_PATH,
  AccessibilityFeedbackSchema,
  type AccessibilityFeedbackListResponse,
} from '@portal/shared-contracts/accessibility-feedback';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { apiNotFound, httpError } from '../../platform/errors.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { validateOrThrow } from '../../platform/validation.js';
import { SESSION_STATES, sessionState } from '../../identity/sessions/middleware.js';
import { ADMIN_API_PREFIX } from '../admin-api.js';
import { answerDue, feedbackReference, numberOfReference, toItem, toReceipt } from './service.js';
import { findFeedback, insertFeedback, listFeedback, markAnswered } from './store.js';

export interface FeedbackOptions {
  /** Feedback per client (IP, or /64) and window: the open form cannot be used to flood the table. */
  readonly rateLimit: number;
  readonly rateWindowSeconds: number;
}

/** POST /api/accessibility-feedback. Mounted under /api, so the cross-site request check applies. */
export function accessibilityFeedbackRouter(db: Database, clock: Clock, options: FeedbackOptions): Router {
  const router = Router();
  router.post(
    ACCESSIBILITY_FEEDBACK_PATH.slice('/api'.length),
    rateLimit({
      db,
      clock,
      name: 'accessibility-feedback',
      limit: options.rateLimit,
      windowSeconds: options.rateWindowSeconds,
      what: 'feedback messages',
    }),
    async (req, res) => {
      const feedback = validateOrThrow(AccessibilityFeedbackSchema, req.body, 'Feedback is {"message", "email"?, "page"?, "language"}.');
      const state = sessionState(req);
      const receivedAt = clock();
      const row = await insertFeedback(db, {
        message: feedback.message,
        email: feedback.email ? feedback.email : null,
        page: feedback.page ?? null,
        language: feedback.language,
        personId: state.kind === SESSION_STATES.signedIn ? state.person.id : null,
        receivedAt,
        answerBy: answerDue(receivedAt),
      });
      res.set('Cache-Control', 'no-store').status(201).json(toReceipt(row));
    },
  );
  return router;
}

/**
 * GET /admin-api/accessibility-feedback: every feedback, the open first (`?open`: only those), each
 * saying whether its two weeks have passed; PUT / DELETE …/:reference/answered marks it answered
 * (when and by which operator) or takes the mark back.
 */
export function accessibilityFeedbackAdminRouter(db: Database, clock: Clock, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', tokens);
  const path = ACCESSIBILITY_FEEDBACK_ADMIN_PATH.slice(ADMIN_API_PREFIX.length);
  router.get(path, async (req, res) => {
    authenticate(req, res);
    const today = helsinkiDate(clock());
    const rows = await listFeedback(db, req.query['open'] !== undefined);
    const body: AccessibilityFeedbackListResponse = { items: rows.map((row) => toItem(row, today)) };
    res.set('Cache-Control', 'no-store').json(body);
  });
  const answered =
    (mark: boolean): RequestHandler =>
    async (req, res) => {
      const operator = authenticate(req, res);
      const reference = String(req.params['reference']);
      const parsed = numberOfReference(reference);
      if (!parsed) {
        throw httpError(
          400,
          API_ERROR_CODES.validationFailed,
          `"${reference.slice(0, 40)}" is not a feedback reference (SP-<year>-<number>).`,
        );
      }
      const existing = await findFeedback(db, parsed.number);
      // The year is part of the reference a person quotes: SP-2025-00042 is not SP-2026-00042.
      if (!existing || feedbackReference(existing) !== reference)
        throw httpError(404, API_ERROR_CODES.notFound, `No feedback ${reference}.`);
      const row = await markAnswered(db, parsed.number, mark ? { at: clock(), by: operator } : null);
      if (!row) throw httpError(404, API_ERROR_CODES.notFound, `No feedback ${reference}.`);
      res.set('Cache-Control', 'no-store').json(toItem(row, helsinkiDate(clock())));
    };
  router.put(`${path}/:reference/answered`, answered(true));
  router.delete(`${path}/:reference/answered`, answered(false));
  // Under this router's own path only: /admin-api as a whole is shared with other routers.
  router.use(path, (req, res, next) => {
    authenticate(req, res);
    apiNotFound(req, res, next);
  });
  return router;
}
