// The session as the shell sees it: GET /api/session (extends the idle time, like any /api
// request), GET /api/session/status (reports without extending) and POST /api/session/extend (the
// "continue" of the shell's timeout warning). The extending itself is done for every /api request
// by sessionActivity (src/identity/sessions/middleware.ts); these routes only report its result.
// PUT /api/session/language saves the language the person chose for the portal's pages, so that it
// follows them to their next sign-in on any device.
import { Router, type Response } from 'express';
import { SessionInfoSchema, parseOrThrow, type SessionInfo } from '@portal/shared-contracts';
import { SessionLanguageSchema } from '@portal/shared-contracts/session-language';
import { saveUiLanguage } from '../../areas/profile/store.js';
import { sendChecked } from '../../platform/handlers.js';
import { validateOrThrow } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson, sessionInfo } from './middleware.js';

function send(res: Response, info: SessionInfo, where: string): void {
  // Personal, and changes at sign-in, sign-out and every request: never from a cache.
  res.set('Cache-Control', 'no-store');
  res.json(parseOrThrow(SessionInfoSchema, info, where));
}

export function sessionRouter(db: Database): Router {
  const router = Router();

  // Signed out and ended sessions alike answer {authenticated:false}: this is how the shell asks.
  router.get('/session', (req, res) => {
    send(res, sessionInfo(req), 'GET /api/session');
  });

  router.get('/session/status', (req, res) => {
    send(res, sessionInfo(req), 'GET /api/session/status');
  });

  router.post('/session/extend', (req, res) => {
    requirePerson(req);
    send(res, sessionInfo(req), 'POST /api/session/extend');
  });

  // Signed out is a 401 whatever the body; a PUT, so the same choice twice is simply the same state.
  router.put('/session/language', async (req, res) => {
    const person = requirePerson(req);
    const { language } = validateOrThrow(SessionLanguageSchema, req.body, 'The body must be {"language": "fi" | "sv" | "en"}.');
    await saveUiLanguage(db, person.id, language);
    sendChecked(res, SessionLanguageSchema, { language }, 'PUT /api/session/language');
  });

  return router;
}
