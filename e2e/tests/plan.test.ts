// The employment plan (issue 16), first on its legacy pages: the registry holds an area that has
// no module yet, so the plan is in the navigation, its current items are on the front page, and its
// legacy pages open inside the portal at the portal's own URLs. Tessa accepts her proposed plan and
// reports a job application against its obligation, and the front page's count goes down; Sven, on
// a phone, reports his overdue task from the front page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { assertAccessible, assertNoSeriousViolations } from '../lib/browser.js';
import { scriptsLoadedBy, signInAs, weightOfScripts } from '../lib/measure.js';
import { moduleCommand, registryCommand } from '../lib/operator.js';
import { usePortal, type SuiteContext } from '../lib/suite.js';

const suite = usePortal();
const SVEN_OVERDUE_TASK = '6b1e0f0a-0000-4c51-9a55-0a1f6b3c5002';

/** The legacy page inside the portal's iframe, once it shows this heading. */
async function legacyFrame(page: Page, heading: string | RegExp): Promise<Frame> {
  const iframe = page.locator('iframe.legacy-area');
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  assert.ok(frame, 'the legacy page is in a frame');
  await frame.locator('h1').filter({ hasText: heading }).waitFor();
  return frame;
}

/** The titles of the front page's current items that lead into the plan area. */
async function planItems(page: Page): Promise<string[]> {
  // The list is shown once every area has answered (the plan's answer among them).
  await page.locator('overview-app section[aria-busy="false"] li').first().waitFor();
  return page.locator('overview-app li a[href^="/plan"]').allTextContents();
}

