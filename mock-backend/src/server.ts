// Start-up only: read the environment, open and migrate the storage, seed, listen.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app.js';
import { loadConfig, type Config } from './platform/config.js';
import { httpsRedirectListener } from './platform/https.js';
import { createLogger, type Logger } from './platform/logging.js';
import { pruneExpired } from './storage/prune.js';
import { seed } from './storage/seeds/seed.js';
import { openStorage, type Storage } from './storage/storage.js';
import { discoverModules } from './platform/static.js';
import { importAttachmentFiles } from './areas/unemployment-security/files-from-disk.js';

const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

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
  if (!config.tls) return createServer(app);
  return createTlsServer({ cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }, app);
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

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const storage: Storage = await openStorage(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: join(config.dataDir, 'pglite') },
  );
  let server: Server | undefined;
  let redirector: Server | undefined;
  let pruning: NodeJS.Timeout | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    clearInterval(pruning);
    redirector?.close();
    redirector?.closeAllConnections();
    const closeStorage = () =>
      storage.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'closing the storage failed');
          process.exit(1);
        },
      );
    if (!server) {
      void closeStorage();
      return;
    }
    server.close(() => void closeStorage());
    // Keep-alive connections would hold close() open; they carry no state worth waiting for.
    server.closeAllConnections();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    await storage.migrate();
    await seed(storage.db, { repoRoot: config.repoRoot });
    const files = await importAttachmentFiles(storage.db, join(config.dataDir, 'attachments'));
    if (files.imported + files.left > 0) {
      log.info(`Attachment files from before migration 0008: ${files.imported} moved into the database, ${files.left} left in place`);
    }
    // At start, PGlite's one process is the only writer: any upload without its attachment was cut
    // by a crash or a kill, and goes now. On PostgreSQL other instances may be mid-upload.
    await pruneExpired(storage.db, new Date(), { everyUnfinishedUpload: storage.driver === 'pglite' });
    const app = await createApp({ db: storage.db, config, logger: log });
    server = createPortalServer(config, app);
    await listen(server, config.port);
    if (config.httpRedirectPort !== undefined) {
      // The port HTTPS really listens on (PORT=0 lets the OS choose).
      redirector = createServer(httpsRedirectListener((server.address() as AddressInfo).port));
      await listen(redirector, config.httpRedirectPort);
    }
  } catch (error) {
    // The PGlite directory is locked while open: release it before giving up.
    await storage.close().catch(() => {});
    throw error;
  }

  // Keeps the session and code tables small; reads ignore expired rows anyway, so timing is not critical.
  pruning = setInterval(() => {
    pruneExpired(storage.db).catch((error: unknown) => log.error({ err: error }, 'pruning expired rows failed'));
  }, PRUNE_INTERVAL_MS);
  pruning.unref();

  announce(config, log, storage, started);
}

main().catch((error: unknown) => {
  // A start-up failure is a message for the person starting it, not a stack trace.
  console.error(`The mock backend could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
