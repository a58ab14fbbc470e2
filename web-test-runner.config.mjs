// Component tests of every Lit component, in Chromium (through playwright-core) and Firefox ESR
// (through puppeteer's WebDriver BiDi), both Debian's own browsers.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumPath, CHROMIUM_ARGS, firefoxPath } from './scripts/browsers.mjs';
import { createFirefoxPage } from './scripts/firefox-page.mjs';

process.env.PUPPETEER_SKIP_DOWNLOAD ??= '1';

export default {
  files: ['shell/src/**/*.test.ts', 'modules/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // Standard class features and `.js` specifiers resolved to the `.ts` sources. JavaScript is served
  // as built (`.js: false`): the browsers are current, and an es2022 pass over it would drop the
  // import attributes of the contracts' JSON module (`with { type: 'json' }`), which browsers require.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json', loaders: { '.js': false } })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true },
    }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
      // Firefox ESR 140 lacks a command puppeteer 24 sends with every viewport change: see the file.
      createPage: createFirefoxPage,
      // Several pages in one Firefox means background tabs, whose timers and frames are throttled:
      // tests then time out at random. One page at a time keeps Firefox honest.
      concurrency: 1,
    }),
  ],
  concurrency: 2,
  // axe runs are slow in Firefox on a 2-core machine running both browsers at once.
  testFramework: { config: { timeout: 20000 } },
};
