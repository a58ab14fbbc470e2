#!/usr/bin/env node
// Deploys one module on its own: `npm run deploy -w modules/<area> [-- --version <semver>]` builds
// only that module (into a temporary folder, so its dist/ and everything else stay as they are),
// copies the build into the module store under its version and asks the admin API to publish it;
// `npm run rollback -w modules/<area>` points the area back at its previous version;
// `npm run deployments -w modules/<area>` shows the versions and the registry's history.
//
// Settings (environment): PORTAL_URL (default http://localhost:8080), ADMIN_TOKEN (default the
// development token of ADMIN_API_TOKENS), DATA_DIR (the backend's: the store is <DATA_DIR>/module-store;
// default ./.data of the repository). The store is a folder the backend reads: same machine, or a
// volume both see.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AdminRefusal as Refusal, adminApi, adminSettings, DEFAULT_PORTAL_URL } from './admin-api.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** As the registry and the store accept it: semantic, no build metadata. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i;

const USAGE = `Usage (in modules/<area>, as npm runs it):
  npm run deploy -w modules/<area> [-- --version <semver>]   build this module, copy it to the store, publish it
  npm run rollback -w modules/<area>                         point the area back at its previous version
  npm run deployments -w modules/<area>                      show versions and the registry's history
Environment: PORTAL_URL (${DEFAULT_PORTAL_URL}), ADMIN_TOKEN (the development token), DATA_DIR (the backend's, ./.data)`;

function fail(message) {
  throw new Refusal(message);
}

function parseArguments(argv) {
  const [command, ...rest] = argv;
  if (!['deploy', 'rollback', 'deployments'].includes(command ?? '')) fail(USAGE);
  let version;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--version') version = rest[++i];
    else if (arg.startsWith('--version=')) version = arg.slice('--version='.length);
    else fail(`Unknown argument "${arg}".\n${USAGE}`);
  }
  if (version !== undefined && (command !== 'deploy' || !VERSION.test(version))) {
    fail(
      command === 'deploy'
        ? `--version needs a semantic version such as 1.4.0-rc.1, got "${version ?? ''}".`
        : `--version is for deploy only.`,
    );
  }
  return { command, version };
}

/** The module this runs for: npm -w runs scripts in the workspace's folder. */
function moduleFolder() {
  const dir = process.cwd();
  const area = basename(dir);
  if (
    resolve(dirname(dir)) !== resolve(REPO_ROOT, 'modules') ||
    !existsSync(join(dir, 'package.json')) ||
    !existsSync(join(dir, 'rspack.config.mjs'))
  ) {
    fail(`Run this from a module's folder, as "npm run deploy -w modules/<area>" does (now in ${dir}).`);
  }
  return { dir, area, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
}

/** DATA_DIR as the backend reads it (mock-backend/src/platform/config.ts): relative to where npm was run. */
function dataDir() {
  const raw = process.env.DATA_DIR;
  if (!raw) return join(REPO_ROOT, '.data');
  return isAbsolute(raw) ? raw : resolve(process.env.INIT_CWD ?? process.cwd(), raw);
}

function settings() {
  return {
    ...adminSettings(),
    store: join(dataDir(), 'module-store'),
  };
}

/**
 * Builds only this module, every configuration its rspack.config.mjs exports (the federated one and,
 * for a module with embeddable elements, createEmbedConfig's), into `outDir`; its dist/ is left alone.
 * Through rspack's API, not the CLI: the CLI's --output-path would put every configuration into the
 * same folder, where each cleans away the other's files. Here each keeps its place below dist/
 * (dist/ → outDir, dist/embed → outDir/embed).
 */
async function build(module, outDir, version) {
  const { dir } = module;
  process.env.NODE_ENV = 'production';
  // The embed build writes it into embed-manifest.json (`--version` may differ from package.json's).
  process.env.PORTAL_MODULE_VERSION = version;
  const { rspack } = await import('@rspack/core');
  const exported = (await import(pathToFileURL(join(dir, 'rspack.config.mjs')).href)).default;
  const loaded = await (typeof exported === 'function' ? exported({}, { mode: 'production' }) : exported);
  const configs = Array.isArray(loaded) ? loaded : [loaded];
  const dist = join(dir, 'dist');
  for (const config of configs) {
    const below = relative(dist, config.output?.path ?? dist);
    if (below.startsWith('..') || isAbsolute(below))
      fail(`rspack.config.mjs writes to ${config.output.path}, outside dist/: the deploy cannot place it.`);
    config.output = { ...config.output, path: join(outDir, below) };
    config.mode = 'production';
  }
  const compiler = rspack(configs.length === 1 ? configs[0] : configs);
  const stats = await new Promise((resolvePromise, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolvePromise(result))),
  );
  await new Promise((resolvePromise) => compiler.close(resolvePromise));
  const report = stats.toString({ preset: 'errors-warnings', colors: process.stdout.isTTY });
  if (report.trim()) console.log(report);
  if (stats.hasErrors()) fail('The build failed (see the errors above).');
  if (!existsSync(join(outDir, 'mf-manifest.json'))) fail('The build made no mf-manifest.json: is this a module (createModuleConfig)?');
  if (module.pkg.portal?.embeddable?.length && !existsSync(join(outDir, 'embed', 'embed.js'))) {
    fail(
      'package.json declares "portal.embeddable" but the build made no embed/embed.js: export createEmbedConfig from rspack.config.mjs too.',
    );
  }
}

