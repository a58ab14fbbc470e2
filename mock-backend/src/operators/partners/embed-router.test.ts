// Partner embedding on the server: the stable /embed/<area>/embed.js, what is open to other origins
// (only embed and module files) and what is not (pages, API, the shell), publishing and rolling back
// a version with embeddable elements, the seed's declaration from package.json, and /partners.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { FederatedImplementation, Registry } from '@portal/shared-contracts';
import { moduleFiles, registryEntries } from '../../storage/schema/index.js';
import { seed } from '../../storage/seeds/seed.js';
import { openMigratedTestStorage, startTestServer, type TestServer } from '../../testing/harness.js';
import { fakeVersionFiles, uploadFakeVersion, writeFakeShell, type FakeVersionOptions } from '../../testing/module-store-fixtures.js';
import { STABLE_EMBED_CACHE } from './embed-router.js';

const AREA = 'embed-demo';
const AUTH = { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' };
const EMBEDDABLE = [
  { element: 'embed-demo-app', requiresAuth: false },
  { element: 'embed-demo-results', requiresAuth: true },
];
/** A page on another origin, as the browser announces it. */
const PARTNER = { origin: 'https://kunta.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' };

/** As the embed build writes it (config/custom-elements.mjs), with a description that tries to inject markup. */
const CUSTOM_ELEMENTS = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/embed-demo-app.ts',
      declarations: [
        {
          kind: 'class',
          name: 'EmbedDemoApp',
          customElement: true,
          tagName: 'embed-demo-app',
          summary: 'A demo self-assessment.',
          description: 'Runs <script>alert(1)</script> nowhere.',
          attributes: [
            { name: 'lang', type: { text: "'fi' | 'sv' | 'en'" }, description: 'The language.' },
            { name: 'share-result', type: { text: 'boolean' }, default: 'false', description: 'Put the scores into the event.' },
          ],
          events: [{ name: 'embed-demo-completed', type: { text: 'CustomEvent' }, description: 'The person finished.' }],
          cssProperties: [{ name: '--embed-demo-accent', default: '#003479', description: 'Accent colour.' }],
          cssParts: [{ name: 'heading', description: 'The heading.' }],
          members: [{ kind: 'field', name: 'internal', privacy: 'private' }],
        },
      ],
    },
  ],
};

let root: string;
let server: TestServer;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' });
}

async function implementation(area: string): Promise<FederatedImplementation> {
  const registry = (await (await get('/api/registry')).json()) as Registry;
  const entry = registry.areas.find((candidate) => candidate.area === area);
  assert.ok(entry, area);
  assert.equal(entry.implementation.kind, 'federated', area);
  return entry.implementation as FederatedImplementation;
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'embed-root-'));
  writeFakeShell(root);
  write('shell/dist/main.3f9a0c1d.js', 'console.log("shell");');
  // A local build of a module with an embed folder, as createEmbedConfig writes it.
  write(`modules/${AREA}/dist/mf-manifest.json`, JSON.stringify({ name: 'portal_embed_demo' }));
  write(`modules/${AREA}/dist/remoteEntry.1a2b3c4d.js`, 'var portal_embed_demo;');
  write(`modules/${AREA}/dist/embed/embed.js`, 'import "./chunk.0a1b2c3d.js";');
  write(`modules/${AREA}/dist/embed/chunk.0a1b2c3d.js`, 'export {};');
  write(`modules/${AREA}/dist/embed/embed-manifest.json`, JSON.stringify({ schemaVersion: 1, area: AREA, elements: EMBEDDABLE }));
  write(`modules/${AREA}/dist/embed/custom-elements.json`, JSON.stringify(CUSTOM_ELEMENTS));
  server = await startTestServer({ config: { staticRoot: root } });
  await server.storage.db.insert(registryEntries).values({
    area: AREA,
    route: `/${AREA}`,
    names: { fi: 'Demotutka', sv: 'Demoradarn', en: 'Demo radar' },
    navOrder: null,
    requiresAuth: false,
    implementation: {
      kind: 'federated',
      remoteName: 'portal_embed_demo',
      version: '1.0.0',
      manifestUrl: `/modules/${AREA}/mf-manifest.json`,
      exposes: './app',
      embeddable: EMBEDDABLE,
    },
    currentItemsUrl: null,
  });
});

