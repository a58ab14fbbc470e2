// The floor app's build (issue 22): a single-spa host and one Lit remote with the Module Federation
// plugin's defaults, as its guides set them up. Run by floor.ts in a process of its own (`FLOOR_OUT`
// is where the builds go): inside the bench's TypeScript loader the plugin's run-time templates would
// pick up the loader's helpers.
import { join } from 'node:path';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';

const out = process.env.FLOOR_OUT;
if (!out) throw new Error('FLOOR_OUT: the folder to build the floor app into');
const shared = { lit: { singleton: true } };

function config(name) {
  return {
    name,
    mode: 'production',
    context: import.meta.dirname,
    target: ['web', 'es2022'],
    devtool: 'source-map',
    entry: name === 'host' ? { main: './host.ts' } : {},
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'builtin:swc-loader',
          options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
          type: 'javascript/auto',
        },
      ],
    },
    output: { path: join(out, name), publicPath: name === 'host' ? '/' : '/remote/', filename: '[name].[contenthash:8].js', clean: true },
    plugins:
      name === 'host'
        ? [
            new rspack.HtmlRspackPlugin({ template: './index.html' }),
            new ModuleFederationPlugin({
              name: 'floor_host',
              remotes: { floor_remote: 'floor_remote@/remote/mf-manifest.json' },
              shared,
              dts: false,
            }),
          ]
        : [
            new ModuleFederationPlugin({
              name: 'floor_remote',
              filename: 'remoteEntry.js',
              exposes: { './app': './app.ts' },
              shared,
              dts: false,
            }),
          ],
    performance: { hints: false },
  };
}

export default [config('remote'), config('host')];
