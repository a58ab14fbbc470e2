#!/usr/bin/env node
// Deploys one module on its own: `npm run deploy -w modules/<area> [-- --version <semver>]` builds
// only that module (into a temporary folder, so its dist/ and everything else stay as they are),
// uploads the build file by file into the module store through the admin API (the store is in the
// backend's database, so every instance serves it) and asks the admin API to publish it;
// `npm run rollback -w modules/<area>` points the area back at its previous version;
// `npm run deployments -w modules/<area>` shows the versions and the registry's history.
//
// Settings (environment): PORTAL_URL (default http://localhost:8080) and ADMIN_TOKEN (default the
// development token of ADMIN_API_TOKENS). Nothing is written on the backend's machine: any machine
// that reaches PORTAL_URL can deploy.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AdminRefusal as Refusal, adminApi, adminSettings, DEFAULT_PORTAL_URL } from './admin-api.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** As the registry and the store accept it: semantic, no build metadata. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i;

const USAGE = `Usage (in modules/<area>, as npm runs it):
  npm run deploy -w modules/<area> [-- --version <semver>]   build this module, upload it to the store, publish it
  npm run rollback -w modules/<area>                         point the area back at its previous version
  npm run deployments -w modules/<area>                      show versions and the registry's history
Environment: PORTAL_URL (${DEFAULT_PORTAL_URL}), ADMIN_TOKEN (the development token)`;

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

/** Every file below `dir`, by its path relative to it with "/" between folders (as the store names them). */
function filesBelow(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}${sep}${entry.name}`;
    if (entry.isDirectory()) return filesBelow(dir, path);
    return entry.isFile() ? [path.split(sep).join('/')] : [];
  });
}

/** The admin API's path of one file of a version: each segment percent-encoded. */
function filePath(area, version, path) {
  return `/modules/${area}/versions/${version}/files/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function kilobytes(bytes) {
  return `${Math.round(bytes / 1024)} KB`;
}

async function deploy(module, options) {
  const config = adminSettings();
  const version = options.version ?? module.pkg.version;
  if (typeof version !== 'string' || !VERSION.test(version)) fail(`package.json has no semantic version ("${version}").`);
  const before = await adminApi(config, 'GET', `/modules/${module.area}`);
  if (before.versions.some((v) => v.version === version)) {
    fail(
      `${module.area} ${version} is already published; a published version is never replaced. Raise "version" in package.json, or pass --version.`,
    );
  }

  const outDir = mkdtempSync(join(tmpdir(), `portal-deploy-${module.area}-`));
  const filesUrl = `/modules/${module.area}/versions/${version}/files`;
  let uploading = false;
  try {
    console.log(`Building ${module.area} ${version} (only this module) …`);
    await build(module, outDir, version);
    // The declaration the backend's compatibility check reads, with the version being published.
    writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ ...module.pkg, version }, null, 2)}\n`);

    // Files of this version that are not published are what a refused attempt left behind: gone first,
    // so the version holds exactly this build.
    uploading = true;
    const discarded = await adminApi(config, 'DELETE', filesUrl);
    if (discarded.removed > 0) console.log(`Discarded ${discarded.removed} files of an earlier, unpublished attempt at ${version}`);
    const files = filesBelow(outDir).sort();
    let bytes = 0;
    for (const path of files) {
      const content = readFileSync(join(outDir, ...path.split('/')));
      await adminApi(config, 'PUT', filePath(module.area, version, path), content).catch((error) => {
        throw error instanceof Refusal ? new Refusal(`Uploading ${path}: ${error.message}`) : error;
      });
      bytes += content.byteLength;
    }
    console.log(`Uploaded ${files.length} files (${kilobytes(bytes)}) to the module store at ${config.portalUrl}`);

    const published = await adminApi(config, 'POST', `/modules/${module.area}/versions`, { version });
    uploading = false;
    console.log(
      [
        `Published ${module.area} ${published.version} (was ${published.previousVersion ?? 'none: only its legacy pages'}) by ${published.publishedBy}.`,
        `  registry → ${published.manifestUrl}`,
        `  integrity: manifest and ${Object.keys(published.integrity.files).length} script files, sha384, checked by the browser`,
        ...(published.embeddable?.length
          ? [
              `  partner sites: ${published.embeddable.map((item) => `<${item.element}>`).join(', ')} at ${config.portalUrl}/embed/${module.area}/embed.js`,
            ]
          : []),
        published.previousVersion === null
          ? `  the area's first module: its rollout says who gets it (npm run registry -- show ${module.area}; switch with npm run registry -- rollout ${module.area} …)`
          : `  served from the next page load on; roll back with: npm run rollback -w modules/${module.area}`,
      ].join('\n'),
    );
  } catch (error) {
    // Refused or failed: nothing of this attempt stays in the store (a version published meanwhile
    // by someone else is kept: the backend refuses to discard it).
    if (uploading) await adminApi(config, 'DELETE', filesUrl).catch(() => {});
    throw error;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function rollback(module) {
  const result = await adminApi(adminSettings(), 'POST', `/modules/${module.area}/rollback`);
  console.log(
    `Rolled back ${module.area} from ${result.from.version} to ${result.to.version} (${result.to.manifestUrl}) by ${result.rolledBackBy}.`,
  );
}

async function deployments(module) {
  const state = await adminApi(adminSettings(), 'GET', `/modules/${module.area}`);
  console.log(
    `${module.area}: now ${state.current ? `${state.current.version} (${state.current.manifestUrl})` : 'no module, only legacy pages'}${state.rollbackTo ? `; rollback goes to ${state.rollbackTo}` : ''}`,
  );
  for (const v of state.versions) console.log(`  ${v.current ? '*' : ' '} ${v.version}  published ${v.publishedAt} by ${v.publishedBy}`);
  for (const h of state.history)
    console.log(`  ${h.changedAt}  ${h.action.padEnd(8)} ${h.fromVersion ?? '–'} → ${h.toVersion ?? '–'}  (${h.actor})`);
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
