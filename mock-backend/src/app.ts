// Builds the Express app on a given database and configuration; server.ts (or a test) listens.
import compression from 'compression';
import { healthRouter, type Lifecycle } from './platform/health.js';
import { NO_FOREGROUND, type Foreground } from './platform/foreground.js';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { systemClock, type Clock } from './platform/clock.js';
import {
  DEFAULT_CAREER_RADAR_RETAKE_DAYS,
  DEFAULT_FEEDBACK_RATE_LIMIT,
  DEFAULT_FEEDBACK_RATE_WINDOW_SECONDS,
  type Config,
} from './platform/config.js';
import { sessionSecretFromDatabase } from './storage/settings.js';
import type { Database } from './storage/storage.js';
import { csrfProtection } from './platform/csrf.js';
import { apiNotFound, errorHandler } from './platform/errors.js';
import { treatLoopbackAsSecure } from './platform/loopback.js';
import { redirectForwardedHttp } from './platform/https.js';
import { createLogger, requestLogging, type Logger } from './platform/logging.js';
import { applyOverrides, moduleOverrideLinks, overrideOrigins, readOverrides } from './operators/registry/module-override.js';
import { cachedModuleOrigins, moduleOriginsFromDatabase, securityHeaders } from './platform/security-headers.js';
import { embedRouter } from './operators/partners/embed-router.js';
import { createSessionStore, existingSessionMiddleware, sessionActivity, sessionMiddleware } from './identity/sessions/middleware.js';
import { discoverModules, staticRouter } from './platform/static.js';
import { idpKeysFromDatabase, type IdpKeys } from './identity/idp/keys.js';
import { tokenEndpoint } from './identity/idp/token.js';
import { authRouter } from './identity/auth/router.js';
import { careerRadarRouter } from './areas/career-radar/router.js';
import { ADMIN_API_PREFIX } from './operators/admin-api.js';
import { clientErrorsAdminRouter, clientErrorsRouter } from './operators/client-errors/router.js';
import { accessibilityFeedbackAdminRouter, accessibilityFeedbackRouter } from './operators/accessibility-feedback/router.js';
import { draftsRouter } from './areas/drafts/router.js';
import { idpRouter } from './identity/idp/router.js';
import { jobSearchReportsRouter } from './areas/job-search/reports-router.js';
import { jobSearchRouter } from './areas/job-search/router.js';
import { LEGACY_PREFIX, legacyAssetsRouter, legacyRouter } from './legacy/router.js';
import { moduleAdminRouter } from './operators/modules/admin-router.js';
import { servedModuleFiles } from './operators/modules/served-files.js';
import { offersRouter } from './areas/offers/router.js';
import { partnersRouter } from './operators/partners/router.js';
import { operatorsPageRouter } from './operators/console/router.js';
import { planRouter } from './areas/plan/router.js';
import { OFFICE_API_PREFIX, officeApiRouter } from './operators/office-api/router.js';
import { officePlansRouter } from './operators/office-api/plans-router.js';
import { officeTrainingRouter } from './operators/office-api/training-router.js';
import { PAYER_API_PREFIX, payerApiRouter } from './operators/payer-api/router.js';
import { officeStartupGrantRouter } from './operators/office-api/startup-grant-router.js';
import { startupGrantRouter } from './areas/startup-grant/router.js';
import { DEFAULT_PAYMENT_APPLICATION_MONTHS } from '@portal/shared-contracts/startup-grant';
import { profileChangesRouter } from './areas/profile/changes-router.js';
import { profileExportRouter } from './areas/profile/export-router.js';
import { profileRouter } from './areas/profile/router.js';
import { registryAdminRouter } from './operators/registry/admin-router.js';
import { registryRouter } from './operators/registry/router.js';
import { maintenanceAdminRouter } from './operators/maintenance/router.js';
import { refuseWritesDuringMaintenance } from './operators/maintenance/middleware.js';
import { maintenanceState, publicBreaks, type MaintenanceState } from './operators/maintenance/service.js';
import { sessionRouter } from './identity/sessions/router.js';
import { termsAdminRouter, termsRouter } from './areas/terms/router.js';
import { trainingRouter } from './areas/training/router.js';
import { unemploymentSecurityRouter } from './areas/unemployment-security/router.js';
import { jsonBody } from './platform/body.js';
import { refuseUnstorableInput } from './platform/validation.js';

