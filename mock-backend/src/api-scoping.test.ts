// Every API resource belongs to the signed-in person. The routes are read from the app itself, so a
// route added later is covered without anyone remembering to add it here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { createApp } from './app.js';
import { errorHandler, httpError } from './platform/errors.js';
import {
  Browser,
  SESSION_COOKIE,
  TEST_CONFIG,
  assertHiddenFromOtherPerson,
  expectApiError,
  openMigratedTestStorage,
  startTestServer,
  type TestServer,
} from './testing/harness.js';
import type { Storage } from './storage/storage.js';

/**
 * Answer without a session, on purpose; adding to this list is a decision to review. Each with a
 * request that succeeds signed out.
 * - POST /api/client-errors: modules fail on signed-out pages too (the front page, sign-in required),
 *   and a report carries nothing of the person; it is rate-limited per client instead.
 * - POST /api/accessibility-feedback: the law (306/2019) gives everyone the feedback channel, signed
 *   in or not; it is rate-limited per client, and signed in it only marks the feedback as a person's.
 * - GET /api/terms, /api/terms/versions/:version, /api/terms/announcement: the terms of use are for
 *   everyone to read before signing in, and an upcoming change is announced on the signed-out front
 *   page. Nothing of a person is in them (the acknowledgements are behind the session).
 */
const PUBLIC_API_ROUTES = new Map<string, (RequestInit & { readonly path?: string }) | undefined>([
  ['GET /api/terms', undefined],
  ['GET /api/terms/versions/:version', { method: 'GET', path: '/api/terms/versions/15.3.2023' }],
  ['GET /api/terms/announcement', undefined],
  ['GET /api/registry', undefined],
  ['GET /api/session', undefined],
  ['GET /api/session/status', undefined],
  [
    'POST /api/client-errors',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ area: 'profile', version: '1.0.0', kind: 'load' }),
    },
  ],
  [
    'POST /api/accessibility-feedback',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Painike on liian pieni.', language: 'fi' }),
    },
  ],
]);

interface RouteLayer {
  readonly rawPath?: unknown;
  readonly route?: { readonly path: unknown; readonly methods: Readonly<Record<string, boolean>> };
  readonly handle?: { readonly stack?: readonly RouteLayer[] };
}

function paths(rawPath: unknown): string[] {
  if (Array.isArray(rawPath)) return rawPath.flatMap(paths);
  return typeof rawPath === 'string' ? [rawPath] : [];
}

/** Every "METHOD /path" of the app, walking mounted routers recursively. */
function listRoutes(stack: readonly RouteLayer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return paths(layer.route.path).flatMap((path) =>
        Object.keys(layer.route?.methods ?? {})
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${prefix}${path}`),
      );
    }
    const nested = layer.handle?.stack;
    if (!nested) return [];
    const mounts = paths(layer.rawPath);
    return (mounts.length > 0 ? mounts : ['']).flatMap((mount) => listRoutes(nested, `${prefix}${mount === '/' ? '' : mount}`));
  });
}

/** A concrete URL for a route pattern: any parameter gets an id that belongs to nobody. */
function concrete(path: string): string {
  return path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000').replace(/\*\w*/g, 'x');
}

describe('API scoping', () => {
  let storage: Storage;
  let app: Express;
  let server: TestServer;
  before(async () => {
    storage = await openMigratedTestStorage();
    server = await startTestServer({ storage });
    app = await createApp({ db: storage.db, config: TEST_CONFIG });
  });
  after(async () => {
    await server.close();
    await storage.close();
  });

  test('the walk finds the routes (so an empty result cannot pass for success)', () => {
    const routes = listRoutes((app as unknown as { router: { stack: RouteLayer[] } }).router.stack);
    for (const known of [
      'GET /api/registry',
      'GET /api/session',
      'POST /api/session/extend',
      'GET /api/profile',
      'GET /api/profile/current-items',
      'POST /api/profile/changes',
      'GET /api/profile/changes',
      'GET /api/profile/export',
      'GET /api/drafts/:key',
      'PUT /api/drafts/:key',
      'DELETE /api/drafts/:key',
      'GET /api/job-search',
      'GET /api/job-search/reference',
      'POST /api/job-search/registration',
      'GET /api/job-search/assessment',
      'POST /api/job-search/assessment',
      'POST /api/job-search/changes',
      'GET /api/job-search/changes/:id',
      'POST /api/job-search/end',
      'GET /api/job-search/certificate',
      'GET /api/job-search/current-items',
    ]) {
      assert.ok(routes.includes(known), `${known} in ${routes.join(', ')}`);
    }
  });

  test('every non-public /api route answers 401 signed out: unauthenticated without a cookie, session-expired with an ended one', async () => {
    const routes = listRoutes((app as unknown as { router: { stack: RouteLayer[] } }).router.stack).filter((route) =>
      route.split(' ')[1]?.startsWith('/api/'),
    );
    const protectedRoutes = routes.filter((route) => !PUBLIC_API_ROUTES.has(route));
    assert.ok(protectedRoutes.length >= 3);
    for (const route of protectedRoutes) {
      const [method = 'GET', path = '/'] = route.split(' ');
      const init: RequestInit =
        method === 'GET' || method === 'HEAD' ? { method } : { method, headers: { 'content-type': 'application/json' }, body: '{}' };
      await expectApiError(await new Browser(server.baseUrl).fetch(concrete(path), init), 401, API_ERROR_CODES.unauthenticated);
      const ended = new Browser(server.baseUrl);
      ended.cookies.set(SESSION_COOKIE, 's%3Agone.x');
      await expectApiError(await ended.fetch(concrete(path), init), 401, API_ERROR_CODES.sessionExpired);
    }
    for (const [route, init] of PUBLIC_API_ROUTES) {
      assert.ok(routes.includes(route), `${route} is still a route`);
      const [method = 'GET', path = '/'] = route.split(' ');
      const response = await new Browser(server.baseUrl).fetch(init?.path ?? path, init ?? { method });
      assert.ok(response.ok, `${route}: ${response.status}`);
    }
  });
});

describe('assertHiddenFromOtherPerson', () => {
  // A stand-in resource: the helper is there for id-based resources to come (none exist yet).
  let baseUrl: string;
  let close: () => void;
  before(async () => {
    const fake = express();
    fake.get('/api/things/:id', (req, res) => {
      if (req.get('cookie') === 'who=owner' && req.params.id === 'mine') {
        res.json({ id: 'mine' });
        return;
      }
      throw httpError(404, API_ERROR_CODES.notFound, 'No such thing.');
    });
    fake.get('/api/leaky/:id', (_req, res) => {
      res.json({ id: 'anyone sees this' });
    });
    fake.use(errorHandler);
    const listening = fake.listen(0, '127.0.0.1');
    await once(listening, 'listening');
    baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    close = () => listening.close();
  });
  after(() => close());

  function browsers(): { owner: Browser; other: Browser } {
    const owner = new Browser(baseUrl);
    owner.cookies.set('who', 'owner');
    const other = new Browser(baseUrl);
    other.cookies.set('who', 'other');
    return { owner, other };
  }

  test("passes when another person's id is a 404", async () => {
    await assertHiddenFromOtherPerson({ ...browsers(), path: '/api/things/mine' });
  });

  test('fails when another person can see it, or the owner cannot', async () => {
    await assert.rejects(assertHiddenFromOtherPerson({ ...browsers(), path: '/api/leaky/mine' }), assert.AssertionError);
    await assert.rejects(assertHiddenFromOtherPerson({ ...browsers(), path: '/api/things/not-mine' }), assert.AssertionError);
  });
});