describe('the plan, served by its legacy pages through the registry', () => {
  test('Tessa accepts her proposed plan inside the portal, then reports an application against its obligation', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/);
    assert.deepEqual(
      (await planItems(page)).map((text) => text.trim()),
      ['Hyväksy ehdotettu suunnitelma'],
    );
    const nav = page.locator('shell-header').getByRole('link', { name: /^Suunnitelma/ });
    await nav.waitFor();
    await assertAccessible(page, 'the front page with the plan’s item');

    await page.locator('overview-app').getByRole('link', { name: 'Hyväksy ehdotettu suunnitelma' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/plan`);
    const frame = await legacyFrame(page, 'Työllistymissuunnitelma');
    assert.equal(await page.locator('iframe.legacy-area').getAttribute('title'), 'Suunnitelma');
    assert.equal(await nav.getAttribute('aria-current'), 'page', 'the navigation marks the plan');
    await assertAccessible(page, 'the portal around the legacy plan');
    await assertNoSeriousViolations(frame, 'the legacy plan');

    await frame.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
    await frame.getByText(/Suunnitelma hyväksytty/).waitFor();
    assert.equal(page.url(), `${suite.portal.baseUrl}/plan`, 'the address stays the portal’s');
    // The JSON API the module will use sees what the legacy page stored.
    const plan = (await page.evaluate(async () => (await fetch('/api/plan')).json())) as { current: { state: string } };
    assert.equal(plan.current.state, 'accepted');

    // Back on the front page, the acceptance is no longer asked for; the plan's task and its
    // job-search obligation are.
    await page.locator('shell-header').getByRole('link', { name: 'Etusivu' }).click();
    assert.deepEqual((await planItems(page)).map((text) => text.trim()).sort(), [
      'Ilmoita hakemasi työpaikat',
      'Kerro suunnitelman tehtävän toteutumisesta',
    ]);
    await page.locator('overview-app').getByText('Tällä jaksolla vielä 4/4 hakemusta ilmoittamatta.').waitFor();

    // She reports an application from the item; the legacy page keeps what she typed when a field is missing.
    await page.locator('overview-app').getByRole('link', { name: 'Ilmoita hakemasi työpaikat' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/plan/job-search`);
    const obligation = await legacyFrame(page, 'Työnhakuvelvollisuus');
    await assertNoSeriousViolations(obligation, 'the legacy job-search obligation');
    await obligation.getByLabel('Tehtävä').fill('Myyjä');
    await obligation.getByLabel('Verkkolomakkeella').check();
    await obligation.getByRole('button', { name: 'Ilmoita hakemus' }).click();
    await obligation.getByRole('link', { name: 'Anna työnantajan nimi.' }).waitFor();
    assert.equal(await obligation.getByLabel('Tehtävä').inputValue(), 'Myyjä');
    await assertNoSeriousViolations(obligation, 'the legacy job-search obligation with an error');
    await obligation.getByLabel('Työnantaja').fill('Kauppakeskus Keskipiste Oy');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }));
    await obligation.getByLabel('Hakupäivä').fill(today);
    await obligation.getByRole('button', { name: 'Ilmoita hakemus' }).click();
    await obligation.getByText(/Hakemus ilmoitettu/).waitFor();
    await obligation.getByRole('cell', { name: 'Kauppakeskus Keskipiste Oy' }).waitFor();

    await page.locator('shell-header').getByRole('link', { name: 'Etusivu' }).click();
    await page.locator('overview-app').getByText('Tällä jaksolla vielä 3/4 hakemusta ilmoittamatta.').waitFor();
    await context.close();
  });

  test('Sven, on a phone, goes from the front page’s overdue task straight to its report, in Swedish', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/', 'fi');
    await page.getByRole('button', { name: 'Kieli: suomi' }).click();
    await page.getByRole('button', { name: 'svenska' }).click();
    await page.locator('overview-app').getByRole('link', { name: 'Tidsfristen för en uppgift i planen har gått ut' }).click();
    await page.waitForURL(`${suite.portal.baseUrl}/plan/tasks/${SVEN_OVERDUE_TASK}`);
    const frame = await legacyFrame(page, 'Anmäl hur uppgiften genomfördes');
    assert.equal(await page.locator('iframe.legacy-area').getAttribute('title'), 'Plan');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the portal scrolls sideways by ${overflow} px`);
    await assertNoSeriousViolations(frame, 'the legacy task report at 320 px');

    // An empty report is refused next to the field, then a real one is received.
    await frame.getByRole('button', { name: 'Skicka anmälan' }).click();
    await frame.getByText('Berätta hur uppgiften genomfördes.').first().waitFor();
    await frame.getByLabel('Hur genomfördes uppgiften?').fill('Jag bokade en tid till kartläggningen den 8 december.');
    await frame.getByRole('button', { name: 'Skicka anmälan' }).click();
    await frame.getByText(/Anmälan mottagen/).waitFor();

    const plan = (await page.evaluate(async () => (await fetch('/api/plan')).json())) as {
      current: { tasks: { id: string; status: string }[] };
    };
    assert.equal(plan.current.tasks.find((task) => task.id === SVEN_OVERDUE_TASK)?.status, 'reported');
    await context.close();
  });
});

// The plan's first module (modules/plan), published into the area's registry row by an operator and
// switched on for Tessa alone: a portal of its own, since the legacy journeys above change her plan.
describe('the plan module, deployed and switched on for two persons', () => {
  const ADMIN_TOKEN = 'e2e-operator-token-0123456789';
  const moduleSuite: SuiteContext = usePortal({ ADMIN_API_TOKENS: `e2e-operator:${ADMIN_TOKEN}` });
  const KB = 1000;
  /** A signed-in area page, and one with a form (e2e/tests/budgets.test.ts). */
  const SIGNED_IN_BUDGET = 95 * KB;
  /** Tessa's page is a form page: it carries the acceptance (its chunk, the acknowledgement, the error summary, sending). */
  const FORM_PAGE_BUDGET = 110 * KB;

  const operator = () => ({ portalUrl: moduleSuite.portal.baseUrl, adminToken: ADMIN_TOKEN });
  /** `npm run registry -- …` as an operator types it. */
  const registry = (...args: string[]): Promise<string> => registryCommand(operator(), ...args);
  /** `npm run deploy -w modules/plan`, as an operator types it. */
  const deploy = () => moduleCommand(operator(), 'plan', 'deploy');

  const weightOf = (paths: readonly string[]): Promise<number> => weightOfScripts(moduleSuite.portal.baseUrl, 'plan', paths);

  test('Sven on the module reports a job application; Tessa accepts her proposed plan and reports its task; after undo the legacy page shows both', async () => {
    const deployed = await deploy();
    assert.equal(deployed.code, 0, deployed.output);
    assert.match(await registry('rollout', 'plan', '010280-952L,010469-999W'), /after: {2}module for 010280-952L, 010469-999W/);

    // Sven's plan in force, without anything to accept: an area page like any other.
    const svenContext = await moduleSuite.browser.newContext();
    const svenPage = await svenContext.newPage();
    await signInAs(svenPage, moduleSuite.portal.baseUrl, /Sven Testsson/, '/plan', 'fi');
    const svenPaths = await scriptsLoadedBy(svenPage, moduleSuite.portal.baseUrl, async () => {
      await svenPage.goto(`${moduleSuite.portal.baseUrl}/plan`);
      await svenPage
        .locator('plan-app')
        .getByRole('link', { name: /^Ilmoita toteutumisesta/ })
        .first()
        .waitFor();
      await svenPage.waitForLoadState('networkidle');
    });
    const svenWeight = await weightOf(svenPaths);
    assert.ok(svenWeight <= SIGNED_IN_BUDGET, `/plan in force: ${(svenWeight / KB).toFixed(1)} KB > budget (${svenPaths.join(', ')})`);
    console.log(`# /plan on the module, a plan in force: ${(svenWeight / KB).toFixed(1)} KB of JavaScript (brotli)`);
    await assertAccessible(svenPage, 'the plan module with a plan in force and an overdue task');

    // His job-search obligation, from the link beside the plan's obligation: the page says what is
    // still due, refuses a report without its date (what was typed stays), takes the application,
    // and the front page's count goes down by one.
    const base = moduleSuite.portal.baseUrl;
    const before = (await svenPage.evaluate(async () => (await fetch('/api/plan/job-search-obligation')).json())) as {
      current: { due: number; required: number };
    };
    const { due, required } = before.current;
    assert.ok(due >= 2, `Sven's seed leaves at least 2 applications due this month (${due})`);
    await svenPage.locator('plan-app').getByRole('link', { name: 'Ilmoita hakemasi työpaikat' }).click();
    await svenPage.waitForURL(`${base}/plan/job-search`);
    const obligation = svenPage.locator('plan-job-search');
    await obligation.getByRole('heading', { level: 1, name: 'Työnhakuvelvollisuus' }).waitFor();
    await obligation.getByText(new RegExp(`^Tässä kuussa vielä ${due} hakemusta ilmoittamatta, viimeistään `)).waitFor();
    await assertAccessible(svenPage, 'the obligation page');

    // The page's own weight, loaded afresh: the plan's root and this page's chunk (a form page).
    const obligationPaths = await scriptsLoadedBy(svenPage, base, async () => {
      await svenPage.goto(`${base}/plan/job-search`);
      await obligation.getByRole('button', { name: 'Jatka' }).waitFor();
      await svenPage.waitForLoadState('networkidle');
    });
    const obligationWeight = await weightOf(obligationPaths);
    assert.ok(
      obligationWeight <= FORM_PAGE_BUDGET,
      `/plan/job-search: ${(obligationWeight / KB).toFixed(1)} KB > budget (${obligationPaths.join(', ')})`,
    );
    console.log(`# /plan/job-search on the module: ${(obligationWeight / KB).toFixed(1)} KB of JavaScript (brotli)`);

    await obligation.getByLabel('Työnantaja', { exact: true }).fill('Metallityö Virtanen Oy');
    await obligation.getByLabel('Tehtävä, jota hait').fill('Huoltoasentaja');
    await obligation.getByLabel('Puhelimella').check();
    await obligation.getByRole('button', { name: 'Jatka' }).click();
    await obligation.locator('.error-summary').getByText('Anna hakupäivä.').waitFor();
    assert.equal(await obligation.getByLabel('Työnantaja', { exact: true }).inputValue(), 'Metallityö Virtanen Oy');
    await assertAccessible(svenPage, 'the obligation form with its error');
    const today = await svenPage.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }));
    await obligation.getByLabel('Hakupäivä', { exact: true }).fill(today);
    await obligation.getByRole('button', { name: 'Jatka' }).click();
    await obligation.getByRole('heading', { level: 1, name: 'Tarkista hakemuksen tiedot' }).waitFor();
    await obligation.getByRole('button', { name: 'Ilmoita hakemus' }).click();
    await obligation.getByRole('heading', { level: 1, name: 'Hakemus on ilmoitettu' }).waitFor();
    const left = due - 1;
    await obligation
      .locator('section.counts')
      .getByText(new RegExp(`^Tässä kuussa vielä ${left} ${left === 1 ? 'hakemus' : 'hakemusta'} ilmoittamatta`))
      .waitFor();
    await assertAccessible(svenPage, 'the application’s receipt');

    await svenPage.locator('shell-header').getByRole('link', { name: 'Etusivu' }).click();
    await svenPage.locator('overview-app').getByText(`Tällä jaksolla vielä ${left}/${required} hakemusta ilmoittamatta.`).waitFor();
    await assertAccessible(svenPage, 'the front page after the application');
    await svenContext.close();

    const context = await moduleSuite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, moduleSuite.portal.baseUrl, /Tessa Testilä/, '/plan');
    const module = page.locator('plan-app');
    const paths = await scriptsLoadedBy(page, moduleSuite.portal.baseUrl, async () => {
      await page.goto(`${moduleSuite.portal.baseUrl}/plan`);
      await module.getByRole('heading', { level: 2, name: 'Työllistymissuunnitelma' }).waitFor();
      await module.getByRole('button', { name: 'Hyväksy suunnitelma' }).waitFor();
      await page.waitForLoadState('networkidle');
    });
    assert.ok(
      paths.some((path) => path.startsWith('/modules/plan/')),
      `the plan module was loaded (${paths.join(', ')})`,
    );
    assert.equal(await page.locator('iframe.legacy-area').count(), 0, 'the module, not the legacy page');
    const weight = await weightOf(paths);
    assert.ok(weight <= FORM_PAGE_BUDGET, `/plan with a proposal: ${(weight / KB).toFixed(1)} KB > budget (${paths.join(', ')})`);
    console.log(`# /plan on the module, with a proposal: ${(weight / KB).toFixed(1)} KB of JavaScript (brotli)`);
    await assertAccessible(page, 'the plan module with a proposal');

    // The acknowledgement is required; then the acceptance is received.
    await module.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
    await module.locator('.error-summary').getByText('Vahvista, että olet lukenut suunnitelman').waitFor();
    await assertAccessible(page, 'the acceptance with its error');
    await module.getByLabel('Olen lukenut suunnitelman ja ymmärrän, mihin sitoudun hyväksymällä sen.').check();
    await module.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
    await module.getByText(/Hyväksyit suunnitelman\. Vastaanotettu/).waitFor();
    await module.getByText('Voimassa, hyväksytty').waitFor();
    await assertAccessible(page, 'the plan module after accepting');
    const plan = (await page.evaluate(async () => (await fetch('/api/plan')).json())) as { current: { state: string } };
    assert.equal(plan.current.state, 'accepted');

    // Her task, now of the plan in force, reported "not done" on the module's task page.
    await module.getByRole('link', { name: /^Ilmoita toteutumisesta/ }).click();
    await page.waitForURL(/\/plan\/tasks\/[0-9a-f-]+$/);
    const task = page.locator('plan-task');
    await task.getByRole('heading', { level: 1, name: 'Ilmoita tehtävän toteutumisesta' }).waitFor();
    await assertAccessible(page, 'the module’s task page');
    await task.getByLabel('En tehnyt tehtävää').check();
    await task.getByRole('button', { name: 'Jatka' }).click();
    await task.locator('.error-summary').getByText('Kerro kohdassa "Miksi tehtävä jäi tekemättä?"').waitFor();
    await assertAccessible(page, 'the task page with its error');
    await task.getByLabel('Miksi tehtävä jäi tekemättä?').fill('Olin sairaana koko viikon.');
    await task.getByRole('button', { name: 'Jatka' }).click();
    await task.getByRole('heading', { level: 1, name: 'Tarkista ilmoituksesi' }).waitFor();
    await task.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await task.getByRole('heading', { level: 1, name: 'Ilmoitus on vastaanotettu' }).waitFor();
    await assertAccessible(page, 'the task report’s receipt');

    // Back to the legacy pages: the same plan, accepted, at the same URL.
    assert.match(await registry('undo', 'plan'), /after: {2}legacy pages for everyone/);
    await page.goto(`${moduleSuite.portal.baseUrl}/plan`);
    const frame = await legacyFrame(page, 'Työllistymissuunnitelma');
    assert.equal(page.url(), `${moduleSuite.portal.baseUrl}/plan`);
    await frame
      .locator('dd')
      .filter({ hasText: /^Hyväksytty$/ })
      .first()
      .waitFor();
    assert.equal(await frame.getByRole('button', { name: 'Hyväksy suunnitelma' }).count(), 0, 'nothing left to accept');
    await frame.getByText('Olin sairaana koko viikon.').waitFor();
    await assertAccessible(page, 'the portal around the legacy plan after the switch back');
    await assertNoSeriousViolations(frame, 'the legacy plan after the switch back');
    await context.close();
  });
});
