// The operator's commands as an operator types them, against a running portal: `npm run deploy`
// (or rollback) of a module, and `npm run registry`. They talk to the portal's admin API only
// (PORTAL_URL, ADMIN_TOKEN), never to its disk.
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './server.js';

export interface CommandResult {
  readonly code: number | null;
  /** stdout and stderr together, in the order they came. */
  readonly output: string;
}

export interface OperatorTarget {
  readonly portalUrl: string;
  readonly adminToken: string;
}

/** `npm run <command> -w modules/<area> [-- args]`. */
export function moduleCommand(
  { portalUrl, adminToken }: OperatorTarget,
  area: string,
  command: 'deploy' | 'rollback',
  args: readonly string[] = [],
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', command, '-w', `modules/${area}`, ...(args.length > 0 ? ['--', ...args] : [])], {
      cwd: REPO_ROOT,
      // No DATA_DIR: the command must not need the backend's disk (a path that is not there proves it).
      env: { ...process.env, PORTAL_URL: portalUrl, ADMIN_TOKEN: adminToken, DATA_DIR: '/nonexistent/not-used-by-deploy' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** `npm run registry -- …` (the script itself, without npm's banner); its stdout. */
export async function registryCommand({ portalUrl, adminToken }: OperatorTarget, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(REPO_ROOT, 'scripts', 'registry.mjs'), ...args], {
    env: { ...process.env, PORTAL_URL: portalUrl, ADMIN_TOKEN: adminToken },
  });
  return stdout;
}
