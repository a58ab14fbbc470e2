// The terms of use over HTTP. Anyone: GET /api/terms (the versions), GET /api/terms/versions/:version
// (one with its text), GET /api/terms/announcement (the upcoming version, or 204). Signed in:
// GET and POST /api/terms/acknowledgements. Operators (bearer token): GET and POST /admin-api/terms.
// The rules are service.ts's.
import { Router } from 'express';
import {
  TERMS_ADMIN_PATH,
  TERMS_PATHS,
  TermsAcknowledgementSchema,
  TermsAcknowledgementStatusSchema,
  TermsAcknowledgeRequestSchema,
  TermsListSchema,
  TermsVersionCreateSchema,
  TermsVersionSchema,
  TermsVersionSummarySchema,
  type TermsAdminListResponse,
} from '@portal/shared-contracts/terms';
import type { Clock } from '../../platform/clock.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { apiNotFound } from '../../platform/errors.js';
import { checkedGet, sendChecked } from '../../platform/handlers.js';
import { route } from '../../platform/paths.js';
import { validateOrThrow } from '../../platform/validation.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import type { Database } from '../../storage/storage.js';
import { ADMIN_API_PREFIX, adminGate } from '../../operators/admin-api.js';
import { acknowledgementStatus, acknowledgeVersion, addVersion, termsList, termsVersion, withEnds } from './service.js';
import { acknowledgementCounts, listVersions } from './store.js';

const anyone = (): null => null;

/** Mounted under /api: the public reads and the signed-in person's acknowledgements. */
export function termsRouter(db: Database, clock: Clock): Router {
  const router = Router();
  router.get(
    route(TERMS_PATHS.list),
    checkedGet(anyone, TermsListSchema, `GET ${TERMS_PATHS.list}`, () => termsList(db, clock())),
  );
  router.get(
    route(TERMS_PATHS.version(':version')).replace('%3A', ':'),
    checkedGet(anyone, TermsVersionSchema, 'GET /api/terms/versions/:version', (_who, req) =>
      termsVersion(db, String(req.params['version']), clock()),
    ),
  );
  // Asked by every page of the shell: 204 (no body, nothing for the shell to load) when nothing is announced.
  router.get(route(TERMS_PATHS.announcement), async (_req, res) => {
    const upcoming = (await termsList(db, clock())).upcoming[0];
    if (!upcoming) {
      res.set('Cache-Control', 'no-store').status(204).end();
      return;
    }
    sendChecked(res, TermsVersionSummarySchema, upcoming, `GET ${TERMS_PATHS.announcement}`);
  });
  router.get(
    route(TERMS_PATHS.acknowledgements),
    checkedGet(requirePerson, TermsAcknowledgementStatusSchema, `GET ${TERMS_PATHS.acknowledgements}`, (person) =>
      acknowledgementStatus(db, person.id, clock()),
    ),
  );
  // Idempotent by nature: one record per person and version, so a repeat (a retry, another device)
  // answers 200 with the first record. No Idempotency-Key needed.
  router.post(route(TERMS_PATHS.acknowledgements), async (req, res) => {
    const person = requirePerson(req);
    const { version } = validateOrThrow(TermsAcknowledgeRequestSchema, req.body, 'An acknowledgement is {"version"}.');
    const { created, acknowledgement } = await acknowledgeVersion(db, person.id, version, clock());
    sendChecked(res.status(created ? 201 : 200), TermsAcknowledgementSchema, acknowledgement, `POST ${TERMS_PATHS.acknowledgements}`);
  });
  return router;
}

/** GET /admin-api/terms (every version, with how many have acknowledged it), POST /admin-api/terms (a new one). */
export function termsAdminRouter(db: Database, clock: Clock, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', tokens);
  const path = TERMS_ADMIN_PATH.slice(ADMIN_API_PREFIX.length);
  // Three languages of a whole text: more than the usual operator body.
  router.use(path, ...adminGate(authenticate, '512kb'));
  router.get(path, async (_req, res) => {
    const [rows, counts] = await Promise.all([listVersions(db), acknowledgementCounts(db)]);
    const body: TermsAdminListResponse = {
      items: withEnds(rows).map((version) => ({ ...version, acknowledgements: counts.get(version.version) ?? 0 })),
    };
    res.json(body);
  });
  router.post(path, async (req, res) => {
    const request = validateOrThrow(
      TermsVersionCreateSchema,
      req.body,
      'A version is {"version", "effectiveFrom", "summary": {fi, sv, en}, "text": {fi, sv, en}}.',
    );
    sendChecked(res.status(201), TermsVersionSummarySchema, await addVersion(db, request, clock()), `POST ${TERMS_ADMIN_PATH}`);
  });
  router.use(path, apiNotFound);
  return router;
}
