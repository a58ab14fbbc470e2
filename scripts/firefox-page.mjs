// The page every Firefox component test runs in, made through puppeteer's WebDriver BiDi.
//
// Why this exists: @web/test-runner sets an 800×600 viewport before each test file with
// `page.setViewport()`, and puppeteer-core 24.x sends two BiDi commands for it in parallel:
// `browsingContext.setViewport` (which every Firefox ESR from 128 knows) and
// `emulation.setScreenOrientationOverride` (which Firefox ESR 140 answers with "unknown command").
// Debian ships ESR 140 on some machines and ESR 153 on others, so the tests must not depend on the
// newer command. puppeteer already tolerates the same answer for `emulation.setTouchOverride`;
// this does the same for the orientation, and only for that command: any other failure, or an
// unknown command anywhere else, still fails the run. The viewport itself is then set again on
// its own, so the size the tests rely on is never left to chance.

/** True when an error is the browser saying it does not know the screen-orientation command. */
export function isUnknownOrientationCommand(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes('emulation.setScreenOrientationOverride') && /unknown command|unsupported operation/.test(message);
}

/**
 * Wraps `page.setViewport` so a browser without screen-orientation emulation still gets its
 * viewport. Exported for the browser check (`scripts/browser-check.mjs`), which proves it against
 * the installed Firefox before the component run.
 */
export function tolerateMissingOrientationEmulation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!isUnknownOrientationCommand(error)) throw error;
      // Set the size alone through the BiDi browsing context of the page's main frame.
      const context = page.mainFrame().browsingContext;
      await context.setViewport({
        viewport: viewport?.width && viewport?.height ? { width: viewport.width, height: viewport.height } : null,
        devicePixelRatio: viewport?.deviceScaleFactor ?? null,
      });
    }
  };
  return page;
}

/** `createPage` for @web/test-runner-puppeteer's launcher. */
export async function createFirefoxPage({ context }) {
  return tolerateMissingOrientationEmulation(await context.newPage());
}
