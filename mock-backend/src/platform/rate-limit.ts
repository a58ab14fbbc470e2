// Per-client rate limits whose counts live in the database, so every instance counts the same
// attempts and a restart forgets nothing.
import { isIPv6 } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import { sql } from 'drizzle-orm';
import { API_ERROR_CODES, type Locale } from '@portal/shared-contracts';
import type { Clock } from './clock.js';
import { rateLimits } from '../storage/schema/index.js';
import type { Database } from '../storage/storage.js';
import { httpError } from './errors.js';
import { html, renderPage } from './html.js';

export interface RateLimitHit {
  readonly hits: number;
  readonly resetsAt: Date;
}

/**
 * Counts one attempt in a fixed window. One upsert, atomic in PostgreSQL, so concurrent attempts on
 * several instances are all counted; a window that has run out starts again at 1.
 */
export async function countAttempt(db: Database, key: string, windowSeconds: number, now: Date): Promise<RateLimitHit> {
  const nowIso = now.toISOString();
  const resetsAt = new Date(now.getTime() + windowSeconds * 1000);
  const expired = sql`${rateLimits.resetsAt} <= ${nowIso}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, hits: 1, resetsAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimits.hits} + 1 end`,
        resetsAt: sql`case when ${expired} then ${resetsAt.toISOString()}::timestamptz else ${rateLimits.resetsAt} end`,
      },
    })
    .returning({ hits: rateLimits.hits, resetsAt: rateLimits.resetsAt });
  if (!row) throw new Error('The rate-limit counter could not be updated.');
  return { hits: row.hits, resetsAt: new Date(row.resetsAt) };
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right];
}

/**
 * Who is counted: the client's address (req.ip, which follows X-Forwarded-For only with
 * TRUST_PROXY). An IPv6 client usually owns a whole /64, so it is counted per /64, or it could
 * step around the limit by changing addresses.
 */
export function clientKey(req: Request): string {
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (ip.toLowerCase().startsWith('::ffff:') && ip.includes('.')) return ip.slice('::ffff:'.length);
  const bare = ip.split('%')[0] ?? ip;
  if (!isIPv6(bare)) return ip;
  return `${expandIPv6(bare.toLowerCase())
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

const TEXT = {
  fi: {
    title: 'Liian monta kirjautumisyritystä',
    body: (minutes: number) =>
      `Tästä yhteydestä on yritetty kirjautua liian monta kertaa lyhyessä ajassa. Yritä uudelleen ${minutes} minuutin kuluttua.`,
    home: 'Palaa etusivulle',
  },
  sv: {
    title: 'För många inloggningsförsök',
    body: (minutes: number) =>
      `Det har gjorts för många inloggningsförsök från den här anslutningen på kort tid. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
    home: 'Tillbaka till startsidan',
  },
  en: {
    title: 'Too many sign-in attempts',
    body: (minutes: number) =>
      `There have been too many sign-in attempts from this connection in a short time. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    home: 'Back to the front page',
  },
} as const satisfies Record<Locale, { title: string; body: (minutes: number) => string; home: string }>;

export interface RateLimitOptions {
  readonly db: Database;
  readonly clock: Clock;
  /** Names the counter, so separate limits never share counts. */
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
  /** What is counted, for the JSON refusal's message; sign-in attempts unless said. */
  readonly what?: string;
  /**
   * The language and the banner of the refusal page, from the request. Without it the refusal is
   * always the JSON API error (an endpoint that no person navigates to).
   */
  readonly page?: (req: Request) => { lang: Locale; brand: { name: string; tagline: string } };
}

function refuse(req: Request, res: Response, retryAfterSeconds: number, options: RateLimitOptions): void {
  res.set('Retry-After', String(retryAfterSeconds)).set('Cache-Control', 'no-store');
  // A browser navigation (or anything that takes HTML) gets a page; a JSON client the API error.
  if (!options.page || req.accepts(['html', 'json']) === 'json') {
    throw httpError(
      429,
      API_ERROR_CODES.tooManyRequests,
      `Too many ${options.what ?? 'sign-in attempts'}; retry after ${retryAfterSeconds} s.`,
    );
  }
  const { lang, brand } = options.page(req);
  const t = TEXT[lang];
  res
    .status(429)
    .type('html')
    .send(
      renderPage({
        lang,
        title: `${t.title} – ${brand.name}`,
        heading: t.title,
        brand,
        body: html`<p class="notice error">${t.body(Math.max(1, Math.ceil(retryAfterSeconds / 60)))}</p>
<p><a href="/">${t.home}</a></p>`,
      }),
    );
}

export function rateLimit(options: RateLimitOptions): RequestHandler {
  return async (req, res, next) => {
    const now = options.clock();
    const { hits, resetsAt } = await countAttempt(options.db, `${options.name}:${clientKey(req)}`, options.windowSeconds, now);
    if (hits <= options.limit) {
      next();
      return;
    }
    refuse(req, res, Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000)), options);
  };
}
