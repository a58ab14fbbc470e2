import { rspack } from '@rspack/core';
import { commonConfig, ModuleFederationPlugin, sharedDependencies } from '@portal/build-config';
import { PortalProvidesPlugin } from './portal-provides.mjs';

/**
 * The shell is a pure Module Federation consumer: it names no remotes at build time (the registry
 * gives them at run time) and provides the page's one federation runtime to every module.
 */
export default (_env, argv) => {
  const base = commonConfig({ dir: import.meta.dirname, mode: argv.mode });
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
      new PortalProvidesPlugin(import.meta.dirname),
      new ModuleFederationPlugin({
        name: 'portal_shell',
        remotes: {},
        shared: sharedDependencies(),
        dts: false,
        manifest: false,
        experiments: { provideExternalRuntime: true, optimization: { target: 'web' } },
      }),
    ],
  };
};
