// Builds the Express app on a given database and configuration; server.ts (or a test) listens.
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from './config.js';
import { sessionSecretFromDatabase } from './db/settings.js';
import type { Database } from './db/storage.js';
import { apiNotFound, errorHandler } from './http/errors.js';
import { sameOriginOnly } from './http/same-origin.js';
import { sessionMiddleware } from './http/session.js';
import { discoverModules, staticRouter } from './http/static.js';
import { authRouter } from './routes/auth.js';
import { idpRouter } from './routes/idp.js';
import { profileRouter } from './routes/profile.js';
import { registryRouter } from './routes/registry.js';
import { sessionRouter } from './routes/session.js';

export type AppConfig = Pick<Config, 'sessionIdleSeconds' | 'sessionSecret' | 'staticRoot' | 'cookieSecure' | 'trustProxy'>;

export interface AppOptions {
  readonly db: Database;
  readonly config: AppConfig;
}

export async function createApp({ db, config }: AppOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Lit and Module Federation insert style elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      // HSTS only means something over HTTPS; on the plain-HTTP dev server it would only confuse.
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(compression());

  app.use(['/api', '/auth', '/idp'], sameOriginOnly);
  // Sessions only where they are used: static files and the IdP (a separate party) never touch them.
  const secret = config.sessionSecret ?? (await sessionSecretFromDatabase(db));
  app.use(['/api', '/auth'], sessionMiddleware(db, { secret, idleSeconds: config.sessionIdleSeconds, cookieSecure: config.cookieSecure }));
  app.use(['/api', '/auth'], express.json({ limit: '100kb' }));

  app.use('/api', registryRouter(db), sessionRouter(db), profileRouter(db));
  app.use('/auth', authRouter(db, { cookieSecure: config.cookieSecure }));
  app.use('/idp', idpRouter(db));
  app.use(['/api', '/auth'], apiNotFound);

  app.use(staticRouter({ staticRoot: config.staticRoot, modules: discoverModules(config.staticRoot) }));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(errorHandler);
  return app;
}
