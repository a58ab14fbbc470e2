import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Storage } from '../storage/storage.js';
import { Browser, openMigratedTestStorage, startTestServer, type TestServer } from '../testing/harness.js';

let root: string;
let storage: Storage;
let server: TestServer;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

before(async () => {
  // A fake build: the real dist folders may or may not exist when the tests run.
  root = mkdtempSync(join(tmpdir(), 'mock-backend-static-'));
  write('shell/dist/index.html', '<!doctype html><html lang="fi"><title>Shell</title><div id="app"></div>');
  write('shell/dist/main.3f9a0c1d.js', 'console.log("shell");');
  write('shell/dist/favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write('modules/profile/dist/mf-manifest.json', '{"name":"portal_profile"}');
  write('modules/profile/dist/123.abcdef12.js', 'export {};');
  // A production build keeps its source maps on disk ('hidden-source-map'); they are not for the public.
  write('shell/dist/main.3f9a0c1d.js.map', '{"version":3,"sources":["webpack://shell/src/secret.ts"]}');
  write('modules/profile/dist/123.abcdef12.js.map', '{"version":3,"sources":[]}');
  mkdirSync(join(root, 'modules', 'unbuilt', 'src'), { recursive: true });
  // What the build's precompress step leaves beside a file: its brotli and gzip copies.
  for (const path of ['shell/dist/main.3f9a0c1d.js', 'modules/profile/dist/mf-manifest.json']) {
    writeFileSync(join(root, `${path}.br`), brotliCompressSync(readFileSync(join(root, path))));
    writeFileSync(join(root, `${path}.gz`), gzipSync(readFileSync(join(root, path))));
  }
  storage = await openMigratedTestStorage();
  server = await startTestServer({ storage, config: { staticRoot: root } });
});

after(async () => {
  await server.close();
  await storage.close();
  rmSync(root, { recursive: true, force: true });
});

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

test('hashed files are immutable; index.html and unhashed files revalidate with an ETag', async () => {
  const browser = new Browser(server.baseUrl);
  const hashed = await browser.fetch('/main.3f9a0c1d.js');
  assert.equal(hashed.status, 200);
  assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable');

  const index = await browser.fetch('/', { headers: HTML });
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  assert.ok(index.headers.get('etag'));
  assert.match(await index.text(), /<title>Shell<\/title>/);

  const icon = await browser.fetch('/favicon.svg');
  assert.equal(icon.headers.get('cache-control'), 'no-cache');
  assert.ok(icon.headers.get('etag'));
});

/** The answer's headers and bytes as sent, undecoded (fetch would decode them). */
function raw(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${server.baseUrl}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('built files go as the build’s brotli copy, else its gzip copy, else as they are; with the same caching', async () => {
  const script = 'console.log("shell");';
  const br = await raw('/main.3f9a0c1d.js', 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(brotliDecompressSync(br.body).toString(), script);
  assert.match(String(br.headers['content-type']), /^(text|application)\/javascript/);
  assert.equal(br.headers['vary'], 'Accept-Encoding');
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');

  const gz = await raw('/main.3f9a0c1d.js', 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), script);
  assert.notEqual(gz.headers['etag'], br.headers['etag'], 'each encoding its own ETag');

  const plain = await raw('/main.3f9a0c1d.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), script);

  const manifest = await raw('/modules/profile/mf-manifest.json', 'br');
  assert.equal(manifest.headers['content-encoding'], 'br');
  assert.equal(manifest.headers['access-control-allow-origin'], '*', 'module files stay open to other origins');
  assert.equal(manifest.headers['cache-control'], 'no-cache');
  assert.deepEqual(JSON.parse(brotliDecompressSync(manifest.body).toString()), { name: 'portal_profile' });
});

test('deep links and unknown routes get the shell’s index.html; a missing asset does not', async () => {
  const browser = new Browser(server.baseUrl);
  for (const path of ['/profile', '/profile/contact?edit=1', '/no-such-area']) {
    const response = await browser.fetch(path, { headers: HTML });
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.match(await response.text(), /<title>Shell<\/title>/, path);
  }
  const missingScript = await browser.fetch('/missing.0123abcd.js', { headers: { accept: '*/*' } });
  assert.equal(missingScript.status, 404);
  const missingWithHtmlAccept = await browser.fetch('/missing.png', { headers: HTML });
  assert.equal(missingWithHtmlAccept.status, 404);
});

test('a client that accepts anything (curl, a link checker) gets the front page too', async () => {
  const browser = new Browser(server.baseUrl);
  for (const path of ['/', '/profile']) {
    const response = await browser.fetch(path, { headers: { accept: '*/*' } });
    assert.equal(response.status, 200, path);
    assert.match(await response.text(), /<title>Shell<\/title>/, path);
  }
  const json = await browser.fetch('/profile', { headers: { accept: 'application/json' } });
  assert.equal(json.status, 404);
});

test('module builds are served cross-origin; a missing module file is a plain 404', async () => {
  const browser = new Browser(server.baseUrl);
  const manifest = await browser.fetch('/modules/profile/mf-manifest.json');
  assert.equal(manifest.status, 200);
  assert.equal(manifest.headers.get('cache-control'), 'no-cache');
  assert.equal(manifest.headers.get('access-control-allow-origin'), '*');
  assert.equal(manifest.headers.get('cross-origin-resource-policy'), 'cross-origin');

  const chunk = await browser.fetch('/modules/profile/123.abcdef12.js');
  assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');

  for (const path of ['/modules/profile/nope.js', '/modules/unbuilt/mf-manifest.json', '/modules/profile/']) {
    const response = await browser.fetch(path, { headers: HTML });
    assert.equal(response.status, 404, path);
    assert.match(response.headers.get('content-type') ?? '', /text\/plain/, path);
  }
  // The shell itself stays same-origin only.
  const shell = await browser.fetch('/main.3f9a0c1d.js');
  assert.equal(shell.headers.get('cross-origin-resource-policy'), 'same-origin');
});

test('without a shell build the pages answer 503 with instructions, and the API still works', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'mock-backend-empty-'));
  const bare = await startTestServer({ storage, config: { staticRoot: empty } });
  try {
    const browser = new Browser(bare.baseUrl);
    const page = await browser.fetch('/profile', { headers: HTML });
    assert.equal(page.status, 503);
    assert.match(await page.text(), /npm run build/);
    assert.equal((await browser.fetch('/api/registry')).status, 200);
  } finally {
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  }
});

