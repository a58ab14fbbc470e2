// /operators: the operators' page (migration and module health at a glance) and its own sign-in.
// Operators sign in with their admin API token, once, and get a session of their own; the page's
// rollback button does what `npm run module -- rollback <area>` does, recorded with their name.
import { Router, type Request, type RequestHandler } from 'express';
import { LOCALES, type Locale } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { tokenMatcher, type NamedToken } from '../../platform/bearer-auth.js';
import { formBody } from '../../platform/body.js';
import { csrfProtection } from '../../platform/csrf.js';
import { HttpError } from '../../platform/errors.js';
import { localeFrom } from '../../platform/i18n.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { rollBack, type ModuleAdminDeps } from '../modules/service.js';
import {
  OPERATORS_CSS,
  OPERATORS_PATH,
  OPERATORS_STYLESHEET_PATH,
  outcomeText,
  renderOverview,
  renderSignIn,
  type Outcome,
} from './page.js';
import { endOperatorSession, operatorOf, startOperatorSession } from './sessions.js';
import { operatorsOverview } from './service.js';

export interface OperatorsPageOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly tokens: readonly NamedToken[];
  readonly modules: ModuleAdminDeps;
  /** Sign-in attempts per client and window: a token cannot be guessed by trying. */
  readonly signInLimit?: number;
  readonly signInWindowSeconds?: number;
}

/** The page in the request's language: where every form post goes back to. */
function page(req: Request): string {
  return `${OPERATORS_PATH}?lang=${pageLocale(req)}`;
}

/**
 * The page's rollback button: the module's previous version, as `npm run module -- rollback` does,
 * recorded with the operator's name; back to the page, which says what happened.
 */
function rollbackHandler(options: OperatorsPageOptions): RequestHandler {
  const { db, clock } = options;
  return async (req, res) => {
    const operator = await operatorOf(db, req, clock());
    if (!operator) {
      res.redirect(303, page(req));
      return;
    }
    const area = String(req.params['area']);
    const back = new URL(page(req), 'http://x');
    back.searchParams.set('rolledBack', area);
    try {
      const result = await rollBack(options.modules, operator, area);
      back.searchParams.set('to', result.to.version);
    } catch (error) {
      // A refusal (nothing to go back to, files gone) is said on the page; anything else is a 5xx.
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      back.searchParams.set('failed', error.message.slice(0, 300));
    }
    res.redirect(303, `${back.pathname}${back.search}`);
  };
}

/** The page's language: `?lang=`, then the browser's preferences, then Finnish. */
function pageLocale(req: Request): Locale {
  if (typeof req.query['lang'] === 'string') return localeFrom(req.query['lang']);
  const accepted = req.acceptsLanguages(...LOCALES);
  return typeof accepted === 'string' ? localeFrom(accepted) : 'fi';
}

export function operatorsPageRouter(options: OperatorsPageOptions): Router {
  const { db, clock, tokens } = options;
  const router = Router();
  const tokenOwner = tokenMatcher(tokens);
  const noStore: RequestHandler = (_req, res, next) => {
    // Personal to the operator, and it changes with every report: never from a cache.
    res.set('Cache-Control', 'no-store');
    res.vary('Accept-Language');
    next();
  };

  router.get(OPERATORS_STYLESHEET_PATH, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('text/css').send(OPERATORS_CSS);
  });

  router.get(OPERATORS_PATH, noStore, async (req, res) => {
    const locale = pageLocale(req);
    res.set('Content-Language', locale);
    const operator = await operatorOf(db, req, clock());
    if (!operator) {
      res.type('html').send(renderSignIn(locale));
      return;
    }
    const query = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
    const done = query('rolledBack');
    const to = query('to');
    const outcome: Outcome | undefined = done
      ? outcomeText(locale, { area: done, ...(to !== undefined ? { version: to } : { message: query('failed') ?? '' }) })
      : undefined;
    res.type('html').send(renderOverview(locale, operator, await operatorsOverview(db, clock()), outcome));
  });

  router.post(
    `${OPERATORS_PATH}/sign-in`,
    csrfProtection,
    rateLimit({
      db,
      clock,
      name: 'operator-sign-in',
      limit: options.signInLimit ?? 10,
      windowSeconds: options.signInWindowSeconds ?? 15 * 60,
      what: 'sign-in attempts',
    }),
    ...formBody('4kb'),
    noStore,
    async (req, res) => {
      const locale = pageLocale(req);
      res.set('Content-Language', locale);
      const token = typeof req.body?.token === 'string' ? req.body.token.trim() : '';
      const operator = token === '' ? undefined : tokenOwner(token);
      if (!operator) {
        res
          .status(token === '' ? 400 : 401)
          .type('html')
          .send(renderSignIn(locale, token === '' ? 'tokenMissing' : 'tokenWrong'));
        return;
      }
      await startOperatorSession(db, res, operator, clock());
      res.redirect(303, page(req));
    },
  );

  router.post(`${OPERATORS_PATH}/sign-out`, csrfProtection, noStore, async (req, res) => {
    await endOperatorSession(db, req, res);
    res.redirect(303, page(req));
  });

  router.post(`${OPERATORS_PATH}/areas/:area/rollback`, csrfProtection, noStore, rollbackHandler(options));
  return router;
}
