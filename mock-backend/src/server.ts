// Start-up only: read the environment, open and migrate the storage, seed, listen.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app.js';
import { loadConfig, type Config } from './platform/config.js';
import { httpsRedirectListener } from './platform/https.js';
import { applyKeepAlive } from './platform/keep-alive.js';
import { createLogger, type Logger } from './platform/logging.js';
import { pruneExclusively, pruneExpired } from './storage/prune.js';
import { seed } from './storage/seeds/seed.js';
import { openStorage, type Storage } from './storage/storage.js';
import { discoverModules } from './platform/static.js';
import type { Lifecycle } from './platform/health.js';
import { NO_FOREGROUND, createForeground } from './platform/foreground.js';
import { importAttachmentFiles } from './areas/unemployment-security/files-from-disk.js';
import { importModuleStoreFolder } from './operators/modules/files-from-disk.js';

const PRUNE_INTERVAL_MS = 10 * 60 * 1000;
/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
const DRAIN_MS = 8000;
/** The process is gone by then, whatever happens (platforms kill about 10 s after SIGTERM). */
const STOP_DEADLINE_MS = 9500;

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** HTTPS with the configured certificate, or plain HTTP (development, or TLS ended at a proxy). */
function createPortalServer(config: Config, app: RequestListener): Server {
  if (!config.tls) return applyKeepAlive(createServer(app));
  return applyKeepAlive(createTlsServer({ cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }, app));
}

/** After start-up: what runs where, for the person who started it. */
function announce(config: Config, log: Logger, storage: Storage, started: number): void {
  if (process.env['COOKIE_SECURE'] !== undefined) {
    log.warn('COOKIE_SECURE is no longer read: the session cookie is always Secure (__Host-), and http://localhost works as it is.');
  }
  const where = storage.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${join(config.dataDir, 'pglite')}`;
  log.info(`Mock backend: storage ${where}; ready in ${Math.round(performance.now() - started)} ms`);
  if (!existsSync(join(config.staticRoot, 'shell', 'dist', 'index.html'))) {
    log.warn('shell/dist is missing: pages answer 503 until `npm run build` has been run.');
  }
  const modules = discoverModules(config.staticRoot);
  log.info(`Serving modules: ${modules.length > 0 ? modules.join(', ') : '(none built)'}`);
  log.info(`Listening on ${config.tls ? 'https' : 'http'}://localhost:${config.port}`);
  if (config.httpRedirectPort !== undefined) {
    log.info(`Redirecting http://localhost:${config.httpRedirectPort} to HTTPS`);
  }
}

/** What a running backend has started, for stopping it. */
interface Running {
  readonly lifecycle: Lifecycle;
  server?: Server;
  redirector?: Server;
  pruning?: NodeJS.Timeout;
}

/**
 * Graceful: readiness turns 503 at once, the listener stops accepting, requests in flight are
 * finished (idle keep-alive connections close now, busy ones after their answer), then the
 * database is closed. Whatever is still running after DRAIN_MS is cut, and the process is gone
 * within STOP_DEADLINE_MS whatever happens: a platform waits about 10 s before it kills.
 */
function stopGracefully(signal: string, running: Running, storage: Storage, log: Logger): void {
  if (running.lifecycle.stopping) return;
  running.lifecycle.stopping = true;
  log.info(`${signal}: stopping; finishing the requests in flight`);
  clearInterval(running.pruning);
  setTimeout(() => {
    log.error('not stopped in time: exiting');
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  running.redirector?.close();
  running.redirector?.closeAllConnections();
  const closeStorage = () =>
    storage.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'closing the storage failed');
        process.exit(1);
      },
    );
  const { server } = running;
  if (!server) {
    void closeStorage();
    return;
  }
  server.close(() => void closeStorage());
  server.closeIdleConnections();
  setTimeout(() => {
    log.warn('requests still in flight after the drain time: cut');
    server.closeAllConnections();
  }, DRAIN_MS).unref();
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const storage: Storage = await openStorage(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize }
      : { dataDir: join(config.dataDir, 'pglite') },
  );
  const running: Running = { lifecycle: { stopping: false } };
  const stop = (signal: string) => stopGracefully(signal, running, storage, log);
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    await storage.migrate();
    await seed(storage.db, { repoRoot: config.repoRoot, development: config.development });
    const files = await importAttachmentFiles(storage.db, join(config.dataDir, 'attachments'));
    if (files.imported + files.left > 0) {
      log.info(`Attachment files from before migration 0008: ${files.imported} moved into the database, ${files.left} left in place`);
    }
    // Module versions an older backend kept on its disk: into the database, where every instance finds them.
    const moduleStoreFolder = join(config.dataDir, 'module-store');
    const moduleFiles = await importModuleStoreFolder(storage.db, moduleStoreFolder);
    if (moduleFiles.imported + moduleFiles.skipped > 0) {
      log.info(
        `Module store folder ${moduleStoreFolder}: ${moduleFiles.imported} files of ${moduleFiles.versions} versions read into the database, ${moduleFiles.skipped} not taken; files are served from the database, and the folder may be removed`,
      );
    }
    // At start, PGlite's one process is the only writer: any upload without its attachment (or module
    // file) was cut by a crash or a kill, and goes now. On PostgreSQL other instances may be mid-upload.
    await pruneExpired(storage.db, new Date(), { everyUnfinishedUpload: storage.driver === 'pglite' });
    const app = await createApp({
      db: storage.db,
      config,
      logger: log,
      lifecycle: running.lifecycle,
      foreground: storage.driver === 'pglite' ? createForeground() : NO_FOREGROUND,
    });
    const server = createPortalServer(config, app);
    running.server = server;
    await listen(server, config.port);
    if (config.httpRedirectPort !== undefined) {
      // The port HTTPS really listens on (PORT=0 lets the OS choose).
      running.redirector = createServer(httpsRedirectListener((server.address() as AddressInfo).port));
      await listen(running.redirector, config.httpRedirectPort);
    }
  } catch (error) {
    // The PGlite directory is locked while open: release it before giving up.
    await storage.close().catch(() => {});
    throw error;
  }

  // Keeps the session and code tables small; reads ignore expired rows anyway, so timing is not critical.
  // One instance at a time (pruneExclusively), whichever gets there first.
  running.pruning = setInterval(() => {
    pruneExclusively(storage.db).catch((error: unknown) => log.error({ err: error }, 'pruning expired rows failed'));
  }, PRUNE_INTERVAL_MS);
  running.pruning.unref();

  announce(config, log, storage, started);
}

main().catch((error: unknown) => {
  // A start-up failure is a message for the person starting it, not a stack trace.
  console.error(`The mock backend could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
