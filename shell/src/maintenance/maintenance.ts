// Maintenance breaks in the shell: a chunk of its own, fetched only when the registry carries a
// break announced or going on (bootstrap.ts), so the front page's main chunk pays a few dozen bytes
// for it. It puts the announcement first in the main region, and, while a break keeps the area on
// screen out of use, the notice in place of its module (which stays mounted behind it, hidden, so
// it is back as it was, what was typed included, without a reload). It reads the state again at
// each break's start and end, on navigation and every half minute while there are breaks, so a
// break changed or ended early by an operator reaches the page without a reload either.
import { fetchJson, RegistrySchema, validate, type RegistryEntry } from '@portal/shared-contracts';
import { activeBreakFor, PublicMaintenanceListSchema, type PublicMaintenance } from '@portal/shared-contracts/maintenance-public';
import type { AreaContainers } from '../areas/area-containers.js';
import { defineMaintenanceNotice } from '../components/shell-maintenance-notice/define.js';
import type { ShellMaintenanceNotice } from '../components/shell-maintenance-notice/shell-maintenance-notice.js';
import type { View } from '../routing/resolve-route.js';

/** How often the state is read again while there are breaks, and at most how often on navigation. */
const POLL_MS = 30_000;
const NAVIGATION_READ_MS = 5000;
/** setTimeout's longest wait; a break further away is reached by the polling. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** Marks the children of an area's container hidden behind the notice, to show again after it. */
const HIDDEN_MARK = 'maintenanceHidden';

export interface MaintenanceWiring {
  readonly entries: readonly RegistryEntry[];
  readonly containers: AreaContainers;
  readonly main: HTMLElement;
  /** What is on screen for a path (the shell's own page, or an area). */
  readonly currentView: (path: string) => View;
}

/** The registry's `maintenance`, checked; a malformed list shows nothing rather than failing the page. */
function parse(raw: unknown): PublicMaintenance[] {
  const result = validate(PublicMaintenanceListSchema, raw ?? []);
  if (!result.ok) console.error('The registry’s maintenance breaks are not valid', result.issues);
  return result.ok ? result.value : [];
}

/** The breaks' notices on the page, kept up to date. */
class MaintenanceWatch {
  private items: PublicMaintenance[];
  private readonly names: Readonly<Record<string, RegistryEntry['names']>>;
  private readonly banner: ShellMaintenanceNotice;
  /** Each area's in-place notice, and what watches its container for the module's elements. */
  private readonly inPlace = new Map<string, ShellMaintenanceNotice>();
  private readonly observers = new Map<string, MutationObserver>();
  private timers: ReturnType<typeof setTimeout>[] = [];
  private poll: ReturnType<typeof setInterval> | undefined;
  private lastRead = Date.now();

  constructor(
    raw: readonly unknown[],
    private readonly wiring: MaintenanceWiring,
  ) {
    this.items = parse(raw);
    this.names = Object.fromEntries(wiring.entries.map((entry) => [entry.area, entry.names]));
    this.banner = document.createElement('shell-maintenance-notice');
    this.banner.names = this.names;
    wiring.main.querySelector('shell-page')?.before(this.banner);
    window.addEventListener('single-spa:routing-event', () => {
      this.update();
      if (Date.now() - this.lastRead >= NAVIGATION_READ_MS) void this.read();
    });
    this.schedule();
    this.update();
  }

  /** The notices as they are at this moment, for the page on screen. */
  private update(): void {
    const now = Date.now();
    const view = this.wiring.currentView(window.location.pathname);
    const area = view.kind === 'area' ? view.area : null;
    this.banner.items = this.items;
    this.banner.area = area;
    this.banner.now = now;
    for (const name of new Set([...this.inPlace.keys(), ...(area ? [area] : [])])) {
      const container = name === area ? this.wiring.containers.shown(name) : undefined;
      const active = container ? activeBreakFor(this.items, name, now) : undefined;
      if (active && container) this.showInPlace(name, container, now);
      else this.showModule(name);
    }
  }

  /** The notice in place of the area's module, the module's elements hidden (and kept) behind it. */
  private showInPlace(area: string, container: HTMLElement, now: number): void {
    let notice = this.inPlace.get(area);
    if (!notice) {
      notice = document.createElement('shell-maintenance-notice');
      notice.placement = 'area';
      notice.area = area;
      notice.names = this.names;
      this.inPlace.set(area, notice);
    }
    notice.items = this.items;
    notice.now = now;
    if (notice.parentElement !== container) {
      container.prepend(notice);
      const shown = notice;
      // As the module's router does with its own heading: the page's h1 takes the focus.
      void shown.updateComplete.then(() => shown.shadowRoot?.querySelector<HTMLElement>('h1')?.focus());
    }
    hideModule(container, notice);
    // The module mounts after the navigation: what it adds is hidden too.
    if (!this.observers.has(area)) {
      const observer = new MutationObserver(() => hideModule(container, notice));
      observer.observe(container, { childList: true });
      this.observers.set(area, observer);
    }
  }

  /** The module back as it was, what was typed in it included. */
  private showModule(area: string): void {
    const notice = this.inPlace.get(area);
    const owner = notice?.parentElement;
    if (!notice || !owner) return;
    this.observers.get(area)?.disconnect();
    this.observers.delete(area);
    notice.remove();
    for (const child of owner.querySelectorAll<HTMLElement>(':scope > [data-maintenance-hidden]')) {
      child.hidden = false;
      delete child.dataset[HIDDEN_MARK];
    }
  }

  /** Timers at each break's start and end (the state read again there), polling while there are breaks. */
  private schedule(): void {
    for (const timer of this.timers) clearTimeout(timer);
    const now = Date.now();
    this.timers = this.items
      .flatMap((item) => [Date.parse(item.startsAt), Date.parse(item.endsAt)])
      .filter((moment) => moment > now && moment - now < LONGEST_TIMER_MS)
      .map((moment) => setTimeout(() => void this.read(), moment - now + 50));
    if (this.items.length > 0) this.poll ??= setInterval(() => void this.read(), POLL_MS);
    else if (this.poll !== undefined) {
      clearInterval(this.poll);
      this.poll = undefined;
    }
  }

  private async read(): Promise<void> {
    this.lastRead = Date.now();
    try {
      this.items = parse((await fetchJson('/api/registry', RegistrySchema)).maintenance);
    } catch {
      // Unreachable for now: what was known stays, and its times still apply.
    }
    this.schedule();
    this.update();
  }
}

/** The module's elements in the container hidden behind the notice, marked to be shown again. */
function hideModule(container: HTMLElement, notice: ShellMaintenanceNotice): void {
  for (const child of container.children) {
    if (child === notice || !(child instanceof HTMLElement) || child.hidden) continue;
    child.hidden = true;
    child.dataset[HIDDEN_MARK] = '';
  }
}

export function startMaintenance(raw: readonly unknown[], wiring: MaintenanceWiring): void {
  defineMaintenanceNotice();
  new MaintenanceWatch(raw, wiring);
}
