import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server.js';

/**
 * What a page's JavaScript is made of, by kind (issue 22's table): the shell's own code, the Module
 * Federation runtime (runtime core, SDK, error codes), MF's glue in each remote entry (the bundler
 * runtime that makes a build a container), the bundler's own chunk loading, each shared library, the
 * ui-kit a module bundles, and the modules' own code.
 */
export const CATEGORIES = [
  'shell',
  'MF runtime',
  'MF glue',
  'bundler runtime',
  'lit',
  'contracts',
  'valibot',
  'rxjs',
  'single-spa',
  'other libraries',
  'ui-kit',
  'module code',
] as const;
export type Category = (typeof CATEGORIES)[number];

const noBytes = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

export interface ScriptSize {
  readonly path: string;
  readonly rawBytes: number;
  readonly brotliBytes: number;
  /** Brotli bytes apportioned to categories by the share of the file's generated code each source produced. */
  readonly byCategory: Readonly<Record<Category, number>>;
  /** Brotli bytes by source (normalised, so one file of a package is one key across builds). */
  readonly bySource: ReadonlyMap<string, number>;
  /** Whether the file carries the Module Federation runtime core (at most one per page). */
  readonly hasRuntimeCore: boolean;
}

/** Which built file a served URL is: the shell at "/", module builds at "/modules/<area>/". */
export function fileForPath(path: string): string {
  const moduleMatch = /^\/modules\/([a-z0-9-]+)\/(.+)$/.exec(path);
  if (moduleMatch) return join(REPO_ROOT, 'modules', moduleMatch[1]!, 'dist', moduleMatch[2]!);
  return join(REPO_ROOT, 'shell', 'dist', path.replace(/^\//, ''));
}

/**
 * A source map's source as one key whatever build it is in: `node_modules/lit-html/lit-html.js`,
 * `modules/ui-kit/src/...`, `shell/src/...`. Sources of a build are `webpack://<package>/<path>`,
 * relative to the package's folder.
 */
export function sourceKey(source: string, build: string): string {
  const inPackages = /node_modules\/(.+)$/.exec(source);
  if (inPackages) return `node_modules/${inPackages[1]}`;
  // The namespace is the build's package name (`@portal/shell`), or empty for a build without one.
  const path = /^webpack:\/\/(?:(?:@[^/]+\/)?[^/]+)?\/(.*)$/.exec(source)?.[1] ?? source;
  if (/^(?:\.\.\/)*shared-contracts\//.test(path)) return path.replace(/^(?:\.\.\/)+/, '');
  if (/^\.\.\/ui-kit\//.test(path)) return `modules/${path.slice(3)}`;
  if (path.startsWith('./')) return `${build}/${path.slice(2)}`;
  return path;
}

export function categoryOf(key: string): Category {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(key)?.[1];
  if (
    pkg === '@module-federation/webpack-bundler-runtime' ||
    key.startsWith('data:') ||
    /webpack\/runtime\/.*(federation|sharing|consumes|remotes|exposes)/.test(key)
  ) {
    return 'MF glue';
  }
  if (pkg?.startsWith('@module-federation/')) return 'MF runtime';
  if (pkg && /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg)) return 'lit';
  if (pkg === 'valibot' || pkg === 'rxjs' || pkg === 'single-spa') return pkg;
  if (pkg) return 'other libraries';
  if (key.includes('shared-contracts/')) return 'contracts';
  if (/webpack\//.test(key)) return 'bundler runtime';
  if (key.startsWith('modules/ui-kit/')) return 'ui-kit';
  // The floor app's remote (e2e/bench/floor) is the one module of its page.
  if (key.startsWith('modules/') || key.startsWith('floor/remote/')) return 'module code';
  return 'shell';
}

/** Where a served script's built file is, and the build (`shell`, `modules/<area>`) its relative sources are in. */
export interface LocatedScript {
  readonly file: string;
  readonly build: string;
}
export type Locate = (path: string) => LocatedScript;

/** The portal's scripts: the shell's build at "/", each module's build at "/modules/<area>/". */
export const locatePortalScript: Locate = (path) => {
  const area = /^\/modules\/([a-z0-9-]+)\//.exec(path)?.[1];
  return { file: fileForPath(path), build: area ? `modules/${area}` : 'shell' };
};

export function brotliSize(bytes: Buffer): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * Sizes one built script: brotli at quality 11, split by source. Each source is given the share of
 * the file's characters that its source-map segments cover (the code it really produced, after tree
 * shaking and minification), not the length of its original text.
 */
export function measureScript(path: string, locate: Locate = locatePortalScript): ScriptSize {
  const { file, build } = locate(path);
  const bytes = readFileSync(file);
  const brotliBytes = brotliSize(bytes);
  const byCategory = noBytes();
  const bySource = new Map<string, number>();
  let hasRuntimeCore = false;
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
    const lines = bytes.toString('utf8').split('\n');
    const chars = new Map<string, number>();
    let total = 0;
    decode(map.mappings).forEach((segments, line) => {
      const length = lines[line]?.length ?? 0;
      segments.forEach((segment, i) => {
        const span = (i + 1 < segments.length ? segments[i + 1]![0] : length) - segment[0];
        const key = segment.length > 1 ? sourceKey(map.sources[segment[1]!]!, build) : `${build} (unmapped)`;
        chars.set(key, (chars.get(key) ?? 0) + span);
        total += span;
      });
    });
    for (const [key, count] of chars) {
      const share = (brotliBytes * count) / (total || 1);
      bySource.set(key, share);
      byCategory[categoryOf(key)] += share;
      if (key.startsWith('node_modules/@module-federation/runtime-core/')) hasRuntimeCore = true;
    }
  } else {
    byCategory[path.startsWith('/modules/') ? 'module code' : 'shell'] = brotliBytes;
  }
  return { path, rawBytes: bytes.length, brotliBytes, byCategory, bySource, hasRuntimeCore };
}

/** Collects the paths of the same-origin scripts a page loads while `action` runs. */
/**
 * The brotli bytes of the scripts a page loaded, as budgets.test.ts measures them: the shell's and
 * seeded modules' files from their builds; the files of a module published into the portal's store
 * (`/modules/<area>/<version>/…`, in no dist/ folder) as the portal serves them.
 */
export async function weightOfScripts(baseUrl: string, publishedArea: string, paths: readonly string[]): Promise<number> {
  const published = new RegExp(`^/modules/${publishedArea}/\\d`);
  let total = 0;
  for (const path of paths) {
    if (published.test(path)) {
      const response = await fetch(`${baseUrl}${path}`);
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      total += brotliSize(Buffer.from(await response.arrayBuffer()));
    } else {
      total += measureScript(path).brotliBytes;
    }
  }
  return total;
}

export async function scriptsLoadedBy(page: Page, origin: string, action: () => Promise<void>): Promise<string[]> {
  const paths = new Set<string>();
  const onRequest = (request: { resourceType(): string; url(): string }) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.origin === origin) paths.add(url.pathname);
  };
  page.on('request', onRequest);
  try {
    await action();
  } finally {
    page.off('request', onRequest);
  }
  return [...paths];
}