after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function assertOpen(response: Response, what: string): void {
  assert.equal(response.headers.get('access-control-allow-origin'), '*', `${what}: Access-Control-Allow-Origin`);
  assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin', `${what}: Cross-Origin-Resource-Policy`);
  // A wildcard never comes with credentials (browsers would refuse the pair anyway).
  assert.equal(response.headers.get('access-control-allow-credentials'), null, `${what}: no credentials`);
}

function assertClosed(response: Response, what: string): void {
  assert.equal(response.headers.get('access-control-allow-origin'), null, `${what}: no Access-Control-Allow-Origin`);
  assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin', `${what}: Cross-Origin-Resource-Policy`);
}

describe('the stable embed address', () => {
  test('is a module importing the current version’s entry, open to other origins, cached for minutes', async () => {
    const response = await get(`/embed/${AREA}/embed.js`, PARTNER);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript; charset=utf-8/);
    assert.equal(response.headers.get('cache-control'), STABLE_EMBED_CACHE);
    assertOpen(response, 'the stable address');
    const body = await response.text();
    assert.match(body, /^import "\/modules\/embed-demo\/embed\/embed\.js";$/m);
    assert.match(body, /<embed-demo-results> \(needs sign-in/);
    // Nothing but comments and the one import: no code of its own to keep in step with the bundle.
    assert.deepEqual(
      body.split('\n').filter((line) => line !== '' && !line.startsWith('//')),
      ['import "/modules/embed-demo/embed/embed.js";'],
    );
  });

  test('during a maintenance break of the area, defines its elements as the break’s notice, cached only until the break changes', async () => {
    const admin = (path: string, body?: unknown) =>
      fetch(`${server.baseUrl}/admin-api${path}`, { method: 'POST', headers: AUTH, ...(body ? { body: JSON.stringify(body) } : {}) });
    const soon = new Date(Date.now() + 120_000);
    const message = { fi: 'Päivitämme <palvelua>.', sv: 'Vi uppdaterar tjänsten.', en: 'We are updating the service.' };
    const scheduled = await admin('/maintenance', {
      area: AREA,
      startsAt: soon.toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      message,
    });
    assert.equal(scheduled.status, 201, await scheduled.clone().text());
    const { id } = (await scheduled.json()) as { id: string };
    // Announced, not started: the module as before, cached only until the start.
    const before = await get(`/embed/${AREA}/embed.js`, PARTNER);
    assert.match(await before.text(), /^import "\/modules\/embed-demo\/embed\/embed\.js";$/m);
    const maxAge = Number(/max-age=(\d+)/.exec(before.headers.get('cache-control') ?? '')?.[1]);
    assert.ok(maxAge > 100 && maxAge <= 120, String(maxAge));

    // Moved to now (ended and scheduled again): the notice, in place of the import.
    assert.equal((await admin(`/maintenance/${id}/cancel`)).status, 200);
    const now = await admin('/maintenance', {
      area: null,
      startsAt: new Date(Date.now() - 1000).toISOString(),
      endsAt: new Date(Date.now() + 600_000).toISOString(),
      message,
    });
    assert.equal(now.status, 201);
    const during = await get(`/embed/${AREA}/embed.js`, PARTNER);
    assertOpen(during, 'the stable address during a break');
    const body = await during.text();
    assert.doesNotMatch(body, /^import /m, 'the module is not loaded');
    assert.match(body, /customElements\.define\(tag/);
    assert.match(body, /"tags":\["embed-demo-app","embed-demo-results"\]/);
    assert.match(body, /Päivitämme \\u003cpalvelua>\./, 'the message as JSON, markup escaped');
    assert.match(during.headers.get('cache-control') ?? '', /max-age=300/);

    assert.equal((await admin(`/maintenance/${((await now.json()) as { id: string }).id}/cancel`)).status, 200);
    assert.match(await (await get(`/embed/${AREA}/embed.js`, PARTNER)).text(), /^import "\/modules\/embed-demo\/embed\/embed\.js";$/m);
  });

  test('the files it imports are served open to other origins too, and the chunks immutable', async () => {
    const entry = await get(`/modules/${AREA}/embed/embed.js`, PARTNER);
    assert.equal(entry.status, 200);
    assert.match(entry.headers.get('content-type') ?? '', /javascript/);
    assertOpen(entry, 'embed.js');
    const chunk = await get(`/modules/${AREA}/embed/chunk.0a1b2c3d.js`, PARTNER);
    assertOpen(chunk, 'a chunk');
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assertOpen(await get(`/modules/${AREA}/embed/custom-elements.json`, PARTNER), 'custom-elements.json');
  });

  test('an area with nothing to embed, an unknown one, or another path is a plain 404', async () => {
    for (const path of [
      '/embed/profile/embed.js',
      '/embed/no-such-area/embed.js',
      '/embed/Bad_Area/embed.js',
      `/embed/${AREA}/other.js`,
      `/embed/${AREA}`,
      '/embed',
    ]) {
      const response = await get(path, { ...PARTNER, accept: 'text/html' });
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/plain/, path);
      assert.equal(response.headers.get('cache-control'), 'no-store', path);
      assert.doesNotMatch(await response.text(), /import/, path);
    }
  });

  test('a registry that names embeddable elements whose files are not built gives a 404, not an import of nothing', async () => {
    rmSync(join(root, 'modules', AREA, 'dist', 'embed', 'embed.js'));
    try {
      assert.equal((await get(`/embed/${AREA}/embed.js`)).status, 404);
    } finally {
      write(`modules/${AREA}/dist/embed/embed.js`, 'import "./chunk.0a1b2c3d.js";');
    }
  });
});

