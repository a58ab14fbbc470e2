// Sending fuzz requests over plain node:http (fetch would refuse or repair much of what is sent on
// purpose), and finding out, through the person's own API, the valid values the requests start from.
import { Agent, request as httpRequest } from 'node:http';
import { SEED_PERSON_IDS } from '../storage/seeds/seed.js';
import type { FuzzContext, FuzzRequest } from './requests.js';

/** Where requests go and whose session they carry (a Cookie header's value). */
export interface Target {
  readonly baseUrl: string;
  readonly cookie: string;
}

export interface FuzzResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** An answer slower than this is a failure of its own: the server hung on the request. */
const ANSWER_WITHIN_MS = 15_000;

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function headersFor(target: Target, request: FuzzRequest): Record<string, string> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-length'] = String(request.body.length);
  switch (request.who) {
    case 'person':
      return { ...headers, cookie: target.cookie, origin: target.baseUrl, 'sec-fetch-site': 'same-origin' };
    case 'anonymous':
    case 'forged-cookie':
      return { ...headers, origin: target.baseUrl, 'sec-fetch-site': 'same-origin' };
    case 'cross-site':
      return { ...headers, cookie: target.cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
  }
}

/** Sends the request as it is and reads the whole answer. */
export function send(target: Target, request: FuzzRequest): Promise<FuzzResponse> {
  const url = new URL(target.baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: request.method, path: request.path, headers: headersFor(target, request), agent },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            contentType: incoming.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.setTimeout(ANSWER_WITHIN_MS, () => outgoing.destroy(new Error(`No answer within ${ANSWER_WITHIN_MS} ms`)));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** Closes the kept-alive connections, so a test process can exit. */
export function closeConnections(): void {
  agent.destroy();
}

async function getJson(target: Target, path: string): Promise<unknown> {
  const response = await fetch(new URL(path, target.baseUrl), { headers: { cookie: target.cookie } });
  return response.ok ? response.json() : undefined;
}

/** `items` of objects, each object's `field` where it is a string (and `filter` holds). */
function stringsOf(items: unknown, field: string, filter: (item: Record<string, unknown>) => boolean = () => true): string[] {
  if (!Array.isArray(items)) return [];
  return items
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && filter(item as Record<string, unknown>))
    .map((item) => item[field])
    .filter((value): value is string => typeof value === 'string');
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The parameters of an authorization request, as the portal's sign-in sends the browser to the IdP. */
async function authorizationParameters(baseUrl: string): Promise<Record<string, string>> {
  const login = await fetch(new URL('/auth/login?returnTo=/&lang=fi', baseUrl), { redirect: 'manual' });
  const location = login.headers.get('location') ?? '';
  return Object.fromEntries(new URL(location, baseUrl).searchParams);
}

/** The valid values requests start from: the signed-in person's ids, the areas, tokens of forms. */
export async function discover(target: Target, tokens: FuzzContext['tokens']): Promise<FuzzContext> {
  const [offers, plan, events, registry, legacy, training] = await Promise.all([
    getJson(target, '/api/offers'),
    getJson(target, '/api/plan'),
    getJson(target, '/api/unemployment-security/events'),
    getJson(target, '/api/registry'),
    fetch(new URL('/legacy/plan', target.baseUrl), { headers: { cookie: target.cookie } }).then((response) => response.text()),
    getJson(target, '/api/training'),
  ]);
  const plans = [field(plan, 'current'), ...((field(plan, 'earlier') as unknown[] | undefined) ?? [])].filter((p) => p);
  return {
    ids: {
      offer: stringsOf(field(offers, 'offers'), 'id'),
      plan: stringsOf(plans, 'id'),
      task: plans.flatMap((p) => stringsOf(field(p, 'tasks'), 'id')),
      request: stringsOf(field(events, 'events'), 'id', (event) => event['kind'] === 'clarification-request'),
      attachment: [],
      upload: [],
      grant: [],
      area: stringsOf(field(registry, 'areas'), 'area'),
      draft: ['profile.change', 'job-search.registration', 'unemployment-security.answer', 'a.b'],
      // A module version to upload files to (none is published at the start), and files it may have.
      version: ['1.0.0', '9.9.9-fuzz.1'],
      file: ['mf-manifest.json', 'embed/embed.js', 'remoteEntry.1a2b3c4d.js'],
      'training-application': stringsOf(field(training, 'applications'), 'id'),
      // The first feedback of the year, if the run has sent one; otherwise a 404 is the answer.
      feedback: [`SP-${new Date().getFullYear()}-00001`],
      'maintenance-break': [],
    },
    legacyCsrf: [...legacy.matchAll(/name="csrf" value="([^"]+)"/g)].map((match) => match[1] ?? '').slice(0, 1),
    oidc: await authorizationParameters(target.baseUrl),
    personIds: Object.values(SEED_PERSON_IDS),
    tokens,
  };
}

/**
 * Signs `personId` in through the portal and the mock IdP as a browser would, over plain HTTP (for
 * the bench, which has no test harness): the Cookie header of the signed-in session.
 */
export async function signInOverHttp(baseUrl: string, personId: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const go = async (path: string, init: RequestInit = {}): Promise<string> => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie());
    headers.set('sec-fetch-site', 'same-origin');
    const response = await fetch(new URL(path, baseUrl), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
    await response.body?.cancel();
    return response.headers.get('location') ?? '';
  };
  const authorize = new URL(await go('/auth/login?returnTo=/&lang=fi'), baseUrl);
  await go(`${authorize.pathname}${authorize.search}`);
  const fields = new URLSearchParams(authorize.searchParams);
  fields.set('action', 'select');
  fields.set('personId', personId);
  const callback = await go('/idp/authorize', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
  });
  await go(callback);
  return cookie();
}
