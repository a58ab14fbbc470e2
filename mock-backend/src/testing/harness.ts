// Test helpers: an app on an in-memory PGlite (or a given storage) listening on a free port, a clock
// the tests move instead of sleeping, and a tiny browser stand-in: a cookie jar, Fetch Metadata like
// a real browser's, and redirects followed by hand, so every hop can be checked.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { ApiErrorSchema, validate } from '@portal/shared-contracts';
import { DEFAULT_ANSWER_MAX_BYTES, DEFAULT_ATTACHMENT_MAX_BYTES } from '@portal/shared-contracts/unemployment-security';
import { createApp, type AppConfig } from '../app.js';
import type { Clock } from '../platform/clock.js';
import { REPO_ROOT, SESSION_COOKIE_NAME } from '../platform/config.js';
import { SEED_PERSON_IDS, seed } from '../storage/seeds/seed.js';
import { openStorage, type Storage } from '../storage/storage.js';
import { IDP_COOKIE_NAME } from '../identity/idp/sessions.js';
import { freshClusterSnapshot, migratedClusterSnapshot } from './pglite-snapshot.js';
import { LOG_LEVELS, createLogger, type Logger } from '../platform/logging.js';
import type { Lifecycle } from '../platform/health.js';
import { createForeground } from '../platform/foreground.js';
import { applyKeepAlive } from '../platform/keep-alive.js';

/** An in-memory PGlite database, neither migrated nor seeded. */
export async function openTestStorage(): Promise<Storage> {
  return openStorage({ dataDir: undefined, snapshot: await freshClusterSnapshot() });
}

/** An in-memory PGlite database with every migration applied (from a cached dump), not seeded. */
export async function openMigratedTestStorage(): Promise<Storage> {
  return openStorage({ dataDir: undefined, snapshot: await migratedClusterSnapshot() });
}

/** Time that stands still until a test moves it; share one between instances to keep them in step. */
export class TestClock {
  #now: number;

  constructor(start: Date = new Date()) {
    this.#now = start.getTime();
  }

