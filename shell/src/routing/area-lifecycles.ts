// What an area shows, as single-spa lifecycles: a module guarded against a throwing mount, the
// legacy pages, the area's notice, and the notice of a slow module replaced by the module when it
// arrives. A chunk of its own, fetched when an area is first shown: the signed-out front page shows
// none and has a byte budget (routing/applications.ts registers the areas and loads this).
import type {
  FederatedImplementation,
  LegacyImplementation,
  ModuleMountProps,
  PortalModule,
  RegistryEntry,
} from '@portal/shared-contracts';
import { showFailure } from '../areas/area-containers.js';
import { defineModuleError } from '../components/shell-module-error/define.js';
import type { ShellModuleError } from '../components/shell-module-error/shell-module-error.js';
import type { ReportFn } from '../reporting/report-later.js';
import { retryArea, type AreaLifecycleProps, type AreaLifecycles } from './applications.js';

// This chunk is what shows an area's failure notice: its element comes with it.
defineModuleError();

/**
 * How long an area shows only "loading" before its notice (retry, and the legacy pages where it has
 * them) comes, while the loader's attempts go on behind it. Each attempt waits up to 5 s, all three
 * about 18 s (loader/federated-loader.ts): too long to look at "loading" with nothing to do, and
 * single-spa finishes one routing before it starts the next, so until the area's loading function
 * settles a click on another link waits too. 6 s is the front-end performance goal (a hanging
 * module's notice within 6 s). It is longer than the first attempt's own 5 s, so a merely slow
 * download has that attempt's whole time before a notice flashes up, and a module that fails fast
 * (a 404: three attempts in about 2 s) shows the definite failure rather than "still trying".
 */
export const AREA_NOTICE_AFTER_MS = 6_000;

/** The area's notice as its lifecycles: a notice that stands in for the area, or the legacy pages the person chose. */
interface NoticeLifecycles extends AreaLifecycles {
  /** Loading has given up: the notice, shown now or later, says the area did not load. */
  gaveUp(): void;
  /** The person chose the legacy pages, which are shown in the notice's place. */
  readonly showingLegacy: boolean;
}

/**
 * Lifecycles that draw the "not available right now" notice inside the area's own container. A
 * failed module therefore costs only its own room; the retry unloads the application, so single-spa
 * calls the loader again with a fresh remote registration. `stillTrying`: the module is slow, not
 * failed, and loading goes on (see `slowAreaLifecycles`).
 */
function noticeLifecycles(entry: RegistryEntry, retry: () => void, stillTrying: boolean): NoticeLifecycles {
  let notice: ShellModuleError | undefined;
  // While the area still has its legacy pages, the person may continue there instead of waiting.
  let legacy: AreaLifecycles | undefined;
  const { fallback } = entry;
  return {
    bootstrap: async () => undefined,
    mount: async (props) => {
      const openLegacy = async (implementation: LegacyImplementation): Promise<void> => {
        const chosenFrom = notice;
        const { legacyLifecycles } = await import('../legacy/legacy-area.js');
        // While the adapter downloaded, the person may have left, chosen twice, or the module arrived.
        if (!chosenFrom || notice !== chosenFrom) return;
        legacy = legacyLifecycles({ ...entry, implementation });
        chosenFrom.remove();
        notice = undefined;
        await legacy.mount(props);
      };
      notice = showFailure(props.domElement, entry, retry, fallback ? () => void openLegacy(fallback) : undefined, { stillTrying });
    },
    unmount: async (props) => {
      notice?.remove();
      notice = undefined;
      if (legacy) await legacy.unmount(props);
      legacy = undefined;
    },
    gaveUp: () => {
      stillTrying = false;
      if (notice) notice.stillTrying = false;
    },
    get showingLegacy() {
      return legacy !== undefined;
    },
  };
}

/** The failure counted against the version the registry named, so a bad release shows (see reporting/), and its notice. */
function failedAreaLifecycles(
  entry: RegistryEntry,
  error: unknown,
  kind: 'load' | 'mount',
  report: ReportFn,
  retry: () => void,
): AreaLifecycles {
  reportFailure(entry, error, kind, report);
  return noticeLifecycles(entry, retry, false);
}

