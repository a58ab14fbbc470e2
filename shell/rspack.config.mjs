import { rspack } from '@rspack/core';
import { commonConfig, sharedDependencies } from '@portal/build-config';
import { PortalProvidesPlugin, resolvedVersion } from './portal-provides.mjs';

/**
 * The shell is a runtime-only Module Federation host: it names no remotes at build time (the
 * registry gives them at run time), and it starts the page's one federation runtime itself, with
 * MF's runtime API, when the first module loads (src/loader/federation.ts). It is not built with the
 * Module Federation plugin: the plugin's bundler runtime would start the federation runtime in the
 * entry, and the signed-out front page, which loads no module, would carry it.
 */
export default (_env, argv) => {
  const base = commonConfig({ dir: import.meta.dirname, mode: argv.mode });
  const dir = import.meta.dirname;
  // What loader/federation.ts shares: each singleton with the version this build resolved.
  const shared = Object.fromEntries(
    Object.entries(sharedDependencies()).map(([name, { requiredVersion }]) => [
      name,
      { version: resolvedVersion(dir, name), requiredVersion },
    ]),
  );
  return {
    ...base,
    name: 'shell',
    entry: { main: './src/index.ts' },
    output: { ...base.output, publicPath: '/' },
    plugins: [
      new rspack.HtmlRspackPlugin({ template: './src/index.html', scriptLoading: 'module', inject: 'body' }),
      new rspack.CopyRspackPlugin({ patterns: [{ from: 'public', noErrorOnMissing: true }] }),
      // dist/portal-provides.json: shared singleton versions, topics and API versions, read by the
      // backend's compatibility check when a module version is published.
      new PortalProvidesPlugin(dir),
      new rspack.DefinePlugin({
        __PORTAL_SHARED__: JSON.stringify(shared),
        // The federation runtime's build flags, as the MF plugin sets them for a host that loads
        // remotes by manifest and shares packages, in a browser (the runtime drops its Node paths).
        FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: false,
        FEDERATION_OPTIMIZE_NO_REMOTE: false,
        FEDERATION_OPTIMIZE_NO_SHARED: false,
        FEDERATION_HAS_EXPOSES: false,
        ENV_TARGET: JSON.stringify('web'),
      }),
    ],
  };
};