  readonly now: Clock = () => new Date(this.#now);

  advance(seconds: number): void {
    this.#now += seconds * 1000;
  }
}

/** The defaults of loadConfig, except a sign-in rate limit no test file reaches by accident. */
export const TEST_CONFIG: AppConfig = {
  sessionIdleSeconds: 1800,
  sessionAbsoluteSeconds: 8 * 3600,
  sessionSecret: undefined,
  staticRoot: REPO_ROOT,
  trustProxy: undefined,
  signInRateLimit: 10_000,
  signInRateWindowSeconds: 600,
  assessmentDueDays: 14,
  payerApiTokens: [
    { name: 'kela', token: 'test-kela-token' },
    { name: 'ytk', token: 'test-ytk-token' },
    { name: 'erko', token: 'test-erko-token' },
  ],
  adminApiTokens: [{ name: 'tester', token: 'test-admin-token' }],
  development: false,
  clientErrorRateLimit: 10_000,
  clientErrorRateWindowSeconds: 600,
  attachmentMaxBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
  answerMaxBytes: DEFAULT_ANSWER_MAX_BYTES,
  officeApiTokens: [{ name: 'te-office', token: 'test-office-token' }],
};

export interface TestServer {
  readonly baseUrl: string;
  readonly storage: Storage;
  /** The app itself, for a test that reads its routes (the fuzz suite). */
  readonly app: Express;
  close(): Promise<void>;
}

export interface TestServerOptions {
  readonly config?: Partial<AppConfig>;
  /** Shared storage: several servers on one storage are several instances of one deployment. */
  readonly storage?: Storage;
  readonly clock?: Clock;
  /** Where the app logs; by default nothing, unless LOG_LEVEL is set for the test run. */
  readonly logger?: Logger;
  /** What server.ts sets on SIGTERM (readiness then answers 503). */
  readonly lifecycle?: Lifecycle;
}

/** Quiet tests: LOG_LEVEL=debug (or another level) in the environment shows the app's log lines. */
function testLogger(): Logger {
  const level = LOG_LEVELS.find((known) => known === process.env['LOG_LEVEL']);
  return createLogger(level ?? 'silent');
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const storage = options.storage ?? (await openMigratedTestStorage());
  // Nothing to do on a migrated dump; a storage a test brings may be new.
  await storage.migrate();
  // Seeded at the test's "now", so the test persons' situations (registered two weeks ago…) hold for it.
  await seed(storage.db, { repoRoot: REPO_ROOT, ...(options.clock ? { now: options.clock() } : {}) });
  const app = await createApp({
    db: storage.db,
    config: { ...TEST_CONFIG, ...options.config },
    ...(options.clock ? { clock: options.clock } : {}),
    logger: options.logger ?? testLogger(),
    ...(options.lifecycle ? { lifecycle: options.lifecycle } : {}),
    // As server.ts does: uploads give way to others on the embedded database.
    ...(storage.driver === 'pglite' ? { foreground: createForeground() } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    // As server.ts does, so a test's idle gap (a long set-up) never meets a server-side close.
    const listening = applyKeepAlive(app.listen(0, '127.0.0.1', () => resolve(listening)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    storage,
    app,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      if (!options.storage) await storage.close();
    },
  };
}

/**
 * Two (or more) instances of the backend on one database, as behind a load balancer: whatever one
 * stores (sessions, codes, rate-limit counts), the other must honour. Close them, then the storage.
 */
export async function startInstances(count: number, options: TestServerOptions & { readonly storage: Storage }): Promise<TestServer[]> {
  const servers: TestServer[] = [];
  for (let i = 0; i < count; i++) servers.push(await startTestServer(options));
  return servers;
}

export interface BrowserOptions {
  /**
   * Send `Sec-Fetch-Site: same-origin` with every request, as a current browser does for the
   * site's own pages and fetches (default). Off: an older browser, or a non-browser client.
   */
  readonly fetchMetadata?: boolean;
}

/** One browser: keeps cookies between requests, never follows redirects by itself. */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly #fetchMetadata: boolean;

  constructor(
    readonly baseUrl: string,
    options: BrowserOptions = {},
  ) {
    this.#fetchMetadata = options.fetchMetadata ?? true;
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    if (this.#fetchMetadata && !headers.has('sec-fetch-site')) headers.set('sec-fetch-site', 'same-origin');
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.#store(line);
    return response;
  }

  /** The same cookies in another browser tab (or against another instance). */
  copyCookiesTo(other: Browser): Browser {
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  #store(line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
    const expired = expires !== undefined && Date.parse(expires.slice('expires='.length)) <= Date.now();
    if (value === '' || expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

export const SESSION_COOKIE = SESSION_COOKIE_NAME;
export const IDP_COOKIE = IDP_COOKIE_NAME;

export function postForm(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  };
}

/** The first half of a sign-in: /auth/login and the IdP's page. */
export interface StartedSignIn {
  readonly login: Response;
  /** The authorization request's parameters, as the IdP received them. */
  readonly params: URLSearchParams;
  readonly state: string;
  readonly idpPage: Response;
  readonly idpHtml: string;
}

export async function startSignIn(
  browser: Browser,
  options: { readonly returnTo?: string; readonly lang?: string } = {},
): Promise<StartedSignIn> {
  const query = new URLSearchParams({ returnTo: options.returnTo ?? '/', lang: options.lang ?? 'fi' });
  const login = await browser.fetch(`/auth/login?${query.toString()}`);
  const authorize = login.headers.get('location') ?? '';
  const params = new URL(authorize, browser.baseUrl).searchParams;
  const idpPage = await browser.fetch(authorize);
  const idpHtml = await idpPage.text();
  return { login, params, state: params.get('state') ?? '', idpPage, idpHtml };
}

/** Posts the IdP page's form: choose a person, continue as the remembered one, or cancel. */
export function idpChoice(
  browser: Browser,
  params: URLSearchParams,
  choice: { readonly personId: string } | 'continue' | 'cancel',
  headers: Record<string, string> = {},
): Promise<Response> {
  const fields: Record<string, string> = Object.fromEntries(params);
  if (choice === 'continue' || choice === 'cancel') fields['action'] = choice;
  else Object.assign(fields, { action: 'select', personId: choice.personId });
  return browser.fetch('/idp/authorize', postForm(fields, headers));
}

export interface SignInSteps extends StartedSignIn {
  readonly select: Response;
  /** The code the IdP sent back to the callback. */
  readonly code: string;
  readonly callback: Response;
}

/** Signs in through every step the browser goes through and returns them for inspection. */
export async function signIn(
  browser: Browser,
  person: keyof typeof SEED_PERSON_IDS | 'continue',
  options: { readonly returnTo?: string; readonly lang?: string } = {},
): Promise<SignInSteps> {
  const started = await startSignIn(browser, options);
  const select = await idpChoice(browser, started.params, person === 'continue' ? 'continue' : { personId: SEED_PERSON_IDS[person] });
  const location = select.headers.get('location') ?? '/auth/callback';
  const code = new URL(location, browser.baseUrl).searchParams.get('code') ?? '';
  const callback = await browser.fetch(location);
  return { ...started, select, code, callback };
}

export async function sessionOf(browser: Browser, path: '/api/session' | '/api/session/status' = '/api/session'): Promise<unknown> {
  const response = await browser.fetch(path);
  return response.json();
}

/** The answer is the contracts' ApiError with this status and code, as JSON, without a stack trace. */
export async function expectApiError(response: Response, status: number, code: string): Promise<void> {
  assert.equal(response.status, status, `${response.url}: status`);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const body: unknown = await response.json();
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as { error: { code: string } }).error.code, code, JSON.stringify(body));
  assert.doesNotMatch(JSON.stringify(body), /at .*\.(ts|js):\d+/, 'no stack trace');
}

/**
 * For id-based resources (a plan, an offer, an application…): the owner reaches the resource, and
 * another signed-in person gets 404 `not-found` for its id, by every method given, exactly as for
 * an id that does not exist, so ids of others' matters cannot even be confirmed to exist.
 * There are no id-based resources yet; their tests should call this with a resource they created
 * as one person and a browser signed in as another.
 */
export async function assertHiddenFromOtherPerson(options: {
  readonly owner: Browser;
  readonly other: Browser;
  /** e.g. `/api/plans/<id>` */
  readonly path: string;
  readonly methods?: readonly ('GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST')[];
}): Promise<void> {
  const own = await options.owner.fetch(options.path);
  assert.ok(own.ok, `the owner reaches ${options.path} (got ${own.status})`);
  await own.body?.cancel();
  for (const method of options.methods ?? ['GET']) {
    const init: RequestInit =
      method === 'GET' ? {} : { method, headers: { 'content-type': 'application/json' }, body: method === 'DELETE' ? null : '{}' };
    await expectApiError(await options.other.fetch(options.path, init), 404, 'not-found');
  }
}
