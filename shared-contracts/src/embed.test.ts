// The parts of the embedding kit that need no DOM; defining elements on a real page is covered by
// e2e/tests/embed.test.ts in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMBED_ENTRY, REFUSAL_MESSAGES, isForeignPage, localeOfTag, stableEmbedPath } from './embed.js';
import { LOCALES } from './locale.js';

test('the language of a lang attribute: the primary subtag, portal languages only', () => {
  assert.equal(localeOfTag('sv'), 'sv');
  assert.equal(localeOfTag('sv-FI'), 'sv');
  assert.equal(localeOfTag(' EN-gb '), 'en');
  assert.equal(localeOfTag('fi'), 'fi');
  assert.equal(localeOfTag('de'), undefined);
  assert.equal(localeOfTag(''), undefined);
  assert.equal(localeOfTag(null), undefined);
});

test('a page is foreign when its origin differs from the embed script’s', () => {
  assert.equal(isForeignPage('https://portal.example/modules/career-radar/embed/embed.js', 'https://portal.example'), false);
  assert.equal(isForeignPage('https://portal.example/modules/career-radar/embed/embed.js', 'https://kunta.example'), true);
  // Same host, another port or scheme: another origin.
  assert.equal(isForeignPage('http://localhost:8080/embed.js', 'http://localhost:8081'), true);
  assert.equal(isForeignPage('https://portal.example/embed.js', 'http://portal.example'), true);
  // An opaque origin (a sandboxed frame, a file) and nonsense count as foreign: never more than asked.
  assert.equal(isForeignPage('https://portal.example/embed.js', 'null'), true);
  assert.equal(isForeignPage('not a url', 'https://portal.example'), true);
});

test('the sign-in notice exists in every language and names the portal', () => {
  for (const locale of LOCALES) {
    assert.ok(REFUSAL_MESSAGES[locale].message.length > 0, locale);
    assert.ok(REFUSAL_MESSAGES[locale].link.length > 0, locale);
  }
  assert.match(REFUSAL_MESSAGES.fi.message, /Työmarkkinatorissa kirjautuneena/);
});

test('the stable address and the entry beside the manifest', () => {
  assert.equal(stableEmbedPath('career-radar'), '/embed/career-radar/embed.js');
  assert.equal(
    new URL(EMBED_ENTRY, 'https://portal.example/modules/career-radar/1.2.0/mf-manifest.json').pathname,
    '/modules/career-radar/1.2.0/embed/embed.js',
  );
});