describe('nothing else is opened to other origins', () => {
  test('pages, the API, the partner page and the shell’s files stay same-origin', async () => {
    for (const [path, headers] of [
      ['/', { accept: 'text/html' }],
      ['/embed-demo', { accept: 'text/html' }],
      ['/api/registry', {}],
      ['/api/session', {}],
      ['/partners', { accept: 'text/html' }],
      ['/main.3f9a0c1d.js', {}],
      ['/idp/assets/idp.css', {}],
    ] as const) {
      const response = await get(path, { ...PARTNER, ...headers });
      assert.ok(response.status < 500, `${path}: ${response.status}`);
      assertClosed(response, path);
    }
  });

  test('a CORS preflight to the API from a partner page is not answered with permission', async () => {
    const response = await fetch(`${server.baseUrl}/api/session`, {
      method: 'OPTIONS',
      headers: { ...PARTNER, 'access-control-request-method': 'GET' },
    });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });
});

describe('a published version carries its embeddable elements', () => {
  function publish(version: string): Promise<Response> {
    return fetch(`${server.baseUrl}/admin-api/modules/${AREA}/versions`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ version }),
    });
  }
  const declaration = (embeddable: unknown) => ({
    requires: { topics: ['session.changed@1', 'locale.changed@1'], apis: ['profile@1'] },
    embeddable,
  });
  /** Uploads a fake build of the version, with an embed build (embed/embed.js and its custom-elements.json) unless told otherwise. */
  function upload(version: string, options: FakeVersionOptions, withEmbed = true) {
    const files = fakeVersionFiles(AREA, version, options);
    if (withEmbed) {
      files.set('embed/embed.js', Buffer.from('export {};'));
      const [module] = CUSTOM_ELEMENTS.modules;
      const [declared] = module?.declarations ?? [];
      const documented = {
        ...CUSTOM_ELEMENTS,
        modules: [{ ...module, declarations: [{ ...declared, summary: `The demo of ${version}.` }] }],
      };
      files.set('embed/custom-elements.json', Buffer.from(JSON.stringify(documented)));
    }
    return uploadFakeVersion(server.baseUrl, 'test-admin-token', AREA, version, files);
  }

  test('publishing records them in the registry, the stable address follows, a rollback takes it back', async () => {
    await upload('1.1.0', { portal: declaration([EMBEDDABLE[0]]) });
    // Uploaded, not published: the stable address and the partners' page still have the local build.
    assert.match(await (await get(`/embed/${AREA}/embed.js`)).text(), /^import "\/modules\/embed-demo\/embed\/embed\.js";$/m);
    assert.equal((await get(`/modules/${AREA}/1.1.0/embed/embed.js`)).status, 404, 'an unpublished version is not served');
    const response = await publish('1.1.0');
    assert.equal(response.status, 201, await response.clone().text());
    assert.deepEqual(((await response.json()) as { embeddable: unknown }).embeddable, [EMBEDDABLE[0]]);
    assert.deepEqual((await implementation(AREA)).embeddable, [EMBEDDABLE[0]]);

    const stable = await (await get(`/embed/${AREA}/embed.js`)).text();
    assert.match(stable, /^import "\/modules\/embed-demo\/1\.1\.0\/embed\/embed\.js";$/m);
    assert.doesNotMatch(stable, /embed-demo-results/, 'the version’s own list');
    const versioned = await get(`/modules/${AREA}/1.1.0/embed/embed.js`, PARTNER);
    assert.equal(versioned.status, 200);
    assertOpen(versioned, 'a published embed.js');
    assert.equal(versioned.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    // The partners' page documents the version from its custom-elements.json in the store.
    const page = await (await get('/partners?lang=en', { accept: 'text/html' })).text();
    assert.ok(page.includes('The demo of 1.1.0.'), 'documented from the published version’s files');
    assert.match(page, /href="\/modules\/embed-demo\/1\.1\.0\/embed\/custom-elements\.json"/);

    // Its embed entry gone from the store (by hand: no route removes a published version's files),
    // the stable address says so rather than importing a 404.
    const [entry] = await server.storage.db
      .delete(moduleFiles)
      .where(and(eq(moduleFiles.area, AREA), eq(moduleFiles.version, '1.1.0'), eq(moduleFiles.path, 'embed/embed.js')))
      .returning();
    assert.equal((await get(`/embed/${AREA}/embed.js`)).status, 404);
    assert.ok(entry);
    await server.storage.db.insert(moduleFiles).values(entry);
    assert.equal((await get(`/embed/${AREA}/embed.js`)).status, 200);

    const rollback = await fetch(`${server.baseUrl}/admin-api/modules/${AREA}/rollback`, { method: 'POST', headers: AUTH });
    assert.equal(rollback.status, 200, await rollback.clone().text());
    assert.deepEqual((await implementation(AREA)).embeddable, EMBEDDABLE);
    assert.match(await (await get(`/embed/${AREA}/embed.js`)).text(), /^import "\/modules\/embed-demo\/embed\/embed\.js";$/m);
  });

  test('a version declaring embeddable elements without an embed build, or with elements of another area, is refused', async () => {
    await upload('1.2.0', { portal: declaration(EMBEDDABLE) }, false);
    const missing = await publish('1.2.0');
    assert.equal(missing.status, 422);
    assert.match(await missing.text(), /embed entry \\"embed\/embed\.js\\" is missing/);

    await upload('1.3.0', { portal: declaration([{ element: 'profile-app', requiresAuth: true }]) });
    const misnamed = await publish('1.3.0');
    assert.equal(misnamed.status, 422);
    assert.match(await misnamed.text(), /must be named after the area/);

    await upload('1.4.0', { portal: declaration([{ element: 'embed-demo-app', requiresAuth: 'no' }]) });
    const malformed = await publish('1.4.0');
    assert.equal(malformed.status, 422);
    assert.match(await malformed.text(), /portal\.embeddable must be/);
  });
});

