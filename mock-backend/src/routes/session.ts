// GET /api/session: who is signed in, for the shell's session broker.
import { Router } from 'express';
import { SessionInfoSchema, parseOrThrow, type SessionInfo } from '@portal/shared-contracts';
import { sessionPerson } from '../db/persons.js';
import type { Database } from '../db/storage.js';
import { signedInPerson } from '../http/session.js';

export function sessionRouter(db: Database): Router {
  const router = Router();
  router.get('/session', async (req, res) => {
    const person = await signedInPerson(req, db);
    const info: SessionInfo = person ? { authenticated: true, person: sessionPerson(person) } : { authenticated: false };
    // Personal, and changes at sign-in and sign-out: never from a cache.
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(SessionInfoSchema, info, 'GET /api/session'));
  });
  return router;
}
