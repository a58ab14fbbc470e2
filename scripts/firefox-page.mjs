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

/** The browsers (or pages, without a browser) known to lack screen-orientation emulation. */
const lacksOrientation = new WeakSet();

/**
 * Wraps `page.setViewport` so a browser without screen-orientation emulation still gets its
 * viewport. Exported for the browser check (`scripts/browser-check.mjs`), which proves it against
 * the installed Firefox before the component run.
 */
export function tolerateMissingOrientationEmulation(page) {
  const setViewport = page.setViewport.bind(page);
  const setSizeOnly = (viewport) =>
    page.mainFrame().browsingContext.setViewport({
      viewport: viewport?.width && viewport?.height ? { width: viewport.width, height: viewport.height } : null,
      devicePixelRatio: viewport?.deviceScaleFactor ?? null,
    });
  page.setViewport = async (viewport) => {
    // Once the browser has said it lacks the command, ask for the size alone from then on: the
    // combined call would send a viewport command that races the fallback's (a test that resizes
    // to 320 px and back could end up at the wrong size).
    if (lacksOrientation.has(page.browser?.() ?? page)) return setSizeOnly(viewport);
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!isUnknownOrientationCommand(error)) throw error;
      lacksOrientation.add(page.browser?.() ?? page);
      // Set the size alone through the BiDi browsing context of the page's main frame.
      await setSizeOnly(viewport);
    }
  };
  return page;
}

/** `createPage` for @web/test-runner-puppeteer's launcher. */
export async function createFirefoxPage({ context }) {
  return tolerateMissingOrientationEmulation(await context.newPage());
}
