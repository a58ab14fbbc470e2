// Test helpers: an app on an in-memory PGlite (or a given storage) listening on a free port, and a
// tiny browser stand-in: a cookie jar and redirects followed by hand, so every hop can be checked.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppConfig } from '../app.js';
import { REPO_ROOT } from '../config.js';
import { SEED_PERSON_IDS, seed } from '../db/seed.js';
import { openStorage, type Storage } from '../db/storage.js';
import { freshClusterSnapshot } from './pglite-snapshot.js';

/** An in-memory PGlite database, neither migrated nor seeded. */
export async function openTestStorage(): Promise<Storage> {
  return openStorage({ dataDir: undefined, snapshot: await freshClusterSnapshot() });
}

export interface TestServer {
  readonly baseUrl: string;
  readonly storage: Storage;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { readonly config?: Partial<AppConfig>; readonly storage?: Storage } = {},
): Promise<TestServer> {
  const storage = options.storage ?? (await openTestStorage());
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT });
  const app = await createApp({
    db: storage.db,
    config: {
      sessionIdleSeconds: 1800,
      sessionSecret: undefined,
      staticRoot: REPO_ROOT,
      cookieSecure: false,
      trustProxy: undefined,
      ...options.config,
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    storage,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      if (!options.storage) await storage.close();
    },
  };
}

/** One browser: keeps cookies between requests, never follows redirects by itself. */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.#store(line);
    return response;
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

export function postForm(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  };
}

export interface SignInSteps {
  readonly login: Response;
  readonly idpPage: Response;
  readonly idpHtml: string;
  readonly state: string;
  readonly select: Response;
  readonly callback: Response;
}

/** Signs in through every step the browser goes through and returns them for inspection. */
export async function signIn(
  browser: Browser,
  person: keyof typeof SEED_PERSON_IDS,
  options: { readonly returnTo?: string; readonly lang?: string } = {},
): Promise<SignInSteps> {
  const query = new URLSearchParams({ returnTo: options.returnTo ?? '/', lang: options.lang ?? 'fi' });
  const login = await browser.fetch(`/auth/login?${query.toString()}`);
  const authorize = login.headers.get('location') ?? '';
  const authorizeQuery = new URL(authorize, browser.baseUrl).searchParams;
  const state = authorizeQuery.get('state') ?? '';
  const idpPage = await browser.fetch(authorize);
  const idpHtml = await idpPage.text();
  const select = await browser.fetch(
    '/idp/authorize',
    postForm({
      personId: SEED_PERSON_IDS[person],
      state,
      redirect_uri: authorizeQuery.get('redirect_uri') ?? '',
      client_id: authorizeQuery.get('client_id') ?? '',
      ui_locales: authorizeQuery.get('ui_locales') ?? '',
      action: 'select',
    }),
  );
  const callback = await browser.fetch(select.headers.get('location') ?? '/auth/callback');
  return { login, idpPage, idpHtml, state, select, callback };
}

export async function sessionOf(browser: Browser): Promise<unknown> {
  const response = await browser.fetch('/api/session');
  return response.json();
}
