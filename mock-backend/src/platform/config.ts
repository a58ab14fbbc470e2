// Reads the environment once, in server.ts; everything else receives a plain Config object.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PAYMENT_APPLICATION_MONTHS } from '@portal/shared-contracts/startup-grant';
import { DEFAULT_ANSWER_MAX_BYTES, DEFAULT_ATTACHMENT_MAX_BYTES } from '@portal/shared-contracts/unemployment-security';
import { parseNamedTokens, type NamedToken } from './bearer-auth.js';
import { LOG_LEVELS, type LogLevel } from './logging.js';
import { DEFAULT_POOL_SIZE } from '../storage/storage.js';

/** The monorepo root: three levels up from this file (mock-backend/src/platform/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Config {
  readonly port: number;
  /**
   * PGlite's files go to `<dataDir>/pglite`; unused when databaseUrl is set. Module versions that
   * an older backend kept in `<dataDir>/module-store/<area>/<version>/` are read into the database
   * at start (operators/modules/files-from-disk.ts); nothing else of the portal's is kept there.
   */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** DATABASE_POOL_SIZE: connections to PostgreSQL this instance keeps (storage.ts DEFAULT_POOL_SIZE). */
  readonly databasePoolSize: number;
  /** A session with no request for this long has ended. */
  readonly sessionIdleSeconds: number;
  /** A session ends this long after sign-in, however active it is. */
  readonly sessionAbsoluteSeconds: number;
  /** Undefined: a secret generated once and stored in the database. */
  readonly sessionSecret: string | undefined;
  /** Where shell/dist and modules/<area>/dist are served from. */
  readonly staticRoot: string;
  /** Where modules/<area>/package.json are read for the registry seed. */
  readonly repoRoot: string;
  /** express's `trust proxy` setting; undefined leaves it off. */
  readonly trustProxy: boolean | number | string | undefined;
  /** Sign-in attempts allowed per client (IP) and window, at /auth/login and at the IdP's POST /idp/authorize each. */
  readonly signInRateLimit: number;
  readonly signInRateWindowSeconds: number;
  /**
   * Days from registering as a job seeker to the deadline of the service-need assessment
   * (ASSESSMENT_DUE_DAYS, default 14). Assumed, not from the law: the office sets it in practice.
   */
  readonly assessmentDueDays: number;
  /** Who may read which payer's notices at /payer-api (PAYER_API_TOKENS): tokens named by payer id. */
  readonly payerApiTokens: readonly NamedToken[];
  /** Who may use the operators' /admin-api (ADMIN_API_TOKENS): tokens named by operator; the name is recorded with every change. */
  readonly adminApiTokens: readonly NamedToken[];
  /** NODE_ENV=development: enables what only a developer's machine may do (module URL overrides). */
  readonly development: boolean;
  /** Module error reports (POST /api/client-errors) allowed per client (IP) and window. */
  readonly clientErrorRateLimit: number;
  readonly clientErrorRateWindowSeconds: number;
  /**
   * Accessibility feedback (POST /api/accessibility-feedback) allowed per client (IP) and window
   * (FEEDBACK_RATE_LIMIT, default 10 an hour): enough for a person, too few to flood the provider.
   */
  readonly feedbackRateLimit: number;
  readonly feedbackRateWindowSeconds: number;
  /**
   * Days after a person's newest saved career radar result when the front page suggests taking it
   * again (CAREER_RADAR_RETAKE_DAYS, default 180). Assumed: about twice a year shows change.
   */
  readonly careerRadarRetakeDays: number;
  /**
   * Months after a start-up grant payment period ends its payment application is on time
   * (STARTUP_GRANT_PAYMENT_MONTHS, default 2: DOMAIN.md, assumed; the rule has changed before).
   */
  readonly startupGrantPaymentMonths: number;
  /** Largest attachment file (ATTACHMENT_MAX_BYTES, default 10 MB). */
  readonly attachmentMaxBytes: number;
  /** Largest total of one answer's or supplement's files (ANSWER_MAX_BYTES, default 25 MB). */
  readonly answerMaxBytes: number;
  /** Who may use the office side's /office-api (OFFICE_API_TOKENS): tokens named by office; the mock of the TE office's system. */
  readonly officeApiTokens: readonly NamedToken[];
  /** LOG_LEVEL, default `info`: failures and start-up; `debug` adds a line for every request. */
  readonly logLevel: LogLevel;
  /**
   * TLS_CERT_FILE and TLS_KEY_FILE (PEM), both or neither: serve HTTPS on PORT directly. Unset, the
   * server speaks plain HTTP (development on http://localhost, or TLS ended at a proxy).
   */
  readonly tls: { readonly certFile: string; readonly keyFile: string } | undefined;
  /** HTTP_REDIRECT_PORT, with TLS only: a plain HTTP listener there that answers every request with a redirect to HTTPS. */
  readonly httpRedirectPort: number | undefined;
}