test('source maps are not served outside development, however the name is written', async () => {
  const browser = new Browser(server.baseUrl);
  for (const path of [
    '/main.3f9a0c1d.js.map',
    '/main.3f9a0c1d.js%2Emap',
    '/main.3f9a0c1d.js.MAP',
    '/modules/profile/123.abcdef12.js.map',
  ]) {
    const response = await browser.fetch(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(await response.text(), /secret\.ts|"version"/, path);
  }
  // The bundle itself is there, and names no map.
  assert.equal((await browser.fetch('/main.3f9a0c1d.js')).status, 200);
});

test('in development the source maps are served', async () => {
  const development = await startTestServer({ storage, config: { staticRoot: root, development: true } });
  try {
    const browser = new Browser(development.baseUrl);
    const shell = await browser.fetch('/main.3f9a0c1d.js.map');
    assert.equal(shell.status, 200);
    assert.match(await shell.text(), /secret\.ts/);
    assert.equal((await browser.fetch('/modules/profile/123.abcdef12.js.map')).status, 200);
  } finally {
    await development.close();
  }
});

test('a module store path is answered by the store (in the database), a 404 there open to other origins like the files', async () => {
  const browser = new Browser(server.baseUrl);
  // No version of profile is published in this database: the store has nothing, and the local build is not asked.
  for (const path of ['/modules/profile/1.0.0/mf-manifest.json', '/modules/profile/1.0.0/embed/embed.js']) {
    const response = await browser.fetch(path, { headers: HTML });
    assert.equal(response.status, 404, path);
    assert.match(response.headers.get('content-type') ?? '', /text\/plain/, path);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
  }
  // Not a version: the local build's folder, which has no such file either.
  assert.equal((await browser.fetch('/modules/profile/latest/mf-manifest.json')).status, 404);
});
