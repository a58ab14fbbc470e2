import { createModuleConfig } from '@portal/build-config';

export default (_env, argv) => createModuleConfig({ dir: import.meta.dirname, area: 'startup-grant', mode: argv.mode });
