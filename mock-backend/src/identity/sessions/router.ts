// The session as the shell sees it: GET /api/session (extends the idle time, like any /api
// request), GET /api/session/status (reports without extending) and POST /api/session/extend (the
// "continue" of the shell's timeout warning). The extending itself is done for every /api request
// by sessionActivity (src/identity/sessions/middleware.ts); these routes only report its result.
import { Router, type Response } from 'express';
import { SessionInfoSchema, parseOrThrow, type SessionInfo } from '@portal/shared-contracts';
import { requirePerson, sessionInfo } from './middleware.js';

function send(res: Response, info: SessionInfo, where: string): void {
  // Personal, and changes at sign-in, sign-out and every request: never from a cache.
  res.set('Cache-Control', 'no-store');
  res.json(parseOrThrow(SessionInfoSchema, info, where));
}

export function sessionRouter(): Router {
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

  return router;
}
