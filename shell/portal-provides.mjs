// Writes dist/portal-provides.json: what this shell build offers the modules loaded into it. The
// backend's publish-time compatibility check compares a module version's needs with it, so the
// file must describe the very build that is served: it is made by the build, never by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as contracts from '@portal/shared-contracts';
import { sharedDependencies } from '@portal/build-config';

const FILE_NAME = 'portal-provides.json';

/**
 * The version of a package as the shell's build resolves it, i.e. the copy the shell shares as a
 * singleton. Read from the package.json above its entry file: lit's `exports` hides package.json.
 */
export function resolvedVersion(fromDir, name) {
  const require = createRequire(join(fromDir, 'package.json'));
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === name) return pkg.version;
    } catch {
      // no package.json at this level: keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`portal-provides: cannot find the version of ${name}`);
    dir = parent;
  }
}

/** A bus topic (defineTopic's result) among the contracts' exports. */
function isTopic(value) {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.name === 'string' &&
    Number.isInteger(value.version) &&
    'schema' in value &&
    typeof value.replay === 'boolean'
  );
}

export function portalProvides(shellDir) {
  const shared = Object.fromEntries(Object.keys(sharedDependencies()).map((name) => [name, resolvedVersion(shellDir, name)]));
  return {
    schemaVersion: 1,
    // The shell loads first, and Module Federation keeps a singleton that is already loaded: these
    // versions are the ones every module gets.
    shared,
    // The contracts (a singleton, so the shell's copy) define these topics on the page's one bus:
    // every topic their public surface exports, which is every topic a module can use.
    topics: Object.values(contracts).filter(isTopic).map(contracts.topicKey).sort(),
    // What the contracts this shell was built with name; the backend judges APIs by what it serves.
    apis: { ...contracts.API_VERSIONS },
  };
}

export class PortalProvidesPlugin {
  constructor(shellDir) {
    this.shellDir = shellDir;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PortalProvidesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PortalProvidesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset(FILE_NAME, new RawSource(`${JSON.stringify(portalProvides(this.shellDir), null, 2)}\n`));
        },
      );
    });
  }
}
