import { createEmbedConfig, createModuleConfig } from '@portal/build-config';

// Two builds: the federated module the shell loads (dist/), and the partner bundle (dist/embed/:
// embed.js, embed-manifest.json, custom-elements.json) for `portal.embeddable` in package.json.
export default (_env, argv) => [
  createModuleConfig({ dir: import.meta.dirname, area: 'career-radar', mode: argv.mode }),
  createEmbedConfig({ dir: import.meta.dirname, area: 'career-radar', mode: argv.mode }),
];
