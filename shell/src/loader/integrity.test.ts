import { expect } from '@open-wc/testing';
import type { FederatedImplementation } from '@portal/shared-contracts';
import { IntegrityExpectations, integrityPlugin, NEVER_MATCHES } from './integrity.js';

async function sri(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const MANIFEST = 'https://portal.example/modules/profile/1.2.0/mf-manifest.json';

function published(integrity: FederatedImplementation['integrity']): FederatedImplementation {
  return {
    kind: 'federated',
    remoteName: 'portal_profile',
    version: '1.2.0',
    manifestUrl: '/modules/profile/1.2.0/mf-manifest.json',
    exposes: './app',
    ...(integrity ? { integrity } : {}),
  };
}

type CreateScript = (args: { url: string; remoteInfo?: { name: string } }) => unknown;
type FetchHook = (url: string, init: RequestInit, remoteInfo?: { name: string }) => Promise<Response> | undefined;

/** The two hooks, typed for the calls made here (the runtime's own types ask for far more). */
function hooks(expectations: IntegrityExpectations): { createScript: CreateScript; fetch: FetchHook } {
  const plugin = integrityPlugin(expectations);
  return { createScript: plugin.createScript as unknown as CreateScript, fetch: plugin.fetch as unknown as FetchHook };
}

/** Appends a script and resolves with the event that ended its loading. */
function loadOutcome(script: HTMLScriptElement): Promise<'load' | 'error'> {
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve('load'));
    script.addEventListener('error', () => resolve('error'));
    document.head.append(script);
  });
}

describe('module integrity', () => {
  it('gives each named file its hash, resolved against the manifest’s URL', () => {
    const expectations = new IntegrityExpectations();
    const hash = `sha384-${'B'.repeat(64)}`;
    const entryHash = `sha384-${'C'.repeat(64)}`;
    expectations.add(published({ manifest: hash, files: { 'remoteEntry.1a2b3c4d.js': entryHash } }), MANIFEST);
    expect(expectations.expectedFor(MANIFEST, 'portal_profile')).to.equal(hash);
    expect(expectations.expectedFor('https://portal.example/modules/profile/1.2.0/remoteEntry.1a2b3c4d.js', undefined)).to.equal(entryHash);
  });

  it('refuses an unnamed script of a module with hashes, and leaves a module without hashes alone', () => {
    const expectations = new IntegrityExpectations();
    expectations.add(published({ manifest: `sha384-${'B'.repeat(64)}`, files: {} }), MANIFEST);
    expectations.add(
      { ...published(undefined), remoteName: 'portal_overview' },
      'https://portal.example/modules/overview/mf-manifest.json',
    );
    expect(expectations.expectedFor('https://portal.example/modules/profile/1.2.0/other.js', 'portal_profile')).to.equal(NEVER_MATCHES);
    expect(expectations.expectedFor('https://portal.example/modules/overview/remoteEntry.js', 'portal_overview')).to.equal(undefined);
    const { createScript, fetch } = hooks(expectations);
    expect(
      createScript({ url: 'https://portal.example/modules/overview/remoteEntry.js', remoteInfo: { name: 'portal_overview' } }),
    ).to.equal(undefined);
    expect(fetch('https://portal.example/modules/overview/mf-manifest.json', {}, { name: 'portal_overview' })).to.equal(undefined);
  });

  it('makes scripts the browser checks: a matching file runs, a changed one is refused', async () => {
    // A real same-origin file: SRI applies to it as to a module's chunk.
    const url = new URL('./integrity-probe.fixture.js', import.meta.url).href;
    const source = await (await fetch(url)).text();
    const manifest = new URL('mf-manifest.json', url).href;
    const good = new IntegrityExpectations();
    good.add(published({ manifest: await sri('{}'), files: { 'integrity-probe.fixture.js': await sri(source) } }), manifest);
    const script = hooks(good).createScript({ url, remoteInfo: { name: 'portal_profile' } });
    expect(script).to.be.instanceOf(HTMLScriptElement);
    const element = script as HTMLScriptElement;
    expect(element.crossOrigin).to.equal('anonymous');
    expect(await loadOutcome(element)).to.equal('load');

    const tampered = new IntegrityExpectations();
    tampered.add(published({ manifest: await sri('{}'), files: { 'integrity-probe.fixture.js': await sri(`${source} `) } }), manifest);
    const refused = hooks(tampered).createScript({ url: `${url}?again`, remoteInfo: { name: 'portal_profile' } });
    // Not named (the query makes it another URL) in a module with hashes: refused as well.
    expect((refused as HTMLScriptElement).integrity).to.equal(NEVER_MATCHES);
    expect(await loadOutcome(refused as HTMLScriptElement)).to.equal('error');
    const changed = hooks(tampered).createScript({ url, remoteInfo: { name: 'portal_profile' } }) as HTMLScriptElement;
    expect(await loadOutcome(changed)).to.equal('error');
  });

  it('fetches the manifest with its hash: a changed manifest is refused', async () => {
    const body = '{"name":"portal_profile"}';
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const matching = new IntegrityExpectations();
    matching.add(published({ manifest: await sri(body), files: {} }), url);
    const response = await hooks(matching).fetch(url, {}, { name: 'portal_profile' });
    expect(await response?.text()).to.equal(body);

    const changed = new IntegrityExpectations();
    changed.add(published({ manifest: await sri(`${body}\n`), files: {} }), url);
    let refused = false;
    await hooks(changed)
      .fetch(url, {}, { name: 'portal_profile' })
      ?.catch(() => {
        refused = true;
      });
    expect(refused).to.equal(true);
    URL.revokeObjectURL(url);
  });
});