function reportFailure(entry: RegistryEntry, error: unknown, kind: 'load' | 'mount', report: ReportFn): void {
  console.error(`Service area "${entry.area}" failed`, error);
  report({ area: entry.area, version: implementationVersion(entry), kind, error });
}

/**
 * The lifecycles of an area whose module is still loading when its notice is due: the notice,
 * saying loading goes on, until `loading` settles. A module that arrives while the notice is shown
 * takes its place there and then, without a page load; one that arrives while the area is not shown
 * (the person left) mounts on the next visit, and never into a page that no longer shows the area.
 * If the person chose the legacy pages meanwhile, they stay until the person leaves. If loading
 * gives up, the notice stays and says the area did not load.
 */
function slowAreaLifecycles(entry: RegistryEntry, loading: Promise<PortalModule>, report: ReportFn, retry: () => void): AreaLifecycles {
  const notice = noticeLifecycles(entry, retry, true);
  let loaded: AreaLifecycles | undefined;
  let bootstrapped = false;
  /** What is in the container, with the props single-spa mounted the area with; undefined while unmounted. */
  let shown: { lifecycles: AreaLifecycles; props: AreaLifecycleProps } | undefined;
  // single-spa's mount and unmount and the module's arrival change the same container: one at a
  // time, in the order they came, so an arrival never mounts into an area being unmounted.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = (step: () => Promise<void>): Promise<void> => {
    const next = turn.then(step);
    turn = next.catch(() => undefined);
    return next;
  };
  const mount = async (props: AreaLifecycleProps): Promise<void> => {
    if (!loaded) {
      await notice.mount(props);
      shown = { lifecycles: notice, props };
      return;
    }
    if (!bootstrapped) {
      try {
        await loaded.bootstrap(props);
        bootstrapped = true;
      } catch (error) {
        // single-spa would have called it before mount; to the person it is the same failure.
        loaded = failedAreaLifecycles(entry, error, 'mount', report, retry);
      }
    }
    await loaded.mount(props);
    shown = { lifecycles: loaded, props };
  };
  loading.then(
    (module) =>
      inTurn(async () => {
        loaded = guarded(entry, module, report, retry);
        if (shown?.lifecycles !== notice || notice.showingLegacy) return;
        const { props } = shown;
        await notice.unmount(props);
        // The module's page announces itself (page.shown): title and focus follow as after any mount.
        await mount(props);
      }).catch((error: unknown) => console.error(`Service area "${entry.area}" could not replace its notice`, error)),
    // Reported where the load is made (federatedAreaApp), once however many notices waited for it.
    () => notice.gaveUp(),
  );
  return {
    bootstrap: async () => undefined,
    mount: (props) => inTurn(() => mount(props)),
    unmount: (props) =>
      inTurn(async () => {
        await shown?.lifecycles.unmount(props);
        shown = undefined;
      }),
  };
}

/** What error reports count against: a module's version, or "legacy" for the legacy pages. */
export function implementationVersion(entry: RegistryEntry): string {
  return entry.implementation.kind === 'federated' ? entry.implementation.version : 'legacy';
}

