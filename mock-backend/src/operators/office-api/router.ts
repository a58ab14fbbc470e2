// The TE office's side, mocked: its case-handling system creates a request for clarification for a
// person, and later records its decision on it. Server to server like the payers' API: outside /api,
// no session or cookie, a bearer token per office (config OFFICE_API_TOKENS). Tests and developers use
// it to make a request the person then answers in the portal.
import { Router } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { isValidHetu } from '@portal/shared-contracts/hetu';
import {
  OfficeRequestCreateSchema,
  OfficeRequestUpdateSchema,
  UNEMPLOYMENT_SECURITY_PATHS,
} from '@portal/shared-contracts/unemployment-security';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { findPerson, findPersonByHetu } from '../../areas/profile/store.js';
import type { Database } from '../../storage/storage.js';
import { insertEvent, insertRequest, lockRequestForOffice, setRequestState } from '../../areas/unemployment-security/store.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath, validateOrThrow } from '../../platform/validation.js';
import { isUuid } from '../../platform/uuid.js';

export const OFFICE_API_PREFIX = '/office-api';

export function officeApiRouter(db: Database, clock: Clock, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('office-api', tokens);

  router.post('/clarification-requests', async (req, res) => {
    authenticate(req, res);
    const body = validateOrThrow(OfficeRequestCreateSchema, req.body, 'The request for clarification is not valid.');
    const unstorable = unstorablePath(body);
    if (unstorable !== undefined) {
      throw httpError(400, API_ERROR_CODES.validationFailed, 'The request contains characters that cannot be stored.', [
        { path: unstorable, message: 'unstorable' },
      ]);
    }
    if ((body.hetu === undefined) === (body.personId === undefined)) {
      throw httpError(400, API_ERROR_CODES.validationFailed, 'Name the person by exactly one of "hetu" and "personId".', [
        { path: 'hetu', message: 'exactly one of hetu and personId' },
      ]);
    }
    const person =
      body.hetu !== undefined
        ? isValidHetu(body.hetu)
          ? await findPersonByHetu(db, body.hetu)
          : undefined
        : isUuid(body.personId ?? '')
          ? await findPerson(db, body.personId ?? '')
          : undefined;
    if (!person) throw httpError(404, API_ERROR_CODES.notFound, 'No such person.');
    const now = clock();
    const event = await db.transaction(async (tx) => {
      const created = await insertEvent(tx, {
        personId: person.id,
        kind: 'clarification-request',
        issuedOn: helsinkiDate(now),
        subject: body.subject,
        detail: {
          kind: 'clarification-request',
          explain: body.explain,
          requiredAttachments: body.requiredAttachments,
          contact: body.contact,
        },
        createdAt: now,
      });
      await insertRequest(tx, { eventId: created.id, state: 'awaiting-answer', returnDate: body.returnDate, stateChangedAt: now });
      return created;
    });
    const href = UNEMPLOYMENT_SECURITY_PATHS.request(event.id);
    res.status(201).location(href).json({ id: event.id, href });
  });

  router.patch('/clarification-requests/:id', async (req, res) => {
    authenticate(req, res);
    const body = validateOrThrow(OfficeRequestUpdateSchema, req.body, 'The state change is not valid.');
    const id = req.params['id'] ?? '';
    if (!isUuid(id)) throw httpError(404, API_ERROR_CODES.notFound, 'No such request for clarification.');
    await db.transaction(async (tx) => {
      const request = await lockRequestForOffice(tx, id);
      if (!request) throw httpError(404, API_ERROR_CODES.notFound, 'No such request for clarification.');
      await setRequestState(tx, id, body.state, clock());
    });
    res.status(204).end();
  });

  return router;
}