/**
 * Used when PAYER_API_TOKENS is unset: fixed tokens for the seeded payers (src/storage/seeds/job-search.ts),
 * so a developer can call the payer API with curl. They are public, so a deployment anyone else can
 * reach must set PAYER_API_TOKENS.
 */
export const DEVELOPMENT_PAYER_API_TOKENS = 'kela:dev-kela-token,ytk:dev-ytk-token,erko:dev-erko-token';

/** Used when ADMIN_API_TOKENS is unset; public like the payer tokens above, for a developer's machine only. */
export const DEVELOPMENT_ADMIN_API_TOKENS = 'developer:dev-admin-token';

/** Used when OFFICE_API_TOKENS is unset; public like the tokens above, for a developer's machine only. */
export const DEVELOPMENT_OFFICE_API_TOKENS = 'te-office:dev-office-token';

/** See Config.careerRadarRetakeDays. */
export const DEFAULT_CAREER_RADAR_RETAKE_DAYS = 180;
export const DEFAULT_FEEDBACK_RATE_LIMIT = 10;
export const DEFAULT_FEEDBACK_RATE_WINDOW_SECONDS = 3600;

function namedTokens(setting: string, raw: string | undefined, fallback: string): NamedToken[] {
  return parseNamedTokens(setting, raw === undefined || raw.trim() === '' ? fallback : raw);
}

/**
 * Always `__Host-`: the browser then insists on Secure, path "/" and no Domain, so only this origin
 * gets the cookie. http://localhost counts as secure to browsers (src/platform/loopback.ts).
 */
export const SESSION_COOKIE_NAME = '__Host-portal.sid';

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}".`);
  return value;
}

function port(raw: string | undefined, name = 'PORT', fallback = 8080): number {
  // 0 is allowed: the OS picks a free port.
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be 0–65535, got "${raw}".`);
  return value;
}

function logLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw.trim() === '') return 'info';
  const level = LOG_LEVELS.find((known) => known === raw.trim().toLowerCase());
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}".`);
  return level;
}

function tls(env: NodeJS.ProcessEnv, base: string): Config['tls'] {
  const cert = env['TLS_CERT_FILE'] || undefined;
  const key = env['TLS_KEY_FILE'] || undefined;
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new Error('TLS_CERT_FILE and TLS_KEY_FILE go together: set both, or neither.');
  return { certFile: resolve(base, cert), keyFile: resolve(base, key) };
}

function httpRedirectPort(raw: string | undefined, tlsOn: boolean): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!tlsOn) throw new Error('HTTP_REDIRECT_PORT redirects to HTTPS: it needs TLS_CERT_FILE and TLS_KEY_FILE.');
  return port(raw, 'HTTP_REDIRECT_PORT');
}

