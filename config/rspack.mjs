// Build settings shared by the shell and every module. A module's rspack.config.mjs is one call
// of createModuleConfig; what must agree across separately deployed builds (the shared singletons
// and the Module Federation runtime flags) is decided here once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';

const contractsVersion = JSON.parse(
  readFileSync(new URL('../shared-contracts/package.json', import.meta.url), 'utf8'),
).version;

/**
 * Shared singletons. lit and the contracts runtime (which carries the bus, and with it the part of
 * rxjs the bus uses) exist once per page: two copies of the contracts would mean two buses.
 * rxjs itself is not shared: a shared package is not tree-shaken and would ship whole.
 */
export function sharedDependencies() {
  return {
    lit: { singleton: true, requiredVersion: '^3.3.0' },
    '@portal/shared-contracts': { singleton: true, requiredVersion: `^${contractsVersion}` },
  };
}

/** TypeScript through rspack's built-in SWC; no decorators are used, so no transform quirks. */
export function typescriptRules() {
  return [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      loader: 'builtin:swc-loader',
      options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
      type: 'javascript/auto',
    },
  ];
}

export function commonConfig({ dir, mode }) {
  const production = mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: dir,
    target: ['web', 'es2022'],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.ts', '.js'],
      // Sources use full `.js` specifiers (ESM style); they point at the `.ts` files here.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: { rules: typescriptRules() },
    output: {
      path: join(dir, 'dist'),
      // Content hashes make every built file cacheable for a year; only manifests and HTML are revalidated.
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
      // Chunk loading under the CSP's `require-trusted-types-for 'script'` (the policy name is listed
      // in the CSP's `trusted-types`; every build shares it, hence 'allow-duplicates' there).
      trustedTypes: { policyName: 'portal', onPolicyCreationFailure: 'continue' },
    },
    performance: { hints: false },
  };
}

/**
 * A service-area module: a Module Federation remote that exposes `./app` (its PortalModule).
 * Built with the external runtime: the shell provides the one Module Federation runtime of the page.
 */
export function createModuleConfig({ dir, area, mode }) {
  const common = commonConfig({ dir, mode });
  return {
    ...common,
    name: area,
    entry: {},
    output: {
      ...common.output,
      // Chunks the module's own runtime loads (split chunks, lazily loaded pages) get `integrity`
      // from the hashes SubresourceIntegrityPlugin writes into remoteEntry, and `crossorigin`, which
      // SRI needs. remoteEntry itself and the manifest are checked against the registry's hashes.
      crossOriginLoading: 'anonymous',
    },
    plugins: [
      // Production builds only ('auto'): what is deployed is what is checked.
      new rspack.SubresourceIntegrityPlugin({ hashFuncNames: ['sha384'] }),
      new ModuleFederationPlugin({
        name: remoteName(area),
        filename: 'remoteEntry.[contenthash:8].js',
        exposes: { './app': './src/app.ts' },
        shared: sharedDependencies(),
        manifest: { fileName: 'mf-manifest.json' },
        dts: false,
        experiments: {
          externalRuntime: true,
          optimization: { disableSnapshot: true, disableRemote: true, target: 'web' },
        },
      }),
    ],
  };
}

/** The container name the registry refers to: `portal_<area>` with dashes as underscores. */
export function remoteName(area) {
  return `portal_${area.replaceAll('-', '_')}`;
}

export { ModuleFederationPlugin };
