// The Firefox page's viewport fallback: tolerant of exactly one missing command, nothing else.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isUnknownOrientationCommand, tolerateMissingOrientationEmulation } from './firefox-page.mjs';

type Viewport = { width: number; height: number; deviceScaleFactor?: number };

function fakePage(failure: Error | null) {
  const contextCalls: unknown[] = [];
  const combinedCalls: Viewport[] = [];
  const page = {
    async setViewport(viewport: Viewport) {
      combinedCalls.push(viewport);
      if (failure) throw failure;
    },
    mainFrame: () => ({ browsingContext: { setViewport: async (args: unknown) => void contextCalls.push(args) } }),
  };
  return { page: tolerateMissingOrientationEmulation(page), contextCalls, combinedCalls };
}

// The message puppeteer-core 24.43 gives for Firefox ESR 140.
const esr140 = new Error('Protocol error (emulation.setScreenOrientationOverride): unknown command emulation.setScreenOrientationOverride');

describe('Firefox page for the component tests', () => {
  it('recognises only the orientation command being unknown', () => {
    assert.equal(isUnknownOrientationCommand(esr140), true);
    assert.equal(isUnknownOrientationCommand(new Error('Protocol error (browsingContext.setViewport): unknown command')), false);
    assert.equal(
      isUnknownOrientationCommand(new Error('Protocol error (emulation.setScreenOrientationOverride): invalid argument')),
      false,
    );
  });

  it('sets the viewport alone when the browser does not know orientation emulation', async () => {
    const { page, contextCalls } = fakePage(esr140);
    await page.setViewport({ width: 800, height: 600 });
    assert.deepEqual(contextCalls, [{ viewport: { width: 800, height: 600 }, devicePixelRatio: null }]);
  });

  it('after the first such answer, sets the size alone without the combined call', async () => {
    const { page, contextCalls, combinedCalls } = fakePage(esr140);
    await page.setViewport({ width: 800, height: 600 });
    await page.setViewport({ width: 320, height: 640 });
    await page.setViewport({ width: 800, height: 600 });
    assert.equal(combinedCalls.length, 1);
    assert.deepEqual(
      contextCalls.map((call) => (call as { viewport: Viewport }).viewport.width),
      [800, 320, 800],
    );
  });

  it('passes every other failure on', async () => {
    const other = new Error('Protocol error (browsingContext.setViewport): no such frame');
    const { page, contextCalls } = fakePage(other);
    await assert.rejects(page.setViewport({ width: 800, height: 600 }), other);
    assert.deepEqual(contextCalls, []);
  });

  it('does nothing extra when the browser knows the command', async () => {
    const { page, contextCalls } = fakePage(null);
    await page.setViewport({ width: 320, height: 640 });
    assert.deepEqual(contextCalls, []);
  });
});