function trustProxy(raw: string | undefined): Config['trustProxy'] {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw; // e.g. "loopback" or a list of addresses, as express understands them
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // npm runs scripts in the package folder; INIT_CWD is where the user typed the command, which is
  // what a relative DATA_DIR means to them.
  const base = env['INIT_CWD'] ?? process.cwd();
  const dataDirRaw = env['DATA_DIR'];
  const dataDir =
    dataDirRaw === undefined || dataDirRaw === ''
      ? resolve(REPO_ROOT, '.data')
      : isAbsolute(dataDirRaw)
        ? dataDirRaw
        : resolve(base, dataDirRaw);
  const staticRootRaw = env['STATIC_ROOT'];
  const tlsFiles = tls(env, base);
  return {
    port: port(env['PORT']),
    dataDir,
    databaseUrl: env['DATABASE_URL'] || undefined,
    databasePoolSize: positiveInteger('DATABASE_POOL_SIZE', env['DATABASE_POOL_SIZE'], DEFAULT_POOL_SIZE),
    sessionIdleSeconds: positiveInteger('SESSION_IDLE_SECONDS', env['SESSION_IDLE_SECONDS'], 1800),
    sessionAbsoluteSeconds: positiveInteger('SESSION_ABSOLUTE_SECONDS', env['SESSION_ABSOLUTE_SECONDS'], 8 * 3600),
    sessionSecret: env['SESSION_SECRET'] || undefined,
    staticRoot: staticRootRaw ? resolve(base, staticRootRaw) : REPO_ROOT,
    repoRoot: REPO_ROOT,
    trustProxy: trustProxy(env['TRUST_PROXY']),
    signInRateLimit: positiveInteger('SIGN_IN_RATE_LIMIT', env['SIGN_IN_RATE_LIMIT'], 30),
    signInRateWindowSeconds: positiveInteger('SIGN_IN_RATE_WINDOW_SECONDS', env['SIGN_IN_RATE_WINDOW_SECONDS'], 600),
    assessmentDueDays: positiveInteger('ASSESSMENT_DUE_DAYS', env['ASSESSMENT_DUE_DAYS'], 14),
    payerApiTokens: namedTokens('PAYER_API_TOKENS', env['PAYER_API_TOKENS'], DEVELOPMENT_PAYER_API_TOKENS),
    adminApiTokens: namedTokens('ADMIN_API_TOKENS', env['ADMIN_API_TOKENS'], DEVELOPMENT_ADMIN_API_TOKENS),
    development: env['NODE_ENV'] === 'development',
    clientErrorRateLimit: positiveInteger('CLIENT_ERROR_RATE_LIMIT', env['CLIENT_ERROR_RATE_LIMIT'], 60),
    clientErrorRateWindowSeconds: positiveInteger('CLIENT_ERROR_RATE_WINDOW_SECONDS', env['CLIENT_ERROR_RATE_WINDOW_SECONDS'], 600),
    feedbackRateLimit: positiveInteger('FEEDBACK_RATE_LIMIT', env['FEEDBACK_RATE_LIMIT'], DEFAULT_FEEDBACK_RATE_LIMIT),
    feedbackRateWindowSeconds: positiveInteger(
      'FEEDBACK_RATE_WINDOW_SECONDS',
      env['FEEDBACK_RATE_WINDOW_SECONDS'],
      DEFAULT_FEEDBACK_RATE_WINDOW_SECONDS,
    ),
    careerRadarRetakeDays: positiveInteger('CAREER_RADAR_RETAKE_DAYS', env['CAREER_RADAR_RETAKE_DAYS'], DEFAULT_CAREER_RADAR_RETAKE_DAYS),
    startupGrantPaymentMonths: positiveInteger(
      'STARTUP_GRANT_PAYMENT_MONTHS',
      env['STARTUP_GRANT_PAYMENT_MONTHS'],
      DEFAULT_PAYMENT_APPLICATION_MONTHS,
    ),
    attachmentMaxBytes: positiveInteger('ATTACHMENT_MAX_BYTES', env['ATTACHMENT_MAX_BYTES'], DEFAULT_ATTACHMENT_MAX_BYTES),
    answerMaxBytes: positiveInteger('ANSWER_MAX_BYTES', env['ANSWER_MAX_BYTES'], DEFAULT_ANSWER_MAX_BYTES),
    officeApiTokens: namedTokens('OFFICE_API_TOKENS', env['OFFICE_API_TOKENS'], DEVELOPMENT_OFFICE_API_TOKENS),
    logLevel: logLevel(env['LOG_LEVEL']),
    tls: tlsFiles,
    httpRedirectPort: httpRedirectPort(env['HTTP_REDIRECT_PORT'], tlsFiles !== undefined),
  };
}