export interface PageWeight {
  readonly scripts: readonly ScriptSize[];
  readonly totalBrotli: number;
  readonly byCategory: Readonly<Record<Category, number>>;
  /** Bytes of sources the page downloads more than once (the same file of a package in two builds). */
  readonly duplicated: number;
  readonly runtimeCoreCopies: number;
}

export function pageWeight(paths: readonly string[], locate: Locate = locatePortalScript): PageWeight {
  const scripts = paths.map((path) => measureScript(path, locate));
  const byCategory = noBytes();
  for (const script of scripts) for (const category of CATEGORIES) byCategory[category] += script.byCategory[category];
  // A source counted in several files: every copy after the first is a duplicate.
  const copies = new Map<string, number[]>();
  for (const script of scripts)
    for (const [key, bytes] of script.bySource) if (!key.endsWith('(unmapped)')) copies.set(key, [...(copies.get(key) ?? []), bytes]);
  let duplicated = 0;
  for (const sizes of copies.values()) if (sizes.length > 1) duplicated += sizes.reduce((a, b) => a + b, 0) - Math.max(...sizes);
  return {
    scripts,
    totalBrotli: scripts.reduce((sum, s) => sum + s.brotliBytes, 0),
    byCategory,
    duplicated,
    runtimeCoreCopies: scripts.filter((s) => s.hasRuntimeCore).length,
  };
}

/**
 * Signs in as a test person through the mock identification, starting from the current page. The
 * pages then follow the person (their chosen language, else their service language); `language`
 * makes that one theirs first, as if they had chosen it in the menu, for a journey written in it
 * about someone whose service language is another (Sven's is Swedish, Ulla's English).
 */
export async function signInAs(page: Page, baseUrl: string, name: RegExp, returnTo = '/', language?: 'fi' | 'sv' | 'en'): Promise<void> {
  await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}&lang=${language ?? 'fi'}`);
  await page.getByRole('button', { name }).click();
  await page.waitForURL(`${baseUrl}${returnTo}`);
  if (language !== undefined) await chooseLanguage(page, language);
}

/**
 * The signed-in person chooses `language` for the pages, as the shell's language menu saves it
 * (`PUT /api/session/language`), and the page is loaded again in it.
 */
export async function chooseLanguage(page: Page, language: 'fi' | 'sv' | 'en'): Promise<void> {
  const status = await page.evaluate(
    (chosen) =>
      fetch('/api/session/language', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language: chosen }),
      }).then((response) => response.status),
    language,
  );
  if (status !== 200) throw new Error(`choosing ${language} failed: ${status}`);
  await page.reload();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}