/** Wraps a module's lifecycles so a throwing mount turns into the area's notice, not a broken page. */
export function guarded(
  entry: RegistryEntry,
  module: PortalModule,
  report: ReportFn = () => undefined,
  retry: () => void = retryArea(entry.area),
): AreaLifecycles {
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
        fallback = failedAreaLifecycles(entry, error, 'mount', report, retry);
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

export interface FederatedAreaOptions {
  /** Starts loading the module: its bounded attempts. `fresh` after the first load, dropping a failed registration. */
  readonly load: (fresh: boolean) => Promise<PortalModule>;
  readonly report: ReportFn;
  /** What the notice's retry does; by default, unloading the application (see `retryArea`). */
  readonly retry?: () => void;
  readonly noticeAfterMs?: number;
}

const NOTICE_DUE = Symbol('notice due');

/**
 * The loading function single-spa calls for a federated area: the module's lifecycles when it loads
 * within `noticeAfterMs` of `startedAt` (when single-spa asked for the area), its notice when loading
 * failed, and otherwise the notice saying loading goes on, replaced by the module if a later attempt
 * brings it (`slowAreaLifecycles`).
 *
 * A retry while a load is still in flight (from the "still trying" notice) joins that load instead of
 * starting a second one: the load already retries with a fresh registration of the remote, and
 * another chain of attempts beside it would register the same remote name again while the first
 * one's remote entry may still arrive, two loads racing over one Module Federation container. The
 * retry still looks like one to the person: "loading" again, then the module, the failure, or the
 * notice again after another `noticeAfterMs`. Once the load has settled, a retry starts a fresh one.
 */
export function federatedAreaApp(
  entry: RegistryEntry,
  { load, report, retry = retryArea(entry.area), noticeAfterMs = AREA_NOTICE_AFTER_MS }: FederatedAreaOptions,
): (startedAt?: number) => Promise<AreaLifecycles> {
  let inFlight: Promise<PortalModule> | undefined;
  let loads = 0;
  return async (startedAt = performance.now()) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const noticeDue = new Promise<typeof NOTICE_DUE>((resolve) => {
      timer = setTimeout(() => resolve(NOTICE_DUE), noticeAfterMs - (performance.now() - startedAt));
    });
    if (!inFlight) {
      const started = load(loads++ > 0);
      inFlight = started;
      // Counted once per load, however many single-spa loads (retries) waited for it.
      started.then(
        () => (inFlight = undefined),
        (error: unknown) => {
          inFlight = undefined;
          reportFailure(entry, error, 'load', report);
        },
      );
    }
    const loading = inFlight;
    try {
      const first = await Promise.race([loading, noticeDue]);
      return first === NOTICE_DUE ? slowAreaLifecycles(entry, loading, report, retry) : guarded(entry, first, report, retry);
    } catch {
      return noticeLifecycles(entry, retry, false);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * Loads a federated module. The federated loader is its own chunk (routing/applications.ts starts
 * fetching it beside this one): the signed-out front page loads no module and has a byte budget. A
 * failed download is a failed load (notice and retry; the next import() fetches it again). The module
 * waits for the watch, whose shared-mismatch plugin must be there before its container resolves shares.
 */
async function loadModule(
  entry: RegistryEntry,
  implementation: FederatedImplementation,
  watch: () => Promise<unknown>,
  fresh: boolean,
): Promise<PortalModule> {
  const loader = import('../loader/federated-loader.js');
  loader.catch(() => undefined);
  await watch();
  const { loadFederatedModule } = await loader;
  return loadFederatedModule(entry.area, implementation, { fresh });
}

/**
 * Fetches an area's module ahead of the click (routing/prefetch.ts), as loadModule would: after the
 * watch, through the same loader, whose load the click then takes over.
 */
export async function prefetchModule(entry: RegistryEntry, watch: () => Promise<unknown>): Promise<void> {
  const { implementation } = entry;
  if (implementation.kind !== 'federated') return;
  const loader = import('../loader/federated-loader.js');
  await watch();
  (await loader).prefetchFederatedModule(entry.area, implementation);
}

/**
 * The loading function of an area, whatever serves it. `watch` starts watching modules (reporting/):
 * a module loads only once it has, so its shared singletons are checked as its container resolves them.
 */
export function areaApp(
  entry: RegistryEntry,
  { watch, report }: { watch: () => Promise<unknown>; report: ReportFn },
): (startedAt?: number) => Promise<AreaLifecycles> {
  const { implementation } = entry;
  if (implementation.kind === 'federated') {
    return federatedAreaApp(entry, { load: (fresh) => loadModule(entry, implementation, watch, fresh), report });
  }
  return async () => {
    try {
      // Its own chunk: only a page of an area still on the legacy pages downloads the adapter.
      const { legacyLifecycles } = await import('../legacy/legacy-area.js');
      return legacyLifecycles({ ...entry, implementation });
    } catch (error) {
      return failedAreaLifecycles(entry, error, 'load', report, retryArea(entry.area));
    }
  };
}
