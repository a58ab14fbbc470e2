// Every message catalogue of the portal, compared language by language: the shell's, each module's,
// the kit's, the legacy pages' and the identification pages'. Each catalogue has the same keys in
// Finnish, Swedish and English, no text is empty, and no Swedish or English text is the Finnish one
// left untranslated (a few words are the same in every language: they are listed, each with why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const LOCALES = ['fi', 'sv', 'en'] as const;

/** The catalogue files: the `*.messages.ts` of the shell and every module, and the texts named here. */
function catalogueFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/(\.messages|^messages)\.ts$/.test(name) || /-text\.ts$|^text\.ts$|\.content\.ts$/.test(name)) found.push(path);
    }
  };
  walk(join(ROOT, 'shell', 'src'));
  for (const module of readdirSync(join(ROOT, 'modules'))) walk(join(ROOT, 'modules', module, 'src'));
  walk(join(ROOT, 'mock-backend', 'src', 'legacy'));
  found.push(join(ROOT, 'mock-backend', 'src', 'identity', 'auth', 'eidas-page.ts'));
  return found.filter((path) => !path.endsWith('.test.ts'));
}

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCatalogue = (value: unknown): value is Record<(typeof LOCALES)[number], unknown> =>
  isTree(value) && LOCALES.every((locale) => locale in value);

/** Every catalogue ({ fi, sv, en }) in an export, however deep, with where it is. */
function cataloguesIn(value: unknown, at: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (isCatalogue(value)) out.push([at, value as Record<string, unknown>]);
  else if (isTree(value)) for (const [key, inner] of Object.entries(value)) cataloguesIn(inner, `${at}.${key}`, out);
  return out;
}

/** A catalogue's texts by path (`errors.date.invalid`), strings only; functions and arrays by index. */
function texts(value: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(at, value);
  else if (Array.isArray(value)) value.forEach((inner, i) => texts(inner, `${at}[${i}]`, out));
  else if (isTree(value)) for (const [key, inner] of Object.entries(value)) texts(inner, at ? `${at}.${key}` : key, out);
  return out;
}

test('every catalogue has the same keys and no empty or untranslated text in Swedish and English', async () => {
  const problems: string[] = [];
  let catalogues = 0;
  for (const file of catalogueFiles()) {
    const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      for (const [at, catalogue] of cataloguesIn(value, `${relative(ROOT, file)}:${name}`)) {
        catalogues++;
        const fi = texts(catalogue.fi);
        for (const locale of ['sv', 'en'] as const) {
          const other = texts(catalogue[locale]);
          for (const key of fi.keys()) if (!other.has(key)) problems.push(`${at}: ${locale} lacks ${key}`);
          for (const key of other.keys()) if (!fi.has(key)) problems.push(`${at}: fi lacks ${key} (${locale} has it)`);
          for (const [key, text] of other) {
            if (text.trim() === '' && fi.get(key)?.trim() !== '') problems.push(`${at}: ${locale} ${key} is empty`);
            else if (text === fi.get(key) && !sameInEveryLanguage(text)) problems.push(`${at}: ${locale} ${key} is the Finnish "${text}"`);
          }
        }
      }
    }
  }
  assert.ok(catalogues > 40, `found only ${catalogues} catalogues: the search is broken`);
  assert.deepEqual(problems, []);
});

test('the reference data names its parties and asks its questions in Swedish and English too', async () => {
  const seeds = (await import(pathToFileURL(join(ROOT, 'mock-backend', 'src', 'storage', 'seeds', 'job-search.ts')).href)) as Record<
    string,
    unknown
  >;
  const tables = ['SEED_HANDLERS', 'SEED_JOB_SEEKER_STATUSES', 'SEED_BENEFIT_PAYERS', 'SEED_ASSESSMENT_QUESTIONS'];
  const problems: string[] = [];
  let columns = 0;
  for (const table of tables) {
    const rows = seeds[table];
    assert.ok(Array.isArray(rows) && rows.length > 0, `${table} is exported and has rows`);
    for (const row of rows as Record<string, unknown>[]) {
      // Columns in threes: nameFi / nameSv / nameEn, serviceHoursFi…, textFi…
      for (const key of Object.keys(row).filter((name) => name.endsWith('Fi'))) {
        const stem = key.slice(0, -2);
        const fi = row[key];
        if (fi === null) continue;
        columns++;
        for (const suffix of ['Sv', 'En']) {
          const other = row[stem + suffix];
          const where = `${table} ${String(row['id'] ?? row['code'])} ${stem}${suffix}`;
          if (typeof other !== 'string' || other.trim() === '') problems.push(`${where} is missing`);
          else if (other === fi && !sameInEveryLanguage(other)) problems.push(`${where} is the Finnish "${other}"`);
        }
      }
    }
  }
  assert.ok(columns > 20, `found only ${columns} localized columns`);
  assert.deepEqual(problems, []);
});

/**
 * Texts that are the same in Finnish, Swedish and English: addresses and paths, product and version
 * names (the supported browsers), placeholders and numbers, and the names listed below.
 */
function sameInEveryLanguage(text: string): boolean {
  if (/^(https?:\/\/|\/|www\.)\S*$/.test(text)) return true;
  if (/\d/.test(text) && text.split(/\s+/).length <= 6) return true;
  return !/\p{L}{2,}/u.test(text.replace(/\{[^}]*\}/g, '')) || SAME_NAMES.has(text);
}

/** Names that no language translates. */
const SAME_NAMES = new Set<string>([
  // Kela's English name is Kela (in Swedish FPA).
  'Kela',
]);