/** Every file below `dir`, read-only: a published version is never written again. */
function makeReadOnly(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makeReadOnly(path);
    else chmodSync(path, 0o444);
  }
}

async function deploy(module, options) {
  const config = settings();
  const version = options.version ?? module.pkg.version;
  if (typeof version !== 'string' || !VERSION.test(version)) fail(`package.json has no semantic version ("${version}").`);
  const before = await adminApi(config, 'GET', `/modules/${module.area}`);
  if (before.versions.some((v) => v.version === version)) {
    fail(
      `${module.area} ${version} is already published; a published version is never replaced. Raise "version" in package.json, or pass --version.`,
    );
  }

  const destination = join(config.store, module.area, version);
  const outDir = mkdtempSync(join(tmpdir(), `portal-deploy-${module.area}-`));
  let copied = false;
  try {
    console.log(`Building ${module.area} ${version} (only this module) …`);
    await build(module, outDir, version);
    // A folder without a published version is what a refused attempt left behind: replaced.
    if (existsSync(destination)) rmSync(destination, { recursive: true, force: true });
    mkdirSync(dirname(destination), { recursive: true });
    copied = true;
    cpSync(outDir, destination, { recursive: true });
    // The declaration the backend's compatibility check reads, with the version being published.
    writeFileSync(join(destination, 'package.json'), `${JSON.stringify({ ...module.pkg, version }, null, 2)}\n`);
    makeReadOnly(destination);
    const files = readdirSync(destination).filter((name) => statSync(join(destination, name)).isFile()).length;
    console.log(`Copied ${files} files to ${destination}`);

    const published = await adminApi(config, 'POST', `/modules/${module.area}/versions`, { version });
    console.log(
      [
        `Published ${module.area} ${published.version} (was ${published.previousVersion}) by ${published.publishedBy}.`,
        `  registry → ${published.manifestUrl}`,
        `  integrity: manifest and ${Object.keys(published.integrity.files).length} script files, sha384, checked by the browser`,
        ...(published.embeddable?.length
          ? [
              `  partner sites: ${published.embeddable.map((item) => `<${item.element}>`).join(', ')} at ${config.portalUrl}/embed/${module.area}/embed.js`,
            ]
          : []),
        `  served from the next page load on; roll back with: npm run rollback -w modules/${module.area}`,
      ].join('\n'),
    );
  } catch (error) {
    // Refused or failed: nothing of this attempt stays in the store.
    if (copied) rmSync(destination, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function rollback(module) {
  const result = await adminApi(settings(), 'POST', `/modules/${module.area}/rollback`);
  console.log(
    `Rolled back ${module.area} from ${result.from.version} to ${result.to.version} (${result.to.manifestUrl}) by ${result.rolledBackBy}.`,
  );
}

async function deployments(module) {
  const state = await adminApi(settings(), 'GET', `/modules/${module.area}`);
  console.log(
    `${module.area}: now ${state.current.version} (${state.current.manifestUrl})${state.rollbackTo ? `; rollback goes to ${state.rollbackTo}` : ''}`,
  );
  for (const v of state.versions) console.log(`  ${v.current ? '*' : ' '} ${v.version}  published ${v.publishedAt} by ${v.publishedBy}`);
  for (const h of state.history)
    console.log(`  ${h.changedAt}  ${h.action.padEnd(8)} ${h.fromVersion ?? '–'} → ${h.toVersion}  (${h.actor})`);
}

try {
  const options = parseArguments(process.argv.slice(2));
  const module = moduleFolder();
  if (options.command === 'deploy') await deploy(module, options);
  else if (options.command === 'rollback') await rollback(module);
  else await deployments(module);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exit(1);
}