export type AppConfig = Pick<
  Config,
  | 'sessionIdleSeconds'
  | 'sessionAbsoluteSeconds'
  | 'sessionSecret'
  | 'staticRoot'
  | 'trustProxy'
  | 'signInRateLimit'
  | 'signInRateWindowSeconds'
  | 'assessmentDueDays'
  | 'payerApiTokens'
  | 'adminApiTokens'
  | 'development'
  | 'clientErrorRateLimit'
  | 'clientErrorRateWindowSeconds'
  | 'attachmentMaxBytes'
  | 'answerMaxBytes'
  | 'officeApiTokens'
> &
  // Optional, so a caller that predates the setting (a test's configuration) gets the default.
  Partial<Pick<Config, 'careerRadarRetakeDays' | 'feedbackRateLimit' | 'feedbackRateWindowSeconds' | 'startupGrantPaymentMonths'>>;

export interface AppOptions {
  readonly db: Database;
  readonly config: AppConfig;
  /** "Now" for every expiry; tests pass one they can move. */
  readonly clock?: Clock;
  /** Where log lines go (server.ts: stdout at LOG_LEVEL); none given, nothing is logged. */
  readonly logger?: Logger;
  /** Set to stopping by server.ts on SIGTERM: readiness then answers 503. */
  readonly lifecycle?: Lifecycle;
  /** On the embedded database, uploads wait for quiet moments (platform/foreground.ts). */
  readonly foreground?: Foreground;
}

/** How long the CSP keeps the registry's module origins before reading them again. */
const MODULE_ORIGINS_TTL_MS = 5000;

/** Everything the mounting steps below need. */
interface Wiring {
  readonly app: Express;
  readonly db: Database;
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly idpKeys: IdpKeys;
  readonly foreground: Foreground;
  /** The maintenance breaks as this instance reads them (a few seconds' cache of the database). */
  readonly maintenance: MaintenanceState;
}

/** Headers on every answer: Helmet's fixed ones, the portal's own (CSP…), compression. */
function useHeaders(app: Express, db: Database, config: AppConfig, logger: Logger): void {
  app.use(treatLoopbackAsSecure);

  // Helmet for the fixed, uncontroversial headers (X-Frame-Options, Cross-Origin-Resource-Policy,
  // Origin-Agent-Cluster…); the ones this portal decides on are in src/platform/security-headers.ts.
  app.use(
    helmet({
      contentSecurityPolicy: false,
      strictTransportSecurity: false,
      referrerPolicy: false,
      crossOriginOpenerPolicy: false,
      xContentTypeOptions: false,
    }),
  );
  app.use(
    securityHeaders(
      cachedModuleOrigins(
        () => moduleOriginsFromDatabase(db),
        MODULE_ORIGINS_TTL_MS,
        (error) => logger.error({ err: error }, 'reading the registry for the CSP failed'),
      ),
      // Development only: this browser's module overrides may serve code too.
      config.development ? (req) => overrideOrigins(readOverrides(req)) : undefined,
    ),
  );
  app.use(compression());
}

