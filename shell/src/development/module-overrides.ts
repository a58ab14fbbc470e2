// Development only: when the backend (NODE_ENV=development) has pointed an area at a developer's
// local build (`?module-override=…`, see mock-backend/src/operators/registry/module-override.ts), the page says so
// in a banner with a way out, and reloads whenever that build changes. Loaded only when the override
// cookie is there, so no production page carries any of it.
import {
  defineMessages,
  formatMessage,
  LocaleTopic,
  MODULE_DEV_EVENTS_PATH,
  MODULE_OVERRIDE_COOKIE,
  MODULE_OVERRIDE_PARAM,
  portalBus,
  type Locale,
  type RegistryEntry,
} from '@portal/shared-contracts';
import { currentLocale } from '../i18n/translate.js';

const messages = defineMessages({
  fi: {
    label: 'Kehitystila',
    served: 'Moduuli {area} haetaan osoitteesta {origin} (kehitysaikainen ohitus).',
    clear: 'Poista ohitus: {area}',
  },
  sv: {
    label: 'Utvecklingsläge',
    served: 'Modulen {area} hämtas från {origin} (åsidosättning under utveckling).',
    clear: 'Ta bort åsidosättningen: {area}',
  },
  en: {
    label: 'Development mode',
    served: 'Module {area} is served from {origin} (development override).',
    clear: 'Clear the override: {area}',
  },
});

export interface ActiveOverride {
  readonly area: string;
  readonly manifestUrl: string;
  readonly origin: string;
}

/** The overrides the cookie asks for (area → manifest URL); anything unreadable counts as none. */
export function overridesFromCookie(cookie: string): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== MODULE_OVERRIDE_COOKIE) continue;
    try {
      for (const [area, url] of new URLSearchParams(decodeURIComponent(part.slice(eq + 1).trim()))) overrides.set(area, url);
    } catch {
      // A malformed cookie: no banner. The registry the backend answered is what loads, either way.
    }
  }
  return overrides;
}

/**
 * The overrides the registry really applied: an area whose manifest is the cookie's URL. A cookie
 * left over from a development run means nothing to a backend in production, and then no banner
 * claims otherwise.
 */
export function activeOverrides(entries: readonly RegistryEntry[], cookie: string): ActiveOverride[] {
  const wanted = overridesFromCookie(cookie);
  return entries.flatMap((entry) => {
    const manifestUrl = wanted.get(entry.area);
    if (manifestUrl === undefined || entry.implementation.kind !== 'federated' || entry.implementation.manifestUrl !== manifestUrl)
      return [];
    try {
      return [{ area: entry.area, manifestUrl, origin: new URL(manifestUrl).origin }];
    } catch {
      return [];
    }
  });
}

/** The address that clears one area's override: the backend drops it and comes back here. */
export function clearUrl(area: string, location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  const params = new URLSearchParams(location.search);
  params.append(MODULE_OVERRIDE_PARAM, `${area}=`);
  return `${location.pathname}?${params.toString()}`;
}

function render(banner: HTMLElement, overrides: readonly ActiveOverride[], locale: Locale, navigate: (url: string) => void): void {
  const text = messages[locale];
  banner.setAttribute('aria-label', text.label);
  banner.replaceChildren(
    ...overrides.map((override) => {
      const line = document.createElement('p');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = formatMessage(text.clear, { area: override.area });
      button.addEventListener('click', () => navigate(clearUrl(override.area)));
      line.append(formatMessage(text.served, { area: override.area, origin: override.origin }), ' ', button);
      return line;
    }),
  );
}

/** The part of an EventSource the live reload uses. */
export interface DevEvents {
  addEventListener(type: 'reload', listener: () => void): void;
  close(): void;
}

export interface OverrideOptions {
  readonly cookie?: string;
  /** Where the banner goes: after the skip link, so that link stays the first thing to tab to. */
  readonly after: Element;
  readonly navigate?: (url: string) => void;
  readonly reload?: () => void;
  readonly events?: (url: string) => DevEvents;
}

/**
 * Shows the banner for each applied override and listens to each local build's development server
 * for `reload`. Returns a function that removes the banner and stops listening.
 */
export function showModuleOverrides(entries: readonly RegistryEntry[], options: OverrideOptions): () => void {
  const overrides = activeOverrides(entries, options.cookie ?? document.cookie);
  if (overrides.length === 0) return () => undefined;
  const navigate = options.navigate ?? ((url: string) => window.location.assign(url));
  const reload = options.reload ?? (() => window.location.reload());
  const banner = document.createElement('aside');
  banner.className = 'dev-override';
  options.after.after(banner);
  render(banner, overrides, currentLocale(), navigate);
  // The language topic replays: this renders again at once, and at every change of language.
  const subscription = portalBus.subscribe(LocaleTopic, ({ locale }) => render(banner, overrides, locale, navigate));

  // One connection per development server; a server that is not running just leaves the page as it is.
  const sources = [...new Set(overrides.map((override) => override.origin))].map((origin) => {
    const open = options.events ?? ((url: string): DevEvents => new EventSource(url));
    const source = open(new URL(MODULE_DEV_EVENTS_PATH, origin).href);
    source.addEventListener('reload', () => reload());
    return source;
  });
  return () => {
    subscription.unsubscribe();
    for (const source of sources) source.close();
    banner.remove();
  };
}
