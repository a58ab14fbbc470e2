// Build settings shared by the shell and every module. A module's rspack.config.mjs is one call
// of createModuleConfig; what must agree across separately deployed builds (the shared singletons
// and the Module Federation runtime flags) is decided here once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';

const contractsVersion = JSON.parse(readFileSync(new URL('../shared-contracts/package.json', import.meta.url), 'utf8')).version;

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

/**
 * TypeScript through rspack's built-in SWC; no decorators are used, so no transform quirks. Before
 * SWC (loaders run last to first), the CSS of lit's css`` templates is minified.
 */
export function typescriptRules() {
  return [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      use: [
        { loader: 'builtin:swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } } },
        { loader: fileURLToPath(new URL('./css-literals-loader.mjs', import.meta.url)) },
      ],
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
    // Production: the maps are written beside the bundles (the byte budgets and anyone debugging a
    // release read them from disk) but no bundle names them, and the backend does not serve `*.map`
    // outside development: the original sources, comments included, stay off the public web.
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
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
    // Module ids stable between builds (long-term caching), as short as the build allows: a hash's
    // shortest free prefix in a-zA-Z0-9, not a number that grows a digit as modules are added
    // (deterministic ids went from 3 to 4 digits in the shell at 51 modules, ~135 B on the front page).
    ...(production ? { optimization: { moduleIds: 'compat-hashed' } } : {}),
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

// ---------------------------------------------------------------------------------------------
// Partner embedding: the same elements on another site's page, without the shell.

/**
 * As the contracts' CustomElementNameSchema: lower-case ASCII words joined by hyphens. Checked here
 * too so a typo fails the build, not the publish; the backend checks again with the contracts.
 */
const ELEMENT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** `"portal": { "embeddable": [{ "element", "requiresAuth" }] }` of a module's package.json, checked. */
export function embeddableElements(pkg, area) {
  const list = pkg?.portal?.embeddable;
  const where = `${pkg?.name ?? area} package.json "portal.embeddable"`;
  if (!Array.isArray(list) || list.length === 0) {
    throw new Error(`${where}: list the elements partner sites may embed, e.g. [{ "element": "${area}-app", "requiresAuth": false }].`);
  }
  const seen = new Set();
  return list.map((item, i) => {
    const keys = item !== null && typeof item === 'object' ? Object.keys(item).sort().join() : '';
    if (keys !== 'element,requiresAuth' || typeof item.element !== 'string' || typeof item.requiresAuth !== 'boolean') {
      throw new Error(`${where}[${i}]: expected exactly { "element": "<tag>", "requiresAuth": true | false }.`);
    }
    if (!ELEMENT_NAME.test(item.element) || !item.element.startsWith(`${area}-`)) {
      throw new Error(`${where}[${i}]: "${item.element}" is not an element of this area (<${area}-…>, lower case and hyphens).`);
    }
    if (seen.has(item.element)) throw new Error(`${where}: "${item.element}" is listed twice.`);
    seen.add(item.element);
    return { element: item.element, requiresAuth: item.requiresAuth };
  });
}

/**
 * Writes, beside embed.js, `embed-manifest.json` (which elements, whether each needs sign-in: the
 * backend's partner page and operators read it) and `custom-elements.json` (the elements' attributes,
 * events, CSS custom properties and parts, from their JSDoc). Both come from the same build as the
 * code, so they cannot describe another version.
 */
class EmbedFilesPlugin {
  constructor({ dir, area, version, embeddable }) {
    Object.assign(this, { dir, area, version, embeddable });
  }

  apply(compiler) {
    const name = 'portal-embed-files';
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { analyzeCustomElements, customElementDeclarations } = await import('./custom-elements.mjs');
          const customElements = analyzeCustomElements(this.dir);
          const documented = customElementDeclarations(customElements);
          const undocumented = this.embeddable.filter((item) => !documented.has(item.element)).map((item) => `<${item.element}>`);
          if (undocumented.length > 0) {
            // A warning, not an error: the element still works; only the partner page has less to say.
            compilation.warnings.push(
              new compiler.webpack.WebpackError(
                `custom-elements.json does not describe ${undocumented.join(', ')}: give the class a JSDoc comment (@summary, @fires, @cssprop, @csspart) and an HTMLElementTagNameMap entry.`,
              ),
            );
          }
          const manifest = {
            schemaVersion: 1,
            area: this.area,
            version: this.version,
            entry: 'embed.js',
            customElements: 'custom-elements.json',
            elements: this.embeddable,
          };
          compilation.emitAsset('embed-manifest.json', new RawSource(`${JSON.stringify(manifest, null, 2)}\n`));
          compilation.emitAsset('custom-elements.json', new RawSource(`${JSON.stringify(customElements, null, 2)}\n`));
        },
      );
    });
  }
}

/**
 * A module's partner bundle: `src/embed.ts` as one plain ES module (`dist/embed/embed.js`, plus
 * content-hashed chunks for what it loads lazily), without Module Federation. A partner's page has
 * no shell, no federation runtime and no shared lit, so lit and the contracts are bundled in; the
 * page loads it with `<script type="module">`, cross-origin, through the backend's stable address
 * `/embed/<area>/embed.js`. Chunks resolve against embed.js's own URL (`publicPath: 'auto'`, from
 * `import.meta.url`), so they come from the portal, never from the partner's origin.
 *
 * Export it beside createModuleConfig from the module's rspack.config.mjs (an array); it builds after
 * the federated configuration (`dependencies`), whose `output.clean` empties dist/ first.
 */
export function createEmbedConfig({ dir, area, mode, entry = './src/embed.ts' }) {
  const common = commonConfig({ dir, mode });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const embeddable = embeddableElements(pkg, area);
  // `npm run deploy -- --version x` publishes a version other than package.json's; it says which.
  const version = process.env.PORTAL_MODULE_VERSION || pkg.version;
  return {
    ...common,
    name: `${area}-embed`,
    dependencies: [area],
    entry: { embed: entry },
    experiments: { outputModule: true },
    module: {
      ...common.module,
      // `import.meta.url` must stay the URL the browser loaded embed.js from (the portal's origin,
      // which the kit compares with the page's); by default rspack replaces it at build time with
      // the source file's file:// URL.
      parser: { javascript: { importMeta: false } },
    },
    output: {
      ...common.output,
      path: join(dir, 'dist', 'embed'),
      // A fixed name: the folder is the version (a published version's files never change), and the
      // backend's stable address imports it by this name. Chunks carry content hashes.
      filename: 'embed.js',
      chunkFilename: '[name].[contenthash:8].js',
      module: true,
      chunkFormat: 'module',
      chunkLoading: 'import',
      // Lazily loaded chunks are requested like the entry: CORS, without credentials.
      crossOriginLoading: 'anonymous',
      publicPath: 'auto',
      clean: true,
    },
    plugins: [
      // The declaration, compiled in: src/embed.ts reads `__PORTAL_EMBEDDABLE__` (no request, no race).
      new rspack.DefinePlugin({ __PORTAL_EMBEDDABLE__: JSON.stringify(embeddable) }),
      new EmbedFilesPlugin({ dir, area, version, embeddable }),
    ],
  };
}

/** The container name the registry refers to: `portal_<area>` with dashes as underscores. */
export function remoteName(area) {
  return `portal_${area.replaceAll('-', '_')}`;
}

export { ModuleFederationPlugin };
