import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A new PGlite folder runs initdb inside WebAssembly (about 4 s of CPU) and the migrations (1.5 s)
// for every backend a test starts: each copies one made once per machine and schema instead.
import { migratedClusterFolder } from '../../mock-backend/src/testing/pglite-snapshot.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningPortal {
  readonly baseUrl: string;
  readonly dataDir: string;
  /** The backend's process id (the benches read its memory). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Every backend a test file started and has not stopped. A test that fails between starting one and
 * its `finally` must not leave it running: the test process would never exit and the whole e2e run
 * would hang until CI's time-out. So a started backend does not keep the process alive (unref), and
 * is killed when the process exits, whatever the tests did.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts the real backend (as `npm start` does, minus the build, which the test script ran) on a
 * free loopback port with its own fresh data folder, and waits until it answers.
 */
export async function startPortal(env: Record<string, string> = {}): Promise<RunningPortal> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  if (env['DATABASE_URL'] === undefined) cpSync(await migratedClusterFolder(), join(dataDir, 'pglite'), { recursive: true });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: join(REPO_ROOT, 'mock-backend'),
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.unref();
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The pipes would keep the process alive as much as the child itself.
  for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The backend exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/registry`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The backend did not start within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    dataDir,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