describe('the seed takes embeddable elements from the module’s package.json', () => {
  test('declared, changed, removed, malformed', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'embed-seed-repo-'));
    const storage = await openMigratedTestStorage();
    const pkg = (portal: unknown) => {
      mkdirSync(join(repo, 'modules', 'profile'), { recursive: true });
      writeFileSync(join(repo, 'modules', 'profile', 'package.json'), JSON.stringify({ version: '2.0.0', portal }));
    };
    const profile = async () => {
      const [row] = await storage.db.select().from(registryEntries).where(eq(registryEntries.area, 'profile'));
      return row?.implementation;
    };
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      await storage.migrate();
      pkg({ embeddable: [{ element: 'profile-app', requiresAuth: true }] });
      await seed(storage.db, { repoRoot: repo });
      assert.deepEqual((await profile())?.embeddable, [{ element: 'profile-app', requiresAuth: true }]);
      assert.equal((await profile())?.version, '2.0.0');

      pkg({
        embeddable: [
          { element: 'profile-app', requiresAuth: false },
          { element: 'profile-card', requiresAuth: false },
        ],
      });
      await seed(storage.db, { repoRoot: repo });
      assert.deepEqual((await profile())?.embeddable, [
        { element: 'profile-app', requiresAuth: false },
        { element: 'profile-card', requiresAuth: false },
      ]);

      pkg({});
      await seed(storage.db, { repoRoot: repo });
      assert.equal((await profile())?.embeddable, undefined);
      assert.equal((await profile())?.version, '2.0.0');

      pkg({ embeddable: [{ element: 'job-search-app', requiresAuth: false }] });
      await seed(storage.db, { repoRoot: repo });
      assert.equal((await profile())?.embeddable, undefined, 'another area’s element is left out');
      assert.match(warnings.join('\n'), /modules\/profile\/package\.json "portal\.embeddable" is left out/);
    } finally {
      console.warn = warn;
      await storage.close();
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('the partners’ page', () => {
  test('lists the snippet and each element’s attributes, events, CSS custom properties and parts, escaped', async () => {
    const response = await get('/partners?lang=en', { accept: 'text/html' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(response.headers.get('content-language'), 'en');
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const page = await response.text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<h1>Services for partner sites<\/h1>/);
    assert.match(
      page,
      /&lt;script type=&quot;module&quot; src=&quot;http:\/\/127\.0\.0\.1:\d+\/embed\/embed-demo\/embed\.js&quot;&gt;&lt;\/script&gt;/,
    );
    assert.match(page, /&lt;embed-demo-app lang=&quot;en&quot;&gt;&lt;\/embed-demo-app&gt;/);
    for (const fragment of [
      'share-result',
      'embed-demo-completed',
      '--embed-demo-accent',
      'heading',
      'A demo self-assessment.',
      'Needs no sign-in.',
      'Needs sign-in.',
    ]) {
      assert.ok(page.includes(fragment), fragment);
    }
    assert.ok(page.includes('Runs &lt;script&gt;alert(1)&lt;/script&gt; nowhere.'), 'descriptions are escaped');
    assert.doesNotMatch(page, /<script/i, 'no script of any kind, escaped or not');
    assert.doesNotMatch(page, /internal/, 'private members are not documented');
    assert.match(page, /href="\/modules\/embed-demo\/embed\/custom-elements\.json"/);
    // The style sheet it links is served.
    const css = await get('/partners/partners.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  });

  test('speaks Finnish, Swedish or English by ?lang= or Accept-Language', async () => {
    const sv = await get('/partners', { accept: 'text/html', 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' });
    assert.equal(sv.headers.get('content-language'), 'sv');
    assert.match(sv.headers.get('vary') ?? '', /Accept-Language/i);
    const svPage = await sv.text();
    assert.match(svPage, /<html lang="sv">/);
    assert.match(svPage, /Tjänster för partnerwebbplatser/);
    assert.match(svPage, /<h3 id="area-embed-demo">Demoradarn<\/h3>/);
    assert.match(svPage, /&lt;embed-demo-app lang=&quot;sv&quot;&gt;/);
    const fi = await (await get('/partners?lang=fi', { 'accept-language': 'en' })).text();
    assert.match(fi, /<h1>Palvelut kumppanien sivuille<\/h1>/);
    assert.match(fi, /Vaatii kirjautumisen/);
    assert.match(fi, /<a href="\/partners\?lang=fi" lang="fi" hreflang="fi" aria-current="page">Suomeksi<\/a>/);
    const fallback = await (await get('/partners', { 'accept-language': 'de' })).text();
    assert.match(fallback, /<html lang="fi">/);
  });
});
