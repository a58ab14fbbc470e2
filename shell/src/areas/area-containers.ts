import type { RegistryEntry } from '@portal/shared-contracts';
import type { ShellModuleError } from '../components/shell-module-error/shell-module-error.js';
import { t } from '../i18n/translate.js';

/** The rooms the service areas mount into: one container per area, shown while its route is. */
export interface AreaContainers {
  /** The area's container (the single-spa application's `domElement`), made hidden when first asked for. */
  containerFor(entry: RegistryEntry): HTMLElement;
  /** Shows one area's container, or none (null: the shell's own page shows); the others are hidden. */
  show(area: string | null): void;
  /** The area's container while it is on screen. */
  shown(area: string): HTMLElement | undefined;
}

export function areaContainers(root: HTMLElement): AreaContainers {
  const containers = new Map<string, HTMLElement>();
  return {
    containerFor(entry) {
      let container = containers.get(entry.area);
      if (!container) {
        container = document.createElement('div');
        container.id = `area-${entry.area}`;
        container.dataset['area'] = entry.area;
        container.hidden = true;
        root.append(container);
        containers.set(entry.area, container);
      }
      return container;
    },
    show(shownArea) {
      for (const [area, container] of containers) container.hidden = area !== shownArea;
    },
    shown(area) {
      const container = containers.get(area);
      return container && !container.hidden ? container : undefined;
    },
  };
}

/** "Loading…" in the area's own container while its module downloads (retries can take seconds). */
export function showLoading(container: HTMLElement): HTMLElement {
  const status = document.createElement('p');
  status.className = 'area-loading';
  status.setAttribute('role', 'status');
  status.textContent = t('loading');
  container.append(status);
  return status;
}

/**
 * The "not available right now" notice in the area's own container: a failed module costs only its
 * own room. `legacy` is given while the area still has its legacy pages: the person may continue
 * there instead of waiting. `stillTrying`: the module is slow rather than failed, and loading goes on
 * behind the notice (see routing/applications.ts).
 */
export function showFailure(
  container: HTMLElement,
  entry: RegistryEntry,
  retry: () => void,
  legacy?: () => void,
  { stillTrying = false }: { stillTrying?: boolean } = {},
): ShellModuleError {
  const notice = document.createElement('shell-module-error');
  notice.names = entry.names;
  notice.area = entry.area;
  notice.legacyAvailable = legacy !== undefined;
  notice.stillTrying = stillTrying;
  notice.addEventListener('shell-module-retry', retry);
  if (legacy) notice.addEventListener('shell-module-legacy', legacy);
  container.append(notice);
  return notice;
}