/** The person's API (/api), the portal's sign-in (/auth) and the mock IdP (/idp). */
function mountApi({ app, db, config, clock, idpKeys, foreground, maintenance }: Wiring): void {
  const signInRateLimit = { limit: config.signInRateLimit, windowSeconds: config.signInRateWindowSeconds };
  app.use(
    '/api',
    // Before every area's router: a maintenance break refuses the writes it covers (503, Retry-After).
    refuseWritesDuringMaintenance(maintenance, clock),
    registryRouter(db, config.development ? (req, registry) => applyOverrides(registry, readOverrides(req)) : undefined, async () =>
      publicBreaks(await maintenance.standing(), clock()),
    ),
    sessionRouter(db),
    profileRouter(db, clock),
    profileChangesRouter(db, clock),
    profileExportRouter(db, clock, {
      startupGrantPaymentMonths: config.startupGrantPaymentMonths ?? DEFAULT_PAYMENT_APPLICATION_MONTHS,
    }),
    draftsRouter(db, clock),
    jobSearchRouter(db, clock),
    jobSearchReportsRouter(db, clock, { assessmentDueDays: config.assessmentDueDays }),
    careerRadarRouter(db, clock, { retakeDays: config.careerRadarRetakeDays ?? DEFAULT_CAREER_RADAR_RETAKE_DAYS }),
    unemploymentSecurityRouter(db, clock, {
      attachmentMaxBytes: config.attachmentMaxBytes,
      answerMaxBytes: config.answerMaxBytes,
      foreground,
    }),
    clientErrorsRouter(db, clock, { rateLimit: config.clientErrorRateLimit, rateWindowSeconds: config.clientErrorRateWindowSeconds }),
    offersRouter(db, clock),
    planRouter(db, clock),
    accessibilityFeedbackRouter(db, clock, {
      rateLimit: config.feedbackRateLimit ?? DEFAULT_FEEDBACK_RATE_LIMIT,
      rateWindowSeconds: config.feedbackRateWindowSeconds ?? DEFAULT_FEEDBACK_RATE_WINDOW_SECONDS,
    }),
    trainingRouter(db, clock),
    termsRouter(db, clock),
    startupGrantRouter(db, clock, {
      paymentApplicationMonths: config.startupGrantPaymentMonths ?? DEFAULT_PAYMENT_APPLICATION_MONTHS,
      attachmentMaxBytes: config.attachmentMaxBytes,
      answerMaxBytes: config.answerMaxBytes,
      foreground,
    }),
  );
  app.use(
    '/auth',
    authRouter({
      db,
      clock,
      // The back channel to the IdP's token endpoint, as an in-process call of the same function
      // that answers POST /idp/token.
      redeem: (form) => tokenEndpoint({ db, keys: idpKeys, clock }, form),
      idpKeys: () => [idpKeys.publicJwk],
      signInRateLimit,
    }),
  );
  app.use('/idp', idpRouter({ db, clock, keys: idpKeys, signInRateLimit }));
}

