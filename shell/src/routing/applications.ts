import { registerApplication, triggerAppChange, unloadApplication, type AppProps } from 'single-spa';
import type { LegacyImplementation, ModuleMountProps, PortalModule, RegistryEntry } from '@portal/shared-contracts';
import { showFailure, showLoading, type AreaContainers } from '../areas/area-containers.js';
import type { ReportFn } from '../reporting/report-later.js';
import type { View } from './resolve-route.js';

export interface AreaProps {
  readonly area: string;
  readonly basePath: string;
  readonly domElement: HTMLElement;
}

/** What an area's lifecycles read of single-spa's props: the area's custom props and the application's name. */
export type AreaLifecycleProps = AreaProps & Pick<AppProps, 'name'>;

/** One lifecycle function of an area; it accepts what single-spa's `LifeCycles<AreaProps>` functions are given. */
export type AreaLifecycle = (props: AreaLifecycleProps) => Promise<unknown>;

/**
 * An area's lifecycles: single-spa's `LifeCycles<AreaProps>`, each a single function. single-spa
 * also takes arrays of them; the shell never makes those, so it can call its own lifecycles directly.
 */
export interface AreaLifecycles {
  readonly bootstrap: AreaLifecycle;
  readonly mount: AreaLifecycle;
  readonly unmount: AreaLifecycle;
}

export function applicationName(area: string): string {
  return `area:${area}`;
}

/**
 * Lifecycles that draw the "not available right now" notice inside the area's own container. A
 * failed module therefore costs only its own room; the retry unloads the application, so single-spa
 * calls the loader again with a fresh remote registration. The failure is counted against the
 * module version the registry named, so a bad release shows (see reporting/).
 */
function failedAreaLifecycles(entry: RegistryEntry, error: unknown, kind: 'load' | 'mount', report: ReportFn): AreaLifecycles {
  console.error(`Service area "${entry.area}" failed`, error);
  report({ area: entry.area, version: implementationVersion(entry), kind, error });
  let notice: HTMLElement | undefined;
  // While the area still has its legacy pages, the person may continue there instead of waiting.
  let legacy: AreaLifecycles | undefined;
  const { fallback } = entry;
  return {
    bootstrap: async () => undefined,
    mount: async (props) => {
      const openLegacy = async (implementation: LegacyImplementation): Promise<void> => {
        const { legacyLifecycles } = await import('../legacy/legacy-area.js');
        legacy = legacyLifecycles({ ...entry, implementation });
        notice?.remove();
        await legacy.mount(props);
      };
      notice = showFailure(
        props.domElement,
        entry,
        () => void unloadApplication(applicationName(entry.area)).then(() => triggerAppChange()),
        fallback ? () => void openLegacy(fallback) : undefined,
      );
    },
    unmount: async (props) => {
      notice?.remove();
      if (legacy) await legacy.unmount(props);
      legacy = undefined;
    },
  };
}

/** What error reports count against: a module's version, or "legacy" for the legacy pages. */
export function implementationVersion(entry: RegistryEntry): string {
  return entry.implementation.kind === 'federated' ? entry.implementation.version : 'legacy';
}

/** Wraps a module's lifecycles so a throwing mount turns into the area's notice, not a broken page. */
export function guarded(entry: RegistryEntry, module: PortalModule, report: ReportFn = () => undefined): AreaLifecycles {
  let fallback: AreaLifecycles | undefined;
  // Only the contract's props: single-spa's own (its API, mountParcel) are not the module's to use.
  const asModuleProps = (props: AreaLifecycleProps): ModuleMountProps => ({
    name: props.name,
    area: props.area,
    basePath: props.basePath,
    domElement: props.domElement,
  });
  return {
    bootstrap: async (props) => {
      await module.bootstrap(asModuleProps(props));
    },
    mount: async (props) => {
      try {
        await module.mount(asModuleProps(props));
      } catch (error) {
        props.domElement.replaceChildren();
        fallback = failedAreaLifecycles(entry, error, 'mount', report);
        await fallback.mount(props);
      }
    },
    unmount: async (props) => {
      if (fallback) {
        await fallback.unmount(props);
        fallback = undefined;
        return;
      }
      await module.unmount(asModuleProps(props));
    },
  };
}

let watching: Promise<ReportFn> | undefined;

/**
 * Before the first module loads: its shared singletons are checked as its container resolves them,
 * what it throws later is counted against its version, and the reporter of load and mount failures
 * is ready. Fetched then, not at start, because the signed-out front page loads no module and has a
 * byte budget. If the chunk cannot be had, modules still load, unwatched.
 */
function watchModules(entries: readonly RegistryEntry[]): Promise<ReportFn> {
  watching ??= import('../reporting/watch.js').then(({ watchModules: watch }) => watch(entries)).catch((): ReportFn => () => undefined);
  return watching;
}

/**
 * Registers one single-spa application per service area in the registry. `currentView` decides
 * activity, so session state (an area that needs sign-in) and the route are judged in one place.
 */
export function registerAreas(entries: readonly RegistryEntry[], containers: AreaContainers, currentView: (path: string) => View): void {
  const attempts = new Map<string, number>();
  for (const entry of entries) {
    registerApplication<AreaProps>({
      name: applicationName(entry.area),
      app: async (): Promise<AreaLifecycles> => {
        const attempt = (attempts.get(entry.area) ?? 0) + 1;
        attempts.set(entry.area, attempt);
        const loading = showLoading(containers.containerFor(entry));
        const { implementation } = entry;
        // The federated loader is its own chunk, fetched beside the watch chunk just before a module
        // first loads: the signed-out front page loads no module and has a byte budget. A failed
        // download is a failed load (notice and retry; the next import() fetches it again).
        const loader = implementation.kind === 'legacy' ? undefined : import('../loader/federated-loader.js');
        loader?.catch(() => undefined);
        const report = await watchModules(entries);
        try {
          if (implementation.kind === 'legacy') {
            // Its own chunk: only a page of an area still on the legacy pages downloads the adapter.
            const { legacyLifecycles } = await import('../legacy/legacy-area.js');
            return legacyLifecycles({ ...entry, implementation });
          }
          const { loadFederatedModule } = await (loader ?? import('../loader/federated-loader.js'));
          const module = await loadFederatedModule(entry.area, implementation, { fresh: attempt > 1 });
          return guarded(entry, module, report);
        } catch (error) {
          return failedAreaLifecycles(entry, error, 'load', report);
        } finally {
          loading.remove();
        }
      },
      activeWhen: (location) => {
        const view = currentView(location.pathname);
        return view.kind === 'area' && view.area === entry.area;
      },
      customProps: { area: entry.area, basePath: entry.route, domElement: containers.containerFor(entry) },
    });
  }
}
