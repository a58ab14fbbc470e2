import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server.js';

export const CATEGORIES = ['shell', 'federation runtime', 'shared libraries', 'module code'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ScriptSize {
  readonly path: string;
  readonly rawBytes: number;
  readonly brotliBytes: number;
  /** Brotli bytes apportioned to categories by the share of each source in the file's source map. */
  readonly byCategory: Readonly<Record<Category, number>>;
  /** Whether the file carries the Module Federation runtime core (must be exactly one per page). */
  readonly hasRuntimeCore: boolean;
}

/** Which built file a served URL is: the shell at "/", module builds at "/modules/<area>/". */
export function fileForPath(path: string): string {
  const moduleMatch = /^\/modules\/([a-z0-9-]+)\/(.+)$/.exec(path);
  if (moduleMatch) return join(REPO_ROOT, 'modules', moduleMatch[1]!, 'dist', moduleMatch[2]!);
  return join(REPO_ROOT, 'shell', 'dist', path.replace(/^\//, ''));
}

function categoryOf(source: string): Category {
  if (/@module-federation|webpack\/runtime|webpack\/bootstrap|federation|__federation/.test(source)) return 'federation runtime';
  if (/node_modules\/(lit|lit-html|lit-element|@lit|valibot|rxjs|tslib)\//.test(source) || /shared-contracts\//.test(source)) {
    return 'shared libraries';
  }
  if (/modules\/[a-z0-9-]+\/src\//.test(source) || /@portal\/module-/.test(source)) return 'module code';
  return 'shell';
}

export function brotliSize(bytes: Buffer): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Sizes one built script: brotli at quality 11, split by what its source map says it contains. */
export function measureScript(path: string): ScriptSize {
  const file = fileForPath(path);
  const bytes = readFileSync(file);
  const brotliBytes = brotliSize(bytes);
  const byCategory: Record<Category, number> = { shell: 0, 'federation runtime': 0, 'shared libraries': 0, 'module code': 0 };
  let hasRuntimeCore = false;
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
    const weights = map.sources.map((source, i) => ({ source, weight: map.sourcesContent?.[i]?.length ?? 0 }));
    const total = weights.reduce((sum, w) => sum + w.weight, 0) || 1;
    for (const { source, weight } of weights) {
      byCategory[categoryOf(source)] += (brotliBytes * weight) / total;
      if (source.includes('@module-federation/runtime-core')) hasRuntimeCore = true;
    }
  } else {
    byCategory[path.startsWith('/modules/') ? 'module code' : 'shell'] = brotliBytes;
  }
  return { path, rawBytes: bytes.length, brotliBytes, byCategory, hasRuntimeCore };
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
  readonly runtimeCoreCopies: number;
}

export function pageWeight(paths: readonly string[]): PageWeight {
  const scripts = paths.map(measureScript);
  const byCategory: Record<Category, number> = { shell: 0, 'federation runtime': 0, 'shared libraries': 0, 'module code': 0 };
  for (const script of scripts) for (const category of CATEGORIES) byCategory[category] += script.byCategory[category];
  return {
    scripts,
    totalBrotli: scripts.reduce((sum, s) => sum + s.brotliBytes, 0),
    byCategory,
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
  if (language === undefined) return;
  const status = await page.evaluate(
    (chosen) =>
      fetch('/api/session/language', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language: chosen }),
      }).then((response) => response.status),
    language,
  );
  if (status !== 200) throw new Error(`choosing ${language} for ${String(name)} failed: ${status}`);
  await page.reload();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}
