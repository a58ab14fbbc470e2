// Feedback on the service's accessibility (Act 306/2019, beside the accessibility statement):
// POST /api/accessibility-feedback from the statement's form (anyone, signed in or not), and
// GET /admin-api/accessibility-feedback for the provider (bearer token).
import { Router } from 'express';
import {
  ACCESSIBILITY_FEEDBACK_ADMIN_PATH,
  ACCESSIBILITY_FEEDBACK_PATH,
  AccessibilityFeedbackSchema,
  type AccessibilityFeedbackListResponse,
} from '@portal/shared-contracts/accessibility-feedback';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { apiNotFound } from '../../platform/errors.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { validateOrThrow } from '../../platform/validation.js';
import { SESSION_STATES, sessionState } from '../../identity/sessions/middleware.js';
import { ADMIN_API_PREFIX } from '../admin-api.js';
import { answerDue, toItem, toReceipt } from './service.js';
import { insertFeedback, listFeedback } from './store.js';

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

/** GET /admin-api/accessibility-feedback: every feedback, the answer due soonest first. */
export function accessibilityFeedbackAdminRouter(db: Database, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', tokens);
  const path = ACCESSIBILITY_FEEDBACK_ADMIN_PATH.slice(ADMIN_API_PREFIX.length);
  router.get(path, async (req, res) => {
    authenticate(req, res);
    const body: AccessibilityFeedbackListResponse = { items: (await listFeedback(db)).map(toItem) };
    res.set('Cache-Control', 'no-store').json(body);
  });
  // Under this router's own path only: /admin-api as a whole is shared with other routers.
  router.use(path, (req, res, next) => {
    authenticate(req, res);
    apiNotFound(req, res, next);
  });
  return router;
}
