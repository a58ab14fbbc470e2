// The page's one Module Federation runtime, started when the first module is about to load and not
// before: the signed-out front page loads no module, and the runtime is a third of its bytes.
//
// The shell is a runtime-only host. It is not built with the Module Federation plugin (whose
// bundler runtime would start the federation runtime in the entry, on every page); it starts the
// runtime here, through MF's own runtime API, and shares what it already has: its own lit and its
// own contracts, the very module instances its elements and its bus use, as loaded singletons. A
// module's container then finds them in the share scope exactly as it would from a plugin-built host.
// Modules are built with `externalRuntime` (config/rspack.mjs): they use the runtime core this host
// puts on the page, through MF's own plugin for that, so the page carries one runtime.
import { init } from '@module-federation/enhanced/runtime';
import provideExternalRuntimeCore from '@module-federation/inject-external-runtime-core-plugin';
import * as contracts from '@portal/shared-contracts';
import * as lit from 'lit';

/** The host's container name, as modules' runtime plugins see it in `shareInfo.from`. */
export const SHELL_CONTAINER_NAME = 'portal_shell';

/** What the shell shares, with the versions its build resolved (shell/rspack.config.mjs defines it). */
declare const __PORTAL_SHARED__: Readonly<Record<string, { version: string; requiredVersion: string }>>;

const libraries: Readonly<Record<string, object>> = { lit, '@portal/shared-contracts': contracts };

function shared() {
  return Object.fromEntries(
    Object.entries(__PORTAL_SHARED__).map(([name, { version, requiredVersion }]) => {
      const library = libraries[name];
      if (!library) throw new Error(`The shell shares ${name} but does not hand it over (loader/federation.ts)`);
      return [name, { version, lib: () => library, shareConfig: { singleton: true, requiredVersion } }];
    }),
  );
}

// Evaluated once, when the loader chunk first loads: before any remote is registered.
init({ name: SHELL_CONTAINER_NAME, remotes: [], shared: shared(), plugins: [provideExternalRuntimeCore()] });