/** The legacy pages, and the server-to-server APIs of payers, the TE office and operators. */
function mountLegacyAndOperators({ app, db, config, clock, foreground, maintenance }: Wiring): void {
  // Legacy Oma asiointi pages (offers, plan) for the shell's legacy adapter; before the shell's
  // fallback, which would otherwise answer their paths with the portal's index.html. Their form
  // posts are checked for Origin / Fetch Metadata and a synchronizer token inside the router, so a
  // refusal is an HTML page there rather than JSON.
  app.use(LEGACY_PREFIX, legacyRouter(db, clock));
  // Server to server, outside /api: no session, cookie or CSRF check; a bearer token per payer.
  app.use(PAYER_API_PREFIX, payerApiRouter(db, config.payerApiTokens));
  // The TE office's system, mocked the same way: it creates requests for clarification.
  app.use(
    OFFICE_API_PREFIX,
    jsonBody('100kb'),
    officeApiRouter(db, clock, config.officeApiTokens),
    officePlansRouter(db, clock, config.officeApiTokens),
    officeTrainingRouter(db, clock, config.officeApiTokens),
    officeStartupGrantRouter(db, clock, config.officeApiTokens),
  );
  // The operators' API, bearer tokens like the payers'. Each resource is its own router; a JSON 404
  // for the rest of /admin-api belongs after all of them.
  app.use(ADMIN_API_PREFIX, clientErrorsAdminRouter(db, config.adminApiTokens));
  app.use(ADMIN_API_PREFIX, accessibilityFeedbackAdminRouter(db, clock, config.adminApiTokens));
  app.use(ADMIN_API_PREFIX, moduleAdminRouter({ db, clock, tokens: config.adminApiTokens, staticRoot: config.staticRoot, foreground }));
  // The operators' page: its own sign-in (the admin tokens) and session, never a citizen's.
  app.use(
    operatorsPageRouter({
      db,
      clock,
      tokens: config.adminApiTokens,
      modules: { db, clock, staticRoot: config.staticRoot, foreground },
    }),
  );
  app.use(ADMIN_API_PREFIX, registryAdminRouter({ db, clock, tokens: config.adminApiTokens }));
  app.use(ADMIN_API_PREFIX, termsAdminRouter(db, clock, config.adminApiTokens));
  app.use(ADMIN_API_PREFIX, maintenanceAdminRouter({ db, clock, tokens: config.adminApiTokens, state: maintenance }));
  // An unknown /admin-api path is a JSON 404 too, and operator answers are never cached.
  app.use(ADMIN_API_PREFIX, (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.use(['/api', '/auth', PAYER_API_PREFIX, OFFICE_API_PREFIX, ADMIN_API_PREFIX], apiNotFound);
}

/** Pages and files: development overrides, partner embedding, the shell and the modules. */
function mountPages({ app, db, config, clock, maintenance }: Wiring): void {
  // Development only: `?module-override=<area>=<loopback manifest URL>` on any page.
  if (config.development) app.use(moduleOverrideLinks(db));
  // Partner embedding: the stable /embed/<area>/embed.js (open to other origins, like module files)
  // and the partners' documentation page; before the shell's fallback takes every HTML route.
  const embedFiles = { staticRoot: config.staticRoot };
  app.use(embedRouter(db, embedFiles, { state: maintenance, clock }), partnersRouter(db, embedFiles));
  app.use(
    staticRouter({
      staticRoot: config.staticRoot,
      modules: discoverModules(config.staticRoot),
      // Published versions' files, from the database: any instance serves what was uploaded through any other.
      moduleStore: servedModuleFiles(db),
      serveSourceMaps: config.development,
    }),
  );
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
}

export async function createApp({
  db,
  config,
  clock = systemClock,
  logger = createLogger('silent'),
  lifecycle = { stopping: false },
  foreground = NO_FOREGROUND,
}: AppOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // The platform's probes, answered before anything else (platform/health.ts).
  app.use(healthRouter(db, lifecycle));
  app.use(foreground.track);
  // Before anything can answer: every response carries its request id, and every request a log line.
  app.use(requestLogging(logger));
  // Then a URL with a NUL in it goes no further (see refuseUnstorableInput).
  app.use(refuseUnstorableInput);
  // Behind a proxy, a browser that came over plain http goes to https first (directly served TLS
  // has its own redirecting listener, server.ts).
  if (config.trustProxy !== undefined && config.trustProxy !== false) app.use(redirectForwardedHttp);
  useHeaders(app, db, config, logger);

  app.use(['/api', '/auth', '/idp'], csrfProtection);

  const [secret, idpKeys] = await Promise.all([config.sessionSecret ?? sessionSecretFromDatabase(db), idpKeysFromDatabase(db)]);
  const store = createSessionStore(db, { idleSeconds: config.sessionIdleSeconds, absoluteSeconds: config.sessionAbsoluteSeconds, clock });
  // The legacy pages' stylesheet and bridge script: public files that neither need nor extend a session.
  app.use(LEGACY_PREFIX, legacyAssetsRouter());
  // Sessions only where they are used: static files and the IdP (a separate party) never touch them.
  // The legacy pages are the person's own pages like /api, on the same session and idle timer.
  app.use('/auth', sessionMiddleware(store, { secret }));
  app.use(['/api', LEGACY_PREFIX], existingSessionMiddleware(store, { secret }));
  app.use(['/api', LEGACY_PREFIX], sessionActivity(db, store));
  app.use(['/api', '/auth'], jsonBody('100kb', 'route'));

  const wiring: Wiring = { app, db, config, clock, idpKeys, foreground, maintenance: maintenanceState(db, clock) };
  mountApi(wiring);
  mountLegacyAndOperators(wiring);
  mountPages(wiring);
  app.use(errorHandler);
  return app;
}
