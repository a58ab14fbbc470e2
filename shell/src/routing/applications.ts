import { registerApplication, triggerAppChange, unloadApplication, type AppProps } from 'single-spa';
import type { RegistryEntry } from '@portal/shared-contracts';
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

let watching: Promise<ReportFn> | undefined;

/**
 * Before the first module loads: its shared singletons are checked as its container resolves them,
 * what it throws later is counted against its version, and the reporter of load and mount failures
 * is ready. Fetched then, not at start, because the signed-out front page loads no module and has a
 * byte budget. If the chunk cannot be had, modules still load, unwatched.
 */
export function watchModules(entries: readonly RegistryEntry[]): Promise<ReportFn> {
  watching ??= import('../reporting/watch.js').then(({ watchModules: watch }) => watch(entries)).catch((): ReportFn => () => undefined);
  return watching;
}

/** The retry of an area's notice: unloading the application makes single-spa call its loading function again. */
export function retryArea(area: string): () => void {
  return () => void unloadApplication(applicationName(area)).then(() => triggerAppChange());
}

/**
 * The area's notice with its retry, nothing more: for when the shell's own chunk of area lifecycles
 * (area-lifecycles.ts) could not be downloaded. The retry unloads the application, so single-spa
 * asks for the area again and the chunk is fetched again. Not counted against the module: it never
 * got its chance.
 */
function unavailableLifecycles(entry: RegistryEntry): AreaLifecycles {
  let notice: HTMLElement | undefined;
  return {
    bootstrap: async () => undefined,
    mount: async ({ domElement }) => {
      notice = showFailure(domElement, entry, retryArea(entry.area));
    },
    unmount: async () => notice?.remove(),
  };
}

/**
 * Registers one single-spa application per service area in the registry. `currentView` decides
 * activity, so session state (an area that needs sign-in) and the route are judged in one place.
 */
export function registerAreas(entries: readonly RegistryEntry[], containers: AreaContainers, currentView: (path: string) => View): void {
  const watch = (): Promise<ReportFn> => watchModules(entries);
  const report: ReportFn = (failure) => void watch().then((send) => send(failure));
  for (const entry of entries) {
    let load: ((startedAt: number) => Promise<AreaLifecycles>) | undefined;
    registerApplication<AreaProps>({
      name: applicationName(entry.area),
      app: async (): Promise<AreaLifecycles> => {
        // The notice of a slow module is due counting from here, when the person asked for the area.
        const startedAt = performance.now();
        const loading = showLoading(containers.containerFor(entry));
        // Fetched beside the area's lifecycles rather than after them: the watch chunk, and for a
        // module the federated loader's chunk (a failed download of it is a failed load, later).
        void watch();
        if (entry.implementation.kind === 'federated') import('../loader/federated-loader.js').catch(() => undefined);
        try {
          load ??= (await import('./area-lifecycles.js')).areaApp(entry, { watch, report });
          return await load(startedAt);
        } catch {
          return unavailableLifecycles(entry);
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
